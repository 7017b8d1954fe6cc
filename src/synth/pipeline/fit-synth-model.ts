// Fitting end to end: raw CSV table → schema → constraint transforms → encoding → synthesizer params, in one model document.
import { GenstackError, seededRandom } from '../../core/index.ts';
import { checkConstraintsAgainstSchema, findViolations, parseConstraints, transformForFit } from '../constraints/index.ts';
import { encodeTable, fitIdModel, fitTextModel, inferSchema, parseTable, type IdModel, type TextModel } from '../table/index.ts';
import type { ColumnKind, RawTable, TypedTable } from '../table/types.ts';
import { timeseriesSynthesizer } from '../synthesizers/timeseries/index.ts';
import type { SynthesizerName } from '../synthesizers/types.ts';
import {
  checkSequenceConstraints,
  contextColumns,
  detectEntityColumn,
  reorderRows,
  sequenceOrder,
  sequenceRuns,
  sequenceTimeColumn,
} from './sequence-layout.ts';
import { synthModelFormat, synthModelVersion, type SequenceModelInfo, type SynthModel } from './synth-model.ts';
import { isSynthesizerName, tabularSynthesizer } from './synthesizer-registry.ts';

export interface FitSynthOptions {
  synthesizer: SynthesizerName;
  seed?: number;
  /** Differential-privacy budget (bayes-net only). */
  epsilon?: number;
  /** Constraints as JSON: an array or `{ constraints: [...] }`. */
  constraints?: unknown;
  /** Column kinds that override inference, e.g. `{ zip: 'categorical' }`. */
  columnKinds?: Record<string, ColumnKind>;
  /** timeseries only: the entity and time columns (detected when omitted). */
  sequence?: { entityColumn?: string; timeColumn?: string | null };
  onProgress?: (fraction: number, message?: string) => void;
}

const minimumRows = 10;

function checkOptions(raw: RawTable, options: FitSynthOptions): void {
  if (!isSynthesizerName(options.synthesizer)) tabularSynthesizer(options.synthesizer); // throws the helpful error
  if (raw.rows.length < minimumRows)
    throw new GenstackError({
      code: 'invalid_request',
      message: `A synthesizer needs at least ${minimumRows} training rows; this table has ${raw.rows.length}.`,
    });
  if (options.epsilon !== undefined) {
    if (options.synthesizer !== 'bayes-net')
      throw new GenstackError({
        code: 'invalid_request',
        message: `Differential privacy (epsilon) is offered by the bayes-net synthesizer, not '${options.synthesizer}'.`,
        param: 'epsilon',
      });
    if (!Number.isFinite(options.epsilon) || options.epsilon <= 0)
      throw new GenstackError({ code: 'invalid_request', message: 'epsilon must be a positive number.', param: 'epsilon' });
  }
}

/** Id and free-text columns get their own generators; everything else is modelled jointly. */
function sideModels(typed: TypedTable, options: { private: boolean; warnings: string[]; entityColumn: string | null }) {
  const idModels: Record<string, IdModel> = {};
  const textModels: Record<string, TextModel> = {};
  for (const { spec, values } of typed.columns) {
    const present = values.filter((value): value is string | number => value !== null && value !== '').map(String);
    // Each sampled sequence gets one new entity id, unique among the sequences.
    if (spec.kind === 'id' && spec.name === options.entityColumn)
      idModels[spec.name] = fitIdModel({ ...spec, unique: true }, [...new Set(present)]);
    else if (spec.kind === 'id') idModels[spec.name] = fitIdModel(spec, present);
    if (spec.kind === 'text') {
      // A text model keeps word transitions of the training text, which differential privacy cannot cover.
      if (options.private) options.warnings.push(`Column '${spec.name}' is free text; under differential privacy it is left empty.`);
      else textModels[spec.name] = fitTextModel(present);
    }
  }
  return { idModels, textModels };
}

