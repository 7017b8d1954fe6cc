// Without timestamps, sequences may start at any point of their cycle: estimate each entity's phase shift so profiles pool.
import { phaseOf } from './seasonal-profile.ts';

export interface PhaseAlignment {
  /** The period the shifts refer to (0 when no shifting is needed). */
  period: number;
  /** Per entity, added to the row index to get its tick. */
  shifts: Int32Array;
}

interface AlignmentInput {
  /** Continuous channels in model space. */
  channels: Float64Array[];
  starts: number[];
  lengths: number[];
  candidates: number[];
}

/**
 * Finds the period with the strongest within-entity cycle (phase-invariant) and, when the entities' cycles are out of
 * step, a shift per entity that lines them up with a common template.
 * @example
 * alignIndexPhases({ channels, starts, lengths, candidates: [24] }); // { period: 24, shifts: [0, 17, 5, …] }
 */
export function alignIndexPhases(input: AlignmentInput): PhaseAlignment {
  const none = { period: 0, shifts: new Int32Array(input.starts.length) };
  const longest = input.lengths.reduce((most, length) => Math.max(most, length), 0);
  let bestPeriod = 0;
  let bestScore = 0.02;
  for (const period of [...input.candidates].sort((a, b) => a - b)) {
    if (longest < 2 * period) continue;
    const score = withinEntityScore(input, period);
    if (score > bestScore + (bestPeriod > 0 ? 0.01 : 0)) {
      bestPeriod = period;
      bestScore = score;
    }
  }
  if (bestPeriod === 0) return none;
  const means = entityPhaseMeans(input, bestPeriod);
  const shifts = new Int32Array(input.starts.length);
  // Pooled fit with no shift already close to the per-entity fit: the sequences start in step.
  if (pooledScore(means, { shifts, period: bestPeriod }) >= 0.8 * bestScore) return none;
  let anchor = 0;
  input.lengths.forEach((length, entity) => {
    if (length > (input.lengths[anchor] ?? 0)) anchor = entity;
  });
  let template = means[anchor] ?? new Float64Array(0);
  for (let round = 0; round < 3; round++) {
    means.forEach((entityMeans, entity) => {
      shifts[entity] = bestShift(entityMeans, { template, period: bestPeriod, width: input.channels.length });
    });
    template = alignedTemplate(means, { shifts, period: bestPeriod, width: input.channels.length });
  }
  return { period: bestPeriod, shifts };
}

/** Per entity, phase means of the entity-centred, channel-standardised values: [channel·P + phase]. */
function entityPhaseMeans(input: AlignmentInput, period: number): Float64Array[] {
  const width = input.channels.length;
  const spreads = input.channels.map((values) => withinEntitySpread(values, input) || 1);
  return input.starts.map((start, entity) => {
    const length = input.lengths[entity] ?? 0;
    const sums = new Float64Array(width * period);
    const counts = new Float64Array(period);
    for (let index = 0; index < length; index++) counts[index % period] = (counts[index % period] ?? 0) + 1;
    input.channels.forEach((values, channel) => {
      let mean = 0;
      for (let row = start; row < start + length; row++) mean += values[row] ?? 0;
      mean /= Math.max(1, length);
      for (let index = 0; index < length; index++) {
        const cell = channel * period + (index % period);
        sums[cell] = (sums[cell] ?? 0) + ((values[start + index] ?? 0) - mean) / (spreads[channel] ?? 1);
      }
    });
    return sums.map((sum, cell) => (counts[cell % period] ? sum / (counts[cell % period] ?? 1) : 0));
  });
}

/** Share of variance explained by each entity's own phase means, adjusted for their number of parameters. */
function withinEntityScore(input: AlignmentInput, period: number): number {
  const means = entityPhaseMeans(input, period);
  let explained = 0;
  let rows = 0;
  means.forEach((entityMeans, entity) => {
    const length = input.lengths[entity] ?? 0;
    for (const value of entityMeans) explained += (value * value * length) / period;
    rows += length;
  });
  const width = Math.max(1, input.channels.length);
  const rSquared = explained / (rows * width);
  const parameters = input.starts.length * period;
  return 1 - ((1 - rSquared) * rows) / Math.max(1, rows - parameters);
}

function pooledScore(means: Float64Array[], alignment: { shifts: Int32Array; period: number }): number {
  const template = alignedTemplate(means, { ...alignment, width: (means[0]?.length ?? 0) / alignment.period });
  let explained = 0;
  for (const value of template) explained += value * value;
  return explained / Math.max(1, template.length);
}

function alignedTemplate(means: Float64Array[], alignment: { shifts: Int32Array; period: number; width: number }): Float64Array {
  const { period, width } = alignment;
  const template = new Float64Array(width * period);
  means.forEach((entityMeans, entity) => {
    const shift = alignment.shifts[entity] ?? 0;
    for (let channel = 0; channel < width; channel++) {
      for (let phase = 0; phase < period; phase++) {
        const cell = channel * period + phaseOf(phase + shift, period);
        template[cell] = (template[cell] ?? 0) + (entityMeans[channel * period + phase] ?? 0) / means.length;
      }
    }
  });
  return template;
}

function bestShift(entityMeans: Float64Array, alignment: { template: Float64Array; period: number; width: number }): number {
  const { template, period, width } = alignment;
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let shift = 0; shift < period; shift++) {
    let score = 0;
    for (let channel = 0; channel < width; channel++) {
      for (let phase = 0; phase < period; phase++)
        score += (entityMeans[channel * period + phase] ?? 0) * (template[channel * period + phaseOf(phase + shift, period)] ?? 0);
    }
    if (score > bestScore) {
      bestScore = score;
      best = shift;
    }
  }
  return best;
}

function withinEntitySpread(values: Float64Array, ranges: { starts: number[]; lengths: number[] }): number {
  let sum = 0;
  let count = 0;
  ranges.starts.forEach((start, entity) => {
    const length = ranges.lengths[entity] ?? 0;
    let mean = 0;
    for (let row = start; row < start + length; row++) mean += values[row] ?? 0;
    mean /= Math.max(1, length);
    for (let row = start; row < start + length; row++) sum += ((values[row] ?? 0) - mean) * ((values[row] ?? 0) - mean);
    count += length;
  });
  return Math.sqrt(sum / Math.max(1, count));
}
