// list_orders and get_order: the authenticated customer's orders, newest first, with totals, shipments and refunds.
import { z } from 'zod';
import type { AssistantTool } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { collections } from '../data-files.ts';
import { type Order, orderStatuses } from '../schemas/index.ts';
import { ownOrder, signedInCustomer } from './account-access.ts';
import { catalogIndex } from './catalog-index.ts';
import { itemTotal, netPaid } from './order-money.ts';

const listArguments = z.object({
  status: z.enum(orderStatuses).optional().describe('Only orders in this status'),
  limit: z.number().int().min(1).max(50).default(10).describe('How many of the newest orders to return'),
});

const orderArguments = z.object({ orderId: z.string().min(1).describe("Order id, e.g. 'O-100123'") });

/** The order with names in the user's language and the sums a customer asks about. */
export function describeOrder(order: Order, options: { records: RecordCollections; language: 'ko' | 'en' }) {
  const catalog = catalogIndex(options.records);
  return {
    ...order,
    items: order.items.map((item) => ({
      ...item,
      name: catalog.byId.get(item.productId)?.name[options.language] ?? item.name ?? item.productId,
    })),
    itemTotal: itemTotal(order),
    total: itemTotal(order) + order.shippingFee,
    paid: netPaid(order),
  };
}

export function orderReadTools(records: RecordCollections): AssistantTool[] {
  const list: AssistantTool<z.output<typeof listArguments>> = {
    name: 'list_orders',
    description:
      "The authenticated customer's orders, newest first: id, date, status, items, total and tracking numbers. Optionally only one status.",
    parameters: listArguments,
    changesState: false,
    requiresAuthentication: true,
    run: (args, context) => {
      const customer = signedInCustomer(records, context);
      const orders = records
        .listByOwner<Order>(collections.orders, customer.customerId)
        .filter((order) => !args.status || order.status === args.status)
        .sort((first, second) => (first.createdAt < second.createdAt ? 1 : first.createdAt > second.createdAt ? -1 : 0));
      const catalog = catalogIndex(records);
      return {
        count: orders.length,
        orders: orders.slice(0, args.limit).map((order) => ({
          orderId: order.orderId,
          createdAt: order.createdAt,
          status: order.status,
          total: itemTotal(order) + order.shippingFee,
          items: order.items.map((item) => ({
            itemId: item.itemId,
            name: catalog.byId.get(item.productId)?.name[context.language] ?? item.name ?? item.productId,
            options: item.options,
            quantity: item.quantity,
          })),
          trackingIds: order.fulfillments.map((fulfillment) => fulfillment.trackingId),
        })),
      };
    },
  };
  const get: AssistantTool<z.output<typeof orderArguments>> = {
    name: 'get_order',
    description:
      'One order of the authenticated customer in full: items with options and prices, status, shipments with carrier and tracking number, payments and refunds, returns and exchanges. Refuses orders of other customers.',
    parameters: orderArguments,
    changesState: false,
    requiresAuthentication: true,
    run: (args, context) =>
      describeOrder(ownOrder({ records, context, orderId: args.orderId }).order, { records, language: context.language }),
  };
  return [list, get] as AssistantTool[];
}
