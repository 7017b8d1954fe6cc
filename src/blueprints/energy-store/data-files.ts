// The four JSON files of the energy-store blueprint: which collection each fills, its record schema, id and owner.
import type { BlueprintDataFile } from '../types.ts';
import {
  type Customer,
  customerSchema,
  type Order,
  orderSchema,
  type Product,
  productSchema,
  type Station,
  stationSchema,
} from './schemas/index.ts';

/** Collection names the tools read; orders are owned by their customer. */
export const collections = { products: 'products', customers: 'customers', orders: 'orders', stations: 'stations' } as const;

const products: BlueprintDataFile<Product> = {
  file: 'products.json',
  collection: collections.products,
  schema: productSchema,
  id: (product) => product.productId,
};

const customers: BlueprintDataFile<Customer> = {
  file: 'customers.json',
  collection: collections.customers,
  schema: customerSchema,
  id: (customer) => customer.customerId,
  owner: (customer) => customer.customerId,
};

const orders: BlueprintDataFile<Order> = {
  file: 'orders.json',
  collection: collections.orders,
  schema: orderSchema,
  id: (order) => order.orderId,
  owner: (order) => order.customerId,
};

const stations: BlueprintDataFile<Station> = {
  file: 'stations.json',
  collection: collections.stations,
  schema: stationSchema,
  id: (station) => station.stationId,
};

export const energyStoreDataFiles = [products, customers, orders, stations] as unknown as BlueprintDataFile[];
