// Finds the given names Korean children have most often been given since the 1990s, said alone as family, friends, teachers
// and tutors say them ("지우 4월 수강료 안내드립니다", "지호도 데리고 감", "서준이 다은이한테 고백했대", "윤서 어머님"): no
// surname and no cue, but a word that is nothing else. Names that are also everyday words (하늘, 지원, 시원, 한결, 수호,
// 다인, 나은, 윤슬, 재현 "reproduce", 재원 "in hospital", 예진 "pre-examination", 아린 "pungent", 성현 "sage") are left out:
// a cue must mark those.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { hangulRunEndAfter, hasFinalConsonant, isHangulSyllable } from './hangul.ts';

const recognizerName = 'korean-popular-given-name';

/** Popular given names (boys' then girls'), each of two syllables that make no common word. */
const popularGivenNames: ReadonlySet<string> = new Set([
  ...['민준', '서준', '도윤', '예준', '시우', '하준', '주원', '지호', '지후', '준서', '준우', '현우', '도현', '건우', '민재'],
  ...['현준', '선우', '서진', '유준', '승우', '승현', '시윤', '준혁', '은우', '지환', '승민', '유찬', '윤우', '민성', '준영'],
  ...['시후', '진우', '재윤', '시현', '동현', '수현', '태윤', '민규', '민우', '재민', '은찬', '윤호', '이준', '민찬'],
  ...['시온', '성민', '준호', '승준', '현서', '하진', '지한', '태민', '우빈', '도훈', '정훈', '민혁', '태오'],
  ...['서연', '서윤', '서현', '민서', '하은', '하윤', '윤서', '지유', '지민', '채원', '지윤', '은서', '수아', '다은', '예은'],
  ...['지아', '수빈', '소율', '예린', '예원', '소윤', '하린', '시은', '채은', '윤아', '유나', '가은', '서아', '하율', '민지'],
  ...['예서', '수민', '서영', '주아', '시아', '혜원', '은채', '지현', '은비', '예솔', '채린', '서우'],
]);
/**
 * What may follow the name (after the 이 of a name that ends in a consonant, "서준이"): a particle people take, a call, a
 * title, or nothing before a blank or a mark.
 */
const endings: ReadonlySet<string> = new Set([
  ...['', '가', '는', '를', '도', '랑', '한테', '한테도', '네', '의', '야', '아', '씨', '님', '는요', '도요', '에게', '께'],
  ...['인데', '인데요', '에요', '예요', '이에요', '요', '이요', '였어요', '라고', '이라고', '라면서', '이라면서', '고', '고요'],
  // What is the child's ("윤서꺼 주민번호 맞지?"), and a desk's agent who gives the name ("상담사 하은입니다").
  ...['꺼', '거', '꺼야', '거야', '꺼는', '거는', '입니다', '이고요'],
]);
/** Where a syllable stands in the Hangul block: 0 for 가 … 11,171 for 힣. */
const syllableCount = 0xd7a4 - 0xac00;
/** The names' first syllables and their second ones, a flag per syllable: most words open with neither, and stop at a read. */
const firstSyllables = new Uint8Array(syllableCount);
const secondSyllables = new Uint8Array(syllableCount);
/** The names as pairs of syllable offsets (a small integer), looked up without a string made for every word. */
const nameKeys: ReadonlySet<number> = new Set(
  [...popularGivenNames].map((name) => {
    firstSyllables[name.charCodeAt(0) - 0xac00] = 1;
    secondSyllables[name.charCodeAt(1) - 0xac00] = 1;
    return nameKey(name.charCodeAt(0), name.charCodeAt(1));
  }),
);

function nameKey(first: number, second: number): number {
  return (first - 0xac00) * syllableCount + (second - 0xac00);
}

/**
 * The popular given names of `text` standing as a word with a person's particle or none. 0.6. Remembered for the last text.
 *
 * @example
 * findKoreanPopularGivenNames('지호도 데리고 감').map((finding) => finding.text); // ['지호']
 * findKoreanPopularGivenNames('하늘이 맑다'); // []
 */
export const findKoreanPopularGivenNames = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  const length = text.length;
  // Whether the character before `start` is a syllable: a word opens where it is not.
  let afterSyllable = false;
  for (let start = 0; start + 1 < length; start += 1) {
    const code = text.charCodeAt(start);
    const syllable = code >= 0xac00 && code <= 0xd7a3;
    // A name's two syllables open the word: its first syllable's flag, its second's, then the pair.
    if (syllable && !afterSyllable && firstSyllables[code - 0xac00] === 1) {
      const second = text.charCodeAt(start + 1);
      if (isHangulSyllable(second) && secondSyllables[second - 0xac00] === 1 && nameKeys.has(nameKey(code, second))) {
        const finding = popularNameAt(text, start);
        if (finding !== undefined) findings.push(finding);
      }
    }
    afterSyllable = syllable;
  }
  return findings;
});

/** The name that opens the word at `start` (its two syllables a popular name), where a person's ending or none follows it. */
function popularNameAt(text: string, start: number): PiiFinding | undefined {
  const wordEnd = hangulRunEndAfter(text, start + 2);
  const final = hasFinalConsonant(text.charCodeAt(start + 1));
  // "서준이가", "서준이": the 이 that follows a final consonant is part of how the name is said.
  const ending = text.slice(final && text.charCodeAt(start + 2) === 0xc774 ? start + 3 : start + 2, wordEnd);
  // A call takes 아 after a final consonant and 야 after a vowel ("서준아", "지호야"): "윤서아" is a full name.
  if (!endings.has(ending) || (ending === '아' && !final) || (ending === '야' && final)) return undefined;
  return { type: 'PERSON', start, end: start + 2, text: text.slice(start, start + 2), score: 0.6, recognizer: recognizerName };
}
