// The Latin-letter gates of the feature pass: English name hints, English label words and a capital before a digit skip patterns exactly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultRecognizers, ibanRecognizer, passportRecognizer, scanPii, type PiiRecognizer } from '../../../src/guard/pii/index.ts';
import { englishNameHintCharacters } from '../../../src/guard/pii/latin-triggers.ts';
import { findEnglishNames } from '../../../src/guard/pii/names/english-names.ts';
import { labelTriggers } from '../../../src/guard/pii/recognizers/label-triggers.ts';
import { hasFeatures, textFeature, textFeatures, textTrigger } from '../../../src/guard/pii/text-features.ts';

const ungated: PiiRecognizer[] = defaultRecognizers.map((recognizer) => ({
  name: recognizer.name,
  types: recognizer.types,
  find: recognizer.find,
}));

const hasTrigger = (text: string, bit: number) => (textFeatures(text).triggers & bit) !== 0;

/** Deterministic texts glued from `pieces`, so near misses of every context word are tried. */
function gluedTexts(pieces: readonly string[], count: number): string[] {
  let seed = 20_261_128;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) >>> 0) % pieces.length;
  return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 6) }, () => pieces[next()]).join(''));
}

test('English name hint bit: set by a title, a label or a greeting, clear on ordinary English and Korean messages', () => {
  for (const text of [
    'Dear Ms. Jane Doe',
    'my name is Tom',
    "I'm Sarah",
    'Regards,\nJane',
    'This is Tom from Acme',
    '고객: 김민수',
    'Hi Sarah',
    'Thanks, Kevin',
    'Cheers, Emma',
    'my wife Jennifer',
    '어제 my brother Minho 가 왔어요',
    'my boss Sung-min Park',
    'my colleague Ji-woo Han',
    'my neighbour Ravi',
    'my co-worker Ben',
    'I talked to someone named Carlos',
    'a technician called Marcus Lee',
    'the name on the account is Priya Raman',
    'booked under the name Okafor',
    'NL20 RABO 0318 7429 56 t.n.v. S. de Vries',
    'signed by Tomasz Kowalczyk',
    'witnessed by Aisha Bello',
    "your son Arjun's booster",
    '보호자: her husband Tomás',
    'who has Uncle Emeka',
    "it's yer auntie Morag",
    'hey its Tahnee',
  ])
    assert.equal(hasTrigger(text, textTrigger.englishNameHint), true, text);
  for (const character of englishNameHintCharacters) assert.equal(hasTrigger(`주문${character}배송`, textTrigger.englishNameHint), true);
  for (const text of ['where is my order?', 'show my purchase history', '배송 언제 와요?', 'VIP 등급 혜택 알려줘'])
    assert.equal(hasTrigger(text, textTrigger.englishNameHint), false, text);
});

test('a line break opens the English name search only after a closing, so the lines of a document alone do not', () => {
  for (const text of ['Regards,\nJane', 'Best regards \r\nJane Doe', 'Thank you\nKevin', 'Cheers,\nEmma', 'Best,\nTom'])
    assert.equal(hasTrigger(text, textTrigger.englishNameWord), true, JSON.stringify(text));
  for (const text of ['## 요금 안내\n월 이용료는 57,000원입니다', 'Plan A\n\nData 75GB\nRoaming 12,000 KRW', '\n첫 줄'])
    assert.equal(hasTrigger(text, textTrigger.englishNameWord), false, JSON.stringify(text));
  assert.deepEqual(
    scanPii('Thanks for your help.\nBest regards,\nJane Doe').map((finding) => finding.text),
    ['Jane Doe'],
  );
  assert.deepEqual(
    scanPii('감사합니다\n\nRegards,\n김민수').map((finding) => finding.text),
    ['김민수'],
  );
});

