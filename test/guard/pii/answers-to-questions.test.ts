// A value given alone in a message that answers another's question for it (`answerContextOf`, the scan's `asked`): the
// question is the label the answer lacks, in Korean and English; the same text with no question is nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerContextKey, answerContextOf, scanPii } from '../../../src/guard/pii/index.ts';

const answered = (previous: string, text: string) =>
  scanPii(text, answerContextOf(previous)).map((finding) => `${finding.type}:${finding.text}`);

test('what a message asks for: a name, identifiers in the order it names them, or nothing (ko, en)', () => {
  assert.deepEqual(answerContextOf('Can I have your passport number and date of birth?'), { asked: ['PASSPORT', 'DATE_OF_BIRTH'] });
  assert.deepEqual(answerContextOf('성함이 어떻게 되세요?'), { nameExpected: true });
  assert.deepEqual(answerContextOf('배송은 내일 도착해요.'), {});
  assert.equal(answerContextKey(answerContextOf('여권번호 알려주세요')), ':PASSPORT');
  assert.equal(answerContextKey({}), '');
});

test('an identifier given alone in answer is found with the type asked, and not without the question (ko, en)', () => {
  for (const [previous, text, expected] of [
    ['여권번호 알려주세요.', 'M29045713 입니다', ['PASSPORT:M29045713']],
    ['Can I have your passport number, please?', '312847596', ['PASSPORT:312847596']],
    ['생년월일 말씀해 주세요', '1985년 3월 12일이요', ['DATE_OF_BIRTH:1985년 3월 12일']],
    ['And the three digits on the back of the card?', '307', ['CARD_CVV:307']],
    ['What is your date of birth?', 'sure, 12/03/1985', ['DATE_OF_BIRTH:12/03/1985']],
  ] as const)
    assert.deepEqual(answered(previous, text), expected, `${previous} → ${text}`);
  for (const text of ['M29045713 입니다', '312847596', '307']) assert.deepEqual(scanPii(text), [], text);
  // An answer that is no value of the type asked, and a long message, are read as any text is.
  assert.deepEqual(answered('Can I have your passport number, please?', 'Nope, not now'), []);
  assert.deepEqual(answered('비밀번호 알려주세요', '모르겠어요'), []);
});

test('the types a caller wants and the threshold still apply to an answer (en, ko)', () => {
  const context = answerContextOf('Can I have your passport number, please?');
  assert.deepEqual(scanPii('312847596', { ...context, types: ['PHONE'] }), []);
  assert.deepEqual(scanPii('312847596', { ...context, minScore: 0.9 }), []);
  assert.deepEqual(
    scanPii('M29045713 입니다', { ...answerContextOf('여권번호 알려주세요'), types: ['PASSPORT'] }).map((finding) => finding.text),
    ['M29045713'],
  );
});
