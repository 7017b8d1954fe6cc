// energy-store schemas and cross-checks: the sample passes, bad records fail with the JSON path, bad references are reported.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { energyStoreBlueprint, type Customer, type Order, type Product, type Station } from '../../../src/blueprints/energy-store/index.ts';
import { customerSchema, orderSchema, productSchema, stationSchema } from '../../../src/blueprints/energy-store/schemas/index.ts';

const sample = energyStoreBlueprint.sampleData({ seed: 3 });
const products = sample['products.json'] as Product[];
const customers = sample['customers.json'] as Customer[];
const orders = sample['orders.json'] as Order[];
const stations = sample['stations.json'] as Station[];
const copy = <T>(value: T): T => structuredClone(value);

function issuePaths(
  schema: { safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } },
  value: unknown,
): string[] {
  const result = schema.safeParse(value);
  assert.equal(result.success, false, 'the record should be rejected');
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('energy-store schemas', () => {
  test('every sample record passes its file schema', () => {
    for (const file of energyStoreBlueprint.dataFiles) {
      const records = sample[file.file] ?? [];
      assert.ok(records.length > 0, file.file);
      records.forEach((record, index) => assert.equal(file.schema.safeParse(record).success, true, `${file.file}[${index}]`));
    }
  });

  test('a bad product is rejected at the variant price and the viscosity', () => {
    const product = copy(products[0]) as Product;
    (product.variants[0] as { price: number }).price = -100;
    product.attributes.viscosity = '5W30';
    const paths = issuePaths(productSchema, product);
    assert.ok(paths.includes('variants.0.price'), paths.join());
    assert.ok(paths.includes('attributes.viscosity'), paths.join());
  });

  test('a product with two variants of one item id is rejected', () => {
    const product = copy(products.find((candidate) => candidate.variants.length > 1)) as Product;
    (product.variants[1] as { itemId: string }).itemId = product.variants[0]?.itemId ?? '';
    assert.deepEqual(issuePaths(productSchema, product), ['variants.1.itemId']);
  });

  test('a customer with a four-digit postcode and a malformed email is rejected with both paths', () => {
    const customer = copy(customers[0]) as Customer;
    customer.address.zip = '1234';
    customer.email = 'kim.minjun-at-naver.com';
    assert.deepEqual(issuePaths(customerSchema, customer).sort(), ['address.zip', 'email']);
  });

  test('an order with an unknown status, a zero quantity and a cancelled order without cancelledAt', () => {
    const order = copy(orders[0]) as Order;
    (order as { status: string }).status = 'shipped';
    (order.items[0] as { quantity: number }).quantity = 0;
    assert.deepEqual(issuePaths(orderSchema, order).sort(), ['items.0.quantity', 'status']);
    const cancelled = copy(orders.find((candidate) => candidate.status === 'cancelled')) as Order;
    delete cancelled.cancelledAt;
    assert.deepEqual(issuePaths(orderSchema, cancelled), ['cancelledAt']);
  });

  test('a fulfillment naming an item that is not in the order is rejected', () => {
    const order = copy(orders.find((candidate) => candidate.fulfillments.length > 0)) as Order;
    order.fulfillments[0]?.itemIds.push('P-99999-01');
    const paths = issuePaths(orderSchema, order);
    assert.match(paths[0] ?? '', /^fulfillments\.0\.itemIds\.\d+$/u);
  });

  test('a station offering LPG must list an LPG price', () => {
    const station = copy(stations[0]) as Station;
    station.services = [...station.services.filter((service) => service !== 'lpg'), 'lpg'];
    delete station.prices.lpg;
    assert.deepEqual(issuePaths(stationSchema, station), ['prices.lpg']);
  });
});

describe('energy-store cross-check', () => {
  test('the sample data has no cross-file problems', () => {
    assert.deepEqual(energyStoreBlueprint.crossCheck(sample), []);
  });

  test('reports unknown customers, products, items, foreign payment methods and duplicate ids with their paths', () => {
    const broken = copy(sample);
    const brokenOrders = broken['orders.json'] as Order[];
    const brokenCustomers = broken['customers.json'] as Customer[];
    const brokenProducts = broken['products.json'] as Product[];
    (brokenOrders[0] as Order).customerId = 'C-404404';
    const second = brokenOrders[1] as Order;
    (second.items[0] as { productId: string }).productId = 'P-77777';
    const third = brokenOrders[2] as Order;
    const otherProduct = brokenProducts.find((product) => product.productId !== third.items[0]?.productId) as Product;
    (third.items[0] as { itemId: string }).itemId = otherProduct.variants[0]?.itemId ?? '';
    const fourth = brokenOrders[3] as Order;
    const stranger = brokenCustomers.find((customer) => customer.customerId !== fourth.customerId) as Customer;
    (fourth.paymentHistory[0] as { paymentMethodId: string }).paymentMethodId = stranger.paymentMethods[0]?.id ?? '';
    (brokenOrders[5] as Order).orderId = (brokenOrders[4] as Order).orderId;
    (brokenCustomers[9] as Customer).email = (brokenCustomers[8] as Customer).email.toUpperCase();
    const issues = energyStoreBlueprint.crossCheck(broken).map((issue) => `${issue.file} ${issue.path}`);
    assert.deepEqual(issues.sort(), [
      'customers.json [9].email',
      'orders.json [0].customerId',
      'orders.json [1].items[0].productId',
      'orders.json [2].items[0].itemId',
      'orders.json [3].paymentHistory[0].paymentMethodId',
      'orders.json [5].orderId',
    ]);
    const messages = energyStoreBlueprint.crossCheck(broken).map((issue) => issue.message);
    assert.ok(messages.some((message) => message.includes("unknown customer 'C-404404'")));
  });

  test('an item id shared by two products is reported', () => {
    const broken = copy(sample);
    const brokenProducts = broken['products.json'] as Product[];
    ((brokenProducts[1] as Product).variants[0] as { itemId: string }).itemId = (brokenProducts[0] as Product).variants[0]?.itemId ?? '';
    const issues = energyStoreBlueprint.crossCheck(broken);
    assert.ok(issues.some((issue) => issue.file === 'products.json' && issue.path === '[1].variants[0].itemId'));
  });
});
