// The provider factory: settings validation, defaults and the injected fetch.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createOpenAiProvider } from '../../../src/models/openai/index.ts';

describe('createOpenAiProvider', () => {
  test('is named openai and builds chat and embedding models with the registry id', () => {
    const provider = createOpenAiProvider();
    assert.equal(provider.name, 'openai');
    const chat = provider.chatModel!('local-qwen', { baseURL: 'http://127.0.0.1:11434/v1' });
    assert.equal(chat.provider, 'openai');
    assert.equal(chat.modelId, 'local-qwen');
    assert.equal(provider.embeddingModel!('e', { baseURL: 'http://127.0.0.1:11434/v1' }).dimensions, undefined);
  });

  test('rejects missing or non-http base URLs at build time with config_invalid', () => {
    const provider = createOpenAiProvider();
    assert.throws(() => provider.chatModel!('m', {}), { code: 'config_invalid', message: /'m'.*baseURL/s });
    assert.throws(() => provider.chatModel!('m', { baseURL: 'ftp://example.com' }), { code: 'config_invalid' });
    assert.throws(() => provider.embeddingModel!('m', { baseURL: 'http://x', headers: { a: 1 } }), { code: 'config_invalid' });
  });

  test('uses the injected fetch, with the upstream model name, normalised URL and a custom Authorization winning', async () => {
    const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      calls.push({ url: String(input), init });
      return new Response(JSON.stringify({ choices: [{ message: { content: '좋아요' }, finish_reason: 'stop' }] }), {
        headers: { 'content-type': 'application/json' },
      });
    };
    const settings = { baseURL: 'https://api.example.com/v1///', apiKey: 'a', model: 'gpt-4o-mini', headers: { Authorization: 'Token b' } };
    const model = createOpenAiProvider({ fetch }).chatModel!('fast', settings);
    assert.equal((await model.generate({ messages: [{ role: 'user', content: 'hi' }] })).text, '좋아요');
    assert.equal(calls[0]!.url, 'https://api.example.com/v1/chat/completions');
    assert.deepEqual(calls[0]!.init!.headers, { 'content-type': 'application/json', authorization: 'Token b' });
    assert.equal(JSON.parse(String(calls[0]!.init!.body)).model, 'gpt-4o-mini');
  });
});
