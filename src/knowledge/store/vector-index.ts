// An in-memory copy of one base's vectors for fast KNN: centred sign bits scored against the full query through byte
// lookup tables in a coarse pass over every row, then int8 dot products rescore the best few hundred. sqlite-vec stays the durable store.

export interface VectorHit {
  rowid: number;
  /** Cosine similarity. */
  similarity: number;
}

export interface VectorIndexSearch {
  vector: Float32Array;
  limit: number;
  /** Only rows for which this returns true are candidates (a filter); all rows when absent. */
  allowed?: (rowid: number) => boolean;
  /** Rows rescored after the coarse pass (default max(4 × limit, 2000)); more costs time and gains recall. */
  rescore?: number;
}

/** Rows live in slots 0..count−1 of flat typed arrays; a removal moves the last row into the freed slot. */
export class VectorIndex {
  readonly dimensions: number;
  private readonly bytes: number;
  private size = 0;
  private rowids = new Float64Array(1024);
  private codes: Uint8Array;
  private values: Int8Array;
  private scales = new Float32Array(1024);
  private readonly slotOf = new Map<number, number>();
  /** Mean of the unit rows when the codes were last computed: signs of (row − centre) separate rows far better. */
  private centre: Float32Array;
  private centredAt = 0;

  constructor(dimensions: number) {
    this.dimensions = dimensions;
    // Whole 32-bit words per row, so the scan reads four code bytes at a time.
    this.bytes = Math.ceil(dimensions / 32) * 4;
    this.codes = new Uint8Array(1024 * this.bytes);
    this.values = new Int8Array(1024 * dimensions);
    this.centre = new Float32Array(dimensions);
  }

  get count(): number {
    return this.size;
  }

  /** Adds or replaces a row. */
  set(rowid: number, vector: Float32Array): void {
    let slot = this.slotOf.get(rowid);
    if (slot === undefined) {
      if (this.size === this.scales.length) this.grow();
      slot = this.size++;
      this.slotOf.set(rowid, slot);
      this.rowids[slot] = rowid;
    }
    const { dimensions } = this;
    let largest = 0;
    let squares = 0;
    for (let index = 0; index < dimensions; index += 1) {
      largest = Math.max(largest, Math.abs(vector[index]!));
      squares += vector[index]! * vector[index]!;
    }
    const scale = largest > 0 ? largest / 127 : 1;
    // The row's length folds into its scale, so a dot product with a unit query is already the cosine.
    this.scales[slot] = squares > 0 ? scale / Math.sqrt(squares) : 0;
    for (let index = 0; index < dimensions; index += 1) this.values[slot * dimensions + index] = Math.round(vector[index]! / scale);
    // Re-centre each time the index doubles: amortised, it costs one more pass over each row.
    if (this.size >= 2 * this.centredAt && this.size >= 64) this.recentre();
    else this.encode(slot);
  }

  private recentre(): void {
    const { dimensions, values, scales } = this;
    const centre = new Float64Array(dimensions);
    for (let slot = 0; slot < this.size; slot += 1) {
      const scale = scales[slot]!;
      for (let index = 0; index < dimensions; index += 1) centre[index]! += values[slot * dimensions + index]! * scale;
    }
    for (let index = 0; index < dimensions; index += 1) this.centre[index] = centre[index]! / this.size;
    this.centredAt = this.size;
    for (let slot = 0; slot < this.size; slot += 1) this.encode(slot);
  }

  private encode(slot: number): void {
    const { dimensions, bytes, values, centre } = this;
    const scale = this.scales[slot]!;
    this.codes.fill(0, slot * bytes, (slot + 1) * bytes);
    for (let index = 0; index < dimensions; index += 1) {
      if (values[slot * dimensions + index]! * scale > centre[index]!) this.codes[slot * bytes + (index >> 3)]! |= 1 << (index & 7);
    }
  }

  /** Removes a row (the last row moves into its slot). */
  delete(rowid: number): void {
    const slot = this.slotOf.get(rowid);
    if (slot === undefined) return;
    this.slotOf.delete(rowid);
    const last = --this.size;
    if (slot === last) return;
    const moved = this.rowids[last]!;
    this.rowids[slot] = moved;
    this.slotOf.set(moved, slot);
    this.scales[slot] = this.scales[last]!;
    this.codes.copyWithin(slot * this.bytes, last * this.bytes, (last + 1) * this.bytes);
    this.values.copyWithin(slot * this.dimensions, last * this.dimensions, (last + 1) * this.dimensions);
  }

  /** Approximate nearest rows by cosine, best first; `exact` rescoring of the survivors is the caller's choice. */
  search(options: VectorIndexSearch): VectorHit[] {
    const { vector, limit } = options;
    if (this.size === 0 || limit <= 0) return [];
    const wanted = Math.max(limit, options.rescore ?? Math.max(4 * limit, 2000));
    let squares = 0;
    for (let index = 0; index < vector.length; index += 1) squares += vector[index]! * vector[index]!;
    const norm = Math.sqrt(squares) || 1;
    const candidates =
      this.size <= wanted && !options.allowed ? allSlots(this.size) : this.coarse(vector, { wanted, allowed: options.allowed });
    // Only the best `limit` of the rescored candidates are kept, in a short sorted list: sorting thousands of hit
    // objects to keep forty cost more than the rescoring itself.
    const hits: VectorHit[] = [];
    for (const slot of candidates) {
      const hit = { rowid: this.rowids[slot]!, similarity: this.dot(slot, vector) / norm };
      const worst = hits[hits.length - 1];
      if (hits.length >= limit && worst && !ranksBefore(hit, worst)) continue;
      let position = hits.length;
      while (position > 0 && ranksBefore(hit, hits[position - 1]!)) position -= 1;
      hits.splice(position, 0, hit);
      if (hits.length > limit) hits.pop();
    }
    return hits;
  }

