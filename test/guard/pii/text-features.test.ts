// The scanner's gate: one pass of text features and numeric-run shapes decides which recognisers run, without changing any finding.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultRecognizers, scanPii, type PiiRecognizer } from '../../../src/guard/pii/index.ts';
import { longNumericRuns, readNumericRun, runSeparator, type NumericRun } from '../../../src/guard/pii/recognizers/numeric-runs.ts';
import { hasFeatures, textFeature, textFeatures, textTrigger } from '../../../src/guard/pii/text-features.ts';
import { findKoreanNames, findKoreanNamesAroundRoles } from '../../../src/guard/pii/names/korean-names.ts';
import {
  findKoreanNamesAfterRelatives,
  findKoreanNamesBeforeHoldings,
  findKoreanNamesCalled,
  findKoreanNamesAsSubjects,
  findKoreanNamesByCue,
  holdsNameBeforeVowelCopula,
} from '../../../src/guard/pii/names/korean-name-cues.ts';
import { labelTriggers } from '../../../src/guard/pii/recognizers/label-triggers.ts';
import { holdsNoPiiCue } from '../../../src/guard/pii/scan-pii.ts';

/** The default recognisers without their prechecks: every one runs on every text. */
const ungated: PiiRecognizer[] = defaultRecognizers.map((recognizer) => ({
  name: recognizer.name,
  types: recognizer.types,
  find: recognizer.find,
}));

test('features of a Korean message: Hangul, digits and the longest run, no @ or Latin letters', () => {
  const features = textFeatures('연락처 010-1234-5678 로 전화 주세요');
  assert.equal(hasFeatures(features, textFeature.hangul | textFeature.digit), true);
  assert.equal(features.flags & (textFeature.atSign | textFeature.upperLatin | textFeature.lowerLatin), 0);
  assert.equal(features.mostRunDigits, 11);
});

test('features of an English message: letters, @ and colon, and no run for a short number', () => {
  const features = textFeatures('mail me at jane@example.com at 10:30, 3 items');
  assert.equal(hasFeatures(features, textFeature.lowerLatin | textFeature.atSign | textFeature.colon | textFeature.digit), true);
  assert.equal(features.flags & (textFeature.hangul | textFeature.upperLatin), 0);
  assert.equal(features.mostRunDigits, 0);
});

test('numeric runs record their longest digit group and the separators between digits, not trailing ones', () => {
  const [phone, bare] = longNumericRuns('tel 010-1234-5678. 주문 20261128001.');
  // The runs are the objects `readNumericRun` returned, which may hold more fields than these.
  const shape = (run: NumericRun | undefined) =>
    run && { start: run.start, end: run.end, digits: run.digits, longestGroup: run.longestGroup, separators: run.separators };
  assert.deepEqual(shape(phone), { start: 4, end: 17, digits: 11, longestGroup: 4, separators: runSeparator.hyphen });
  assert.deepEqual(shape(bare), { start: 22, end: 33, digits: 11, longestGroup: 11, separators: 0 });
});

test('a recogniser whose precheck says no is skipped', () => {
  let calls = 0;
  const counting: PiiRecognizer = {
    name: 'counting',
    types: ['EMAIL'],
    mightMatch: (text) => text.includes('@'),
    find: () => ((calls += 1), []),
  };
  scanPii('배송 언제 와요?', { recognizers: [counting] });
  scanPii('where is my order?', { recognizers: [counting] });
  assert.equal(calls, 0);
  scanPii('mail a@b.co', { recognizers: [counting] });
  assert.equal(calls, 1);
});

test('the gate changes no finding in Korean and English texts, with and without identifiers', () => {
  const texts = [
    '안녕하세요, 홍길동 고객님. 연락처 010-9876-5432, 주민번호 850312-1234565, 계좌: 신한 110-123-456789',
    '배송지: 서울특별시 강남구 테헤란로 152, 101동 1203호. 생년월일 1985년 3월 12일, 환자번호: 20231234',
    '주문번호 ORD-2026-000123 결제 1,234,000원, 앱 버전 1.2.3',
    '배송 언제 와요? 주문 취소하고 싶어요',
    'Dear Ms. Jane Doe, call +1 415 555 2671 or mail jane.doe@example.com; SSN 123-45-6789, IP 2001:db8::1',
    'Ship to 123 Main Street, Springfield, IL 62704. DOB: March 12, 1985. MRN 00482913, IBAN GB82 WEST 1234 5698 7654 32',
    'Invoice INV-2026-000987 total $12.50 due 2026-11-28 at 09:30:00',
    'where is my order?',
  ];
  for (const text of texts) assert.deepEqual(scanPii(text), scanPii(text, { recognizers: ungated }), text);
});

