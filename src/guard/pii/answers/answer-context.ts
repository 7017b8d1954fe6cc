// What a message is read for when it replies to one that asked: a name given alone after a question for a name ("김영희요"),
// and the identifiers a question asked for given alone ("312847596" after "Can I have your passport number?").
import { asksForName } from '../names/name-answers.ts';
import type { PiiType } from '../types.ts';
import { askedTypes } from './asked-types.ts';

/** The scan options of a reply: both are fields of `ScanPiiOptions`, so the context spreads into them. */
export interface AnswerContext {
  nameExpected?: true;
  /** The identifiers the message before asked for, in the order it named them. */
  asked?: readonly PiiType[];
}

/**
 * How a reply to `previous` is read; empty when `previous` asks for nothing.
 *
 * @example
 * answerContextOf('Can I have your passport number?'); // { asked: ['PASSPORT'] }
 * answerContextOf('성함이 어떻게 되세요?'); // { nameExpected: true }
 * answerContextOf('배송은 내일 도착해요.'); // {}
 */
export function answerContextOf(previous: string): AnswerContext {
  const asked = askedTypes(previous, { cardSpokenOf: /card|카드|CV[VC]/i.test(previous) });
  return { ...(asksForName(previous) ? { nameExpected: true as const } : {}), ...(asked.length > 0 ? { asked } : {}) };
}

/**
 * A short key of a context, '' for none: a remembered scan of a text is only the same scan under the same context.
 *
 * @example
 * answerContextKey({ nameExpected: true, asked: ['PASSPORT'] }); // 'n:PASSPORT'
 */
export function answerContextKey(context: AnswerContext | undefined): string {
  if (context === undefined || (context.nameExpected !== true && (context.asked?.length ?? 0) === 0)) return '';
  return `${context.nameExpected === true ? 'n' : ''}:${context.asked?.join(',') ?? ''}`;
}
