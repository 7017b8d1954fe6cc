// Time within a sequence: a fixed step for regular series, or empirical inter-arrival ratios on an activity clock for irregular events.
import { fitActivityClock, fromActivityTime, toActivityTime, type ActivityClock } from './activity-clock.ts';
import { fitQuantiles, median, quantileAt } from './empirical-quantiles.ts';
import { compactArray, compactNumber } from '../json-numbers.ts';

export type TimeParams =
  | {
      kind: 'regular';
      /** Distinct per-entity steps seen in training (sampled steps snap to them); empty when there are too many. */
      steps: number[];
      /** Starts snap to `residue + k·step` when every training start lies on that grid. */
      grid: { step: number; residue: number } | null;
      datetime: boolean;
      integer: boolean;
    }
  | {
      kind: 'irregular';
      /** Quantiles of log(delta / entity's typical delta) over positive deltas, in activity time. */
      logRatios: number[];
      /** Share of deltas that are exactly 0 (events at the same instant). */
      zeroShare: number;
      /** Times snap to multiples of this (ms for datetimes); 0 when times are not whole numbers. */
      resolution: number;
      clock: ActivityClock | null;
      datetime: boolean;
      integer: boolean;
    };

export interface FittedTime {
  params: TimeParams;
  /** Per entity: first time. */
  starts: Float64Array;
  /** Per entity: the step (regular) or the log of the typical activity-time delta (irregular). */
  steps: Float64Array;
  /** Median positive delta over all entities, in real time units. */
  typicalDelta: number;
}

interface EntityRanges {
  starts: number[];
  lengths: number[];
}

const resolutionCandidates = [86_400_000, 3_600_000, 60_000, 1000, 1];

/**
 * Fits the time model of one time column.
 * @example
 * const fitted = fitTimeModel(times, { starts, lengths }, true);
 * fitted.params.kind; // 'regular' for hourly sensor readings
 */
export function fitTimeModel(times: Float64Array, ranges: EntityRanges, integer: boolean): FittedTime {
  const entityCount = ranges.starts.length;
  const deltas = new Float64Array(Math.max(0, times.length - entityCount));
  const starts = new Float64Array(entityCount);
  const entityMedians = new Float64Array(entityCount);
  let regularDeltas = 0;
  let position = 0;
  for (let entity = 0; entity < entityCount; entity++) {
    const start = ranges.starts[entity] ?? 0;
    const length = ranges.lengths[entity] ?? 1;
    starts[entity] = times[start] ?? 0;
    const own = new Float64Array(length - 1);
    for (let step = 1; step < length; step++) own[step - 1] = Math.max(0, (times[start + step] ?? 0) - (times[start + step - 1] ?? 0));
    deltas.set(own, position);
    position += own.length;
    const entityMedian = median(own);
    entityMedians[entity] = entityMedian;
    for (const delta of own) if (Math.abs(delta - entityMedian) <= 1e-9 * Math.abs(entityMedian) + 1e-9) regularDeltas++;
  }
  const positive = deltas.filter((delta) => delta > 0);
  const typicalDelta = positive.length > 0 ? median(positive) : 1;
  const datetime = isDatetime(times, typicalDelta);
  const regular = deltas.length > 0 && typicalDelta > 0 && regularDeltas >= 0.98 * deltas.length;
  if (regular) {
    const steps = entityMedians.map((step) => (step > 0 ? step : typicalDelta));
    return { params: regularParams({ steps, starts, datetime, integer }), starts, steps, typicalDelta };
  }
  return { ...fitIrregular({ times, ranges, datetime, integer }), starts, typicalDelta };
}

/**
 * Times of one sampled entity.
 * @example
 * sampleTimes(params, { start: Date.UTC(2024, 0, 1), step: 3_600_000, length: 48 }, random);
 */
