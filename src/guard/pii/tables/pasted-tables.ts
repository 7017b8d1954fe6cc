// Tables pasted as text (CSV with commas or semicolons, tab-separated, Markdown): where each starts, where its rows end,
// and what its header says each column holds. A cell alone carries no context; the header is the label it lacks.
import { rememberLastText } from '../last-text-memo.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import {
  type ColumnKind,
  columnHeaderWord,
  columnKindOf,
  isPatientHeader,
  isPersonAttributeHeader,
  isRegistrationHeader,
} from './column-headers.ts';

/** The longest line read as a header, in characters. */
const longestHeader = 240;
/** How many lines from the start a table's header may sit ("아래 명단 확인 부탁드립니다:" before it). */
const headerLinesRead = 5;

/** A table pasted as text whose header names what some of its columns hold. */
export interface PastedTable {
  delimiter: string;
  /** Where the first data line starts. */
  rowsStart: number;
  /** What each column holds by its header, in order; undefined for a column whose header names nothing known. */
  columns: readonly (ColumnKind | undefined)[];
}

/**
 * The tables of `text` whose header names what a column holds: a header among the first lines, or on the first line
 * after a blank line (a reply or a document that opens with prose, then a table); remembered for the last text, since the
 * fast path asks first and the search after it.
 *
 * @example
 * tablesIn('name,dob\nKim Minsu,1990-01-02')[0]?.columns; // ['generic-person', 'DATE_OF_BIRTH']
 */
export const tablesIn = rememberLastText((text: string): readonly PastedTable[] => {
  const tables: PastedTable[] = [];
  let lineStart = 0;
  for (let line = 0; line < headerLinesRead && lineStart < text.length; line += 1) {
    const lineEnd = endOfLine(text, lineStart);
    if (lineEnd === text.length) return tables;
    const table = tableUnderHeader(text, { lineStart, lineEnd });
    if (table !== undefined) {
      tables.push(table);
      break;
    }
    lineStart = lineEnd + 1;
  }
  // The scan goes on after the rows of a table found, so its rows are not read twice.
  let from = tables.length > 0 ? tablesAfterRows(text, tables, rowsEnd(text, tables[0]!)) : lineStart;
  for (let headerStart = lineAfterBlankLine(text, from); headerStart !== -1; headerStart = lineAfterBlankLine(text, from)) {
    const headerEnd = endOfLine(text, headerStart);
    if (headerEnd === text.length) break;
    const table = tableUnderHeader(text, { lineStart: headerStart, lineEnd: headerEnd }) ?? tableUnderCaption(text, headerEnd);
    if (table !== undefined) tables.push(table);
    from = table === undefined ? headerEnd : Math.max(headerEnd, tablesAfterRows(text, tables, rowsEnd(text, table)));
  }
  return text.includes('\n|') ? withMarkdownTables(text, tables) : tables;
});

/**
 * A table whose header stands right under a caption line after a blank line, as an export or an audit's workpaper titles
 * each of its tables ("mileage_claims (personal vehicle, $0.67/mi)", then "claimant,vehicle_plate,date,…").
 */
function tableUnderCaption(text: string, captionEnd: number): PastedTable | undefined {
  const lineStart = captionEnd + 1;
  const lineEnd = endOfLine(text, lineStart);
  return lineEnd === text.length ? undefined : tableUnderHeader(text, { lineStart, lineEnd });
}

/**
 * A table's header again right under the rows of one, or under a caption line after them, as a certificate lists the
 * holder and then the family ("가족사항", then 구분 | 성명 | 출생연월일 again): each such table is pushed to `tables`.
 * Returns where the last one's rows end.
 */
function tablesAfterRows(text: string, tables: PastedTable[], end: number): number {
  for (let lineStart = end, line = 0; line < 2 && lineStart < text.length; line += 1) {
    const lineEnd = endOfLine(text, lineStart);
    if (lineEnd === text.length) break;
    const table = tableUnderHeader(text, { lineStart, lineEnd });
    if (table !== undefined) {
      tables.push(table);
      return tablesAfterRows(text, tables, rowsEnd(text, table));
    }
    lineStart = lineEnd + 1;
  }
  return end;
}

