// The YYMMDD-NNNNNNN shape shared by resident and corporate registration numbers, read once per text from the digit groups.
import { isDigitEndAt, isDigitStartAt } from './digit-boundaries.ts';
import { digitGroupsOf, groupLength } from './digit-groups.ts';
import { longNumericRuns, type NumericRun } from './numeric-runs.ts';

export interface SixSevenNumber {
  start: number;
  end: number;
  /** The thirteen digits without their separator. */
  digits: string;
  /** The character between the six and the seven digits: '-', ' ' or '' when written together. */
  separator: string;
}

const lastRead: { runs: readonly NumericRun[] | undefined; numbers: readonly SixSevenNumber[] } = { runs: undefined, numbers: [] };

/**
 * Every `digitStart \d{6}(?:-| ?)\d{7} digitEnd` match of `text`, in text order: six digits, one hyphen or space or
 * nothing, seven digits, each a whole digit group. Remembered for the last text's runs.
 *
 * @example
 * sixSevenNumbers('주민번호 850312-1234565')[0]?.separator; // '-'
 */
export function sixSevenNumbers(text: string): readonly SixSevenNumber[] {
  const runs = longNumericRuns(text);
  if (lastRead.runs === runs) return lastRead.numbers;
  const groups = digitGroupsOf(text);
  const numbers: SixSevenNumber[] = [];
  const count = groups.count;
  for (let index = 0; index < count; index += 1) {
    const start = groups.starts[index]!;
    const length = groupLength(groups, index);
    if ((length !== 6 && length !== 13) || !isDigitStartAt(text, start)) continue;
    if (length === 13) {
      if (isDigitEndAt(text, groups.ends[index]!))
        numbers.push({ start, end: groups.ends[index]!, digits: text.slice(start, start + 13), separator: '' });
      continue;
    }
    const gap = groups.gaps[index]!;
    if ((gap !== 45 && gap !== 32) || groupLength(groups, index + 1) !== 7 || !isDigitEndAt(text, groups.ends[index + 1]!)) continue;
    const next = groups.starts[index + 1]!;
    numbers.push({
      start,
      end: next + 7,
      digits: text.slice(start, start + 6) + text.slice(next, next + 7),
      separator: gap === 45 ? '-' : ' ',
    });
    index += 1;
  }
  lastRead.runs = runs;
  lastRead.numbers = numbers;
  return numbers;
}
