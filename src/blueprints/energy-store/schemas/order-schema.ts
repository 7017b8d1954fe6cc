// One record of orders.json: an order's lines, status, shipments, payments and refunds, and any returns or exchanges.
import { z } from 'zod';
import { idSchema, timestampSchema, wonSchema } from './shared-schemas.ts';

export const orderStatuses = ['pending', 'processed', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export const orderItemSchema = z.object({
  productId: idSchema,
  itemId: idSchema,
  /** The product name when ordered (Korean), kept so receipts read the same after the catalogue changes. */
  name: z.string().min(1).optional(),
  options: z.record(z.string(), z.string()),
  /** Unit price in KRW when ordered. */
  price: wonSchema,
  quantity: z.number().int().min(1),
});

export const fulfillmentSchema = z.object({
  trackingId: z.string().regex(/^\d{10,14}$/u, 'a 10–14 digit tracking number'),
  carrier: z.string().min(1),
  itemIds: z.array(idSchema).min(1),
  status: z.enum(['label-created', 'in-transit', 'out-for-delivery', 'delivered']),
  shippedAt: timestampSchema.optional(),
  deliveredAt: timestampSchema.optional(),
});

export const paymentEntrySchema = z.object({
  paymentMethodId: idSchema,
  amount: wonSchema,
  kind: z.enum(['payment', 'refund']),
  at: timestampSchema,
  note: z.string().optional(),
});

export const returnRequestSchema = z.object({
  returnId: idSchema,
  itemIds: z.array(idSchema).min(1),
  reason: z.string().optional(),
  requestedAt: timestampSchema,
  refundAmount: wonSchema,
  status: z.enum(['requested', 'received', 'refunded']),
});

export const exchangeRequestSchema = z.object({
  exchangeId: idSchema,
  itemId: idSchema,
  newItemId: idSchema,
  newOptions: z.record(z.string(), z.string()),
  /** New unit price minus old, times quantity: positive was charged, negative refunded. */
  priceDifference: z.number().int(),
  requestedAt: timestampSchema,
  status: z.enum(['requested', 'shipped', 'completed']),
});

export const orderSchema = z
  .object({
    orderId: idSchema,
    customerId: idSchema,
    createdAt: timestampSchema,
    items: z.array(orderItemSchema).min(1),
    status: z.enum(orderStatuses),
    /** KRW; 0 when the items came to the free-shipping threshold. */
    shippingFee: wonSchema.default(0),
    fulfillments: z.array(fulfillmentSchema).default([]),
    paymentHistory: z.array(paymentEntrySchema).min(1),
    returns: z.array(returnRequestSchema).default([]),
    exchanges: z.array(exchangeRequestSchema).default([]),
    cancelledAt: timestampSchema.optional(),
  })
  .superRefine((order, context) => {
    const itemIds = new Set<string>();
    order.items.forEach((item, index) => {
      if (itemIds.has(item.itemId))
        context.addIssue({ code: 'custom', path: ['items', index, 'itemId'], message: 'an item appears on two lines; use quantity' });
      itemIds.add(item.itemId);
    });
    order.fulfillments.forEach((fulfillment, index) =>
      fulfillment.itemIds.forEach((itemId, itemIndex) => {
        if (!itemIds.has(itemId))
          context.addIssue({
            code: 'custom',
            path: ['fulfillments', index, 'itemIds', itemIndex],
            message: `'${itemId}' is not in this order`,
          });
      }),
    );
    if (order.status === 'cancelled' && order.cancelledAt === undefined)
      context.addIssue({ code: 'custom', path: ['cancelledAt'], message: 'a cancelled order needs cancelledAt' });
  });

export type Order = z.output<typeof orderSchema>;
export type OrderItem = z.output<typeof orderItemSchema>;
export type Fulfillment = z.output<typeof fulfillmentSchema>;
export type PaymentEntry = z.output<typeof paymentEntrySchema>;
