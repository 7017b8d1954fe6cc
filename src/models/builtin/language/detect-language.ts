// Tells Korean from English by the share of Hangul among the letters of a text.

export type Language = 'ko' | 'en';

const hangulPattern = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u;
const letterPattern = /\p{L}/u;

/**
 * Share of Hangul characters among all letters (0 when the text has no letters).
 * @example
 * hangulRatio('서울 weather'); // 2 / 9
 */
export function hangulRatio(text: string): number {
  let letters = 0;
  let hangul = 0;
  for (const character of text) {
    if (!letterPattern.test(character)) continue;
    letters += 1;
    if (hangulPattern.test(character)) hangul += 1;
  }
  return letters === 0 ? 0 : hangul / letters;
}

/**
 * The language to answer in. A Hangul syllable carries about as much as three Latin letters, so
 * syllables are weighted before taking the majority; a text with no letters counts as English.
 * @example
 * detectLanguage('안녕하세요'); // 'ko'
 * detectLanguage('ORD-1234 주문 조회해 줘'); // 'ko'
 */
export function detectLanguage(text: string): Language {
  let latin = 0;
  let hangul = 0;
  for (const character of text) {
    if (hangulPattern.test(character)) hangul += 3;
    else if (/[a-z]/iu.test(character)) latin += 1;
  }
  return hangul > latin ? 'ko' : 'en';
}
