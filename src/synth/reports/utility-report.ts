// The utility report: train on synthetic, test on real (TSTR) against train on real, test on real (TRTR).
import { GenstackError } from '../../core/errors.ts';
import { seededRandom } from '../../core/seeded-random.ts';
import type { ColumnSpec, TypedTable } from '../table/types.ts';
import { categoryKey, columnValues, isNumericKind, numericValues } from './column-values.ts';
import { encodeFeatures, fitFeatureEncoder, selectRows } from './feature-encoder.ts';
import { fitLogistic, predictProbabilities } from './logistic-regression.ts';
import { fitRidge, predictRidge } from './ridge-regression.ts';
import type { ClassificationScores, ClassificationUtility, RegressionScores, RegressionUtility, UtilityReport } from './types.ts';
import { accuracy, macroF1, meanAbsoluteError, rocAuc, rSquared } from './utility-metrics.ts';

export interface UtilityReportOptions {
  /** Real rows for the TRTR model. */
  train: TypedTable;
  /** Synthetic rows for the TSTR model. */
  synthetic: TypedTable;
  /** Real rows neither model was trained on. */
  test: TypedTable;
  /** Column to predict: categorical/boolean → classification, numeric/datetime → regression. */
  target: string;
}

/** The target's spec, or an invalid_request error that names the column and says why. */
export function targetSpec(table: TypedTable, target: string): ColumnSpec {
  const spec = table.columns.find((column) => column.spec.name === target)?.spec;
  if (!spec) {
    const names = table.columns.map((column) => `'${column.spec.name}'`).join(', ');
    throw new GenstackError({
      code: 'invalid_request',
      message: `Unknown target column '${target}'; the table has ${names}.`,
      param: 'target',
    });
  }
  if (spec.kind === 'id' || spec.kind === 'text') {
    throw new GenstackError({
      code: 'invalid_request',
      message: `Target column '${target}' is ${spec.kind === 'id' ? 'an id' : 'a text'} column; utility needs a numeric, datetime, categorical or boolean target.`,
      param: 'target',
    });
  }
  return spec;
}

/** Positions of rows whose target is present. */
function presentRows(values: readonly unknown[]): Int32Array {
  const rows: number[] = [];
  values.forEach((value, row) => {
    if (value !== null && value !== undefined && !(typeof value === 'number' && !Number.isFinite(value))) rows.push(row);
  });
  return Int32Array.from(rows);
}

interface FitOnOptions {
  training: TypedTable;
  test: TypedTable;
  target: string;
  /** Name of the training table in error messages. */
  tableName: string;
}

/** Most probable class per row; −2 (matching nothing) when the model knows no class. */
function argmaxLabels(probabilities: Float64Array, options: { rows: number; classCount: number; known: boolean }): Int32Array {
  const { rows, classCount } = options;
  const predicted = new Int32Array(rows);
  for (let row = 0; row < rows; row += 1) {
    let best = 0;
    for (let label = 1; label < classCount; label += 1) {
      if ((probabilities[row * classCount + label] ?? 0) > (probabilities[row * classCount + best] ?? 0)) best = label;
    }
    predicted[row] = options.known ? best : -2;
  }
  return predicted;
}

/** ROC AUC when the test rows hold exactly two labels; the later one in sort order is positive ('true', '1', 'yes'). */
function binaryAuc(
  testLabels: string[],
  options: { probabilities: Float64Array; classCount: number; classOf: Map<string, number> },
): number | null {
  const distinct = [...new Set(testLabels)].sort();
  if (distinct.length !== 2) return null;
  const positiveLabel = distinct[1] as string;
  const positiveCode = options.classOf.get(positiveLabel);
  const positive = Uint8Array.from(testLabels, (label) => (label === positiveLabel ? 1 : 0));
  const scores = Float64Array.from(testLabels, (_, row) =>
    positiveCode === undefined ? 0 : (options.probabilities[row * options.classCount + positiveCode] ?? 0),
  );
  return rocAuc(positive, scores);
}

