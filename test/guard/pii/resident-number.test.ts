// Resident (RRN) and foreigner (FRN) registration numbers: date, gender digit, checksum that raises but never rejects.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasValidResidentChecksum, residentNumberRecognizer } from '../../../src/guard/pii/index.ts';
import { found, scanChecked } from './pii-test-helpers.ts';

test('finds a hyphenated RRN after a Korean label, with its exact span', () => {
  const text = '고객님 주민등록번호는 850312-1234565 입니다.';
  const [finding] = scanChecked(text);
  assert.equal(finding?.type, 'RRN');
  assert.equal(finding?.text, '850312-1234565');
  assert.equal(finding?.start, text.indexOf('850312'));
  assert.equal(finding?.score, 1);
});

test('finds an RRN after an English label', () => {
  assert.deepEqual(found('Resident registration number: 850312-1234565'), ['RRN:850312-1234565']);
});

test('a valid checksum raises the score but a failed one does not reject (numbers since October 2020)', () => {
  assert.equal(hasValidResidentChecksum('0304153123458'), true);
  assert.equal(hasValidResidentChecksum('0304153123451'), false);
  const valid = residentNumberRecognizer.find('030415-3123458', {})[0];
  const unchecked = residentNumberRecognizer.find('030415-3123451', {})[0];
  assert.ok(valid && unchecked);
  assert.ok(valid.score > unchecked.score);
  assert.deepEqual(found('030415-3123451'), ['RRN:030415-3123451']);
});

test('gender digits 5-8 make a foreigner registration number', () => {
  assert.deepEqual(found('외국인등록번호 900101-5123450'), ['FRN:900101-5123450']);
  assert.deepEqual(found('Alien registration card 021105-7234561'), ['FRN:021105-7234561']);
});

test('without the hyphen an RRN needs a label or a valid checksum', () => {
  assert.deepEqual(found('주민번호 8503121234567'), ['RRN:8503121234567']);
  assert.deepEqual(found('8503121234565'), ['RRN:8503121234565']);
  assert.deepEqual(found('코드 8503121234567'), []);
});

test('an impossible birth date is not an RRN', () => {
  assert.deepEqual(found('주민번호 850230-1234567'), []);
  assert.deepEqual(found('주민번호 851312-1234567'), []);
});

test('a Korean product barcode (EAN-13, prefix 880) is not an RRN', () => {
  assert.deepEqual(found('바코드 8801234567893'), []);
  assert.deepEqual(found('SKU-8801234567893'), []);
});

test('a number inside a longer number or code is not an RRN', () => {
  assert.deepEqual(found('20850312-1234565'), []);
  assert.deepEqual(found('850312-12345651'), []);
});

test('a hyphen with spaces around it still joins the two parts (ko, en)', () => {
  assert.deepEqual(found('주민번호는 900101 - 1234567 입니다'), ['RRN:900101 - 1234567']);
  assert.deepEqual(found('RRN 900101 -1234567 please'), ['RRN:900101 -1234567']);
});

test('a number given in two parts after a label is found as two findings (ko)', () => {
  assert.deepEqual(found('주민번호 앞자리 900101이고 뒷자리 1234567이에요'), ['RRN:900101', 'RRN:1234567']);
  assert.deepEqual(found('주민등록번호 900101 뒤 7자리는 2345678'), ['RRN:900101', 'RRN:2345678']);
  assert.deepEqual(found('주민번호 900101에 1234567이요'), ['RRN:900101', 'RRN:1234567']);
  assert.deepEqual(found('외국인등록번호 앞 900101 뒷번호 5234567'), ['FRN:900101', 'FRN:5234567']);
  const text = '주민번호 앞자리 850312 뒷자리 1234565';
  const findings = scanChecked(text);
  assert.deepEqual(
    findings.map((finding) => [finding.start, finding.end, finding.score]),
    [
      [text.indexOf('850312'), text.indexOf('850312') + 6, 1],
      [text.indexOf('1234565'), text.indexOf('1234565') + 7, 1],
    ],
    'a valid checksum makes both parts certain',
  );
});

test('a number given in two parts after a label is found as two findings (en)', () => {
  assert.deepEqual(found('My RRN is 900101 and the last seven digits are 1234567'), ['RRN:900101', 'RRN:1234567']);
  assert.deepEqual(found('resident registration number: 900101, back digits 2345678'), ['RRN:900101', 'RRN:2345678']);
});

