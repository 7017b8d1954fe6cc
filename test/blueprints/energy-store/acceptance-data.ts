// Picks what a script talks about from the installed records by its properties (never by sample ids), and builds a different data set.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { energyStoreSampleData } from '../../../src/blueprints/energy-store/sample/sample-data.ts';
import type { Customer, Order, Product } from '../../../src/blueprints/energy-store/index.ts';
import type { RecordCollections } from '../../../src/blueprints/records/types.ts';

const day = 24 * 3_600_000;

export function customerOf(records: RecordCollections, order: Order): Customer {
  const customer = records.get<Customer>('customers', order.customerId);
  if (!customer) throw new Error(`no customer ${order.customerId}`);
  return customer;
}

function paidWithSavedMethod(records: RecordCollections, order: Order): boolean {
  const method = order.paymentHistory.find((entry) => entry.kind === 'payment')?.paymentMethodId;
  return customerOf(records, order).paymentMethods.some((candidate) => candidate.id === method);
}

/** Orders matching a test, in id order; `used` keeps two scripts off the same order. */
export function ordersWhere(records: RecordCollections, accept: (order: Order) => boolean): Order[] {
  return records.all<Order>('orders').filter((order) => paidWithSavedMethod(records, order) && accept(order));
}

export function productOf(records: RecordCollections, productId: string): Product {
  const product = records.get<Product>('products', productId);
  if (!product) throw new Error(`no product ${productId}`);
  return product;
}

/** A pending order whose customer has only this one pending order (so "my order" is unambiguous too). */
export function pendingOrder(records: RecordCollections, skip = new Set<string>()): Order {
  const order = ordersWhere(
    records,
    (candidate) =>
      candidate.status === 'pending' &&
      !skip.has(candidate.customerId) &&
      records.listByOwner<Order>('orders', candidate.customerId).filter((other) => other.status === 'pending').length === 1,
  )[0];
  if (!order) throw new Error('no pending order');
  return order;
}

/** A delivered order, inside the return window, with a returnable line that has another in-stock option. */
export function deliveredSwapCase(records: RecordCollections, skip = new Set<string>()) {
  for (const order of ordersWhere(records, (candidate) => candidate.status === 'delivered' && !skip.has(candidate.customerId))) {
    const delivered = order.fulfillments.find((shipment) => shipment.deliveredAt)?.deliveredAt;
    if (!delivered || Date.now() - Date.parse(delivered) > 12 * day) continue;
    if (order.returns.length > 0 || order.exchanges.length > 0) continue;
    for (const line of order.items) {
      const product = productOf(records, line.productId);
      if (product.attributes.returnable === false) continue;
      if (product.variants.some((variant) => Object.keys(variant.options).length !== 1)) continue;
      const other = product.variants.find((variant) => variant.itemId !== line.itemId && variant.available);
      if (other) return { order, line, product, other, customer: customerOf(records, order) };
    }
  }
  throw new Error('no delivered order to swap');
}

/** A pending order with a line whose product has another in-stock option not already in the order. */
export function pendingSwapCase(records: RecordCollections, skip = new Set<string>()) {
  for (const order of ordersWhere(records, (candidate) => candidate.status === 'pending' && !skip.has(candidate.customerId))) {
    for (const line of order.items) {
      const product = productOf(records, line.productId);
      // One option per variant (a size, a plan), so the option's value names exactly one variant.
      if (product.variants.some((variant) => Object.keys(variant.options).length !== 1)) continue;
      const other = product.variants.find(
        (variant) => variant.itemId !== line.itemId && variant.available && !order.items.some((item) => item.itemId === variant.itemId),
      );
      if (other) return { order, line, product, other, customer: customerOf(records, order) };
    }
  }
  throw new Error('no pending order to change');
}

/** An in-stock product with at least two in-stock options, for a purchase, and a customer with one saved card. */
export function purchaseCase(records: RecordCollections, offset = 0) {
  const products = records
    .all<Product>('products')
    .filter((product) => product.category === 'engine-oil' && product.variants.filter((variant) => variant.available).length >= 2);
  const product = products[offset];
  const customer = records
    .all<Customer>('customers')
    .filter((candidate) => candidate.paymentMethods.length === 1 && candidate.paymentMethods[0]?.type !== 'points')[offset];
  if (!product || !customer) throw new Error('no purchase case');
  const [first, second] = product.variants.filter((variant) => variant.available);
  if (!first || !second) throw new Error('unreachable');
  return { product, customer, first, second };
}

/**
 * Another data set than the samples: another seed, other id formats, renamed products and customers, a few custom products.
 * @example
 * const dir = writeCustomDataset(); // then install with { from: dir }
 */
export function writeCustomDataset(): string {
  const data = energyStoreSampleData({ seed: 23, referenceDate: new Date() });
  const products = data['products.json'] as Product[];
  products.slice(0, 40).forEach((product, index) => {
    if (index % 4 === 0) product.name = { ko: `프리미엄 ${product.name.ko}`, en: `Premium ${product.name.en}` };
  });
  const customers = data['customers.json'] as Customer[];
  customers.forEach((customer, index) => {
    if (index % 3 === 0) customer.email = customer.email.replace('@', `.${index}@`).replace(/@.*$/u, '@nuri-custom.kr');
  });
  products.push({
    productId: 'P-99999',
    name: { ko: '카본쉴드 세라믹 코팅제', en: 'CarbonShield Ceramic Coating' },
    category: 'car-care',
    description: { ko: '유리막 세라믹 코팅제입니다.', en: 'A glass-like ceramic coating.' },
    attributes: { brand: 'CarbonShield', returnable: true },
    variants: [
      { itemId: 'P-99999-01', options: { size: '250ml' }, price: 39_000, available: true },
      { itemId: 'P-99999-02', options: { size: '500ml' }, price: 64_000, available: true },
    ],
  });
  // Ids in other formats everywhere they appear: whole JSON strings only, so ids inside other ids stay as they are.
  const text = JSON.stringify(data)
    .replace(/"P-(\d{5})-(\d{2})"/gu, '"SKU$1_$2"')
    .replace(/"P-(\d{5})"/gu, '"SKU$1"')
    .replace(/"C-(\d{6})"/gu, '"CUST$1"')
    .replace(/"O-(\d+)"/gu, '"ORD-$1"')
    .replace(/"PM-(\d+)-(\d+)"/gu, '"PAY$1X$2"')
    .replace(/"S-(\d{4})"/gu, '"ST$1"');
  const renamed = JSON.parse(text) as Record<string, unknown[]>;
  const directory = mkdtempSync(join(tmpdir(), 'energy-store-custom-'));
  for (const [file, records] of Object.entries(renamed)) writeFileSync(join(directory, file), JSON.stringify(records));
  return directory;
}
