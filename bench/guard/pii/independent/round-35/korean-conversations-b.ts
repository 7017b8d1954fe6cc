// Korean conversations for round 35, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const koreanRoundThirtyFiveConversationsB: readonly IndependentText[] = [
  {
    text:
      'User: 달러 환전 수수료 우대 얼마나 돼요? 1,500달러 정도 바꾸려고요\n' +
      'Assistant: 오늘(2025-06-16 10:12 고시 기준) USD 매매기준율은 1,362.50원이고 현찰 살 때 환율은 1,386.34원입니다.\n' +
      '- 모바일 환전 우대 90% 적용 시: 1,364.88원 × 1,500 = 약 2,047,320원\n' +
      '- 수령: 인천공항 제1터미널 환전소(지하 1층), 6/18부터 수령 가능\n' +
      '- 상품코드 FX-MB-90, 쿠폰 SUMMER25와 중복 불가\n' +
      '해외 송금을 하실 경우 SWIFT 코드는 SHBKKRSE이고 전신료 8,000원이 추가됩니다. 자세한 문의는 1599-8000.',
    pii: [],
  },
  {
    text:
      '[챗봇] 입원 환자 보호자 문의입니다. 환자 성함과 등록번호를 알려주세요.\n' +
      '[보호자] 환자는 저희 어머니 노미숙이고 등록번호 10388274예요. 생년월일은 1959년 11월 2일입니다. 저는 아들 유건우, 010-3385-6092\n' +
      '[챗봇] 확인 감사합니다. 주치의 면담 요청은 병동 간호사에게 연결해 드릴게요.\n' +
      '요약 → 환자: 노미숙(10388274, 1959-11-02) / 72병동 14호실 / 보호자: 유건우 010-3385-6092 / 요청: 주치의 면담\n' +
      '[간호사 김보람] 안녕하세요, 72병동 김보람입니다. 노미숙 님 내일 오전 회진이 8시 30분이라 면담은 9시 15분쯤 가능하세요. 오늘 혈압 132/84, 체온 36.8도로 안정적이세요.\n' +
      '[보호자] 네 9시 15분에 갈게요. 주차 할인도 되나요?\n' +
      '[간호사 김보람] 입원 보호자 차량 1대는 무료라 차량번호 알려주세요.\n' +
      '[보호자] 64구 2158 입니다\n' +
      '[간호사 김보람] 64구 2158 등록했습니다(최대 24시간). 병동 직통 02-958-8721로 연락 주셔도 돼요.',
    pii: [
      ['PERSON', '노미숙'],
      ['MEDICAL_RECORD', '10388274'],
      ['DATE_OF_BIRTH', '1959년 11월 2일'],
      ['PERSON', '유건우'],
      ['PHONE', '010-3385-6092'],
      ['PERSON', '노미숙'],
      ['MEDICAL_RECORD', '10388274'],
      ['DATE_OF_BIRTH', '1959-11-02'],
      ['PERSON', '유건우'],
      ['PHONE', '010-3385-6092'],
      ['PERSON', '김보람'],
      ['PERSON', '김보람'],
      ['PERSON', '노미숙'],
      ['PERSON', '김보람'],
      ['VEHICLE_PLATE', '64구 2158'],
      ['PERSON', '김보람'],
      ['VEHICLE_PLATE', '64구 2158'],
    ],
  },
  {
    text:
      "User: Hi, I'm leaving Korea next month and want to claim my 국민연금 반환일시금. Can you help me fill in the form?\n" +
      'Name: Oliver Hartley / 외국인등록번호 910415-5681026 / UK passport 548219377\n' +
      'Refund to: Barclays, IBAN GB52BARC02729911619858\n' +
      'UK address after departure: Flat 4, 27 Hamilton Road, Reading RG1 5RA\n' +
      '(NI number JT 42 19 86 B, in case the UK side asks)\n' +
      'Assistant: 반환일시금 지급청구서 초안이에요 / Draft of the lump-sum refund claim:\n' +
      '1. 청구인 성명 (Name): Oliver Hartley\n' +
      '2. 외국인등록번호 (ARC no.): 910415-5681026\n' +
      '3. 여권번호 (Passport no.): 548219377\n' +
      '4. 해외 계좌 (Overseas account): Barclays Bank UK PLC, IBAN GB52BARC02729911619858, SWIFT BARCGB22\n' +
      '5. 출국 후 주소 (Address abroad): Flat 4, 27 Hamilton Road, Reading RG1 5RA\n' +
      'The NI number is not needed for the Korean claim. Bring your e-ticket (180-2291847736) to the NPS branch, or call NPS Global at +82-2-2240-0500. Processing takes about one month and the refund is paid in GBP at the rate on the payment date.',
    pii: [
      ['PERSON', 'Oliver Hartley'],
      ['FRN', '910415-5681026'],
      ['PASSPORT', '548219377'],
      ['IBAN', 'GB52BARC02729911619858'],
      ['ADDRESS', 'Flat 4, 27 Hamilton Road, Reading RG1 5RA'],
      ['UK_NINO', 'JT 42 19 86 B'],
      ['PERSON', 'Oliver Hartley'],
      ['FRN', '910415-5681026'],
      ['PASSPORT', '548219377'],
      ['IBAN', 'GB52BARC02729911619858'],
      ['ADDRESS', 'Flat 4, 27 Hamilton Road, Reading RG1 5RA'],
    ],
  },
  {
    text:
      '사용자: 일본 출장 가는데 로밍 말고 현지 유심 쓰면 한국 번호 문자 못 받나요? 일본 현지 번호는 +81 90-4418-2276 받을 예정이에요\n' +
      '상담봇: 현지 유심만 쓰시면 한국 번호(010-2408-5519)로 오는 문자는 바로 받을 수 없어요. 대신 아래 방법이 있어요.\n' +
      '1) 듀얼심: eSIM에 한국 번호 유지 + 물리 유심에 일본 번호(+81 90-4418-2276) — 아이폰 XS 이후, 갤럭시 S23 이후 지원\n' +
      '2) 착신전환: 010-2408-5519 → +81 90-4418-2276, 국제 착신 요금 분당 약 1,320원\n' +
      '3) 로밍 바로 요금제 5GB 29,000원(상품코드 RM-JP-5G)\n' +
      '선택하시면 신청번호를 발급해 드릴게요. 해외에서는 +82-2-2190-0901(24시간 로밍센터)로 무료 연결됩니다.',
    pii: [
      ['PHONE', '+81 90-4418-2276'],
      ['PHONE', '010-2408-5519'],
      ['PHONE', '+81 90-4418-2276'],
      ['PHONE', '010-2408-5519'],
      ['PHONE', '+81 90-4418-2276'],
    ],
  },
  {
    text:
      '사용자: 차 계약서 작성 좀 도와주세요.\n' +
      '구매자 배성민, 주민등록번호 841130-1031281, 주소 광주광역시 서구 상무대로 1055, 112동 1802호, 연락처 010-5280-3947\n' +
      '차량: 쏘나타 디 엣지 2.0 가솔린, 차대번호 KMHS381E8RU406635\n' +
      '어시스턴트: 자동차 매매계약서 초안입니다.\n' +
      '━ 매수인 ━\n' +
      '성명: 배성민  주민등록번호: 841130-1031281\n' +
      '주소: 광주광역시 서구 상무대로 1055, 112동 1802호\n' +
      '전화: 010-5280-3947\n' +
      '━ 차량 ━\n' +
      '차종: 쏘나타 디 엣지 2.0 (DN8), 차대번호 KMHS381E8RU406635, 색상 녹턴 그레이, 출고 예정 2025-07-03\n' +
      '━ 대금 ━\n' +
      '차량가 32,680,000원 − 할인 1,200,000원 = 31,480,000원. 계약금 1,000,000원은 (주)한결모터스 법인계좌 우리 1005-903-774120으로 입금 (계약번호 HK-CT-25-1184)\n' +
      '매도인 측: 판매 컨설턴트 사원번호 S-30418, 전시장 062-371-9000',
    pii: [
      ['PERSON', '배성민'],
      ['RRN', '841130-1031281'],
      ['ADDRESS', '광주광역시 서구 상무대로 1055, 112동 1802호'],
      ['PHONE', '010-5280-3947'],
      ['VIN', 'KMHS381E8RU406635'],
      ['PERSON', '배성민'],
      ['RRN', '841130-1031281'],
      ['ADDRESS', '광주광역시 서구 상무대로 1055, 112동 1802호'],
      ['PHONE', '010-5280-3947'],
      ['VIN', 'KMHS381E8RU406635'],
    ],
  },
  {
    text:
      '학부모: 아이 결석계 써 주세요. 이름 신예준, 3학년 2반 14번, 6월 16~17일 장염으로 결석했어요. 담임은 한미경 선생님이고 저는 아빠 신재호, 010-2716-4038이에요\n' +
      '어시스턴트: 결석계 초안입니다.\n' +
      '결 석 계\n' +
      '학년/반/번호: 3학년 2반 14번\n' +
      '성명: 신예준\n' +
      '결석 기간: 2025년 6월 16일(월) ~ 6월 17일(화), 2일간\n' +
      '사유: 질병(급성 장염)으로 인한 가정 요양, 진료확인서 첨부\n' +
      '위와 같이 결석하였기에 결석계를 제출합니다.\n' +
      '2025년 6월 18일 보호자 신재호 (서명)  연락처 010-2716-4038\n' +
      '한미경 선생님 귀하\n' +
      '학부모: 나이스 학부모서비스로도 제출 가능하죠?\n' +
      '어시스턴트: 네, 학부모서비스 > 출결 > 결석신고서 메뉴에서 제출할 수 있고 진료확인서는 PDF(최대 10MB)로 첨부하시면 됩니다.',
    pii: [
      ['PERSON', '신예준'],
      ['PERSON', '한미경'],
      ['PERSON', '신재호'],
      ['PHONE', '010-2716-4038'],
      ['PERSON', '신예준'],
      ['PERSON', '신재호'],
      ['PHONE', '010-2716-4038'],
      ['PERSON', '한미경'],
    ],
  },
  {
    text:
      '사용자: 이번 달 전기요금 왜 이렇게 많이 나왔어요? 487kWh 썼대요\n' +
      '상담봇: 주택용 저압, 여름철(7~8월) 누진 구간으로 계산해 볼게요.\n' +
      '- 1구간 300kWh × 120.0원 = 36,000원\n' +
      '- 2구간 150kWh × 214.6원 = 32,190원\n' +
      '- 3구간 37kWh × 307.3원 = 11,370원\n' +
      '- 기본요금 7,300원, 기후환경요금·연료비조정액 포함 시 약 93,680원 (부가세·전력기금 별도)\n' +
      '계량기 번호 07-4512-3309의 검침일이 18일로 바뀌면서 사용 기간이 34일로 늘어난 영향도 있어요. 분할 납부는 한전ON 또는 국번 없이 123에서 신청 가능합니다. (문의번호 KEP-25-0731-552)',
    pii: [],
  },
  {
    text:
      'User: 할아버지 복약안내문을 영어로 번역해 주세요. 간병인 선생님이 필리핀 분이세요.\n' +
      '환자: 엄기석 (등록번호 55102938)\n' +
      '- 와파린 2mg 1일 1회 저녁 8시\n' +
      '- 판토프라졸 40mg 1일 1회 아침 식전\n' +
      '주의: 녹색 채소 과다 섭취 금지, INR 검사 6/24\n' +
      '간병인: Maricel Dela Cruz, +63 917 482 6031\n' +
      'Assistant: Medication guide (English)\n' +
      'Patient: Eom Gi-seok (Hospital no. 55102938)\n' +
      '- Warfarin 2 mg, once a day at 8 PM\n' +
      '- Pantoprazole 40 mg, once a day before breakfast\n' +
      'Caution: avoid large amounts of leafy green vegetables. Next INR test: June 24.\n' +
      'Caregiver: Maricel Dela Cruz (+63 917 482 6031)\n' +
      'Maricel, if he has unusual bleeding or black stools, call the pharmacy at 031-912-4470 or 119 right away. 처방 번호 RX-0617-883.',
    pii: [
      ['PERSON', '엄기석'],
      ['MEDICAL_RECORD', '55102938'],
      ['PERSON', 'Maricel Dela Cruz'],
      ['PHONE', '+63 917 482 6031'],
      ['PERSON', 'Eom Gi-seok'],
      ['MEDICAL_RECORD', '55102938'],
      ['PERSON', 'Maricel Dela Cruz'],
      ['PHONE', '+63 917 482 6031'],
      ['PERSON', 'Maricel'],
    ],
  },
  {
    text:
      '사용자: 해외 결제 이의제기 하고 싶어요. 아멕스 3721-999551-40801, 유효기간 11/27. 6월 3일에 HOTEL LUNA BCN에서 €318.40이 두 번 결제됐어요\n' +
      '상담봇: 확인했습니다. 이의제기 접수 내용입니다.\n' +
      '- 카드: 아멕스 ****-******-40801 (유효기간 확인 완료)\n' +
      '- 거래: 2025-06-03 HOTEL LUNA BCN, EUR 318.40 × 2건 (승인번호 884120, 884127)\n' +
      '- 사유 코드 4834 (중복 청구)\n' +
      '- 접수번호 DSP-2506-10442, 처리 기간 최대 45일\n' +
      '결과를 받으실 이메일과 성함을 알려주세요.\n' +
      '사용자: 결과는 minseo.ahn@outlook.kr 로 받을게요. 이름은 안민서\n' +
      '상담봇: 안민서 님, 처리 결과는 minseo.ahn@outlook.kr 로 안내드릴게요. 가맹점 환불이 먼저 들어오면 이의제기는 자동 종료됩니다.',
    pii: [
      ['CREDIT_CARD', '3721-999551-40801'],
      ['CARD_EXPIRY', '11/27'],
      ['EMAIL', 'minseo.ahn@outlook.kr'],
      ['PERSON', '안민서'],
      ['PERSON', '안민서'],
      ['EMAIL', 'minseo.ahn@outlook.kr'],
    ],
  },
  {
    text:
      'User: 속도위반 과태료 이의신청서 써 주세요. 그날 차는 제 동생이 몰았어요.\n' +
      '차량번호 216로 4482, 고지서 번호 2025-경기남부-0417726, 위반일시 2025.05.30 14:21, 장소 수원 영통구 봉영로 1612 부근(제한 60, 주행 78)\n' +
      '실제 운전자: 동생 표지훈, 운전면허 13-21-058834-12, 주소 경기도 수원시 영통구 매영로 269, 803동 1101호\n' +
      'Assistant: 의견진술서(운전자 지정) 초안입니다.\n' +
      '1. 차량번호: 216로 4482\n' +
      '2. 고지서 번호: 2025-경기남부-0417726 / 위반일시 2025.05.30 14:21\n' +
      '3. 실제 운전자: 표지훈 (면허번호 13-21-058834-12)\n' +
      '4. 운전자 주소: 경기도 수원시 영통구 매영로 269, 803동 1101호\n' +
      '5. 진술 내용: 위 일시에 본 차량은 실제 운전자가 운행하였으므로 운전자 지정을 신청합니다.\n' +
      '운전자를 지정하면 범칙금 6만 원과 벌점 15점이 운전자에게 부과됩니다. 제출은 이파인(efine.go.kr) 또는 경기남부경찰청 교통과 팩스 031-888-2475로 하시면 돼요.',
    pii: [
      ['VEHICLE_PLATE', '216로 4482'],
      ['PERSON', '표지훈'],
      ['DRIVER_LICENSE', '13-21-058834-12'],
      ['ADDRESS', '경기도 수원시 영통구 매영로 269, 803동 1101호'],
      ['VEHICLE_PLATE', '216로 4482'],
      ['PERSON', '표지훈'],
      ['DRIVER_LICENSE', '13-21-058834-12'],
      ['ADDRESS', '경기도 수원시 영통구 매영로 269, 803동 1101호'],
    ],
  },
  {
    text:
      '사용자: 기숙사 입사 신청하려고요. 이름 Budi Santoso, 외국인등록번호 030521-7431504, 여권 C4471902, 폰 010-8317-2640. 한국어 조금 해요\n' +
      '총무봇: Budi 님 반가워요! Saya tulis dalam bahasa Korea dan Indonesia.\n' +
      '[기숙사 입사 신청 / Permohonan asrama]\n' +
      '- 성명 Nama: Budi Santoso\n' +
      '- 외국인등록번호 No. ARC: 030521-7431504\n' +
      '- 여권 Paspor: C4471902\n' +
      '- 연락처 Telepon: 010-8317-2640\n' +
      '- 배정 Kamar: B동 305호 (2인실), 입사일 2025-06-23\n' +
      '- 기숙사비 Biaya: 월 150,000원, 급여에서 공제 (관리코드 DRM-B305)\n' +
      '입사 당일 정문 보안실(내선 1190)에서 출입카드를 받으세요. Kartu akses diambil di pos satpam.',
    pii: [
      ['PERSON', 'Budi Santoso'],
      ['FRN', '030521-7431504'],
      ['PASSPORT', 'C4471902'],
      ['PHONE', '010-8317-2640'],
      ['PERSON', 'Budi'],
      ['PERSON', 'Budi Santoso'],
      ['FRN', '030521-7431504'],
      ['PASSPORT', 'C4471902'],
      ['PHONE', '010-8317-2640'],
    ],
  },
  {
    text:
      'User: 안녕하세요, 건강검진 예약 확인 부탁해요. Alejandra Ruiz Montoya, passport G31847206, 생년월일 1988-12-09\n' +
      'Assistant: Alejandra 님, 예약 확인됐습니다.\n' +
      '- 검진일: 2025년 6월 27일(금) 07:40, 본관 지하 1층 건강증진센터\n' +
      '- 프로그램: 종합검진 B (코드 HC-B-2025), 수면 위내시경 포함, 금액 ₩420,000\n' +
      '- 등록번호 (patient no.): 40917725\n' +
      '- 안내 메일: alejandra.rm88@hotmail.com\n' +
      '전날 밤 9시 이후 금식, 자정 이후로는 물도 드시지 마세요. 영어·스페인어 통역은 외국인진료소 02-2019-3690으로 요청하시면 됩니다.\n' +
      'User: 메일 주소 바뀌었어요. ale.ruizm@gmail.com 으로 보내 주세요\n' +
      'Assistant: ale.ruizm@gmail.com 으로 변경했고, 예약번호 CHK-0627-114 확인서를 다시 보내드렸습니다.',
    pii: [
      ['PERSON', 'Alejandra Ruiz Montoya'],
      ['PASSPORT', 'G31847206'],
      ['DATE_OF_BIRTH', '1988-12-09'],
      ['PERSON', 'Alejandra'],
      ['MEDICAL_RECORD', '40917725'],
      ['EMAIL', 'alejandra.rm88@hotmail.com'],
      ['EMAIL', 'ale.ruizm@gmail.com'],
      ['EMAIL', 'ale.ruizm@gmail.com'],
    ],
  },
  {
    text:
      '{"conversation_id": "c0a7d3f2-91e4-4b6c-8d55-3e2f10b9a771", "channel": "kakao", "turns": [\n' +
      '  {"role": "user", "content": "[NAME_1]인데요, 암보험 진단금 청구 상태 알려주세요. 주민번호 [RRN_1]"},\n' +
      '  {"role": "assistant", "content": "{{customer_name}} 님의 청구 CLM-2025-0588213은 심사 중입니다(접수 2025-06-02, 예상 지급 2025-06-20, 금액 30,000,000원). 추가 서류 요청은 <EMAIL>로 발송되었습니다."},\n' +
      '  {"role": "user", "content": "연락처 010-****-4471로 문자 주세요"},\n' +
      '  {"role": "assistant", "content": "네, 등록된 번호로 진행 상황 알림을 보내 드릴게요. 보험금 문의 1588-3114, 상품코드 CI-NEW-05."}\n' +
      '], "redaction": {"engine": "mask-v4.2", "status": 200}}',
    pii: [],
  },
  {
    text:
      '사용자: 제 명의로 모르는 휴대폰이 개통됐다는 문자를 받았어요. 이름 전소윤, 주민등록번호 920927-2663411 입니다. 저는 010-9921-4306 하나만 써요\n' +
      '상담봇: 많이 놀라셨겠어요. 명의도용 조회 결과, 고객님 명의 회선은 3개입니다.\n' +
      '| 회선 | 개통일 | 개통처 | 상태 |\n' +
      '|---|---|---|---|\n' +
      '| 010-9921-4306 | 2019-04-11 | 직영점 | 정상 (본인 사용) |\n' +
      '| 010-7045-1182 | 2025-06-09 | 온라인 판매점 #P2231 | 정상 |\n' +
      '| 010-7045-1196 | 2025-06-09 | 온라인 판매점 #P2231 | 정상 |\n' +
      '010-7045-1182, 010-7045-1196 두 회선은 즉시 이용정지했고(정지번호 FRD-0615-0091), 명의도용 신고서 작성도 도와드릴게요. 경찰 신고는 112 또는 사이버범죄 신고시스템(ECRM)에서 하시고, 접수증을 고객센터 114로 보내 주세요. 엠세이퍼(msafer.or.kr)에서 가입제한 서비스도 신청하시길 권해요.',
    pii: [
      ['PERSON', '전소윤'],
      ['RRN', '920927-2663411'],
      ['PHONE', '010-9921-4306'],
      ['PHONE', '010-9921-4306'],
      ['PHONE', '010-7045-1182'],
      ['PHONE', '010-7045-1196'],
      ['PHONE', '010-7045-1182'],
      ['PHONE', '010-7045-1196'],
    ],
  },
  {
    text:
      'User: 저희 플랫폼 크리에이터 정산 등록하려는데요, 개인사업자예요.\n' +
      '채널 @gomdori_cooks, 본명 차은비, 사업자등록번호 575-79-59675, 정산 계좌 카카오뱅크 3333-14-8827051, 세금계산서 메일 eunbi.cha.tax@gmail.com\n' +
      'Assistant: 정산 정보 등록 요약입니다.\n' +
      '```\n' +
      'creator_handle : @gomdori_cooks\n' +
      'legal_name     : 차은비\n' +
      'brn            : 575-79-59675\n' +
      'payout_account : 카카오뱅크 3333-14-8827051\n' +
      'invoice_email  : eunbi.cha.tax@gmail.com\n' +
      'revenue_share  : 70/30 (tier CR-SILVER)\n' +
      '```\n' +
      '첫 정산일은 2025년 7월 10일이며, 6월분 광고수익 1,284,700원은 세금계산서 발행 후 지급됩니다. 등록 요청 ID: 7f3e9a21.',
    pii: [
      ['USERNAME', '@gomdori_cooks'],
      ['PERSON', '차은비'],
      ['BRN', '575-79-59675'],
      ['BANK_ACCOUNT', '3333-14-8827051'],
      ['EMAIL', 'eunbi.cha.tax@gmail.com'],
      ['USERNAME', '@gomdori_cooks'],
      ['PERSON', '차은비'],
      ['BRN', '575-79-59675'],
      ['BANK_ACCOUNT', '3333-14-8827051'],
      ['EMAIL', 'eunbi.cha.tax@gmail.com'],
    ],
  },
  {
    text:
      'User: I want to send money to my mother in Bengaluru from my 원화 account. 받는 분 Lakshmi Venkatesh, HDFC Bank account 50100284417391, IFSC HDFC0001753, her phone +91 98450 37126\n' +
      'Assistant: 해외송금 정보 확인해 주세요 / Please confirm:\n' +
      '- Beneficiary: Lakshmi Venkatesh\n' +
      '- Bank: HDFC Bank, Jayanagar branch (IFSC HDFC0001753, SWIFT HDFCINBB)\n' +
      '- Account no.: 50100284417391\n' +
      '- Beneficiary phone: +91 98450 37126\n' +
      '- Amount: INR 85,000 ≈ KRW 1,392,300 (rate 16.38), fee KRW 5,000\n' +
      '- Purpose code P1301 (family maintenance)\n' +
      'For remittances over USD 5,000 a year I also need your 외국인등록번호. Please type it.\n' +
      'User: 890602-5147893\n' +
      'Assistant: Thanks, Arjun. 외국인등록번호 890602-5****** recorded; transfer ref. OR-25061712 will be processed by 15:30 KST.',
    pii: [
      ['PERSON', 'Lakshmi Venkatesh'],
      ['BANK_ACCOUNT', '50100284417391'],
      ['PHONE', '+91 98450 37126'],
      ['PERSON', 'Lakshmi Venkatesh'],
      ['BANK_ACCOUNT', '50100284417391'],
      ['PHONE', '+91 98450 37126'],
      ['FRN', '890602-5147893'],
      ['PERSON', 'Arjun'],
    ],
  },
  {
    text:
      '사용자: 엔진오일 교환 예약하고 싶어요. 토요일 오전 가능해요?\n' +
      '어시스턴트: 블루핸즈 판교점 6월 21일(토) 예약 가능한 시간은 09:30, 10:00, 11:30입니다.\n' +
      '- 작업: 엔진오일+필터 교환 (부품번호 26300-35505, 오일 5W-30 4.5L)\n' +
      '- 예상 비용: 부품 48,000원 + 공임 22,000원 = 70,000원, 멤버십 포인트 사용 가능\n' +
      '- 소요 시간: 약 40분\n' +
      '- 위치: 경기 성남시 분당구 판교로255번길 38, 지하 1층 (대표 031-789-6200)\n' +
      '예약번호 BH-0621-0930-17로 09:30에 잡아 둘게요. 변경은 하루 전까지 080-600-6000에서 가능합니다.',
    pii: [],
  },
  {
    text:
      'User: 배포 스크립트가 403 나요. 설정 파일 그대로 붙여요\n' +
      '```\n' +
      'AWS_ACCESS_KEY_ID=AKIA4XQ7PLM2ZB6RTN5K\n' +
      'AWS_SECRET_ACCESS_KEY=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\n' +
      'MEDIA_API_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtdHJhbnNjb2RlIiwiaWF0IjoxNzQ5ODAwMDAwfQ.Qf3Lx8Zr2Vn7Tk1Wm5Hy9Pb4Cs6Jd0Ea3Gu8Io2Rt4w\n' +
      'REGION=ap-northeast-2\n' +
      'BUCKET=vod-origin-prod\n' +
      '```\n' +
      'Assistant: 403 AccessDenied는 IAM 정책에 s3:PutObject 권한이 없어서일 가능성이 높아요. 그런데 그보다 먼저, 방금 붙여넣으신 키는 노출된 것으로 보고 바로 비활성화해야 합니다.\n' +
      '1. IAM 콘솔에서 AKIA4XQ7PLM2ZB6RTN5K 키를 Deactivate → 새 키 발급\n' +
      '2. MEDIA_API_TOKEN(JWT, sub=svc-transcode)은 만료(exp)가 없으니 발급 서버에서 폐기\n' +
      '3. 앞으로는 ${AWS_SECRET_ACCESS_KEY} 같은 환경 변수 참조나 Secrets Manager ARN만 공유해 주세요.\n' +
      '정책 예시: arn:aws:s3:::vod-origin-prod/* 에 s3:PutObject 허용, Version 2012-10-17.',
    pii: [
      ['SECRET', 'AKIA4XQ7PLM2ZB6RTN5K'],
      ['SECRET', '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'],
      [
        'SECRET',
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtdHJhbnNjb2RlIiwiaWF0IjoxNzQ5ODAwMDAwfQ.Qf3Lx8Zr2Vn7Tk1Wm5Hy9Pb4Cs6Jd0Ea3Gu8Io2Rt4w',
      ],
      ['SECRET', 'AKIA4XQ7PLM2ZB6RTN5K'],
    ],
  },
  {
    text:
      'User: Good afternoon. I need to extend my D-2 visa. My details: Chukwuemeka Adeyemi, passport A09384417, 외국인등록번호 950302-5453335, phone 010-4129-7783, email chuks.adeyemi@yahoo.com, address 서울특별시 동대문구 이문로 107, 그린빌 302호\n' +
      'Assistant: Sure, Emeka. Here is your 체류기간연장허가 checklist in both languages:\n' +
      '| 항목 / Item | 내용 / Details |\n' +
      '|---|---|\n' +
      '| 성명 / Name | Chukwuemeka Adeyemi |\n' +
      '| 여권 / Passport | A09384417 (valid until 2029-08-14) |\n' +
      '| 외국인등록번호 / ARC | 950302-5453335 |\n' +
      '| 체류지 / Address | 서울특별시 동대문구 이문로 107, 그린빌 302호 |\n' +
      '| 수수료 / Fee | 60,000원 (수입인지) |\n' +
      '| 재학증명서 / Enrolment cert. | 발급번호 HUFS-2025-118834 |\n' +
      'Book a visit on HiKorea (hikorea.go.kr) or call 1345. Your slot: 서울출입국·외국인청 2025-06-24 10:20, 예약번호 HK-77410.',
    pii: [
      ['PERSON', 'Chukwuemeka Adeyemi'],
      ['PASSPORT', 'A09384417'],
      ['FRN', '950302-5453335'],
      ['PHONE', '010-4129-7783'],
      ['EMAIL', 'chuks.adeyemi@yahoo.com'],
      ['ADDRESS', '서울특별시 동대문구 이문로 107, 그린빌 302호'],
      ['PERSON', 'Emeka'],
      ['PERSON', 'Chukwuemeka Adeyemi'],
      ['PASSPORT', 'A09384417'],
      ['FRN', '950302-5453335'],
      ['ADDRESS', '서울특별시 동대문구 이문로 107, 그린빌 302호'],
    ],
  },
  {
    text:
      '사용자: 출생신고랑 아기 건강보험 피부양자 등록 같이 하려고요. 아기는 6월 3일에 태어났고 아기 등록번호는 B2506-0311, 저는 산모 남궁지현, 1993년 4월 19일생, 산모 등록번호 88120457이에요\n' +
      '상담봇: 축하드려요! 출생신고는 출생일로부터 1개월 이내(7월 3일까지) 하시면 됩니다. 정리하면:\n' +
      '- 출생아: 2025-06-03 출생, 3.21kg, 출생증명서 발급번호 BC-2025-06-0418 (원무과 발급)\n' +
      '- 산모: 남궁지현 (1993-04-19), 등록번호 88120457\n' +
      '- 출생아 등록번호: B2506-0311\n' +
      '출생신고 후 아기 주민등록번호가 나오면 알려주세요. 피부양자 등록에 필요해요.\n' +
      '사용자: 나왔어요 250603-4218375\n' +
      '상담봇: 아기 주민등록번호 250603-4218375 확인했어요. 아빠(직장가입자) 쪽 건강보험증 번호로 피부양자 취득 신고를 하시면 돼요. 번호 알려주시겠어요?\n' +
      '사용자: 남편 건강보험증 번호는 60411823075 이에요\n' +
      "상담봇: 아기(250603-4218375)를 건강보험증 60411823075의 피부양자로 신청하는 양식을 준비했어요. 정부24 '행복출산 원스톱 서비스'로 함께 신청하면 첫만남이용권 200만 원도 같이 접수됩니다.",
    pii: [
      ['MEDICAL_RECORD', 'B2506-0311'],
      ['PERSON', '남궁지현'],
      ['DATE_OF_BIRTH', '1993년 4월 19일'],
      ['MEDICAL_RECORD', '88120457'],
      ['PERSON', '남궁지현'],
      ['DATE_OF_BIRTH', '1993-04-19'],
      ['MEDICAL_RECORD', '88120457'],
      ['MEDICAL_RECORD', 'B2506-0311'],
      ['RRN', '250603-4218375'],
      ['RRN', '250603-4218375'],
      ['HEALTH_INSURANCE', '60411823075'],
      ['RRN', '250603-4218375'],
      ['HEALTH_INSURANCE', '60411823075'],
    ],
  },
  {
    text:
      '사용자: 보험금 받을 계좌 등록할게요. 국민은행 612302-04-18873\n' +
      '상담봇: 입력하신 612302-04-18873은 국민은행 계좌번호 자릿수(14자리)와 맞지 않아요. 다시 확인해 주시겠어요?\n' +
      '사용자: 아 하나 빠졌네요 612302-04-188735\n' +
      '상담봇: 예금주 조회 결과 ‘여*희’로 확인됩니다. 성함 전체를 입력해 주세요.\n' +
      '사용자: 여은희\n' +
      '상담봇: 여은희 님, 보험금 수령 계좌를 국민은행 612302-04-188735로 등록했습니다.\n' +
      '- 청구번호: HC-2025-0447291 (입원 치료비, 5일)\n' +
      '- 지급 예정액: 1,870,000원, 지급 예정일 2025-06-19\n' +
      '- 계좌 변경 수수료 없음\n' +
      '지급되면 알림톡으로 안내드리고, 문의는 1544-0114로 해 주세요.',
    pii: [
      ['BANK_ACCOUNT', '612302-04-18873'],
      ['BANK_ACCOUNT', '612302-04-18873'],
      ['BANK_ACCOUNT', '612302-04-188735'],
      ['PERSON', '여은희'],
      ['PERSON', '여은희'],
      ['BANK_ACCOUNT', '612302-04-188735'],
    ],
  },
  {
    text:
      'User: 저 호주 영주권자라 Medicare 있어요. 서울에서 다친 거 한국 보험이랑 Medicare 둘 다 청구되나요? Medicare 2953 71843 1, 호주 휴대폰 +61 412 583 907, 호주 주소 Unit 12, 48 Bourke Street, Surry Hills NSW 2010\n' +
      'Assistant: Medicare는 해외 진료비를 보장하지 않아서, 한국에서 받은 치료는 한국 여행자보험(증권 TRV-88-2025-01734)으로만 청구돼요. 호주 귀국 후 받는 후속 치료는 Medicare로 가능합니다. 영문 요약:\n' +
      '• Medicare card: 2953 71843 1\n' +
      '• Mobile: +61 412 583 907\n' +
      '• Address: Unit 12, 48 Bourke Street, Surry Hills NSW 2010\n' +
      '• Claim: physiotherapy after ankle fracture (S82.6), 6 sessions × AUD 95\n' +
      '보험금은 호주 계좌로도 받을 수 있어요 — BSB와 계좌번호, 예금주를 알려 주세요.\n' +
      'User: BSB 062-000, account 1048 2377, 이름 Hyejin Ko\n' +
      'Assistant: Hyejin Ko 님 명의 CBA 계좌 1048 2377 (BSB 062-000)로 등록했습니다. 청구번호 TC-250618-042.',
    pii: [
      ['HEALTH_INSURANCE', '2953 71843 1'],
      ['PHONE', '+61 412 583 907'],
      ['ADDRESS', 'Unit 12, 48 Bourke Street, Surry Hills NSW 2010'],
      ['HEALTH_INSURANCE', '2953 71843 1'],
      ['PHONE', '+61 412 583 907'],
      ['ADDRESS', 'Unit 12, 48 Bourke Street, Surry Hills NSW 2010'],
      ['BANK_ACCOUNT', '1048 2377'],
      ['PERSON', 'Hyejin Ko'],
      ['PERSON', 'Hyejin Ko'],
      ['BANK_ACCOUNT', '1048 2377'],
    ],
  },
  {
    text:
      '사용자: 통신비 자동이체 계좌 바꿔 주세요. 농협 302-1184-5520-71, 예금주는 저 맹수빈이요\n' +
      '상담봇: 맹수빈 님, 본인 확인을 위해 생년월일 6자리를 입력해 주세요.\n' +
      '사용자: 970813\n' +
      '상담봇: 확인되었습니다. 변경 내용:\n' +
      '- 기존: 신한 ****-***-**4410 (해지)\n' +
      '- 신규: NH농협 302-1184-5520-71 / 예금주 맹수빈\n' +
      '- 출금일: 매월 21일, 이번 달 청구액 68,450원부터 적용\n' +
      '- 접수번호: AP-2506-19935\n' +
      '출금 동의는 카카오톡 알림의 ‘동의하기’ 버튼으로 진행해 주세요. 동의가 완료되지 않으면 7월 청구분은 가상계좌로 안내됩니다.',
    pii: [
      ['BANK_ACCOUNT', '302-1184-5520-71'],
      ['PERSON', '맹수빈'],
      ['PERSON', '맹수빈'],
      ['DATE_OF_BIRTH', '970813'],
      ['BANK_ACCOUNT', '302-1184-5520-71'],
      ['PERSON', '맹수빈'],
    ],
  },
  {
    text:
      'User: 수시 원서 접수 확인 좀 해주세요. 지원자 탁서윤, 생년월일 2007.01.26, 수험번호 25-4170382\n' +
      'Assistant: 탁서윤 님의 접수 내역입니다.\n' +
      '| 전형 | 모집단위 | 수험번호 | 상태 |\n' +
      '|---|---|---|---|\n' +
      '| 학생부종합(활동우수형) | 미디어커뮤니케이션학과 | 25-4170382 | 서류 제출 완료 |\n' +
      '면접 일정은 2025년 11월 15일(토) 공지 예정이고, 전형료 65,000원은 결제 완료(승인 2025-09-12 16:41)됐어요. 안내 문자는 등록하신 010-6652-0198로, 메일은 seoyun.tak07@naver.com으로 갑니다.\n' +
      'User: 메일 주소를 엄마 걸로 바꿔 주세요. mira.choi.1975@daum.net\n' +
      'Assistant: mira.choi.1975@daum.net 으로 변경했어요. 입학처 문의는 02-3290-1114(평일 09~17시)입니다.',
    pii: [
      ['PERSON', '탁서윤'],
      ['DATE_OF_BIRTH', '2007.01.26'],
      ['PERSON', '탁서윤'],
      ['PHONE', '010-6652-0198'],
      ['EMAIL', 'seoyun.tak07@naver.com'],
      ['EMAIL', 'mira.choi.1975@daum.net'],
      ['EMAIL', 'mira.choi.1975@daum.net'],
    ],
  },
  {
    text:
      'User: 뮌헨 사는데 독일 딜러에서 기아 EV6 샀어요. 첫 점검 예약하려는데 앱에서 차량 등록이 안 돼요. 이름은 정수아예요.\n' +
      'Kennzeichen M-KR 4821, FIN KNAE651A0R5031884, 주소 Leopoldstraße 112, 80802 München, Handy +49 171 4839206\n' +
      'Assistant: 앱 등록 오류(ERR-VEH-409)는 같은 VIN이 이미 다른 계정에 연결돼 있을 때 나와요. 딜러의 시승차 계정에 남아 있는 것 같아요. 딜러에 보낼 독일어 메일을 만들어 드릴게요:\n' +
      'Sehr geehrte Damen und Herren,\n' +
      'mein Fahrzeug (Kennzeichen M-KR 4821, FIN KNAE651A0R5031884) ist in der Kia Connect App noch mit Ihrem Händlerkonto verknüpft. Bitte heben Sie die Verknüpfung auf, damit ich es registrieren kann.\n' +
      'Kontakt: +49 171 4839206, Leopoldstraße 112, 80802 München\n' +
      'Mit freundlichen Grüßen\n' +
      'Soo-ah Jeong\n' +
      'User: 고마워요, 이름 철자는 여권대로 Su-a Jung으로 바꿔 주세요\n' +
      'Assistant: 서명을 Su-a Jung으로 바꿨어요. 딜러 서비스 메일은 service@autohaus-sued.de 이고, 점검 예약은 2025-07-02 08:00 (Auftrag 551209)로 잡혀 있어요.',
    pii: [
      ['PERSON', '정수아'],
      ['VEHICLE_PLATE', 'M-KR 4821'],
      ['VIN', 'KNAE651A0R5031884'],
      ['ADDRESS', 'Leopoldstraße 112, 80802 München'],
      ['PHONE', '+49 171 4839206'],
      ['VEHICLE_PLATE', 'M-KR 4821'],
      ['VIN', 'KNAE651A0R5031884'],
      ['PHONE', '+49 171 4839206'],
      ['ADDRESS', 'Leopoldstraße 112, 80802 München'],
      ['PERSON', 'Soo-ah Jeong'],
      ['PERSON', 'Su-a Jung'],
      ['PERSON', 'Su-a Jung'],
    ],
  },
];
