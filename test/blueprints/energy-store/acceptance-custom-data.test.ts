// Acceptance on imported data that differs from the samples (other seed, id formats, names, custom products): the same scripts pass.
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Product } from '../../../src/blueprints/energy-store/index.ts';
import { writeCustomDataset } from './acceptance-data.ts';
import { startStore, type StoreUnderTest } from './acceptance-harness.ts';
import * as account from './acceptance-scripts-account.ts';
import * as shop from './acceptance-scripts-shop.ts';

const scripts = {
  searchAndFollowUps: shop.searchAndFollowUps,
  productByName: shop.productByName,
  stations: shop.stations,
  policyQuestion: shop.policyQuestion,
  signIn: shop.signIn,
  refusalsAndHandoff: shop.refusalsAndHandoff,
  ordersAndPoints: account.ordersAndPoints,
  cancelOrder: account.cancelOrder,
  placeOrder: account.placeOrder,
  modifyOrder: account.modifyOrder,
  returnItems: account.returnItems,
  exchangeItems: account.exchangeItems,
};

describe('energy-store acceptance (imported data with --from)', () => {
  let store: StoreUnderTest;
  let directory: string;
  before(async () => {
    directory = writeCustomDataset();
    store = await startStore({ from: directory });
  });
  after(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  test('the imported data is what the scripts run on (other ids, a custom product)', () => {
    assert.ok(store.records.get<Product>('products', 'SKU00001'));
    assert.equal(store.records.get('products', 'P-00001'), undefined);
    assert.ok(
      store.records
        .all<Product>('products')
        .some((product) => product.productId === 'SKU99999' && product.name.en === 'CarbonShield Ceramic Coating'),
    );
  });

  test('a custom product is found by its name (ko, en)', async () => {
    const ko = await store.conversation().say('카본쉴드 세라믹 코팅제 얼마예요?');
    assert.match(ko.text, /₩39,000/u);
    const en = await store.conversation().say('how much is the CarbonShield Ceramic Coating?');
    assert.match(en.text, /₩64,000/u);
  });

  for (const [name, script] of Object.entries(scripts))
    for (const language of ['ko', 'en'] as const) test(`${name} (${language})`, () => script(store, language));
});
