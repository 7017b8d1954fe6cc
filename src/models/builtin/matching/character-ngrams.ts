// Character n-gram features of words, the shared vocabulary of the intent classifier and the embeddings.

/**
 * Character n-grams of one word padded with boundary marks, for each requested size.
 * @example
 * characterNgrams('날씨', [2]); // ['^날', '날씨', '씨$']
 */
export function characterNgrams(word: string, sizes: readonly number[]): string[] {
  const characters = ['^', ...word, '$'];
  const grams: string[] = [];
  for (const size of sizes) {
    if (characters.length < size) continue;
    for (let start = 0; start + size <= characters.length; start += 1) grams.push(characters.slice(start, start + size).join(''));
  }
  return grams;
}

/**
 * Counts of each item.
 * @example
 * countItems(['a', 'b', 'a']).get('a'); // 2
 */
export function countItems(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}
