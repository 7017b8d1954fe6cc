// The shared digit-group reading and the shape readers built on it: each must find exactly what the pattern it replaced
// found over the long numeric runs (the patterns are kept here as the reference).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digitEnd, digitStart, isDigitEndAt, isDigitStartAt } from '../../../src/guard/pii/recognizers/digit-boundaries.ts';
import { characterCodes, mayEndWithLabel } from '../../../src/guard/pii/recognizers/context-window.ts';
import { digitGroupsOf, gapAfter, groupLength, hasGroupLengths, hasGroupShape } from '../../../src/guard/pii/recognizers/digit-groups.ts';
import { ipv4AddressesIn } from '../../../src/guard/pii/recognizers/ipv4-addresses.ts';
import { numericLicenseNumbers, regionLicenseNumbers } from '../../../src/guard/pii/recognizers/korean-license-numbers.ts';
import { findInNumericRuns } from '../../../src/guard/pii/recognizers/numeric-runs.ts';
import {
  britishPhoneCandidates,
  koreanPhoneCandidates,
  northAmericanPhoneCandidates,
} from '../../../src/guard/pii/recognizers/phone-candidates.ts';
import { sixSevenNumbers } from '../../../src/guard/pii/recognizers/six-seven-numbers.ts';

const samples = [
  '연락처 010-1234-5678, 사무실 (02) 123-4567',
  'tel:(031)123-4567 or 0212345678 / 021234567, 031)123-4567, 02) 1234-5678, 02))123-4567',
  'A-(02)1234-5678 and x(02)1234-5678 and 1.(02)1234-5678',
  '(02)1234-5678 at the start',
  'call (415) 555-2671 or 415.555.2671, not +1 415-555-2671 nor 1415-555-2671',
  'ring 020 7946 0958, 01632 960961 or 0161 496 0000; 020 7946 09581 is too long',
  '주민번호 850312-1234565, 850312 1234565, 8503121234565, 850312--1234565, 850312-12345651',
  '주민번호 850312 - 1234565, 850312 -1234565, 850312- 1234565, 850312  1234565, 850312 -- 1234565',
  '운전면허 11-12-345678-90, 11 12 345678 90, 111234567890, 11-12 345678-90, 29-12-345678-90',
  '경기북부 12-345678-90, 서울 1234567890, 전북부 12-345678-90, 서울12345678-90',
  'IP 192.168.0.10, 10.0.0.256, 1.2.3.4.5, v-1.2.3.4, 01.2.3.4, 255.255.255.255.',
  'SKU-1234-5678-9012 1.5 010-1234-5678-9 010-1234-5678x 2.010-1234-5678',
  '신한 110-123-456789 3333-01-1234567 123-45-67890 1234 5678 9012 3456',
];

function patternMatches(text: string, pattern: RegExp, before = 2): string[] {
  return findInNumericRuns(text, { pattern, minDigits: 1, before }).map(({ start, match }) => `${start}:${match[0]}`);
}

function spans(text: string, found: ReadonlyArray<{ start: number; end: number }>): string[] {
  return found.map(({ start, end }) => `${start}:${text.slice(start, end)}`);
}

test('the character boundary tests agree with the digitStart and digitEnd look-arounds', () => {
  const starts = new RegExp(`${digitStart}\\d`, 'g');
  const ends = new RegExp(`\\d${digitEnd}`, 'g');
  for (const text of samples) {
    const expectedStarts = [...text.matchAll(starts)].map((match) => match.index);
    const expectedEnds = [...text.matchAll(ends)].map((match) => match.index + 1);
    const digitsAt = [...text].flatMap((character, index) => (/\d/.test(character) ? [index] : []));
    assert.deepEqual(
      digitsAt.filter((index) => isDigitStartAt(text, index)),
      expectedStarts,
      text,
    );
    assert.deepEqual(
      digitsAt.map((index) => index + 1).filter((end) => isDigitEndAt(text, end)),
      expectedEnds,
      text,
    );
  }
});

test('reads the digit groups of the long runs with their one-character gaps', () => {
  const text = '전화 010-1234-5678, 주문 12 34 (2026.11.28)';
  const groups = digitGroupsOf(text);
  const lengths = Array.from({ length: groups.count }, (_, index) => groupLength(groups, index));
  // A comma ends a run; a space and a bracket do not, but two separators in a row leave no one-character gap.
  assert.deepEqual(lengths, [3, 4, 4, 2, 2, 4, 2, 2]);
  assert.deepEqual(
    Array.from({ length: groups.count }, (_, index) => gapAfter(groups, index)),
    [45, 45, -1, 32, -1, 46, 46, -1],
  );
  assert.equal(groupLength(groups, groups.count), -1);
  assert.ok(hasGroupShape(groups, { at: 0, lengths: [3, 4, 4], gap: 45 }));
  assert.ok(!hasGroupShape(groups, { at: 1, lengths: [4, 4, 2], gap: 45 }), 'a shape never spans two runs');
  assert.equal(digitGroupsOf('3개 주세요').count, 0);
});

test('the group summary names the lengths present and counts the dot gaps, for the gates', () => {
  const groups = digitGroupsOf('SSN 123-45-6789, IP 10.0.0.1, card 4111111111111111111111111111111111');
  assert.ok(hasGroupLengths(groups, [3, 2, 4]));
  assert.ok(hasGroupLengths(groups, [1]), 'an octet of one digit');
  assert.ok(hasGroupLengths(groups, [31]), 'groups of 31 digits or more share the last bit');
  assert.ok(!hasGroupLengths(groups, [9]));
  assert.ok(!hasGroupLengths(groups, [3, 5]));
  assert.equal(groups.dotGaps, 3);
  assert.equal(digitGroupsOf('연락처 010-1234-5678').dotGaps, 0);
  assert.equal(digitGroupsOf('연락처 010-1234-5678').lengths, (1 << 3) | (1 << 4));
});

