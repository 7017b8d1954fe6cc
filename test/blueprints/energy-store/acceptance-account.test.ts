// Acceptance on the sample data: orders, cancellations, purchases, changes, returns, exchanges and points, in Korean and English, through the real server and the openai client.
import { after, before, describe, test } from 'node:test';
import { startStore, type StoreUnderTest } from './acceptance-harness.ts';
import { ordersAndPoints, cancelOrder, placeOrder, modifyOrder, returnItems, exchangeItems } from './acceptance-scripts-account.ts';

const scripts = { ordersAndPoints, cancelOrder, placeOrder, modifyOrder, returnItems, exchangeItems };

describe('energy-store acceptance (account, sample data)', () => {
  let store: StoreUnderTest;
  before(async () => {
    store = await startStore();
  });
  after(() => store.close());

  for (const [name, script] of Object.entries(scripts))
    for (const language of ['ko', 'en'] as const) test(`${name} (${language})`, () => script(store, language));
});
