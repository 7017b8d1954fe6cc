// The energy-store sample data set: products, customers, orders and stations from one seed, sized by an optional scale.
import { seededRandom } from '../../../core/index.ts';
import type { SampleScale } from '../../types.ts';
import { sampleCustomers } from './sample-customers.ts';
import { sampleOrders } from './sample-orders.ts';
import { sampleProducts } from './sample-products.ts';
import { sampleStations } from './sample-stations.ts';

/** Sizes at scale 1; a scale multiplies them (products: 50 gives the 10,000-product benchmark catalogue). */
export const sampleSizes = { products: 200, customers: 500, orders: 1_000, stations: 120 } as const;

/**
 * Same seed, same data. Each file draws from its own stream, so changing one size leaves the other files' records alike.
 * @example
 * const data = energyStoreSampleData({ seed: 7 });
 * data['orders.json'].length; // 1000
 */
export function energyStoreSampleData(options: { seed: number; scale?: SampleScale; referenceDate?: Date }): Record<string, unknown[]> {
  const { seed, scale = {} } = options;
  const size = (base: number, factor = 1) => Math.max(1, Math.round(base * factor));
  const products = sampleProducts({ random: seededRandom(seed * 4 + 1), count: size(sampleSizes.products, scale.products) });
  const customers = sampleCustomers({ random: seededRandom(seed * 4 + 2), count: size(sampleSizes.customers, scale.customers) });
  const stations = sampleStations({ random: seededRandom(seed * 4 + 3), count: sampleSizes.stations });
  const orders = sampleOrders({
    random: seededRandom(seed * 4 + 4),
    count: size(sampleSizes.orders, scale.orders),
    products,
    customers,
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
  });
  return { 'products.json': products, 'customers.json': customers, 'orders.json': orders, 'stations.json': stations };
}