function checkTrainingRows(constraints: ReturnType<typeof parseConstraints>, typed: TypedTable): void {
  const violations = findViolations(constraints, typed).filter((violation) => violation.rows.length > 0);
  const first = violations[0];
  if (!first) return;
  throw new GenstackError({
    code: 'unprocessable',
    message:
      `The training data breaks constraint ${first.constraint + 1} (${JSON.stringify(constraints[first.constraint])}) in ` +
      `${first.rows.length} row(s), e.g. line ${(first.rows[0] ?? 0) + 2}. Fix the data or the constraint.`,
    param: 'constraints',
    details: violations.map((violation) => ({ constraint: violation.constraint, rows: violation.rows.slice(0, 20) })),
  });
}

function sequenceOverrides(raw: RawTable, options: FitSynthOptions) {
  if (options.synthesizer !== 'timeseries') return { overrides: options.columnKinds ?? {}, entityColumn: null };
  const entityColumn = detectEntityColumn(raw, options.sequence?.entityColumn);
  return { overrides: { ...options.columnKinds, [entityColumn]: 'id' as const }, entityColumn };
}

/**
 * @example
 * const model = fitSynthModel(readCsvTable(csv), { synthesizer: 'gaussian-copula', seed: 7 });
 */
export function fitSynthModel(raw: RawTable, options: FitSynthOptions): SynthModel {
  checkOptions(raw, options);
  const started = performance.now();
  const seed = options.seed ?? 1;
  const random = seededRandom(seed ^ 0x5eed);
  const warnings: string[] = [];
  const { overrides, entityColumn } = sequenceOverrides(raw, options);
  const columns = inferSchema(raw, overrides);
  let typed = parseTable(raw, columns);
  const timeColumn = entityColumn ? sequenceTimeColumn(columns, options.sequence?.timeColumn) : null;
  const constraints = options.constraints === undefined ? [] : parseConstraints(options.constraints);
  checkConstraintsAgainstSchema(constraints, columns);
  if (entityColumn) checkSequenceConstraints(constraints, { entityColumn, timeColumn });
  checkTrainingRows(constraints, typed);
  options.onProgress?.(0.02, 'schema');
  if (entityColumn) typed = reorderRows(typed, sequenceOrder(typed, { entityColumn, timeColumn }));

  let sequence: SequenceModelInfo | null = null;
  const { table: modelTable, plan } = transformForFit(constraints, typed);
  const { idModels, textModels } = sideModels(modelTable, { private: options.epsilon !== undefined, warnings, entityColumn });
  const { encoded, encoding } = encodeTable(modelTable, random);
  const progress = (fraction: number, message?: string) => options.onProgress?.(0.05 + fraction * 0.95, message);

  let params: unknown;
  if (entityColumn) {
    const entityValues = modelTable.columns.find((column) => column.spec.name === entityColumn)?.values ?? [];
    const runs = sequenceRuns(entityValues);
    const layout = { contextColumns: contextColumns(encoded, runs, timeColumn), timeColumn };
    params = timeseriesSynthesizer.fit({ table: encoded, ...runs }, layout, { seed, onProgress: progress });
    sequence = { ...layout, entityColumn, meanLength: encoded.rowCount / Math.max(1, runs.starts.length) };
  } else {
    const synthesizer = tabularSynthesizer(options.synthesizer);
    params = synthesizer.fit(encoded, {
      seed,
      ...(options.epsilon !== undefined ? { epsilon: options.epsilon } : {}),
      onProgress: progress,
    });
  }
  return {
    format: synthModelFormat,
    version: synthModelVersion,
    synthesizer: options.synthesizer,
    createdAt: new Date().toISOString(),
    columns,
    modelColumns: modelTable.columns.map((column) => column.spec),
    encoding,
    constraints,
    constraintPlan: plan,
    idModels,
    textModels,
    sequence,
    epsilon: options.epsilon ?? null,
    warnings,
    training: { rows: raw.rows.length, fitSeconds: (performance.now() - started) / 1000, seed },
    params,
  };
}
