// Test fixtures: a real SQLite file in a temp dir, and documents chunked by hand (one chunk per paragraph).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '../../../src/store/index.ts';
import { createKnowledgeStore, type KnowledgeStore } from '../../../src/knowledge/store/index.ts';
import type { Chunk, ExtractedDocument } from '../../../src/knowledge/types.ts';

export interface KnowledgeFixture {
  store: SqliteStore;
  knowledge: KnowledgeStore;
  path: string;
  close: () => Promise<void>;
}

export function openKnowledgeFixture(): KnowledgeFixture {
  const directory = mkdtempSync(join(tmpdir(), 'genstack-knowledge-'));
  const path = join(directory, 'genstack.db');
  const store = openSqliteStore({ path });
  const knowledge = createKnowledgeStore({ database: store.database });
  return {
    store,
    knowledge,
    path,
    close: async () => {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** A document whose paragraphs (split on blank lines) are its chunks. */
export function documentOf(options: { path: string; text: string; title?: string; tags?: string[]; date?: string }) {
  const document: ExtractedDocument & { tags?: string[]; date?: string } = {
    path: options.path,
    title: options.title ?? options.path,
    mediaType: 'text/plain',
    text: options.text,
    sections: [],
    language: /[\uac00-\ud7a3]/u.test(options.text) ? 'ko' : 'en',
    tags: options.tags,
    date: options.date,
  };
  const chunks: Chunk[] = [];
  let offset = 0;
  for (const paragraph of options.text.split('\n\n')) {
    const start = options.text.indexOf(paragraph, offset);
    offset = start + paragraph.length;
    if (paragraph.trim().length === 0) continue;
    chunks.push({
      index: chunks.length,
      text: paragraph,
      start,
      end: offset,
      page: null,
      heading: null,
      tokenCount: paragraph.split(/\s+/u).length,
    });
  }
  return { document, chunks, contentHash: hashOf(options.text) };
}

function hashOf(text: string): string {
  let hash = 0;
  for (const character of text) hash = (Math.imul(hash, 31) + character.codePointAt(0)!) | 0;
  return `h${hash >>> 0}`;
}

export const builtinEmbedding = { provider: 'builtin', model: 'corpus', dimensions: 64 } as const;
