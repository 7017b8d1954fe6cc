// Seeded sampling of row indices without replacement (partial Fisher–Yates), so subsamples and splits are reproducible.

/**
 * `size` distinct indices from 0 … count − 1 in draw order (all of them, shuffled, when size ≥ count).
 * @example
 * sampleIndices(10, 3, seededRandom(1)); // e.g. Int32Array [7, 2, 9]
 */
export function sampleIndices(count: number, size: number, random: () => number): Int32Array {
  const indices = new Int32Array(count);
  for (let index = 0; index < count; index += 1) indices[index] = index;
  const take = Math.min(size, count);
  for (let index = 0; index < take; index += 1) {
    const swap = index + Math.floor(random() * (count - index));
    const value = indices[index] ?? 0;
    indices[index] = indices[swap] ?? 0;
    indices[swap] = value;
  }
  return indices.slice(0, take);
}
