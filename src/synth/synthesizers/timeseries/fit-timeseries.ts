// Fits every part of the timeseries model from grouped, time-ordered sequences.
import type { FitContext, SequenceData, SequenceLayout } from '../types.ts';
import { applyTransform, chooseTransform } from './channel-transform.ts';
import { decomposeChannel } from './channel-decomposition.ts';
import { resolveColumnRoles } from './column-roles.ts';
import { fitAdditiveOffsets, type DiscreteCodes } from './context-offsets.ts';
import { fitEntityCopula, type EntityVariable } from './entity-copula.ts';
import { compactArray, compactNumber } from '../json-numbers.ts';
import { alignIndexPhases } from './phase-alignment.ts';
import { fitMarkovChain } from './markov-chain.ts';
import { choosePhaseClock, phaseTicks } from './seasonal-profile.ts';
import { fitTimeModel } from './time-model.ts';
import type { ContinuousChannelParams, DiscreteChannelParams, TimeseriesParams } from './types.ts';
import { fitVar } from './var-model.ts';

/**
 * Fits the timeseries synthesizer.
 * @example
 * const params = fitTimeseries(data, { contextColumns: ['라인', 'model'], timeColumn: 'time' }, { seed: 1 });
 */
export function fitTimeseries(data: SequenceData, layout: SequenceLayout, context: FitContext): TimeseriesParams {
  const columns = resolveColumnRoles(data, layout);
  const { starts, lengths, table } = data;
  const report = context.onProgress ?? (() => undefined);
  report(0.05, 'checked columns');
  const indicesOf = (role: string) => columns.flatMap((column, index) => (column.role === role ? [index] : []));
  const contextColumns = indicesOf('context');
  const contextValues = contextColumns.map((column) => Float64Array.from(starts, (start) => table.columns[column]?.values[start] ?? 0));
  const discreteContexts = contextColumns.flatMap((column, position) => (columns[column]?.type === 'discrete' ? [position] : []));
  const contextCodes: DiscreteCodes[] = discreteContexts.map((position) => ({
    codes: Int32Array.from(contextValues[position] ?? []),
    cardinality: columns[contextColumns[position] ?? 0]?.cardinality ?? 1,
  }));

  const timeColumn = columns.findIndex((column) => column.role === 'time');
  const times = timeColumn >= 0 ? (table.columns[timeColumn]?.values ?? null) : null;
  const time = times ? fitTimeModel(times, { starts, lengths }, columns[timeColumn]?.integer ?? false) : null;
  const channelColumns = indicesOf('continuous');
  const transforms = channelColumns.map((column) => chooseTransform(table.columns[column]?.values ?? new Float64Array(0)));
  const modelValues = channelColumns.map((column, index) => {
    const transform = transforms[index] ?? { kind: 'identity' };
    return (table.columns[column]?.values ?? new Float64Array(0)).map((value) => applyTransform(transform, value));
  });
  const phaseClock = choosePhaseClock(time?.params ?? null, time?.typicalDelta ?? 1);
  const alignment =
    phaseClock.unit === null && modelValues.length > 0
      ? alignIndexPhases({ channels: modelValues, starts, lengths, candidates: phaseClock.candidates })
      : null;
  if (alignment && alignment.period > 0) phaseClock.shiftPeriod = alignment.period;
  const ticks = phaseTicks(phaseClock, { times, starts, lengths, rowCount: table.rowCount, shifts: alignment?.shifts });
  report(0.2, 'fitted time');

  const eventColumns = indicesOf('discrete');
  const states: DiscreteCodes[] = eventColumns.map((column) => ({
    codes: Int32Array.from(table.columns[column]?.values ?? []),
    cardinality: columns[column]?.cardinality ?? 1,
  }));
  const standardized: Float64Array[] = [];
  const levelResiduals: Float64Array[] = [];
  const logScales: Float64Array[] = [];
  const channels: ContinuousChannelParams[] = channelColumns.map((column, index) => {
    const raw = table.columns[column]?.values ?? new Float64Array(0);
    const transform = transforms[index] ?? { kind: 'identity' };
    const values = modelValues[index] ?? raw;
    const parts = decomposeChannel({ values, ticks, clock: phaseClock, starts, lengths, states });
    const offsets = fitAdditiveOffsets(parts.levels, contextCodes, 2);
    standardized.push(parts.standardized);
    levelResiduals.push(offsets.residuals);
    logScales.push(parts.logScales);
    report(0.2 + (0.4 * (index + 1)) / channelColumns.length, `decomposed ${columns[column]?.name ?? ''}`);
    return {
      column,
      transform: transform.kind === 'log' ? { kind: 'log', offset: compactNumber(transform.offset, 8) } : transform,
      min: minimumOf(raw),
      max: maximumOf(raw),
      integer: columns[column]?.integer ?? false,
      mean: compactNumber(offsets.mean, 8),
      period: parts.period,
      profile: compactArray(parts.profile),
      contextOffsets: offsets.offsets.map((offset) => compactArray(offset)),
      stateOffsets: parts.stateOffsets.map((offset) => compactArray(offset)),
    };
  });
  const dynamics = channels.length > 0 ? fitVar({ channels: standardized, starts, lengths }) : null;
  report(0.75, 'fitted dynamics');
  const events: DiscreteChannelParams[] = eventColumns.map((column, index) => ({
    column,
    ...fitMarkovChain({
      states: states[index] ?? { codes: new Int32Array(0), cardinality: 1 },
      starts,
      lengths,
      contexts: contextCodes,
      channels: modelValues,
    }),
  }));
  report(0.9, 'fitted events');

  const variables: EntityVariable[] = contextColumns.map((column, position) => ({
    values: contextValues[position] ?? new Float64Array(starts.length),
    discrete: columns[column]?.type === 'discrete',
    integer: columns[column]?.integer ?? false,
  }));
  variables.push({ values: Float64Array.from(lengths), discrete: false, integer: true });
  if (time) variables.push({ values: time.starts, discrete: false }, { values: time.steps, discrete: false });
  for (const values of levelResiduals) variables.push({ values, discrete: false });
  for (const values of logScales) variables.push({ values, discrete: false });
  const entities = fitEntityCopula(variables);
  report(1, 'done');
  return {
    version: 1,
    columns,
    contextColumns,
    discreteContexts,
    timeColumn: timeColumn >= 0 ? timeColumn : null,
    entities,
    time: time?.params ?? null,
    phaseClock,
    channels,
    dynamics,
    events,
  };
}

function minimumOf(values: Float64Array): number {
  let minimum = Number.POSITIVE_INFINITY;
  for (const value of values) if (value < minimum) minimum = value;
  return Number.isFinite(minimum) ? minimum : 0;
}

function maximumOf(values: Float64Array): number {
  let maximum = Number.NEGATIVE_INFINITY;
  for (const value of values) if (value > maximum) maximum = value;
  return Number.isFinite(maximum) ? maximum : 0;
}
