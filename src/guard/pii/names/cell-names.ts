// Finds the names that fill a cell of a table, a statement or a signature on their own, where no header names the column:
// "| 제우진 | 영업 | 02)514-3387 |", "2024-08-01\t입금\t김민영\t1,500,000", "정하늘 | 교육팀 대리", "| Aminata Diallo | Finance |".
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { isHangulSyllable } from './hangul.ts';
import { firstNamesThatAreWords } from './english-name-words.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { jobTitles } from './korean-name-words.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { latinNameAfter } from './latin-name.ts';
import { columnKindOf, isCellPadding } from '../tables/index.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

export const cellNameRecognizerName = 'cell-person-name';

/**
 * Words a cell may hold before the name: a title ("팀장 구하은"), a transfer's kind or purpose ("이체 김영호", "타행입금 한수빈",
 * "모임통장 정산 추다빈", "월세 양철규"), a bride or a groom, a parent.
 */
const wordsBeforeName: ReadonlySet<string> = new Set([
  ...jobTitles,
  ...['이체', '입금', '출금', '송금', '타행입금', '타행이체', '자동이체', '모바일', '모바일입금', '인터넷입금', '정산', '월세'],
  ...['신부', '신랑', '어머니', '아버지'],
]);
/** What a cell may hold after a Korean name: a relation in brackets ("강민석(부)") or a letter's sign-off ("표승연 드림"). */
const afterKoreanName = /^(?:\([가-힣]{1,2}\)| 드림)?$/;
/** The longest cell read for a name ("Joseph Kiprotich Rono", "팀장 구하은", "강민석(부)"). */
const longestNameCell = 32;
/** A comma-separated row: three commas or more, none followed by a blank, as an export writes them and prose does not. */
const fewestCsvCommas = 3;

/**
 * Names alone in the cells of lines split by bars or tabs, or of comma-separated rows: a Korean full name with common
 * given-name syllables, or two or three Latin name words that open with a listed first name. Remembered for the last text.
 *
 * @example
 * findNamesInCells('| 제우진 | 영업 | 02)514-3387 |').map((finding) => finding.text); // ['제우진']
 * findNamesInCells('| 사과 | 3,000원 |'); // []
 */
export const findNamesInCells = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  // Only the lines that hold a delimiter are read, each once: a document of prose holds a few. The search for the next
  // delimiter goes on from the end of the line read, so a long line of them is not looked back over at each.
  const linesRead = new Set<number>();
  const readLineAt = (at: number): number => {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineBreak = text.indexOf('\n', at);
    const lineEnd = lineBreak === -1 ? text.length : lineBreak;
    if (linesRead.has(lineStart)) return lineEnd;
    linesRead.add(lineStart);
    readCells(text, { lineStart, lineEnd, findings });
    return lineEnd;
  };
  for (const delimiter of ['|', '\t']) {
    let at = text.indexOf(delimiter);
    while (at !== -1) at = text.indexOf(delimiter, readLineAt(at) + 1);
  }
  if (text.includes('\n')) {
    csvCommas.lastIndex = 0;
    while (csvCommas.test(text)) csvCommas.lastIndex = readLineAt(csvCommas.lastIndex - 1);
  }
  return findings;
});

function readCells(text: string, line: { lineStart: number; lineEnd: number; findings: PiiFinding[] }): void {
  const delimiter = cellDelimiter(text, line.lineStart, line.lineEnd);
  if (delimiter === undefined) return;
  const names: PiiFinding[] = [];
  for (let cellStart = line.lineStart; cellStart <= line.lineEnd;) {
    let cellEnd = text.indexOf(delimiter, cellStart);
    if (cellEnd === -1 || cellEnd > line.lineEnd) cellEnd = line.lineEnd;
    const finding = nameFillingCell(text, cellStart, cellEnd);
    if (finding !== undefined) names.push(finding);
    cellStart = cellEnd + 1;
  }
  // Asked only where a cell read as a name: most rows hold none.
  if (names.length > 0 && !isHeaderRow(text.slice(line.lineStart, line.lineEnd), delimiter) && !isAboveRule(text, line.lineEnd))
    line.findings.push(...names);
}

/** A Markdown table's rule ("|---|:--:|"): the row above it holds the headers, whatever words they are ("| 가동률 |"). */
const markdownRule = /\r?\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|/y;

function isAboveRule(text: string, lineEnd: number): boolean {
  markdownRule.lastIndex = lineEnd;
  return markdownRule.test(text);
}