test('the last seven digits alone, right after the label and a word for them, are the number they come from (ko, en)', () => {
  assert.deepEqual(found('주민등록번호 뒷자리 1234567 입니다'), ['RRN:1234567']);
  assert.deepEqual(found('외국인등록번호의 뒷자리는 5123456이에요'), ['FRN:5123456']);
  assert.deepEqual(found('my RRN last seven digits are 2345678'), ['RRN:2345678']);
  assert.deepEqual(found('주문번호 뒷자리 1234567 확인해 주세요'), []);
  assert.deepEqual(found('주민번호는 모르고 송장 뒷자리 1234567'), [], 'the label must stand right before the word for the digits');
  assert.deepEqual(found('주민번호 뒷자리 9234567'), [], 'no gender digit 9');
  assert.deepEqual(found('법인등록번호 뒷자리 1234567'), []);
});

test('the first six digits alone, right after the label and a word for them, are the birth date they read as (ko, en)', () => {
  assert.deepEqual(found('주민등록번호 앞자리 900101'), ['DATE_OF_BIRTH:900101']);
  assert.deepEqual(found('주민번호 앞자리는 900101이에요'), ['DATE_OF_BIRTH:900101']);
  assert.deepEqual(found('주민번호 앞 6자리 050317 입니다'), ['DATE_OF_BIRTH:050317']);
  assert.deepEqual(found('My RRN first six digits are 900101'), ['DATE_OF_BIRTH:900101']);
  assert.deepEqual(found('주민번호 앞자리 901301'), [], '13th month');
  assert.deepEqual(found('앞자리 900101 확인해 주세요'), [], 'no resident-number label');
  assert.deepEqual(found('주문번호 앞자리 900101'), []);
  assert.deepEqual(found('법인등록번호 앞자리 110111'), []);
  assert.deepEqual(found('주민번호는 모르고 주문 앞자리 900101'), [], 'the label must stand right before the word for the digits');
  assert.deepEqual(found('first six digits of the order 900101'), []);
});

test('two numbers in one sentence are not a split resident number without its label, a real date or a word joining them', () => {
  assert.deepEqual(found('주문번호 900101 송장 1234567'), []);
  assert.deepEqual(found('order 900101, last 7 digits of tracking 1234567'), []);
  assert.deepEqual(found('주민번호 물어보는데 주문번호 900101이고 송장번호 1234567이에요'), []);
  assert.deepEqual(found('주민번호 앞자리 901301 뒷자리 1234567'), [], '13th month');
  assert.deepEqual(found('법인등록번호 앞자리 110111 뒷자리 1234567'), []);
  assert.deepEqual(found('RRN front 900101 back 9234567'), [], 'an 1800s birth is too rare to trust without the hyphen');
});

test('a resident or foreigner number spelled in Korean digit words after its label is found as written', () => {
  for (const [text, expected] of [
    ['주민번호 구공공일공일 다시 일이삼사오육칠', 'RRN:구공공일공일 다시 일이삼사오육칠'],
    ['주민번호는 팔오일이일오에 일이삼사오육칠이요', 'RRN:팔오일이일오에 일이삼사오육칠'],
    ['주민등록번호: 구공공일공일-일이삼사오육칠', 'RRN:구공공일공일-일이삼사오육칠'],
    ['외국인등록번호 팔이공육이팔 오사공공팔오삼', 'FRN:팔이공육이팔 오사공공팔오삼'],
    ['주민번호 9001공1 1234567', 'RRN:9001공1 1234567'],
  ] as const)
    assert.deepEqual(found(text), [expected], text);
  // Too many digits, or a counter number, are no resident number.
  for (const text of ['주민번호 구공공일공일 일이삼사오육칠팔', '주민센터 일이삼 번 창구']) assert.deepEqual(found(text), [], text);
  // Without the label, the words read as the digits they stand for, which the number's own shape vouches for as its
  // digits would ("900101-1234567").
  assert.deepEqual(found('구공공일공일 다시 일이삼사오육칠'), ['RRN:구공공일공일 다시 일이삼사오육칠']);
  // In English text around it the same (a Korean customer's message to an English-speaking agent).
  assert.deepEqual(found('My 주민번호 is 구공공일공일 일이삼사오육칠'), ['RRN:구공공일공일 일이삼사오육칠']);
});

test('a number with its last six digits masked still shows a birth date and gender, and is masked whole (ko, en)', () => {
  for (const [text, expected] of [
    ['주민등록번호: 900101-1******', 'RRN:900101-1******'],
    ['RRN on file: 850312-2●●●●●●', 'RRN:850312-2●●●●●●'],
    ['외국인등록번호 900101-5xxxxxx', 'FRN:900101-5xxxxxx'],
  ] as const)
    assert.deepEqual(found(text), [expected], text);
  // No real birth date, or not six mask characters, or a gender digit that no number has: none.
  for (const text of ['주문번호 991332-1******', '900101-1*****', 'order 900101-9******']) assert.deepEqual(found(text), [], text);
});
