// Sample orders over the year before the reference date: recent ones pending or in transit, older ones delivered, some cancelled or returned.
import type { Customer, Fulfillment, Order, OrderItem, PaymentEntry, Product } from '../schemas/index.ts';
import { orderItemOf } from '../order-item.ts';
import { shippingFeeFor } from '../store-policy.ts';
import { pick, pickWeighted, type Random, randomDigits, randomInteger } from './random-helpers.ts';

/** The sample data's "today": order ages, delivery dates and return windows are relative to it. Pin tool clocks to it. */
export const sampleReferenceDate = new Date('2025-06-30T00:00:00.000Z');

const carriers = ['CJ대한통운', '한진택배', '롯데택배', '우체국택배', '로젠택배'];
const hour = 3_600_000;
const day = 24 * hour;

function itemsOf(options: { random: Random; products: readonly Product[] }): OrderItem[] {
  const { random, products } = options;
  const count = 1 + pickWeighted(random, [55, 28, 12, 5]);
  const items: OrderItem[] = [];
  const used = new Set<string>();
  while (items.length < count) {
    const product = pick(random, products);
    if (used.has(product.productId)) continue;
    used.add(product.productId);
    const variant = pick(random, product.variants);
    const quantity = variant.price > 100_000 ? 1 : 1 + pickWeighted(random, [70, 22, 8]);
    items.push(orderItemOf({ product, variant, quantity }));
  }
  return items;
}

/** Order age in days: a few very recent (pending), some in the last week (shipping), most across the year. */
function ageInDays(random: Random): number {
  const bucket = pickWeighted(random, [6, 10, 84]);
  if (bucket === 0) return random() * 1.5;
  if (bucket === 1) return 1.5 + random() * 5.5;
  return 7 + random() * 358;
}

function fulfillmentsOf(options: {
  random: Random;
  items: OrderItem[];
  createdAt: number;
  delivered: boolean;
  reference: number;
}): Fulfillment[] {
  const { random, items, createdAt, delivered, reference } = options;
  const groups = items.length >= 2 && random() < 0.2 ? [items.slice(0, 1), items.slice(1)] : [items];
  return groups.map((group) => {
    const shippedAt = createdAt + (18 + random() * 20) * hour;
    const base = {
      trackingId: randomDigits(random, 12).replace(/^0/u, '6'),
      carrier: pick(random, carriers),
      itemIds: group.map((item) => item.itemId),
    };
    if (delivered) {
      const deliveredAt = Math.min(shippedAt + (20 + random() * 40) * hour, reference - hour);
      return {
        ...base,
        status: 'delivered',
        shippedAt: new Date(shippedAt).toISOString(),
        deliveredAt: new Date(deliveredAt).toISOString(),
      };
    }
    if (shippedAt >= reference) return { ...base, status: 'label-created' };
    return { ...base, status: random() < 0.8 ? 'in-transit' : 'out-for-delivery', shippedAt: new Date(shippedAt).toISOString() };
  });
}

/** An old delivered order sometimes carries a finished return or exchange, so the history has every shape. */
function withAfterSales(options: { random: Random; order: Order; products: ReadonlyMap<string, Product> }): void {
  const { random, order, products } = options;
  const line = order.items[0];
  const delivery = order.fulfillments[0]?.deliveredAt;
  const payment = order.paymentHistory[0];
  if (!line || !delivery || !payment) return;
  const product = products.get(line.productId);
  if (!product?.attributes.returnable) return;
  const requestedAt = new Date(Date.parse(delivery) + randomInteger(random, { minimum: 1, maximum: 6 }) * day).toISOString();
  const draw = random();
  if (draw < 0.03) {
    const refundAmount = line.price * line.quantity;
    order.returns.push({
      returnId: `R-${order.orderId}-1`,
      itemIds: [line.itemId],
      reason: '단순 변심',
      requestedAt,
      refundAmount,
      status: 'refunded',
    });
    order.paymentHistory.push({
      paymentMethodId: payment.paymentMethodId,
      amount: refundAmount,
      kind: 'refund',
      at: requestedAt,
      note: 'return',
    });
    return;
  }
  const other = product.variants.find((variant) => variant.itemId !== line.itemId && variant.price === line.price);
  if (draw < 0.05 && other)
    order.exchanges.push({
      exchangeId: `X-${order.orderId}-1`,
      itemId: line.itemId,
      newItemId: other.itemId,
      newOptions: { ...other.options },
      priceDifference: 0,
      requestedAt,
      status: 'completed',
    });
}

/**
 * @example
 * sampleOrders({ random, count: 1000, products, customers }); // O-100001 … O-101000, oldest first
 */
export function sampleOrders(options: {
  random: Random;
  count: number;
  products: readonly Product[];
  customers: readonly Customer[];
  /** "Today" of the sample (default sampleReferenceDate). */
  referenceDate?: Date;
}): Order[] {
  const { random, count, products, customers } = options;
  const reference = (options.referenceDate ?? sampleReferenceDate).getTime();
  const productsById = new Map(products.map((product) => [product.productId, product]));
  // Ages first, oldest first, so order ids rise with time without sorting the orders themselves.
  const ages = new Float64Array(count);
  for (let index = 0; index < count; index += 1) ages[index] = ageInDays(random);
  ages.sort().reverse();
  const orders: Order[] = [];
  for (let index = 0; index < count; index += 1) {
    const age = ages[index] ?? 0;
    const customer = pick(random, customers);
    const createdAt = Math.floor((reference - age * day) / 1000) * 1000;
    const items = itemsOf({ random, products });
    const itemTotal = items.reduce((sum, item) => sum + item.price * item.quantity, 0);
    const shippingFee = shippingFeeFor(itemTotal);
    const methods = customer.paymentMethods.filter((candidate) => candidate.type !== 'points');
    const method = pick(random, methods);
    const at = new Date(createdAt).toISOString();
    const paymentHistory: PaymentEntry[] = [{ paymentMethodId: method.id, amount: itemTotal + shippingFee, kind: 'payment', at }];
    const cancelled = random() < (age < 1.5 ? 0.2 : age < 7 ? 0.05 : 0.08);
    const order: Order = {
      orderId: `O-${100_001 + index}`,
      customerId: customer.customerId,
      createdAt: at,
      items,
      status: 'pending',
      shippingFee,
      fulfillments: [],
      paymentHistory,
      returns: [],
      exchanges: [],
    };
    if (cancelled) {
      order.status = 'cancelled';
      order.cancelledAt = new Date(Math.min(createdAt + (1 + random() * 10) * hour, reference - 60_000)).toISOString();
      paymentHistory.push({
        paymentMethodId: method.id,
        amount: itemTotal + shippingFee,
        kind: 'refund',
        at: order.cancelledAt,
        note: 'cancellation',
      });
    } else if (age >= 1.5) {
      const delivered = age >= 7 || random() < 0.15;
      order.status = delivered ? 'delivered' : 'processed';
      order.fulfillments = fulfillmentsOf({ random, items, createdAt, delivered, reference });
      if (delivered) withAfterSales({ random, order, products: productsById });
    }
    orders.push(order);
  }
  return orders;
}
