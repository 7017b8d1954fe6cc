// `genstack synth fit|sample|report|datasets|dataset`: synthetic data from the command line, files in and files out.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { GenstackError, writeFileAtomically } from '../../core/index.ts';
import { datasetCatalog, generateDataset } from '../../synth/datasets/index.ts';
import {
  describeSynthModel,
  fitSynthModel,
  loadSynthModel,
  reportOnTables,
  sampleSynthModel,
  saveSynthModel,
  synthesizerNames,
  type ModelDetails,
} from '../../synth/pipeline/index.ts';
import type { SynthReport } from '../../synth/reports/index.ts';
import { readCsvTable, writeCsvTable } from '../../synth/table/index.ts';
import type { ColumnKind, RawTable } from '../../synth/table/types.ts';
import type { SynthesizerName } from '../../synth/synthesizers/types.ts';
import { parseFlags, print, table, type Command, type CommandIo } from '../command.ts';
import { createProgressBar } from '../progress-bar.ts';

const usage = `genstack synth fit <data.csv> --synthesizer ${synthesizerNames.join('|')} --out model.json
      [--epsilon e] [--constraints c.json] [--seed s] [--kinds col=kind,…] [--entity col] [--time col]
  | synth sample <model.json> --rows N [--seed s] [--where col=value …] [--sequences N] --out out.csv
  | synth report --real real.csv --synthetic synth.csv [--holdout h.csv] [--target col] [--model model.json]
      [--html report.html] [--lang en|ko] [--json]
  | synth info <model.json> | synth datasets | synth dataset <name> [--rows N] [--seed s] --out data.csv`;

/** Large enough for a few million rows; bigger tables belong in a database, not one CSV read into memory. */
const inputLimitBytes = 512 * 1024 * 1024;
const columnKinds: readonly ColumnKind[] = ['numeric', 'categorical', 'boolean', 'datetime', 'id', 'text'];

function readFile(options: { io: CommandIo; path: string; what: string }): string {
  const path = resolve(options.io.cwd, options.path);
  try {
    if (statSync(path).size > inputLimitBytes)
      throw new GenstackError({ code: 'payload_too_large', message: `${options.what} '${options.path}' is larger than 512 MB.` });
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (GenstackError.is(error)) throw error;
    throw new GenstackError({ code: 'not_found', message: `${options.what} '${options.path}' cannot be read.`, cause: error });
  }
}

function readCsv(io: CommandIo, path: string, what: string): RawTable {
  return readCsvTable(readFile({ io, path, what }));
}

/** Writes through a temporary file, so an interrupted run never leaves half an output. */
function writeFile(io: CommandIo, options: { path: string; text: string }): string {
  const path = resolve(io.cwd, options.path);
  writeFileAtomically(path, options.text);
  return path;
}

function need(value: string | undefined, what: string): string {
  if (!value) throw new GenstackError({ code: 'invalid_request', message: `Missing ${what}.\nUsage: ${usage}` });
  return value;
}

function parseNumber(value: string | undefined, options: { flag: string; integer?: boolean; min?: number }): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  const valid = Number.isFinite(number) && (!options.integer || Number.isInteger(number)) && number >= (options.min ?? -Infinity);
  if (!valid)
    throw new GenstackError({
      code: 'invalid_request',
      message: `${options.flag} got '${value}', not a valid number.`,
      param: options.flag,
    });
  return number;
}

function parseKinds(value: string | undefined): Record<string, ColumnKind> | undefined {
  if (!value) return undefined;
  const kinds: Record<string, ColumnKind> = {};
  for (const pair of value.split(',')) {
    const [column, kind] = pair.split('=').map((part) => part.trim());
    if (!column || !kind || !columnKinds.includes(kind as ColumnKind))
      throw new GenstackError({
        code: 'invalid_request',
        message: `--kinds takes col=kind pairs with kinds ${columnKinds.join('|')}; got '${pair}'.`,
      });
    kinds[column] = kind as ColumnKind;
  }
  return kinds;
}

