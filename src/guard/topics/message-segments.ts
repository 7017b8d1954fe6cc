// Splits a message into the parts a topic is looked for in: the whole, its sentences and clauses joined by 그런데 / by the way.

const sentenceBreak = /(?<=[.?!。])\s+|\n+/u;
const clauseBreak = /\s+(?:그런데|근데|그리고|그러면|아무튼|also|but|and also|by the way|anyway|btw)\s+/iu;

/**
 * The whole message first, then each sentence and each clause of it (deduplicated), so a denied
 * request inside a longer message is judged on its own words.
 * @example
 * messageSegments('Thanks for the bill. By the way which stock should I buy?');
 * // ['Thanks for the bill. By the way which stock should I buy?', 'Thanks for the bill.', 'By the way which stock should I buy?', 'By the way', 'which stock should I buy?']
 */
export function messageSegments(text: string): string[] {
  const segments = new Set<string>([text.trim()]);
  for (const sentence of text.split(sentenceBreak)) {
    const trimmed = sentence.trim();
    if (trimmed.length === 0) continue;
    segments.add(trimmed);
    for (const clause of trimmed.split(clauseBreak)) if (clause.trim().length > 0) segments.add(clause.trim());
  }
  return [...segments].filter((segment) => segment.length > 0);
}
