// Finds the names in a table pasted as text (CSV, tab-separated, or a Markdown table): the cells of a column whose header
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
  ...['직원명', '사원명', '학생명', '보호자', '작성자', '수취인', '대표자'],
]);
/**
 * Headers of a column that names things as often as people (the "name" or 이름 of a product, a "customer" that is a
 * company): a Latin cell counts under them only with a listed first name or surname, a Korean one only as a full name with
 * common given-name syllables.
 */
const genericHeaders: ReadonlySet<string> = new Set(['name', '이름', 'customer', 'patient', 'employee', 'contact', 'recipient']);
/** A piece of every header above, in any case: the test before a line is split into cells. */
const headerWord =
  /name|surname|customer|patient|employee|contact|recipient|holder|이름|성[명함]|[객자원생]명|예금주|수[령취]인|받는|담당자|신청인|가입자|보호자|작성자|대표자/i;
/** The longest line read as a header, in characters. */
const longestHeader = 240;
/** How many lines from the start a table's header may sit ("아래 명단 확인 부탁드립니다:" before it). */
const headerLinesRead = 5;
/** The most data lines read under one header: a long export is read whole, a runaway text is not. */
const mostRows = 10_000;

interface Table {
  delimiter: string;
  /** Where the first data line starts. */
  rowsStart: number;
  columns: readonly number[];
  /** The columns under a generic header, among `columns`. */
  genericColumns: readonly number[];
}

/**
 * The table whose header names people, if one of the first lines is such a header; remembered for the last text, since
 * the fast path asks first and the search after it.
 */
const nameTableOf = rememberLastText((text: string): Table | undefined => {
  let lineStart = 0;
  for (let line = 0; line < headerLinesRead && lineStart < text.length; line += 1) {
    const lineEnd = endOfLine(text, lineStart);
    if (lineEnd === text.length) return undefined;
    // A header is a short line; a paragraph of prose is not read.
    if (lineEnd - lineStart > longestHeader) {
      lineStart = lineEnd + 1;
      continue;
    }
    const header = text.slice(lineStart, lineEnd);
    const delimiter = header.includes('\t') ? '\t' : header.includes('|') ? '|' : header.includes(',') ? ',' : undefined;
    // One test for a header word first: a line of prose with a comma is split no further.
    if (delimiter !== undefined && headerWord.test(header)) {
      const headers = header.split(delimiter).map((cell) => cell.replace(/[\s_"'*`]/g, '').toLowerCase());
      const columnsUnder = (names: ReadonlySet<string>) => headers.flatMap((cell, index) => (names.has(cell) ? [index] : []));
      const genericColumns = columnsUnder(genericHeaders);
      const columns = [...columnsUnder(personHeaders), ...genericColumns];
      if (columns.length > 0) return { delimiter, rowsStart: lineEnd + 1, columns, genericColumns };
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
});

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/**
 * Whether `text` holds a line break and, in its first lines, the header of a column of names: the cheap test before the
 * search, which a chat turn without a line break passes at one bit test of the feature pass.
 *
 * @example
 * mayHoldNameTable('name,phone\nKim Minsu,010-1234-5678'); // true
 * mayHoldNameTable('배송 언제 와요?'); // false
 */
export function mayHoldNameTable(text: string): boolean {
  return hasFeatures(textFeatures(text), textFeature.lineBreak) && nameTableOf(text) !== undefined;
}

/**
 * The names in the name columns of a table pasted as text, each cell a name alone: a Korean name, or Latin words that
 * read as a name (capitalised or in capitals, none a word that is no name).
 *
 * @example
 * findNamesInTables('이름,전화\n김민수,010-1234-5678\n이영희,010-2222-3333').map((finding) => finding.text); // ['김민수', '이영희']
 */
export function findNamesInTables(text: string): PiiFinding[] {
  const table = nameTableOf(text);
  if (table === undefined) return [];
  const findings: PiiFinding[] = [];
  let lineStart = table.rowsStart;
  for (let row = 0; row < mostRows && lineStart < text.length; row += 1) {
    const lineEnd = endOfLine(text, lineStart);
    // A blank line or a line without the delimiter ends the table.
    if (!text.slice(lineStart, lineEnd).includes(table.delimiter)) break;
    readRow(text, { lineStart, lineEnd, table, findings });
    lineStart = lineEnd + 1;
  }
  return findings;
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
