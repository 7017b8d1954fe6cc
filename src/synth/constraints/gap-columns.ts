// Inequality low < high becomes a non-negative gap column (high − low) at fit time, and high = low + gap after sampling.
import { GenstackError } from '../../core/errors.ts';
import type { Cell, ColumnSpec, NumericColumn, TypedTable } from '../table/types.ts';
import { decimalsOf, roundTo } from './numbers.ts';
import { columnByName } from './row-checks.ts';
import type { GapStep, InequalityConstraint } from './types.ts';

const day = 86_400_000;

type Column = { spec: ColumnSpec; values: Cell[] };

/** Days when every date is midnight, seconds when whole seconds, else milliseconds; 1 for numbers. */
function gapUnit(low: Column, high: Column): number {
  if (low.spec.kind !== 'datetime') return 1;
  let days = true;
  let seconds = true;
  for (const values of [low.values, high.values]) {
    for (const cell of values) {
      if (typeof cell !== 'number') continue;
      if (cell % day !== 0) days = false;
      if (cell % 1000 !== 0) seconds = false;
    }
  }
  return days ? day : seconds ? 1000 : 1;
}

function missingShare(values: Cell[]): number {
  if (values.length === 0) return 0;
  let missing = 0;
  for (const cell of values) if (cell === null) missing += 1;
  return missing / values.length;
}

/**
 * The gap (and, when training rows have high without low, a raw fallback) replacing the high column.
 * @example
 * const { step, gap } = buildGap({ type: 'inequality', low: '시작일', high: '종료일' }, table); // gap counts days
 */
export function buildGap(constraint: InequalityConstraint, table: TypedTable): { step: GapStep; gap: Column; raw: Column | null } {
  const low = columnByName(table, constraint.low);
  const high = columnByName(table, constraint.high);
  for (const name of [`${high.spec.name}#gap`, `${high.spec.name}#raw`]) {
    if (table.columns.some((column) => column.spec.name === name)) {
      throw new GenstackError({
        code: 'invalid_request',
        message: `A column is already named '${name}', the name the inequality ${low.spec.name} < ${high.spec.name} needs for its gap; rename it.`,
        param: 'constraints',
      });
    }
  }
  const strict = constraint.strict !== false;
  const unit = gapUnit(low, high);
  const integer =
    low.spec.kind === 'datetime' || (low.spec.kind === 'numeric' && low.spec.integer && high.spec.kind === 'numeric' && high.spec.integer);
  const decimals = integer ? 0 : Math.max(decimalsOf(low.spec), decimalsOf(high.spec));
  const gapValues: Cell[] = new Array<Cell>(table.rowCount).fill(null);
  const rawValues: Cell[] = new Array<Cell>(table.rowCount).fill(null);
  let needsRaw = false;
  let smallest = Infinity;
  let largest = -Infinity;
  for (let row = 0; row < table.rowCount; row += 1) {
    const a = low.values[row];
    const b = high.values[row];
    if (typeof b !== 'number') continue;
    if (typeof a !== 'number') {
      rawValues[row] = b;
      needsRaw = true;
      continue;
    }
    // Rounding removes float noise (0.3 − 0.1 = 0.19999999999999998) so high = low + gap restores the exact value.
    const gap = roundTo((b - a) / unit, decimals);
    gapValues[row] = gap;
    if (gap < smallest) smallest = gap;
    if (gap > largest) largest = gap;
  }
  const floor = strict ? (integer ? 1 : 10 ** -decimals) : 0;
  const min = Math.min(floor, smallest);
  const gapSpec: NumericColumn = {
    name: `${high.spec.name}#gap`,
    kind: 'numeric',
    missingRate: missingShare(gapValues),
    integer,
    decimals,
    min,
    max: Math.max(min, largest === -Infinity ? min : largest),
  };
  const rawColumn = needsRaw ? `${high.spec.name}#raw` : null;
  const step: GapStep = { kind: 'gap', low: low.spec.name, high: high.spec.name, gapColumn: gapSpec.name, rawColumn, unit, strict };
  const raw = rawColumn ? { spec: { ...high.spec, name: rawColumn, missingRate: missingShare(rawValues) }, values: rawValues } : null;
  return { step, gap: { spec: gapSpec, values: gapValues }, raw };
}

/**
 * high = low + gap · unit, rounded to high's decimals; where low is missing, high is the raw fallback (or missing).
 * @example
 * restoreGap(step, { low: [19000 * 86_400_000], gap: [3], raw: null, highSpec }); // [19003 * 86_400_000]
 */
export function restoreGap(step: GapStep, columns: { low: Cell[]; gap: Column; raw: Cell[] | null; highSpec: ColumnSpec }): Cell[] {
  const gapDecimals = decimalsOf(columns.gap.spec);
  const highDecimals = decimalsOf(columns.highSpec);
  const restored: Cell[] = new Array<Cell>(columns.low.length).fill(null);
  for (let row = 0; row < restored.length; row += 1) {
    const low = columns.low[row];
    if (typeof low !== 'number') {
      restored[row] = columns.raw?.[row] ?? null;
      continue;
    }
    const gap = columns.gap.values[row];
    if (typeof gap !== 'number' || !Number.isFinite(gap)) continue;
    restored[row] = roundTo(low + roundTo(gap, gapDecimals) * step.unit, highDecimals);
  }
  return restored;
}
