// Fits the discrete columns' category intervals, ordering them (possibly over two passes) by their strongest association.
import type { EncodedTable } from '../../table/types.ts';
import { categoryIntervals, categoryProbabilities, discreteNormalScores } from './category-intervals.ts';
import { orderCategories } from './category-order.ts';
import type { CategoryOrder, DiscreteColumnParams } from './params.ts';

/** Rows × columns² above which category ordering looks at a strided subset of rows. */
const orderingWorkLimit = 2e8;
const orderingPasses = 2;

function strided(values: Float64Array, rows: number): Float64Array {
  if (rows >= values.length) return values;
  return Float64Array.from({ length: rows }, (_, index) => values[Math.floor((index * values.length) / rows)] ?? 0);
}

export interface DiscreteFit {
  params: DiscreteColumnParams;
  scores: Float64Array;
  atoms: Float64Array;
}

/**
 * Fits every discrete column; `scores` holds the continuous columns' normal scores by column index (others undefined).
 * 'correlated' first lays categories out by frequency, then re-orders each discrete column by its most associated
 * other column (continuous or discrete), twice, so chains like species → size → damage line up.
 * @example
 * fitDiscreteColumns(table, { scores, random, strategy: 'correlated' });
 */
export function fitDiscreteColumns(
  table: EncodedTable,
  options: { scores: (Float64Array | undefined)[]; random: () => number; strategy: CategoryOrder },
): Map<number, DiscreteFit> {
  const fits = new Map<number, DiscreteFit>();
  const probabilitiesByColumn = new Map<number, number[]>();
  table.columns.forEach((column, index) => {
    if (column.type !== 'discrete') return;
    const probabilities = categoryProbabilities(column.values, column.cardinality ?? 1);
    probabilitiesByColumn.set(index, probabilities);
    const strategy = options.strategy === 'code' ? 'code' : 'frequency';
    const order = orderCategories(column.values, { probabilities, strategy, scores: [] });
    fits.set(index, fitWithOrder(column.name, column.values, { probabilities, order, random: options.random }));
  });
  if (options.strategy !== 'correlated' || table.columns.length < 2) return fits;
  const width = table.columns.length;
  const rows = Math.min(table.rowCount, Math.max(2000, Math.floor(orderingWorkLimit / (width * width))));
  const subsets = table.columns.map((_, index) => {
    const scores = fits.get(index)?.scores ?? options.scores[index];
    return scores ? strided(scores, rows) : undefined;
  });
  for (let pass = 0; pass < orderingPasses; pass++) {
    for (const [index, fit] of fits) {
      const column = table.columns[index];
      const probabilities = probabilitiesByColumn.get(index);
      if (!column || !probabilities) continue;
      const others = subsets.filter((scores, other): scores is Float64Array => other !== index && scores !== undefined);
      const order = orderCategories(strided(column.values, rows), { probabilities, strategy: 'correlated', scores: others });
      if (order.every((code, position) => fit.params.order[position] === code)) continue;
      const refit = fitWithOrder(column.name, column.values, { probabilities, order, random: options.random });
      fits.set(index, refit);
      subsets[index] = strided(refit.scores, rows);
    }
  }
  return fits;
}

function fitWithOrder(
  name: string,
  codes: Float64Array,
  layout: { probabilities: number[]; order: number[]; random: () => number },
): DiscreteFit {
  const { probabilities, order } = layout;
  return {
    params: { name, type: 'discrete', cardinality: probabilities.length, probabilities, order },
    scores: discreteNormalScores(codes, layout),
    atoms: categoryIntervals(probabilities, order),
  };
}
