// energy-store catalogue and station tools on a real SQLite database: search (ko/en, typos, spacing, grades, filters), details, stock, stations.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Product } from '../../../src/blueprints/energy-store/index.ts';
import { contextFor, type EnergyStoreFixture, isFailure, loadEnergyStore } from './energy-store-fixture.ts';

interface SearchResult {
  count: number;
  products: { productId: string; name: string; category: string; viscosity?: string; priceFrom: number; variants: { itemId: string }[] }[];
}
interface StationResult {
  count: number;
  stations: { stationId: string; name: string; address: string; services: string[]; distanceKm?: number }[];
}

const ko = contextFor({ language: 'ko' });
const en = contextFor({ language: 'en' });
let store: EnergyStoreFixture;
let byId: Map<string, Product>;
const search = async (args: Record<string, unknown>, context = ko) => (await store.call('search_products', args, context)) as SearchResult;
const stations = async (args: Record<string, unknown>, context = ko) => (await store.call('find_stations', args, context)) as StationResult;

before(() => {
  store = loadEnergyStore();
  byId = new Map(store.data.products.map((product) => [product.productId, product]));
});

describe('search_products', () => {
  test('a Korean query with an SAE grade finds diesel engine oils of that grade, named in Korean', async () => {
    const result = await search({ query: '디젤 5W-30 엔진 오일' });
    assert.ok(result.count > 0);
    for (const found of result.products) {
      const product = byId.get(found.productId);
      assert.equal(product?.attributes.viscosity, '5W-30');
      assert.ok(product?.attributes.fits?.engineTypes?.includes('diesel'), found.name);
      assert.match(found.name, /엔진오일/u);
    }
  });

  test('the same request in English finds the same products, named in English', async () => {
    const korean = await search({ query: '디젤 5W-30 엔진 오일' });
    const english = await search({ query: 'diesel engine oil 5w30' }, en);
    assert.deepEqual(
      english.products.map((product) => product.productId).sort(),
      korean.products.map((product) => product.productId).sort(),
    );
    assert.ok(english.products.every((product) => /Engine Oil/u.test(product.name)));
  });

  test('spacing does not matter: 엔진오일 and 엔진 오일 give the same results', async () => {
    const joined = await search({ query: '하이브리드 엔진오일' });
    const spaced = await search({ query: '하이브리드 엔진 오일' });
    assert.ok(joined.count > 0);
    assert.deepEqual(spaced.products, joined.products);
  });

  test('typos are forgiven in both languages', async () => {
    const english = await search({ query: 'wipr blade' }, en);
    assert.ok(
      english.count > 0 && english.products.every((product) => /Wiper Blade/u.test(product.name)),
      JSON.stringify(english.products),
    );
    const korean = await search({ query: '카샴프' });
    assert.ok(korean.count > 0 && korean.products.every((product) => product.name.includes('카샴푸')));
  });

  test('filters by category, price, engine type and vehicle model', async () => {
    const cheapOils = await search({ query: '엔진오일', category: 'engine-oil', maxPrice: 12_000, limit: 20 });
    assert.ok(cheapOils.count > 0);
    assert.ok(cheapOils.products.every((product) => product.category === 'engine-oil' && product.priceFrom <= 12_000));
    const electric = await search({ engineType: 'electric', limit: 20 }, en);
    assert.ok(electric.count > 0);
    for (const found of electric.products) {
      const engines = byId.get(found.productId)?.attributes.fits?.engineTypes;
      assert.ok(!engines || engines.includes('electric'), found.name);
    }
    const part = store.data.products.find((product) => product.attributes.fits?.models);
    const model = part?.attributes.fits?.models?.[0] ?? '';
    const fitted = await search({ query: part?.name.ko.split(' ').at(-1) ?? '', vehicleModel: model, limit: 20 });
    assert.ok(fitted.products.some((found) => found.productId === part?.productId));
    assert.ok(fitted.products.every((found) => byId.get(found.productId)?.attributes.fits?.models?.includes(model) ?? true));
  });

  test('an empty request is refused in the user’s language', async () => {
    await assert.rejects(search({}), isFailure('invalid_arguments', 'ko'));
    await assert.rejects(search({ query: '  ' }, en), isFailure('invalid_arguments', 'en'));
  });

  test('the index follows product changes (rebuilt when the products collection version moves)', async () => {
    const target = store.data.products[0] as Product;
    store.records.update<Product>('products', target.productId, (product) => ({
      ...product,
      name: { ko: '초고성능 테스트 윤활제', en: 'Zyxwv Test Lubricant' },
    }));
    const result = await search({ query: 'zyxwv' }, en);
    assert.deepEqual(
      result.products.map((product) => product.productId),
      [target.productId],
    );
  });
});

