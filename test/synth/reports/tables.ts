// Test tables for the report tests: hand-built columns and a seeded, correlated Korean customer table.
import { standardNormal } from '../../../src/synth/stats/index.ts';
import type { Cell, ColumnSpec, TypedTable } from '../../../src/synth/table/types.ts';

export function numericSpec(name: string): ColumnSpec {
  return { name, kind: 'numeric', missingRate: 0, integer: false, decimals: 2, min: 0, max: 0 };
}

export function datetimeSpec(name: string): ColumnSpec {
  return { name, kind: 'datetime', missingRate: 0, format: 'YYYY-MM-DD', min: 0, max: 0 };
}

export function categoricalSpec(name: string): ColumnSpec {
  return { name, kind: 'categorical', missingRate: 0, categories: [] };
}

export function booleanSpec(name: string): ColumnSpec {
  return { name, kind: 'boolean', missingRate: 0, trueToken: 'true', falseToken: 'false' };
}

export function idSpec(name: string): ColumnSpec {
  return { name, kind: 'id', missingRate: 0, pattern: 'C-#####', unique: true };
}

export function textSpec(name: string): ColumnSpec {
  return { name, kind: 'text', missingRate: 0 };
}

/** A TypedTable from specs and their values (all the same length). */
export function tableOf(columns: [ColumnSpec, Cell[]][]): TypedTable {
  return { rowCount: columns[0]?.[1].length ?? 0, columns: columns.map(([spec, values]) => ({ spec, values })) };
}

const regions = ['서울', '부산', '대구', '인천'];

/**
 * Customers: 나이 and 소득 correlated, 지역 tied to 소득, 구매여부 learnable from 소득 and 지역, plus id, text and a date.
 * `offset` shifts the id and memo numbering so two samples share none.
 */
export function customers(rows: number, options: { random: () => number; offset?: number }): TypedTable {
  const { random } = options;
  const offset = options.offset ?? 0;
  const age: Cell[] = [];
  const income: Cell[] = [];
  const joined: Cell[] = [];
  const region: Cell[] = [];
  const bought: Cell[] = [];
  const ids: Cell[] = [];
  const memo: Cell[] = [];
  for (let row = 0; row < rows; row += 1) {
    const latent = standardNormal(random);
    const years = Math.round(40 + 12 * latent + 4 * standardNormal(random));
    const money = Math.round((3000 + 900 * latent + 400 * standardNormal(random)) * 10) / 10;
    const place = regions[Math.max(0, Math.min(3, Math.floor(1.5 + latent + 0.6 * standardNormal(random))))] ?? '서울';
    age.push(random() < 0.05 ? null : years);
    income.push(money);
    joined.push(Date.UTC(2020, 0, 1) + Math.floor(random() * 1000) * 86_400_000);
    region.push(place);
    const score = (money - 3000) / 600 + (place === '서울' ? 1.5 : place === '부산' ? -1.5 : 0) + 0.5 * standardNormal(random);
    bought.push(score > 0);
    ids.push(`C-${String(offset + row).padStart(5, '0')}`);
    memo.push(`메모 ${offset + row}`);
  }
  return tableOf([
    [idSpec('고객ID'), ids],
    [numericSpec('나이'), age],
    [numericSpec('소득'), income],
    [datetimeSpec('가입일'), joined],
    [categoricalSpec('지역'), region],
    [booleanSpec('구매여부'), bought],
    [textSpec('메모'), memo],
  ]);
}

/** The same table with one column's values permuted (breaks its relation to the others, keeps its shape). */
export function shuffleColumn(table: TypedTable, name: string, random: () => number): TypedTable {
  return {
    rowCount: table.rowCount,
    columns: table.columns.map((column) => {
      if (column.spec.name !== name) return column;
      const values = [...column.values];
      for (let index = values.length - 1; index > 0; index -= 1) {
        const swap = Math.floor(random() * (index + 1));
        [values[index], values[swap]] = [values[swap] ?? null, values[index] ?? null];
      }
      return { spec: column.spec, values };
    }),
  };
}

/** Every modelled column permuted independently: same shapes, no relations. */
export function shuffleAll(table: TypedTable, random: () => number): TypedTable {
  return table.columns.reduce((shuffled, column) => shuffleColumn(shuffled, column.spec.name, random), table);
}
