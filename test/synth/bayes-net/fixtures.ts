// Small encoded tables with a known dependency (Korean and English) shared by the bayes-net tests.
import { seededRandom } from '../../../src/core/seeded-random.ts';
import type { EncodedTable } from '../../../src/synth/table/types.ts';

/** Draws a code from weights with the given uniform draw. */
function drawCode(weights: readonly number[], draw: number): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = draw * total;
  for (let code = 0; code < weights.length; code++) {
    target -= weights[code] ?? 0;
    if (target < 0) return code;
  }
  return weights.length - 1;
}

/** 지역 (서울 0, 부산 1, 대구 2) drives 선호상품 strongly; 나이 is an integer column loosely tied to 지역. */
export const regionProductWeights = [
  [0.8, 0.1, 0.05, 0.05],
  [0.1, 0.7, 0.1, 0.1],
  [0.05, 0.05, 0.2, 0.7],
];

export function koreanTable(rows: number, seed = 1): EncodedTable {
  const random = seededRandom(seed);
  const region = new Float64Array(rows);
  const product = new Float64Array(rows);
  const age = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    region[row] = drawCode([0.5, 0.3, 0.2], random());
    product[row] = drawCode(regionProductWeights[region[row] ?? 0] ?? [1], random());
    age[row] = Math.round(20 + (region[row] ?? 0) * 10 + random() * 30);
  }
  return {
    rowCount: rows,
    columns: [
      { name: '지역', type: 'discrete', values: region, cardinality: 3 },
      { name: '선호상품', type: 'discrete', values: product, cardinality: 4 },
      { name: '나이', type: 'continuous', values: age, integer: true },
    ],
  };
}

/** plan (basic 0, pro 1) drives churn (no 0, yes 1); monthly_fee is continuous and depends on the plan. */
export function englishTable(rows: number, seed = 2): EncodedTable {
  const random = seededRandom(seed);
  const plan = new Float64Array(rows);
  const churn = new Float64Array(rows);
  const fee = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    plan[row] = random() < 0.6 ? 0 : 1;
    churn[row] = random() < (plan[row] === 0 ? 0.4 : 0.05) ? 1 : 0;
    fee[row] = (plan[row] === 0 ? 10 : 50) + random() * 5;
  }
  return {
    rowCount: rows,
    columns: [
      { name: 'plan', type: 'discrete', values: plan, cardinality: 2 },
      { name: 'churn', type: 'discrete', values: churn, cardinality: 2 },
      { name: 'monthly_fee', type: 'continuous', values: fee },
    ],
  };
}

/** Share of rows with `column` = `code` among rows with `given` = `givenCode`. */
export function conditionalShare(table: EncodedTable, query: { column: number; code: number; given: number; givenCode: number }): number {
  const target = table.columns[query.column]?.values ?? new Float64Array();
  const condition = table.columns[query.given]?.values ?? new Float64Array();
  let matches = 0;
  let total = 0;
  for (let row = 0; row < table.rowCount; row++) {
    if (condition[row] !== query.givenCode) continue;
    total++;
    if (target[row] === query.code) matches++;
  }
  return total > 0 ? matches / total : 0;
}

/** Total variation distance between the code distributions of two discrete columns. */
export function totalVariation(real: Float64Array, synthetic: Float64Array, cardinality: number): number {
  const shares = (values: Float64Array) => {
    const counts = new Float64Array(cardinality);
    for (const value of values) counts[value] = (counts[value] ?? 0) + 1 / values.length;
    return counts;
  };
  const realShares = shares(real);
  const syntheticShares = shares(synthetic);
  let sum = 0;
  for (let code = 0; code < cardinality; code++) sum += Math.abs((realShares[code] ?? 0) - (syntheticShares[code] ?? 0));
  return sum / 2;
}
