// One pass per text over the stretches dense in digits, shared by every digit recogniser so none scans the whole text.

/** A maximal stretch of digits and separators (`-`, `.`, space, parentheses) holding at least `minimumRunLength` characters. */
export interface NumericRun {
  start: number;
  end: number;
  /** How many digits the run holds, so a recogniser skips runs too short for it without running its pattern. */
  digits: number;
}

/** Seven characters is the shortest digit identifier (an IPv4 address such as 1.2.3.4); shorter runs are prices or counts. */
export const minimumRunLength = 7;
const lastScan: { text: string | undefined; runs: NumericRun[] } = { text: undefined, runs: [] };

/**
 * The long numeric runs of `text`, computed once and reused while the recognisers of one scan ask for the same text
 * (the last text is remembered; comparing a string with itself is a pointer check).
 *
 * @example
 * longNumericRuns('tel 010-1234-5678, 3개').map((run) => [run.start, run.end]); // [[4, 17]]
 */
export function longNumericRuns(text: string): readonly NumericRun[] {
  if (lastScan.text === text) return lastScan.runs;
  lastScan.text = text;
  lastScan.runs = scanNumericRuns(text);
  return lastScan.runs;
}

// A character loop, not a regex: the pattern \d[\d\-. ()]{6,} cost more than all the digit recognisers together.
function scanNumericRuns(text: string): NumericRun[] {
  const runs: NumericRun[] = [];
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    if (!isDigit(text.charCodeAt(index))) continue;
    const start = index;
    let digits = 1;
    // Trailing separators belong to the sentence ("… 5678. Thanks"), so the run ends after its last digit.
    let end = index + 1;
    for (index += 1; index < length; index += 1) {
      const code = text.charCodeAt(index);
      if (isDigit(code)) {
        digits += 1;
        end = index + 1;
      } else if (!isRunSeparator(code)) break;
    }
    if (end - start >= minimumRunLength) runs.push({ start, end, digits });
  }
  return runs;
}

function isRunSeparator(code: number): boolean {
  // '-', '.', ' ', '(', ')'
  return code === 45 || code === 46 || code === 32 || code === 40 || code === 41;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
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
    if (run.digits < options.minDigits || (options.accept !== undefined && !options.accept(text, run))) continue;
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
