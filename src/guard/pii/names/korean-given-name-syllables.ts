// Syllables common in Korean given names, so that a surname plus an ordinary word ("한국어", "연락처") is not read as a name where no honorific vouches for it.
import { commonWordsLikeNames } from './korean-name-words.ts';
import { surnameLength } from './korean-surnames.ts';

/** Given-name syllables found across birth cohorts (traditional Sino-Korean ones and the native ones of recent decades). */
export const givenNameSyllables: ReadonlySet<string> = new Set([
  ...'가각갑강건걸겸경계고곤관광교구국권규균근금기길나난남다단담대덕도돈동두득라란람랑래량려련렬령례로록루류륜률름리린림',
  ...'마만명모목무문미민바반배백범별병보복본봉부분비빈빛사산삼상새샘서석선설섭성세소솔솜송수숙순술슬승시식신실심',
  ...'아안애양언여연열엽영예오옥온완왕요용우욱운웅원월위유윤율은을음의이익인일임자장재전정제조종주준중지진',
  ...'찬창채천철청초춘충치태택필하학한해행혁현협형혜호홍화환황효후훈휘흠희결늘헌향',
]);

/** The same syllables as character codes: a Hangul `charAt` allocates a string per look. */
const givenNameCodes: ReadonlySet<number> = new Set([...givenNameSyllables].map((syllable) => syllable.charCodeAt(0)));

/**
 * Whether `candidate` is a plausible name whose given name is made of common given-name syllables and whose start is no common word.
 * Used where only weak context (a bare label, a copula, brackets) marks the name; after a label, a common first two
 * syllables may still be a name ("전하은"), so `allowCommonPrefix` skips that test.
 *
 * @example
 * hasCommonGivenName('김민수'); // true
 * hasCommonGivenName('연락처'); // false
 */
export function hasCommonGivenName(candidate: string, options: { allowCommonPrefix?: boolean } = {}): boolean {
  const surname = surnameLength(candidate);
  if (surname === 0) return false;
  for (let index = surname; index < candidate.length; index += 1) {
    if (!givenNameCodes.has(candidate.charCodeAt(index))) return false;
  }
  // "배송중", "주문량": a common word with one more syllable.
  return options.allowCommonPrefix === true || candidate.length < 3 || !commonWordsLikeNames.has(candidate.slice(0, 2));
}
