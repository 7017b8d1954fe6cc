// Encoded numbers → typed cells: clamps and rounds what a synthesizer sampled so it reads like the training data.
import { GenstackError } from '../../core/errors.ts';
import { datetimeResolutionMs } from './datetime-format.ts';
import type { ContinuousEncoding, DiscreteEncoding, TableEncoding } from './encode-table.ts';
import type { Cell, ColumnSpec, DatetimeColumn, EncodedColumn, EncodedTable, NumericColumn, TypedTable } from './types.ts';

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

function continuousValue(value: number, spec: NumericColumn | DatetimeColumn): Cell {
  if (!Number.isFinite(value)) return null;
  const clamped = clamp(value, spec.min, spec.max);
  if (spec.kind === 'datetime') {
    const step = datetimeResolutionMs(spec.format);
    return clamp(Math.round(clamped / step) * step, spec.min, spec.max);
  }
  if (spec.integer) return Math.round(clamped);
  return roundTo(clamped, spec.decimals);
}

function missingFlags(column: EncodedColumn | undefined, rowCount: number): (index: number) => boolean {
  if (!column) return () => false;
  return (index) => index < rowCount && Math.round(column.values[index] ?? 0) >= 1;
}

function decodeContinuous(spec: NumericColumn | DatetimeColumn, plan: ContinuousEncoding, lookup: (name: string) => EncodedColumn): Cell[] {
  const column = lookup(spec.name);
  const isMissing = missingFlags(plan.missingColumn ? lookup(plan.missingColumn) : undefined, column.values.length);
  return Array.from(column.values, (value, index) => (isMissing(index) ? null : continuousValue(value, spec)));
}

function decodeDiscrete(
  spec: Extract<ColumnSpec, { kind: 'categorical' | 'boolean' }>,
  plan: DiscreteEncoding,
  column: EncodedColumn,
): Cell[] {
  const top = plan.cardinality - 1;
  return Array.from(column.values, (value) => {
    const code = Number.isFinite(value) ? clamp(Math.round(value), 0, top) : top;
    if (code === plan.missingCode) return null;
    if (spec.kind === 'boolean') return code === 1;
    return spec.categories[code] ?? null;
  });
}

function isContinuousPlan(plan: ContinuousEncoding | DiscreteEncoding): plan is ContinuousEncoding {
  return plan.kind === 'numeric' || plan.kind === 'datetime';
}

function missingPlan(spec: ColumnSpec): GenstackError {
  return new GenstackError({
    code: 'invalid_request',
    message: `Column '${spec.name}' (${spec.kind}) is not in the table encoding; encode and decode must use the same specs.`,
  });
}

/**
 * Turns encoded columns back into typed cells for the specs' numeric, datetime, categorical and boolean columns (spec
 * order; id and text are left to their own models). Continuous values are clamped to [min, max] and rounded to the
 * spec's decimals or the datetime format's step; a missing indicator of 1 gives null; out-of-range codes are clamped.
 * @example
 * const typed = decodeTable(synthesizer.sample(params, { rows: 100, random }), encoding, specs);
 */
export function decodeTable(encoded: EncodedTable, encoding: TableEncoding, specs: readonly ColumnSpec[]): TypedTable {
  const byName = new Map(encoded.columns.map((column) => [column.name, column]));
  const lookup = (name: string): EncodedColumn => {
    const column = byName.get(name);
    if (!column) throw new GenstackError({ code: 'invalid_request', message: `The encoded table has no column '${name}'.` });
    return column;
  };
  const columns: TypedTable['columns'] = [];
  for (const spec of specs) {
    if (spec.kind === 'id' || spec.kind === 'text') continue;
    const plan = encoding.columns.find((candidate) => candidate.name === spec.name && candidate.kind === spec.kind);
    if (!plan) throw missingPlan(spec);
    if (spec.kind === 'numeric' || spec.kind === 'datetime') {
      if (!isContinuousPlan(plan)) throw missingPlan(spec);
      columns.push({ spec, values: decodeContinuous(spec, plan, lookup) });
    } else {
      if (isContinuousPlan(plan)) throw missingPlan(spec);
      columns.push({ spec, values: decodeDiscrete(spec, plan, lookup(spec.name)) });
    }
  }
  return { rowCount: encoded.rowCount, columns };
}
