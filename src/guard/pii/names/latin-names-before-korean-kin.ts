// Finds a romanised given name before the word Koreans call an older sibling, a senior or a teacher by, in Hangul or
// romanised, as Korean speakers write in English chats ("Jisoo 언니!! I sent the 회비", "Yejin unnie!!", "Minho oppa can
// you check", "Hyunbin-ah I ordered"): the word follows a person's name only.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { isRomanisedGivenName } from './romanised-korean-names.ts';

const recognizerName = 'latin-name-before-korean-kin';

/**
 * A capitalised word, then 언니, 오빠, 누나, 형, 선배 or 쌤 (or their romanisations), as a word of its own; or the -ah or -ya
 * that calls a friend by name (아, 야: "Hyunbin-ah", "Hyeji-ya"), which only a romanised given name takes.
 */
const nameBeforeKin =
  /(?<![A-Za-z'’-])([A-Z][a-z]{1,14}(?:-[a-z]{2,8})?)(?:[ \t]?(?:언니|오빠|누나|형|선배|쌤|unnie|eonni|oppa|noona|nuna|hyung|sunbae|ssaem)|(-(?:ah|ya|a)))(?![A-Za-z가-힣])/g;

/**
 * The names before a Korean word of kinship or seniority, 0.7. Remembered for the last text.
 *
 * @example
 * findLatinNamesBeforeKoreanKin('Yejin unnie!! new account').map((finding) => finding.text); // ['Yejin']
 */
export const findLatinNamesBeforeKoreanKin = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  nameBeforeKin.lastIndex = 0;
  for (let match = nameBeforeKin.exec(text); match !== null; match = nameBeforeKin.exec(text)) {
    const name = match[1]!;
    if (wordsThatAreNotNames.has(name) || (match[2] !== undefined && !callsByGivenName(name))) continue;
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
