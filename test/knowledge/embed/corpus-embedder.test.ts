import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createCorpusEmbedder,
  embedTerms,
  fitRandomIndexing,
  deserializeModel,
  serializeModel,
} from '../../../src/knowledge/embed/index.ts';
import { searchKnowledge } from '../../../src/knowledge/retrieve/index.ts';
import type { KnowledgeStore } from '../../../src/knowledge/store/index.ts';
import type { KnowledgeEmbedder } from '../../../src/knowledge/embed/index.ts';
import { builtinEmbedding, documentOf, openKnowledgeFixture } from '../store/knowledge-fixtures.ts';

async function ingest(options: { knowledge: KnowledgeStore; embedder: KnowledgeEmbedder; kb: string; documents: Record<string, string> }) {
  for (const [path, text] of Object.entries(options.documents)) {
    const input = documentOf({ path, text });
    const vectors = await options.embedder.embedDocuments({ kb: options.kb, texts: input.chunks.map((chunk) => chunk.text) });
    options.knowledge.upsertDocument({ kb: options.kb, ...input, vectors });
  }
}

const koreanCorpus = {
  'returns-1.md': '반품 및 환불 안내: 상품 수령 후 반품을 신청하면 환불이 진행됩니다.',
  'returns-2.md': '반품 접수가 완료되면 환불 금액은 카드사로 돌려드립니다.',
  'returns-3.md': '환불 요청 시 반품 송장 번호를 함께 알려 주세요.',
  'returns-4.md': '반품 상품이 창고에 도착하면 환불을 처리합니다.',
  'target.md': '반품 절차: 상자에 상품을 담아 택배 기사에게 전달하세요.',
  'shipping.md': '배송 조회는 주문 번호로 할 수 있습니다. 택배 출발 알림을 보내 드립니다.',
  'account.md': '비밀번호를 잊으셨다면 로그인 화면에서 재설정하세요.',
  'points.md': '적립금은 구매 확정 후 지급되며 1년간 유효합니다.',
};

const englishCorpus = {
  'returns-1.md': 'Returns and refunds: once your return is received we issue the refund.',
  'returns-2.md': 'A refund is paid to the original card after the return is inspected.',
  'returns-3.md': 'To request a refund, start a return from your orders page.',
  'returns-4.md': 'Return shipping labels are free; the refund follows within days.',
  'target.md': 'How to return an item: pack it in the original box and drop it at a courier.',
  'shipping.md': 'Track your delivery with the order number; we email a courier notice.',
  'account.md': 'Forgot your password? Reset it from the sign-in screen.',
  'points.md': 'Loyalty points are credited after purchase and expire in a year.',
};

