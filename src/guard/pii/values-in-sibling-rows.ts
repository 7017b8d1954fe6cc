// A list's rows written alike hold alike values: "1) PARK JIHO / 1988.02.14 / M39204716\n2) PARK SEOAH / 2019.10.30 /
// M70418853". Where one row's cell was found as a person's value, the same cell of the rows around it, in the same shape,
// is that kind of value too: the writer's layout says so, where no label does.
import { isPlausibleKoreanName } from './names/korean-names.ts';
import { isPlausibleBirthDate, wholeDateReadings } from './recognizers/date-formats.ts';
import { FindingsByLine } from './findings-by-line.ts';
import type { PiiFinding, PiiType } from './types.ts';

const recognizerName = 'sibling-row';
/** The kinds a row's cell holds for each of a list's people. */
const rowTypes: ReadonlySet<string> = new Set<PiiType>([
  'PERSON',
  'DATE_OF_BIRTH',
  'PASSPORT',
  'PHONE',
  'MEDICAL_RECORD',
  'HEALTH_INSURANCE',
  'DRIVER_LICENSE',
  'USERNAME',
]);
/**
 * A seed weaker than a label's guess lends its kind to no other row; a listed first name and a surname do (0.55), since a
 * name's siblings must also hold a value of the kind its row holds beside it ("1. Marcus Webb — 334-…").
 */
const weakestSeed = 0.6;
const weakestNameSeed = 0.55;
const siblingScore = 0.7;
/** How many rows above and below a seed's are read, so that a long export costs a bounded search per seed. */
const rowReach = 60;
/** How cells are parted, most telling first; a seed's line is parted by the first that leaves the seed a whole cell. */
const cellBreaks = [/\t/g, /[ \t]*\|[ \t]*/g, /[ \t]+\/[ \t]+/g, /[ \t]+[—–][ \t]+/g, /[ \t]{2,}/g, /,[ \t]*/g] as const;
/** A list's marker at a row's start ("1) ", "2. ", "- "), which is no part of its first cell. */
const listMarker = /^[ \t]*(?:\(?\d{1,3}[.)]|[-*•·])[ \t]+/;

interface Cell {
  start: number;
  end: number;
}

/**
 * Adds to `candidates`, for each person's value of `rowTypes` found as a whole cell of a row of two cells or more, the
 * same cell of the rows next to it (up to a blank line) that are parted alike, whose every cell is of the same kind of
 * characters as the seed row's and whose cell is shaped as the seed is; 0.7.
 *
 * @example
 * const text = '1) PARK JIHO / 1988.02.14 / M39204716\n2) PARK SEOAH / 2019.10.30 / M70418853';
 * const candidates = [{ type: 'DATE_OF_BIRTH', start: 15, end: 25, text: '1988.02.14', score: 0.6, recognizer: 'date-of-birth' }];
 * addValuesInSiblingRows(text, candidates);
 * candidates[1]?.text; // '2019.10.30'
 */
