// Sampling end to end: model → encoded rows → typed rows that meet every constraint and condition → CSV-ready strings.
import { GenstackError, seededRandom } from '../../core/index.ts';
import { enforceConstraints, reverseTransform, satisfiedRows } from '../constraints/index.ts';
import { formatTable, sampleIds } from '../table/index.ts';
import type { Cell, EncodedTable, RawTable, TypedTable } from '../table/types.ts';
import { timeseriesSynthesizer, type TimeseriesParams } from '../synthesizers/timeseries/index.ts';
import type { TabularSynthesizer } from '../synthesizers/types.ts';
import { completeSample, replaceColumn } from './sample-columns.ts';
import { keepMatching, resolveConditions, takeRows, type EncodedCondition } from './sample-conditions.ts';
import type { SynthModel } from './synth-model.ts';
import { tabularSynthesizer } from './synthesizer-registry.ts';

export const maxSampleRows = 1_000_000;
const rejectionAttempts = 50;

export interface SampleSynthOptions {
  /** Rows to produce; for timeseries, whole sequences are sampled until about this many rows exist. */
  rows: number;
  seed?: number;
  /** Fixed values by column, as they would be written in the CSV. */
  conditions?: Record<string, string>;
  /** timeseries: the number of sequences, instead of deriving it from `rows`. */
  sequences?: number;
  onProgress?: (fraction: number) => void;
}

function checkRows(rows: number, param: string): void {
  if (!Number.isInteger(rows) || rows < 1 || rows > maxSampleRows)
    throw new GenstackError({ code: 'invalid_request', message: `${param} must be a whole number from 1 to ${maxSampleRows}.`, param });
}

/** Samples `rows` encoded rows that meet the conditions: natively, or by rejection for synthesizers that cannot condition. */
function sampleEncoded(options: {
  synthesizer: TabularSynthesizer;
  params: unknown;
  rows: number;
  random: () => number;
  conditions: EncodedCondition[];
}): EncodedTable {
  const { synthesizer, params, rows, random, conditions } = options;
  if (conditions.length === 0 || synthesizer.supportsConditions) {
    const fixed = new Map(conditions.map((condition) => [condition.index, condition.value]));
    return synthesizer.sample(params, { rows, random, ...(fixed.size ? { conditions: fixed } : {}) });
  }
  const parts: EncodedTable[] = [];
  let found = 0;
  for (let attempt = 0; attempt < rejectionAttempts && found < rows; attempt += 1) {
    const candidates = synthesizer.sample(params, { rows: Math.max(256, (rows - found) * 4), random });
    const matching = keepMatching(candidates, conditions).slice(0, rows - found);
    parts.push(takeRows(candidates, { rows: matching, conditions }));
    found += matching.length;
  }
  if (found < rows)
    throw new GenstackError({
      code: 'unprocessable',
      message: `The conditions are too rare in this model to sample ${rows} rows (found ${found}); loosen them or use gaussian-copula, which conditions exactly.`,
      param: 'conditions',
    });
  return concatEncoded(parts);
}

function concatEncoded(parts: EncodedTable[]): EncodedTable {
  const first = parts[0];
  if (!first) return { rowCount: 0, columns: [] };
  const rowCount = parts.reduce((sum, part) => sum + part.rowCount, 0);
  return {
    rowCount,
    columns: first.columns.map((column, index) => {
      const values = new Float64Array(rowCount);
      let offset = 0;
      for (const part of parts) {
        const partValues = part.columns[index]?.values ?? new Float64Array(0);
        values.set(partValues, offset);
        offset += partValues.length;
      }
      return { ...column, values };
    }),
  };
}

/** Id columns drawn once for the whole output, so values stay unique across batches. */
function freshIds(model: SynthModel, options: { table: TypedTable; random: () => number }): TypedTable {
  let table = options.table;
  for (const spec of model.columns) {
    const idModel = model.idModels[spec.name];
    if (spec.kind !== 'id' || !idModel) continue;
    const values: Cell[] = sampleIds(idModel, { count: table.rowCount, random: options.random });
    table = replaceColumn(table, { name: spec.name, values: values.map((value) => (options.random() < spec.missingRate ? null : value)) });
  }
  return table;
}

function sampleSequences(model: SynthModel, options: SampleSynthOptions & { random: () => number }): TypedTable {
  const info = model.sequence;
  if (!info) throw new GenstackError({ code: 'internal_error', message: 'A timeseries model without its sequence layout.' });
  const entities = options.sequences ?? Math.max(1, Math.round(options.rows / Math.max(1, info.meanLength)));
  checkRows(entities, 'sequences');
  const data = timeseriesSynthesizer.sample(model.params as TimeseriesParams, {
    entities,
    random: options.random,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  let table = completeSample(model, { encoded: data.table, random: options.random });
  const idModel = model.idModels[info.entityColumn];
  if (idModel) {
    const entityIds = sampleIds(idModel, { count: entities, random: options.random });
    const values: Cell[] = new Array<Cell>(table.rowCount).fill(null);
    data.starts.forEach((start, entity) => values.fill(entityIds[entity] ?? null, start, start + (data.lengths[entity] ?? 0)));
    table = replaceColumn(table, { name: info.entityColumn, values });
  }
  return table;
}

/** Timeseries constraints hold by construction (see fit); a row that breaks one anyway is a bug, not bad luck. */
function checkedSequences(model: SynthModel, table: TypedTable): TypedTable {
  const broken = satisfiedRows(model.constraints, table, { plan: model.constraintPlan }).indexOf(false);
  if (broken >= 0)
    throw new GenstackError({ code: 'internal_error', message: `Sampled sequence row ${broken + 1} breaks a constraint of the model.` });
  return table;
}

/**
 * @example
 * const raw = sampleSynthModel(model, { rows: 1000, seed: 42 });
 * writeFileSync('out.csv', writeCsvTable(raw));
 */
export function sampleSynthModel(model: SynthModel, options: SampleSynthOptions): RawTable {
  const random = seededRandom(options.seed ?? 1);
  if (model.synthesizer === 'timeseries') {
    if (options.conditions && Object.keys(options.conditions).length > 0)
      throw new GenstackError({
        code: 'invalid_request',
        message: 'Conditions apply to tabular models, not timeseries.',
        param: 'conditions',
      });
    if (options.sequences === undefined) checkRows(options.rows, 'rows');
    return formatTable(checkedSequences(model, reverseTransform(model.constraintPlan, sampleSequences(model, { ...options, random }))));
  }
  checkRows(options.rows, 'rows');
  const synthesizer = tabularSynthesizer(model.synthesizer);
  const encodedNames = model.encoding.columns.flatMap((column) =>
    'missingColumn' in column && column.missingColumn ? [column.name, column.missingColumn] : [column.name],
  );
  const conditions = resolveConditions(model, { conditions: options.conditions ?? {}, encodedNames });
  let produced = 0;
  const sampleBatch = (rows: number): TypedTable => {
    const encoded = sampleEncoded({ synthesizer, params: model.params, rows, random, conditions });
    produced += rows;
    options.onProgress?.(Math.min(0.99, produced / options.rows));
    return completeSample(model, { encoded, random });
  };
  const table = enforceConstraints({ constraints: model.constraints, plan: model.constraintPlan, sampleBatch, rows: options.rows });
  options.onProgress?.(1);
  return formatTable(freshIds(model, { table, random }));
}
