// energy-store sample data: sizes, realism (Korean names, addresses, statuses with tracking), determinism and scaling.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { energyStoreBlueprint, type Customer, type Order, type Product, type Station } from '../../../src/blueprints/energy-store/index.ts';

const sample = energyStoreBlueprint.sampleData({ seed: 11 });
const products = sample['products.json'] as Product[];
const customers = sample['customers.json'] as Customer[];
const orders = sample['orders.json'] as Order[];
const stations = sample['stations.json'] as Station[];

describe('energy-store sample data', () => {
  test('has at least 200 products, 500 customers, 1,000 orders and 100 stations', () => {
    assert.ok(products.length >= 200);
    assert.ok(customers.length >= 500);
    assert.ok(orders.length >= 1_000);
    assert.ok(stations.length >= 100);
  });

  test('covers every category, with real engine-oil grades and specs', () => {
    const categories = new Set(products.map((product) => product.category));
    assert.deepEqual([...categories].sort(), ['accessory', 'car-care', 'engine-oil', 'ev-charging', 'fuel', 'lubricant']);
    const oils = products.filter((product) => product.category === 'engine-oil');
    assert.ok(oils.every((oil) => /^\d{1,2}W-\d{2}$/u.test(oil.attributes.viscosity ?? '')));
    assert.ok(oils.some((oil) => oil.attributes.specs?.includes('API SP')));
    assert.ok(products.some((product) => product.variants.some((variant) => variant.options.plan === 'annual')));
    assert.ok(products.every((product) => /[\uac00-\ud7a3]/u.test(product.name.ko) && /^[\x20-\x7e]+$/u.test(product.name.en)));
  });

  test('customers have Korean names, romanised emails, mobile numbers and five-digit postcodes', () => {
    for (const customer of customers) {
      assert.match(customer.name, /^[\uac00-\ud7a3]{2,4}$/u);
      assert.match(customer.email, /^[a-z0-9.]+@[a-z.]+$/u);
      assert.match(customer.phone, /^010-\d{4}-\d{4}$/u);
      assert.match(customer.address.zip, /^\d{5}$/u);
    }
    assert.equal(new Set(customers.map((customer) => customer.email)).size, customers.length);
    assert.equal(
      new Set(customers.map((customer) => `${customer.name}|${customer.address.zip}`)).size,
      customers.length,
      'name + postcode signs in, so it is unique',
    );
  });

  test('orders come in all four statuses; processed and delivered ones carry tracking numbers', () => {
    const statuses = new Set(orders.map((order) => order.status));
    assert.deepEqual([...statuses].sort(), ['cancelled', 'delivered', 'pending', 'processed']);
    for (const order of orders.filter((candidate) => candidate.status === 'processed' || candidate.status === 'delivered')) {
      assert.ok(order.fulfillments.length > 0, order.orderId);
      assert.ok(order.fulfillments.every((fulfillment) => /^\d{12}$/u.test(fulfillment.trackingId)));
    }
    assert.ok(
      orders
        .filter((order) => order.status === 'delivered')
        .every((order) => order.fulfillments.every((fulfillment) => fulfillment.deliveredAt)),
    );
    assert.ok(orders.filter((order) => order.status === 'pending').every((order) => order.fulfillments.length === 0));
  });

  test('stations spread over Korean cities with bilingual addresses', () => {
    const cities = new Set(stations.map((station) => station.address.city.en));
    assert.ok(cities.size >= 15, `${cities.size} cities`);
    assert.ok(stations.some((station) => station.services.includes('ev-fast-charging') && station.prices.evPerKwh));
    assert.equal(new Set(stations.map((station) => station.name.ko)).size, stations.length);
  });

  test('the same seed gives the same data; another seed gives other data', () => {
    assert.deepEqual(energyStoreBlueprint.sampleData({ seed: 11 }), sample);
    const other = energyStoreBlueprint.sampleData({ seed: 12 });
    assert.notDeepEqual(other['customers.json'], sample['customers.json']);
    assert.notDeepEqual(other['orders.json'], sample['orders.json']);
  });

  test('scale multiplies the counts and the larger set still hangs together', () => {
    const scaled = energyStoreBlueprint.sampleData({ seed: 11, scale: { products: 5, customers: 2, orders: 3 } });
    assert.equal(scaled['products.json']?.length, products.length * 5);
    assert.equal(scaled['customers.json']?.length, customers.length * 2);
    assert.equal(scaled['orders.json']?.length, orders.length * 3);
    assert.equal(
      new Set((scaled['products.json'] as Product[]).map((product) => product.name.ko)).size,
      products.length * 5,
      'product names stay unique',
    );
    assert.deepEqual(energyStoreBlueprint.crossCheck(scaled), []);
  });
});

describe('energy-store knowledge and assistant', () => {
  test('every policy topic exists in Korean and English and quotes the enforced numbers', () => {
    const documents = energyStoreBlueprint.knowledgeDocuments();
    const korean = documents.filter((document) => document.path.endsWith('.ko.md'));
    const english = documents.filter((document) => document.path.endsWith('.en.md'));
    assert.equal(korean.length, english.length);
    assert.ok(korean.length >= 8);
    assert.ok(korean.every((document) => /[\uac00-\ud7a3]/u.test(document.text)));
    const returnsKo = documents.find((document) => document.path === 'energy-store/returns-and-exchanges.ko.md');
    const returnsEn = documents.find((document) => document.path === 'energy-store/returns-and-exchanges.en.md');
    assert.match(returnsKo?.text ?? '', /14일 이내/u);
    assert.match(returnsEn?.text ?? '', /14 days of delivery/u);
    assert.match(documents.find((document) => document.path === 'energy-store/shipping.en.md')?.text ?? '', /₩50,000/u);
  });

  test('the assistant is bilingual, tied to its knowledge base and blueprint, and states the policies', () => {
    const { assistant } = energyStoreBlueprint;
    assert.equal(assistant.id, 'energy-store');
    assert.deepEqual(assistant.knowledgeBases, ['energy-store']);
    assert.equal(assistant.blueprint, 'energy-store');
    assert.match(assistant.instructions ?? '', /Authenticate before any account data/u);
    assert.match(assistant.instructions ?? '', /explicit yes/u);
  });
});
