// A deterministic token estimate for usage numbers: a short word or two Hangul syllables per token, long words in six-letter pieces.

/**
 * Estimated tokens of a text; at least 1 for any non-blank text, 0 for blank.
 * @example
 * countTokens('hello world'); // 2
 * countTokens('안녕하세요'); // 3
 */
export function countTokens(text: string): number {
  let tokens = 0;
  for (const match of text.matchAll(/[\uac00-\ud7a3]+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) {
    const run = match[0];
    if (/^[\uac00-\ud7a3]/u.test(run)) tokens += Math.ceil(run.length / 2);
    else if (/^[\p{L}\p{N}]/u.test(run)) tokens += Math.max(1, Math.ceil(run.length / 6));
    else tokens += 1;
  }
  return tokens;
}
