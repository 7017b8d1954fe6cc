// Deterministic choices for the sample generator, on top of the core's seeded PRNG.
import { seededRandom } from '../../../core/index.ts';

export interface SampleRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by the weight each item carries. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
}

/**
 * @example
 * const random = sampleRandom(7);
 * random.int(1, 6); // the same roll on every machine
 */
export function sampleRandom(seed: number): SampleRandom {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick,
    weighted: (items, weight) => {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let target = next() * total;
      for (const item of items) {
        target -= weight(item);
        if (target < 0) return item;
      }
      return pick(items);
    },
  };
}
