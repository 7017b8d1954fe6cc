// In-memory product index: tokens from names, categories, grades and fits, matched exactly, by prefix or fuzzily (jamo Jaro–Winkler).
import { decomposeHangul, jaroWinkler, matchingWords, normalizeText } from '../../../models/builtin/index.ts';
import type { Product } from '../schemas/index.ts';
import { categoryWords, engineWords, fillerWords, vehicleWords } from './search-vocabulary.ts';
import { vehicleModels } from '../vehicle-models.ts';

/** SAE grades written any way (5W-30, 5w30, 5W 30) become one token, so "5W-30" is not two loose numbers. */
const gradePattern = /(\d{1,2})\s*w\s*-?\s*(\d{2,3})(?!\d)/gu;

/** Words of a text for indexing and querying: normalised, SAE grades joined, Korean particles stripped. */
export function searchWords(text: string): string[] {
  return matchingWords(normalizeText(text).replace(gradePattern, ' $1w$2 '));
}

/** Products containing a token, in product order, each with its best field weight. */
export interface Posting {
  products: number[];
  weights: number[];
}

export interface ProductSearchIndex {
  products: readonly Product[];
  postings: Map<string, Posting>;
  vocabulary: { token: string; key: string }[];
}

/** How much a word counts by where it appears: the name says what a product is; the description only hints. */
const weights = { name: 3, grade: 3, category: 2, spec: 2, model: 2, fit: 1, option: 1, description: 0.4 } as const;

/**
 * @example
 * const index = buildProductSearchIndex(records.all<Product>('products'));
 * index.postings.get('5w30'); // products graded 5W-30
 */
export function buildProductSearchIndex(products: readonly Product[]): ProductSearchIndex {
  const index: ProductSearchIndex = { products, postings: new Map(), vocabulary: [] };
  // Catalogue texts repeat (category words, option values, template descriptions): tokenise each distinct text once.
  const tokenCache = new Map<string, string[]>();
  const tokensOf = (text: string, joinPairs: boolean) => {
    const key = `${joinPairs ? '+' : '-'}${text}`;
    let tokens = tokenCache.get(key);
    if (!tokens) {
      const words = searchWords(text);
      tokens = [...new Set(joinPairs ? [...words, ...words.slice(1).map((word, position) => `${words[position]}${word}`)] : words)];
      tokenCache.set(key, tokens);
    }
    return tokens;
  };
  products.forEach((product, position) => {
    const add = (text: string, weight: number, joinPairs = false) => {
      for (const token of tokensOf(text, joinPairs)) {
        let posting = index.postings.get(token);
        if (!posting) index.postings.set(token, (posting = { products: [], weights: [] }));
        const last = posting.products.length - 1;
        // Products are added in order, so a repeat of this product can only be the last entry.
        if (posting.products[last] === position) posting.weights[last] = Math.max(posting.weights[last] ?? 0, weight);
        else {
          posting.products.push(position);
          posting.weights.push(weight);
        }
      }
    };
    add(product.name.ko, weights.name, true);
    add(product.name.en, weights.name, true);
    add(product.attributes.brand, weights.name, true);
    for (const word of categoryWords[product.category]) add(word, weights.category, true);
    if (product.attributes.viscosity) add(product.attributes.viscosity, weights.grade);
    for (const spec of product.attributes.specs ?? []) add(spec, weights.spec, true);
    const fits = product.attributes.fits;
    for (const model of fits?.models ?? []) {
      add(model, weights.model, true);
      const english = vehicleModels.find((candidate) => candidate.ko === model)?.en;
      if (english) add(english, weights.model, true);
    }
    for (const engine of fits?.engineTypes ?? []) for (const word of engineWords[engine]) add(word, weights.fit);
    for (const vehicle of fits?.vehicleTypes ?? []) for (const word of vehicleWords[vehicle]) add(word, weights.fit);
    for (const variant of product.variants) for (const value of Object.values(variant.options)) add(value, weights.option);
    add(product.description.ko, weights.description);
    add(product.description.en, weights.description);
  });
  for (const token of index.postings.keys()) index.vocabulary.push({ token, key: decomposeHangul(token) });
  return index;
}

/** Tokens a query word may mean, with how sure: 1 exact, 0.85 prefix (or Korean suffix), else the jamo Jaro–Winkler similarity. */
export function tokenMatches(index: ProductSearchIndex, word: string): [string, number][] {
  if (index.postings.has(word)) return [[word, 1]];
  const length = [...word].length;
  const hangul = /[\uac00-\ud7a3]/u.test(word);
  // Prefixes only for words long enough to mean something ("엔진" → "엔진오일", "synth" → "synthetic").
  const minimumPrefix = hangul ? 2 : 3;
  const matches: [string, number][] = [];
  // Korean compounds also end in the word people type: "매트" → "카매트", "오일" → "기어오일".
  if (length >= minimumPrefix)
    for (const { token } of index.vocabulary)
      if (token.length > word.length && (token.startsWith(word) || (hangul && token.endsWith(word)))) matches.push([token, 0.85]);
  if (matches.length > 0) return matches;
  // Typos: only for words of four letters or two syllables and more, where a one-letter slip is still recognisable.
  if (length < (hangul ? 2 : 4) || /^\d+$/u.test(word)) return matches;
  const key = decomposeHangul(word);
  for (const entry of index.vocabulary) {
    // A slip in the first letter is rare and Jaro–Winkler rewards shared prefixes anyway: skipping those keeps typo search cheap.
    if (entry.key[0] !== key[0] || Math.abs(entry.key.length - key.length) > 2) continue;
    const similarity = jaroWinkler(key, entry.key);
    if (similarity >= 0.9) matches.push([entry.token, similarity * 0.9]);
  }
  return matches;
}

export function isFillerWord(word: string): boolean {
  return fillerWords.has(word);
}
