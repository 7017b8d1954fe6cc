// A seeded random source (mulberry32) so the corpus, the filler and the query sample are the same on every run.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, below). */
  integer(below: number): number;
  pick<T>(values: readonly T[]): T;
}

/**
 * @example
 * const random = seededRandom(42);
 * random.pick(['요금', '환불']);
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (below: number) => Math.floor(next() * below);
  return { next, integer, pick: (values) => values[integer(values.length)]! };
}
