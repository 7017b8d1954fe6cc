// Sample car-care products: wash, wax, glass, interior and washer fluid, sold in sizes and scents.
import { careBrands, type ProductTemplate } from './product-template-types.ts';

export const carCareTemplates: readonly ProductTemplate[] = [
  {
    category: 'car-care',
    name: { ko: '{brand} 중성 카샴푸', en: '{brand} pH-Neutral Car Shampoo' },
    description: {
      ko: '왁스와 코팅층을 지켜 주는 pH 중성 고농축 카샴푸입니다. 물 10L에 30ml만 희석해 쓰세요.',
      en: 'Concentrated pH-neutral shampoo that keeps wax and coatings intact. Dilute 30 ml in 10 L of water.',
    },
    brands: careBrands,
    variants: [
      { options: { size: '500ml' }, price: 9_900 },
      { options: { size: '1L' }, price: 15_900 },
      { options: { size: '4L' }, price: 39_000 },
    ],
  },
  {
    category: 'car-care',
    name: { ko: '{brand} 퀵 디테일러 물왁스', en: '{brand} Quick Detailer Spray Wax' },
    description: {
      ko: '세차 후 뿌리고 닦기만 하면 광택과 발수 코팅이 한 번에 되는 스프레이 왁스입니다.',
      en: 'Spray on after washing and wipe off: gloss and water beading in one step.',
    },
    brands: careBrands,
    variants: [
      { options: { size: '500ml' }, price: 13_900 },
      { options: { size: '1L' }, price: 22_000 },
    ],
  },
  {
    category: 'car-care',
    name: { ko: '{brand} 카르나우바 고체 왁스', en: '{brand} Carnauba Paste Wax' },
    description: {
      ko: '브라질산 카르나우바 함유 고체 왁스로 깊은 광택을 내고 약 2개월 지속됩니다.',
      en: 'Paste wax with Brazilian carnauba for deep gloss that lasts about two months.',
    },
    brands: careBrands,
    variants: [{ options: { size: '200g' }, price: 29_000 }],
  },
  {
    category: 'car-care',
    name: { ko: '{brand} 세라믹 코팅제', en: '{brand} Ceramic Coating Spray' },
    description: {
      ko: 'SiO2 성분의 스프레이형 세라믹 코팅제로 최대 6개월 발수력을 유지합니다.',
      en: 'SiO2 ceramic spray coating with up to six months of water repellence.',
    },
    brands: careBrands,
    variants: [
      { options: { size: '300ml' }, price: 24_900 },
      { options: { size: '500ml' }, price: 34_900 },
    ],
  },
  {
    category: 'car-care',
    name: { ko: '{brand} 유리 발수 코팅제', en: '{brand} Glass Water Repellent' },
    description: {
      ko: '앞유리에 바르면 시속 60km 이상에서 빗방울이 흩어지는 유리 발수제입니다. 1회 시공 시 약 3개월 지속.',
      en: 'Windscreen rain repellent: above 60 km/h raindrops blow away. One application lasts about three months.',
    },
    brands: careBrands,
    variants: [{ options: { size: '150ml' }, price: 11_900 }],
  },
  {
    category: 'car-care',
    name: { ko: '{brand} 유막 제거제', en: '{brand} Glass Oil Film Remover' },
    description: {
      ko: '앞유리의 기름막과 와이퍼 떨림 원인을 없애는 연마형 유막 제거제입니다.',
      en: 'Abrasive cleaner that removes the oily film on windscreens that makes wipers judder.',
    },
    brands: careBrands,
    variants: [{ options: { size: '200ml' }, price: 9_900 }],
  },
  {
    category: 'car-care',
    name: { ko: '{brand} 타이어 광택제', en: '{brand} Tire Shine' },
    description: {
      ko: '타이어를 새것처럼 검게 만드는 수성 광택제로 갈라짐을 막는 UV 차단 성분을 넣었습니다.',
      en: 'Water-based tyre dressing with UV protection against cracking.',
    },
    brands: careBrands,
    variants: [{ options: { size: '500ml' }, price: 12_900 }],
  },
  {
    category: 'car-care',
    name: { ko: '{brand} 철분 제거제', en: '{brand} Iron Fallout Remover' },
    description: {
      ko: '휠과 도장면에 박힌 브레이크 분진(철분)을 보라색으로 녹여 내는 중성 철분 제거제입니다.',
      en: 'pH-neutral remover that turns purple as it dissolves brake dust embedded in wheels and paint.',
    },
    brands: careBrands,
    variants: [
      { options: { size: '500ml' }, price: 16_900 },
      { options: { size: '1L' }, price: 26_900 },
    ],
  },
  {
    category: 'car-care',
    name: { ko: '{brand} 실내 클리너', en: '{brand} Interior Cleaner' },
    description: {
      ko: '대시보드·도어트림·시트를 한 번에 닦는 다목적 실내 클리너입니다. 무향.',
      en: 'All-purpose interior cleaner for dashboards, door trims and seats. Unscented.',
    },
    brands: careBrands,
    variants: [{ options: { size: '500ml' }, price: 11_900 }],
  },
  {
    category: 'car-care',
    name: { ko: '{brand} 가죽 시트 클리너 & 컨디셔너', en: '{brand} Leather Cleaner & Conditioner' },
    description: {
      ko: '가죽 시트를 세정하고 보습해 갈라짐을 막는 2-in-1 제품입니다.',
      en: 'Two-in-one cleaner and conditioner that keeps leather seats from cracking.',
    },
    brands: careBrands,
    variants: [{ options: { size: '300ml' }, price: 18_900 }],
  },
  {
    category: 'car-care',
    name: { ko: '{brand} 에탄올 워셔액', en: '{brand} Ethanol Windscreen Washer Fluid' },
    description: {
      ko: '메탄올을 쓰지 않은 에탄올 워셔액입니다. 사계절용은 영하 10℃, 겨울용은 영하 25℃까지 얼지 않습니다.',
      en: 'Methanol-free ethanol washer fluid. All-season protects to −10 °C, winter to −25 °C.',
    },
    brands: careBrands,
    variants: [
      { options: { type: 'all-season', pack: '1.8L x 2' }, price: 7_900 },
      { options: { type: 'all-season', pack: '1.8L x 6' }, price: 19_900 },
      { options: { type: 'winter', pack: '1.8L x 2' }, price: 9_900 },
      { options: { type: 'winter', pack: '1.8L x 6' }, price: 24_900 },
    ],
  },
  {
    category: 'car-care',
    name: { ko: '{brand} 극세사 세차 타월', en: '{brand} Microfiber Drying Towel' },
    description: {
      ko: '800gsm 고밀도 극세사로 한 장에 중형차 한 대의 물기를 닦아 냅니다.',
      en: '800 gsm dense microfibre: one towel dries a mid-size car.',
    },
    brands: careBrands,
    variants: [
      { options: { color: 'gray', pack: '1' }, price: 8_900 },
      { options: { color: 'gray', pack: '3' }, price: 22_900 },
      { options: { color: 'blue', pack: '1' }, price: 8_900 },
      { options: { color: 'blue', pack: '3' }, price: 22_900 },
    ],
  },
  {
    category: 'car-care',
    name: { ko: '{brand} 차량용 방향제', en: '{brand} Car Air Freshener' },
    description: {
      ko: '송풍구에 끼우는 방향제로 약 45일 동안 은은하게 향이 납니다.',
      en: 'Vent-clip freshener with a gentle scent for about 45 days.',
    },
    brands: careBrands,
    variants: [
      { options: { scent: 'cotton' }, price: 6_900 },
      { options: { scent: 'citrus' }, price: 6_900 },
      { options: { scent: 'black-cherry' }, price: 6_900 },
    ],
  },
  {
    category: 'car-care',
    name: { ko: '{brand} 에어컨 탈취제', en: '{brand} Air-Conditioner Deodoriser' },
    description: {
      ko: '외기 유입구에 분사해 에어컨 증발기의 곰팡이 냄새를 없애는 훈증형 탈취제입니다.',
      en: 'Foam deodoriser sprayed into the air intake to kill musty smells in the A/C evaporator.',
    },
    brands: careBrands,
    variants: [{ options: { size: '250ml' }, price: 12_900 }],
  },
];
