// What a message points at: ids found in the data, "the second one" in the last list, "that order" / "그 주문", quantities.
import type { DialogueMemory } from '../../../assistants/index.ts';
import { englishOnes, normalizeText } from '../../../models/builtin/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { collections } from '../data-files.ts';
import { catalogIndex } from '../tools/catalog-index.ts';

/** Id-looking tokens (a letter or digit run with at least one digit): order, product and item ids of any format. */
export function idTokens(text: string): string[] {
  return [...normalizeText(text).matchAll(/[A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z0-9]/gu)]
    .map((match) => match[0])
    .filter((token) => /\d/u.test(token) && token.length >= 4);
}

/** The first token that is an existing order id, as stored; ids are compared as typed and upper-cased. */
export function orderIdIn(records: RecordCollections, text: string): string | undefined {
  for (const token of idTokens(text))
    for (const candidate of [token, token.toUpperCase()]) if (records.get(collections.orders, candidate)) return candidate;
  return undefined;
}

/** An item (variant) or product id named in the text. */
export function catalogIdIn(records: RecordCollections, text: string): { productId: string; itemId?: string } | undefined {
  const catalog = catalogIndex(records);
  for (const token of idTokens(text))
    for (const candidate of [token, token.toUpperCase()]) {
      const item = catalog.byItemId.get(candidate);
      if (item) return { productId: item.product.productId, itemId: item.variant.itemId };
      if (catalog.byId.has(candidate)) return { productId: candidate };
    }
  return undefined;
}

/** A token that looks like an order id but matches nothing (so the tool can say it was not found). */
export function unknownIdIn(text: string): string | undefined {
  return idTokens(text).find((token) => /[A-Za-z]/u.test(token) && /\d{3,}/u.test(token));
}

const koreanOrdinals: Record<string, number> = { 첫: 1, 한: 1, 두: 2, 둘: 2, 세: 3, 셋: 3, 네: 4, 넷: 4, 다섯: 5 };
const englishOrdinals: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
};

/**
 * "두 번째", "2번째", "the second one", "#2", "number 3"; 'last' for "마지막" / "the last one".
 * @example
 * ordinalIn('두 번째 거요'); // 2
 */
export function ordinalIn(text: string): number | 'last' | undefined {
  const lower = normalizeText(text).toLowerCase();
  const korean = /(첫|한|두|둘|세|셋|네|넷|다섯|\d)\s*번\s*째/u.exec(lower)?.[1];
  if (korean) return koreanOrdinals[korean] ?? Number(korean);
  const english = /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\b/u.exec(lower)?.[1];
  if (english) return englishOrdinals[english];
  const numbered =
    /(?:#|\bnumber\s*|\bno\.\s*)(\d)\b/u.exec(lower)?.[1] ?? /^\s*(\d)\s*번?\s*(?:이요|요|거요|으로|로)?\s*[.!]?$/u.exec(lower)?.[1];
  if (numbered) return Number(numbered);
  if (/마지막|\bthe last\b|\blast one\b/u.test(lower)) return 'last';
  return undefined;
}

/** "그 주문", "그거", "that order", "this one", "it": the entity last talked about. */
export function pointsBack(text: string): boolean {
  return /(그|이|저|해당|방금|아까)\s*(주문|거|것|걸|상품|제품|품목)|그거|그걸|이거|이걸|\b(that|this|the same)\s+(order|one|item|product|line)\b|\bit\b|\bthat\b/u.test(
    normalizeText(text).toLowerCase(),
  );
}

/** Remembers a list the customer may point into by position. */
export function rememberList(memory: DialogueMemory, kind: string, ids: readonly string[]): void {
  memory.lastMentioned[`${kind}List`] = ids.join(',');
  if (ids[0] !== undefined && ids.length === 1) memory.lastMentioned[kind] = ids[0];
}

/** The id at an ordinal position of the remembered list. */
export function fromList(memory: DialogueMemory, kind: string, ordinal: number | 'last' | undefined): string | undefined {
  if (ordinal === undefined) return undefined;
  const ids = (memory.lastMentioned[`${kind}List`] ?? '').split(',').filter(Boolean);
  return ordinal === 'last' ? ids.at(-1) : ids[ordinal - 1];
}

const countUnits = /(\d+)\s*(개|병|통|캔|세트|묶음|박스|팩|장|ea|pcs|units?|bottles?|cans?|packs?|sets?|boxes|pieces?)(?![a-z])/u;
// English words come from the builtin engine's number table; the Korean native counters (한 개, 두 병) are counted here.
const wordCounts: Record<string, number> = { ...englishOnes, 한: 1, 하나: 1, 두: 2, 둘: 2, 세: 3, 셋: 3, 네: 4, 넷: 4, 다섯: 5 };

/**
 * A quantity: "2개", "3 bottles", "x2", "두 개", "two of them".
 * @example
 * quantityIn('4L 두 개 주세요'); // 2
 */
export function quantityIn(text: string): number | undefined {
  const lower = normalizeText(text).toLowerCase();
  const digits = countUnits.exec(lower)?.[1] ?? /(?:\bx\s*|×\s*|수량\s*|quantity\s*(?:of\s*)?)(\d+)/u.exec(lower)?.[1];
  if (digits) return Number(digits);
  const word =
    /(한|두|세|네|다섯)\s*(개|병|통|캔|세트)/u.exec(lower)?.[1] ??
    /\b(one|two|three|four|five|six|seven|eight|nine|ten)\s+(of|bottles?|cans?|units?|packs?|sets?|pieces?)\b/u.exec(lower)?.[1];
  return word ? wordCounts[word] : undefined;
}
