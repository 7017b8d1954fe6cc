// VAR(p) with cross-channel lags on standardised residuals, pooled over entities, least squares, p ∈ 1…3 by AIC.
import { compactArray } from '../json-numbers.ts';
import { choleskyFlat, solveWithCholesky } from '../../stats/index.ts';

export interface VarParams {
  order: number;
  /** coefficients[lag·C + from][to]: effect of channel `from` at t − lag − 1 on channel `to` at t. */
  coefficients: number[][];
  /** Up to 512 residual vectors (one value per channel), resampled whole as innovations. */
  innovations: number[][];
}

export interface VarInput {
  /** Standardised residuals, one array per channel, rows in table order. */
  channels: Float64Array[];
  starts: number[];
  lengths: number[];
}

const maxOrder = 3;
const maxInnovations = 512;

/**
 * Fits the VAR and keeps a resample of its residuals.
 * @example
 * const dynamics = fitVar({ channels: [temperatureZ, vibrationZ], starts, lengths });
 * dynamics.order; // 1 for AR(1) noise
 */
export function fitVar(input: VarInput): VarParams {
  const width = input.channels.length;
  const longest = input.lengths.reduce((most, length) => Math.max(most, length), 0);
  const topOrder = Math.max(0, Math.min(maxOrder, longest - 2));
  const moments = crossMoments(input, topOrder);
  let best: { order: number; coefficients: Float64Array; aic: number } = {
    order: 0,
    coefficients: new Float64Array(0),
    aic: Number.POSITIVE_INFINITY,
  };
  if (moments.count > width * topOrder + 5) {
    for (let order = 1; order <= topOrder; order++) {
      const candidate = solveOrder(moments, order, width);
      if (candidate.aic < best.aic) best = { order, ...candidate };
    }
  }
  const coefficients = stabilize(best.coefficients, best.order, width);
  const rows: number[][] = [];
  for (let index = 0; index < best.order * width; index++)
    rows.push(compactArray(coefficients.subarray(index * width, (index + 1) * width), 5));
  return { order: best.order, coefficients: rows, innovations: sampleInnovations(input, { order: best.order, coefficients }) };
}

/**
 * One step of the VAR: the next vector from the recent history (history[0] is t − 1) plus an innovation.
 * @example
 * const next = stepVar(dynamics, { history, innovation: dynamics.innovations[3] });
 */
export function stepVar(params: VarParams, state: { history: Float64Array[]; innovation: readonly number[] }): Float64Array {
  const width = state.innovation.length;
  const next = Float64Array.from(state.innovation);
  for (let lag = 0; lag < params.order; lag++) {
    const past = state.history[lag];
    if (!past) continue;
    for (let from = 0; from < width; from++) {
      const value = past[from] ?? 0;
      if (value === 0) continue;
      const row = params.coefficients[lag * width + from];
      if (!row) continue;
      for (let to = 0; to < width; to++) next[to] = (next[to] ?? 0) + (row[to] ?? 0) * value;
    }
  }
  for (let to = 0; to < width; to++) next[to] = Math.max(-8, Math.min(8, next[to] ?? 0));
  return next;
}

interface CrossMoments {
  count: number;
  /** X'X over lags 1…topOrder (size topOrder·C square), X'Y and Y'Y. */
  xx: Float64Array;
  xy: Float64Array;
  yy: Float64Array;
  topOrder: number;
}

function crossMoments(input: VarInput, topOrder: number): CrossMoments {
  const width = input.channels.length;
  const size = topOrder * width;
  const xx = new Float64Array(size * size);
  const xy = new Float64Array(size * width);
  const yy = new Float64Array(width * width);
  const regressors = new Float64Array(size);
  const target = new Float64Array(width);
  let count = 0;
  input.starts.forEach((start, entity) => {
    const length = input.lengths[entity] ?? 0;
    for (let step = topOrder; step < length; step++) {
      const row = start + step;
      for (let channel = 0; channel < width; channel++) {
        const values = input.channels[channel];
        target[channel] = values?.[row] ?? 0;
        for (let lag = 0; lag < topOrder; lag++) regressors[lag * width + channel] = values?.[row - lag - 1] ?? 0;
      }
      for (let i = 0; i < size; i++) {
        const xi = regressors[i] ?? 0;
        for (let j = 0; j <= i; j++) xx[i * size + j] = (xx[i * size + j] ?? 0) + xi * (regressors[j] ?? 0);
        for (let k = 0; k < width; k++) xy[i * width + k] = (xy[i * width + k] ?? 0) + xi * (target[k] ?? 0);
      }
      for (let a = 0; a < width; a++)
        for (let b = 0; b < width; b++) yy[a * width + b] = (yy[a * width + b] ?? 0) + (target[a] ?? 0) * (target[b] ?? 0);
      count++;
    }
  });
  for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) xx[i * size + j] = xx[j * size + i] ?? 0;
  return { count, xx, xy, yy, topOrder };
}

