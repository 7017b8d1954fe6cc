// The stretches dense in digits, read once per text and shared by every digit recogniser so none scans the whole text.
import { textFeatures } from '../text-features.ts';

/** A maximal stretch of digits and separators (`-`, `.`, space, parentheses) holding at least `minimumRunLength` characters. */
export interface NumericRun {
  start: number;
  end: number;
  /** How many digits the run holds, so a recogniser skips runs too short for it without running its pattern. */
  digits: number;
  /** The longest stretch of digits without a separator ("010-1234-5678": 4), for patterns that need a long one. */
  longestGroup: number;
  /** `runSeparator` bits of the separators inside the run. */
  separators: number;
}

/** Bits of `NumericRun.separators`. */
export const runSeparator = { hyphen: 1, dot: 2, space: 4, parenthesis: 8 } as const;

/** Seven characters is the shortest digit identifier (an IPv4 address such as 1.2.3.4); shorter runs are prices or counts. */
export const minimumRunLength = 7;

/**
 * The long numeric runs of `text`, read in the same character pass as the scanner's text features and reused while the
 * recognisers of one scan ask for the same text (the last text is remembered; comparing a string with itself is a pointer check).
 *
 * @example
 * longNumericRuns('tel 010-1234-5678, 3개').map((run) => [run.start, run.end]); // [[4, 17]]
 */
export function longNumericRuns(text: string): readonly NumericRun[] {
  return textFeatures(text).runs;
}

/**
 * The stretch of digits and separators starting at the digit at `start`, with the index of the character that ended it.
 * A character loop, not a regex: the pattern \d[\d\-. ()]{6,} cost more than all the digit recognisers together.
 *
 * @example
 * readNumericRun('tel 010-1234-5678, 3개', 4).end; // 17
 */
export function readNumericRun(text: string, start: number): NumericRun & { stoppedAt: number } {
  const length = text.length;
  let digits = 1;
  let group = 1;
  let longestGroup = 1;
  let separators = 0;
  let pendingSeparators = 0;
  // Trailing separators belong to the sentence ("… 5678. Thanks"), so the run ends after its last digit.
  let end = start + 1;
  let index = start + 1;
  for (; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      digits += 1;
      group += 1;
      if (group > longestGroup) longestGroup = group;
      separators |= pendingSeparators;
      pendingSeparators = 0;
      end = index + 1;
    } else {
      const separator = separatorBit(code);
      if (separator === 0) break;
      pendingSeparators |= separator;
      group = 0;
    }
  }
  return { start, end, digits, longestGroup, separators, stoppedAt: index };
}

/** The `runSeparator` bit of a run separator ('-', '.', ' ', '(', ')'), 0 for any other character. */
function separatorBit(code: number): number {
  if (code === 45) return runSeparator.hyphen;
  if (code === 46) return runSeparator.dot;
  if (code === 32) return runSeparator.space;
  return code === 40 || code === 41 ? runSeparator.parenthesis : 0;
}

export interface RunMatch {
  start: number;
  match: RegExpExecArray;
}

export interface RunSearch {
  /** A global pattern. */
  pattern: RegExp;
  /** Runs with fewer digits are skipped. */
  minDigits: number;
  /** Runs whose longest unseparated stretch of digits is shorter are skipped (a bare `\d{10}` needs 10). */
  minGroup?: number;
  /** Runs holding none of these `runSeparator` bits are skipped (a pattern that always has a hyphen needs `hyphen`). */
  anySeparator?: number;
  /** Characters of text before the run the pattern may see (default 2: boundary look-behinds, a leading `+` or `(`). */
  before?: number;
  /** A cheap test on the run (e.g. its first character) before the pattern runs. */
  accept?: (text: string, run: NumericRun) => boolean;
}

/**
 * Runs `pattern` over each long run with enough digits, with `before` characters before the run and two after.
 * Matches that end before the run are left to the run they belong to.
 *
 * @example
 * findInNumericRuns('call 010-1234-5678', { pattern: /0\d{2}-\d{4}-\d{4}/g, minDigits: 11 })[0]?.start; // 5
 */
export function findInNumericRuns(text: string, options: RunSearch): RunMatch[] {
  const found: RunMatch[] = [];
  for (const run of longNumericRuns(text)) {
    if (run.digits < options.minDigits || run.longestGroup < (options.minGroup ?? 1)) continue;
    if (options.anySeparator !== undefined && (run.separators & options.anySeparator) === 0) continue;
    if (options.accept !== undefined && !options.accept(text, run)) continue;
    const windowStart = Math.max(0, run.start - (options.before ?? 2));
    const window = text.slice(windowStart, run.end + 2);
    options.pattern.lastIndex = 0;
    for (let match = options.pattern.exec(window); match !== null; match = options.pattern.exec(window)) {
      if (windowStart + match.index + match[0].length > run.start) found.push({ start: windowStart + match.index, match });
      if (match[0].length === 0) options.pattern.lastIndex += 1;
    }
  }
  return found;
}
