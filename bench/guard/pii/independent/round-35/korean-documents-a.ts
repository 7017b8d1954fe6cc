// Korean documents for round 35, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const koreanRoundThirtyFiveDocumentsA: readonly IndependentText[] = [
  {
    text:
      '[KB-FAQ-2291] 해외송금 반송(Return) 처리 절차 — 최종 수정 2024-04-02, v3.1\n' +
      '1. 반송 사유 코드(AC01, AM05 등)를 확인하고 SWIFT 조회 화면에서 MT199 전문을 열람합니다.\n' +
      '2. 반송 수수료 USD 15는 고객 계좌에서 차감하지 않습니다(정책 FX-07).\n' +
      '3. 참고 사례: 2024-03-11 접수 CS-20240311-0472 — 고객 박지훈(010-4827-3916)이 영국 수취인 앞으로 GBP 3,200을 보냈으나 수취 IBAN GB61NWBK55582900441207 중 한 자리를 틀리게 입력해 반송됨. 재송금 시 수취은행 BIC NWBKGB2L 재확인.\n' +
      '4. 고객 문의: 국제금융센터 1599-8000 (평일 09:00~18:00)',
    pii: [
      ['PERSON', '박지훈'],
      ['PHONE', '010-4827-3916'],
      ['IBAN', 'GB61NWBK55582900441207'],
    ],
  },
  {
    text:
      '→ tool_call crm.get_subscriber {"msisdn": "01073912084", "include": ["device", "sim", "contact"]}\n' +
      '← 200 OK (84 ms) {"request_id": "c2a1f0e4-7b3d-4e19-9a52-0d6b8f31e7aa", "subscriber": {"name": "이수민", "birth_date": "1992-07-27", "plan_code": "5GX_PRIME_89", "monthly_fee": 89000, "device": {"model": "SM-S928N", "imei": "354956636838612"}, "sim": {"iccid": "89827554274092574798", "status": "ACTIVE"}, "contact": {"email": "sumin.lee92@naver.com", "billing_address": "경기도 성남시 분당구 금곡로 46, 204동 1502호"}, "contract_end": "2025-11-30"}}',
    pii: [
      ['PHONE', '01073912084'],
      ['PERSON', '이수민'],
      ['DATE_OF_BIRTH', '1992-07-27'],
      ['IMEI', '354956636838612'],
      ['ICCID', '89827554274092574798'],
      ['EMAIL', 'sumin.lee92@naver.com'],
      ['ADDRESS', '경기도 성남시 분당구 금곡로 46, 204동 1502호'],
    ],
  },
  {
    text:
      "emr=> SELECT pt_no, pt_nm, birth_dt, hi_card_no, mobile FROM pt_master WHERE last_visit = '2024-05-02' AND dept_cd = 'IM02' ORDER BY pt_no;\n" +
      '  pt_no   |     pt_nm      |  birth_dt  | hi_card_no  |    mobile\n' +
      '----------+----------------+------------+-------------+---------------\n' +
      ' 00872341 | 정하윤         | 1977-01-02 | 51038472916 | 010-2958-7714\n' +
      ' 01124587 | Nguyen Thi Lan | 1991-08-08 | 60284719305 | 010-8841-2067\n' +
      ' 01130962 | 윤재석         | 1968-12-05 | 11746208531 | 010-3306-5129\n' +
      '(3 rows)\n\n' +
      'Time: 12.408 ms',
    pii: [
      ['MEDICAL_RECORD', '00872341'],
      ['PERSON', '정하윤'],
      ['DATE_OF_BIRTH', '1977-01-02'],
      ['HEALTH_INSURANCE', '51038472916'],
      ['PHONE', '010-2958-7714'],
      ['MEDICAL_RECORD', '01124587'],
      ['PERSON', 'Nguyen Thi Lan'],
      ['DATE_OF_BIRTH', '1991-08-08'],
      ['HEALTH_INSURANCE', '60284719305'],
      ['PHONE', '010-8841-2067'],
      ['MEDICAL_RECORD', '01130962'],
      ['PERSON', '윤재석'],
      ['DATE_OF_BIRTH', '1968-12-05'],
      ['HEALTH_INSURANCE', '11746208531'],
      ['PHONE', '010-3306-5129'],
    ],
  },
  {
    text:
      'POST /webhooks/pg/v2 HTTP/1.1\n' +
      'X-Signature: sha256=5e1b9c0d7a44f2e8b3a61c07d9e2f5a8b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9\n' +
      '{"event":"payment.approved","event_id":"evt_01HZX4K7Q2M9","order_id":"ORD-20240612-88213","amount":48900,"currency":"KRW","method":"CARD","card":{"issuer_code":"SH","number":"541245******8935","installment":0,"approve_no":"30481722"},"buyer":{"name":"{{buyer_name}}","phone":"010-****-3391","email":"k***@naver.com"},"approved_at":"2024-06-12T14:03:22+09:00"}\n' +
      '응답: 200 OK, 처리시간 41ms, 재시도 0회',
    pii: [],
  },
  {
    text:
      'From: 최은정 <eunjung.choi0314@gmail.com>\n' +
      'To: claim@hanmaumlife.co.kr\n' +
      'Date: Tue, 11 Jun 2024 09:12:45 +0900\n' +
      'Subject: [실손 청구] 접수번호 CLM-2024-0611-3307 서류 보완\n\n' +
      '안녕하세요, 지난주 전화로 안내받은 대로 부족한 서류 보내드립니다.\n' +
      '- 피보험자: 최은정 (850314-2495550)\n' +
      '- 실손의료보험 증권번호: 2019-H-0448172\n' +
      '- 진료일: 2024-06-03, 진료비 영수증 합계 187,400원\n' +
      '- 보험금 받을 계좌: 국민은행 473801-01-284736 (예금주 본인)\n' +
      '첨부: 진료비세부내역서.pdf (2페이지), 처방전.jpg\n' +
      '추가 확인이 필요하시면 010-6624-1937로 연락 주세요. 고객센터(1588-3114)는 연결이 너무 오래 걸려서요.',
    pii: [
      ['PERSON', '최은정'],
      ['EMAIL', 'eunjung.choi0314@gmail.com'],
      ['PERSON', '최은정'],
      ['RRN', '850314-2495550'],
      ['HEALTH_INSURANCE', '2019-H-0448172'],
      ['BANK_ACCOUNT', '473801-01-284736'],
      ['PHONE', '010-6624-1937'],
    ],
  },
  {
    text:
      'GET /hr/v2/employees?site=ASAN-2&status=onboarding → 200 (x-api-version: 2.7.1)\n' +
      '{\n' +
      '  "total": 2,\n' +
      '  "items": [\n' +
      '    {"emp_no": "A24-00318", "name": "오다은", "rrn": "990430-2956519", "dept": "도장2팀", "hire_date": "2024-06-17", "payroll_account": {"bank": "우리", "number": "1002-857-394821"}, "address": "충청남도 아산시 배방읍 광장로 210, 105동 804호", "emergency_contact": {"relation": "모", "phone": "010-5183-2276"}},\n' +
      '    {"emp_no": "A24-00319", "name": "Tran Van Minh", "frn": "910808-5078990", "passport": "C4829173", "visa": "E-9", "dept": "프레스1팀", "hire_date": "2024-06-17", "payroll_account": {"bank": "하나", "number": "391-910384-72607"}, "phone": "010-2749-6608", "housing": "company_dorm"}\n' +
      '  ],\n' +
      '  "next_cursor": null\n' +
      '}',
    pii: [
      ['PERSON', '오다은'],
      ['RRN', '990430-2956519'],
      ['BANK_ACCOUNT', '1002-857-394821'],
      ['ADDRESS', '충청남도 아산시 배방읍 광장로 210, 105동 804호'],
      ['PHONE', '010-5183-2276'],
      ['PERSON', 'Tran Van Minh'],
      ['FRN', '910808-5078990'],
      ['PASSPORT', 'C4829173'],
      ['BANK_ACCOUNT', '391-910384-72607'],
      ['PHONE', '010-2749-6608'],
    ],
  },
  {
    text:
      '## 2024 2학년 3반 현장체험학습 비상연락망 (담임: 서지원 / 교무실 031-8045-2210)\n' +
      '| 번호 | 학생 | 보호자 | 관계 | 연락처 | 비고 |\n' +
      '|---|---|---|---|---|---|\n' +
      '| 7 | 김도현 | 김상우 | 부 | 010-3719-4482 | 땅콩 알레르기 |\n' +
      '| 12 | 마리아 산토스 | Ana Santos | 모 | 010-9208-1573 | 한국어 통역 필요 |\n' +
      '| 18 | 이채원 | 박미경 | 모 | 010-6652-0934 | |\n' +
      '* 출발 5/24(금) 08:30 정문 집결, 버스 3호차, 1인 참가비 23,000원 (스쿨뱅킹 6/3 출금)',
    pii: [
      ['PERSON', '서지원'],
      ['PERSON', '김도현'],
      ['PERSON', '김상우'],
      ['PHONE', '010-3719-4482'],
      ['PERSON', '마리아 산토스'],
      ['PERSON', 'Ana Santos'],
      ['PHONE', '010-9208-1573'],
      ['PERSON', '이채원'],
      ['PERSON', '박미경'],
      ['PHONE', '010-6652-0934'],
    ],
  },
  {
    text:
      '# Runbook: eSIM 재발급(SM-DP+) 실패 대응  (owner: 플랫폼운영팀, rev 2024-05-20)\n' +
      '- 증상: 프로비저닝 API `POST /esim/v1/profiles:download` 가 409 CONFLICT (code ESIM-4091) 반환\n' +
      '- 1단계: 주문번호(예: SO-2405-771203)로 프로필 상태 조회 → RELEASED 가 아니면 `reset` 호출\n' +
      '- 2단계: ICCID 는 로그에 8982********4413 처럼 마스킹되어 남으므로 원본은 OSS 콘솔(포트 8443)에서만 확인\n' +
      '- 3단계: 고객 안내는 114 또는 080-2255-0114 로 이관, SLA 4시간\n' +
      '- 관련 티켓: OPS-11873, OPS-11902 / 대시보드 grafana uid 7QmX2bKz',
    pii: [],
  },
  {
    text:
      '첨부: autopay_change_202406.csv (UTF-8, 3행)\n' +
      'customer_no,name,supply_address,meter_no,mobile,email,bank,account_no,request_dt\n' +
      '3021-884-07,한승우,"부산광역시 해운대구 센텀중앙로 48, 1101동 2304호",MTR-22K-0049187,010-7420-3318,swhan.busan@daum.net,부산은행,101-2047-8839-05,2024-06-03\n' +
      '3021-884-19,Priya Raman,"서울특별시 용산구 이태원로 177, 3층",MTR-19K-1108462,+82 10-5521-8830,priya.raman.kr@gmail.com,SC제일은행,610-20-384716,2024-06-03\n' +
      '3021-885-02,배윤아,"대구광역시 수성구 동대구로 312, 가동 507호",MTR-22K-0073321,010-4188-2095,yuna0725@kakao.com,카카오뱅크,3333-08-4719265,2024-06-04',
    pii: [
      ['PERSON', '한승우'],
      ['ADDRESS', '부산광역시 해운대구 센텀중앙로 48, 1101동 2304호'],
      ['PHONE', '010-7420-3318'],
      ['EMAIL', 'swhan.busan@daum.net'],
      ['BANK_ACCOUNT', '101-2047-8839-05'],
      ['PERSON', 'Priya Raman'],
      ['ADDRESS', '서울특별시 용산구 이태원로 177, 3층'],
      ['PHONE', '+82 10-5521-8830'],
      ['EMAIL', 'priya.raman.kr@gmail.com'],
      ['BANK_ACCOUNT', '610-20-384716'],
      ['PERSON', '배윤아'],
      ['ADDRESS', '대구광역시 수성구 동대구로 312, 가동 507호'],
      ['PHONE', '010-4188-2095'],
      ['EMAIL', 'yuna0725@kakao.com'],
      ['BANK_ACCOUNT', '3333-08-4719265'],
    ],
  },
  {
    text:
      'dms.delivery.get(contract_id="HC-24-051877") 결과\n' +
      '{\n' +
      ' "contract_id": "HC-24-051877", "model": "GV80 3.5T AWD", "trim_code": "JX1-35T-P", "price_krw": 82150000,\n' +
      ' "vin": "KMTHC81DBRU118436", "plate": "157무3829",\n' +
      ' "buyer": {"type": "corporate", "company": "(주)세진정밀", "brn": "214-86-14897", "crn": "110111-8089090"},\n' +
      ' "driver": {"name": "문경호", "phone": "010-2231-7946", "license_no": "11-18-239471-62"},\n' +
      ' "delivery": {"branch": "강남대치지점", "date": "2024-06-15", "time": "14:00", "hotline": "080-600-6000"}\n' +
      '}',
    pii: [
      ['VIN', 'KMTHC81DBRU118436'],
      ['VEHICLE_PLATE', '157무3829'],
      ['BRN', '214-86-14897'],
      ['CRN', '110111-8089090'],
      ['PERSON', '문경호'],
      ['PHONE', '010-2231-7946'],
      ['DRIVER_LICENSE', '11-18-239471-62'],
    ],
  },
  {
    text:
      '[내부검색] "전입 지연 과태료 감경" 검색 결과 3건 (0.21초)\n' +
      '1. 주민등록 사무편람 2024 — 제4장 3절 과태료 감경 기준 … (doc-id RG-2024-04-03, 12쪽)\n' +
      '2. 민원처리 회의록 2024-05-14 — "…민원인 강도윤(880619-1653544)은 해외 체류로 전입신고가 45일 지연되었다며 감경을 요청함. 현 주소 서울특별시 강서구 화곡로 268, 302호. 연락처 02-2634-7815(자택). 출입국사실증명 첨부 확인…"\n' +
      '3. 자주 묻는 질문 FAQ-0913 — 과태료는 최대 5만원이며 정부24 또는 110 정부민원안내콜센터에서 조회 가능',
    pii: [
      ['PERSON', '강도윤'],
      ['RRN', '880619-1653544'],
      ['ADDRESS', '서울특별시 강서구 화곡로 268, 302호'],
      ['PHONE', '02-2634-7815'],
    ],
  },
  {
    text:
      'eRx 수신 로그 2024-06-07 10:42:18 KST  tx=7d41c0a2e9f3\n' +
      '{"rx_issue_no":"20240607-00315","institution":{"code":"31201345","name":"연세하나내과의원","tel":"031-712-4580"},\n' +
      ' "prescriber":{"name":"남궁민재","license_type":"의사"},\n' +
      ' "patient":{"name":"임준서","rrn":"010915-3314726"},\n' +
      ' "insurance":{"type":"건강보험","card_no":"41829305617"},\n' +
      ' "items":[{"edi":"645301210","name":"아목시실린캡슐500mg","dose":"1C","freq":3,"days":5},{"edi":"671803040","name":"록소프로펜정60mg","dose":"1T","freq":3,"days":3}],\n' +
      ' "dispense_by":"2024-06-10"}',
    pii: [
      ['PERSON', '남궁민재'],
      ['PERSON', '임준서'],
      ['RRN', '010915-3314726'],
      ['HEALTH_INSURANCE', '41829305617'],
    ],
  },
  {
    text:
      '[agent-run 6f2e] step 3/5 call transfer.execute\n' +
      '  args: {"from_account":"110-384-927561","to_bank_code":"020","to_account":"1002-731-582046","amount":1500000,"memo":"6월 월세","idempotency_key":"tx-3b9e7a10-5c2d-4f8a-b1e6-92d04c7f3a18"}\n' +
      '  result: {"status":"COMPLETED","txn_id":"T2406011203558821","recipient_name":"노현숙","fee":0,"balance_after":3284110,"completed_at":"2024-06-01T12:03:55+09:00"}\n' +
      '[agent-run 6f2e] step 4/5 assistant: 노현숙님 계좌로 1,500,000원 이체가 완료되었습니다. 이체 수수료는 면제되었어요.',
    pii: [
      ['BANK_ACCOUNT', '110-384-927561'],
      ['BANK_ACCOUNT', '1002-731-582046'],
      ['PERSON', '노현숙'],
      ['PERSON', '노현숙'],
    ],
  },
  {
    text:
      'From: Oliver Bennett <o.bennett1987@outlook.com>\n' +
      'To: cs.uk@daesungmotors.co.uk\n' +
      'Subject: Re: [Case UK-24-00871] Extended warranty application\n\n' +
      '[번역 메모 — 상담원 정유진] 영국 고객 요청 요약: 보증연장 상품 EW-36(GBP 749) 가입 희망, 결제는 7월 1일 자동이체. 아래 원문 참고.\n\n' +
      'Hi, as requested here are my details for the extended warranty:\n' +
      'Name: Oliver Bennett\n' +
      'NI number: JT 48 29 17 B\n' +
      'Address: Flat 3, 14 Harcourt Road, Sheffield S10 1DJ\n' +
      'Mobile: +44 7911 482306\n' +
      'Car reg: LK19 XRT (bought at your Leeds dealership, invoice INV-LDS-20931)\n' +
      'Cheers, Oliver',
    pii: [
      ['PERSON', 'Oliver Bennett'],
      ['EMAIL', 'o.bennett1987@outlook.com'],
      ['PERSON', '정유진'],
      ['PERSON', 'Oliver Bennett'],
      ['UK_NINO', 'JT 48 29 17 B'],
      ['ADDRESS', 'Flat 3, 14 Harcourt Road, Sheffield S10 1DJ'],
      ['PHONE', '+44 7911 482306'],
      ['VEHICLE_PLATE', 'LK19 XRT'],
      ['PERSON', 'Oliver'],
    ],
  },
  {
    text:
      '[티켓 #MD-558210] 구독 해지 후 재가입 불가 (상태: Solved, 채널: 웹폼, 2024-04-22)\n' +
      '고객 메시지: "아이디 moonlight_jy 로 로그인이 안 돼요. 비밀번호 Sunny!2024kr 맞게 넣었는데 계속 오류 나요. 가입 메일은 jiyoon.kwak@hanmail.net 입니다."\n' +
      '시스템 로그: login_fail x5 from 211.234.118.57 (2024-04-22 21:14~21:19), 계정 상태 LOCKED(ERR_AUTH_423), 요금제 PREMIUM_Y\n' +
      '처리: 상담원 여민호가 잠금 해제 후 비밀번호 재설정 링크 발송(만료 30분). 14,900원 부분 환불, 환불번호 RF-240423-0118.',
    pii: [
      ['USERNAME', 'moonlight_jy'],
      ['PASSWORD', 'Sunny!2024kr'],
      ['EMAIL', 'jiyoon.kwak@hanmail.net'],
      ['IP_ADDRESS', '211.234.118.57'],
      ['PERSON', '여민호'],
    ],
  },
  {
    text:
      "SELECT plan_code, COUNT(*) AS subs, ROUND(AVG(arpu)) AS avg_arpu FROM subscriptions WHERE yyyymm = '202405' GROUP BY plan_code ORDER BY subs DESC LIMIT 4;\n" +
      '  plan_code    |  subs  | avg_arpu\n' +
      '---------------+--------+----------\n' +
      ' 5GX_PRIME_89  | 418233 |    91240\n' +
      ' 5GX_REG_69    | 377015 |    70110\n' +
      ' LTE_SLIM_33   | 129884 |    34020\n' +
      ' DATA_KIDS_19  |  40571 |    19800\n' +
      '(4 rows)  -- 실행 1.82s, query_id 01b4f7e2-0000-4a11-93c3-7d2e88aa0c15',
    pii: [],
  },
  {
    text:
      '# 장애 회고 INC-2024-0419: 상담봇 응답 지연 (P2)\n' +
      '- 작성: 권태윤 (taeyoon.kwon@genpoint.kr), 검토: 문상철\n' +
      '- 타임라인(KST): 13:02 배포 v2.14.3 (commit 9a7c3e1) → 13:09 p95 8.4s 경보 → 13:31 롤백 v2.14.2\n' +
      '- 원인: 설정 파일에 운영 키가 하드코딩되어 레이트리밋 우회 분기가 비활성화됨\n' +
      '  aws_access_key_id = AKIAZ7Q4R2M8XK3PLN5W\n' +
      '  GITHUB_TOKEN=ghp_4fTq9LmZ2xR7vK1bN8cW3yH6dJ0sP5eUaG2M\n' +
      '- 조치: 두 키 모두 폐기 완료(보안팀 문상철 확인), Vault 경로 kv/prod/bot 으로 이전, 재발 방지 티켓 SEC-1187',
    pii: [
      ['PERSON', '권태윤'],
      ['EMAIL', 'taeyoon.kwon@genpoint.kr'],
      ['PERSON', '문상철'],
      ['SECRET', 'AKIAZ7Q4R2M8XK3PLN5W'],
      ['SECRET', 'ghp_4fTq9LmZ2xR7vK1bN8cW3yH6dJ0sP5eUaG2M'],
      ['PERSON', '문상철'],
    ],
  },
  {
    text:
      'tool: travel_ins.quote\n' +
      'args: {"trip":{"from":"2024-07-21","to":"2024-07-28","country":"JP"},"plan":"TRV-STD-2","insureds":[\n' +
      '  {"name_en":"KIM MINSEO","name_ko":"김민서","birth":"1988-03-14","passport":"M38471926"},\n' +
      '  {"name_en":"KIM JUNHO","name_ko":"김준호","birth":"1986-11-02","passport":"M529A6041"},\n' +
      '  {"name_en":"KIM HAEUN","name_ko":"김하은","birth":"2017-05-09","passport":"M710B8354"}]}\n' +
      'result: {"quote_id":"Q-TRV-8841207","premium_total":38700,"currency":"KRW","valid_until":"2024-06-20T23:59:59+09:00"}',
    pii: [
      ['PERSON', 'KIM MINSEO'],
      ['PERSON', '김민서'],
      ['DATE_OF_BIRTH', '1988-03-14'],
      ['PASSPORT', 'M38471926'],
      ['PERSON', 'KIM JUNHO'],
      ['PERSON', '김준호'],
      ['DATE_OF_BIRTH', '1986-11-02'],
      ['PASSPORT', 'M529A6041'],
      ['PERSON', 'KIM HAEUN'],
      ['PERSON', '김하은'],
      ['DATE_OF_BIRTH', '2017-05-09'],
      ['PASSPORT', 'M710B8354'],
    ],
  },
  {
    text:
      '[FATCA/CRS 자가확인서 — 스캔 OCR 결과, 신뢰도 0.94]\n' +
      '성명(영문): Daniel Hyunwoo Park / 한글: 박현우\n' +
      '생년월일: 1983-09-21\n' +
      '미국 납세자번호(SSN): 541-38-2907\n' +
      '미국 주소: 2318 Westbrook Dr, Apt 5B, Plano, TX 75093\n' +
      '미국 연락처: +1 469-872-3150 / 국내 연락처: 010-9184-3302\n' +
      '계좌: 신한 110-475-208193 (외화보통예금 USD)\n' +
      '검토: 여의도금융센터(점번 2047), 검토자 사번 S10482, 2024-05-30, 양식 버전 FATCA-KR-2023.2',
    pii: [
      ['PERSON', 'Daniel Hyunwoo Park'],
      ['PERSON', '박현우'],
      ['DATE_OF_BIRTH', '1983-09-21'],
      ['US_SSN', '541-38-2907'],
      ['ADDRESS', '2318 Westbrook Dr, Apt 5B, Plano, TX 75093'],
      ['PHONE', '+1 469-872-3150'],
      ['PHONE', '010-9184-3302'],
      ['BANK_ACCOUNT', '110-475-208193'],
    ],
  },
  {
    text:
      '진 료 의 뢰 서\n' +
      '수신: 한빛대학교병원 정형외과 귀하\n' +
      '환자 성명: 황보지안 (여, 1954-02-17)   등록번호: 20-338174\n' +
      '주소: 전라북도 전주시 완산구 효자로 225, 103동 1101호\n' +
      '보호자: 황보성민 (아들) 010-7735-2864\n' +
      '상병명: M17.0 양측 원발성 무릎관절증\n' +
      '소견: 보존적 치료 6개월(주사 12회) 후에도 VAS 7/10, 수술적 치료 검토 바랍니다.\n' +
      '2024년 6월 5일   의뢰의사: 정형외과 전문의 탁상훈 (우리들정형외과의원, 063-226-7100)',
    pii: [
      ['PERSON', '황보지안'],
      ['DATE_OF_BIRTH', '1954-02-17'],
      ['MEDICAL_RECORD', '20-338174'],
      ['ADDRESS', '전라북도 전주시 완산구 효자로 225, 103동 1101호'],
      ['PERSON', '황보성민'],
      ['PHONE', '010-7735-2864'],
      ['PERSON', '탁상훈'],
    ],
  },
  {
    text:
      '{"type":"dispute.created","id":"dsp_7Hk2Lq9x","created":1718166202,"livemode":true,"data":{"case_no":"CB-2406-30918","amount":289000,"currency":"KRW","merchant":"(주)라온트래블","reason_code":"13.1",\n' +
      ' "cardholder":{"name":"Mateo García","phone":"+34 612 48 93 07","lang":"es"},\n' +
      ' "agent_note":"고객이 채팅에 카드 전체번호 4518311387981135, 유효기간 09/27, CVC 418 을 그대로 적음 → 대화 로그 마스킹 요청 필요 (SEC-QUEUE)"}}',
    pii: [
      ['PERSON', 'Mateo García'],
      ['PHONE', '+34 612 48 93 07'],
      ['CREDIT_CARD', '4518311387981135'],
      ['CARD_EXPIRY', '09/27'],
      ['CARD_CVV', '418'],
    ],
  },
  {
    text:
      '개인정보 처리 지침 §5.2 (상담 로그 저장 전 가명처리)\n' +
      '- 전화번호는 010-****-5678 형식으로, 이메일은 j***@gmail.com 형식으로 부분 마스킹합니다.\n' +
      '- 생성형 응답에 들어가는 값은 [PHONE_1], <EMAIL>, {{name}} 같은 토큰으로 치환한 뒤 저장합니다.\n' +
      '- 카드번호는 ****-****-****-1234 로만 남기고, 승인번호·주문번호(예: ORD-20240501-00017)는 원문 유지합니다.\n' +
      '- 위반 신고: 개인정보보호팀 privacy@genpoint.kr / 내선 4410, 문서번호 POL-PRV-005 rev.9',
    pii: [],
  },
  {
    text: '#it-helpdesk 스레드 저장본 (2024-06-10 09:41) — "계정 jiwoo.han 잠금 해제했습니다. 최초 로그인 시 OTP 재등록 필요하고, 티켓 IT-7731은 종료합니다." / 작성: bot-itsm v1.8',
    pii: [['USERNAME', 'jiwoo.han']],
  },
  {
    text:
      'POST /hooks/install-complete  (source: field-app 5.3.0, retry=0)\n' +
      '{"work_order":"WO-24061-55720","product":"GIGA_1G_WIFI6","technician_id":"T-3318",\n' +
      ' "customer":{"name":"석지호","contact":"010-5572-9013","install_address":"인천광역시 연수구 송도과학로 27, 807동 3204호"},\n' +
      ' "cpe":{"model":"AX3000-KR","serial":"KT24A0193381","wan_mac":"A4:3E:51:9C:07:2B","public_ip":"121.134.87.206"},\n' +
      ' "speed_test":{"down_mbps":938.4,"up_mbps":912.7},"completed_at":"2024-06-11T16:22:09+09:00"}',
    pii: [
      ['PERSON', '석지호'],
      ['PHONE', '010-5572-9013'],
      ['ADDRESS', '인천광역시 연수구 송도과학로 27, 807동 3204호'],
      ['MAC_ADDRESS', 'A4:3E:51:9C:07:2B'],
      ['IP_ADDRESS', '121.134.87.206'],
    ],
  },
  {
    text:
      '[출입국 민원 처리결과 조회] GET /immi/v1/cases/HI-2024-118274 → 200\n' +
      '{"case_id":"HI-2024-118274","type":"체류기간연장","status":"APPROVED","fee":60000,\n' +
      ' "applicant":{"name":"Emily Tremblay","nationality":"CAN","frn":"870223-6098443","passport_no":"GK482913","email":"emily.tremblay.ca@gmail.com","sin_for_tax_treaty":"227 466 984"},\n' +
      ' "stay":{"visa":"E-2","expires":"2026-03-31"},"office":"서울출입국·외국인청 (외국인종합안내센터 1345)"}',
    pii: [
      ['PERSON', 'Emily Tremblay'],
      ['FRN', '870223-6098443'],
      ['PASSPORT', 'GK482913'],
      ['EMAIL', 'emily.tremblay.ca@gmail.com'],
      ['CA_SIN', '227 466 984'],
    ],
  },
];
