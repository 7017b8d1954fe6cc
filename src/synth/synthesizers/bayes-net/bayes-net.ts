// The bayes-net tabular synthesizer (PrivBayes): binned columns, a greedy Bayesian network, ancestral sampling; optional ε-DP.
import { seededRandom } from '../../../core/seeded-random.ts';
import type { EncodedTable } from '../../table/types.ts';
import { sampleIndices } from '../../stats/index.ts';
import type { FitContext, TabularSynthesizer } from '../types.ts';
import { validateEncodedTable } from '../validate-encoded-table.ts';
import { chooseDegree, maxUsefulCells, privateBinCount } from './choose-degree.ts';
import { discretizeTable } from './discretize-table.ts';
import { fitConditionals } from './fit-conditionals.ts';
import { learnNetwork } from './learn-network.ts';
import { sampleNetwork } from './sample-network.ts';
import { structureBudgetShare, structureMaxRows, usefulnessTheta } from './settings.ts';
import type { BayesNetParams } from './types.ts';
import { validateEpsilon } from './validate-epsilon.ts';

const publicBoundsAssumption =
  'The schema is public: column min/max (the equal-width bin bounds), category lists and their order, and the row ' +
  'count are not protected; the rows are.';

/** A seeded sub-sample of rows for scoring parent sets on very tall tables (all rows when small enough). */
function structureRows(bins: Int32Array[], random: () => number): Int32Array[] {
  const rowCount = bins[0]?.length ?? 0;
  if (rowCount <= structureMaxRows) return bins;
  const chosen = sampleIndices(rowCount, structureMaxRows, random);
  return bins.map((columnBins) => Int32Array.from(chosen, (row) => columnBins[row] ?? 0));
}

function fitBayesNet(table: EncodedTable, context: FitContext): BayesNetParams {
  const epsilon = validateEpsilon(context.epsilon);
  validateEncodedTable(table, { synthesizer: 'The bayes-net synthesizer' });
  const random = seededRandom(context.seed);
  const report = context.onProgress;
  report?.(0, 'discretising columns');
  const rowCount = table.rowCount;
  const columnCount = table.columns.length;
  const plannedConditionalEpsilon = epsilon === null ? null : (1 - structureBudgetShare) * epsilon;
  const binning =
    plannedConditionalEpsilon === null ? null : privateBinCount({ rowCount, columnCount, conditionalEpsilon: plannedConditionalEpsilon });
  const data = discretizeTable(table, binning);
  const degree = chooseDegree({ rowCount, binCounts: data.binCounts, conditionalEpsilon: plannedConditionalEpsilon });
  // With degree 0 there is no structure to choose, so the whole budget goes to the (independent) marginals.
  const structureEpsilon = epsilon === null || degree === 0 ? 0 : structureBudgetShare * epsilon;
  const conditionalEpsilon = epsilon === null ? null : epsilon - structureEpsilon;
  report?.(0.1, 'learning the network');
  const network = learnNetwork({
    bins: structureRows(data.bins, random),
    binCounts: data.binCounts,
    degree,
    privacy:
      epsilon === null
        ? null
        : {
            epsilon: structureEpsilon,
            maxUsefulCells: maxUsefulCells({ rowCount, columnCount, degree, conditionalEpsilon: conditionalEpsilon ?? epsilon }),
          },
    random,
    onProgress: (fraction) => report?.(0.1 + 0.7 * fraction, 'learning the network'),
  });
  report?.(0.8, 'fitting conditional tables');
  const { nodes, releasedTables } = fitConditionals({ data, network, epsilon: conditionalEpsilon, random });
  report?.(1, 'done');
  return {
    version: 1,
    rowCount,
    columns: data.models,
    degree,
    privacy:
      epsilon === null
        ? null
        : {
            epsilon,
            structureEpsilon,
            conditionalEpsilon: conditionalEpsilon ?? epsilon,
            beta: structureBudgetShare,
            theta: usefulnessTheta,
            releasedTables,
            publicBounds: publicBoundsAssumption,
          },
    network: network.map((node) => ({
      child: table.columns[node.column]?.name ?? String(node.column),
      parents: node.parents.map((parent) => table.columns[parent]?.name ?? String(parent)),
    })),
    nodes,
  };
}

/**
 * PrivBayes-style synthesizer; pass `epsilon` in the fit context for ε-differential privacy.
 * @example
 * const params = bayesNet.fit(encoded, { seed: 1, epsilon: 1 });
 * const rows = bayesNet.sample(params, { rows: 1000, random: seededRandom(2) });
 */
export const bayesNet: TabularSynthesizer<BayesNetParams> = {
  name: 'bayes-net',
  supportsConditions: false,
  fit: fitBayesNet,
  sample: sampleNetwork,
};