describe('corpus-learned embedding', () => {
  for (const [language, corpus, query] of [
    ['Korean', koreanCorpus, '환불'],
    ['English', englishCorpus, 'refund'],
  ] as const) {
    test(`${language}: a query ranks a co-occurring passage without the query word above unrelated ones`, async () => {
      const fixture = openKnowledgeFixture();
      try {
        const { knowledge } = fixture;
        knowledge.createBase({ name: 'kb', embedding: { ...builtinEmbedding, dimensions: 256 } });
        const embedder = createCorpusEmbedder({ store: knowledge });
        await ingest({ knowledge, embedder, kb: 'kb', documents: corpus });
        const target = corpus['target.md'];
        assert.ok(!target.toLowerCase().includes(query), 'the target shares no word with the query');
        const results = await searchKnowledge({
          store: knowledge,
          kb: 'kb',
          request: { query, k: 8, mode: 'vector' },
          embedQuery: (text) => embedder.embedQuery({ kb: 'kb', text }),
          rerank: false,
        });
        const paths = results.map((result) => result.source.path);
        const targetRank = paths.indexOf('target.md');
        assert.ok(targetRank >= 0, `target found: ${paths.join(', ')}`);
        for (const unrelated of ['account.md', 'points.md']) {
          const rank = paths.indexOf(unrelated);
          assert.ok(rank === -1 || rank > targetRank, `${unrelated} below target: ${paths.join(', ')}`);
        }
      } finally {
        await fixture.close();
      }
    });
  }

  test('refits when the corpus doubles, re-embeds every chunk and saves the model for queries', async () => {
    const fixture = openKnowledgeFixture();
    try {
      const { knowledge, store } = fixture;
      const base = knowledge.createBase({ name: '지식', embedding: builtinEmbedding });
      const embedder = createCorpusEmbedder({ store: knowledge });
      await ingest({ knowledge, embedder, kb: '지식', documents: { 'a.md': '환불 규정\n\n반품 기간' } });
      assert.equal(knowledge.loadEmbedder('지식')?.fittedChunks, 2);
      await ingest({ knowledge, embedder, kb: '지식', documents: { 'b.md': '배송 안내' } });
      assert.equal(knowledge.loadEmbedder('지식')?.fittedChunks, 2, 'no refit below double');
      await ingest({ knowledge, embedder, kb: '지식', documents: { 'c.md': '적립금 안내' } });
      assert.equal(knowledge.loadEmbedder('지식')?.fittedChunks, 4, 'refit at double');
      const vectorCount = store.database.prepare(`SELECT count(*) FROM kb_vec_${base.id}`).pluck().get();
      assert.equal(vectorCount, 4);
      // A fresh embedder (another process) reads the saved model and embeds a query the same way.
      const fresh = createCorpusEmbedder({ store: knowledge });
      const again = await fresh.embedQuery({ kb: '지식', text: '환불' });
      const first = await embedder.embedQuery({ kb: '지식', text: '환불' });
      assert.ok(again && first);
      assert.deepEqual([...again], [...first]);
      assert.equal(await fresh.embedQuery({ kb: '지식', text: 'zzzz' }), null, 'unknown words give no vector');
    } finally {
      await fixture.close();
    }
  });

  for (const maxFitChunks of [40_000, 3]) {
    test(`after refits every stored vector is its search text's embedding under the saved model (fit sample ≤ ${maxFitChunks})`, async () => {
      const fixture = openKnowledgeFixture();
      try {
        const { knowledge, store } = fixture;
        const base = knowledge.createBase({ name: '지식', embedding: builtinEmbedding });
        const embedder = createCorpusEmbedder({ store: knowledge, maxFitChunks });
        await ingest({ knowledge, embedder, kb: '지식', documents: koreanCorpus });
        const english = Object.entries(englishCorpus).map(([path, text]) => [`en/${path}`, text]);
        await ingest({ knowledge, embedder, kb: '지식', documents: Object.fromEntries(english) });
        const saved = knowledge.loadEmbedder('지식');
        assert.ok(saved && saved.fittedChunks >= 8, `refitted past the first documents: ${saved?.fittedChunks}`);
        const model = deserializeModel(saved.model);
        const stored = store.database.prepare(`SELECT rowid, embedding FROM kb_vec_${base.id}`).all() as Array<{
          rowid: number;
          embedding: Buffer;
        }>;
        const texts = new Map([...knowledge.searchTexts('지식')].map((row) => [row.rowid, row.text]));
        assert.equal(stored.length, texts.size);
        for (const row of stored) {
          const expected = embedTerms(model, texts.get(row.rowid)!.split(' '));
          const actual = new Float32Array(row.embedding.buffer, row.embedding.byteOffset, model.dimensions);
          if (expected) assert.deepEqual([...actual], [...expected]);
        }
      } finally {
        await fixture.close();
      }
    });
  }

  test('a model survives serialisation', () => {
    const model = fitRandomIndexing(
      () => [
        ['환불', '반품'],
        ['refund', 'return'],
        ['환불', 'refund'],
      ],
      { dimensions: 16, maxVocabulary: 10 },
    );
    const copy = deserializeModel(serializeModel(model));
    assert.deepEqual([...copy.vocabulary.keys()], [...model.vocabulary.keys()]);
    assert.deepEqual([...embedTerms(copy, ['환불'])!], [...embedTerms(model, ['환불'])!]);
  });
});
