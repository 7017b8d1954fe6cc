// The openai embedding model against a real local HTTP server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createOpenAiProvider } from '../../../src/models/openai/index.ts';
import type { EmbeddingModel } from '../../../src/models/types.ts';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';

let upstream: FakeUpstream;
let model: EmbeddingModel;

before(async () => {
  upstream = await startFakeUpstream();
  model = createOpenAiProvider().embeddingModel!('bge-m3', { baseURL: upstream.baseURL, apiKey: 'k', dimensions: 3 });
});
after(() => upstream.close());

describe('openai embedding model', () => {
  test('posts model, input and dimensions, and orders vectors by index', async () => {
    upstream.reply({
      type: 'json',
      body: {
        object: 'list',
        data: [
          { object: 'embedding', index: 1, embedding: [0, 1, 0] },
          { object: 'embedding', index: 0, embedding: [1, 0, 0] },
        ],
        usage: { prompt_tokens: 9, total_tokens: 9 },
      },
    });
    const result = await model.embed({ input: ['배송 조회', 'track my order'], dimensions: 3 });
    assert.deepEqual(result, {
      embeddings: [
        [1, 0, 0],
        [0, 1, 0],
      ],
      usage: { promptTokens: 9, totalTokens: 9 },
    });
    const request = upstream.requests.at(-1)!;
    assert.equal(request.path, '/v1/embeddings');
    assert.equal(request.headers['authorization'], 'Bearer k');
    assert.deepEqual(request.body, { model: 'bge-m3', input: ['배송 조회', 'track my order'], dimensions: 3 });
    assert.equal(model.dimensions, 3);
  });

  test('without index or usage (some servers) keeps the listed order and zero usage', async () => {
    upstream.reply({ type: 'json', body: { data: [{ embedding: [0.5] }, { embedding: [0.25] }] } });
    assert.deepEqual(await model.embed({ input: ['a', 'b'] }), { embeddings: [[0.5], [0.25]], usage: { promptTokens: 0, totalTokens: 0 } });
    assert.equal('dimensions' in (upstream.requests.at(-1)!.body as object), false);
  });

  test('a wrong number of vectors or a duplicate index is an upstream_error', async () => {
    upstream.reply(
      { type: 'json', body: { data: [{ index: 0, embedding: [1] }] } },
      {
        type: 'json',
        body: {
          data: [
            { index: 0, embedding: [1] },
            { index: 0, embedding: [2] },
          ],
        },
      },
    );
    await assert.rejects(model.embed({ input: ['a', 'b'] }), { code: 'upstream_error', message: /1 embeddings for 2 inputs/ });
    await assert.rejects(model.embed({ input: ['a', 'b'] }), { code: 'upstream_error', message: /bad embedding index 0/ });
  });

  test('an empty input returns at once without a request', async () => {
    const before = upstream.requests.length;
    assert.deepEqual(await model.embed({ input: [] }), { embeddings: [], usage: { promptTokens: 0, totalTokens: 0 } });
    assert.equal(upstream.requests.length, before);
  });

  test('HTTP errors are classified as for chat', async () => {
    upstream.reply({ type: 'json', status: 404, body: { error: { message: 'model "bge-m3" not found' } } });
    await assert.rejects(model.embed({ input: ['x'] }), { code: 'model_not_found', message: 'model "bge-m3" not found' });
  });
});
