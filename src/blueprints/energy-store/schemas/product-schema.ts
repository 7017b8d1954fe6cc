// One record of products.json: a catalogue product (fuel card, engine oil, lubricant, car care, EV charging, accessory) and its variants.
import { z } from 'zod';
import { bilingualTextSchema, idSchema, wonSchema } from './shared-schemas.ts';

export const productCategories = ['fuel', 'engine-oil', 'lubricant', 'car-care', 'ev-charging', 'accessory'] as const;
export type ProductCategory = (typeof productCategories)[number];

export const vehicleTypes = ['passenger-car', 'suv', 'van', 'truck', 'motorcycle'] as const;
export const engineTypes = ['gasoline', 'diesel', 'lpg', 'hybrid', 'electric'] as const;
export type VehicleType = (typeof vehicleTypes)[number];
export type EngineType = (typeof engineTypes)[number];

/** SAE J300 grades such as 0W-20, 5W-30, 15W-40, 75W-90, or a single grade such as 'SAE 30'. */
const viscosityPattern = /^(\d{1,2}W-\d{2,3}|SAE \d{2})$/u;

export const variantSchema = z.object({
  itemId: idSchema.describe('Unique id of this purchasable variant (SKU)'),
  options: z.record(z.string().min(1), z.string().min(1)).describe("What distinguishes the variant, e.g. { size: '4L' }"),
  price: wonSchema.describe('Price in KRW'),
  available: z.boolean().describe('In stock and orderable now'),
});

export const productAttributesSchema = z.object({
  brand: z.string().min(1),
  viscosity: z.string().regex(viscosityPattern, "an SAE grade such as '5W-30'").optional(),
  specs: z.array(z.string().min(1)).optional(),
  fits: z
    .object({
      vehicleTypes: z.array(z.enum(vehicleTypes)).optional(),
      engineTypes: z.array(z.enum(engineTypes)).optional(),
      /** Vehicle models (Korean names, e.g. '아반떼', 'EV6') for model-specific parts. */
      models: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  /** false for prepaid fuel cards and EV charging memberships, which the store does not take back. */
  returnable: z.boolean().default(true),
  /** Anything else worth showing: { base: 'fully synthetic', fuelType: 'diesel' }. */
  details: z.record(z.string(), z.string()).optional(),
});

export const productSchema = z
  .object({
    productId: idSchema,
    name: bilingualTextSchema,
    category: z.enum(productCategories),
    description: bilingualTextSchema,
    attributes: productAttributesSchema,
    variants: z.array(variantSchema).min(1),
  })
  .superRefine((product, context) => {
    const seen = new Set<string>();
    product.variants.forEach((variant, index) => {
      if (seen.has(variant.itemId)) context.addIssue({ code: 'custom', path: ['variants', index, 'itemId'], message: 'duplicate itemId' });
      seen.add(variant.itemId);
    });
  });

export type Product = z.output<typeof productSchema>;
export type ProductVariant = z.output<typeof variantSchema>;
