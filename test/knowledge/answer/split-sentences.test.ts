// The small sentence splitter: Korean endings without periods, decimals and abbreviations, exact offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/knowledge/answer/index.ts';

function texts(text: string): string[] {
  const sentences = splitSentences(text);
  for (const sentence of sentences) assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
  return sentences.map((sentence) => sentence.text);
}

test('splits Korean at final endings even without a period, but not at nouns such as 필요 or particles such as 보다', () => {
  assert.deepEqual(texts('요금제는 다음 달에 바뀝니다 해지는 언제든 가능합니다.'), [
    '요금제는 다음 달에 바뀝니다',
    '해지는 언제든 가능합니다.',
  ]);
  assert.deepEqual(texts('필요 서류는 신분증입니다. 기본 요금보다 저렴해요 감사합니다'), [
    '필요 서류는 신분증입니다.',
    '기본 요금보다 저렴해요',
    '감사합니다',
  ]);
});

test('keeps decimals, abbreviations and list numbers inside a sentence; splits at line breaks', () => {
  assert.deepEqual(texts('E.g. a 1.5GB add-on costs $3.50! Really? "Yes." Done'), [
    'E.g. a 1.5GB add-on costs $3.50!',
    'Really?',
    '"Yes."',
    'Done',
  ]);
  assert.deepEqual(texts('1. 신청 방법\nCall Dr. Kim today.'), ['1. 신청 방법', 'Call Dr. Kim today.']);
});

test('a bullet that opens a line is left out of the sentence, with offsets still exact (ko, en)', () => {
  assert.deepEqual(texts('## 약정\n\n- 약정 요금제는 월정액을 할인합니다.\n* 해지는 상담사가 처리합니다.'), [
    '## 약정',
    '약정 요금제는 월정액을 할인합니다.',
    '해지는 상담사가 처리합니다.',
  ]);
  assert.deepEqual(texts('- Commitment plans take 25% off.\n• An agent cancels lines.'), [
    'Commitment plans take 25% off.',
    'An agent cancels lines.',
  ]);
  // A minus sign that is part of the text stays.
  assert.deepEqual(texts('-5% is the discount.'), ['-5% is the discount.']);
});
