// Korean documents and records (forms, medical, banking, insurance, HR, delivery, IT, telecom, utilities, travel, official letters, JSON/CSV) with the PII in each.
import type { IndependentText } from './types.ts';

export const koreanDocuments: readonly IndependentText[] = [
  {
    text: '[회원가입 신청서]\n성명: 정하윤\n생년월일: 1994-12-02\n휴대전화: 010-4827-3391\n이메일: hayoon.jung94@naver.com\n주소: 경기도 성남시 분당구 판교역로 235, 에이치스퀘어 N동 702호\n가입일: 2025-03-14',
    pii: [
      ['PERSON', '정하윤'],
      ['DATE_OF_BIRTH', '1994-12-02'],
      ['PHONE', '010-4827-3391'],
      ['EMAIL', 'hayoon.jung94@naver.com'],
      ['ADDRESS', '경기도 성남시 분당구 판교역로 235, 에이치스퀘어 N동 702호'],
    ],
  },
  {
    text: '퇴원요약 (Discharge Summary)\n등록번호: 01284573 / 환자명: 이순례 (F/78)\n입원일 2025.02.03 퇴원일 2025.02.11\n진단명: 지역사회획득 폐렴 (J18.9)\n경과: 입원 후 ceftriaxone 2g IV qd 투여, D5부터 해열. 추적 CXR 호전.\n퇴원약: Levofloxacin 750mg 1T qd x 5일\n주치의: 호흡기내과 최동훈\n외래: 2/18(화) 10:30',
    pii: [
      ['MEDICAL_RECORD', '01284573'],
      ['PERSON', '이순례'],
      ['PERSON', '최동훈'],
    ],
  },
  {
    text: '신한은행 거래내역조회 | 계좌번호 110-482-715093 | 예금주 윤서진\n거래일시 | 적요 | 출금 | 입금 | 잔액\n2025-04-01 09:12 | 급여 | | 3,412,000 | 5,870,215\n2025-04-02 13:45 | 카드대금 | 1,204,330 | | 4,665,885\n2025-04-03 18:20 | 이체 김영호 | 300,000 | | 4,365,885\n2025-04-05 11:02 | 관리비 | 187,400 | | 4,178,485',
    pii: [
      ['BANK_ACCOUNT', '110-482-715093'],
      ['PERSON', '윤서진'],
      ['PERSON', '김영호'],
    ],
  },
  {
    text: '이체확인증\n보내는분: 오태경\n출금계좌: 국민 482601-04-193827\n받는분: 한지민\n입금은행: 카카오뱅크\n입금계좌: 3333-05-7219406\n이체금액: 1,250,000원 / 수수료: 0원\n거래일시: 2025.05.19 14:22:07\n거래번호: 20250519142207-00318\n메모: 5월 월세',
    pii: [
      ['PERSON', '오태경'],
      ['BANK_ACCOUNT', '482601-04-193827'],
      ['PERSON', '한지민'],
      ['BANK_ACCOUNT', '3333-05-7219406'],
    ],
  },
  {
    text: '[현대카드] 2025년 3월 이용대금 명세서\n결제일: 2025-04-14 | 결제금액: 842,150원\n카드번호: 5327-****-****-5342\n이용내역\n03/02 쿠팡 45,900\n03/07 스타벅스 강남R점 6,300\n03/15 GS칼텍스 판교주유소 78,000\n03/22 교보문고 32,400\n최소결제금액 84,215원 / 리볼빙 미신청',
    pii: [],
  },
  {
    text: '보험금 청구서\n피보험자: 강도연 (주민등록번호 920827-2334293)\n증권번호: L2024-0083172\n사고일자: 2025.01.28\n사고내용: 계단에서 미끄러져 좌측 발목 골절\n청구금액: 2,380,000원\n수령계좌: 우리은행 1002-384-629105 (예금주 강도연)\n연락처: 010-7731-2048',
    pii: [
      ['PERSON', '강도연'],
      ['RRN', '920827-2334293'],
      ['BANK_ACCOUNT', '1002-384-629105'],
      ['PERSON', '강도연'],
      ['PHONE', '010-7731-2048'],
    ],
  },
  {
    text: '입사지원서 - 백엔드 개발자 (경력)\n성명: 서지훈 (Jihoon Seo)\n생년월일: 1991.07.23\n연락처: 010-6215-8840\nE-mail: jhseo.dev@gmail.com\nGitHub ID: jhseo-dev\n주소: 서울특별시 마포구 월드컵북로 396, 1507호\n희망연봉: 6,500만원 / 입사가능일: 2025-06-02',
    pii: [
      ['PERSON', '서지훈'],
      ['PERSON', 'Jihoon Seo'],
      ['DATE_OF_BIRTH', '1991.07.23'],
      ['PHONE', '010-6215-8840'],
      ['EMAIL', 'jhseo.dev@gmail.com'],
      ['USERNAME', 'jhseo-dev'],
      ['ADDRESS', '서울특별시 마포구 월드컵북로 396, 1507호'],
    ],
  },
  {
    text: 'CJ대한통운 운송장\n운송장번호: 6432-1987-5520\n보내는분: 유정민 / 010-3318-9072\n받는분: 조은비 / 010-9042-1176\n주소: 부산광역시 해운대구 센텀중앙로 97, 센텀스카이비즈 A동 2204호\n품명: 의류 1박스 / 중량 3kg\n배송메시지: 부재시 경비실에 맡겨주세요',
    pii: [
      ['PERSON', '유정민'],
      ['PHONE', '010-3318-9072'],
      ['PERSON', '조은비'],
      ['PHONE', '010-9042-1176'],
      ['ADDRESS', '부산광역시 해운대구 센텀중앙로 97, 센텀스카이비즈 A동 2204호'],
    ],
  },
  {
    text: '[Ticket #INC-20250412-0087] VPN 접속 불가\n요청자: 문성현 (인프라팀, 사번 A20193)\n내선: 4521\n증상: GlobalProtect 연결 시 "Gateway not responding" 오류\n단말 IP: 10.20.31.144 / MAC: 3C:52:82:A1:7F:0D\nOS: Windows 11 23H2\n처리: 클라이언트 6.2.1 재설치 후 정상 접속 확인',
    pii: [
      ['PERSON', '문성현'],
      ['IP_ADDRESS', '10.20.31.144'],
      ['MAC_ADDRESS', '3C:52:82:A1:7F:0D'],
    ],
  },
  {
    text: '2025-05-02 03:14:55.812 INFO  [auth] login ok user=minji.kwon src=211.234.118.47 ua="Mozilla/5.0"\n2025-05-02 03:15:02.104 WARN  [auth] login fail user=kwak_dh src=175.223.9.210 reason=BAD_CREDENTIALS\n2025-05-02 03:15:09.377 ERROR [payment] PG timeout orderId=ORD-88213 amount=129000 elapsed=30012ms\n2025-05-02 03:15:10.001 INFO  [health] heartbeat node=app-03 cpu=41% mem=63%',
    pii: [
      ['USERNAME', 'minji.kwon'],
      ['IP_ADDRESS', '211.234.118.47'],
      ['USERNAME', 'kwak_dh'],
      ['IP_ADDRESS', '175.223.9.210'],
    ],
  },
  {
    text: 'SK텔레콤 신규가입 신청서\n가입자명: 임채원\n생년월일: 2001.03.15\n개통번호: 010-2983-4417\n요금제: 5GX 프라임 (월 89,000원)\n단말기: Galaxy S25 256GB / IMEI 355465754576532\nUSIM 일련번호: 89820559832866498336\n납부방법: 자동이체 (농협 302-1183-4729-61)',
    pii: [
      ['PERSON', '임채원'],
      ['DATE_OF_BIRTH', '2001.03.15'],
      ['PHONE', '010-2983-4417'],
      ['IMEI', '355465754576532'],
      ['ICCID', '89820559832866498336'],
      ['BANK_ACCOUNT', '302-1183-4729-61'],
    ],
  },
  {
    text: '한전 전기요금 청구서 | 2025년 4월분\n고객번호: 0412837560\n사용기간: 03.16 ~ 04.15 (31일)\n사용량: 312kWh (전월 287kWh)\n기본요금 1,600원 / 전력량요금 48,210원 / 기후환경요금 2,808원\n청구금액: 57,890원\n납기일: 2025.05.10\n문의: 국번없이 123',
    pii: [],
  },
  {
    text: '서울도시가스 요금고지서\n납부자: 홍석진 님\n공급주소: 서울특별시 강서구 공항대로 247, 퀸즈파크나인 C동 1103호\n고객번호 7210348851 | 검침일 2025-02-20\n당월지침 4,812 / 전월지침 4,693 / 사용량 119㎥\n청구금액 138,460원 (납기 3월 10일)\n자동납부: 하나은행 ****-****-12345',
    pii: [
      ['PERSON', '홍석진'],
      ['ADDRESS', '서울특별시 강서구 공항대로 247, 퀸즈파크나인 C동 1103호'],
    ],
  },
  {
    text: '블루핸즈 수원영통점 정비명세서\n차량번호: 38누 5124\n차종: 아반떼 CN7 1.6 / 주행거리 48,322km\n차대번호: KMHLM41B6MU183472\n고객명: 남궁연우 / 010-5529-0831\n작업내역: 엔진오일 교환 62,000 / 에어필터 18,000 / 와이퍼 24,000\n합계: 104,000원 (부가세 포함)',
    pii: [
      ['VEHICLE_PLATE', '38누 5124'],
      ['VIN', 'KMHLM41B6MU183472'],
      ['PERSON', '남궁연우'],
      ['PHONE', '010-5529-0831'],
    ],
  },
  {
    text: '[삼성화재 자동차사고 접수 내역]\n접수번호: 2025-04-3318207\n사고일시: 2025.04.09 08:40\n사고장소: 경부고속도로 서울방향 죽전휴게소 인근\n당사 피보험차량: 157더 2290 (운전자 장세훈)\n상대차량: 62모 7713 / 상대 운전자 연락처 010-8871-3306\n과실비율: 협의중\n담당 보상직원: 김태연 대리 (031-8015-4472)',
    pii: [
      ['VEHICLE_PLATE', '157더 2290'],
      ['PERSON', '장세훈'],
      ['VEHICLE_PLATE', '62모 7713'],
      ['PHONE', '010-8871-3306'],
      ['PERSON', '김태연'],
      ['PHONE', '031-8015-4472'],
    ],
  },
  {
    text: '예약 확인서 / Booking Confirmation\n예약번호: HK2504-77120\n투숙객: PARK SOYEON / 박소연\nCheck-in: 2025-07-18 15:00 / Check-out: 2025-07-21 11:00\nRoom: Deluxe Twin, Ocean View (2 adults)\n결제: Mastercard 2223-1573-5466-4612 (승인번호 30418827) / 총액 KRW 1,284,000\n연락처: +82 10-4417-2093',
    pii: [
      ['PERSON', 'PARK SOYEON'],
      ['PERSON', '박소연'],
      ['CREDIT_CARD', '2223-1573-5466-4612'],
      ['PHONE', '+82 10-4417-2093'],
    ],
  },
  {
    text: '수신: 각 구청 민원여권과장\n(경유)\n제목: 2025년 하반기 여권 발급 업무 처리지침 안내\n1. 관련: 외교부 여권과-2318(2025.06.12.)\n2. 하반기 여권 발급 수요 증가에 따라 접수 창구 운영시간을 다음과 같이 조정하오니 업무에 참고하시기 바랍니다.\n  가. 기간: 2025.07.01. ~ 2025.08.31.\n  나. 운영시간: 평일 09:00~20:00 (수요일 연장)\n붙임 1. 운영계획 1부. 끝.\n서울특별시장',
    pii: [],
  },
  {
    text: '고객 DB 덤프 일부 (LA 지점, 마스킹 전)\n{\n  "customerId": "C-0093381",\n  "name": "Daniel Choi",\n  "email": "daniel.choi@outlook.com",\n  "phone": "+1 (213) 947-5082",\n  "ssn": "532-48-7710",\n  "driversLicense": "D4827193",\n  "address": "1847 W 6th St, Apt 12, Los Angeles, CA 90017",\n  "tier": "GOLD"\n}',
    pii: [
      ['PERSON', 'Daniel Choi'],
      ['EMAIL', 'daniel.choi@outlook.com'],
      ['PHONE', '+1 (213) 947-5082'],
      ['US_SSN', '532-48-7710'],
      ['DRIVER_LICENSE', 'D4827193'],
      ['ADDRESS', '1847 W 6th St, Apt 12, Los Angeles, CA 90017'],
    ],
  },
  {
    text: '사번,성명,부서,입사일,휴대폰,이메일\nE1042,배수아,재무팀,2019-03-04,010-3392-1187,sua.bae@hanjin-corp.co.kr\nE1077,Michael Torres,해외영업,2021-09-13,010-7710-2254,m.torres@hanjin-corp.co.kr\nE1103,전우석,총무팀,2023-01-02,010-4480-9163,ws.jeon@hanjin-corp.co.kr',
    pii: [
      ['PERSON', '배수아'],
      ['PHONE', '010-3392-1187'],
      ['EMAIL', 'sua.bae@hanjin-corp.co.kr'],
      ['PERSON', 'Michael Torres'],
      ['PHONE', '010-7710-2254'],
      ['EMAIL', 'm.torres@hanjin-corp.co.kr'],
      ['PERSON', '전우석'],
      ['PHONE', '010-4480-9163'],
      ['EMAIL', 'ws.jeon@hanjin-corp.co.kr'],
    ],
  },
  {
    text: '처 방 전\n교부번호: 20250411-00273\n환자 성명: 황보민재   주민등록번호: 010612-3292637\n의료기관: 연세365내과의원\n처방의: 신재혁\n질병분류기호: J02.9\n처방 의약품: 아목시실린캡슐 500mg 1C tid x 5일 / 타이레놀정 500mg 1T prn\n조제 약국: 온누리 해맑은약국',
    pii: [
      ['PERSON', '황보민재'],
      ['RRN', '010612-3292637'],
      ['PERSON', '신재혁'],
    ],
  },
  {
    text: '진 단 서\n병록번호: 2024-118093\n성명: 오세린   성별: 여   생년월일: 1988년 11월 17일\n주소: 대전광역시 유성구 대학로 99, 한빛아파트 112동 804호\n병명: 요추 추간판 탈출증 (M51.2)\n발병일: 2025년 1월 초순 추정 / 진단일: 2025년 2월 6일\n향후 치료의견: 약 6주간의 안정 및 물리치료를 요함.\n발행일 2025.02.06  의사 이재원',
    pii: [
      ['MEDICAL_RECORD', '2024-118093'],
      ['PERSON', '오세린'],
      ['DATE_OF_BIRTH', '1988년 11월 17일'],
      ['ADDRESS', '대전광역시 유성구 대학로 99, 한빛아파트 112동 804호'],
      ['PERSON', '이재원'],
    ],
  },
  {
    text: '간호기록지 | 7병동 712호 | 환자번호 30028817\n05/12 22:10 환자 통증 호소 (NRS 6), PRN 트라마돌 50mg IV 투여함.\n05/12 23:00 NRS 3으로 감소, 수면 중.\n05/13 02:30 보호자(딸 김나래, 010-2274-9815) 면회 후 귀가.\n05/13 06:00 V/S 130/80-78-20-36.8, SpO2 97%',
    pii: [
      ['MEDICAL_RECORD', '30028817'],
      ['PERSON', '김나래'],
      ['PHONE', '010-2274-9815'],
    ],
  },
  {
    text: '표준근로계약서\n사업주: (주)다온푸드 대표 정연수 (사업자등록번호 529-81-25743)\n근로자: 차민혁\n주소: 인천광역시 연수구 컨벤시아대로 165, 포스코더샵 103동 2201호\n연락처: 010-5541-7820\n1. 근로개시일: 2025년 3월 1일\n2. 근무장소: 본사 물류센터\n3. 소정근로시간: 09:00 ~ 18:00 (휴게 12:00~13:00)\n4. 임금: 월 2,650,000원, 매월 10일 지급\n5. 급여계좌: 기업은행 218-094417-01-013',
    pii: [
      ['PERSON', '정연수'],
      ['BRN', '529-81-25743'],
      ['PERSON', '차민혁'],
      ['ADDRESS', '인천광역시 연수구 컨벤시아대로 165, 포스코더샵 103동 2201호'],
      ['PHONE', '010-5541-7820'],
      ['BANK_ACCOUNT', '218-094417-01-013'],
    ],
  },
  {
    text: '| 항목 | 내용 |\n|---|---|\n| 성명 | 손다현 |\n| 영문명 | SON DAHYUN |\n| 주민등록번호 | 960511-2084141 |\n| 여권번호 | M48203917 |\n| 비상연락처 | 010-9923-4401 (모) |\n| 최종학력 | 부산대학교 경영학과 졸업 |\n| 입사일 | 2022-08-16 |',
    pii: [
      ['PERSON', '손다현'],
      ['PERSON', 'SON DAHYUN'],
      ['RRN', '960511-2084141'],
      ['PASSPORT', 'M48203917'],
      ['PHONE', '010-9923-4401'],
    ],
  },
  {
    text: '[IT지원] 계정 잠김 해제 요청 - REQ-48812\n요청자: 천소율 / 경영지원팀\n내용: 그룹웨어 로그인 5회 실패로 계정 잠김. 해제 및 임시비밀번호 발급 부탁드립니다.\n처리내역: AD 계정 unlock 완료. 임시 비밀번호: Tmp#2025may! (최초 로그인 시 변경 필수)\nID: sy.chun\n담당: 헬프데스크 이정훈',
    pii: [
      ['PERSON', '천소율'],
      ['PASSWORD', 'Tmp#2025may!'],
      ['USERNAME', 'sy.chun'],
      ['PERSON', '이정훈'],
    ],
  },
  {
    text: '# .env.production (운영서버 배포용, 외부 공유 금지)\nDB_HOST=10.0.12.45\nDB_USER=svc_order\nDB_PASSWORD=Qm7!vR2x#Lp9\nTOSS_SECRET_KEY=live_sk_9Xk2LqWm7BvR4tYp0ZcN8aHd\nREDIS_URL=redis://10.0.12.51:6379/0\nLOG_LEVEL=info',
    pii: [
      ['IP_ADDRESS', '10.0.12.45'],
      ['USERNAME', 'svc_order'],
      ['PASSWORD', 'Qm7!vR2x#Lp9'],
      ['SECRET', 'live_sk_9Xk2LqWm7BvR4tYp0ZcN8aHd'],
      ['IP_ADDRESS', '10.0.12.51'],
    ],
  },
  {
    text: 'KT 모바일 요금 안내 (2025.04)\n이용번호: 010-****-2219\n요금제: 5G 심플 110GB 69,000원\n선택약정 25% 할인 -17,250원\n단말할부금 (18/24회차) 43,750원\n부가서비스: 지니뮤직 7,900원\n소액결제: 12,000원\n당월 청구금액: 115,400원\n납부마감일: 2025.05.21',
    pii: [],
  },
  {
    text: '안녕하세요, 실손보험 청구 건으로 메일 드립니다.\n피보험자: 나현우 (생년월일 1982.10.19)\n증권번호: 7-20193384\n진료기관: 서울아산병원 정형외과 / 진료일 2025.04.02\n첨부: 진료비영수증, 진료비세부내역서, 처방전\n보험금은 기존 등록 계좌로 입금 부탁드립니다.\n나현우 드림 / 010-3306-7718',
    pii: [
      ['PERSON', '나현우'],
      ['DATE_OF_BIRTH', '1982.10.19'],
      ['PERSON', '나현우'],
      ['PHONE', '010-3306-7718'],
    ],
  },
  {
    text: '[카드 재발급 신청]\n신청인: 구본희\n기존 카드번호: 4655 2670 0544 8381\n유효기간: 09/27\nCVC: 418\n분실일시: 2025-05-03 경\n재발급 수령지: 자택 (광주광역시 서구 상무중앙로 110, 상무SK뷰 201동 1502호)\n본인확인 휴대폰: 01084471290',
    pii: [
      ['PERSON', '구본희'],
      ['CREDIT_CARD', '4655 2670 0544 8381'],
      ['CARD_EXPIRY', '09/27'],
      ['CARD_CVV', '418'],
      ['ADDRESS', '광주광역시 서구 상무중앙로 110, 상무SK뷰 201동 1502호'],
      ['PHONE', '01084471290'],
    ],
  },
  {
    text: 'ELECTRONIC TICKET RECEIPT\nPassenger: KIM/JUNHO MR\nTicket No.: 180-2318840971\nBooking Ref: 6QXZ7P\nFlight: KE 081 ICN-JFK 24MAY25 10:00 / Economy (Y)\nPassport: M72019345 (KOR) exp 2031-03-14\nFOID: PP M72019345\nFrequent Flyer: KE 113894027',
    pii: [
      ['PERSON', 'KIM/JUNHO'],
      ['PASSPORT', 'M72019345'],
      ['PASSPORT', 'M72019345'],
    ],
  },
  {
    text: '외국인 근로자 고용변동 신고서\n성명: NGUYEN VAN HUNG (응우옌 반 흥)\n국적: 베트남\n외국인등록번호: 880603-5418026\n체류자격: E-9 (비전문취업) / 체류기간 만료일 2026.11.30\n변동사유: 근무처 변경 (사업장 휴업)',
    pii: [
      ['PERSON', 'NGUYEN VAN HUNG'],
      ['PERSON', '응우옌 반 흥'],
      ['FRN', '880603-5418026'],
    ],
  },
  {
    text: '배송 요청사항 변경 부탁드려요\n주문번호 2025051288104\n받는사람 성함이 바뀌었어요 → 윤가을\n주소: 서울 송파구 송파대로 345, 헬리오시티 512동 1707호\n연락처 010 2718 6604\n공동현관 비밀번호 #1357* 입니다',
    pii: [
      ['PERSON', '윤가을'],
      ['ADDRESS', '서울 송파구 송파대로 345, 헬리오시티 512동 1707호'],
      ['PHONE', '010 2718 6604'],
      ['PASSWORD', '#1357*'],
    ],
  },
  {
    text: '2025 일반건강검진 결과통보서\n수검자: 탁윤정 (건강보험증번호 51038472916)\n검진일: 2025.03.27  검진기관: 강남세브란스 건강검진센터\n신장 162.4cm / 체중 58.1kg / BMI 22.0\n혈압 118/76 mmHg / 공복혈당 94 mg/dL / 총콜레스테롤 212 mg/dL\n판정: 정상B (경계) - 이상지질혈증 관리 필요',
    pii: [
      ['PERSON', '탁윤정'],
      ['HEALTH_INSURANCE', '51038472916'],
    ],
  },
  {
    text: '렌터카 임대차 계약서 (제주)\n계약번호: JR-250718-0412\n임차인: 여승민 / 생년월일 1990.05.06\n운전면허번호: 13-19-482715-62\n연락처: 010-6629-0418\n차량: 올 뉴 K5 (105허 3382)\n대여: 07/18 14:00 제주공항점 / 반납: 07/21 12:00\n보험: 완전자차 (1일 22,000원)',
    pii: [
      ['PERSON', '여승민'],
      ['DATE_OF_BIRTH', '1990.05.06'],
      ['DRIVER_LICENSE', '13-19-482715-62'],
      ['PHONE', '010-6629-0418'],
      ['VEHICLE_PLATE', '105허 3382'],
    ],
  },
  {
    text: 'Account Opening Form - 외국인 고객\nName: Jessica Moreno\nDate of Birth: 03/14/1989\nPassport No.: 567214893 (USA)\nUS TIN (ITIN): 912-78-3304\nKorean address: 서울특별시 용산구 이태원로27가길 14, 302호\nMobile: 010-3187-5526\nEmail: jess.moreno89@gmail.com',
    pii: [
      ['PERSON', 'Jessica Moreno'],
      ['DATE_OF_BIRTH', '03/14/1989'],
      ['PASSPORT', '567214893'],
      ['US_ITIN', '912-78-3304'],
      ['ADDRESS', '서울특별시 용산구 이태원로27가길 14, 302호'],
      ['PHONE', '010-3187-5526'],
      ['EMAIL', 'jess.moreno89@gmail.com'],
    ],
  },
  {
    text: 'From: HR Shared Services (London)\nSubject: 주재원 급여 이관 - 신상정보 확인\nEmployee: Oliver Bennett\nNI Number: JK 48 29 61 B\nBank: GB94 BARC 2003 5364 7182 59\nHome: Flat 4, 22 Elgin Crescent, London W11 2JR\nMobile: 07831 426915\n서울 파견 예정일: 2025-09-01',
    pii: [
      ['PERSON', 'Oliver Bennett'],
      ['UK_NINO', 'JK 48 29 61 B'],
      ['IBAN', 'GB94 BARC 2003 5364 7182 59'],
      ['ADDRESS', 'Flat 4, 22 Elgin Crescent, London W11 2JR'],
      ['PHONE', '07831 426915'],
    ],
  },
  {
    text: '캐나다 워킹홀리데이 세금 환급 대행 신청\nName: 이도현 (LEE DOHYUN)\nSIN: 553 244 625\nEmployer: Tim Hortons #4821 (Vancouver)\nT4 총소득: CAD 28,410.55 / 원천징수: CAD 3,112.00\n환급받을 계좌: 하나은행 391-910482-17307\n이메일: dohyun.lee.wh@gmail.com',
    pii: [
      ['PERSON', '이도현'],
      ['PERSON', 'LEE DOHYUN'],
      ['CA_SIN', '553 244 625'],
      ['BANK_ACCOUNT', '391-910482-17307'],
      ['EMAIL', 'dohyun.lee.wh@gmail.com'],
    ],
  },
  {
    text: 'sku,상품명,재고,단가,창고\nKR-CH-1024,김치볶음밥 300g,1240,3900,이천1센터\nKR-BX-0031,박스테이프 투명 48mm,88,1200,이천1센터\nKR-JM-2207,정말맛있는 군만두 1kg,530,8900,평택센터\nKR-CH-1031,최강 매운 라면 5입,2015,4480,평택센터',
    pii: [],
  },
  {
    text: '[장애보고] 2025-03-18 결제 API 지연\n발생: 14:02 ~ 14:37 (35분)\n영향: 카드결제 승인 응답 지연 (p99 12.4s), 실패율 3.1%\n원인: DB 커넥션 풀 고갈 (max 200) - 신규 배치 작업이 장시간 트랜잭션 점유\n조치: 배치 중단, 풀 사이즈 300으로 상향, v2.14.3 핫픽스 배포\n재발방지: 배치 전용 read replica 분리 (4월 2주차)',
    pii: [],
  },
  {
    text: '[서울대병원] 정윤아님 2025년 6월 3일(화) 09:40 소화기내과 외래 예약되었습니다.\n등록번호 16629047\n변경/취소는 1588-5700',
    pii: [
      ['PERSON', '정윤아'],
      ['MEDICAL_RECORD', '16629047'],
    ],
  },
  {
    text: '복약안내문 | 봄빛약국\n환자: 김하람 (만 6세)\n조제일: 2025.04.22\n1) 세프카펜시럽 - 1일 3회 식후 4.5mL (냉장보관)\n2) 코대원에스시럽 - 1일 3회 식후 5mL\n3) 락토엔큐 - 1일 2회\n총 5일분 / 본인부담금 3,200원',
    pii: [['PERSON', '김하람']],
  },
  {
    text: '명의변경 신청서 (LG U+)\n양도인: 최병철 / 780105-1257403\n양수인: 최다은 / 030228-4193270\n회선번호: 010-4410-3387\n양수인 연락처: 010-2291-6650\n관계: 부녀\n구비서류: 가족관계증명서, 양수인 신분증 사본',
    pii: [
      ['PERSON', '최병철'],
      ['RRN', '780105-1257403'],
      ['PERSON', '최다은'],
      ['RRN', '030228-4193270'],
      ['PHONE', '010-4410-3387'],
      ['PHONE', '010-2291-6650'],
    ],
  },
  {
    text: 'DHL Express Waybill 4827193305\nShipper: 한빛코스메틱 / 담당 Jiyoung Han, +82 2 3453 7719\nConsignee: Emily Carter\nAddress: 2210 Westlake Ave N, Unit 405, Seattle, WA 98109, USA\nTel: +1 206-718-4452\nContents: Cosmetics (sample) x 12, declared value USD 180.00\nHS Code: 3304.99',
    pii: [
      ['PERSON', 'Jiyoung Han'],
      ['PHONE', '+82 2 3453 7719'],
      ['PERSON', 'Emily Carter'],
      ['ADDRESS', '2210 Westlake Ave N, Unit 405, Seattle, WA 98109, USA'],
      ['PHONE', '+1 206-718-4452'],
    ],
  },
  {
    text: '[Web발신]\n신한카드(1907)승인\n05/14 12:31\n18,500원 일시불\n맘스터치 판교점\n누적 1,284,300원',
    pii: [],
  },
  {
    text: '총무팀 박 과장: 이번 달 출장비 정산하려면 계좌 알려주세요\n신입 조하늘: 네! 토스뱅크 1000-2739-4418 예금주 조하늘입니다\n총무팀 박 과장: 확인했어요. 영수증은 금요일까지 올려주세요',
    pii: [
      ['PERSON', '조하늘'],
      ['BANK_ACCOUNT', '1000-2739-4418'],
      ['PERSON', '조하늘'],
    ],
  },
  {
    text: '[외래 경과기록] Pt. ID 00417729 / 50/M\nS) 3일 전부터 인후통, 발열 38.5, 기침 (+), 가래 (-)\nO) Throat: injected, tonsil Gr II, exudate (-) / Lung: clear\nA) Acute pharyngitis (J02.9)\nP) Amoxicillin 500mg tid x 5d, Acetaminophen 650mg prn\n   Rapid strep Ag (-) / F/U prn\nDr. 허지안',
    pii: [
      ['MEDICAL_RECORD', '00417729'],
      ['PERSON', '허지안'],
    ],
  },
  {
    text: '증명서 발급 신청서 (가족관계등록부)\n신청인: 권태호 (주민등록번호 821019-1919283)\n대상자: 권하린 (자녀, 주민등록번호 150923-4089401)\n증명서 종류: 가족관계증명서(상세) 1통, 기본증명서(일반) 1통\n용도: 보육료 지원 신청\n수수료: 2,000원',
    pii: [
      ['PERSON', '권태호'],
      ['RRN', '821019-1919283'],
      ['PERSON', '권하린'],
      ['RRN', '150923-4089401'],
    ],
  },
  {
    text: '무배당 건강보험 가입설계서 (예시)\n피보험자: 40세 / 남 / 사무직\n주계약: 일반사망 1,000만원\n특약: 암진단비 3,000만원 / 뇌혈관질환진단비 1,000만원 / 입원일당 3만원\n월 보험료: 87,420원 (20년납 100세 만기)\n설계번호: PL-2025-0419-3381\n본 설계서는 보험계약의 이해를 돕기 위한 예시입니다.',
    pii: [],
  },
  {
    text: 'RESUME\nHannah Yoo\nhannah.yoo.pm@gmail.com | +82 10 7720 3154\nSeoul, South Korea\nEXPERIENCE\nProduct Manager, Coupang (2021.03 - present)\n - Led checkout redesign, +4.2% conversion\nAssociate PM, Kakao (2018.07 - 2021.02)',
    pii: [
      ['PERSON', 'Hannah Yoo'],
      ['EMAIL', 'hannah.yoo.pm@gmail.com'],
      ['PHONE', '+82 10 7720 3154'],
    ],
  },
  {
    text: '출고지시서 No. OUT-250522-017\n출고일: 2025-05-22 / 거래처: (주)그린마트 물류센터\n| 품목코드 | 품명 | 수량 | 로트 |\n| GM-2041 | 생수 2L x6 | 120 | L250418 |\n| GM-3307 | 김 도시락 10봉 | 80 | L250502 |\n| GM-1180 | 이온음료 500ml x20 | 45 | L250430 |\n차량: 5톤 윙바디 / 도착예정 16:00',
    pii: [],
  },
  {
    text: '교통사고 피해자 진료 안내\n사고접수번호: 20250611-2287\n피해자: 석지민 (010-6612-4093)\n가해차량: 서울 82사 4471\n지급보증 병원: 분당서울대병원 / 환자번호 40218836\n치료비 지급보증서 발송 완료 (팩스)',
    pii: [
      ['PERSON', '석지민'],
      ['PHONE', '010-6612-4093'],
      ['VEHICLE_PLATE', '서울 82사 4471'],
      ['MEDICAL_RECORD', '40218836'],
    ],
  },
  {
    text: '고객: 안녕하세요 다음주 화요일에 타이어 교체 예약 가능할까요? 차는 그랜저 IG고 번호 201소 8836이에요\n상담원: 네 고객님, 화요일 오전 10시 가능합니다. 성함과 연락처 부탁드립니다.\n고객: 민재경이고요 010-4513-2287입니다\n상담원: 예약 완료되었습니다. 타이어 4본 교체 예상금액은 72만원입니다.',
    pii: [
      ['VEHICLE_PLATE', '201소 8836'],
      ['PERSON', '민재경'],
      ['PHONE', '010-4513-2287'],
    ],
  },
  {
    text: '[하나투어] 예약 확정 안내\n예약번호: HT25061803992\n상품: 다낭/호이안 4박 6일 (노쇼핑)\n출발: 2025.08.02 (토) 21:40 인천 → 다낭 VJ961\n여행자 명단\n1. 곽민서 / KWAK MINSEO / 여권 M38127704 / 1987.04.12\n2. 곽도윤 / KWAK DOYUN / 여권 M51930286 / 2016.09.30\n계약금 결제카드: 하나 BC 9442-5099-9525-4015\n잔금 결제기한: 2025.07.18 / 잔금 2,170,000원',
    pii: [
      ['PERSON', '곽민서'],
      ['PERSON', 'KWAK MINSEO'],
      ['PASSPORT', 'M38127704'],
      ['DATE_OF_BIRTH', '1987.04.12'],
      ['PERSON', '곽도윤'],
      ['PERSON', 'KWAK DOYUN'],
      ['PASSPORT', 'M51930286'],
      ['DATE_OF_BIRTH', '2016.09.30'],
      ['CREDIT_CARD', '9442-5099-9525-4015'],
    ],
  },
  {
    text: '해외송금 신청서 (OUTWARD REMITTANCE)\n송금인: 표은서 / 서울특별시 종로구 자하문로12길 8, 2층 / 010-5017-2283\nBeneficiary Name: Lukas Schneider\nBeneficiary IBAN: DE52 7605 0000 1013 5829 46\nSWIFT/BIC: SSKNDE77XXX\nAmount: EUR 3,200.00\nPurpose: 유학생 생활비 (Living expenses)',
    pii: [
      ['PERSON', '표은서'],
      ['ADDRESS', '서울특별시 종로구 자하문로12길 8, 2층'],
      ['PHONE', '010-5017-2283'],
      ['PERSON', 'Lukas Schneider'],
      ['IBAN', 'DE52 7605 0000 1013 5829 46'],
    ],
  },
  {
    text: '파리 숙소 보증금 환불 건 (Reservation BK-PAR-77415)\n호스트분이 보내주신 환불 계좌 정보 전달드립니다.\nTitulaire: Camille Laurent\nIBAN: FR5830004028370001044917386\nBIC: BNPAFRPPXXX\n환불 금액: EUR 450.00 (청소비 80유로 공제)',
    pii: [
      ['PERSON', 'Camille Laurent'],
      ['IBAN', 'FR5830004028370001044917386'],
    ],
  },
  {
    text: '가맹점 가입신청서\n상호: 주식회사 온결\n사업자등록번호: 778-81-40332\n법인등록번호: 110111-6784030\n대표자: 엄태준 / 생년월일 1979.02.14\n정산계좌: 국민은행 027401-04-118825\n담당자: 반지수 대리 010-8820-1174 / jisu.ban@ongyeol.co.kr\n업종: 소프트웨어 개발 및 공급 / 월 예상매출 45,000,000원',
    pii: [
      ['BRN', '778-81-40332'],
      ['CRN', '110111-6784030'],
      ['PERSON', '엄태준'],
      ['DATE_OF_BIRTH', '1979.02.14'],
      ['BANK_ACCOUNT', '027401-04-118825'],
      ['PERSON', '반지수'],
      ['PHONE', '010-8820-1174'],
      ['EMAIL', 'jisu.ban@ongyeol.co.kr'],
    ],
  },
  {
    text: '전자세금계산서\n승인번호: 20250430-41000012-58827730\n공급자 등록번호: 524-12-39829 | 상호: 청솔인쇄 | 성명: 하경민\n공급받는자 등록번호: 559-12-04568 | 상호: 마루디자인 | 성명: 송지우\n작성일자: 2025-04-30\n품목: 리플렛 A4 양면 3,000부 / 공급가액 1,350,000 / 세액 135,000\n합계금액: 1,485,000원 (청구)',
    pii: [
      ['BRN', '524-12-39829'],
      ['PERSON', '하경민'],
      ['BRN', '559-12-04568'],
      ['PERSON', '송지우'],
    ],
  },
  {
    text: '[관리사무소 공지] 승강기 정기점검 안내\n일시: 2025년 6월 10일(화) 10:00~15:00\n대상: 101동~104동 전 승강기 (동별 순차 점검)\n점검 중에는 승강기 운행이 약 30분씩 중단됩니다.\n택배 수령 및 이사 일정은 사전에 조정 부탁드립니다.\n문의: 관리사무소 (내선 100)',
    pii: [],
  },
  {
    text: '진료비 계산서·영수증 [외래]\n환자등록번호: 10284417 | 환자성명: 엄다솜 | 진료기간: 2025-05-08\n진료과: 피부과 | 야간(공휴일)진료: 해당없음\n진찰료 17,610 / 검사료 8,200 / 주사료 4,310 / 처치 및 수술료 22,000\n진료비 총액 52,120원 | 공단부담 36,484 | 환자부담 15,636\n카드 승인: 26118840 (BC카드)',
    pii: [
      ['MEDICAL_RECORD', '10284417'],
      ['PERSON', '엄다솜'],
    ],
  },
  {
    text: '제목: [입사 서류] 제출 부탁드립니다 - 인사팀\n안녕하세요 신동하님, 합류를 환영합니다.\n아래 서류를 6/20(금)까지 yunseo.na@withbridge.kr 로 회신 부탁드립니다.\n- 주민등록등본 1부 (주민번호 뒷자리 마스킹 가능)\n- 급여 이체 통장 사본\n- 졸업증명서\n담당: 인사팀 나윤서 (02-6952-4418)',
    pii: [
      ['PERSON', '신동하'],
      ['EMAIL', 'yunseo.na@withbridge.kr'],
      ['PERSON', '나윤서'],
      ['PHONE', '02-6952-4418'],
    ],
  },
  {
    text: '// PG 결제 실패 webhook payload (디버깅용, 마스킹 누락 건)\n{"event":"payment.failed","orderNo":"A250521-00913","amount":64000,"currency":"KRW","card":{"number":"6233681964061108","expiry":"0826","holder":"LIU WEI"},"buyer":{"email":"liuwei.sh@163.com","tel":"+86 138 1047 2296"},"failCode":"CARD_LIMIT_EXCEEDED"}',
    pii: [
      ['CREDIT_CARD', '6233681964061108'],
      ['CARD_EXPIRY', '0826'],
      ['PERSON', 'LIU WEI'],
      ['EMAIL', 'liuwei.sh@163.com'],
      ['PHONE', '+86 138 1047 2296'],
    ],
  },
  {
    text: '자산등록 요청 | 노트북 + 업무폰\n사용자: 도하영 (개발2팀)\n노트북: LG gram 16Z90S / S/N 402NZHN123871 / MAC 7C:8A:E1:4B:22:9F\n업무폰: iPhone 15 / IMEI 862073986657975\n자산번호: IT-2025-0448',
    pii: [
      ['PERSON', '도하영'],
      ['MAC_ADDRESS', '7C:8A:E1:4B:22:9F'],
      ['IMEI', '862073986657975'],
    ],
  },
  {
    text: '인터넷+IPTV 설치 접수 (SK브로드밴드)\n접수번호: SB-2505-118204\n고객명: 변상우\n설치주소: 경상남도 창원시 성산구 중앙대로 151, 창원더시티세븐자이 305동 902호\n설치희망일: 05/27 오후\n연락처: 055-271-4839 / 010-3974-0026\n상품: 기가라이트 500M + B tv 스탠다드 (3년 약정)\n공유기 MAC: 00-1E-C2-9A-33-F4',
    pii: [
      ['PERSON', '변상우'],
      ['ADDRESS', '경상남도 창원시 성산구 중앙대로 151, 창원더시티세븐자이 305동 902호'],
      ['PHONE', '055-271-4839'],
      ['PHONE', '010-3974-0026'],
      ['MAC_ADDRESS', '00-1E-C2-9A-33-F4'],
    ],
  },
  {
    text: '전입신고서\n세대주: 성민호 (750709-1430309)\n전 주소: 경기도 고양시 일산동구 정발산로 24, 103동 1101호\n새 주소: 서울특별시 은평구 진관2로 29-14, 705동 301호\n전입자: 성민호 외 2명\n전입일: 2025.03.29',
    pii: [
      ['PERSON', '성민호'],
      ['RRN', '750709-1430309'],
      ['ADDRESS', '경기도 고양시 일산동구 정발산로 24, 103동 1101호'],
      ['ADDRESS', '서울특별시 은평구 진관2로 29-14, 705동 301호'],
      ['PERSON', '성민호'],
    ],
  },
  {
    text: '감사합니다.\n\nKevin Oh | 오경빈\nSenior Account Manager, APAC\nHanbit Solutions\nM +82 10-9188-4402 | D +82 2 729 3318\nkevin.oh@hanbit-sol.com',
    pii: [
      ['PERSON', 'Kevin Oh'],
      ['PERSON', '오경빈'],
      ['PHONE', '+82 10-9188-4402'],
      ['PHONE', '+82 2 729 3318'],
      ['EMAIL', 'kevin.oh@hanbit-sol.com'],
    ],
  },
  {
    text: '[우리은행] 직장인 신용대출 금리 안내 (2025.05 기준)\n- 대출한도: 최대 1억 5천만원\n- 금리: 연 4.12% ~ 6.85% (변동, 6개월 CD 연동)\n- 우대금리: 급여이체 0.3%p, 카드실적 0.2%p\n- 상담: 1588-5000 / 영업점\n예) 3,000만원 12개월 만기일시상환 시 월 이자 약 110,250원',
    pii: [],
  },
  {
    text: '리콜 시정조치 통지서\n차량소유자: 길현수 귀하\n차대번호: KNAGR41DXNA092715\n차량번호: 64러 2051\n결함내용: 전자제어 유압장치(HECU) 내부 합선에 따른 화재 가능성\n시정방법: HECU 퓨즈 교체 (약 30분 소요)\n시정기간: 2025.04.01 ~ 2026.03.31',
    pii: [
      ['PERSON', '길현수'],
      ['VIN', 'KNAGR41DXNA092715'],
      ['VEHICLE_PLATE', '64러 2051'],
    ],
  },
  {
    text: '자동차 양도증명서\n양도인: 피승현 / 주민번호 670421-1891958 / 010-2209-7481\n양수인: 모지원 / 주민번호 990930-2247325\n자동차등록번호: 47오 9912\n차대번호: KMHD841C3JU337908\n매매금액: 12,500,000원 / 잔금일 2025.06.05',
    pii: [
      ['PERSON', '피승현'],
      ['RRN', '670421-1891958'],
      ['PHONE', '010-2209-7481'],
      ['PERSON', '모지원'],
      ['RRN', '990930-2247325'],
      ['VEHICLE_PLATE', '47오 9912'],
      ['VIN', 'KMHD841C3JU337908'],
    ],
  },
  {
    text: '[상담이력] 2025-05-20 15:42 / 상담사 A3317\n고객: 봉수진 / 본인확인 완료 (생년월일 881117)\n문의: 해외결제 차단 해제 요청 (일본 여행 예정 6/1~6/5)\n처리: 해외결제 허용 설정 (기간 05/31~06/07), 카드번호 끝 4자리 5423\n추가: 연락처 변경 010-1123-4587 → 010-5530-2916',
    pii: [
      ['PERSON', '봉수진'],
      ['DATE_OF_BIRTH', '881117'],
      ['PHONE', '010-1123-4587'],
      ['PHONE', '010-5530-2916'],
    ],
  },
  {
    text: 'Home visit note — 방문간호\nClient: Mrs. Grace Lim (MRN 7702194)\nAddress: 서울특별시 동작구 상도로 369, 107동 503호\nWound: sacral pressure injury stage 2, 3x2cm, granulating\nDressing: foam dressing changed, next visit Thu\nCaregiver: son (David Lim) 010-4498-0215',
    pii: [
      ['PERSON', 'Grace Lim'],
      ['MEDICAL_RECORD', '7702194'],
      ['ADDRESS', '서울특별시 동작구 상도로 369, 107동 503호'],
      ['PERSON', 'David Lim'],
      ['PHONE', '010-4498-0215'],
    ],
  },
  {
    text: '[쿠팡] 고객님의 상품이 배송완료 되었습니다.\n상품명: 정관장 홍삼정 에브리타임 30포\n배송완료: 05/21 14:08\n배송위치: 문 앞\n운송장번호: 362841902215',
    pii: [],
  },
  {
    text: 'Claim form — 미국 거주 부모님 진료비\nPatient: Young Ja Kang\nMedicare Number: 5TQ9-HA2-RW81\nDOB: 09/02/1948\nAddress: 3450 Wilshire Blvd Apt 1108, Los Angeles, CA 90010\nPhone: (213) 386-2209\nProvider: Good Samaritan Hospital / Date of service 04/15/2025',
    pii: [
      ['PERSON', 'Young Ja Kang'],
      ['HEALTH_INSURANCE', '5TQ9-HA2-RW81'],
      ['DATE_OF_BIRTH', '09/02/1948'],
      ['ADDRESS', '3450 Wilshire Blvd Apt 1108, Los Angeles, CA 90010'],
      ['PHONE', '(213) 386-2209'],
    ],
  },
  {
    text: '유학생 GP 등록 확인서 (IHS 납부 완료)\nPatient name: Seojin Ahn\nNHS Number: 724 319 6586\nGP Practice: Marylebone Health Centre\nRegistered: 12 Sep 2024\nHome address: Flat 3, 18 Gloucester Place, London NW1 6BX',
    pii: [
      ['PERSON', 'Seojin Ahn'],
      ['HEALTH_INSURANCE', '724 319 6586'],
      ['ADDRESS', 'Flat 3, 18 Gloucester Place, London NW1 6BX'],
    ],
  },
  {
    text: '[약제부 공지] 와파린 복용 환자 병용주의 약물 업데이트\n- 아미오다론: INR 상승, 와파린 용량 30~50% 감량 고려\n- 플루코나졸: INR 상승 위험, 병용 시 주 2회 INR 모니터링\n- 리팜핀: INR 감소, 병용 중단 후 2주간 추적\n적용일: 2025.06.01 / 문의 약제부 내선 2417',
    pii: [],
  },
  {
    text: '발신: 롯데카드 채권관리팀\n수신: 목현진 고객님 (서울특별시 관악구 관악로 145, 119동 207호)\n결제일(2025.05.14) 미납금액 312,480원이 연체 중입니다.\n5월 28일까지 미납 시 신용평가사에 연체정보가 등록될 수 있습니다.\n납부: 결제계좌 자동출금 재청구 또는 고객센터 1588-8100',
    pii: [
      ['PERSON', '목현진'],
      ['ADDRESS', '서울특별시 관악구 관악로 145, 119동 207호'],
    ],
  },
  {
    text: 'GET /api/v2/users/me 응답 (QA 환경)\n{"status":200,"data":{"userId":"u_88213405","loginId":"sunny_0614","nickname":"써니","phone":"01072884410","birth":"1997-06-14","addr":{"zip":"06236","road":"서울특별시 강남구 역삼로 412, 108동 1101호"},"marketingAgree":false}}',
    pii: [
      ['USERNAME', 'sunny_0614'],
      ['PHONE', '01072884410'],
      ['DATE_OF_BIRTH', '1997-06-14'],
      ['ADDRESS', '서울특별시 강남구 역삼로 412, 108동 1101호'],
    ],
  },
  {
    text: '거래처코드,상호,사업자번호,대표자,담당자연락처\nV-0101,(주)동해수산,573-81-28918,여상훈,010-6628-1043\nV-0102,제일상회,319-01-40640,태미경,010-3317-9926\nV-0107,(주)한결유통,129-86-26324,소진우,010-8054-2371',
    pii: [
      ['BRN', '573-81-28918'],
      ['PERSON', '여상훈'],
      ['PHONE', '010-6628-1043'],
      ['BRN', '319-01-40640'],
      ['PERSON', '태미경'],
      ['PHONE', '010-3317-9926'],
      ['BRN', '129-86-26324'],
      ['PERSON', '소진우'],
      ['PHONE', '010-8054-2371'],
    ],
  },
  {
    text: '직장가입자 자격취득 신고서\n사업장관리번호: 21081234560\n성명: 육지현 / 주민등록번호 941202-2894079\n자격취득일: 2025-04-01 / 월 보수액: 3,100,000원\n피부양자: 육시우 (자녀) / 주민등록번호 210517-3482916',
    pii: [
      ['PERSON', '육지현'],
      ['RRN', '941202-2894079'],
      ['PERSON', '육시우'],
      ['RRN', '210517-3482916'],
    ],
  },
  {
    text: 'JIRA OPS-2291 | Priority: High\nSummary: Batch job "settlement-daily" failed on prod-batch-02\nError: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.\nImpact: 가맹점 정산 파일 생성 지연 (약 1,240건)\nWorkaround: 수동 재실행 (job id 20250519-0300-77) 완료 06:12\nNext: pool size 조정 PR #4481 리뷰 요청',
    pii: [],
  },
  {
    text: '진료의뢰서\n환자: 제갈윤호 (M/34) / 등록번호 55102873\n의뢰기관: 하나로내과의원 → 회신기관: 고려대 안암병원 소화기내과\n의뢰사유: 건강검진 위내시경상 위체부 대만부 2cm 크기 궤양성 병변, 조직검사 결과 adenocarcinoma 의심\n첨부: 내시경 사진 CD 1매, 조직검사 결과지\n의뢰의사: 김나연',
    pii: [
      ['PERSON', '제갈윤호'],
      ['MEDICAL_RECORD', '55102873'],
      ['PERSON', '김나연'],
    ],
  },
  {
    text: '반품 접수 완료 안내\n주문번호 1000238841270 / 상품: 무선 청소기 V12 (1개)\n회수지: 대구광역시 수성구 동대구로 84, 101동 2703호 (받는분 전소연 010-9115-2384)\n회수예정일: 05/24(토)\n환불 예정금액: 689,000원 (카드 취소)',
    pii: [
      ['ADDRESS', '대구광역시 수성구 동대구로 84, 101동 2703호'],
      ['PERSON', '전소연'],
      ['PHONE', '010-9115-2384'],
    ],
  },
  {
    text: 'GUEST REGISTRATION CARD\nName: Tanaka Yuki\nNationality: JAPAN  Passport No.: TK4829173\nDate of Birth: 1992-02-19\nAddress: 3-14-7 Nishi-Azabu, Minato-ku, Tokyo 106-0031\nE-mail: yuki.tanaka.0219@docomo.ne.jp\nRoom: 1412 / Arrival 2025-04-03 / Departure 2025-04-06\nCredit card: JCB 3595 3962 1109 9715  exp 11/28',
    pii: [
      ['PERSON', 'Tanaka Yuki'],
      ['PASSPORT', 'TK4829173'],
      ['DATE_OF_BIRTH', '1992-02-19'],
      ['ADDRESS', '3-14-7 Nishi-Azabu, Minato-ku, Tokyo 106-0031'],
      ['EMAIL', 'yuki.tanaka.0219@docomo.ne.jp'],
      ['CREDIT_CARD', '3595 3962 1109 9715'],
      ['CARD_EXPIRY', '11/28'],
    ],
  },
  {
    text: '[총무] 사원증 재발급 처리 현황 (5월 3주차)\n| 사번 | 부서 | 사유 | 상태 |\n| A20193 | 인프라팀 | 분실 | 발급완료 |\n| B20411 | 마케팅팀 | 파손 | 제작중 |\n| A21877 | 재무팀 | 사진변경 | 접수 |\n수령: 본관 1층 안내데스크 (평일 09~18시)',
    pii: [],
  },
  {
    text: '치과 진료기록 | 차트번호 D-20481\n환자: 노은채 (F/29)\n#36 근관치료 2차 (CC, 근관확대 #25/.06), 임시충전\n#47 교합면 우식 - 레진 충전 예정\n다음 내원: 06/04 14:30 (#36 근관충전)',
    pii: [
      ['MEDICAL_RECORD', 'D-20481'],
      ['PERSON', '노은채'],
    ],
  },
  {
    text: '수익자 변경 신청서\n계약자/피보험자: 함정우 (600808-1911626)\n변경 전 사망보험금 수익자: 법정상속인\n변경 후 수익자: 함수빈 (자녀) / 연락처 010-7302-5518\n증권번호: 0012849301\n신청일: 2025.05.02',
    pii: [
      ['PERSON', '함정우'],
      ['RRN', '600808-1911626'],
      ['PERSON', '함수빈'],
      ['PHONE', '010-7302-5518'],
    ],
  },
  {
    text: '분실/도난 단말 신고 접수\n명의자: 위성훈 / 회선 010-9934-1205\n모델: iPhone 14 Pro (A2890)\nIMEI: 352683204180258\nICCID: 8982301384598881071\n조치: 회선 일시정지, 단말 분실 등록 (KAIT 공유)',
    pii: [
      ['PERSON', '위성훈'],
      ['PHONE', '010-9934-1205'],
      ['IMEI', '352683204180258'],
      ['ICCID', '8982301384598881071'],
    ],
  },
  {
    text: '○○시 보건소\n수신: 수신자 참조\n제목: 2025년 국가예방접종 위탁의료기관 정산 서류 제출 요청\n1. 귀 기관의 무궁한 발전을 기원합니다.\n2. 2025년 1분기 예방접종 비용 정산을 위하여 붙임 서식을 작성하시어 4월 25일까지 제출하여 주시기 바랍니다.\n붙임: 정산서류 서식 1부. 끝.\n담당: 감염병관리팀 주무관 소하윤 (031-8045-3372, hayoon.so@korea.kr)',
    pii: [
      ['PERSON', '소하윤'],
      ['PHONE', '031-8045-3372'],
      ['EMAIL', 'hayoon.so@korea.kr'],
    ],
  },
  {
    text: '이사 견적서 | 튼튼이사\n고객: 마동훈 님 / 010-2851-7740\n출발지: 서울특별시 성북구 보문로 168, 104동 805호 (엘리베이터 O)\n도착지: 경기도 하남시 미사강변대로 95, 1203동 1502호 (엘리베이터 O)\n이사일: 2025.06.28 (토) 포장이사 5톤 1대, 인원 4명\n견적금액: 1,650,000원 (VAT 별도)',
    pii: [
      ['PERSON', '마동훈'],
      ['PHONE', '010-2851-7740'],
      ['ADDRESS', '서울특별시 성북구 보문로 168, 104동 805호'],
      ['ADDRESS', '경기도 하남시 미사강변대로 95, 1203동 1502호'],
    ],
  },
  {
    text: 'May 21 04:12:07 KR-SEL-CORE01 %LINK-3-UPDOWN: Interface TenGigE0/0/0/3, changed state to down\nMay 21 04:12:07 KR-SEL-CORE01 %BGP-5-ADJCHANGE: neighbor 112.175.96.14 Down - Interface flap\nMay 21 04:12:39 KR-SEL-CORE01 %LINK-3-UPDOWN: Interface TenGigE0/0/0/3, changed state to up\nMay 21 04:13:02 KR-SEL-CORE01 %BGP-5-ADJCHANGE: neighbor 112.175.96.14 Up',
    pii: [
      ['IP_ADDRESS', '112.175.96.14'],
      ['IP_ADDRESS', '112.175.96.14'],
    ],
  },
  {
    text: '[로그인 이력] 최근 3회\n2025-05-20 21:14 | 모바일 앱 | 223.38.91.205 | 성공\n2025-05-19 08:02 | PC 웹 | 2001:e60:8734:1c2:9d4e:11a3:5f02:7b61 | 성공\n2025-05-18 23:47 | PC 웹 | 45.142.212.61 | 실패 (비밀번호 오류)',
    pii: [
      ['IP_ADDRESS', '223.38.91.205'],
      ['IP_ADDRESS', '2001:e60:8734:1c2:9d4e:11a3:5f02:7b61'],
      ['IP_ADDRESS', '45.142.212.61'],
    ],
  },
  {
    text: '법인 회선 일괄 신청서\n법인명: 주식회사 새벽물류\n법인등록번호: 134811-3429257\n사업자등록번호: 670-88-92118\n신청 회선: 25회선 (업무용 5G 요금제)\n담당자: 류성민 팀장 / 010-4402-8816 / sm.ryu@saebyeok-log.com\n청구지: 본사 총무팀',
    pii: [
      ['CRN', '134811-3429257'],
      ['BRN', '670-88-92118'],
      ['PERSON', '류성민'],
      ['PHONE', '010-4402-8816'],
      ['EMAIL', 'sm.ryu@saebyeok-log.com'],
    ],
  },
  {
    text: '해외여행자보험 청구 (휴대품 손해)\n피보험자: 도예린 / 여권번호 M482K1093\n사고: 2025.04.12 바르셀로나 Sagrada Familia 인근에서 가방 도난\n경찰신고번호 (Denuncia): 08-2025-114872\n피해품: 노트북 (MacBook Air M2, 구입가 1,690,000원), 선글라스\n보험금 수령계좌: 케이뱅크 100-187-420396',
    pii: [
      ['PERSON', '도예린'],
      ['PASSPORT', 'M482K1093'],
      ['BANK_ACCOUNT', '100-187-420396'],
    ],
  },
  {
    text: '[롯데택배]\n운송장 2584-4471-0926\n받는분: 김*진 / 010-****-3381\n주소: 경기 용인시 수지구 (이하 생략)\n상품: 건강식품 1\n도착점: 용인수지 / 분류 B-14-2',
    pii: [],
  },
  {
    text: 'Employment Contract (근로계약서) - summary\nEmployee: Maria Santos (마리아 산토스)\nARC No. (외국인등록번호): 910214-6507606\nPosition: English Instructor / Salary KRW 2,800,000 per month\nHousing: 경기도 수원시 팔달구 매산로 25, 305호 (provided by employer)\nContact: 010-8297-3410 / maria.santos.teach@gmail.com\nStart date: 2025-03-01 (1-year term)',
    pii: [
      ['PERSON', 'Maria Santos'],
      ['PERSON', '마리아 산토스'],
      ['FRN', '910214-6507606'],
      ['ADDRESS', '경기도 수원시 팔달구 매산로 25, 305호'],
      ['PHONE', '010-8297-3410'],
      ['EMAIL', 'maria.santos.teach@gmail.com'],
    ],
  },
  {
    text: '판금/도장 견적서\n차종: 쏘렌토 MQ4 / 색상 스노우화이트펄(SWP)\n작업: 앞범퍼 교환 (부품번호 86511-P2000) 412,000 / 도장 280,000\n     우측 헤드램프 교환 (92102-P2110) 685,000\n공임: 220,000 / 부가세 159,700\n합계: 1,756,700원\n※ 견적 유효기간 14일',
    pii: [],
  },
  {
    text: 'Payment details (재예약 결제용) — 전화로 불러주신 내용 메모\ncard: 3713 485534 71735 (AMEX)\nexp 04/29, CID 7721\nname on card: HYEJIN SHIN\nbilling zip 06035',
    pii: [
      ['CREDIT_CARD', '3713 485534 71735'],
      ['CARD_EXPIRY', '04/29'],
      ['CARD_CVV', '7721'],
      ['PERSON', 'HYEJIN SHIN'],
    ],
  },
  {
    text: '부동산 임대차계약서 (전세)\n소재지: 서울특별시 광진구 자양로 117, 202동 1603호\n임대인: 심재우 (주민번호 850314-1678402, 010-3380-5517)\n임차인: 옥지아 (주민번호 930416-2791921)\n보증금: 금 삼억이천만원정 (₩320,000,000)\n계약기간: 2025.07.01 ~ 2027.06.30\n중개사무소 등록번호: 11215-2019-00088',
    pii: [
      ['ADDRESS', '서울특별시 광진구 자양로 117, 202동 1603호'],
      ['PERSON', '심재우'],
      ['RRN', '850314-1678402'],
      ['PHONE', '010-3380-5517'],
      ['PERSON', '옥지아'],
      ['RRN', '930416-2791921'],
    ],
  },
  {
    text: '[보안점검 결과] GitHub 공개 저장소 내 자격증명 노출\n- 저장소: mobile-app-legacy (public)\n- 파일: config/firebase.js L12\n- 노출값: AIzaSyD3kR8vQ2mX9pL7tN4wB6cY1zH0jF5gE2s\n- 커밋 작성자 계정: gyuri.yoon (윤규리)\n- 조치: 키 폐기 및 재발급, 저장소 private 전환 (2025-05-22 11:40)',
    pii: [
      ['SECRET', 'AIzaSyD3kR8vQ2mX9pL7tN4wB6cY1zH0jF5gE2s'],
      ['USERNAME', 'gyuri.yoon'],
      ['PERSON', '윤규리'],
    ],
  },
  {
    text: '~/.aws/credentials 내용 (신규 입사자 노트북 세팅 때 복사한 것, 오늘 중 폐기)\n[default]\naws_access_key_id = AKIA4QX7M2LR9TZ3KB6N\naws_secret_access_key = kX9pT3vR7wQ2mL8nB4cY6zH1jF5gD0sA3eK7uP2i\nregion = ap-northeast-2',
    pii: [
      ['SECRET', 'AKIA4QX7M2LR9TZ3KB6N'],
      ['SECRET', 'kX9pT3vR7wQ2mL8nB4cY6zH1jF5gD0sA3eK7uP2i'],
    ],
  },
  {
    text: '출생신고서\n자녀 성명: 남다온 (南多溫) / 성별: 여\n출생일시: 2025년 4월 18일 03시 27분\n부: 남기훈 (870225-1808411)\n모: 이소정 (910708-2491161)\n등록기준지 및 주소: 경기도 김포시 김포한강9로 76, 한강신도시 반도유보라 6차 608동 1204호\n신고인: 부',
    pii: [
      ['PERSON', '남다온'],
      ['DATE_OF_BIRTH', '2025년 4월 18일'],
      ['PERSON', '남기훈'],
      ['RRN', '870225-1808411'],
      ['PERSON', '이소정'],
      ['RRN', '910708-2491161'],
      ['ADDRESS', '경기도 김포시 김포한강9로 76, 한강신도시 반도유보라 6차 608동 1204호'],
    ],
  },
];