function solveOrder(moments: CrossMoments, order: number, width: number): { coefficients: Float64Array; aic: number } {
  const size = order * width;
  const fullSize = moments.topOrder * width;
  const block = new Float64Array(size * size);
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) block[i * size + j] = moments.xx[i * fullSize + j] ?? 0;
  const lower = choleskyFlat(block, size).lower;
  const coefficients = new Float64Array(size * width);
  for (let to = 0; to < width; to++) {
    const rightSide = Float64Array.from({ length: size }, (_, i) => moments.xy[i * width + to] ?? 0);
    const solution = solveWithCholesky(lower, size, rightSide);
    for (let i = 0; i < size; i++) coefficients[i * width + to] = solution[i] ?? 0;
  }
  // Residual covariance = (Y'Y − B'X'Y) / n.
  const covariance = new Float64Array(width * width);
  for (let a = 0; a < width; a++) {
    for (let b = 0; b < width; b++) {
      let explained = 0;
      for (let i = 0; i < size; i++) explained += (coefficients[i * width + a] ?? 0) * (moments.xy[i * width + b] ?? 0);
      covariance[a * width + b] = ((moments.yy[a * width + b] ?? 0) - explained) / moments.count;
    }
  }
  const factor = choleskyFlat(covariance, width).lower;
  let logDeterminant = 0;
  for (let index = 0; index < width; index++) logDeterminant += 2 * Math.log(factor[index * width + index] ?? 1);
  return { coefficients, aic: moments.count * logDeterminant + 2 * order * width * width };
}

/** Shrinks lag-l coefficients by c^l until the companion matrix's spectral radius is below 0.995, so sampling cannot explode. */
function stabilize(coefficients: Float64Array, order: number, width: number): Float64Array {
  if (order === 0) return coefficients;
  const radius = spectralRadius(coefficients, order, width);
  if (radius < 0.995) return coefficients;
  const factor = 0.99 / radius;
  return coefficients.map((value, index) => value * Math.pow(factor, Math.floor(index / width / width) + 1));
}

function spectralRadius(coefficients: Float64Array, order: number, width: number): number {
  const size = order * width;
  let matrix = new Float64Array(size * size);
  // Companion: first block row holds the lag matrices transposed (to ← from); below it, identity shifts.
  for (let lag = 0; lag < order; lag++) {
    for (let from = 0; from < width; from++) {
      for (let to = 0; to < width; to++) matrix[to * size + lag * width + from] = coefficients[(lag * width + from) * width + to] ?? 0;
    }
  }
  for (let index = width; index < size; index++) matrix[index * size + index - width] = 1;
  // ‖M^(2^k)‖^(1/2^k) → spectral radius; renormalise each squaring to avoid overflow.
  let logNorm = 0;
  const squarings = 7;
  for (let round = 0; round < squarings; round++) {
    const product = new Float64Array(size * size);
    for (let i = 0; i < size; i++) {
      for (let k = 0; k < size; k++) {
        const left = matrix[i * size + k] ?? 0;
        if (left === 0) continue;
        for (let j = 0; j < size; j++) product[i * size + j] = (product[i * size + j] ?? 0) + left * (matrix[k * size + j] ?? 0);
      }
    }
    let norm = 0;
    for (const value of product) norm += value * value;
    norm = Math.sqrt(norm);
    if (norm === 0) return 0;
    logNorm = 2 * logNorm + Math.log(norm);
    matrix = product.map((value) => value / norm);
  }
  return Math.exp(logNorm / Math.pow(2, squarings));
}

function sampleInnovations(input: VarInput, model: { order: number; coefficients: Float64Array }): number[][] {
  const width = input.channels.length;
  const available = input.lengths.reduce((sum, length) => sum + Math.max(0, length - model.order), 0);
  const stride = Math.max(1, Math.ceil(available / maxInnovations));
  const innovations: number[][] = [];
  let seen = 0;
  input.starts.forEach((start, entity) => {
    const length = input.lengths[entity] ?? 0;
    for (let step = model.order; step < length; step++, seen++) {
      if (seen % stride !== 0 || innovations.length >= maxInnovations) continue;
      const row = start + step;
      const residual = new Float64Array(width);
      for (let to = 0; to < width; to++) residual[to] = input.channels[to]?.[row] ?? 0;
      for (let lag = 0; lag < model.order; lag++) {
        for (let from = 0; from < width; from++) {
          const past = input.channels[from]?.[row - lag - 1] ?? 0;
          for (let to = 0; to < width; to++)
            residual[to] = (residual[to] ?? 0) - (model.coefficients[(lag * width + from) * width + to] ?? 0) * past;
        }
      }
      innovations.push(compactArray(residual, 5));
    }
  });
  return innovations.length > 0 ? innovations : [new Array<number>(width).fill(0)];
}
