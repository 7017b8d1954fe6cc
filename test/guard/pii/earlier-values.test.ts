// Values found before a text in the same reply (`scanPii`'s `earlier`) or conversation (`withEarlierRepeats`): found
// again where the text writes them with no context of its own, in Korean and English, and nowhere else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EarlierValues, maxEarlierValues, scanPii, withEarlierRepeats, type EarlierValue } from '../../../src/guard/pii/index.ts';

const earlier: EarlierValue[] = [
  { type: 'PERSON', text: '김민수', score: 0.85 },
  { type: 'PERSON', text: 'Priscilla Mahlangu', score: 0.85 },
  { type: 'PASSPORT', text: 'M12345678', score: 0.9 },
];
const shown = (text: string, options: Parameters<typeof scanPii>[1] = {}) =>
  scanPii(text, options).map((finding) => `${finding.type}:${text.slice(finding.start, finding.end)}`);

test('a name or a number found earlier is found where the text writes it again, and only then (ko, en)', () => {
  for (const [text, expected] of [
    ['민수도 같이 오나요?', ['PERSON:민수']],
    ['김민수 확인했습니다', ['PERSON:김민수']],
    ['M12345678 확인했습니다.', ['PASSPORT:M12345678']],
    ['Thanks for your order, Priscilla!', ['PERSON:Priscilla']],
    ['Mahlangu will sign for it.', ['PERSON:Mahlangu']],
    ['We saved M12345678 for you.', ['PASSPORT:M12345678']],
  ] as const) {
    assert.deepEqual(shown(text), [], `alone: ${text}`);
    assert.deepEqual(shown(text, { earlier: EarlierValues.of(earlier) }), expected, text);
  }
});

test('earlier values change nothing in a text that does not repeat them (ko, en)', () => {
  for (const text of ['배송 언제 와요?', '연락처 010-2345-6789 로 주세요', 'Where is my order?', 'Call me at 010-2345-6789']) {
    assert.deepEqual(shown(text, { earlier: EarlierValues.of(earlier) }), shown(text), text);
  }
  // A given name that is an everyday word stays a word; a value longer than the text is not in it.
  assert.deepEqual(shown('하늘이 맑아요', { earlier: EarlierValues.of([{ type: 'PERSON', text: '김하늘', score: 0.85 }]) }), []);
});

test("a repeat keeps the scan's types and is found once beside the text's own findings (ko, en)", () => {
  assert.deepEqual(shown('민수 M12345678', { earlier: EarlierValues.of(earlier), types: ['PASSPORT'] }), ['PASSPORT:M12345678']);
  assert.deepEqual(shown('여권번호 M12345678 확인', { earlier: EarlierValues.of(earlier) }), ['PASSPORT:M12345678']);
  assert.deepEqual(shown('Passport M12345678, Priscilla Mahlangu', { earlier: EarlierValues.of(earlier) }), [
    'PASSPORT:M12345678',
    'PERSON:Priscilla Mahlangu',
  ]);
});

test(`only the first ${maxEarlierValues} earlier values are read`, () => {
  const many: EarlierValue[] = Array.from({ length: maxEarlierValues }, (_, index) => ({
    type: 'PASSPORT',
    text: `M${String(10_000_000 + index)}`,
    score: 0.9,
  }));
  assert.deepEqual(shown('M10000000 saved', { earlier: EarlierValues.of(many) }), ['PASSPORT:M10000000']);
  assert.deepEqual(shown('M12345678 saved', { earlier: EarlierValues.of([...many, ...earlier]) }), []);
});

test("a conversation's later message is read for the values of the messages before it, a slip's correction too (ko, en)", () => {
  const sent = new EarlierValues();
  sent.add([
    { type: 'PASSPORT', text: 'M12345678', score: 0.9 },
    { type: 'PERSON', text: '박서준', score: 0.85 },
  ]);
  const read = (text: string) => withEarlierRepeats(text, scanPii(text), sent).map((finding) => `${finding.type}:${finding.text}`);
  assert.deepEqual(read('죄송해요 오타예요, M12345687 이 맞아요'), ['PASSPORT:M12345687']);
  assert.deepEqual(read('sorry, typo: it is M12345687'), ['PASSPORT:M12345687']);
  assert.deepEqual(read('서준도 같이 가도 되나요?'), ['PERSON:서준']);
  // A message holding no piece of an earlier value keeps its own findings, the same array.
  const findings = scanPii('연락처 010-2345-6789 로 주세요');
  assert.equal(withEarlierRepeats('연락처 010-2345-6789 로 주세요', findings, sent), findings);
  assert.ok(!sent.mayRepeatIn('Where is my order?') && sent.mayRepeatIn('M1234 5678'));
});

test('an empty, one-character or multi-line earlier value is ignored, not found everywhere (ko, en)', () => {
  const odd: EarlierValue[] = [
    { type: 'PERSON', text: '', score: 0.9 },
    { type: 'PERSON', text: '김', score: 0.9 },
    { type: 'PASSPORT', text: 'M1234\n5678', score: 0.9 },
  ];
  for (const text of ['김 과장님께 전달해 주세요', 'M1234 is the gate code'])
    assert.deepEqual(shown(text, { earlier: EarlierValues.of(odd) }), shown(text), text);
  const sent = new EarlierValues();
  sent.add(odd);
  assert.equal(sent.values.length, 0);
});
