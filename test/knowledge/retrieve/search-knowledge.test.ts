import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createCorpusEmbedder } from '../../../src/knowledge/embed/index.ts';
import { searchKnowledge, matchExpression } from '../../../src/knowledge/retrieve/index.ts';
import type { SearchRequest } from '../../../src/knowledge/types.ts';
import { builtinEmbedding, documentOf, openKnowledgeFixture, type KnowledgeFixture } from '../store/knowledge-fixtures.ts';

const documents = [
  {
    path: 'ko/plans.md',
    tags: ['billing'],
    date: '2024-01-10',
    text: '요금제를 변경하려면 마이페이지에서 신청하세요.\n\n요금은 매월 1일에 청구됩니다.',
  },
  {
    path: 'ko/refunds.md',
    tags: ['billing', 'refund'],
    date: '2024-03-05',
    text: '환불은 7일 이내에 신청할 수 있습니다.\n\n환불하려면 영수증이 필요합니다.',
  },
  { path: 'ko/shipping.md', tags: ['delivery'], date: '2024-06-20', text: '배송은 보통 2일 걸립니다.' },
  {
    path: 'en/refunds.md',
    tags: ['refund'],
    date: '2024-02-01',
    text: 'Refunds are issued within 14 days.\n\nA refund requires the original receipt.',
  },
  { path: 'en/shipping.md', tags: ['delivery'], date: '2024-07-01', text: 'Shipping takes two days. Shipping is free over $50.' },
  { path: 'en/copy-a.md', date: '2024-08-01', text: 'Warranty covers manufacturing defects for one year.' },
  { path: 'en/copy-b.md', date: '2024-08-02', text: 'Warranty covers manufacturing defects for one year!' },
];

describe('searchKnowledge', () => {
  let fixture: KnowledgeFixture;
  let search: (request: SearchRequest, rerank?: boolean) => ReturnType<typeof searchKnowledge>;

  before(async () => {
    fixture = openKnowledgeFixture();
    const { knowledge } = fixture;
    knowledge.createBase({ name: '지원', embedding: builtinEmbedding });
    const embedder = createCorpusEmbedder({ store: knowledge });
    for (const entry of documents) {
      const input = documentOf(entry);
      const vectors = await embedder.embedDocuments({ kb: '지원', texts: input.chunks.map((chunk) => chunk.text) });
      knowledge.upsertDocument({ kb: '지원', ...input, vectors });
    }
    search = (request, rerank) =>
      searchKnowledge({ store: knowledge, kb: '지원', request, embedQuery: (text) => embedder.embedQuery({ kb: '지원', text }), rerank });
  });
  after(() => fixture.close());

  test('Korean two-syllable queries match words with particles and endings', async () => {
    const fee = await search({ query: '요금', mode: 'lexical' });
    assert.ok(
      fee.some((result) => result.text.startsWith('요금제를 변경하려면')),
      JSON.stringify(fee),
    );
    const refund = await search({ query: '환불', mode: 'lexical' });
    const texts = refund.map((result) => result.text);
    assert.ok(texts.includes('환불은 7일 이내에 신청할 수 있습니다.'));
    assert.ok(texts.includes('환불하려면 영수증이 필요합니다.'));
    const withParticle = await search({ query: '요금제를 바꾸고 싶어요', mode: 'lexical', k: 1 });
    assert.equal(withParticle[0]?.source.path, 'ko/plans.md');
  });

  test('English stemming matches refund and refunds', async () => {
    const results = await search({ query: 'refunds', mode: 'lexical' });
    const texts = results.map((result) => result.text);
    assert.ok(texts.includes('A refund requires the original receipt.'), texts.join(' | '));
    assert.ok(texts.includes('Refunds are issued within 14 days.'));
  });

  test('FTS5 syntax in queries is only text, never an error', async () => {
    for (const query of ['"', '"*', 'refund" OR "x', 'NEAR(refund', 'refund*', '^환불', 'a:b', '(((', "it's", '-refund', '*']) {
      const results = await search({ query, mode: 'hybrid' });
      assert.ok(Array.isArray(results), query);
    }
    assert.equal(matchExpression('"*'), null);
    assert.equal(matchExpression('refund"'), '"refund"');
  });

  test('ranking puts the more relevant chunk first and scores lie in [0,1]', async () => {
    const results = await search({ query: 'shipping free', mode: 'lexical' });
    assert.equal(results[0]?.source.path, 'en/shipping.md');
    const hybrid = await search({ query: '환불 영수증', k: 3 });
    assert.equal(hybrid[0]?.text, '환불하려면 영수증이 필요합니다.');
    for (const mode of ['lexical', 'vector', 'hybrid'] as const) {
      for (const result of await search({ query: '환불 refund', mode, k: 10 })) {
        assert.ok(result.score >= 0 && result.score <= 1, `${mode} ${result.score}`);
      }
    }
  });

  test('results carry the source span', async () => {
    const [result] = await search({ query: '배송', k: 1 });
    assert.ok(result);
    assert.deepEqual(result.source, {
      path: 'ko/shipping.md',
      title: 'ko/shipping.md',
      page: null,
      start: 0,
      end: '배송은 보통 2일 걸립니다.'.length,
    });
    assert.match(result.chunkId, /^chunk_/u);
    assert.match(result.docId, /^doc_/u);
  });

  test('filters by source, tag and date before ranking, in every mode', async () => {
    for (const mode of ['lexical', 'vector', 'hybrid'] as const) {
      const bySource = await search({ query: '환불 refund', mode, k: 10, filter: { source: 'en/' } });
      assert.ok(bySource.length > 0 && bySource.every((result) => result.source.path.startsWith('en/')), mode);
      const byExact = await search({ query: '환불 refund', mode, k: 10, filter: { source: ['ko/refunds.md'] } });
      assert.ok(byExact.length > 0 && byExact.every((result) => result.source.path === 'ko/refunds.md'), mode);
      const byTag = await search({ query: '환불 refund 요금', mode, k: 10, filter: { tag: 'billing' } });
      assert.ok(byTag.length > 0 && byTag.every((result) => result.source.path.startsWith('ko/')), mode);
      const byDate = await search({ query: '환불 refund', mode, k: 10, filter: { after: '2024-02', before: '2024-02-28' } });
      assert.deepEqual([...new Set(byDate.map((result) => result.source.path))], ['en/refunds.md'], mode);
    }
  });

  test('near-duplicates are removed, keeping the higher ranked', async () => {
    const results = await search({ query: 'warranty defects', k: 5 });
    const copies = results.filter((result) => result.text.startsWith('Warranty'));
    assert.equal(copies.length, 1);
  });

  test('the reranker can be switched off', async () => {
    const on = await search({ query: '환불 영수증', k: 3 }, true);
    const off = await search({ query: '환불 영수증', k: 3 }, false);
    assert.notDeepEqual(
      on.map((result) => result.score),
      off.map((result) => result.score),
    );
  });
});
