// A seeded random source for the PII evaluation set, so the generator writes the same file on every machine.
import { seededRandom as seededNumbers } from '../../../src/core/index.ts';

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, below). */
  integer(below: number): number;
  /** Uniform integer in [low, high], both inclusive. */
  between(low: number, high: number): number;
  pick<T>(values: readonly T[]): T;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** `count` random decimal digits as a string (leading zeros allowed). */
  digits(count: number): string;
}

/**
 * @example
 * const random = seededRandom(7);
 * random.digits(4); // the same four digits on every run
 */
export function seededRandom(seed: number): Random {
  const next = seededNumbers(seed);
  const integer = (below: number) => Math.floor(next() * below);
  const digits = (count: number) => Array.from({ length: count }, () => String(integer(10))).join('');
  return {
    next,
    integer,
    between: (low, high) => low + integer(high - low + 1),
    pick: (values) => values[integer(values.length)]!,
    chance: (probability) => next() < probability,
    digits,
  };
}

/** Zero-pads a number to `width` digits. */
export const pad = (value: number, width: number): string => String(value).padStart(width, '0');
