// Scripted energy-store conversations drawn from the installed data: real customers with orders, real products and station areas.
import type { RecordCollections } from '../../src/blueprints/index.ts';
import type { Customer, Order, Product, Station } from '../../src/blueprints/energy-store/index.ts';
import { seededRandom, type Random } from '../retrieval/seeded-random.ts';
import { turnLanguage, type ConversationScript, type ScriptTurn, type TurnKind } from './script-types.ts';

type Line = { ko: string; en: string };

const serviceWords: Record<string, Line> = {
  'car-wash': { ko: '세차 되는', en: 'with a car wash' },
  'ev-fast-charging': { ko: '전기차 급속충전 되는', en: 'with EV fast charging' },
  '24h': { ko: '24시간 하는', en: 'open 24 hours' },
  'convenience-store': { ko: '편의점 있는', en: 'with a convenience store' },
};

const policyQuestions: Line[] = [
  { ko: '반품은 며칠 안에 해야 하나요?', en: "What's your return policy?" },
  { ko: '배송비는 얼마예요? 무료배송 기준이 있나요', en: 'How much is shipping, is there free delivery?' },
  { ko: '주유권도 환불 되나요?', en: 'Can I get a refund on a prepaid fuel card?' },
  { ko: '교환은 어떻게 하나요', en: 'how do exchanges work?' },
  { ko: '포인트는 언제 적립돼요?', en: 'When do I earn Nuri points on a purchase?' },
];

/** The customer's search for something real in the catalogue, phrased one of several ways. */
function productSearch(random: Random, products: readonly Product[]): Line {
  const product = random.pick(products);
  const model = product.attributes.fits?.models?.[0];
  const viscosity = product.attributes.viscosity;
  if (viscosity && random.next() < 0.6)
    return random.pick([
      { ko: `${viscosity} 엔진오일 추천해 주세요`, en: `Can you recommend a ${viscosity} engine oil?` },
      { ko: `${viscosity} 엔진 오일 뭐가 좋아요?`, en: `which ${viscosity} oil would you suggest` },
    ]);
  if (model)
    return { ko: `${model}에 맞는 ${product.name.ko.split(' ').at(-1)} 있나요?`, en: `Do you have a ${product.name.en} for my car?` };
  return random.pick([
    { ko: `${product.name.ko} 있어요?`, en: `Do you have ${product.name.en}?` },
    { ko: `${product.attributes.brand} 제품 찾고 있어요`, en: `I'm looking for ${product.attributes.brand} products` },
  ]);
}

function productDetails(random: Random, products: readonly Product[]): Line {
  const product = random.pick(products);
  return random.pick([
    { ko: `${product.name.ko} 가격 얼마예요?`, en: `How much is the ${product.name.en}?` },
    { ko: `${product.name.ko} 재고 있나요`, en: `Is ${product.name.en} in stock?` },
  ]);
}

function stationFinder(random: Random, stations: readonly Station[]): Line {
  const station = random.pick(stations);
  const { city, district } = station.address;
  const service = station.services.find((name) => serviceWords[name] && random.next() < 0.5);
  if (service)
    return {
      ko: `${district.ko} ${serviceWords[service]!.ko} 주유소 있어요?`,
      en: `Any stations in ${district.en} ${serviceWords[service]!.en}?`,
    };
  return random.pick([
    { ko: `${city.ko} ${district.ko} 근처 주유소 알려 주세요`, en: `Where are your stations in ${district.en}, ${city.en}?` },
    { ko: `${district.ko}에 누리에너지 주유소 어디 있어요?`, en: `gas station near ${district.en}` },
  ]);
}

function authentication(random: Random, customer: Customer): Line {
  if (random.next() < 0.7)
    return random.pick([
      { ko: `${customer.email} 입니다`, en: `my email is ${customer.email}` },
      { ko: customer.email, en: customer.email },
    ]);
  return { ko: `${customer.name}, 우편번호 ${customer.address.zip}이요`, en: `I'm ${customer.name}, postcode ${customer.address.zip}` };
}

