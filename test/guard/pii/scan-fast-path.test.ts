// The scanner's fast path and the exact feature gates behind it: quiet chat turns return [] and no finding is ever lost.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  defaultRecognizers,
  ipAddressRecognizer,
  resolveOverlaps,
  scanPii,
  type PiiFinding,
  type PiiRecognizer,
  type PiiType,
} from '../../../src/guard/pii/index.ts';
import { findEnglishAddresses } from '../../../src/guard/pii/addresses/english-addresses.ts';
import { findKoreanAddresses } from '../../../src/guard/pii/addresses/korean-addresses.ts';
import { findKnownEnglishNames } from '../../../src/guard/pii/names/english-known-names.ts';
import { findEnglishNames } from '../../../src/guard/pii/names/english-names.ts';
import { findSubjectNames } from '../../../src/guard/pii/names/english-subject-names.ts';
import { currentYear } from '../../../src/guard/pii/recognizers/calendar-date.ts';
import { findObfuscatedEmails, mayHoldObfuscatedEmail } from '../../../src/guard/pii/recognizers/obfuscated-emails.ts';
import { findCredentials } from '../../../src/guard/pii/recognizers/credential-recognizer.ts';
import { findSecrets } from '../../../src/guard/pii/recognizers/secret-recognizer.ts';
import { holdsNoPiiCue } from '../../../src/guard/pii/scan-pii.ts';
import { plainForms } from '../../../src/guard/pii/plain-forms.ts';
import { hasFeatures, textFeature, textFeatures, textTrigger } from '../../../src/guard/pii/text-features.ts';

/** The default recognisers without their prechecks: every one runs on every text. */
const ungated: PiiRecognizer[] = defaultRecognizers.map((recognizer) => ({
  name: recognizer.name,
  types: recognizer.types,
  find: recognizer.find,
}));

const findAll = (text: string) => scanPii(text, { recognizers: ungated });

/** Deterministic texts glued from `pieces`, so near misses of every cue are tried. */
function gluedTexts(pieces: readonly string[], count: number): string[] {
  let seed = 20_261_129;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) >>> 0) % pieces.length;
  return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 7) }, () => pieces[next()]).join(''));
}

/** Where a feature bit of the Latin searches, the disguised forms, credentials or keys is clear, that search finds nothing. */
function assertLatinAndDisguiseGates(text: string, features: ReturnType<typeof textFeatures>): void {
  if (!hasFeatures(features, textFeature.latinNameShape)) assert.deepEqual(findKnownEnglishNames(text), [], text);
  if (!hasFeatures(features, textFeature.streetWord)) assert.deepEqual(findEnglishAddresses(text), [], text);
  if (!hasFeatures(features, textFeature.nameBeforeVerb)) assert.deepEqual(findSubjectNames(text), [], text);
  if (!mayHoldObfuscatedEmail(text, features.triggers)) assert.deepEqual(findObfuscatedEmails(text), [], text);
  if ((features.triggers & textTrigger.credentialLabel) === 0) assert.deepEqual(findCredentials(text), [], text);
  if ((features.triggers & textTrigger.secretShape) === 0) assert.deepEqual(findSecrets(text), [], text);
  // Fullwidth punctuation alone ("：") is read as ASCII only with a fullwidth digit, letter or @ in the text.
  if ((features.triggers & textTrigger.disguisedNumber) === 0 && !/[\uff01-\uff5e]/u.test(text)) assert.equal(plainForms(text), text, text);
  if ((features.triggers & textTrigger.englishNameWord) === 0 && !hasFeatures(features, textFeature.latinColon))
    assert.deepEqual(findEnglishNames(text), [], text);
}

const quietMessages = [
  '배송 언제 와요?',
  '주문 취소하고 싶어요',
  '회선 다시 사용하고 싶어요',
  'where is my order?',
  'do I get points for the fuel gift card?',
  'how do I cancel the roaming pass?',
  'VIP 등급 혜택 알려줘',
  // Digits, but no numeric run, label word or address anchor.
  '1L 말고 4L로 바꿔 주세요',
  'do you have 5W-30 synthetic oil?',
  'engine oils under 50,000 won',
  // 예요 after a word too short to be a name.
  '이거 얼마예요?',
  '제 등급이 뭐예요',
  // Six digits of an order or ticket number: not the first part of a resident number.
  '주문 O-100123 확인해 줘',
  'cancel order O-100123',
];

