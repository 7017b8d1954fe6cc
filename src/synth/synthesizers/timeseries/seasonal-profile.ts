// Seasonality: which clock a phase is read from, which period fits a channel, and the per-phase profile.
import type { TimeParams } from './time-model.ts';

/** Phase = tick mod period; a tick is the row index (unit null) or floor(time / unit). */
export interface PhaseClock {
  unit: number | null;
  /** Periods worth trying, in ticks. */
  candidates: number[];
  /** Index clocks only: entities start at a random point of a cycle this long (0 = all start in step). */
  shiftPeriod: number;
}

const hourMs = 3_600_000;
const dayMs = 86_400_000;
const stepPeriods = [7, 12, 24, 52, 168];

/**
 * Picks the clock and candidate periods from what the time column is.
 * @example
 * choosePhaseClock(hourlyTime, 3_600_000); // { unit: 3600000, candidates: [24, 168], shiftPeriod: 0 }
 */
export function choosePhaseClock(time: TimeParams | null, typicalDelta: number): PhaseClock {
  if (!time) return { unit: null, candidates: stepPeriods, shiftPeriod: 0 };
  if (time.kind === 'regular') {
    if (!time.datetime) return { unit: typicalDelta, candidates: stepPeriods, shiftPeriod: 0 };
    const perDay = dayMs / typicalDelta;
    if (Number.isInteger(perDay) && perDay >= 2 && perDay <= 1440)
      return { unit: typicalDelta, candidates: [perDay, 7 * perDay].filter((period) => period <= 10_080), shiftPeriod: 0 };
    if (typicalDelta === dayMs) return { unit: dayMs, candidates: [7], shiftPeriod: 0 };
    if (typicalDelta === 7 * dayMs) return { unit: typicalDelta, candidates: [52], shiftPeriod: 0 };
    return { unit: typicalDelta, candidates: [], shiftPeriod: 0 };
  }
  if (!time.datetime) return { unit: null, candidates: [], shiftPeriod: 0 };
  if (typicalDelta < dayMs) return { unit: hourMs, candidates: [24, 168], shiftPeriod: 0 };
  if (typicalDelta < 28 * dayMs) return { unit: dayMs, candidates: [7], shiftPeriod: 0 };
  return { unit: 30.436875 * dayMs, candidates: [12], shiftPeriod: 0 };
}

/**
 * The tick of every row (row index within its entity, or floor(time / unit)).
 * @example
 * phaseTicks({ unit: 3_600_000, candidates: [24], shiftPeriod: 0 }, { times, starts, lengths, rowCount });
 */
export function phaseTicks(
  clock: PhaseClock,
  rows: { times: Float64Array | null; starts: number[]; lengths: number[]; rowCount: number; shifts?: Int32Array },
): Float64Array {
  const ticks = new Float64Array(rows.rowCount);
  rows.starts.forEach((start, entity) => {
    const length = rows.lengths[entity] ?? 0;
    const shift = rows.shifts?.[entity] ?? 0;
    for (let index = 0; index < length; index++)
      ticks[start + index] = tickOf(clock, { index: index + shift, time: rows.times?.[start + index] ?? 0 });
  });
  return ticks;
}

/**
 * One row's tick.
 * @example
 * tickOf({ unit: null, candidates: [7], shiftPeriod: 0 }, { index: 9, time: 0 }); // 9
 */
export function tickOf(clock: PhaseClock, row: { index: number; time: number }): number {
  return clock.unit === null ? row.index : Math.floor(row.time / clock.unit + 1e-9);
}

/**
 * tick mod period, never negative.
 * @example
 * phaseOf(-1, 24); // 23
 */
export function phaseOf(tick: number, period: number): number {
  const phase = tick % period;
  return phase < 0 ? phase + period : phase;
}

/**
 * The candidate period whose phase means explain the most variance (adjusted R²), or 0 when none explains enough.
 * A longer period must beat the best shorter one clearly, because it always fits a little better by chance.
 * @example
 * detectPeriod({ residuals, ticks, candidates: [24, 168], longestSequence: 500 }); // 24
 */
export function detectPeriod(options: {
  residuals: Float64Array;
  ticks: Float64Array;
  candidates: number[];
  longestSequence: number | null;
}): number {
  const { residuals, ticks } = options;
  const count = residuals.length;
  let total = 0;
  for (const value of residuals) total += value * value;
  if (total <= 0) return 0;
  let bestPeriod = 0;
  let bestScore = 0.02;
  for (const period of [...options.candidates].sort((a, b) => a - b)) {
    if (count < 5 * period || (options.longestSequence !== null && options.longestSequence < 2 * period)) continue;
    const { sums, counts } = phaseSums(residuals, ticks, period);
    let between = 0;
    for (let phase = 0; phase < period; phase++) {
      const phaseCount = counts[phase] ?? 0;
      if (phaseCount > 0) between += ((sums[phase] ?? 0) * (sums[phase] ?? 0)) / phaseCount;
    }
    const rSquared = between / total;
    const adjusted = 1 - ((1 - rSquared) * (count - 1)) / Math.max(1, count - period);
    if (adjusted > bestScore + (bestPeriod > 0 ? 0.01 : 0)) {
      bestScore = adjusted;
      bestPeriod = period;
    }
  }
  return bestPeriod;
}

/**
 * Shrunk, centred mean of `values` per phase.
 * @example
 * seasonalProfile(residuals, ticks, 24); // 24 offsets summing to about 0
 */
export function seasonalProfile(values: Float64Array, ticks: Float64Array, period: number): Float64Array {
  const { sums, counts } = phaseSums(values, ticks, period);
  const profile = new Float64Array(period);
  let weighted = 0;
  let totalCount = 0;
  for (let phase = 0; phase < period; phase++) {
    const phaseCount = counts[phase] ?? 0;
    profile[phase] = (sums[phase] ?? 0) / (phaseCount + 5);
    weighted += (profile[phase] ?? 0) * phaseCount;
    totalCount += phaseCount;
  }
  const centre = totalCount > 0 ? weighted / totalCount : 0;
  for (let phase = 0; phase < period; phase++) profile[phase] = (profile[phase] ?? 0) - centre;
  return profile;
}

function phaseSums(values: Float64Array, ticks: Float64Array, period: number): { sums: Float64Array; counts: Float64Array } {
  const sums = new Float64Array(period);
  const counts = new Float64Array(period);
  for (let row = 0; row < values.length; row++) {
    const phase = phaseOf(ticks[row] ?? 0, period);
    sums[phase] = (sums[phase] ?? 0) + (values[row] ?? 0);
    counts[phase] = (counts[phase] ?? 0) + 1;
  }
  return { sums, counts };
}
