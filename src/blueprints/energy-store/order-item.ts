// One line of an order as stored: the product and variant it was bought as, at the variant's price then.
import type { OrderItem, Product, ProductVariant } from './schemas/index.ts';

/**
 * @example
 * orderItemOf({ product, variant, quantity: 2 }); // { productId, itemId, name: '…', options: { 용량: '4L' }, price: 48600, quantity: 2 }
 */
export function orderItemOf(line: { product: Product; variant: ProductVariant; quantity: number }): OrderItem {
  const { product, variant, quantity } = line;
  return {
    productId: product.productId,
    itemId: variant.itemId,
    name: product.name.ko,
    options: { ...variant.options },
    price: variant.price,
    quantity,
  };
}
