// Enum and boolean values: enum members found by exact word, bilingual alias (화씨 → fahrenheit) or fuzzy match; booleans by mention and negation.
import type { JsonSchema } from '../../types.ts';
import { stripKoreanParticle, normalizeText, splitIdentifier } from '../language/index.ts';
import { wordSpans, type Span } from '../entities/index.ts';
import { findConcepts, wordMatchesAlias, fuzzyKey, phraseSimilarity } from '../matching/index.ts';
import { numberParts, type FillContext, type FoundValue } from './fill-context.ts';
import { propertyLabels } from './property-kind.ts';

interface Candidate {
  value: unknown;
  score: number;
  span: Span;
}

const fuzzyThreshold = 0.88;

/**
 * Spellings a user may use for an enum member, each with a weight: itself and its words (1), the aliases of a concept that
 * is the whole member (1), and of a concept that is one of its words (0.95), so "파손" outweighs "상품" for `wrong_item`.
 */
function aliasesOf(member: unknown): Map<string, number> {
  const text = String(member);
  const aliases = new Map([normalizeText(text), splitIdentifier(text).join(' ')].map((alias) => [alias, 1]));
  for (const concept of findConcepts(text)) {
    const words = [...concept.en, ...concept.ko];
    const whole = words.some((alias) => fuzzyKey(alias) === fuzzyKey(text));
    if (!whole && !words.some((alias) => splitIdentifier(text).includes(alias))) continue;
    for (const alias of words) if (!aliases.has(alias)) aliases.set(alias, whole ? 1 : partWeight);
  }
  aliases.delete('');
  return aliases;
}

const partWeight = 0.95;

/** Every place a member of the enum is mentioned, scored. Multi-word members are matched on word n-grams. */
function candidates(context: FillContext, allMembers: readonly unknown[]): Candidate[] {
  // Only scalars can be said in words; object or array members are never matched from text.
  const members = allMembers.filter((member) => ['string', 'number', 'boolean'].includes(typeof member));
  const words = wordSpans(context.text).filter((word) => !context.used.overlaps(word.start, word.end));
  const found: Candidate[] = [];
  for (const member of members) {
    for (const [alias, weight] of aliasesOf(member)) {
      const size = alias.split(' ').length;
      for (let index = 0; index + size <= words.length; index += 1) {
        const first = words[index];
        const last = words[index + size - 1];
        if (!first || !last) continue;
        const span = { start: first.start, end: last.end, text: context.text.slice(first.start, last.end) };
        const written = stripKoreanParticle(normalizeText(span.text));
        const exact = written === alias || (size === 1 && wordMatchesAlias(written, alias));
        const similarity = exact ? 1 : [...alias].length >= 4 ? phraseSimilarity(written, alias) : 0;
        if (similarity >= fuzzyThreshold) found.push({ value: member, score: similarity * weight, span });
      }
    }
  }
  // A currency glued to its figure ("100달러를") is no word of its own; the number extractor has already read it as a code.
  for (const entity of context.entities.numbers) {
    const member = entity.unit === undefined ? undefined : members.find((candidate) => String(candidate).toUpperCase() === entity.unit);
    const unit = member === undefined ? undefined : numberParts(entity).unit;
    if (unit !== undefined && !context.used.overlaps(unit.start, unit.end)) found.push({ value: member, score: 1, span: unit });
  }
  return found;
}

/**
 * The best enum member the message mentions.
 * @example
 * // enum ['celsius', 'fahrenheit'], message '서울 날씨 화씨로' → { value: 'fahrenheit', strong: true }
 */
export function extractEnumValue(context: FillContext, members: readonly unknown[]): FoundValue | undefined {
  const best = candidates(context, members).sort((a, b) => b.score - a.score || a.span.start - b.span.start)[0];
  return best ? { value: best.value, strong: true, span: best.span } : undefined;
}

/**
 * Every enum member mentioned, in reading order (for arrays of enums).
 * @example
 * // enum ['billing', 'shipping', 'technical'], message 'a shipping and billing issue' → ['shipping', 'billing']
 */
export function extractEnumValues(context: FillContext, members: readonly unknown[]): FoundValue | undefined {
  const byMember = new Map<unknown, Candidate>();
  for (const candidate of candidates(context, members)) {
    const previous = byMember.get(candidate.value);
    if (!previous || candidate.span.start < previous.span.start) byMember.set(candidate.value, candidate);
  }
  const ordered = [...byMember.values()].sort((a, b) => a.span.start - b.span.start);
  if (ordered.length === 0) return undefined;
  return { value: ordered.map((candidate) => candidate.value), strong: true };
}

const negationBefore = /(?:\bnot|\bno|\bnon|\bwithout|\bdon't|\bdo not|\bisn't|안|않|없이|없는|말고|빼고)\s*$/iu;
const negationAfter = /^\s*(?:아님|아니|안\s?해|없|X|말고|빼고|:?\s*(?:no|false)\b)/iu;

/**
 * True when the message mentions the property (e.g. "urgent", "선물 포장"), false when it negates it, undefined otherwise.
 * @example
 * // property 'gift_wrap', message 'please gift wrap it' → true; 'no gift wrap' → false
 */
export function extractBooleanValue(context: FillContext, property: { name: string; schema: JsonSchema }): FoundValue | undefined {
  const labels = propertyLabels(property.name).filter((label) => !['is', 'has', 'include', 'enable', 'with', 'use'].includes(label));
  const words = wordSpans(context.text);
  for (const word of words) {
    const written = stripKoreanParticle(word.text.toLowerCase());
    if (!labels.some((label) => wordMatchesAlias(written, label))) continue;
    const before = context.text.slice(Math.max(0, word.start - 12), word.start);
    const after = context.text.slice(word.end, word.end + 8);
    const negated = negationBefore.test(before) || negationAfter.test(after);
    return { value: !negated, strong: true };
  }
  return undefined;
}
