// Korean documents for round 10, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const koreanRoundTenDocumentsB: readonly IndependentText[] = [
  {
    text: '대인배상 지급보증 통보 (병원 제출용)\n사고접수: 2506-0318-7742 / 사고일시 2025.06.01 18:20\n피해자 성명 편승호, 연락처 010-2287-6150\n상대차량(가해): 인천 31바 6214 (개인택시)\n입원 의료기관: 인천성모병원 정형외과 - 병록번호 22075193\n보증범위: 치료비 전액 (책임+종합), 상급병실료 차액 제외',
    pii: [
      ['PERSON', '편승호'],
      ['PHONE', '010-2287-6150'],
      ['VEHICLE_PLATE', '인천 31바 6214'],
      ['MEDICAL_RECORD', '22075193'],
    ],
  },
  {
    text: '[노랑풍선] 예약이 확정되었습니다\n예약코드: YB2506-447102\n상품명: [얼리버드] 북해도 3박4일 노보리베츠 료칸 1박 포함\n출발: 2025.09.13(토) 09:05 인천 → 신치토세 KE765\n대표예약자: 탁서윤 님\n| No | 한글명 | 영문명(여권) | 여권번호 | 생년월일 |\n| 1 | 탁서윤 | TAK SEOYUN | M492K1083 | 1990-11-02 |\n| 2 | 남궁현 | NAMGUNG HYUN | M20774519 | 1988-03-27 |\n결제카드: 삼성 5310-7624-0081-3399 (3개월 무이자)\n1인 요금 1,389,000원 (유류할증료 포함) / 잔금 마감 2025.08.14',
    pii: [
      ['PERSON', '탁서윤'],
      ['PERSON', '탁서윤'],
      ['PERSON', 'TAK SEOYUN'],
      ['PASSPORT', 'M492K1083'],
      ['DATE_OF_BIRTH', '1990-11-02'],
      ['PERSON', '남궁현'],
      ['PERSON', 'NAMGUNG HYUN'],
      ['PASSPORT', 'M20774519'],
      ['DATE_OF_BIRTH', '1988-03-27'],
      ['CREDIT_CARD', '5310-7624-0081-3399'],
    ],
  },
  {
    text: 'FW: 뮌헨 단기임대 잔금 송금 요청 (Buchung Nr. 2025-MUC-0391)\n집주인(Vermieter)분이 잔금 받을 계좌를 아래처럼 보내왔습니다. 수취인명 움라우트 철자 그대로 입력해 주세요.\nKontoinhaber: Jürgen Weißmüller\nIBAN: DE44 7015 0000 1003 8826 41\nBIC: SSKMDEMMXXX (Stadtsparkasse München)\n송금액: EUR 1.850,00 (보증금 500 EUR은 퇴실 후 반환 예정)',
    pii: [
      ['PERSON', 'Jürgen Weißmüller'],
      ['IBAN', 'DE44 7015 0000 1003 8826 41'],
    ],
  },
  {
    text: '[전자세금계산서 도착 알림]\n(주)온누리푸드에서 발행한 세금계산서가 도착했습니다.\n승인번호: 20250515-10250515-71624093\n공급자: (주)온누리푸드 / 등록번호 214-87-05736 / 대표 표윤상\n공급받는자: 카페 바람결 / 등록번호 307-24-18620 / 대표 빈채원\n작성일자 2025-05-15 · 품목 에티오피아 원두 1kg 외 6건\n공급가액 2,418,000 · 세액 241,800 · 합계 2,659,800원 (영수)\n※ 발신전용 메일입니다. 문의 1544-2020',
    pii: [
      ['BRN', '214-87-05736'],
      ['PERSON', '표윤상'],
      ['BRN', '307-24-18620'],
      ['PERSON', '빈채원'],
    ],
  },
  {
    text: '진료비 계산서·영수증  [ ]입원 [V]외래\n차트번호 2018-04471   성명 국하은   진료일 2025.05.19   진료과 보존과\n급여 본인부담금 21,300 / 비급여(레진충전 2치) 240,000\n납부한 금액 261,300원 (카드 261,300 / 현금 0)\n요양기관기호 11368521 · 사업자 발행 현금영수증 해당없음',
    pii: [
      ['MEDICAL_RECORD', '2018-04471'],
      ['PERSON', '국하은'],
    ],
  },
  {
    text: '// 환불 실패 웹훅 원문 - 로그에 평문으로 남아 있던 건, 보안팀 공유 후 삭제 예정\n{"eventType":"REFUND_FAILED","txId":"T25060211482210417","orderId":"JP-250602-00418","refundAmount":128500,"currency":"KRW","card":{"no":"3541029918447201","validThru":"11/27","owner":"TANAKA YUKI"},"customer":{"mail":"yuki.tanaka88@docomo.ne.jp","phone":"+81 90-4418-2735"},"reason":"ISSUER_DECLINED","retry":2}',
    pii: [
      ['CREDIT_CARD', '3541029918447201'],
      ['CARD_EXPIRY', '11/27'],
      ['PERSON', 'TANAKA YUKI'],
      ['EMAIL', 'yuki.tanaka88@docomo.ne.jp'],
      ['PHONE', '+81 90-4418-2735'],
    ],
  },
  {
    text: 'LG U+ 인터넷 이전설치 접수증\n접수번호 LU-20250603-00872\n가입자명 어진혁\n신규 설치장소 광주광역시 북구 첨단과기로208번길 43, 201동 1203호\n방문희망 6/14(토) 10~12시\n연락처 (자택) 062-973-5108  (휴대) 010-4829-3061\n장비 기가 WiFi 공유기 GAPM-7300 / MAC 9C:53:22:4A:0E:B7 (회수 후 재설치)\n약정 기존 약정 승계, 잔여 14개월',
    pii: [
      ['PERSON', '어진혁'],
      ['ADDRESS', '광주광역시 북구 첨단과기로208번길 43, 201동 1203호'],
      ['PHONE', '062-973-5108'],
      ['PHONE', '010-4829-3061'],
      ['MAC_ADDRESS', '9C:53:22:4A:0E:B7'],
    ],
  },
  {
    text: '견적 검토 후 회신 부탁드립니다.\n\nBest regards,\nGrace Park (박서연)\nRegional Procurement Lead | 구매전략팀\nDaeil Mechatronics Co., Ltd.\nT. +82-31-8039-2274   M. +82-10-3316-9820\ngrace.park@daeil-mecha.co.kr',
    pii: [
      ['PERSON', 'Grace Park'],
      ['PERSON', '박서연'],
      ['PHONE', '+82-31-8039-2274'],
      ['PHONE', '+82-10-3316-9820'],
      ['EMAIL', 'grace.park@daeil-mecha.co.kr'],
    ],
  },
  {
    text: '무상수리(보증연장) 안내문\n도재훈 고객님 귀하\n귀하께서 소유하신 차량(차대번호 KMHLM41C7PA218406, 등록번호 153도 7729)은 ISG 시스템 관련 부품 점검 대상입니다.\n내용: 스타터 제너레이터 배선 커넥터 점검 후 필요시 교환 (약 1시간)\n대상기간: 2025.06.16부터 (보증기간 10년/16만km로 연장)\n가까운 블루핸즈 또는 직영서비스센터에 예약 후 방문하시기 바랍니다.',
    pii: [
      ['PERSON', '도재훈'],
      ['VIN', 'KMHLM41C7PA218406'],
      ['VEHICLE_PLATE', '153도 7729'],
    ],
  },
  {
    text: '[CS메모] 2025-06-03 10:17 / 상담원 #2281 (2차 이관)\n고객 제갈윤아 - 본인인증: 생년월일 950208 + 휴대폰 인증 완료\n요청: 자동이체 출금일 변경(25일→10일), 종이청구서 중단\n처리: 출금일 변경 접수, 다음 청구분(7월)부터 반영 / 모바일 청구서 전환\n연락처 갱신 010-2094-7735 -> 010-6183-0472 (기존 번호 해지됨)',
    pii: [
      ['PERSON', '제갈윤아'],
      ['DATE_OF_BIRTH', '950208'],
      ['PHONE', '010-2094-7735'],
      ['PHONE', '010-6183-0472'],
    ],
  },
  {
    text: '[컬리] 샛별배송이 완료되었어요\n주문번호 2506031204117\n상품: 유기농 바나나 1.2kg 외 2건\n배송완료 06/04 06:41\n배송 사진이 등록되었습니다. 앱 > 주문내역에서 확인해 주세요.',
    pii: [],
  },
  {
    text: 'OSHC 가입 확인서 (호주 학생비자 서류 첨부용)\nMember: Minjae Yoo\nMembership No.: 48827130\nCover type: Single, 01 Feb 2025 - 15 Mar 2027\nInsurer: Bupa Australia (Overseas Student Health Cover)\nResidential address: Unit 12, 88 Waymouth Street, Adelaide SA 5000',
    pii: [
      ['PERSON', 'Minjae Yoo'],
      ['HEALTH_INSURANCE', '48827130'],
      ['ADDRESS', 'Unit 12, 88 Waymouth Street, Adelaide SA 5000'],
    ],
  },
  {
    text: '발신: KT 미납관리센터\n수신: 용태식 고객님\n부산광역시 해운대구 좌동순환로 99, 1204동 803호\n2025년 4월분 통신요금 87,340원이 납기일(05.20)까지 납부되지 않았습니다.\n6월 2일까지 미납 시 발신 정지 후 직권해지 절차가 진행될 수 있습니다.\n납부 방법: 가상계좌 입금, 마이케이티 앱, 또는 국번없이 100',
    pii: [
      ['PERSON', '용태식'],
      ['ADDRESS', '부산광역시 해운대구 좌동순환로 99, 1204동 803호'],
    ],
  },
  {
    text: '협력사 등록 현황 (2025.05 말 기준)\n코드\t업체명\t사업자등록번호\t대표\t휴대전화\n S-2201\t성진정밀\t138-05-19420\t남주원\t010-7261-0934\n S-2204\t(주)대한코팅\t121-81-14076\t석민경\t010-2518-4467\n S-2210\t우진금형\t605-27-03380\t육태현\t010-9903-5172',
    pii: [
      ['BRN', '138-05-19420'],
      ['PERSON', '남주원'],
      ['PHONE', '010-7261-0934'],
      ['BRN', '121-81-14076'],
      ['PERSON', '석민경'],
      ['PHONE', '010-2518-4467'],
      ['BRN', '605-27-03380'],
      ['PERSON', '육태현'],
      ['PHONE', '010-9903-5172'],
    ],
  },
  {
    text: "[Sentry] New issue in order-api (production)\nTypeError: Cannot read properties of undefined (reading 'couponId')\n  at applyCoupon (src/services/coupon.ts:214:31)\nEvents 3,812 / Users 1,097 (최근 1시간)\nRelease order-api@2.18.4\n원인 추정: 2.18.4 배포 시 쿠폰 스키마 마이그레이션 누락 → 2.18.3 롤백 14:27 완료\n후속: 핫픽스 MR !1932 리뷰 중",
    pii: [],
  },
  {
    text: '교환 접수가 완료되었습니다\n주문번호 20250530-0048172 / 상품: 러닝화 젤카야노 31 (270 → 275 교환)\n회수 및 재발송지: 전북특별자치도 전주시 완산구 효자로 225, 108동 1502호\n받는분: 반예린 (010-7743-2158)\n회수 기사 방문: 06/05(목) 예정 · 교환 배송비 무료(사이즈 교환 1회)',
    pii: [
      ['ADDRESS', '전북특별자치도 전주시 완산구 효자로 225, 108동 1502호'],
      ['PERSON', '반예린'],
      ['PHONE', '010-7743-2158'],
    ],
  },
  {
    text: '[IT지원] 노트북 교체 일정 (6월 1주차)\n| 자산번호 | 부서 | 신규 모델 | 교체일 |\n| NB-22-0148 | 영업1팀 | LG gram 16Z90S | 06/02 |\n| NB-21-0993 | 품질보증팀 | ThinkPad T14 Gen5 | 06/03 |\n| NB-22-0311 | 법무팀 | LG gram 16Z90S | 06/05 |\n기존 장비는 교체 당일 충전기 포함 반납 (본관 4층 IT헬프데스크, 내선 2400)',
    pii: [],
  },
  {
    text: '보험금 청구서 (실손의료비)\n피보험자: 표다인 (주민등록번호 170923-4308511) / 미성년\n청구인(법정대리인): 표석준, 관계 부, 휴대폰 010-5582-0931\n청구접수번호: C25060411873\n사고(발병)일: 2025.05.26 / 진단명: 급성 중이염\n청구금액: 48,700원 (영수증 3매 첨부)\n보험금 수령: 기존 등록 계좌',
    pii: [
      ['PERSON', '표다인'],
      ['RRN', '170923-4308511'],
      ['PERSON', '표석준'],
      ['PHONE', '010-5582-0931'],
    ],
  },
  {
    text: '○○교육지원청\n수신  관내 초·중학교장\n(경유)\n제목  2025학년도 1학기 방과후학교 운영 실적 제출 안내\n1. 관련: 교육지원과-4471(2025.05.22.)\n2. 1학기 방과후학교 운영 실적을 붙임 서식에 따라 작성하여 6월 20일(금)까지 업무관리시스템으로 제출하여 주시기 바랍니다.\n붙임  운영 실적 보고 서식 1부.  끝.\n주무관 마서진 / 전화 031-640-2813 / seojin.ma@goe.go.kr / 부분공개(6)',
    pii: [
      ['PERSON', '마서진'],
      ['PHONE', '031-640-2813'],
      ['EMAIL', 'seojin.ma@goe.go.kr'],
    ],
  },
  {
    text: 'Jun  2 22:41:55 gw-pangyo-01 rpd[2214]: BGP_IO_ERROR_CLOSE_SESSION: BGP peer 61.78.44.201 (External AS 4766): Error event Operation timed out(60) for I/O session - closing it\nJun  2 22:41:55 gw-pangyo-01 rpd[2214]: bgp_peer_close: peer 61.78.44.201 (External AS 4766) state Established -> Idle\nJun  2 22:43:10 gw-pangyo-01 rpd[2214]: RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer 61.78.44.201 (External AS 4766) changed state from OpenConfirm to Established (event RecvKeepAlive)',
    pii: [
      ['IP_ADDRESS', '61.78.44.201'],
      ['IP_ADDRESS', '61.78.44.201'],
      ['IP_ADDRESS', '61.78.44.201'],
    ],
  },
  {
    text: '법인카드 신규 발급 신청서\n법인명: 주식회사 한빛테크놀로지스\n법인등록번호 110111-6483020\n사업자등록번호 220-81-29518\n신청: 개인형 법인카드 12매 (카드별 월 한도 300만원)\n결제계좌: 기등록 법인 주거래계좌 / 결제일 매월 14일\n실무담당: 재무팀 선우지한 과장, 010-3847-2209, jihan.sunwoo@hanbit-tech.co.kr\n카드 수령처: 본사 재무팀',
    pii: [
      ['CRN', '110111-6483020'],
      ['BRN', '220-81-29518'],
      ['PERSON', '선우지한'],
      ['PHONE', '010-3847-2209'],
      ['EMAIL', 'jihan.sunwoo@hanbit-tech.co.kr'],
    ],
  },
  {
    text: 'CJ대한통운   6891-2047-3315\n받는분 이*경   010-****-7702\n서울 송파구 올림픽로 *** (상세주소 비공개)\n보내는분 (주)자연담은  고객센터 1577-1287\n품명 제주 노지감귤 5kg x1\nP4-21-07  송파B  2/2',
    pii: [],
  },
  {
    text: '정비 견적서 (블루핸즈 ○○점)\n차종: 아반떼 CN7 1.6 가솔린 / 주행거리 68,412km\n1. 엔진오일+필터 교환 (26300-35505) 78,000\n2. 앞 브레이크 패드 교환 (58101-AAA30) 96,000\n3. 타이어 4본 (금호 마제스티9 225/45R17) 620,000\n공임 85,000 / 부가세 87,900\n합계 966,900원\n※ 부품 재고에 따라 입고 후 1~2일 소요될 수 있음',
    pii: [],
  },
  {
    text: '주택임대차표준계약서 (월세)\n소재지: 인천광역시 연수구 컨벤시아대로 165, 2503동 1107호\n임대인  성명 황보경진  주민등록번호 721105-1522031  전화 010-6630-2945\n임차인  성명 NGUYEN THI LAN  외국인등록번호 960517-6820044\n보증금 금 일천만원정 (₩10,000,000) / 차임 월 85만원 (매월 25일 지급)\n임대차기간: 2025.07.05 ~ 2027.07.04\n특약: 반려동물 불가, 입주 전 도배 임대인 부담',
    pii: [
      ['ADDRESS', '인천광역시 연수구 컨벤시아대로 165, 2503동 1107호'],
      ['PERSON', '황보경진'],
      ['RRN', '721105-1522031'],
      ['PHONE', '010-6630-2945'],
      ['PERSON', 'NGUYEN THI LAN'],
      ['FRN', '960517-6820044'],
    ],
  },
  {
    text: '# .env.production - 배포서버에서 확인용으로 잠깐 옮겨둔 것, 확인 끝나면 지움 (절대 커밋 X)\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\nSLACK_BOT_TOKEN=xoxb-482913057716-7730418256194-Qm7vT2kXw9RbLp4sZc8NyH3d\nSENDGRID_API_KEY=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\nTZ=Asia/Seoul',
    pii: [
      ['SECRET', 'xoxb-482913057716-7730418256194-Qm7vT2kXw9RbLp4sZc8NyH3d'],
      ['SECRET', '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'],
    ],
  },
];
