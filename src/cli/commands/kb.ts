// `genstack kb …`: knowledge bases from the command line — create, ingest with progress, search (also in batch), ask, remove.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GenstackError } from '../../core/index.ts';
import type { GroundedAnswer, SearchResult } from '../../knowledge/index.ts';
import type { Platform } from '../../platform/index.ts';
import { openPlatformForCommand, parseFlags, print, table, type Command, type CommandIo } from '../command.ts';
import { createProgressBar } from '../progress-bar.ts';

const usage = `genstack kb create <name> [--embedding <model>] | list | stats <name> | ingest <name> <paths…>
  | search <name> "<query>" [--k 10] [--mode hybrid|lexical|vector] | search <name> --queries q.jsonl [--k 10]
  | ask <name> "<question>" [--model id] | rm <name> <source> | delete <name>      [--data dir] [--json]`;

function parseK(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const k = Number(value);
  if (!Number.isInteger(k) || k < 1 || k > 100)
    throw new GenstackError({ code: 'invalid_request', message: `--k must be 1–100, got '${value}'` });
  return k;
}

function need(value: string | undefined, what: string): string {
  if (!value) throw new GenstackError({ code: 'invalid_request', message: `Missing ${what}. Usage: ${usage.split('\n')[0]}` });
  return value;
}

function humanResults(results: SearchResult[]): string {
  if (results.length === 0) return 'No results.';
  return results
    .map((result, index) => {
      const where = `${result.source.title} (${result.source.path}${result.source.page ? `, p.${result.source.page}` : ''})`;
      return `${index + 1}. [${result.score.toFixed(3)}] ${where}\n   ${result.text.replace(/\s+/g, ' ').slice(0, 240)}`;
    })
    .join('\n');
}

function humanAnswer(answer: GroundedAnswer): string {
  const sources = answer.citations.map(
    (citation) =>
      `[${citation.index}] ${citation.source.title} (${citation.source.path}${citation.source.page ? `, p.${citation.source.page}` : ''})`,
  );
  return [answer.answer, ...(sources.length ? ['', ...sources] : [])].join('\n');
}

async function ingest(options: {
  platform: Platform;
  io: CommandIo;
  name: string;
  paths: string[];
  json: boolean | undefined;
}): Promise<number> {
  const { platform, io, name } = options;
  const job = platform.knowledge.ingest({
    name,
    sources: options.paths.map((path) => ({ kind: 'file' as const, path: resolve(io.cwd, path) })),
  });
  const bar = options.json
    ? undefined
    : createProgressBar({ stream: io.stderr as NodeJS.WriteStream, label: `ingest ${name}`, unit: 'documents' });
  platform.jobs.start();
  for await (const event of platform.jobs.subscribe(job.id)) {
    if (event.type !== 'item' && bar) bar.update(event.job.progress.done + event.job.progress.failed, event.job.progress.total);
  }
  const finished = platform.jobs.get(job.id) ?? job;
  const items = platform.jobs.items(job.id);
  const failures = items.filter((item) => item.status === 'failed');
  const unchanged = items.filter((item) => item.status === 'skipped').length;
  if (finished.status === 'succeeded') bar?.done();
  else bar?.fail();
  print(io, {
    json: options.json,
    value: { job: finished, failures },
    human: () =>
      [
        `${finished.status}: ${finished.progress.done - unchanged} documents indexed, ${unchanged} unchanged, ${finished.progress.failed} failed` +
          (finished.progress.counters?.chunks !== undefined ? `, ${finished.progress.counters.chunks} chunks` : ''),
        ...failures.map((item) => `  ✗ ${item.key}: ${item.error?.message ?? 'failed'}`),
        ...(finished.error ? [`  ${finished.error.message}`] : []),
      ].join('\n'),
  });
  return finished.status === 'succeeded' && failures.length === 0 ? 0 : 1;
}