/**
 * A Markdown table's header may open anywhere, below a few lines of a booking's or a form's fields: its first line opens
 * with a bar, the line above does not. Tables already found keep their rows.
 */
function withMarkdownTables(text: string, tables: PastedTable[]): readonly PastedTable[] {
  // Each table's lines, from its header to its last row, measured once: the search jumps past them, so a long table's
  // rows are not read again for each of its lines.
  const spans = tables.map((table) => ({ start: text.lastIndexOf('\n', table.rowsStart - 2) + 1, end: rowsEnd(text, table) }));
  for (let lineBreak = text.indexOf('\n|'); lineBreak !== -1; lineBreak = text.indexOf('\n|', lineBreak + 1)) {
    const headerStart = lineBreak + 1;
    const inside = spans.find((span) => headerStart >= span.start && headerStart < span.end);
    if (inside !== undefined) {
      lineBreak = inside.end - 1;
      continue;
    }
    const lineAbove = text.lastIndexOf('\n', lineBreak - 1) + 1;
    if (text.charCodeAt(lineAbove) === 0x7c && lineAbove < lineBreak) continue;
    const headerEnd = endOfLine(text, headerStart);
    if (headerEnd === text.length) break;
    const table = tableUnderHeader(text, { lineStart: headerStart, lineEnd: headerEnd });
    if (table === undefined) continue;
    tables.push(table);
    const end = rowsEnd(text, table);
    spans.push({ start: headerStart, end });
    lineBreak = end - 1;
  }
  return tables;
}

/** The table whose header is the line from `lineStart` to `lineEnd`, when that header names what a column holds. */
function tableUnderHeader(text: string, line: { lineStart: number; lineEnd: number }): PastedTable | undefined {
  // A header is a short line with a row under it, not a Markdown heading or list item: a paragraph of prose, a heading
  // or a list is not read.
  if (line.lineEnd - line.lineStart > longestHeader || opensHeadingOrItem(text, line.lineStart) || isBlankLine(text, line.lineEnd + 1))
    return undefined;
  const delimiter = delimiterIn(text, line.lineStart, line.lineEnd);
  if (delimiter === undefined) return undefined;
  const header = text.slice(line.lineStart, line.lineEnd);
  // A table has a row: the next line holds the delimiter too, and a comma-separated one as many commas as the header
  // (a line of prose with a comma is followed by anything but that). Tested before the header's words are read. A
  // database console's rule under the header ("----+----") comes before the rows.
  let rowsStart = line.lineEnd + 1;
  let next = text.slice(rowsStart, endOfLine(text, rowsStart));
  if (delimiter === '|' && consoleRule.test(next)) {
    rowsStart += next.length + 1;
    next = text.slice(rowsStart, endOfLine(text, rowsStart));
  }
  if (!next.includes(delimiter) || (delimiter === ',' && fieldCommas(next) !== fieldCommas(header))) return undefined;
  if (!columnHeaderWord.test(header)) return undefined;
  // An expiry column counts beside a card's: the "exp" of food or a licence is no card's.
  const besideCard = /pan|card|카드/i.test(header);
  const cells = header.split(delimiter);
  // A column headed "name" beside a person's birth date, or two of an age, a sex, a nationality and a relation, names
  // people, as a ticket's or a roster's does ("# | Name | Age | Gender"); a wine's or a machine's age alone does not.
  const ofPeople = cells.some((cell) => columnKindOf(cell) === 'DATE_OF_BIRTH') || cells.filter(isPersonAttributeHeader).length >= 2;
  // Beside a column of patients, a registration number is the hospital's for them, not a car's.
  const ofPatients = cells.some(isPatientHeader);
  const columns = cells.map((cell) => {
    if (ofPatients && isRegistrationHeader(cell)) return 'MEDICAL_RECORD';
    const kind = columnKindOf(cell);
    if (kind === 'generic-person' && ofPeople) return 'person';
    return kind === 'CARD_EXPIRY' && !besideCard ? undefined : kind;
  });
  return columns.some((kind) => kind !== undefined) ? { delimiter, rowsStart, columns } : undefined;
}

