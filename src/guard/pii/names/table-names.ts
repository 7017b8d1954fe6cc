// Finds the names in a table pasted as text (CSV with commas or semicolons, tab-separated, or a Markdown table): the cells of a column whose header
// names people ("이름", "성명", "name", "customer_name"), where a cell alone carries no other context.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { isHangulSyllable } from './hangul.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { isListedLatinName, latinNameAfter } from './latin-name.ts';

export const tableNameRecognizerName = 'table-person-name';

/** Headers of a column of people's names, compared in lower case with blanks, underscores and quotes left out. */
const personHeaders: ReadonlySet<string> = new Set([
  ...['fullname', 'firstname', 'lastname', 'givenname', 'surname', 'familyname', 'customername', 'patientname'],
  ...['employeename', 'contactname', 'accountholder'],
  ...['성명', '성함', '고객명', '환자명', '예금주', '수령인', '받는분', '담당자', '신청인', '가입자', '가입자명'],
  ...['직원명', '사원명', '학생명', '보호자', '작성자', '수취인', '대표자', '영문명', '영문성명', '영문이름'],
  ...['forename', 'forenames', 'firstnames', 'displayname'],
]);
/**
 * Headers of a column that names things as often as people (the "name" or 이름 of a product, a "customer" that is a
 * company): a Latin cell counts under them only with a listed first name or surname, a Korean one only as a full name with
 * common given-name syllables.
 */
const genericHeaders: ReadonlySet<string> = new Set(['name', '이름', 'customer', 'patient', 'employee', 'contact', 'recipient']);
/** A piece of every header above, in any case: the test before a line is split into cells. */
const headerWord =
  /name|surname|customer|patient|employee|contact|recipient|holder|forename|이름|성[명함]|[객자원생문]명|예금주|수[령취]인|받는|담당자|신청인|가입자|보호자|작성자|대표자/i;
/** The longest line read as a header, in characters. */
const longestHeader = 240;
/** How many lines from the start a table's header may sit ("아래 명단 확인 부탁드립니다:" before it). */
const headerLinesRead = 5;

interface Table {
  delimiter: string;
  /** Where the first data line starts. */
  rowsStart: number;
  columns: readonly number[];
  /** The columns under a generic header, among `columns`. */
  genericColumns: readonly number[];
}

/**
 * The tables whose header names people: a header among the first lines, or on the first line after a blank line (a
 * reply or a document that opens with prose, then a table); remembered for the last text, since the fast path asks first
 * and the search after it.
 */
const nameTablesOf = rememberLastText((text: string): readonly Table[] => {
  const tables: Table[] = [];
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
  let from = tables.length > 0 ? rowsEnd(text, tables[0]!) : lineStart;
  for (let headerStart = lineAfterBlankLine(text, from); headerStart !== -1; headerStart = lineAfterBlankLine(text, from)) {
    const headerEnd = endOfLine(text, headerStart);
    if (headerEnd === text.length) break;
    const table = tableUnderHeader(text, { lineStart: headerStart, lineEnd: headerEnd });
    if (table !== undefined) tables.push(table);
    from = table === undefined ? headerEnd : Math.max(headerEnd, rowsEnd(text, table));
  }
  return tables;
});