export const kbCommand: Command = {
  name: 'kb',
  summary: 'Knowledge bases: ingest documents, search them, ask with citations',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      k: { type: 'string' },
      mode: { type: 'string' },
      model: { type: 'string' },
      embedding: { type: 'string' },
      queries: { type: 'string' },
    });
    const [action, name, ...rest] = positionals;
    const platform = await openPlatformForCommand({ io, values });
    try {
      const { knowledge } = platform;
      switch (action) {
        case 'create': {
          const created = knowledge.createBase({
            name: need(name, 'a name'),
            ...(values.embedding ? { embeddingModel: values.embedding } : {}),
          });
          print(io, {
            json: values.json,
            value: created,
            human: () => `Created knowledge base '${created.name}' (embeddings: ${created.embeddingModel}).`,
          });
          return 0;
        }
        case 'list':
        case undefined: {
          const bases = knowledge.listBases();
          print(io, {
            json: values.json,
            value: bases,
            human: () =>
              bases.length === 0
                ? 'No knowledge bases. Create one with: genstack kb create <name>'
                : table([
                    ['NAME', 'DOCUMENTS', 'CHUNKS', 'EMBEDDINGS'],
                    ...bases.map((base) => [base.name, String(base.documents), String(base.chunks), base.embeddingModel]),
                  ]),
          });
          return 0;
        }
        case 'stats': {
          const stats = knowledge.stats(need(name, 'a name'));
          print(io, {
            json: values.json,
            value: stats,
            human: () =>
              Object.entries(stats)
                .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`)
                .join('\n'),
          });
          return 0;
        }
        case 'ingest':
          if (rest.length === 0)
            throw new GenstackError({ code: 'invalid_request', message: 'kb ingest needs one or more files or folders' });
          return await ingest({ platform, io, name: need(name, 'a name'), paths: rest, json: values.json });
        case 'search': {
          const base = need(name, 'a name');
          const k = parseK(values.k);
          const mode = values.mode as 'hybrid' | 'lexical' | 'vector' | undefined;
          if (mode && !['hybrid', 'lexical', 'vector'].includes(mode))
            throw new GenstackError({ code: 'invalid_request', message: '--mode must be hybrid, lexical or vector' });
          if (values.queries) {
            // Batch evaluation: one JSON line out per {"id","query"} line in.
            const lines = readFileSync(resolve(io.cwd, values.queries), 'utf8')
              .split('\n')
              .filter((line) => line.trim());
            for (const [index, line] of lines.entries()) {
              let parsed: { id?: unknown; query?: unknown };
              try {
                parsed = JSON.parse(line) as typeof parsed;
              } catch {
                throw new GenstackError({ code: 'invalid_request', message: `${values.queries}:${index + 1} is not JSON` });
              }
              if (typeof parsed.query !== 'string' || !parsed.query)
                throw new GenstackError({ code: 'invalid_request', message: `${values.queries}:${index + 1} has no "query"` });
              const results = await knowledge.search(base, { query: parsed.query, ...(k ? { k } : {}), ...(mode ? { mode } : {}) });
              io.stdout.write(JSON.stringify({ id: parsed.id ?? index + 1, results }) + '\n');
            }
            return 0;
          }
          const query = need(rest.join(' '), 'a query');
          const results = await knowledge.search(base, { query, ...(k ? { k } : {}), ...(mode ? { mode } : {}) });
          print(io, { json: values.json, value: results, human: () => humanResults(results) });
          return 0;
        }
        case 'ask': {
          const answer = await knowledge.ask(need(name, 'a name'), {
            question: need(rest.join(' '), 'a question'),
            ...(values.model ? { model: values.model } : {}),
          });
          print(io, { json: values.json, value: answer, human: () => humanAnswer(answer) });
          return 0;
        }
        case 'rm': {
          const source = need(rest[0], 'the source path to remove');
          knowledge.removeSource(need(name, 'a name'), source);
          print(io, { json: values.json, value: { removed: source }, human: () => `Removed ${source}.` });
          return 0;
        }
        case 'delete': {
          knowledge.deleteBase(need(name, 'a name'));
          print(io, { json: values.json, value: { deleted: name }, human: () => `Deleted knowledge base '${name}'.` });
          return 0;
        }
        default:
          throw new GenstackError({ code: 'invalid_request', message: `Unknown kb action '${action}'. Usage: ${usage.split('\n')[0]}` });
      }
    } finally {
      await platform.close();
    }
  },
};
