// Korean full names written one after another as a roll is ("입금 확인된 사람 박서윤 이도겸 최유빈 이렇게 셋", "미입금:
// 탁재홍, 용미숙, 하정민"): three or more words in a row that each read as a full name are names, where one alone would not be.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isLikelyKoreanFullName } from './korean-names.ts';
import { jobLabels, jobTitles, placeEndings } from './korean-name-words.ts';

const recognizerName = 'korean-person-name-run';

/** Three words of three or four syllables or more, each apart from the next by blanks, a comma or a middle dot. */
const wordsInARow = /(?<![가-힣])[가-힣]{3,4}(?:(?:[ \t]*[,·][ \t]*|[ \t]+)[가-힣]{3,4}(?![가-힣])){2,}/g;
const word = /[가-힣]+/g;
/** The last syllables of an address's parts ("남동구 구월동 인하로"), besides the places' of `placeEndings`. */
const addressPartEndings: ReadonlySet<number> = new Set([...'구동로길시군읍면리'].map((syllable) => syllable.charCodeAt(0)));
/** The fewest names in a row that make a roll. */
const fewestNames = 3;

/**
 * The names of every run of three or more words in a row that each read as a full name (`isLikelyKoreanFullName`). 0.7.
 * Remembered for the last text.
 *
 * @example
 * findKoreanNameRuns('입금 확인된 사람 박서윤 이도겸 최유빈 이렇게 셋').map((finding) => finding.text); // ['박서윤', '이도겸', '최유빈']
 * findKoreanNameRuns('오늘 배송 조회 가능한 시간대 알려주세요'); // []
 */
export const findKoreanNameRuns = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  wordsInARow.lastIndex = 0;
  for (let match = wordsInARow.exec(text); match !== null; match = wordsInARow.exec(text)) {
    let streak: PiiFinding[] = [];
    const close = () => {
      if (streak.length >= fewestNames) findings.push(...streak);
      streak = [];
    };
    word.lastIndex = 0;
    for (let part = word.exec(match[0]); part !== null; part = word.exec(match[0])) {
      if (!isNameOfRoll(part[0])) {
        close();
        continue;
      }
      const start = match.index + part.index;
      streak.push({ type: 'PERSON', start, end: start + part[0].length, text: part[0], score: 0.7, recognizer: recognizerName });
    }
    close();
  }
  return findings;
});

/** A full name, and not a title ("장학사 권도희") or an address's part. */
function isNameOfRoll(candidate: string): boolean {
  const last = candidate.charCodeAt(candidate.length - 1);
  return (
    !addressPartEndings.has(last) &&
    !placeEndings.has(last) &&
    !jobTitles.has(candidate) &&
    !jobLabels.has(candidate) &&
    isLikelyKoreanFullName(candidate)
  );
}
