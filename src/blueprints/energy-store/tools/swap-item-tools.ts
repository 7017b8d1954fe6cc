// modify_order (pending) and exchange_items (delivered, within the window): one line swapped for another option of the same product.
import { z } from 'zod';
import type { AssistantTool, ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { collections } from '../data-files.ts';
import type { Order } from '../schemas/index.ts';
import { storePolicy } from '../store-policy.ts';
import { ownOrder, paymentMethodText } from './account-access.ts';
import { originalPaymentMethod, paymentEntry, requirePoints, settlePoints } from './order-money.ts';
import {
  orderLine,
  replacementVariant,
  requireNoAfterSales,
  requireReturnable,
  requireReturnWindow,
  requireStatus,
} from './order-rules.ts';
import { failure, optionsText, won } from './tool-text.ts';

const swapArguments = z.object({
  orderId: z.string().min(1).describe("Order id, e.g. 'O-100123'"),
  itemId: z.string().min(1).describe('Item id of the order line to change'),
  newItemId: z.string().min(1).describe('Item id of the other option (variant) of the same product to switch to'),
  reason: z.string().max(200).optional().describe("The customer's reason, if given"),
});
type SwapArguments = z.output<typeof swapArguments>;
type SwapKind = 'modify' | 'exchange';

function plan(options: { records: RecordCollections; args: SwapArguments; context: ToolContext; kind: SwapKind }) {
  const { records, args, context, kind } = options;
  const { order, customer } = ownOrder({ records, context, orderId: args.orderId });
  if (kind === 'modify') requireStatus({ order, status: 'pending', action: { ko: '변경', en: 'changed' }, context });
  else requireStatus({ order, status: 'delivered', action: { ko: '교환', en: 'exchanged' }, context });
  const line = orderLine({ order, itemId: args.itemId, context });
  const { product, variant } = replacementVariant({ records, line, newItemId: args.newItemId, context });
  if (kind === 'exchange') {
    requireNoAfterSales({ order, itemId: line.itemId, context });
    requireReturnable({ product, context });
    requireReturnWindow({ order, itemId: line.itemId, context });
  } else if (order.items.some((item) => item.itemId === variant.itemId))
    throw failure(context, 'invalid_arguments', {
      ko: '그 옵션은 이미 이 주문에 담겨 있어요.',
      en: 'That option is already in this order.',
    });
  const method = originalPaymentMethod(order, customer);
  if (!method)
    throw failure(context, 'invalid_state', {
      ko: '결제 정보를 찾을 수 없어 고객센터 확인이 필요해요.',
      en: 'I cannot find how this order was paid; the customer centre needs to look at it.',
    });
  const difference = (variant.price - line.price) * line.quantity;
  requirePoints({ customer, method, amount: difference, context });
  return { order, customer, line, product, variant, method, difference };
}

function summary(options: { plan: ReturnType<typeof plan>; kind: SwapKind; language: 'ko' | 'en' }): string {
  const { plan: swap, kind, language } = options;
  const { order, line, product, variant, method, difference } = swap;
  const name = product.name[language];
  const settle =
    difference > 0
      ? {
          ko: `추가 결제: ${won(difference)} (${paymentMethodText(method, 'ko')})`,
          en: `Extra charge: ${won(difference)} (${paymentMethodText(method, 'en')})`,
        }
      : difference < 0
        ? {
            ko: `차액 환불: ${won(-difference)} (${paymentMethodText(method, 'ko')})`,
            en: `Refund of the difference: ${won(-difference)} (${paymentMethodText(method, 'en')})`,
          }
        : { ko: '가격 차이: 없음', en: 'Price difference: none' };
  const title =
    kind === 'modify'
      ? { ko: `주문 ${order.orderId} 옵션 변경:`, en: `Change order ${order.orderId}:` }
      : { ko: `주문 ${order.orderId} 교환:`, en: `Exchange in order ${order.orderId}:` };
  const lines =
    language === 'ko'
      ? [
          title.ko,
          `- ${name} × ${line.quantity}`,
          `  현재: ${optionsText(line.options, 'ko')} (${won(line.price)})`,
          `  변경: ${optionsText(variant.options, 'ko')} (${won(variant.price)})`,
          settle.ko,
        ]
      : [
          title.en,
          `- ${name} × ${line.quantity}`,
          `  now: ${optionsText(line.options, 'en')} (${won(line.price)})`,
          `  new: ${optionsText(variant.options, 'en')} (${won(variant.price)})`,
          settle.en,
        ];
  if (kind === 'exchange')
    lines.push(
      language === 'ko' ? '기존 상품을 회수하면서 새 상품을 보내 드려요.' : 'We collect the old item when we deliver the new one.',
    );
  return lines.join('\n');
}

function applySwap(options: { records: RecordCollections; swap: ReturnType<typeof plan>; kind: SwapKind; context: ToolContext }) {
  const { records, swap, kind, context } = options;
  const { order, customer, line, variant, method, difference } = swap;
  const now = context.now();
  const updated = records.update<Order>(collections.orders, order.orderId, (current) => {
    if (kind === 'modify') {
      requireStatus({ order: current, status: 'pending', action: { ko: '변경', en: 'changed' }, context });
      return {
        ...current,
        items: current.items.map((item) =>
          item.itemId === line.itemId ? { ...item, itemId: variant.itemId, options: { ...variant.options }, price: variant.price } : item,
        ),
        paymentHistory: [
          ...current.paymentHistory,
          ...paymentEntry({ method, amount: difference, at: now, note: `change ${line.itemId} → ${variant.itemId}` }),
        ],
      };
    }
    requireNoAfterSales({ order: current, itemId: line.itemId, context });
    const exchangeId = `X-${current.orderId}-${current.exchanges.length + 1}`;
    return {
      ...current,
      exchanges: [
        ...current.exchanges,
        {
          exchangeId,
          itemId: line.itemId,
          newItemId: variant.itemId,
          newOptions: { ...variant.options },
          priceDifference: difference,
          requestedAt: now.toISOString(),
          status: 'requested' as const,
        },
      ],
      paymentHistory: [...current.paymentHistory, ...paymentEntry({ method, amount: difference, at: now, note: `exchange ${exchangeId}` })],
    };
  });
  settlePoints({ records, customerId: customer.customerId, method, amount: difference });
  return {
    orderId: updated.orderId,
    itemId: line.itemId,
    newItemId: variant.itemId,
    newOptions: variant.options,
    priceDifference: difference,
    ...(kind === 'exchange' ? { exchangeId: updated.exchanges.at(-1)?.exchangeId } : {}),
  };
}

export function swapItemTools(records: RecordCollections): AssistantTool<SwapArguments>[] {
  const tool = (kind: SwapKind, description: string): AssistantTool<SwapArguments> => ({
    name: kind === 'modify' ? 'modify_order' : 'exchange_items',
    description,
    parameters: swapArguments,
    changesState: true,
    requiresAuthentication: true,
    summarize: (args, context) => summary({ plan: plan({ records, args, context, kind }), kind, language: context.language }),
    run: (args, context) => applySwap({ records, swap: plan({ records, args, context, kind }), kind, context }),
  });
  return [
    tool(
      'modify',
      'Change a pending (not yet shipped) order of the authenticated customer: swap one line for another in-stock option (variant) of the same product. A higher price is charged and a lower one refunded to the original payment method; the shipping fee stays.',
    ),
    tool(
      'exchange',
      `Exchange one line of a delivered order of the authenticated customer, within ${storePolicy.returnWindowDays} days of delivery, for another in-stock option (variant) of the same product. A price difference is charged or refunded to the original payment method.`,
    ),
  ];
}
