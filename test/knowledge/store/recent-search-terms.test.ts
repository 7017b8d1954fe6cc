import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchTerms } from '../../../src/knowledge/store/index.ts';
import { rememberSearchTerms, searchTermsOf } from '../../../src/knowledge/store/recent-search-terms.ts';

test('searchTermsOf returns the remembered terms of recent batches and computes any other text', () => {
  const texts = ['요금제를 변경하려면 고객센터로 연락하세요.', 'Refunds take 7 days.'];
  const terms = texts.map((text) => searchTerms(text));
  rememberSearchTerms(texts, terms);
  assert.equal(searchTermsOf(texts[0]!), terms[0], 'the very array embedded a moment ago');
  assert.deepEqual(searchTermsOf('환불은 7일 이내'), searchTerms('환불은 7일 이내'));
  rememberSearchTerms(['다른 문서'], [searchTerms('다른 문서')]);
  assert.equal(searchTermsOf(texts[1]!), terms[1], 'an earlier batch (a document held for a batched write) is still known');
});

test('searchTermsOf forgets texts once several thousand newer ones were remembered', () => {
  const text = '환불은 결제일로부터 7일 이내에 가능합니다.';
  const terms = searchTerms(text);
  rememberSearchTerms([text], [terms]);
  for (let round = 0; round < 4; round += 1) {
    const filler = Array.from({ length: 3_000 }, (_, index) => `filler ${round} ${index}`);
    rememberSearchTerms(
      filler,
      filler.map((value) => searchTerms(value)),
    );
  }
  assert.notEqual(searchTermsOf(text), terms, 'the memo stays bounded');
  assert.deepEqual(searchTermsOf(text), terms);
});
