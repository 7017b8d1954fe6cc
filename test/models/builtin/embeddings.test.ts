// Builtin embeddings: deterministic, normalised, similar texts closer than unrelated ones (ko and en), dimensions option.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_EMBEDDING_DIMENSIONS, cosineSimilarity, createBuiltinProvider } from '../../../src/models/builtin/index.ts';

const model = createBuiltinProvider().embeddingModel?.('builtin-embed', {});
if (!model) throw new Error('The builtin provider has no embedding model.');

async function embed(input: string[], dimensions?: number): Promise<number[][]> {
  return (await model!.embed(dimensions === undefined ? { input } : { input, dimensions })).embeddings;
}

const norm = (vector: number[]): number => Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));

describe('builtin embeddings', () => {
  test('vectors have the advertised size, unit length, and never change', async () => {
    assert.equal(model.dimensions, BUILTIN_EMBEDDING_DIMENSIONS);
    const [first] = await embed(['배송 상태 조회']);
    const [again] = await embed(['배송 상태 조회']);
    assert.equal(first?.length, 384);
    assert.ok(Math.abs(norm(first ?? []) - 1) < 1e-9);
    assert.deepEqual(first, again);
  });

  const triples: Array<[string, string, string]> = [
    ['배송 조회는 어떻게 하나요?', '배송 상태를 조회하는 방법', '환불 규정이 궁금해요'],
    ['엔진오일 교체 주기', '엔진 오일은 언제 교체하나요', '요금제 변경 방법'],
    ['How do I track my delivery?', 'tracking a delivery status', 'What is your refund policy?'],
    ['The cat sat on the mat', 'A cat is sitting on a mat', 'Stock markets fell sharply today'],
  ];
  for (const [anchor, similar, unrelated] of triples) {
    test(`"${anchor}" is closer to "${similar}" than to "${unrelated}"`, async () => {
      const [a, b, c] = await embed([anchor, similar, unrelated]);
      assert.ok(cosineSimilarity(a ?? [], b ?? []) > cosineSimilarity(a ?? [], c ?? []) + 0.1);
    });
  }

  test('dimensions truncates and re-normalises', async () => {
    const [full] = await embed(['knowledge base']);
    const [short] = await embed(['knowledge base'], 64);
    assert.equal(short?.length, 64);
    assert.ok(Math.abs(norm(short ?? []) - 1) < 1e-9);
    const scale = norm((full ?? []).slice(0, 64));
    assert.ok(Math.abs((short?.[0] ?? 0) - (full?.[0] ?? 0) / scale) < 1e-12);
  });

  test('out-of-range dimensions are an invalid request', async () => {
    await assert.rejects(embed(['x'], 1000), (error: unknown) => (error as { code?: string; param?: string }).param === 'dimensions');
    await assert.rejects(embed(['x'], 0), (error: unknown) => (error as { code?: string }).code === 'invalid_request');
  });

  test('usage counts tokens of the input', async () => {
    const result = await model.embed({ input: ['hello world', '안녕하세요'] });
    assert.equal(result.usage.promptTokens, 5);
    assert.equal(result.usage.totalTokens, 5);
  });
});
