// Numbers spelled out in English words, read as the digits they stand for: found with the type the digits have and the
// span of the words, in English and in Korean sentences; counts, prices and interjections stay clean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found } from './pii-test-helpers.ts';
import { disguisedNumberCases } from '../../../bench/guard/pii/disguised-number-cases.ts';
import { findSpelledNumbers } from '../../../src/guard/pii/spelled-english-numbers.ts';
import { scanPii } from '../../../src/guard/pii/index.ts';

test('the words are read as digits, grouped where a comma, a dot, a dash or a bracket groups them', () => {
  const read = (text: string) => findSpelledNumbers(text).map((number) => [text.slice(number.start, number.end), number.digits]);
  assert.deepEqual(read('call me at four one five, eight six seven, five three oh nine.'), [
    ['four one five, eight six seven, five three oh nine', '415 867 5309'],
  ]);
  assert.deepEqual(read('ring oh seven four double oh one two three four five six'), [
    ['oh seven four double oh one two three four five six', '07400123456'],
  ]);
  assert.deepEqual(read('(two one two) eight six seven - fifty three oh nine'), [
    ['two one two) eight six seven - fifty three oh nine', '212 867 5309'],
  ]);
  assert.deepEqual(read('one eight hundred, five five five, twenty twenty'), [
    ['one eight hundred, five five five, twenty twenty', '1800 555 2020'],
  ]);
  assert.deepEqual(read('010 one two three four 5678'), [['010 one two three four 5678', '01012345678']]);
  // Fewer than three words or seven digits, or an "oh" that stands alone.
  for (const text of ['two or three', 'one two three four five six', 'oh, 1234567', '12 34 567 89']) assert.deepEqual(read(text), [], text);
});

test('a spelled number is found with the type of its digits and the span of its words (en, ko)', () => {
  for (const [text, expected] of [
    ['call me at four one five, eight six seven, five three oh nine please', 'PHONE:four one five, eight six seven, five three oh nine'],
    ['my cell is four one five eight six seven five three zero nine', 'PHONE:four one five eight six seven five three zero nine'],
    ['reach me on oh seven four double oh, one two three four five six', 'PHONE:oh seven four double oh, one two three four five six'],
    ['my ssn is five three six, two two, one two three four', 'US_SSN:five three six, two two, one two three four'],
    ['연락처 010 one two three four 5678 로 주세요', 'PHONE:010 one two three four 5678'],
    [
      '번호는 zero one zero, nine eight seven six, five four three two 예요',
      'PHONE:zero one zero, nine eight seven six, five four three two',
    ],
    [
      '주민번호 nine zero zero one zero one, one two three four five six seven',
      'RRN:nine zero zero one zero one, one two three four five six seven',
    ],
  ] as const)
    assert.deepEqual(found(text), [expected], text);
});

test('the digits are judged as typed digits are: an invalid number, or one after an order label, is none (en, ko)', () => {
  // 555-123-4567 is no real US number, and an order number is no phone however it is written.
  for (const text of [
    'call me at five five five, one two three, four five six seven',
    'my order number is four one five eight six seven five three zero nine',
  ])
    assert.deepEqual(found(text), [], text);
  // The bench's clean sentences: counts, prices, room numbers and interjections.
  for (const text of disguisedNumberCases().negatives) assert.deepEqual(found(text), [], text);
});

test('a spelled number takes the same minimum score and types as any finding, and its text is the words', () => {
  const text = 'call me at four one five, eight six seven, five three oh nine';
  assert.deepEqual(scanPii(text, { types: ['EMAIL'] }), []);
  const [phone] = scanPii(text, { types: ['PHONE'] });
  assert.equal(phone?.text, text.slice(phone!.start, phone!.end));
  assert.deepEqual(scanPii(text, { minScore: 0.99 }), []);
});
