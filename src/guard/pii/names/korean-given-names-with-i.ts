// A given name as Koreans say it among friends and family, with the 이 that follows a final consonant, before a word only a
// person has ("태윤이 생일", "채린이 번호", "소연이 생일파티"): "민원이 접수" and "사진이랑 계약서" name things.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isGivenNameCalledOut } from './vocative-names.ts';
import { hasFinalConsonant } from './hangul.ts';

const recognizerName = 'korean-given-name-with-i';

/** Two syllables and 이, then a person's word after a blank, or the particle of giving to someone. */
const givenNameWithI =
  /(?<![가-힣])([가-힣]{2})이(?:[ \t]+(?:생일|생파|번호|폰|카톡|엄마|아빠|어머님|아버님|이름|친구|동생|누나|언니|오빠|형|학원|선생님|담임)|한테|네[ \t]+(?:집|엄마|아빠))/g;

/**
 * Given names said with 이 before a person's word. 0.7. Remembered for the last text.
 *
 * @example
 * findGivenNamesWithI('야 내일 태윤이 생일인데 케이크 누가 픽업함?').map((finding) => finding.text); // ['태윤']
 * findGivenNamesWithI('민원이 접수되었습니다'); // []
 */
export const findGivenNamesWithI = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  givenNameWithI.lastIndex = 0;
  for (let match = givenNameWithI.exec(text); match !== null; match = givenNameWithI.exec(text)) {
    const name = match[1]!;
    // 이 follows a final consonant only ("태윤이"); after a vowel it ends the name itself.
    if (!hasFinalConsonant(name.charCodeAt(1)) || !isGivenNameCalledOut(name)) continue;
    findings.push({ type: 'PERSON', start: match.index, end: match.index + 2, text: name, score: 0.7, recognizer: recognizerName });
  }
  return findings;
});

/**
 * Whether `text` holds 이 before a blank, 한테 or 네: the cheap look before the search.
 *
 * @example
 * mayHoldGivenNameWithI('채린이 번호'); // true
 */
export function mayHoldGivenNameWithI(text: string): boolean {
  return text.includes('이 ') || text.includes('이한테') || text.includes('이네 ');
}
