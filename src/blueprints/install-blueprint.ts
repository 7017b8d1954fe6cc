// Installs a blueprint: validates its data (from a folder or the built-in samples), replaces its records in one
// transaction, and (re)ingests its knowledge base as a durable job.
import type Database from 'better-sqlite3';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GenstackError } from '../core/index.ts';
import type { JobRecord } from '../jobs/index.ts';
import type { IngestSource, KnowledgeService } from '../knowledge/index.ts';
import { replaceBlueprintRecords, type StoredRecord } from './records/index.ts';
import type { Blueprint, DataIssue } from './types.ts';
import { validateBlueprintData } from './validate-blueprint-data.ts';

export interface InstallBlueprintOptions {
  database: Database.Database;
  knowledge: KnowledgeService;
  blueprint: Blueprint;
  /** A folder with the blueprint's JSON files (and optionally a `knowledge/` folder); otherwise the sample data. */
  from?: string;
  seed?: number;
  scale?: Parameters<Blueprint['sampleData']>[0]['scale'];
  /** "Today" for the sample data's dates (default: now), so recent orders are recent and bills are due when installed. */
  referenceDate?: Date;
  /** Skip (re)ingesting the knowledge base (benchmarks that only need data). */
  skipKnowledge?: boolean;
}

export interface InstallResult {
  blueprint: string;
  source: string;
  counts: Record<string, number>;
  knowledgeBase: string;
  /** The ingestion job of the knowledge base (follow it through the job API). */
  knowledgeJob: JobRecord | undefined;
}

const maxFileBytes = 512 * 1024 * 1024;
const issuesInMessage = 20;

/**
 * @example
 * const result = installBlueprint({ database, knowledge, blueprint: energyStoreBlueprint, from: './my-data' });
 */
export function installBlueprint(options: InstallBlueprintOptions): InstallResult {
  const { blueprint } = options;
  const source = options.from ? resolve(options.from) : `sample:${options.seed ?? 1}`;
  const files = options.from
    ? readDataFolder(blueprint, source)
    : blueprint.sampleData({
        seed: options.seed ?? 1,
        referenceDate: options.referenceDate ?? new Date(),
        ...(options.scale ? { scale: options.scale } : {}),
      });
  const { records, issues } =
    'issues' in files ? { records: {}, issues: files.issues as DataIssue[] } : validateBlueprintData(blueprint, files);
  if (issues.length > 0) throw invalidData(blueprint.name, issues);

  const collections: Record<string, StoredRecord[]> = {};
  for (const dataFile of blueprint.dataFiles) {
    collections[dataFile.collection] = (records[dataFile.file] ?? []).map((record) => ({
      id: dataFile.id(record),
      owner: dataFile.owner?.(record),
      data: record,
    }));
  }
  const counts = replaceBlueprintRecords({ database: options.database, blueprint: blueprint.name, source, collections });
  const knowledgeJob = options.skipKnowledge ? undefined : ingestKnowledge(options, source);
  return { blueprint: blueprint.name, source, counts, knowledgeBase: blueprint.name, knowledgeJob };
}

function ingestKnowledge(options: InstallBlueprintOptions, source: string): JobRecord {
  const { knowledge, blueprint } = options;
  if (!knowledge.listBases().some((base) => base.name === blueprint.name)) knowledge.createBase({ name: blueprint.name });
  const folder = options.from ? join(source, 'knowledge') : undefined;
  const sources: IngestSource[] =
    folder && existsSync(folder)
      ? [{ kind: 'file', path: folder, tags: [blueprint.name] }]
      : blueprint.knowledgeDocuments().map((document) => ({
          kind: 'text',
          path: document.path,
          title: document.title,
          text: document.text,
          tags: [blueprint.name, ...(document.tags ?? [])],
        }));
  return knowledge.ingest({ name: blueprint.name, sources });
}

/** Reads every data file; unreadable files and bad JSON become issues rather than exceptions, so all are reported at once. */
function readDataFolder(blueprint: Blueprint, folder: string): Record<string, unknown> | { issues: DataIssue[] } {
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new GenstackError({ code: 'invalid_request', message: `'${folder}' is not a folder.`, param: 'from' });
  const files: Record<string, unknown> = {};
  const issues: DataIssue[] = [];
  for (const { file } of blueprint.dataFiles) {
    const path = join(folder, file);
    if (!existsSync(path)) {
      issues.push({ file, path: '', message: 'the file is missing' });
      continue;
    }
    if (statSync(path).size > maxFileBytes) {
      issues.push({ file, path: '', message: `larger than ${maxFileBytes / 1024 / 1024} MB` });
      continue;
    }
    try {
      files[file] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      issues.push({ file, path: '', message: `not valid JSON: ${(error as Error).message}` });
    }
  }
  return issues.length > 0 ? { issues } : files;
}

function invalidData(name: string, issues: DataIssue[]): GenstackError {
  const listed = issues.slice(0, issuesInMessage).map((issue) => `${issue.file}${issue.path ? ` ${issue.path}` : ''}: ${issue.message}`);
  const more = issues.length > issuesInMessage ? [`… and ${issues.length - issuesInMessage} more`] : [];
  return new GenstackError({
    code: 'unprocessable',
    message: `The ${name} data was not imported (nothing changed); ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${[...listed, ...more].join('\n')}`,
    details: { issues },
  });
}
