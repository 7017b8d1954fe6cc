// Bank accounts: bank groupings count only with banking words before them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found } from './pii-test-helpers.ts';

test('finds bank groupings after Korean banking words', () => {
  assert.deepEqual(found('입금 계좌: 신한은행 110-123-456789'), ['BANK_ACCOUNT:110-123-456789']);
  assert.deepEqual(found('국민은행 123456-12-123456 예금주 홍길동', { types: ['BANK_ACCOUNT'] }), ['BANK_ACCOUNT:123456-12-123456']);
  assert.deepEqual(found('카카오뱅크 3333-12-1234567 로 이체해 주세요'), ['BANK_ACCOUNT:3333-12-1234567']);
  assert.deepEqual(found('농협 352-1234-5678-13 으로 송금'), ['BANK_ACCOUNT:352-1234-5678-13']);
  assert.deepEqual(found('하나은행 123-456789-12345'), ['BANK_ACCOUNT:123-456789-12345']);
});

test("a bank's short name right before its passbook grouping labels it, hyphens or blanks (ko, en)", () => {
  for (const [text, account] of [
    ['카뱅 3333-01-1234567 로 보내주세요', '3333-01-1234567'],
    ['국민 123456-01-123456 이에요', '123456-01-123456'],
    ['신한 110 123 456789 로 입금할게요', '110 123 456789'],
    ['send it to KB 123456-01-123456', '123456-01-123456'],
    ['refund to NH 352-1234-5678-13 please', '352-1234-5678-13'],
  ] as const)
    assert.deepEqual(found(text), [`BANK_ACCOUNT:${account}`], text);
  // Blanks need the name right before; an everyday 우리 or 국민 before other numbers labels nothing.
  for (const text of ['우리 가족 3명 123 456 789012', '국민 여러분 110 123 456789 참고', 'order KB-110 123 456789'])
    assert.deepEqual(found(text), [], text);
});

test('finds accounts after English banking words', () => {
  assert.deepEqual(found('Please wire it to account 1002-345-678901 at Woori Bank.'), ['BANK_ACCOUNT:1002-345-678901']);
  assert.deepEqual(found('Acct no: 110123456789'), ['BANK_ACCOUNT:110123456789']);
});

test('without banking words the same groupings are not accounts', () => {
  assert.deepEqual(found('운송장 110-123-456789'), []);
  assert.deepEqual(found('123456-12-123456'), []);
  assert.deepEqual(found('tracking 1234-5678-9012'), []);
  assert.deepEqual(found('order 3333-12-1234567'), []);
});

test('bare digits need an account label right before them', () => {
  assert.deepEqual(found('계좌번호 110123456789'), ['BANK_ACCOUNT:110123456789']);
  assert.deepEqual(found('계좌 이체 완료, 주문번호 20261128000045'), []);
});

test('an account label may be followed by "is" or 는 before bare digits (en, ko)', () => {
  assert.deepEqual(found('my account number is 12345678, sort code 12-34-56'), ['BANK_ACCOUNT:12345678']);
  assert.deepEqual(found('계좌번호는 12345678901 입니다'), ['BANK_ACCOUNT:12345678901']);
  assert.deepEqual(found('the total is 12345678 won'), []);
  assert.deepEqual(found('결제 금액은 12345678원'), []);
});

test('groups apart by blanks count right after an account label too (en, ko)', () => {
  assert.deepEqual(found('My account number is 1234 5678 9012'), ['BANK_ACCOUNT:1234 5678 9012']);
  assert.deepEqual(found('계좌번호 1234 5678 9012 로 보내 주세요'), ['BANK_ACCOUNT:1234 5678 9012']);
  // Without the label, a card's length, or a mobile number: none.
  assert.deepEqual(found('order 1234 5678 9012'), []);
});

test('a mobile number right after an account label is the account it serves as (평생계좌), not left unmasked (ko, en)', () => {
  assert.deepEqual(found('계좌번호 010-1234-5678 (평생계좌)'), ['BANK_ACCOUNT:010-1234-5678']);
  assert.deepEqual(found('계좌번호는 01012345678 이에요'), ['BANK_ACCOUNT:01012345678']);
  assert.deepEqual(found('account 010 1234 5678'), ['BANK_ACCOUNT:010 1234 5678']);
});

test('a mobile number next to banking words stays a phone number', () => {
  assert.deepEqual(found('입금 확인되면 010-1234-5678로 연락 주세요'), ['PHONE:010-1234-5678']);
  assert.deepEqual(found('계좌 문의는 011-123-4567 으로'), ['PHONE:011-123-4567']);
  assert.deepEqual(found('Account questions: call 010-1234-5678'), ['PHONE:010-1234-5678']);
});

test('an account that starts like a mobile number but is grouped like an account is an account (ko and en)', () => {
  assert.deepEqual(found('출금계좌 SC제일은행 017-42-408742'), ['BANK_ACCOUNT:017-42-408742']);
  assert.deepEqual(found('Please wire it to SC First Bank account 016-20-123456'), ['BANK_ACCOUNT:016-20-123456']);
});

test("after an account label two groups and other countries' lengths count; a known grouping with a bank's words (en, ko)", () => {
  assert.deepEqual(found('BSB 062-184, account number 1047 2291.'), ['BANK_ACCOUNT:1047 2291']);
  assert.deepEqual(found('A/c No: 917010048823716   IFSC: UTIB0002187'), ['BANK_ACCOUNT:917010048823716']);
  assert.deepEqual(found('Please pay to 12-3140-0418227-00, ref INV-30418'), ['BANK_ACCOUNT:12-3140-0418227-00']);
  assert.deepEqual(found('나 새마을금고 9003-2817-46302 여기로 보내줘'), ['BANK_ACCOUNT:9003-2817-46302']);
  // Without a bank's words the same groupings are tracking and order numbers.
  for (const text of ['tracking 12-3140-0418227-00', '주문 9003-2817-46302 배송중', 'order 1047 2291 shipped'])
    assert.deepEqual(found(text), [], text);
});