export function sampleTimes(
  params: TimeParams,
  entity: { start: number; step: number; length: number },
  random: () => number,
): Float64Array {
  const times = new Float64Array(entity.length);
  if (params.kind === 'regular') {
    const step = snapStep(params.steps, entity.step);
    let start = entity.start;
    if (params.grid && params.grid.step > 0)
      start = Math.round((start - params.grid.residue) / params.grid.step) * params.grid.step + params.grid.residue;
    for (let index = 0; index < entity.length; index++)
      times[index] = params.integer ? Math.round(start + index * step) : start + index * step;
    return times;
  }
  const resolution = params.resolution;
  const typical = Math.exp(entity.step);
  let activity = params.clock ? toActivityTime(params.clock, entity.start) : entity.start;
  let previous = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < entity.length; index++) {
    if (index > 0) {
      const zero = params.zeroShare > 0 && random() < params.zeroShare;
      if (!zero) activity += typical * Math.exp(quantileAt(params.logRatios, random()));
    }
    let time = params.clock ? fromActivityTime(params.clock, activity) : activity;
    if (resolution > 0) {
      time = Math.round(time / resolution) * resolution;
      if (index > 0) time = Math.max(time, previous + (params.zeroShare > 0 ? 0 : resolution));
    } else if (index > 0) {
      time = Math.max(time, previous);
    }
    times[index] = time;
    previous = time;
  }
  return times;
}

function regularParams(options: { steps: Float64Array; starts: Float64Array; datetime: boolean; integer: boolean }): TimeParams {
  const distinct = [...new Set(options.steps)].sort((a, b) => a - b);
  let grid: { step: number; residue: number } | null = null;
  const onlyStep = distinct[0] ?? 0;
  if (distinct.length === 1 && onlyStep > 0) {
    const residueOf = (start: number) => ((start % onlyStep) + onlyStep) % onlyStep;
    const residue = residueOf(options.starts[0] ?? 0);
    if (options.starts.every((start) => Math.abs(residueOf(start) - residue) <= 1e-9 * onlyStep)) grid = { step: onlyStep, residue };
  }
  return { kind: 'regular', steps: distinct.length <= 16 ? distinct : [], grid, datetime: options.datetime, integer: options.integer };
}

function fitIrregular(options: { times: Float64Array; ranges: EntityRanges; datetime: boolean; integer: boolean }): {
  params: TimeParams;
  steps: Float64Array;
} {
  const { times, ranges } = options;
  const clock = options.datetime ? fitActivityClock(times) : null;
  const activity = clock ? times.map((time) => toActivityTime(clock, time)) : times;
  const entityCount = ranges.starts.length;
  const steps = new Float64Array(entityCount);
  const ratios: number[] = [];
  const entityTypical: number[] = [];
  let zeros = 0;
  let deltaCount = 0;
  for (let entity = 0; entity < entityCount; entity++) {
    const start = ranges.starts[entity] ?? 0;
    const length = ranges.lengths[entity] ?? 1;
    const own = new Float64Array(length - 1);
    for (let step = 1; step < length; step++)
      own[step - 1] = Math.max(0, (activity[start + step] ?? 0) - (activity[start + step - 1] ?? 0));
    const positive = own.filter((delta) => delta > 0);
    const typical = positive.length > 0 ? median(positive) : 0;
    entityTypical.push(typical);
    deltaCount += own.length;
    zeros += own.length - positive.length;
    for (const delta of positive) ratios.push(Math.log(delta / typical));
  }
  const knownTypicals = Float64Array.from(entityTypical.filter((typical) => typical > 0));
  const fallback = knownTypicals.length > 0 ? median(knownTypicals) : 1;
  entityTypical.forEach((typical, entity) => {
    steps[entity] = Math.log(typical > 0 ? typical : fallback);
  });
  return {
    steps,
    params: {
      kind: 'irregular',
      logRatios: compactArray(fitQuantiles(ratios.length > 0 ? ratios : [0], 256)),
      zeroShare: compactNumber(deltaCount > 0 ? zeros / deltaCount : 0),
      resolution: timeResolution(times),
      clock,
      datetime: options.datetime,
      integer: options.integer,
    },
  };
}

function snapStep(steps: number[], step: number): number {
  let best = step;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of steps) {
    const distance = Math.abs(candidate - step);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return best;
}

function timeResolution(times: Float64Array): number {
  if (!times.every((time) => Number.isInteger(time))) return 0;
  return resolutionCandidates.find((resolution) => times.every((time) => time % resolution === 0)) ?? 1;
}

function isDatetime(times: Float64Array, typicalDelta: number): boolean {
  if (typicalDelta < 1000) return false;
  return times.every((time) => Number.isInteger(time) && Math.abs(time) >= 1e9 && time <= 4.2e12);
}
