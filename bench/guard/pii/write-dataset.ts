// `node --import tsx bench/guard/pii/write-dataset.ts`: regenerates bench/guard/data/pii-eval.jsonl (byte for byte) and prints its statistics.
import { writeFileSync } from 'node:fs';
import { buildPiiDataset, datasetStatistics, serialiseDataset } from './dataset.ts';
import { datasetPath } from './paths.ts';

const texts = buildPiiDataset();
writeFileSync(datasetPath, serialiseDataset(texts));
process.stdout.write(`${JSON.stringify({ path: datasetPath, ...datasetStatistics(texts) }, null, 2)}\n`);
