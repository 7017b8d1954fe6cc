// Dates of birth: only after a birth word, in the Korean and English formats people write.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, scanChecked } from './pii-test-helpers.ts';

test('finds birth dates after Korean birth words', () => {
  assert.deepEqual(found('생년월일: 1985-03-12'), ['DATE_OF_BIRTH:1985-03-12']);
  assert.deepEqual(found('생년월일은 1985년 3월 12일입니다'), ['DATE_OF_BIRTH:1985년 3월 12일']);
  assert.deepEqual(found('생일 85.03.12'), ['DATE_OF_BIRTH:85.03.12']);
  assert.deepEqual(found('출생 1985.03.12 서울'), ['DATE_OF_BIRTH:1985.03.12']);
  assert.deepEqual(found('생년월일 850312'), ['DATE_OF_BIRTH:850312']);
});

test('finds birth dates after English birth words', () => {
  assert.deepEqual(found('DOB: 12/03/1985'), ['DATE_OF_BIRTH:12/03/1985']);
  assert.deepEqual(found('Date of birth March 12, 1985.'), ['DATE_OF_BIRTH:March 12, 1985']);
  assert.deepEqual(found('She was born on 12 March 1985 in Busan'), ['DATE_OF_BIRTH:12 March 1985']);
  assert.deepEqual(found('birthday: 1985/3/12'), ['DATE_OF_BIRTH:1985/3/12']);
});

test('a birthday without its year, right after the birth word, is a date of birth (ko, en)', () => {
  for (const [text, value] of [
    ['생일은 3월 12일이에요', '3월 12일'],
    ['생년월일: 12월 25일', '12월 25일'],
    ['생일 3월12일', '3월12일'],
    ['My birthday is March 12', 'March 12'],
    ['DOB 12 March', '12 March'],
    ['born on the 3rd of March', '3rd of March'],
  ] as const)
    assert.deepEqual(found(text), [`DATE_OF_BIRTH:${value}`], text);
  const [partial] = scanChecked('생일은 3월 12일이에요');
  const [whole] = scanChecked('생일은 1985년 3월 12일이에요');
  assert.ok(partial && whole && partial.score < whole.score);
  // Not right after the word, or no day of any year.
  for (const text of ['생일 쿠폰은 언제 오나요? 3월 12일까지', 'birthday sale ends March 12', '생일은 2월 30일', 'my birthday is in March'])
    assert.deepEqual(found(text), [], text);
});

test('생 with a copula after a birth date, and the DDMMMYY dates of tickets, are dates of birth (ko, en)', () => {
  assert.deepEqual(found('생년월일은 2003년 5월 19일생이고요'), ['DATE_OF_BIRTH:2003년 5월 19일']);
  assert.deepEqual(found('저는 1990년 3월 5일생입니다'), ['DATE_OF_BIRTH:1990년 3월 5일']);
  assert.deepEqual(found('Passport no.: M702K3318   Date of birth: 15MAY88'), ['PASSPORT:M702K3318', 'DATE_OF_BIRTH:15MAY88']);
  for (const text of ['2025년 3월 5일 생산이고', '그 사람의 일생이 담긴 책', 'flight on 15MAY26']) assert.deepEqual(found(text), [], text);
});

test('plain dates are not dates of birth', () => {
  assert.deepEqual(found('주문일 2026-11-28, 배송 예정 2026년 11월 30일'), []);
  assert.deepEqual(found('Order placed on March 12, 2026 and shipped 2026.11.28'), []);
});

test('an impossible date after a birth word is not a finding', () => {
  assert.deepEqual(found('생년월일 1985-02-30'), []);
  assert.deepEqual(found('DOB 2099-01-01'), []);
});

test('the first half of a resident number is not a date of birth', () => {
  assert.deepEqual(found('생년월일 및 주민번호 850312-1234565'), ['RRN:850312-1234565']);
});

test('a two-digit year after the month and the day is a date of birth after a birth word, never alone (en, ko)', () => {
  assert.deepEqual(found('DOB: 3/12/85'), ['DATE_OF_BIRTH:3/12/85']);
  assert.deepEqual(found('born on 12-03-85 in Busan'), ['DATE_OF_BIRTH:12-03-85']);
  assert.deepEqual(found('생년월일: 03/12/85'), ['DATE_OF_BIRTH:03/12/85']);
  for (const text of ['order 3/12/85 shipped', '3/12/85 에 주문했어요', 'DOB 13/13/85']) assert.deepEqual(found(text), [], text);
});

test('"the 3rd of March 1985" and the records\' 03-Mar-1985 and 3-MAR-85 are dates of birth after a birth word (en, ko)', () => {
  for (const [text, expected] of [
    ['DOB: 3rd of March, 1985', '3rd of March, 1985'],
    ['born on the 3rd of March 1985', '3rd of March 1985'],
    ['DOB 03-Mar-1985', '03-Mar-1985'],
    ['date of birth: 3-MAR-85', '3-MAR-85'],
    ['생년월일(DOB) 12-Jan-1990', '12-Jan-1990'],
  ] as const)
    assert.deepEqual(found(text), [`DATE_OF_BIRTH:${expected}`], text);
  for (const text of ['appointment on 3-Mar-2024', 'DOB 31-Feb-1985']) assert.deepEqual(found(text), [], text);
});

test('a date of birth under a data key is found: dateOfBirth, date_of_birth, birthDate, DOB (en, ko)', () => {
  for (const [text, expected] of [
    ['user = {firstName: "Jane", dateOfBirth: "1990-01-01"}', '1990-01-01'],
    ['{"date_of_birth": "1985-03-12"}', '1985-03-12'],
    ['{"birthDate": "1985-03-12", "이름": "홍길동"}', '1985-03-12'],
    ['birth_date=1985-03-12', '1985-03-12'],
  ] as const)
    assert.ok(found(text).includes(`DATE_OF_BIRTH:${expected}`), text);
  assert.deepEqual(found('rebirth 1985-03-12'), []);
});

test('a date before the character 生 is a birth date, as Korean records write one (ko, en)', () => {
  assert.deepEqual(found('피해자: 어윤서 (97.03.22生) - 횡단보도 보행 중'), ['PERSON:어윤서', 'DATE_OF_BIRTH:97.03.22']);
  assert.deepEqual(found('Injured party: (1997.03.22生), pedestrian'), ['DATE_OF_BIRTH:1997.03.22']);
  assert.deepEqual(found('제조 2024.03.22 生산라인 A'), []);
});

test('a birth date said again in another form is found again; written the same way, a later date is left (ko, en)', () => {
  assert.deepEqual(found('상담원: 생년월일 6자리 말씀해 주시겠어요?\n고객: 511002 요. 1951년 10월 2일이요.'), [
    'DATE_OF_BIRTH:511002',
    'DATE_OF_BIRTH:1951년 10월 2일',
  ]);
  assert.deepEqual(found('DOB 19 Nov 2015\nAgent: No problem, amended to 19NOV2015.'), [
    'DATE_OF_BIRTH:19 Nov 2015',
    'DATE_OF_BIRTH:19NOV2015',
  ]);
  // Another day, or the same day written the same way in a vaccine's row, is not the birth date.
  assert.deepEqual(found('DOB 1980-05-05. Appointment 2024-05-05.'), ['DATE_OF_BIRTH:1980-05-05']);
  assert.deepEqual(found('생년월일: 2023.03.02\nBCG | 2023.03.02 | 0571K22'), ['DATE_OF_BIRTH:2023.03.02']);
});
