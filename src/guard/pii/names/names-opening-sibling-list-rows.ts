// A list of people written one a row, each row opening with the person's name and going on to one of their identifiers
// ("1. Rizky Pratama C3390417\n2. Yudi Hermawan C2871659", "2. Bui Quang Huy — Vietnamese, passport C6130842\n3. Myat Noe
// Aung — Myanmar, ARC 000314-8271053"), a crew's, a detainees' or a visitors' list: where one row's opening name was found,
// the other rows that open with a name written alike and hold a person's identifier too, or the very words the found row
// goes on with ("4. Fajar Nugroho — don't know\n5. Slamet — don't know"), name people as well. The row's shape is the
// evidence, where no list of names holds a crew member's.
import type { PiiFinding, PiiType } from '../types.ts';
import { holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';

const recognizerName = 'name-opening-sibling-list-row';

/** A row's marker ("1. ", "2) ", "- ", "• "), perhaps after a chat's speaker who pastes the list ("Rizky: 1. …"). */
const rowMarker = /^(?:[A-Z][a-z]{1,14}:[ \t]+)?[ \t]*(?:(\d{1,3})[.)]|([-•·*]))[ \t]+/;
/**
 * One to four capitalised words (or words in capitals, or "SURNAME, Given"), then what parts the name from the row's rest:
 * a dash, a comma, a bracket, the line's end, or a blank before an identifier's capital and digits.
 */
const openingName =
  /^(?:[A-Z]{2,}(?:[ \t][A-Z]{2,}){0,2},[ \t]+[A-Z][a-z]{1,14}|[A-ZÀ-Þ](?:[a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ]+)?|[A-Z]+)(?:[ \t]+(?:[A-ZÀ-Þ](?:[a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ]+)?|[A-Z]+)|[A-Z]\.)){0,3})(?=[ \t]*(?:[—–]|-[ \t]|,|\(|$)|[ \t]+[A-Z]{0,2}\d)/;
/** The row's rest after the name, from its separator. */
const separatorStart = /^[ \t]*(?:[—–]|-[ \t]|,|\()?[ \t]*/;

/** A person's own identifiers, which a row that opens with a name goes on to. */
const personalTypes: ReadonlySet<string> = new Set<PiiType>([
  ...(['RRN', 'FRN', 'PASSPORT', 'US_SSN', 'US_ITIN', 'DATE_OF_BIRTH', 'PHONE', 'EMAIL', 'DRIVER_LICENSE'] as const),
  ...(['UK_NINO', 'CA_SIN', 'BANK_ACCOUNT', 'IBAN', 'ADDRESS', 'HEALTH_INSURANCE', 'MEDICAL_RECORD'] as const),
]);

interface Row {
  /** The row's list: its marker's kind ("#" for a number, else the bullet), so that a list's rows go together. */
  marker: string;
  nameStart: number;
  nameEnd: number;
  lineEnd: number;
}

/**
 * Adds the names that open the rows of a list beside a row whose opening name was found, 0.7, in place.
 *
 * @example
 * const text = '1. Rizky Pratama C3390417\n2. Yudi Hermawan C2871659';
 * const candidates = [
 *   { type: 'PERSON', start: 3, end: 16, text: 'Rizky Pratama', score: 0.7, recognizer: 'x' },
 *   { type: 'PASSPORT', start: 17, end: 25, text: 'C3390417', score: 0.8, recognizer: 'x' },
 *   { type: 'PASSPORT', start: 43, end: 51, text: 'C2871659', score: 0.8, recognizer: 'x' },
 * ];
 * addNamesOpeningSiblingListRows(text, candidates);
 * candidates[3]?.text; // 'Yudi Hermawan'
 */
export function addNamesOpeningSiblingListRows(text: string, candidates: PiiFinding[]): void {
  if (!text.includes('\n') || !candidates.some((candidate) => candidate.type === 'PERSON')) return;
  const lists = listsIn(text);
  const found: PiiFinding[] = [];
  for (const rows of lists) {
    const seeds = rows.filter((row) => candidates.some((candidate) => candidate.type === 'PERSON' && candidate.start === row.nameStart));
    if (seeds.length === 0) continue;
    for (const row of rows) {
      if (seeds.includes(row) || candidates.some((candidate) => candidate.start < row.nameEnd && row.nameStart < candidate.end)) continue;
      if (!seeds.some((seed) => isAlikeRow(text, { seed, row }, candidates))) continue;
      const name = text.slice(row.nameStart, row.nameEnd);
      const words = name.split(/[ \t,]+/);
      if (holdsFirmWord(name) || words.some((word) => wordsThatAreNotNames.has(word) || wordsThatAreNotNames.has(capitalised(word))))
        continue;
      found.push({ type: 'PERSON', start: row.nameStart, end: row.nameEnd, text: name, score: 0.7, recognizer: recognizerName });
    }
  }
  for (const finding of found) candidates.push(finding);
}

function capitalised(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** The lists of `text`: runs of lines with no blank line between whose rows open with one kind of marker and a name. */
function listsIn(text: string): Row[][] {
  const lists: Row[][] = [];
  let current: Row[] = [];
  for (let lineStart = 0; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const row = rowAt(text, { lineStart, lineEnd });
    if (row === undefined || (current.length > 0 && current[0]!.marker !== row.marker)) {
      if (current.length >= 2) lists.push(current);
      current = row === undefined ? [] : [row];
    } else current.push(row);
    lineStart = lineEnd + 1;
  }
  if (current.length >= 2) lists.push(current);
  return lists;
}

function rowAt(text: string, line: { lineStart: number; lineEnd: number }): Row | undefined {
  if (line.lineEnd - line.lineStart < 4) return undefined;
  const content = text.slice(line.lineStart, line.lineEnd);
  const marker = rowMarker.exec(content);
  if (marker === null) return undefined;
  const name = openingName.exec(content.slice(marker[0].length));
  if (name === null) return undefined;
  const nameStart = line.lineStart + marker[0].length;
  return { marker: marker[1] === undefined ? marker[2]! : '#', nameStart, nameEnd: nameStart + name[0].length, lineEnd: line.lineEnd };
}

/**
 * Whether `row` goes on as `seed` does: both hold a person's identifier after the name, or both go on in the very same words
 * after the same separator ("— don't know").
 */
function isAlikeRow(text: string, rows: { seed: Row; row: Row }, candidates: readonly PiiFinding[]): boolean {
  const { seed, row } = rows;
  const seedRest = restOf(text, seed);
  const rowRest = restOf(text, row);
  if (seedRest.length > 0 && seedRest === rowRest) return true;
  return holdsPersonalValue(candidates, row) && holdsPersonalValue(candidates, seed);
}

function restOf(text: string, row: Row): string {
  const rest = text.slice(row.nameEnd, row.lineEnd);
  return rest.slice(separatorStart.exec(rest)![0].length).trim();
}

function holdsPersonalValue(candidates: readonly PiiFinding[], row: Row): boolean {
  return candidates.some(
    (candidate) => personalTypes.has(candidate.type) && candidate.start >= row.nameEnd && candidate.end <= row.lineEnd,
  );
}
