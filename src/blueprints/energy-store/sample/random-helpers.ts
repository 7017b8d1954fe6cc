// Small helpers over a seeded random source, so every draw in the sample data is reproducible from the seed.

export type Random = () => number;

/** An integer in [minimum, maximum]. */
export function randomInteger(random: Random, range: { minimum: number; maximum: number }): number {
  return range.minimum + Math.floor(random() * (range.maximum - range.minimum + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Picks an index with probability proportional to its weight. */
export function pickWeighted(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = random() * total;
  for (let index = 0; index < weights.length; index += 1) {
    target -= weights[index] ?? 0;
    if (target < 0) return index;
  }
  return weights.length - 1;
}

/** Fisher–Yates, in place. */
export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
}

/** Prices end in hundreds of won, as Korean shelf prices do. */
export function roundPrice(value: number): number {
  return Math.max(100, Math.round(value / 100) * 100);
}

/** A string of random decimal digits. */
export function randomDigits(random: Random, length: number): string {
  let digits = '';
  for (let index = 0; index < length; index += 1) digits += Math.floor(random() * 10).toString();
  return digits;
}
