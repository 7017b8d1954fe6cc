// Korean documents (forms, notices, slips, logs, signatures), round 6 set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const koreanRoundSixDocumentsB: readonly IndependentText[] = [
  {
    text: '건강보험 자격득실 확인서\n발급번호: 2025-0523-118840-02\n성명: 나윤호 | 주민등록번호: 790225-1183420\n건강보험증번호: 5-1043728815\n가입자 구분: 직장가입자 | 사업장명: (주)대성정밀\n자격취득일: 2019.03.02 | 자격상실일: -\n※ 본 확인서는 발급일로부터 90일간 유효합니다.',
    pii: [
      ['PERSON', '나윤호'],
      ['RRN', '790225-1183420'],
      ['HEALTH_INSURANCE', '5-1043728815'],
    ],
  },
  {
    text: '[입사지원서] 2025 하반기 경력직 채용 – 품질관리(QA)\n지원번호: QA-25H-0417\n성명(한글): 표서연   성명(영문): PYO SEOYEON\n생년월일: 1994년 11월 3일\n휴대전화: 010-2286-9173   이메일: seoyeon.pyo94@naver.com\n현주소: 인천광역시 연수구 컨벤시아대로 165, 102동 1805호\n희망연봉: 회사 내규에 따름\n최종학력: 인하대학교 화학공학과 졸업 (2017.02)',
    pii: [
      ['PERSON', '표서연'],
      ['PERSON', 'PYO SEOYEON'],
      ['DATE_OF_BIRTH', '1994년 11월 3일'],
      ['PHONE', '010-2286-9173'],
      ['EMAIL', 'seoyeon.pyo94@naver.com'],
      ['ADDRESS', '인천광역시 연수구 컨벤시아대로 165, 102동 1805호'],
    ],
  },
  {
    text: '급여이체 계좌 변경 신청서\n사번: 2021-0733 / 소속: 생산2팀 / 성명: 구태민\n변경 전: 우리은행 1002-847-219330\n변경 후: 카카오뱅크 3333-19-4470825 (예금주 본인)\n적용 시작: 2025년 6월 급여분부터\n신청일: 2025. 5. 22.   신청인 구태민 (서명)',
    pii: [
      ['PERSON', '구태민'],
      ['BANK_ACCOUNT', '1002-847-219330'],
      ['BANK_ACCOUNT', '3333-19-4470825'],
      ['PERSON', '구태민'],
    ],
  },
  {
    text: '[대한항공] 운항 스케줄 변경 안내\n예약번호(PNR): 6XKQ2T\n변경 전: KE0657 인천 09:05 → 방콕 13:05 (06/14)\n변경 후: KE0651 인천 18:10 → 방콕 22:05 (06/14)\n좌석 재배정: 34A, 34B (동일 구역)\n변경을 원치 않으시면 출발 72시간 전까지 수수료 없이 환불 가능합니다. 문의 1588-2001',
    pii: [],
  },
  {
    text: '차량 대여 계약서 (제주 공항점)\n계약번호: JJ250607-0382\n임차인: 왕하은 / 010-6093-7718\n운전면허: 11-19-384756-20 (1종 보통)\n제2운전자: 왕재혁 / 면허 28-15-602193-71\n대여차량: 더 뉴 아반떼 CN7 1.6 가솔린 (연료 1/2)\n대여 06/07 10:00 ~ 반납 06/10 10:00 / 요금 198,000원 (자차 완전면책 포함)\n보증카드: 5374-8912-0388-7053 (유효기간 11/28)',
    pii: [
      ['PERSON', '왕하은'],
      ['PHONE', '010-6093-7718'],
      ['DRIVER_LICENSE', '11-19-384756-20'],
      ['PERSON', '왕재혁'],
      ['DRIVER_LICENSE', '28-15-602193-71'],
      ['CREDIT_CARD', '5374-8912-0388-7053'],
      ['CARD_EXPIRY', '11/28'],
    ],
  },
  {
    text: '외국인근로자 고용변동 신고서\n사업장: 한솔금속(주) / 사업자등록번호 217-86-15731 / 법인등록번호 110111-7824067\n근로자 성명: NGUYEN VAN HUNG (응우옌 반 훙)\n외국인등록번호: 960815-5827314\n여권번호: C4718203 (베트남)\n변동사유: 근무처 변경(사업장 이전) / 변동일 2025.05.12\n근로자 연락처: 010-4817-2095',
    pii: [
      ['BRN', '217-86-15731'],
      ['CRN', '110111-7824067'],
      ['PERSON', 'NGUYEN VAN HUNG'],
      ['PERSON', '응우옌 반 훙'],
      ['FRN', '960815-5827314'],
      ['PASSPORT', 'C4718203'],
      ['PHONE', '010-4817-2095'],
    ],
  },
  {
    text: 'May 22 02:17:44 web-prd-03 sshd[20417]: Connection closed by 45.133.172.90 port 51822 [preauth]\nMay 22 02:17:46 web-prd-03 sshd[20419]: Connection closed by 45.133.172.90 port 51840 [preauth]\nMay 22 02:19:03 web-prd-03 sshd[20455]: Accepted publickey for jhkwon from 211.36.142.118 port 60331 ssh2\nMay 22 02:19:03 web-prd-03 sshd[20455]: pam_unix(sshd:session): session opened for user jhkwon(uid=1004) by (uid=0)',
    pii: [
      ['IP_ADDRESS', '45.133.172.90'],
      ['IP_ADDRESS', '45.133.172.90'],
      ['USERNAME', 'jhkwon'],
      ['IP_ADDRESS', '211.36.142.118'],
      ['USERNAME', 'jhkwon'],
    ],
  },
  {
    text: '[KT 대리점] 신규 개통 처리 내역\n개통일시: 2025-05-23 16:20 / 판매점코드: D41187\n가입자: 채은비 (만 17세, 법정대리인 채동현 동의)\n개통번호: 010-7148-3052\n단말: 갤럭시 S25 256GB 아이시블루 / IMEI 356842119047731\nUSIM ICCID: 89823005251044173964\nWi-Fi MAC: 7C:2E:DB:41:9A:03\n요금제: 5G 슬림 14GB / 선택약정 24개월\n법정대리인 연락처: 010-9920-4471',
    pii: [
      ['PERSON', '채은비'],
      ['PERSON', '채동현'],
      ['PHONE', '010-7148-3052'],
      ['IMEI', '356842119047731'],
      ['ICCID', '89823005251044173964'],
      ['MAC_ADDRESS', '7C:2E:DB:41:9A:03'],
      ['PHONE', '010-9920-4471'],
    ],
  },
  {
    text: '해외송금 신청서 (OUTWARD REMITTANCE)\n송금인: 도혜린 / DO HYERIN\n송금인 연락처: 010-3351-6620\n수취인: Jonas Albrecht\n수취은행: ING-DiBa AG, Frankfurt am Main / SWIFT INGDDEFFXXX\n수취계좌(IBAN): DE66500105175418802933\n송금액: EUR 3,200.00 / 송금사유: 유학생 생활비 (거래외국환은행 지정)\n수수료: 전신료 8,000원 + 송금수수료 15,000원',
    pii: [
      ['PERSON', '도혜린'],
      ['PERSON', 'DO HYERIN'],
      ['PHONE', '010-3351-6620'],
      ['PERSON', 'Jonas Albrecht'],
      ['IBAN', 'DE66500105175418802933'],
    ],
  },
  {
    text: '설비 예방보전(PM) 점검 결과 – 2공장 사출라인\n점검일: 2025-05-20 / 점검: 설비보전팀\n| 설비번호 | 모델 | 항목 | 결과 |\n| INJ-07 | LGH-350 | 금형온도 편차 | ±2.1℃ (기준 ±3℃) 양호 |\n| INJ-09 | LGH-450 | 유압 오일 | 교체 필요 (가동 4,820h) |\n| CNV-02 | - | 벨트 장력 | 조정 완료 |\n다음 점검 예정: 2025-06-17\n부품 발주: 유압유 VG46 200L × 2드럼 (PO-25-01833)',
    pii: [],
  },
  {
    text: '-----Original Message-----\nFrom: "Misaki Tanaka" <misaki.tanaka@sakura-denki.co.jp>\nSent: Wednesday, May 21, 2025 5:42 PM\nTo: 해외영업팀 <export@daeil-mtr.co.kr>\nSubject: RE: PO-7713 납기 확인\n\n요청하신 수량 1,200pcs 6/27 출하 가능합니다. 잘 부탁드립니다.\n\n田中 美咲 / Misaki Tanaka\nSakura Denki Co., Ltd. | Direct +81-3-5847-2216 | Mobile +81 90-3318-7742',
    pii: [
      ['PERSON', 'Misaki Tanaka'],
      ['EMAIL', 'misaki.tanaka@sakura-denki.co.jp'],
      ['PERSON', '田中 美咲'],
      ['PERSON', 'Misaki Tanaka'],
      ['PHONE', '+81-3-5847-2216'],
      ['PHONE', '+81 90-3318-7742'],
    ],
  },
  {
    text: 'CJ대한통운 택배 운송장\n운송장번호: 6891-2047-3315\n보내는분: 반수경 010-4412-7730\n   부산광역시 해운대구 좌동순환로 433, 5동 1102호\n받는분: 설민재 010-8826-0194\n   강원특별자치도 춘천시 후석로 420, 102동 604호\n품목: 반찬류(냉장) 1박스 / 운임 4,000원 선불\n배송메모: 부재시 경비실',
    pii: [
      ['PERSON', '반수경'],
      ['PHONE', '010-4412-7730'],
      ['ADDRESS', '부산광역시 해운대구 좌동순환로 433, 5동 1102호'],
      ['PERSON', '설민재'],
      ['PHONE', '010-8826-0194'],
      ['ADDRESS', '강원특별자치도 춘천시 후석로 420, 102동 604호'],
    ],
  },
  {
    text: '진 단 서\n등록번호: 00731948    연번호: 2025-01187\n환자 성명: 어영자   성별: 여   생년월일: 1956년 6월 11일 (만 68세)\n주소: 전북특별자치도 전주시 완산구 홍산로 250, 108동 1207호\n병명: 좌측 대퇴골 경부 골절 (S72.00)\n발병일: 2025년 5월 9일   진단일: 2025년 5월 10일\n향후 치료의견: 인공관절 치환술 후 약 12주간 재활치료를 요함.\n발행일: 2025년 5월 19일   면허번호: 제 88412 호   의사 성명: 변종민 (인)',
    pii: [
      ['MEDICAL_RECORD', '00731948'],
      ['PERSON', '어영자'],
      ['DATE_OF_BIRTH', '1956년 6월 11일'],
      ['ADDRESS', '전북특별자치도 전주시 완산구 홍산로 250, 108동 1207호'],
      ['PERSON', '변종민'],
    ],
  },
  {
    text: '실손의료비 보험금 청구서 (간편청구)\n피보험자: 탁하람 (920304-2415717)\n청구 사유: 질병 통원 / 진료일 2025-05-02, 2025-05-09\n진료기관: 연세정형외과의원 (환자번호 P-0020417)\n청구금액: 87,300원 (영수증 2매 첨부)\n보험금 수령계좌: 신한은행 110-482-771043 / 예금주 탁하람\n청구인 연락처: 010-2279-8035 / 알림 수신: haram.tak@gmail.com',
    pii: [
      ['PERSON', '탁하람'],
      ['RRN', '920304-2415717'],
      ['MEDICAL_RECORD', 'P-0020417'],
      ['BANK_ACCOUNT', '110-482-771043'],
      ['PERSON', '탁하람'],
      ['PHONE', '010-2279-8035'],
      ['EMAIL', 'haram.tak@gmail.com'],
    ],
  },
  {
    text: '[미국 법인 지급용] Form W-9 정보 회신\nName: Jiwoo Baek\nBusiness name: N/A (individual)\nTaxpayer ID (ITIN): 912-78-4406\nAddress: 2840 Wilshire Blvd Apt 512, Los Angeles, CA 90057\nEmail: jiwoo.baek.la@gmail.com\n용역 내용: 2025년 2분기 현지 마켓 리서치 / 인보이스 INV-LA-0092 (USD 4,500.00)',
    pii: [
      ['PERSON', 'Jiwoo Baek'],
      ['US_ITIN', '912-78-4406'],
      ['ADDRESS', '2840 Wilshire Blvd Apt 512, Los Angeles, CA 90057'],
      ['EMAIL', 'jiwoo.baek.la@gmail.com'],
    ],
  },
  {
    text: '[체크인 안내] 경주 한옥스테이 솔담 – 예약번호 HS-4471809\n윤채린 님, 6/14(토) 체크인 안내드립니다.\n- 대문 비밀번호: 2580*\n- 객실: 별채 2호 (2인) / 체크인 15:00, 체크아웃 11:00\n- Wi-Fi: SOLDAM_5G / 비밀번호 soldam0614!!\n- 주차: 사전등록 차량 38무 7215 (골목 입구 공영주차장, 1일 5,000원)\n문의: 호스트 안경준 010-5507-3129',
    pii: [
      ['PERSON', '윤채린'],
      ['PASSWORD', '2580*'],
      ['PASSWORD', 'soldam0614!!'],
      ['VEHICLE_PLATE', '38무 7215'],
      ['PERSON', '안경준'],
      ['PHONE', '010-5507-3129'],
    ],
  },
  {
    text: '[주간 매출 보고] 5월 3주차 (05/12~05/18) – 수도권 직영점\n점포 | 매출(원) | 전주 대비 | 객단가\n강남점 | 84,210,000 | +6.2% | 38,400\n판교점 | 61,775,000 | -1.8% | 41,150\n일산점 | 39,902,500 | +0.4% | 29,870\n합계 185,887,500원 / 목표 달성률 97.3%\n※ 판교점 5/16 POS 장애(2시간)로 카드 매출 일부 5/17 반영',
    pii: [],
  },
  {
    text: '인 사 발 령\n문서번호: 인사-2025-0147 / 시행일자: 2025.06.01\n1. 승진\n - 책임 → 수석: 연구개발본부 배성훈 (사번 1408821)\n - 선임 → 책임: 품질보증팀 Priya Raman (사번 2205314)\n2. 전보\n - 경영지원팀 → 구매팀: 남궁지현 (사번 1911027)\n3. 퇴직: 생산관리팀 육동철 (2025.05.31부)\n대표이사 (직인생략)',
    pii: [
      ['PERSON', '배성훈'],
      ['PERSON', 'Priya Raman'],
      ['PERSON', '남궁지현'],
      ['PERSON', '육동철'],
    ],
  },
  {
    text: '[캐나다 워킹홀리데이] Tax Return 대행 접수\n고객명: 주은찬 / JOO EUNCHAN\nSIN: 527 391 841\n고용주: Maple Leaf Café Ltd. (Vancouver, BC)\nT4 Box 14 고용소득 CAD 28,416.50 / Box 22 원천징수 CAD 2,903.12\n캐나다 주소: 1203-1155 Seymour St, Vancouver, BC V6B 1K2\n환급 예상액: 약 CAD 1,150 (대행수수료 CAD 80 별도)',
    pii: [
      ['PERSON', '주은찬'],
      ['PERSON', 'JOO EUNCHAN'],
      ['CA_SIN', '527 391 841'],
      ['ADDRESS', '1203-1155 Seymour St, Vancouver, BC V6B 1K2'],
    ],
  },
  {
    text: 'PAYSLIP – May 2025\nEmployer: Thames Bio Analytics Ltd\nEmployee: LEE, Hanbyeol   Employee No: 00418\nNI Number: JK 52 73 19 D   Tax code: 1257L\nBasic pay £2,916.67 | Income tax £374.20 | NI £148.53 | Pension (5%) £145.83\nNet pay £2,248.11 paid to A/C ****6621\n(본가 제출용 – 재직 확인 참고자료)',
    pii: [
      ['PERSON', 'LEE, Hanbyeol'],
      ['UK_NINO', 'JK 52 73 19 D'],
    ],
  },
  {
    text: '# .env.production (Slack #dev-ops 채널에 실수로 붙여넣음 – 키 교체 요청함)\nNODE_ENV=production\nDB_HOST=10.20.3.41\nDB_USER=svc_order\nDB_PASSWORD=Qm7!vR2#xLp9\nTOSS_SECRET_KEY=live_sk_Zb3kXyQ9L2mNv7Rw5TpJ8dHc4Fs\nLOG_LEVEL=warn\nPORT=8080',
    pii: [
      ['IP_ADDRESS', '10.20.3.41'],
      ['USERNAME', 'svc_order'],
      ['PASSWORD', 'Qm7!vR2#xLp9'],
      ['SECRET', 'live_sk_Zb3kXyQ9L2mNv7Rw5TpJ8dHc4Fs'],
    ],
  },
  {
    text: '[한국전력공사 ○○지사] 계획정전(작업정전) 안내\n일시: 2025년 6월 3일(화) 09:00 ~ 12:00 (3시간)\n대상: ○○읍 신평리 일원 (신평 D/L #14, 개폐기 SW-2207 이후 구간)\n사유: 노후 전주 교체 및 배전선로 보강 공사\n정전 중 엘리베이터, 양수기 등 사용에 유의하여 주시기 바랍니다.\n문의: 한전 고객센터 123',
    pii: [],
  },
  {
    text: '지 급 명 령 신 청 서\n채권자: 맹준호 (881230-1682041)\n   경기도 고양시 일산동구 정발산로 24, 1402동 803호 / 010-5184-2297\n채무자: 지은석 (560611-1128437)\n   충청남도 천안시 서북구 불당대로 151, 204동 1701호\n청구금액: 금 18,500,000원 및 이에 대한 2024. 11. 1.부터 다 갚는 날까지 연 12%의 비율에 의한 지연손해금\n청구원인: 채권자는 채무자에게 2024. 3. 15. 금 18,500,000원을 변제기 2024. 10. 31.로 정하여 대여하였음.',
    pii: [
      ['PERSON', '맹준호'],
      ['RRN', '881230-1682041'],
      ['ADDRESS', '경기도 고양시 일산동구 정발산로 24, 1402동 803호'],
      ['PHONE', '010-5184-2297'],
      ['PERSON', '지은석'],
      ['RRN', '560611-1128437'],
      ['ADDRESS', '충청남도 천안시 서북구 불당대로 151, 204동 1701호'],
    ],
  },
  {
    text: '2025학년도 현장체험학습 참가 동의서 (회신)\n3학년 2반 14번   학생 성명: 모지후\n보호자 성명: 모상철 (관계: 부)   비상연락처: 010-6640-1738\n학생 알레르기/복용약: 땅콩 알레르기 있음 (에피펜 지참)\n■ 참가 동의함  □ 불참   장소: 국립과천과학관 / 일시: 6월 11일(수)\n2025. 5. 26.   보호자 모상철 (서명)',
    pii: [
      ['PERSON', '모지후'],
      ['PERSON', '모상철'],
      ['PHONE', '010-6640-1738'],
      ['PERSON', '모상철'],
    ],
  },
  {
    text: '[보안점검] 2025 상반기 웹 취약점 진단 결과 요약\n대상: 고객 포털 (portal.example-shop.kr) / 진단 기간 05/12~05/16\n- [상] CVE-2024-38816 Spring Framework path traversal (6.1.12 → 6.1.13 업그레이드 필요)\n- [중] TLS 1.0/1.1 허용 (443/tcp)\n- [하] X-Frame-Options 헤더 누락\n조치 기한: 상 6/2, 중·하 6/30 / 이행점검 예정 7월 1주',
    pii: [],
  },
];
