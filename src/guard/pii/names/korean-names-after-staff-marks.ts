// A Korean full name after the mark a chart writes before its staff's names: "- RN 이하늘", "작성: RN 윤다은", "인계 RN
// 서지우", "신경과 R2 송유빈" (a nurse, a resident in the second year, a physician assistant).
import type { PiiFinding } from '../types.ts';
import { isCommonKoreanNoun } from './korean-common-nouns.ts';
import { isPlausibleKoreanName } from './korean-names.ts';

const recognizerName = 'korean-name-after-staff-mark';

/** The mark, a blank, and three or four syllables that end the word. */
const nameAfterStaffMark = /(?<![A-Za-z0-9])(?:RN|LPN|CN|NP|PA|R[1-4]|PGY-?[1-5])[ \t]+([가-힣]{3,4})(?![가-힣])/g;

/**
 * The Korean full names a chart gives after its staff's marks.
 *
 * @example
 * findKoreanNamesAfterStaffMarks('인슐린 RI 4u SC 투여함. - RN 이하늘').map((finding) => finding.text); // ['이하늘']
 */
export function findKoreanNamesAfterStaffMarks(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  nameAfterStaffMark.lastIndex = 0;
  for (let match = nameAfterStaffMark.exec(text); match !== null; match = nameAfterStaffMark.exec(text)) {
    const name = match[1]!;
    if (!isPlausibleKoreanName(name) || isCommonKoreanNoun(name)) continue;
    const start = match.index + match[0].length - name.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  }
  return findings;
}