test('English label bit: set by birth, DOB, MRN or insurance labels, clear on an order message in Korean or English', () => {
  for (const text of ['DOB 1985-03-12', 'd.o.b. 1985', 'MRN 00482913', 'Health insurance no. 123', '환자 Patient ID 42'])
    assert.equal(hasTrigger(text, textTrigger.englishLabel), true, text);
  for (const text of ['Please refund order 1234567', '주문번호 ORD-2026-000123 결제 완료']) {
    assert.equal(hasTrigger(text, textTrigger.englishLabel), false, text);
    assert.deepEqual(labelTriggers(text), [], text);
  }
});

test('a capital right before a digit is seen for passports and IBANs, in Korean and English texts', () => {
  assert.equal(hasFeatures(textFeatures('여권번호 M123A4567'), textFeature.upperBeforeDigit), true);
  assert.equal(hasFeatures(textFeatures('IBAN GB82 WEST 1234 5698 7654 32'), textFeature.upperBeforeDigit), true);
  for (const text of ['주문 1234 ABC 배송', 'Order 12 ABC shipped']) {
    assert.equal(hasFeatures(textFeatures(text), textFeature.upperBeforeDigit), false, text);
    assert.deepEqual(passportRecognizer.find(text, {}), [], text);
    assert.deepEqual(ibanRecognizer.find(text, {}), [], text);
  }
});

test('where a Latin bit is clear its pattern finds nothing (glued English and Korean context words)', () => {
  const pieces = [
    ...['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'name is', "name's", 'call me', "I'm", 'I’m', 'I am', 'patient', 'holder', 'Dear'],
    ...['Regards', 'Thanks', 'Best', 'this is', 'spoke', 'speaking', 'customer', 'his', 'all', 'older', 'ame', 'I a'],
    ...['birth', 'born', 'DOB', 'd.o.b', 'driver', 'DL', 'MRN', 'Medical', 'member', 'chart', 'hospital', 'Health'],
    ...['insurance', 'subscriber', 'NHIS', 'license', 'GB82', 'M123A4567', 'S1234', 'x', 'e', 'r', '.', ',', ':', '='],
    ...[' ', ' ', '\n', '\t', '1', '010-1234-5678', '고객', '님', '김민수', '환자', 'Jane', 'Smith', 'Tom'],
    ...['Hi', 'Hello', 'Hey', 'Good morning', 'Good evening', 'Thank you', 'Cheers', 'Sincerely', 'you', 'ks', ', ', 'Sarah'],
    ...['Call', 'call', 'Contact', 'email', 'Text', 'Ask for', 'Please', 'all', 'act', 'ail', 'ext', 'Emily'],
    ...['my', 'My', 'y', 'wife', 'husband', 'son', 'daughter', 'mom', 'father', 'sister', 'partner', 's', 'w'],
    ...[
      'grandma',
      'fiancé',
      'colleague',
      'co-worker',
      'manager',
      'friend',
      'supervisor',
      'boss',
      'c',
      'f',
      'g',
      'landlord',
      'aunt',
      'uncle',
      ...['your', 'his', 'her', 'our', 'their', 'r', 'Uncle', 'Auntie', 'Kuya', 'cousin', 'hey', 'its', 'hi', 'its ', 'Arjun'],
    ],
    ...['someone', 'a guy', 'an agent', 'the technician', 'named', 'called', 'name', 'calle', 'ame', 'd', 'Carlos', 'Marcus Lee'],
    ...[
      'Insured',
      'ed',
      'shipped',
      'name on',
      'the account is',
      'in the name of',
      'under the name',
      'he name',
      'signed by',
      'witnessed by',
    ],
  ];
  for (const text of gluedTexts(pieces, 4000)) {
    if (!hasTrigger(text, textTrigger.englishNameHint)) assert.deepEqual(findEnglishNames(text), [], text);
    if (!hasTrigger(text, textTrigger.englishLabel) && !/[가-힣]/.test(text)) assert.deepEqual(labelTriggers(text), [], text);
    assert.deepEqual(scanPii(text), scanPii(text, { recognizers: ungated }), text);
  }
});
