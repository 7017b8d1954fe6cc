// The quality report with SDMetrics' public definitions: column shapes (KS/TV complement) and column pair trends.
import type { TypedTable } from '../table/types.ts';
import { isModelledKind, meanOrNull } from './column-values.ts';
import { ContingencyWorkspace } from './contingency-similarity.ts';
import { correlationSimilarity, pearson } from './correlation-similarity.ts';
import { ksComplement } from './ks-complement.ts';
import { prepareColumns, type PreparedColumn } from './prepared-columns.ts';
import { tvComplement } from './tv-complement.ts';
import type { ColumnPairScore, ColumnShapeScore, QualityReport } from './types.ts';

function columnShape(column: PreparedColumn): ColumnShapeScore {
  if (column.type === 'numeric') {
    return {
      column: column.name,
      kind: column.kind,
      metric: 'KSComplement',
      score: ksComplement(column.sortedReal, column.sortedSynthetic),
    };
  }
  const { real, synthetic, cardinality } = column.codes;
  return { column: column.name, kind: column.kind, metric: 'TVComplement', score: tvComplement(real, synthetic, cardinality) };
}

function pairTrend(first: PreparedColumn, second: PreparedColumn, workspace: ContingencyWorkspace): ColumnPairScore {
  const columns: [string, string] = [first.name, second.name];
  if (first.type === 'numeric' && second.type === 'numeric') {
    const realCorrelation = pearson(first.real, second.real);
    const syntheticCorrelation = pearson(first.synthetic, second.synthetic);
    return {
      columns,
      metric: 'CorrelationSimilarity',
      score: correlationSimilarity(realCorrelation, syntheticCorrelation),
      realCorrelation,
      syntheticCorrelation,
    };
  }
  return {
    columns,
    metric: 'ContingencySimilarity',
    score: workspace.similarity(first.contingency, second.contingency),
    realCorrelation: null,
    syntheticCorrelation: null,
  };
}

/**
 * Compares synthetic with real data the way SDMetrics' QualityReport does, so scores line up with SDV's numbers.
 * Numeric/datetime columns: KSComplement, CorrelationSimilarity (Pearson); categorical/boolean: TVComplement;
 * other pairs: ContingencySimilarity with numeric columns in 10 bins from the real data. id and text columns are skipped.
 * @example
 * const report = qualityReport(realTable, syntheticTable);
 * report.score; // e.g. 0.87
 */
export function qualityReport(real: TypedTable, synthetic: TypedTable): QualityReport {
  const columns = prepareColumns(real, synthetic);
  const shapes = columns.map(columnShape);
  const pairs: ColumnPairScore[] = [];
  const workspace = new ContingencyWorkspace();
  for (let firstIndex = 0; firstIndex < columns.length; firstIndex += 1) {
    for (let secondIndex = firstIndex + 1; secondIndex < columns.length; secondIndex += 1) {
      const first = columns[firstIndex];
      const second = columns[secondIndex];
      if (first && second) pairs.push(pairTrend(first, second, workspace));
    }
  }
  const shapeScore = meanOrNull(shapes.map((shape) => shape.score));
  const pairScore = meanOrNull(pairs.map((pair) => pair.score));
  return {
    score: meanOrNull([shapeScore, pairScore]),
    columnShapes: { score: shapeScore, details: shapes },
    columnPairTrends: { score: pairScore, details: pairs },
    ignoredColumns: real.columns.filter((column) => !isModelledKind(column.spec.kind)).map((column) => column.spec.name),
  };
}
