// Finds a foreigner's name in Latin letters after the Korean word for the relative, the colleague or the helper it belongs
// to, as a foreign worker's form or chat, or a centre's log, gives them ("아내는 Dilnoza Karimova, 여권 …", "비상연락처: 형 Pham
// Quoc Thinh +84 …", "룸메이트 Nguyen Quoc Bao", "통역인 Dilani Perera"): the word names a person, and two or three
// capitalised words after it are their name; one alone is, where a detail or a bracket ends it ("형 Khaled +967 …", "(동료
// Sumon)", "딸 Mursal (2017.12.05)").
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';

const recognizerName = 'latin-name-after-korean-kin';

/**
 * A relative's word, not inside a longer Hangul word, perhaps with its topic or subject particle or a colon, then two or
 * three capitalised words that no letter or digit continues.
 */
const kinThenLatinName =
  /(?<![가-힣])(?:아내|남편|와이프|부인|배우자|형|오빠|언니|누나|동생|남동생|여동생|사촌(?:형|동생|누나|언니|오빠)?|아들|딸|자녀|어머니|아버지|엄마|아빠|삼촌|이모|고모|동료|룸메이트|통역(?:사|인)?|자원봉사자|봉사자)(?:[은는이가]|[ \t]*[:：])?[ \t]+([A-Z][a-z]{1,19}(?:[ \t][A-Z][a-z]{1,19}){0,2})(?![A-Za-z0-9])/g;
/** The apps an interpreter works through, written where a name stands ("통역: Zoom (원격)"). */
const meetingTools: ReadonlySet<string> = new Set([
  'Zoom',
  'Teams',
  'Skype',
  'Papago',
  'Kakao',
  'Whatsapp',
  'Viber',
  'Telegram',
  'Line',
  'Meet',
]);

/** What ends a given name alone after the word: a bracket, a comma, a phone's plus or a number, or the line's end. */
const detailAfterGivenName = /^[ \t]*(?:[(),]|\+\d|\d|\r?\n|$)/;

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
    if (name.split(/[ \t]/).some((word) => wordsThatAreNotNames.has(word) || meetingTools.has(word)) || holdsFirmWord(name)) continue;
    const start = match.index + match[0].length - name.length;
    if (!name.includes(' ') && (name.length < 3 || !detailAfterGivenName.test(text.slice(start + name.length, start + name.length + 4))))
      continue;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName });
  }
  return findings;
});
