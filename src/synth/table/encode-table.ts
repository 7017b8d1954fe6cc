// Typed cells → numbers a tabular synthesizer fits: continuous values with missing indicators, discrete category codes.
import { GenstackError } from '../../core/errors.ts';
import type { Cell, ColumnSpec, EncodedColumn, EncodedTable, TypedTable } from './types.ts';

/** How one numeric or datetime column was encoded. */
export interface ContinuousEncoding {
  name: string;
  kind: 'numeric' | 'datetime';
  /** Name of the encoded `<name>#missing` column (1 = missing), or null when the column had no missing values. */
  missingColumn: string | null;
}

/** How one categorical or boolean column was encoded. */
export interface DiscreteEncoding {
  name: string;
  kind: 'categorical' | 'boolean';
  cardinality: number;
  /** The code standing for a missing value (the last one), or null when the column had no missing values. */
  missingCode: number | null;
}

/** Plain JSON: what `decodeTable` needs besides the specs. */
export interface TableEncoding {
  version: 1;
  columns: (ContinuousEncoding | DiscreteEncoding)[];
}

export function missingColumnName(name: string): string {
  return `${name}#missing`;
}

function encodeContinuous(values: readonly Cell[], random: () => number): { values: Float64Array; missing: Float64Array | null } {
  const observed: number[] = [];
  for (const cell of values) if (typeof cell === 'number' && Number.isFinite(cell)) observed.push(cell);
  const encoded = new Float64Array(values.length);
  if (observed.length === values.length) {
    observed.forEach((value, index) => (encoded[index] = value));
    return { values: encoded, missing: null };
  }
  const missing = new Float64Array(values.length);
  values.forEach((cell, index) => {
    if (typeof cell === 'number' && Number.isFinite(cell)) {
      encoded[index] = cell;
      return;
    }
    missing[index] = 1;
    // A draw from the observed values keeps the marginal free of an artificial spike at a fill constant.
    encoded[index] = observed.length === 0 ? 0 : (observed[Math.floor(random() * observed.length)] ?? 0);
  });
  return { values: encoded, missing };
}

function discreteCodes(spec: Extract<ColumnSpec, { kind: 'categorical' | 'boolean' }>, values: readonly Cell[]): Int32Array {
  const codes = new Int32Array(values.length);
  const lookup = new Map<Cell, number>(
    spec.kind === 'boolean'
      ? [
          [false, 0],
          [true, 1],
        ]
      : spec.categories.map((category, code) => [category, code]),
  );
  values.forEach((cell, index) => {
    if (cell === null) {
      codes[index] = -1;
      return;
    }
    const code = lookup.get(cell);
    if (code === undefined) {
      throw new GenstackError({
        code: 'invalid_request',
        message: `Column '${spec.name}' holds '${String(cell)}', which is not one of its ${spec.kind === 'boolean' ? 'true/false values' : 'categories'}.`,
        details: { column: spec.name, value: cell, row: index },
      });
    }
    codes[index] = code;
  });
  return codes;
}

function encodeDiscrete(
  spec: Extract<ColumnSpec, { kind: 'categorical' | 'boolean' }>,
  values: readonly Cell[],
): { column: EncodedColumn; encoding: DiscreteEncoding } {
  const codes = discreteCodes(spec, values);
  const known = spec.kind === 'boolean' ? 2 : spec.categories.length;
  const hasMissing = codes.includes(-1);
  const cardinality = Math.max(1, known + (hasMissing ? 1 : 0));
  const encodedValues = new Float64Array(values.length);
  codes.forEach((code, index) => (encodedValues[index] = code < 0 ? known : code));
  return {
    column: { name: spec.name, type: 'discrete', values: encodedValues, cardinality },
    encoding: { name: spec.name, kind: spec.kind, cardinality, missingCode: hasMissing ? known : null },
  };
}

/**
 * Encodes numeric, datetime (continuous, epoch ms), categorical and boolean (discrete codes) columns; id and text
 * columns are skipped. A continuous column with missing values is followed by a discrete `<name>#missing` column
 * (1 = missing) and its gaps are filled with values drawn through `random` from the observed ones.
 * @example
 * const { encoded, encoding } = encodeTable(parseTable(raw, specs), seededRandom(1));
 * encoded.columns.map((column) => column.name); // ['나이', '나이#missing', '지역']
 */
export function encodeTable(typed: TypedTable, random: () => number): { encoded: EncodedTable; encoding: TableEncoding } {
  const columns: EncodedColumn[] = [];
  const plans: TableEncoding['columns'] = [];
  for (const { spec, values } of typed.columns) {
    if (spec.kind === 'numeric' || spec.kind === 'datetime') {
      const result = encodeContinuous(values, random);
      const integer = spec.kind === 'datetime' || spec.integer;
      columns.push({ name: spec.name, type: 'continuous', values: result.values, integer });
      const missingColumn = result.missing ? missingColumnName(spec.name) : null;
      if (result.missing && missingColumn) columns.push({ name: missingColumn, type: 'discrete', values: result.missing, cardinality: 2 });
      plans.push({ name: spec.name, kind: spec.kind, missingColumn });
    } else if (spec.kind === 'categorical' || spec.kind === 'boolean') {
      const { column, encoding } = encodeDiscrete(spec, values);
      columns.push(column);
      plans.push(encoding);
    }
  }
  return { encoded: { rowCount: typed.rowCount, columns }, encoding: { version: 1, columns: plans } };
}
