// Korean conversations for round 35, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const koreanRoundThirtyFiveConversationsA: readonly IndependentText[] = [
  {
    text:
      '사용자: 안녕하세요, 등록된 휴대폰 번호 변경하려고요. 예전 번호 010-4417-2093 → 새 번호 010-8852-3176\n' +
      '상담봇: 본인 확인을 위해 성함과 생년월일 8자리를 입력해 주세요.\n' +
      '사용자: 윤하은 19920927\n' +
      '상담봇: 윤하은 고객님, 확인되었습니다. 요청 내용을 정리해 드릴게요.\n' +
      '- 기존 번호: 010-4417-2093\n' +
      '- 변경 번호: 010-8852-3176\n' +
      '- 접수번호: CHG-20250611-00384 (접수 2025-06-11 14:07)\n' +
      '변경은 영업일 기준 1일 이내 반영되며, 완료 시 새 번호로 알림톡이 발송됩니다. 이번 변경으로 OTP 재등록이 필요할 수 있으니 고객센터 1588-9955(평일 09:00~18:00)로 문의해 주세요.',
    pii: [
      ['PHONE', '010-4417-2093'],
      ['PHONE', '010-8852-3176'],
      ['PERSON', '윤하은'],
      ['DATE_OF_BIRTH', '19920927'],
      ['PERSON', '윤하은'],
      ['PHONE', '010-4417-2093'],
      ['PHONE', '010-8852-3176'],
    ],
  },
  {
    text:
      '사용자: 실손보험 청구서 좀 채워 주세요. 아래 복붙할게요\n' +
      '피보험자: 한도윤 / 주민번호 880314-1925891\n' +
      '증권번호: LH2019-0447318\n' +
      '병원: 마포연세정형외과, 환자번호 00728816, 진료일 2025.05.28, 본인부담 184,300원\n' +
      '상담봇: 청구서 초안입니다. 주민등록번호는 보안을 위해 뒷자리를 가렸어요.\n' +
      '• 피보험자: 한도윤 (880314-1******)\n' +
      '• 증권번호: LH2019-0447318\n' +
      '• 의료기관 / 환자번호: 마포연세정형외과 / 00728816\n' +
      '• 진료일: 2025-05-28 · 통원 · 질병코드 M51.2\n' +
      '• 청구금액: 184,300원 (공제 후 예상 지급액 154,300원)\n' +
      '진료비 영수증과 세부내역서를 함께 올려 주세요. 접수 후 평균 3영업일 내 지급되며 진행 상황은 청구번호 CL-25-0603317로 조회하실 수 있어요.',
    pii: [
      ['PERSON', '한도윤'],
      ['RRN', '880314-1925891'],
      ['HEALTH_INSURANCE', 'LH2019-0447318'],
      ['MEDICAL_RECORD', '00728816'],
      ['PERSON', '한도윤'],
      ['HEALTH_INSURANCE', 'LH2019-0447318'],
      ['MEDICAL_RECORD', '00728816'],
    ],
  },
  {
    text:
      "User: Hi, I'd like to book a follow-up at the 국제진료센터. I'm Priya Raghunathan, 외국인등록번호 870803-6047505.\n" +
      'Assistant: Thank you, Priya. I found your record — 등록번호 31884207, 내분비내과 (Endocrinology). Is your mobile still +82 10-7730-4815?\n' +
      'User: yes same number. anything on the 19th morning?\n' +
      'Assistant: 6월 19일(목) 오전 10:30, 3층 내분비내과 외래로 예약했습니다. / Booked: Thu 19 June, 10:30 AM, Endocrinology clinic, 3F.\n' +
      '- 환자 / Patient: Priya Raghunathan (등록번호 31884207)\n' +
      '- 예약번호 / Booking no.: RSV-0619-2287\n' +
      '- 검사 / Tests: HbA1c, TSH — 8시간 금식 (fast for 8 hours)\n' +
      'If you need to change it, call the International Clinic at 02-2072-0505 or reply here. 진료비 예상: 약 38,000원.',
    pii: [
      ['PERSON', 'Priya Raghunathan'],
      ['FRN', '870803-6047505'],
      ['PERSON', 'Priya'],
      ['MEDICAL_RECORD', '31884207'],
      ['PHONE', '+82 10-7730-4815'],
      ['PERSON', 'Priya Raghunathan'],
      ['MEDICAL_RECORD', '31884207'],
    ],
  },
  {
    text:
      '사용자: 지금 5G 슬림(월 55,000원) 쓰는데 다이렉트 44 요금제로 바꾸면 위약금 나와요? 가입은 2024년 3월에 했어요\n' +
      '상담봇: 확인해 볼게요. 선택약정 24개월 중 15개월 사용하셨으니 잔여 9개월이에요.\n' +
      '- 요금제 변경 자체에는 위약금이 없습니다.\n' +
      '- 다만 약정 할인(25%)이 해지되면 할인반환금 약 62,400원이 청구됩니다.\n' +
      '- 다이렉트 44: 월 44,000원, 데이터 30GB + 1Mbps, 코드 PL-D44-2025\n' +
      '변경은 매월 1일 기준이라 7월 1일부터 반영되며, 자세한 상담은 국번 없이 114 또는 1588-0010으로 가능합니다. 문의번호 Q-7782104로 기록해 둘게요.',
    pii: [],
  },
  {
    text:
      '사용자: 지금 타는 차 보상판매 견적 받고 싶어요. 2019 아반떼, 번호판 38누 4127, 차대번호 KMHD841C6KU207316, 주행 72,400km예요. 연락은 오재민 010-2961-5083으로 주세요\n' +
      '어시스턴트: 견적 요청서를 아래처럼 작성했어요.\n' +
      '| 항목 | 내용 |\n' +
      '|---|---|\n' +
      '| 고객명 | 오재민 |\n' +
      '| 연락처 | 010-2961-5083 |\n' +
      '| 차량 | 아반떼 AD 1.6 스마트 (2019년식) |\n' +
      '| 차량번호 | 38누 4127 |\n' +
      '| 차대번호 | KMHD841C6KU207316 |\n' +
      '| 주행거리 | 72,400km |\n' +
      '| 희망 신차 | 디 올 뉴 코나 HEV, 트림 코드 OS-H24 |\n' +
      '견적번호 TI-25-06-0931로 접수됐고, 예상 매입가는 1,150만~1,280만 원입니다. 성수전시장(서울 성동구 아차산로 113, 1층) 방문 시 실차 점검 후 확정돼요.',
    pii: [
      ['VEHICLE_PLATE', '38누 4127'],
      ['VIN', 'KMHD841C6KU207316'],
      ['PERSON', '오재민'],
      ['PHONE', '010-2961-5083'],
      ['PERSON', '오재민'],
      ['PHONE', '010-2961-5083'],
      ['VEHICLE_PLATE', '38누 4127'],
      ['VIN', 'KMHD841C6KU207316'],
    ],
  },
  {
    text:
      '사용자: 할머니 약 대리수령하려고요. 환자 정순자, 1941년 3월 8일생, 건강보험증 번호 71204583196이에요. 저는 손녀 문서진이고 010-5537-2810입니다\n' +
      '상담봇: 대리수령 정보를 확인했습니다.\n' +
      '환자: 정순자 (1941.03.08)\n' +
      '수령인: 문서진 / 010-5537-2810 (관계: 손녀)\n' +
      '처방전 교부번호 20250610-00417, 조제 예정 3종 28일분:\n' +
      '- 암로디핀 5mg 1일 1회 아침\n' +
      '- 메트포르민 500mg 1일 2회 식후\n' +
      '- 로수바스타틴 10mg 1일 1회 저녁\n' +
      '조제는 오늘 17:30 이후 완료되며 본인부담금은 12,600원입니다. 수령 시 수령인 신분증을 지참해 주세요.',
    pii: [
      ['PERSON', '정순자'],
      ['DATE_OF_BIRTH', '1941년 3월 8일'],
      ['HEALTH_INSURANCE', '71204583196'],
      ['PERSON', '문서진'],
      ['PHONE', '010-5537-2810'],
      ['PERSON', '정순자'],
      ['DATE_OF_BIRTH', '1941.03.08'],
      ['PERSON', '문서진'],
      ['PHONE', '010-5537-2810'],
    ],
  },
  {
    text:
      '사용자: 다음 주에 이사 가서 도시가스 전출/전입 신청하려고요\n' +
      '상담봇: 네, 명의자 성함, 연락처, 현재 주소, 이사 갈 주소, 희망일을 알려주세요.\n' +
      '사용자: 송재혁 / 010-7318-4452 / 서울특별시 노원구 동일로 1342, 105동 804호 → 경기도 남양주시 다산순환로 20, 3207동 1502호 / 6월 21일 오전\n' +
      '상담봇: 신청서를 이렇게 작성했습니다. 확인 부탁드려요.\n' +
      '1) 전출(사용 중지): 서울특별시 노원구 동일로 1342, 105동 804호 — 6/21 09:00, 최종 검침 후 정산\n' +
      '2) 전입(사용 개시): 경기도 남양주시 다산순환로 20, 3207동 1502호 — 6/21 13:00~15:00 방문 개통\n' +
      '3) 명의자 송재혁, 연락처 010-7318-4452\n' +
      '고객번호 4410-2281-07과 계량기 번호 GM-0932176은 그대로 이관되고, 개통 수수료 22,000원은 첫 달 요금에 합산됩니다. 신청번호 MV-250614-118.',
    pii: [
      ['PERSON', '송재혁'],
      ['PHONE', '010-7318-4452'],
      ['ADDRESS', '서울특별시 노원구 동일로 1342, 105동 804호'],
      ['ADDRESS', '경기도 남양주시 다산순환로 20, 3207동 1502호'],
      ['ADDRESS', '서울특별시 노원구 동일로 1342, 105동 804호'],
      ['ADDRESS', '경기도 남양주시 다산순환로 20, 3207동 1502호'],
      ['PERSON', '송재혁'],
      ['PHONE', '010-7318-4452'],
    ],
  },
  {
    text:
      'User: 주민등록등본 내용 영어로 표 만들어 주세요. 캐나다 비자 서류에 넣을 거예요.\n' +
      '세대주 조민혁 1984.11.30\n' +
      '배우자 배수아 1990.02.11\n' +
      '자녀 조하린 2013.08.22\n' +
      '주소 대전광역시 유성구 노은동로 75, 201동 1103호\n' +
      'Assistant: Here is the English version (발급번호 3210-7745-0192-6638 and 발급일 2025-06-09 are left out because the embassy does not need them):\n' +
      '| Relationship | Name | Date of Birth |\n' +
      '|---|---|---|\n' +
      '| Head of household | CHO Minhyuk | 30 November 1984 |\n' +
      '| Spouse | BAE Sua | 11 February 1990 |\n' +
      '| Child | CHO Harin | 22 August 2013 |\n' +
      'Address: 201-1103, 75 Noeundong-ro, Yuseong-gu, Daejeon 34094\n' +
      "Please attach the translator's certificate (공증 수수료 약 30,000원) together with form IMM 5645.",
    pii: [
      ['PERSON', '조민혁'],
      ['DATE_OF_BIRTH', '1984.11.30'],
      ['PERSON', '배수아'],
      ['DATE_OF_BIRTH', '1990.02.11'],
      ['PERSON', '조하린'],
      ['DATE_OF_BIRTH', '2013.08.22'],
      ['ADDRESS', '대전광역시 유성구 노은동로 75, 201동 1103호'],
      ['PERSON', 'CHO Minhyuk'],
      ['DATE_OF_BIRTH', '30 November 1984'],
      ['PERSON', 'BAE Sua'],
      ['DATE_OF_BIRTH', '11 February 1990'],
      ['PERSON', 'CHO Harin'],
      ['DATE_OF_BIRTH', '22 August 2013'],
      ['ADDRESS', '201-1103, 75 Noeundong-ro, Yuseong-gu, Daejeon 34094'],
    ],
  },
  {
    text:
      '사용자: 새 폰으로 바꿨는데 eSIM 개통이 계속 실패해요. 새 폰 IMEI 350984480890954, 기존 유심 ICCID 89823032385258938485\n' +
      '상담봇: 확인 감사합니다. 지금 상태를 정리하면:\n' +
      '- 신규 단말: SM-S928N, IMEI 350984480890954\n' +
      '- 기존 USIM: ICCID 89823032385258938485 (eSIM 전환 시 자동 해지)\n' +
      '- 오류: ESIM-403 프로파일 다운로드 실패 (2025-06-12 21:44)\n' +
      '로그인하신 계정 아이디를 알려주시면 개통 이력을 조회할게요.\n' +
      '사용자: 아이디는 parkjy_0917 이에요\n' +
      '상담봇: parkjy_0917 계정에 이전 개통 요청(REQ-88213)이 대기 중이라 충돌이 났어요. 대기 건을 취소했으니 설정 > 연결 > SIM 관리에서 QR을 다시 스캔해 주세요. 그래도 안 되면 114로 연락 주세요.',
    pii: [
      ['IMEI', '350984480890954'],
      ['ICCID', '89823032385258938485'],
      ['IMEI', '350984480890954'],
      ['ICCID', '89823032385258938485'],
      ['USERNAME', 'parkjy_0917'],
      ['USERNAME', 'parkjy_0917'],
    ],
  },
  {
    text:
      '사용자: 안녕하세요 급여 통장 바꾸고 싶어요. 저는 생산2팀 Nguyen Thi Thu Ha, 외국인등록번호 950118-6806095, 사번 P-20417 입니다. 새 계좌 하나은행 352-910284-55107\n' +
      'HR봇: Thu Ha 님, 요청서를 작성했어요. 한국어와 Tiếng Việt로 같이 보여 드릴게요.\n' +
      '[급여계좌 변경 신청서]\n' +
      '성명: Nguyen Thi Thu Ha / 소속: 생산2팀 (사번 P-20417)\n' +
      '외국인등록번호: 950118-6806095\n' +
      '변경 계좌: 하나은행 352-910284-55107 (예금주 본인)\n' +
      '적용: 2025년 7월 급여(7/25 지급)부터\n' +
      '[Đơn thay đổi tài khoản lương] Họ tên: Nguyen Thi Thu Ha — Tài khoản mới: Hana Bank 352-910284-55107, áp dụng từ lương tháng 7.\n' +
      '연락받을 번호를 남겨 주시겠어요? 인사팀 내선은 2204입니다.\n' +
      '사용자: 010-3392-7461 이요',
    pii: [
      ['PERSON', 'Nguyen Thi Thu Ha'],
      ['FRN', '950118-6806095'],
      ['BANK_ACCOUNT', '352-910284-55107'],
      ['PERSON', 'Thu Ha'],
      ['PERSON', 'Nguyen Thi Thu Ha'],
      ['FRN', '950118-6806095'],
      ['BANK_ACCOUNT', '352-910284-55107'],
      ['PERSON', 'Nguyen Thi Thu Ha'],
      ['BANK_ACCOUNT', '352-910284-55107'],
      ['PHONE', '010-3392-7461'],
    ],
  },
  {
    text:
      '학부모: 2학기 방과후 로봇코딩반 신청 언제까지예요? 수강료도 알려 주세요\n' +
      '학교도우미봇: 2025학년도 2학기 방과후학교 안내입니다.\n' +
      '- 신청 기간: 8월 18일(월) 09:00 ~ 8월 22일(금) 17:00, 학교 홈페이지 > 방과후 메뉴\n' +
      '- 로봇코딩반(강좌코드 AS-2B-07): 주 2회(화·목) 15:00~16:20, 12주, 수강료 144,000원 + 교재비 35,000원\n' +
      '- 정원 20명, 초과 시 8월 25일 전산 추첨\n' +
      '- 자유수강권 대상 학생은 행정실로 별도 문의\n' +
      '문의: 행정실 031-718-3041(내선 3), 방과후 코디네이터 내선 214. 신청 확인 문자가 [PHONE_1]로 표시되어 오면 담당자가 수동 확인 중이라는 뜻입니다.',
    pii: [],
  },
  {
    text:
      '사용자: OTT 구독 해지 메일 좀 영어로 써 주세요. 미국 서비스라서요. 계정 이메일은 seoyoon.lim88@gmail.com, 아이디는 sy_lim_cine, 결제카드 끝자리 4471, 해지일 6월 30일\n' +
      'Assistant: 초안이에요:\n' +
      'Subject: Subscription cancellation request – account sy_lim_cine\n' +
      'Hello Support Team,\n' +
      'I would like to cancel my Premium Annual plan (plan code PRM-A-1299, $129.99/yr) effective June 30, 2025. The account is registered under seoyoon.lim88@gmail.com (username: sy_lim_cine) and billed to the card ending 4471.\n' +
      'Please confirm the cancellation and any prorated refund by email. My previous ticket was #CS-5518273.\n' +
      'Best regards,\n' +
      'Seoyoon Lim\n' +
      '받는 주소는 일반 문의함보다 결제 전용인 help.billing@streamvault.tv 로 보내시는 게 빨라요.',
    pii: [
      ['EMAIL', 'seoyoon.lim88@gmail.com'],
      ['USERNAME', 'sy_lim_cine'],
      ['USERNAME', 'sy_lim_cine'],
      ['EMAIL', 'seoyoon.lim88@gmail.com'],
      ['USERNAME', 'sy_lim_cine'],
      ['PERSON', 'Seoyoon Lim'],
    ],
  },
  {
    text:
      '사용자: 독일로 해외송금 하려고요. 받는 사람 Lukas Brenner, IBAN DE33574791692272699396, BIC COBADEFFXXX, 주소 Gneisenaustraße 41, 10961 Berlin. 금액 2,400유로, 내 출금계좌는 110-482-339175\n' +
      '상담봇: 송금 정보를 확인해 주세요.\n' +
      '| 구분 | 내용 |\n' +
      '|---|---|\n' +
      '| 수취인 | Lukas Brenner |\n' +
      '| 수취인 주소 | Gneisenaustraße 41, 10961 Berlin |\n' +
      '| IBAN | DE33574791692272699396 |\n' +
      '| SWIFT/BIC | COBADEFFXXX |\n' +
      '| 송금액 | EUR 2,400.00 (적용환율 1,552.30원, 약 3,725,520원) |\n' +
      '| 출금계좌 | 신한 110-482-339175 |\n' +
      '| 수수료 | 송금 8,000원 + 전신료 7,000원 |\n' +
      '송금 사유 코드 11(유학 경비)로 진행할까요? 승인하시면 거래번호가 발급됩니다.',
    pii: [
      ['PERSON', 'Lukas Brenner'],
      ['IBAN', 'DE33574791692272699396'],
      ['ADDRESS', 'Gneisenaustraße 41, 10961 Berlin'],
      ['BANK_ACCOUNT', '110-482-339175'],
      ['PERSON', 'Lukas Brenner'],
      ['ADDRESS', 'Gneisenaustraße 41, 10961 Berlin'],
      ['IBAN', 'DE33574791692272699396'],
      ['BANK_ACCOUNT', '110-482-339175'],
    ],
  },
  {
    text:
      '[상담봇] 카드 분실 신고를 도와드릴게요. 카드번호를 입력해 주세요.\n' +
      '[고객] 5406-4317-0653-6253 이요. 유효기간 08/28, 뒤에 CVC는 417\n' +
      '[상담봇] CVC는 입력하지 않으셔도 됩니다. 카드 5406-****-****-6253을 즉시 정지했어요(정지번호 LST-2506-77120, 14:32). 재발급과 부정사용 확인은 상담사에게 연결해 드릴게요.\n' +
      '[시스템] 상담사 최유나 님이 입장했습니다.\n' +
      '[상담사 최유나] 안녕하세요, 고객님. 정지된 카드 확인했습니다. 오늘 13:05 편의점 결제 4,800원 외에 승인 내역은 없어요. 재발급 카드는 등록 주소로 3~5영업일 내 발송되는데, 받으실 연락처가 010-2274-9180 맞으실까요?\n' +
      '[고객] 네 맞아요\n' +
      '[상담사 최유나] 재발급 접수번호는 RI-0612-0398 입니다. 연회비 추가 청구는 없습니다.',
    pii: [
      ['CREDIT_CARD', '5406-4317-0653-6253'],
      ['CARD_EXPIRY', '08/28'],
      ['CARD_CVV', '417'],
      ['PERSON', '최유나'],
      ['PERSON', '최유나'],
      ['PHONE', '010-2274-9180'],
      ['PERSON', '최유나'],
    ],
  },
  {
    text:
      'User: 진료확인서를 영어로 번역해 주세요. OHIP에 out-of-country claim 넣으려고요.\n' +
      '성명: Emily Tremblay / 생년월일: 1994-05-17 / 등록번호: 20458813\n' +
      '진단명: 급성 충수염 (K35.8), 입원 2025.04.02~2025.04.06, 복강경 충수절제술\n' +
      'OHIP 번호는 4821-337-150-KT 입니다\n' +
      "Assistant: Here's the translation:\n" +
      'CERTIFICATE OF MEDICAL TREATMENT\n' +
      'Patient: Emily Tremblay | Date of birth: May 17, 1994 | Hospital record no.: 20458813\n' +
      'Diagnosis: Acute appendicitis (ICD-10 K35.8)\n' +
      'Admission: April 2–6, 2025 — laparoscopic appendectomy\n' +
      'Issued by: 해운대백병원 (Haeundae Paik Hospital), Busan\n' +
      'For the out-of-country claim you will also need the itemised bill (total KRW 3,184,500), and please write your health number 4821-337-150-KT on every page.',
    pii: [
      ['PERSON', 'Emily Tremblay'],
      ['DATE_OF_BIRTH', '1994-05-17'],
      ['MEDICAL_RECORD', '20458813'],
      ['HEALTH_INSURANCE', '4821-337-150-KT'],
      ['PERSON', 'Emily Tremblay'],
      ['DATE_OF_BIRTH', 'May 17, 1994'],
      ['MEDICAL_RECORD', '20458813'],
      ['HEALTH_INSURANCE', '4821-337-150-KT'],
    ],
  },
  {
    text:
      '사용자: 방금 접촉사고 났어요. 제 차 152머 7731, 상대 차 43라 9026이고 상대 운전자는 이정훈 씨, 010-6624-3018이에요\n' +
      '보상봇: 다치신 곳은 없으신가요? 사고 접수 내용을 정리했습니다.\n' +
      '- 사고일시: 2025-06-13 08:50, 경부고속도로 서울방향 양재IC 부근\n' +
      '- 고객 차량: 152머 7731 (자동차보험 증권 AU-2025-3371048)\n' +
      '- 상대 차량: 43라 9026 / 운전자 이정훈 / 010-6624-3018\n' +
      '- 사고접수번호: 2025-0613-044821\n' +
      '운전면허번호를 알려주시면 접수를 마무리할게요.\n' +
      '사용자: 11-19-447120-83\n' +
      '보상봇: 면허번호 11-19-447120-83 확인했습니다. 담당 보상직원이 30분 내에 연락드리며, 긴급출동은 1566-8000으로 요청하실 수 있어요.',
    pii: [
      ['VEHICLE_PLATE', '152머 7731'],
      ['VEHICLE_PLATE', '43라 9026'],
      ['PERSON', '이정훈'],
      ['PHONE', '010-6624-3018'],
      ['VEHICLE_PLATE', '152머 7731'],
      ['VEHICLE_PLATE', '43라 9026'],
      ['PERSON', '이정훈'],
      ['PHONE', '010-6624-3018'],
      ['DRIVER_LICENSE', '11-19-447120-83'],
      ['DRIVER_LICENSE', '11-19-447120-83'],
    ],
  },
  {
    text:
      'User: 제 차 리콜 대상인지 확인하고 싶어요. 2022 쏘렌토 HEV요\n' +
      'Assistant: 2022년식 쏘렌토 하이브리드(MQ4 HEV)는 아래 리콜 2건이 있습니다.\n' +
      '1. 리콜코드 ZE3 — 유압 전자제어유닛(HECU) 소프트웨어 업데이트, 작업시간 약 40분\n' +
      '2. 리콜코드 ZF1 — 연료 호스 클램프 점검 및 교환(부품번호 31455-P4100)\n' +
      '해당 여부는 차대번호 17자리로 조회되는데, 여기에는 입력하지 마시고 자동차리콜센터(car.go.kr)나 고객센터 080-200-2000에서 확인해 주세요. 정비 예약은 가까운 오토큐에서 가능하며 비용은 무상입니다. 공지 번호 RC-2025-118.',
    pii: [],
  },
  {
    text:
      '사용자: 여권 잃어버려서 분실신고서 미리 작성해 두고 싶어요. 이름 강태윤, 여권번호 M704K2193, 주민번호 990211-2784038, 주소 부산광역시 수영구 광안해변로 219, 1204호, 연락처 010-4863-0275\n' +
      '상담봇: 여권 분실신고서(초안)입니다. 구청 여권과 방문 시 신분증과 사진 1매(3.5×4.5cm)를 지참하세요.\n' +
      '━━━━━━━━━━━━━━\n' +
      '성명: 강태윤\n' +
      '주민등록번호: 990211-2784038\n' +
      '여권번호: M704K2193 (2023.02.14 발급, 복수여권)\n' +
      '주소: 부산광역시 수영구 광안해변로 219, 1204호\n' +
      '연락처: 010-4863-0275\n' +
      '분실 일시/장소: 2025년 6월 8일경, 김해공항 국제선 3층 출국장\n' +
      '━━━━━━━━━━━━━━\n' +
      '재발급 수수료는 58면 기준 53,000원이고, 신고 후 기존 여권 M704K2193은 다시 사용할 수 없습니다.',
    pii: [
      ['PERSON', '강태윤'],
      ['PASSPORT', 'M704K2193'],
      ['RRN', '990211-2784038'],
      ['ADDRESS', '부산광역시 수영구 광안해변로 219, 1204호'],
      ['PHONE', '010-4863-0275'],
      ['PERSON', '강태윤'],
      ['RRN', '990211-2784038'],
      ['PASSPORT', 'M704K2193'],
      ['ADDRESS', '부산광역시 수영구 광안해변로 219, 1204호'],
      ['PHONE', '010-4863-0275'],
      ['PASSPORT', 'M704K2193'],
    ],
  },
  {
    text:
      '[\n' +
      '  {"role": "system", "content": "국민건강보험 민원 도우미. model=ko-care-2.3, session=6f1c2e90-4b7a-4d2e-9b31-0a7c55e81d42"},\n' +
      '  {"role": "user", "content": "아버지 피부양자 등록하려고요. 아버지 김용석 주민번호 580720-1654801, 제 건강보험증 번호 52018834721"},\n' +
      '  {"role": "assistant", "content": "김용석 님(580720-1654801)을 건강보험증 52018834721의 피부양자로 등록 신청하는 것으로 확인했습니다. 소득 요건(연 2,000만 원 이하) 확인을 위해 가족관계증명서가 필요합니다. 접수번호 NHIS-25-0614-2290."},\n' +
      '  {"role": "user", "content": "서류는 팩스로 보낼게요. 제 이름은 김다은이에요"},\n' +
      '  {"role": "assistant", "content": "김다은 님, 팩스는 0503-8812-1577로 보내 주시고 처리 결과는 7영업일 내 안내드립니다. 전화 상담은 1577-1000."}\n' +
      ']',
    pii: [
      ['PERSON', '김용석'],
      ['RRN', '580720-1654801'],
      ['HEALTH_INSURANCE', '52018834721'],
      ['PERSON', '김용석'],
      ['RRN', '580720-1654801'],
      ['HEALTH_INSURANCE', '52018834721'],
      ['PERSON', '김다은'],
      ['PERSON', '김다은'],
    ],
  },
  {
    text:
      'User: 비대면 진료 처방약 배송지 등록할게요\n' +
      '받는 분: 황보민주\n' +
      '주소: (06022) 서울특별시 강남구 압구정로29길 17, 2층 201호\n' +
      '이메일: bominju.hwang@kakao.com\n' +
      '공동현관 비밀번호: *8024#\n' +
      'Assistant: 배송지를 아래와 같이 저장했어요.\n' +
      '받는 분 황보민주 · 서울특별시 강남구 압구정로29길 17, 2층 201호 (우편번호 06022)\n' +
      '출입 메모: 공동현관 *8024#\n' +
      '주문번호 RX-DLV-559120, 조제 약국: 온누리새봄약국(서울 성동구 왕십리로 50), 배송비 3,000원. 오늘 18시 전에 결제하시면 내일 오전 도착 예정이고, 배송 알림은 bominju.hwang@kakao.com 으로 보내 드릴게요.',
    pii: [
      ['PERSON', '황보민주'],
      ['ADDRESS', '서울특별시 강남구 압구정로29길 17, 2층 201호'],
      ['EMAIL', 'bominju.hwang@kakao.com'],
      ['PASSWORD', '*8024#'],
      ['PERSON', '황보민주'],
      ['ADDRESS', '서울특별시 강남구 압구정로29길 17, 2층 201호'],
      ['PASSWORD', '*8024#'],
      ['EMAIL', 'bominju.hwang@kakao.com'],
    ],
  },
  {
    text:
      '사용자: 소상공인 운전자금 대출 상담 받고 싶어요. 저는 주식회사 다온푸드 대표 서준영이고 사업자번호 536-81-67339, 법인등록번호 110111-1150567 입니다. 연락은 010-9047-3326, 메일 jy.seo@daonfood.co.kr\n' +
      '상담봇: 상담 신청 내용입니다.\n' +
      '- 기업명: 주식회사 다온푸드 (대표 서준영)\n' +
      '- 사업자등록번호: 536-81-67339 / 법인등록번호: 110111-1150567\n' +
      '- 업종: 식료품 제조(10799), 설립 2019년, 상시근로자 12명\n' +
      '- 신청 상품: 소상공인 성장촉진자금, 한도 최대 1억 원, 금리 연 3.45%(변동)\n' +
      '- 필요 서류: 부가세 과세표준증명원, 재무제표(2023·2024)\n' +
      '담당 RM이 010-9047-3326 또는 jy.seo@daonfood.co.kr 로 2영업일 내 연락드립니다. 상담번호 BL-25-7708.',
    pii: [
      ['PERSON', '서준영'],
      ['BRN', '536-81-67339'],
      ['CRN', '110111-1150567'],
      ['PHONE', '010-9047-3326'],
      ['EMAIL', 'jy.seo@daonfood.co.kr'],
      ['PERSON', '서준영'],
      ['BRN', '536-81-67339'],
      ['CRN', '110111-1150567'],
      ['PHONE', '010-9047-3326'],
      ['EMAIL', 'jy.seo@daonfood.co.kr'],
    ],
  },
  {
    text:
      'User: 미국 은행 joint 계좌 여는데 정보 정리 좀 해 주세요. 제 SSN은 517-38-2946, 와이프 Ji-won Baek은 SSN이 없어서 ITIN 912-78-4406 받았어요. 주소는 2418 Larkspur Ln, Apt 3B, Fullerton, CA 92831\n' +
      'Assistant: 정리해 드릴게요. 참고로 SSN/ITIN은 채팅에 오래 남기지 않는 게 좋아요.\n' +
      'Primary applicant — SSN: 517-38-2946\n' +
      'Joint applicant — Ji-won Baek, ITIN: 912-78-4406\n' +
      'Mailing address: 2418 Larkspur Ln, Apt 3B, Fullerton, CA 92831\n' +
      'Account type: Joint Checking (product code CHK-JT-02), opening deposit $500.00\n' +
      'ITIN은 W-9의 SSN 칸에 그대로 적으시면 됩니다. 신청서 번호 APP-7731902. 주 신청자 성함을 알려 주시면 마저 채울게요.\n' +
      'User: Daniel Baek이요 (한국 이름 백승현)',
    pii: [
      ['US_SSN', '517-38-2946'],
      ['PERSON', 'Ji-won Baek'],
      ['US_ITIN', '912-78-4406'],
      ['ADDRESS', '2418 Larkspur Ln, Apt 3B, Fullerton, CA 92831'],
      ['US_SSN', '517-38-2946'],
      ['PERSON', 'Ji-won Baek'],
      ['US_ITIN', '912-78-4406'],
      ['ADDRESS', '2418 Larkspur Ln, Apt 3B, Fullerton, CA 92831'],
      ['PERSON', 'Daniel Baek'],
      ['PERSON', '백승현'],
    ],
  },
  {
    text:
      '사용자: 요금 명세서 이메일로 받고 싶어요. jiwoo.kang@navr.com 으로요\n' +
      '상담봇: 입력하신 주소 jiwoo.kang@navr.com 의 도메인(navr.com)이 확인되지 않아요. 혹시 naver.com 이 맞으실까요? 다시 입력 부탁드립니다.\n' +
      '사용자: 아 오타요 jiwoo.kang@naver.com\n' +
      '상담봇: 감사합니다. 다음과 같이 변경할게요.\n' +
      '- 명세서 수신: 이메일 jiwoo.kang@naver.com (기존: 우편)\n' +
      '- 적용: 2025년 7월 청구분부터, 종이 없는 명세서 할인 월 1,000원\n' +
      '- 대상 회선: 010-6139-2285 (본인 확인 완료)\n' +
      '변경번호 BIL-EM-330917. 명세서는 매월 12일에 발송되며, 발신 주소는 noreply@bill.uplus.co.kr 입니다.',
    pii: [
      ['EMAIL', 'jiwoo.kang@navr.com'],
      ['EMAIL', 'jiwoo.kang@navr.com'],
      ['EMAIL', 'jiwoo.kang@naver.com'],
      ['EMAIL', 'jiwoo.kang@naver.com'],
      ['PHONE', '010-6139-2285'],
    ],
  },
  {
    text:
      'User: 재택 VPN 접속이 안 돼요. 계정 hjlee.prod, 비번은 Qm7!river22 이고, 집 공인 IP는 121.134.72.19, 노트북 MAC은 3C:52:82:A1:7F:0E 이에요. 혹시 MES 배포 스크립트에 있던 토큰 ghp_8fK2mQx7Lr0aVtN3pW9sYc4Hd1ZeU6bJo5Gi 이것도 관련 있나요?\n' +
      'IT헬프봇: 확인했습니다. 비밀번호를 채팅에 보내셨으니 접속 후 바로 변경해 주세요.\n' +
      '- 계정: hjlee.prod (그룹 MES-REMOTE)\n' +
      '- 접속 IP: 121.134.72.19 → 화이트리스트 미등록이 원인입니다 (오류 코드 VPN-812, 게이트웨이 vpn2.plant-gj.local:443)\n' +
      '- 단말 MAC: 3C:52:82:A1:7F:0E → NAC 등록 완료\n' +
      '- ghp_8fK2… 토큰은 GitHub 개인 액세스 토큰이라 VPN과는 무관하지만, 노출됐으니 즉시 revoke 하세요.\n' +
      '화이트리스트 반영은 보안팀 승인 후 30분 이내입니다(요청번호 SR-240617).',
    pii: [
      ['USERNAME', 'hjlee.prod'],
      ['PASSWORD', 'Qm7!river22'],
      ['IP_ADDRESS', '121.134.72.19'],
      ['MAC_ADDRESS', '3C:52:82:A1:7F:0E'],
      ['SECRET', 'ghp_8fK2mQx7Lr0aVtN3pW9sYc4Hd1ZeU6bJo5Gi'],
      ['USERNAME', 'hjlee.prod'],
      ['IP_ADDRESS', '121.134.72.19'],
      ['MAC_ADDRESS', '3C:52:82:A1:7F:0E'],
    ],
  },
  {
    text:
      '사용자: 시청자 이벤트 당첨자 안내 문자 템플릿 만들어 주세요. 당첨자 명단은 이미 마스킹됨\n' +
      '1. 김*수 / 010-****-2231 / j***@gmail.com\n' +
      '2. 이*영 / 010-****-8740 / y****@naver.com\n' +
      '3. 박*준 / 010-****-0917 / p***@daum.net\n' +
      '상담봇: 템플릿은 아래와 같아요. 변수는 발송 시스템에서 치환됩니다.\n' +
      "[KBC 주말극장] {{name}}님, '봄날의 편지' 시청 인증 이벤트에 당첨되셨습니다! 경품: 모바일 상품권 30,000원 (쿠폰은 6/20 발송). 수신번호 <PHONE> 확인 후 6월 27일까지 회신 바랍니다. 문의 02-781-1000 / 이벤트코드 EVT-2506-SP\n" +
      '당첨자 3명 × 30,000원 = 총 90,000원이며, 경품이 5만 원 이하라 제세공과금은 없습니다.',
    pii: [],
  },
];
