// Numbers said digit by digit in Sino-Korean digit words, as a call's transcript or a user hiding a number writes them
// ("일공공이 다시 팔사칠 다시 이일구삼공육", "일일-일오-삼공칠사사이-팔일", "삼오공 공일구 사구일 이이일 삼칠육"), read as the digits
// they stand for so that the digit recognisers and their labels judge them. A number that opens with 공 or 영 and reads as
// a phone's is made plain earlier (`plainForms`); this reads the rest: accounts, cards, licences, IMEIs and dates of birth.
import { rememberLastText } from './last-text-memo.ts';
import { isHangulSyllable } from './names/hangul.ts';
import { spelledDigitOf } from './plain-forms.ts';
import type { SpelledNumber } from './spelled-english-numbers.ts';

/**
 * Groups of two digit words or more, apart by blanks, by a dash or a comma (with blanks or none), by 다시 (the hyphen
 * read out) or by 에 (a pause said: "오팔공사공삼에 일오사…"), not right after a syllable of a word. Fewer than six digits are a count, a date or a word ("일이 많아서", "사이"). Groups
 * after the first may be digits already: `plainForms` reads a run that opens with 공 and then 1–7 as a phone's
 * ("삼오공 공일구 사구일…" reaches here as "삼오공 019 491…").
 */
const spelledRun =
  /(?<![가-힣])[공영일이삼사오육륙칠팔구]{2,}(?:(?:[ \t]*[-‐‑–—,][ \t]*|[ \t]+다시[ \t]+|에[ \t]+|[ \t]+)(?:[공영일이삼사오육륙칠팔구]{2,}|[0-9]{2,}(?![0-9])))*/g;
const fewestDigits = 6;
const mostDigits = 20;
const syllableI = 0xc774; // 이: a digit, or the particle or copula after a number ("…이일구삼공육이요")
/** Syllables that may follow a number said in digit words: particles, copulas and 번 ("…칠칠공팔로", "…팔입니다"). */
const syllablesAfterNumber: ReadonlySet<number> = new Set([...'요에입으로번인예은는을를과와도만까라야고랑임'].map((s) => s.charCodeAt(0)));

/**
 * Whether `text` may hold a number said in Korean digit words, the cheap test before the search: three digit words side by
 * side, or two groups of two, as every number of six digits in groups of two or more holds ("사이", "일이" alone are
 * words).
 *
 * @example
 * mayHoldKoreanSpelledNumber('계좌 일공공이 육삼구'); // true
 * mayHoldKoreanSpelledNumber('그 사이 일이 많아서'); // false
 */
export function mayHoldKoreanSpelledNumber(text: string): boolean {
  return digitWordGroups.test(text);
}
const digitWordGroups =
  /[공영일이삼사오육륙칠팔구]{3}|[공영일이삼사오육륙칠팔구]{2}(?:[ \t]*[-‐‑–—][ \t]*|[ \t]+(?:다시[ \t]+)?)[공영일이삼사오육륙칠팔구]{2}/;

/**
 * The numbers said in Korean digit words in `text`, each with the digits it stands for: a blank where the text leaves
 * one between groups, a hyphen where it puts a dash or says 다시. Remembered for the last text.
 *
 * @example
 * findKoreanSpelledNumbers('우리은행 일공공이 다시 팔사칠 다시 이일구삼공육이요')[0]?.digits; // '1002-847-219306'
 * findKoreanSpelledNumbers('그 사이 일이 많아서'); // []
 */
export const findKoreanSpelledNumbers = rememberLastText((text: string): SpelledNumber[] => {
  const numbers: SpelledNumber[] = [];
  spelledRun.lastIndex = 0;
  for (let match = spelledRun.exec(text); match !== null; match = spelledRun.exec(text)) {
    const end = numberEnd(text, match.index + match[0].length);
    if (end === -1) continue;
    const number = digitsOf(text, { start: match.index, end });
    if (number !== undefined) numbers.push(number);
  }
  return numbers;
});

/**
 * Where the number that runs to `end` ends: there when no syllable of a word or a particle follows, before a last 이 that
 * is the particle or the copula ("…삼공육이요"), or -1 when the run is the start of a word ("오일교환").
 */
function numberEnd(text: string, end: number): number {
  const after = text.charCodeAt(end);
  if (!isHangulSyllable(after)) return end;
  // 이 before more Hangul is the particle or the copula's first syllable, no last digit ("…삼공육이요", "…공육이고").
  if (text.charCodeAt(end - 1) === syllableI) return end - 1;
  return syllablesAfterNumber.has(after) ? end : -1;
}

/** The digits of the run from `span.start` to `span.end`, or undefined when it holds too few or too many. */
function digitsOf(text: string, span: { start: number; end: number }): SpelledNumber | undefined {
  let digits = '';
  const sources: { start: number; end: number }[] = [];
  let count = 0;
  for (let at = span.start; at < span.end;) {
    const digit = digitAt(text, at);
    if (digit !== undefined) {
      digits += String(digit);
      sources.push({ start: at, end: at + 1 });
      count += 1;
      at += 1;
      continue;
    }
    // A gap between groups: a hyphen where it holds a dash, a comma, 다시 or 에, a blank otherwise.
    let gapEnd = at;
    while (gapEnd < span.end && digitAt(text, gapEnd) === undefined) gapEnd += 1;
    const gap = text.slice(at, gapEnd);
    digits += gap.trim() === '' ? ' ' : '-';
    sources.push({ start: at, end: gapEnd });
    at = gapEnd;
  }
  return count >= fewestDigits && count <= mostDigits ? { start: span.start, end: span.end, digits, sources } : undefined;
}

/** The digit a digit word or an ASCII digit at `at` stands for. */
function digitAt(text: string, at: number): number | undefined {
  const code = text.charCodeAt(at);
  return code >= 0x30 && code <= 0x39 ? code - 0x30 : spelledDigitOf(code);
}