function parseWhere(values: string[] | undefined): Record<string, string> | undefined {
  if (!values || values.length === 0) return undefined;
  return Object.fromEntries(
    values.map((pair) => {
      const at = pair.indexOf('=');
      if (at <= 0) throw new GenstackError({ code: 'invalid_request', message: `--where takes column=value; got '${pair}'.` });
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

/** A live bar on a terminal only: a piped run prints its result line and nothing about progress. */
function progressBar(io: CommandIo, options: { json: boolean | undefined; label: string }) {
  if (options.json || !io.stderr.isTTY) return undefined;
  return createProgressBar({ stream: io.stderr as NodeJS.WriteStream, label: options.label, total: 100, unit: '%' });
}

async function fit(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    synthesizer: { type: 'string' },
    out: { type: 'string' },
    epsilon: { type: 'string' },
    constraints: { type: 'string' },
    seed: { type: 'string' },
    kinds: { type: 'string' },
    entity: { type: 'string' },
    time: { type: 'string' },
  });
  const input = need(positionals[0], 'the training CSV');
  const synthesizer = need(values.synthesizer, '--synthesizer') as SynthesizerName;
  const out = need(values.out, '--out model.json');
  const raw = readCsv(io, input, 'Training data');
  const constraints = values.constraints ? parseJsonFile(io, values.constraints) : undefined;
  const epsilon = parseNumber(values.epsilon, { flag: '--epsilon' });
  const seed = parseNumber(values.seed, { flag: '--seed', integer: true, min: 0 });
  const kinds = parseKinds(values.kinds);
  const bar = progressBar(io, { json: values.json, label: `fit ${synthesizer}` });
  const model = fitSynthModel(raw, {
    synthesizer,
    ...(epsilon !== undefined ? { epsilon } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(constraints !== undefined ? { constraints } : {}),
    ...(kinds ? { columnKinds: kinds } : {}),
    ...(values.entity || values.time
      ? { sequence: { ...(values.entity ? { entityColumn: values.entity } : {}), ...(values.time ? { timeColumn: values.time } : {}) } }
      : {}),
    onProgress: (fraction) => bar?.update(Math.round(fraction * 100), 100),
  });
  const path = resolve(io.cwd, out);
  saveSynthModel(model, path);
  bar?.done();
  const summary = { model: path, ...describeSynthModel(model) };
  print(io, {
    json: values.json,
    value: summary,
    human: () =>
      [
        `Fitted ${model.synthesizer} on ${model.training.rows} rows × ${model.columns.length} columns in ${summary.fitSeconds} s → ${path}`,
        table([['column', 'kind'], ...model.columns.map((spec) => [spec.name, spec.kind])]),
        ...model.warnings.map((warning) => `warning: ${warning}`),
      ].join('\n'),
  });
  return 0;
}

function parseJsonFile(io: CommandIo, path: string): unknown {
  try {
    return JSON.parse(readFile({ io, path, what: 'Constraints file' }));
  } catch (error) {
    if (GenstackError.is(error)) throw error;
    throw new GenstackError({
      code: 'invalid_request',
      message: `Constraints file '${path}' is not JSON: ${(error as Error).message}`,
      param: 'constraints',
    });
  }
}

async function sample(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    rows: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    where: { type: 'string', multiple: true },
    sequences: { type: 'string' },
  });
  const model = loadSynthModel(resolve(io.cwd, need(positionals[0], 'the model file')));
  const sequences = parseNumber(values.sequences, { flag: '--sequences', integer: true, min: 1 });
  const rows = parseNumber(values.rows ?? (sequences ? '1' : undefined), { flag: '--rows', integer: true, min: 1 });
  const out = need(values.out, '--out out.csv');
  const seed = parseNumber(values.seed, { flag: '--seed', integer: true, min: 0 });
  const conditions = parseWhere(values.where);
  const bar = progressBar(io, { json: values.json, label: 'sample' });
  const started = performance.now();
  const sampled = sampleSynthModel(model, {
    rows: rows ?? Number(need(undefined, '--rows N')),
    ...(seed !== undefined ? { seed } : {}),
    ...(conditions ? { conditions } : {}),
    ...(sequences !== undefined ? { sequences } : {}),
    onProgress: (fraction) => bar?.update(Math.round(fraction * 100), 100),
  });
  const path = writeFile(io, { path: out, text: writeCsvTable(sampled) });
  bar?.done();
  const seconds = Number(((performance.now() - started) / 1000).toFixed(3));
  print(io, {
    json: values.json,
    value: { out: path, rows: sampled.rows.length, columns: sampled.columns.length, seconds },
    human: () => `Wrote ${sampled.rows.length} rows × ${sampled.columns.length} columns to ${path} in ${seconds} s`,
  });
  return 0;
}

function humanReport(report: SynthReport): string {
  const summary = report.summary;
  const rows: string[][] = [['measure', 'value']];
  for (const [name, value] of Object.entries(summary))
    if (value !== undefined && value !== null) rows.push([name, typeof value === 'number' ? value.toFixed(4) : String(value)]);
  return table(rows);
}

async function report(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseFlags(argv, {
    real: { type: 'string' },
    synthetic: { type: 'string' },
    holdout: { type: 'string' },
    target: { type: 'string' },
    model: { type: 'string' },
    html: { type: 'string' },
    lang: { type: 'string' },
  });
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'ko')
    throw new GenstackError({ code: 'invalid_request', message: `--lang is en or ko, got '${values.lang}'.`, param: 'lang' });
  const model = values.model ? loadSynthModel(resolve(io.cwd, values.model)) : undefined;
  const result = reportOnTables({
    real: readCsv(io, need(values.real, '--real real.csv'), 'Real data'),
    synthetic: readCsv(io, need(values.synthetic, '--synthetic synth.csv'), 'Synthetic data'),
    ...(values.holdout ? { holdout: readCsv(io, values.holdout, 'Holdout data') } : {}),
    ...(values.target ? { target: values.target } : {}),
    ...(model ? { columns: model.columns, ...(model.epsilon !== null ? { epsilon: model.epsilon } : {}) } : {}),
    ...(values.html ? { html: { lang: (values.lang as 'en' | 'ko' | undefined) ?? 'en' } } : {}),
  });
  const htmlPath = values.html && result.html !== undefined ? writeFile(io, { path: values.html, text: result.html }) : undefined;
  print(io, {
    json: values.json,
    value: result.report,
    human: () => humanReport(result.report) + (htmlPath ? `\nHTML report: ${htmlPath}` : ''),
  });
  return 0;
}

