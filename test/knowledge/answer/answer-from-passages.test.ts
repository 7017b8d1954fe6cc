// The builtin grounded engine: best sentences cited down to their span in the document, honest when nothing fits, in both languages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerFromPassages } from '../../../src/knowledge/answer/index.ts';
import type { SearchResult } from '../../../src/knowledge/types.ts';
import {
  buildDocument,
  chunk,
  energyEnglish,
  financeKorean,
  healthcareKorean,
  ranked,
  telecomEnglish,
  telecomKorean,
  type FixtureDocument,
} from './__fixtures__/passages.ts';

const documents = [telecomKorean, telecomEnglish, energyEnglish, healthcareKorean, financeKorean];
const everything = ranked(...documents.flatMap((document) => document.chunks));
const mixedTelecom = ranked(chunk(telecomKorean, 0), chunk(telecomEnglish, 0), chunk(telecomKorean, 1), chunk(energyEnglish, 0));

function documentOf(chunkId: string): FixtureDocument {
  const found = documents.find((document) => document.chunks.some((candidate) => candidate.chunkId === chunkId));
  if (!found) throw new Error(`no fixture document holds ${chunkId}`);
  return found;
}

/** Every citation's span slices its quote out of the original document. */
function assertSpansPointIntoDocuments(citations: ReturnType<typeof answerFromPassages>['citations']): void {
  for (const citation of citations) {
    assert.equal(documentOf(citation.chunkId).text.slice(citation.source.start, citation.source.end), citation.quote);
  }
}

describe('answerFromPassages in Korean', () => {
  test('요금제 변경은 언제 적용되나요? → the date rule, cited [1], its span slicing exactly that sentence', () => {
    const result = answerFromPassages({ question: '요금제 변경은 언제 적용되나요?', passages: mixedTelecom });
    assert.equal(result.grounded, true);
    assert.equal(result.language, 'ko');
    assert.equal(result.answer, '문서에 따르면 변경된 요금제는 신청한 다음 달 1일부터 적용됩니다 [1].');
    assert.equal(result.citations.length, 1);
    const [citation] = result.citations;
    assert.equal(citation?.index, 1);
    assert.equal(citation?.chunkId, 'doc-telecom-ko:0');
    assert.equal(citation?.quote, '변경된 요금제는 신청한 다음 달 1일부터 적용됩니다.');
    assert.equal(
      telecomKorean.text.slice(citation?.source.start, citation?.source.end),
      '변경된 요금제는 신청한 다음 달 1일부터 적용됩니다.',
    );
    assert.ok((citation?.source.start ?? 0) > chunk(telecomKorean, 0).source.start, 'narrowed to the sentence, not the chunk');
    assert.deepEqual(result.unsupported, []);
  });

  test('a question about another topic in the same set finds its own passage (healthcare, finance)', () => {
    const cancel = answerFromPassages({ question: '진료 예약 취소는 언제까지 가능한가요?', passages: everything });
    assert.match(cancel.answer, /하루 전 오후 6시까지 가능합니다 \[1\]/u);
    assert.equal(cancel.citations[0]?.chunkId, 'doc-clinic-ko:0');
    const fee = answerFromPassages({ question: '중도상환수수료는 얼마인가요?', passages: everything });
    assert.match(fee.answer, /1\.2%/u);
    assert.equal(fee.citations[0]?.docId, 'doc-loan-ko');
    assertSpansPointIntoDocuments([...cancel.citations, ...fee.citations]);
  });

  test('an unrelated question gets an honest "not found", no citations', () => {
    const result = answerFromPassages({ question: '제주도 날씨는 어때요?', passages: everything });
    assert.equal(result.grounded, false);
    assert.deepEqual(result.citations, []);
    assert.match(result.answer, /^문서에서 관련 내용을 찾지 못했습니다/u);
    assert.doesNotMatch(result.answer, /\[\d+\]/u);
  });

  test('a Korean question over English passages quotes them verbatim, framed in Korean', () => {
    const result = answerFromPassages({
      question: '해지 위약금은 얼마인가요?',
      passages: ranked(...telecomEnglish.chunks, ...energyEnglish.chunks),
    });
    assert.equal(result.language, 'ko');
    assert.equal(result.grounded, true);
    assert.match(
      result.answer,
      /^영문 문서에는 다음과 같이 나와 있습니다: "The early termination fee is 50,000 won if you cancel within 12 months of activation\." \[1\]/u,
    );
    assert.equal(result.citations[0]?.chunkId, 'doc-telecom-en:1');
    assert.ok(result.citations[0]?.quote.startsWith('The early termination fee is 50,000 won'));
    assertSpansPointIntoDocuments(result.citations);
  });
});

