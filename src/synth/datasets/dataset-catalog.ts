// The blueprint datasets on offer: one entry per industry table, with what it holds and how to synthesize it.
import type { DatasetInfo } from './types.ts';

export const datasetCatalog: DatasetInfo[] = [
  {
    name: 'finance-card-transactions',
    industry: 'finance',
    title: { en: 'Card transactions with fraud labels', ko: '카드 거래 내역 (부정사용 라벨 포함)' },
    description: {
      en: "Ninety days (January–March 2025) of a Korean card issuer's transactions: one row per authorisation with the cardholder's id, age, home 시도 and card type (신용/체크), the merchant category (편의점, 마트, 온라인쇼핑, 배달앱, 주유소, 음식점, 카페, 택시, 병원·약국, 백화점, 해외가맹점, 현금인출), channel, KRW amount and whether the merchant is abroad. Amounts are log-normal per category and scaled by each customer's spend level; hours follow each category's rhythm. About 1.5% of rows are confirmed fraud, arriving in bursts of one to eight transactions minutes apart on one card, mostly at night, online or abroad, often after a tiny test payment and far above the customer's usual spend — so is_fraud is learnable but not trivial.",
      ko: '국내 카드사의 90일(2025년 1~3월) 승인 내역입니다. 거래 한 건이 한 행이며 고객 번호, 나이, 거주 시도, 카드 종류(신용/체크), 가맹점 업종(편의점, 마트, 온라인쇼핑, 배달앱, 주유소, 음식점, 카페, 택시, 병원·약국, 백화점, 해외가맹점, 현금인출), 결제 채널, 원화 금액, 해외 가맹점 여부를 담습니다. 금액은 업종별 로그정규 분포에 고객별 소비 수준을 곱해 만들고, 시간대는 업종별 이용 패턴을 따릅니다. 약 1.5%는 부정사용으로 확인된 거래로, 한 카드에서 몇 분 간격으로 1~8건이 몰려 발생하며 주로 심야·온라인·해외에서, 소액 테스트 결제 뒤에, 평소 소비보다 훨씬 큰 금액으로 일어납니다. 그래서 is_fraud는 학습할 수 있지만 쉽지는 않은 목표입니다.',
    },
    kind: 'table',
    defaultRows: 20_000,
    suggested: {
      synthesizer: 'cart',
      target: 'is_fraud',
      constraints: [
        { type: 'positive', column: 'amount', strict: true },
        { type: 'unique', columns: ['transaction_id'] },
        { type: 'range', column: 'customer_age', min: 19, max: 85 },
      ],
    },
  },
  {
    name: 'healthcare-patients',
    industry: 'healthcare',
    title: { en: 'Hospital patient register', ko: '병원 환자 기본정보' },
    description: {
      en: "A Korean general hospital's patient register extracted on 1 January 2025: sex, birth year and age (age = 2024 − birth_year), home 시도, insurance type (건강보험 or 의료급여, which is more common among the elderly), BMI, blood pressure and smoking, with hypertension and diabetes flags (Y/N). About one patient in eight is a child; adults skew to their fifties and sixties. Chronic conditions rise with age and BMI as in Korean national health statistics, blood pressure follows age, BMI and hypertension, and the pulse pressure widens with age, so systolic is always above diastolic.",
      ko: '국내 종합병원의 환자 기본정보(2025년 1월 1일 추출)입니다. 성별, 출생연도와 만 나이(나이 = 2024 − 출생연도), 거주 시도, 보험 유형(건강보험 또는 노인에게 더 흔한 의료급여), BMI, 혈압, 흡연 여부와 고혈압·당뇨 여부(Y/N)를 담습니다. 환자 여덟 명 중 한 명꼴로 소아이고, 성인은 50~60대가 많습니다. 만성질환은 국민건강통계처럼 나이와 BMI에 따라 늘고, 혈압은 나이·BMI·고혈압 여부를 따르며 나이가 들수록 맥압이 커져 수축기 혈압은 항상 이완기 혈압보다 높습니다.',
    },
    kind: 'table',
    defaultRows: 5000,
    suggested: {
      synthesizer: 'gaussian-copula',
      target: 'diabetes',
      constraints: [
        { type: 'unique', columns: ['patient_id'] },
        { type: 'inequality', low: 'diastolic_bp', high: 'systolic_bp', strict: true },
        { type: 'range', column: 'age', min: 0, max: 99 },
        { type: 'range', column: 'bmi', min: 12, max: 50 },
      ],
    },
  },
  {
    name: 'healthcare-encounters',
    industry: 'healthcare',
    title: { en: 'Hospital encounters with 30-day readmission', ko: '진료 내역 (30일 내 재입원 라벨 포함)' },
    description: {
      en: "Two years (2023–2024) of outpatient visits (외래), admissions (입원) and emergency visits (응급) of the healthcare-patients patients with the same seed: department (내과, 외과, 정형외과, 소아청소년과, 응급의학과, 산부인과, 신경과), a KCD-8 / ICD-10 diagnosis code that belongs to that department and fits the patient (I10 only for hypertensive patients, O80 only for women of childbearing age, S72.0 mostly in the elderly), admit and discharge dates, length of stay and the total cost in KRW, which grows with the stay and any surgery. readmitted_30d (Y/N) is read off the patient's own timeline: an unplanned 입원 or 응급 encounter within 30 days after discharge, more likely after long stays, heart failure, COPD or pneumonia, in diabetic or 의료급여 patients.",
      ko: '같은 시드의 healthcare-patients 환자들이 2년(2023~2024년) 동안 받은 외래, 입원, 응급 진료 내역입니다. 진료과(내과, 외과, 정형외과, 소아청소년과, 응급의학과, 산부인과, 신경과), 그 진료과에 속하고 환자에게 맞는 KCD-8(ICD-10) 진단코드(I10은 고혈압 환자에게만, O80은 가임기 여성에게만, S72.0은 주로 노인에게), 입원일과 퇴원일, 재원일수, 재원일수와 수술에 따라 커지는 총진료비(원)를 담습니다. readmitted_30d(Y/N)는 환자 자신의 진료 이력에서 정합니다. 퇴원 후 30일 안에 계획에 없던 입원이나 응급 진료가 있으면 Y이며, 재원이 길수록, 심부전·COPD·폐렴일수록, 당뇨나 의료급여 환자일수록 더 자주 일어납니다.',
    },
    kind: 'table',
    defaultRows: 20_000,
    suggested: {
      synthesizer: 'bayes-net',
      target: 'readmitted_30d',
      constraints: [
        { type: 'unique', columns: ['encounter_id'] },
        { type: 'inequality', low: 'admit_date', high: 'discharge_date', strict: false },
        { type: 'fixed-combinations', columns: ['department', 'diagnosis_code'] },
        { type: 'positive', column: 'total_cost', strict: true },
        { type: 'range', column: 'length_of_stay', min: 0 },
      ],
    },
  },
  {
    name: 'manufacturing-sensors',
    industry: 'manufacturing',
    title: { en: 'Machine sensor readings with failures', ko: '설비 센서 데이터 (고장 라벨 포함)' },
    description: {
      en: 'Hourly readings from machines on three production lines (A, B, C) from March 2025: housing temperature (°C), vibration velocity (mm/s RMS), hydraulic or coolant pressure (bar) and shaft speed (rpm), 200–500 hours per machine. Levels depend on the machine model (CNC-5100 spindles, HX-200 hydraulic presses, PMP-75 coolant pumps) and the line (line C runs hotter and shakes more); every signal follows the shift load through the day with autocorrelated noise, and weekends run lighter. About half the machines fail once or twice: for 24–72 hours before a failure vibration and temperature drift upwards while pressure and speed sag, and the failure flag marks the hour it stops — a rare event to predict from the drift.',
      ko: '2025년 3월부터 세 생산 라인(A, B, C) 설비에서 매시간 수집한 센서 값입니다. 하우징 온도(°C), 진동 속도(mm/s RMS), 유압 또는 절삭유 압력(bar), 회전수(rpm)를 설비당 200~500시간 담습니다. 값의 수준은 설비 모델(CNC-5100 스핀들, HX-200 유압 프레스, PMP-75 냉각수 펌프)과 라인(C 라인은 더 뜨겁고 진동이 큼)에 따라 다르고, 모든 신호는 하루 교대 부하를 따르며 자기상관 잡음이 섞이고 주말에는 부하가 낮습니다. 설비의 절반가량은 한두 번 고장 납니다. 고장 전 24~72시간 동안 진동과 온도가 서서히 오르고 압력과 회전수는 떨어지며, failure는 설비가 멈춘 시각에만 true입니다. 드리프트로 예측해야 하는 드문 사건입니다.',
    },
    kind: 'timeseries',
    defaultRows: 60,
    suggested: {
      synthesizer: 'timeseries',
      entityColumn: 'machine_id',
      timeColumn: 'timestamp',
      target: 'failure',
      constraints: [
        { type: 'positive', column: 'vibration', strict: true },
        { type: 'positive', column: 'rpm', strict: true },
        { type: 'positive', column: 'pressure', strict: true },
      ],
    },
  },
];
