// energy-store account tools on a real SQLite database: authentication, orders (ownership), points; flags the runtime relies on.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Customer, Order } from '../../../src/blueprints/energy-store/index.ts';
import { contextFor, type EnergyStoreFixture, isFailure, loadEnergyStore } from './energy-store-fixture.ts';

let store: EnergyStoreFixture;
let customer: Customer;
let someoneElsesOrder: Order;

before(() => {
  store = loadEnergyStore();
  // A customer with several orders, and an order that is not theirs.
  const counts = new Map<string, number>();
  for (const order of store.data.orders) counts.set(order.customerId, (counts.get(order.customerId) ?? 0) + 1);
  const [customerId] = [...counts].sort((first, second) => second[1] - first[1])[0] ?? [''];
  customer = store.data.customers.find((candidate) => candidate.customerId === customerId) as Customer;
  someoneElsesOrder = store.data.orders.find((order) => order.customerId !== customer.customerId) as Order;
});

describe('tool flags', () => {
  test('account tools require authentication, state changes are declared and summarised, one tool authenticates', () => {
    const tools = [...store.tools.values()];
    const changing = tools.filter((tool) => tool.changesState).map((tool) => tool.name);
    assert.deepEqual(changing.sort(), ['cancel_order', 'exchange_items', 'modify_order', 'place_order', 'return_items']);
    assert.ok(tools.filter((tool) => tool.changesState).every((tool) => tool.requiresAuthentication && tool.summarize));
    for (const name of ['list_orders', 'get_order', 'get_loyalty_points'])
      assert.equal(store.tools.get(name)?.requiresAuthentication, true, name);
    assert.deepEqual(
      tools.filter((tool) => tool.authenticates).map((tool) => tool.name),
      ['authenticate_customer'],
    );
    assert.ok(tools.every((tool) => /^[a-z][a-z0-9_]*$/u.test(tool.name) && tool.description.length > 40));
  });
});

describe('authenticate_customer', () => {
  test('by email, whatever the case and spacing', async () => {
    const result = await store.call(
      'authenticate_customer',
      { email: `  ${customer.email.toUpperCase()} ` },
      contextFor({ language: 'en' }),
    );
    assert.deepEqual(result, { customerId: customer.customerId, name: customer.name });
  });

  test('by name and postcode, with or without a space in the name', async () => {
    const spaced = `${customer.name.slice(0, 1)} ${customer.name.slice(1)}`;
    const result = await store.call('authenticate_customer', { name: spaced, zip: customer.address.zip }, contextFor({ language: 'ko' }));
    assert.deepEqual(result, { customerId: customer.customerId, name: customer.name });
  });

  test('a wrong detail fails with one message that does not say which detail was wrong (ko and en)', async () => {
    for (const language of ['ko', 'en'] as const) {
      const context = contextFor({ language });
      const wrongZip = await store
        .call('authenticate_customer', { name: customer.name, zip: '00000' }, context)
        .catch((error: Error) => error);
      const wrongEmail = await store.call('authenticate_customer', { email: 'nobody@example.com' }, context).catch((error: Error) => error);
      assert.ok(isFailure('authentication_failed', language)(wrongZip));
      assert.ok(isFailure('authentication_failed', language)(wrongEmail));
      assert.equal((wrongZip as Error).message, (wrongEmail as Error).message);
    }
    await assert.rejects(
      store.call('authenticate_customer', { name: customer.name }, contextFor({ language: 'ko' })),
      isFailure('invalid_arguments', 'ko'),
    );
  });
});

describe('list_orders, get_order and get_loyalty_points', () => {
  test('list_orders shows only the customer’s orders, newest first, and filters by status', async () => {
    const context = contextFor({ language: 'ko', customerId: customer.customerId });
    const result = (await store.call('list_orders', { limit: 50 }, context)) as {
      count: number;
      orders: { orderId: string; createdAt: string; status: string; items: { name: string }[] }[];
    };
    const own = store.data.orders.filter((order) => order.customerId === customer.customerId);
    assert.equal(result.count, own.length);
    assert.deepEqual(new Set(result.orders.map((order) => order.orderId)), new Set(own.map((order) => order.orderId)));
    const dates = result.orders.map((order) => order.createdAt);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.ok(result.orders.every((order) => order.items.every((item) => /[\uac00-\ud7a3]/u.test(item.name))));
    const status = result.orders[0]?.status ?? 'delivered';
    const filtered = (await store.call('list_orders', { status }, context)) as { orders: { status: string }[] };
    assert.ok(filtered.orders.length > 0 && filtered.orders.every((order) => order.status === status));
  });

  test('get_order returns the customer’s own order with totals, names in the user’s language', async () => {
    const own = store.data.orders.find((order) => order.customerId === customer.customerId) as Order;
    const result = (await store.call(
      'get_order',
      { orderId: own.orderId.toLowerCase() },
      contextFor({ language: 'en', customerId: customer.customerId }),
    )) as Order & {
      total: number;
      paid: number;
    };
    assert.equal(result.orderId, own.orderId);
    assert.equal(result.total, own.items.reduce((sum, item) => sum + item.price * item.quantity, 0) + own.shippingFee);
    assert.ok(result.items.every((item) => /^[\x20-\x7e]+$/u.test(item.name ?? '')));
  });

  test('another customer’s order is refused, an unknown one is not found (ko and en)', async () => {
    for (const language of ['ko', 'en'] as const) {
      const context = contextFor({ language, customerId: customer.customerId });
      await assert.rejects(
        store.call('get_order', { orderId: someoneElsesOrder.orderId }, context),
        isFailure('not_your_record', language),
      );
      await assert.rejects(store.call('get_order', { orderId: 'O-999999' }, context), isFailure('not_found', language));
    }
  });

  test('without an authenticated customer, account tools ask for authentication', async () => {
    await assert.rejects(store.call('list_orders', {}, contextFor({ language: 'ko' })), isFailure('authentication_required', 'ko'));
    await assert.rejects(store.call('get_loyalty_points', {}, contextFor({ language: 'en' })), isFailure('authentication_required', 'en'));
  });

  test('get_loyalty_points reports the balance, tier name in the user’s language and the next tier', async () => {
    const ko = (await store.call('get_loyalty_points', {}, contextFor({ language: 'ko', customerId: customer.customerId }))) as {
      points: number;
      tier: string;
      tierName: string;
    };
    const en = (await store.call('get_loyalty_points', {}, contextFor({ language: 'en', customerId: customer.customerId }))) as {
      tierName: string;
      nextTier?: string;
    };
    assert.equal(ko.points, customer.loyaltyPoints);
    assert.equal(ko.tier, customer.tier);
    assert.match(ko.tierName, /[\uac00-\ud7a3]/u);
    assert.match(en.tierName, /^[A-Z][a-z]+$/u);
    assert.equal(en.nextTier === undefined, customer.tier === 'platinum');
  });
});
