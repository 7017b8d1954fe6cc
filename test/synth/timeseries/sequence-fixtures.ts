// Seeded sequence builders and statistics shared by the timeseries tests: machine sensor readings and card transactions.
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { ksStatistic as ksBetween, standardNormal } from '../../../src/synth/stats/index.ts';
import type { EncodedColumn } from '../../../src/synth/table/types.ts';
import type { SequenceData } from '../../../src/synth/synthesizers/types.ts';

export const lines = ['라인 A', '라인 B'];
export const models = ['model X', 'model Y'];
export const categories = ['식료품', 'fuel', '온라인', 'restaurant'];
const hourMs = 3_600_000;

function assemble(
  columns: { name: string; type: 'continuous' | 'discrete'; cardinality?: number; integer?: boolean; values: number[] }[],
  lengths: number[],
): SequenceData {
  const starts: number[] = [];
  let rowCount = 0;
  for (const length of lengths) {
    starts.push(rowCount);
    rowCount += length;
  }
  const encoded: EncodedColumn[] = columns.map(({ values, ...rest }) => ({ ...rest, values: Float64Array.from(values) }));
  return { table: { rowCount, columns: encoded }, starts, lengths };
}

/** Hourly machines: 라인 and model shift levels, a 24-hour cycle, AR(1) noise with cross-channel coupling. */
export function machineSequences(seed: number, entities: number): SequenceData {
  const random = seededRandom(seed);
  const names = ['라인', 'model', 'time', '온도', 'vibration', 'pressure'];
  const values: number[][] = names.map(() => []);
  const lengths: number[] = [];
  for (let entity = 0; entity < entities; entity++) {
    const line = random() < 0.5 ? 0 : 1;
    const model = random() < 0.6 ? 0 : 1;
    const length = 100 + Math.floor(random() * random() * 300);
    const start = Date.UTC(2024, 0, 1) + Math.floor(random() * 24 * 60) * hourMs;
    const levels = [
      60 + 5 * line + 3 * model + standardNormal(random),
      2 + 0.5 * model + 0.1 * standardNormal(random),
      100 - 4 * line + standardNormal(random),
    ];
    const noise = [0, 0, 0];
    lengths.push(length);
    for (let step = 0; step < length; step++) {
      const time = start + step * hourMs;
      const hour = (time / hourMs) % 24;
      const shock = [standardNormal(random), standardNormal(random), standardNormal(random)];
      noise[0] = 0.7 * (noise[0] ?? 0) + (shock[0] ?? 0);
      noise[1] = 0.5 * (noise[1] ?? 0) + 0.3 * (noise[0] ?? 0) + 0.5 * (shock[1] ?? 0);
      noise[2] = 0.8 * (noise[2] ?? 0) + 0.8 * (shock[2] ?? 0);
      const cycle = Math.sin((2 * Math.PI * hour) / 24);
      const row = [
        line,
        model,
        time,
        (levels[0] ?? 0) + 3 * cycle + (noise[0] ?? 0),
        (levels[1] ?? 0) + 0.4 * cycle + 0.2 * (noise[1] ?? 0),
        (levels[2] ?? 0) + (noise[2] ?? 0),
      ];
      row.forEach((value, column) => values[column]?.push(value));
    }
  }
  return assemble(
    [
      { name: '라인', type: 'discrete', cardinality: 2, values: values[0] ?? [] },
      { name: 'model', type: 'discrete', cardinality: 2, values: values[1] ?? [] },
      { name: 'time', type: 'continuous', integer: true, values: values[2] ?? [] },
      { name: '온도', type: 'continuous', values: values[3] ?? [] },
      { name: 'vibration', type: 'continuous', values: values[4] ?? [] },
      { name: 'pressure', type: 'continuous', values: values[5] ?? [] },
    ],
    lengths,
  );
}

/** Sticky merchant-category transitions: row = previous category. */
export const categoryTransitions = [
  [0.6, 0.1, 0.2, 0.1],
  [0.3, 0.4, 0.1, 0.2],
  [0.2, 0.1, 0.6, 0.1],
  [0.25, 0.25, 0.1, 0.4],
];

