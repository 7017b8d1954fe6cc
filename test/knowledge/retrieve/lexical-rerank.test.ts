// The second-stage rerank: among candidates that all hold the rare name, the query's other words decide the order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rerankByOverlap } from '../../../src/knowledge/retrieve/lexical-rerank.ts';

test('Korean: the chunk about 요금 outranks one that only mentions 요금제, and a heading match counts', () => {
  const candidates = [
    { id: 'plan', text: '가람 요금제는 데이터 무제한이며 가람 요금제 변경은 언제든 가능합니다.', score: 1 },
    { id: 'fee', text: '가람 요금은 매월 25일에 청구됩니다.', score: 0.9 },
    { id: 'roaming', text: '해외에서는 하루 단위로 청구됩니다.', heading: '가람 로밍', score: 0.8 },
  ];
  assert.equal(rerankByOverlap('가람 요금', candidates)[0]?.id, 'fee');
  assert.equal(rerankByOverlap('가람 로밍', candidates)[0]?.id, 'roaming');
});

test('English: the topic word decides between chunks of one product, and an empty query keeps the order', () => {
  const candidates = [
    { id: 'overview', text: 'Aurora 5G is our flagship plan. Aurora 5G includes unlimited calls.', score: 1 },
    { id: 'refund', text: 'Aurora 5G refunds are paid within 14 days of cancellation.', score: 0.7 },
  ];
  assert.equal(rerankByOverlap('Aurora refunds', candidates)[0]?.id, 'refund');
  assert.deepEqual(
    rerankByOverlap('', candidates).map((candidate) => candidate.id),
    ['overview', 'refund'],
  );
});