test('quiet Korean and English chat turns hold no PII cue and scan to []', () => {
  for (const text of quietMessages) {
    assert.equal(holdsNoPiiCue(text), true, text);
    assert.deepEqual(scanPii(text), [], text);
    assert.deepEqual(findAll(text), [], text);
  }
});

test('the fast path never skips a text a recogniser could match, in Korean and English', () => {
  const flagged = [
    '연락처 010-1234-5678',
    '연락처 010 1234 5678',
    'mail jane@example.com',
    'server fe80::1ff:fe23:4567:890a',
    'IP ::ffff:abcd:ef',
    'Dear Ms. Jane Doe',
    'Sarah Martin called yesterday',
    'John A. Smith here',
    '홍길동 고객님 안녕하세요',
    '김민수입니다',
    '서울 강남구 테헤란로 152',
    '서울 강남구 테헤란로152',
    'ship to 123 Main Street, Springfield, IL 62704',
    // A plate after its label, a typed table's column and an answer to a question: no digit run, no other cue.
    'plate JKL 4821',
    'Vehicle registration: LK19 XWM',
    'user,plan\nkim_01,basic',
    'Kai: your steam handle?\nBen: steam is lilbean_x',
  ];
  for (const text of flagged) {
    assert.equal(holdsNoPiiCue(text), false, text);
    assert.notDeepEqual(scanPii(text), [], text);
    assert.deepEqual(scanPii(text), findAll(text), text);
  }
});

test('fullwidth forms and a phone number spelled in Korean digit words are found as written (Korean, English)', () => {
  const found = (text: string) => scanPii(text).map((finding) => [finding.type, finding.text, text.slice(finding.start, finding.end)]);
  for (const [text, type, value] of [
    ['연락처 ０１０-１２３４-５６７８', 'PHONE', '０１０-１２３４-５６７８'],
    ['mail ｊａｎｅ＠example.com', 'EMAIL', 'ｊａｎｅ＠example.com'],
    ['전화 공일공 일이삼사 오육칠팔 로 연락주세요', 'PHONE', '공일공 일이삼사 오육칠팔'],
    ['영일영-일이삼사-오육칠팔로 문자 주세요', 'PHONE', '영일영-일이삼사-오육칠팔'],
    ['Card ４１１１ １１１１ １１１１ １１１１ please', 'CREDIT_CARD', '４１１１ １１１１ １１１１ １１１１'],
    ['메일 ｍｉｎｓｕ 골뱅이 naver.com', 'EMAIL', 'ｍｉｎｓｕ 골뱅이 naver.com'],
    // Half in digit words, an O for a zero, odd separators: the ways a marketplace filter is dodged.
    ['연락처 010 일이삼사 오육칠팔 이요', 'PHONE', '010 일이삼사 오육칠팔'],
    ['공일공-1234-5678로 주세요', 'PHONE', '공일공-1234-5678'],
    ['공1공 1234 5678 문자 주세요', 'PHONE', '공1공 1234 5678'],
    ['call me at O1O-9876-5432', 'PHONE', 'O1O-9876-5432'],
    ['text o1o 9876 5432 after six', 'PHONE', 'o1o 9876 5432'],
    ['번호 010ㅡ1234ㅡ5678 입니다', 'PHONE', '010ㅡ1234ㅡ5678'],
    ['번호 010ㆍ1234ㆍ5678 입니다', 'PHONE', '010ㆍ1234ㆍ5678'],
    ['call 010·9876·5432', 'PHONE', '010·9876·5432'],
    ['my number is 010~9876~5432', 'PHONE', '010~9876~5432'],
    ['번호는 공일공 일이삼사 오육칠팔이에요', 'PHONE', '공일공 일이삼사 오육칠팔'],
    // The groups as they are said, with 에 after each or 다시 for the hyphen.
    ['제 폰번호 공일공에 일이삼사에 오육칠팔이요', 'PHONE', '공일공에 일이삼사에 오육칠팔'],
    ['010에 1234에 5678로 연락주세요', 'PHONE', '010에 1234에 5678'],
    ['my Korean number is 공일공 다시 일이삼사 다시 오육칠팔', 'PHONE', '공일공 다시 일이삼사 다시 오육칠팔'],
    // The dashes of word processors and phone keyboards.
    ['주민번호 900101–1234567 입니다', 'RRN', '900101–1234567'],
    ['card 4111—1111—1111—1111 please', 'CREDIT_CARD', '4111—1111—1111—1111'],
    ['SSN 536−22−1234', 'US_SSN', '536−22−1234'],
  ] as const) {
    assert.deepEqual(found(text), [[type, value, value]], text);
    assert.deepEqual(scanPii(text), findAll(text), text);
  }
  // Digit words in ordinary Korean, and fullwidth brackets alone, stay what they were.
  for (const text of ['일이삼 순서로 오세요', '공사 중입니다', '（주）한빛 고객센터', '공영방송 채널 알려 주세요', '3일이면 와요']) {
    assert.deepEqual(scanPii(text), [], text);
    assert.equal(plainForms(text), text.includes('（') ? text.replace('（', '(').replace('）', ')') : text, text);
  }
});

