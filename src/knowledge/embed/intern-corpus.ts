// One pass over a fitting corpus: every distinct term gets a dense id, and each chunk keeps its distinct term ids in a
// flat typed array, so the co-occurrence pass of random indexing reads integers instead of re-splitting and re-hashing text.

export interface InternedCorpus {
  /** Distinct terms, by id. */
  terms: string[];
  /** Chunks holding each term id. */
  documentFrequency: Int32Array;
  /** Every chunk's distinct term ids, chunk after chunk; chunk c spans [chunkEnds[c − 1] ?? 0, chunkEnds[c]). */
  chunkTermIds: Int32Array;
  /** How often each entry of `chunkTermIds` occurs in its chunk (what a chunk's embedding weighs it by). */
  termCounts: Int32Array;
  chunkEnds: Int32Array;
  chunks: number;
}

/**
 * @example
 * const interned = internCorpus([['반품', '환불', '환불'], ['환불', '기간']]);
 * interned.terms; // ['반품', '환불', '기간']
 * [...interned.documentFrequency]; // [1, 2, 1]
 */
export function internCorpus(corpus: Iterable<string[]>): InternedCorpus {
  const idOf = new Map<string, number>();
  const terms: string[] = [];
  let frequency = new Int32Array(1024);
  // The last chunk each id was seen in: deduplicates a chunk's terms without building a Set per chunk.
  let lastChunk = new Int32Array(1024);
  // Where each id sits in `ids` for the chunk it was last seen in: a repeat bumps that entry's count.
  let entryOf = new Int32Array(1024);
  let ids = new Int32Array(1 << 16);
  let counts = new Int32Array(1 << 16);
  let length = 0;
  const ends: number[] = [];
  for (const chunkTerms of corpus) {
    const chunk = ends.length + 1;
    if (length + chunkTerms.length > ids.length) {
      ids = grown(ids, length + chunkTerms.length);
      counts = grown(counts, length + chunkTerms.length);
    }
    for (const term of chunkTerms) {
      let id = idOf.get(term);
      if (id === undefined) {
        id = terms.length;
        idOf.set(term, id);
        terms.push(term);
        if (id === frequency.length) {
          frequency = grown(frequency, id + 1);
          lastChunk = grown(lastChunk, id + 1);
          entryOf = grown(entryOf, id + 1);
        }
      }
      if (lastChunk[id] === chunk) {
        counts[entryOf[id]!]! += 1;
        continue;
      }
      lastChunk[id] = chunk;
      frequency[id]! += 1;
      entryOf[id] = length;
      counts[length] = 1;
      ids[length++] = id;
    }
    ends.push(length);
  }
  return {
    terms,
    documentFrequency: frequency.subarray(0, terms.length),
    chunkTermIds: ids.subarray(0, length),
    termCounts: counts.subarray(0, length),
    chunkEnds: Int32Array.from(ends),
    chunks: ends.length,
  };
}

/** A copy with at least `needed` entries: capacity doubles, so appending stays amortised O(1). */
function grown(values: Int32Array, needed: number): Int32Array<ArrayBuffer> {
  let capacity = values.length * 2;
  while (capacity < needed) capacity *= 2;
  const copy = new Int32Array(capacity);
  copy.set(values);
  return copy;
}
