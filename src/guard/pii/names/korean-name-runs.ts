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
/**
 * The longest text read for a roll: a chat turn or a note ("입금 확인된 사람 …"). A document's prose holds many words of three
 * or four syllables in a row, and reading them cost a tenth of a knowledge document's scan; its lists are read after the
 * first name another search finds (`namesListedAfter`).
 */
const longestText = 512;
/** The fewest names in a row that make a roll. */
const fewestNames = 3;

/**
 * The names of every run of three or more words in a row that each read as a full name (`isLikelyKoreanFullName`), in a
 * text of at most `longestText` characters that another cue has the name search read (a roll alone is not looked for on
 * the fast path: the pattern cost ordinary Korean messages 4%). 0.7. Remembered for the last text.
 *
 * @example
 * findKoreanNameRuns('입금 확인된 사람 박서윤 이도겸 최유빈 이렇게 셋').map((finding) => finding.text); // ['박서윤', '이도겸', '최유빈']
 * findKoreanNameRuns('오늘 배송 조회 가능한 시간대 알려주세요'); // []
 */
export const findKoreanNameRuns = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  if (text.length > longestText) return findings;
  wordsInARow.lastIndex = 0;
  for (let match = wordsInARow.exec(text); match !== null; match = wordsInARow.exec(text)) {
    const names: PiiFinding[] = [];
    word.lastIndex = 0;
    for (let part = word.exec(match[0]); ; part = word.exec(match[0])) {
      if (part !== null && isNameOfRoll(part[0])) {
        const start = match.index + part.index;
        names.push({ type: 'PERSON', start, end: start + part[0].length, text: part[0], score: 0.7, recognizer: recognizerName });
        continue;
      }
      // A word that is no name ends the streak before it.
      if (names.length >= fewestNames) findings.push(...names);
      names.length = 0;
      if (part === null) break;
    }
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
