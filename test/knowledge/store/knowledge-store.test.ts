import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GenstackError } from '../../../src/core/errors.ts';
import { builtinEmbedding, documentOf, openKnowledgeFixture } from './knowledge-fixtures.ts';

const vectorsFor = (count: number, dimensions = 64) =>
  Array.from({ length: count }, (_, index) => new Float32Array(dimensions).fill(0).map((_, d) => (d === index % dimensions ? 1 : 0.01)));

describe('knowledge store', () => {
  test('creates, lists and deletes bases with Korean and English names', async () => {
    const fixture = openKnowledgeFixture();
    try {
      const { knowledge, store } = fixture;
      const korean = knowledge.createBase({ name: '고객 지원', embedding: builtinEmbedding });
      knowledge.createBase({ name: 'support-en', embedding: builtinEmbedding });
      assert.equal(knowledge.getBase('고객 지원').id, korean.id);
      assert.deepEqual(
        knowledge
          .listBases()
          .map((base) => base.name)
          .sort(),
        ['support-en', '고객 지원'].sort(),
      );
      const table = store.database.prepare('SELECT name FROM sqlite_master WHERE name = ?').get(`kb_vec_${korean.id}`);
      assert.ok(table, 'vector table created with the base');
      knowledge.deleteBase('고객 지원');
      assert.equal(store.database.prepare('SELECT name FROM sqlite_master WHERE name = ?').get(`kb_vec_${korean.id}`), undefined);
      assert.throws(
        () => knowledge.getBase('고객 지원'),
        (error: unknown) => GenstackError.is(error) && error.code === 'not_found',
      );
    } finally {
      await fixture.close();
    }
  });

  test('rejects duplicate and malformed names', async () => {
    const fixture = openKnowledgeFixture();
    try {
      const { knowledge } = fixture;
      knowledge.createBase({ name: 'docs', embedding: builtinEmbedding });
      assert.throws(
        () => knowledge.createBase({ name: 'docs', embedding: builtinEmbedding }),
        (error: unknown) => GenstackError.is(error) && error.code === 'conflict',
      );
      for (const name of ['', 'x'.repeat(65), '../etc', '이름;DROP']) {
        assert.throws(
          () => knowledge.createBase({ name, embedding: builtinEmbedding }),
          (error: unknown) => GenstackError.is(error) && error.code === 'invalid_request',
          name,
        );
      }
      assert.ok(knowledge.createBase({ name: '가'.repeat(64), embedding: builtinEmbedding }));
    } finally {
      await fixture.close();
    }
  });

  test('upserts documents: added, unchanged on the same hash, replaced on change, with stats', async () => {
    const fixture = openKnowledgeFixture();
    try {
      const { knowledge, store } = fixture;
      knowledge.createBase({ name: '요금', embedding: builtinEmbedding });
      const first = documentOf({ path: 'plans.md', text: '요금제를 변경하려면 고객센터로 연락하세요.\n\n환불은 7일 이내에 가능합니다.' });
      const added = knowledge.upsertDocument({ kb: '요금', ...first, vectors: vectorsFor(2) });
      assert.equal(added.status, 'added');
      assert.equal(knowledge.upsertDocument({ kb: '요금', ...first, vectors: vectorsFor(2) }).status, 'unchanged');
      const changed = documentOf({ path: 'plans.md', text: 'Plans changed.\n\nRefunds within 14 days.\n\nCall us.' });
      const replaced = knowledge.upsertDocument({ kb: '요금', ...changed, vectors: vectorsFor(3) });
      assert.equal(replaced.status, 'replaced');
      const stats = knowledge.stats('요금');
      assert.equal(stats.documents, 1);
      assert.equal(stats.chunks, 3);
      assert.equal(stats.byMediaType['text/plain']?.documents, 1);
      assert.equal(stats.bytes, Buffer.byteLength(changed.document.text));
      const count = (sql: string) => store.database.prepare(sql).pluck().get() as number;
      assert.equal(count('SELECT count(*) FROM knowledge_chunk_search'), 3, 'old search rows removed');
      assert.equal(count(`SELECT count(*) FROM kb_vec_${knowledge.getBase('요금').id}`), 3, 'old vectors removed');
      assert.equal(knowledge.listBases()[0]?.chunks, 3);
      assert.equal(knowledge.removeDocument('요금', 'plans.md'), true);
      assert.equal(count('SELECT count(*) FROM knowledge_chunks'), 0);
      assert.equal(count('SELECT count(*) FROM knowledge_chunk_search'), 0);
    } finally {
      await fixture.close();
    }
  });

  test('a failing upsert leaves nothing behind, and getChunks returns spans in the order asked', async () => {
    const fixture = openKnowledgeFixture();
    try {
      const { knowledge } = fixture;
      knowledge.createBase({ name: 'en', embedding: builtinEmbedding });
      const input = documentOf({ path: 'a.txt', text: 'One.\n\nTwo.' });
      assert.throws(
        () => knowledge.upsertDocument({ kb: 'en', ...input, vectors: [new Float32Array(3), new Float32Array(3)] }),
        GenstackError,
      );
      assert.equal(knowledge.documents('en').length, 0);
      knowledge.upsertDocument({ kb: 'en', ...input, vectors: [] });
      const [document] = knowledge.documents('en');
      assert.equal(document?.path, 'a.txt');
      const ids = fixture.store.database.prepare('SELECT id FROM knowledge_chunks ORDER BY idx DESC').pluck().all() as string[];
      const chunks = knowledge.getChunks(ids);
      assert.deepEqual(
        chunks.map((chunk) => chunk.text),
        ['Two.', 'One.'],
      );
      assert.equal(input.document.text.slice(chunks[0]!.start, chunks[0]!.end), 'Two.');
    } finally {
      await fixture.close();
    }
  });

  test("deleting a base removes its documents, chunks and search rows but not another base's", async () => {
    const fixture = openKnowledgeFixture();
    try {
      const { knowledge, store } = fixture;
      knowledge.createBase({ name: 'a', embedding: builtinEmbedding });
      knowledge.createBase({ name: 'b', embedding: builtinEmbedding });
      knowledge.upsertDocument({ kb: 'a', ...documentOf({ path: 'x', text: '환불 안내' }), vectors: vectorsFor(1) });
      knowledge.upsertDocument({ kb: 'b', ...documentOf({ path: 'x', text: 'refund policy' }), vectors: vectorsFor(1) });
      knowledge.deleteBase('a');
      assert.equal(store.database.prepare('SELECT count(*) FROM knowledge_chunk_search').pluck().get(), 1);
      assert.equal(knowledge.stats('b').chunks, 1);
    } finally {
      await fixture.close();
    }
  });
});
