// The saved synthesizer model: one versioned JSON document with everything sampling needs (schema, encoding, constraints, params).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { GenstackError, writeFileAtomically } from '../../core/index.ts';
import type { Constraint, ConstraintPlan } from '../constraints/index.ts';
import type { IdModel, TableEncoding, TextModel } from '../table/index.ts';
import type { ColumnSpec } from '../table/types.ts';
import type { SequenceLayout, SynthesizerName } from '../synthesizers/types.ts';
import { modelDetails } from './model-details.ts';

export const synthModelFormat = 'genstack-synth-model';
export const synthModelVersion = 1;

export interface SequenceModelInfo extends SequenceLayout {
  /** The source column that names the entity (machine, customer, patient). */
  entityColumn: string;
  /** Mean rows per entity in training, to turn a row count into a number of sequences. */
  meanLength: number;
}

export interface SynthModel {
  format: typeof synthModelFormat;
  version: number;
  synthesizer: SynthesizerName;
  createdAt: string;
  /** The columns of the training data as the user gave them, in order. */
  columns: ColumnSpec[];
  /** The columns the model sees after constraint transforms (merged combinations, gap columns, dropped formulas). */
  modelColumns: ColumnSpec[];
  encoding: TableEncoding;
  constraints: Constraint[];
  constraintPlan: ConstraintPlan;
  idModels: Record<string, IdModel>;
  textModels: Record<string, TextModel>;
  sequence: SequenceModelInfo | null;
  /** Differential privacy spent on this model, when it was fitted with one. */
  epsilon: number | null;
  /** What the user should know about this model (columns left out, limits met). */
  warnings: string[];
  training: { rows: number; fitSeconds: number; seed: number };
  params: unknown;
}

const envelopeSchema = z.looseObject({
  format: z.literal(synthModelFormat),
  version: z.number().int(),
  synthesizer: z.enum(['gaussian-copula', 'bayes-net', 'cart', 'timeseries']),
  columns: z.array(z.looseObject({ name: z.string(), kind: z.string() })),
  modelColumns: z.array(z.looseObject({ name: z.string(), kind: z.string() })),
  encoding: z.unknown(),
  constraints: z.array(z.unknown()),
  constraintPlan: z.unknown(),
  idModels: z.record(z.string(), z.unknown()),
  textModels: z.record(z.string(), z.unknown()),
  params: z.unknown(),
});

/**
 * Reads a model back and checks its envelope, so a wrong file fails with a clear error rather than deep in a sampler.
 * @example
 * const model = parseSynthModel(readFileSync('model.json', 'utf8'));
 */
export function parseSynthModel(text: string): SynthModel {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new GenstackError({ code: 'invalid_request', message: 'The model file is not JSON.', param: 'model' });
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success)
    throw new GenstackError({
      code: 'invalid_request',
      message: `Not a genstack synthesizer model (${parsed.error.issues[0]?.path.join('.') || 'format'}: ${parsed.error.issues[0]?.message}).`,
      param: 'model',
    });
  if (parsed.data.version > synthModelVersion)
    throw new GenstackError({
      code: 'invalid_request',
      message: `The model was saved by a newer genstack (model version ${parsed.data.version}; this one reads up to ${synthModelVersion}).`,
      param: 'model',
    });
  return parsed.data as unknown as SynthModel;
}

/** What a user sees of a model: no parameters, just what it was fitted on and how. */
export function describeSynthModel(model: SynthModel) {
  return {
    synthesizer: model.synthesizer,
    rows: model.training.rows,
    columns: model.columns.map((spec) => ({ name: spec.name, kind: spec.kind })),
    fitSeconds: Number(model.training.fitSeconds.toFixed(3)),
    epsilon: model.epsilon,
    constraints: model.constraints.length,
    warnings: model.warnings,
    details: modelDetails(model),
  };
}

/** Reads and checks a model file. */
export function loadSynthModel(path: string): SynthModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new GenstackError({ code: 'not_found', message: `No model file at ${path}.`, param: 'model' });
  }
  return parseSynthModel(text);
}

/** Saves a model; a crash never leaves half a file. */
export function saveSynthModel(model: SynthModel, path: string): void {
  writeFileAtomically(path, JSON.stringify(model));
}
