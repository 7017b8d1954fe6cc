// Fits the Gaussian copula: a marginal per continuous column, category intervals per discrete one, and the correlation of normal scores.
import { seededRandom } from '../../../core/seeded-random.ts';
import { correlationMatrix } from '../../stats/index.ts';
import type { EncodedTable } from '../../table/types.ts';
import type { FitContext } from '../types.ts';
import { validateEncodedTable } from '../validate-encoded-table.ts';
import { fitDiscreteColumns } from './discrete-columns.ts';
import { buildMarginalSample } from './marginals/marginal-sample.ts';
import { selectMarginal } from './marginals/select-marginal.ts';
import { latentCorrelation, scoreHermiteCoefficients } from './latent-correlation.ts';
import { continuousNormalScores } from './normal-scores.ts';
import type { CopulaColumnParams, GaussianCopulaOptions, GaussianCopulaParams } from './params.ts';
import { positiveDefiniteCorrelation } from './positive-definite.ts';

/** Rows × columns² above which the correlation is estimated on a strided subset of rows, keeping wide tables fast. */
const correlationWorkLimit = 3e8;

/**
 * Options used where `createGaussianCopula` is given none.
 * @example
 * createGaussianCopula({ ...defaultCopulaOptions, categoryOrder: 'frequency' });
 */
export const defaultCopulaOptions = {
  parametricMargin: 0.01,
  categoryOrder: 'correlated',
  maxKnots: 256,
  marginalSampleSize: 20_000,
  latentCorrection: true,
} as const satisfies GaussianCopulaOptions;

function correlationRows(scores: Float64Array[], rowCount: number): Float64Array[] {
  const width = scores.length;
  const limit = Math.max(2000, Math.floor(correlationWorkLimit / Math.max(1, width * width)));
  if (rowCount <= limit) return scores;
  return scores.map((column) => Float64Array.from({ length: limit }, (_, index) => column[Math.floor((index * rowCount) / limit)] ?? 0));
}

/** Replaces each observed score correlation by the latent one that produces it once ties and categories blur the scores. */
function latentCorrelations(observed: number[][], atoms: Float64Array[]): number[][] {
  const coefficients = atoms.map((intervals) => scoreHermiteCoefficients(intervals));
  return observed.map((row, i) =>
    row.map((value, j) => (i === j ? 1 : latentCorrelation(value, coefficients[i] ?? null, coefficients[j] ?? null))),
  );
}

/**
 * Fits Gaussian copula params (plain JSON) to an encoded table.
 * @example
 * const params = fitGaussianCopula(encoded, { seed: 7 }, {});
 */
export function fitGaussianCopula(table: EncodedTable, context: FitContext, options: GaussianCopulaOptions = {}): GaussianCopulaParams {
  validateEncodedTable(table, { synthesizer: 'The Gaussian copula' });
  const settings = { ...defaultCopulaOptions, ...options };
  const random = seededRandom(context.seed);
  const columnCount = table.columns.length;
  const steps = columnCount + 1;
  let done = 0;
  const progress = (message: string) => context.onProgress?.(++done / steps, message);

  const columns: (CopulaColumnParams | undefined)[] = new Array(columnCount);
  const scores: (Float64Array | undefined)[] = new Array(columnCount);
  const atoms: Float64Array[] = new Array(columnCount).fill(new Float64Array(0));
  table.columns.forEach((column, index) => {
    if (column.type !== 'continuous') return;
    const sample = buildMarginalSample(column.values, { random, maxValues: settings.marginalSampleSize });
    const integer = column.integer === true;
    const choice = selectMarginal(sample, {
      integer,
      parametricMargin: settings.parametricMargin,
      maxKnots: settings.maxKnots,
      ...(settings.families ? { families: settings.families } : {}),
    });
    columns[index] = { name: column.name, type: 'continuous', integer, min: sample.min, max: sample.max, ...choice };
    const normalScores = continuousNormalScores(column.values, random);
    scores[index] = normalScores.scores;
    atoms[index] = normalScores.ties;
    progress(`marginal of ${column.name}: ${choice.marginal.family}`);
  });
  for (const [index, fit] of fitDiscreteColumns(table, { scores, random, strategy: settings.categoryOrder })) {
    columns[index] = fit.params;
    scores[index] = fit.scores;
    atoms[index] = fit.atoms;
    progress(`categories of ${fit.params.name}`);
  }

  const allScores = scores.map((score) => score ?? new Float64Array(table.rowCount));
  const observed = correlationMatrix(correlationRows(allScores, table.rowCount));
  const correlation = positiveDefiniteCorrelation(settings.latentCorrection ? latentCorrelations(observed, atoms) : observed);
  done = steps - 1;
  progress('correlation of normal scores');
  return {
    version: 1,
    rowCount: table.rowCount,
    columns: columns.filter((column): column is CopulaColumnParams => column !== undefined),
    correlation,
  };
}
