// The YYMMDD-NNNNNNN shape shared by resident and corporate registration numbers, read once per text from the digit groups.
import { isDigitEndAt, isDigitStartAt } from './digit-boundaries.ts';
import { digitGroupsOf, groupLength } from './digit-groups.ts';
import { longNumericRuns, type NumericRun } from './numeric-runs.ts';

export interface SixSevenNumber {
  start: number;
  end: number;
  /** The thirteen digits without their separator. */
  digits: string;
  /** Between the six and the seven digits: '-' (also with a space on either side), ' ', or '' when written together. */
  separator: string;
}

const lastRead: { runs: readonly NumericRun[] | undefined; numbers: readonly SixSevenNumber[] } = { runs: undefined, numbers: [] };

/**
 * Every `digitStart \d{6}(?: ?- ?| ?)\d{7} digitEnd` match of `text`, in text order: six digits, a hyphen (spaced or
 * not), a space or nothing, seven digits, each a whole digit group. Remembered for the last text's runs.
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
    const separator = separatorAfter(text, { groups, index });
    if (separator === undefined || groupLength(groups, index + 1) !== 7 || !isDigitEndAt(text, groups.ends[index + 1]!)) continue;
    const next = groups.starts[index + 1]!;
    numbers.push({ start, end: next + 7, digits: text.slice(start, start + 6) + text.slice(next, next + 7), separator });
    index += 1;
  }
  lastRead.runs = runs;
  lastRead.numbers = numbers;
  return numbers;
}

/** A hyphen with up to two blanks on either side: "900101 - 1234567", and "900101 -  1234567" read from "… 다시 …". */
const hyphenWithBlanks = /^ {0,2}- {0,2}$/;

/** The separator between group `index` and the next one of its run: '-' for a hyphen with blanks around it, ' ' for one space. */
function separatorAfter(text: string, at: { groups: ReturnType<typeof digitGroupsOf>; index: number }): string | undefined {
  const { groups, index } = at;
  const gap = groups.gaps[index]!;
  if (gap === 45) return '-';
  if (gap === 32) return ' ';
  if (gap !== -1 || index + 1 >= groups.count || groups.opensRun[index + 1] === 1) return undefined;
  const between = text.slice(groups.ends[index]!, groups.starts[index + 1]!);
  return hyphenWithBlanks.test(between) ? '-' : undefined;
}
