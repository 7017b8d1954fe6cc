// The OpenAPI 3.1 document at /api/openapi.json; request bodies come straight from the zod schemas that validate them.
import { z } from 'zod';
import { version } from '../../core/index.ts';
import { chatCompletionRequestSchema, embeddingRequestSchema } from '../v1/chat-schema.ts';
import { assistantDefinitionSchema } from '../../assistants/index.ts';
import { agentReplySchema, agentSchema, installSchema, turnSchema } from './assistant-routes.ts';
import { askSchema, createBaseSchema, documentsSchema, searchSchema } from './knowledge-routes.ts';
import { reviewEditSchema, reviewNoteSchema } from './review-routes.ts';
import { createKeySchema } from './key-routes.ts';
import { createWorkspaceSchema } from './workspace-routes.ts';
import { guardInjectionSchema, guardRedactSchema, guardRestoreSchema, guardScanSchema } from './guard-routes.ts';
import { addDatasetSchema, fitSchema, reportSchema, sampleSchema } from './synth-routes.ts';

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['type', 'message', 'code'],
      properties: { type: { type: 'string' }, message: { type: 'string' }, param: { type: ['string', 'null'] }, code: { type: 'string' } },
    },
  },
};

const errors = Object.fromEntries(
  ['400', '401', '404', '413', '422', '429', '500'].map((status) => [
    status,
    { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  ]),
);

function jsonOperation(options: { summary: string; tag: string; requestSchema?: string; description?: string }) {
  return {
    summary: options.summary,
    tags: [options.tag],
    ...(options.description ? { description: options.description } : {}),
    ...(options.requestSchema
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${options.requestSchema}` } } },
          },
        }
      : {}),
    responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } }, ...errors },
  };
}

const nameParameter = { name: 'name', in: 'path', required: true, schema: { type: 'string' } };
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

let cached: object | undefined;

/** Built once, on first request. */
export function openApiDocument(): object {
  cached ??= {
    openapi: '3.1.0',
    info: { title: 'genstack API', version, description: 'OpenAI-compatible /v1 plus the genstack platform API.' },
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API key from `genstack keys create` (required when not bound to loopback).',
        },
      },
      schemas: {
        Error: errorSchema,
        ChatCompletionRequest: z.toJSONSchema(chatCompletionRequestSchema, { unrepresentable: 'any' }),
        EmbeddingRequest: z.toJSONSchema(embeddingRequestSchema, { unrepresentable: 'any' }),
        CreateKnowledgeBase: z.toJSONSchema(createBaseSchema, { unrepresentable: 'any' }),
        KnowledgeDocuments: z.toJSONSchema(documentsSchema, { unrepresentable: 'any' }),
        KnowledgeSearch: z.toJSONSchema(searchSchema, { unrepresentable: 'any' }),
        KnowledgeAsk: z.toJSONSchema(askSchema, { unrepresentable: 'any' }),
        AssistantDefinition: z.toJSONSchema(assistantDefinitionSchema, { unrepresentable: 'any', io: 'input' }),
        AssistantTurn: z.toJSONSchema(turnSchema, { unrepresentable: 'any' }),
        HandoffAgent: z.toJSONSchema(agentSchema, { unrepresentable: 'any' }),
        HandoffReply: z.toJSONSchema(agentReplySchema, { unrepresentable: 'any' }),
        BlueprintInstall: z.toJSONSchema(installSchema, { unrepresentable: 'any' }),
        CreateApiKey: z.toJSONSchema(createKeySchema, { unrepresentable: 'any' }),
        CreateWorkspace: z.toJSONSchema(createWorkspaceSchema, { unrepresentable: 'any' }),
        SynthDataset: z.toJSONSchema(addDatasetSchema, { unrepresentable: 'any' }),
        SynthFit: z.toJSONSchema(fitSchema, { unrepresentable: 'any' }),
        SynthSample: z.toJSONSchema(sampleSchema, { unrepresentable: 'any' }),
        SynthReport: z.toJSONSchema(reportSchema, { unrepresentable: 'any' }),
      },
    },
    security: [{ bearer: [] }, {}],
    paths: {
      '/v1/models': { get: jsonOperation({ summary: 'List models', tag: 'openai' }) },
      '/v1/models/{id}': {
        get: {
          ...jsonOperation({ summary: 'Describe a model', tag: 'openai' }),
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        },
      },
      '/v1/chat/completions': {
        post: jsonOperation({
          summary: 'Chat completion (JSON or SSE stream ending in `data: [DONE]`)',
          tag: 'openai',
          requestSchema: 'ChatCompletionRequest',
        }),
      },
      '/v1/embeddings': {
        post: jsonOperation({ summary: 'Embeddings (float or base64)', tag: 'openai', requestSchema: 'EmbeddingRequest' }),
      },
      '/api/health': { get: jsonOperation({ summary: 'Liveness', tag: 'platform' }) },
      '/api/version': { get: jsonOperation({ summary: 'Version', tag: 'platform' }) },
      '/api/models': { get: jsonOperation({ summary: 'Registered models with providers, aliases and fallbacks', tag: 'platform' }) },
      '/api/models/{id}': {
        get: {
          ...jsonOperation({ summary: 'One registered model', tag: 'platform' }),
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        },
      },
      '/api/openapi.json': { get: jsonOperation({ summary: 'This document', tag: 'platform' }) },
      '/api/synth/synthesizers': { get: jsonOperation({ summary: 'Synthesizers and what each is for', tag: 'synth' }) },
      '/api/synth/catalog': { get: jsonOperation({ summary: 'Blueprint datasets (finance, healthcare, manufacturing)', tag: 'synth' }) },
      '/api/synth/datasets': {
        get: jsonOperation({ summary: 'List datasets', tag: 'synth' }),
        post: jsonOperation({
          summary: 'Add a dataset → record with inferred columns',
          tag: 'synth',
          requestSchema: 'SynthDataset',
          description:
            'JSON `{name, csv}` or `{blueprint, rows?, seed?}`, the CSV itself as text/csv with `?name=`, or a multipart/form-data file.',
        }),
      },
      '/api/synth/datasets/{id}': {
        get: { ...jsonOperation({ summary: 'A dataset with its schema and first rows', tag: 'synth' }), parameters: [idParameter] },
        delete: { ...jsonOperation({ summary: 'Delete a dataset', tag: 'synth' }), parameters: [idParameter] },
      },
      '/api/synth/datasets/{id}/csv': {
        get: { ...jsonOperation({ summary: 'Download a dataset as CSV', tag: 'synth' }), parameters: [idParameter] },
      },
      '/api/synth/models': {
        get: jsonOperation({ summary: 'List fitted models', tag: 'synth' }),
        post: jsonOperation({
          summary: 'Fit a synthesizer as a job → {jobId}; the job result is {modelId}',
          tag: 'synth',
          requestSchema: 'SynthFit',
        }),
      },
      '/api/synth/models/{id}': {
        get: { ...jsonOperation({ summary: 'A fitted model', tag: 'synth' }), parameters: [idParameter] },
        delete: { ...jsonOperation({ summary: 'Delete a model', tag: 'synth' }), parameters: [idParameter] },
      },
      '/api/synth/models/{id}/file': {
        get: { ...jsonOperation({ summary: 'Download the model file (versioned JSON)', tag: 'synth' }), parameters: [idParameter] },
      },
      '/api/synth/models/{id}/samples': {
        post: {
          ...jsonOperation({
            summary: 'Sample rows as a job → {jobId}; the job result is {datasetId}',
            tag: 'synth',
            requestSchema: 'SynthSample',
          }),
          parameters: [idParameter],
        },
      },
      '/api/synth/reports': {
        get: jsonOperation({ summary: 'List reports', tag: 'synth' }),
        post: jsonOperation({
          summary: 'Quality, privacy and utility report as a job → {jobId}; the job result is {reportId, summary}',
          tag: 'synth',
          requestSchema: 'SynthReport',
        }),
      },
      '/api/synth/reports/{id}': { get: { ...jsonOperation({ summary: 'A report as JSON', tag: 'synth' }), parameters: [idParameter] } },
      '/api/synth/reports/{id}/html': {
        get: { ...jsonOperation({ summary: 'A report as one self-contained HTML page', tag: 'synth' }), parameters: [idParameter] },
      },
      '/api/kb': {
        get: jsonOperation({ summary: 'List knowledge bases', tag: 'knowledge' }),
        post: jsonOperation({ summary: 'Create a knowledge base', tag: 'knowledge', requestSchema: 'CreateKnowledgeBase' }),
      },
      '/api/kb/{name}': {
        get: { ...jsonOperation({ summary: 'Statistics of a knowledge base', tag: 'knowledge' }), parameters: [nameParameter] },
        delete: { ...jsonOperation({ summary: 'Delete a knowledge base', tag: 'knowledge' }), parameters: [nameParameter] },
      },
      '/api/kb/{name}/documents': {
        post: {
          ...jsonOperation({
            summary: 'Ingest documents as a job → {jobId}',
            tag: 'knowledge',
            requestSchema: 'KnowledgeDocuments',
            description:
              'JSON `{documents:[{path,title,text}]}`, or multipart/form-data with files (txt, md, html, pdf, docx, csv, json, jsonl).',
          }),
          parameters: [nameParameter],
        },
        delete: {
          ...jsonOperation({ summary: 'Remove one source document', tag: 'knowledge' }),
          parameters: [nameParameter, { name: 'path', in: 'query', required: true, schema: { type: 'string' } }],
        },
      },
      '/api/kb/{name}/search': {
        post: {
          ...jsonOperation({
            summary: 'Hybrid search → {results:[{chunkId,docId,score,text,source}]}',
            tag: 'knowledge',
            requestSchema: 'KnowledgeSearch',
          }),
          parameters: [nameParameter],
        },
      },
      '/api/kb/{name}/ask': {
        post: {
          ...jsonOperation({ summary: 'Answer with citations → {answer, citations}', tag: 'knowledge', requestSchema: 'KnowledgeAsk' }),
          parameters: [nameParameter],
        },
      },
      '/api/assistants': { get: jsonOperation({ summary: 'List assistants (each is also the model assistant:<id>)', tag: 'assistants' }) },
      '/api/assistants/{id}': {
        get: { ...jsonOperation({ summary: 'An assistant’s definition', tag: 'assistants' }), parameters: [idParameter] },
        put: {
          ...jsonOperation({ summary: 'Add or replace a user-defined assistant', tag: 'assistants', requestSchema: 'AssistantDefinition' }),
          parameters: [idParameter],
        },
        delete: { ...jsonOperation({ summary: 'Remove a user-defined assistant', tag: 'assistants' }), parameters: [idParameter] },
      },
      '/api/assistants/{id}/guard-policy': {
        get: {
          ...jsonOperation({
            summary: 'The guard policy a turn of this assistant runs under (global merged with its own; builder or admin)',
            tag: 'assistants',
          }),
          parameters: [idParameter],
        },
      },
      '/api/assistants/{id}/turns': {
        post: {
          ...jsonOperation({
            summary: 'One turn → {conversationId, reply, toolCalls, pendingConfirmation, handoff}',
            tag: 'assistants',
            requestSchema: 'AssistantTurn',
          }),
          parameters: [idParameter],
        },
      },
      '/api/conversations': { get: jsonOperation({ summary: 'List conversations (?assistant&status&limit)', tag: 'assistants' }) },
      '/api/conversations/{id}': {
        get: {
          ...jsonOperation({ summary: 'A conversation with its messages and tool calls', tag: 'assistants' }),
          parameters: [idParameter],
        },
      },
      '/api/handoffs': { get: jsonOperation({ summary: 'The human handoff queue (?status=waiting|taken|closed)', tag: 'assistants' }) },
      '/api/handoffs/{id}': {
        get: { ...jsonOperation({ summary: 'A handoff with the transcript', tag: 'assistants' }), parameters: [idParameter] },
      },
      '/api/handoffs/{id}/take': {
        post: {
          ...jsonOperation({ summary: 'An agent takes the conversation', tag: 'assistants', requestSchema: 'HandoffAgent' }),
          parameters: [idParameter],
        },
      },
      '/api/handoffs/{id}/messages': {
        post: {
          ...jsonOperation({ summary: 'The agent replies', tag: 'assistants', requestSchema: 'HandoffReply' }),
          parameters: [idParameter],
        },
      },
      '/api/handoffs/{id}/close': {
        post: {
          ...jsonOperation({ summary: 'Hand the conversation back to the assistant', tag: 'assistants', requestSchema: 'HandoffAgent' }),
          parameters: [idParameter],
        },
      },
      '/api/blueprints': { get: jsonOperation({ summary: 'Shipped blueprints and what is installed', tag: 'blueprints' }) },
      '/api/blueprints/{name}/install': {
        post: {
          ...jsonOperation({
            summary: 'Install sample data or a folder on the server (all-or-nothing), ingest its knowledge',
            tag: 'blueprints',
            requestSchema: 'BlueprintInstall',
          }),
          parameters: [nameParameter],
        },
      },
      '/api/guard/policy': {
        get: jsonOperation({ summary: 'The global guard policy in effect, defaults filled (builder or admin)', tag: 'guard' }),
      },
      '/api/guard/scan': {
        post: {
          ...jsonOperation({ summary: 'Find PII in a text (ko/en): {findings: [{type, start, end, text, score}]}', tag: 'guard' }),
          requestBody: {
            required: true,
            content: { 'application/json': { schema: z.toJSONSchema(guardScanSchema, { unrepresentable: 'any' }) } },
          },
        },
      },
      '/api/guard/redact': {
        post: {
          ...jsonOperation({
            summary: 'Mask ([PHONE_1]) or redact ([PHONE]) the PII in a text: {text, findings}, each finding with its placeholder',
            tag: 'guard',
          }),
          requestBody: {
            required: true,
            content: { 'application/json': { schema: z.toJSONSchema(guardRedactSchema, { unrepresentable: 'any' }) } },
          },
        },
      },
      '/api/guard/injection': {
        post: {
          ...jsonOperation({
            summary:
              'Check a text for prompt injection as a user message (direct) or a passage or tool result (indirect): {source, action, detected, score, findings}',
            tag: 'guard',
          }),
          requestBody: {
            required: true,
            content: { 'application/json': { schema: z.toJSONSchema(guardInjectionSchema, { unrepresentable: 'any' }) } },
          },
        },
      },
      '/api/guard/restore': {
        post: {
          ...jsonOperation({
            summary: "Put the originals back for the placeholders of a mask call's findings (e.g. in a model's reply): {text}",
            tag: 'guard',
          }),
          requestBody: {
            required: true,
            content: { 'application/json': { schema: z.toJSONSchema(guardRestoreSchema, { unrepresentable: 'any' }) } },
          },
        },
      },
      '/api/audit': {
        get: {
          ...jsonOperation({ summary: 'Audit records in seq order (admin; ?workspace&event&since&until&limit&afterSeq)', tag: 'audit' }),
          parameters: ['workspace', 'event', 'since', 'until', 'limit', 'afterSeq'].map((name) => ({
            name,
            in: 'query',
            schema: { type: 'string' },
          })),
        },
      },
      '/api/audit/verify': {
        get: jsonOperation({
          summary: 'Recheck the hash chain and head anchors → {ok, checked, problems:[{seq, kind, detail}]}',
          tag: 'audit',
        }),
      },
      '/api/audit/export': {
        get: {
          summary: 'JSONL export: header, one record per line, trailer (admin; ?workspace&event&since&until)',
          tags: ['audit'],
          responses: { '200': { description: 'JSONL', content: { 'application/x-ndjson': { schema: { type: 'string' } } } }, ...errors },
        },
      },
      '/api/reviews': {
        get: jsonOperation({ summary: 'Outputs held for human review (?status=pending|approved|edited|rejected)', tag: 'reviews' }),
      },
      '/api/reviews/{id}': { get: { ...jsonOperation({ summary: 'One held output', tag: 'reviews' }), parameters: [idParameter] } },
      '/api/reviews/{id}/approve': {
        post: {
          ...jsonOperation({ summary: 'Approve: the original output is delivered', tag: 'reviews' }),
          parameters: [idParameter],
          requestBody: { content: { 'application/json': { schema: z.toJSONSchema(reviewNoteSchema, { unrepresentable: 'any' }) } } },
        },
      },
      '/api/reviews/{id}/edit': {
        post: {
          ...jsonOperation({ summary: 'Edit: the reviewer’s text is delivered instead', tag: 'reviews' }),
          parameters: [idParameter],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: z.toJSONSchema(reviewEditSchema, { unrepresentable: 'any' }) } },
          },
        },
      },
      '/api/reviews/{id}/reject': {
        post: {
          ...jsonOperation({ summary: 'Reject: nothing is delivered', tag: 'reviews' }),
          parameters: [idParameter],
          requestBody: { content: { 'application/json': { schema: z.toJSONSchema(reviewNoteSchema, { unrepresentable: 'any' }) } } },
        },
      },
      '/api/jobs': { get: jsonOperation({ summary: 'List jobs (?kind&status&limit)', tag: 'jobs' }) },
      '/api/keys': {
        get: jsonOperation({ summary: 'API keys of the workspace with their usage (admin; ?workspace for the operator)', tag: 'keys' }),
        post: jsonOperation({
          summary: 'Create an API key; the secret is in this answer only (admin)',
          tag: 'keys',
          requestSchema: 'CreateApiKey',
        }),
      },
      '/api/keys/{idOrName}': {
        delete: {
          ...jsonOperation({ summary: 'Revoke an API key (admin)', tag: 'keys' }),
          parameters: [{ name: 'idOrName', in: 'path', required: true, schema: { type: 'string' } }],
        },
      },
      '/api/workspaces': {
        get: jsonOperation({ summary: 'List workspaces (operator: an admin key of default)', tag: 'keys' }),
        post: jsonOperation({ summary: 'Create a workspace (operator)', tag: 'keys', requestSchema: 'CreateWorkspace' }),
      },
      '/api/jobs/{id}': { get: { ...jsonOperation({ summary: 'A job and its items', tag: 'jobs' }), parameters: [idParameter] } },
      '/api/jobs/{id}/events': {
        get: {
          summary: 'Job progress as server-sent events (status, progress, item); ends at a final status',
          tags: ['jobs'],
          parameters: [idParameter],
          responses: { '200': { description: 'SSE stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...errors },
        },
      },
      '/api/jobs/{id}/cancel': { post: { ...jsonOperation({ summary: 'Cancel a job', tag: 'jobs' }), parameters: [idParameter] } },
      '/api/jobs/{id}/retry': {
        post: { ...jsonOperation({ summary: 'Retry the failed items of a job', tag: 'jobs' }), parameters: [idParameter] },
      },
    },
  };
  return cached;
}
