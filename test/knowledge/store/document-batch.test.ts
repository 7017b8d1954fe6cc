// Batched document writes: one transaction per batch, a savepoint per document, index changes only after the commit.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createCorpusEmbedder } from '../../../src/knowledge/embed/index.ts';
import { lexicalIndexOf, type KnowledgeStore } from '../../../src/knowledge/store/index.ts';
import { openSqliteStore } from '../../../src/store/index.ts';
import { createKnowledgeStore } from '../../../src/knowledge/store/index.ts';
import { builtinEmbedding, documentOf, openKnowledgeFixture } from './knowledge-fixtures.ts';

const vectorsFor = (count: number, dimensions = 64) =>
  Array.from({ length: count }, (_, index) =>
    new Float32Array(dimensions).fill(0.01).map((value, d) => (d === index % dimensions ? 1 : value)),
  );

const notes = [
  { path: 'ko/refund.md', text: '환불은 결제일로부터 7일 이내에 신청할 수 있습니다.\n\n환불 금액은 카드사로 돌려드립니다.' },
  { path: 'en/refund.md', text: 'Refunds can be requested within 7 days of payment.\n\nThe amount goes back to your card.' },
  { path: 'ko/shipping.md', text: '배송은 주문 후 2~3일 안에 도착합니다.' },
  { path: 'en/shipping.md', text: 'Orders arrive in two to three days.' },
];

