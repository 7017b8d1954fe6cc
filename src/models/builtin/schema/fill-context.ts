// What value extraction works from: the prepared message, its entities, the spans already used, the language and the clock.
import { detectLanguage, type Language } from '../language/index.ts';
import { ClaimedSpans, extractEntities, type DateContext, type Entities, type NumberEntity, type Span } from '../entities/index.ts';

export interface FillContext {
  /** Prepared message text (NFC, half-width); entity offsets refer to it. */
  text: string;
  entities: Entities;
  /** Spans already given to a property, so two properties never take the same words. */
  used: ClaimedSpans;
  language: Language;
  dates: DateContext;
}

/** A value found for a property; `strong` when a specific pattern found it (an email, a date), not a fallback. */
export interface FoundValue {
  value: unknown;
  strong: boolean;
  span?: Span;
}

/**
 * @example
 * const context = createFillContext('내일 3시', { now: new Date(), timeZone: 'Asia/Seoul' });
 * context.entities.times[0]?.value; // '15:00'
 */
export function createFillContext(message: string, dates: DateContext): FillContext {
  const entities = extractEntities(message, dates);
  return { text: entities.text, entities, used: new ClaimedSpans(), language: detectLanguage(message), dates };
}

/** The same message with nothing used yet, for trying several schemas against one extraction. */
export function freshUse(context: FillContext): FillContext {
  return { ...context, used: new ClaimedSpans() };
}

/** The first entity whose span is still free. */
export function firstFree<T extends Span>(context: FillContext, entities: readonly T[]): T | undefined {
  return entities.find((entity) => !context.used.overlaps(entity.start, entity.end));
}

/** Marks a found value's span as used and returns it. */
export function take(context: FillContext, found: FoundValue | undefined): FoundValue | undefined {
  if (found?.span) context.used.claim(found.span);
  return found;
}

// Digits and the Korean number words that scale them (5만, 3천).
const numeralCharacter = /[\d십백천만억조]/u;

/**
 * A number entity split into its figure and the unit written after it ("100 dollars" → "100" and "dollars"), so an enum can
 * take the unit (a currency code) while the amount keeps the figure. No unit part when the entity ends with its figure.
 *
 * @example
 * numberParts({ start: 0, end: 11, text: '100 dollars', ... }).unit?.text; // 'dollars'
 */
export function numberParts(entity: NumberEntity): { figure: Span; unit?: Span } {
  const characters = [...entity.text];
  const first = characters.findIndex((character) => numeralCharacter.test(character));
  if (first === -1) return { figure: entity };
  let last = characters.length - 1;
  while (last > first && !numeralCharacter.test(characters[last]!)) last -= 1;
  // Offsets in UTF-16 units, as the entity's are.
  const figureStart = entity.start + characters.slice(0, first).join('').length;
  const figureEnd = entity.start + characters.slice(0, last + 1).join('').length;
  const figure = { start: figureStart, end: figureEnd, text: entity.text.slice(figureStart - entity.start, figureEnd - entity.start) };
  const unitText = entity.text.slice(figureEnd - entity.start);
  const unitStart = figureEnd + (unitText.length - unitText.trimStart().length);
  if (unitStart >= entity.end) return { figure };
  return { figure, unit: { start: unitStart, end: entity.end, text: entity.text.slice(unitStart - entity.start) } };
}
