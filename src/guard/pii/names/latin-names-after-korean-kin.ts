// Finds a foreigner's full name in Latin letters after the Korean word for the relative it belongs to, as a foreign worker's
// form or chat gives a family member ("아내는 Dilnoza Karimova, 여권 …", "비상연락처: 형 Pham Quoc Thinh +84 …"): the word
// names a person, and two or three capitalised words after it are their name.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';

const recognizerName = 'latin-name-after-korean-kin';

/**
 * A relative's word, not inside a longer Hangul word, perhaps with its topic or subject particle or a colon, then two or
 * three capitalised words that no letter or digit continues.
 */
const kinThenLatinName =
  /(?<![가-힣])(?:아내|남편|와이프|부인|배우자|형|오빠|언니|누나|동생|남동생|여동생|사촌(?:형|동생|누나|언니|오빠)?|아들|딸|어머니|아버지|엄마|아빠|삼촌|이모|고모)(?:[은는이가]|[ \t]*[:：])?[ \t]+([A-Z][a-z]{1,19}(?:[ \t][A-Z][a-z]{1,19}){1,2})(?![A-Za-z0-9])/g;

/**
 * The full names after a relative's word, 0.7. Remembered for the last text.
 *
 * @example
 * findLatinNamesAfterKoreanKin('아내는 Dilnoza Karimova, 여권 FA5129966').map((finding) => finding.text); // ['Dilnoza Karimova']
 * findLatinNamesAfterKoreanKin('동생 Galaxy Tab 샀어요'); // []
 */
export const findLatinNamesAfterKoreanKin = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  kinThenLatinName.lastIndex = 0;
  for (let match = kinThenLatinName.exec(text); match !== null; match = kinThenLatinName.exec(text)) {
    const name = match[1]!;
    if (name.split(/[ \t]/).some((word) => wordsThatAreNotNames.has(word)) || holdsFirmWord(name)) continue;
    const start = match.index + match[0].length - name.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName });
  }
  return findings;
});
