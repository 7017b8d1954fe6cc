// return_items: delivered lines of the authenticated customer's order, within the return window, refunded to the original payment method.
import { z } from 'zod';
import type { AssistantTool, ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { collections } from '../data-files.ts';
import type { Order } from '../schemas/index.ts';
import { storePolicy } from '../store-policy.ts';
import { ownOrder, paymentMethodText } from './account-access.ts';
import { catalogIndex } from './catalog-index.ts';
import { lineTotal, originalPaymentMethod, paymentEntry, settlePoints } from './order-money.ts';
import { orderLine, requireNoAfterSales, requireReturnable, requireReturnWindow, requireStatus } from './order-rules.ts';
import { failure, itemLine, won } from './tool-text.ts';

const returnArguments = z.object({
  orderId: z.string().min(1).describe("Order id, e.g. 'O-100123'"),
  itemIds: z.array(z.string().min(1)).min(1).describe('Item ids of the order lines to return (each whole line)'),
  reason: z.string().max(200).optional().describe("The customer's reason, if given"),
});
type ReturnArguments = z.output<typeof returnArguments>;

function plan(records: RecordCollections, args: ReturnArguments, context: ToolContext) {
  const { order, customer } = ownOrder({ records, context, orderId: args.orderId });
  requireStatus({ order, status: 'delivered', action: { ko: '반품', en: 'returned' }, context });
  const catalog = catalogIndex(records);
  const lines = [...new Set(args.itemIds.map((itemId) => itemId.trim()))].map((itemId) => {
    const line = orderLine({ order, itemId, context });
    requireNoAfterSales({ order, itemId: line.itemId, context });
    requireReturnable({ product: catalog.byId.get(line.productId), context });
    requireReturnWindow({ order, itemId: line.itemId, context });
    return line;
  });
  const method = originalPaymentMethod(order, customer);
  if (!method)
    throw failure(context, 'invalid_state', {
      ko: '결제 정보를 찾을 수 없어 고객센터 확인이 필요해요.',
      en: 'I cannot find how this order was paid; the customer centre needs to look at it.',
    });
  return { order, customer, lines, method, refund: lines.reduce((sum, line) => sum + lineTotal(line), 0) };
}

export function returnItemsTool(records: RecordCollections): AssistantTool<ReturnArguments> {
  return {
    name: 'return_items',
    description: `Return whole lines of a delivered order of the authenticated customer, within ${storePolicy.returnWindowDays} days of delivery. Refunds the lines' item amount (not the shipping fee) to the original payment method. Prepaid fuel cards, gift cards and EV memberships cannot be returned.`,
    parameters: returnArguments,
    changesState: true,
    requiresAuthentication: true,
    summarize: (args, context) => {
      const { order, lines, method, refund } = plan(records, args, context);
      const language = context.language;
      const catalog = catalogIndex(records);
      const items = lines.map((line) =>
        itemLine({
          name: catalog.byId.get(line.productId)?.name[language] ?? line.name ?? line.productId,
          itemOptions: line.options,
          price: line.price,
          quantity: line.quantity,
          language,
        }),
      );
      return language === 'ko'
        ? [
            `주문 ${order.orderId} 반품:`,
            ...items,
            `환불 금액: ${won(refund)} (배송비 제외)`,
            `환불 수단: ${paymentMethodText(method, 'ko')}`,
            '회수 기사가 2~3일 안에 방문합니다.',
          ].join('\n')
        : [
            `Return from order ${order.orderId}:`,
            ...items,
            `Refund: ${won(refund)} (shipping not refunded)`,
            `Refunded to: ${paymentMethodText(method, 'en')}`,
            'A courier will collect the parcel within 2–3 days.',
          ].join('\n');
    },
    run: (args, context) => {
      const { order, customer, lines, method, refund } = plan(records, args, context);
      const now = context.now();
      const itemIds = lines.map((line) => line.itemId);
      const updated = records.update<Order>(collections.orders, order.orderId, (current) => {
        for (const itemId of itemIds) requireNoAfterSales({ order: current, itemId, context });
        const returnId = `R-${current.orderId}-${current.returns.length + 1}`;
        return {
          ...current,
          returns: [
            ...current.returns,
            {
              returnId,
              itemIds,
              ...(args.reason ? { reason: args.reason } : {}),
              requestedAt: now.toISOString(),
              refundAmount: refund,
              status: 'requested' as const,
            },
          ],
          paymentHistory: [...current.paymentHistory, ...paymentEntry({ method, amount: -refund, at: now, note: `return ${returnId}` })],
        };
      });
      settlePoints({ records, customerId: customer.customerId, method, amount: -refund });
      return { orderId: updated.orderId, returnId: updated.returns.at(-1)?.returnId, itemIds, refund, paymentMethodId: method.id };
    },
  };
}
