import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { englishStem, searchTerms } from '../../../src/knowledge/store/index.ts';
import { fuseRankings, removeNearDuplicates } from '../../../src/knowledge/retrieve/index.ts';

describe('search terms', () => {
  test('Hangul words give a particle-stripped stem and bigrams', () => {
    assert.deepEqual(searchTerms('요금제를'), ['요금제', '요금', '금제', '제를']);
    assert.ok(searchTerms('환불하려면').includes('환불'));
    assert.deepEqual(searchTerms('환불은'), ['환불', '불은']);
  });

  test('normalises width and case, stems English, drops stop words', () => {
    assert.deepEqual(searchTerms('ＲＥＦＵＮＤＳ for the Policies'), ['refund', 'policy']);
    assert.equal(englishStem('refunded'), 'refund');
    assert.equal(englishStem('shipping'), 'ship');
    assert.equal(englishStem('boxes'), 'box');
    assert.equal(englishStem('status'), 'status');
  });
});

describe('fusion and near-duplicates', () => {
  test('reciprocal-rank fusion rewards agreement and stays in [0,1]', () => {
    const fused = fuseRankings([
      [
        { rowid: 1, relevance: 5 },
        { rowid: 2, relevance: 4 },
      ],
      [
        { rowid: 2, relevance: 0.9 },
        { rowid: 3, relevance: 0.8 },
      ],
    ]);
    assert.equal(fused[0]?.rowid, 2);
    assert.ok(fused.every((entry) => entry.relevance > 0 && entry.relevance <= 1));
  });

  test('near-duplicates keep the first; different texts stay', () => {
    const kept = removeNearDuplicates(['환불은 7일 이내에 가능합니다.', '환불은 7일 이내에 가능합니다!', '배송은 2일 걸립니다.'], {
      text: (text) => text,
    });
    assert.deepEqual(kept, ['환불은 7일 이내에 가능합니다.', '배송은 2일 걸립니다.']);
  });
});
