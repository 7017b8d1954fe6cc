// Phone numbers: Korean mobile, landline, 070, 050X safe numbers, +82 and other +country forms; business numbers excluded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, scanChecked } from './pii-test-helpers.ts';

test('finds Korean mobile numbers with -, space, . or no separator', () => {
  for (const number of ['010-1234-5678', '010 1234 5678', '010.1234.5678', '01012345678', '011-123-4567', '019-9876-5432']) {
    assert.deepEqual(found(`연락처: ${number}`), [`PHONE:${number}`], number);
  }
});

test('a hyphen or a dot with blanks around it separates the groups too (ko, en)', () => {
  for (const [text, number] of [
    ['번호는 010 - 1234 - 5678 이에요', '010 - 1234 - 5678'],
    ['사무실 02 - 123 - 4567 로 주세요', '02 - 123 - 4567'],
    ['call me at 010- 9876- 5432 tonight', '010- 9876- 5432'],
    ['my number: 010 . 9876 . 5432', '010 . 9876 . 5432'],
  ] as const)
    assert.deepEqual(found(text), [`PHONE:${number}`], text);
  for (const text of ['기간 2024 - 2025 동안', 'scores 0 - 1234 - 5678', '010 -- 1234 -- 5678']) assert.deepEqual(found(text), [], text);
});

test('finds Seoul and regional landlines, 070 and 050X safe numbers', () => {
  for (const number of [
    '02-123-4567',
    '02-1234-5678',
    '031-123-4567',
    '064-712-3456',
    '(02) 1234-5678',
    '070-1234-5678',
    '0505-123-4567',
    '0502-1234-5678',
  ]) {
    assert.deepEqual(found(`전화 ${number}로 주세요`), [`PHONE:${number}`], number);
  }
});

test('an area code closed by a bracket alone, as cards and forms write it (ko, en)', () => {
  assert.deepEqual(found('전화번호: 031)123-4567'), ['PHONE:031)123-4567']);
  assert.deepEqual(found('연락처 02) 1234-5678 로 주세요'), ['PHONE:02) 1234-5678']);
  assert.deepEqual(found('Office tel 051)555-1234, ask for the front desk'), ['PHONE:051)555-1234']);
  // A bracket glued to a word before it still marks a code, not a number.
  assert.deepEqual(found('model x(02)1234-5678'), []);
});

test('finds +82 forms in English text', () => {
  assert.deepEqual(found('Call me at +82 10-1234-5678 tomorrow.'), ['PHONE:+82 10-1234-5678']);
  assert.deepEqual(found('My office: +82-2-123-4567.'), ['PHONE:+82-2-123-4567']);
});

test('finds other countries’ +numbers, validated by libphonenumber, with a lower score than Korean ones', () => {
  const [us] = scanChecked('My phone is +1 415 555 2671, thanks', { minScore: 0 });
  assert.equal(us?.text, '+1 415 555 2671');
  const [uk] = scanChecked('+44 20 7946 0958', { minScore: 0 });
  const [korean] = scanChecked('+82 10-1234-5678', { minScore: 0 });
  assert.ok(uk && korean && uk.score < korean.score);
  assert.deepEqual(found('+1 123 456'), []);
});

test('a number dialled with 00 instead of the plus sign is a phone, but not a zero-padded identifier (ko, en)', () => {
  for (const [text, number] of [
    ['해외에서는 0082-10-1234-5678 로 연락주세요', '0082-10-1234-5678'],
    ['사무실 0082 2 3456 7890', '0082 2 3456 7890'],
    ['From abroad call 0044 20 7946 0958', '0044 20 7946 0958'],
  ] as const)
    assert.deepEqual(found(text), [`PHONE:${number}`], text);
  for (const text of ['ID 0012345678901', 'order 0012-3456-7890', '상품코드 00123456789']) assert.deepEqual(found(text), [], text);
});