/** Card transactions per customer: irregular daytime-heavy times, a merchant category chain, log-normal amounts. */
export function cardTransactions(seed: number, customers: number): SequenceData {
  const random = seededRandom(seed);
  const columns: number[][] = [[], [], [], []];
  const lengths: number[] = [];
  const draw = (probabilities: number[]) => {
    let target = random();
    for (let code = 0; code < probabilities.length; code++) {
      target -= probabilities[code] ?? 0;
      if (target < 0) return code;
    }
    return probabilities.length - 1;
  };
  for (let customer = 0; customer < customers; customer++) {
    const segment = random() < 0.7 ? 0 : 1;
    const length = 5 + Math.floor(random() * 60);
    const meanGapHours = segment === 1 ? 6 : 20;
    let time = Date.UTC(2024, 2, 1) + Math.floor(random() * 30 * 24 * 60) * 60_000;
    let category = draw([0.4, 0.2, 0.3, 0.1]);
    lengths.push(length);
    for (let step = 0; step < length; step++) {
      if (step > 0) {
        do {
          time += Math.max(60_000, Math.round((-Math.log(1 - random()) * meanGapHours * hourMs) / 60_000) * 60_000);
        } while (new Date(time).getUTCHours() < 7 && random() < 0.85);
        category = draw(categoryTransitions[category] ?? []);
      }
      const amount = Math.exp(3 + segment + 0.5 * category + 0.6 * standardNormal(random));
      [segment, time, Math.round(amount * 100) / 100, category].forEach((value, column) => columns[column]?.push(value));
    }
  }
  return assemble(
    [
      { name: '고객 등급', type: 'discrete', cardinality: 2, values: columns[0] ?? [] },
      { name: 'time', type: 'continuous', integer: true, values: columns[1] ?? [] },
      { name: 'amount', type: 'continuous', values: columns[2] ?? [] },
      { name: 'category', type: 'discrete', cardinality: categories.length, values: columns[3] ?? [] },
    ],
    lengths,
  );
}

export function columnValues(data: SequenceData, name: string): Float64Array {
  const column = data.table.columns.find((candidate) => candidate.name === name);
  if (!column) throw new Error(`no column ${name}`);
  return column.values;
}

/** Autocorrelation at `lag`, pooled over entities after removing each entity's mean. */
export function pooledAutocorrelation(data: SequenceData, options: { column: string; lag: number }): number {
  const values = columnValues(data, options.column);
  let numerator = 0;
  let denominator = 0;
  data.starts.forEach((start, entity) => {
    const length = data.lengths[entity] ?? 0;
    let mean = 0;
    for (let row = start; row < start + length; row++) mean += values[row] ?? 0;
    mean /= length;
    for (let row = start; row < start + length; row++) {
      const deviation = (values[row] ?? 0) - mean;
      denominator += deviation * deviation;
      if (row - options.lag >= start) numerator += deviation * ((values[row - options.lag] ?? 0) - mean);
    }
  });
  return numerator / denominator;
}

/** Two-sample Kolmogorov–Smirnov statistic of plain number arrays. */
export function ksStatistic(a: number[], b: number[]): number {
  return ksBetween(Float64Array.from(a), Float64Array.from(b));
}

/** Mean of `column` over rows whose context `by` has code `code`. */
export function meanWhere(data: SequenceData, options: { column: string; by: string; code: number }): number {
  const values = columnValues(data, options.column);
  const codes = columnValues(data, options.by);
  let sum = 0;
  let count = 0;
  values.forEach((value, row) => {
    if (codes[row] === options.code) {
      sum += value;
      count++;
    }
  });
  return sum / count;
}

/** Row-normalised transition frequencies of a discrete channel within sequences. */
export function transitionFrequencies(data: SequenceData, column: string, cardinality: number): number[][] {
  const values = columnValues(data, column);
  const counts = Array.from({ length: cardinality }, () => new Array<number>(cardinality).fill(0));
  data.starts.forEach((start, entity) => {
    for (let row = start + 1; row < start + (data.lengths[entity] ?? 0); row++) {
      const line = counts[values[row - 1] ?? 0];
      if (line) line[values[row] ?? 0] = (line[values[row] ?? 0] ?? 0) + 1;
    }
  });
  return counts.map((line) => {
    const total = line.reduce((sum, count) => sum + count, 0);
    return line.map((count) => count / Math.max(1, total));
  });
}

/** Adds a sticky failure label that tends to switch on when 온도 runs hot relative to its machine's mean. */
export function withFailureLabel(data: SequenceData, seed: number): SequenceData {
  const random = seededRandom(seed);
  const temperature = columnValues(data, '온도');
  const label = new Float64Array(data.table.rowCount);
  data.starts.forEach((start, entity) => {
    const length = data.lengths[entity] ?? 0;
    let mean = 0;
    for (let row = start; row < start + length; row++) mean += (temperature[row] ?? 0) / length;
    let state = 0;
    for (let row = start; row < start + length; row++) {
      const hot = (temperature[row] ?? 0) - mean > 2;
      state = state === 1 ? (random() < 0.7 ? 1 : 0) : hot && random() < 0.3 ? 1 : 0;
      label[row] = state;
    }
  });
  return {
    ...data,
    table: { ...data.table, columns: [...data.table.columns, { name: 'failure', type: 'discrete', cardinality: 2, values: label }] },
  };
}
