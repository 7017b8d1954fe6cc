// Which product a message means: an id, a position in the last list, "that one", or a catalogue search; and which variant.
import type { OperationTurn } from '../../../assistants/index.ts';
import { normalizeText } from '../../../models/builtin/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import type { EngineType, ProductVariant, VehicleType } from '../schemas/index.ts';
import { optionValueText } from '../tools/tool-text.ts';
import { vehicleModels } from '../vehicle-models.ts';
import { catalogIdIn, fromList, ordinalIn, pointsBack } from './references.ts';
import { nameKey } from './dialogue-indexes.ts';

/** A product as search_products returns it. */
export interface ProductSummary {
  productId: string;
  name: string;
  category: string;
  brand: string;
  viscosity?: string;
  specs?: string[];
  priceFrom: number;
  available: boolean;
  variants: ProductVariant[];
}

export interface ProductLookup {
  picked?: { productId: string; itemId?: string };
  candidates: ProductSummary[];
}

/** Words that say what to do with a product, not which: removed before searching. */
const requestWords =
  /(가격|얼마|재고|품절|있나요|있어요|있어|있는지|알려\s*주세요|알려줘|알려|주문|구매|살게요|살래요|사고|싶어요|싶은데|할게요|해\s*주세요|해줘|주세요|추천|상세|정보|자세히|스펙|사양|어때요|타는데|타요|몰아요|맞는|맞을|쓸|써야|넣을|넣어야|뭐가|뭘|좋을까요|좋아요|용량|옵션|\bprice\b|\bhow much\b|\bcost\b|\bin stock\b|\bstock\b|\bavailable\b|\bavailability\b|\border\b|\bbuy\b|\bpurchase\b|\bdetails?\b|\btell me about\b|\binfo\b|\bspecs?\b|\brecommend\w*\b|\bsuggest\b|\bi drive\b|\bdrive\b|\bfits?\b|\bsuitable\b|\bwhat\b|\bshould\b|\buse\b|\bfor my\b|\bcar\b|\bget\b|\bis\b|\bthe\b|\bdoes\b|\bdo\b|\byou\b|\bhave\b|\bwould\b|\blike\b|\bi'?d\b|\bi\b|\bwant\b|\bplease\b|\bit\b|\bcan\b)/giu;

export interface VehicleFit {
  vehicleModel?: string;
  engineType?: EngineType;
  vehicleType?: VehicleType;
  rest: string;
}

/** A vehicle model named in the text ('아반떼', 'Ioniq 5'), with its engine and body type, and the text without it. */
export function vehicleIn(text: string): VehicleFit {
  const lower = normalizeText(text).toLowerCase();
  const compact = lower.replace(/\s+/gu, '');
  const model = [...vehicleModels]
    .sort((first, second) => second.ko.length - first.ko.length)
    .find((candidate) => compact.includes(nameKey(candidate.ko)) || compact.includes(nameKey(candidate.en)));
  if (!model) return { rest: text };
  const spaced = (name: string) =>
    new RegExp(
      name
        .toLowerCase()
        .split('')
        .filter((c) => c !== ' ')
        .map(escape)
        .join('\\s*'),
      'giu',
    );
  const rest = lower.replace(spaced(model.ko), ' ').replace(spaced(model.en), ' ');
  // EV owners asking for "charging" or a "membership" should not see engine oils for hybrids.
  return { vehicleModel: model.ko, engineType: model.engine, vehicleType: model.type, rest };
}

function escape(character: string): string {
  return character.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The words of a request that may name a product. */
export function productQuery(text: string): string {
  return normalizeText(text)
    .replace(requestWords, ' ')
    .replace(/[?!.,~]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * @example
 * const { picked, candidates } = await lookUpProduct(turn, records);
 */
export async function lookUpProduct(
  turn: OperationTurn,
  records: RecordCollections,
  options: { text?: string } = {},
): Promise<ProductLookup> {
  const text = options.text ?? turn.text;
  const byId = catalogIdIn(records, text);
  if (byId) return { picked: byId, candidates: [] };
  const listed = fromList(turn.memory, 'product', ordinalIn(text));
  if (listed) return { picked: { productId: listed }, candidates: [] };
  const vehicle = vehicleIn(text);
  const query = productQuery(vehicle.rest);
  if (query.length < 2 && turn.memory.lastMentioned.product && (pointsBack(text) || query.length === 0))
    return { picked: { productId: turn.memory.lastMentioned.product }, candidates: [] };
  if (query.length < 2 && !vehicle.vehicleModel) return { candidates: [] };
  const outcome = await turn.call('search_products', {
    ...(query.length >= 2 ? { query } : {}),
    ...(vehicle.vehicleModel ? { vehicleModel: vehicle.vehicleModel } : {}),
    ...(vehicle.engineType ? { engineType: vehicle.engineType } : {}),
    limit: 5,
  });
  if (outcome.status !== 'ok') return { candidates: [] };
  const products = (outcome.result as { products: ProductSummary[] }).products;
  const compact = nameKey(text);
  const named = products.find((product) => compact.includes(nameKey(product.name)));
  if (named) return { picked: { productId: named.productId }, candidates: [named] };
  if (products.length === 1 && products[0]) return { picked: { productId: products[0].productId }, candidates: products };
  if (pointsBack(text) && turn.memory.lastMentioned.product && query.split(' ').length <= 2)
    return { picked: { productId: turn.memory.lastMentioned.product }, candidates: [] };
  return { candidates: products };
}

const synonyms: Record<string, string[]> = {
  annual: ['연간', '1년', '일년', 'yearly', 'annual', 'year'],
  monthly: ['월간', '매월', '한달', '1개월', 'monthly', 'month'],
};

/** Names a variant's option values go by, lower case: '4l', 'annual', '연간', 'black', '블랙'. */
function variantKeys(variant: Pick<ProductVariant, 'options'>): string[] {
  return Object.entries(variant.options).flatMap(([key, value]) => [
    value.toLowerCase(),
    optionValueText({ key, value, language: 'ko' }).toLowerCase(),
    optionValueText({ key, value, language: 'en' }).toLowerCase(),
    ...(synonyms[value] ?? []),
  ]);
}

/**
 * The variants whose option values the text names ("4L", "연간", "black"), best first.
 * @example
 * variantsNamed(product.variants, '4L로 주세요')[0]?.itemId;
 */
export function variantsNamed<V extends Pick<ProductVariant, 'options' | 'itemId'>>(variants: readonly V[], text: string): V[] {
  const lower = normalizeText(text).toLowerCase();
  // "4 L" and "4L" are one size; words stay apart so "the 20L one" still has edges around "20l".
  const joined = lower.replace(/(\d)\s+(l|ml|kg|g|mm|cm|m|kw)(?![a-z])/gu, '$1$2');
  const scored = variants.map((variant) => ({
    variant,
    hits: variantKeys(variant).filter((key) => {
      const forms = [...new Set([key.trim(), key.replace(/\s+/gu, '')])].filter((form) => form.length > 0);
      // '1l' must not match inside '10l'; Korean words have no such boundaries.
      return forms.some((form) => new RegExp(`(?<![0-9a-z.])${escapeText(form)}(?![0-9a-z])`, 'u').test(joined));
    }).length,
  }));
  return scored
    .filter((entry) => entry.hits > 0)
    .sort((first, second) => second.hits - first.hits)
    .map((entry) => entry.variant);
}

function escapeText(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
