// The llama provider's lifecycle: idle unload and reload, and clean 'model_load_failed' errors for bad files.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { GenstackError } from '../../../src/core/errors.ts';
import { createLlamaProvider, type LlamaProvider } from '../../../src/models/llama/index.ts';
import { writeTinyGguf } from '../../helpers/gguf-writer.ts';

const request = { messages: [{ role: 'user' as const, content: '안녕하세요, hello' }], maxTokens: 3 };
const settings = { contextSize: 256, parallel: 1, threads: 1 };

describe('llama provider lifecycle', () => {
  let directory: string;
  let path: string;
  let provider: LlamaProvider;

  before(() => {
    directory = mkdtempSync(join(tmpdir(), 'genstack-llama-life-'));
    path = join(directory, 'tiny.gguf');
    writeTinyGguf(path, { seed: 3, blockCount: 1 });
    provider = createLlamaProvider({ idleUnloadMs: 50 });
  });

  after(async () => {
    await provider.dispose();
    rmSync(directory, { recursive: true, force: true });
  });

  test('unloads an idle model and reloads it on the next request', async () => {
    const model = provider.chatModel('tiny', { path, ...settings });
    assert.equal((await model.generate(request)).finishReason, 'length');
    assert.deepEqual(provider.loadedModelPaths(), [path]);
    await sleep(300);
    assert.deepEqual(provider.loadedModelPaths(), []);
    assert.equal((await model.generate(request)).usage.completionTokens, 3);
    assert.deepEqual(provider.loadedModelPaths(), [path]);
  });

  test('a model in use is not unloaded, however long the request', async () => {
    const model = provider.chatModel('tiny', { path, ...settings });
    for await (const part of model.stream({ ...request, maxTokens: 4 })) {
      if (part.type === 'text-delta') await sleep(120);
      assert.deepEqual(provider.loadedModelPaths(), [path]);
    }
  });

  const failures: Array<[string, () => string]> = [
    ['a missing file', () => join(directory, 'missing.gguf')],
    [
      'a directory',
      () => {
        const folder = join(directory, 'folder.gguf');
        mkdirSync(folder, { recursive: true });
        return folder;
      },
    ],
    [
      'a file that is not GGUF',
      () => {
        const bad = join(directory, 'not-a-model.gguf');
        writeFileSync(bad, 'this is not a model '.repeat(50));
        return bad;
      },
    ],
    [
      'a truncated GGUF',
      () => {
        const truncated = join(directory, 'truncated.gguf');
        const bytes = readFileSync(path);
        writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
        return truncated;
      },
    ],
  ];
  for (const [name, makePath] of failures) {
    test(`${name} gives model_load_failed naming the path`, async () => {
      const badPath = makePath();
      const model = provider.chatModel('bad', { path: badPath, ...settings });
      await assert.rejects(model.generate(request), (error: GenstackError) => {
        assert.equal(error.code, 'model_load_failed');
        assert.ok(error.message.includes(badPath), error.message);
        return true;
      });
      const embedder = provider.embeddingModel('bad', { path: badPath });
      await assert.rejects(embedder.embed({ input: ['x'] }), (error: GenstackError) => error.code === 'model_load_failed');
      assert.ok(!provider.loadedModelPaths().includes(badPath));
    });
  }

  test('a load that failed is retried once the file is fixed', async () => {
    const later = join(directory, 'later.gguf');
    const model = provider.chatModel('later', { path: later, ...settings });
    await assert.rejects(model.generate(request), (error: GenstackError) => error.code === 'model_load_failed');
    writeTinyGguf(later, { seed: 3, blockCount: 1 });
    assert.equal((await model.generate(request)).finishReason, 'length');
  });

  test('dispose finishes after a failed load of a truncated GGUF (the engine would otherwise wait for a garbage collection)', async () => {
    const own = createLlamaProvider({ idleUnloadMs: 50 });
    const truncated = join(directory, 'truncated-for-dispose.gguf');
    const bytes = readFileSync(path);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await assert.rejects(own.chatModel('bad', { path: truncated, ...settings }).generate(request));
    await own.chatModel('tiny', { path, ...settings }).generate(request);
    const started = Date.now();
    await own.dispose();
    assert.ok(Date.now() - started < 10_000, `dispose took ${Date.now() - started} ms`);
  });
});
