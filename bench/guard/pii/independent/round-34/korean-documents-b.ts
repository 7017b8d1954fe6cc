// Korean documents for round 34, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const koreanRoundThirtyFourDocumentsB: readonly IndependentText[] = [
  {
    text: '[IBK기업은행] 거래내역조회   조회기간 2025-06-01 ~ 2025-06-30   출력일시 2025-07-01 09:12:44\n계좌번호: 012-084761-01-019   예금주: 양수빈   상품명: IBK 급여통장\n거래일시\t적요\t출금\t입금\t잔액\t비고\n2025-06-02 08:41\tCMS 한빛도시가스\t39,440\t\t2,118,302\t납부자번호 0601228714\n2025-06-05 13:20\t타행이체\t\t500,000\t2,618,302\t송금인 양정숙\n2025-06-10 00:05\t급여 (주)다온테크\t\t3,412,800\t6,031,102\t\n2025-06-12 19:33\t체크 쿠팡이츠\t23,900\t\t6,007,202\t승인 60417723\n2025-06-15 10:02\t모바일이체 6월 월세\t650,000\t\t5,357,202\t받는분 차동욱 / 카카오뱅크 3333-18-4407215\n2025-06-25 07:00\t자동이체 삼성화재 자동차보험 (증권 G2024-5518820)\t87,300\t\t5,269,902\t\n2025-06-30 23:59\t예금이자\t\t1,214\t5,271,116\t원천징수 186\nIBK 고객센터 1566-2566 / 본 내역은 참고용이며 법적 효력이 없습니다.',
    pii: [
      ['BANK_ACCOUNT', '012-084761-01-019'],
      ['PERSON', '양수빈'],
      ['PERSON', '양정숙'],
      ['PERSON', '차동욱'],
      ['BANK_ACCOUNT', '3333-18-4407215'],
    ],
  },
  {
    text: "SURGICAL PATHOLOGY REPORT          병리번호 S25-018842\nPatient: 표은서 (F/58)   등록번호 40728163   DOB 1967-02-09\n진료과/의뢰의: 유방외과 / 탁현수   병동 71W-12   접수 2025-07-08   보고 2025-07-11\nSpecimen: A. Breast, left, 2 o'clock, core needle biopsy (3 cores)  B. Lymph node, left axillary, FNA\nBlock/Slide: A1–A3, B1 / IHC Lot: ER SP1 #G15882, PR 1E2 #G16024, HER2 4B5 #H01337\nDiagnosis:\n A. Invasive ductal carcinoma, NOS, histologic grade 2 (Nottingham score 6/9)\n    ER positive (Allred 8/8), PR positive (Allred 6/8), HER2 1+ (negative), Ki-67 18%\n B. No metastatic carcinoma identified (0/1)\n병리의: 국윤아 M.D., Ph.D. (전자서명 2025-07-11 16:20)\n병리과 판독실 02-3410-2790 / 재검 요청 시 병리번호 기재",
    pii: [
      ['PERSON', '표은서'],
      ['MEDICAL_RECORD', '40728163'],
      ['DATE_OF_BIRTH', '1967-02-09'],
      ['PERSON', '탁현수'],
      ['PERSON', '국윤아'],
    ],
  },
  {
    text: "[LG U+] 2025년 8월 요금제 개편 안내\n- 5G 프리미어 레귤러 (코드 LPZ1000207) 월 95,000원 → 89,000원 (2025.08.01부)\n- 5G 심플+ (LPZ1000315) 데이터 31GB → 36GB\n- 청소년 요금제 (만 18세 이하, 2007.01.01 이후 출생자) 가입 시 월 5,500원 추가 할인\n- 기존 약정 고객: 잔여기간 중 요금제 변경 시 위약금 면제 (~2025.09.30)\n- 해외 로밍 '로밍패스 5GB' (코드 RPS050) 29,000원\n유의: 단말 할부원금 1,155,000원 기준 24개월 월 52,710원 (연 5.9%)\n문의: 고객센터 국번없이 114 / 1544-0010 / 분실신고 080-019-7000",
    pii: [],
  },
  {
    text: '[번역 메모] HMRC에서 온 편지 요약 — 정하늘 (영국 YMS 비자)\nNational Insurance number: JT 48 17 26 B\nAddress: Flat 3, 27 Holloway Road, London N7 8JG\nMobile: +44 7812 440 935\nEmployer: Green Lane Bakery Ltd, PAYE ref 120/P8821, Accounts Office ref 120PX00418273\nTax code 1257L M1 / Pay period 03 (paid 2025-06-05) / Gross pay £1,842.50 / NI contributions £66.20\nBank for refund: Monzo, sort code 04-00-04, account 31827465\nHMRC helpline 0300 200 3300 (Mon–Fri 8am–6pm) / Reference P800/2025/0417',
    pii: [
      ['PERSON', '정하늘'],
      ['UK_NINO', 'JT 48 17 26 B'],
      ['ADDRESS', 'Flat 3, 27 Holloway Road, London N7 8JG'],
      ['PHONE', '+44 7812 440 935'],
      ['BANK_ACCOUNT', '31827465'],
    ],
  },
  {
    text: "캐나다 워홀 세금 정리 (T4 2024 슬립 PDF 복사본)\nEmployer's name: Maple Harbour Cafe Ltd. / Business Number 10511 8462 RT0001\nEmployee: SONG, MINSEO\nSocial insurance number: 431 684 570\nEmployee's address: 1205-788 Hamilton St, Vancouver BC V6B 2R7\nBox 14 Employment income 28,412.77 | Box 16 CPP 1,482.15 | Box 18 EI 467.06 | Box 22 Income tax deducted 2,903.40\nBox 24 EI insurable earnings 28,412.77 | Box 26 CPP pensionable earnings 28,412.77 | Box 52 0.00\nCRA 문의 1-800-959-8281 / 한국 연락처 010-4452-8619 (민서)",
    pii: [
      ['PERSON', 'SONG, MINSEO'],
      ['CA_SIN', '431 684 570'],
      ['ADDRESS', '1205-788 Hamilton St, Vancouver BC V6B 2R7'],
      ['PHONE', '010-4452-8619'],
      ['PERSON', '민서'],
    ],
  },
  {
    text: '[세무사 사무소 입력용] 2024 Form 1040 (MFJ) — 고객 파일 #T24-0381\nTaxpayer: Daniel J. Kang / SSN 521-47-8830 / DOB 04/17/1982\nSpouse: Eunji Kang / ITIN 912-78-4163\nAddress: 4410 Wilshire Blvd Apt 1207, Los Angeles, CA 90010\nW-2 #1: Employer EIN 95-4827310, Control # 00418AB, Box 1 wages $118,420.00, Box 2 federal tax $17,803.12\n1099-INT: Hanmi Bank, Payer TIN 95-3366117, interest $842.19\nDependent: Kang, Lucas (DOB 09/02/2016)\nRefund: direct deposit, routing 122000661, account 7281940375 (checking)\nPreparer PTIN P01827734 / 사무실 (213) 385-7711 / e-file 접수번호 2025-0415-88213',
    pii: [
      ['PERSON', 'Daniel J. Kang'],
      ['US_SSN', '521-47-8830'],
      ['DATE_OF_BIRTH', '04/17/1982'],
      ['PERSON', 'Eunji Kang'],
      ['US_ITIN', '912-78-4163'],
      ['ADDRESS', '4410 Wilshire Blvd Apt 1207, Los Angeles, CA 90010'],
      ['PERSON', 'Kang, Lucas'],
      ['DATE_OF_BIRTH', '09/02/2016'],
      ['BANK_ACCOUNT', '7281940375'],
    ],
  },
  {
    text: '자동차 양도증명서 (양도인·양수인 직접거래용)\n자동차등록번호: 157더 4628\n차종: 쏘렌토 MQ4 2.5T 4WD / 차대번호 KNAPH81B1NA127845 / 원동기형식 G4KP / 최초등록일 2022-03-15\n주행거리 52,418km / 매매금액 31,500,000원 / 잔금일 2025-07-22\n양도인(매도인): 유상훈 / 생년월일 1973.06.18 / 주소 인천광역시 연수구 컨벤시아대로 165, 102동 3101호 / 연락처 010-8120-4476\n양수인(매수인): 길다현 / 주민등록번호 860228-2814784 / 주소 경기도 고양시 일산동구 중앙로1275번길 38-10, 5층 / 연락처 010-3859-0721\n압류·저당 조회: 없음 (조회번호 2507-2214-9981)\n이전등록 관할: 인천광역시 차량등록사업소 (032-440-2500) / 취득세 2,205,000원',
    pii: [
      ['VEHICLE_PLATE', '157더 4628'],
      ['VIN', 'KNAPH81B1NA127845'],
      ['PERSON', '유상훈'],
      ['DATE_OF_BIRTH', '1973.06.18'],
      ['ADDRESS', '인천광역시 연수구 컨벤시아대로 165, 102동 3101호'],
      ['PHONE', '010-8120-4476'],
      ['PERSON', '길다현'],
      ['RRN', '860228-2814784'],
      ['ADDRESS', '경기도 고양시 일산동구 중앙로1275번길 38-10, 5층'],
      ['PHONE', '010-3859-0721'],
    ],
  },
  {
    text: '주정차위반 과태료 납부 영수증 (납부자 보관용)\n고지번호 2025-0715-서초-004418 / 전자납부번호 11650-1-25-07-0044182\n위반일시 2025.07.03 14:27 / 위반장소 서초대로77길 강남역 11번 출구 앞 / 단속장비 CCTV 고정형 SC-118\n차량번호 62수 **07 (개인정보 보호를 위해 일부 가림)\n과태료 40,000원 → 의견진술기한 내 자진납부 20% 감경 32,000원\n납부일시 2025.07.18 09:51 / 수납기관 농협 / 수납 가상계좌 790-0118-4420-53 (서초구청 세입징수관)\n승인번호 0718-551902 / 문의 서초구청 주차관리과 02-2155-7270 / 위택스 1577-5700',
    pii: [],
  },
  {
    text: '[SK텔레콤 대리점 개통 확인서]   대리점코드 D411827 / 판매자 코드 S0938\n가입유형: 번호이동 (KT→SKT) / 가입번호 7109-2238-4471 / 개통일시 2025-07-19 15:47\n가입자: 설주원 / 생년월일 1999.03.04\n개통번호: 010-6183-2740\nUSIM 일련번호(ICCID): 8982110052891871674\n단말기: iPhone 16 Pro 256GB (A3293) / IMEI 355284070399739\nEID 89049032007008882600081452710394 (eSIM 미사용)\n요금제: 5GX 프라임 (NA00007794) / 부가: T우주 / 공시지원금 500,000원 / 할부 24개월\n본인확인: 신분증 진위확인 OK (확인번호 48120937)\n가입자 이메일: juwon.seol@kakao.com\n고객센터 국번없이 114 / 1599-0011',
    pii: [
      ['PERSON', '설주원'],
      ['DATE_OF_BIRTH', '1999.03.04'],
      ['PHONE', '010-6183-2740'],
      ['ICCID', '8982110052891871674'],
      ['IMEI', '355284070399739'],
      ['EMAIL', 'juwon.seol@kakao.com'],
    ],
  },
  {
    text: '넷코어네트웍스 RMA 신청서   Case #RMA-250722-0093   접수 2025-07-22\n신청자: 방지호 (개인 구매, 스마트스토어 주문번호 2025061855310229)\n이메일: jiho.bang.home@gmail.com / 휴대폰 010-7720-5318\n제품: NC-AX5400 Wi-Fi 6 공유기 / HW rev. B2 / S/N NCX54B2250317744\nWAN MAC 70:5D:CC:4A:91:E3 / LAN MAC 70:5D:CC:4A:91:E2\n펌웨어 v1.1.0.68_2.0.32 (2025-05-30 빌드) / 증상: 5GHz 대역 30분마다 끊김, LED 주황 점멸\n초기화 전 설정 메모: SSID jiho_5G / WPA2 키 Bang!0719home\n부품번호 PCB-AX54-B2 / 교체 판정 시 리퍼 S/N은 발송 메일로 안내\n기술지원 1670-4470 / support@netcore.co.kr / 수리센터 경기도 군포시 엘에스로 143, 4층',
    pii: [
      ['PERSON', '방지호'],
      ['EMAIL', 'jiho.bang.home@gmail.com'],
      ['PHONE', '010-7720-5318'],
      ['MAC_ADDRESS', '70:5D:CC:4A:91:E3'],
      ['MAC_ADDRESS', '70:5D:CC:4A:91:E2'],
      ['PASSWORD', 'Bang!0719home'],
    ],
  },
  {
    text: '보안관제 분석요청 #SOC-2507-118 — /var/log/nginx/access.log 발췌 (app build 2025.07.21.3, nginx/1.26.2)\n175.223.14.209 - - [23/Jul/2025:03:11:52 +0900] "POST /member/login.do HTTP/1.1" 302 0 "-" "python-requests/2.32.3" rt=0.084 uid=mkoh1987 req=9c41e7d2b0\n175.223.14.209 - - [23/Jul/2025:03:11:53 +0900] "GET /member/login.do?returnUrl=%2Fmypage&id=mkoh1987&pw=Koh%401987 HTTP/1.1" 200 5121 "-" "python-requests/2.32.3" rt=0.051\n175.223.14.209 - - [23/Jul/2025:03:11:55 +0900] "GET /api/v1/orders?page=1&size=50 HTTP/1.1" 200 18422 "-" "python-requests/2.32.3" auth="Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJta29oMTk4NyIsInNpZCI6ImE4MWYyYyIsImlhdCI6MTc1MzIwNzkxMywiZXhwIjoxNzUzMjExNTEzfQ.sl1T-e8kTFwHGl93EzucWpKeqTN9UGZTBw60VhpEDpu"\n조치: WAF 룰 942100 적용, 세션 강제만료, 로그 보존기간 180일 / 담당 보안팀 내선 7012',
    pii: [
      ['IP_ADDRESS', '175.223.14.209'],
      ['USERNAME', 'mkoh1987'],
      ['IP_ADDRESS', '175.223.14.209'],
      ['USERNAME', 'mkoh1987'],
      ['PASSWORD', 'Koh%401987'],
      ['IP_ADDRESS', '175.223.14.209'],
      [
        'SECRET',
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJta29oMTk4NyIsInNpZCI6ImE4MWYyYyIsImlhdCI6MTc1MzIwNzkxMywiZXhwIjoxNzUzMjExNTEzfQ.sl1T-e8kTFwHGl93EzucWpKeqTN9UGZTBw60VhpEDpu',
      ],
    ],
  },
  {
    text: '2025년 7월 2주차 일용근로자 노무비 지급명세서 (현장: 평택 고덕 A-12BL 신축공사, 현장코드 PT-A12-0325)\nNo\t성명\t주민(외국인)등록번호\t공종\t출역일수\t일당\t지급액\t은행\t계좌번호\n1\t변성철\t730618-1119714\t철근\t6\t210,000\t1,260,000\t농협\t351-0827-4419-13\n2\t어경희\t690927-2976267\t형틀보조\t5\t175,000\t875,000\t국민\t604201-04-318827\n3\tDANG VAN HOA\t010825-7970713\t비계\t6\t190,000\t1,140,000\t우리\t1002-771-284016\n4\t표준호\t990304-1811350\t신호수\t4\t160,000\t640,000\t카카오뱅크\t3333-24-9917302\n합계\t\t\t\t21\t\t3,915,000\n※ 일용근로소득 원천징수: (일당 - 150,000) × 6% × 45% / 지급일 2025-07-15 / 현장사무소 031-8094-2210',
    pii: [
      ['PERSON', '변성철'],
      ['RRN', '730618-1119714'],
      ['BANK_ACCOUNT', '351-0827-4419-13'],
      ['PERSON', '어경희'],
      ['RRN', '690927-2976267'],
      ['BANK_ACCOUNT', '604201-04-318827'],
      ['PERSON', 'DANG VAN HOA'],
      ['FRN', '010825-7970713'],
      ['BANK_ACCOUNT', '1002-771-284016'],
      ['PERSON', '표준호'],
      ['RRN', '990304-1811350'],
      ['BANK_ACCOUNT', '3333-24-9917302'],
    ],
  },
  {
    text: '[이천 3센터] 재고 현황 리포트  출력 2025-07-24 06:00  (WMS v4.8.2)\nSKU\t품명\tLOT\t제조일\t유통기한\t로케이션\t가용\t보류\n8801043015127\t컵라면 매운맛 12입\tL250611A\t2025-06-11\t2026-01-10\tA-03-12-2\t1,840\t0\n8801115114154\t우유 1L (냉장)\t250719-3\t2025-07-19\t2025-07-31\tC-01-04-1\t612\t48\n8809421550380\t세탁세제 리필 2.1L\tLT2507B02\t2025-07-02\t2028-07-01\tB-11-07-3\t3,205\t120\n8806358402716\t생수 2L×6\tW0715K\t2025-07-15\t2027-01-14\tD-20-01-1\t9,480\t0\n입고예정: ASN 500318822 (2025-07-25 08:00, 도크 3) / 출고 웨이브 W-0724-07 / 센터 상황실 031-645-9700',
    pii: [],
  },
  {
    text: '국민건강보험공단 일반건강검진 결과통보서\n검진기관: 한마음365의원 (기관기호 31208854) / 검진일 2025-06-27 / 발송일 2025-07-09\n수검자: 석정민 / 생년월일 1969.09.27 / 건강보험증번호 71429380651\n신장 171.2cm / 체중 78.4kg / BMI 26.7 / 허리둘레 91cm\n혈압 138/86 mmHg / 공복혈당 112 mg/dL / 총콜레스테롤 226 / HDL 41 / 중성지방 188 / LDL 147\nAST 31 / ALT 44 / γ-GTP 72 / 혈색소 15.1 g/dL / eGFR 88\n판정: 일반질환 의심 (이상지질혈증), 고혈압 전단계 — 2차 확인검사 대상 아님\n판정의사: 남기석 (면허번호 71288)\n공단 고객센터 1577-1000 / 검진 예약 031-206-3650',
    pii: [
      ['PERSON', '석정민'],
      ['DATE_OF_BIRTH', '1969.09.27'],
      ['HEALTH_INSURANCE', '71429380651'],
      ['PERSON', '남기석'],
    ],
  },
  {
    text: '【予約確認書 / 예약확인서】 ホテルミナモ博多\n予約番号: 73920418   確認コード: HKT-QM52   予約日 2025/07/20\n宿泊者名: CHO MINHYUK 様 (외 1명)\nチェックイン 2025/09/12 15:00 / チェックアウト 2025/09/15 11:00 (3泊)\n客室: スーペリアツイン 禁煙 (STW-NS) ×1 / 大人2名\nパスポート番号: M47206815 (체크인 시 사본 제출)\n메일: mh.cho.travel@outlook.com\n보증 카드: JCB 3568 1679 9708 5142 / 有効期限 2027年03月\n料金: ¥18,600 × 3泊 = ¥55,800 (税・サービス料込) + 入湯税 ¥150 × 2名 × 3泊\nホテル代表 092-281-6300 / 福岡市博多区博多駅前3-26-29',
    pii: [
      ['PERSON', 'CHO MINHYUK'],
      ['PASSPORT', 'M47206815'],
      ['EMAIL', 'mh.cho.travel@outlook.com'],
      ['CREDIT_CARD', '3568 1679 9708 5142'],
      ['CARD_EXPIRY', '2027年03月'],
    ],
  },
  {
    text: '[비용정산 첨부] 권세아 싱가포르 주재원 사택 가구 구입\nTAX INVOICE   INV-SG-25-07714   Date: 21 Jul 2025\nLumio Home Pte. Ltd. (UEN 201834127K, GST Reg. M90371244X)\n60 Paya Lebar Road, #08-45 Paya Lebar Square, Singapore 409051 / +65 6634 2210 / orders@lumiohome.sg\nBill to / Deliver to: Kwon Se-ah\nBlk 512 Bedok North Ave 2, #09-318, Singapore 460512\nMobile: +65 9176 4428\nItem\tSKU\tQty\tAmount\nErgonomic chair\tEC-220-BK\t1\tS$489.00\nDesk lamp\tDL-07-WH\t2\tS$118.00\nSubtotal S$607.00 / GST 9% S$54.63 / Total S$661.63 / Paid via PayNow Ref PN250721-3318',
    pii: [
      ['PERSON', '권세아'],
      ['PERSON', 'Kwon Se-ah'],
      ['ADDRESS', 'Blk 512 Bedok North Ave 2, #09-318, Singapore 460512'],
      ['PHONE', '+65 9176 4428'],
    ],
  },
  {
    text: '용역계약서 (Consultant Agreement) 부속서 A — 인적사항\n계약번호 DAON-IN-2025-014 / 계약기간 2025-08-01 ~ 2026-01-31 / 월 USD 4,200 (SAC 998314)\nConsultant: Priya Raghavan\nPassport No.: Z5829174 (Republic of India, valid until 2032-04-10)\nResidential address: Flat 1102, Tower B, Prestige Shantiniketan, Whitefield, Bengaluru 560048, Karnataka\nMobile: +91 98450 37261 / E-mail: priya.raghavan.dev@gmail.com\nPayment: HDFC Bank, A/c 50100417382915, IFSC HDFC0000523\nCompany: Daon Tech Co., Ltd. (Bengaluru liaison GSTIN 29AAHCD4127L1ZQ) / legal@daontech.co.kr / +82 2-6952-0400',
    pii: [
      ['PERSON', 'Priya Raghavan'],
      ['PASSPORT', 'Z5829174'],
      ['ADDRESS', 'Flat 1102, Tower B, Prestige Shantiniketan, Whitefield, Bengaluru 560048, Karnataka'],
      ['PHONE', '+91 98450 37261'],
      ['EMAIL', 'priya.raghavan.dev@gmail.com'],
      ['BANK_ACCOUNT', '50100417382915'],
    ],
  },
  {
    text: '2025년 6월분 관리비 고지서 — 광교호수마을 관리사무소\n주소: 경기도 수원시 영통구 광교호수로 152, 208동 1403호 / 세대주: 연주희\n관리번호 2081403 / 전용면적 84.97㎡ / 부과기간 2025.06.01~06.30\n일반관리비 48,210 / 청소비 17,300 / 경비비 39,880 / 승강기유지비 6,120 / 장기수선충당금 25,490\n전기 312kWh (계량기 EL-208-1403) 58,770 / 수도 14㎥ 19,180 / 난방 1.8Gcal 18,450\n당월 합계 233,400원 / 미납 0 / 납기 2025.07.25 (납기 후 연체료 2%)\n자동이체 출금계좌: 하나은행 218-910337-46107\n관리사무소 031-213-4580 / 수납 가상계좌 기업은행 560-008913-04-011 (관리주체 명의)',
    pii: [
      ['ADDRESS', '경기도 수원시 영통구 광교호수로 152, 208동 1403호'],
      ['PERSON', '연주희'],
      ['BANK_ACCOUNT', '218-910337-46107'],
    ],
  },
  {
    text: 'Commercial Invoice No. KB-BR-250718 / 수출신고번호 41257-25-0318846X\nExporter: (주)코스모라 / 인천광역시 연수구 송도과학로 32, 송도테크노파크 IT센터 S동 1201호 / +82 32-858-4100\nConsignee: Beleza Coreana Comércio Ltda. (CNPJ 34.518.227/0001-60), Av. Paulista 1842, cj. 155, São Paulo - SP, 01310-200, Brasil / +55 11 3251-7740\nPagamento antecipado: IBAN BR4949746158519966666485740P1 (conta da empresa importadora)\nHS 3304.99 / NCM 3304.99.90 / 120 units K-Serum 50ml (Lot 25G14A, Exp 2027-06) / FOB USD 1,860.00 / 중량 14.2kg\nAWB 045-48127736 (LATAM Cargo) / 선적일 2025-07-21 / Incoterms FCA ICN',
    pii: [],
  },
  {
    text: '2026학년도 ○○대학교 편입학 필기시험 고사장 안내\n- 시험일시: 2025. 12. 27.(토) 10:00 (입실완료 09:30)\n- 수험번호 2601001 ~ 2601240: 공학관 301~308호 / 2601241 ~ 2601480: 인문관 B101~B108호\n- 좌석배치: 고사실 출입문 게시 (좌석번호 = 수험번호 끝 2자리)\n- 준비물: 수험표, 신분증, 컴퓨터용 사인펜 / 전자기기 반입 금지 (적발 시 부정행위 처리, 규정 제14조)\n- 합격자 발표: 2026. 1. 16. 14:00 / 등록기간 2026. 1. 19. ~ 1. 21.\n- 문의: 입학처 02-3290-1156 / ipsi@univ.ac.kr / 전형료 환불 계좌는 원서접수 사이트에서 확인',
    pii: [],
  },
  {
    text: '[송금 완료 확인서] 한울글로벌송금 (소액해외송금업 등록 제2019-05호)\n거래번호 HG25072400318 / 수취 확인번호 8317 4420 96 / 처리일시 2025-07-24 16:02\n송금인: 오은택 / 010-5286-1934\n수취인 1: Chinedu Okafor / +234 803 418 2756\n  수취방법: 계좌입금 — Guaranty Trust Bank, NUBAN 0218847315\n  송금액 USD 650.00 → NGN 1,004,575.00 (환율 1,545.50) / 수수료 8,000원\n수취인 2: Wanjiru Kamau / M-Pesa +254 712 508 314 / KES 25,000 (수수료 5,000원)\n송금사유: 가족 생활비 / 연간 누적 송금액 USD 8,410 (한도 USD 50,000)\n고객센터 1600-5521 / cs@hanwool-remit.com',
    pii: [
      ['PERSON', '오은택'],
      ['PHONE', '010-5286-1934'],
      ['PERSON', 'Chinedu Okafor'],
      ['PHONE', '+234 803 418 2756'],
      ['BANK_ACCOUNT', '0218847315'],
      ['PERSON', 'Wanjiru Kamau'],
      ['PHONE', '+254 712 508 314'],
    ],
  },
  {
    text: '호주 워홀 — 렌트 신청서(Rental Application) 제출 내용 정리\nProperty ID 4471-BJ / Weekly rent AUD 670 / Bond 4 weeks AUD 2,680 / Lease start 2025-08-09\nApplicant: 윤세빈 (YOON SEBIN)\nCurrent address: Unit 5, 18 Bondi Road, Bondi Junction NSW 2022\nMobile: +61 412 738 905 / Email: sebin.yoon.au@gmail.com\nDriver licence: NSW 18472953 (exp 2028-03)\nEmployer: Harbour Dumplings Pty Ltd (ABN 51 824 753 556), Level 2, 33 Pitt St, Sydney NSW 2000, ph (02) 9251 4430\nBank for bond refund: CommBank, BSB 062-184, Acc 1047 2293\nReference: Jake Whitfield (previous landlord) 0433 281 607\nAgency: Eastside Realty, 1300 368 512, leasing@eastsiderealty.com.au',
    pii: [
      ['PERSON', '윤세빈'],
      ['PERSON', 'YOON SEBIN'],
      ['ADDRESS', 'Unit 5, 18 Bondi Road, Bondi Junction NSW 2022'],
      ['PHONE', '+61 412 738 905'],
      ['EMAIL', 'sebin.yoon.au@gmail.com'],
      ['DRIVER_LICENSE', '18472953'],
      ['BANK_ACCOUNT', '1047 2293'],
      ['PERSON', 'Jake Whitfield'],
      ['PHONE', '0433 281 607'],
    ],
  },
  {
    text: 'Parte amistoso de accidente — 사고 접수 요약 (마드리드, 2025-07-26 18:40, Calle de Alcalá 214 앞 교차로)\n차량 A (우리 측): 운전자 하민규 / Matrícula 4827 LKP / Seat León 2021 / 보험 Mapfre póliza 0961-2250-883412\n  Tel. +34 612 408 375 / 수리비 환급계좌 IBAN ES0928222900932044595873\n차량 B (상대): Javier Ruiz Montero / Matrícula 9153 KFD / Toyota Corolla\n  Tel. +34 677 215 049 / 보험 Línea Directa (sinistro ref. LD-25-771204)\n경찰 출동: Policía Municipal atestado nº 2025/018834 / 부상자 없음\n보험사 긴급출동 900 122 400 / 차량 A는 본인 소유 (렌터카 아님)',
    pii: [
      ['PERSON', '하민규'],
      ['VEHICLE_PLATE', '4827 LKP'],
      ['PHONE', '+34 612 408 375'],
      ['IBAN', 'ES0928222900932044595873'],
      ['PERSON', 'Javier Ruiz Montero'],
      ['VEHICLE_PLATE', '9153 KFD'],
      ['PHONE', '+34 677 215 049'],
    ],
  },
  {
    text: '[회사 해외출장 의료비 청구용] 서준호 — 뮌헨 출장 중 응급실 진료\nKlinikum Schwabing Notaufnahme · Kölner Platz 1, 80804 München · Tel. 089 3068-0\nRechnung Nr. 2025-118472 / Rechnungsdatum 18.07.2025 / Behandlungstag 15.07.2025\nHerrn Jun-ho Seo, Leopoldstraße 118, 80802 München\nPatient: Seo, Jun-ho · geb. 02.11.1984 · Patienten-Nr. 7300418825\nVersicherung: Techniker Krankenkasse, Versicherten-Nr. S482710593 (Zusatzleistungen privat)\nGOÄ-Ziffer 1 / 5 / 250 / 3550 / 5135 — Faktor 2,3 / Summe EUR 412,87\nBitte überweisen Sie an: Klinikum Schwabing, IBAN DE10108641874924514562, BIC HYVEDEMMXXX, Verwendungszweck 2025-118472',
    pii: [
      ['PERSON', '서준호'],
      ['PERSON', 'Jun-ho Seo'],
      ['ADDRESS', 'Leopoldstraße 118, 80802 München'],
      ['PERSON', 'Seo, Jun-ho'],
      ['DATE_OF_BIRTH', '02.11.1984'],
      ['MEDICAL_RECORD', '7300418825'],
      ['HEALTH_INSURANCE', 'S482710593'],
    ],
  },
  {
    text: '출국만기보험 지급신청서 — 외국인전용보험 지급센터 접수분\n접수번호 EPS-2025-07-40218 / 증권번호 7-2023-0418-55231 (사업장 가입) / 출국예정일 2025-08-02 (PR 467 ICN→MNL)\n피보험자: DELA CRUZ, MARK ANTHONY (필리핀)\n외국인등록번호: 920514-5227920 / 여권번호 P4827163B\n사업장: (주)대광금속 김해공장 / 사업장관리번호 61581090420 / 입사일 2020.11.03\n국내 연락처: 010-3094-6625 / 귀국 후 +63 917 804 2291\n지급계좌(본국): BDO Unibank, Account No. 004810273391 / SWIFT BNORPHMM\n지급예정액: 8,417,200원 (적립금 원리금 기준) / 문의 1588-3500',
    pii: [
      ['PERSON', 'DELA CRUZ, MARK ANTHONY'],
      ['FRN', '920514-5227920'],
      ['PASSPORT', 'P4827163B'],
      ['PHONE', '010-3094-6625'],
      ['PHONE', '+63 917 804 2291'],
      ['BANK_ACCOUNT', '004810273391'],
    ],
  },
];
