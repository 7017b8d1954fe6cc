// Catalogue tools anyone may use: search_products, get_product and check_availability.
import { z } from 'zod';
import type { AssistantTool, ToolContext } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { engineTypes, type Product, productCategories, vehicleTypes } from '../schemas/index.ts';
import { catalogIndex } from './catalog-index.ts';
import { lowestPrice, searchProducts } from './search-products.ts';
import { failure } from './tool-text.ts';
import { findById } from './id-lookup.ts';

const searchArguments = z.object({
  query: z
    .string()
    .max(200)
    .optional()
    .describe("Free text in Korean or English: product name, brand, grade or use, e.g. '5W-30 디젤 엔진오일', 'wiper 650mm'"),
  category: z.enum(productCategories).optional().describe('Only this category'),
  vehicleType: z.enum(vehicleTypes).optional().describe('Only products that fit this kind of vehicle'),
  engineType: z.enum(engineTypes).optional().describe('Only products that fit this engine / fuel type'),
  vehicleModel: z.string().max(40).optional().describe("Only products that fit this model, e.g. '아반떼', 'EV6', 'Sorento'"),
  maxPrice: z.number().int().positive().optional().describe('Highest acceptable price in KRW (of the cheapest orderable variant)'),
  limit: z.number().int().min(1).max(20).default(5).describe('How many products to return'),
});

const productArguments = z.object({
  productId: z.string().min(1).describe("Product id, e.g. 'P-00042' (an item id such as 'P-00042-02' also works)"),
});

const availabilityArguments = z
  .object({
    itemId: z.string().min(1).optional().describe("Item (variant) id, e.g. 'P-00042-02'"),
    productId: z.string().min(1).optional().describe("Product id, e.g. 'P-00042', to see all its variants"),
  })
  .refine((value) => value.itemId !== undefined || value.productId !== undefined, 'give itemId or productId');

function summary(product: Product, language: 'ko' | 'en') {
  return {
    productId: product.productId,
    name: product.name[language],
    category: product.category,
    brand: product.attributes.brand,
    ...(product.attributes.viscosity ? { viscosity: product.attributes.viscosity } : {}),
    ...(product.attributes.specs ? { specs: product.attributes.specs } : {}),
    priceFrom: lowestPrice(product),
    available: product.variants.some((variant) => variant.available),
    variants: product.variants.slice(0, 8).map(({ itemId, options, price, available }) => ({ itemId, options, price, available })),
  };
}

function findProduct(records: RecordCollections, productId: string, context: ToolContext): Product {
  const catalog = catalogIndex(records);
  const id = productId.trim();
  const product = findById((candidate) => catalog.byId.get(candidate) ?? catalog.byItemId.get(candidate)?.product, id);
  if (!product) throw failure(context, 'not_found', { ko: `상품 ${id}을(를) 찾을 수 없어요.`, en: `I can't find product ${id}.` });
  return product;
}

export function productTools(records: RecordCollections): AssistantTool[] {
  const search: AssistantTool<z.output<typeof searchArguments>> = {
    name: 'search_products',
    description:
      'Search the store catalogue (fuel cards, engine oils, lubricants, car care, EV charging, accessories) by free text in Korean or English, with optional category, vehicle / engine fit, vehicle model and maximum price. Returns the best matches with their variants (item ids, options, prices, stock).',
    parameters: searchArguments,
    changesState: false,
    requiresAuthentication: false,
    run: (args, context) => {
      if (
        !args.query?.trim() &&
        !args.category &&
        !args.vehicleType &&
        !args.engineType &&
        !args.vehicleModel &&
        args.maxPrice === undefined
      )
        throw failure(context, 'invalid_arguments', { ko: '어떤 상품을 찾으시는지 알려 주세요.', en: 'Tell me what you are looking for.' });
      const products = searchProducts(catalogIndex(records).search(), { ...args, limit: args.limit });
      return { count: products.length, products: products.map((product) => summary(product, context.language)) };
    },
  };
  const getProduct: AssistantTool<z.output<typeof productArguments>> = {
    name: 'get_product',
    description:
      'Full details of one product: names and descriptions in Korean and English, attributes (grade, specs, vehicle fit) and every variant with price and stock.',
    parameters: productArguments,
    changesState: false,
    requiresAuthentication: false,
    run: (args, context) => findProduct(records, args.productId, context),
  };
  const availability: AssistantTool<z.output<typeof availabilityArguments>> = {
    name: 'check_availability',
    description:
      'Whether an item (variant) or every variant of a product is in stock and orderable now, with prices; for an unavailable item, lists the available alternatives of the same product.',
    parameters: availabilityArguments,
    changesState: false,
    requiresAuthentication: false,
    run: (args, context) => {
      if (args.itemId) {
        const id = args.itemId.trim();
        const entry = findById((candidate) => catalogIndex(records).byItemId.get(candidate), id);
        if (!entry) throw failure(context, 'not_found', { ko: `품목 ${id}을(를) 찾을 수 없어요.`, en: `I can't find item ${id}.` });
        const { product, variant } = entry;
        return {
          productId: product.productId,
          name: product.name[context.language],
          itemId: variant.itemId,
          options: variant.options,
          price: variant.price,
          available: variant.available,
          alternatives: variant.available
            ? []
            : product.variants.filter((other) => other.available).map(({ itemId, options, price }) => ({ itemId, options, price })),
        };
      }
      const product = findProduct(records, args.productId ?? '', context);
      const variants = product.variants.map(({ itemId, options, price, available }) => ({ itemId, options, price, available }));
      return { productId: product.productId, name: product.name[context.language], variants };
    },
  };
  return [search, getProduct, availability] as AssistantTool[];
}
