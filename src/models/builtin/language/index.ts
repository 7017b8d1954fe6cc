// Language layer of the builtin engine: detection, normalisation, particles, jamo and token counting.
export { detectLanguage, hangulRatio, type Language } from './detect-language.ts';
export { normalizeText, toHalfWidth, matchingWords, tokenizeWords, splitIdentifier } from './normalize-text.ts';
export { stripKoreanParticle, isKoreanParticle } from './korean-particles.ts';
export { decomposeHangul, isHangulSyllable } from './hangul-jamo.ts';
export { countTokens } from './count-tokens.ts';