test('a recogniser the scanner does not know still runs on a quiet text', () => {
  const always: PiiRecognizer = {
    name: 'always',
    types: ['PERSON'],
    find: (text) => [{ type: 'PERSON', start: 0, end: text.length, text, score: 0.9, recognizer: 'always' }],
  };
  assert.equal(scanPii('배송 언제 와요?', { recognizers: [...defaultRecognizers, always] }).length, 1);
  assert.equal(scanPii('where is my order?', { recognizers: [always] }).length, 1);
});

test('name shape: set by a "First Last" pair, clear on "do I get" and lower-case chat', () => {
  for (const text of ['Cc Sarah Martin', "Sean O'Brien", 'John A. Smith', 'dear Noah  Wright', 'cc Min-jun Park'])
    assert.equal(hasFeatures(textFeatures(text), textFeature.latinNameShape), true, text);
  for (const text of ['do I get a refund?', 'I never received O-1005', 'the 5G Premium plan', '김민수 Jane'])
    assert.equal(hasFeatures(textFeatures(text), textFeature.latinNameShape), false, text);
});

test('where a new feature bit is clear its search finds nothing (glued Korean and English pieces)', () => {
  const pieces = [
    ...['Sarah', 'Martin', 'Jane', 'Doe', "O'Brien", 'MacDonald', 'A.', 'I', 'Dear', 'Ms.', 'Main', 'Street', 'St', 'Road'],
    ...['로', '길', '동', '리', '가', '서울', '강남구', '테헤란', '번지', '호', '층', '고객', '님', '김민수', '입니다'],
    ...['fe80', '::', ':', '1ff', 'abcd', '.', '1.2.3.4', 'db8', '0', '12', '152', '737-12', '010-1234-5678', '@', 'a@b.co'],
    ...['Teheran', '-ro', '-gil', '-daero', 'Ave', 'Blvd', 'Hwy', 'Way', 'Suite', 'Springfield, IL 62704', '_St', '9Rd'],
    ...['Name', '성명', '이름', '：', '=', 'Regards,', '서울', '대전', '경기북부', '12-345678-90', 'M123A4567', '여권'],
    ...['4L', '5W-30', '1990년', '생', '85.3.12', 'DOB', 'born', '생년월일', 'DL', 'licence', 'MRN', '차트', '2024', '12'],
    ...['Kevin', 'Carlos', 'Bill', 'called', 'will', 'is', 'isn', "'t", 'from', 'Mc', '-', '’', 'Verizon', 'said'],
    ...['０１０', '－１２３４', '５６７８', '＠', 'ｊａｎｅ', '（', '공일공', '일이삼사', '오육칠팔', '영', '구'],
    ...['주민번호', '앞자리', '900101', '앞 6자리', 'RRN', 'first six digits', '1234567'],
    ...['minsu', ' at ', ' AT ', 'at', '(at)', '[at]', 'gmail', 'naver', '네이버', '.com', '.co', '.kr', ' dot ', 'DOT', 'com'],
    ...['골뱅이', '골', '앳', '닷컴', '쩜', '닷', '컴', '(a', 'jane.kim', 'e.g.'],
    ...['O', 'o', 'O1O', 'ㅡ', '~', '_', '*', '/', '이에요', '0', '010', '1234', '공', '이', '삼사', '팔', '–', '—', '−', 'ㆍ', '·'],
    ...['에', '다시', ' 다시 ', '에 ', '시에'],
    ...['비밀번호', '비번', '는', 'password', 'Password', ' is ', 'PIN', 'pin', 'CVC', 'cvv', '보안코드', 'abc123!', '4자리'],
    ...[
      'AKIA',
      'IOSFODNN7EXAMPLE',
      'ghp_',
      'aB3aB3aB3aB3aB3aB3aB3aB3aB3aB3aB3aB3',
      'sk-',
      'proj-',
      'xoxb-',
      'eyJ',
      'abcdefgh1',
      '-----BEGIN',
    ],
    ...['MAC', '00:1A', ':2B', ':3C:4D:5E', '1A-2B', '-3C', 'AB-', 'a1.', 'b2c3', '.4d5e', '001a', 'ff', '-0', ':00'],
    ...['IMEI', '유심', '35-209900-176148-1', '352099001761481', '8982300012345678901', '35', '209900'],
    ...['NI number', 'AB', ' 12 34 56 ', 'C', 'AB123456C', 'SIN', '130 692 544', 'national insurance'],
    ...[' two', ' three', ' five', ' six', ' zero', ' oh', ' one', ' four', ' nine', 'double', 'hundred', 'twenty', ' call me at'],
    ...['유효기간', '만료일', 'exp', 'expires', 'valid thru', 'EXP', '카드', 'card', '12/27', '2027-12', '0826', '4111 1111 1111'],
    ...['secret', 'SECRET_KEY', 'token', 'TOKEN', 'api key', 'API Key', 'apiKey', '_key', '토큰', '시크릿 키', 'Xk29fLm3Qp8Rt7Vw'],
    ...['주민', '외국인', '구공공일공일', '일이삼사오육칠', '팔이공육이팔'],
    ...['TikTok', 'tiktok', 'Snapchat', 'Venmo', ' @minsu_99', '4자리 ', '(4 digits)', ' 1234'],
    ...['이름,전화\n', 'name|phone\n', '김민수,', 'Kim Minsu\t', '|', 'first_name\t'],
    ...['"name"', ': "', '"', '=', 'first_name', 'firstName', 'dateOfBirth', '{', '}', 'Kim Minsu', 'Galaxy'],
    ...['ID', 'ID는', 'user id', 'User ID', '제 ', 'my ', 'minsu1234', '주문 '],
    ...['name', ' was ', 'Attn', 'Accounts Payable', ' W ', '56th', 'West', 'ON', 'M5H 2S6', 'server', 'ver'],
    ...['의료', '급여', '수급자', '자격번호', '건강보험', '1-2345678901', '0082-10-1234-5678', '00', '82', 'routing number'],
    ...['900101-1', '******', '●●●●●●', 'xxxxxx', '역삼동', '현대아파트', '102동', '1203호', '1275번길', '38-10'],
    ...['Min', '-jun', 'Jae-hoon', 'Park', ' Lim', 'Co-op', 'Mrs.', 'Miss ', 'Mrs', 'KIM/MINSU', ' MR', 'Wong'],
    ...['Tan', ' Tan ', 'Church', 'Kevin ', 'Santos'],
    ...[' ', ' ', '  ', '\t', '\n', ',', 'x', 'e'],
  ];
  for (const text of gluedTexts(pieces, 4000)) {
    const features = textFeatures(text);
    if (!hasFeatures(features, textFeature.koreanAddressAnchor)) assert.deepEqual(findKoreanAddresses(text), [], text);
    assertLatinAndDisguiseGates(text, features);
    if (!hasFeatures(features, textFeature.ipv6Colon))
      assert.deepEqual(
        ipAddressRecognizer.find(text, {}).filter((finding) => finding.text.includes(':')),
        [],
        text,
      );
    if (holdsNoPiiCue(text)) {
      for (const recognizer of defaultRecognizers)
        assert.equal(recognizer.mightMatch?.(text) ?? true, false, `${recognizer.name}: ${text}`);
      assert.deepEqual(findAll(text), [], text);
    }
    assert.deepEqual(scanPii(text), findAll(text), text);
  }
});