test('digit words glued to a word after a number are that word, not more digits: a name after a phone stays a name (ko, en)', () => {
  assert.deepEqual(found('010-1234-5678 이영희'), ['PHONE:010-1234-5678', 'PERSON:이영희']);
  assert.deepEqual(found('call 010-1234-5678 영업팀'), ['PHONE:010-1234-5678']);
  // A particle or a copula after the digit words ends the number, as before.
  assert.deepEqual(found('공일공 일이삼사 오육칠팔이에요'), ['PHONE:공일공 일이삼사 오육칠팔']);
  assert.deepEqual(found('010 1234 오육칠팔번으로 연락 주세요'), ['PHONE:010 1234 오육칠팔']);
});

test('business numbers 15XX/16XX/18XX are not personal phone numbers', () => {
  assert.deepEqual(found('고객센터 1588-1234 로 연락 주세요'), []);
  assert.deepEqual(found('Call our hotline 1644-5678 or 1800-1234'), []);
  assert.deepEqual(found('+82 1588-1234'), []);
});

test('context words raise the score', () => {
  const [bare] = scanChecked('02-123-4567', { minScore: 0 });
  const [labelled] = scanChecked('tel. 02-123-4567', { minScore: 0 });
  assert.ok(bare && labelled && labelled.score > bare.score);
});

test('numbers that only look like phones are not phones', () => {
  assert.deepEqual(found('주문번호 20261128-000045'), []);
  assert.deepEqual(found('운송장 1234-5678-9012'), []);
  assert.deepEqual(found('0123-4567-8901'), []);
  assert.deepEqual(found('010-1234-56789'), []);
});

test('a US or UK number typed without separators counts right after a word for a phone (en, ko)', () => {
  for (const [text, number] of [
    ['my cell is 4158675309', '4158675309'],
    ['phone: 2125550147', '2125550147'],
    ['text me at 9175550123 after 6', '9175550123'],
    ['call me at 14158675309', '14158675309'],
    ['my number is 4158675309', '4158675309'],
    ['my mobile is 07400123456', '07400123456'],
    ['미국 휴대폰 4158675309 로 연락 주세요', '4158675309'],
  ] as const)
    assert.deepEqual(found(text), [`PHONE:${number}`], text);
  // Without the word, or after the label of another number, ten digits are an order, an invoice or a member number.
  for (const text of ['order 4158675309', 'my order number is 4158675309', 'I called about invoice 4158675309', '회원번호 4158675309'])
    assert.deepEqual(found(text), [], text);
});

test('an Australian mobile written 0412 345 678 counts after a word for a phone (en, ko)', () => {
  for (const [text, number] of [
    ['call me on 0412 345 678', '0412 345 678'],
    ['Mobile: 0412-345-678', '0412-345-678'],
    ['호주 휴대폰 0412 345 678 로 연락 주세요', '0412 345 678'],
  ] as const)
    assert.deepEqual(found(text), [`PHONE:${number}`], text);
  // Without the word it is as likely a product or an order code; a group too many or another prefix is no mobile.
  for (const text of ['order 0412 345 678 shipped', '주문 0412 345 678', 'phone 0412 345 6789', 'mobile 0012 345 678'])
    assert.deepEqual(found(text), [], text);
});

test('a national number of any common country counts right after a phone label, written as that country groups it (en, ko)', () => {
  for (const [text, number] of [
    ['Callback on 0806 219 4470 if worse', '0806 219 4470'], // Nigeria
    ['Best number is 087 442 1968.', '087 442 1968'], // Ireland
    ['Landline: 06221 7389451', '06221 7389451'], // Germany
    ['phone: (08) 9384 2217', '(08) 9384 2217'], // Australia, a landline
    ['Mob: 9866023417', '9866023417'], // India, a mobile written together
    ['Mobile number: 07946 302 771', '07946 302 771'], // the UK, a mobile as people group it
    ['연락처: 98290 11462 (인도 휴대폰)', '98290 11462'],
    ['E1042,배수아,2019-03-04,010-3392-1187,sua.bae@example.com', '010-3392-1187'], // a CSV row after a date
  ] as const)
    assert.deepEqual(
      found(text).filter((value) => value.startsWith('PHONE')),
      [`PHONE:${number}`],
      text,
    );
  // Valid somewhere but not so written, toll-free, a business number, a date after the last field's label, no label.
  for (const text of [
    'my number is 12345678',
    'call 1-800-555-0199',
    '대표전화 1899-6533 말고 직통으로 주세요',
    '연락처 01014214490 | 신청일 2025-12-19',
    'order 0806 219 4470 shipped',
  ])
    assert.deepEqual(
      found(text).filter((value) => value !== 'PHONE:01014214490'),
      [],
      text,
    );
});

