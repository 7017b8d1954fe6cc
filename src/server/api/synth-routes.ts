// Synthetic data routes under /api/synth: datasets (upload CSV or a blueprint generator), fitting and sampling as jobs,
// quality / privacy / utility reports — all within the caller's workspace.
import type { Context, Hono } from 'hono';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { GenstackError } from '../../core/index.ts';
import { datasetCatalog } from '../../synth/datasets/index.ts';
import { maxSampleRows, synthesizerNames, synthesizerSummaries } from '../../synth/pipeline/index.ts';
import type { SynthStudio } from '../../synth/studio/index.ts';
import type { AppEnv } from '../request-context.ts';
import { parseJsonBody } from '../validate.ts';
import type { JobAccess } from './job-access.ts';
import { actorOf, requireRole } from './require-role.ts';

const nameSchema = z.string().min(1).max(200);
const columnKindSchema = z.enum(['numeric', 'categorical', 'boolean', 'datetime', 'id', 'text']);

export const addDatasetSchema = z.union([
  z.strictObject({ name: nameSchema, csv: z.string().min(1) }),
  z.strictObject({
    blueprint: nameSchema,
    rows: z.number().int().min(1).max(1_000_000).optional(),
    seed: z.number().int().min(0).optional(),
  }),
]);
export const fitSchema = z.strictObject({
  datasetId: z.string().min(1),
  synthesizer: z.enum(synthesizerNames as [string, ...string[]]),
  name: nameSchema.optional(),
  seed: z.number().int().min(0).optional(),
  epsilon: z.number().positive().max(1000).optional(),
  constraints: z.unknown().optional(),
  columnKinds: z.record(z.string(), columnKindSchema).optional(),
  entityColumn: z.string().min(1).optional(),
  timeColumn: z.string().min(1).optional(),
});
export const sampleSchema = z.strictObject({
  rows: z.number().int().min(1).max(maxSampleRows),
  seed: z.number().int().min(0).optional(),
  name: nameSchema.optional(),
  conditions: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  sequences: z.number().int().min(1).max(1_000_000).optional(),
});
export const reportSchema = z.strictObject({
  realId: z.string().min(1),
  syntheticId: z.string().min(1),
  holdoutId: z.string().min(1).optional(),
  modelId: z.string().min(1).optional(),
  target: z.string().min(1).optional(),
  lang: z.enum(['en', 'ko']).optional(),
});

