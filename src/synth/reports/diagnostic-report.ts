// The diagnostic report (SDMetrics DiagnosticReport): boundary and category adherence, key uniqueness, table structure.
import type { Cell, ColumnSpec, TypedTable } from '../table/types.ts';
import { categoryKey, isNumericKind, meanOrNull, numericValues } from './column-values.ts';
import type { AdherenceScore, DiagnosticReport } from './types.ts';

/**
 * BoundaryAdherence: share of synthetic non-missing values within the real [min, max]; null when either side has none.
 * @example
 * boundaryAdherence(Float64Array.of(1, 5), Float64Array.of(0, 3, NaN)); // 0.5
 */
export function boundaryAdherence(real: Float64Array, synthetic: Float64Array): number | null {
  let min = Infinity;
  let max = -Infinity;
  for (const value of real) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min > max) return null;
  let present = 0;
  let inside = 0;
  for (const value of synthetic) {
    if (value !== value) continue;
    present += 1;
    if (value >= min && value <= max) inside += 1;
  }
  return present === 0 ? null : inside / present;
}

/**
 * CategoryAdherence: share of synthetic values (missing included, as pandas `isin`) that occur in the real column.
 * @example
 * categoryAdherence(['서울', '부산'], ['서울', '대구']); // 0.5
 */
export function categoryAdherence(real: readonly Cell[], synthetic: readonly Cell[]): number | null {
  if (synthetic.length === 0) return null;
  const known = new Set(real.map(categoryKey));
  let inside = 0;
  for (const cell of synthetic) if (known.has(categoryKey(cell))) inside += 1;
  return inside / synthetic.length;
}

/**
 * KeyUniqueness: share of synthetic non-missing keys that are not repeats of an earlier key.
 * @example
 * keyUniqueness(['A1', 'A2', 'A1']); // 2/3
 */
export function keyUniqueness(synthetic: readonly Cell[]): number | null {
  const seen = new Set<string>();
  let present = 0;
  for (const cell of synthetic) {
    const key = categoryKey(cell);
    if (key === null) continue;
    present += 1;
    seen.add(key);
  }
  return present === 0 ? null : seen.size / present;
}

function adherence(spec: ColumnSpec, real: readonly Cell[], synthetic: readonly Cell[]): AdherenceScore | null {
  const base = { column: spec.name, kind: spec.kind };
  if (isNumericKind(spec.kind)) {
    return { ...base, metric: 'BoundaryAdherence', score: boundaryAdherence(numericValues(real), numericValues(synthetic)) };
  }
  if (spec.kind === 'categorical' || spec.kind === 'boolean') {
    return { ...base, metric: 'CategoryAdherence', score: categoryAdherence(real, synthetic) };
  }
  if (spec.kind === 'id' && spec.unique) return { ...base, metric: 'KeyUniqueness', score: keyUniqueness(synthetic) };
  return null;
}

/**
 * Checks that synthetic data is valid against the real data: numbers and dates inside the real range, only known
 * categories, unique keys stay unique, and the same columns. Score = mean of data validity and data structure.
 * @example
 * diagnosticReport(realTable, syntheticTable).score; // 1 for a well-behaved synthesizer
 */
export function diagnosticReport(real: TypedTable, synthetic: TypedTable): DiagnosticReport {
  const syntheticByName = new Map(synthetic.columns.map((column) => [column.spec.name, column.values]));
  const realNames = new Set(real.columns.map((column) => column.spec.name));
  const details: AdherenceScore[] = [];
  for (const column of real.columns) {
    const syntheticValues = syntheticByName.get(column.spec.name);
    if (!syntheticValues) continue;
    const score = adherence(column.spec, column.values, syntheticValues);
    if (score) details.push(score);
  }
  const missingInSynthetic = [...realNames].filter((name) => !syntheticByName.has(name));
  const extraInSynthetic = [...syntheticByName.keys()].filter((name) => !realNames.has(name));
  const allNames = new Set([...realNames, ...syntheticByName.keys()]).size;
  const structureScore = allNames === 0 ? 1 : (allNames - missingInSynthetic.length - extraInSynthetic.length) / allNames;
  const validityScore = meanOrNull(details.map((detail) => detail.score));
  const problems = details
    .filter((detail) => detail.score !== null && detail.score < 1)
    .map((detail) => ({ column: detail.column, metric: detail.metric, invalidShare: 1 - (detail.score ?? 1) }));
  return {
    score: meanOrNull([validityScore, structureScore]),
    dataValidity: { score: validityScore, details, problems },
    dataStructure: { score: structureScore, missingInSynthetic, extraInSynthetic },
  };
}
