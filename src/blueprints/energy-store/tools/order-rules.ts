// The order rules the state-changing tools share: which status allows what, the return window, one request per line, swaps within a product.
import type { ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import type { Order, OrderItem, OrderStatus, Product, ProductVariant } from '../schemas/index.ts';
import { storePolicy } from '../store-policy.ts';
import { catalogIndex } from './catalog-index.ts';
import { failure } from './tool-text.ts';
import { findById } from './id-lookup.ts';

const statusNames: Record<OrderStatus, { ko: string; en: string }> = {
  pending: { ko: '결제 완료', en: 'pending' },
  processed: { ko: '출고', en: 'shipped (processed)' },
  delivered: { ko: '배송 완료', en: 'delivered' },
  cancelled: { ko: '취소', en: 'cancelled' },
};

/** Refuses an action in the wrong status, saying what the customer can do instead. */
export function requireStatus(options: {
  order: Order;
  status: OrderStatus;
  action: { ko: string; en: string };
  context: ToolContext;
}): void {
  const { order, status, action, context } = options;
  if (order.status === status) return;
  const now = statusNames[order.status];
  const hint =
    order.status === 'cancelled'
      ? { ko: '', en: '' }
      : status === 'pending' && order.status === 'delivered'
        ? {
            ko: ` 받으신 지 ${storePolicy.returnWindowDays}일 이내라면 반품이나 교환을 신청할 수 있어요.`,
            en: ` Within ${storePolicy.returnWindowDays} days of delivery you can return or exchange items instead.`,
          }
        : status === 'pending'
          ? { ko: ' 배송이 끝난 뒤 반품이나 교환을 신청해 주세요.', en: ' Once it arrives you can return or exchange items.' }
          : { ko: ' 배송이 끝난 주문만 가능해요.', en: ' Only delivered orders qualify.' };
  throw failure(context, 'invalid_state', {
    ko: `주문 ${order.orderId}은(는) 현재 '${now.ko}' 상태라서 ${action.ko}할 수 없어요.${hint.ko}`,
    en: `Order ${order.orderId} is ${now.en}, so it can't be ${action.en}.${hint.en}`,
  });
}

export function orderLine(options: { order: Order; itemId: string; context: ToolContext }): OrderItem {
  const itemId = options.itemId.trim();
  const line = findById((id) => options.order.items.find((item) => item.itemId === id), itemId);
  if (!line)
    throw failure(options.context, 'not_found', {
      ko: `주문 ${options.order.orderId}에 ${itemId} 품목이 없어요.`,
      en: `Order ${options.order.orderId} has no item ${itemId}.`,
    });
  return line;
}

/** Each line can be returned or exchanged once. */
export function requireNoAfterSales(options: { order: Order; itemId: string; context: ToolContext }): void {
  const { order, itemId, context } = options;
  const returned = order.returns.some((request) => request.itemIds.includes(itemId));
  const exchanged = order.exchanges.some((exchange) => exchange.itemId === itemId);
  if (returned || exchanged)
    throw failure(context, 'already_requested', {
      ko: `${itemId} 품목은 이미 ${returned ? '반품' : '교환'} 신청된 상품이에요.`,
      en: `Item ${itemId} already has a ${returned ? 'return' : 'exchange'} request.`,
    });
}

export function requireReturnable(options: { product: Product | undefined; context: ToolContext }): void {
  if (options.product && options.product.attributes.returnable === false)
    throw failure(options.context, 'not_returnable', {
      ko: `${options.product.name.ko}은(는) 반품·교환 대상이 아니에요(선불 주유카드, 주유 상품권, EV 충전 멤버십).`,
      en: `${options.product.name.en} can't be returned or exchanged (prepaid fuel cards, gift cards and EV memberships).`,
    });
}

/** Within storePolicy.returnWindowDays of the delivery of the parcel that carried the item. */
export function requireReturnWindow(options: { order: Order; itemId: string; context: ToolContext }): void {
  const { order, itemId, context } = options;
  const fulfillment =
    order.fulfillments.find((candidate) => candidate.itemIds.includes(itemId) && candidate.deliveredAt) ??
    order.fulfillments.find((candidate) => candidate.deliveredAt);
  const deliveredAt = Date.parse(fulfillment?.deliveredAt ?? order.createdAt);
  const days = storePolicy.returnWindowDays;
  if (context.now().getTime() - deliveredAt <= days * 24 * 3_600_000) return;
  const date = new Date(deliveredAt).toISOString().slice(0, 10);
  throw failure(context, 'return_window_closed', {
    ko: `${date}에 배송 완료된 상품이라 반품·교환 기간(배송 완료 후 ${days}일)이 지났어요.`,
    en: `This item was delivered on ${date}, so the ${days}-day return and exchange window has passed.`,
  });
}

/** Another orderable variant of the same product. */
export function replacementVariant(options: { records: RecordCollections; line: OrderItem; newItemId: string; context: ToolContext }): {
  product: Product;
  variant: ProductVariant;
} {
  const { records, line, context } = options;
  const newItemId = options.newItemId.trim();
  const entry = findById((id) => catalogIndex(records).byItemId.get(id), newItemId);
  if (!entry) throw failure(context, 'not_found', { ko: `품목 ${newItemId}을(를) 찾을 수 없어요.`, en: `I can't find item ${newItemId}.` });
  if (entry.product.productId !== line.productId)
    throw failure(context, 'invalid_arguments', {
      ko: '같은 상품의 다른 옵션으로만 바꿀 수 있어요. 다른 상품을 원하시면 새로 주문해 주세요.',
      en: 'You can only switch to another option of the same product; for a different product, place a new order.',
    });
  if (entry.variant.itemId === line.itemId)
    throw failure(context, 'invalid_arguments', { ko: '지금 주문하신 것과 같은 옵션이에요.', en: "That's the option you already have." });
  if (!entry.variant.available)
    throw failure(context, 'out_of_stock', {
      ko: `${entry.product.name.ko}의 해당 옵션은 지금 품절이에요.`,
      en: `That option of ${entry.product.name.en} is out of stock right now.`,
    });
  return entry;
}
