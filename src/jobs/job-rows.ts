// Maps rows of the jobs tables to the contract's records, and values to the JSON text stored in them.
import { GenstackError } from '../core/index.ts';
import type { JobError, JobItemRecord, JobProgress, JobRecord } from './types.ts';

export type Row = Record<string, unknown>;

function parse(text: unknown): unknown {
  return typeof text === 'string' ? JSON.parse(text) : null;
}

/**
 * JSON text for a value stored in a JSON column; `undefined` is stored as null.
 * @example
 * toJson({ files: ['보고서.pdf'] }, 'input') // '{"files":["보고서.pdf"]}'
 */
export function toJson(value: unknown, what: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value ?? null);
  } catch (error) {
    throw new GenstackError({ code: 'invalid_request', message: `The job ${what} cannot be stored as JSON: ${(error as Error).message}` });
  }
  // JSON.stringify returns undefined for a bare function or symbol.
  return text ?? 'null';
}

export function toJobRecord(row: Row): JobRecord {
  return {
    id: row.id as string,
    kind: row.kind as string,
    status: row.status as JobRecord['status'],
    input: parse(row.input),
    progress: parse(row.progress) as JobProgress,
    result: parse(row.result),
    error: parse(row.error) as JobError | null,
    attempts: row.attempts as number,
    createdAt: row.created_at as string,
    startedAt: (row.started_at as string | null) ?? null,
    finishedAt: (row.finished_at as string | null) ?? null,
    updatedAt: row.updated_at as string,
  };
}

export function toJobItemRecord(row: Row): JobItemRecord {
  return {
    jobId: row.job_id as string,
    key: row.key as string,
    status: row.status as JobItemRecord['status'],
    error: parse(row.error) as JobError | null,
    result: parse(row.result),
    updatedAt: row.updated_at as string,
  };
}