  /**
   * Slots of the `wanted` rows with the best estimated score ⟨query, sign(row − centre)⟩, computed with one lookup
   * table per code byte (asymmetric: the query keeps its full precision, which ranks far better than Hamming distance).
   */
  private coarse(vector: Float32Array, options: { wanted: number; allowed: ((rowid: number) => boolean) | undefined }): Int32Array {
    const { bytes, codes, size, dimensions } = this;
    // Integer tables (the query scaled to ±2^20 over all bytes) keep the scan in int32 arithmetic, which V8 runs faster.
    let largest = 0;
    for (let index = 0; index < dimensions; index += 1) largest = Math.max(largest, Math.abs(vector[index]!));
    const unit = largest > 0 ? 2 ** 20 / (largest * dimensions) : 0;
    const tables = new Int32Array(bytes * 256);
    for (let byte = 0; byte < bytes; byte += 1) {
      for (let pattern = 0; pattern < 256; pattern += 1) {
        let sum = 0;
        for (let bit = 0; bit < 8; bit += 1) {
          const index = byte * 8 + bit;
          if (index < dimensions) sum += pattern & (1 << bit) ? vector[index]! : -vector[index]!;
        }
        tables[byte * 256 + pattern] = Math.round(sum * unit);
      }
    }
    const estimates = new Float32Array(size);
    const words = new Uint32Array(codes.buffer, codes.byteOffset, size * (bytes >> 2));
    const wordsPerRow = bytes >> 2;
    for (let slot = 0; slot < size; slot += 1) {
      let sum = 0;
      const offset = slot * wordsPerRow;
      for (let word = 0, table = 0; word < wordsPerRow; word += 1, table += 1024) {
        const code = words[offset + word]!;
        sum =
          (sum +
            tables[table + (code & 255)]! +
            tables[table + 256 + ((code >>> 8) & 255)]! +
            tables[table + 512 + ((code >>> 16) & 255)]! +
            tables[table + 768 + (code >>> 24)]!) |
          0;
      }
      estimates[slot] = sum;
    }
    if (options.allowed) {
      for (let slot = 0; slot < size; slot += 1) if (!options.allowed(this.rowids[slot]!)) estimates[slot] = -Infinity;
    }
    return topSlots(estimates, options.wanted);
  }

  private dot(slot: number, vector: Float32Array): number {
    const { dimensions, values } = this;
    const offset = slot * dimensions;
    let sum = 0;
    for (let index = 0; index < dimensions; index += 1) sum += values[offset + index]! * vector[index]!;
    return sum * this.scales[slot]!;
  }

  private grow(): void {
    const capacity = this.scales.length * 2;
    const rowids = new Float64Array(capacity);
    rowids.set(this.rowids);
    this.rowids = rowids;
    const scales = new Float32Array(capacity);
    scales.set(this.scales);
    this.scales = scales;
    const codes = new Uint8Array(capacity * this.bytes);
    codes.set(this.codes);
    this.codes = codes;
    const values = new Int8Array(capacity * this.dimensions);
    values.set(this.values);
    this.values = values;
  }
}

function allSlots(size: number): Int32Array {
  return Int32Array.from({ length: size }, (_, slot) => slot);
}

/**
 * Slots of about the `wanted` highest finite estimates (at least that many when there are): a threshold from a sorted
 * sample with a margin, so the cut costs one pass instead of sorting every row.
 */
function topSlots(estimates: Float32Array, wanted: number): Int32Array {
  let finite = 0;
  for (let slot = 0; slot < estimates.length; slot += 1) if (estimates[slot]! > -Infinity) finite += 1;
  if (finite <= wanted) return slotsAtLeast(estimates, -Number.MAX_VALUE);
  const stride = Math.max(1, Math.floor(estimates.length / 4096));
  const sample: number[] = [];
  for (let slot = 0; slot < estimates.length; slot += stride) if (estimates[slot]! > -Infinity) sample.push(estimates[slot]!);
  // Ascending in a typed array (a native numeric sort); position p from the top is sorted[length − 1 − p].
  const sorted = Float64Array.from(sample).sort();
  const share = Math.min(1, (1.5 * wanted) / finite);
  const threshold = sorted[sorted.length - 1 - Math.min(sorted.length - 1, Math.ceil(sorted.length * share))]!;
  const chosen = slotsAtLeast(estimates, threshold);
  if (chosen.length >= wanted) return chosen;
  const all = estimates.filter((value) => value > -Infinity).sort();
  return slotsAtLeast(estimates, all[all.length - wanted]!);
}

function slotsAtLeast(estimates: Float32Array, threshold: number): Int32Array {
  let count = 0;
  for (let slot = 0; slot < estimates.length; slot += 1) if (estimates[slot]! >= threshold) count += 1;
  const chosen = new Int32Array(count);
  count = 0;
  for (let slot = 0; slot < estimates.length; slot += 1) if (estimates[slot]! >= threshold) chosen[count++] = slot;
  return chosen;
}

/** Higher similarity first, then lower rowid. */
function ranksBefore(hit: VectorHit, other: VectorHit): boolean {
  return hit.similarity > other.similarity || (hit.similarity === other.similarity && hit.rowid < other.rowid);
}
