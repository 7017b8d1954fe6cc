// Reads disguised identifiers as the plain ones they stand for, without moving a character: fullwidth forms (what a Korean
// or Japanese input method types: "０１０-１２３４-５６７８", "jane＠example.com") and a phone number spelled in Korean
// digit words ("공일공 일이삼사 오육칠팔", as people write one to slip past a marketplace's filter).
import { isHangulSyllable } from './names/hangul.ts';

/** The digit each Korean digit word stands for (공 and 영 are zero, 육 and 륙 six). */
const spelledDigits = new Map<number, number>(
  [...'공영일이삼사오육륙칠팔구'].map((syllable, index) => [syllable.charCodeAt(0), [0, 0, 1, 2, 3, 4, 5, 6, 6, 7, 8, 9][index]!]),
);
/** A spelled number counts from this many digits: the shortest Korean phone number (02-123-4567) has nine. */
const shortestSpelledNumber = 9;

function isSpelledSeparator(code: number): boolean {
  return code === 0x20 || code === 0x2d || code === 0x2e;
}

/**
 * `text` with every fullwidth ASCII form (U+FF01–U+FF5E) made ASCII, and every run of Korean digit words that opens a word,
 * starts with zero (공, 영) and holds nine digits or more (one blank, hyphen or dot allowed between them) made digits.
 * Each character stays one UTF-16 unit, so offsets into the result are offsets into `text`.
 *
 * @example
 * plainForms('연락처 ０１０-１２３４-５６７８'); // '연락처 010-1234-5678'
 * plainForms('전화 공일공 일이삼사 오육칠팔'); // '전화 010 1234 5678'
 * plainForms('일이삼 순서로 오세요'); // unchanged: not a number
 */
export function plainForms(text: string): string {
  let codes: Uint16Array | undefined;
  const unitsOf = () => (codes ??= Uint16Array.from({ length: text.length }, (_, index) => text.charCodeAt(index)));
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xff01 && code <= 0xff5e) unitsOf()[index] = code - 0xfee0;
    else if (spelledDigits.has(code) && (index === 0 || !isHangulSyllable(text.charCodeAt(index - 1)))) {
      const end = spelledNumberEnd(text, index);
      if (end === -1) continue;
      for (let at = index; at < end; at += 1) {
        const digit = spelledDigits.get(text.charCodeAt(at));
        if (digit !== undefined) unitsOf()[at] = 0x30 + digit;
      }
      index = end - 1;
    }
  }
  // A spread of the units would exceed the argument limit on a long document.
  return codes === undefined ? text : Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');
}

/** Where the spelled number that starts at `start` ends, or -1 when the run there is no number (too short, no leading zero). */
function spelledNumberEnd(text: string, start: number): number {
  if (spelledDigits.get(text.charCodeAt(start)) !== 0) return -1;
  let digits = 0;
  let end = start;
  for (let index = start; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (spelledDigits.has(code)) {
      digits += 1;
      end = index + 1;
    } else if (!isSpelledSeparator(code) || !spelledDigits.has(text.charCodeAt(index + 1))) break;
  }
  return digits >= shortestSpelledNumber ? end : -1;
}
