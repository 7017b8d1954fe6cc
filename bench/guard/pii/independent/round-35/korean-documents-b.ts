// Korean documents for round 35, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const koreanRoundThirtyFiveDocumentsB: readonly IndependentText[] = [
  {
    text:
      'loan.submit_application 호출 인자 (trace 4c1e9a07, model gpt-4o-2024-05-13)\n' +
      '{"product":"SOHO-CR-03","requested_amount":50000000,"term_months":36,"rate_type":"FIXED",\n' +
      ' "applicant":{"name":"채윤희","rrn":"770102-2595394","mobile":"010-3847-1162","home_address":"광주광역시 서구 상무대로 1012, 501동 903호"},\n' +
      ' "business":{"trade_name":"윤희네 반찬가게","brn":"119-27-27241","industry_code":"47219","opened":"2016-04-01"},\n' +
      ' "deposit_account":"국민 473801-01-592047"}\n' +
      '→ 202 Accepted {"application_id":"LN-2406-004417","next_step":"credit_review","eta_hours":48}',
    pii: [
      ['PERSON', '채윤희'],
      ['RRN', '770102-2595394'],
      ['PHONE', '010-3847-1162'],
      ['ADDRESS', '광주광역시 서구 상무대로 1012, 501동 903호'],
      ['BRN', '119-27-27241'],
      ['BANK_ACCOUNT', '473801-01-592047'],
    ],
  },
  {
    text:
      'claims_export_20240610.csv (상위 3행만 표시, 전체 1,284행)\n' +
      'claim_id,policy_no,insured_name,insured_id,accident_dt,diag_code,claim_amt,payee_bank,payee_account,status\n' +
      'C24-061001,SL-2020-3318472,서민지,920727-2652622,2024-05-28,J20.9,126500,농협,352-1184-2093-13,APPROVED\n' +
      'C24-061002,SL-2021-0092716,Nur Aisyah binti Rahman,950611-6720946,2024-05-30,S93.4,412000,우리,1002-448-613920,PENDING_DOCS\n' +
      'C24-061003,SL-2018-5521039,곽태식,730815-1907191,2024-06-01,K29.7,58300,신한,110-336-791045,APPROVED',
    pii: [
      ['HEALTH_INSURANCE', 'SL-2020-3318472'],
      ['PERSON', '서민지'],
      ['RRN', '920727-2652622'],
      ['BANK_ACCOUNT', '352-1184-2093-13'],
      ['HEALTH_INSURANCE', 'SL-2021-0092716'],
      ['PERSON', 'Nur Aisyah binti Rahman'],
      ['FRN', '950611-6720946'],
      ['BANK_ACCOUNT', '1002-448-613920'],
      ['HEALTH_INSURANCE', 'SL-2018-5521039'],
      ['PERSON', '곽태식'],
      ['RRN', '730815-1907191'],
      ['BANK_ACCOUNT', '110-336-791045'],
    ],
  },
  {
    text:
      'GET [base]/Patient/pt-88213 → 200 application/fhir+json (ETag W/"7")\n' +
      '{"resourceType":"Patient","id":"pt-88213","meta":{"versionId":"7","lastUpdated":"2024-06-02T08:14:51Z"},\n' +
      ' "identifier":[{"system":"urn:oid:1.2.410.100001.1","type":{"text":"등록번호"},"value":"00593318"},{"system":"urn:kr:nhis","type":{"text":"건강보험증번호"},"value":"72904518336"}],\n' +
      ' "name":[{"text":"구본희"}],\n' +
      ' "telecom":[{"system":"phone","value":"010-2684-5530","use":"mobile"},{"system":"email","value":"bonhee.koo@gmail.com"}],\n' +
      ' "gender":"female","birthDate":"1963-10-29",\n' +
      ' "address":[{"text":"강원특별자치도 춘천시 퇴계로 143, 2동 406호","postalCode":"24408"}]}',
    pii: [
      ['MEDICAL_RECORD', '00593318'],
      ['HEALTH_INSURANCE', '72904518336'],
      ['PERSON', '구본희'],
      ['PHONE', '010-2684-5530'],
      ['EMAIL', 'bonhee.koo@gmail.com'],
      ['DATE_OF_BIRTH', '1963-10-29'],
      ['ADDRESS', '강원특별자치도 춘천시 퇴계로 143, 2동 406호'],
    ],
  },
  {
    text:
      'Q. 데이터 다 쓰면 속도 제한이 어떻게 되나요? (FAQ-DATA-017, 2024-05 개정)\n' +
      'A. 5GX 레귤러(월 69,000원)는 기본 110GB 소진 후 최대 5Mbps, 5GX 프라임(월 89,000원)은 무제한입니다. 안심옵션 QOS-1M(월 3,300원) 가입 시 1Mbps가 보장됩니다. ' +
      '요금제 변경은 매월 1회 가능하며, 고객센터 114(휴대폰) 또는 1599-0011, 홈페이지 상담(평일 09~18시)에서 접수합니다. 요금제 코드: 5GX_REG_69 / 5GX_PRIME_89.',
    pii: [],
  },
  {
    text:
      'From: Chinedu Okafor <chinedu.okafor@lagosmachinetools.ng>\n' +
      'To: export@daeyang-ind.co.kr\n' +
      'Subject: Re: PO DY-EXP-24-0319 — T/T payment confirmation\n\n' +
      '[자동 번역(영→한)] 담당자님, 발주서 DY-EXP-24-0319(CNC 선반 DL-2500 2대, USD 84,600)의 선급금 30%를 이번 주 금요일에 송금하겠습니다. 문제가 있으면 제 번호 +234 803 418 2276 으로 연락 주세요. 서류는 동료 Funmilayo Adeyemi(+234 812 690 3341)가 처리합니다.\n\n' +
      '[원문] Dear Sir, we will remit the 30% advance for PO DY-EXP-24-0319 this Friday. For any issue call me on +234 803 418 2276. My colleague Funmilayo Adeyemi (+234 812 690 3341) handles the shipping documents.\n' +
      'Regards, Chinedu',
    pii: [
      ['PERSON', 'Chinedu Okafor'],
      ['EMAIL', 'chinedu.okafor@lagosmachinetools.ng'],
      ['PHONE', '+234 803 418 2276'],
      ['PERSON', 'Funmilayo Adeyemi'],
      ['PHONE', '+234 812 690 3341'],
      ['PHONE', '+234 803 418 2276'],
      ['PERSON', 'Funmilayo Adeyemi'],
      ['PHONE', '+234 812 690 3341'],
      ['PERSON', 'Chinedu'],
    ],
  },
  {
    text:
      '{"event":"recall.notice.sent","event_id":"6b0d2f4e-91a3-4c77-b8e5-3f1a0c9d2e64","campaign":"RC-24-K019","campaign_title":"전동식 파워스티어링 ECU 소프트웨어 업데이트","sent_via":"alimtalk","template_id":"TPL_RECALL_03",\n' +
      ' "vehicle":{"vin":"KNAPX81CDPK204917","model":"EV6 LONG RANGE 2WD","plate":"38머 6152"},\n' +
      ' "owner":{"name":"지성훈","mobile":"+82-10-4702-8816"},"dealer_code":"KS-0214","result":{"code":"0000","message":"success"},"ts":"2024-06-08T10:00:03+09:00"}',
    pii: [
      ['VIN', 'KNAPX81CDPK204917'],
      ['VEHICLE_PLATE', '38머 6152'],
      ['PERSON', '지성훈'],
      ['PHONE', '+82-10-4702-8816'],
    ],
  },
  {
    text:
      '### 2024-1학기 교내 장학금 지급 명단 (학생처, 결재번호 SCH-2024-118)\n' +
      '| 학번 | 성명 | 학과 | 장학 구분 | 금액(원) | 입금 계좌 |\n' +
      '|---|---|---|---|---|---|\n' +
      '| 20211048 | 남지우 | 기계공학과 | 성적우수 | 1,850,000 | 신한 110-529-483017 |\n' +
      '| 20223317 | Nguyen Minh Anh | 경영학과 | 외국인 유학생 | 1,200,000 | 하나 620-218734-90107 |\n' +
      '| 20190562 | 엄태리 | 간호학과 | 가계곤란 | 2,400,000 | 카카오뱅크 3333-14-8820519 |\n\n' +
      '지급일 2024-06-25, 문의: 학생처 장학팀(내선 2241)',
    pii: [
      ['PERSON', '남지우'],
      ['BANK_ACCOUNT', '110-529-483017'],
      ['PERSON', 'Nguyen Minh Anh'],
      ['BANK_ACCOUNT', '620-218734-90107'],
      ['PERSON', '엄태리'],
      ['BANK_ACCOUNT', '3333-14-8820519'],
    ],
  },
  {
    text:
      '2024-06-04 15:22:07 INFO [jumin-move] req=MV-0604-20817 clerk=C0192 action=APPROVE\n' +
      '  신고인: 유하준 (031122-3074297)\n' +
      '  종전 주소: 경상남도 창원시 성산구 중앙대로 151, 3동 1204호\n' +
      '  신주소: 서울특별시 관악구 봉천로 472, 202호\n' +
      '  세대주: 유하준 / 세대원 0명 / 처리코드 00 / 수수료 0원\n' +
      '2024-06-04 15:22:08 INFO [jumin-move] notify=SMS template=MV_DONE_02 result=SENT',
    pii: [
      ['PERSON', '유하준'],
      ['RRN', '031122-3074297'],
      ['ADDRESS', '경상남도 창원시 성산구 중앙대로 151, 3동 1204호'],
      ['ADDRESS', '서울특별시 관악구 봉천로 472, 202호'],
      ['PERSON', '유하준'],
    ],
  },
  {
    text:
      '[출연료 지급 요청서] 프로그램: 〈밤의 라디오 책방〉 EP-142~145 / 요청번호 PAY-R-240531-07 / 담당 PD 연승희\n' +
      '1) 구성작가 도현정 — 개인사업자(사업자등록번호 120-07-42278), 세금계산서 발행, 공급가액 3,200,000원, 입금 기업은행 582-048397-01-017, 연락 hj.do.writer@gmail.com\n' +
      '2) 해외 게스트 Hannah Cho — 미국 거주, 조세조약 적용 위해 ITIN 912-78-4031 제출, 사례비 USD 800 (원천징수 0%), 지급 통화 USD\n' +
      '결재: 제작1팀장 → 경영지원실, 지급 예정일 2024-06-10',
    pii: [
      ['PERSON', '연승희'],
      ['PERSON', '도현정'],
      ['BRN', '120-07-42278'],
      ['BANK_ACCOUNT', '582-048397-01-017'],
      ['EMAIL', 'hj.do.writer@gmail.com'],
      ['PERSON', 'Hannah Cho'],
      ['US_ITIN', '912-78-4031'],
    ],
  },
  {
    text:
      'meter_readings_2024-06-09.csv (AMI 게이트웨이 GW-SEO-117, 펌웨어 4.2.11)\n' +
      'meter_id,read_at,kwh_total,kwh_delta,voltage,status\n' +
      'MTR-22K-0049187,2024-06-09T00:00:00+09:00,18422.61,11.84,221.4,OK\n' +
      'MTR-22K-0049188,2024-06-09T00:00:00+09:00,9031.07,7.02,219.8,OK\n' +
      'MTR-19K-1108462,2024-06-09T00:00:00+09:00,27610.44,0.00,0.0,COMM_LOSS\n' +
      '-- 누락 1건 → 현장점검 요청 FS-240609-0042 (한국전력 고객센터 123 이관 아님)',
    pii: [],
  },
  {
    text:
      'order_api.create 응답 (해외 배송 · 일반의약품 아님, 건강기능식품)\n' +
      '{"order_no":"PH-JP-240608-0093","items":[{"sku":"NS-OMEGA3-90","qty":2,"unit_price":32800}],"total_krw":65600,\n' +
      ' "ship_to":{"name":"佐藤 優希","name_kana":"サトウ ユキ","phone":"+81 90-4418-2763","zip":"154-0024","address":"東京都世田谷区三軒茶屋2-14-7 サンハイツ305号"},\n' +
      ' "payment":{"method":"CARD","card_no":"3562762600070568","exp":"11/26","brand":"JCB","approval":"00318842"},\n' +
      ' "carrier":"EMS","tracking":"EE123998014KR","status":"PAID"}',
    pii: [
      ['PERSON', '佐藤 優希'],
      ['PERSON', 'サトウ ユキ'],
      ['PHONE', '+81 90-4418-2763'],
      ['ADDRESS', '東京都世田谷区三軒茶屋2-14-7 サンハイツ305号'],
      ['CREDIT_CARD', '3562762600070568'],
      ['CARD_EXPIRY', '11/26'],
    ],
  },
  {
    text:
      "fds=> SELECT alert_id, cust_nm, login_ip, device_imei, acct_no, amt, rule_cd, created_at FROM fds_alert WHERE score >= 90 AND created_at::date = '2024-06-09';\n" +
      ' alert_id |    cust_nm     |    login_ip    |   device_imei   |     acct_no     |    amt    |    rule_cd     |     created_at\n' +
      '----------+----------------+----------------+-----------------+-----------------+-----------+----------------+---------------------\n' +
      ' FA-99120 | 염동건         | 91.219.236.18  | 352199955140805 | 1002-663-947215 | 9,800,000 | R-OVERSEAS-IP  | 2024-06-09 02:14:33\n' +
      ' FA-99127 | Carlos Mendoza | 187.190.44.213 | 359912316143679 | 3333-21-0948372 | 4,500,000 | R-NEWDEVICE    | 2024-06-09 03:40:12\n' +
      '(2 rows)',
    pii: [
      ['PERSON', '염동건'],
      ['IP_ADDRESS', '91.219.236.18'],
      ['IMEI', '352199955140805'],
      ['BANK_ACCOUNT', '1002-663-947215'],
      ['PERSON', 'Carlos Mendoza'],
      ['IP_ADDRESS', '187.190.44.213'],
      ['IMEI', '359912316143679'],
      ['BANK_ACCOUNT', '3333-21-0948372'],
    ],
  },
  {
    text:
      '급여이체_2024-05_외국인근로자.csv (김해공장, 이체일 2024-06-10, 총 3건 6,517,900원)\n' +
      '사번,성명,국적,외국인등록번호,은행,계좌번호,실지급액\n' +
      'F-2207,Mark Anthony Villanueva,PHL,890304-5194635,우리,1002-391-774520,2184300\n' +
      'F-2211,Farah Aqilah binti Rosli,MYS,980925-6168574,KB국민,940602-00-318827,2146800\n' +
      'F-2219,Le Quang Huy,VNM,020417-7539721,NH농협,302-0918-4471-21,2186800',
    pii: [
      ['PERSON', 'Mark Anthony Villanueva'],
      ['FRN', '890304-5194635'],
      ['BANK_ACCOUNT', '1002-391-774520'],
      ['PERSON', 'Farah Aqilah binti Rosli'],
      ['FRN', '980925-6168574'],
      ['BANK_ACCOUNT', '940602-00-318827'],
      ['PERSON', 'Le Quang Huy'],
      ['FRN', '020417-7539721'],
      ['BANK_ACCOUNT', '302-0918-4471-21'],
    ],
  },
  {
    text:
      '[prov-gw] 2024-06-03T11:05:42.118+09:00 USIM_SWAP order=US-240603-41190 channel=대리점(KR-SEL-0331)\n' +
      '  msisdn=01048391275 old_iccid=89821692272699396025 new_iccid=89827299116198587721\n' +
      '  imei=353381211170821 (SM-A356N) hlr_update=OK(200) ki_sync=OK elapsed=1.42s\n' +
      '  본인확인: 신분증 진위확인 성공 — 운전면허 11-05-417728-90, 고객명 경민아\n' +
      '[prov-gw] 2024-06-03T11:05:43.560+09:00 SMS_NOTIFY template=USIM_DONE result=202',
    pii: [
      ['PHONE', '01048391275'],
      ['ICCID', '89821692272699396025'],
      ['ICCID', '89827299116198587721'],
      ['IMEI', '353381211170821'],
      ['DRIVER_LICENSE', '11-05-417728-90'],
      ['PERSON', '경민아'],
    ],
  },
  {
    text:
      '## 신규 입사자 개발환경 세팅 (Confluence DEV-ONB, 최종 편집 2024-05-02 by 하승연)\n' +
      '1. VPN 프로파일 설치 후 `make bootstrap` (Node 20.12, pnpm 9.1)\n' +
      '2. 알림 봇 테스트용: SLACK_BOT_TOKEN=xoxb-2847193056-6120483957214-Qm7vT2kLx9RbZ4pWc8NdF1sH  (※ 운영 토큰, 교체 예정 — SEC-2291)\n' +
      '3. 스테이징 API 호출 예시:\n' +
      '   curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzeS5oYSIsInJvbGUiOiJhZG1pbiIsImlhdCI6MTcxNDYxMjgwMH0.gS323HtlUQjAP5MRQbSd9LuBzLduWOrTvR4_eXQ9U2I" https://stg-api.internal:8443/v3/claims\n' +
      '4. 막히면 #dev-onboarding 채널에서 GitLab 계정 sy.ha 를 멘션하세요.',
    pii: [
      ['PERSON', '하승연'],
      ['SECRET', 'xoxb-2847193056-6120483957214-Qm7vT2kLx9RbZ4pWc8NdF1sH'],
      [
        'SECRET',
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzeS5oYSIsInJvbGUiOiJhZG1pbiIsImlhdCI6MTcxNDYxMjgwMH0.gS323HtlUQjAP5MRQbSd9LuBzLduWOrTvR4_eXQ9U2I',
      ],
      ['USERNAME', 'sy.ha'],
    ],
  },
  {
    text:
      '사고접수 ACC-20240607-21873 (자동차보험, 대물·대인)\n' +
      '- 접수일시 2024-06-07 18:42 / 장소: 경부고속도로 서울방향 안성IC 부근 / 긴급출동 1588-2504 연계\n' +
      '- 당사 피보험차량: 62서 4471 (쏘렌토 HEV), 운전자 변재현, 면허 12-16-503821-44, 연락처 010-8830-6217\n' +
      '- 상대차량: 218호 9025 (렌터카), 운전자 Ahmad Faiz bin Yusof, 연락처 010-3392-7740\n' +
      '- 예상 과실비율 80:20, 추정 수리비 2,340,000원, 담당 보상직원 사번 CL-5521',
    pii: [
      ['VEHICLE_PLATE', '62서 4471'],
      ['PERSON', '변재현'],
      ['DRIVER_LICENSE', '12-16-503821-44'],
      ['PHONE', '010-8830-6217'],
      ['VEHICLE_PLATE', '218호 9025'],
      ['PERSON', 'Ahmad Faiz bin Yusof'],
      ['PHONE', '010-3392-7740'],
    ],
  },
  {
    text:
      '[알림톡 발송 내역] 템플릿 LAB_RESULT_V2 / 발송 2024-06-05 17:30 / 결과코드 1000\n' +
      '수신자: 010-9273-4418\n' +
      '내용: 피정원님, 한빛대학교병원입니다. 2024-06-03 시행하신 건강검진(예약번호 R-240603-0781) 결과가 나왔습니다.\n' +
      ' - 등록번호: 11482037\n' +
      ' - 공복혈당 104 mg/dL, HbA1c 5.9%, LDL 148 mg/dL\n' +
      ' - 담당의: 가정의학과 송유림 교수\n' +
      '외래 예약 변경은 1577-0071 또는 병원 앱에서 가능합니다.',
    pii: [
      ['PHONE', '010-9273-4418'],
      ['PERSON', '피정원'],
      ['MEDICAL_RECORD', '11482037'],
      ['PERSON', '송유림'],
    ],
  },
  {
    text:
      'From: Lukas Schneider <lukas.schneider82@web.de>\n' +
      'To: service-eu@hanseo-motors.com\n' +
      'Subject: Garantieerstattung / 보증수리 환급 요청 (Fall EU-DE-24-3381)\n\n' +
      '[상담 시스템 번역본 — DE→KO]\n' +
      '안녕하세요. 2024년 5월 14일 베를린 딜러(Autohaus Nordring)에서 자비로 결제한 배터리 냉각 펌프 교체 비용 612,40 EUR 환급을 요청합니다. ' +
      '차량 VIN: KMHKM81CBNU073519, 번호판 B-LS 4821. 환급 계좌 IBAN DE64348283238525893848 (예금주 Lukas Schneider). ' +
      '주소: Greifswalder Straße 118, 10409 Berlin. 전화 +49 151 2847 3390.',
    pii: [
      ['PERSON', 'Lukas Schneider'],
      ['EMAIL', 'lukas.schneider82@web.de'],
      ['VIN', 'KMHKM81CBNU073519'],
      ['VEHICLE_PLATE', 'B-LS 4821'],
      ['IBAN', 'DE64348283238525893848'],
      ['PERSON', 'Lukas Schneider'],
      ['ADDRESS', 'Greifswalder Straße 118, 10409 Berlin'],
      ['PHONE', '+49 151 2847 3390'],
    ],
  },
  {
    text:
      '| 크리에이터 | 채널 계정 | 국가 | 연락처 | 이메일 | 계약 ID | 단가(USD) |\n' +
      '|---|---|---|---|---|---|---|\n' +
      '| Beatriz Souza | bia.souza.makes (Instagram) | BR | +55 11 98472-3106 | beatriz.souza.br@gmail.com | CT-24-0412 | 3,500 |\n' +
      '| Alejandro Ruiz | alejoruizmx (TikTok) | MX | +52 55 4172 9938 | alejo.ruiz.mx@hotmail.com | CT-24-0415 | 2,800 |\n' +
      '| Angelica Reyes | gelareyes.ph (YouTube) | PH | +63 917 482 5510 | gela.reyes@yahoo.com | CT-24-0421 | 1,900 |\n' +
      '※ 출처: 해외 마케팅팀 위키 「K-뷰티 시즌3 협업 리스트」, 최종 수정 2024-05-27, 캠페인 코드 KB-S3-GLB',
    pii: [
      ['PERSON', 'Beatriz Souza'],
      ['USERNAME', 'bia.souza.makes'],
      ['PHONE', '+55 11 98472-3106'],
      ['EMAIL', 'beatriz.souza.br@gmail.com'],
      ['PERSON', 'Alejandro Ruiz'],
      ['USERNAME', 'alejoruizmx'],
      ['PHONE', '+52 55 4172 9938'],
      ['EMAIL', 'alejo.ruiz.mx@hotmail.com'],
      ['PERSON', 'Angelica Reyes'],
      ['USERNAME', 'gelareyes.ph'],
      ['PHONE', '+63 917 482 5510'],
      ['EMAIL', 'gela.reyes@yahoo.com'],
    ],
  },
  {
    text:
      '2024-06-12T03:14:09Z WARN webhook-dispatcher delivery_id=dlv_8c21f0 endpoint=https://partner-hooks.hanbitins.co.kr/v1/claims status=503 attempt=3/5 backoff=120s\n' +
      '2024-06-12T03:16:10Z WARN webhook-dispatcher delivery_id=dlv_8c21f0 status=504 attempt=4/5 backoff=240s\n' +
      '2024-06-12T03:20:11Z INFO webhook-dispatcher delivery_id=dlv_8c21f0 status=200 latency=842ms payload_sha256=3f9a0c7e1b2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f\n' +
      '2024-06-12T03:20:11Z INFO webhook-dispatcher queue=claims-out depth=0 worker=wd-3 version=1.9.4',
    pii: [],
  },
  {
    text: '환불계좌 등록 결과: {"order_id":"NP-240612-3381","refund":{"bank_code":"088","account_no":"110-218-664091","holder":"권소율"},"refund_amount":57000,"status":"REQUESTED","req_id":"rf_5d2e9c"}',
    pii: [
      ['BANK_ACCOUNT', '110-218-664091'],
      ['PERSON', '권소율'],
    ],
  },
  {
    text:
      '해외송금 전문 조회 (ref WRB24061100427, 상태 ACSC, 수수료 SHA)\n' +
      ':20:WRB24061100427\n' +
      ':23B:CRED\n' +
      ':32A:240611EUR18450,00\n' +
      ':50K:/1005-804-217396\n' +
      'YEON SEOJIN\n' +
      '409 BAEKJEGOBUN-RO, SONGPA-GU, SEOUL\n' +
      ':57A:CAIXESBBXXX\n' +
      ':59:/ES6506621777840341594580\n' +
      'MARIA LUISA ORTEGA RUIZ\n' +
      'CALLE DE ALCALA 214 4B, 28028 MADRID\n' +
      ':70:RENT JUL-DEC 2024 ROOM 4B\n' +
      ':71A:SHA\n' +
      '-- 동일 고객 직전 송금: 2024-02-03, PLN 6,000, 수취 PL13536106733575795967720224 (Zofia Wiśniewska)',
    pii: [
      ['BANK_ACCOUNT', '1005-804-217396'],
      ['PERSON', 'YEON SEOJIN'],
      ['ADDRESS', '409 BAEKJEGOBUN-RO, SONGPA-GU, SEOUL'],
      ['IBAN', 'ES6506621777840341594580'],
      ['PERSON', 'MARIA LUISA ORTEGA RUIZ'],
      ['ADDRESS', 'CALLE DE ALCALA 214 4B, 28028 MADRID'],
      ['IBAN', 'PL13536106733575795967720224'],
      ['PERSON', 'Zofia Wiśniewska'],
    ],
  },
  {
    text:
      '[상담 사례집 #R-118] 해외 로밍 중 이중 과금 — 케냐 나이로비 출장 고객\n' +
      '- 고객: 편도윤 (+82 10-6618-2093), 현지 연락 대리인 Wanjiru Kamau +254 722 418 306\n' +
      '- 로밍 요금제 RM-DAILY-AF, 이용 기간 2024-03-02~03-09, 청구 174,900원 중 88,000원 환불\n' +
      '- 원인: 현지 사업자 정산 파일(CDR batch 2024030617) 중복 수신\n' +
      '- 교훈: 로밍 이중 과금 의심 시 정산팀 티켓(RMG-4471) 먼저 열고 고객에게는 72시간 내 회신',
    pii: [
      ['PERSON', '편도윤'],
      ['PHONE', '+82 10-6618-2093'],
      ['PERSON', 'Wanjiru Kamau'],
      ['PHONE', '+254 722 418 306'],
    ],
  },
  {
    text:
      '정부24 신청 내역 조회 결과 (신청번호 2024-0608-7712034)\n' +
      '민원명: 여권 재발급(분실) / 수수료 53,000원 / 접수기관: 수원시 영통구청 민원여권과\n' +
      '신청인: 육소희 (681205-2364887)\n' +
      '분실 신고된 여권번호: M84029175\n' +
      '연락처: 010-4476-0381\n' +
      '주소: 경기도 수원시 영통구 매영로 269, 1102동 801호\n' +
      '수령 방법: 방문수령 / 발급 예정일 2024-06-17 / 처리상태 코드 P03(심사중)',
    pii: [
      ['PERSON', '육소희'],
      ['RRN', '681205-2364887'],
      ['PASSPORT', 'M84029175'],
      ['PHONE', '010-4476-0381'],
      ['ADDRESS', '경기도 수원시 영통구 매영로 269, 1102동 801호'],
    ],
  },
  {
    text:
      'MES 이벤트 로그 — 라인 P2-WELD-03 (설비 RBT-0412, PLC 펌웨어 V3.08)\n' +
      '2024-06-11 07:58:14 LOT 24F11-0387 START 품번 84710-GX200 계획수량 1,200\n' +
      '2024-06-11 09:41:02 ALARM E-217 용접전류 편차 ±8.4% → 자동정지 3분 12초\n' +
      '2024-06-11 12:00:00 SHIFT_CHANGE A조→B조 (작업자 사번 M1021 → M1187)\n' +
      '2024-06-11 15:30:47 LOT 24F11-0387 END 양품 1,183 / 불량 17 (불량률 1.42%) / 시리얼 P2W3-240611-0001~1200',
    pii: [],
  },
];
