// Which models count as local for data-aware routing: in-process engines, loopback servers and servers declared local.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinEntries, createModelRegistry, isLocalChatModel, isLocalModel } from '../../src/models/index.ts';
import { createBuiltinProvider } from '../../src/models/builtin/index.ts';
import { createOpenAiProvider } from '../../src/models/openai/index.ts';

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

test('the registry decides locality once per registration and follows aliases; re-registering re-decides it', () => {
  const registry = createModelRegistry({
    providers: [createBuiltinProvider(), createOpenAiProvider()],
    entries: [
      ...builtinEntries,
      { id: 'ollama', provider: 'openai', settings: { baseURL: 'http://127.0.0.1:11434/v1' } },
      { id: 'cloud', provider: 'openai', settings: { baseURL: 'https://api.openai.com/v1', apiKey: 'sk-test' } },
    ],
    aliases: { '한국어-모델': 'ollama', remote: 'cloud' },
  });
  assert.equal(registry.isLocal('builtin'), true);
  assert.equal(isLocalChatModel(registry, '한국어-모델'), true);
  assert.equal(isLocalChatModel(registry, 'remote'), false);
  // genstack's own prefixed models (knowledge bases, assistants) run in this process.
  assert.equal(isLocalChatModel(registry, 'kb:faq'), true);
  registry.register({ id: 'ollama', provider: 'openai', settings: { baseURL: 'http://127.0.0.1:11434/v1', local: false } });
  assert.equal(isLocalChatModel(registry, '한국어-모델'), false);
  assert.throws(() => registry.isLocal('nope'), { code: 'model_not_found' });
});
