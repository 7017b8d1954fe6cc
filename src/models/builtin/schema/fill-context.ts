// What value extraction works from: the prepared message, its entities, the spans already used, the language and the clock.
import { detectLanguage, type Language } from '../language/index.ts';
import { ClaimedSpans, extractEntities, type DateContext, type Entities, type Span } from '../entities/index.ts';

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
