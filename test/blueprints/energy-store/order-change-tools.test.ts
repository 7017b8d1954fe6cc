// energy-store state-changing tools on a real SQLite database: summaries (ko/en, ₩ amounts), state rules, ownership, refunds, points.
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { sampleReferenceDate, type Customer, type Order, type Product } from '../../../src/blueprints/energy-store/index.ts';
import { contextFor, type EnergyStoreFixture, isFailure, loadEnergyStore } from './energy-store-fixture.ts';

const day = 24 * 3_600_000;
let store: EnergyStoreFixture;
let customer: Customer;
let card: string;
let product: Product;
let other: Customer;

/** A product with two in-stock options at different prices: swaps have a price difference to settle. */
function swappableProduct(products: readonly Product[]): Product {
  return products.find((candidate) => {
    const available = candidate.variants.filter((variant) => variant.available);
    return candidate.attributes.returnable && available.length >= 2 && available[0]?.price !== available[1]?.price;
  }) as Product;
}

const ko = () => contextFor({ language: 'ko', customerId: customer.customerId });
const en = () => contextFor({ language: 'en', customerId: customer.customerId });
const variant = (index: number) => product.variants.filter((candidate) => candidate.available)[index] as Product['variants'][number];

async function placeOrder(options: { itemId?: string; quantity?: number } = {}): Promise<string> {
  const result = (await store.call(
    'place_order',
    { items: [{ itemId: options.itemId ?? variant(0).itemId, quantity: options.quantity ?? 1 }], paymentMethodId: card },
    en(),
  )) as { orderId: string };
  return result.orderId;
}

/** Moves an order along as the warehouse would: shipped, then delivered `daysAgo` before the sample's today. */
function deliver(orderId: string, daysAgo: number): void {
  store.records.update<Order>('orders', orderId, (order) => ({
    ...order,
    status: 'delivered',
    fulfillments: [
      {
        trackingId: '612345678901',
        carrier: 'CJ대한통운',
        itemIds: order.items.map((item) => item.itemId),
        status: 'delivered',
        shippedAt: new Date(sampleReferenceDate.getTime() - (daysAgo + 1) * day).toISOString(),
        deliveredAt: new Date(sampleReferenceDate.getTime() - daysAgo * day).toISOString(),
      },
    ],
  }));
}

const order = (orderId: string) => store.records.get<Order>('orders', orderId) as Order;

beforeEach(() => {
  store = loadEnergyStore();
  customer = store.data.customers.find((candidate) => candidate.paymentMethods.some((method) => method.type === 'card')) as Customer;
  card = customer.paymentMethods.find((method) => method.type === 'card')?.id ?? '';
  other = store.data.customers.find((candidate) => candidate.customerId !== customer.customerId) as Customer;
  product = swappableProduct(store.data.products);
});

describe('place_order', () => {
  test('the summary lists items, options, ₩ amounts with separators and the payment method, in ko and en', async () => {
    const args = { items: [{ itemId: variant(0).itemId, quantity: 2 }], paymentMethodId: card };
    const korean = await store.summarize('place_order', args, ko());
    const english = await store.summarize('place_order', args, en());
    const amount = `₩${(variant(0).price * 2).toLocaleString('en-US')}`;
    assert.ok(
      korean.includes(product.name.ko) && korean.includes(amount) && korean.includes('결제 수단') && korean.includes('× 2'),
      korean,
    );
    assert.ok(english.includes(product.name.en) && english.includes(amount) && english.includes('Payment method'), english);
    assert.match(english, /₩\d{1,3}(,\d{3})*/u);
  });

  test('places a pending order with the shipping rule applied, and the customer can list it', async () => {
    const orderId = await placeOrder({ quantity: 1 });
    const placed = order(orderId);
    assert.equal(placed.status, 'pending');
    assert.equal(placed.customerId, customer.customerId);
    assert.equal(placed.shippingFee, variant(0).price >= 50_000 ? 0 : 3_000);
    assert.equal(placed.paymentHistory[0]?.amount, variant(0).price + placed.shippingFee);
    assert.equal(placed.createdAt, sampleReferenceDate.toISOString());
    const listed = (await store.call('list_orders', { status: 'pending' }, ko())) as { orders: { orderId: string }[] };
    assert.equal(listed.orders[0]?.orderId, orderId);
  });

  test('refuses out-of-stock items, someone else’s payment method and more than 10 of one item (ko and en)', async () => {
    const soldOut = store.data.products.flatMap((candidate) => candidate.variants).find((candidate) => !candidate.available);
    await assert.rejects(
      store.call('place_order', { items: [{ itemId: soldOut?.itemId ?? '' }], paymentMethodId: card }, ko()),
      isFailure('out_of_stock', 'ko'),
    );
    const foreign = other.paymentMethods[0]?.id ?? '';
    await assert.rejects(
      store.call('place_order', { items: [{ itemId: variant(0).itemId }], paymentMethodId: foreign }, en()),
      isFailure('invalid_payment_method', 'en'),
    );
    await assert.rejects(
      store.call('place_order', { items: [{ itemId: variant(0).itemId, quantity: 11 }], paymentMethodId: card }, ko()),
      isFailure('invalid_arguments', 'ko'),
    );
    await assert.rejects(
      store.summarize('place_order', { items: [{ itemId: 'P-00000-01' }], paymentMethodId: card }, en()),
      isFailure('not_found', 'en'),
    );
  });

  test('paying with points takes them from the balance, and only when the balance covers the order', async () => {
    const payer = store.data.customers.find(
      (candidate) => candidate.paymentMethods.some((method) => method.type === 'points') && candidate.loyaltyPoints > 60_000,
    ) as Customer;
    const points = payer.paymentMethods.find((method) => method.type === 'points')?.id ?? '';
    const context = contextFor({ language: 'ko', customerId: payer.customerId });
    const cheap = store.data.products
      .flatMap((candidate) => candidate.variants)
      .find((candidate) => candidate.available && candidate.price < 20_000);
    await store.call('place_order', { items: [{ itemId: cheap?.itemId ?? '' }], paymentMethodId: points }, context);
    const after = store.records.get<Customer>('customers', payer.customerId) as Customer;
    assert.equal(after.loyaltyPoints, payer.loyaltyPoints - ((cheap?.price ?? 0) + 3_000));
    const expensive = store.data.products
      .flatMap((candidate) => candidate.variants)
      .find((candidate) => candidate.available && candidate.price > after.loyaltyPoints);
    await assert.rejects(
      store.call('place_order', { items: [{ itemId: expensive?.itemId ?? '' }], paymentMethodId: points }, context),
      isFailure('insufficient_points', 'ko'),
    );
  });
});

