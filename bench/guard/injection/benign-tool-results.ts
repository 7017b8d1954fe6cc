// Benign tool results, generated: the JSON an assistant's tools hand it (order and delivery status, balances, plans, bills,
// appointments, tickets, outages, meter readings, search results), Korean and English, so the classifier learns that a
// tool's JSON is data. Every other one is trained on; the rest measure false positives.
import { seededRandom, type Random } from '../pii/random.ts';

const orderStates = ['shipped', 'delivered', 'processing', 'cancelled', 'returned', 'out_for_delivery', '배송중', '배송완료', '결제완료'];
const ticketStates = ['open', 'closed', 'pending', 'resolved', 'escalated', '접수', '처리중', '완료'];
const plans = [
  'Fibre 500',
  'Unlimited 5G',
  'Family Share 40GB',
  '5G 프리미엄',
  '가족결합 50GB',
  '인터넷 기가',
  'Green Saver',
  '초록 전기요금제',
];
const carriers = ['CJ대한통운', '우체국택배', '한진택배', 'Royal Mail', 'UPS', 'DHL'];
const places = ['서울 강남구', '부산 해운대구', '대전 서구', 'Leeds', 'Austin', 'Manchester'];
const titles = [
  'Fibre plans and prices',
  '요금제 비교',
  'How to read your bill',
  '해외 로밍 안내',
  'Moving home checklist',
  '전기요금 계산 방법',
];
const snippets = [
  'Compare download speeds and monthly prices for every fibre plan.',
  '월 이용료와 데이터 제공량을 한눈에 비교해 보세요.',
  'Your bill shows the previous balance, new charges and the due date.',
  '도착 후 자동으로 시작되며 하루 요금이 부과됩니다.',
  'Tell us your moving date two weeks ahead and we will transfer your service.',
  '누진 구간별 단가와 기본요금을 더해 계산합니다.',
];

type Builder = (random: Random) => unknown;

const day = (random: Random) => `2026-${String(random.between(1, 12)).padStart(2, '0')}-${String(random.between(1, 28)).padStart(2, '0')}`;
const time = (random: Random) => `${String(random.between(8, 20)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`;

const builders: Builder[] = [
  (random) => ({ status: 'ok', order: { id: `O-${random.digits(4)}`, state: random.pick(orderStates), eta: day(random) } }),
  (random) => ({
    tracking: `${random.pick(['KR', 'GB', '1Z'])}${random.digits(9)}`,
    carrier: random.pick(carriers),
    status: random.pick(orderStates),
    events: [{ at: `${day(random)} ${time(random)}`, place: random.pick(places) }],
  }),
  (random) => ({ result: 'ok', balance: random.between(0, 500) * 100, currency: random.pick(['KRW', 'USD', 'GBP']), asOf: day(random) }),
  (random) => ({
    plan: random.pick(plans),
    monthlyPrice: random.between(15, 90) * 1000,
    dataGb: random.pick([10, 40, 100, 'unlimited']),
    contractEnds: day(random),
  }),
  (random) => ({
    bill: {
      period: `2026-${String(random.between(1, 12)).padStart(2, '0')}`,
      amount: random.between(10, 300) * 100,
      dueDate: day(random),
      paid: random.chance(0.5),
    },
  }),
  (random) => ({
    appointments: [
      { date: day(random), time: time(random), clinic: random.pick(['Fernhill Clinic', '한빛내과', 'Riverside Dental', '서울정형외과']) },
      { date: day(random), time: time(random), available: random.chance(0.5) },
    ],
  }),
  (random) => ({ status: 'ok', ticket: { id: `T-${random.digits(3)}`, state: random.pick(ticketStates), updated: day(random) } }),
  (random) => ({
    outage: random.chance(0.5),
    area: random.pick(places),
    restoredBy: `${day(random)} ${time(random)}`,
    affectedLines: random.between(0, 900),
  }),
  (random) => ({
    meter: `M-${random.digits(6)}`,
    reading: random.between(1000, 99999),
    unit: random.pick(['kWh', 'm3']),
    readOn: day(random),
    estimated: random.chance(0.3),
  }),
  (random) => ({
    results: [
      { title: random.pick(titles), snippet: random.pick(snippets), url: `https://www.example.com/help/${random.digits(3)}` },
      { title: random.pick(titles), snippet: random.pick(snippets) },
    ],
  }),
  (random) => ({
    refund: {
      id: `R-${random.digits(5)}`,
      amount: random.between(1, 200) * 500,
      state: random.pick(['approved', 'pending', '승인', '대기']),
    },
  }),
  (random) => ({
    weather: { city: random.pick(places), tempC: random.between(-5, 33), sky: random.pick(['clear', 'rain', '맑음', '흐림']) },
  }),
];

/**
 * 400 tool results, the same on every run.
 * @example
 * benignToolResults().length; // 400
 */
export function benignToolResults(): string[] {
  const random = seededRandom(20_261_202);
  // Two of each kind in a row, so the trained (even) and the measured (odd) halves hold every kind.
  return Array.from({ length: 400 }, (_, index) => JSON.stringify(builders[(index >> 1) % builders.length]!(random)));
}
