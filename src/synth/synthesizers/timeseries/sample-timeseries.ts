// Samples whole sequences: entity draw from the copula, then times, discrete states and continuous channels step by step.
import { GenstackError } from '../../../core/errors.ts';
import type { EncodedColumn } from '../../table/types.ts';
import type { SequenceData } from '../types.ts';
import { invertTransform } from './channel-transform.ts';
import { sampleEntity } from './entity-copula.ts';
import { conditionBin, nextState } from './markov-chain.ts';
import { phaseOf, tickOf } from './seasonal-profile.ts';
import { sampleTimes } from './time-model.ts';
import type { TimeseriesParams } from './types.ts';
import { stepVar } from './var-model.ts';

export interface TimeseriesSampleOptions {
  entities: number;
  random: () => number;
  onProgress?: (fraction: number) => void;
}

/** Draws from the entity copula decoded into named parts. */
interface EntityDraw {
  contexts: Float64Array;
  length: number;
  start: number;
  step: number;
  levels: Float64Array;
  scales: Float64Array;
}

/**
 * Samples `entities` whole sequences from fitted params.
 * @example
 * const synthetic = sampleTimeseries(params, { entities: 100, random: seededRandom(7) });
 */
export function sampleTimeseries(params: TimeseriesParams, options: TimeseriesSampleOptions): SequenceData {
  if (!Number.isInteger(options.entities) || options.entities < 0) {
    throw new GenstackError({
      code: 'invalid_request',
      message: `entities must be a whole number ≥ 0, got ${options.entities}.`,
      param: 'entities',
    });
  }
  const draws = Array.from({ length: options.entities }, () => decodeEntity(params, sampleEntity(params.entities, options.random)));
  const lengths = draws.map((draw) => draw.length);
  const starts: number[] = [];
  let rowCount = 0;
  for (const length of lengths) {
    starts.push(rowCount);
    rowCount += length;
  }
  const outputs = params.columns.map(() => new Float64Array(rowCount));
  draws.forEach((draw, entity) => {
    writeEntity(params, { draw, outputs, start: starts[entity] ?? 0, random: options.random });
    if (options.onProgress && (entity % 16 === 15 || entity === draws.length - 1)) options.onProgress((entity + 1) / draws.length);
  });
  const columns: EncodedColumn[] = params.columns.map((column, index) => {
    const encoded: EncodedColumn = { name: column.name, type: column.type, values: outputs[index] ?? new Float64Array(rowCount) };
    if (column.cardinality !== undefined) encoded.cardinality = column.cardinality;
    if (column.integer) encoded.integer = true;
    return encoded;
  });
  return { table: { rowCount, columns }, starts, lengths };
}

function decodeEntity(params: TimeseriesParams, values: Float64Array): EntityDraw {
  const contextCount = params.contextColumns.length;
  const channelCount = params.channels.length;
  let position = contextCount;
  const length = Math.max(1, Math.round(values[position++] ?? 1));
  const start = params.time ? (values[position++] ?? 0) : 0;
  const step = params.time ? (values[position++] ?? 0) : 0;
  const contexts = values.slice(0, contextCount);
  const levels = new Float64Array(channelCount);
  const scales = new Float64Array(channelCount);
  params.channels.forEach((channel, index) => {
    let level = channel.mean + (values[position + index] ?? 0);
    params.discreteContexts.forEach((contextPosition, factor) => {
      level += channel.contextOffsets[factor]?.[contexts[contextPosition] ?? 0] ?? 0;
    });
    levels[index] = level;
    scales[index] = Math.exp(values[position + channelCount + index] ?? 0);
  });
  return { contexts, length, start, step, levels, scales };
}

function writeEntity(
  params: TimeseriesParams,
  target: { draw: EntityDraw; outputs: Float64Array[]; start: number; random: () => number },
): void {
  const { draw, outputs, start, random } = target;
  params.contextColumns.forEach((column, position) => outputs[column]?.fill(draw.contexts[position] ?? 0, start, start + draw.length));
  const shift = params.phaseClock.shiftPeriod > 0 ? Math.floor(random() * params.phaseClock.shiftPeriod) : 0;
  const times = params.time ? sampleTimes(params.time, { start: draw.start, step: draw.step, length: draw.length }, random) : null;
  if (times && params.timeColumn !== null) outputs[params.timeColumn]?.set(times, start);
  const contextCodes = Int32Array.from(params.discreteContexts, (position) => draw.contexts[position] ?? 0);
  const channelCount = params.channels.length;
  const previousChannels = new Float64Array(channelCount);
  const states = new Int32Array(params.events.length);
  const dynamics = params.dynamics;
  let history: Float64Array[] = [];
  const innovationOf = () => dynamics?.innovations[Math.floor(random() * dynamics.innovations.length)] ?? [];
  if (dynamics && channelCount > 0) {
    history = Array.from({ length: dynamics.order }, () => new Float64Array(channelCount));
    // Burn in from zero so the first rows already follow the stationary distribution.
    for (let step = 0; step < 3 * dynamics.order + 20; step++)
      history = [stepVar(dynamics, { history, innovation: innovationOf() }), ...history].slice(0, dynamics.order);
  }
  for (let index = 0; index < draw.length; index++) {
    const row = start + index;
    params.events.forEach((event, eventIndex) => {
      const bin = conditionBin(event.condition, { contextCodes, previousChannels });
      const state = nextState(event, { previous: index === 0 ? null : (states[eventIndex] ?? 0), bin, random });
      states[eventIndex] = state;
      const output = outputs[event.column];
      if (output) output[row] = state;
    });
    if (!dynamics || channelCount === 0) continue;
    const noise = stepVar(dynamics, { history, innovation: innovationOf() });
    if (dynamics.order > 0) history = [noise, ...history].slice(0, dynamics.order);
    const tick = tickOf(params.phaseClock, { index: index + shift, time: times?.[index] ?? 0 });
    params.channels.forEach((channel, channelIndex) => {
      let value = (draw.levels[channelIndex] ?? 0) + (draw.scales[channelIndex] ?? 0) * (noise[channelIndex] ?? 0);
      if (channel.period > 0) value += channel.profile[phaseOf(tick, channel.period)] ?? 0;
      channel.stateOffsets.forEach((offsets, eventIndex) => {
        value += offsets[states[eventIndex] ?? 0] ?? 0;
      });
      previousChannels[channelIndex] = value;
      let output = Math.min(channel.max, Math.max(channel.min, invertTransform(channel.transform, value)));
      if (channel.integer) output = Math.round(output);
      const column = outputs[channel.column];
      if (column) column[row] = output;
    });
  }
}
