// Regression tests for the bench's miss patterns: US/UK national phones, foreign licences, Medicare/NHIS ids, dates before 생, bank names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found } from './pii-test-helpers.ts';

const structured = {
  types: [
    'PHONE',
    'DRIVER_LICENSE',
    'HEALTH_INSURANCE',
    'MEDICAL_RECORD',
    'BANK_ACCOUNT',
    'DATE_OF_BIRTH',
    'CRN',
    'PASSPORT',
    'CREDIT_CARD',
  ],
} as const;
const scan = (text: string) => found(text, structured);

test('English: US and UK phone numbers written without the country code', () => {
  assert.deepEqual(scan('My phone is (512) 944-4633.'), ['PHONE:(512) 944-4633']);
  assert.deepEqual(scan('phone=617-474-6323; zip=02116'), ['PHONE:617-474-6323']);
  assert.deepEqual(scan('If nobody answers, call 020 7300 3601.'), ['PHONE:020 7300 3601']);
  assert.deepEqual(scan('Phone: 07722 988185 | Message: hi'), ['PHONE:07722 988185']);
});

test('Korean: a UK number in a Korean sentence is still a phone, a Korean one is unchanged', () => {
  assert.deepEqual(scan('런던에 있는 딸 번호 020 7421 0063 으로 연락 주세요'), ['PHONE:020 7421 0063']);
  assert.deepEqual(scan('연락처 010-1234-5678'), ['PHONE:010-1234-5678']);
});

test('hard negatives: routing numbers, toll-free numbers, order and invoice numbers are not phones', () => {
  assert.deepEqual(scan('routing number 021000021, account holder Kim'), []);
  // The label in a sentence names it too, in English and Korean.
  assert.deepEqual(scan('My routing number is 021000021'), []);
  assert.deepEqual(scan('주문번호는 01012345678 이에요'), []);
  // A line that ends with such a word is no label of the number on the next line.
  assert.deepEqual(scan('I cannot sign in to my account\n010-1234-5678 회선 분실 정지해 주세요'), ['PHONE:010-1234-5678']);
  assert.deepEqual(scan('call 1-800-555-0199 toll free; Order 123-456-7890; Invoice 2024 1234 5678'), []);
  assert.deepEqual(scan('주문번호 021000021 배송 완료, 결제 12,300원'), []);
});

test('English: US and UK driving licences after a licence label', () => {
  assert.deepEqual(scan("Driver's licence 782-074-612 for Oliver"), ['DRIVER_LICENSE:782-074-612']);
  assert.deepEqual(scan('DL B1494645 for Robert'), ['DRIVER_LICENSE:B1494645']);
  assert.deepEqual(scan("Driver's license BROWN335642KL6XY for Daniel"), ['DRIVER_LICENSE:BROWN335642KL6XY']);
  assert.deepEqual(scan('Tracking B1494645 and order 782-074-612 shipped'), []);
});

test('Korean: driving licence numbers keep their region form', () => {
  assert.deepEqual(scan('운전면허번호 11-12-345678-90'), ['DRIVER_LICENSE:11-12-345678-90']);
});

test('health insurance: Medicare MBI, NHIS card and member ids, in English and Korean', () => {
  assert.deepEqual(scan('Medicare 1AC3-HJ2-PR45) to cardiology'), ['HEALTH_INSURANCE:1AC3-HJ2-PR45']);
  assert.deepEqual(scan('NHIS card 99585788198, visited 1 Apr 2023'), ['HEALTH_INSURANCE:99585788198']);
  assert.deepEqual(scan('Insurance member ID 8TW3-HJ2-AB12.'), ['HEALTH_INSURANCE:8TW3-HJ2-AB12']);
  assert.deepEqual(scan('건강보험증 번호 1-2345678901'), ['HEALTH_INSURANCE:1-2345678901']);
  assert.deepEqual(scan('Order 1AC3-HJ2-PR45 and ticket 99585788198'), []);
});

test('Korean: 등록번호 is a medical record number when the clinical word follows it', () => {
  assert.deepEqual(scan('어지우 님(78세, 등록번호 37887074)은 2023년 5월 19일 외래 방문'), ['MEDICAL_RECORD:37887074']);
  assert.deepEqual(scan('차량 등록번호 37887074 갱신 완료'), []);
});

test('English: hospital no. labels a medical record number', () => {
  assert.deepEqual(scan('hospital no. 48539170, next appointment soon'), ['MEDICAL_RECORD:48539170']);
});

test('Korean: a date written before 생 or 출생 is a date of birth, a plain date is not', () => {
  assert.deepEqual(scan('최승현 (1982. 5. 28.생) 회원'), ['DATE_OF_BIRTH:1982. 5. 28.']);
  assert.deepEqual(scan('심선우 (1943년 6월 26일 출생) 회원'), ['DATE_OF_BIRTH:1943년 6월 26일']);
  assert.deepEqual(scan('예금주 생년월일 1953. 6. 12., 납부금액'), ['DATE_OF_BIRTH:1953. 6. 12.']);
  assert.deepEqual(scan('2024. 3. 1. 생산 시작, 주문일 2024-03-01'), []);
});

