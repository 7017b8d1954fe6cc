import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { VectorIndex, vectorIndexOf } from '../../../src/knowledge/store/index.ts';
import { openSqliteStore } from '../../../src/store/index.ts';
import { createKnowledgeStore } from '../../../src/knowledge/store/index.ts';
import { builtinEmbedding, documentOf, openKnowledgeFixture } from './knowledge-fixtures.ts';

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
}

/** Clustered unit vectors with a shared offset, like real embeddings (not centred on the origin). */
function vectors(count: number, dimensions: number, random: () => number): Float32Array[] {
  const centres = Array.from({ length: 20 }, () => Float32Array.from({ length: dimensions }, () => random() - 0.3));
  return Array.from({ length: count }, (_, index) => {
    const centre = centres[index % centres.length]!;
    const vector = Float32Array.from(centre, (value) => value + (random() - 0.5) * 0.8);
    const length = Math.hypot(...vector);
    return vector.map((value) => value / length);
  });
}

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, index) => sum + value * b[index]!, 0);

describe('VectorIndex', () => {
  test('finds nearly all of the exact top 20 and scores them as cosine', () => {
    const random = seeded(7);
    const rows = vectors(4000, 64, random);
    const index = new VectorIndex(64);
    rows.forEach((vector, rowid) => index.set(rowid, vector));
    let found = 0;
    for (let query = 0; query < 20; query += 1) {
      const vector = vectors(1, 64, random)[0]!;
      const exact = rows
        .map((row, rowid) => ({ rowid, similarity: cosine(row, vector) }))
        .sort((a, b) => b.similarity - a.similarity)
        .slice(0, 20);
      const hits = index.search({ vector, limit: 20, rescore: 800 });
      const truth = new Set(exact.map((hit) => hit.rowid));
      found += hits.filter((hit) => truth.has(hit.rowid)).length;
      for (const hit of hits) assert.ok(Math.abs(hit.similarity - cosine(rows[hit.rowid]!, vector)) < 0.01);
    }
    assert.ok(found / 400 >= 0.95, `recall ${found / 400}`);
  });

  test('replaces, deletes (moving the last row) and filters inside the scan', () => {
    const random = seeded(3);
    const rows = vectors(300, 32, random);
    const index = new VectorIndex(32);
    rows.forEach((vector, rowid) => index.set(rowid + 1, vector));
    assert.equal(index.count, 300);
    assert.equal(index.search({ vector: rows[10]!, limit: 1 })[0]?.rowid, 11);
    index.delete(11);
    index.delete(11);
    assert.equal(index.count, 299);
    assert.notEqual(index.search({ vector: rows[10]!, limit: 1 })[0]?.rowid, 11);
    assert.equal(index.search({ vector: rows[299]!, limit: 1 })[0]?.rowid, 300, 'the moved last row is still found');
    index.set(5, rows[10]!);
    assert.equal(index.search({ vector: rows[10]!, limit: 1 })[0]?.rowid, 5, 'a replaced row has its new vector');
    assert.equal(index.count, 299);
    const even = index.search({ vector: rows[10]!, limit: 10, allowed: (rowid) => rowid % 2 === 0 });
    assert.equal(even.length, 10);
    assert.ok(even.every((hit) => hit.rowid % 2 === 0));
    assert.deepEqual(index.search({ vector: rows[10]!, limit: 5, allowed: () => false }), []);
  });
});

describe('vectorIndexOf', () => {
  const unit = (dimension: number) => new Float32Array(64).map((_, index) => (index === dimension ? 1 : 0.01));

  test('follows upserts and removals of this connection, but not rolled-back writes', async () => {
    const fixture = openKnowledgeFixture();
    try {
      const { knowledge, store } = fixture;
      const base = knowledge.createBase({ name: '환불', embedding: builtinEmbedding });
      knowledge.upsertDocument({
        kb: '환불',
        ...documentOf({ path: 'a', text: '환불 안내\n\nrefund policy' }),
        vectors: [unit(1), unit(2)],
      });
      const index = vectorIndexOf(store.database, base);
      assert.equal(index.count, 2);
      knowledge.upsertDocument({ kb: '환불', ...documentOf({ path: 'b', text: '배송 안내' }), vectors: [unit(3)] });
      assert.equal(index.count, 3);
      assert.equal(vectorIndexOf(store.database, base), index, 'kept, not reloaded');
      knowledge.removeDocument('환불', 'a');
      assert.equal(index.count, 1);
      const rolledBack = store.database.transaction(() => {
        knowledge.upsertDocument({ kb: '환불', ...documentOf({ path: 'c', text: 'shipping' }), vectors: [unit(4)] });
        throw new Error('roll back');
      });
      assert.throws(rolledBack, /roll back/u);
      assert.equal(vectorIndexOf(store.database, base).count, 1, 'reloaded from what was committed');
    } finally {
      await fixture.close();
    }
  });

  test("reloads after another connection's commit", async () => {
    const fixture = openKnowledgeFixture();
    const other = openSqliteStore({ path: fixture.path });
    try {
      const { knowledge, store } = fixture;
      const base = knowledge.createBase({ name: 'docs', embedding: builtinEmbedding });
      knowledge.upsertDocument({ kb: 'docs', ...documentOf({ path: 'a', text: 'refund' }), vectors: [unit(1)] });
      assert.equal(vectorIndexOf(store.database, base).count, 1);
      const otherKnowledge = createKnowledgeStore({ database: other.database });
      otherKnowledge.upsertDocument({ kb: 'docs', ...documentOf({ path: 'b', text: '환불' }), vectors: [unit(2)] });
      assert.equal(vectorIndexOf(store.database, base).count, 2);
    } finally {
      await other.close();
      await fixture.close();
    }
  });
});
