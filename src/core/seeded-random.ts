// mulberry32: a tiny seedable PRNG, so fitted models, generated test weights and fuzz cases are the same on every run.

/**
 * @example
 * const random = seededRandom(42);
 * random(); // the same number on every machine
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