export function addValuesInSiblingRows(text: string, candidates: PiiFinding[]): void {
  if (!text.includes('\n')) return;
  // Other kinds first: a name is taken only in a row whose other cells hold what the seed's row holds in them.
  const seeds = candidates
    .filter((candidate) => rowTypes.has(candidate.type) && candidate.score >= (candidate.type === 'PERSON' ? weakestNameSeed : weakestSeed))
    .sort((first, second) => Number(first.type === 'PERSON') - Number(second.type === 'PERSON'));
  if (seeds.length === 0) return;
  const byLine = FindingsByLine.of(text, candidates);
  const found: PiiFinding[] = [];
  for (const seed of seeds) {
    const line = lineAround(text, seed.start);
    if (seed.end > line.end || !hasNeighbourRow(text, line)) continue;
    const layout = layoutOf(text, line, seed);
    if (layout === undefined) continue;
    const seedRow = byLine.on(line.start);
    // A date is a birth date in a row of people: the vaccines' or the payments' dates of a table are no one's.
    if (seed.type === 'DATE_OF_BIRTH' && !namesPerson(layout.cells, seedRow)) continue;
    for (const step of [-1, 1]) {
      let row = line;
      for (let reach = 0; reach < rowReach; reach += 1) {
        const next = step < 0 ? lineBefore(text, row) : lineAfter(text, row);
        if (next === undefined || next.end === next.start) break;
        row = next;
        const cells = cellsOf(text, row, layout.breaks);
        if (cells.length !== layout.classes.length || !cells.every((cell, index) => classOf(text, cell) === layout.classes[index])) break;
        const cell = cells[layout.index]!;
        const onRow = byLine.on(row.start);
        // A row whose cell holds that kind already is a seed of its own, and reads on from there: a table of thousands of
        // rows is read once, not once for each row.
        if (cellType(cell, onRow) === seed.type && (seed.type !== 'DATE_OF_BIRTH' || namesPerson(cells, onRow))) break;
        if (onRow.some((other) => other.start < cell.end && cell.start < other.end)) continue;
        const value = text.slice(cell.start, cell.end);
        if (!isShapedAs(value, seed)) continue;
        if (seed.type === 'PERSON' && !holdsAlikeValue({ seedCells: layout.cells, seedRow, cells, row: onRow, skip: layout.index }))
          continue;
        const sibling = { type: seed.type, start: cell.start, end: cell.end, text: value, score: siblingScore, recognizer: recognizerName };
        found.push(sibling);
        byLine.add(sibling);
      }
    }
  }
  for (const finding of found) candidates.push(finding);
}

function namesPerson(cells: readonly Cell[], onRow: readonly PiiFinding[]): boolean {
  return cells.some((cell) => cellType(cell, onRow) === 'PERSON');
}

/** The kind of the finding on a row that spans exactly `cell`, if any. */
function cellType(cell: Cell, onRow: readonly PiiFinding[]): string | undefined {
  return onRow.find((finding) => finding.start === cell.start && finding.end === cell.end)?.type;
}

/** Whether a cell other than the name's holds a value of the kind the seed's row holds in it ("Teina Rapana, 03/11/1984"). */
function holdsAlikeValue(rows: {
  seedCells: readonly Cell[];
  seedRow: readonly PiiFinding[];
  cells: readonly Cell[];
  row: readonly PiiFinding[];
  skip: number;
}): boolean {
  return rows.cells.some((cell, index) => {
    if (index === rows.skip) return false;
    const type = cellType(cell, rows.row);
    return type !== undefined && type === cellType(rows.seedCells[index]!, rows.seedRow);
  });
}

/** How a seed's row is parted, which cell holds the seed, and each cell's kind of characters. */
interface Layout {
  breaks: RegExp;
  cells: Cell[];
  index: number;
  classes: number[];
}

function layoutOf(text: string, line: Cell, seed: PiiFinding): Layout | undefined {
  for (const breaks of cellBreaks) {
    const cells = cellsOf(text, line, breaks);
    if (cells.length < 2) continue;
    const index = cells.findIndex((cell) => cell.start === seed.start && cell.end === seed.end);
    if (index !== -1) return { breaks, cells, index, classes: cells.map((cell) => classOf(text, cell)) };
  }
  return undefined;
}

/** The cells of a line parted by `breaks`, each without its blanks, the list's marker left out of the first. */
function cellsOf(text: string, line: Cell, breaks: RegExp): Cell[] {
  const row = text.slice(line.start, line.end);
  const marker = listMarker.exec(row);
  const cells: Cell[] = [];
  let from = marker === null ? 0 : marker[0].length;
  breaks.lastIndex = from;
  for (let part = breaks.exec(row); part !== null; part = breaks.exec(row)) {
    if (part[0].length === 0) break;
    cells.push(trimmed(text, line.start + from, line.start + part.index));
    from = part.index + part[0].length;
  }
  if (cells.length === 0) return cells;
  cells.push(trimmed(text, line.start + from, line.end));
  return cells;
}

