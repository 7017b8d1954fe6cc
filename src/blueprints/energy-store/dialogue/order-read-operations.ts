// Account reads: the customer's orders, one order's status and tracking, and loyalty points.
import type { DialogueOperation, OperationTurn } from '../../../assistants/index.ts';
import { normalizeText } from '../../../models/builtin/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import type { Order, OrderStatus } from '../schemas/index.ts';
import { tierLabels } from '../store-policy.ts';
import { type ListedOrder, namedOrder, orderLine } from './order-lookup.ts';
import { rememberList } from './references.ts';
import { numberedList, optionsText, orderStatusNames, outcomeProblem, readableDate, shipmentStatusNames, won } from './reply-text.ts';

function statusFilter(text: string): OrderStatus | undefined {
  const lower = normalizeText(text).toLowerCase();
  if (/취소된|취소한|cancelled|canceled/u.test(lower)) return 'cancelled';
  if (/배송\s*중|배송중인|shipping|in transit|on (its|the) way|shipped/u.test(lower)) return 'processed';
  if (/배송\s*완료|받은|delivered|received/u.test(lower)) return 'delivered';
  if (/출고\s*전|결제\s*완료|pending|not (yet )?shipped/u.test(lower)) return 'pending';
  return undefined;
}

function describe(order: Order & { items: (Order['items'][number] & { name: string })[]; total: number }, turn: OperationTurn): string {
  const lines = [
    turn.say({
      ko: `주문 ${order.orderId} (${readableDate(order.createdAt, 'ko')}) — ${orderStatusNames[order.status].ko}`,
      en: `Order ${order.orderId} (${readableDate(order.createdAt, 'en')}) — ${orderStatusNames[order.status].en}`,
    }),
    ...order.items.map(
      (item) =>
        `- ${item.name}${Object.keys(item.options).length ? ` (${optionsText(item.options, turn.language)})` : ''} × ${item.quantity}: ${won(item.price * item.quantity)}`,
    ),
    `${turn.say({ ko: '합계', en: 'Total' })}: ${won(order.total)}`,
  ];
  for (const shipment of order.fulfillments) {
    const status = shipmentStatusNames[shipment.status]?.[turn.language] ?? shipment.status;
    const when = shipment.deliveredAt ? ` (${readableDate(shipment.deliveredAt, turn.language)})` : '';
    lines.push(
      turn.say({
        ko: `배송: ${shipment.carrier} 운송장 ${shipment.trackingId} — ${status}${when}`,
        en: `Shipment: ${shipment.carrier}, tracking ${shipment.trackingId} — ${status}${when}`,
      }),
    );
  }
  for (const request of order.returns)
    lines.push(
      turn.say({
        ko: `반품 ${request.returnId}: 환불 ${won(request.refundAmount)} (${request.status})`,
        en: `Return ${request.returnId}: refund ${won(request.refundAmount)} (${request.status})`,
      }),
    );
  for (const exchange of order.exchanges)
    lines.push(
      turn.say({
        ko: `교환 ${exchange.exchangeId}: ${optionsText(exchange.newOptions, 'ko')} (${exchange.status})`,
        en: `Exchange ${exchange.exchangeId}: ${optionsText(exchange.newOptions, 'en')} (${exchange.status})`,
      }),
    );
  if (order.cancelledAt)
    lines.push(
      turn.say({ ko: `취소일: ${readableDate(order.cancelledAt, 'ko')}`, en: `Cancelled on ${readableDate(order.cancelledAt, 'en')}` }),
    );
  return lines.join('\n');
}

