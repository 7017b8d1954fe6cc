// The operator's published rules and prices in one place, so tools, sample bills and the knowledge base always agree.

/** Every price in won, VAT excluded; bills add VAT at this rate. */
export const vatRate = 0.1;

export const planFeatures = [
  'volte',
  'hotspot',
  'data-sharing',
  'video-streaming',
  'music-streaming',
  'device-insurance',
  'cloud-storage',
  'pooled-data',
  'static-ip',
  'manager-portal',
  'priority-support',
] as const;
export type PlanFeature = (typeof planFeatures)[number];

export const planFeatureLabels: Record<PlanFeature, { ko: string; en: string }> = {
  volte: { ko: 'VoLTE 고음질 통화', en: 'VoLTE HD calls' },
  hotspot: { ko: '테더링(핫스팟)', en: 'Hotspot tethering' },
  'data-sharing': { ko: '가족·태블릿 데이터 나눠쓰기', en: 'Data sharing with family and tablets' },
  'video-streaming': { ko: 'OTT 영상 구독 포함', en: 'Video streaming subscription included' },
  'music-streaming': { ko: '음악 스트리밍 포함', en: 'Music streaming included' },
  'device-insurance': { ko: '휴대폰 분실·파손 보험', en: 'Phone loss and damage insurance' },
  'cloud-storage': { ko: '클라우드 100GB', en: '100 GB cloud storage' },
  'pooled-data': { ko: '법인 회선 간 데이터 풀', en: 'Data pooled across company lines' },
  'static-ip': { ko: '고정 IP', en: 'Static IP' },
  'manager-portal': { ko: '법인 관리자 포털', en: 'Business manager portal' },
  'priority-support': { ko: '전담 고객센터', en: 'Priority support desk' },
};

export const dataTopUps = [
  { gb: 1, price: 3_000 },
  { gb: 2, price: 5_500 },
  { gb: 5, price: 12_000 },
  { gb: 10, price: 20_000 },
  { gb: 20, price: 33_000 },
] as const;
/** Top-ups per line and cycle, in GB (a guard against runaway spend on a lost phone). */
export const maximumTopUpGbPerCycle = 50;

/** Plans without a throttle charge data beyond the allowance per MB; voice beyond the allowance per second. */
export const dataOveragePerMb = 10;
export const voiceOveragePerSecond = 1.8;

/** Contract plans: the selective-commitment discount on the monthly fee. */
export const commitmentDiscountRate = 0.25;
/** Business accounts: discount on plan fees by number of active lines on the account. */
export const multiLineDiscounts = [
  { minimumLines: 30, rate: 0.1 },
  { minimumLines: 10, rate: 0.05 },
] as const;

/** Late fee: charged once on the next bill, on the unpaid amount of a bill not paid by its due date. */
export const lateFeeRate = 0.02;
/** Days past the due date after which the operator suspends an account's lines for non-payment. */
export const nonPaymentSuspensionDays = 60;

export const suspensionReasons = ['lost', 'stolen', 'customer-request', 'non-payment'] as const;
export type SuspensionReason = (typeof suspensionReasons)[number];
/** Reasons a customer may ask for (non-payment suspensions are the operator's). */
export const customerSuspensionReasons = ['lost', 'stolen', 'customer-request'] as const;
export const suspensionReasonLabels: Record<SuspensionReason, { ko: string; en: string }> = {
  lost: { ko: '분실 정지', en: 'lost phone' },
  stolen: { ko: '도난 정지', en: 'stolen phone' },
  'customer-request': { ko: '일시 정지(고객 요청)', en: 'temporary suspension at your request' },
  'non-payment': { ko: '요금 미납 정지', en: 'non-payment suspension' },
};
/** A voluntary suspension lasts at most this long and at most this often per calendar year. */
export const voluntarySuspension = { maximumDays: 90, perYear: 2, monthlyFee: 3_500 } as const;
/** Lost or stolen: no fee, the SIM is blocked at once, at most this long before the line must be resumed or cancelled. */
export const lostSuspensionMaximumDays = 180;

export const roamingZoneIds = ['asia', 'americas', 'europe', 'oceania', 'rest-of-world'] as const;
export type RoamingZoneId = (typeof roamingZoneIds)[number];

export interface RoamingZone {
  id: RoamingZoneId;
  name: { ko: string; en: string };
  /** The daily data pass charged for each day data is used abroad (unless the plan includes the zone). */
  dailyPass: { price: number; dataGb: number; speedAfterKbps: number };
  voicePerMinute: number;
  smsPerMessage: number;
}

