// The language rules behind sentence splitting: abbreviations, list markers and Korean sentence-final endings.

/** Never end a sentence: titles before names and Latin abbreviations that always continue. */
const continuingAbbreviations = new Set(
  'mr mrs ms dr prof sr jr st mt rev capt gen lt col sgt gov sen rep e.g i.e cf vs viz al approx dept est jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
/** Continue only before a number: "No. 5", "p. 12", "Fig. 3". */
const numberAbbreviations = new Set('no nos p pp vol ch sec art fig figs eq ref op'.split(' '));
/** May end a sentence: continue unless an upper-case letter or Hangul follows ("etc. The", "U.S. 정부"). */
const ambiguousAbbreviations = new Set('etc inc ltd co corp a.m p.m'.split(' '));

export type PeriodVerdict = 'break' | 'continue';

/**
 * Whether a period after `word` ends a sentence, given the character after the following space.
 * @example
 * periodAfterWord({ word: 'Dr', next: 'K', lineStart: false }); // 'continue'
 */
export function periodAfterWord(input: { word: string; next: string; lineStart: boolean }): PeriodVerdict {
  const word = input.word.replace(/^[("'“‘[「『]+/u, '').toLowerCase();
  if (word.length === 0) return 'break';
  // "1. 항목", "가. 항목", "a. item" at the start of a line are list markers.
  if (input.lineStart && /^(\d{1,3}|[a-z]|[가나다라마바사아자차카타파하]|[ivx]{1,4})$/u.test(word)) return 'continue';
  // A lone capital is an initial: "J. K. Rowling".
  if (/^\p{Lu}$/u.test(input.word)) return 'continue';
  if (continuingAbbreviations.has(word)) return 'continue';
  if (numberAbbreviations.has(word)) return /\d/u.test(input.next) ? 'continue' : 'break';
  const upperOrHangul = /[\p{Lu}\uac00-\ud7a3]/u.test(input.next);
  if (ambiguousAbbreviations.has(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return upperOrHangul ? 'break' : 'continue';
  return 'break';
}

/** Markers that open a list item at the start of a line. */
export const listMarkerPattern =
  /^[ \t]*(?:[-*+•·▪◦‣※○●■□▶►✓✔➢→]|\d{1,3}[.)]|\(\d{1,3}\)|[①-⑳]|[가나다라마바사아자차카타파하][.)]|[a-zA-Z][.)]|[ⅰ-ⅻⅠ-Ⅻ][.)]?)[ \t]/u;

const hangulStart = 0xac00;
const hangulEnd = 0xd7a3;

export function isHangulSyllable(code: number): boolean {
  return code >= hangulStart && code <= hangulEnd;
}

/** The final consonant (jongseong) index of a Hangul syllable: 0 none, 8 ㄹ, 17 ㅂ. */
function finalConsonant(syllable: string): number {
  return (syllable.charCodeAt(0) - hangulStart) % 28;
}

/** Words that end like a sentence but are nouns, particles or connectives: "갈까 말까", "바다", "나보다", "날마다", "필요", "어디에다". */
const notFinalSuffixes = [
  '말까',
  '바다',
  '보다',
  '마다',
  '에다',
  '려다',
  '필요',
  '중요',
  '주요',
  '수요',
  '소요',
  '강요',
  '개요',
  '동요',
  '민요',
  '요요',
];

/**
 * Whether a Hangul word is a sentence-final form (다/요/죠/까 endings) so that a sentence may end after it without
 * punctuation, as Korean chat and notes often do.
 * @example
 * isKoreanFinalWord('확인했습니다'); // true
 * isKoreanFinalWord('나보다'); // false
 */
export function isKoreanFinalWord(word: string): boolean {
  if (word.length < 2) return false;
  const last = word.at(-1) ?? '';
  const before = word.at(-2) ?? '';
  if (notFinalSuffixes.some((suffix) => word.endsWith(suffix))) return false;
  if (last === '다' || last === '요' || last === '죠') return true;
  if (last === '까') {
    // 할까/갈까/을까 (ㄹ) and 습니까/합니까 (ㅂ니까) ask; 그러니까 and 아까 do not end a sentence.
    if (finalConsonant(before) === 8) return true;
    return before === '니' && word.length >= 3 && finalConsonant(word.at(-3) ?? '') === 17;
  }
  return false;
}