test('a national number of another region that shares +1 or +44 counts as the US and UK ones do (en, ko)', () => {
  for (const [text, number] of [
    ['call me at (416) 967-1111', '(416) 967-1111'],
    ['캐나다 번호 604-555-0199로 연락 주세요', '604-555-0199'],
    ['my Guernsey mobile is 07911 123456', '07911 123456'],
  ] as const)
    assert.deepEqual(found(text), [`PHONE:${number}`], text);
  // Toll-free stays a business number wherever it is dialled.
  assert.deepEqual(found('call me at 1-800-555-0199'), []);
});

test("a UPS parcel's number and a bank's routing number are no phones (en, ko)", () => {
  assert.deepEqual(found('TRACKING #: 1Z 9R4 F29 02 4471 9038'), []);
  assert.deepEqual(found('Bank of America 계좌번호 4830 1927 5561 이고 routing은 026009593 이래요.'), ['BANK_ACCOUNT:4830 1927 5561']);
  assert.deepEqual(found('call me on 02 4471 9038'), ['PHONE:02 4471 9038']);
});

test("an organisation's own line and a British service line are no person's; Pakistan's 03 mobiles are (en, ko)", () => {
  for (const text of [
    'If either is wrong, call us on 0345 602 1997.',
    'Need help? Call 333 from your Three phone (free) or 0333 338 1001 from any other phone.',
    '문의는 call us on +82 2 1234 5678 로 주세요',
    // A main line, a desk, a switchboard or a fax, before the number or in brackets after it.
    '세부내역서에 찍힌 병원 대표번호 031-8017-2200 말고요',
    '새솔초등학교 행정실 | 전화 031-8041-7320 (대표) | 팩스 031-8041-7399',
    'Any questions, please ring the school office on 03 348 6127.',
    'PATIENT INTAKE (main desk 208-377-1500)',
  ])
    assert.deepEqual(found(text), [], text);
  // A person's own number after the main line's word is still theirs.
  assert.deepEqual(found('대표번호 말고 제 폰 010 2209 7714 로 주세요'), ['PHONE:010 2209 7714']);
  assert.deepEqual(found('Regards,\nMuhammad Usman Farooq\nMobile: 0300-4418273'), ['PERSON:Muhammad Usman Farooq', 'PHONE:0300-4418273']);
  assert.deepEqual(found('급한 일은 call me on 07812 660 413'), ['PHONE:07812 660 413']);
});

test("an organisation's landline on its own letterhead or handout line is no person's; a mobile or a named person's stays (en, ko)", () => {
  for (const text of [
    'AL NOOR EXCHANGE - Deira, Dubai   Tel 04 226 5100',
    'Riverside Orthopaedic Clinic, Gangnam-gu, Seoul   Tel 02-3445-7700',
    'Follow-up: cardiology clinic 404-778-1300, within 2 weeks.',
    '[복약안내문] 온누리봄약국  ☎ 031-716-2208',
    '의료기관: 봄빛소아청소년과의원 / 요양기관기호: 31204516 / 전화 031-902-7741',
  ])
    assert.deepEqual(found(text), [], text);
  assert.deepEqual(found('온누리약국 담당 약사 휴대폰 010-2233-4455'), ['PHONE:010-2233-4455']);
  assert.deepEqual(found('Name: Linda Johnson | Company: Blue Harbor LLC | Phone: 020 7491 7665'), [
    'PERSON:Linda Johnson',
    'PHONE:020 7491 7665',
  ]);
});