test('a label anchored before a number is ruled out on character codes only where its pattern could not match', () => {
  const accountLabel = /(?:계좌\s*(?:번호)?|account\s*(?:number|no\.?|#)?|은행)\s*(?:은|는|:|：)?\s*$/i;
  const labelEnd = { lastCharacters: characterCodes('좌호행tTrRoO.#'), skipped: characterCodes('은는:：') };
  const cases = [
    '계좌번호: 110-123-456789',
    '계좌는 110-123-456789',
    '입금 계좌\u00a0110-123-456789',
    '연락처: 010-1234-5678',
    'Account No. 12345678',
    'account #12345678',
    'ACCOUNT NUMBER 12345678',
    'call me at 415-555-2671',
    '12345678',
  ];
  const ruledOut: string[] = [];
  for (const text of cases) {
    const start = text.search(/\d/);
    const labelled = accountLabel.test(text.slice(Math.max(0, start - 30), start));
    const possible = mayEndWithLabel(text, { start, ...labelEnd });
    // A necessary condition: never false where the pattern matches ("at" ends in t, so it may pass where the pattern fails).
    if (labelled) assert.equal(possible, true, text);
    if (!possible) ruledOut.push(text);
  }
  assert.deepEqual(ruledOut, ['연락처: 010-1234-5678', '12345678']);
  // The window bounds the search: a label further back than the window does not count.
  assert.equal(mayEndWithLabel(`계좌${' '.repeat(40)}110`, { start: 42, ...labelEnd }), false);
});

test('six-seven numbers are the matches of \\d{6}(?: ?- ?| ?)\\d{7} between digit boundaries', () => {
  const pattern = new RegExp(String.raw`${digitStart}\d{6}(?: ?- ?| ?)\d{7}${digitEnd}`, 'g');
  for (const text of samples) assert.deepEqual(spans(text, sixSevenNumbers(text)), patternMatches(text, pattern), text);
  assert.deepEqual(
    sixSevenNumbers('주민번호 850312 1234565').map((number) => [number.digits, number.separator]),
    [['8503121234565', ' ']],
  );
});

test('Korean phone candidates match the domestic pattern, bracket before a run included', () => {
  const prefix = String.raw`(?:1[016789]|2|[3-6][1-5]|70|50[2-8])`;
  const pattern = new RegExp(
    String.raw`${digitStart}(?:\(0${prefix}\) ?|(?<!\()0${prefix}\) ?|0${prefix}[-. ]?)\d{3,4}[-. ]?\d{4}${digitEnd}`,
    'g',
  );
  for (const text of samples) assert.deepEqual(spans(text, koreanPhoneCandidates(text)), patternMatches(text, pattern), text);
  // The pattern saw one character before a bracket that opens a run: "A-(02)…" counts, "x(02)…" does not.
  assert.deepEqual(spans('A-(02)1234-5678', koreanPhoneCandidates('A-(02)1234-5678')), ['2:(02)1234-5678']);
  assert.deepEqual(koreanPhoneCandidates('x(02)1234-5678'), []);
});

test('North American and British candidates match their national patterns', () => {
  const northAmerican = new RegExp(String.raw`(?<![\w+.-])(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[-. ])[2-9]\d{2}[-. ]\d{4}${digitEnd}`, 'g');
  const british = new RegExp(String.raw`${digitStart}0(?:\d{2} \d{4} \d{4}|\d{4} \d{6}|\d{3} \d{3} \d{4})${digitEnd}`, 'g');
  for (const text of samples) {
    assert.deepEqual(spans(text, northAmericanPhoneCandidates(text)), patternMatches(text, northAmerican, 3), text);
    assert.deepEqual(spans(text, britishPhoneCandidates(text)), patternMatches(text, british, 3), text);
  }
});

test('driver licence numbers match the region-code and region-name patterns', () => {
  const numeric = new RegExp(String.raw`${digitStart}(?:1[1-9]|2[0-68])([- ]?)\d{2}\1\d{6}\1\d{2}${digitEnd}`, 'g');
  const regionName = new RegExp(
    String.raw`(?:서울|부산|경기(?:북부)?|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산) ?\d{2}-?\d{6}-?\d{2}${digitEnd}`,
    'g',
  );
  for (const text of samples) {
    assert.deepEqual(spans(text, numericLicenseNumbers(text)), patternMatches(text, numeric), text);
    assert.deepEqual(spans(text, regionLicenseNumbers(text)), patternMatches(text, regionName, 6), text);
  }
  assert.deepEqual(
    numericLicenseNumbers('면허 11 12 345678 90').map((number) => number.separator),
    [' '],
  );
});

test('IPv4 addresses match the dotted-octet pattern: no leading zeros, no fifth part, not after v-', () => {
  const octet = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
  const pattern = new RegExp(String.raw`(?<![0-9A-Za-z.]|[0-9A-Za-z]-)(?:${octet}\.){3}${octet}(?![0-9A-Za-z]|\.\d)`, 'g');
  for (const text of samples) assert.deepEqual(spans(text, ipv4AddressesIn(text)), patternMatches(text, pattern), text);
  assert.deepEqual(spans('서버 192.168.0.10 접속', ipv4AddressesIn('서버 192.168.0.10 접속')), ['3:192.168.0.10']);
});
