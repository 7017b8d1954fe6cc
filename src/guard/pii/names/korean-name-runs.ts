// Korean full names written one after another as a roll is ("입금 확인된 사람 박서윤 이도겸 최유빈 이렇게 셋", "미입금: 탁재홍,
// 용미숙, 하정민"): three or more words in a row that each read as a full name are names, where one alone would not be.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isHangulSyllable } from './hangul.ts';
import { isLikelyKoreanFullName } from './korean-names.ts';
import { jobLabels, jobTitles, placeEndings } from './korean-name-words.ts';
import { doubleSyllableSurnames, singleSyllableSurnames } from './korean-surnames.ts';
import { givenNameSyllables } from './korean-given-name-syllables.ts';

const recognizerName = 'korean-person-name-run';

/** The last syllables of an address's parts ("남동구 구월동 인하로"), besides the places' of `placeEndings`. */
const addressPartEndings: ReadonlySet<number> = new Set([...'구동로길시군읍면리'].map((syllable) => syllable.charCodeAt(0)));
/** The first syllables of the surnames, of one syllable or two. */
const surnameFirstCodes: ReadonlySet<number> = new Set(
  [...singleSyllableSurnames, ...doubleSyllableSurnames].map((surname) => surname.charCodeAt(0)),
);
/** The given-name syllables by their codes: a Hangul `charAt` allocates a string per look. */
const givenNameCodes: ReadonlySet<number> = new Set([...givenNameSyllables].map((syllable) => syllable.charCodeAt(0)));
/**
 * The longest text read for a roll: a chat turn or a note ("입금 확인된 사람 …"). A document's prose holds many words of three
 * or four syllables in a row, and reading them cost a tenth of a knowledge document's scan; its lists are read after the
 * first name another search finds (`namesListedAfter`).
 */
const longestText = 512;
/** The fewest names in a row that make a roll. */
const fewestNames = 3;

/**
 * The names of every run of three or more words in a row, apart by blanks (a comma or a middle dot may end a word), that
 * each read as a full name (`isLikelyKoreanFullName`), in a text of at most `longestText` characters. 0.7. Read word by
 * word from one blank to the next. Remembered for the last text.
 *
 * @example
 * findKoreanNameRuns('입금 확인된 사람 박서윤 이도겸 최유빈 이렇게 셋').map((finding) => finding.text); // ['박서윤', '이도겸', '최유빈']
 * findKoreanNameRuns('오늘 배송 조회 가능한 시간대 알려주세요'); // []
 */
export const findKoreanNameRuns = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  if (text.length > longestText) return findings;
  // The starts of the words of three or four syllables in a row so far, and how many there are.
  const row: number[] = [];
  let count = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf(' ', start);
    if (end === -1) end = text.length;
    const wordEnd = isRowMark(text.charCodeAt(end - 1)) ? end - 1 : end;
    if (wordEnd > start) {
      let syllablesEnd = start;
      while (syllablesEnd < wordEnd && isHangulSyllable(text.charCodeAt(syllablesEnd))) syllablesEnd += 1;
      const length = syllablesEnd - start;
      const nameShaped = length === 3 || length === 4;
      if (nameShaped) row[count++] = start;
      // Anything after the syllables ("최유빈\n", "최유빈이", "최유빈!") ends the row there.
      if (!nameShaped || syllablesEnd < wordEnd) {
        if (count >= fewestNames) addStreaks(text, row.slice(0, count), findings);
        count = 0;
      }
    }
    start = end + 1;
  }
  if (count >= fewestNames) addStreaks(text, row.slice(0, count), findings);
  return findings;
});

/** A comma or a middle dot after a word of a roll ("탁재홍, 용미숙 · 하정민"). */
function isRowMark(code: number): boolean {
  return code === 0x2c || code === 0xb7;
}

/** Adds the names of each streak of `fewestNames` or more among the words starting at `row` to `findings`. */
function addStreaks(text: string, row: readonly number[], findings: PiiFinding[]): void {
  const count = row.length;
  let streakStart = 0;
  for (let index = 0; index <= count; index += 1) {
    if (index < count && isNameOfRoll(text, row[index]!)) continue;
    if (index - streakStart >= fewestNames)
      for (let name = streakStart; name < index; name += 1) {
        const start = row[name]!;
        const end = hangulEnd(text, start);
        findings.push({ type: 'PERSON', start, end, text: text.slice(start, end), score: 0.7, recognizer: recognizerName });
      }
    streakStart = index + 1;
  }
}

function hangulEnd(text: string, start: number): number {
  let end = start;
  while (isHangulSyllable(text.charCodeAt(end))) end += 1;
  return end;
}

/**
 * A full name, and not a title ("장학사 권도희") or an address's part; its syllables are looked up by their codes first, so
 * the words of prose ("서비스 이용 약관") are turned down before a slice is taken.
 */
function isNameOfRoll(text: string, start: number): boolean {
  const end = hangulEnd(text, start);
  const last = text.charCodeAt(end - 1);
  if (addressPartEndings.has(last) || placeEndings.has(last) || !surnameFirstCodes.has(text.charCodeAt(start))) return false;
  // After a surname of one syllable, given-name syllables only ("서비스 이용 약관" fails at 비스).
  if (!givenNameCodes.has(text.charCodeAt(end - 1)) || !givenNameCodes.has(text.charCodeAt(end - 2))) return false;
  const candidate = text.slice(start, end);
  return !jobTitles.has(candidate) && !jobLabels.has(candidate) && isLikelyKoreanFullName(candidate);
}
