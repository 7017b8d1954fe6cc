// Matching pieces reused across the builtin engine: fuzzy similarity, the intent classifier, enum matching with typos and aliases.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createFillContext,
  createIntentClassifier,
  editDistance,
  fillJsonSchema,
  jaroWinkler,
  phraseSimilarity,
  readSmallTalk,
} from '../../../src/models/builtin/index.ts';
import { fixedNow } from './__fixtures__/tools.ts';

const dates = { now: fixedNow, timeZone: 'Asia/Seoul' };

describe('fuzzy similarity', () => {
  test('spacing, punctuation and case do not matter', () => {
    assert.equal(phraseSimilarity('엔진 오일', '엔진오일'), 1);
    assert.equal(phraseSimilarity('tshirt', 'T-Shirt'), 1);
  });

  test('near misses score high, different words low', () => {
    assert.ok(phraseSimilarity('fahrenhiet', 'fahrenheit') > 0.9);
    assert.ok(phraseSimilarity('엔징오일', '엔진오일') > 0.9);
    assert.ok(phraseSimilarity('celsius', 'fahrenheit') < 0.6);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.ok(Math.abs(jaroWinkler('martha', 'marhta') - 0.961) < 0.001);
  });
});

describe('intent classifier', () => {
  const classifier = createIntentClassifier([
    { id: 'refund', texts: ['I want my money back', '환불해 주세요', 'refund policy'] },
    { id: 'delivery', texts: ['Where is my parcel?', '배송 언제 와요?', 'track shipment'] },
    { id: 'plan', texts: ['change my mobile plan', '요금제 변경하고 싶어요'] },
  ]);

  test('scores Korean and English utterances it was not trained on', () => {
    assert.equal(classifier.classify('택배 아직 안 왔어요')[0]?.id, 'delivery');
    assert.equal(classifier.classify('Can I get a refund for this?')[0]?.id, 'refund');
    assert.equal(classifier.classify('요금제 바꾸려면 어떻게 해요?')[0]?.id, 'plan');
    assert.equal(classifier.classify('when will my delivery arrive')[0]?.id, 'delivery');
  });

  test('scores are cosines in [0, 1], best first', () => {
    const scores = classifier.classify('환불');
    assert.ok(scores.every((score) => score.score >= 0 && score.score <= 1));
    assert.ok((scores[0]?.score ?? 0) >= (scores[1]?.score ?? 0));
  });
});

describe('enum values', () => {
  const schema = {
    type: 'object',
    properties: {
      unit: { enum: ['celsius', 'fahrenheit'] },
      size: { enum: ['small', 'medium', 'large'] },
      color: { enum: ['빨강', '파랑'] },
    },
  };
  const fill = (message: string): unknown => fillJsonSchema(schema, createFillContext(message, dates), { includeDefaults: false }).value;

  test('typos, Korean aliases of English members and English aliases of Korean members', () => {
    assert.deepEqual(fill('in fahrenhiet please'), { unit: 'fahrenheit' });
    assert.deepEqual(fill('라지 사이즈로 섭씨 온도'), { unit: 'celsius', size: 'large' });
    assert.deepEqual(fill('a blue one, medium'), { size: 'medium', color: '파랑' });
  });
});

describe('small talk', () => {
  test('tells pure small talk from small talk with a request', () => {
    assert.deepEqual(readSmallTalk('안녕하세요!'), { kinds: ['greeting'], otherWords: 0 });
    assert.deepEqual(readSmallTalk('thank you so much'), { kinds: ['thanks'], otherWords: 0 });
    const mixed = readSmallTalk('Hi, can you write a poem?');
    assert.deepEqual(mixed.kinds, ['greeting']);
    assert.ok(mixed.otherWords > 0);
  });
});