/** Headers of columns that hold no person, as tables of money, goods and records open with them. */
const headersOfNoPerson: ReadonlySet<string> = new Set([
  ...['번호', '순번', '구분', '금액', '비고', '수량', '단가', '합계', '날짜', '일자', '부서', '사번', '규격', '품목', '면적', '직위'],
  ...['직급', '소속', '상태', '메모', '내용', '항목', '은행코드', '지급액', '실지급액', '잔액', '기간', '용도'],
  ...['no', 'no.', '#', 'date', 'amount', 'qty', 'quantity', 'item', 'notes', 'note', 'status', 'department', 'dept', 'total'],
]);
/** Two headers in a row make it the header row: "사번,성명,생년월일,은행코드,은행명,…", "| 번호 | 소재지 | … | 구분 |". */
const fewestHeadersOfHeaderRow = 2;

/** Whether the row holds the headers of its table: a word in it in a name's shape ("은행명", "소재지") is one too. */
function isHeaderRow(row: string, delimiter: string): boolean {
  let headers = 0;
  for (const cell of row.split(delimiter)) {
    // "면적(㎡)", "금액(만원)": a unit in brackets after the header.
    const header = cell
      .trim()
      .replace(/\(.*\)$/, '')
      .toLowerCase();
    if (header === '' || (!headersOfNoPerson.has(header) && columnKindOf(header) === undefined)) continue;
    headers += 1;
    if (headers >= fewestHeadersOfHeaderRow) return true;
  }
  return false;
}

/**
 * Whether the text may hold a cell at all: a bar, a tab, or in a text of several lines a comma with no blank after it.
 * Remembered for the last text, which the fast path, the precheck and the search each ask about. Most chat turns hold
 * none, and skip the line-by-line read.
 *
 * @example
 * mayHoldCells('| 제우진 | 영업 |'); // true
 * mayHoldCells('배송 언제 와요?'); // false
 */
/** The marks a cell or a row needs: a bar, a tab or a line break. */
const cellMarks = characterPairWords('|', '\t', '\n');

export const mayHoldCells = rememberLastText(
  (text: string): boolean =>
    mayHoldAnyWord(text, cellMarks) && (text.includes('|') || text.includes('\t') || (text.includes('\n') && csvComma.test(text))),
);

/** A comma with a field right after it, as an export writes ("T-99122,Sandeep Bhatt"); prose puts a blank there. */
const csvComma = /,[^ \t\d\n]/;
const csvCommas = new RegExp(csvComma.source, 'g');

/** A bar or a tab in the line, or a comma when the line is a comma-separated row; undefined otherwise. */
function cellDelimiter(text: string, start: number, end: number): string | undefined {
  let commas = 0;
  for (let at = start; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 0x7c) return '|';
    if (code === 0x09) return '\t';
    if (code === 0x2c) {
      if (text.charCodeAt(at + 1) === 0x20) return undefined;
      commas += 1;
    }
  }
  return commas >= fewestCsvCommas ? ',' : undefined;
}

function nameFillingCell(text: string, start: number, end: number): PiiFinding | undefined {
  while (start < end && isCellPadding(text.charCodeAt(start))) start += 1;
  while (end > start && isCellPadding(text.charCodeAt(end - 1))) end -= 1;
  // A name, with a title before it or a mark after it, fills a short cell; a description is read no further.
  if (end - start < 3 || end - start > longestNameCell) return undefined;
  const value = text.slice(start, end);
  if (isHangulSyllable(value.charCodeAt(0))) {
    const blank = value.indexOf(' ');
    const second = blank === -1 ? -1 : value.indexOf(' ', blank + 1);
    // The word right before the name tells: one word ("입금 김민영") or two ("모임통장 정산 추다빈").
    const nameStart =
      blank !== -1 && wordsBeforeName.has(value.slice(0, blank))
        ? blank + 1
        : second !== -1 && wordsBeforeName.has(value.slice(blank + 1, second))
          ? second + 1
          : 0;
    for (const length of [3, 4]) {
      const name = value.slice(nameStart, nameStart + length);
      if (!afterKoreanName.test(value.slice(nameStart + length))) continue;
      if (!isPlausibleKoreanName(name) || !hasCommonGivenName(name)) continue;
      return finding(text, start + nameStart, start + nameStart + length);
    }
    return undefined;
  }
  const name = latinNameAfter(value, { start: 0 });
  if (name === undefined || name.end !== value.length || name.wordCount < 2 || !name.knownFirstName) return undefined;
  // "Grace Cleaner", "Rose Gold": a first name that is a word too starts as many products.
  if (firstNamesThatAreWords.has(value.slice(0, value.indexOf(' ')))) return undefined;
  return finding(text, start, end);
}

function finding(text: string, start: number, end: number): PiiFinding {
  return { type: 'PERSON', start, end, text: text.slice(start, end), score: 0.7, recognizer: cellNameRecognizerName };
}
