// Draws one value from a leaf payload: a class by its count, or an atom / a smoothed point between quantile knots.
import { standardNormal } from '../../stats/index.ts';

/**
 * A code drawn in proportion to the leaf's class counts (`[entries, code, count, …]` at `offset`).
 * @example
 * drawClass([2, 0, 1, 3, 3], { offset: 0, random }); // 0 a quarter of the time, 3 otherwise
 */
export function drawClass(leafData: Float64Array, at: { offset: number; random: () => number }): number {
  const entries = leafData[at.offset] ?? 0;
  let total = 0;
  for (let entry = 0; entry < entries; entry += 1) total += leafData[at.offset + 2 + 2 * entry] ?? 0;
  let remaining = at.random() * total;
  let code = leafData[at.offset + 1] ?? 0;
  for (let entry = 0; entry < entries; entry += 1) {
    code = leafData[at.offset + 1 + 2 * entry] ?? 0;
    remaining -= leafData[at.offset + 2 + 2 * entry] ?? 0;
    if (remaining < 0) break;
  }
  return code;
}

export interface ContinuousDraw {
  offset: number;
  random: () => number;
  /** Noise standard deviation as a share of the local knot spacing. */
  smoothing: number;
  noiseFloor: number;
  /** Value of the leaf's line column on this row (ignored when the leaf has no line). */
  lineInput: number;
}

/** Column the leaf at `offset` draws its line from, or −1. */
export function leafLineColumn(leafData: Float64Array, offset: number): number {
  return leafData[offset + 3] ?? -1;
}

/**
 * A value from `[atoms, knots, knotWeight, lineColumn, slope, intercept, atomValue, atomCount, …, knot, …]`: atoms
 * exactly, otherwise linear interpolation between neighbouring knots plus Gaussian noise scaled to their spacing,
 * shifted onto the leaf's line when it has one.
 * @example
 * drawContinuous(Float64Array.of(1, 2, 2, -1, 0, 0, 0, 2, 1.5, 2.5), { offset: 0, random, smoothing: 0.5, noiseFloor: 0, lineInput: 0 });
 */
export function drawContinuous(leafData: Float64Array, draw: ContinuousDraw): number {
  const { offset, random } = draw;
  const atoms = leafData[offset] ?? 0;
  const knots = leafData[offset + 1] ?? 0;
  const knotWeight = knots > 0 ? (leafData[offset + 2] ?? 0) : 0;
  let atomWeight = 0;
  for (let atom = 0; atom < atoms; atom += 1) atomWeight += leafData[offset + 7 + 2 * atom] ?? 0;
  let remaining = random() * (atomWeight + knotWeight);
  for (let atom = 0; atom < atoms; atom += 1) {
    remaining -= leafData[offset + 7 + 2 * atom] ?? 0;
    if (remaining < 0) return leafData[offset + 6 + 2 * atom] ?? 0;
  }
  const line = leafLineColumn(leafData, offset) >= 0;
  const shift = line ? (leafData[offset + 5] ?? 0) + (leafData[offset + 4] ?? 0) * draw.lineInput : 0;
  const first = offset + 6 + 2 * atoms;
  if (knots <= 1) return shift + (leafData[first] ?? 0) + draw.smoothing * draw.noiseFloor * standardNormal(random);
  const position = random() * (knots - 1);
  const below = Math.min(knots - 2, Math.floor(position));
  const low = leafData[first + below] ?? 0;
  const high = leafData[first + below + 1] ?? low;
  const spread = draw.smoothing * Math.max(high - low, draw.noiseFloor);
  return shift + low + (position - below) * (high - low) + (spread > 0 ? spread * standardNormal(random) : 0);
}
