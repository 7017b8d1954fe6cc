// Discrete channels (event type, failure label): a smoothed Markov chain on the previous state, optionally conditioned on a context value or a binned channel.
import type { DiscreteCodes } from './context-offsets.ts';
import { compactNumber } from '../json-numbers.ts';

/** What else a transition may depend on, picked by two-fold cross-validated likelihood. */
export type MarkovCondition =
  | { kind: 'none' }
  /** A discrete context value of the entity (index into the discrete contexts). */
  | { kind: 'context'; context: number }
  /** The tertile of a continuous channel's model-space value at t − 1 (index into the continuous channels). */
  | { kind: 'channel'; channel: number; cuts: number[] };

export interface MarkovParams {
  cardinality: number;
  initial: number[];
  condition: MarkovCondition;
  /** transitions[bin][previous][next]; a single row [[marginal]] when there are too many states for a chain. */
  transitions: number[][][];
}

export interface MarkovInput {
  states: DiscreteCodes;
  starts: number[];
  lengths: number[];
  contexts: DiscreteCodes[];
  /** Continuous channels in model space, per row. */
  channels: Float64Array[];
}

interface ConditionCandidate {
  condition: MarkovCondition;
  bins: number;
  binOf: (entity: number, row: number) => number;
}

const maxChainStates = 150;
const maxConditionedCells = 40_000;

/**
 * Fits one discrete channel.
 * @example
 * const chain = fitMarkovChain({ states: merchantCodes, starts, lengths, contexts, channels });
 * chain.transitions[0][previous][next];
 */
export function fitMarkovChain(input: MarkovInput): MarkovParams {
  const cardinality = input.states.cardinality;
  const initialCounts = new Float64Array(cardinality);
  input.starts.forEach((start) => {
    const code = input.states.codes[start] ?? 0;
    initialCounts[code] = (initialCounts[code] ?? 0) + 1;
  });
  const initial = Array.from(initialCounts, (count) => compactNumber((count + 0.5) / (input.starts.length + 0.5 * cardinality)));
  const none: ConditionCandidate = { condition: { kind: 'none' }, bins: 1, binOf: () => 0 };
  if (cardinality > maxChainStates) {
    const counts = new Float64Array(cardinality);
    for (const code of input.states.codes) counts[code] = (counts[code] ?? 0) + 1;
    const total = input.states.codes.length;
    return {
      cardinality,
      initial,
      condition: { kind: 'none' },
      transitions: [[Array.from(counts, (count) => compactNumber((count + 0.5) / (total + 0.5 * cardinality)))]],
    };
  }
  let best = none;
  let bestScore = crossValidatedLogLikelihood(input, none);
  for (const candidate of conditionCandidates(input)) {
    if (candidate.bins * cardinality * cardinality > maxConditionedCells) continue;
    const score = crossValidatedLogLikelihood(input, candidate);
    if (score > bestScore + 2) {
      best = candidate;
      bestScore = score;
    }
  }
  const table = countTransitions(input, { candidate: best, fold: null });
  return {
    cardinality,
    initial,
    condition: best.condition,
    transitions: smoothedProbabilities(table, { bins: best.bins, cardinality }).map((bin) =>
      bin.map((row) => row.map((p) => compactNumber(p))),
    ),
  };
}

/**
 * Draws the next state.
 * @example
 * nextState(chain, { previous: 2, bin: 0, random });
 */
export function nextState(params: MarkovParams, step: { previous: number | null; bin: number; random: () => number }): number {
  const probabilities =
    step.previous === null
      ? params.initial
      : params.transitions.length === 1 && params.transitions[0]?.length === 1
        ? params.transitions[0][0]
        : params.transitions[step.bin]?.[step.previous];
  const row = probabilities ?? params.initial;
  let total = 0;
  for (const p of row) total += p;
  let target = step.random() * total;
  for (let code = 0; code < row.length; code++) {
    target -= row[code] ?? 0;
    if (target < 0) return code;
  }
  return row.length - 1;
}

/**
 * The condition bin of the next step given the entity's contexts and the channels' previous model-space values.
 * @example
 * conditionBin(chain.condition, { contextCodes, previousChannels });
 */
export function conditionBin(condition: MarkovCondition, state: { contextCodes: Int32Array; previousChannels: Float64Array }): number {
  if (condition.kind === 'context') return state.contextCodes[condition.context] ?? 0;
  if (condition.kind === 'channel') return binOfValue(condition.cuts, state.previousChannels[condition.channel] ?? 0);
  return 0;
}

