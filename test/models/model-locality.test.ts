// Which models count as local for data-aware routing: in-process engines, loopback servers and servers declared local.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isLocalModel } from '../../src/models/index.ts';

test('builtin and llama models are local', () => {
  assert.equal(isLocalModel({ provider: 'builtin', settings: {} }), true);
  assert.equal(isLocalModel({ provider: 'llama', settings: { path: '/models/qwen.gguf' } }), true);
});

test('an OpenAI-compatible server is local only on loopback or when declared local', () => {
  assert.equal(isLocalModel({ provider: 'openai', settings: { baseURL: 'http://127.0.0.1:11434/v1' } }), true);
  assert.equal(isLocalModel({ provider: 'openai', settings: { baseURL: 'http://localhost:8000/v1' } }), true);
  assert.equal(isLocalModel({ provider: 'openai', settings: { baseURL: 'https://api.openai.com/v1' } }), false);
  assert.equal(isLocalModel({ provider: 'openai', settings: { baseURL: 'http://vllm.internal:8000/v1', local: true } }), true);
  assert.equal(isLocalModel({ provider: 'openai', settings: { baseURL: 'not a url' } }), false);
  assert.equal(isLocalModel({ provider: 'openai', settings: { baseURL: 'http://127.0.0.1:9000/v1', local: false } }), false);
});
