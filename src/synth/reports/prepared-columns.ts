// Prepares each modelled column of a real/synthetic pair once: numbers, sorted samples, codes and contingency codes.
import type { ColumnKind, TypedTable } from '../table/types.ts';
import { categoryCodes, codeCounts, columnValues, isModelledKind, isNumericKind, numericValues, sortedPresent } from './column-values.ts';
import type { CodedColumn } from './contingency-similarity.ts';
import { binCodes, contingencyBinCount, histogramEdges } from './histogram-bins.ts';

/** Most categories a column keeps in contingency tables; rarer ones share one pooled code. */
export const contingencyCategoryCap = 1000;

export interface PreparedNumericColumn {
  type: 'numeric';
  name: string;
  kind: ColumnKind;
  real: Float64Array;
  synthetic: Float64Array;
  sortedReal: Float64Array;
  sortedSynthetic: Float64Array;
  /** 10 real-edge bins plus a missing bin. */
  contingency: CodedColumn;
}

export interface PreparedCategoricalColumn {
  type: 'categorical';
  name: string;
  kind: ColumnKind;
  labels: (string | null)[];
  /** Full codes (every distinct value, missing included). */
  codes: CodedColumn;
  /** Codes capped at `contingencyCategoryCap` categories. */
  contingency: CodedColumn;
}

export type PreparedColumn = PreparedNumericColumn | PreparedCategoricalColumn;

/** Keeps the most frequent categories (real and synthetic counted together) and pools the rest into one code. */
function capCodes(codes: CodedColumn, cap: number): CodedColumn {
  if (codes.cardinality <= cap) return codes;
  const counts = codeCounts(codes.real, codes.cardinality);
  const syntheticCounts = codeCounts(codes.synthetic, codes.cardinality);
  for (let code = 0; code < codes.cardinality; code += 1) counts[code] = (counts[code] ?? 0) + (syntheticCounts[code] ?? 0);
  const order = Array.from({ length: codes.cardinality }, (_, code) => code);
  order.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
  const capped = new Int32Array(codes.cardinality).fill(cap);
  for (let rank = 0; rank < cap; rank += 1) capped[order[rank] ?? 0] = rank;
  const remap = (values: Int32Array): Int32Array => values.map((code) => capped[code] ?? cap);
  return { real: remap(codes.real), synthetic: remap(codes.synthetic), cardinality: cap + 1 };
}

function prepareColumn(options: { name: string; kind: ColumnKind; real: TypedTable; synthetic: TypedTable }): PreparedColumn {
  const { name, kind } = options;
  const realCells = columnValues(options.real, name, 'real');
  const syntheticCells = columnValues(options.synthetic, name, 'synthetic');
  if (isNumericKind(kind)) {
    const real = numericValues(realCells);
    const synthetic = numericValues(syntheticCells);
    const sortedReal = sortedPresent(real);
    const edges = histogramEdges(sortedReal, contingencyBinCount);
    return {
      type: 'numeric',
      name,
      kind,
      real,
      synthetic,
      sortedReal,
      sortedSynthetic: sortedPresent(synthetic),
      contingency: { real: binCodes(real, edges), synthetic: binCodes(synthetic, edges), cardinality: contingencyBinCount + 1 },
    };
  }
  const { labels, codes } = categoryCodes([realCells, syntheticCells]);
  const coded: CodedColumn = {
    real: codes[0] ?? new Int32Array(0),
    synthetic: codes[1] ?? new Int32Array(0),
    cardinality: labels.length,
  };
  return { type: 'categorical', name, kind, labels, codes: coded, contingency: capCodes(coded, contingencyCategoryCap) };
}

/**
 * Prepared modelled columns in real-table order (id and text columns skipped); a column the synthetic table lacks
 * is an invalid_request error naming it.
 * @example
 * prepareColumns(real, synthetic).map((column) => column.name); // ['나이', '지역']
 */
export function prepareColumns(real: TypedTable, synthetic: TypedTable): PreparedColumn[] {
  return real.columns
    .filter((column) => isModelledKind(column.spec.kind))
    .map((column) => prepareColumn({ name: column.spec.name, kind: column.spec.kind, real, synthetic }));
}