test('the remembered current year is the calendar year', () => {
  assert.equal(currentYear(), new Date().getFullYear());
  assert.equal(currentYear(), new Date().getFullYear());
});

test('identifiers behind the new gates are still found exactly as before, in Korean and English', () => {
  const expected: Array<[string, Array<[string, string, number]>]> = [
    ['운전면허 서울 12-345678-90', [['DRIVER_LICENSE', '서울 12-345678-90', 1]]],
    ['면허번호 대전12-345678-90', [['DRIVER_LICENSE', '대전12-345678-90', 1]]],
    ['경기북부 21-345678-90 면허', [['DRIVER_LICENSE', '경기북부 21-345678-90', 0.85]]],
    ['여권번호 M123A4567', [['PASSPORT', 'M123A4567', 0.95]]],
    ['성명: 김민수', [['PERSON', '김민수', 0.85]]],
    ['Name: Jane Doe', [['PERSON', 'Jane Doe', 0.85]]],
    ['Full name：Jane Doe', [['PERSON', 'Jane Doe', 0.85]]],
    ['고객 정보 — 이름: Tom', [['PERSON', 'Tom', 0.85]]],
    ['contact a.b-c_d%e+f@example.co.kr now', [['EMAIL', 'a.b-c_d%e+f@example.co.kr', 0.95]]],
    ['IP: 2001:db8::1 에서 접속', [['IP_ADDRESS', '2001:db8::1', 0.85]]],
    ['부산 해운대구 우동 1408번지', [['ADDRESS', '부산 해운대구 우동 1408번지', 0.9]]],
    ['ship to 221B Baker Street, London NW1 6XE', [['ADDRESS', '221B Baker Street, London NW1 6XE', 0.95]]],
    ['152-ro 3', [['ADDRESS', '152-ro 3', 0.6]]],
    ['office at Teheran-ro 152, Gangnam-gu, Seoul', [['ADDRESS', 'Teheran-ro 152, Gangnam-gu, Seoul', 0.85]]],
  ];
  for (const [text, findings] of expected)
    assert.deepEqual(
      scanPii(text).map((finding) => [finding.type, finding.text, finding.score]),
      findings,
      text,
    );
});