export const roamingZones: readonly RoamingZone[] = [
  {
    id: 'asia',
    name: { ko: '아시아', en: 'Asia' },
    dailyPass: { price: 9_000, dataGb: 2, speedAfterKbps: 400 },
    voicePerMinute: 1_200,
    smsPerMessage: 150,
  },
  {
    id: 'americas',
    name: { ko: '미주', en: 'Americas' },
    dailyPass: { price: 11_000, dataGb: 2, speedAfterKbps: 400 },
    voicePerMinute: 1_500,
    smsPerMessage: 150,
  },
  {
    id: 'europe',
    name: { ko: '유럽', en: 'Europe' },
    dailyPass: { price: 11_000, dataGb: 2, speedAfterKbps: 400 },
    voicePerMinute: 1_500,
    smsPerMessage: 150,
  },
  {
    id: 'oceania',
    name: { ko: '오세아니아', en: 'Oceania' },
    dailyPass: { price: 11_000, dataGb: 2, speedAfterKbps: 400 },
    voicePerMinute: 1_500,
    smsPerMessage: 150,
  },
  {
    id: 'rest-of-world',
    name: { ko: '기타 지역', en: 'Rest of the world' },
    dailyPass: { price: 13_000, dataGb: 1, speedAfterKbps: 200 },
    voicePerMinute: 2_500,
    smsPerMessage: 200,
  },
];

/** Countries where roaming is offered, by ISO 3166 alpha-2 code. */
export const roamingCountries: Record<string, { zone: RoamingZoneId; name: { ko: string; en: string } }> = {
  JP: { zone: 'asia', name: { ko: '일본', en: 'Japan' } },
  CN: { zone: 'asia', name: { ko: '중국', en: 'China' } },
  HK: { zone: 'asia', name: { ko: '홍콩', en: 'Hong Kong' } },
  TW: { zone: 'asia', name: { ko: '대만', en: 'Taiwan' } },
  VN: { zone: 'asia', name: { ko: '베트남', en: 'Vietnam' } },
  TH: { zone: 'asia', name: { ko: '태국', en: 'Thailand' } },
  PH: { zone: 'asia', name: { ko: '필리핀', en: 'Philippines' } },
  SG: { zone: 'asia', name: { ko: '싱가포르', en: 'Singapore' } },
  MY: { zone: 'asia', name: { ko: '말레이시아', en: 'Malaysia' } },
  ID: { zone: 'asia', name: { ko: '인도네시아', en: 'Indonesia' } },
  US: { zone: 'americas', name: { ko: '미국', en: 'United States' } },
  CA: { zone: 'americas', name: { ko: '캐나다', en: 'Canada' } },
  MX: { zone: 'americas', name: { ko: '멕시코', en: 'Mexico' } },
  GB: { zone: 'europe', name: { ko: '영국', en: 'United Kingdom' } },
  FR: { zone: 'europe', name: { ko: '프랑스', en: 'France' } },
  DE: { zone: 'europe', name: { ko: '독일', en: 'Germany' } },
  IT: { zone: 'europe', name: { ko: '이탈리아', en: 'Italy' } },
  ES: { zone: 'europe', name: { ko: '스페인', en: 'Spain' } },
  CH: { zone: 'europe', name: { ko: '스위스', en: 'Switzerland' } },
  AU: { zone: 'oceania', name: { ko: '호주', en: 'Australia' } },
  NZ: { zone: 'oceania', name: { ko: '뉴질랜드', en: 'New Zealand' } },
  AE: { zone: 'rest-of-world', name: { ko: '아랍에미리트', en: 'United Arab Emirates' } },
  TR: { zone: 'rest-of-world', name: { ko: '튀르키예', en: 'Türkiye' } },
  IN: { zone: 'rest-of-world', name: { ko: '인도', en: 'India' } },
  EG: { zone: 'rest-of-world', name: { ko: '이집트', en: 'Egypt' } },
  ZA: { zone: 'rest-of-world', name: { ko: '남아프리카공화국', en: 'South Africa' } },
};

export function roamingZone(id: RoamingZoneId): RoamingZone {
  const zone = roamingZones.find((candidate) => candidate.id === id);
  if (!zone) throw new Error(`Unknown roaming zone ${id}`);
  return zone;
}

/** Billing: each line's cycle is the calendar month; a bill is issued on this day of the next month and due on the other. */
export const billing = { issueDay: 5, dueDay: 25 } as const;

/** Plan changes: at most one per line per billing cycle, effective the same day, fees prorated by days. */
export const planChangesPerCycle = 1;
