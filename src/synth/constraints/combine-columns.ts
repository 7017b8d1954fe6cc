// Fixed combinations become one categorical column of seen combinations at fit time, and are split again after sampling.
import { GenstackError } from '../../core/errors.ts';
import type { CategoricalColumn, Cell, ColumnSpec, TypedTable } from '../table/types.ts';
import { combinationKey, tokenToCell } from './combinations.ts';
import { columnByName } from './row-checks.ts';
import { COMBINATION_SEPARATOR, MISSING_TOKEN, type CombineStep, type FixedCombinationsConstraint } from './types.ts';

function checkTokens(spec: ColumnSpec, values: Cell[]): void {
  if (spec.kind !== 'categorical') return;
  for (const cell of values) {
    if (typeof cell === 'string' && (cell.includes(COMBINATION_SEPARATOR) || cell === MISSING_TOKEN)) {
      throw new GenstackError({
        code: 'invalid_request',
        message: `Column '${spec.name}' has the value ${JSON.stringify(cell)}, which holds a character fixed-combinations reserves (␟ or ␀).`,
        param: 'constraints',
      });
    }
  }
}

/**
 * The combined categorical column (name 'a + b', categories the seen combinations joined by ␟).
 * @example
 * buildCombine({ type: 'fixed-combinations', columns: ['시도', '시군구'] }, table).column.spec.categories; // ['서울␟강남구', …]
 */
export function buildCombine(
  constraint: FixedCombinationsConstraint,
  table: TypedTable,
): { step: CombineStep; column: { spec: CategoricalColumn; values: Cell[] } } {
  const members = constraint.columns.map((name) => columnByName(table, name));
  for (const member of members) checkTokens(member.spec, member.values);
  const memberValues = members.map((member) => member.values);
  const values: Cell[] = new Array<Cell>(table.rowCount);
  const categories = new Set<string>();
  let missing = 0;
  for (let row = 0; row < table.rowCount; row += 1) {
    const key = combinationKey(memberValues, row);
    values[row] = key;
    if (key === null) missing += 1;
    else categories.add(key);
  }
  const name = constraint.columns.join(' + ');
  const spec: CategoricalColumn = {
    name,
    kind: 'categorical',
    missingRate: table.rowCount === 0 ? 0 : missing / table.rowCount,
    categories: [...categories],
  };
  return {
    step: { kind: 'combine', column: name, columns: [...constraint.columns], combinations: [...spec.categories] },
    column: { spec, values },
  };
}

/**
 * Splits sampled combinations back into the member columns.
 * @example
 * splitCombine(['서울␟강남구'], [sidoSpec, sigunguSpec]); // [['서울'], ['강남구']]
 */
export function splitCombine(values: Cell[], specs: ColumnSpec[]): Cell[][] {
  const columns = specs.map(() => new Array<Cell>(values.length).fill(null));
  for (let row = 0; row < values.length; row += 1) {
    const value = values[row];
    if (typeof value !== 'string') continue;
    const tokens = value.split(COMBINATION_SEPARATOR);
    specs.forEach((spec, index) => {
      const column = columns[index];
      if (column) column[row] = tokenToCell(tokens[index], spec);
    });
  }
  return columns;
}
