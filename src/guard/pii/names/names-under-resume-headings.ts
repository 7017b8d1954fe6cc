// The owner's name on the line under a curriculum vitae's or a résumé's heading, as every CV opens: "CURRICULUM
// VITAE\nSEO-YEON KIM, Ph.D.", "RESUME\nTaerin Baek (백태린)", "KANG, MINSEO (강민서)", "이력서\n김민서".
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWordInAnyCase } from './english-name-words.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { isListedLatinName } from './latin-name.ts';
import { isKoreanSurnameInLatin } from './romanised-korean-names.ts';

const recognizerName = 'name-under-resume-heading';

const latinWord = String.raw`[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ'’]+|[A-ZÀ-ÖØ-Þ'’]+)(?:-[A-Za-zß-öø-ÿ]+)*\.?`;
/**
 * The heading alone on its line, then the next line's name: two to four Latin words (one comma allowed after the first,
 * as surname-first forms write it) or a Hangul name, up to the line's end, a comma before a degree, a bracket or a gap.
 */
const nameUnderHeading = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:CURRICULUM VITAE|Curriculum Vitae|Curriculum vitae|CV|RESUME|RÉSUMÉ|Resume|Résumé|이력서)[ \t]*\r?\n[ \t]*(${latinWord},?(?:[ \t]+${latinWord}){1,3}|[가-힣]{3,4})(?=[ \t]*(?:\r?\n|$|,[ \t]*[A-Z]|\(|[ \t]{2}|[|/·]))`,
  'g',
);

/**
 * Whether `text` may hold a CV's heading: one of its words in the cases the pattern reads.
 *
 * @example
 * mayHoldResumeHeading('CURRICULUM VITAE\nTaerin Baek'); // true
 */
export function mayHoldResumeHeading(text: string): boolean {
  return (
    text.includes('VITAE') ||
    text.includes('itae') ||
    text.includes('CV') ||
    text.includes('RESUM') ||
    text.includes('esum') ||
    text.includes('ÉSUM') ||
    text.includes('ésum') ||
    text.includes('이력서')
  );
}

/**
 * The name under a CV's heading, 0.8. Remembered for the last text.
 *
 * @example
 * findNamesUnderResumeHeadings('CURRICULUM VITAE\nSEOJUN PARK, Ph.D.\nsj.park@gmail.com').map((finding) => finding.text); // ['SEOJUN PARK']
 * findNamesUnderResumeHeadings('RESUME\nSoftware Engineer'); // []
 */
export const findNamesUnderResumeHeadings = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  nameUnderHeading.lastIndex = 0;
  for (let match = nameUnderHeading.exec(text); match !== null; match = nameUnderHeading.exec(text)) {
    const name = match[1]!;
    if (!isName(name)) continue;
    const end = match.index + match[0].length;
    findings.push({ type: 'PERSON', start: end - name.length, end, text: name, score: 0.8, recognizer: recognizerName });
  }
  return findings;
});

/**
 * A Hangul full name of common given-name syllables, or Latin words none of which is a common word or a firm's, with a
 * listed first name or surname or a Korean surname among them.
 */
function isName(name: string): boolean {
  if (!/^[A-ZÀ-ÖØ-Þ]/.test(name)) return isPlausibleKoreanName(name) && hasCommonGivenName(name);
  // "Senior Software Engineer" holds no common word either: a listed name or a Korean surname must vouch for it.
  return (
    !holdsFirmWordInAnyCase(name) &&
    (isListedLatinName(name) || name.split(/,?[ \t]+/).some((word) => isKoreanSurnameInLatin(word.replace(/\.$/, ''))))
  );
}
