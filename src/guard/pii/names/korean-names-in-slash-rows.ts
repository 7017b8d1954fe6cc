// A person's row in a list of people, its cells apart by slashes, as a booking, a benefit's roster or a claim lists them:
// "1) 권혁수 / 1962.07.19 / 건강보험증번호 1-6204718325", " 2) 마태준 / 영업2팀 / 1986.11.21 / 010-7390-1528". The name
// opens the row, and a number of six digits or more (a date, a phone, an identifier) stands in a later cell; or a bullet
// opens it with a record's number and the name follows in the next cell.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isLikelyKoreanFullName, isPlausibleKoreanName } from './korean-names.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { holdsWordBesideBlank, wordsBesideBlanks } from './words-beside-blanks.ts';

const recognizerName = 'korean-person-name-in-slash-row';
const slash = wordsBesideBlanks({ marks: '/' });

/** A row's opening name, after a list's number or bullet perhaps, then a slash and the row's other cells. */
const slashRow = /^[ \t]*(?:\d{1,3}[).]|[-•*])?[ \t]*([가-힣]{2,4})[ \t]*\/[ \t]*[^\n]*?\d(?:[\d.-]*\d){5}/gm;

/**
 * A row that a bullet opens with a record's number (six digits or more), then the name in a cell of its own, as a register
 * of implants or of samples lists its patients ("· 등록번호 20931477 / 한정숙 / 2024-03-11 수술").
 */
const nameAfterNumberCell = /^[ \t]*(?:\d{1,3}[).]|[-•*·])[ \t]*[^\n/\d]{0,12}\d{6,}[ \t]*\/[ \t]*([가-힣]{3,4})[ \t]*\//gm;

/** Whether `text` holds a slash, which every row does (a mark of the text's one pass for its blanks): the search's gate. */
export function mayHoldSlashRow(text: string): boolean {
  return holdsWordBesideBlank(text, slash);
}

/**
 * The names opening the rows of a list of people. 0.75. Remembered for the last text.
 *
 * @example
 * findKoreanNamesInSlashRows('1) 권혁수 / 1962.07.19 / 010-3318-4920').map((finding) => finding.text); // ['권혁수']
 */
export const findKoreanNamesInSlashRows = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldSlashRow(text)) return [];
  const findings: PiiFinding[] = [];
  slashRow.lastIndex = 0;
  for (let match = slashRow.exec(text); match !== null; match = slashRow.exec(text)) {
    const name = match[1]!;
    if (!isPlausibleKoreanName(name) || !hasCommonGivenName(name)) continue;
    const start = match.index + match[0].indexOf(name);
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  }
  nameAfterNumberCell.lastIndex = 0;
  for (let match = nameAfterNumberCell.exec(text); match !== null; match = nameAfterNumberCell.exec(text)) {
    const name = match[1]!;
    if (!isLikelyKoreanFullName(name)) continue;
    const start = match.index + match[0].lastIndexOf(name);
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  }
  return findings;
});
