// Acceptance on the sample data: catalogue, stations, policies, requests for another business, sign-in, refusals and hand-off, in Korean and English, through the real server and the openai client.
import { after, before, describe, test } from 'node:test';
import { startStore, type StoreUnderTest } from './acceptance-harness.ts';
import {
  searchAndFollowUps,
  productByName,
  stations,
  policyQuestion,
  outsideServices,
  signIn,
  refusalsAndHandoff,
} from './acceptance-scripts-shop.ts';

const scripts = { searchAndFollowUps, productByName, stations, policyQuestion, outsideServices, signIn, refusalsAndHandoff };

describe('energy-store acceptance (shop, sample data)', () => {
  let store: StoreUnderTest;
  before(async () => {
    store = await startStore();
  });
  after(() => store.close());

  for (const [name, script] of Object.entries(scripts))
    for (const language of ['ko', 'en'] as const) test(`${name} (${language})`, () => script(store, language));
});