function classificationScores(options: FitOnOptions): { scores: ClassificationScores; majorityRate: number } {
  const { training, test, target } = options;
  const trainingKeys = columnValues(training, target, options.tableName).map(categoryKey);
  const testKeys = columnValues(test, target, 'test').map(categoryKey);
  const trainingRows = presentRows(trainingKeys);
  const testRows = presentRows(testKeys);
  const trainingLabels = Array.from(trainingRows, (row) => trainingKeys[row] ?? '');
  const testLabels = Array.from(testRows, (row) => testKeys[row] ?? '');
  const classes = [...new Set(trainingLabels)];
  const classOf = new Map(classes.map((label, code) => [label, code]));
  const classCount = Math.max(classes.length, 1);

  const encoder = fitFeatureEncoder(training, target);
  const labels = Int32Array.from(trainingLabels, (label) => classOf.get(label) ?? 0);
  const model = fitLogistic(selectRows(encodeFeatures(encoder, training), trainingRows), labels, { classCount, random: seededRandom(17) });
  const probabilities = predictProbabilities(model, selectRows(encodeFeatures(encoder, test), testRows));
  const predicted = argmaxLabels(probabilities, { rows: testRows.length, classCount, known: classes.length > 0 });
  // Test labels the model never saw get code −1, which no prediction matches.
  const truth = Int32Array.from(testLabels, (label) => classOf.get(label) ?? -1);

  const counts = new Map<number, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? -2;
  return {
    scores: {
      accuracy: accuracy(truth, predicted),
      macroF1: macroF1(truth, predicted),
      rocAuc: binaryAuc(testLabels, { probabilities, classCount, classOf }),
    },
    majorityRate: accuracy(truth, new Int32Array(truth.length).fill(majority)),
  };
}

function regressionScores(options: FitOnOptions): RegressionScores {
  const { training, test, target } = options;
  const trainingTargets = numericValues(columnValues(training, target, options.tableName));
  const testTargets = numericValues(columnValues(test, target, 'test'));
  const trainingRows = presentRows([...trainingTargets]);
  const testRows = presentRows([...testTargets]);
  const encoder = fitFeatureEncoder(training, target);
  const model = fitRidge(
    selectRows(encodeFeatures(encoder, training), trainingRows),
    Float64Array.from(trainingRows, (row) => trainingTargets[row] ?? 0),
  );
  const predictions = predictRidge(model, selectRows(encodeFeatures(encoder, test), testRows));
  const truth = Float64Array.from(testRows, (row) => testTargets[row] ?? 0);
  return { r2: rSquared(truth, predictions), mae: meanAbsoluteError(truth, predictions) };
}

function presentCount(table: TypedTable, target: string, tableName: string): number {
  return presentRows(columnValues(table, target, tableName)).length;
}

/** TSTR / TRTR with a negative TSTR (worse than predicting the mean) counted as 0. */
function ratio(tstr: number, trtr: number): number | null {
  return trtr > 0 ? Math.max(tstr, 0) / trtr : null;
}

/**
 * Machine-learning efficacy: a model trained on synthetic rows (TSTR) vs one trained on real rows (TRTR), both
 * scored on the same real test rows. Categorical/boolean targets use softmax regression (ratio of macro-F1),
 * numeric/datetime targets ridge regression (ratio of R²).
 * @example
 * const report = utilityReport({ train, synthetic, test, target: '지역' });
 * report.ratio; // ≈ 1 when synthetic rows teach as much as real ones
 */
export function utilityReport(options: UtilityReportOptions): UtilityReport {
  const { train, synthetic, test, target } = options;
  const spec = targetSpec(train, target);
  const base = {
    target,
    trainRows: { real: presentCount(train, target, 'train'), synthetic: presentCount(synthetic, target, 'synthetic') },
    testRows: presentCount(test, target, 'test'),
  };
  if (base.testRows === 0) {
    throw new GenstackError({
      code: 'unprocessable',
      message: `The test table has no values in target column '${target}', so utility cannot be scored.`,
      param: 'target',
    });
  }
  if (isNumericKind(spec.kind)) {
    const trtr = regressionScores({ training: train, test, target, tableName: 'train' });
    const tstr = regressionScores({ training: synthetic, test, target, tableName: 'synthetic' });
    const report: RegressionUtility = {
      ...base,
      task: 'regression',
      model: 'ridge-regression',
      primaryMetric: 'r2',
      trtr,
      tstr,
      ratio: ratio(tstr.r2, trtr.r2),
    };
    return report;
  }
  const trtr = classificationScores({ training: train, test, target, tableName: 'train' });
  const tstr = classificationScores({ training: synthetic, test, target, tableName: 'synthetic' });
  const report: ClassificationUtility = {
    ...base,
    task: 'classification',
    model: 'logistic-regression',
    primaryMetric: 'macroF1',
    majorityRate: trtr.majorityRate,
    trtr: trtr.scores,
    tstr: tstr.scores,
    ratio: ratio(tstr.scores.macroF1, trtr.scores.macroF1),
  };
  return report;
}