test('overlap resolution: disjoint candidates come back in text order, overlapping ones keep the ranking rules', () => {
  // The recogniser is named after the type, so the kept finding shows which candidate won.
  const finding = (type: PiiType, span: [number, number], score: number): PiiFinding => ({
    type,
    start: span[0],
    end: span[1],
    text: 'x'.repeat(span[1] - span[0]),
    score,
    recognizer: type,
  });
  const spans = (findings: PiiFinding[]) => findings.map((kept) => [kept.recognizer, kept.start]);
  const disjoint = [finding('EMAIL', [20, 30], 0.9), finding('PHONE', [0, 13], 0.8), finding('PERSON', [14, 17], 0.7)];
  assert.deepEqual(spans(resolveOverlaps(disjoint)), [
    ['PHONE', 0],
    ['PERSON', 14],
    ['EMAIL', 20],
  ]);
  // Equal score and span: the first in the input wins, whichever it is.
  assert.deepEqual(spans(resolveOverlaps([finding('RRN', [0, 14], 0.9), finding('CRN', [0, 14], 0.9)])), [['RRN', 0]]);
  assert.deepEqual(spans(resolveOverlaps([finding('CRN', [0, 14], 0.9), finding('RRN', [0, 14], 0.9)])), [['CRN', 0]]);
  // Equal score: the longer span wins, and a later disjoint one stays.
  const tied = [finding('PHONE', [3, 10], 0.6), finding('BANK_ACCOUNT', [0, 12], 0.6), finding('EMAIL', [13, 20], 0.9)];
  assert.deepEqual(spans(resolveOverlaps(tied)), [
    ['BANK_ACCOUNT', 0],
    ['EMAIL', 13],
  ]);
});