function humanDetails(details: ModelDetails): string[] {
  if ('marginals' in details)
    return [
      '',
      table([['column', 'marginal', 'KS'], ...details.marginals.map((entry) => [entry.column, entry.family, entry.ks.toFixed(4)])]),
    ];
  if ('network' in details)
    return [
      '',
      ...details.network.map((node) => `${node.child} ← ${node.parents.length ? node.parents.join(', ') : '(none)'}`),
      ...(details.privacy
        ? [
            `ε = ${details.privacy.epsilon} (structure ${details.privacy.structureEpsilon}, conditionals ${details.privacy.conditionalEpsilon})`,
          ]
        : []),
    ];
  if ('sequence' in details) {
    const { entityColumn, timeColumn, contextColumns, meanLength } = details.sequence;
    return [
      `entity ${entityColumn}, time ${timeColumn ?? '(row order)'}, context ${contextColumns.join(', ') || '(none)'}, ${meanLength} rows per sequence on average`,
    ];
  }
  return [];
}

async function info(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, {});
  const path = resolve(io.cwd, need(positionals[0], 'the model file'));
  const summary = { model: path, ...describeSynthModel(loadSynthModel(path)) };
  print(io, {
    json: values.json,
    value: summary,
    human: () =>
      [
        `${summary.synthesizer} model fitted on ${summary.rows} rows in ${summary.fitSeconds} s${summary.epsilon !== null ? `, ε = ${summary.epsilon}` : ''}, ${summary.constraints} constraint(s)`,
        table([['column', 'kind'], ...summary.columns.map((column) => [column.name, column.kind])]),
        ...humanDetails(summary.details),
        ...summary.warnings.map((warning) => `warning: ${warning}`),
      ].join('\n'),
  });
  return 0;
}

async function datasets(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseFlags(argv, {});
  print(io, {
    json: values.json,
    value: { datasets: datasetCatalog },
    human: () =>
      table([
        ['name', 'industry', 'kind', 'rows', 'title'],
        ...datasetCatalog.map((info) => [
          info.name,
          info.industry,
          info.kind,
          String(info.defaultRows),
          `${info.title.en} / ${info.title.ko}`,
        ]),
      ]),
  });
  return 0;
}

async function dataset(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, { rows: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } });
  const name = need(positionals[0], 'the dataset name (see `genstack synth datasets`)');
  const rows = parseNumber(values.rows, { flag: '--rows', integer: true, min: 1 });
  const seed = parseNumber(values.seed, { flag: '--seed', integer: true, min: 0 });
  const raw = generateDataset(name, { ...(rows !== undefined ? { rows } : {}), ...(seed !== undefined ? { seed } : {}) });
  const path = writeFile(io, { path: need(values.out, '--out data.csv'), text: writeCsvTable(raw) });
  print(io, {
    json: values.json,
    value: { out: path, rows: raw.rows.length, columns: raw.columns },
    human: () => `Wrote ${raw.rows.length} rows of ${name} to ${path}`,
  });
  return 0;
}

const subcommands: Record<string, (argv: string[], io: CommandIo) => Promise<number>> = { fit, sample, report, info, datasets, dataset };

export const synthCommand: Command = {
  name: 'synth',
  summary: 'Synthetic data: fit a synthesizer on a CSV, sample it, report quality, privacy and utility',
  usage,
  async run(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(usage + '\n');
      return 0;
    }
    const subcommand = subcommands[name];
    if (!subcommand) throw new GenstackError({ code: 'invalid_request', message: `Unknown synth command '${name}'.\nUsage: ${usage}` });
    return subcommand(rest, io);
  },
};
