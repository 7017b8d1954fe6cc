// Splits Hangul syllables into jamo, so fuzzy matching sees 엔진 and 엔징 as one letter apart, not a whole syllable.

const syllableBase = 0xac00;
const syllableLast = 0xd7a3;
const initials = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const medials = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const finals = ['', ...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'];

/**
 * Decomposes every Hangul syllable into compatibility jamo; other characters pass through.
 * @example
 * decomposeHangul('한글'); // 'ㅎㅏㄴㄱㅡㄹ'
 */
export function decomposeHangul(text: string): string {
  let result = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code < syllableBase || code > syllableLast) {
      result += character;
      continue;
    }
    const offset = code - syllableBase;
    result += initials[Math.floor(offset / 588)] ?? '';
    result += medials[Math.floor((offset % 588) / 28)] ?? '';
    result += finals[offset % 28] ?? '';
  }
  return result;
}

/** Whether the character is a precomposed Hangul syllable. */
export function isHangulSyllable(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code >= syllableBase && code <= syllableLast;
}