function fileResponse(c: Context<AppEnv>, options: { path: string; type: string; download?: string }): Response {
  const headers: Record<string, string> = { 'content-type': options.type };
  if (options.download) headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(options.download)}`;
  return c.body(Readable.toWeb(createReadStream(options.path)) as ReadableStream, 200, headers);
}

/** A CSV sent as the raw body (text/csv), as a multipart file, or as JSON `{ name, csv }`; or a blueprint dataset `{ blueprint, rows?, seed? }`. */
async function datasetInput(c: Context<AppEnv>) {
  const contentType = c.req.header('content-type') ?? '';
  if (contentType.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody();
    const file = Object.values(form).find((value): value is File => typeof value === 'object' && value !== null && 'arrayBuffer' in value);
    if (!file) throw new GenstackError({ code: 'invalid_request', message: 'Send the CSV as a file field of the form.', param: 'file' });
    return { name: c.req.query('name') ?? file.name, csv: (await file.text()).replace(/^\uFEFF/, '') };
  }
  if (contentType.startsWith('text/csv') || contentType.startsWith('text/plain')) {
    const name = c.req.query('name') ?? 'upload.csv';
    return { name, csv: (await c.req.text()).replace(/^\uFEFF/, '') };
  }
  return parseJsonBody(c, addDatasetSchema);
}

/**
 * @example
 * registerSynthRoutes(app, { studio, jobAccess });
 */
export function registerSynthRoutes(app: Hono<AppEnv>, options: { studio: SynthStudio; jobAccess: JobAccess }): void {
  const { studio, jobAccess } = options;
  const workspace = (c: Context<AppEnv>) => actorOf(c).workspace;
  const id = (c: Context<AppEnv>) => c.req.param('id') ?? '';

  app.get('/api/synth/synthesizers', (c) =>
    c.json({ synthesizers: synthesizerNames.map((name) => ({ name, summary: synthesizerSummaries[name] })) }),
  );
  app.get('/api/synth/catalog', (c) => c.json({ datasets: datasetCatalog }));

  app.post('/api/synth/datasets', async (c) => {
    const actor = requireRole(c, 'build');
    const input = await datasetInput(c);
    const record =
      'csv' in input
        ? studio.addDataset({ workspace: actor.workspace, name: input.name, csv: input.csv })
        : studio.addBlueprintDataset({
            workspace: actor.workspace,
            name: input.blueprint,
            ...(input.rows !== undefined ? { rows: input.rows } : {}),
            ...(input.seed !== undefined ? { seed: input.seed } : {}),
          });
    return c.json(record, 201);
  });
  app.get('/api/synth/datasets', (c) => c.json({ datasets: studio.datasets(workspace(c)) }));
  app.get('/api/synth/datasets/:id', (c) => {
    const record = studio.dataset(workspace(c), id(c));
    return c.json({ ...record, preview: studio.preview(workspace(c), id(c)) });
  });
  app.get('/api/synth/datasets/:id/csv', (c) => {
    const record = studio.dataset(workspace(c), id(c));
    const download = record.name.endsWith('.csv') ? record.name : `${record.name}.csv`;
    return fileResponse(c, { path: studio.datasetFile(workspace(c), record.id), type: 'text/csv; charset=utf-8', download });
  });
  app.delete('/api/synth/datasets/:id', (c) => {
    const actor = requireRole(c, 'build');
    studio.removeDataset(actor.workspace, id(c));
    return c.json({ deleted: id(c) });
  });

  app.post('/api/synth/models', async (c) => {
    const actor = requireRole(c, 'build');
    const body = await parseJsonBody(c, fitSchema);
    const sequence =
      body.entityColumn || body.timeColumn
        ? {
            sequence: {
              ...(body.entityColumn ? { entityColumn: body.entityColumn } : {}),
              ...(body.timeColumn ? { timeColumn: body.timeColumn } : {}),
            },
          }
        : {};
    const job = studio.fit({
      workspace: actor.workspace,
      datasetId: body.datasetId,
      ...(body.name ? { name: body.name } : {}),
      options: {
        synthesizer: body.synthesizer as (typeof synthesizerNames)[number],
        ...(body.seed !== undefined ? { seed: body.seed } : {}),
        ...(body.epsilon !== undefined ? { epsilon: body.epsilon } : {}),
        ...(body.constraints !== undefined ? { constraints: body.constraints } : {}),
        ...(body.columnKinds ? { columnKinds: body.columnKinds } : {}),
        ...sequence,
      },
    });
    await jobAccess.own(actor, job);
    return c.json({ jobId: job.id, job }, 202);
  });
  app.get('/api/synth/models', (c) => c.json({ models: studio.models(workspace(c)) }));
  app.get('/api/synth/models/:id', (c) => c.json(studio.model(workspace(c), id(c))));
  app.get('/api/synth/models/:id/file', (c) =>
    fileResponse(c, { path: studio.modelFile(workspace(c), id(c)), type: 'application/json', download: `${id(c)}.json` }),
  );
  app.delete('/api/synth/models/:id', (c) => {
    const actor = requireRole(c, 'build');
    studio.removeModel(actor.workspace, id(c));
    return c.json({ deleted: id(c) });
  });
  app.post('/api/synth/models/:id/samples', async (c) => {
    const actor = requireRole(c, 'build');
    const body = await parseJsonBody(c, sampleSchema);
    const conditions = body.conditions
      ? Object.fromEntries(Object.entries(body.conditions).map(([key, value]) => [key, String(value)]))
      : undefined;
    const job = studio.sample({
      workspace: actor.workspace,
      modelId: id(c),
      ...(body.name ? { name: body.name } : {}),
      options: {
        rows: body.rows,
        ...(body.seed !== undefined ? { seed: body.seed } : {}),
        ...(conditions ? { conditions } : {}),
        ...(body.sequences !== undefined ? { sequences: body.sequences } : {}),
      },
    });
    await jobAccess.own(actor, job);
    return c.json({ jobId: job.id, job }, 202);
  });

  app.post('/api/synth/reports', async (c) => {
    const actor = requireRole(c, 'build');
    const body = await parseJsonBody(c, reportSchema);
    const job = studio.report({ workspace: actor.workspace, ...body });
    await jobAccess.own(actor, job);
    return c.json({ jobId: job.id, job }, 202);
  });
  app.get('/api/synth/reports', (c) => c.json({ reports: studio.reports(workspace(c)) }));
  app.get('/api/synth/reports/:id', (c) => {
    studio.reportRecord(workspace(c), id(c));
    return fileResponse(c, { path: studio.reportFile(workspace(c), id(c), 'json'), type: 'application/json' });
  });
  app.get('/api/synth/reports/:id/html', (c) =>
    fileResponse(c, { path: studio.reportFile(workspace(c), id(c), 'html'), type: 'text/html; charset=utf-8' }),
  );
}
