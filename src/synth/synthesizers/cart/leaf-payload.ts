// Builds a leaf's payload: class counts for a discrete target; exact atoms plus quantile knots for a continuous one.
import { compactNumber } from '../json-numbers.ts';
import { fitLeafLine, type LeafRegressor } from './leaf-regression.ts';

/** How a continuous column's leaves summarise their values. */
export interface ContinuousLeafShape {
  /** Values frequent enough in the column to be sampled exactly (zeros of a zero-inflated cost). */
  atoms: ReadonlySet<number>;
  maxKnots: number;
  /** Significant digits knots are stored with, enough for about 1e-6 of the column's range. */
  digits: number;
}

/**
 * `[entries, code, count, …]` for the codes of a leaf's rows, codes ascending.
 * @example
 * discreteLeaf([2, 0, 2]); // [2, 0, 1, 2, 2]
 */
export function discreteLeaf(codes: Iterable<number>): number[] {
  const counts = new Map<number, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => a[0] - b[0]);
  return [sorted.length, ...sorted.flat()];
}

/**
 * `[atoms, knots, knotWeight, lineColumn, slope, intercept, atomValue, atomCount, …, knot, …]` for the values of a
 * leaf's rows. When an earlier continuous column explains the non-atom values well, the knots are quantiles of the
 * residuals around `intercept + slope · column` (lineColumn −1: plain quantiles of the values).
 * @example
 * continuousLeaf([0, 0, 1.5, 2.5], { atoms: new Set([0]), maxKnots: 24, digits: 8 }); // [1, 2, 2, -1, 0, 0, 0, 2, 1.5, 2.5]
 */
export function continuousLeaf(values: number[], shape: ContinuousLeafShape, regressors: LeafRegressor[] = []): number[] {
  const atomCounts = new Map<number, number>();
  const restRows: number[] = [];
  values.forEach((value, row) => {
    if (shape.atoms.has(value)) atomCounts.set(value, (atomCounts.get(value) ?? 0) + 1);
    else restRows.push(row);
  });
  const line = fitLeafLine(values, { regressors, rows: restRows });
  const rest = restRows.map((row) => {
    const value = values[row] ?? 0;
    if (!line) return value;
    return value - line.intercept - line.slope * (regressors.find((regressor) => regressor.column === line.column)?.values[row] ?? 0);
  });
  rest.sort((a, b) => a - b);
  const knots = quantileKnots(rest, knotCount(rest.length, shape.maxKnots)).map((knot) => compactNumber(knot, shape.digits));
  const atoms = [...atomCounts.entries()].sort((a, b) => a[0] - b[0]);
  const header = line ? [line.column, line.slope, line.intercept] : [-1, 0, 0];
  return [atoms.length, knots.length, rest.length, ...header, ...atoms.flat(), ...knots];
}

/** Big leaves (the first column's marginal) keep more knots so its shape stays sharp; small ones at most `maxKnots`. */
function knotCount(valueCount: number, maxKnots: number): number {
  return Math.min(valueCount, Math.max(maxKnots, Math.min(512, Math.ceil(2 * Math.sqrt(valueCount)))));
}

function quantileKnots(sorted: number[], count: number): number[] {
  if (count === 0) return [];
  if (count === sorted.length) return sorted;
  const knots: number[] = [];
  for (let knot = 0; knot < count; knot += 1) {
    const position = count === 1 ? (sorted.length - 1) / 2 : (knot * (sorted.length - 1)) / (count - 1);
    const below = Math.floor(position);
    const low = sorted[below] ?? 0;
    const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
    knots.push(low + (position - below) * (high - low));
  }
  return knots;
}
