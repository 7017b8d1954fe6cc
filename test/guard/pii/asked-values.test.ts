// An identifier given in answer to the turn that asked for it, in Korean and English transcripts and chats; an answer
// of other words, or a value after a turn that asked for something else, stays clean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { askedTypes } from '../../../src/guard/pii/answers/index.ts';
import { found } from './pii-test-helpers.ts';

test('a turn asks for the types its words name, in their order, only when it asks (en, ko)', () => {
  const plain = { cardSpokenOf: false };
  assert.deepEqual(askedTypes('Can I have your passport number and date of birth?', plain), ['PASSPORT', 'DATE_OF_BIRTH']);
  assert.deepEqual(askedTypes('건강보험증 번호 아시면 말씀해 주세요.', plain), ['HEALTH_INSURANCE']);
  assert.deepEqual(askedTypes('운전자 면허번호도 불러주시겠어요?', plain), ['DRIVER_LICENSE']);
  assert.deepEqual(askedTypes('Your passport is ready for collection.', plain), []);
  // An expiry is a card's only where a card is spoken of.
  assert.deepEqual(askedTypes('What is the expiry date?', plain), []);
  assert.deepEqual(askedTypes('What is the expiry date?', { cardSpokenOf: true }), ['CARD_EXPIRY']);
});

test('the value in the turn after the question, past a yes or "it\'s", takes the asked type (en)', () => {
  assert.deepEqual(
    found(
      'AGENT: I can take that payment. Card number?\nCALLER: 4549 1210 3503 4465.\nAGENT: And the three digits on the back?\nCALLER: 307.',
    ),
    ['CREDIT_CARD:4549 1210 3503 4465', 'CARD_CVV:307'],
  );
  assert.deepEqual(found("AGENT: Before we continue, can you give me your social insurance number?\nCALLER: Sure, it's 495 387 680."), [
    'CA_SIN:495 387 680',
  ]);
  assert.deepEqual(found("REP: Can you read me the member ID on your card?\nMEMBER: It's 4TN7-RK2-WD58."), [
    'HEALTH_INSURANCE:4TN7-RK2-WD58',
  ]);
  assert.deepEqual(found('Agent: And your passport number, please?\nCustomer: 548173926, expires 02/2035'), ['PASSPORT:548173926']);
  assert.deepEqual(found('Kai: what is your steam handle?\nBen: steam is lilbean_04'), ['PERSON:Kai', 'PERSON:Ben', 'USERNAME:lilbean_04']);
});

test('the value in the turn after a Korean question or request takes the asked type (ko)', () => {
  assert.deepEqual(found('상담원: 건강보험증 번호 아시면 말씀해 주세요.\n민원인: 5-1048273915요.'), ['HEALTH_INSURANCE:5-1048273915']);
  assert.deepEqual(found('상담사: 주민번호 앞자리하고 뒷자리 첫 번째 숫자만 말씀해 주시겠어요?\n고객: 670604에 1이요.'), [
    'DATE_OF_BIRTH:670604',
  ]);
  assert.deepEqual(found('직원: 여권번호 알려주시겠어요?\n고객: M29045713 입니다.'), ['PASSPORT:M29045713']);
});

test('an answer of other words or a value after another question is not read (en, ko)', () => {
  for (const text of [
    'A: what is your password?\nB: Nope',
    'AGENT: Can I get your phone model?\nCALLER: S23 Ultra, the grey one.',
    'AGENT: Which account should we use?\nCALLER: The savings one.',
    'AGENT: How many people in the booking?\nCALLER: 307.',
    'AGENT: Your member ID?\nCALLER: 3 people, sorry.',
    '상담원: 유효기간이 언제까지인가요?\n고객: 08/26이요.',
    '상담원: 몇 분이세요?\n고객: 4명이요.',
  ])
    assert.deepEqual(found(text), [], text);
});

test('a date said in words answers a question for a date of birth or a card expiry (en, ko)', () => {
  assert.deepEqual(found('AGENT: And your date of birth?\nCALLER: Second of October, nineteen seventy-nine.'), [
    'DATE_OF_BIRTH:Second of October, nineteen seventy-nine',
  ]);
  assert.deepEqual(found('REP: And date of birth?\nMEMBER: Oh-four, seventeen, forty-nine.'), [
    'DATE_OF_BIRTH:Oh-four, seventeen, forty-nine',
  ]);
  assert.deepEqual(found('AGENT: Card number?\nCALLER: 4549 1210 3503 4465.\nAGENT: Expiry?\nCALLER: Eleven twenty-eight.'), [
    'CREDIT_CARD:4549 1210 3503 4465',
    'CARD_EXPIRY:Eleven twenty-eight',
  ]);
  assert.deepEqual(found('상담원: 생년월일 말씀해 주세요.\n고객: 85년 3월 12일이요.'), ['DATE_OF_BIRTH:85년 3월 12일']);
  for (const text of ['AGENT: When is your birthday?\nCALLER: Sometime in June I think.', 'AGENT: Expiry?\nCALLER: Next week.'])
    assert.deepEqual(found(text), [], text);
});
