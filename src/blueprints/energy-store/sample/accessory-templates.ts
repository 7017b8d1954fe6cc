// Sample accessories: wipers, model-specific mats, filters and sunshades, batteries, dashcams and roadside kit.
import { accessoryBrands, type ProductTemplate } from './product-template-types.ts';

export const accessoryTemplates: readonly ProductTemplate[] = [
  {
    category: 'accessory',
    name: { ko: '{brand} {model} 전용 TPE 카매트', en: '{brand} {model} TPE Floor Mats' },
    description: {
      ko: '{model}에 맞춰 3D 스캔으로 재단한 TPE 카매트(1·2열 세트)입니다. 물세척이 가능하고 냄새가 나지 않습니다.',
      en: 'TPE floor mats (rows 1–2) cut from a 3D scan of the {model}. Washable and odour-free.',
    },
    brands: accessoryBrands,
    perModel: true,
    variants: [
      { options: { color: 'black' }, price: 89_000 },
      { options: { color: 'gray' }, price: 89_000 },
      { options: { color: 'beige' }, price: 94_000 },
    ],
  },
  {
    category: 'accessory',
    name: { ko: '{brand} {model} 에어컨 필터', en: '{brand} {model} Cabin Air Filter' },
    description: {
      ko: '{model} 순정 규격 PM2.5 활성탄 에어컨 필터입니다. 6개월 또는 10,000km마다 교체를 권장합니다.',
      en: 'PM2.5 activated-carbon cabin filter made to the {model} OEM size. Replace every 6 months or 10,000 km.',
    },
    brands: accessoryBrands,
    perModel: true,
    variants: [
      { options: { pack: '1' }, price: 12_900 },
      { options: { pack: '2' }, price: 22_900 },
    ],
  },
  {
    category: 'accessory',
    name: { ko: '{brand} {model} 앞유리 햇빛가리개', en: '{brand} {model} Windscreen Sunshade' },
    description: {
      ko: '{model} 앞유리 크기에 맞춘 접이식 햇빛가리개로 여름철 실내 온도를 낮춰 줍니다.',
      en: 'Folding sunshade sized for the {model} windscreen; keeps the cabin cooler in summer.',
    },
    brands: accessoryBrands,
    perModel: true,
    variants: [{ options: { color: 'silver' }, price: 29_000 }],
  },
  {
    category: 'accessory',
    name: { ko: '{brand} 하이브리드 와이퍼 블레이드', en: '{brand} Hybrid Wiper Blade' },
    description: {
      ko: '일체형 커버로 눈·비에 강한 하이브리드 와이퍼입니다. 길이를 골라 주세요(운전석·조수석 각각).',
      en: 'Hybrid wiper with a one-piece cover for rain and snow. Choose the length (driver and passenger side).',
    },
    brands: accessoryBrands,
    variants: ['350mm', '400mm', '450mm', '500mm', '550mm', '600mm', '650mm'].map((length, index) => ({
      options: { length },
      price: 14_900 + index * 1_000,
    })),
  },
  {
    category: 'accessory',
    name: { ko: '{brand} AGM 자동차 배터리', en: '{brand} AGM Car Battery' },
    description: {
      ko: 'ISG(공회전 제한) 차량용 AGM 배터리입니다. 폐배터리 반납 시 설치 매장에서 무상 교체해 드립니다.',
      en: 'AGM battery for start-stop cars. Fitted free at our maintenance stations when you hand in the old battery.',
    },
    brands: accessoryBrands,
    vehicleTypes: ['passenger-car', 'suv', 'van'],
    engineTypes: ['gasoline', 'diesel', 'lpg', 'hybrid'],
    variants: [
      { options: { capacity: '60Ah' }, price: 149_000 },
      { options: { capacity: '70Ah' }, price: 169_000 },
      { options: { capacity: '80Ah' }, price: 189_000 },
      { options: { capacity: '95Ah' }, price: 219_000 },
    ],
  },
  {
    category: 'accessory',
    name: { ko: '{brand} QHD 2채널 블랙박스', en: '{brand} QHD Two-Channel Dashcam' },
    description: {
      ko: '전방 QHD·후방 FHD 2채널 블랙박스로 주차 녹화와 Wi-Fi 영상 확인을 지원합니다.',
      en: 'Front QHD and rear FHD dashcam with parking mode and Wi-Fi playback.',
    },
    brands: accessoryBrands,
    variants: [
      { options: { storage: '64GB' }, price: 219_000 },
      { options: { storage: '128GB' }, price: 249_000 },
    ],
  },
  {
    category: 'accessory',
    name: { ko: '{brand} 무선 타이어 공기주입기', en: '{brand} Cordless Tyre Inflator' },
    description: {
      ko: '목표 공기압을 설정하면 자동으로 멈추는 충전식 공기주입기입니다(최대 150psi).',
      en: 'Rechargeable inflator that stops at the pressure you set (up to 150 psi).',
    },
    brands: accessoryBrands,
    variants: [{ options: { color: 'black' }, price: 49_000 }],
  },
  {
    category: 'accessory',
    name: { ko: '{brand} 점프스타터', en: '{brand} Jump Starter' },
    description: {
      ko: '방전된 차량을 혼자서 시동 걸 수 있는 리튬 점프스타터로 보조배터리 기능도 있습니다.',
      en: 'Lithium jump starter to restart a flat battery on your own; doubles as a power bank.',
    },
    brands: accessoryBrands,
    variants: [
      { options: { capacity: '12000mAh' }, price: 79_000 },
      { options: { capacity: '20000mAh' }, price: 109_000 },
    ],
  },
  {
    category: 'accessory',
    name: { ko: '{brand} 차량용 소화기', en: '{brand} Car Fire Extinguisher' },
    description: {
      ko: '2024년 12월부터 5인승 이상 차량에 비치가 의무화된 차량용 소화기(0.7kg, 자동차 겸용 인증)입니다.',
      en: 'Car fire extinguisher (0.7 kg, certified for vehicles), required in cars with five or more seats since December 2024.',
    },
    brands: accessoryBrands,
    variants: [{ options: { size: '0.7kg' }, price: 24_900 }],
  },
  {
    category: 'accessory',
    name: { ko: '{brand} 고속 충전 차량용 충전기', en: '{brand} Fast Car Charger' },
    description: {
      ko: 'USB-C PD 45W와 USB-A 18W를 동시에 지원하는 시거잭 충전기입니다.',
      en: 'Socket charger with USB-C PD 45 W and USB-A 18 W at once.',
    },
    brands: accessoryBrands,
    variants: [{ options: { ports: 'USB-C + USB-A' }, price: 19_900 }],
  },
];
