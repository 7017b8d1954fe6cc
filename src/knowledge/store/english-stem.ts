// A light English stemmer (plural, -ing, -ed, -ly), applied alike to indexed text and queries so refunds finds refund.

const keepAsIs = new Set(['this', 'his', 'is', 'was', 'has', 'does', 'yes', 'us', 'news', 'series', 'always']);

/**
 * Strips common inflections; not Porter, but both sides of a match go through it, so consistency is what counts.
 * @example
 * englishStem('refunds'); // 'refund'
 * englishStem('policies'); // 'policy'
 */
export function englishStem(word: string): string {
  if (word.length <= 3 || keepAsIs.has(word) || !/^[a-z]+$/u.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith('ly') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ch|sh|x|z)es$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** stopped → stopp → stop; but keeps "ll"/"ss" (called → call). */
function undouble(stem: string): string {
  const last = stem.at(-1);
  if (stem.length > 3 && last === stem.at(-2) && last !== 'l' && last !== 's') return stem.slice(0, -1);
  return stem;
}
