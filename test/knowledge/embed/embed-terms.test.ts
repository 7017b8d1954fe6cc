import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { embedTerms, fitRandomIndexing, type RandomIndexingModel } from '../../../src/knowledge/embed/index.ts';
import { embedFittedChunk } from '../../../src/knowledge/embed/embed-terms.ts';
import { internCorpus } from '../../../src/knowledge/embed/intern-corpus.ts';
import { fitRandomIndexingWithChunks } from '../../../src/knowledge/embed/random-indexing.ts';

/** The plain one-row-at-a-time float32 sum the fast loop must reproduce bit for bit. */
function referenceEmbedding(model: RandomIndexingModel, terms: string[]): Float32Array | null {
  const counts = new Map<number, number>();
  for (const term of terms) {
    const row = model.vocabulary.get(term);
    if (row !== undefined) counts.set(row, (counts.get(row) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  const vector = new Float32Array(model.dimensions);
  for (const [row, count] of counts) {
    const weight = (1 + Math.log(count)) * model.idf[row]!;
    for (let dimension = 0; dimension < model.dimensions; dimension += 1) {
      vector[dimension]! += weight * model.termVectors[row * model.dimensions + dimension]!;
    }
  }
  let sum = 0;
  for (const value of vector) sum += value * value;
  const scale = 1 / Math.sqrt(sum);
  for (let dimension = 0; dimension < model.dimensions; dimension += 1) vector[dimension]! *= scale;
  return vector;
}

const words = ['환불', '반품', '요금', '요금제', '해지', '위약금', 'refund', 'plan', 'fee', '배송', '기간', '카드', '지역', '나이'];

function corpusOf(seed: number): string[][] {
  const random = seededRandom(seed);
  return Array.from({ length: 300 }, () =>
    Array.from({ length: 1 + Math.floor(random() * 25) }, () => words[Math.floor(random() * words.length)]!),
  );
}

describe('embedTerms', () => {
  for (const dimensions of [256, 37, 3]) {
    test(`matches the plain float32 sum exactly (${dimensions} dimensions, odd and even term counts)`, () => {
      const chunks = corpusOf(dimensions);
      const model = fitRandomIndexing(() => chunks, { dimensions, maxVocabulary: 10 });
      for (const terms of [...chunks, ['환불'], ['환불', '반품', '환불'], ['없는말']]) {
        const expected = referenceEmbedding(model, terms);
        const actual = embedTerms(model, terms);
        if (expected === null) assert.equal(actual, null);
        else assert.deepEqual([...actual!], [...expected]);
      }
    });
  }

  test('gives the same vector on repeated calls (its count scratch is reset)', () => {
    const model = fitRandomIndexing(() => corpusOf(1), { dimensions: 16, maxVocabulary: 30 });
    const first = embedTerms(model, ['요금', '요금', 'refund']);
    embedTerms(model, ['요금', '해지']);
    assert.deepEqual(embedTerms(model, ['요금', '요금', 'refund']), first);
  });
});

describe('embedFittedChunk', () => {
  for (const dimensions of [256, 37]) {
    test(`gives each fitting chunk exactly its embedTerms vector (${dimensions} dimensions, terms outside the vocabulary)`, () => {
      const chunks = [...corpusOf(dimensions + 1), ['없는말'], [], ['환불', '없는말', '환불', 'refund']];
      const { model, fitted } = fitRandomIndexingWithChunks(() => chunks, { dimensions, maxVocabulary: 9 });
      assert.deepEqual(
        model,
        fitRandomIndexing(() => chunks, { dimensions, maxVocabulary: 9 }),
      );
      chunks.forEach((terms, chunk) => {
        const expected = embedTerms(model, terms);
        const actual = embedFittedChunk(model, { fitted, chunk });
        if (expected === null) assert.equal(actual, null);
        else assert.deepEqual([...actual!], [...expected]);
      });
    });
  }
});

describe('internCorpus', () => {
  test('gives each distinct term an id and keeps each chunk’s distinct ids in first-occurrence order', () => {
    const interned = internCorpus([['반품', '환불', '환불'], ['환불', '기간'], []]);
    assert.deepEqual(interned.terms, ['반품', '환불', '기간']);
    assert.deepEqual([...interned.documentFrequency], [1, 2, 1]);
    assert.deepEqual([...interned.chunkTermIds], [0, 1, 1, 2]);
    assert.deepEqual([...interned.termCounts], [1, 2, 1, 1]);
    assert.deepEqual([...interned.chunkEnds], [2, 4, 4]);
    assert.equal(interned.chunks, 3);
  });

  test('grows past its initial capacity', () => {
    const chunks = Array.from({ length: 3000 }, (_, index) => [`t${index}`, `t${index + 1}`, 'common']);
    const interned = internCorpus(chunks);
    assert.equal(interned.terms.length, 3002);
    assert.equal(interned.documentFrequency[interned.terms.indexOf('common')], 3000);
    assert.equal(interned.chunkEnds.at(-1), 9000);
    assert.equal(interned.termCounts.length, 9000);
  });
});