describe('answerFromPassages in English', () => {
  test('picks the English rule and leads with a phrase that keeps the sentence intact', () => {
    const result = answerFromPassages({ question: 'When do plan changes take effect?', passages: mixedTelecom });
    assert.equal(result.language, 'en');
    assert.equal(result.answer, 'According to the documents, plan changes take effect on the first day of the next billing cycle [1].');
    assert.equal(result.citations[0]?.chunkId, 'doc-telecom-en:0');
    assert.equal(result.citations[0]?.index, 1);
    assertSpansPointIntoDocuments(result.citations);
  });

  test('an English question over Korean passages quotes the Korean sentence, framed in English', () => {
    const result = answerFromPassages({ question: 'When does a plan change take effect?', passages: ranked(...telecomKorean.chunks) });
    assert.equal(result.language, 'en');
    assert.match(result.answer, /^The Korean documents say: "변경된 요금제는 신청한 다음 달 1일부터 적용됩니다\." \[1\]/u);
  });

  test('an unrelated question gets an honest "not found", no citations', () => {
    const result = answerFromPassages({ question: 'What is the capital of France?', passages: everything });
    assert.equal(result.grounded, false);
    assert.deepEqual(result.citations, []);
    assert.match(result.answer, /couldn't find this in the knowledge base/u);
  });

  test('no passages at all is "not found" too', () => {
    const result = answerFromPassages({ question: 'How much is the late payment fee?', passages: [] });
    assert.equal(result.grounded, false);
    assert.deepEqual(result.citations, []);
  });

  test('each distinct chunk is one citation, numbered in reading order', () => {
    const result = answerFromPassages({
      question: 'How much does roaming data cost per day, and when is payment due?',
      passages: everything,
    });
    assert.equal(result.grounded, true);
    assert.deepEqual(
      result.citations.map((citation) => citation.index),
      result.citations.map((_, position) => position + 1),
    );
    assert.equal(new Set(result.citations.map((citation) => citation.chunkId)).size, result.citations.length);
    for (const citation of result.citations) assert.ok(result.answer.includes(`[${citation.index}]`));
    assertSpansPointIntoDocuments(result.citations);
  });
});

describe('answerFromPassages selection', () => {
  const refund = buildDocument({
    docId: 'doc-refund',
    path: 'telecom/refund.md',
    title: '환불 안내',
    chunks: ['환불은 해지 신청이 접수된 뒤 등록된 계좌로 처리됩니다. 환불은 해지 후 7영업일 이내에 처리됩니다.'],
  });

  test('a when-question prefers the sentence with a number or date; a how-question does not need one', () => {
    const when = answerFromPassages({ question: '환불은 언제 처리되나요?', passages: refund.chunks, maxSentences: 1 });
    assert.equal(when.citations[0]?.quote, '환불은 해지 후 7영업일 이내에 처리됩니다.');
    const how = answerFromPassages({ question: '환불은 어떻게 처리되나요?', passages: refund.chunks, maxSentences: 1 });
    assert.equal(how.citations[0]?.quote, '환불은 해지 신청이 접수된 뒤 등록된 계좌로 처리됩니다.');
  });

  test('two near-identical sentences from different chunks give one sentence in the answer', () => {
    const faq = buildDocument({
      docId: 'doc-faq',
      path: 'telecom/faq.md',
      title: 'FAQ',
      chunks: ['해지 신청은 고객센터 또는 모바일 앱에서 할 수 있습니다. 해지 후 남은 데이터는 소멸됩니다.'],
    });
    const copy = buildDocument({
      docId: 'doc-faq-copy',
      path: 'telecom/faq-copy.md',
      title: 'FAQ (사본)',
      chunks: ['해지 신청은 고객센터나 모바일 앱에서 할 수 있습니다.'],
    });
    const passages: SearchResult[] = ranked(chunk(faq, 0), chunk(copy, 0));
    const result = answerFromPassages({ question: '해지 신청은 어디서 하나요?', passages });
    assert.equal(result.answer.match(/해지 신청은/gu)?.length, 1, result.answer);
    assert.equal(result.citations.length, 1);
    assert.equal(result.citations[0]?.chunkId, 'doc-faq:0', 'the better-ranked copy is kept');
  });

  test('maxSentences caps the answer and minSupport raises the bar', () => {
    const loose = answerFromPassages({ question: '데이터를 다 쓰면 어떻게 되나요?', passages: everything });
    assert.equal(loose.answer.match(/\[\d+\]/gu)?.length, 2);
    const capped = answerFromPassages({ question: '데이터를 다 쓰면 어떻게 되나요?', passages: everything, maxSentences: 1 });
    assert.equal(capped.answer.match(/\[\d+\]/gu)?.length, 1);
    const strict = answerFromPassages({ question: '데이터를 다 쓰면 어떻게 되나요?', passages: everything, minSupport: 0.9 });
    assert.equal(strict.grounded, false);
  });

  test('is deterministic for the same input', () => {
    const first = answerFromPassages({ question: '요금제 변경은 언제 적용되나요?', passages: everything });
    const second = answerFromPassages({ question: '요금제 변경은 언제 적용되나요?', passages: everything });
    assert.deepEqual(first, second);
  });
});
