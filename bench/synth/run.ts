// `npm run bench:synth [-- --quick]`: genstack's synthesizers on three public tables from vega-datasets (FAA bird strikes,
// 20k flights, movies), against column-wise and bootstrap baselines measured in the same run. Prints one JSON line.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../src/core/index.ts';
import { fitSynthModel, reportOnTables, sampleSynthModel } from '../../src/synth/pipeline/index.ts';
import { inferSchema, readCsvTable } from '../../src/synth/table/index.ts';
import type { RawTable } from '../../src/synth/table/types.ts';
import type { TabularSynthesizerName } from '../../src/synth/synthesizers/types.ts';
import { independentMarginals, rowBootstrap, sdgymAdult } from './peers.ts';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const dataDir = join(here, '..', '..', 'node_modules', 'vega-datasets', 'data');
const timingRows = 30_000;
const sampleRows = 100_000;

/** A seeded 50/50 split: equal halves, so a distance-to-closest-record share of 0.5 means "no closer to training". */
function split(table: RawTable, seed: number): { train: RawTable; holdout: RawTable } {
  const random = seededRandom(seed);
  const order = table.rows.map((row) => ({ row, key: random() }));
  order.sort((a, b) => a.key - b.key);
  const half = Math.floor(order.length / 2);
  return {
    train: { columns: table.columns, rows: order.slice(0, half).map((entry) => entry.row) },
    holdout: { columns: table.columns, rows: order.slice(half).map((entry) => entry.row) },
  };
}

function round(value: number, digits = 4): number {
  return Number(value.toFixed(digits));
}

function score(options: { train: RawTable; holdout: RawTable; synthetic: RawTable }) {
  const columns = inferSchema(options.train);
  // Every synthetic row is searched (not the report's default 2000), so the DCR share is steady to about ±0.007.
  const { report } = reportOnTables({
    real: options.train,
    synthetic: options.synthetic,
    holdout: options.holdout,
    columns,
    privacyRows: 5000,
  });
  const summary = report.summary;
  return {
    quality: round(summary.overallQuality ?? Number.NaN),
    columnShapes: round(summary.columnShapes ?? Number.NaN),
    pairTrends: round(summary.columnPairTrends ?? Number.NaN),
    dcrShare: round(summary.dcrShare ?? Number.NaN),
    exactCopyRate: round(summary.exactCopyRate),
  };
}

/** Fit time on 30k rows (the bird-strike rows repeated three times: the timing size, not a quality table). */
function timing(table: RawTable, synthesizer: TabularSynthesizerName) {
  const rows: string[][] = [];
  while (rows.length < timingRows) rows.push(...table.rows.slice(0, timingRows - rows.length));
  const big = { columns: table.columns, rows };
  const started = performance.now();
  const model = fitSynthModel(big, { synthesizer, seed: 1 });
  const fitSeconds = (performance.now() - started) / 1000;
  const sampleStarted = performance.now();
  sampleSynthModel(model, { rows: sampleRows, seed: 2 });
  return { fitSeconds30k: round(fitSeconds, 2), sampleSeconds100k: round((performance.now() - sampleStarted) / 1000, 2) };
}

/** A JSON array of flat records as a table; null and missing fields become empty cells. */
function jsonTable(path: string): RawTable {
  const records = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  return { columns, rows: records.map((record) => columns.map((column) => cell(record[column]))) };
}

/** Public tables from vega-datasets (npm): mixed types, missing values, zero-inflated costs, high-cardinality codes. */
const tables: { name: string; table: RawTable }[] = [
  { name: 'birdstrikes', table: readCsvTable(readFileSync(join(dataDir, 'birdstrikes.csv'), 'utf8')) },
  { name: 'flights-20k', table: jsonTable(join(dataDir, 'flights-20k.json')) },
  { name: 'movies', table: jsonTable(join(dataDir, 'movies.json')) },
];
const synthesizers: TabularSynthesizerName[] = quick ? ['gaussian-copula', 'cart'] : ['gaussian-copula', 'bayes-net', 'cart'];
const perTable: Record<string, unknown> = {};
for (const { name, table } of quick ? tables.slice(0, 1) : tables) {
  const { train, holdout } = split(table, 7);
  const results: Record<string, unknown> = {};
  for (const synthesizer of synthesizers) {
    process.stderr.write(`synth bench: ${name} ${synthesizer}…\n`);
    const started = performance.now();
    const model = fitSynthModel(train, { synthesizer, seed: 1 });
    const fitSeconds = (performance.now() - started) / 1000;
    const synthetic = sampleSynthModel(model, { rows: train.rows.length, seed: 3 });
    results[synthesizer] = { fitSeconds: round(fitSeconds, 2), ...score({ train, holdout, synthetic }) };
  }
  if (!quick) {
    const model = fitSynthModel(train, { synthesizer: 'bayes-net', seed: 1, epsilon: 1 });
    results['bayes-net ε=1'] = score({ train, holdout, synthetic: sampleSynthModel(model, { rows: train.rows.length, seed: 3 }) });
  }
  results.peerIndependentMarginals = score({
    train,
    holdout,
    synthetic: independentMarginals(train, { rows: train.rows.length, seed: 3 }),
  });
  results.peerRowBootstrap = score({ train, holdout, synthetic: rowBootstrap(train, { rows: train.rows.length, seed: 3 }) });
  perTable[name] = {
    rows: table.rows.length,
    columns: table.columns.length,
    train: train.rows.length,
    holdout: holdout.rows.length,
    ...results,
  };
}
const birdstrikes = tables[0]?.table ?? { columns: [], rows: [] };
const timings: Record<string, unknown> = {};
if (!quick)
  for (const synthesizer of synthesizers) {
    process.stderr.write(`synth bench: timing ${synthesizer} on 30k rows…\n`);
    timings[synthesizer] = timing(birdstrikes, synthesizer);
  }
const line = {
  bench: 'synth',
  quick,
  targets: {
    gaussianCopulaQuality: 0.85,
    gaussianCopulaFitSeconds30k: 3,
    gaussianCopulaSampleSeconds100k: 1,
    bestQuality: 0.9,
    bestFitSeconds: 60,
    dcrShare: 0.55,
  },
  tables: perTable,
  timing30k: timings,
  sdgymAdult,
};
const resultsDir = join(here, '..', 'results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, `synth-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(line, null, 2));
process.stdout.write(`${JSON.stringify(line)}\n`);
