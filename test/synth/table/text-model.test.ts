import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/seeded-random.ts';
import { fitTextModel, sampleText } from '../../../src/synth/table/index.ts';
import { koreanTable } from './fixtures.ts';

const englishReviews = [
  'The delivery was fast and the packaging was great',
  'Great product but the delivery was slow',
  'Packaging was damaged but the product works',
  'Would buy again because the delivery was fast',
  'The product stopped working after a week',
  'Fast delivery and a great price for the product',
  'The price was fair but the packaging was damaged',
  'Customer service answered fast and the product works',
];

function averageWords(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + text.split(' ').length, 0) / texts.length;
}

test('Korean reviews: word-level samples made of training words, never a training value, with a similar length', () => {
  const reviews = koreanTable(1500).rows.map((row) => row[6] ?? '');
  const model = fitTextModel(reviews);
  assert.equal(model.mode, 'word');
  const samples = sampleText(model, { count: 400, random: seededRandom(5) });
  const training = new Set(reviews);
  const vocabulary = new Set(reviews.flatMap((review) => review.split(' ')));
  assert.ok(samples.every((sample) => !training.has(sample)));
  assert.ok(samples.every((sample) => sample.split(' ').every((word) => vocabulary.has(word))));
  assert.ok(Math.abs(averageWords(samples) - averageWords(reviews)) < 1.2, `${averageWords(samples)} vs ${averageWords(reviews)}`);
  assert.ok(new Set(samples).size > 300);
});

test('English texts are never copied by default, but may be with allowCopies', () => {
  const model = fitTextModel(englishReviews);
  const samples = sampleText(model, { count: 200, random: seededRandom(1) });
  assert.ok(samples.every((sample) => sample.length > 0 && !englishReviews.includes(sample)));
  const copies = sampleText(model, { count: 200, random: seededRandom(1), allowCopies: true });
  assert.ok(copies.some((sample) => englishReviews.includes(sample)));
  // The model keeps hashes, not the texts.
  const stored = JSON.stringify(model);
  assert.ok(englishReviews.every((review) => !stored.includes(review)));
  assert.equal(model.trainingHashes.length, englishReviews.length);
});

test('single Korean tokens use a character chain and stay Hangul; samples are reproducible after a JSON round trip', () => {
  const names = ['김민준', '이서연', '박지호', '최수아', '정예준', '강하은', '조도윤', '윤지우', '장서준', '임하린', '한지민', '서지수'];
  const model = fitTextModel(names);
  assert.equal(model.mode, 'char');
  const samples = sampleText(model, { count: 100, random: seededRandom(3) });
  assert.ok(
    samples.every((sample) => /^[\uac00-\ud7a3]+$/.test(sample) && !names.includes(sample)),
    samples.join(','),
  );
  const reloaded = JSON.parse(JSON.stringify(model));
  assert.deepEqual(sampleText(reloaded, { count: 20, random: seededRandom(8) }), sampleText(model, { count: 20, random: seededRandom(8) }));
});

test('maxStates bounds the transitions kept and sampling still works', () => {
  const reviews = koreanTable(800).rows.map((row) => row[6] ?? '');
  const model = fitTextModel(reviews, { maxStates: 150 });
  const kept = [...model.transitions.counts, ...model.backoff.counts].reduce((sum, counts) => sum + counts.length, 0);
  assert.ok(kept <= 150, `${kept}`);
  const samples = sampleText(model, { count: 50, random: seededRandom(2) });
  assert.ok(samples.every((sample) => sample.length > 0 && !reviews.includes(sample)));
});
