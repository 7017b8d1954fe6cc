// Which order a message means: an id in the data, "the second one" of the last list, "that order", or the only candidate.
import type { OperationReply, OperationTurn } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import type { OrderStatus } from '../schemas/index.ts';
import { catalogIdIn, fromList, orderIdIn, ordinalIn, pointsBack, rememberList, unknownIdIn } from './references.ts';
import { itemsShort, numberedList, orderStatusNames, readableDate, won } from './reply-text.ts';

export interface ListedOrder {
  orderId: string;
  createdAt: string;
  status: OrderStatus;
  total: number;
  items: { itemId: string; name: string; options: Record<string, string>; quantity: number }[];
  trackingIds: string[];
}

export function orderLine(order: ListedOrder, turn: OperationTurn): string {
  return `${order.orderId} · ${readableDate(order.createdAt, turn.language)} · ${orderStatusNames[order.status][turn.language]} · ${won(order.total)} · ${itemsShort(
    order.items.map((item) => item.name),
    turn.language,
  )}`;
}

/** The order this message means: an id, a position in the last order list, "that order", the one already chosen, or an unknown id. */
export function namedOrder(turn: OperationTurn, records: RecordCollections): string | undefined {
  // While a line, option or payment question is open, "the second one" answers that question, not which order.
  const ordinal = turn.slots.asking === undefined ? ordinalIn(turn.text) : undefined;
  const unknown = unknownIdIn(turn.text);
  return (
    orderIdIn(records, turn.text) ??
    fromList(turn.memory, 'order', ordinal) ??
    (turn.slots.orderId as string | undefined) ??
    (pointsBack(turn.text) ? turn.memory.lastMentioned.order : undefined) ??
    (unknown && !catalogIdIn(records, unknown) ? unknown : undefined)
  );
}

/**
 * The order to act on, or a reply that lists the candidates (orders in `statuses`) and asks which.
 * @example
 * const found = await resolveOrder(turn, records, { statuses: ['pending'], purpose: { ko: '취소할', en: 'cancel' } });
 */
export async function resolveOrder(
  turn: OperationTurn,
  records: RecordCollections,
  options: { statuses: OrderStatus[]; purpose: { ko: string; en: string } },
): Promise<{ orderId: string } | { reply: OperationReply }> {
  const named = namedOrder(turn, records);
  if (named) {
    turn.slots.orderId = named;
    return { orderId: named };
  }
  const outcome = await turn.call('list_orders', { limit: 20 });
  if (outcome.status !== 'ok')
    return {
      reply: { text: outcome.status === 'failed' || outcome.status === 'authentication_required' ? outcome.message : '', done: true },
    };
  const candidates = (outcome.result as { orders: ListedOrder[] }).orders.filter((order) => options.statuses.includes(order.status));
  if (candidates.length === 1 && candidates[0]) {
    turn.slots.orderId = candidates[0].orderId;
    return { orderId: candidates[0].orderId };
  }
  if (candidates.length === 0) {
    const wanted = options.statuses.map((status) => orderStatusNames[status][turn.language]).join(turn.say({ ko: '·', en: ' or ' }));
    return {
      reply: {
        text: turn.say({
          ko: `${options.purpose.ko} 수 있는 주문(${wanted})이 없어요. 주문 번호가 있으면 알려 주세요.`,
          en: `You have no order I could ${options.purpose.en} (${wanted}). If you have an order number, tell me.`,
        }),
        done: true,
      },
    };
  }
  const top = candidates.slice(0, 5);
  rememberList(
    turn.memory,
    'order',
    top.map((order) => order.orderId),
  );
  return {
    reply: {
      text: `${turn.say({ ko: `어느 주문을 ${options.purpose.ko.replace(/할$/u, '할까요')}?`, en: `Which order should I ${options.purpose.en}?` })}\n${numberedList(top.map((order) => orderLine(order, turn)))}`,
      done: false,
    },
  };
}
