// Ranks products for a free-text query (Korean or English, typos and spacing forgiven) under optional category, fit and price filters.
import { phraseSimilarity } from '../../../models/builtin/index.ts';
import type { EngineType, Product, ProductCategory, VehicleType } from '../schemas/index.ts';
import { vehicleModels } from '../vehicle-models.ts';
import { isFillerWord, type ProductSearchIndex, searchWords, tokenMatches } from './product-search-index.ts';

export interface ProductQuery {
  query?: string;
  category?: ProductCategory;
  vehicleType?: VehicleType;
  engineType?: EngineType;
  vehicleModel?: string;
  maxPrice?: number;
  limit: number;
}

/** Lowest price among orderable variants (or among all, when none is in stock). */
export function lowestPrice(product: Product): number {
  const available = product.variants.filter((variant) => variant.available);
  return Math.min(...(available.length > 0 ? available : product.variants).map((variant) => variant.price));
}

function fitsModel(product: Product, model: string): boolean {
  const models = product.attributes.fits?.models;
  // Parts without a model list fit any car; model-specific parts must name this one.
  if (!models) return true;
  return models.some((name) => {
    const english = vehicleModels.find((candidate) => candidate.ko === name)?.en ?? name;
    return phraseSimilarity(name, model) >= 0.88 || phraseSimilarity(english, model) >= 0.88;
  });
}

function passesFilters(product: Product, query: ProductQuery): boolean {
  const fits = product.attributes.fits;
  if (query.category && product.category !== query.category) return false;
  if (query.vehicleType && fits?.vehicleTypes && !fits.vehicleTypes.includes(query.vehicleType)) return false;
  if (query.engineType && fits?.engineTypes && !fits.engineTypes.includes(query.engineType)) return false;
  if (query.vehicleModel && !fitsModel(product, query.vehicleModel)) return false;
  if (query.maxPrice !== undefined && lowestPrice(product) > query.maxPrice) return false;
  return true;
}

/**
 * Products matching the most query words (a word counts once, by its best field), best score first.
 * @example
 * searchProducts(index, { query: '디젤 5W-30 엔진 오일', limit: 5 }); // diesel engine oils graded 5W-30 first
 */
export function searchProducts(index: ProductSearchIndex, query: ProductQuery): Product[] {
  const words = [...new Set(searchWords(query.query ?? ''))].filter((word) => !isFillerWord(word));
  if (words.length === 0) return index.products.filter((product) => passesFilters(product, query)).slice(0, query.limit);
  // Adjacent words joined ("엔진 오일" → "엔진오일") may name one token; such a pair covers both words.
  const terms = [
    ...words.map((word, position) => ({ word, covers: [position] })),
    ...words.slice(1).map((word, position) => ({ word: `${words[position]}${word}`, covers: [position, position + 1] })),
  ];
  // One row of word scores per product, allocated once per query; `touched` lists the rows in use.
  const width = words.length;
  const scores = new Float64Array(index.products.length * width);
  const touched: number[] = [];
  const seen = new Uint8Array(index.products.length);
  for (const term of terms) {
    const matches: [string, number][] =
      term.covers.length > 1 ? (index.postings.has(term.word) ? [[term.word, 1]] : []) : tokenMatches(index, term.word);
    for (const [token, similarity] of matches) {
      const posting = index.postings.get(token);
      if (!posting) continue;
      for (let entry = 0; entry < posting.products.length; entry += 1) {
        const product = posting.products[entry] ?? 0;
        const value = similarity * (posting.weights[entry] ?? 0);
        if (!seen[product]) {
          seen[product] = 1;
          touched.push(product);
        }
        for (const position of term.covers) {
          const cell = product * width + position;
          if ((scores[cell] ?? 0) < value) scores[cell] = value;
        }
      }
    }
  }
  const ranked: { product: Product; covered: number; score: number }[] = [];
  for (const position of touched) {
    const product = index.products[position];
    if (!product || !passesFilters(product, query)) continue;
    let covered = 0;
    let score = 0;
    for (let word = 0; word < width; word += 1) {
      const value = scores[position * width + word] ?? 0;
      if (value > 0) covered += 1;
      score += value;
    }
    ranked.push({ product, covered, score });
  }
  // Only products that match as many of the words as the best one does: "5W-30 디젤" should not list every 5W-30 oil.
  const best = Math.max(0, ...ranked.map((entry) => entry.covered));
  ranked.sort(
    (first, second) =>
      second.covered - first.covered || second.score - first.score || (first.product.productId < second.product.productId ? -1 : 1),
  );
  return ranked
    .filter((entry) => entry.covered === best)
    .slice(0, query.limit)
    .map((entry) => entry.product);
}