describe('cancel_order', () => {
  test('a pending order is cancelled whole and everything paid is refunded', async () => {
    const orderId = await placeOrder();
    const paid = order(orderId).paymentHistory[0]?.amount ?? 0;
    const summary = await store.summarize('cancel_order', { orderId }, ko());
    assert.ok(summary.includes(`환불 금액: ₩${paid.toLocaleString('en-US')}`), summary);
    const result = (await store.call('cancel_order', { orderId }, ko())) as { refund: number };
    assert.equal(result.refund, paid);
    const cancelled = order(orderId);
    assert.equal(cancelled.status, 'cancelled');
    assert.deepEqual(cancelled.paymentHistory.at(-1), {
      paymentMethodId: card,
      amount: paid,
      kind: 'refund',
      at: sampleReferenceDate.toISOString(),
      note: 'cancellation',
    });
    await assert.rejects(store.call('cancel_order', { orderId }, en()), isFailure('invalid_state', 'en'));
  });

  test('a delivered or shipped order cannot be cancelled (ko and en), and nothing changes', async () => {
    const orderId = await placeOrder();
    deliver(orderId, 2);
    await assert.rejects(store.call('cancel_order', { orderId }, ko()), isFailure('invalid_state', 'ko'));
    await assert.rejects(store.summarize('cancel_order', { orderId }, en()), isFailure('invalid_state', 'en'));
    assert.equal(order(orderId).status, 'delivered');
    const shipped = store.data.orders.find((candidate) => candidate.status === 'processed') as Order;
    await assert.rejects(
      store.call('cancel_order', { orderId: shipped.orderId }, contextFor({ language: 'en', customerId: shipped.customerId })),
      (error: Error) => /shipped/u.test(error.message),
    );
  });

  test('another customer’s order is refused', async () => {
    const orderId = await placeOrder();
    const context = contextFor({ language: 'ko', customerId: other.customerId });
    await assert.rejects(store.call('cancel_order', { orderId }, context), isFailure('not_your_record', 'ko'));
    assert.equal(order(orderId).status, 'pending');
  });
});

describe('modify_order', () => {
  test('swaps a pending line for another option of the same product and settles the difference', async () => {
    const orderId = await placeOrder({ quantity: 2 });
    const args = { orderId, itemId: variant(0).itemId, newItemId: variant(1).itemId };
    const difference = (variant(1).price - variant(0).price) * 2;
    const english = await store.summarize('modify_order', args, en());
    assert.ok(english.includes(`₩${Math.abs(difference).toLocaleString('en-US')}`), english);
    assert.match(english, difference > 0 ? /Extra charge/u : /Refund of the difference/u);
    await store.call('modify_order', args, ko());
    const changed = order(orderId);
    assert.equal(changed.items[0]?.itemId, variant(1).itemId);
    assert.equal(changed.items[0]?.price, variant(1).price);
    assert.deepEqual(changed.paymentHistory.at(-1)?.kind, difference > 0 ? 'payment' : 'refund');
    assert.equal(changed.paymentHistory.at(-1)?.amount, Math.abs(difference));
  });

  test('refuses another product’s item and a delivered order', async () => {
    const orderId = await placeOrder();
    const foreign = store.data.products.find((candidate) => candidate.productId !== product.productId)?.variants[0]?.itemId ?? '';
    await assert.rejects(
      store.call('modify_order', { orderId, itemId: variant(0).itemId, newItemId: foreign }, ko()),
      isFailure('invalid_arguments', 'ko'),
    );
    deliver(orderId, 1);
    await assert.rejects(
      store.call('modify_order', { orderId, itemId: variant(0).itemId, newItemId: variant(1).itemId }, en()),
      isFailure('invalid_state', 'en'),
    );
  });
});