test('a British account written after its sort code is one value with it, where the text speaks of banking (en, ko)', () => {
  assert.deepEqual(found('Could you refund the deposit to 20-45-77 63019284 please'), ['BANK_ACCOUNT:20-45-77 63019284']);
  assert.deepEqual(found('Barclays account number 40-12-76 31926819'), ['BANK_ACCOUNT:40-12-76 31926819']);
  assert.deepEqual(found('환급받을 계좌: Monzo 04-00-04 51829307 → 해지 예정'), ['BANK_ACCOUNT:04-00-04 51829307']);
  // Labelled apart, the account alone, as before; with no banking word the pair is a reference.
  assert.deepEqual(found('sort code 40-12-76, account number 31926819'), ['BANK_ACCOUNT:31926819']);
  for (const text of ['ref 20-45-77 63019284', '참조번호 20-45-77 63019284 확인']) assert.deepEqual(found(text), [], text);
});

test('a Direct Debit names the account it is paid from, not a direct phone line (en, ko)', () => {
  assert.deepEqual(found('Premium £612.40 incl. IPT, Direct Debit from a/c 41873306 (sort code 30-94-57), 12 x £51.03'), [
    'BANK_ACCOUNT:41873306',
  ]);
  assert.deepEqual(found('자동이체(Direct Debit) 출금 a/c 41873306 (sort code 30-94-57)'), ['BANK_ACCOUNT:41873306']);
  assert.deepEqual(found('Direct line 6372 8815'), ['PHONE:6372 8815']);
});

test("a provider's account named by its bill, its readings or its carrier is no bank's; a bank's beside it stays (en, ko)", () => {
  for (const text of [
    'Subject: Account 60-44-118372-9 - bill still wrong',
    'Subject: Moving out - final readings, acct 60-44-209157-3',
    'Losing carrier: Freedom Mobile   Account #: 0951 4428 371',
    'Supplier acct: 7720 115 340 (electric) / meter serial 19L3382014',
    '제목: Account 10288471 – disputed estimated bill (전기요금)',
  ])
    assert.deepEqual(found(text), [], text);
  assert.deepEqual(found('Final bill refund to my bank account 12345678, sort code 20-45-77'), ['BANK_ACCOUNT:12345678']);
  assert.deepEqual(found('요금 환불은 계좌번호 110-234-567890 으로 부탁드려요 (final bill)'), ['BANK_ACCOUNT:110-234-567890']);
});

test('Latin American and Polish accounts are found by their own words and check digits (en, ko)', () => {
  assert.deepEqual(found('send the rent to my CBU is 0720071788000044329910 thanks'), ['BANK_ACCOUNT:0720071788000044329910']);
  assert.deepEqual(found('내 CBU 어디 적어놨더라... 찾았다: 0720071788000044329910'), ['BANK_ACCOUNT:0720071788000044329910']);
  assert.deepEqual(found('Pásame tu CLABE porfa\nok: 002180001183597195, Banamex'), ['BANK_ACCOUNT:002180001183597195']);
  assert.deepEqual(found('przelew na nr konta 30 1140 2004 0000 3402 7651 8012 (mBank)'), [
    'BANK_ACCOUNT:30 1140 2004 0000 3402 7651 8012',
  ]);
  // A check digit off, or no word for the account: a reference, not an account.
  for (const text of [
    '내 CBU 어디 적어놨더라... 찾았다: 0720071788000044329911',
    'Pásame tu CLABE porfa\nok: 002180001183597194',
    'tracking 002180001183597195',
    'ref 31 1140 2004 0000 3402 7651 8012',
  ])
    assert.deepEqual(found(text), [], text);
});

test("a carrier's account in a number's port or a supplier's in trade references is no bank's (en, ko)", () => {
  for (const text of [
    'Number to port: (604) 555-0187\nLosing carrier: Koodo, acct # 200774913\nTransfer PIN: 5521',
    '번호이동(port-in) 신청\nOld account #: 7730 1184 2291 4406\nTransfer PIN: 1187',
    'Trade references: 1) Henry Schein, acct #441-20871   2) Benco Dental',
  ])
    assert.deepEqual(
      found(text).filter((finding) => finding.startsWith('BANK_ACCOUNT')),
      [],
      text,
    );
  assert.deepEqual(found('Please transfer the refund to account number 20077491 (Barclays)'), ['BANK_ACCOUNT:20077491']);
});

test('a bank abroad before its number, grouped or shaped like a mobile, and a note in brackets before the colon (en, ko)', () => {
  assert.deepEqual(found('[03/11/2025, 19:42] Emeka: GTBank 0174829365, pls send today'), ['PERSON:Emeka', 'BANK_ACCOUNT:0174829365']);
  assert.deepEqual(found('계좌는 Vietcombank 0071 0043 82915 요'), ['BANK_ACCOUNT:0071 0043 82915']);
  assert.deepEqual(found('Payroll account (BDO): 0067 2031 8845'), ['BANK_ACCOUNT:0067 2031 8845']);
  assert.deepEqual(found('급여 계좌(BDO): 0067 2031 8845'), ['BANK_ACCOUNT:0067 2031 8845']);
  // Without the bank a mobile's shape stays a phone, and blanks between groups need a bank or a label.
  assert.deepEqual(found('call me 0174829365'), ['PHONE:0174829365']);
  assert.deepEqual(found('Ref 0071 0043 82915 on the invoice'), []);
});