test('trigger bits: an ordinary Korean message sets none, context words set their family', () => {
  assert.equal(textFeatures('배송 언제 와요? 빨리 보내 주세요').triggers, 0);
  // A service verb sets only its own bit, which cues no scan without a name before it.
  assert.equal(textFeatures('배송 언제 와요? 주문 취소하고 싶어요').triggers, textTrigger.koreanServiceVerb);
  assert.notEqual(textFeatures('홍길동 고객님 안녕하세요').triggers & textTrigger.koreanNameContext, 0);
  assert.notEqual(textFeatures('입금자명 김민수').triggers & textTrigger.koreanNameCue, 0);
  assert.notEqual(textFeatures('생년월일 1985-03-12').triggers & textTrigger.koreanLabel, 0);
  // "는 분" holds a space between the pair; "전 " counts only before a separator.
  assert.notEqual(textFeatures('담당하시는 분 김민수').triggers & textTrigger.koreanNameContext, 0);
  assert.equal(textFeatures('전화 주세요').triggers & textTrigger.koreanNameContext, 0);
});

test('a bracket swallowed by a numeric run still sets the name-cue bit (regression: 010 (홍길동))', () => {
  assert.notEqual(textFeatures('연락처 010 (홍길동)').triggers & textTrigger.koreanNameCue, 0);
  assert.deepEqual(
    findKoreanNamesByCue('연락처 010 (홍길동)').map((finding) => finding.text),
    scanPii('연락처 010 (홍길동)', { types: ['PERSON'] }).map((finding) => finding.text),
  );
});

test('where a trigger bit is clear, the pattern it stands for finds nothing, in Korean and English texts', () => {
  const texts = [
    '배송 언제 와요?',
    '전화 주세요',
    '주문 취소했는데 환불은 언제 되나요',
    'where is my order?',
    'Please refund order 1234567',
  ];
  for (const text of texts) {
    const { triggers } = textFeatures(text);
    if ((triggers & textTrigger.koreanNameContext) === 0) assert.deepEqual(findKoreanNames(text), [], text);
    if (
      (triggers & textTrigger.koreanNameCue) === 0 &&
      ((triggers & textTrigger.koreanVowelCopula) === 0 || !holdsNameBeforeVowelCopula(text))
    )
      assert.deepEqual(findKoreanNamesByCue(text), [], text);
  }
  assert.deepEqual(labelTriggers('Please refund order 1234567'), []);
  assert.deepEqual(labelTriggers('DOB 1985-03-12, 생년월일 1985-03-12'), [0, 16]);
});

test('each run is the object readNumericRun returned, every field kept (a field added there reaches the recognisers)', () => {
  const text = '연락처 010-1234-5678 (홍길동)';
  const [run] = textFeatures(text).runs;
  assert.deepEqual(run, readNumericRun(text, 4));
});

test('every service verb the subject search reads sets its trigger bit, and quiet messages stay quiet (ko)', () => {
  for (const text of [
    '김민수가 전화',
    '김민수가 연락',
    '김민수가 문자',
    '김민수가 문의',
    '김민수가 말했',
    '김민수가 말씀',
    '김민수가 말하',
    '김민수가 얘기',
  ])
    assert.notEqual(textFeatures(text).triggers & textTrigger.koreanServiceVerb, 0, text);
  for (const stem of [
    '통화',
    '상담',
    '방문',
    '예약',
    '주문',
    '가입',
    '신청',
    '결제',
    '해지',
    '취소',
    '변경',
    '보냈',
    '받았',
    '찾아',
    '다녀',
  ])
    assert.notEqual(textFeatures(`김민수가 ${stem}`).triggers & textTrigger.koreanServiceVerb, 0, stem);
  for (const text of ['전화 주세요', '주문 취소하고 싶어요', '가입했는데 확인해 주세요']) {
    assert.deepEqual(findKoreanNamesAsSubjects(text), [], text);
    assert.equal(holdsNoPiiCue(text), true, text);
  }
});

test('Korean pairs count only between adjacent syllables, except 는 before 분 (regression: "배송비는 얼마예요")', () => {
  const context = (text: string) => (textFeatures(text).triggers & textTrigger.koreanNameContext) !== 0;
  for (const text of ['배송비는 얼마예요', '지금 주문 가능한가요?', '포인트는 언제 적립돼요?', '전기차 충전할 수 있는 주유소'])
    assert.equal(context(text), false, text);
  for (const text of ['저는 김민수예요', '담당하시는 분 김민수', '담당하시는분', '금주 방문', '전 김민수'])
    assert.equal(context(text), true, text);
  assert.deepEqual(findKoreanNames('배송비는 얼마예요'), []);
});