describe('return_items', () => {
  test('a delivered line within the window is refunded (not the shipping fee), once', async () => {
    const orderId = await placeOrder({ quantity: 2 });
    deliver(orderId, 13);
    const refund = variant(0).price * 2;
    const summary = await store.summarize('return_items', { orderId, itemIds: [variant(0).itemId] }, ko());
    assert.ok(summary.includes(`₩${refund.toLocaleString('en-US')}`) && summary.includes('배송비 제외'), summary);
    const result = (await store.call('return_items', { orderId, itemIds: [variant(0).itemId], reason: '단순 변심' }, ko())) as {
      refund: number;
      returnId: string;
    };
    assert.equal(result.refund, refund);
    assert.equal(order(orderId).returns[0]?.returnId, result.returnId);
    assert.equal(order(orderId).paymentHistory.at(-1)?.amount, refund);
    await assert.rejects(store.call('return_items', { orderId, itemIds: [variant(0).itemId] }, en()), isFailure('already_requested', 'en'));
  });

  test('after the 14-day window, before delivery, and for a prepaid fuel card, returns are refused (ko and en)', async () => {
    const late = await placeOrder();
    deliver(late, 15);
    await assert.rejects(
      store.call('return_items', { orderId: late, itemIds: [variant(0).itemId] }, ko()),
      isFailure('return_window_closed', 'ko'),
    );
    await assert.rejects(
      store.call('return_items', { orderId: late, itemIds: [variant(0).itemId] }, en()),
      isFailure('return_window_closed', 'en'),
    );
    const pending = await placeOrder();
    await assert.rejects(
      store.call('return_items', { orderId: pending, itemIds: [variant(0).itemId] }, en()),
      isFailure('invalid_state', 'en'),
    );
    const card = store.data.products.find(
      (candidate) => candidate.attributes.returnable === false && candidate.variants.some((option) => option.available),
    ) as Product;
    const cardItem = card.variants.find((option) => option.available)?.itemId ?? '';
    const fuel = await placeOrder({ itemId: cardItem });
    deliver(fuel, 1);
    await assert.rejects(store.call('return_items', { orderId: fuel, itemIds: [cardItem] }, ko()), isFailure('not_returnable', 'ko'));
  });
});

describe('exchange_items', () => {
  test('a delivered line is exchanged for an in-stock option of the same product; a second request is refused', async () => {
    const orderId = await placeOrder();
    deliver(orderId, 3);
    const args = { orderId, itemId: variant(0).itemId, newItemId: variant(1).itemId };
    const korean = await store.summarize('exchange_items', args, ko());
    assert.ok(korean.includes('교환') && korean.includes(`₩${variant(1).price.toLocaleString('en-US')}`), korean);
    const result = (await store.call('exchange_items', args, en())) as { exchangeId: string; priceDifference: number };
    assert.equal(result.priceDifference, variant(1).price - variant(0).price);
    assert.equal(order(orderId).exchanges[0]?.exchangeId, result.exchangeId);
    await assert.rejects(store.call('exchange_items', args, ko()), isFailure('already_requested', 'ko'));
  });

  test('a pending order cannot be exchanged, and an out-of-stock option is refused', async () => {
    const orderId = await placeOrder();
    await assert.rejects(
      store.call('exchange_items', { orderId, itemId: variant(0).itemId, newItemId: variant(1).itemId }, ko()),
      isFailure('invalid_state', 'ko'),
    );
    const withSoldOut = store.data.products.find(
      (candidate) =>
        candidate.attributes.returnable &&
        candidate.variants.some((option) => option.available) &&
        candidate.variants.some((option) => !option.available),
    ) as Product;
    const inStock = withSoldOut.variants.find((option) => option.available)?.itemId ?? '';
    const soldOut = withSoldOut.variants.find((option) => !option.available)?.itemId ?? '';
    const delivered = await placeOrder({ itemId: inStock });
    deliver(delivered, 2);
    await assert.rejects(
      store.call('exchange_items', { orderId: delivered, itemId: inStock, newItemId: soldOut }, en()),
      isFailure('out_of_stock', 'en'),
    );
  });
});
