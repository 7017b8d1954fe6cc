// Small seeded encoded tables for the Gaussian copula tests (English and Korean column names).
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { standardNormalSource } from '../../../src/synth/stats/index.ts';
import type { EncodedTable } from '../../../src/synth/table/types.ts';

export function normalPairs(random: () => number, count: number): { x: Float64Array; y: Float64Array } {
  const nextNormal = standardNormalSource(random);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    x[index] = nextNormal();
    y[index] = nextNormal();
  }
  return { x, y };
}

/** Two standard normal columns with correlation ρ. */
export function correlatedTable(rho: number, count = 3000, seed = 11): EncodedTable {
  const { x, y } = normalPairs(seededRandom(seed), count);
  const mixed = Float64Array.from(x, (value, index) => rho * value + Math.sqrt(1 - rho * rho) * (y[index] ?? 0));
  return {
    rowCount: count,
    columns: [
      { name: 'x', type: 'continuous', values: x },
      { name: 'y', type: 'continuous', values: mixed },
    ],
  };
}

export const regions = ['서울', '부산', '대구'];
export const regionMeanAge = [35, 45, 55];

/** 지역 (50 % 서울, 30 % 부산, 20 % 대구) with 나이 depending on it, and 소득 rising with 나이. */
export function koreanTable(count = 2000, seed = 21): EncodedTable {
  const random = seededRandom(seed);
  const { x, y } = normalPairs(random, count);
  const region = new Float64Array(count);
  const age = new Float64Array(count);
  const income = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    const u = random();
    const code = u < 0.5 ? 0 : u < 0.8 ? 1 : 2;
    region[index] = code;
    age[index] = Math.round((regionMeanAge[code] ?? 40) + 8 * (x[index] ?? 0));
    income[index] = Math.exp(8 + 0.02 * (age[index] ?? 0) + 0.3 * (y[index] ?? 0));
  }
  return {
    rowCount: count,
    columns: [
      { name: '지역', type: 'discrete', values: region, cardinality: regions.length },
      { name: '나이', type: 'continuous', values: age, integer: true },
      { name: '소득', type: 'continuous', values: income },
    ],
  };
}

export function mean(values: Float64Array | number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / Math.max(1, values.length);
}

export function standardDeviation(values: Float64Array): number {
  const average = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - average) ** 2;
  return Math.sqrt(squares / Math.max(1, values.length - 1));
}
