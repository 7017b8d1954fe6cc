import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchTerms } from '../../../src/knowledge/store/index.ts';
import { rememberSearchTerms, searchTermsOf } from '../../../src/knowledge/store/recent-search-terms.ts';

test('searchTermsOf returns the remembered terms of the last batch and computes any other text', () => {
  const texts = ['요금제를 변경하려면 고객센터로 연락하세요.', 'Refunds take 7 days.'];
  const terms = texts.map((text) => searchTerms(text));
  rememberSearchTerms(texts, terms);
  assert.equal(searchTermsOf(texts[0]!), terms[0], 'the very array embedded a moment ago');
  assert.deepEqual(searchTermsOf('환불은 7일 이내'), searchTerms('환불은 7일 이내'));
  rememberSearchTerms(['다른 문서'], [searchTerms('다른 문서')]);
  assert.notEqual(searchTermsOf(texts[0]!), terms[0], 'only the latest batch is kept');
  assert.deepEqual(searchTermsOf(texts[0]!), terms[0]);
});
