import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lexicalSearch, matchExpression, vectorSearch } from '../../../src/knowledge/retrieve/index.ts';
import { builtinEmbedding, documentOf, openKnowledgeFixture } from '../store/knowledge-fixtures.ts';

describe('lexicalSearch', () => {
  test('skipping terms found in most rows keeps the full query order (Korean and English)', async () => {
    const fixture = openKnowledgeFixture();
    try {
      const { knowledge, store } = fixture;
      const base = knowledge.createBase({ name: '지원', embedding: builtinEmbedding });
      // 상품 and product are in every chunk; the other words are rarer and decide the order.
      const paragraphs = [
        '상품 환불 환불 안내',
        '상품 환불 기간',
        '상품 배송 조회',
        '상품 교환 신청',
        '상품 적립금',
        'product refund refund policy',
        'product refund window',
        'product shipping status',
        'product exchange request',
        'product points',
      ];
      knowledge.upsertDocument({ kb: '지원', ...documentOf({ path: 'a.md', text: paragraphs.join('\n\n') }), vectors: [] });
      // The full OR query's order, less the rows whose bm25 is ~0 (they match only the skipped terms).
      const everyTerm = store.database.prepare(
        'SELECT rowid FROM knowledge_chunk_search WHERE knowledge_chunk_search MATCH ? AND rank < -0.001 ORDER BY rank, rowid LIMIT 3',
      );
      for (const query of ['상품 환불', '상품 환불 기간', 'product refund', 'refund window product']) {
        const results = lexicalSearch({ database: store.database, base, query, limit: 3 });
        assert.deepEqual(
          results.map((result) => result.rowid),
          everyTerm.pluck().all(matchExpression(query)),
          query,
        );
        assert.ok(results.every((result) => result.relevance > 0));
      }
      const onlyCommon = lexicalSearch({ database: store.database, base, query: '상품', limit: 20 });
      assert.equal(onlyCommon.length, 5, 'a query of only common terms still matches');
    } finally {
      await fixture.close();
    }
  });

  test("finds a base's weak match when another base holds every better one", async () => {
    const fixture = openKnowledgeFixture();
    try {
      const { knowledge, store } = fixture;
      knowledge.createBase({ name: 'big', embedding: builtinEmbedding });
      const small = knowledge.createBase({ name: 'small', embedding: builtinEmbedding });
      const strong = Array.from({ length: 60 }, (_, index) => `refund refund 환불 환불 case ${index}`).join('\n\n');
      knowledge.upsertDocument({ kb: 'big', ...documentOf({ path: 'many.md', text: strong }), vectors: [] });
      knowledge.upsertDocument({
        kb: 'small',
        ...documentOf({ path: 'one.md', text: 'A long note that mentions a refund once among many other words here.' }),
        vectors: [],
      });
      const results = lexicalSearch({ database: store.database, base: small, query: 'refund 환불', limit: 5 });
      assert.equal(results.length, 1);
      const filtered = lexicalSearch({ database: store.database, base: small, query: 'refund', limit: 5, filter: { source: 'other/' } });
      assert.deepEqual(filtered, []);
    } finally {
      await fixture.close();
    }
  });

  test('a narrow filter still finds its rows when every over-fetched candidate fails it, lexical and vector', async () => {
    const fixture = openKnowledgeFixture();
    try {
      const { knowledge, store } = fixture;
      const base = knowledge.createBase({ name: 'one', embedding: builtinEmbedding });
      const near = new Float32Array(64).fill(0.01).fill(1, 0, 1);
      const far = new Float32Array(64).fill(0.01).fill(1, 5, 6);
      const strong = Array.from({ length: 60 }, (_, index) => `환불 환불 refund refund ${index}`).join('\n\n');
      knowledge.upsertDocument({
        kb: 'one',
        ...documentOf({ path: 'many.md', text: strong }),
        vectors: Array.from({ length: 60 }, () => near),
      });
      knowledge.upsertDocument({
        kb: 'one',
        ...documentOf({ path: 'notes/one.md', text: '환불 문의가 많은 날의 긴 메모, with one refund mention among other words.' }),
        vectors: [far],
      });
      const filter = { source: 'notes/' };
      const lexical = lexicalSearch({ database: store.database, base, query: '환불 refund', limit: 5, filter });
      const vector = vectorSearch({ database: store.database, base, vector: near, limit: 5, filter });
      for (const results of [lexical, vector]) {
        assert.equal(results.length, 1);
        const [chunk] = knowledge.getChunks(
          store.database.prepare('SELECT id FROM knowledge_chunks WHERE seq = ?').pluck().all(results[0]!.rowid) as string[],
        );
        assert.equal(chunk?.path, 'notes/one.md');
      }
    } finally {
      await fixture.close();
    }
  });
});
