// Finds a Korean staff member who signs an English message in Hangul: after a dash that ends the line ("Ask for me at the
// counter — 박하은 🙂", "we close at 9pm. — 상담 윤지호"), or on a line of their own before the desk's English name
// ("윤서진, Global Desk"). A Korean shop's or carrier's reply to a foreign customer is written in English and signed so;
// the Korean sign-off search reads Korean messages only, and the Hangul-between-Latin search wants a Latin word before.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isLikelyKoreanFullName, isPlausibleKoreanName } from './korean-names.ts';

const recognizerName = 'korean-name-signing-english-line';

/** A dash, a staff word perhaps, then a Hangul name that ends the line (an emoji or a mark or two after it). */
const dashThenHangulName =
  /[—–][ \t]*(?:(상담사?|담당자?|매니저|간사|직원|점장)[ \t]+)?([가-힣]{3,4})[ \t]*[^\s가-힣A-Za-z0-9]{0,4}[ \t]*(?=\r?\n|$)/g;
const latinLetter = /[A-Za-z]/;
/** A Hangul name opening its line, a comma, then capitalised English words to the line's end ("윤서진, Global Desk"). */
const hangulNameThenDesk = /^([가-힣]{3,4}),[ \t]+[A-Z][A-Za-z&]*(?:[ \t]+[A-Z][A-Za-z&]*){0,3}[ \t]*$/gm;

/** Whether a text may hold such a signature: a Hangul name beside a dash or a comma. */
export function mayHoldKoreanNameSigningEnglishLine(text: string): boolean {
  return text.includes('—') || text.includes('–') || text.includes(', ');
}

/**
 * The Korean staff who sign English lines, 0.7: a name of a likely Korean full name's shape, or any plausible one after
 * a staff word.
 *
 * @example
 * findKoreanNamesSigningEnglishLines('Ask for me at the counter — 박하은 🙂').map((finding) => finding.text); // ['박하은']
 * findKoreanNamesSigningEnglishLines('See you at the store — 감사합니다'); // []
 */
export const findKoreanNamesSigningEnglishLines = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldKoreanNameSigningEnglishLine(text)) return [];
  const findings: PiiFinding[] = [];
  dashThenHangulName.lastIndex = 0;
  for (let match = dashThenHangulName.exec(text); match !== null; match = dashThenHangulName.exec(text)) {
    const name = match[2]!;
    // The line is English before the dash: a Korean message's sign-off is the Korean search's.
    if (!latinLetter.test(text.slice(text.lastIndexOf('\n', match.index) + 1, match.index))) continue;
    if (!(isLikelyKoreanFullName(name) || (match[1] !== undefined && isPlausibleKoreanName(name)))) continue;
    const start = match.index + match[0].lastIndexOf(name);
    findings.push(personAt(start, name));
  }
  hangulNameThenDesk.lastIndex = 0;
  for (let match = hangulNameThenDesk.exec(text); match !== null; match = hangulNameThenDesk.exec(text)) {
    const name = match[1]!;
    if (isLikelyKoreanFullName(name)) findings.push(personAt(match.index, name));
  }
  return findings;
});

function personAt(start: number, name: string): PiiFinding {
  return { type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName };
}
