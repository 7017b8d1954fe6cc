// Text normalisation for matching: NFC, full-width to half-width, lowercase, single spaces; the original is kept elsewhere for quoting.
import { stripKoreanParticle } from './korean-particles.ts';

/**
 * Canonical form used before any matching.
 * @example
 * normalizeText('ＡＢＣ１２３  Hello'); // 'abc123 hello'
 */
export function normalizeText(text: string): string {
  return toHalfWidth(text.normalize('NFC')).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Full-width ASCII (U+FF01–U+FF5E) and the ideographic space become their ASCII forms.
 * @example
 * toHalfWidth('０１０－１２３４'); // '010-1234'
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/gu, (character) => {
    const code = character.charCodeAt(0);
    return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
  });
}

/**
 * Words of a text for matching: normalised, split on anything that is not a letter or digit,
 * Korean particles stripped.
 * @example
 * matchingWords('서울에서 날씨를 알려줘!'); // ['서울', '날씨', '알려줘']
 */
export function matchingWords(text: string): string[] {
  return tokenizeWords(normalizeText(text))
    .map((word) => stripKoreanParticle(word))
    .filter((word) => word.length > 0);
}

/**
 * Splits on non-letter, non-digit characters (keeps Hangul, Latin, digits).
 * @example
 * tokenizeWords('get_weather, now'); // ['get', 'weather', 'now']
 */
export function tokenizeWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/**
 * Splits identifiers such as `get_weather`, `createOrder` or `order-id` into lowercase words.
 * @example
 * splitIdentifier('lookupOrderID'); // ['lookup', 'order', 'id']
 */
export function splitIdentifier(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/gu, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}
