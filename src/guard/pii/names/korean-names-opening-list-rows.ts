// A Korean full name that opens a numbered or bulleted row of a person's details, its first field before a slash, a bar or
// a tab: "2) 이미경 / 1964.02.03 / 1-6204718325", "1. 민서준 | 25학번 | 010-4482-0917", "① 어준혁 / EO JUNHYEOK / 여권 …".
import type { PiiFinding } from '../types.ts';
import { isLikelyKoreanFullName } from './korean-names.ts';

const recognizerName = 'korean-name-opening-row';

/** A row's mark (a number, a circled number, a bullet), the name, and the separator of its first field. */
const nameOpeningRow = /(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[\u2460-\u2473]|[-•*·])[ \t]*([가-힣]{3,4})[ \t]*(?:[/|]|\t)/g;
/** A row of a person's details holds a number: a birth date, a phone, an identifier, a year of entry. */
const digitAfter = /[^\n]*\d/y;

/**
 * The full names that open rows of details.
 *
 * @example
 * findKoreanNamesOpeningListRows('1) 권혁수 / 1962.07.19\n2) 이미경 / 1964.02.03').map((finding) => finding.text); // ['권혁수', '이미경']
 */
export function findKoreanNamesOpeningListRows(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  nameOpeningRow.lastIndex = 0;
  for (let match = nameOpeningRow.exec(text); match !== null; match = nameOpeningRow.exec(text)) {
    const name = match[1]!;
    // The row's shape marks the name as a label does, so a common word's first syllables may open it ("이미경").
    if (!isLikelyKoreanFullName(name, { allowCommonPrefix: true })) continue;
    digitAfter.lastIndex = nameOpeningRow.lastIndex;
    if (!digitAfter.test(text)) continue;
    const start = match.index + match[0].indexOf(name);
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName });
  }
  return findings;
}