function trimmed(text: string, start: number, end: number): Cell {
  while (start < end && isBlank(text.charCodeAt(start))) start += 1;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end -= 1;
  return { start, end };
}

const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 13;

/** A cell's kind of characters: whether it holds digits, Latin letters, Hangul; an empty cell is a kind of its own. */
function classOf(text: string, cell: Cell): number {
  let kind = 0;
  for (let index = cell.start; index < cell.end; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) kind |= 1;
    else if ((code | 32) >= 97 && (code | 32) <= 122) kind |= 2;
    else if (code >= 0xac00 && code <= 0xd7a3) kind |= 4;
  }
  return cell.end === cell.start ? 8 : kind;
}

/**
 * Whether `value` is written as the seed is: a name as a name of the same script and case, of one to four words; anything
 * else character for character in the same shape (a digit for a digit, a capital for a capital), a birth date a real day.
 */
function isShapedAs(value: string, seed: PiiFinding): boolean {
  if (seed.type === 'PERSON') return nameShape(value) !== undefined && nameShape(value) === nameShape(seed.text);
  if (shapeOf(value) !== shapeOf(seed.text) || value === seed.text) return false;
  return seed.type !== 'DATE_OF_BIRTH' || isPlausibleBirthDate(wholeDateReadings(value));
}

function shapeOf(value: string): string {
  let shape = '';
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) shape += '9';
    else if (code >= 65 && code <= 90) shape += 'A';
    else if (code >= 97 && code <= 122) shape += 'a';
    else if (code >= 0xac00 && code <= 0xd7a3) shape += '가';
    else shape += value[index];
  }
  return shape;
}

/** A word that names a club, a firm or a place, not a person, in a row of people ("Altona Bowls Club"). */
const organisationWord =
  /\b(?:Club|Centre|Center|School|College|University|Hospital|Clinic|Pharmacy|Bank|Ltd|LTD|Inc|LLC|GmbH|Pty|Co|Corp|Group|Council|Church|Hall|Park|Street|Road|Avenue|Store|Shop|Hotel|Cafe|Team|Services?|CLUB|SCHOOL|BANK|HOSPITAL|CLINIC)\b/;
const hangulName = /^[가-힣]{3,4}$/;
const capitalsName = /^[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){1,3}$/;
const titleCaseName = /^[A-Z][a-z'-]+(?: (?:[A-Z][a-z'-]+|[A-Z]\.|bin|binti|de|da|van|von)){1,3}$/;

/** A name's script and case ('hangul', 'capitals', 'title'), or undefined for a cell no name is written as. */
function nameShape(value: string): string | undefined {
  if (hangulName.test(value)) return isPlausibleKoreanName(value) ? 'hangul' : undefined;
  if (organisationWord.test(value)) return undefined;
  if (capitalsName.test(value)) return 'capitals';
  return titleCaseName.test(value) ? 'title' : undefined;
}

/** Whether the line above or below `line` holds anything: a lone line has no sibling to lend to. */
function hasNeighbourRow(text: string, line: Cell): boolean {
  const above = line.start >= 2 && text.charCodeAt(line.start - 2) !== 0x0a;
  const below = line.end + 1 < text.length && text.charCodeAt(line.end + 1) !== 0x0a;
  return above || below;
}

function lineAround(text: string, at: number): Cell {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  return { start, end: newline === -1 ? text.length : newline };
}

function lineBefore(text: string, line: Cell): Cell | undefined {
  return line.start === 0 ? undefined : lineAround(text, line.start - 1);
}

function lineAfter(text: string, line: Cell): Cell | undefined {
  return line.end >= text.length ? undefined : lineAround(text, line.end + 1);
}
