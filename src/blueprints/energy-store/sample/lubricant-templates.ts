// Sample lubricants and fluids: gear oils, ATF/CVT fluids, brake fluids, coolants, greases, hydraulic and EV drive fluids.
import { oilBrands, type ProductTemplate } from './product-template-types.ts';

const partners = oilBrands.slice(0, 4);

export const lubricantTemplates: readonly ProductTemplate[] = [
  {
    category: 'lubricant',
    name: { ko: '{brand} 기어오일 {viscosity}', en: '{brand} Gear Oil {viscosity}' },
    description: {
      ko: '수동변속기와 차동기어(디퍼렌셜)용 극압 기어오일입니다. {specs} 규격.',
      en: 'Extreme-pressure gear oil for manual gearboxes and differentials. Meets {specs}.',
    },
    brands: partners,
    viscosities: ['75W-90', '80W-90', '75W-140'],
    specs: ['API GL-5'],
    vehicleTypes: ['passenger-car', 'suv', 'truck', 'van'],
    variants: [
      { options: { size: '1L' }, price: 14_500 },
      { options: { size: '4L' }, price: 49_000 },
    ],
  },
  {
    category: 'lubricant',
    name: { ko: '{brand} 자동변속기오일 ATF', en: '{brand} Automatic Transmission Fluid ATF' },
    description: {
      ko: '현대·기아 6·8단 자동변속기와 GM 덱스론 차량에 쓰는 합성 ATF입니다. {specs} 규격.',
      en: 'Synthetic ATF for Hyundai/Kia 6- and 8-speed automatics and Dexron vehicles. Meets {specs}.',
    },
    brands: partners,
    specs: ['Dexron VI', 'SP-IV', 'Mercon LV'],
    vehicleTypes: ['passenger-car', 'suv', 'van'],
    variants: [
      { options: { size: '1L' }, price: 12_900 },
      { options: { size: '4L' }, price: 44_000 },
    ],
  },
  {
    category: 'lubricant',
    name: { ko: '{brand} CVT 무단변속기오일', en: '{brand} CVT Fluid' },
    description: {
      ko: '벨트·체인식 무단변속기(CVT) 전용 오일로 금속 벨트 마찰 특성을 유지합니다. {specs} 호환.',
      en: 'Fluid for belt and chain CVTs that keeps steel-belt friction right. Compatible with {specs}.',
    },
    brands: partners,
    specs: ['Nissan NS-3', 'Honda HCF-2', 'Toyota TC'],
    vehicleTypes: ['passenger-car', 'suv'],
    variants: [
      { options: { size: '1L' }, price: 15_900 },
      { options: { size: '4L' }, price: 54_000 },
    ],
  },
  {
    category: 'lubricant',
    name: { ko: '{brand} 브레이크 오일 {specs}', en: '{brand} Brake Fluid {specs}' },
    description: {
      ko: '끓는점이 높은 글리콜계 브레이크 오일입니다. 흡습되면 성능이 떨어지므로 2년 또는 40,000km마다 교환을 권장합니다.',
      en: 'High-boiling-point glycol brake fluid. It absorbs moisture over time, so change it every 2 years or 40,000 km.',
    },
    brands: partners,
    specs: ['DOT 4'],
    variants: [
      { options: { size: '500ml' }, price: 8_900 },
      { options: { size: '1L' }, price: 14_900 },
    ],
  },
  {
    category: 'lubricant',
    name: { ko: '{brand} 사계절 부동액 냉각수', en: '{brand} All-Season Antifreeze Coolant' },
    description: {
      ko: '인산염이 없는 장수명(LLC) 에틸렌글리콜 부동액입니다. 물과 1:1로 희석하면 영하 37℃까지 얼지 않습니다. {specs} 규격.',
      en: 'Phosphate-free long-life ethylene glycol coolant. Mixed 1:1 with water it protects to −37 °C. Meets {specs}.',
    },
    brands: partners,
    specs: ['ASTM D3306', 'KS M 2142'],
    variants: [
      { options: { size: '2L' }, price: 11_000 },
      { options: { size: '4L' }, price: 19_500 },
    ],
  },
  {
    category: 'lubricant',
    name: { ko: '{brand} 유압작동유 {specs}', en: '{brand} Hydraulic Oil {specs}' },
    description: {
      ko: '굴삭기·지게차·산업용 유압 장비용 내마모성 유압작동유입니다.',
      en: 'Anti-wear hydraulic oil for excavators, forklifts and industrial hydraulics.',
    },
    brands: partners,
    specs: ['ISO VG 32', 'ISO VG 46', 'ISO VG 68'],
    vehicleTypes: ['truck'],
    variants: [
      { options: { size: '20L' }, price: 98_000 },
      { options: { size: '200L' }, price: 890_000 },
    ],
  },
  {
    category: 'lubricant',
    name: { ko: '{brand} 다목적 리튬 그리스', en: '{brand} Multipurpose Lithium Grease' },
    description: {
      ko: '베어링·섀시·농기계 급유용 리튬 복합 그리스입니다. {specs} 주도, 사용 온도 -20~150℃.',
      en: 'Lithium complex grease for bearings, chassis and farm machines. {specs}; works from −20 to 150 °C.',
    },
    brands: partners,
    specs: ['NLGI 2'],
    variants: [
      { options: { size: '400g' }, price: 6_900 },
      { options: { size: '15kg' }, price: 128_000 },
    ],
  },
  {
    category: 'lubricant',
    name: { ko: '{brand} EV 감속기 오일', en: '{brand} EV Drive Fluid' },
    description: {
      ko: '전기차 감속기·e-액슬 전용 저점도 오일로 절연성과 냉각 성능을 갖췄습니다.',
      en: 'Low-viscosity fluid for EV reduction gears and e-axles, with electrical insulation and cooling.',
    },
    brands: partners,
    specs: ['Hyundai EV Fluid compatible'],
    vehicleTypes: ['passenger-car', 'suv'],
    engineTypes: ['electric'],
    variants: [{ options: { size: '1L' }, price: 21_000 }],
  },
  {
    category: 'lubricant',
    name: { ko: '{brand} 2행정 엔진오일', en: '{brand} 2-Stroke Engine Oil' },
    description: {
      ko: '예초기·체인톱·2행정 스쿠터용 혼합 오일입니다. {specs} 규격, 연기가 적습니다.',
      en: 'Mix oil for brush cutters, chainsaws and two-stroke scooters. Meets {specs}, low smoke.',
    },
    brands: partners,
    specs: ['JASO FD'],
    vehicleTypes: ['motorcycle'],
    variants: [
      { options: { size: '500ml' }, price: 7_900 },
      { options: { size: '1L' }, price: 12_900 },
    ],
  },
];