test('tighter gates: "in Busan", "Hi Tom" and "all my orders" run no search, and the searches agree (Korean and English)', () => {
  for (const text of ['stations in Busan', 'fuel prices in Suwon', 'the 5G Premium plan', 'iPhone Pro', "O'Neil Smith"])
    assert.equal(hasFeatures(textFeatures(text), textFeature.latinNameShape), false, text);
  for (const text of ['AdBlue 10L', 'Business 5G Pro 100', 'Hello 3 items', '서울 NewStreet 5'])
    assert.equal(hasFeatures(textFeatures(text), textFeature.streetWord), false, text);
  for (const text of ['all my orders', "today's diesel price", 'tell me who ordered this', 'the package arrived broken'])
    assert.equal(textFeatures(text).triggers & textTrigger.englishNameWord, 0, text);
  for (const text of ['Nuri Energy station', 'Dear Noah Wright', 'Cc Jane  Doe'])
    assert.equal(hasFeatures(textFeatures(text), textFeature.latinNameShape), true, text);
  for (const text of ['12 Main St.', '5 Park Ave', '서울 Teheran-ro 152', '(Hwy 9)'])
    assert.equal(hasFeatures(textFeatures(text), textFeature.streetWord), true, text);
  for (const text of ['call me Tom', 'my name is Tom', "name's Jane", 'I am Tom', 'patient Kim', 'holder Jane', 'Prof. Lee'])
    assert.notEqual(textFeatures(text).triggers & textTrigger.englishNameWord, 0, text);
  const pieces = [
    ...['in', 'at', 'Busan', 'Suwon', 'Nuri', 'Energy', 'Hi', 'Co', 'Street', 'St', 'Sq', 'Rd', 'Road', 'Cir', 'Pkwy', 'New'],
    ...['all', 'my', 'me', 'tell', 'name', 'is', "'s", 'I', 'am', "I'm", 'diesel', 'patient', 'older', 'customer', 'Dear', 'Mr', 'Ms'],
    ...['Mi', 'Dr', 'Prof', 'this', 'spoke', 'speaking', "O'", 'Mac', 'A.', '고객', '님', '김민수', '서울', '12', '152', '_', '-'],
    ...[' ', ' ', '  ', '\t', '.', ',', 'x'],
  ];
  for (const text of gluedTexts(pieces, 4000)) {
    assertLatinAndDisguiseGates(text, textFeatures(text));
    assert.deepEqual(scanPii(text), findAll(text), text);
  }
});

test('a recogniser list passed again after another is checked again, so a foreign recogniser is never skipped', () => {
  const always: PiiRecognizer = {
    name: 'always',
    types: ['PERSON'],
    find: (text) => [{ type: 'PERSON', start: 0, end: text.length, text, score: 0.9, recognizer: 'always' }],
  };
  const builtInCopy = [...defaultRecognizers];
  const withForeign = [...defaultRecognizers, always];
  assert.deepEqual(scanPii('배송 언제 와요?', { recognizers: builtInCopy }), []);
  assert.equal(scanPii('배송 언제 와요?', { recognizers: withForeign }).length, 1);
  assert.deepEqual(scanPii('where is my order?', { recognizers: builtInCopy }), []);
  assert.equal(scanPii('where is my order?', { recognizers: withForeign }).length, 1);
});

