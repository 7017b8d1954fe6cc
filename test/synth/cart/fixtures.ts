// Small encoded tables with known structure for the CART tests (English and Korean column names).
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { standardNormal } from '../../../src/synth/stats/index.ts';
import type { EncodedColumn, EncodedTable } from '../../../src/synth/table/types.ts';

function table(columns: EncodedColumn[]): EncodedTable {
  return { rowCount: columns[0]?.values.length ?? 0, columns };
}

/** y = x² + noise: no rank correlation between x and y, so a copula sees them as independent. */
export function parabolaTable(rows: number): EncodedTable {
  const random = seededRandom(11);
  const x = Float64Array.from({ length: rows }, () => random() * 2 - 1);
  const y = x.map((value) => value * value + 0.03 * standardNormal(random));
  return table([
    { name: 'x', type: 'continuous', values: x },
    { name: 'y', type: 'continuous', values: y },
  ]);
}

/** `parity` = `a` XOR `b` with 2 % label noise; neither input alone says anything about it. */
export function xorTable(rows: number): EncodedTable {
  const random = seededRandom(12);
  const a = Float64Array.from({ length: rows }, () => (random() < 0.5 ? 1 : 0));
  const b = Float64Array.from({ length: rows }, () => (random() < 0.5 ? 1 : 0));
  const parity = a.map((value, row) => (value !== b[row] ? 1 : 0) ^ (random() < 0.02 ? 1 : 0));
  return table([
    { name: 'parity', type: 'discrete', cardinality: 2, values: parity },
    { name: 'a', type: 'discrete', cardinality: 2, values: a },
    { name: 'b', type: 'discrete', cardinality: 2, values: b },
  ]);
}

export const regions = ['서울', '부산', '대구'];
export const industries = ['카페', '식당', '편의점'];
/** Mean 매출 (sales) by 지역 × 업종: an interaction, not a sum of a region and an industry effect. */
export const salesMean = [
  [900, 200, 400],
  [200, 800, 400],
  [400, 400, 100],
];

/** 지역 (region), 업종 (industry), 매출 (sales, zero for closed shops), 직원수 (staff, whole numbers). */
export function koreanShopTable(rows: number): EncodedTable {
  const random = seededRandom(13);
  const region = Float64Array.from({ length: rows }, () => Math.floor(random() * regions.length));
  const industry = Float64Array.from({ length: rows }, () => Math.floor(random() * industries.length));
  const sales = region.map((code, row) => {
    if (random() < 0.3) return 0;
    const mean = salesMean[code]?.[industry[row] ?? 0] ?? 0;
    return mean * Math.exp(0.2 * standardNormal(random));
  });
  const staff = sales.map((value) => (value === 0 ? 0 : Math.max(1, Math.round(value / 100 + 2 * standardNormal(random)))));
  return table([
    { name: '지역', type: 'discrete', cardinality: regions.length, values: region },
    { name: '업종', type: 'discrete', cardinality: industries.length, values: industry },
    { name: '매출', type: 'continuous', values: sales },
    { name: '직원수', type: 'continuous', integer: true, values: staff },
  ]);
}

export function columnValues(encoded: EncodedTable, name: string): Float64Array {
  const column = encoded.columns.find((candidate) => candidate.name === name);
  if (!column) throw new Error(`no column ${name}`);
  return column.values;
}

/** Heavy-tailed costs that add up: Cost Total = Cost Repair + Cost Other, most rows zero. */
export function costTable(rows: number): EncodedTable {
  const random = seededRandom(14);
  const repair = Float64Array.from({ length: rows }, () => (random() < 0.6 ? 0 : Math.round(Math.exp(6 + 2.5 * standardNormal(random)))));
  const other = Float64Array.from({ length: rows }, () => (random() < 0.8 ? 0 : Math.round(Math.exp(5 + standardNormal(random)))));
  const total = repair.map((value, row) => value + (other[row] ?? 0));
  return table([
    { name: 'Cost Repair', type: 'continuous', integer: true, values: repair },
    { name: 'Cost Other', type: 'continuous', integer: true, values: other },
    { name: 'Cost Total $', type: 'continuous', integer: true, values: total },
  ]);
}
