// The test GGUF writer: node-llama-cpp's own reader parses what it writes, and a seed makes it byte-for-byte reproducible.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGgufFileInfo } from 'node-llama-cpp';
import { writeTinyGguf } from '../../helpers/gguf-writer.ts';
import { tinyVocabulary } from '../../helpers/tiny-model.ts';

let directory: string;
before(() => (directory = mkdtempSync(join(tmpdir(), 'genstack-gguf-'))));
after(() => rmSync(directory, { recursive: true, force: true }));

test('writes llama metadata, a byte-fallback vocabulary and tensors in ggml order', async () => {
  const path = join(directory, 'tiny.gguf');
  writeTinyGguf(path, { embeddingLength: 32, blockCount: 3, headCount: 4, headCountKv: 2, feedForwardLength: 48 });
  const info = await readGgufFileInfo(path, { readTensorInfo: true });
  assert.equal(info.version, 3);
  const metadata = info.metadata as unknown as Record<string, Record<string, unknown>>;
  assert.equal(metadata['general']?.['architecture'], 'llama');
  assert.equal(metadata['llama']?.['embedding_length'], 32);
  assert.equal(metadata['llama']?.['block_count'], 3);
  const tokenizer = metadata['tokenizer'] as { ggml: { tokens: string[]; token_type: number[] }; chat_template: string };
  assert.equal(tokenizer.ggml.tokens.indexOf('<0x00>'), 5);
  assert.equal(tokenizer.ggml.token_type[5], 6);
  assert.match(tokenizer.chat_template, /<\|im_start\|>/);
  const vocabularySize = tinyVocabulary().tokens.length;
  const tensors = new Map(info.fullTensorInfo?.map((tensor) => [tensor.name, tensor.dimensions.map(Number)]));
  assert.equal(tensors.size, 2 + 9 * 3 + 1);
  assert.deepEqual(tensors.get('token_embd.weight'), [32, vocabularySize]);
  assert.deepEqual(tensors.get('blk.2.attn_k.weight'), [32, 16]);
  assert.deepEqual(tensors.get('blk.0.ffn_down.weight'), [48, 32]);
});

test('the same seed writes the same bytes; another seed does not', () => {
  const paths = ['a', 'b', 'c'].map((name) => join(directory, `${name}.gguf`));
  writeTinyGguf(paths[0] ?? '', { seed: 11 });
  writeTinyGguf(paths[1] ?? '', { seed: 11 });
  writeTinyGguf(paths[2] ?? '', { seed: 12 });
  const [a, b, c] = paths.map((path) => readFileSync(path));
  assert.ok(a?.equals(b ?? Buffer.alloc(0)));
  assert.ok(!a?.equals(c ?? Buffer.alloc(0)));
  assert.equal(a?.length, c?.length);
});

test('chatTemplate "" leaves the template out', async () => {
  const path = join(directory, 'plain.gguf');
  writeTinyGguf(path, { chatTemplate: '' });
  const info = await readGgufFileInfo(path);
  assert.equal((info.metadata as unknown as { tokenizer: { chat_template?: string } }).tokenizer.chat_template, undefined);
});
