// Reports over CSV tables: real, synthetic and holdout read with one schema (the real table's or the model's), then scored.
import { GenstackError } from '../../core/index.ts';
import { buildSynthReport, renderHtmlReport, type SynthReport } from '../reports/index.ts';
import { inferSchema, isMissingToken, parseTable } from '../table/index.ts';
import type { ColumnSpec, RawTable, TypedTable } from '../table/types.ts';

export interface ReportTablesOptions {
  real: RawTable;
  synthetic: RawTable;
  holdout?: RawTable;
  /** Column to measure utility on (train on synthetic, test on real). */
  target?: string;
  epsilon?: number;
  /** The schema to read all three with; inferred from the real table when omitted. */
  columns?: ColumnSpec[];
  seed?: number;
  /** Synthetic rows the distance-to-closest-record search looks at (default 2000). */
  privacyRows?: number;
  /** Also render the self-contained HTML report, in this language. */
  html?: { lang: 'en' | 'ko'; title?: string };
}

/** Reads a table with the given schema, in the schema's column order; a column it lacks is an error naming the table. */
function readWith(raw: RawTable, options: { columns: ColumnSpec[]; label: string }): TypedTable {
  const missing = options.columns.filter((spec) => !raw.columns.includes(spec.name)).map((spec) => spec.name);
  if (missing.length > 0)
    throw new GenstackError({
      code: 'invalid_request',
      message: `The ${options.label} table lacks column(s) ${missing.map((name) => `'${name}'`).join(', ')} of the real table.`,
      param: options.label,
    });
  const positions = options.columns.map((spec) => raw.columns.indexOf(spec.name));
  const aligned: RawTable = {
    columns: options.columns.map((spec) => spec.name),
    rows: raw.rows.map((row) => positions.map((position) => row[position] ?? '')),
  };
  return parseTable(aligned, widenCategories(options.columns, aligned));
}

/** A synthetic table may hold categories the real one lacks (category adherence measures exactly that): read them too. */
function widenCategories(columns: ColumnSpec[], aligned: RawTable): ColumnSpec[] {
  return columns.map((spec, index) => {
    if (spec.kind !== 'categorical') return spec;
    const known = new Set(spec.categories);
    const extra = new Set<string>();
    for (const row of aligned.rows) {
      const value = row[index] ?? '';
      if (!known.has(value) && !isMissingToken(value)) extra.add(value);
    }
    return extra.size === 0 ? spec : { ...spec, categories: [...spec.categories, ...extra] };
  });
}

/**
 * @example
 * const { report, html } = reportOnTables({ real, synthetic, holdout, target: 'is_fraud', html: { lang: 'ko' } });
 */
export function reportOnTables(options: ReportTablesOptions): { report: SynthReport; html?: string } {
  const columns = options.columns ?? inferSchema(options.real);
  const real = readWith(options.real, { columns, label: 'real' });
  const synthetic = readWith(options.synthetic, { columns, label: 'synthetic' });
  const holdout = options.holdout ? readWith(options.holdout, { columns, label: 'holdout' }) : undefined;
  const report = buildSynthReport({
    real,
    synthetic,
    ...(holdout ? { holdout } : {}),
    ...(options.target ? { target: options.target } : {}),
    ...(options.epsilon !== undefined ? { epsilon: options.epsilon } : {}),
    seed: options.seed ?? 1,
    ...(options.privacyRows !== undefined ? { privacyRows: options.privacyRows } : {}),
  });
  if (!options.html) return { report };
  const html = renderHtmlReport(report, {
    real,
    synthetic,
    lang: options.html.lang,
    ...(options.html.title ? { title: options.html.title } : {}),
  });
  return { report, html };
}
