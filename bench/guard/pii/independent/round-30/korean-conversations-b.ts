// Korean conversations for round 30, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const koreanRoundThirtyConversationsB: readonly IndependentText[] = [
  {
    text:
      '--------------- 2025년 1월 16일 목요일 ---------------\n' +
      '[자기♥] [오후 8:12] 오빠 연말정산 간소화 자료 내가 뽑아줄게 홈택스 아이디 뭐였지\n' +
      '[김현우] [오후 8:13] hyunwoo_k84\n' +
      '[김현우] [오후 8:13] 비번 Khw@2580!! 인데 로그인하고 바꿔놔 ㅋㅋ\n' +
      '[자기♥] [오후 8:15] 로그인 됐어 근데 부양가족에 어머님 추가하려면 주민번호 필요하대\n' +
      '[김현우] [오후 8:17] 엄마꺼 잠만 등본 찾아볼게\n' +
      '[김현우] [오후 8:18] 520917-2795420\n' +
      '[자기♥] [오후 8:20] 오케이 그리고 안경값은 내 카드로 결제했으니까 내 쪽으로 넣을게 현대카드 2223 6825 9958 5603 맞지?\n' +
      '[김현우] [오후 8:21] 그건 니 카드를 내가 어케알아 ㅋㅋㅋ\n' +
      '[자기♥] [오후 8:21] ㅋㅋㅋ 맞네 영수증엔 승인번호 71820394 라고 되어있어',
    pii: [
      ['PERSON', '김현우'],
      ['USERNAME', 'hyunwoo_k84'],
      ['PERSON', '김현우'],
      ['PASSWORD', 'Khw@2580!!'],
      ['PERSON', '김현우'],
      ['PERSON', '김현우'],
      ['RRN', '520917-2795420'],
      ['CREDIT_CARD', '2223 6825 9958 5603'],
      ['PERSON', '김현우'],
    ],
  },
  {
    text:
      '[STT 변환 | 이동통신 고객센터 | 명의도용 신고 | 2024-04-18 10:07]\n' +
      '상담사: 네 고객님 명의로 개통된 회선 중에 본인이 개통하지 않은 회선이 있다는 말씀이시죠\n' +
      '고객: 네 엠세이퍼에서 조회해보니까 제가 모르는 알뜰폰이 두 개나 있어요\n' +
      '상담사: 네 본인 확인을 위해 성함과 생년월일 말씀해주세요\n' +
      '고객: 염성훈이고요 칠칠년 일월 십구일 이요\n' +
      '상담사: 네 신분증은 어떤 걸로 확인해드릴까요\n' +
      '고객: 운전면허증이요 번호는 일이 다시 구칠 다시 공삼팔이일사 다시 오일\n' +
      '상담사: 네 확인됐습니다 고객님이 지금 쓰시는 단말기 IMEI 알 수 있으실까요 도용 회선이랑 비교해볼게요\n' +
      '고객: 삼오이공구구 일일사공칠일 삼삼일이요\n' +
      '상담사: 네 고객님 단말이랑은 다른 기기로 개통된 게 맞고요 도용 의심 회선은 010-8824-3176 하나 더 있는 건 오늘 새벽 개통이네요 접수번호 M240418-2207 로 해지 및 수사의뢰 진행하겠습니다',
    pii: [
      ['PERSON', '염성훈'],
      ['DATE_OF_BIRTH', '칠칠년 일월 십구일'],
      ['DRIVER_LICENSE', '일이 다시 구칠 다시 공삼팔이일사 다시 오일'],
      ['IMEI', '삼오이공구구 일일사공칠일 삼삼일'],
      ['PHONE', '010-8824-3176'],
    ],
  },
  {
    text:
      '[배달앱 고객센터 채팅]\n' +
      '고객: 주문번호 B1XK-240612-7731 음식이 1시간째 안와요\n' +
      '상담사: 기다리게 해드려 죄송합니다. 확인해보니 가게에서 18:42에 조리완료 후 라이더 배차가 지연되고 있습니다\n' +
      '고객: 취소하면 환불 언제돼요? 쿠폰 WELCOME5000 쓴것도 돌려받나요\n' +
      '상담사: 주문 취소 시 결제금액 23,500원은 카드사 영업일 3~5일 내 환불되고 쿠폰은 즉시 복원됩니다. 가게 연락처 02-3141-8820 로도 확인해보시겠어요?\n' +
      '고객: 아뇨 그냥 취소해주세요',
    pii: [],
  },
  {
    text:
      '[해외송금 채팅상담]\n' +
      '고객: 영국에 있는 아들한테 학비 보내려는데 받는 계좌를 아들이 카톡으로 보내줬어요 이렇게 넣으면 되나요?\n' +
      '고객: 받는분 HAN JISEOK\n' +
      'NatWest / Sort code 60-16-13\n' +
      'Account 67899608\n' +
      'IBAN GB91 NWBK 6016 1367 8996 08\n' +
      '고객: 아 그리고 아들이 알바하려고 받은 국민보험번호 JT 48 21 93 C 이것도 필요한가요?\n' +
      '상담사: 네 고객님 IBAN 만 정확하면 송금 가능하고요 보험번호(NINO)는 송금에 필요 없으니 채팅에 남기지 않으셔도 됩니다. 송금인 본인 확인을 위해 생년월일 부탁드려요\n' +
      '고객: 1968.05.22 요\n' +
      '상담사: 확인됐습니다. 송금액 GBP 9,250 기준 오늘 환율 1,742.30원 적용되며 수수료는 8,000원입니다',
    pii: [
      ['PERSON', 'HAN JISEOK'],
      ['BANK_ACCOUNT', '67899608'],
      ['IBAN', 'GB91 NWBK 6016 1367 8996 08'],
      ['UK_NINO', 'JT 48 21 93 C'],
      ['DATE_OF_BIRTH', '1968.05.22'],
    ],
  },
  {
    text:
      '[카카오톡 채널 | 글로벌택스 상담]\n' +
      '고객: 안녕하세요 캐나다 토론토 사는 교포인데요 한국 아파트 양도세 신고 문의드려요. 말은 되는데 한글 쓰는게 좀 서툴러요 ㅎㅎ 이름은 김영숙 (Young Sook Kim) 입니다\n' +
      '상담사: 네 안녕하세요~ 비거주자 양도세 신고 맞으시고요. 캐나다 거주자 확인용으로 SIN이랑 신분증 정보가 필요합니다\n' +
      "고객: SIN 754 073 526 이고요, Ontario driver's licence 로 보내도 되나요? K4821-30917-55828 에요\n" +
      '고객: 한국 주민번호는 옛날꺼 있어요 750828-2935217\n' +
      '고객: 생일은 캐나다 서류에는 1975/08/28 로 되어 있어요\n' +
      '상담사: 네 확인했습니다. 취득가액 증빙으로 2008년 매매계약서 사본 보내주시고 상담료 330,000원 입금 확인되면 신고서 작성 들어가겠습니다',
    pii: [
      ['PERSON', '김영숙'],
      ['PERSON', 'Young Sook Kim'],
      ['CA_SIN', '754 073 526'],
      ['DRIVER_LICENSE', 'K4821-30917-55828'],
      ['RRN', '750828-2935217'],
      ['DATE_OF_BIRTH', '1975/08/28'],
    ],
  },
  {
    text:
      '제목: RE: 상속세 신고 서류 (미국 거주 상속인 정보)\n\n' +
      '변호사님 안녕하세요,\n' +
      '회신이 늦어 죄송합니다. 요청하신 제 정보와 남편 정보 보내드립니다. 미국 서류 기준으로 적었어요.\n\n' +
      '- 상속인: Grace Eunji Park (박은지)\n' +
      '- DOB: 11/30/1982\n' +
      '- SSN: 548-21-7730\n' +
      '- 한국 주민등록번호(국적상실 전): 821130-2205871\n' +
      '- 남편: Jae Hoon Lee (이재훈), ITIN 912-78-4410 (아직 SSN 없어서 ITIN 입니다)\n' +
      '- 상속분 받을 미국 계좌: Chase Bank, routing 021000021, account 483920117\n\n' +
      '주소는 1427 Maple Ridge Dr, Apt 3B, Fort Lee, NJ 07024 입니다. 서류 원본은 FedEx 7739 2281 0456 으로 보냈어요.\n\n' +
      'Grace (박은지) 드림\n' +
      '+1 201-394-7782',
    pii: [
      ['PERSON', 'Grace Eunji Park'],
      ['PERSON', '박은지'],
      ['DATE_OF_BIRTH', '11/30/1982'],
      ['US_SSN', '548-21-7730'],
      ['RRN', '821130-2205871'],
      ['PERSON', 'Jae Hoon Lee'],
      ['PERSON', '이재훈'],
      ['US_ITIN', '912-78-4410'],
      ['BANK_ACCOUNT', '483920117'],
      ['ADDRESS', '1427 Maple Ridge Dr, Apt 3B, Fort Lee, NJ 07024'],
      ['PERSON', 'Grace'],
      ['PERSON', '박은지'],
      ['PHONE', '+1 201-394-7782'],
    ],
  },
  {
    text:
      'Rahul Verma [09:12]: 안녕하세요 과장님, salary 관련 문의 있어요. 한국 계좌는 그대로인데 인도 송금 계좌 바뀌었어요\n' +
      'Rahul Verma [09:13]: India account - HDFC Bank, IFSC HDFC0001289, A/c 50100238417762\n' +
      'Rahul Verma [09:13]: 그리고 ARC 번호 900417-5548803, passport renew 해서 new number V7302845 예요 (old one was S1928374)\n' +
      '오세영 [09:20]: 네 Rahul 씨~ 해외송금 자동이체는 회사에서 하는게 아니라 본인 은행 앱에서 직접 하셔야 해요 ㅎㅎ 여권번호 변경은 HR 시스템에 업데이트할게요. 사번 E20231187 맞죠?\n' +
      'Rahul Verma [09:21]: yes 맞아요 감사합니다!!',
    pii: [
      ['PERSON', 'Rahul Verma'],
      ['PERSON', 'Rahul Verma'],
      ['BANK_ACCOUNT', '50100238417762'],
      ['PERSON', 'Rahul Verma'],
      ['FRN', '900417-5548803'],
      ['PASSPORT', 'V7302845'],
      ['PASSPORT', 'S1928374'],
      ['PERSON', '오세영'],
      ['PERSON', 'Rahul'],
      ['PERSON', 'Rahul Verma'],
    ],
  },
  {
    text:
      'Chinedu (Lagos) 님과 카카오톡 대화\n' +
      '[Chinedu] [오전 9:14] Good morning 사장님! 안녕하세요 ^^ I send payment details for the used car container.\n' +
      '[Chinedu] [오전 9:15] My account: Zenith Bank, NUBAN 2047739158, account name OKAFOR CHINEDU EMEKA\n' +
      '[Chinedu] [오전 9:16] For customs I need VIN and old plate of the Sonata and Tucson pls\n' +
      '[대광모터스] [오전 9:31] OK. Sonata VIN KMHE341DBHA276503, 말소전 번호 62무 4407\n' +
      '[대광모터스] [오전 9:32] Tucson VIN KMHJ381FBJU549120, 번호 239너 1176\n' +
      '[Chinedu] [오전 9:40] My passport for the B/L: A09384721, DOB 14-02-1986. WhatsApp +234 803 418 2295\n' +
      '[대광모터스] [오전 9:41] 네 invoice no. DK-2407-0091 로 USD 9,400 입니다. 선적은 컨테이너 TGHU 804412-7 예정',
    pii: [
      ['PERSON', 'Chinedu'],
      ['PERSON', 'Chinedu'],
      ['PERSON', 'Chinedu'],
      ['BANK_ACCOUNT', '2047739158'],
      ['PERSON', 'OKAFOR CHINEDU EMEKA'],
      ['PERSON', 'Chinedu'],
      ['VIN', 'KMHE341DBHA276503'],
      ['VEHICLE_PLATE', '62무 4407'],
      ['VIN', 'KMHJ381FBJU549120'],
      ['VEHICLE_PLATE', '239너 1176'],
      ['PERSON', 'Chinedu'],
      ['PASSPORT', 'A09384721'],
      ['DATE_OF_BIRTH', '14-02-1986'],
      ['PHONE', '+234 803 418 2295'],
    ],
  },
  {
    text:
      'Subject: Pagamento / 환불 관련 - Pedido 2024-BR-0177\n\n' +
      '안녕하세요 Ms. Kang,\n\n' +
      'This is Fernanda from São Paulo. For the refund of the damaged boxes (R$ 3.480,00), please send to my personal account:\n' +
      'Banco Itaú – agência 0341 / conta 48213-7\n' +
      'Titular: Fernanda Ribeiro Costa\n\n' +
      'My passport for the import registration: FX482913, valid until 2031. Data de nascimento: 22/09/1990.\n' +
      'The card used in the first order was Visa final 5764 (I will not send the full number here, haha).\n\n' +
      'Obrigada! 감사합니다!\n' +
      'Fernanda Costa\n' +
      '+55 11 98134-2270',
    pii: [
      ['PERSON', 'Kang'],
      ['PERSON', 'Fernanda'],
      ['BANK_ACCOUNT', '48213-7'],
      ['PERSON', 'Fernanda Ribeiro Costa'],
      ['PASSPORT', 'FX482913'],
      ['DATE_OF_BIRTH', '22/09/1990'],
      ['PERSON', 'Fernanda Costa'],
      ['PHONE', '+55 11 98134-2270'],
    ],
  },
  {
    text:
      '[DevOps 단톡] 2024년 7월 31일\n' +
      '[오후 2:10] 임수아: 누가 슬랙 봇 토큰 깃헙에 올렸어요?? 시크릿 스캐닝 알림 왔어요\n' +
      '[오후 2:11] 임수아: repo ops-tools/notify-bot, commit 3f9c2e1\n' +
      '  SLACK_BOT_TOKEN=xoxb-30715374269-7038590521635-dRHUNL9yf4StfxDPNV2adCV1\n' +
      '  GH_PAT=ghp_V4J1TQt7frRgjix7YSdn60LNJMRLdHb2U9Lh\n' +
      '[오후 2:13] 배성진: 헉 저요... 로컬 .env 가 같이 올라간듯 ㅠ\n' +
      '[오후 2:14] 임수아: 어드민 로그인 기록 보니까 sooah.lim 계정 세션이 외부 IP 185.220.101.34 에서도 쓰였어요. 제 토큰이 이건데\n' +
      'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1aWQiOiJzb29haC5saW0iLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MjI0MDMyMTF9.ShZFC8ZrXbeg_fT3pG-h8msMlc-T1ah9sdbEl7oX8nr\n' +
      '[오후 2:15] 임수아: 전부 revoke 하고 인시던트 INC-0731-02 로 올립니다',
    pii: [
      ['PERSON', '임수아'],
      ['PERSON', '임수아'],
      ['SECRET', 'xoxb-30715374269-7038590521635-dRHUNL9yf4StfxDPNV2adCV1'],
      ['SECRET', 'ghp_V4J1TQt7frRgjix7YSdn60LNJMRLdHb2U9Lh'],
      ['PERSON', '배성진'],
      ['PERSON', '임수아'],
      ['USERNAME', 'sooah.lim'],
      ['IP_ADDRESS', '185.220.101.34'],
      [
        'SECRET',
        'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1aWQiOiJzb29haC5saW0iLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MjI0MDMyMTF9.ShZFC8ZrXbeg_fT3pG-h8msMlc-T1ah9sdbEl7oX8nr',
      ],
      ['PERSON', '임수아'],
    ],
  },
  {
    text:
      '[항공사 채팅상담]\n' +
      '고객: 예약번호가 뭐였더라.. 아 여기있다 KXQ7RM 이요 좌석 변경 가능한가요\n' +
      '상담사: 네 고객님 12월 21일 KE081 인천-뉴욕 일반석 확인됩니다. 현재 34A 배정되어 있으시고 비상구 좌석은 공항 카운터에서만 배정 가능합니다\n' +
      '고객: 수하물은 23kg 두개 맞죠? 마일리지 적립은 나중에 해도 되고요\n' +
      '상담사: 네 미주노선은 23kg 2개까지 무료입니다. 추가 문의는 1588-2001 로 연락주세요',
    pii: [],
  },
  {
    text:
      '진 료 의 뢰 서\n\n' +
      '의뢰기관 : 행복가정의학과의원 (요양기관기호 37100482)\n' +
      '수 신 : 대학병원 류마티스내과\n\n' +
      '환 자 성 명 : 노 영 희        성별 : 여\n' +
      '주민등록번호 : 6 2 0 4 1 7 - 2 9 1 5 8 9 2\n' +
      '건강보험증번호 : 410275 58309\n' +
      '본원 차트번호 : 0018-273\n' +
      '연 락 처 : 010- 4427-1936\n' +
      '상 병 명 : M06.9 류마티스관절염, 상세불명\n' +
      '검사소견 : RF 84 IU/mL, CRP 2.1 mg/dL, ESR 48 mm/hr\n' +
      '의 뢰 내 용 : 3개월간 MTX 7.5mg 복용 중 조조강직 지속되어 정밀검사 및 치료 의뢰드립니다.\n\n' +
      '의뢰일 : 2024. 11. 04.     의사 : 윤 재 석 (인)',
    pii: [
      ['PERSON', '노 영 희'],
      ['RRN', '6 2 0 4 1 7 - 2 9 1 5 8 9 2'],
      ['HEALTH_INSURANCE', '410275 58309'],
      ['MEDICAL_RECORD', '0018-273'],
      ['PHONE', '010- 4427-1936'],
      ['PERSON', '윤 재 석'],
    ],
  },
  {
    text:
      '[자동차보험 사고접수 채팅]\n' +
      '고객: 방금 접촉사고 났어요 ㅠㅠ 상대방이 후진하다가 박았어요\n' +
      '상담사: 많이 놀라셨죠. 다치신 곳은 없으세요? 고객님 차량번호와 상대 차량번호, 상대방 보험사 알려주세요\n' +
      '고객: 제차 64로 3318 이고요 상대방은 218가 9904 삼성화재래요\n' +
      '상담사: 운전하신 분이 기명피보험자 본인이신가요? 운전면허번호 부탁드립니다\n' +
      '고객: 아니요 남편차 제가 운전했어요 면허번호 13-15-602871-22\n' +
      '고객: 상대방 면허증도 찍었는데 28-09-174530-81 조상철 이라고 되어있어요\n' +
      '상담사: 네 사고접수번호 2024-11-0482913 으로 접수되었습니다. 현장출동 직원이 20분 내 도착 예정이고 연락은 1588-5656 에서 갑니다\n' +
      '고객: 아 그리고 차대번호 필요하면 KNAE551CBK6038812 에요 블랙박스 영상도 있어요',
    pii: [
      ['VEHICLE_PLATE', '64로 3318'],
      ['VEHICLE_PLATE', '218가 9904'],
      ['DRIVER_LICENSE', '13-15-602871-22'],
      ['DRIVER_LICENSE', '28-09-174530-81'],
      ['PERSON', '조상철'],
      ['VIN', 'KNAE551CBK6038812'],
    ],
  },
  {
    text:
      '[Web발신]\n' +
      '[내차팔기 매입센터] 안녕하세요 문정우 고객님, 매입 확정 안내드립니다.\n' +
      '차량: 2019 더 뉴 싼타페 2.2 디젤 (차량번호 57머 2210)\n' +
      '차대번호: KMHS381ABKU092271\n' +
      '매입가: 21,850,000원 (감가: 앞범퍼 판금 -150,000)\n' +
      '입금계좌: 농협 302-0718-4429-81 (문정우)\n' +
      '명의이전 서류로 인감증명서 1통과 신분증 사본 회신 부탁드립니다.\n' +
      '담당 평가사 010-3392-0187 / 대표번호 1588-5455\n\n' +
      '[보낸 문자] 네 계좌 맞아요. 인감 떼려면 주민번호 필요하다고 하셔서요 801207-1062762 이고 신분증 사진은 카톡으로 보낼게요',
    pii: [
      ['PERSON', '문정우'],
      ['VEHICLE_PLATE', '57머 2210'],
      ['VIN', 'KMHS381ABKU092271'],
      ['BANK_ACCOUNT', '302-0718-4429-81'],
      ['PERSON', '문정우'],
      ['PHONE', '010-3392-0187'],
      ['RRN', '801207-1062762'],
    ],
  },
  {
    text:
      '[매장 CCTV 설치 단톡방]\n' +
      '[오승민] [오전 11:20] 사장님 설치 완료했습니다~ 접속정보 정리해드려요\n' +
      '녹화기(NVR) 모델: HRD-1640\n' +
      '내부IP: 192.168.0.64 / 외부접속 포트 8000\n' +
      '관리자 ID: cafemoon01\n' +
      '비밀번호: Moon#cafe2024\n' +
      '카메라 4번(계산대) MAC 4C:BD:8F:2A:91:07 이거 교체하면 다시 등록해야돼요\n' +
      '[문세영 사장님] [오전 11:32] 감사합니다 기사님!! 설치비 66만원은 어디로 보내드리면 될까요\n' +
      '[오승민] [오전 11:34] 신한 140-013-826377 (한빛보안) 으로 부탁드려요 세금계산서는 사업자번호 알려주시면 발행해드립니다\n' +
      '[문세영 사장님] [오전 11:35] 922-85-91149 입니다 상호는 카페문이에요',
    pii: [
      ['PERSON', '오승민'],
      ['IP_ADDRESS', '192.168.0.64'],
      ['USERNAME', 'cafemoon01'],
      ['PASSWORD', 'Moon#cafe2024'],
      ['MAC_ADDRESS', '4C:BD:8F:2A:91:07'],
      ['PERSON', '문세영'],
      ['PERSON', '오승민'],
      ['BANK_ACCOUNT', '140-013-826377'],
      ['PERSON', '문세영'],
      ['BRN', '922-85-91149'],
    ],
  },
  {
    text:
      '[ARS+상담 녹취 변환] 은행 고객센터\n' +
      '상담원: 네 고객님 계좌 비밀번호 오류 횟수 초과로 거래가 정지된 상태라서요 본인 확인 후 해제 도와드리겠습니다. 성함이랑 생년월일 말씀해주세요\n' +
      '고객: 한동욱이고요 칠오 공팔 이팔 이요 아 아니다 그건 와이프꺼고 제꺼는 칠사 일이 공팔이요\n' +
      '상담원: 네 한동욱 고객님 해당 계좌번호 말씀해주시겠어요\n' +
      '고객: 육일이사구오 다시 공사 다시 일칠칠삼공팔 이요\n' +
      '상담원: 612495-04-177308 확인됩니다. 지금 ARS로 연결해드리면 새 비밀번호 네자리 눌러주세요\n' +
      '고객: 그냥 말로 하면 안돼요? 칠칠삼일이요\n' +
      '상담원: 아 고객님 비밀번호는 말씀하시면 안되세요 ㅎㅎ 버튼으로 입력 부탁드립니다. OTP 일련번호 끝 네자리 3307 은 정상 등록되어 있습니다',
    pii: [
      ['PERSON', '한동욱'],
      ['DATE_OF_BIRTH', '칠오 공팔 이팔'],
      ['DATE_OF_BIRTH', '칠사 일이 공팔'],
      ['PERSON', '한동욱'],
      ['BANK_ACCOUNT', '육일이사구오 다시 공사 다시 일칠칠삼공팔'],
      ['BANK_ACCOUNT', '612495-04-177308'],
      ['PASSWORD', '칠칠삼일'],
    ],
  },
  {
    text:
      '[렌터카 제주 카카오 상담]\n' +
      '고객: こんにちは 안녕하세요 일본 사람입니다. 예약 확인 부탁합니다\n' +
      '고객: 예약자 TANAKA HARUKI, 예약번호 SKJ-1107-2284\n' +
      '상담사: 안녕하세요 타나카 하루키 고객님, 11월 7일 인수 아반떼 예약 확인되었습니다. 국제운전면허증과 여권, 결제카드 정보 사전 등록 부탁드립니다\n' +
      '고객: 여권 TK4829163\n' +
      '고객: 국제면허증은 일본면허 번호로 돼있어요 303812954670\n' +
      '고객: 카드 JCB 3569 6839 6986 2036 유효기간 04/28\n' +
      '고객: 생년월일 1994年6月2日 입니다\n' +
      '상담사: 감사합니다! 인수 시 실물 확인하겠습니다. 완전자차 가입되어 있어서 보증금은 없습니다',
    pii: [
      ['PERSON', 'TANAKA HARUKI'],
      ['PERSON', '타나카 하루키'],
      ['PASSPORT', 'TK4829163'],
      ['DRIVER_LICENSE', '303812954670'],
      ['CREDIT_CARD', '3569 6839 6986 2036'],
      ['CARD_EXPIRY', '04/28'],
      ['DATE_OF_BIRTH', '1994年6月2日'],
    ],
  },
  {
    text:
      'Subject: RE: Wire instructions / 계약금 송금 정보\n\n' +
      'Dear Claire,\n\n' +
      '보내주신 송금 정보 확인했습니다. Just to double-check before we wire the first installment (EUR 42,000):\n' +
      'Beneficiary: Atelier Lumière SAS\n' +
      'IBAN: FR64 2004 1010 0535 7567 2613 868\n' +
      'BIC: PSSTFRPPXXX\n\n' +
      'For your KYC form, here are our company details:\n' +
      '- 법인명: 주식회사 루멘코리아 (Lumen Korea Inc.)\n' +
      '- 법인등록번호 (Corporate Reg. No.): 110111-5866251\n' +
      '- 사업자등록번호 (Business Reg. No.): 150-88-80312\n\n' +
      'Also, for the consultant agreement with Mr. Julien Moreau, the notary asked for his passport number and date of birth - could you confirm 19AV48213 and 7 March 1984 are correct?\n\n' +
      'Best,\n' +
      '강민서 / CFO, Lumen Korea',
    pii: [
      ['PERSON', 'Claire'],
      ['IBAN', 'FR64 2004 1010 0535 7567 2613 868'],
      ['CRN', '110111-5866251'],
      ['BRN', '150-88-80312'],
      ['PERSON', 'Julien Moreau'],
      ['PASSPORT', '19AV48213'],
      ['DATE_OF_BIRTH', '7 March 1984'],
      ['PERSON', '강민서'],
    ],
  },
  {
    text:
      '[육아맘 카페] 아이 입원 실손청구 후기 + 서류 질문이요\n' +
      '작성자 별이맘0527\n\n' +
      '지난주 우리 별이가 장염으로 3박4일 입원했었어요 ㅠㅠ 퇴원하고 실손 청구하는데 앱에 입력하다가 헷갈려서 질문드려요\n\n' +
      '퇴원계산서에 환자번호 20381745 / 입원일 2024.08.12 / 퇴원일 2024.08.15\n' +
      '진료비 총액 1,284,300원 본인부담 216,450원 이렇게 나와있어요\n\n' +
      '보험사 앱에서 피보험자 생년월일 넣으라고 해서 210527 넣었는데 자꾸 오류가 나네요. 그리고 건강보험 자격은 남편 밑에 피부양자로 되어있는데 (건강보험증번호 5-2031847720 이라고 적혀있던데) 이것도 넣어야 하나요?\n\n' +
      'ㄴ kongi_mom: 저도 그랬는데 생년월일 8자리로 20210527 넣으니까 되더라구요!',
    pii: [
      ['USERNAME', '별이맘0527'],
      ['PERSON', '별이'],
      ['MEDICAL_RECORD', '20381745'],
      ['DATE_OF_BIRTH', '210527'],
      ['HEALTH_INSURANCE', '5-2031847720'],
      ['USERNAME', 'kongi_mom'],
      ['DATE_OF_BIRTH', '20210527'],
    ],
  },
  {
    text:
      '제목: [개통요청] 스마트검침 LTE-M 모뎀 2차분 (PO-24-1182)\n\n' +
      '안녕하세요 IoT 사업팀 담당자님,\n' +
      '2차 납품분 중 2대 먼저 회선 개통 요청드립니다. 단말 정보 아래 CSV 붙입니다.\n\n' +
      'device_sn,imei,iccid,mac,static_ip\n' +
      'SM-M2-000418,867531046940538,89820612152825185972,74:66:12:F7:36:D9,10.41.22.18\n' +
      'SM-M2-000419,358969103611046,89820500458987619970,0C:2E:0F:1D:B7:F9,10.41.22.19\n\n' +
      '나머지 3대는 ICCID 스티커 인쇄 불량으로 내일 재송부하겠습니다. 요금제는 IoT 전용 100MB 유지, 계약번호 UC-2023-77410 입니다.\n\n' +
      '(주)케이미터 | 기술지원팀 여승우 | 031-8071-3300',
    pii: [
      ['IMEI', '867531046940538'],
      ['ICCID', '89820612152825185972'],
      ['MAC_ADDRESS', '74:66:12:F7:36:D9'],
      ['IP_ADDRESS', '10.41.22.18'],
      ['IMEI', '358969103611046'],
      ['ICCID', '89820500458987619970'],
      ['MAC_ADDRESS', '0C:2E:0F:1D:B7:F9'],
      ['IP_ADDRESS', '10.41.22.19'],
      ['PERSON', '여승우'],
    ],
  },
  {
    text:
      '지현 님과 카카오톡 대화\n' +
      '2024. 8. 2. 오후 11:48, 지현 : 야 나 이번달 카드값땜에 30만 빌려줄수있냐 ㅠㅠ 월급날 바로 갚음\n' +
      '2024. 8. 2. 오후 11:49, 나 : ㅇㅋ 계좌 불러\n' +
      '2024. 8. 2. 오후 11:49, 지현 : 토스 1000-5518-2964 아 잠만 이거 해지한거다 카뱅 3333-14-2290571\n' +
      '2024. 8. 2. 오후 11:52, 나 : 보냄 ㅋㅋ 대신 넷플 비번 알려줘 우리집 티비 로그아웃됨\n' +
      '2024. 8. 2. 오후 11:53, 지현 : jihyun.k0802@naver.com / jh0802netflix 이거 나중에 바꿀거니까 퍼뜨리지마\n' +
      '2024. 8. 2. 오후 11:53, 지현 : 참 프로필 PIN 은 0802 ㅋㅋ 내생일\n' +
      '2024. 8. 2. 오후 11:54, 나 : 아직도 생일로 비번하는 사람이 있냐 ㅋㅋㅋ 인스타 @jihyun_k.0802 맞팔이나 해라',
    pii: [
      ['PERSON', '지현'],
      ['PERSON', '지현'],
      ['PERSON', '지현'],
      ['BANK_ACCOUNT', '1000-5518-2964'],
      ['BANK_ACCOUNT', '3333-14-2290571'],
      ['PERSON', '지현'],
      ['EMAIL', 'jihyun.k0802@naver.com'],
      ['PASSWORD', 'jh0802netflix'],
      ['PERSON', '지현'],
      ['PASSWORD', '0802'],
      ['USERNAME', '@jihyun_k.0802'],
    ],
  },
  {
    text:
      '[Global CS 채팅]\n' +
      'Customer: Hi, this is Megan. my card keeps getting declined at checkout 😢 한국어 조금 해요\n' +
      '상담원: Hello! 안녕하세요 고객님. Could you tell me your order number and the error message?\n' +
      'Customer: Order SN24-88127-US, it says "billing address mismatch"\n' +
      'Customer: Card is Amex 3764 348300 25315 exp 11/26, the 4 digit code on the front is 7291\n' +
      'Customer: billing address is 245 W 107th St Apt 5C, New York, NY 10025 but shipping goes to my sister in Seoul 서울특별시 마포구 월드컵북로4길 31, 302호\n' +
      '상담원: Please do not share your full card number and security code in chat! Our payment partner checks the ZIP code only, so please enter 10025 without the 4-digit extension.\n' +
      'Customer: ohh ok sorry. My account email is megan.oconnor91@gmail.com if you need it',
    pii: [
      ['PERSON', 'Megan'],
      ['CREDIT_CARD', '3764 348300 25315'],
      ['CARD_EXPIRY', '11/26'],
      ['CARD_CVV', '7291'],
      ['ADDRESS', '245 W 107th St Apt 5C, New York, NY 10025'],
      ['ADDRESS', '서울특별시 마포구 월드컵북로4길 31, 302호'],
      ['EMAIL', 'megan.oconnor91@gmail.com'],
    ],
  },
  {
    text:
      '[입주민 단톡방 공지]\n' +
      '안녕하세요 관리사무소입니다.\n' +
      '1. 엘리베이터 정기점검: 11월 12일(화) 10:00~16:00, 101동~104동 순차 진행\n' +
      '2. 11월분 관리비 고지서 배부 완료 (납부마감 11/30, 세대평균 248,370원)\n' +
      '3. 지하주차장 물청소: 11월 20일, B2층 차량 이동 부탁드립니다\n' +
      '4. 방문차량 사전등록은 입주민 앱에서 가능합니다\n' +
      '문의: 관리사무소 02-2058-7410 / 야간 경비실 내선 8020 / 한국전력 고객센터 123',
    pii: [],
  },
  {
    text:
      '[국민건강보험공단 고객센터 1577-1000 상담 녹취 텍스트]\n' +
      '상담사: 네 국민건강보험공단입니다\n' +
      '고객: 네 환급금 조회하라는 문자가 와서요 진짜인지 확인하려고요\n' +
      '상담사: 네 요즘 사칭 문자가 많아서 잘 확인하셨어요. 본인 확인 위해 주민등록번호 말씀해주세요\n' +
      '고객: 육육공삼공사 다시 이이이삼공일칠이요\n' +
      '상담사: 네 한미경 님 맞으시고요 건강보험증 번호도 알고 계세요?\n' +
      '고객: 네 카드 꺼내볼게요 오칠이팔 삼일구 공사육일 이요\n' +
      '상담사: 네 확인됐습니다 본인부담상한제 초과금 삼십사만 이천원 환급 대상 맞으세요. 받으실 계좌 말씀해주시겠어요\n' +
      '고객: 우리은행 일공공이 사육칠 삼일팔이공구 요\n' +
      '상담사: 1002-467-318209 맞으시죠\n' +
      '고객: 네\n' +
      '상담사: 네 처리번호 2024-3381-0047 로 접수되었습니다. 문자에 있는 링크는 누르지 마시고요',
    pii: [
      ['RRN', '육육공삼공사 다시 이이이삼공일칠'],
      ['PERSON', '한미경'],
      ['HEALTH_INSURANCE', '오칠이팔 삼일구 공사육일'],
      ['BANK_ACCOUNT', '일공공이 사육칠 삼일팔이공구'],
      ['BANK_ACCOUNT', '1002-467-318209'],
    ],
  },
  {
    text:
      '[자유게시판] 1.4.2 패치 이후 튕김 현상 저만 그런가요\n\n' +
      '패치 v1.4.2 (빌드 20241105.3) 적용하고 나서 던전 입장만 하면 튕겨요\n' +
      '그래픽카드 RTX 4070 Ti 드라이버 566.14, 윈도우 11 23H2\n' +
      '고객센터 문의 넣었는데 (문의번호 #CS-7781204) 답변이 3일째 없네요\n' +
      '오류코드 0x887A0006 뜨는데 아시는분?\n\n' +
      'ㄴ 저도 똑같아요 DX11 모드로 바꾸면 됨\n' +
      'ㄴ 1.4.3 핫픽스 내일 나온대요 공지 확인하세요',
    pii: [],
  },
];
