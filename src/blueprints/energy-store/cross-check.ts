// Cross-file checks of energy-store data: unique ids, and every order pointing at a real customer, product, item and payment method.
import type { DataIssue } from '../types.ts';
import type { Customer, Order, Product, Station } from './schemas/index.ts';

function duplicates<T>(options: {
  file: string;
  records: readonly T[];
  key: (record: T) => string;
  field: string;
  issues: DataIssue[];
}): void {
  const seen = new Map<string, number>();
  options.records.forEach((record, index) => {
    const value = options.key(record);
    const first = seen.get(value);
    if (first !== undefined)
      options.issues.push({
        file: options.file,
        path: `[${index}].${options.field}`,
        message: `duplicate ${options.field} '${value}' (first at [${first}])`,
      });
    else seen.set(value, index);
  });
}

function checkOrder(options: {
  order: Order;
  index: number;
  customers: ReadonlyMap<string, Customer>;
  products: ReadonlyMap<string, Product>;
  issues: DataIssue[];
}): void {
  const { order, index, customers, products, issues } = options;
  const at = (path: string, message: string) => issues.push({ file: 'orders.json', path: `[${index}]${path}`, message });
  const customer = customers.get(order.customerId);
  if (!customer) at('.customerId', `unknown customer '${order.customerId}'`);
  order.items.forEach((item, itemIndex) => {
    const product = products.get(item.productId);
    if (!product) return at(`.items[${itemIndex}].productId`, `unknown product '${item.productId}'`);
    if (!product.variants.some((variant) => variant.itemId === item.itemId))
      at(`.items[${itemIndex}].itemId`, `item '${item.itemId}' is not a variant of product '${item.productId}'`);
  });
  const orderItems = new Set(order.items.map((item) => item.itemId));
  const methods = new Set(customer?.paymentMethods.map((method) => method.id));
  order.paymentHistory.forEach((entry, entryIndex) => {
    if (customer && !methods.has(entry.paymentMethodId))
      at(
        `.paymentHistory[${entryIndex}].paymentMethodId`,
        `payment method '${entry.paymentMethodId}' is not one of customer '${order.customerId}''s`,
      );
  });
  order.returns.forEach((request, requestIndex) =>
    request.itemIds.forEach((itemId, itemIndex) => {
      if (!orderItems.has(itemId)) at(`.returns[${requestIndex}].itemIds[${itemIndex}]`, `'${itemId}' is not in this order`);
    }),
  );
  order.exchanges.forEach((exchange, exchangeIndex) => {
    if (!orderItems.has(exchange.itemId)) at(`.exchanges[${exchangeIndex}].itemId`, `'${exchange.itemId}' is not in this order`);
    const product = products.get(order.items.find((item) => item.itemId === exchange.itemId)?.productId ?? '');
    if (product && !product.variants.some((variant) => variant.itemId === exchange.newItemId))
      at(`.exchanges[${exchangeIndex}].newItemId`, `'${exchange.newItemId}' is not a variant of product '${product.productId}'`);
  });
}

/**
 * Every cross-file problem, with the file and JSON path; an empty list means the data set hangs together.
 * @example
 * energyStoreCrossCheck({ 'orders.json': [{ orderId: 'O-1', customerId: 'C-404', … }], … });
 * // [{ file: 'orders.json', path: '[0].customerId', message: "unknown customer 'C-404'" }]
 */
export function energyStoreCrossCheck(data: Record<string, unknown[]>): DataIssue[] {
  const products = (data['products.json'] ?? []) as Product[];
  const customers = (data['customers.json'] ?? []) as Customer[];
  const orders = (data['orders.json'] ?? []) as Order[];
  const stations = (data['stations.json'] ?? []) as Station[];
  const issues: DataIssue[] = [];
  duplicates({ file: 'products.json', records: products, key: (product) => product.productId, field: 'productId', issues });
  const itemOwners = new Map<string, string>();
  products.forEach((product, index) =>
    product.variants.forEach((variant, variantIndex) => {
      const owner = itemOwners.get(variant.itemId);
      if (owner !== undefined && owner !== product.productId)
        issues.push({
          file: 'products.json',
          path: `[${index}].variants[${variantIndex}].itemId`,
          message: `itemId '${variant.itemId}' also belongs to product '${owner}'`,
        });
      itemOwners.set(variant.itemId, product.productId);
    }),
  );
  duplicates({ file: 'customers.json', records: customers, key: (customer) => customer.customerId, field: 'customerId', issues });
  // Email is how customers sign in, so two accounts may not share one.
  duplicates({ file: 'customers.json', records: customers, key: (customer) => customer.email.toLowerCase(), field: 'email', issues });
  const methodOwners = new Map<string, string>();
  customers.forEach((customer, index) =>
    customer.paymentMethods.forEach((method, methodIndex) => {
      const owner = methodOwners.get(method.id);
      if (owner !== undefined)
        issues.push({
          file: 'customers.json',
          path: `[${index}].paymentMethods[${methodIndex}].id`,
          message: `payment method id '${method.id}' is also used by '${owner}'`,
        });
      methodOwners.set(method.id, customer.customerId);
    }),
  );
  duplicates({ file: 'orders.json', records: orders, key: (order) => order.orderId, field: 'orderId', issues });
  duplicates({ file: 'stations.json', records: stations, key: (station) => station.stationId, field: 'stationId', issues });
  const customersById = new Map(customers.map((customer) => [customer.customerId, customer]));
  const productsById = new Map(products.map((product) => [product.productId, product]));
  orders.forEach((order, index) => checkOrder({ order, index, customers: customersById, products: productsById, issues }));
  return issues;
}