/** The rule a database console draws under a table's header: dashes joined by pluses ("----+-----", MySQL's "+----+----+"). */
const consoleRule = /^[ \t]*\+?-{2,}(?:\+-{2,})+\+?[ \t\r]*$/;

/**
 * A tab, a bar, a semicolon (the CSV of European spreadsheets) or a comma in the line, in that order of preference, read in
 * place; undefined when it holds none.
 */
function delimiterIn(text: string, start: number, end: number): string | undefined {
  let seen = 0;
  for (let at = start; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x09) return '\t';
    if (code === 0x7c) seen |= 2;
    else if (code === 0x3b) seen |= 4;
    else if (code === 0x2c) seen |= 1;
  }
  return (seen & 2) !== 0 ? '|' : (seen & 4) !== 0 ? ';' : seen !== 0 ? ',' : undefined;
}

/** The commas of a CSV line outside double quotes (`"Seoul, Gangnam"` is one field). */
function fieldCommas(line: string): number {
  let count = 0;
  let quoted = false;
  for (let at = 0; at < line.length; at += 1) {
    const code = line.charCodeAt(at);
    if (code === 0x22) quoted = !quoted;
    else if (code === 0x2c && !quoted) count += 1;
  }
  return count;
}

/** Where the rows of `table` end: at a blank line, a line without its delimiter, or the text's end. */
export function rowsEnd(text: string, table: PastedTable): number {
  // Every line is read once, so an export of any length is read whole.
  let lineStart = table.rowsStart;
  while (lineStart < text.length) {
    const lineEnd = endOfLine(text, lineStart);
    if (!text.slice(lineStart, lineEnd).includes(table.delimiter)) return lineStart;
    lineStart = lineEnd + 1;
  }
  return text.length;
}

/**
 * Where the first line after a blank line at or after `from` starts (a blank line's break before `from` counts), or -1:
 * after a blank line a header may open a table anywhere in a document or a reply.
 */
function lineAfterBlankLine(text: string, from: number): number {
  // From two before `from`: a header right after the blank line the first lines' search ended on has its gap found too.
  for (let lineBreak = text.indexOf('\n', Math.max(0, from - 2)); lineBreak !== -1; lineBreak = text.indexOf('\n', lineBreak + 1)) {
    let next = lineBreak + 1;
    while (next < text.length && isBlankOrReturn(text.charCodeAt(next))) next += 1;
    if (next >= text.length || text.charCodeAt(next) !== 0x0a) continue;
    // Further blank lines belong to the same gap; the line after them starts after its last line break.
    let lineStart = next + 1;
    for (let at = lineStart; at < text.length; at += 1) {
      const code = text.charCodeAt(at);
      if (code === 0x0a) lineStart = at + 1;
      else if (!isBlankOrReturn(code)) return lineStart;
    }
    return -1;
  }
  return -1;
}

/** Whether the line at `start` opens with "#", "- ", "* ", "+ " or "1. ", as a Markdown heading or list item does. */
function opensHeadingOrItem(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  // "# Heading", but not the row-number column of a table ("# | Name | Age").
  if (first === 0x23) return !/^#[ \t]*[|,;\t]/.test(text.slice(start, start + 4));
  if ((first === 0x2d || first === 0x2a || first === 0x2b) && text.charCodeAt(start + 1) === 0x20) return true;
  let at = start;
  while (at < start + 3 && text.charCodeAt(at) >= 0x30 && text.charCodeAt(at) <= 0x39) at += 1;
  return at > start && text.charCodeAt(at) === 0x2e && text.charCodeAt(at + 1) === 0x20;
}

/** Whether the line that starts at `start` holds only blanks, or the text has ended. */
function isBlankLine(text: string, start: number): boolean {
  for (let at = start; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x0a) return true;
    if (!isBlankOrReturn(code)) return false;
  }
  return true;
}

function isBlankOrReturn(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d;
}

export function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/**
 * Whether `text` holds a line break and, in its first lines or after a blank line, a header that names what a column
 * holds: the cheap test before the search, which a chat turn without a line break passes at one bit test of the feature
 * pass.
 *
 * @example
 * mayHoldTable('name,phone\nKim Minsu,010-1234-5678'); // true
 * mayHoldTable('배송 언제 와요?'); // false
 */