describe('document batches', () => {
  test('removing a held document writes the batch first, so the later flush cannot bring it back (ko, en)', async () => {
    const fixture = openKnowledgeFixture();
    try {
      const { knowledge } = fixture;
      knowledge.createBase({ name: '지원', embedding: builtinEmbedding });
      const batch = knowledge.openDocumentBatch({ maxDocuments: 100, maxChunks: 100, maxAgeMs: 60_000 });
      for (const note of notes.slice(0, 2)) {
        const input = documentOf(note);
        batch.add(
          { kb: '지원', ...input, vectors: vectorsFor(input.chunks.length) },
          { written: () => undefined, failed: () => undefined },
        );
      }
      assert.equal(knowledge.removeDocument('지원', 'ko/refund.md'), true);
      batch.close();
      assert.deepEqual(
        knowledge.documents('지원').map((document) => document.path),
        ['en/refund.md'],
      );
    } finally {
      await fixture.close();
    }
  });

  test('hold documents until flushed, then commit them together; a failing document rolls back alone', async () => {
    const fixture = openKnowledgeFixture();
    try {
      const { knowledge, store } = fixture;
      knowledge.createBase({ name: '지원', embedding: builtinEmbedding });
      lexicalIndexOf(store.database, knowledge.getBase('지원'));
      const outcomes: string[] = [];
      const batch = knowledge.openDocumentBatch({ maxDocuments: 100, maxChunks: 100, maxAgeMs: 60_000 });
      for (const [position, note] of notes.entries()) {
        const input = documentOf(note);
        // The third document carries vectors of the wrong size: the store rejects it.
        const vectors = vectorsFor(input.chunks.length, position === 2 ? 8 : 64);
        batch.add(
          { kb: '지원', ...input, vectors },
          {
            written: ({ status }) => outcomes.push(`${note.path} ${status}`),
            failed: (error) => outcomes.push(`${note.path} ${error.code}`),
          },
        );
      }
      assert.deepEqual(batch.pending, { documents: 4, chunks: 6 });
      assert.equal(knowledge.chunkCount('지원'), 0, 'nothing is written before the flush');
      batch.close();
      assert.deepEqual(outcomes, ['ko/refund.md added', 'en/refund.md added', 'ko/shipping.md invalid_request', 'en/shipping.md added']);
      assert.deepEqual(
        knowledge
          .documents('지원')
          .map((document) => document.path)
          .sort(),
        ['en/refund.md', 'en/shipping.md', 'ko/refund.md'],
      );
      assert.equal(knowledge.chunkCount('지원'), 5);
      const lexical = lexicalIndexOf(store.database, knowledge.getBase('지원'));
      assert.equal(lexical.count, 5, 'the loaded term index learned the committed chunks');
      assert.ok(lexical.frequency('환불') > 0);
      assert.equal(lexical.frequency('배송'), 0, 'nor the rolled-back one');
    } finally {
      await fixture.close();
    }
  });

  test('a path written twice in one batch ends up with only its second text in the search tables', async () => {
    const fixture = openKnowledgeFixture();
    try {
      const { knowledge, store } = fixture;
      knowledge.createBase({ name: '요금', embedding: builtinEmbedding });
      const batch = knowledge.openDocumentBatch({ maxDocuments: 100, maxAgeMs: 60_000 });
      const statuses: string[] = [];
      for (const text of ['요금제 해지 위약금은 3만 원입니다.\n\nEarly termination fee is 30,000 won.', '요금제 변경은 무료입니다.']) {
        const input = documentOf({ path: 'plans/nuri.md', text });
        batch.add(
          { kb: '요금', ...input, vectors: vectorsFor(input.chunks.length) },
          { written: ({ status }) => statuses.push(status), failed: (error) => assert.fail(error) },
        );
      }
      batch.close();
      assert.deepEqual(statuses, ['added', 'replaced']);
      const match = (term: string) =>
        store.database.prepare('SELECT count(*) FROM knowledge_chunk_search WHERE knowledge_chunk_search MATCH ?').pluck().get(term);
      assert.equal(match('위약금'), 0);
      assert.equal(match('termination'), 0);
      assert.equal(match('변경'), 1);
      assert.equal(store.database.prepare('SELECT count(*) FROM knowledge_chunk_search').pluck().get(), 1);
      assert.equal(knowledge.chunkCount('요금'), 1);
    } finally {
      await fixture.close();
    }
  });

  test('a write recorded in `written` rolls back with its document when that document fails afterwards', async () => {
    const fixture = openKnowledgeFixture();
    try {
      const { knowledge, store } = fixture;
      knowledge.createBase({ name: 'support', embedding: builtinEmbedding });
      store.database.exec('CREATE TABLE progress_marks (path TEXT PRIMARY KEY)');
      const mark = store.database.prepare('INSERT INTO progress_marks (path) VALUES (?)');
      const failed: string[] = [];
      const batch = knowledge.openDocumentBatch();
      for (const note of notes) {
        const input = documentOf(note);
        batch.add(
          { kb: 'support', ...input, vectors: vectorsFor(input.chunks.length) },
          {
            written: () => {
              mark.run(note.path);
              if (note.path === 'en/refund.md') throw new Error('the item record could not be written');
            },
            failed: () => failed.push(note.path),
          },
        );
      }
      batch.close();
      assert.deepEqual(failed, ['en/refund.md']);
      const marks = store.database.prepare('SELECT path FROM progress_marks ORDER BY path').pluck().all();
      assert.deepEqual(marks, ['en/shipping.md', 'ko/refund.md', 'ko/shipping.md']);
      const paths = knowledge.documents('support').map((document) => document.path);
      assert.ok(!paths.includes('en/refund.md'), 'its rows went with it');
      assert.equal(paths.length, 3);
    } finally {
      await fixture.close();
    }
  });

  test('a crash before the flush loses the held documents and their progress records together', async () => {
    const fixture = openKnowledgeFixture();
    try {
      const { knowledge, store } = fixture;
      knowledge.createBase({ name: '공지', embedding: builtinEmbedding });
      store.database.exec('CREATE TABLE progress_marks (path TEXT PRIMARY KEY)');
      const mark = store.database.prepare('INSERT INTO progress_marks (path) VALUES (?)');
      const batch = knowledge.openDocumentBatch({ maxDocuments: 2 });
      for (const note of notes.slice(0, 3)) {
        const input = documentOf(note);
        batch.add(
          { kb: '공지', ...input, vectors: vectorsFor(input.chunks.length) },
          { written: () => mark.run(note.path), failed: () => {} },
        );
      }
      // Two documents reached the limit and were committed; the third is held when the process "dies".
      const reopened = openSqliteStore({ path: fixture.path });
      try {
        const other = createKnowledgeStore({ database: reopened.database });
        assert.deepEqual(
          other
            .documents('공지')
            .map((document) => document.path)
            .sort(),
          ['en/refund.md', 'ko/refund.md'],
        );
        assert.deepEqual(reopened.database.prepare('SELECT path FROM progress_marks ORDER BY path').pluck().all(), [
          'en/refund.md',
          'ko/refund.md',
        ]);
      } finally {
        await reopened.close();
      }
    } finally {
      await fixture.close();
    }
  });

  test('a refit of the corpus embedder first writes the held documents, so batched and one-by-one ingestion agree', async () => {
    const texts = Array.from({ length: 30 }, (_, index) =>
      index % 2 === 0
        ? `공지 ${index}번: 요금제 변경은 매월 ${(index % 27) + 1}일에 적용됩니다.\n\n환불 문의는 고객센터 ${index}번 창구로 해 주세요.`
        : `Notice ${index}: plan changes apply on day ${(index % 27) + 1}.\n\nRefund questions go to desk ${index}.`,
    );
    const ingestAll = async (knowledge: KnowledgeStore, batched: boolean) => {
      knowledge.createBase({ name: 'kb', embedding: builtinEmbedding });
      const embedder = createCorpusEmbedder({ store: knowledge });
      const batch = knowledge.openDocumentBatch({ maxDocuments: 1_000, maxChunks: 1_000, maxAgeMs: 60_000 });
      for (const [index, text] of texts.entries()) {
        const input = documentOf({ path: `notes/${index}.md`, text });
        const vectors = await embedder.embedDocuments({ kb: 'kb', texts: input.chunks.map((chunk) => chunk.text) });
        if (batched) batch.add({ kb: 'kb', ...input, vectors }, { written: () => {}, failed: (error) => assert.fail(error) });
        else knowledge.upsertDocument({ kb: 'kb', ...input, vectors });
      }
      batch.close();
      const table = knowledge.vectorTable(knowledge.getBase('kb'));
      return knowledge.database.prepare(`SELECT rowid, embedding FROM ${table} ORDER BY rowid`).all();
    };
    const one = openKnowledgeFixture();
    const many = openKnowledgeFixture();
    try {
      const expected = await ingestAll(one.knowledge, false);
      const actual = await ingestAll(many.knowledge, true);
      assert.equal(actual.length, 60);
      assert.deepEqual(actual, expected, 'every stored vector is the one the unbatched path stores');
    } finally {
      await one.close();
      await many.close();
    }
  });
});
