// Finds a romanised given name before the word Koreans call an older sibling, a senior or a teacher by, in Hangul or
// romanised, as Korean speakers write in English chats ("Jisoo 언니!! I sent the 회비", "Yejin unnie!!", "Minho oppa can
// you check", "Hyunbin-ah I ordered"): the word follows a person's name only.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { isRomanisedGivenName } from './romanised-korean-names.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'latin-name-before-korean-kin';

/** The words of kinship or seniority that may follow the name, in Hangul or romanised, 씨 among them. */
const kinWords = ['언니', '오빠', '누나', '형', '선배', '쌤', '씨', 'unnie', 'eonni', 'oppa', 'noona', 'nuna', 'hyung', 'sunbae', 'ssaem'];
/** Every match ends in one of the kin words or in a call's "-ah", "-ya" or "-a", so holds a kin word, "-a" or "-y". */
const kinWordsAfterName = characterPairWords(...kinWords, '-a', '-y');

/**
 * A capitalised word, then 언니, 오빠, 누나, 형, 선배, 쌤 or 씨 (or their romanisations; "Tserendorj 씨"), as a word of its own; or
 * the -ah or -ya
 * that calls a friend by name (아, 야: "Hyunbin-ah", "Hyeji-ya"), which only a romanised given name takes.
 */
const nameBeforeKin = new RegExp(
  String.raw`(?<![A-Za-z'’-])([A-Z][a-z]{1,14}(?:-[a-z]{2,8})?)(?:[ \t]?(?:${kinWords.join('|')})|(-(?:ah|ya|a)))(?![A-Za-z가-힣])`,
  'g',
);

/**
 * The names before a Korean word of kinship or seniority, 0.7. Remembered for the last text.
 *
 * @example
 * findLatinNamesBeforeKoreanKin('Yejin unnie!! new account').map((finding) => finding.text); // ['Yejin']
 */
export const findLatinNamesBeforeKoreanKin = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldAnyWord(text, kinWordsAfterName)) return [];
  const findings: PiiFinding[] = [];
  nameBeforeKin.lastIndex = 0;
  for (let match = nameBeforeKin.exec(text); match !== null; match = nameBeforeKin.exec(text)) {
    const name = match[1]!;
    if (wordsThatAreNotNames.has(name) || (match[2] !== undefined && !callsByGivenName(name))) continue;
    // Before 씨 a foreigner is often called by the last word of a longer name the text writes whole ("Thu 씨" beside
    // "Nguyễn Thị Thu:"), which the searches of whole names read; the word alone would stand for it there.
    if (match[0].endsWith('씨') && endsLongerName(text, name)) continue;
    findings.push({
      type: 'PERSON',
      start: match.index,
      end: match.index + name.length,
      text: name,
      score: 0.7,
      recognizer: recognizerName,
    });
  }
  return findings;
});

/**
 * A romanised given name of two syllables, five letters at least: "Yoon-ah" and "Soo-ah" are one name whose second
 * syllable is 아, not a name called by it.
 */
function callsByGivenName(name: string): boolean {
  return name.length >= 5 && !name.includes('-') && isRomanisedGivenName(name);
}

/** Whether the text writes `name` after another word and a blank, as the last word of a longer name. */
function endsLongerName(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length))
    if (at >= 2 && text.charCodeAt(at - 1) === 0x20 && /\p{L}/u.test(text.charAt(at - 2))) return true;
  return false;
}
