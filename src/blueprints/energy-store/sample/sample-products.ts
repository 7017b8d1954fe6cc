// Expands the catalogue templates into products: brand × grade × vehicle model, with seeded prices and stock.
import type { Product, ProductCategory } from '../schemas/index.ts';
import { accessoryTemplates } from './accessory-templates.ts';
import { carCareTemplates } from './car-care-templates.ts';
import { engineOilTemplates } from './engine-oil-templates.ts';
import { evChargingTemplates, fuelTemplates } from './fuel-and-ev-templates.ts';
import { lubricantTemplates } from './lubricant-templates.ts';
import { type Bilingual, type ProductTemplate, vehicleModels, type VehicleModel } from './product-template-types.ts';
import { type Random, roundPrice, shuffle } from './random-helpers.ts';

/** Share of the catalogue per category (a fuel retailer's shop is mostly oils and car care). */
const categoryShares: [ProductCategory, number, readonly ProductTemplate[]][] = [
  ['engine-oil', 0.3, engineOilTemplates],
  ['lubricant', 0.15, lubricantTemplates],
  ['car-care', 0.25, carCareTemplates],
  ['accessory', 0.18, accessoryTemplates],
  ['fuel', 0.06, fuelTemplates],
  ['ev-charging', 0.06, evChargingTemplates],
];

interface Candidate {
  template: ProductTemplate;
  brand: Bilingual;
  viscosity?: string;
  spec?: string;
  model?: VehicleModel;
}

/** Once every combination is used, further products of a category come as sets, then model years. */
const editions: { suffix: Bilingual; priceFactor: number }[] = [
  { suffix: { ko: '', en: '' }, priceFactor: 1 },
  { suffix: { ko: ' 2개 세트', en: ' (2-Pack)' }, priceFactor: 1.9 },
  { suffix: { ko: ' 3개 세트', en: ' (3-Pack)' }, priceFactor: 2.8 },
  ...[2025, 2024, 2023, 2022, 2021, 2020].map((year) => ({ suffix: { ko: ` (${year}년형)`, en: ` (${year} Edition)` }, priceFactor: 1 })),
];

function candidatesOf(template: ProductTemplate): Candidate[] {
  return template.brands.flatMap((brand): Candidate[] => {
    if (template.perModel) return vehicleModels.map((model) => ({ template, brand, model }));
    if (template.viscosities) return template.viscosities.map((viscosity) => ({ template, brand, viscosity }));
    // Lubricants named by their spec (brake fluid DOT 4, hydraulic ISO VG 46) are one product per spec.
    if (template.name.ko.includes('{specs}') && template.specs) return template.specs.map((spec) => ({ template, brand, spec }));
    return [{ template, brand }];
  });
}

/** Round-robin over the templates, so even a small catalogue has every kind of product (not 30 floor mats and no wipers). */
function interleave(groups: Candidate[][]): Candidate[] {
  const result: Candidate[] = [];
  const longest = Math.max(0, ...groups.map((group) => group.length));
  for (let round = 0; round < longest; round += 1) for (const group of groups) if (group[round]) result.push(group[round] as Candidate);
  return result;
}

function fill(text: string, candidate: Candidate, language: 'ko' | 'en'): string {
  const specs = candidate.spec ?? candidate.template.specs?.join(', ') ?? '';
  return text
    .replaceAll('{brand}', candidate.brand[language])
    .replaceAll('{viscosity}', candidate.viscosity ?? '')
    .replaceAll('{model}', candidate.model?.[language] ?? '')
    .replaceAll('{specs}', specs)
    .trim();
}

function productOf(options: { candidate: Candidate; edition: (typeof editions)[number]; random: Random }): Omit<Product, 'productId'> {
  const { candidate, edition, random } = options;
  const { template } = candidate;
  const priceFactor = edition.priceFactor * (0.9 + random() * 0.2);
  const fits: NonNullable<Product['attributes']['fits']> = {};
  if (candidate.model) {
    fits.models = [candidate.model.ko];
    fits.vehicleTypes = [candidate.model.type];
  } else if (template.vehicleTypes) fits.vehicleTypes = [...template.vehicleTypes];
  if (template.engineTypes) fits.engineTypes = [...template.engineTypes];
  const specs = candidate.spec ? [candidate.spec] : template.specs ? [...template.specs] : undefined;
  return {
    name: {
      ko: fill(template.name.ko, candidate, 'ko') + edition.suffix.ko,
      en: fill(template.name.en, candidate, 'en') + edition.suffix.en,
    },
    category: template.category,
    description: { ko: fill(template.description.ko, candidate, 'ko'), en: fill(template.description.en, candidate, 'en') },
    attributes: {
      brand: candidate.brand.en,
      ...(candidate.viscosity ? { viscosity: candidate.viscosity } : {}),
      ...(specs ? { specs } : {}),
      ...(Object.keys(fits).length > 0 ? { fits } : {}),
      returnable: template.returnable ?? true,
      ...(template.details ? { details: { ...template.details } } : {}),
    },
    variants: template.variants.map((variant) => ({
      itemId: '',
      options: { ...variant.options },
      // Face-value cards sell at face value; everything else varies a little by brand and listing.
      price: template.returnable === false && variant.options.amount ? variant.price : roundPrice(variant.price * priceFactor),
      available: random() > 0.1,
    })),
  };
}

