// What the edges (API, CLI, /v1 `kb:<name>`) can do with knowledge bases: one service, the same functions for all.
import type { JobRecord } from '../jobs/types.ts';
import type { ChatModel } from '../models/types.ts';
import type { GroundedAnswer, SearchRequest, SearchResult } from './types.ts';

export interface KnowledgeBaseInfo {
  name: string;
  /** The tenant that owns the base. */
  workspace: string;
  /** `builtin` (learned from the base itself) or a registry embedding model id. */
  embeddingModel: string;
  documents: number;
  chunks: number;
  createdAt: string;
}

export interface KnowledgeStats extends KnowledgeBaseInfo {
  bytes: number;
  byMediaType: Record<string, number>;
  updatedAt: string | null;
}

/** One thing to ingest: a file or folder on disk (folders are walked), or text sent by a client. */
export type IngestSource =
  | { kind: 'file'; path: string; tags?: string[] }
  | { kind: 'text'; path: string; title?: string; text: string; tags?: string[]; date?: string };

export interface AskRequest {
  question: string;
  /** Registry model that writes the answer; default `builtin` (extractive, deterministic). */
  model?: string;
  k?: number;
  filter?: SearchRequest['filter'];
  signal?: AbortSignal;
}

export interface KnowledgeService {
  /** `workspace` defaults to 'default'. */
  createBase(input: { name: string; embeddingModel?: string; workspace?: string }): KnowledgeBaseInfo;
  /** Every base, or one workspace's. */
  listBases(filter?: { workspace?: string }): KnowledgeBaseInfo[];
  /** The workspace that owns a base, or undefined when there is no such base. */
  workspaceOf(name: string): string | undefined;
  stats(name: string): KnowledgeStats;
  deleteBase(name: string): void;
  /** Starts a durable ingestion job and returns it at once; follow it through the job API. */
  ingest(input: { name: string; sources: IngestSource[] }): JobRecord;
  search(name: string, request: SearchRequest): Promise<SearchResult[]>;
  ask(name: string, request: AskRequest): Promise<GroundedAnswer>;
  /** Removes one source document (by its path) and its chunks. */
  removeSource(name: string, path: string): void;
  /** The chat model behind `kb:<name>`. */
  chatModel(name: string): ChatModel | undefined;
}
