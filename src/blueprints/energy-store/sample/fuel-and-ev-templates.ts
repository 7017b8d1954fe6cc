// Sample fuel products (prepaid fuel cards, additives, urea solution) and EV charging memberships, cards, chargers and cables.
import type { EngineType } from '../schemas/index.ts';
import { accessoryBrands, oilBrands, ownBrand, type ProductTemplate } from './product-template-types.ts';

const amounts = ['30,000', '50,000', '100,000'];

export const fuelTemplates: readonly ProductTemplate[] = [
  ...(
    [
      { ko: '휘발유', en: 'Gasoline', fuel: 'gasoline', engine: 'gasoline' },
      { ko: '고급휘발유', en: 'Premium Gasoline', fuel: 'premiumGasoline', engine: 'gasoline' },
      { ko: '경유', en: 'Diesel', fuel: 'diesel', engine: 'diesel' },
      { ko: 'LPG', en: 'LPG', fuel: 'lpg', engine: 'lpg' },
    ] satisfies { ko: string; en: string; fuel: string; engine: EngineType }[]
  ).map((fuel): ProductTemplate => ({
    category: 'fuel',
    name: { ko: `{brand} ${fuel.ko} 선불 주유카드`, en: `{brand} ${fuel.en} Prepaid Fuel Card` },
    description: {
      ko: `전국 누리에너지 주유소에서 ${fuel.ko} 주유에 쓰는 선불카드입니다. 충전 금액만큼 결제되며 포인트도 적립됩니다. 유효기간 5년.`,
      en: `Prepaid card for ${fuel.en.toLowerCase()} at every Nuri Energy station. Pays up to its value and still earns points. Valid for 5 years.`,
    },
    brands: [ownBrand],
    engineTypes: [fuel.engine],
    variants: amounts.map((amount) => ({ options: { amount }, price: Number(amount.replace(/,/gu, '')) })),
    returnable: false,
    details: { fuelType: fuel.fuel },
  })),
  {
    category: 'fuel',
    name: { ko: '{brand} 주유 상품권', en: '{brand} Fuel Gift Card' },
    description: {
      ko: '모든 유종과 EV 충전에 쓸 수 있는 선물용 주유 상품권입니다. 액면가의 60% 이상 사용 시 잔액을 현금으로 돌려드립니다.',
      en: 'Gift card for any fuel or EV charging. Once 60% of its value is used, the rest can be refunded in cash.',
    },
    brands: [ownBrand],
    variants: ['10,000', '50,000', '100,000'].map((amount) => ({ options: { amount }, price: Number(amount.replace(/,/gu, '')) })),
    returnable: false,
  },
  {
    category: 'fuel',
    name: { ko: '{brand} 가솔린 연료첨가제 PEA', en: '{brand} Gasoline Fuel System Cleaner PEA' },
    description: {
      ko: 'PEA 성분이 인젝터와 흡기 밸브의 카본을 제거합니다. 연료 60L당 1병, 5,000km마다 넣으세요.',
      en: 'PEA cleaner that removes carbon from injectors and intake valves. One bottle per 60 L tank, every 5,000 km.',
    },
    brands: oilBrands.slice(0, 3),
    engineTypes: ['gasoline', 'hybrid'],
    variants: [
      { options: { pack: '1' }, price: 9_900 },
      { options: { pack: '3' }, price: 26_900 },
      { options: { pack: '10' }, price: 79_000 },
    ],
  },
  {
    category: 'fuel',
    name: { ko: '{brand} 디젤 연료첨가제 세탄가 향상제', en: '{brand} Diesel Cetane Booster' },
    description: {
      ko: '세탄가를 높여 시동성과 매연을 개선하는 디젤 첨가제입니다. 겨울철 유동점 강하제 포함.',
      en: 'Raises cetane for easier starts and less smoke; includes a winter flow improver.',
    },
    brands: oilBrands.slice(0, 3),
    engineTypes: ['diesel'],
    variants: [
      { options: { pack: '1' }, price: 10_900 },
      { options: { pack: '3' }, price: 29_900 },
    ],
  },
  {
    category: 'fuel',
    name: { ko: '{brand} 요소수', en: '{brand} Diesel Exhaust Fluid (AdBlue)' },
    description: {
      ko: 'SCR 장착 디젤 차량용 고순도 요소수(요소 32.5%)입니다. {specs} 인증, 주입 노즐 포함.',
      en: 'High-purity urea solution (32.5%) for diesels with SCR. Certified {specs}; spout included.',
    },
    brands: oilBrands.slice(0, 3),
    specs: ['ISO 22241'],
    engineTypes: ['diesel'],
    variants: [{ options: { size: '10L' }, price: 13_500 }],
  },
];

