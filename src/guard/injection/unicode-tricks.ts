// Undoes character-level disguises: invisible characters, Unicode tag smuggling, fullwidth forms and Cyrillic/Greek look-alikes.
import type { EncodingTrick } from './types.ts';

// Zero-width spaces and joiners, word joiner and invisible operators, BOM, soft hyphen, combining grapheme joiner,
// Mongolian vowel separator, Hangul fillers and variation selectors: none of them shows, all of them split words.
const invisible = /[\u00ad\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0]/gu;
/** Combining grapheme joiner and variation selectors: combining marks, so kept out of the character class above. */
const isInvisibleMark = (code: number) => code === 0x034f || (code >= 0xfe00 && code <= 0xfe0f);
// Unicode tag characters mirror ASCII and render as nothing ("ASCII smuggling").
const tags = /[\u{e0000}-\u{e007f}]/gu;

const lookAlikes: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  ı: 'i',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  ω: 'w',
};
const lookAlikePattern = new RegExp(`[${Object.keys(lookAlikes).join('')}]`, 'gu');
const latinLetter = /[a-z]/u;

export interface UnicodeCleanResult {
  text: string;
  tricks: EncodingTrick[];
}

/**
 * NFKC (fullwidth and compatibility forms become ASCII), invisible characters dropped, tag characters read as the
 * ASCII they hide, and look-alike letters mapped to Latin inside words that also hold Latin letters.
 * @example
 * cleanUnicode('ｉｇｎｏｒｅ pr\u200Beviоus').text; // 'ignore previous'
 */
export function cleanUnicode(text: string): UnicodeCleanResult {
  const tricks: EncodingTrick[] = [];
  let result = text;
  if (result.search(tags) >= 0) {
    tricks.push('unicode-tags');
    result = result.replace(tags, (character) => {
      const code = (character.codePointAt(0) ?? 0) - 0xe0000;
      return code >= 0x20 && code < 0x7f ? String.fromCharCode(code) : '';
    });
  }
  if (/[\uff01-\uff5e]/u.test(result)) tricks.push('fullwidth');
  result = result.normalize('NFKC');
  const withoutInvisible = [...result.replace(invisible, '')]
    .filter((character) => !isInvisibleMark(character.codePointAt(0) ?? 0))
    .join('');
  if (withoutInvisible !== result) tricks.push('invisible-characters');
  result = withoutInvisible.toLowerCase();
  if (result.search(lookAlikePattern) >= 0) {
    let mapped = false;
    // Only words that mix scripts: a whole Greek or Russian word is language, a mixed one is a disguise.
    result = result.replace(/[\p{L}\p{M}]+/gu, (word) => {
      const replaced = word.replace(lookAlikePattern, (character) => lookAlikes[character] ?? character);
      if (replaced === word || !latinLetter.test(word)) return word;
      mapped = true;
      return replaced;
    });
    if (mapped) tricks.push('homoglyph');
  }
  return {
    text: result
      .replace(/[^\S\n]+/gu, ' ')
      .replace(/ ?\n\s*/gu, '\n')
      .trim(),
    tricks,
  };
}
