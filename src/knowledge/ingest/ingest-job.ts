// The `knowledge.ingest` job: per document extract → chunk → embed → a savepoint in a batched transaction; a bad file is
// reported, the rest go on.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { GenstackError, toGenstackError } from '../../core/errors.ts';
import type { JobContext } from '../../jobs/types.ts';
import { chunkDocument } from '../chunk/index.ts';
import type { KnowledgeEmbedder } from '../embed/index.ts';
import { defaultMaxBytes, extractDocument } from '../extract/index.ts';
import type { IngestSource } from '../service-types.ts';
import type { KnowledgeStore } from '../store/index.ts';

export const ingestJobKind = 'knowledge.ingest';

export interface IngestJobInput {
  kb: string;
  sources: IngestSource[];
}

interface IngestDependencies {
  store: KnowledgeStore;
  embedder: (kb: string) => KnowledgeEmbedder;
  maxBytes?: number;
}

async function readSource(source: IngestSource, maxBytes: number): Promise<{ bytes: Uint8Array; fileName: string }> {
  if (source.kind === 'text') {
    const hasExtension = /\.[a-z0-9]{1,8}$/i.test(source.path);
    return {
      bytes: new TextEncoder().encode(source.text),
      fileName: hasExtension ? basename(source.path) : `${basename(source.path) || 'document'}.txt`,
    };
  }
  const info = await stat(source.path).catch((error: NodeJS.ErrnoException) => {
    throw new GenstackError({
      code: 'not_found',
      message: error.code === 'ENOENT' ? `No such file: ${source.path}` : `Cannot read ${source.path}: ${error.message}`,
    });
  });
  if (info.size > maxBytes)
    throw new GenstackError({
      code: 'payload_too_large',
      message: `${basename(source.path)} is ${info.size} bytes; the limit is ${maxBytes}.`,
    });
  return { bytes: new Uint8Array(await readFile(source.path)), fileName: basename(source.path) };
}

/** The job handler, bound to a knowledge store and its embedders. */
export function createIngestHandler(dependencies: IngestDependencies) {
  const maxBytes = dependencies.maxBytes ?? defaultMaxBytes;
  return async (context: JobContext<IngestJobInput>) => {
    const { kb, sources } = context.job.input;
    dependencies.store.getBase(kb);
    const embedder = dependencies.embedder(kb);
    context.items.plan(sources.map((source) => source.path));
    const finished = new Set(
      context.items
        .list()
        .filter((item) => item.status !== 'pending')
        .map((item) => item.key),
    );
    let chunks = 0;
    let bytes = 0;
    // Documents commit in batches (one transaction, a savepoint each): a document's item is recorded inside its
    // savepoint, so after a crash exactly the documents of the uncommitted batch are pending again.
    const batch = dependencies.store.openDocumentBatch();
    const report = () => context.progress({ bytes, counters: { chunks } });
    try {
      for (const source of sources) {
        if (context.signal.aborted) break;
        if (finished.has(source.path)) continue;
        try {
          const { bytes: content, fileName } = await readSource(source, maxBytes);
          const contentHash = createHash('sha256').update(content).digest('hex');
          bytes += content.byteLength;
          if (dependencies.store.isUnchanged({ kb, path: source.path, contentHash })) {
            context.items.complete(source.path, { status: 'skipped', result: { status: 'unchanged' } });
            continue;
          }
          const extracted = await extractDocument({ bytes: content, fileName, path: source.path, maxBytes });
          const document = {
            ...extracted,
            ...(source.kind === 'text' && source.title ? { title: source.title } : {}),
            ...(source.tags ? { tags: source.tags } : {}),
            ...(source.kind === 'text' && source.date ? { date: source.date } : {}),
          };
          const documentChunks = chunkDocument(document);
          const vectors = documentChunks.length
            ? await embedder.embedDocuments({ kb, texts: documentChunks.map((chunk) => chunk.text) })
            : [];
          if (context.signal.aborted) break;
          batch.add(
            { kb, document, contentHash, chunks: documentChunks, vectors },
            {
              written: ({ docId, status }) => {
                chunks += documentChunks.length;
                context.items.complete(source.path, { status: 'done', result: { docId, status, chunks: documentChunks.length } });
              },
              failed: (error) =>
                context.items.complete(source.path, { status: 'failed', error: { code: error.code, message: error.message } }),
            },
          );
        } catch (value) {
          const error = toGenstackError(value);
          if (error.code === 'aborted' || context.signal.aborted) break;
          context.items.complete(source.path, { status: 'failed', error: { code: error.code, message: error.message } });
        }
        report();
      }
    } finally {
      // Also on cancel and on stop: the documents already prepared are finished work, committed before the job ends.
      batch.close();
    }
    report();
    return { kb, chunks, bytes };
  };
}