test('English: a date after DOB is a date of birth, an invoice date is not', () => {
  assert.deepEqual(scan('DOB 1982-05-28, invoice dated 2024-03-01'), ['DATE_OF_BIRTH:1982-05-28']);
});

test('Korean: bare account digits after a bank name, and the 새마을금고 4-2-6-1 grouping', () => {
  assert.deepEqual(scan('받는 계좌: 농협 6790960183180 예금주'), ['BANK_ACCOUNT:6790960183180']);
  assert.deepEqual(scan('급여계좌: 새마을금고 6140-44-488812-5'), ['BANK_ACCOUNT:6140-44-488812-5']);
  assert.deepEqual(scan('우리 주문번호 6790960183180 확인'), []);
});

test('English: UK and US eight-digit accounts after an account label, not after order', () => {
  assert.deepEqual(scan('transfer £473.85 to account 71012492 (sort code 10-68-42)'), ['BANK_ACCOUNT:71012492']);
  assert.deepEqual(scan('Order 71012492 shipped, price $12.50'), []);
});

test('CRN with a space, Korean G-series passports', () => {
  assert.deepEqual(scan('법인등록번호: 170111 6152186'), ['CRN:170111 6152186']);
  assert.deepEqual(scan('여권번호 G269E0891, 귀국일 2024. 3. 11.'), ['PASSPORT:G269E0891']);
  assert.deepEqual(scan('Korean passport G489D0783, expires 2030'), ['PASSPORT:G489D0783']);
});

test('cards: a Korean BC card with the card word after it; an 8-8 invoice number passing Luhn is not a card', () => {
  assert.deepEqual(scan('9410 9301 5117 7881 카드로 결제한 건 취소해주세요'), ['CREDIT_CARD:9410 9301 5117 7881']);
  assert.deepEqual(scan('Ticket 40676497-68538759: user cannot log in'), []);
});

test('labels of other countries: a SIM, a wallet, "HP", "A/c No.", "acc", a membership, NHIF, UHID and licences (en, ko)', () => {
  for (const [text, expected] of [
    ['MSISDN: 0806 217 4493', ['PHONE:0806 217 4493']],
    ['Singapore 560628. HP: 8236 1574.', ['PHONE:8236 1574']],
    ['send the fees to my Mpesa 0722 418 937 please', ['PHONE:0722 418 937']],
    ['Mob: 0321-5528914', ['PHONE:0321-5528914']],
    ['IFSC SBIN0040187, A/c No. 38120447913', ['BANK_ACCOUNT:38120447913']],
    ['Capitec, acc 1842 603 957, branch code 470010', ['BANK_ACCOUNT:1842 603 957']],
    ['routing 122105155, checking 000457812093', ['BANK_ACCOUNT:000457812093']],
    ['보험 정보 - Member ID BHX 884 201 557', ['HEALTH_INSURANCE:BHX 884 201 557']],
    ['Health fund: Bupa Gold\nMembership no: 70418826', ['HEALTH_INSURANCE:70418826']],
    ['Her NHIF member number is 44178820.', ['HEALTH_INSURANCE:44178820']],
    ["Driver's license: OH RS418273", ['DRIVER_LICENSE:RS418273']],
    ['운전면허 DL No.: KA01 20150041827', ['DRIVER_LICENSE:KA01 20150041827']],
    ['Ontario licence S4182-60417-80915', ['DRIVER_LICENSE:S4182-60417-80915']],
  ] as const)
    assert.deepEqual(scan(text), expected, text);
  // A toll-free number, a mobile grouped against its country's breaks, and a checking balance are none of these.
  for (const text of [
    'call me on 1800 555 019',
    'Mob: 072 2418 937',
    'checking balance 1,204.33',
    'cancel my gym membership, member no 00731844',
  ])
    assert.deepEqual(scan(text), [], text);
});

test("a national number of another country right after a person's name is a phone: signatures, contact rows, relatives (en, ko)", () => {
  for (const [text, expected] of [
    ['Attendant: Rahul Deshpande (son), 98231 60447', ['PHONE:98231 60447']],
    ['| M-0412 | Joseph Kiprotich Rono | 0710 448 209 |', ['PHONE:0710 448 209']],
    ['Best regards,\nTariq Mahmood Qureshi\n0321-5528914', ['PHONE:0321-5528914']],
    ['연락처 - Tunde Bakare, 0803 417 2258 (번호 바뀌었대)', ['PHONE:0803 417 2258']],
  ] as const)
    assert.deepEqual(scan(text), expected, text);
  // After an invoice's or an order's word the same digits are theirs; run together after a word that is no name, too.
  for (const text of ['Invoice 0710 448 209 paid', 'Order: 0722 418 937', 'Grace Cleaner 0710448209'])
    assert.deepEqual(scan(text), [], text);
});
