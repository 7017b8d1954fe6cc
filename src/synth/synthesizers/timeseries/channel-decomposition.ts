// Splits one continuous channel into entity level + seasonal profile + discrete-state offsets + entity scale × standardised residual.
import type { DiscreteCodes } from './context-offsets.ts';
import { detectPeriod, phaseOf, seasonalProfile, type PhaseClock } from './seasonal-profile.ts';

export interface ChannelRows {
  /** Channel values in model space (after the transform), one per row. */
  values: Float64Array;
  ticks: Float64Array;
  clock: PhaseClock;
  starts: number[];
  lengths: number[];
  /** Discrete channels whose current state shifts this channel (event type → amount). */
  states: DiscreteCodes[];
}

export interface ChannelDecomposition {
  period: number;
  profile: Float64Array;
  /** Per discrete channel, an offset per state (empty when the channel has too many states). */
  stateOffsets: Float64Array[];
  levels: Float64Array;
  logScales: Float64Array;
  /** Residual / entity scale, per row: what the VAR models. */
  standardized: Float64Array;
}

const maxStates = 64;
const statePrior = 10;
const scalePrior = 5;

/**
 * Backfits level, season and state offsets (three rounds), then standardises the residual per entity.
 * @example
 * const parts = decomposeChannel({ values, ticks, clock, starts, lengths, states: [] });
 * parts.period; // 24 for a daily cycle in hourly data
 */
export function decomposeChannel(rows: ChannelRows): ChannelDecomposition {
  const { values, ticks, starts, lengths } = rows;
  const rowCount = values.length;
  const entityCount = starts.length;
  const levels = entityMeans(values, rows);
  const levelPerRow = expandLevels(levels, rows, rowCount);
  const centred = values.map((value, row) => value - (levelPerRow[row] ?? 0));
  const longest = rows.clock.unit === null ? lengths.reduce((most, length) => Math.max(most, length), 0) : null;
  const period = detectPeriod({ residuals: centred, ticks, candidates: rows.clock.candidates, longestSequence: longest });
  let profile: Float64Array = new Float64Array(period);
  const seasonPerRow = new Float64Array(rowCount);
  const statePerRow = new Float64Array(rowCount);
  const stateOffsets = rows.states.map((state) => new Float64Array(state.cardinality <= maxStates ? state.cardinality : 0));
  for (let round = 0; round < 3; round++) {
    if (period > 0) {
      const partial = values.map((value, row) => value - (levelPerRow[row] ?? 0) - (statePerRow[row] ?? 0));
      profile = seasonalProfile(partial, ticks, period);
      for (let row = 0; row < rowCount; row++) seasonPerRow[row] = profile[phaseOf(ticks[row] ?? 0, period)] ?? 0;
    }
    rows.states.forEach((state, index) => {
      const offsets = stateOffsets[index];
      if (!offsets || offsets.length === 0) return;
      const sums = new Float64Array(offsets.length);
      const counts = new Float64Array(offsets.length);
      for (let row = 0; row < rowCount; row++) {
        const code = state.codes[row] ?? 0;
        const partial =
          (values[row] ?? 0) - (levelPerRow[row] ?? 0) - (seasonPerRow[row] ?? 0) - (statePerRow[row] ?? 0) + (offsets[code] ?? 0);
        sums[code] = (sums[code] ?? 0) + partial;
        counts[code] = (counts[code] ?? 0) + 1;
      }
      for (let row = 0; row < rowCount; row++) statePerRow[row] = (statePerRow[row] ?? 0) - (offsets[state.codes[row] ?? 0] ?? 0);
      let weighted = 0;
      for (let code = 0; code < offsets.length; code++) {
        offsets[code] = (sums[code] ?? 0) / ((counts[code] ?? 0) + statePrior);
        weighted += (offsets[code] ?? 0) * (counts[code] ?? 0);
      }
      for (let code = 0; code < offsets.length; code++) offsets[code] = (offsets[code] ?? 0) - weighted / Math.max(1, rowCount);
      for (let row = 0; row < rowCount; row++) statePerRow[row] = (statePerRow[row] ?? 0) + (offsets[state.codes[row] ?? 0] ?? 0);
    });
    const deseasoned = values.map((value, row) => value - (seasonPerRow[row] ?? 0) - (statePerRow[row] ?? 0));
    levels.set(entityMeans(deseasoned, rows));
    levelPerRow.set(expandLevels(levels, rows, rowCount));
  }
  const residuals = values.map((value, row) => value - (levelPerRow[row] ?? 0) - (seasonPerRow[row] ?? 0) - (statePerRow[row] ?? 0));
  const { logScales, standardized } = standardize(residuals, rows, entityCount);
  return { period, profile, stateOffsets, levels, logScales, standardized };
}

function standardize(
  residuals: Float64Array,
  rows: ChannelRows,
  entityCount: number,
): { logScales: Float64Array; standardized: Float64Array } {
  let pooled = 0;
  for (const value of residuals) pooled += value * value;
  pooled /= Math.max(1, residuals.length);
  const logScales = new Float64Array(entityCount);
  const standardized = new Float64Array(residuals.length);
  for (let entity = 0; entity < entityCount; entity++) {
    const start = rows.starts[entity] ?? 0;
    const length = rows.lengths[entity] ?? 0;
    let sum = 0;
    for (let row = start; row < start + length; row++) sum += (residuals[row] ?? 0) * (residuals[row] ?? 0);
    // Short sequences borrow strength from the pooled variance instead of trusting two or three points.
    const scale = Math.max(1e-9, Math.sqrt((sum + scalePrior * pooled) / (length + scalePrior)));
    logScales[entity] = Math.log(scale);
    for (let row = start; row < start + length; row++) standardized[row] = (residuals[row] ?? 0) / scale;
  }
  return { logScales, standardized };
}

function entityMeans(values: Float64Array, rows: { starts: number[]; lengths: number[] }): Float64Array {
  return Float64Array.from(rows.starts, (start, entity) => {
    const length = rows.lengths[entity] ?? 1;
    let sum = 0;
    for (let row = start; row < start + length; row++) sum += values[row] ?? 0;
    return sum / Math.max(1, length);
  });
}

function expandLevels(levels: Float64Array, rows: { starts: number[]; lengths: number[] }, rowCount: number): Float64Array {
  const perRow = new Float64Array(rowCount);
  rows.starts.forEach((start, entity) => perRow.fill(levels[entity] ?? 0, start, start + (rows.lengths[entity] ?? 0)));
  return perRow;
}
