// The digit groups of a text's long numeric runs ("010-1234-5678": 3, 4, 4), read once per text so that each digit
// recogniser decides from group lengths and separators instead of running its own pattern over every run.
import { longNumericRuns, type NumericRun } from './numeric-runs.ts';

/** The groups of every long run, in text order, as parallel arrays (no object per group). */
export interface DigitGroups {
  /** How many groups there are; the arrays are longer (they are reused from text to text). */
  count: number;
  /** Where each group's first digit is. */
  starts: Int32Array;
  /** Where each group ends (exclusive): the first character after its last digit. */
  ends: Int32Array;
  /**
   * The one character between group `i` and group `i + 1` ('-' is 45, ' ' is 32), or -1 when the groups lie in different
   * runs or more than one character separates them: no single-separator shape spans such a gap.
   */
  gaps: Int32Array;
  /** Whether group `i` opens its run (the character before it is then outside the run). */
  opensRun: Uint8Array;
  /**
   * Bit `n` is set when some group holds exactly `n` digits (bit 31 for 31 digits or more), so a recogniser whose shapes
   * need group lengths the text lacks is skipped without reading the groups (`hasGroupLengths`).
   */
  lengths: number;
  /** How many single-dot gaps join groups (an IPv4 address needs three). */
  dotGaps: number;
}

// One set of arrays for every text: the groups are read for the last text only, and read again when it changes, so
// reusing them saves four allocations per text. Callers never keep the groups past the text they asked about.
const shared: DigitGroups = {
  count: 0,
  starts: new Int32Array(64),
  ends: new Int32Array(64),
  gaps: new Int32Array(64),
  opensRun: new Uint8Array(64),
  lengths: 0,
  dotGaps: 0,
};
const lastRead: { runs: readonly NumericRun[] | undefined } = { runs: undefined };

/**
 * The digit groups of `text`'s long numeric runs (runs of at least seven characters: every digit identifier fits in
 * one). Remembered for the last text's runs, so the recognisers of one scan share one read; the returned arrays are
 * reused for the next text, so read them before asking about another.
 *
 * @example
 * const groups = digitGroupsOf('tel 010-1234-5678');
 * [...groups.starts.subarray(0, groups.count)]; // [4, 8, 13]
 * [...groups.gaps.subarray(0, groups.count)]; // [45, 45, -1]
 */
export function digitGroupsOf(text: string): DigitGroups {
  const runs = longNumericRuns(text);
  if (lastRead.runs === runs) return shared;
  lastRead.runs = runs;
  shared.count = 0;
  shared.lengths = 0;
  shared.dotGaps = 0;
  for (const run of runs) readRunGroups(text, run);
  return shared;
}

function readRunGroups(text: string, run: NumericRun): void {
  let index = run.start;
  let opensRun = 1;
  while (index < run.end) {
    const start = index;
    while (index < run.end && isDigitCode(text.charCodeAt(index))) index += 1;
    const groupEnd = index;
    // The run ends on a digit, so a separator stretch always leads to another group of the same run.
    while (index < run.end && !isDigitCode(text.charCodeAt(index))) index += 1;
    const gap = index === run.end ? -1 : index - groupEnd === 1 ? text.charCodeAt(groupEnd) : -1;
    addGroup({ start, end: groupEnd, gap, opensRun });
    opensRun = 0;
  }
}

function addGroup(group: { start: number; end: number; gap: number; opensRun: number }): void {
  if (shared.count === shared.starts.length) grow();
  const at = shared.count;
  shared.starts[at] = group.start;
  shared.ends[at] = group.end;
  shared.gaps[at] = group.gap;
  shared.opensRun[at] = group.opensRun;
  shared.count = at + 1;
  shared.lengths |= 1 << Math.min(group.end - group.start, 31);
  if (group.gap === 46) shared.dotGaps += 1;
}

function grow(): void {
  const size = shared.starts.length * 2;
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const gaps = new Int32Array(size);
  const opensRun = new Uint8Array(size);
  starts.set(shared.starts);
  ends.set(shared.ends);
  gaps.set(shared.gaps);
  opensRun.set(shared.opensRun);
  shared.starts = starts;
  shared.ends = ends;
  shared.gaps = gaps;
  shared.opensRun = opensRun;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether the groups from `at` on have exactly `lengths` digits, each joined to the next by one `gap` character.
 *
 * @example
 * const groups = digitGroupsOf('SSN 123-45-6789');
 * hasGroupShape(groups, { at: 0, lengths: [3, 2, 4], gap: 45 }); // true
 */
export function hasGroupShape(groups: DigitGroups, shape: { at: number; lengths: readonly number[]; gap: number }): boolean {
  const { at, lengths, gap } = shape;
  if (at + lengths.length > groups.count) return false;
  for (let offset = 0; offset < lengths.length; offset += 1) {
    const group = at + offset;
    if (groups.ends[group]! - groups.starts[group]! !== lengths[offset]) return false;
    if (offset < lengths.length - 1 && groups.gaps[group] !== gap) return false;
  }
  return true;
}

/**
 * Whether groups of every length in `lengths` occur in the text (in any order or place: a cheap necessary condition for
 * a shape, checked before the groups are read one by one).
 *
 * @example
 * hasGroupLengths(digitGroupsOf('SSN 123-45-6789'), [3, 2, 4]); // true
 * hasGroupLengths(digitGroupsOf('tel 010-1234-5678'), [9]); // false
 */
export function hasGroupLengths(groups: DigitGroups, lengths: readonly number[]): boolean {
  for (let index = 0; index < lengths.length; index += 1) if ((groups.lengths & (1 << lengths[index]!)) === 0) return false;
  return true;
}

/**
 * How many digits group `index` holds; -1 past the last group, a length no shape asks for.
 *
 * @example
 * groupLength(digitGroupsOf('tel 010-1234-5678'), 1); // 4
 */
export function groupLength(groups: DigitGroups, index: number): number {
  return index < groups.count ? groups.ends[index]! - groups.starts[index]! : -1;
}

/**
 * The gap after group `index` (see `DigitGroups.gaps`); -1 past the last group.
 *
 * @example
 * gapAfter(digitGroupsOf('tel 010-1234-5678'), 0); // 45
 */
export function gapAfter(groups: DigitGroups, index: number): number {
  return index < groups.count ? groups.gaps[index]! : -1;
}
