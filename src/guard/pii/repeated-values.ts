// A value found once is found wherever the text repeats it: an agent reading a passport number back ("Thank you, GK608214
// is now saved"), a form restating an account, a log naming the same address twice.
import { isAsciiAlphanumeric, isAsciiDigit } from './recognizers/digit-boundaries.ts';
import { runEdgesOf, type RunEdges } from './run-edges.ts';
import type { PiiFinding } from './types.ts';

/** Shorter values repeat by chance ("2024", "10:30"), so a repeat counts from six characters with a digit among them. */
const shortestRepeated = 6;
/**
 * How many places the searches of one text may test (`RunEdges.tested`): a transcript's read-backs fit many times over,
 * while an export of thousands of rows, whose every value its own line's search finds, is left alone past it rather than
 * read thousands of times.
 */
const searchBudget = 4_000_000;

/**
 * Adds to `candidates` a copy of each identifier found at every other place `text` holds it whole, unless something else
 * was found there. Each value is searched once, and a place is tested against the candidates' spans by a binary search:
 * an export that repeats one row thousands of times holds thousands of candidates.
 *
 * @example
 * const candidates = [{ type: 'PASSPORT', start: 0, end: 8, text: 'GK608214', score: 0.85, recognizer: 'passport' }];
 * addRepeatedValues('GK608214, … GK608214 is saved', candidates);
 * candidates.map((finding) => finding.start); // [0, 12]
 */
export function addRepeatedValues(text: string, candidates: PiiFinding[], edges: RunEdges = runEdgesOf(text)): void {
  searchEachValue(candidates, { edges, by: repeats });
}

/**
 * Adds to `candidates` each value that `text` gives as a correction of an identifier found in it, or reads back with a
 * slip: one digit changed or two neighbouring digits swapped ("PA7730419 … sorry typo, PA7730418", "I have 312748059 on
 * the old booking", "98230 61174 (earlier entered as 98230 61147)"). Same budget and guards as `addRepeatedValues`; from
 * six digits, as a slip of a shorter number is another number.
 *
 * @example
 * const candidates = [{ type: 'PASSPORT', start: 9, end: 18, text: 'PA7730419', score: 0.9, recognizer: 'passport' }];
 * addCorrectedValues('Passport PA7730419, sorry typo, PA7730418', candidates);
 * candidates.map((finding) => finding.text); // ['PA7730419', 'PA7730418']
 */
export function addCorrectedValues(text: string, candidates: PiiFinding[], edges: RunEdges = runEdgesOf(text)): void {
  searchEachValue(candidates, { edges, by: corrections });
}

type PlaceAdder = (finding: PiiFinding, place: { text: string; start: number; end: number; score: number }) => void;

/** Which values a search takes, and how it reads `text` for their other places. */
interface ValueSearch {
  accepts(finding: PiiFinding): boolean;
  search(text: string, at: { finding: PiiFinding; edges: RunEdges }, addPlace: PlaceAdder): void;
}

/**
 * A password or a PIN shorter than that is found again only where it is read back soon after ("Gate code still 4471
 * yeah?\n\nMel: yep 4471", "the code is 9016\nAgent: 9016 matches"), and not as another number's ("ext. 4471").
 */