function binOfValue(cuts: number[], value: number): number {
  let bin = 0;
  while (bin < cuts.length && value > (cuts[bin] ?? 0)) bin++;
  return bin;
}

function conditionCandidates(input: MarkovInput): ConditionCandidate[] {
  const candidates: ConditionCandidate[] = [];
  const entityOfRow = new Int32Array(input.states.codes.length);
  input.starts.forEach((start, entity) => entityOfRow.fill(entity, start, start + (input.lengths[entity] ?? 0)));
  input.contexts.forEach((context, index) => {
    if (context.cardinality > 32) return;
    candidates.push({
      condition: { kind: 'context', context: index },
      bins: context.cardinality,
      binOf: (entity) => context.codes[entity] ?? 0,
    });
  });
  input.channels.forEach((values, index) => {
    const sorted = Float64Array.from(values).sort();
    const cuts = [sorted[Math.floor(sorted.length / 3)] ?? 0, sorted[Math.floor((2 * sorted.length) / 3)] ?? 0].map((cut) =>
      compactNumber(cut),
    );
    candidates.push({
      condition: { kind: 'channel', channel: index, cuts },
      bins: 3,
      binOf: (_, row) => binOfValue(cuts, values[row - 1] ?? 0),
    });
  });
  return candidates;
}

/** counts[bin][previous][next]; `fold` 0/1 counts only even/odd entities, null counts all. */
function countTransitions(input: MarkovInput, options: { candidate: ConditionCandidate; fold: number | null }): Float64Array[][] {
  const cardinality = input.states.cardinality;
  const counts = Array.from({ length: options.candidate.bins }, () =>
    Array.from({ length: cardinality }, () => new Float64Array(cardinality)),
  );
  input.starts.forEach((start, entity) => {
    if (options.fold !== null && entity % 2 !== options.fold) return;
    const length = input.lengths[entity] ?? 0;
    for (let row = start + 1; row < start + length; row++) {
      const previous = input.states.codes[row - 1] ?? 0;
      const next = input.states.codes[row] ?? 0;
      const line = counts[options.candidate.binOf(entity, row)]?.[previous];
      if (line) line[next] = (line[next] ?? 0) + 1;
    }
  });
  return counts;
}

/** Back-off smoothing: marginal → p(next | previous) → p(next | bin, previous). */
function smoothedProbabilities(counts: Float64Array[][], shape: { bins: number; cardinality: number }): number[][][] {
  const { cardinality } = shape;
  const byPrevious = Array.from({ length: cardinality }, () => new Float64Array(cardinality));
  const marginal = new Float64Array(cardinality);
  let total = 0;
  for (const bin of counts) {
    bin.forEach((line, previous) => {
      line.forEach((count, next) => {
        const target = byPrevious[previous];
        if (target) target[next] = (target[next] ?? 0) + count;
        marginal[next] = (marginal[next] ?? 0) + count;
        total += count;
      });
    });
  }
  const base = Array.from(marginal, (count) => (count + 0.5) / (total + 0.5 * cardinality));
  const transition = byPrevious.map((line) => {
    const rowTotal = line.reduce((sum, count) => sum + count, 0);
    return Array.from(line, (count, next) => (count + (base[next] ?? 0)) / (rowTotal + 1));
  });
  return counts.map((bin) =>
    bin.map((line, previous) => {
      const rowTotal = line.reduce((sum, count) => sum + count, 0);
      return Array.from(line, (count, next) => (count + 2 * (transition[previous]?.[next] ?? 0)) / (rowTotal + 2));
    }),
  );
}

function crossValidatedLogLikelihood(input: MarkovInput, candidate: ConditionCandidate): number {
  let logLikelihood = 0;
  for (const fold of [0, 1]) {
    const probabilities = smoothedProbabilities(countTransitions(input, { candidate, fold }), {
      bins: candidate.bins,
      cardinality: input.states.cardinality,
    });
    const held = countTransitions(input, { candidate, fold: 1 - fold });
    held.forEach((bin, binIndex) =>
      bin.forEach((line, previous) =>
        line.forEach((count, next) => {
          if (count > 0) logLikelihood += count * Math.log(probabilities[binIndex]?.[previous]?.[next] ?? 1e-12);
        }),
      ),
    );
  }
  return logLikelihood;
}
