// A name given alone as the answer to a question for it: a PERSON only where the message before asked for a name — Korean
// and English.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { asksForName, scanPii } from '../../../src/guard/pii/index.ts';

const names = (text: string, nameExpected: boolean) =>
  scanPii(text, { nameExpected })
    .filter((finding) => finding.type === 'PERSON')
    .map((finding) => finding.text);

describe('name answers', () => {
  test('questions for a name are told from other messages (ko, en)', () => {
    for (const question of [
      '성함이 어떻게 되세요?',
      '본인 확인을 위해 성함을 말씀해 주세요',
      '예약자 이름 알려주세요',
      'May I have your full name, please?',
      'Who am I speaking with?',
      'What is the name on the account?',
    ])
      assert.ok(asksForName(question), question);
    for (const other of ['이름표는 매장에서 드려요', '배송 조회 도와드릴게요', 'Your order has shipped.', 'The plan name is Premium.'])
      assert.ok(!asksForName(other), other);
  });

  for (const [answer, name] of [
    ['김영희요', '김영희'],
    ['it is Kevin.', 'Kevin'],
    ['sure, Jessica', 'Jessica'],
  ] as const)
    test(`"${answer}" gives ${name} after a question for a name, and nothing without one`, () => {
      assert.deepEqual(names(answer, true), [name]);
      assert.deepEqual(names(answer, false), []);
    });

  for (const [answer, name] of [
    ['네, 박서준입니다', '박서준'],
    ['남궁민수예요', '남궁민수'],
    ['저는 이정민이요', '이정민'],
    ['Sarah Kim', 'Sarah Kim'],
  ] as const)
    test(`"${answer}" gives ${name} once after a question for a name, as it does without one`, () => {
      assert.deepEqual(names(answer, true), [name]);
      assert.deepEqual(names(answer, false), [name]);
    });

  test('an everyday noun, a question or a sentence is no name answer (ko, en)', () => {
    for (const text of ['정수기요', '소고기요', '배송 언제 와요?', 'Order 12345', 'I want a refund', '네', 'Not sure, why do you need it?'])
      assert.deepEqual(names(text, true), [], text);
  });
});
