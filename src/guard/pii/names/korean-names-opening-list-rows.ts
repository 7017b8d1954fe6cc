// A Korean full name that opens a numbered or bulleted row of a person's details, its first field before a slash, a bar or
// a tab or a dash: "2) 이미경 / 1964.02.03 / 1-6204718325", "1. 민서준 | 25학번 | 010-4482-0917", "① 어준혁 / EO JUNHYEOK / 여권
// …", a site's training sign-in sheet's "4. 길현우 — 2001.05.30 — 신규 — (서명)"; and
// the names that open two or more lines of a list before an email or a number ("도민재 domj0915@gmail.com").
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { isLikelyKoreanFullName } from './korean-names.ts';

const recognizerName = 'korean-name-opening-row';

/**
 * A row's mark (a number, a circled number, a bullet), the name, and the separator of its first field, or a post or a desk
 * in brackets before the person's phone ("- 봉수현 (물류) 010-7720-3325").
 */
const nameOpeningRow =
  /(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[\u2460-\u2473]|[-•*·])[ \t]*([가-힣]{3,4})[ \t]*(?:[/|—–]|\t|-[ \t]|\([^()\n]{1,20}\)[ \t]*(?=0\d{1,2}-\d{3,4}-\d{4}))/g;
/**
 * A line that opens with a name, a mark before it or none, and goes on to an email or a number after a blank or a comma:
 * one row of a list of people's details ("도민재 domj0915@gmail.com", "모하늘,20231105,haneul_mo"), not of sums or products
 * ("공제계 399,950", "온새미 5G 요금제").
 */
const nameBeforeDetails =
  /(?:(?:\d{1,2}[.)]|[\u2460-\u2473]|[-•*·])[ \t]*)?([가-힣]{3,4})(?:[ \t]*[,/|\t][ \t]*|[ \t]+)(?=[\w.+-]*@|\+?\d[\d.-]{2,}(?![\d.-]*[A-Za-z가-힣]))(?!\d{1,3}(?:,\d{3})+(?!\d)|\d+[ \t]*원)/y;
/**
 * A row's mark, the name and a post or a trade in brackets, then a number further on: a day labour office's or a site's
 * list of its workers ("1. 구본철 (형틀 조공) 일당 170,000 / 010-…", "2. 천상욱 (잡부) 150,000"); a menu's rows read alike
 * ("1. 한우국 (특) 15,000"), so two such rows make the list, and each name must be of common given-name syllables.
 */
const nameBeforeBracketedPost =
  /(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[\u2460-\u2473]|[-•*·])[ \t]*([가-힣]{3,4})[ \t]*\([^()\n]{1,20}\)(?=[^\n]*\d)/g;
/** A row of a person's details holds a number: a birth date, a phone, an identifier, a year of entry. */
const digitAfter = /[^\n]*\d/y;

/**
 * The full names that open rows of details; remembered for the last text.
 *
 * @example
 * findKoreanNamesOpeningListRows('1) 권혁수 / 1962.07.19\n2) 이미경 / 1964.02.03').map((finding) => finding.text); // ['권혁수', '이미경']
 */
export const findKoreanNamesOpeningListRows = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  nameOpeningRow.lastIndex = 0;
  for (let match = nameOpeningRow.exec(text); match !== null; match = nameOpeningRow.exec(text)) {
    const name = match[1]!;
    // The row's shape marks the name as a label does, so a common word's first syllables may open it ("이미경").
    if (!isLikelyKoreanFullName(name, { allowCommonPrefix: true })) continue;
    digitAfter.lastIndex = nameOpeningRow.lastIndex;
    if (!digitAfter.test(text)) continue;
    const start = match.index + match[0].indexOf(name);
    findings.push(finding(name, start));
  }
  const crew: PiiFinding[] = [];
  nameBeforeBracketedPost.lastIndex = 0;
  for (let match = nameBeforeBracketedPost.exec(text); match !== null; match = nameBeforeBracketedPost.exec(text)) {
    const name = match[1]!;
    if (isLikelyKoreanFullName(name, { allowCommonPrefix: true })) crew.push(finding(name, match.index + match[0].indexOf(name)));
  }
  const starts = new Set(findings.map((found) => found.start));
  if (crew.length >= 2) for (const row of crew) addUnlessStartsTaken(findings, row, starts);
  // Without a mark or a field's separator a row alone is not a list: two such rows are.
  const rows: PiiFinding[] = [];
  for (let lineStart = 0; lineStart !== -1;) {
    let at = lineStart;
    while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at += 1;
    // A line that opens with Latin letters, a bracket or a mark of no list is passed over before the pattern.
    if (mayOpenRow(text.charCodeAt(at))) {
      nameBeforeDetails.lastIndex = at;
      const match = nameBeforeDetails.exec(text);
      const name = match?.[1];
      if (name !== undefined && isLikelyKoreanFullName(name, { allowCommonPrefix: true }))
        rows.push(finding(name, at + match![0].indexOf(name)));
    }
    const lineBreak = text.indexOf('\n', lineStart);
    lineStart = lineBreak === -1 ? -1 : lineBreak + 1;
  }
  if (rows.length < 2) return findings;
  for (const row of rows) addUnlessStartsTaken(findings, row, starts);
  return findings;
});

/** Adds `row` unless a finding starts where it does; `starts` holds every finding's start, a long list's in one set. */
function addUnlessStartsTaken(findings: PiiFinding[], row: PiiFinding, starts: Set<number>): void {
  if (starts.has(row.start)) return;
  findings.push(row);
  starts.add(row.start);
}

/** Hangul, a digit, a bullet or a circled number: what a row of a list may open with. */
function mayOpenRow(code: number): boolean {
  return (
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2d ||
    code === 0x2a ||
    code === 0xb7 ||
    code === 0x2022 ||
    (code >= 0x2460 && code <= 0x2473)
  );
}

function finding(name: string, start: number): PiiFinding {
  return { type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName };
}
