// Knowledge-base routes under /api/kb: create, list, delete, ingest (files or JSON text) as a job, search, ask — each
// within the caller's workspace, where a base of another workspace answers 404 as if it did not exist.
import type { Context, Hono } from 'hono';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { createId, GenstackError } from '../../core/index.ts';
import type { IngestSource, KnowledgeService } from '../../knowledge/index.ts';
import type { AppEnv } from '../request-context.ts';
import { parseJsonBody } from '../validate.ts';
import type { JobAccess } from './job-access.ts';
import { actorOf, requireRole } from './require-role.ts';
import { estimateTokens } from '../../guard/index.ts';
import type { WorkspaceAccess } from './workspace-access.ts';

const filterSchema = z.strictObject({
  source: z.union([z.string(), z.array(z.string())]).optional(),
  tag: z.union([z.string(), z.array(z.string())]).optional(),
  after: z.string().optional(),
  before: z.string().optional(),
});

export const createBaseSchema = z.strictObject({ name: z.string().min(1).max(64), embeddingModel: z.string().min(1).optional() });
export const documentsSchema = z.strictObject({
  documents: z
    .array(
      z.strictObject({
        path: z.string().min(1).max(1024),
        title: z.string().max(512).optional(),
        text: z.string().min(1),
        tags: z.array(z.string().max(64)).max(32).optional(),
        date: z.string().optional(),
      }),
    )
    .min(1)
    .max(10_000),
});
export const searchSchema = z.strictObject({
  query: z.string().min(1).max(4000),
  k: z.number().int().min(1).max(100).optional(),
  filter: filterSchema.optional(),
  mode: z.enum(['hybrid', 'lexical', 'vector']).optional(),
});
export const askSchema = z.strictObject({
  question: z.string().min(1).max(4000),
  model: z.string().min(1).optional(),
  k: z.number().int().min(1).max(50).optional(),
  filter: filterSchema.optional(),
});

/** A file name safe to write into the staging folder, whatever the client sent. */
function safeFileName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/')).replace(/[^\p{L}\p{N}._ -]/gu, '_');
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned.slice(0, 200) : 'upload';
}

export interface KnowledgeRouteOptions {
  knowledge: KnowledgeService;
  uploadsDir: string;
  access: WorkspaceAccess;
  jobAccess: JobAccess;
}

export function registerKnowledgeRoutes(app: Hono<AppEnv>, options: KnowledgeRouteOptions): void {
  const { knowledge, access } = options;
  /** The base's name after checking that the caller's workspace owns it. */
  const ownedBase = (c: Context<AppEnv>) => {
    const name = c.req.param('name') ?? '';
    access.knowledgeBase(actorOf(c), name);
    return name;
  };
  app.post('/api/kb', async (c) => {
    const actor = requireRole(c, 'build');
    const body = await parseJsonBody(c, createBaseSchema);
    return c.json(knowledge.createBase({ ...body, workspace: actor.workspace }), 201);
  });
  app.get('/api/kb', (c) => c.json({ knowledgeBases: knowledge.listBases({ workspace: actorOf(c).workspace }) }));
  app.get('/api/kb/:name', (c) => c.json(knowledge.stats(ownedBase(c))));
  app.delete('/api/kb/:name', (c) => {
    requireRole(c, 'build');
    const name = ownedBase(c);
    knowledge.deleteBase(name);
    return c.json({ deleted: name });
  });

  app.post('/api/kb/:name/documents', async (c) => {
    const actor = requireRole(c, 'build');
    const name = ownedBase(c); // 404 before anything is staged
    const contentType = c.req.header('content-type') ?? '';
    let sources: IngestSource[];
    if (contentType.startsWith('multipart/form-data')) {
      const form = await c.req.parseBody({ all: true });
      const files = Object.values(form)
        .flat()
        .filter((value): value is File => typeof value === 'object' && value !== null && 'arrayBuffer' in value);
      if (files.length === 0)
        throw new GenstackError({ code: 'invalid_request', message: 'Send one or more files in multipart form fields.', param: 'files' });
      // Uploads are staged on disk first; the job reads them from there, so a restart can resume it.
      const staging = join(options.uploadsDir, createId('upload'));
      mkdirSync(staging, { recursive: true });
      sources = [];
      for (const file of files) {
        const path = join(staging, safeFileName(file.name));
        writeFileSync(path, new Uint8Array(await file.arrayBuffer()));
        sources.push({ kind: 'file', path });
      }
    } else {
      const body = await parseJsonBody(c, documentsSchema);
      sources = body.documents.map((document) => ({ kind: 'text', ...document }));
    }
    const job = knowledge.ingest({ name, sources });
    await options.jobAccess.own(actor, job);
    return c.json({ jobId: job.id, job }, 202);
  });

  app.delete('/api/kb/:name/documents', (c) => {
    const path = c.req.query('path');
    requireRole(c, 'build');
    const name = ownedBase(c);
    if (!path) throw new GenstackError({ code: 'invalid_request', message: 'Give the source to remove as ?path=…', param: 'path' });
    knowledge.removeSource(name, path);
    return c.json({ removed: path });
  });

  app.post('/api/kb/:name/search', async (c) => {
    const name = ownedBase(c);
    const body = await parseJsonBody(c, searchSchema);
    return c.json({ results: await knowledge.search(name, body) });
  });

  app.post('/api/kb/:name/ask', async (c) => {
    const name = ownedBase(c);
    const body = await parseJsonBody(c, askSchema);
    if (body.model) access.requireModel(actorOf(c), body.model);
    const { tokens } = c.get('context');
    await tokens?.check();
    const answer = await knowledge.ask(name, { ...body, signal: c.get('context').signal });
    await tokens?.charge(estimateTokens(body.question) + estimateTokens(answer.answer));
    return c.json(answer);
  });
}
