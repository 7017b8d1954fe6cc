// Korean full names written one after another as a roll is ("입금 확인된 사람 박서윤 이도겸 최유빈 이렇게 셋", "미입금: 탁재홍,
// 용미숙, 하정민"): three or more words in a row that each read as a full name are names, where one alone would not be.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { isHangulSyllable } from './hangul.ts';
import { isLikelyKoreanFullName } from './korean-names.ts';
import { jobLabels, jobTitles, placeEndings } from './korean-name-words.ts';

const recognizerName = 'korean-person-name-run';

/** The last syllables of an address's parts ("남동구 구월동 인하로"), besides the places' of `placeEndings`. */
const addressPartEndings: ReadonlySet<number> = new Set([...'구동로길시군읍면리'].map((syllable) => syllable.charCodeAt(0)));
/** The fewest names in a row that make a roll. */
const fewestNames = 3;

/**
 * The names of every run of three or more words in a row, apart by blanks, a comma or a middle dot, that each read as a
 * full name (`isLikelyKoreanFullName`). 0.7. One pass over the characters: most texts hold no three words of three or
 * four syllables in a row, and pay no more. Remembered for the last text.
 *
 * @example
 * findKoreanNameRuns('입금 확인된 사람 박서윤 이도겸 최유빈 이렇게 셋').map((finding) => finding.text); // ['박서윤', '이도겸', '최유빈']
 * findKoreanNameRuns('오늘 배송 조회 가능한 시간대 알려주세요'); // []
 */
export const findKoreanNameRuns = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  // The starts of the words of three or four syllables in a row so far; each ends three or four syllables on.
  let row: number[] = [];
  let wordStart = -1;
  for (let at = 0; at <= text.length; at += 1) {
    const code = at < text.length ? text.charCodeAt(at) : 0;
    if (isHangulSyllable(code)) {
      if (wordStart === -1) wordStart = at;
      continue;
    }
    if (wordStart !== -1) {
      const length = at - wordStart;
      if (length === 3 || length === 4) row.push(wordStart);
      else row = closeRow(text, row, findings);
      wordStart = -1;
    }
    // Blanks, a comma or a middle dot keep the row going; anything else ends it.
    if (code !== 0x20 && code !== 0x09 && code !== 0x2c && code !== 0xb7) row = closeRow(text, row, findings);
  }
  return findings;
});

/** Adds the names of each streak of `fewestNames` or more in `row` to `findings`; returns an empty row. */
function closeRow(text: string, row: number[], findings: PiiFinding[]): number[] {
  if (row.length < fewestNames) return row.length === 0 ? row : [];
  let streak: PiiFinding[] = [];
  const close = () => {
    if (streak.length >= fewestNames) findings.push(...streak);
    streak = [];
  };
  for (const start of row) {
    let end = start;
    while (isHangulSyllable(text.charCodeAt(end))) end += 1;
    const candidate = text.slice(start, end);
    if (!isNameOfRoll(candidate)) {
      close();
      continue;
    }
    streak.push({ type: 'PERSON', start, end, text: candidate, score: 0.7, recognizer: recognizerName });
  }
  close();
  return [];
}

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
