// A seeded random source (mulberry32) so the corpus, the filler and the query sample are the same on every run.
import { seededRandom as seededNumbers } from '../../src/core/index.ts';

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
  const next = seededNumbers(seed);
  const integer = (below: number) => Math.floor(next() * below);
  return { next, integer, pick: (values) => values[integer(values.length)]! };
}