export const evChargingTemplates: readonly ProductTemplate[] = [
  ...[
    { ko: '베이직', en: 'Basic', monthly: 4_900, perks: { ko: '급속 충전 kWh당 20원 할인', en: '₩20 off per kWh of fast charging' } },
    {
      ko: '플러스',
      en: 'Plus',
      monthly: 9_900,
      perks: { ko: '급속 충전 kWh당 50원 할인, 세차 월 1회', en: '₩50 off per kWh and one car wash a month' },
    },
    {
      ko: '프리미엄',
      en: 'Premium',
      monthly: 19_900,
      perks: { ko: '급속 충전 kWh당 90원 할인, 세차 월 2회, 충전 예약', en: '₩90 off per kWh, two washes a month and charger booking' },
    },
  ].map((plan): ProductTemplate => ({
    category: 'ev-charging',
    name: { ko: `{brand} EV 충전 멤버십 ${plan.ko}`, en: `{brand} EV Charging Membership ${plan.en}` },
    description: {
      ko: `누리에너지 EV 충전소 전용 멤버십입니다. 혜택: ${plan.perks.ko}. 월간은 매월 자동 결제, 연간은 2개월분 할인된 1년 요금입니다.`,
      en: `Membership for Nuri Energy EV chargers. Perks: ${plan.perks.en}. Monthly renews each month; annual is a year's fee with two months free.`,
    },
    brands: [ownBrand],
    engineTypes: ['electric'],
    variants: [
      { options: { plan: 'monthly' }, price: plan.monthly },
      { options: { plan: 'annual' }, price: plan.monthly * 10 },
    ],
    returnable: false,
    details: { membership: plan.en.toLowerCase() },
  })),
  {
    category: 'ev-charging',
    name: { ko: '{brand} EV 충전 회원카드', en: '{brand} EV Charging Member Card' },
    description: {
      ko: '충전기에 태그하면 바로 충전이 시작되는 RFID 회원카드입니다. 환경부·한국전력 충전기 로밍을 지원합니다.',
      en: 'RFID card: tap a charger to start. Roams onto Ministry of Environment and KEPCO chargers.',
    },
    brands: [ownBrand],
    engineTypes: ['electric'],
    variants: [
      { options: { design: 'standard' }, price: 3_000 },
      { options: { design: 'transit' }, price: 5_000 },
    ],
  },
  {
    category: 'ev-charging',
    name: { ko: '{brand} 가정용 완속 충전기', en: '{brand} Home Wallbox Charger' },
    description: {
      ko: '단독·공동주택용 벽부형 완속 충전기입니다. 표준 설치(배선 15m 이내) 포함 옵션을 고를 수 있습니다.',
      en: 'Wall-mounted AC charger for houses and apartments. Choose a package with standard installation (wiring up to 15 m).',
    },
    brands: [ownBrand, ...accessoryBrands.slice(1, 2)],
    engineTypes: ['electric'],
    variants: [
      { options: { power: '7kW', installation: 'none' }, price: 690_000 },
      { options: { power: '7kW', installation: 'standard' }, price: 990_000 },
      { options: { power: '11kW', installation: 'none' }, price: 890_000 },
      { options: { power: '11kW', installation: 'standard' }, price: 1_190_000 },
    ],
  },
  {
    category: 'ev-charging',
    name: { ko: '{brand} 휴대용 EV 충전 케이블', en: '{brand} Portable EV Charging Cable' },
    description: {
      ko: '220V 콘센트로 충전하는 휴대용 충전 케이블(ICCB)로 전류 8A/10A/12A를 조절할 수 있습니다.',
      en: 'Portable charging cable (ICCB) for 220 V sockets, with 8, 10 or 12 A current.',
    },
    brands: accessoryBrands,
    engineTypes: ['electric'],
    variants: [
      { options: { length: '5m' }, price: 259_000 },
      { options: { length: '10m' }, price: 299_000 },
    ],
  },
  {
    category: 'ev-charging',
    name: { ko: '{brand} 테슬라 DC콤보 충전 어댑터', en: '{brand} Tesla CCS1 Charging Adapter' },
    description: {
      ko: '테슬라 차량을 국내 DC콤보(CCS1) 급속 충전기에 연결하는 어댑터입니다(최대 250kW).',
      en: 'Adapter for Tesla cars on Korean CCS1 fast chargers (up to 250 kW).',
    },
    brands: accessoryBrands.slice(0, 2),
    engineTypes: ['electric'],
    variants: [{ options: { connector: 'CCS1' }, price: 320_000 }],
  },
];