describe('get_product and check_availability', () => {
  test('get_product returns the product by product id or item id; unknown ids fail in ko and en', async () => {
    const product = store.data.products[5] as Product;
    assert.deepEqual(await store.call('get_product', { productId: product.productId }, ko), product);
    assert.equal(
      ((await store.call('get_product', { productId: product.variants[0]?.itemId ?? '' }, en)) as Product).productId,
      product.productId,
    );
    await assert.rejects(store.call('get_product', { productId: 'P-99999' }, ko), isFailure('not_found', 'ko'));
    await assert.rejects(store.call('get_product', { productId: 'P-99999' }, en), isFailure('not_found', 'en'));
  });

  test('an out-of-stock item lists the available options of the same product', async () => {
    const product = store.data.products.find(
      (candidate) => candidate.variants.some((variant) => !variant.available) && candidate.variants.some((variant) => variant.available),
    ) as Product;
    const missing = product.variants.find((variant) => !variant.available);
    const result = (await store.call('check_availability', { itemId: missing?.itemId ?? '' }, en)) as {
      available: boolean;
      alternatives: { itemId: string }[];
    };
    assert.equal(result.available, false);
    assert.deepEqual(
      result.alternatives.map((alternative) => alternative.itemId),
      product.variants.filter((variant) => variant.available).map((variant) => variant.itemId),
    );
    const all = (await store.call('check_availability', { productId: product.productId }, ko)) as { variants: unknown[] };
    assert.equal(all.variants.length, product.variants.length);
    await assert.rejects(store.call('check_availability', { itemId: 'P-00001-99' }, ko), isFailure('not_found', 'ko'));
  });
});

describe('find_stations', () => {
  test('a Korean district and its English name find the same stations, in the user’s language', async () => {
    const korean = await stations({ area: '강남구' });
    const english = await stations({ area: 'Gangnam' }, en);
    assert.ok(korean.count > 0);
    assert.deepEqual(
      english.stations.map((station) => station.stationId),
      korean.stations.map((station) => station.stationId),
    );
    assert.ok(korean.stations.every((station) => station.address.includes('강남구') && station.name.startsWith('누리에너지')));
    assert.ok(english.stations.every((station) => station.address.includes('Gangnam-gu') && station.name.startsWith('Nuri Energy')));
  });

  test('city + district narrows; a service filter keeps only stations offering it', async () => {
    const mapo = await stations({ area: '서울 마포' });
    assert.ok(mapo.count > 0 && mapo.stations.every((station) => station.address.startsWith('서울특별시 마포구')));
    const charging = await stations({ area: 'Busan', service: 'ev-fast-charging', limit: 20 }, en);
    assert.ok(charging.count > 0);
    assert.ok(charging.stations.every((station) => station.services.includes('ev-fast-charging') && station.address.includes('Busan')));
  });

  test('near a point, stations come nearest first', async () => {
    const result = await stations({ service: 'car-wash', near: { lat: 37.5665, lon: 126.978 }, limit: 10 }, en);
    const distances = result.stations.map((station) => station.distanceKm ?? Infinity);
    assert.deepEqual(
      distances,
      [...distances].sort((first, second) => first - second),
    );
    assert.ok((distances[0] ?? Infinity) < 30);
  });

  test('an unknown area or no criteria fail in the user’s language', async () => {
    await assert.rejects(stations({ area: '평양' }), isFailure('unknown_area', 'ko'));
    await assert.rejects(stations({ area: 'Atlantis' }, en), isFailure('unknown_area', 'en'));
    await assert.rejects(stations({}, en), isFailure('invalid_arguments', 'en'));
  });
});