const shortCodeReach = 300;
const otherNumberWordBefore = /(?:ext|extension|room|unit|flat|apt|order|no|number|#)\.?[ \t]*$/i;

function isShortCodeReadBack(text: string, finding: PiiFinding, at: number): boolean {
  return at > finding.end && at - finding.end <= shortCodeReach && !otherNumberWordBefore.test(text.slice(Math.max(0, at - 12), at));
}

const repeats: ValueSearch = {
  accepts: (finding) =>
    repeatable(finding.type) &&
    (finding.text.length >= shortestRepeated ? /\d/.test(finding.text) : finding.type === 'PASSWORD' && finding.text.length >= 4),
  search(text, { finding, edges }, addPlace) {
    const value = finding.text;
    if (value.length < shortestRepeated) {
      for (const at of edges.startsOf(value))
        if (standsWhole(text, at, at + value.length) && isShortCodeReadBack(text, finding, at))
          addPlace(finding, { text: value, start: at, end: at + value.length, score: finding.score });
      return;
    }
    // A value spelled out or grouped is read back run together too ("H-M-4-4-0-2-9-1-7" … "HM4402917, grand"), a login
    // without its underscore ("sungmin_kr93" … "sungminkr93").
    const compact = value.replace(/[ ._-]/g, '');
    for (const form of compact !== value && compact.length >= shortestRepeated ? [value, compact] : [value]) {
      for (const at of edges.startsOf(form)) {
        const end = at + form.length;
        if (at === finding.start || !standsWhole(text, at, end) || (form !== value && joinsLongerCode(text, at, end))) continue;
        addPlace(finding, { text: form, start: at, end, score: finding.score });
      }
    }
  },
};

const corrections: ValueSearch = {
  // A birth date corrected is the person's too ("the form said 06/14/1968, typo" after "DOB 06/14/1986").
  accepts: (finding) =>
    (repeatable(finding.type) || finding.type === 'DATE_OF_BIRTH') &&
    finding.score >= weakestGuess &&
    countDigits(finding.text) >= shortestCorrected,
  search(text, { finding, edges }, addPlace) {
    const value = finding.text;
    // Grouped, it may be corrected run together ("2087 114 639 (sorry, it should read 2087114693)").
    const compact = value.replace(/[ .-]/g, '');
    for (const form of compact !== value && /^\d+$/.test(compact) ? [value, compact] : [value]) {
      // A slip leaves one half whole, a little under half of it from either end: its places anchor the candidates.
      const half = Math.max(2, Math.floor(form.length / 2) - 1);
      const head = form.slice(0, half);
      const tail = form.slice(-half);
      for (const at of edges.startsOf(head)) addSlipAt(text, { finding, form, start: at }, addPlace);
      for (const end of edges.endsOf(tail)) addSlipAt(text, { finding, form, start: end - form.length }, addPlace);
    }
  },
};

/** Adds the place of a slip of `form` at `start`, if the text holds one there. */
function addSlipAt(text: string, slip: { finding: PiiFinding; form: string; start: number }, addPlace: PlaceAdder): void {
  const { finding, form, start } = slip;
  const end = start + form.length;
  if (start < 0 || end > text.length) return;
  const other = text.slice(start, end);
  if (!isSlipOf(other, form) || !standsWhole(text, start, end) || faxBefore.test(text.slice(Math.max(0, start - 16), start))) return;
  // A label's guess grounds only a correction that says so, between the two or right after the slip on its line
  // ("2087731465 (UBA) instead of 2087731456", "Our record had 00098412-6, typo on our side", "처음에 30918274565로 잘못
  // 썼어요").
  if (finding.score < weakestGround && !saysCorrected(text, { finding, start, end })) return;
  addPlace(finding, { text: other, start, end, score: Math.min(finding.score, correctedScore) });
}

/**
 * Runs a search once for each distinct value among the candidates found so far that it accepts, within the budget of
 * places tested; the places it adds are not searched again.
 */
function searchEachValue(candidates: PiiFinding[], { edges, by }: { edges: RunEdges; by: ValueSearch }): void {
  const found = candidates.length;
  const addPlace = placeAdder(candidates);
  // Most texts hold a few values, which an array's scan tells apart faster than a set; an export holds thousands.
  const searched = found > 16 ? new Set<string>() : undefined;
  for (let index = 0; index < found; index += 1) {
    const finding = candidates[index]!;
    if (!by.accepts(finding) || (searched === undefined ? searchedBefore(candidates, { index, by }) : searched.has(finding.text))) continue;
    searched?.add(finding.text);
    if (edges.tested > searchBudget) return;
    by.search(edges.text, { finding, edges }, addPlace);
  }
}

/** Whether a candidate before `index` that the search accepted holds the same value. */
function searchedBefore(candidates: readonly PiiFinding[], at: { index: number; by: ValueSearch }): boolean {
  const value = candidates[at.index]!.text;
  for (let before = 0; before < at.index; before += 1)
    if (candidates[before]!.text === value && at.by.accepts(candidates[before]!)) return true;
  return false;
}

const shortestCorrected = 6;
/**
 * An office's fax number is its phone's neighbour, one digit apart ("Tel 416-762-1410   Fax 416-762-1412", "전화번호
 * 02-871-3350 … 팩스번호 02-871-3351"), no slip of it.
 */
const faxBefore = /(?:fax|팩스)[^\n\d]{0,8}$/i;
const correctedScore = 0.8;
/** A weaker finding, a label's guess, is no ground for another unless a correction's words stand between them. */
const weakestGround = 0.7;
const weakestGuess = 0.5;
const correctionWord =
  /instead of|sorry|should (?:read|be)|\bnot\b|typo|mistyp|wrong|correct|I meant|actually|아니(?:고|라)|정정|잘못|오타|틀렸|바로잡/i;
/**
 * The words after a slip, on its line, that call it a mistake ("00098412-6, typo on our side"); not "not" nor "correct",
 * which after a number say something else ("31928446 not received", "31928446 is correct").
 */
const mistakeWordAfter = /typo|mistyp|wrong|incorrect|sorry|잘못|오타|틀렸|정정/i;
const correctionReachAfterSlip = 16;

/** Whether a correction's words stand between the finding and its slip at `start`–`end`, or right after the slip. */
function saysCorrected(text: string, at: { finding: PiiFinding; start: number; end: number }): boolean {
  const { finding, start, end } = at;
  if (correctionWord.test(text.slice(Math.min(finding.end, start), Math.max(finding.start, end)))) return true;
  if (start < finding.end) return false;
  const after = text.slice(end, end + correctionReachAfterSlip);
  const lineBreak = after.indexOf('\n');
  return mistakeWordAfter.test(lineBreak === -1 ? after : after.slice(0, lineBreak));
}

function countDigits(value: string): number {
  let digits = 0;
  for (let index = 0; index < value.length; index += 1) if (isAsciiDigit(value.charCodeAt(index))) digits += 1;
  return digits;
}

/** Whether `other` differs from `value` in one digit, or in two neighbouring digits swapped; the rest stays as it is. */
function isSlipOf(other: string, value: string): boolean {
  let first = -1;
  let differences = 0;
  for (let index = 0; index < value.length; index += 1) {
    if (other.charCodeAt(index) === value.charCodeAt(index)) continue;
    if (!isAsciiDigit(other.charCodeAt(index)) || !isAsciiDigit(value.charCodeAt(index))) return false;
    differences += 1;
    if (first === -1) first = index;
    if (differences > 2) return false;
  }
  if (differences === 1) return true;
  return differences === 2 && other[first] === value[first + 1] && other[first + 1] === value[first];
}

/**
 * Adds a copy of a finding at a new place unless something found stands there: the candidates' spans, read once when a
 * first place is tested, and the places added since.
 */
function placeAdder(candidates: PiiFinding[]): PlaceAdder {
  const found = candidates.length;
  let spans: Spans | undefined;
  return (finding, place) => {
    spans ??= spansOf(candidates.slice(0, found));
    if (overlapsAny(spans, place.start, place.end)) return;
    candidates.push({ ...finding, ...place });
    spans.added.push({ start: place.start, end: place.end });
  };
}

/** The candidates' spans by start, each with the furthest end up to it; and the repeats added since, few. */
interface Spans {
  starts: number[];
  furthestEnds: number[];
  added: Array<{ start: number; end: number }>;
}

function spansOf(findings: readonly PiiFinding[]): Spans {
  const sorted = [...findings].sort((left, right) => left.start - right.start);
  const furthestEnds: number[] = [];
  let furthest = -1;
  for (const finding of sorted) furthestEnds.push((furthest = Math.max(furthest, finding.end)));
  return { starts: sorted.map((finding) => finding.start), furthestEnds, added: [] };
}

function overlapsAny(spans: Spans, start: number, end: number): boolean {
  // The last span that starts before `end`: any span overlapping [start, end) starts before it, and one of them reaches past
  // `start` exactly when the furthest end up to it does.
  let low = 0;
  let high = spans.starts.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans.starts[middle]! < end) {
      last = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (last !== -1 && spans.furthestEnds[last]! > start) return true;
  return spans.added.some((span) => span.start < end && start < span.end);
}

/**
 * Names and addresses are left to their own searches (a first name may repeat as an everyday word), and dates too: a
 * child's birth date is also the day of its first vaccine.
 */
function repeatable(type: PiiFinding['type']): boolean {
  return type !== 'PERSON' && type !== 'ADDRESS' && type !== 'DATE_OF_BIRTH' && type !== 'CARD_EXPIRY';
}

/** Whether a hyphen or a dot joins the run to more of a code ("사업장관리번호: 1208112740-0" is not the BRN 120-81-12740). */
function joinsLongerCode(text: string, start: number, end: number): boolean {
  const joined = (mark: number, next: number) => (mark === 0x2d || mark === 0x2e) && isAsciiAlphanumeric(next);
  return joined(text.charCodeAt(end), text.charCodeAt(end + 1)) || joined(text.charCodeAt(start - 1), text.charCodeAt(start - 2));
}

/** Whether no letter or digit runs on from the value on either side ("GK608214" inside "XGK6082149" is another code). */
function standsWhole(text: string, start: number, end: number): boolean {
  return !isAsciiAlphanumeric(text.charCodeAt(start - 1)) && !isAsciiAlphanumeric(text.charCodeAt(end));
}