test('digit-group gates: a recogniser skipped for its group lengths, dots or labels finds nothing (Korean and English)', () => {
  // Identifiers of every gated shape, their near misses, and the labels that lift bare numbers into findings.
  const pieces = [
    ...['123-45-6789', '123 45 6789', '123456789', '120-81-47521', '1208147521', '11-12-345678-90', '111234567890'],
    ...['12-34567890', '12345678-90', '1234567890', '192.168.0.10', '1.2.3', '10.0.0', 'M12345678', 'AB1234567', 'M123A4567'],
    ...['010-1234-5678', '2026-11-29', '12', '345678', '90', '.', '-', ' ', '  ', ', ', '\n'],
    ...['SSN', '사업자등록번호', '운전면허', '서울', '경기북부', 'driver licence', "driver's license", 'DL', 'licence no.'],
    ...['Passport', '여권번호', 'IP', '접속', 'MRN', '환자번호', 'member ID', 'version'],
    ...['가', '주', '허', '3456', '123', '원', '차량번호', '서울', 'VIN', '1HGCM82633A004352', 'KMHDU41BP8U12345'],
    ...['ITIN', 'tax id', '912-78-1234', '912 70 1234', '912781234'],
  ];
  for (const text of gluedTexts(pieces, 4000)) assert.deepEqual(scanPii(text), findAll(text), text);
  const expected: Array<[string, string, string]> = [
    ['SSN: 123-45-6789', 'US_SSN', '123-45-6789'],
    ['사업자등록번호 120-81-47521', 'BRN', '120-81-47521'],
    ['운전면허 서울 12-34567890', 'DRIVER_LICENSE', '서울 12-34567890'],
    ["driver's license D1234567", 'DRIVER_LICENSE', 'D1234567'],
    ['Passport No. 123456789', 'PASSPORT', '123456789'],
    ['접속 IP 192.168.0.10', 'IP_ADDRESS', '192.168.0.10'],
    ['차량번호 12가 3456', 'VEHICLE_PLATE', '12가 3456'],
    ['VIN 1HGCM82633A004352', 'VIN', '1HGCM82633A004352'],
  ];
  for (const [text, type, value] of expected)
    assert.deepEqual(
      scanPii(text).map((finding) => [finding.type, finding.text]),
      [[type, value]],
      text,
    );
});

test('a label pair alone is no cue: a number beside "1Mbps", "5W-30" or 가입 needs the label word itself (Korean and English)', () => {
  // Each holds a digit and a pair of a label word ("mb" of member, "bo" of born, 가입 of 가입자) but no label word.
  const quiet = [
    'I would like to buy a 5W-30 engine oil',
    'how much for the 1L bottle',
    'info on the 5G Slim plan',
    '기본 데이터 10GB를 다 쓰면 최대 1Mbps 속도로 계속 이용할 수 있습니다.',
    '한울 5G 요금제는 가입 후 14일 이내에 취소하면 첫 달 이용료를 전액 환불해 드립니다.',
  ];
  for (const text of quiet) {
    assert.equal(holdsNoPiiCue(text), true, text);
    assert.deepEqual(findAll(text), [], text);
  }
  // The label word itself still opens the scan, with no numeric run beside it.
  for (const text of ['born on 3 March 1985', 'DOB 3/4/85', '생년월일 85년 3월 2일', '환자번호 2291']) {
    assert.equal(holdsNoPiiCue(text), false, text);
    assert.deepEqual(scanPii(text), findAll(text), text);
  }
  const pieces = [...['born', 'bo', 'member', 'mb', 'DOB', 'dob', 'Mbps', '1', '85', '3/4/85', ' ', '생년월일', '가입', '가입자', '환자']];
  for (const text of gluedTexts(pieces, 1500)) assert.deepEqual(scanPii(text), findAll(text), text);
});

test('와이파이 and 와이퍼 are no relative: only 와이프 opens the relatives’ search (Korean, with the English word beside)', () => {
  for (const text of ['와이퍼 주문 넣어 주세요', '와이파이가 자꾸 끊겨요', 'wiper 와이퍼 교환할래요']) {
    assert.equal(holdsNoPiiCue(text), true, text);
    assert.deepEqual(findAll(text), [], text);
  }
  assert.notEqual(textFeatures('와이프 김민지가 대신 받을 거예요').triggers & textTrigger.koreanRelativeOrRole, 0);
  assert.deepEqual(
    scanPii('와이프 김민지가 대신 받을 거예요').map((finding) => finding.text),
    ['김민지'],
  );
});