/** Made-up maker names for large catalogues (benchmarks): roots × a suffix that suits the category. */
const brandRoots: [string, string][] = [
  ['한성', 'Hansung'],
  ['대원', 'Daewon'],
  ['세진', 'Sejin'],
  ['동양', 'Dongyang'],
  ['미래', 'Mirae'],
  ['선진', 'Sunjin'],
  ['태평', 'Taepyeong'],
  ['삼정', 'Samjeong'],
  ['우성', 'Woosung'],
  ['청명', 'Cheongmyeong'],
  ['금강', 'Geumgang'],
  ['백두', 'Baekdu'],
  ['가온', 'Gaon'],
  ['다온', 'Daon'],
  ['라온', 'Raon'],
  ['새솔', 'Saesol'],
  ['온누리', 'Onnuri'],
  ['푸른', 'Pureun'],
  ['별빛', 'Byeolbit'],
  ['이음', 'Ieum'],
  ['해솔', 'Haesol'],
  ['한울', 'Hanul'],
  ['미르', 'Mir'],
  ['아라', 'Ara'],
];
const brandSuffixes: Record<ProductCategory, [string, string][]> = {
  'engine-oil': [
    ['루브', 'Lube'],
    ['오일', 'Oil'],
  ],
  lubricant: [
    ['루브', 'Lube'],
    ['케미칼', 'Chemical'],
  ],
  fuel: [
    ['케미칼', 'Chemical'],
    ['에너지', 'Energy'],
  ],
  'car-care': [
    ['케어', 'Care'],
    ['디테일링', 'Detailing'],
  ],
  accessory: [
    ['오토', 'Auto'],
    ['모빌리티', 'Mobility'],
  ],
  'ev-charging': [
    ['일렉트릭', 'Electric'],
    ['모빌리티', 'Mobility'],
  ],
};

/**
 * Candidates in the order they become products: every template first, then the same goods from more makers,
 * then sets and model years (only benchmark-sized catalogues get that far).
 */
function* candidateStream(options: { templates: readonly ProductTemplate[]; category: ProductCategory; random: Random }) {
  const { templates, category, random } = options;
  const base = interleave(
    shuffle(
      random,
      templates.map((template) => shuffle(random, candidatesOf(template))),
    ),
  );
  const plain = editions[0] as (typeof editions)[number];
  for (const candidate of base) yield { candidate, edition: plain };
  // Own-brand goods (fuel cards, memberships) are never sold under another maker's name.
  // One per kind of product (its first brand stands for all), so a new maker makes each kind once.
  const rebrandable = base.filter((candidate) => candidate.template.brands.length > 1 && candidate.brand === candidate.template.brands[0]);
  for (const [suffixKo, suffixEn] of brandSuffixes[category])
    for (const [rootKo, rootEn] of brandRoots)
      for (const candidate of rebrandable)
        yield { candidate: { ...candidate, brand: { ko: `${rootKo}${suffixKo}`, en: `${rootEn} ${suffixEn}` } }, edition: plain };
  for (let round = 1; ; round += 1)
    for (const candidate of base)
      yield { candidate, edition: editions[round] ?? { suffix: { ko: ` 시리즈 ${round}`, en: ` Series ${round}` }, priceFactor: 1 } };
}

/**
 * @example
 * sampleProducts({ random: seededRandom(7), count: 200 }); // 200 products, P-00001 … P-00200
 */
export function sampleProducts(options: { random: Random; count: number }): Product[] {
  const { random, count } = options;
  const products: Omit<Product, 'productId'>[] = [];
  let remaining = count;
  categoryShares.forEach(([category, share, templates], index) => {
    const wanted = index === categoryShares.length - 1 ? remaining : Math.round(count * share);
    remaining -= wanted;
    let made = 0;
    for (const { candidate, edition } of candidateStream({ templates, category, random })) {
      if (made >= wanted) break;
      products.push(productOf({ candidate, edition, random }));
      made += 1;
    }
  });
  return shuffle(random, products).map((product, index) => {
    const productId = `P-${String(index + 1).padStart(5, '0')}`;
    const variants = product.variants.map((variant, variantIndex) => ({
      ...variant,
      itemId: `${productId}-${String(variantIndex + 1).padStart(2, '0')}`,
    }));
    // At least one variant stays orderable, so every product can be bought in the sample store.
    if (!variants.some((variant) => variant.available) && variants[0]) variants[0].available = true;
    return { productId, ...product, variants };
  });
}
