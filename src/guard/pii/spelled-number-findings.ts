// Findings in numbers spelled out in English words or typed with blanks between their digits: each number is scanned as
// its digits after the words before it, so every digit recogniser and its context words judge it, and a finding on the
// digits is mapped back onto the words.
import { findSpelledNumbers, spelledNumberContext, type SpelledNumber } from './spelled-english-numbers.ts';
import type { PiiFinding } from './types.ts';

/**
 * The findings of `scan` over each spelled number of `text` (or each of `numbers`, read otherwise: `findSpacedNumbers`),
 * with spans and text in `text`'s words.
 *
 * @example
 * spelledNumberFindings('call me at four one five, eight six seven, five three oh nine', scanPii)[0]?.type; // 'PHONE'
 */
export function spelledNumberFindings(
  text: string,
  scan: (probe: string) => readonly PiiFinding[],
  numbers: readonly SpelledNumber[] = findSpelledNumbers(text),
): PiiFinding[] {
  const findings: PiiFinding[] = [];
  let previousEnd = 0;
  for (const number of numbers) {
    const context = contextBefore(text, { start: number.start, from: previousEnd });
    previousEnd = number.end;
    for (const finding of scan(context + number.digits)) {
      const from = finding.start - context.length;
      const to = finding.end - context.length;
      // Only findings on the digits: the words before were scanned as the text itself.
      if (from < 0) continue;
      const start = number.sources[from]!.start;
      const end = number.sources[to - 1]!.end;
      findings.push({ ...finding, start, end, text: text.slice(start, end) });
    }
  }
  return findings;
}

/** Up to `spelledNumberContext` characters before `start`, from a word's start and not before `from` (the last number's end). */
function contextBefore(text: string, span: { start: number; from: number }): string {
  let begin = Math.max(span.from, span.start - spelledNumberContext);
  if (begin > span.from) {
    const blank = text.indexOf(' ', begin);
    begin = blank === -1 || blank >= span.start ? span.start : blank + 1;
  }
  return text.slice(begin, span.start);
}
