// The long synth tasks as file-to-file steps, so a worker thread (or the CLI) runs them with nothing but paths and options.
import { readFileSync } from 'node:fs';
import { writeFileAtomically } from '../../core/index.ts';
import {
  describeSynthModel,
  fitSynthModel,
  loadSynthModel,
  reportOnTables,
  sampleSynthModel,
  saveSynthModel,
  type FitSynthOptions,
  type SampleSynthOptions,
} from '../pipeline/index.ts';
import { readCsvTable, writeCsvTable } from '../table/index.ts';

export type FitTask = { task: 'fit'; csvPath: string; modelPath: string; options: Omit<FitSynthOptions, 'onProgress'> };
export type SampleTask = { task: 'sample'; modelPath: string; outPath: string; options: Omit<SampleSynthOptions, 'onProgress'> };
export type ReportTask = {
  task: 'report';
  realPath: string;
  syntheticPath: string;
  holdoutPath?: string;
  modelPath?: string;
  target?: string;
  jsonPath: string;
  htmlPath: string;
  lang: 'en' | 'ko';
};
export type SynthTask = FitTask | SampleTask | ReportTask;

const readCsv = (path: string) => readCsvTable(readFileSync(path, 'utf8'));

/**
 * Runs one task and returns its small, JSON-safe result.
 * @example
 * runSynthTask({ task: 'fit', csvPath, modelPath, options: { synthesizer: 'cart' } }, () => {});
 */
export function runSynthTask(task: SynthTask, onProgress: (fraction: number, message?: string) => void): unknown {
  if (task.task === 'fit') {
    const model = fitSynthModel(readCsv(task.csvPath), { ...task.options, onProgress });
    saveSynthModel(model, task.modelPath);
    return describeSynthModel(model);
  }
  if (task.task === 'sample') {
    const raw = sampleSynthModel(loadSynthModel(task.modelPath), { ...task.options, onProgress });
    writeFileAtomically(task.outPath, writeCsvTable(raw));
    return { rows: raw.rows.length, columns: raw.columns };
  }
  const model = task.modelPath ? loadSynthModel(task.modelPath) : undefined;
  const { report, html } = reportOnTables({
    real: readCsv(task.realPath),
    synthetic: readCsv(task.syntheticPath),
    ...(task.holdoutPath ? { holdout: readCsv(task.holdoutPath) } : {}),
    ...(task.target ? { target: task.target } : {}),
    ...(model ? { columns: model.columns, ...(model.epsilon !== null ? { epsilon: model.epsilon } : {}) } : {}),
    html: { lang: task.lang },
  });
  writeFileAtomically(task.jsonPath, JSON.stringify(report));
  writeFileAtomically(task.htmlPath, html ?? '');
  return { summary: report.summary };
}
