// `node --import tsx bench/guard/injection/train-classifier.ts [--check]`: trains the injection classifier on
// `classifierTrainingSet`, chooses its thresholds by five-fold cross-validation and writes
// src/guard/injection/classifier/phrasing-model.json; `--check` fails if the committed file differs from what it would write.
// The model is read window by window (`phrasingWindows`), so it is trained on windows too: every window of a benign text is
// benign, and an attack adds its most attack-like window once a first model has found it (multiple-instance learning).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { featureBits } from '../../../src/guard/injection/classifier/phrasing-features.ts';
import {
  phrasingModelFrom,
  scorePhrasing,
  type PhrasingModel,
  type PhrasingModelFile,
} from '../../../src/guard/injection/classifier/phrasing-model.ts';
import { phrasingWindows } from '../../../src/guard/injection/classifier/phrasing-windows.ts';
import { classifierLevels, type ClassifierLevel } from '../../../src/guard/injection/index.ts';
import { classifierTrainingSet, type ClassifierExample } from './classifier-data.ts';
import { packWeights, trainLogistic } from './train-logistic.ts';

const modelPath = fileURLToPath(new URL('../../../src/guard/injection/classifier/phrasing-model.json', import.meta.url));
const folds = 5;
/**
 * Share of benign training texts, scored by a model that did not see them, allowed at or above the threshold: of all of
 * them, and of the hard negatives alone (attack words in everyday use). Relaxed keeps 1% of the hard negatives, standard
 * 5% and the issue's 1% of customers' messages, strict 10% and 2% for more of the attacks nobody has seen.
 */
const falsePositiveBudgets: Record<ClassifierLevel, Budget> = {
  relaxed: { user: 0.002, passage: 0.001, hardNegatives: 0.01 },
  standard: { user: 0.01, passage: 0.005, hardNegatives: 0.05 },
  strict: { user: 0.02, passage: 0.01, hardNegatives: 0.1 },
};
interface Budget {
  user: number;
  passage: number;
  hardNegatives: number;
}
/** No threshold below this: under it the model leans benign. */
const lowestThreshold = 0.5;

/** The model file trained on `examples`, thresholds left to the caller. */
function modelFileFor(
  examples: readonly ClassifierExample[],
  thresholds: PhrasingModelFile['thresholds'],
  training: Record<string, unknown>,
): PhrasingModelFile {
  const benignWindows = examples.flatMap((example) =>
    example.label === 0
      ? phrasingWindows(example.text)
          .filter((window) => window !== example.text)
          .map((text) => ({ ...example, text }))
      : [],
  );
  const rows = [...examples, ...benignWindows];
  const first = phrasingModelFrom(fileOf(trainLogistic(rows), placeholderThresholds, {}));
  const attackWindows = examples.flatMap((example) => {
    if (example.label === 0) return [];
    const { window } = scorePhrasing(first, example.text, example.source);
    return window === example.text ? [] : [{ ...example, text: window }];
  });
  return fileOf(trainLogistic([...rows, ...attackWindows]), thresholds, training);
}

const placeholderThresholds: PhrasingModelFile['thresholds'] = {
  relaxed: { user: 1, passage: 1 },
  standard: { user: 1, passage: 1 },
  strict: { user: 1, passage: 1 },
};

function fileOf(trained: ReturnType<typeof trainLogistic>, thresholds: PhrasingModelFile['thresholds'], training: Record<string, unknown>) {
  const { scale, packed } = packWeights(trained.weights);
  return { featureBits, bias: trained.bias, scale, thresholds, training, weights: packed } satisfies PhrasingModelFile;
}

/**
 * Each example's probability from a model that did not see it: the examples are split into `parts` by `partOf`, and each
 * part is scored by a model trained on the rest (weights packed as shipped). An example whose part is -1 is always trained
 * on, and its probability is NaN. By default, five folds by position.
 *
 * @example
 * const probabilities = probabilitiesUnseen(classifierTrainingSet());
 */
