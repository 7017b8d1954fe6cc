// POST /v1/embeddings: float or base64 vectors, as the official clients expect; the tokens count against the key's budget.
import type { Hono } from 'hono';
import { GenstackError } from '../../core/index.ts';
import type { ModelRegistry } from '../../models/index.ts';
import type { AppEnv } from '../request-context.ts';
import { parseJsonBody } from '../validate.ts';
import { embeddingRequestSchema, type EmbeddingCompletionRequest } from './chat-schema.ts';

const maxInputCharacters = 100_000;

function inputTexts(input: EmbeddingCompletionRequest['input']): string[] {
  const texts = typeof input === 'string' ? [input] : input;
  return texts.map((text, index) => {
    if (typeof text !== 'string')
      throw new GenstackError({ code: 'invalid_request', message: 'Token-id input is not supported; send strings.', param: 'input' });
    if (text.length === 0)
      throw new GenstackError({ code: 'invalid_request', message: `input[${index}] is empty.`, param: `input[${index}]` });
    if (text.length > maxInputCharacters) {
      throw new GenstackError({
        code: 'payload_too_large',
        message: `input[${index}] is longer than ${maxInputCharacters} characters.`,
        param: `input[${index}]`,
      });
    }
    return text;
  });
}

function base64Vector(vector: number[]): string {
  return Buffer.from(new Float32Array(vector).buffer).toString('base64');
}

export function registerEmbeddings(app: Hono<AppEnv>, options: { models: ModelRegistry }): void {
  app.post('/v1/embeddings', async (c) => {
    const body = await parseJsonBody(c, embeddingRequestSchema);
    const model = options.models.embedding(body.model);
    const { tokens } = c.get('context');
    await tokens?.check();
    const result = await model.embed({
      input: inputTexts(body.input),
      signal: c.get('context').signal,
      ...(body.dimensions ? { dimensions: body.dimensions } : {}),
    });
    await tokens?.charge(result.usage.totalTokens);
    const encode = body.encoding_format === 'base64' ? base64Vector : (vector: number[]) => vector;
    return c.json({
      object: 'list',
      data: result.embeddings.map((embedding, index) => ({ object: 'embedding', index, embedding: encode(embedding) })),
      model: body.model,
      usage: { prompt_tokens: result.usage.promptTokens, total_tokens: result.usage.totalTokens },
    });
  });
}