export function mayHoldTable(text: string): boolean {
  return hasFeatures(textFeatures(text), textFeature.lineBreak) && tablesIn(text).length > 0;
}

/** A cell of a table's row: its column and its value's span, blanks, quotes and a carriage return around it left out. */
export interface TableCell {
  column: number;
  start: number;
  end: number;
}

/**
 * Every cell under a column whose header names something (`columns` of `table`), row by row.
 *
 * @example
 * const text = 'name,dob\nKim Minsu,1990-01-02';
 * [...cellsUnderHeaders(text, tablesIn(text)[0]!)].map((cell) => text.slice(cell.start, cell.end)); // ['Kim Minsu', '1990-01-02']
 */
export function* cellsUnderHeaders(text: string, table: PastedTable): Generator<TableCell> {
  const end = rowsEnd(text, table);
  for (let lineStart = table.rowsStart; lineStart < end;) {
    const lineEnd = endOfLine(text, lineStart);
    let cellStart = lineStart;
    for (let column = 0; cellStart <= lineEnd && column < table.columns.length; column += 1) {
      const cellEnd = cellEndAt(text, { cellStart, lineEnd, delimiter: table.delimiter });
      if (table.columns[column] !== undefined) {
        let start = cellStart;
        let valueEnd = cellEnd;
        while (start < valueEnd && isCellPadding(text.charCodeAt(start))) start += 1;
        while (valueEnd > start && isCellPadding(text.charCodeAt(valueEnd - 1))) valueEnd -= 1;
        if (valueEnd > start) yield { column, start, end: valueEnd };
      }
      cellStart = cellEnd + 1;
    }
    lineStart = lineEnd + 1;
  }
}

/** Where the cell at `cellStart` ends: at the next delimiter outside double quotes (`"Seoul, Gangnam"` is one field), or the line's end. */
function cellEndAt(text: string, cell: { cellStart: number; lineEnd: number; delimiter: string }): number {
  const { cellStart, lineEnd, delimiter } = cell;
  let from = cellStart;
  // A tab right after a tab closes an empty cell (a TSV row with no mobile number), so it is no padding.
  const delimiterCode = delimiter.charCodeAt(0);
  while (from < lineEnd && isBlankOrReturn(text.charCodeAt(from)) && text.charCodeAt(from) !== delimiterCode) from += 1;
  if (text.charCodeAt(from) === 0x22) {
    const closing = text.indexOf('"', from + 1);
    if (closing !== -1 && closing < lineEnd) from = closing + 1;
  }
  const end = text.indexOf(delimiter, from);
  return end === -1 || end > lineEnd ? lineEnd : end;
}

/** A blank, a tab, a quote or a carriage return around a cell's value. */
export function isCellPadding(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x22 || code === 0x27 || code === 0x0d;
}

/**
 * The header line of a table still open at the end of `text`: its rows run to the last line break, and the line after
 * it, still arriving, may be one more. What a stream carries past its scan window, so that the rows of a long table keep
 * being read under their header; undefined when no such table is open.
 *
 * @example
 * openTableHeader('| 이름 | 등급 |\n|---|---|\n| 김민수 | 골드 |\n| 이'); // '| 이름 | 등급 |'
 * openTableHeader('| 이름 | 등급 |\n| 김민수 | 골드 |\n\n감사합니다.'); // undefined
 */
export function openTableHeader(text: string): string | undefined {
  const whole = text.slice(0, text.lastIndexOf('\n') + 1);
  const last = tablesIn(whole).at(-1);
  if (last === undefined || rowsEnd(whole, last) < whole.length) return undefined;
  const headerEnd = last.rowsStart - 1;
  let headerStart = whole.lastIndexOf('\n', headerEnd - 1) + 1;
  // A console's rule goes with the header above it.
  if (consoleRule.test(whole.slice(headerStart, headerEnd))) headerStart = whole.lastIndexOf('\n', headerStart - 2) + 1;
  return whole.slice(headerStart, headerEnd);
}
