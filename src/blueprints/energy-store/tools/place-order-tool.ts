// place_order: a new order for the authenticated customer from item ids and quantities, paid with one of their saved methods.
import { z } from 'zod';
import type { AssistantTool, ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { collections } from '../data-files.ts';
import { orderItemOf } from '../order-item.ts';
import type { Customer, Order, PaymentMethod, Product, ProductVariant } from '../schemas/index.ts';
import { shippingFeeFor, storePolicy } from '../store-policy.ts';
import { ownPaymentMethod, paymentMethodText, signedInCustomer } from './account-access.ts';
import { catalogIndex } from './catalog-index.ts';
import { paymentEntry, requirePoints, settlePoints } from './order-money.ts';
import { failure, itemLine, won } from './tool-text.ts';
import { findById } from './id-lookup.ts';

const placeArguments = z.object({
  items: z
    .array(
      z.object({
        itemId: z.string().min(1).describe("Item (variant) id from search_products, e.g. 'P-00042-02'"),
        quantity: z.number().int().min(1).default(1).describe('How many units'),
      }),
    )
    .min(1)
    .max(20)
    .describe('What to order'),
  paymentMethodId: z.string().min(1).describe("Id of one of the customer's saved payment methods, e.g. 'PM-12-1'"),
});
type PlaceArguments = z.output<typeof placeArguments>;

interface OrderPlan {
  customer: Customer;
  lines: { product: Product; variant: ProductVariant; quantity: number }[];
  itemTotal: number;
  shippingFee: number;
  method: PaymentMethod;
}

function plan(records: RecordCollections, args: PlaceArguments, context: ToolContext): OrderPlan {
  const customer = signedInCustomer(records, context);
  const catalog = catalogIndex(records);
  const quantities = new Map<string, number>();
  for (const item of args.items) {
    const itemId = findById((id) => (catalog.byItemId.has(id) ? id : undefined), item.itemId) ?? item.itemId.trim();
    quantities.set(itemId, (quantities.get(itemId) ?? 0) + item.quantity);
  }
  const lines = [...quantities].map(([itemId, quantity]) => {
    const entry = catalog.byItemId.get(itemId);
    if (!entry) throw failure(context, 'not_found', { ko: `품목 ${itemId}을(를) 찾을 수 없어요.`, en: `I can't find item ${itemId}.` });
    if (!entry.variant.available)
      throw failure(context, 'out_of_stock', {
        ko: `${entry.product.name.ko} (${itemId})은(는) 지금 품절이에요.`,
        en: `${entry.product.name.en} (${itemId}) is out of stock right now.`,
      });
    if (quantity > storePolicy.maximumQuantityPerItem)
      throw failure(context, 'invalid_arguments', {
        ko: `한 주문에 같은 상품은 최대 ${storePolicy.maximumQuantityPerItem}개까지 담을 수 있어요.`,
        en: `One order can hold at most ${storePolicy.maximumQuantityPerItem} units of the same item.`,
      });
    return { ...entry, quantity };
  });
  const itemTotal = lines.reduce((sum, line) => sum + line.variant.price * line.quantity, 0);
  const shippingFee = shippingFeeFor(itemTotal);
  const method = ownPaymentMethod({ customer, paymentMethodId: args.paymentMethodId, context });
  requirePoints({ customer, method, amount: itemTotal + shippingFee, context });
  return { customer, lines, itemTotal, shippingFee, method };
}

export function placeOrderTool(records: RecordCollections): AssistantTool<PlaceArguments> {
  return {
    name: 'place_order',
    description: `Place a new order for the authenticated customer: item ids with quantities (at most ${storePolicy.maximumQuantityPerItem} of one item) and one of their saved payment methods. Items must be in stock. Shipping is ${won(storePolicy.shippingFee)}, free from ${won(storePolicy.freeShippingThreshold)}.`,
    parameters: placeArguments,
    changesState: true,
    requiresAuthentication: true,
    summarize: (args, context) => {
      const { lines, itemTotal, shippingFee, method } = plan(records, args, context);
      const language = context.language;
      const items = lines.map((line) =>
        itemLine({
          name: line.product.name[language],
          itemOptions: line.variant.options,
          price: line.variant.price,
          quantity: line.quantity,
          language,
        }),
      );
      return language === 'ko'
        ? [
            '새 주문 내용:',
            ...items,
            `상품 금액: ${won(itemTotal)}`,
            `배송비: ${won(shippingFee)}`,
            `결제 금액: ${won(itemTotal + shippingFee)}`,
            `결제 수단: ${paymentMethodText(method, 'ko')}`,
          ].join('\n')
        : [
            'New order:',
            ...items,
            `Items: ${won(itemTotal)}`,
            `Shipping: ${won(shippingFee)}`,
            `Total to pay: ${won(itemTotal + shippingFee)}`,
            `Payment method: ${paymentMethodText(method, 'en')}`,
          ].join('\n');
    },
    run: (args, context) => {
      const { customer, lines, itemTotal, shippingFee, method } = plan(records, args, context);
      const now = context.now();
      // The id, the order and the points it spends land in one write transaction, also with several server processes.
      const order = records.insertNext<Order>(collections.orders, { prefix: 'O-', digits: 6, first: 100_001 }, (orderId) => {
        settlePoints({ records, customerId: customer.customerId, method, amount: itemTotal + shippingFee });
        return {
          id: orderId,
          owner: customer.customerId,
          data: {
            orderId,
            customerId: customer.customerId,
            createdAt: now.toISOString(),
            items: lines.map(orderItemOf),
            status: 'pending',
            shippingFee,
            fulfillments: [],
            paymentHistory: paymentEntry({ method, amount: itemTotal + shippingFee, at: now, note: 'order' }),
            returns: [],
            exchanges: [],
          },
        };
      });
      return {
        orderId: order.orderId,
        status: order.status,
        items: order.items,
        itemTotal,
        shippingFee,
        total: itemTotal + shippingFee,
        paymentMethodId: method.id,
      };
    },
  };
}