/** The table whose header is the line from `lineStart` to `lineEnd`, when that header names a column of people. */
function tableUnderHeader(text: string, line: { lineStart: number; lineEnd: number }): Table | undefined {
  // A header is a short line with a row under it, not a Markdown heading or list item: a paragraph of prose, a heading
  // or a list is not read.
  if (line.lineEnd - line.lineStart > longestHeader || opensHeadingOrItem(text, line.lineStart) || isBlankLine(text, line.lineEnd + 1))
    return undefined;
  const delimiter = delimiterIn(text, line.lineStart, line.lineEnd);
  if (delimiter === undefined) return undefined;
  const header = text.slice(line.lineStart, line.lineEnd);
  // A table has a row: the next line holds the delimiter too, and a comma-separated one as many commas as the header
  // (a line of prose with a comma is followed by anything but that). Tested before the header's words are read.
  const next = text.slice(line.lineEnd + 1, endOfLine(text, line.lineEnd + 1));
  if (!next.includes(delimiter) || (delimiter === ',' && fieldCommas(next) !== fieldCommas(header))) return undefined;
  if (!headerWord.test(header)) return undefined;
  const headers = header.split(delimiter).map((cell) => cell.replace(/[\s_"'*`]/g, '').toLowerCase());
  const columnsUnder = (names: ReadonlySet<string>) => headers.flatMap((cell, index) => (names.has(cell) ? [index] : []));
  const genericColumns = columnsUnder(genericHeaders);
  const columns = [...columnsUnder(personHeaders), ...genericColumns];
  return columns.length > 0 ? { delimiter, rowsStart: line.lineEnd + 1, columns, genericColumns } : undefined;
}

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
function rowsEnd(text: string, table: Table): number {
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
  for (let lineBreak = text.indexOf('\n', Math.max(0, from - 1)); lineBreak !== -1; lineBreak = text.indexOf('\n', lineBreak + 1)) {
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

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/**
 * Whether `text` holds a line break and, in its first lines or after a blank line, the header of a column of names: the
 * cheap test before the search, which a chat turn without a line break passes at one bit test of the feature pass.
 *
 * @example
 * mayHoldNameTable('name,phone\nKim Minsu,010-1234-5678'); // true
 * mayHoldNameTable('배송 언제 와요?'); // false
 */
export function mayHoldNameTable(text: string): boolean {
  return hasFeatures(textFeatures(text), textFeature.lineBreak) && nameTablesOf(text).length > 0;
}

/**
 * The names in the name columns of a table pasted as text, each cell a name alone: a Korean name, or Latin words that
 * read as a name (capitalised or in capitals, none a word that is no name).
 *
 * @example
 * findNamesInTables('이름,전화\n김민수,010-1234-5678\n이영희,010-2222-3333').map((finding) => finding.text); // ['김민수', '이영희']
 */
export function findNamesInTables(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const table of nameTablesOf(text)) {
    const end = rowsEnd(text, table);
    for (let lineStart = table.rowsStart; lineStart < end;) {
      const lineEnd = endOfLine(text, lineStart);
      readRow(text, { lineStart, lineEnd, table, findings });
      lineStart = lineEnd + 1;
    }
  }
  return findings;
}

/**
 * The header line of a name table still open at the end of `text`: its rows run to the last line break, and the line
 * after it, still arriving, may be one more. What a stream carries past its scan window, so that the rows of a long
 * table keep being read under their header; undefined when no such table is open.
 *
 * @example
 * openNameTableHeader('| 이름 | 등급 |\n|---|---|\n| 김민수 | 골드 |\n| 이'); // '| 이름 | 등급 |'
 * openNameTableHeader('| 이름 | 등급 |\n| 김민수 | 골드 |\n\n감사합니다.'); // undefined
 */
export function openNameTableHeader(text: string): string | undefined {
  const whole = text.slice(0, text.lastIndexOf('\n') + 1);
  const last = nameTablesOf(whole).at(-1);
  if (last === undefined || rowsEnd(whole, last) < whole.length) return undefined;
  const headerEnd = last.rowsStart - 1;
  return whole.slice(whole.lastIndexOf('\n', headerEnd - 1) + 1, headerEnd);
}

function readRow(text: string, row: { lineStart: number; lineEnd: number; table: Table; findings: PiiFinding[] }): void {
  const { lineStart, lineEnd, table, findings } = row;
  let cellStart = lineStart;
  for (let column = 0; cellStart <= lineEnd; column += 1) {
    let cellEnd = text.indexOf(table.delimiter, cellStart);
    if (cellEnd === -1 || cellEnd > lineEnd) cellEnd = lineEnd;
    if (table.columns.includes(column)) {
      const finding = nameInCell(text, { start: cellStart, end: cellEnd, listedOnly: table.genericColumns.includes(column) });
      if (finding !== undefined) findings.push(finding);
    }
    cellStart = cellEnd + 1;
  }
}

/**
 * The name that fills the cell between `cell.start` and `cell.end`, blanks, quotes and a carriage return aside; under a
 * generic header (`cell.listedOnly`) a Latin one with a listed first name or surname and a Korean full name only.
 */
function nameInCell(text: string, cell: { start: number; end: number; listedOnly: boolean }): PiiFinding | undefined {
  let { start, end } = cell;
  while (start < end && isPadding(text.charCodeAt(start))) start += 1;
  while (end > start && isPadding(text.charCodeAt(end - 1))) end -= 1;
  if (end - start < 2) return undefined;
  const value = text.slice(start, end);
  const finding: PiiFinding = { type: 'PERSON', start, end, text: value, score: 0.8, recognizer: tableNameRecognizerName };
  // Under a generic header, a Korean full name with common given-name syllables only ("사과" may name a product).
  if (isHangulSyllable(value.charCodeAt(0)))
    return isPlausibleKoreanName(value) && (!cell.listedOnly || (value.length >= 3 && hasCommonGivenName(value))) ? finding : undefined;
  const name = latinNameAfter(value, { start: 0, allowUppercase: true });
  if (name === undefined || name.end !== value.length || (cell.listedOnly && !isListedLatinName(value))) return undefined;
  return finding;
}

/** A blank, a tab, a quote or a carriage return around a cell's value. */
function isPadding(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x22 || code === 0x27 || code === 0x0d;
}