export function orderReadOperations(records: RecordCollections): DialogueOperation[] {
  const list: DialogueOperation = {
    id: 'list_orders',
    label: { ko: '내 주문 목록', en: 'list my orders' },
    requiresAuthentication: true,
    examples: {
      ko: [
        '내 주문 목록 보여줘',
        '제가 주문한 거 뭐 있어요?',
        '최근 주문 내역 알려 주세요',
        '주문내역 조회',
        '지금까지 주문한 것들 보여 주세요',
        '취소된 주문 보여줘',
        '배송 중인 주문 있어요?',
        '구매 내역 확인하고 싶어요',
        '내가 산 거 목록',
        '주문 목록 좀요',
        '최근에 뭐 샀는지 알려줘',
        '주문 리스트 보여주세요',
      ],
      en: [
        'show my orders',
        'list my orders',
        'what have I ordered',
        'my recent orders please',
        'order history',
        'show me my purchase history',
        'which orders are still on the way',
        'show my cancelled orders',
        'what did I buy recently',
        'all my orders',
        'can I see my orders',
        'my order list',
      ],
    },
    async handle(turn) {
      // "show me order O-1234" is about one order, whatever the words around it.
      if (namedOrder(turn, records)) return status.handle(turn);
      const wanted = statusFilter(turn.text);
      const outcome = await turn.call('list_orders', { ...(wanted ? { status: wanted } : {}), limit: 5 });
      if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome as { status: string; message?: string }), done: true };
      const { count, orders } = outcome.result as { count: number; orders: ListedOrder[] };
      if (count === 0) return { text: turn.say({ ko: '해당하는 주문이 없어요.', en: 'You have no such orders.' }), done: true };
      rememberList(
        turn.memory,
        'order',
        orders.map((order) => order.orderId),
      );
      const header = turn.say({
        ko: `주문 ${count}건 중 최근 ${orders.length}건이에요:`,
        en: `You have ${count} order${count === 1 ? '' : 's'}; the latest ${orders.length}:`,
      });
      return { text: `${header}\n${numberedList(orders.map((order) => orderLine(order, turn)))}`, done: true };
    },
  };

  const status: DialogueOperation = {
    id: 'order_status',
    label: { ko: '주문·배송 조회', en: 'check an order or its delivery' },
    requiresAuthentication: true,
    examples: {
      ko: [
        '주문 상태 알려줘',
        '내 주문 어디까지 왔어요?',
        '배송 조회해 주세요',
        '택배 언제 와요',
        '운송장 번호 알려 주세요',
        '그 주문 배송 상태는요?',
        '주문 O-100123 확인해 줘',
        '첫 번째 주문 상세 보여줘',
        '배송이 아직 안 왔어요 어디쯤이에요',
        '주문한 엔진오일 언제 도착해요?',
        '배송조회',
        '두 번째 주문은 어떻게 됐어요',
      ],
      en: [
        'where is my order',
        'track my order',
        'order status please',
        'when will my parcel arrive',
        'what is the tracking number',
        'status of that order',
        'check order O-100123',
        'show the details of the first order',
        'has my order shipped yet',
        'my delivery is late, where is it',
        'track the second one',
        'what happened to my last order',
      ],
    },
    async handle(turn) {
      let orderId = namedOrder(turn, records) ?? (turn.slots.orderId as string | undefined);
      if (!orderId) {
        const outcome = await turn.call('list_orders', { limit: 5 });
        if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome as { status: string; message?: string }), done: true };
        const orders = (outcome.result as { orders: ListedOrder[] }).orders;
        if (orders.length === 0) return { text: turn.say({ ko: '주문 내역이 없어요.', en: "You don't have any orders." }), done: true };
        if (orders.length > 1) {
          rememberList(
            turn.memory,
            'order',
            orders.map((order) => order.orderId),
          );
          return {
            text: `${turn.say({ ko: '어느 주문을 확인할까요?', en: 'Which order should I check?' })}\n${numberedList(orders.map((order) => orderLine(order, turn)))}`,
            done: false,
          };
        }
        orderId = orders[0]?.orderId ?? '';
      }
      const outcome = await turn.call('get_order', { orderId });
      delete turn.slots.orderId;
      if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome as { status: string; message?: string }), done: true };
      const order = outcome.result as Parameters<typeof describe>[0];
      turn.memory.lastMentioned.order = order.orderId;
      return { text: describe(order, turn), done: true };
    },
  };

  const loyalty: DialogueOperation = {
    id: 'loyalty_points',
    label: { ko: '포인트 조회', en: 'check my points' },
    requiresAuthentication: true,
    examples: {
      ko: [
        '포인트 얼마나 있어요?',
        '내 포인트 조회',
        '적립금 확인해 주세요',
        '누리 포인트 잔액 알려줘',
        '제 등급이 뭐예요',
        '골드 등급까지 얼마나 남았어요',
        '포인트 몇 점이에요',
        '멤버십 등급 확인',
        '포인트조회',
        '쌓인 포인트 보여줘',
        '포인트 언제 소멸돼요',
        '적립률이 어떻게 돼요',
      ],
      en: [
        'how many points do I have',
        'check my points',
        'my loyalty balance',
        'what is my member tier',
        'how far am I from gold',
        'points balance please',
        'show my Nuri points',
        'what tier am I',
        'how much reward points',
        'do my points expire',
        'my earn rate',
        'loyalty points',
      ],
    },
    async handle(turn) {
      const outcome = await turn.call('get_loyalty_points', {});
      if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome as { status: string; message?: string }), done: true };
      const points = outcome.result as {
        points: number;
        tier: keyof typeof tierLabels;
        earnRate: number;
        nextTier?: keyof typeof tierLabels;
        nextTierThreshold?: number;
        pointsValidityYears: number;
      };
      const tier = tierLabels[points.tier][turn.language];
      const next = points.nextTier
        ? turn.say({
            ko: ` 다음 등급(${tierLabels[points.nextTier].ko})은 최근 12개월 적립 ${points.nextTierThreshold?.toLocaleString('en')}점부터예요.`,
            en: ` The next tier (${tierLabels[points.nextTier].en}) starts at ${points.nextTierThreshold?.toLocaleString('en')} points earned in 12 months.`,
          })
        : '';
      return {
        text: turn.say({
          ko: `누리 포인트 ${points.points.toLocaleString('en')}점(${won(points.points)} 상당)이 있어요. 등급은 ${tier}, 온라인 적립률 ${points.earnRate * 100}%예요.${next} 포인트는 ${points.pointsValidityYears}년간 유효해요.`,
          en: `You have ${points.points.toLocaleString('en')} Nuri points (worth ${won(points.points)}). Your tier is ${tier}, earning ${points.earnRate * 100}% online.${next} Points are valid for ${points.pointsValidityYears} years.`,
        }),
        done: true,
      };
    },
  };
  return [list, status, loyalty];
}