/** Orders by customer, read once: a per-customer lookup per candidate would cost a query each. */
function ordersByCustomer(records: RecordCollections): Map<string, Order[]> {
  const byCustomer = new Map<string, Order[]>();
  for (const order of records.all<Order>('orders')) {
    const list = byCustomer.get(order.customerId);
    if (list) list.push(order);
    else byCustomer.set(order.customerId, [order]);
  }
  return byCustomer;
}

/** A customer with orders (most with a pending one, so the cancel flow has something to ask about). */
function pickCustomer(options: { random: Random; customers: readonly Customer[]; orders: Map<string, Order[]> }) {
  const { random } = options;
  const wantPending = random.next() < 0.7;
  for (let attempt = 0; ; attempt += 1) {
    const customer = random.pick(options.customers);
    const orders = options.orders.get(customer.customerId) ?? [];
    if (orders.length === 0) continue;
    const pending = orders.find((order) => order.status === 'pending');
    if (wantPending && !pending && attempt < 50) continue;
    const shipped = orders.filter((order) => order.status !== 'pending');
    return { customer, status: random.pick(shipped.length ? shipped : orders), cancel: pending ?? random.pick(orders) };
  }
}

/**
 * Conversations of 8–12 turns (about 10): greeting, search, station, order status with authentication, a cancel answered "no", a policy question…
 * @example
 * const scripts = energyStoreScripts({ records, count: 300, seed: 7 });
 */
export function energyStoreScripts(options: { records: RecordCollections; count: number; seed: number }): ConversationScript[] {
  const { records } = options;
  const random = seededRandom(options.seed);
  const products = records.all<Product>('products');
  const customers = records.all<Customer>('customers');
  const stations = records.all<Station>('stations');
  const orders = ordersByCustomer(records);
  return Array.from({ length: options.count }, (_, index) => {
    const language = random.next() < 0.15 ? 'mixed' : random.next() < 0.5 ? 'ko' : 'en';
    const { customer, status, cancel } = pickCustomer({ random, customers, orders });
    const optional = (kind: TurnKind, chance: number, line: () => Line) => (random.next() < chance ? [{ kind, line: line() }] : []);
    const searchFirst = random.next() < 0.5;
    const plan: Array<{ kind: TurnKind; line: Line }> = [
      {
        kind: 'greeting',
        line: random.pick([
          { ko: '안녕하세요', en: 'Hi' },
          { ko: '안녕하세요~', en: 'hello there' },
        ]),
      },
      ...optional('product_search', searchFirst ? 1 : 0.5, () => productSearch(random, products)),
      ...optional('product_details', 0.3, () => productDetails(random, products)),
      ...optional('station_finder', searchFirst ? 0.5 : 1, () => stationFinder(random, stations)),
      {
        kind: 'order_status',
        line: random.pick([
          { ko: '주문 배송 조회하고 싶어요', en: "where's my order?" },
          { ko: '제 주문 어디까지 왔나요', en: 'I want to check my order status' },
        ]),
      },
      { kind: 'authenticate', line: authentication(random, customer) },
      ...optional('order_status', 0.5, () => ({
        ko: `${status.orderId} 지금 어디쯤이에요?`,
        en: `What's the status of ${status.orderId}?`,
      })),
      { kind: 'cancel_order', line: { ko: `${cancel.orderId} 주문 취소해 주세요`, en: `Please cancel order ${cancel.orderId}` } },
      {
        kind: 'decline',
        line: random.pick([
          { ko: '아니요', en: 'no' },
          { ko: '아니요 안 할래요', en: 'no thanks' },
        ]),
      },
      { kind: 'policy', line: random.pick(policyQuestions) },
      ...optional('loyalty_points', 0.3, () => ({ ko: '포인트 얼마나 있어요?', en: 'How many points do I have?' })),
      {
        kind: 'thanks',
        line: random.pick([
          { ko: '감사합니다', en: 'thanks!' },
          { ko: '고마워요', en: 'thank you, bye' },
        ]),
      },
    ];
    const turns: ScriptTurn[] = plan.map(({ kind, line }) => {
      const turn = turnLanguage({ language, coin: random.next() });
      return { kind, language: turn, text: line[turn] };
    });
    return { id: `energy-store-${String(index).padStart(4, '0')}`, assistantId: 'energy-store', language, turns };
  });
}
