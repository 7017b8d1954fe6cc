// An in-memory inverted index of one base's search terms, scored with FTS5's bm25 formula. FTS5 stays the durable
// index; this copy exists because FTS5 reads each match's length from a B-tree, which costs ~1 µs per posting and
// dominates queries with common terms (a Korean word in half the chunks), while here a posting costs a few array reads.

export interface LexicalHit {
  rowid: number;
  /** bm25, higher is better (FTS5's rank negated). */
  score: number;
}

/** Typed arrays with spare capacity: a quarter of the memory of number arrays at 100k chunks. */
interface Postings {
  slots: Int32Array;
  counts: Uint16Array;
  length: number;
  /** Live rows holding the term (the lists may still hold removed slots until compaction). */
  frequency: number;
}

/** FTS5's defaults (ext/fts5/fts5_aux.c). */
const k1 = 1.2;
const b = 0.75;

/** Rows get dense slots so scores accumulate in a typed array; a removed row's slot is never reused. */
export class LexicalIndex {
  private readonly postings = new Map<string, Postings>();
  private readonly slotOf = new Map<number, number>();
  private rowids: number[] = [];
  private lengths: number[] = [];
  private live = 0;
  private totalLength = 0;

  get count(): number {
    return this.live;
  }

  /** Rows holding a term. */
  frequency(term: string): number {
    return this.postings.get(term)?.frequency ?? 0;
  }

  /** Adds a row's terms (with repeats); an existing row is replaced. */
  add(rowid: number, terms: string[]): void {
    if (this.slotOf.has(rowid)) this.remove(rowid, { terms: null });
    const slot = this.rowids.length;
    this.rowids.push(rowid);
    this.lengths.push(terms.length);
    this.slotOf.set(rowid, slot);
    this.live += 1;
    this.totalLength += terms.length;
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) {
      let postings = this.postings.get(term);
      if (!postings)
        this.postings.set(term, (postings = { slots: new Int32Array(2), counts: new Uint16Array(2), length: 0, frequency: 0 }));
      if (postings.length === postings.slots.length) grow(postings);
      postings.slots[postings.length] = slot;
      postings.counts[postings.length] = Math.min(count, 65_535);
      postings.length += 1;
      postings.frequency += 1;
    }
  }

  /** Removes a row; its terms keep document frequencies exact (null: found by scanning, for replacements only). */
  remove(rowid: number, options: { terms: string[] | null }): void {
    const slot = this.slotOf.get(rowid);
    if (slot === undefined) return;
    this.slotOf.delete(rowid);
    this.live -= 1;
    this.totalLength -= this.lengths[slot]!;
    this.lengths[slot] = -1;
    const terms = options.terms ? new Set(options.terms) : this.postings.keys();
    for (const term of terms) {
      const postings = this.postings.get(term);
      if (postings && (options.terms || postings.slots.subarray(0, postings.length).includes(slot))) postings.frequency -= 1;
    }
    if (this.rowids.length > 1024 && this.live < this.rowids.length / 2) this.compact();
  }

  /**
   * The best `limit` rows for the query terms by bm25, best first; ties by rowid.
   * @example
   * index.search({ terms: ['환불', '기간'], limit: 20 }); // [{ rowid: 12, score: 7.1 }, …]
   */
  search(options: { terms: string[]; limit: number; allowed?: (rowid: number) => boolean }): LexicalHit[] {
    if (this.live === 0) return [];
    const scores = new Float64Array(this.rowids.length);
    const touched: number[] = [];
    const averageLength = this.totalLength / this.live;
    for (const term of new Set(options.terms)) {
      const postings = this.postings.get(term);
      if (!postings || postings.frequency === 0) continue;
      // FTS5 floors a non-positive idf (terms in half the rows or more) at 1e-6 rather than letting it go negative.
      const idf = Math.max(1e-6, Math.log((this.live - postings.frequency + 0.5) / (postings.frequency + 0.5)));
      const { slots, counts } = postings;
      for (let index = 0; index < postings.length; index += 1) {
        const slot = slots[index]!;
        const length = this.lengths[slot]!;
        if (length < 0) continue;
        const count = counts[index]!;
        if (scores[slot] === 0) touched.push(slot);
        scores[slot]! += (idf * count * (k1 + 1)) / (count + k1 * (1 - b + (b * length) / averageLength));
      }
    }
    const best: LexicalHit[] = [];
    for (const slot of touched) {
      const rowid = this.rowids[slot]!;
      if (options.allowed && !options.allowed(rowid)) continue;
      const score = scores[slot]!;
      const worst = best[best.length - 1];
      if (best.length >= options.limit && worst && (score < worst.score || (score === worst.score && rowid > worst.rowid))) continue;
      insertSorted(best, { rowid, score });
      if (best.length > options.limit) best.pop();
    }
    return best;
  }

  /** Drops removed slots from every list and renumbers, once half the slots are dead. */
  private compact(): void {
    const renumber = new Int32Array(this.rowids.length).fill(-1);
    const rowids: number[] = [];
    const lengths: number[] = [];
    this.rowids.forEach((rowid, slot) => {
      if (this.lengths[slot]! < 0) return;
      renumber[slot] = rowids.length;
      this.slotOf.set(rowid, rowids.length);
      rowids.push(rowid);
      lengths.push(this.lengths[slot]!);
    });
    for (const [term, postings] of this.postings) {
      let kept = 0;
      for (let index = 0; index < postings.length; index += 1) {
        const slot = renumber[postings.slots[index]!]!;
        if (slot < 0) continue;
        postings.slots[kept] = slot;
        postings.counts[kept] = postings.counts[index]!;
        kept += 1;
      }
      if (kept === 0) this.postings.delete(term);
      else Object.assign(postings, { length: kept, frequency: kept });
    }
    this.rowids = rowids;
    this.lengths = lengths;
  }
}

function grow(postings: Postings): void {
  const slots = new Int32Array(postings.slots.length * 2);
  slots.set(postings.slots);
  const counts = new Uint16Array(postings.counts.length * 2);
  counts.set(postings.counts);
  postings.slots = slots;
  postings.counts = counts;
}

/** Keeps `hits` sorted by score descending, then rowid ascending (a short list: linear insertion is fastest). */
function insertSorted(hits: LexicalHit[], hit: LexicalHit): void {
  let position = hits.length;
  while (position > 0) {
    const before = hits[position - 1]!;
    if (before.score > hit.score || (before.score === hit.score && before.rowid < hit.rowid)) break;
    position -= 1;
  }
  hits.splice(position, 0, hit);
}
