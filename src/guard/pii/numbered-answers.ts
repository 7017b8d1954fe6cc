// Values given as a numbered list that answers a numbered list of questions: an HR or an events office asks "1. SSN 2. Date
// of birth 3. Home address", or "1) name exactly as in passport, 2) passport number, 3) date of birth", and the reply gives
// "1. 418-62-9035 2. 03/17/1979 …" or "1) MÜLLER JONAS 2) C8K4T2M71 3) 24.09.1986". Alone, "C8K4T2M71" or a date is
// anything; the question's item of the same number is the label it lacks, and the value must still have that type's shape.
import { typesNamedIn } from './answers/asked-types.ts';
import { overlapsAny } from './resolve-overlaps.ts';
import { hasFeatures, textFeature, textFeatures } from './text-features.ts';
import type { PiiFinding, PiiType } from './types.ts';
import { hasShapeOf } from './value-shapes.ts';

const recognizerName = 'numbered-answer';
/**
 * The kinds an answer's item is read as: documents' and records' numbers and a birth date, whose shapes tell them from an
 * item's other words. Not a phone, a name or a login, which their own searches read, nor a password, whose shape is any word.
 */
const answeredTypes: ReadonlySet<PiiType> = new Set<PiiType>([
  'DATE_OF_BIRTH',
  'PASSPORT',
  'DRIVER_LICENSE',
  'CA_SIN',
  'US_SSN',
  'US_ITIN',
  'UK_NINO',
  'HEALTH_INSURANCE',
  'MEDICAL_RECORD',
  'VIN',
]);
/** A list's marker: one or two digits and a dot or a bracket, at a line's start or after a blank, a comma or a quote mark. */
const itemMarker = /(?<![^\s,;>])(\d{1,2})[.)][ \t]+(?=\S)/g;
/** The first item of a list, the cheap test before the search. */
const firstItem = /(?<![^\s,;>])1[.)][ \t]/;
/** How far apart two items of one list may stand, and how long a question's or an answer's item may be. */
const itemReach = 240;
const longestItem = 80;

interface Item {
  number: number;
  start: number;
  end: number;
}

/**
 * Adds to `candidates` the values of a numbered list's items that answer the items of the same number of a numbered list of
 * questions before it, each of the type its question names (one of `wanted`, where given) and of that type's shape, 0.85.
 *
 * @example
 * const candidates: PiiFinding[] = [];
 * addNumberedAnswers('Please send:\n1. SSN\n2. Date of birth\n\nHi,\n1. 418-62-9035\n2. 03/17/1979', candidates);
 * candidates.map((candidate) => candidate.type); // ['US_SSN', 'DATE_OF_BIRTH']
 */
export function addNumberedAnswers(text: string, candidates: PiiFinding[], wanted?: ReadonlySet<string>): void {
  if (!hasFeatures(textFeatures(text), textFeature.digit | textFeature.lineBreak) || !firstItem.test(text)) return;
  const lists = numberedLists(text);
  if (lists.length < 2) return;
  const found: PiiFinding[] = [];
  for (let index = 0; index + 1 < lists.length; index += 1) {
    const asked = lists[index]!.map((item) => askedType(text, item));
    if (asked.filter((type) => type !== undefined).length < 2) continue;
    const answers = lists[index + 1]!;
    for (const item of answers) {
      const type = asked[item.number - 1];
      if (type === undefined || !answeredTypes.has(type) || (wanted !== undefined && !wanted.has(type))) continue;
      const value = valueOf(text, item);
      if (value === undefined || !hasShapeOf(type, value.text) || overlapsAny(candidates, value)) continue;
      found.push({ type, ...value, score: 0.85, recognizer: recognizerName });
    }
    index += 1;
  }
  for (const finding of found) candidates.push(finding);
}

/** The numbered lists of `text`: runs of items numbered from 1 up by one, each no further than `itemReach` from the last. */
function numberedLists(text: string): Item[][] {
  const lists: Item[][] = [];
  let list: Item[] = [];
  itemMarker.lastIndex = 0;
  for (let marker = itemMarker.exec(text); marker !== null; marker = itemMarker.exec(text)) {
    const number = Number(marker[1]);
    const start = marker.index + marker[0].length;
    const last = list[list.length - 1];
    if (last !== undefined && number === last.number + 1 && marker.index - last.start <= itemReach) {
      last.end = Math.min(last.end, marker.index);
      list.push({ number, start, end: lineEndOf(text, start) });
      continue;
    }
    if (list.length >= 2) lists.push(list);
    list = number === 1 ? [{ number, start, end: lineEndOf(text, start) }] : [];
  }
  if (list.length >= 2) lists.push(list);
  return lists;
}

/** The one type a question's item names ("2) passport number"), or undefined for an item that names none or several. */
function askedType(text: string, item: Item): PiiType | undefined {
  if (item.end - item.start > longestItem) return undefined;
  const types = typesNamedIn(text.slice(item.start, item.end));
  return types.length === 1 ? types[0] : undefined;
}

/** An answer's item as a value: its words without the comma, the dot or the blanks after them. */
function valueOf(text: string, item: Item): { start: number; end: number; text: string } | undefined {
  let end = item.end;
  while (end > item.start && /[\s,.;]/.test(text.charAt(end - 1))) end -= 1;
  if (end === item.start || end - item.start > longestItem) return undefined;
  return { start: item.start, end, text: text.slice(item.start, end) };
}

function lineEndOf(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  return newline === -1 ? text.length : newline;
}
