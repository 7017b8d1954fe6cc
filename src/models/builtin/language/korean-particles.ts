// Korean particles and polite endings, stripped from word ends so 서울에서 and 서울 match the same word.

/** Longest first, so 에서는 wins over 는. */
const suffixes = [
  '했습니다',
  '입니다만',
  '이었어요',
  '이었는데',
  '해주세요',
  '해줄래요',
  '입니다',
  '인가요',
  '인데요',
  '이에요',
  '에서는',
  '에게서',
  '으로는',
  '까지는',
  '부터는',
  '이라고',
  '이라는',
  '해주세',
  '해줘요',
  '예요',
  '에서',
  '에게',
  '한테',
  '으로',
  '까지',
  '부터',
  '처럼',
  '보다',
  '이랑',
  '이나',
  '이요',
  '라고',
  '라는',
  '에는',
  '로는',
  '와는',
  '과는',
  '해줘',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '에',
  '로',
  '와',
  '과',
  '의',
  '도',
  '만',
  '요',
  '랑',
  '나',
] as const;

const hangulSyllable = /^[\uac00-\ud7a3]+$/u;

/**
 * Removes one trailing particle or ending from a Korean word, keeping at least one syllable
 * (two when the suffix is a single syllable, so short nouns such as 나이 survive).
 * @example
 * stripKoreanParticle('서울에서'); // '서울'
 * stripKoreanParticle('주문을'); // '주문'
 */
export function stripKoreanParticle(word: string): string {
  if (!hangulSyllable.test(word)) return stripTrailingParticleAfterLatin(word);
  for (const suffix of suffixes) {
    if (!word.endsWith(suffix)) continue;
    const rest = word.slice(0, -suffix.length);
    const minimum = suffix.length === 1 ? 2 : 1;
    if ([...rest].length >= minimum) return rest;
  }
  return word;
}

/** "ORD-123을" or "kim@example.com으로": Latin or digits followed by a Korean particle. */
function stripTrailingParticleAfterLatin(word: string): string {
  const match = /^(.*[^\uac00-\ud7a3])([\uac00-\ud7a3]{1,3})$/u.exec(word);
  if (!match || !match[1] || !match[2]) return word;
  return (suffixes as readonly string[]).includes(match[2]) ? match[1] : word;
}

/**
 * Whether a whole word is only a particle or ending (e.g. a detached 을).
 * @example
 * isKoreanParticle('에서'); // true
 */
export function isKoreanParticle(word: string): boolean {
  return (suffixes as readonly string[]).includes(word);
}
