// Korean particles that depend on the last syllable (을/를, 이/가, 은/는, 와/과), so generated sentences read naturally.

function hasFinalConsonant(word: string): boolean | undefined {
  const last = word.trim().at(-1) ?? '';
  const code = last.codePointAt(0) ?? 0;
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  if (/[0-9]/u.test(last)) return /[013678]/u.test(last);
  return undefined;
}

/**
 * Appends the right form of a particle pair; unknown endings (Latin words) get both forms, as Korean writing does.
 * @example
 * withJosa('주문', '을', '를'); // '주문을'
 * withJosa('날씨', '이', '가'); // '날씨가'
 * withJosa('email', '을', '를'); // 'email(을)를'
 */
export function withJosa(word: string, afterConsonant: string, afterVowel: string): string {
  const final = hasFinalConsonant(word);
  if (final === undefined) return `${word}(${afterConsonant})${afterVowel}`;
  return `${word}${final ? afterConsonant : afterVowel}`;
}

/**
 * Joins words into a Korean list: "A", "A와 B", "A, B와 C".
 * @example
 * joinKorean(['상품', '수량']); // '상품과 수량'
 */
export function joinKorean(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  const head = words.slice(0, -1);
  const last = words.at(-1) ?? '';
  return `${head
    .slice(0, -1)
    .map((word) => `${word}, `)
    .join('')}${withJosa(head.at(-1) ?? '', '과', '와')} ${last}`;
}

/**
 * Joins words into an English list: "A", "A and B", "A, B and C".
 * @example
 * joinEnglish(['product', 'quantity']); // 'product and quantity'
 */
export function joinEnglish(words: readonly string[], conjunction = 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1) ?? ''}`;
}