test('where a tighter trigger bit is clear, the Korean patterns find nothing (glued pairs with and without blanks)', () => {
  const pieces = [
    '저',
    '는',
    '분',
    '전',
    '금',
    '주',
    '이',
    '름',
    '성',
    '함',
    '고객',
    '님',
    '김민수',
    '입',
    '니다',
    '에',
    '게',
    '한',
    '테',
    '박서연',
    '명',
    '의',
    '계',
    '좌',
    '피해자',
    '세대',
    '임차인',
    '아들',
    '남편',
    ...['딸', '따님', '아드님', '조카', '이모', '삼촌', '형님'],
    ...['랑', '와', '과', ' 통화', ' 방문', '박서연과'],
    ...['본인', '외 ', '외', '2명', '3인', '수령자', ', 김민수'],
    '어머니',
    '김민준이',
    '예',
    '요',
    '김민수',
    '가',
    '전화',
    '가입',
    '문',
    '의',
    '라는',
    '라',
    '는',
    '분',
    '상담원',
    '이름',
    // Labels of minutes and approval lines, and the separators of a list of names.
    ...['참석자', '검토자', '승인자', '결재자', '참조', '담당', '서명', ', ', '·'],
    ...['보내는 사람', '받는', '사람', '대리인', '법정대리인', '상속인', '위임인', '연대보증인'],
    // The persons of an order form, and the words that share their syllables.
    ...['주문하신 분', '받으실', '하신', '분', '신분증', '실', '신'],
    // A vehicle's owner and the attending doctor, and the syllables they share with other words.
    ...['차주', '차주명', '담당의', '당의', '차'],
    // The duties before whoever handled a record, a desk between them, and the syllables they share with other words.
    ...['처리', '처리자', '관리자', '접수', '당직자', '당직의', '처방의', '처방의료인', '확인 직원', '직원', '헬프데스크', '인사팀'],
    // A greeting or a filler in lower case at a line's start, before a capital or not.
    ...['hi ', 'hey ', 'omg ', 'its ', 'Fatima', 'Team', '!', '\n'],
    // Office titles and sign-offs after a full name.
    ...[
      '영문명',
      '영문이름',
      '매니저',
      '프로',
      '수석',
      '사원',
      '상무',
      '주무관',
      '세무사',
      '회계사',
      '약사',
      '박사',
      '기자',
      '기사',
      '드림',
      '올림',
    ],
    ' ',
    '  ',
    '\t',
    ':',
    '：',
    '(',
    '1',
    'a',
  ];
  let seed = 20_261_129;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) >>> 0) % pieces.length;
  for (let count = 0; count < 3000; count += 1) {
    const text = Array.from({ length: 2 + (next() % 6) }, () => pieces[next()]).join('');
    const { triggers } = textFeatures(text);
    if ((triggers & textTrigger.koreanNameContext) === 0) assert.deepEqual(findKoreanNames(text), [], text);
    if (
      (triggers & textTrigger.koreanNameCue) === 0 &&
      ((triggers & textTrigger.koreanVowelCopula) === 0 || !holdsNameBeforeVowelCopula(text))
    )
      assert.deepEqual(findKoreanNamesByCue(text), [], text);
    if ((triggers & textTrigger.koreanRelativeOrRole) === 0) {
      assert.deepEqual(findKoreanNamesAfterRelatives(text), [], text);
      assert.deepEqual(findKoreanNamesAroundRoles(text), [], text);
    }
    if ((triggers & textTrigger.koreanHolding) === 0) assert.deepEqual(findKoreanNamesBeforeHoldings(text), [], text);
    if ((triggers & textTrigger.koreanCalled) === 0) assert.deepEqual(findKoreanNamesCalled(text), [], text);
    if ((triggers & textTrigger.koreanServiceVerb) === 0) assert.deepEqual(findKoreanNamesAsSubjects(text), [], text);
    assert.deepEqual(scanPii(text), scanPii(text, { recognizers: ungated }), text);
  }
});

test('four or five digits alone before a town or after a state at a line end are a postcode; a year or a price is none (en, ko)', () => {
  for (const text of [
    '80336 München',
    'Oudegracht 118, 3511 AV Utrecht',
    '주소: 28012 Madrid, Spain',
    'SOMERVILLE, MA 02143',
    'NSW 2038\n',
  ])
    assert.equal(hasFeatures(textFeatures(text), textFeature.postcodeDigits), true, text);
  for (const text of [
    'in 2024 we moved',
    '12,500 Won',
    '010-1234-5678 Kim',
    '30000원 Pay',
    '123456 Berlin',
    'in 2024, then',
    'USD 2024 paid',
  ])
    assert.equal(hasFeatures(textFeatures(text), textFeature.postcodeDigits), false, text);
});

test('a Han character sets its own bit; Hangul, kana and Latin letters do not (ko, en)', () => {
  assert.equal(hasFeatures(textFeatures('성명 刘雨桐 (LIU YUTONG)'), textFeature.hanCharacter), true);
  assert.equal(hasFeatures(textFeatures('Guest: 佐藤 美咲'), textFeature.hanCharacter), true);
  assert.equal(hasFeatures(textFeatures('성명 유우동, サトウ ハルカ'), textFeature.hanCharacter), false);
  assert.equal(hasFeatures(textFeatures('Name: Liu Yutong'), textFeature.hanCharacter), false);
});
