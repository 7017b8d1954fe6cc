// Korean conversations for round 32, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const koreanRoundThirtyTwoConversationsB: readonly IndependentText[] = [
  {
    text: '미국 세금 서류때문에 그러는데 이거 한국어로 쉽게 설명해줘\nW-9에 이름 Grace Kim, SSN 531-74-2906 적었고 남편 Kim Joon-ho는 아직 SSN이 없어서 ITIN 917-82-4153 받았어요\n주소는 1840 Old Norcross Rd, Apt 312, Duluth, GA 30096 이고요. Form 1099-NEC도 같이 제출해야 하나요?',
    pii: [
      ['PERSON', 'Grace Kim'],
      ['US_SSN', '531-74-2906'],
      ['PERSON', 'Kim Joon-ho'],
      ['US_ITIN', '917-82-4153'],
      ['ADDRESS', '1840 Old Norcross Rd, Apt 312, Duluth, GA 30096'],
    ],
  },
  {
    text: "영국 워홀중인데 회사에서 온 메일 해석 좀\n'Hi Minji, please send your NI number and bank details before Friday's payroll. Thanks, Sarah (HR)'\n제 NI 번호는 JT 48 27 19 C 이고 계좌는 sort code 20-45-77, account 53916028 이에요. 이렇게 그대로 답장 보내도 되나요?",
    pii: [
      ['PERSON', 'Minji'],
      ['PERSON', 'Sarah'],
      ['UK_NINO', 'JT 48 27 19 C'],
      ['BANK_ACCOUNT', '53916028'],
    ],
  },
  {
    text: "독일 집주인한테 월세 보내야 하는데 이 메일 번역해줘\n'Liebe Frau Park, bitte überweisen Sie die Miete für Juni an: Kontoinhaber Thomas Weber, IBAN DE26 3704 0044 7296 5912 10, BIC COBADEFFXXX, Verwendungszweck: Miete Juni Whg. 3. Viele Grüße, T. Weber'",
    pii: [
      ['PERSON', 'Park'],
      ['PERSON', 'Thomas Weber'],
      ['IBAN', 'DE26 3704 0044 7296 5912 10'],
      ['PERSON', 'T. Weber'],
    ],
  },
  {
    text: '급여명세서 보는데 이상해서요\n성명 문태호 / 사번 2019-0347 / 부서 물류2팀\n지급일 2024.05.25 / 실지급액 3,412,870원\n입금계좌 신한 110-482-337195\n국민연금 공제가 작년보다 늘었는데 왜 그런지 설명해줘 기준소득월액 바뀐건가?',
    pii: [
      ['PERSON', '문태호'],
      ['BANK_ACCOUNT', '110-482-337195'],
    ],
  },
  {
    text: '중고차 직거래 판매자랑 카톡한거 정리해줘\n판매자(이상철): 차대번호 KMHL341CBNA284615 이고 번호판은 152머 7734 입니다\n나: 보험이력 조회해볼게요 명의이전은 언제 가능하세요?\n판매자(이상철): 토요일 오전 괜찮아요. 잔금은 농협 352-1184-0927-13 로 보내주시면 돼요\n나: 넵 21년식 주행 4.2만km 맞죠?',
    pii: [
      ['PERSON', '이상철'],
      ['VIN', 'KMHL341CBNA284615'],
      ['VEHICLE_PLATE', '152머 7734'],
      ['PERSON', '이상철'],
      ['BANK_ACCOUNT', '352-1184-0927-13'],
    ],
  },
  {
    text: '법인계좌 개설 서류 체크리스트 만들어줘\n회사: 주식회사 온담푸드\n법인등록번호 110111-8197364\n사업자등록번호 220-88-99124\n대표이사 전하린 (휴대폰 010-4418-2097)\n본점: 서울 성동구 성수이로 113, 4층\n자본금 50,000,000원',
    pii: [
      ['CRN', '110111-8197364'],
      ['BRN', '220-88-99124'],
      ['PERSON', '전하린'],
      ['PHONE', '010-4418-2097'],
    ],
  },
  {
    text: '호텔 예약 확인 메일 요약해줘\nConfirmation No. 73820194\n체크인 8/3 15:00 / 체크아웃 8/5 11:00\n디럭스 트윈 2박 KRW 486,000 (조식 포함)\n무료취소 ~8/1 23:59\n호텔 대표번호 02-317-7000',
    pii: [],
  },
  {
    text: '언니 내일부터 3일만 콩이 밥 좀 부탁해ㅠㅠ\n현관 비번 580213* 이고 경비실에서 물어보면 지은이 친구라고 하면 돼\n사료는 하루 두번 종이컵 반컵!\n주소는 인천 연수구 센트럴로 160 더샵퍼스트파크 1502호',
    pii: [
      ['PASSWORD', '580213*'],
      ['PERSON', '지은'],
      ['ADDRESS', '인천 연수구 센트럴로 160 더샵퍼스트파크 1502호'],
    ],
  },
  {
    text: '[Ticket #INC0048213] 계정 잠김\n사용자: Priya Raman (인도 법인, Bengaluru)\nID: praman02\n증상: 비번 5회 오류로 잠김. 본인이 말한 기존 비번은 Mango@7781 이었다고 함\n조치: 임시 비밀번호 Tmp-9QxR42 발급, 최초 로그인시 변경 안내. OTP 재등록 필요\n추가: Teams 채널에 실수로 올린 키 AKIA4XQ7RZ2M8PLK3NWD 폐기 요청함\n처리자: 고은비',
    pii: [
      ['PERSON', 'Priya Raman'],
      ['USERNAME', 'praman02'],
      ['PASSWORD', 'Mango@7781'],
      ['PASSWORD', 'Tmp-9QxR42'],
      ['SECRET', 'AKIA4XQ7RZ2M8PLK3NWD'],
      ['PERSON', '고은비'],
    ],
  },
  {
    text: '요양보호사 선생님께 보낼 문자 좀 다듬어줘\n어머니(송정자, 1941년 3월 8일생) 내일 신촌세브란스 신경과 외래 10:30 이에요. 환자번호 10472385 이고 드시는 약은 아리셉트 5mg 하루 1회예요. 혈압은 어제 138/82 나왔어요.\n무슨 일 있으면 보호자 010-6307-4491 (큰딸 송미경) 로 연락주세요',
    pii: [
      ['PERSON', '송정자'],
      ['DATE_OF_BIRTH', '1941년 3월 8일'],
      ['MEDICAL_RECORD', '10472385'],
      ['PHONE', '010-6307-4491'],
      ['PERSON', '송미경'],
    ],
  },
  {
    text: '연말정산 부양가족 이렇게 넣으면 맞아?\n본인 문건우 821215-1604804\n배우자 한소영 850326-2293067\n자녀 문서아 170925-4181753\n장인 한병철 530412-1272950 (따로 사심, 소득 없음)\n의료비는 장인어른 것도 내가 공제 받을 수 있나?',
    pii: [
      ['PERSON', '문건우'],
      ['RRN', '821215-1604804'],
      ['PERSON', '한소영'],
      ['RRN', '850326-2293067'],
      ['PERSON', '문서아'],
      ['RRN', '170925-4181753'],
      ['PERSON', '한병철'],
      ['RRN', '530412-1272950'],
    ],
  },
  {
    text: '이 영수증 OCR 텍스트 정리해줘\nGS25 역삼점 02-555-0192\n2024-06-11 18:42 POS 03\n삼각김밥 1,500\n바나나우유 1,700\n합 계 3,200\n카드 ****-****-****-7741 승인 30018842\n할부 00',
    pii: [],
  },
  {
    text: '진술서 초안 맞춤법 좀 봐줘\n진술인 성명: 오태경\n생년월일: 1979.11.02\n주소: 대구광역시 수성구 달구벌대로 2435 범어아이파크 101동 2207호\n연락처: 010-2758-3316\n진술내용: 2024. 5. 14. 23시경 범어네거리 편의점 앞에서 피해자 김나래씨가 넘어지는 것을 보았습니다. 저는 목격만 했으며, 가해 차량 번호는 57나 9021 로 기억합니다.',
    pii: [
      ['PERSON', '오태경'],
      ['DATE_OF_BIRTH', '1979.11.02'],
      ['ADDRESS', '대구광역시 수성구 달구벌대로 2435 범어아이파크 101동 2207호'],
      ['PHONE', '010-2758-3316'],
      ['PERSON', '김나래'],
      ['VEHICLE_PLATE', '57나 9021'],
    ],
  },
  {
    text: '호텔 폴리오 경비처리용으로 요약해줘\nGuest: Mr. Ravi Menon\nRoom 1817 / Arr 11-Jun-24 / Dep 14-Jun-24\nFolio No. 4482019\nHome address: No. 14, Jalan SS 2/72, 47300 Petaling Jaya, Selangor\nEmail: ravi.menon@outlook.com\nVISA XXXX-XXXX-XXXX-0253\nTotal KRW 1,146,000',
    pii: [
      ['PERSON', 'Ravi Menon'],
      ['ADDRESS', 'No. 14, Jalan SS 2/72, 47300 Petaling Jaya, Selangor'],
      ['EMAIL', 'ravi.menon@outlook.com'],
    ],
  },
  {
    text: '인터넷 기사님이 주고 간 메모 정리해줘\n공유기 ipTIME A3004NS-M / 펌웨어 15.02.8\nWAN IP 211.36.142.77\n관리자 비번 바꿔둠 → hs0912!!\n셋톱 MAC A8:5E:45:7C:9E:41\n고객명 엄혜숙 / 접수번호 KT-2406-118273',
    pii: [
      ['IP_ADDRESS', '211.36.142.77'],
      ['PASSWORD', 'hs0912!!'],
      ['MAC_ADDRESS', 'A8:5E:45:7C:9E:41'],
      ['PERSON', '엄혜숙'],
    ],
  },
  {
    text: "나이지리아 거래처 담당자 메일인데 답장 초안 써줘\n'Good day Mr. Cho, kindly find our updated contact. I am Chinedu Okafor, procurement lead. My direct line is +234 803 417 2290 (WhatsApp same). Our office remains at Plot 14, Adeola Odeku Street, Victoria Island, Lagos. PO ref: LG-PO-7731.'",
    pii: [
      ['PERSON', 'Cho'],
      ['PERSON', 'Chinedu Okafor'],
      ['PHONE', '+234 803 417 2290'],
    ],
  },
  {
    text: '여보 나 직구 결제하는데 아멕스 번호 좀\n→ 3732 727928 74335 유효기간 11/26 앞면 4자리 8824\n다 쓰고 이 카톡 지워ㅋㅋ 배송비 포함 $87.40 이야',
    pii: [
      ['CREDIT_CARD', '3732 727928 74335'],
      ['CARD_EXPIRY', '11/26'],
      ['CARD_CVV', '8824'],
    ],
  },
  {
    text: '이 공지 영어로 번역해줘\n6월 15일(토) 엘리베이터 정기점검으로 09:00~12:00 운행이 중지됩니다. 문의는 관리사무소 031-8017-2200 (내선 3) 으로 해주세요. 관리비 고지서 번호 2406-1183',
    pii: [],
  },
  {
    text: '라이더 정산 문의 글 써줘\n정산번호 ST-240610-8821 / 배달 42건 / 수수료 3.3% 공제 / 지급예정 6/14\n근데 앱에는 38건으로 떠요. 고객센터 1600-0987 은 연결이 안돼요',
    pii: [],
  },
  {
    text: '일본 출장 오신 사토 켄지 부장님께 숙소 안내 보내야 해\n사토 부장님 번호는 +81 90-4718-2263 이고, 회의는 서울 중구 을지로 30 롯데호텔 2층인데 숙소는 에어비앤비라서 주소가 서울 종로구 북촌로11길 24-7 이야\n대문 키패드 4096 누르고 들어가시면 된다고 일본어로 써줘',
    pii: [
      ['PERSON', '사토 켄지'],
      ['PERSON', '사토'],
      ['PHONE', '+81 90-4718-2263'],
      ['ADDRESS', '서울 종로구 북촌로11길 24-7'],
      ['PASSWORD', '4096'],
    ],
  },
  {
    text: '싱가포르 언니네 가사도우미 계약서인데 요약해줘\nEmployer: Jung Ha-eun\nHelper: Maricel Dela Cruz\nPassport No. P4829105B\nMobile +63 917 552 8041\nStart date 1 July 2024 / Monthly salary SGD 650 / Rest day Sunday\nWork permit application ref: WP2406-33917',
    pii: [
      ['PERSON', 'Jung Ha-eun'],
      ['PERSON', 'Maricel Dela Cruz'],
      ['PASSPORT', 'P4829105B'],
      ['PHONE', '+63 917 552 8041'],
    ],
  },
  {
    text: '학교 포털 캡처 OCR 한건데 표로 정리해줘\n학번 2021104387 성명 류시원 학과 컴퓨터공학과 ㅣ\n생년월일 2002-07-19\n휴대전 화 010-2934-6618\n이메일 siwon.ryu@korea.ac.kr\n보호자 류정민(부) 010-7781-2046\n지도교수 노경환 교수 / 학적상태 재학 / 이수학점 98',
    pii: [
      ['PERSON', '류시원'],
      ['DATE_OF_BIRTH', '2002-07-19'],
      ['PHONE', '010-2934-6618'],
      ['EMAIL', 'siwon.ryu@korea.ac.kr'],
      ['PERSON', '류정민'],
      ['PHONE', '010-7781-2046'],
      ['PERSON', '노경환'],
    ],
  },
  {
    text: '실장님 오늘 2시에 매물 보여주실 때 열쇠는 현관 옆 키박스에 있어요\n키박스 번호 0-7-3-1 이고요 세입자분(양소희씨)이 재택이라 계시면 인사만 하시면 돼요\n경보기는 들어가자마자 9514 입력하셔야 해요 안그럼 세콤 출동해요ㅋㅋ',
    pii: [
      ['PASSWORD', '0-7-3-1'],
      ['PERSON', '양소희'],
      ['PASSWORD', '9514'],
    ],
  },
  {
    text: '법인폰 개통 신청서 확인 부탁해요\n사용자: 탁민혁 과장 (사번 A1187)\n모델 SM-S928N 256GB\nIMEI 351927127625027\nUSIM 89823037028776431568\n번호이동 전 번호 010-5038-2271\n요금제 5G 비즈 69 / 약정 24개월',
    pii: [
      ['PERSON', '탁민혁'],
      ['IMEI', '351927127625027'],
      ['ICCID', '89823037028776431568'],
      ['PHONE', '010-5038-2271'],
    ],
  },
  {
    text: '호주 셰어하우스 집주인한테 보낼 문자 영어로 바꿔줘\n안녕하세요 Mark, 저 Room 2 살던 Yuna예요. 본드 돌려받을 계좌는 BSB 062-914, 계좌번호 1048 3327 이에요. 새 주소는 Unit 5/38 Albert Street, Brunswick VIC 3056 입니다. 키는 우편함에 넣어둘게요!',
    pii: [
      ['PERSON', 'Mark'],
      ['PERSON', 'Yuna'],
      ['BANK_ACCOUNT', '1048 3327'],
      ['ADDRESS', 'Unit 5/38 Albert Street, Brunswick VIC 3056'],
    ],
  },
];