export function probabilitiesUnseen(
  examples: readonly ClassifierExample[],
  partOf: (example: ClassifierExample, index: number) => number = (_, index) => index % folds,
  parts = folds,
): number[] {
  const probabilities = new Array<number>(examples.length).fill(Number.NaN);
  const partIndexes = examples.map(partOf);
  for (let part = 0; part < parts; part += 1) {
    if (!partIndexes.includes(part)) continue;
    const model: PhrasingModel = phrasingModelFrom(
      modelFileFor(
        examples.filter((_, index) => partIndexes[index] !== part),
        placeholderThresholds,
        {},
      ),
    );
    examples.forEach((example, index) => {
      if (partIndexes[index] === part) probabilities[index] = scorePhrasing(model, example.text, example.source).probability;
    });
  }
  return probabilities;
}

/** The lowest threshold (not under `lowestThreshold`) that keeps the benign texts' share at or above it within `budget`. */
function thresholdFor(benignProbabilities: number[], budget: number): number {
  const sorted = [...benignProbabilities].sort((left, right) => right - left);
  const allowed = Math.floor(budget * sorted.length);
  const above = sorted[allowed] ?? 0;
  // Four decimals: the model is sure of most texts, and the benign ones a relaxed budget lets through score above 0.999.
  return Math.max(lowestThreshold, Math.round((above + 0.00005) * 10_000) / 10_000);
}

/** The model file as this script writes it: trained on every example, with thresholds chosen by cross-validation. */
export function trainedModelFile(): PhrasingModelFile {
  const examples = classifierTrainingSet();
  const probabilities = probabilitiesUnseen(examples);
  const benign = (source: ClassifierExample['source'], hardOnly = false) =>
    probabilities.filter((_, index) => {
      const example = examples[index]!;
      return example.label === 0 && example.source === source && (!hardOnly || example.collection === 'hard-negatives');
    });
  const thresholdsWithin = (budget: Budget) => {
    const thresholdOf = (source: ClassifierExample['source']) =>
      Math.max(thresholdFor(benign(source), budget[source]), thresholdFor(benign(source, true), budget.hardNegatives));
    return { user: thresholdOf('user'), passage: thresholdOf('passage') };
  };
  const thresholds = Object.fromEntries(
    classifierLevels.map((level) => [level, thresholdsWithin(falsePositiveBudgets[level])]),
  ) as PhrasingModelFile['thresholds'];
  const detected = (source: ClassifierExample['source'], level: ClassifierLevel) => {
    const attacks = examples
      .map((example, index) => ({ example, probability: probabilities[index]! }))
      .filter(({ example }) => example.label === 1 && example.source === source);
    return (
      Math.round((attacks.filter(({ probability }) => probability >= thresholds[level][source]).length / attacks.length) * 1000) / 1000
    );
  };
  const count = (label: 0 | 1, source: ClassifierExample['source']) =>
    examples.filter((example) => example.label === label && example.source === source).length;
  const training = {
    script: 'bench/guard/injection/train-classifier.ts',
    attacks: { user: count(1, 'user'), passage: count(1, 'passage') },
    benign: { user: count(0, 'user'), passage: count(0, 'passage') },
    falsePositiveBudgets,
    crossValidatedDetection: Object.fromEntries(
      classifierLevels.map((level) => [level, { user: detected('user', level), passage: detected('passage', level) }]),
    ),
    sources: 'bench/guard/injection/ATTRIBUTION.md',
  };
  return modelFileFor(examples, thresholds, training);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const written = `${JSON.stringify(trainedModelFile(), null, 2)}\n`;
  if (values.check) {
    const committed = readFileSync(modelPath, 'utf8');
    if (committed !== written) {
      process.stderr.write(`${modelPath} differs from a fresh training; run this script without --check\n`);
      process.exitCode = 1;
    } else process.stderr.write('phrasing model matches a fresh training\n');
    return;
  }
  writeFileSync(modelPath, written);
  process.stderr.write(`wrote ${modelPath}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
