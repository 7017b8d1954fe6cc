// The catalogue as the tools see it: products by id and by item id, and the search index, rebuilt when the products change.
import type { RecordCollections } from '../../records/types.ts';
import { collections } from '../data-files.ts';
import type { Product, ProductVariant } from '../schemas/index.ts';
import { buildProductSearchIndex, type ProductSearchIndex } from './product-search-index.ts';

export interface CatalogIndex {
  products: readonly Product[];
  byId: Map<string, Product>;
  byItemId: Map<string, { product: Product; variant: ProductVariant }>;
  /** Built on first search only: lookups by id do not pay for it. */
  search(): ProductSearchIndex;
}

const cache = new WeakMap<RecordCollections, { version: number; index: CatalogIndex }>();

/**
 * @example
 * catalogIndex(records).byItemId.get('P-00042-02')?.variant.price;
 */
export function catalogIndex(records: RecordCollections): CatalogIndex {
  const version = records.version(collections.products);
  const cached = cache.get(records);
  if (cached && cached.version === version) return cached.index;
  const products = records.all<Product>(collections.products);
  const byId = new Map(products.map((product) => [product.productId, product]));
  const byItemId = new Map<string, { product: Product; variant: ProductVariant }>();
  for (const product of products) for (const variant of product.variants) byItemId.set(variant.itemId, { product, variant });
  let search: ProductSearchIndex | undefined;
  const index: CatalogIndex = { products, byId, byItemId, search: () => (search ??= buildProductSearchIndex(products)) };
  cache.set(records, { version, index });
  return index;
}
