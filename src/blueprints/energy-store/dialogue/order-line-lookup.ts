// Which line of an order a message means (item id, product name words, position, the only line) and which new option it wants.
import type { OperationReply, OperationTurn } from '../../../assistants/index.ts';
import type { Order, OrderItem, Product } from '../schemas/index.ts';
import { nameKey } from './dialogue-indexes.ts';
import { variantsNamed } from './product-lookup.ts';
import { fromList, idTokens, ordinalIn, rememberList } from './references.ts';
import { numberedList, optionsText, outcomeProblem, won } from './reply-text.ts';

export type DescribedOrder = Omit<Order, 'items'> & { items: (OrderItem & { name: string })[] };

export async function fetchOrder(turn: OperationTurn, orderId: string): Promise<DescribedOrder | OperationReply> {
  const outcome = await turn.call('get_order', { orderId });
  if (outcome.status !== 'ok') {
    delete turn.slots.orderId;
    return { text: outcomeProblem(turn, outcome as { status: string; message?: string }), done: true };
  }
  return outcome.result as DescribedOrder;
}

/** Lines named in the text: by item id, by words of the product name, or by position in the listed lines. */
export function linesNamed(order: DescribedOrder, turn: OperationTurn): OrderItem[] {
  const ids = new Set(idTokens(turn.text).map((token) => token.toUpperCase()));
  const byId = order.items.filter((item) => ids.has(item.itemId.toUpperCase()));
  if (byId.length > 0) return byId;
  const listed = turn.slots.asking === 'line' ? fromList(turn.memory, 'line', ordinalIn(turn.text)) : undefined;
  const byPosition = order.items.filter((item) => item.itemId === listed);
  if (byPosition.length > 0) return byPosition;
  const compact = nameKey(turn.text);
  // A line is named when a distinctive word of its product name (3+ letters / 2+ syllables) appears in the message.
  return order.items.filter((item) =>
    item.name
      .split(/\s+/u)
      .map(nameKey)
      .filter((word) => word.length >= 2 && !/^(누리|엔진오일|engine|oil|nuri)$/u.test(word))
      .some((word) => compact.includes(word) && word.length >= ([...word].some((c) => c > '\u3000') ? 2 : 4)),
  );
}

export function askWhichLine(turn: OperationTurn, order: DescribedOrder, question: { ko: string; en: string }): OperationReply {
  rememberList(
    turn.memory,
    'line',
    order.items.map((item) => item.itemId),
  );
  turn.slots.asking = 'line';
  const lines = order.items.map(
    (item) =>
      `${item.name}${Object.keys(item.options).length ? ` (${optionsText(item.options, turn.language)})` : ''} × ${item.quantity} — ${won(item.price * item.quantity)}`,
  );
  return { text: `${turn.say(question)}\n${numberedList(lines)}`, done: false };
}

/** The other option of the line's product the customer names, or a reply that lists the in-stock options. */
export async function replacementFor(turn: OperationTurn, line: OrderItem): Promise<{ itemId: string } | OperationReply> {
  const outcome = await turn.call('get_product', { productId: line.productId });
  if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome as { status: string; message?: string }), done: true };
  const product = outcome.result as Product;
  const others = product.variants.filter((variant) => variant.itemId !== line.itemId);
  const byPosition = turn.slots.asking === 'option' ? fromList(turn.memory, 'option', ordinalIn(turn.text)) : undefined;
  const named =
    others.find((variant) => variant.itemId === byPosition) ??
    variantsNamed(others, turn.text).find((variant) => variant.available) ??
    variantsNamed(others, turn.text)[0] ??
    others.find((variant) => variant.itemId === turn.slots.newItemId);
  if (named) return { itemId: named.itemId };
  const available = others.filter((variant) => variant.available);
  if (available.length === 0)
    return {
      text: turn.say({
        ko: '이 상품은 바꿀 수 있는 다른 옵션이 지금 없어요.',
        en: 'There is no other option of this product in stock right now.',
      }),
      done: true,
    };
  rememberList(
    turn.memory,
    'option',
    available.map((variant) => variant.itemId),
  );
  turn.slots.asking = 'option';
  const listed = available.map((variant) => `${optionsText(variant.options, turn.language)} — ${won(variant.price)}`);
  return {
    text: `${turn.say({ ko: `${line.name}을(를) 어떤 옵션으로 바꿀까요?`, en: `Which option should ${product.name.en} change to?` })}\n${numberedList(listed)}`,
    done: false,
  };
}
