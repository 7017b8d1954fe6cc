// cancel_order: a pending order of the authenticated customer is cancelled whole and everything paid is refunded.
import { z } from 'zod';
import type { AssistantTool, ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { collections } from '../data-files.ts';
import type { Order } from '../schemas/index.ts';
import { ownOrder, paymentMethodText } from './account-access.ts';
import { catalogIndex } from './catalog-index.ts';
import { netPaid, originalPaymentMethod, paymentEntry, settlePoints } from './order-money.ts';
import { requireStatus } from './order-rules.ts';
import { failure, itemLine, won } from './tool-text.ts';

const cancelArguments = z.object({
  orderId: z.string().min(1).describe("Order id, e.g. 'O-100123'"),
  reason: z.string().max(200).optional().describe("The customer's reason, if given"),
});
type CancelArguments = z.output<typeof cancelArguments>;

const action = { ko: '취소', en: 'cancelled' };

function plan(records: RecordCollections, args: CancelArguments, context: ToolContext) {
  const { order, customer } = ownOrder({ records, context, orderId: args.orderId });
  requireStatus({ order, status: 'pending', action, context });
  const method = originalPaymentMethod(order, customer);
  if (!method)
    throw failure(context, 'invalid_state', {
      ko: '결제 정보를 찾을 수 없어 고객센터 확인이 필요해요.',
      en: 'I cannot find how this order was paid; the customer centre needs to look at it.',
    });
  return { order, customer, method, refund: netPaid(order) };
}

export function cancelOrderTool(records: RecordCollections): AssistantTool<CancelArguments> {
  return {
    name: 'cancel_order',
    description:
      'Cancel a whole order of the authenticated customer. Only pending orders (not yet shipped) can be cancelled; everything paid, shipping included, is refunded to the original payment method.',
    parameters: cancelArguments,
    changesState: true,
    requiresAuthentication: true,
    summarize: (args, context) => {
      const { order, method, refund } = plan(records, args, context);
      const language = context.language;
      const catalog = catalogIndex(records);
      const items = order.items.map((item) =>
        itemLine({
          name: catalog.byId.get(item.productId)?.name[language] ?? item.name ?? item.productId,
          itemOptions: item.options,
          price: item.price,
          quantity: item.quantity,
          language,
        }),
      );
      return language === 'ko'
        ? [
            `주문 ${order.orderId} 전체 취소:`,
            ...items,
            `환불 금액: ${won(refund)} (배송비 포함)`,
            `환불 수단: ${paymentMethodText(method, 'ko')}`,
          ].join('\n')
        : [
            `Cancel the whole order ${order.orderId}:`,
            ...items,
            `Refund: ${won(refund)} (shipping included)`,
            `Refunded to: ${paymentMethodText(method, 'en')}`,
          ].join('\n');
    },
    run: (args, context) => {
      const { order, customer, method, refund } = plan(records, args, context);
      const now = context.now();
      const updated = records.update<Order>(collections.orders, order.orderId, (current) => {
        // Re-checked inside the transaction: the order may have shipped since the summary was shown.
        requireStatus({ order: current, status: 'pending', action, context });
        return {
          ...current,
          status: 'cancelled',
          cancelledAt: now.toISOString(),
          paymentHistory: [
            ...current.paymentHistory,
            ...paymentEntry({ method, amount: -refund, at: now, note: args.reason ? `cancellation: ${args.reason}` : 'cancellation' }),
          ],
        };
      });
      settlePoints({ records, customerId: customer.customerId, method, amount: -refund });
      return { orderId: updated.orderId, status: updated.status, refund, paymentMethodId: method.id };
    },
  };
}
