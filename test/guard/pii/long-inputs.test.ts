// Long inputs: a line of many thousands of characters is read as shorter lines (the spans still those of the text as
// written), and the scan's time grows with the input, not with its square, on exports, pasted paragraphs and pieces
// repeated to be hard. The time limits are tens of times what the scan takes here: the code they guard against took
// minutes on the same inputs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scanPii } from '../../../src/guard/pii/index.ts';
import { longestLine, withLongLinesBroken } from '../../../src/guard/pii/long-lines.ts';

function repeated(piece: (index: number) => string, characters: number): string {
  const pieces: string[] = [];
  let length = 0;
  for (let index = 0; length < characters; index += 1) {
    const next = piece(index);
    pieces.push(next);
    length += next.length;
  }
  return pieces.join('');
}

const digits = (index: number, count: number) => String((index * 7919 + 1234) % 10 ** count).padStart(count, '0');

function timed<Result>(work: () => Result): { result: Result; seconds: number } {
  const started = performance.now();
  const result = work();
  return { result, seconds: (performance.now() - started) / 1000 };
}

describe('withLongLinesBroken', () => {
  test('leaves a text whose lines are all shorter than the limit as it is, the same string', () => {
    const text = `${'가'.repeat(longestLine)}\n${'a'.repeat(longestLine)}`;
    assert.equal(withLongLinesBroken(text), text);
  });

  test('breaks a long Korean line at a sentence end, keeping its length', () => {
    const text = repeated((index) => `김민수 고객님께서 주문 ${digits(index, 7)}건 문의하셨습니다. `, 5000);
    const broken = withLongLinesBroken(text);
    assert.equal(broken.length, text.length);
    assert.ok(broken.split('\n').every((line) => line.length <= longestLine));
    for (let at = broken.indexOf('\n'); at !== -1; at = broken.indexOf('\n', at + 1)) {
      assert.equal(text[at], ' ');
      assert.equal(text.slice(at - 3, at), '니다.');
    }
  });

  test('breaks an English line between records or sentences, never after an initial or a title', () => {
    const text = repeated((index) => `Mr. Lee met Jessica A. Garcia about order ${digits(index, 6)} today. `, 5000);
    const broken = withLongLinesBroken(text);
    assert.ok(broken.split('\n').every((line) => line.length <= longestLine));
    for (let at = broken.indexOf('\n'); at !== -1; at = broken.indexOf('\n', at + 1)) assert.equal(text.slice(at - 6, at), 'today.');
    const records = repeated((index) => `{"name":"Mary Smith","id":${digits(index, 5)}},`, 5000);
    const brokenRecords = withLongLinesBroken(records);
    for (let at = brokenRecords.indexOf('\n'); at !== -1; at = brokenRecords.indexOf('\n', at + 1))
      assert.equal(records.slice(at - 1, at + 2), '},{');
  });
  test('breaks a line of no blank at a slash before a dash, and a blob of letters and digits anywhere (Korean and English)', () => {
    const phones = '010-1234-5678/'.repeat(300);
    const brokenPhones = withLongLinesBroken(phones);
    assert.ok(brokenPhones.split('\n').every((line) => line.length <= longestLine));
    for (let at = brokenPhones.indexOf('\n'); at !== -1; at = brokenPhones.indexOf('\n', at + 1)) assert.equal(phones[at], '/');
    const blob = 'QUJDREVGR0hJSktMTU5PUA'.repeat(200) + '가나다'.repeat(1000);
    const brokenBlob = withLongLinesBroken(blob);
    assert.equal(brokenBlob.length, blob.length);
    assert.ok(brokenBlob.split('\n').every((line) => line.length <= longestLine));
  });
});

describe('scanPii over long inputs', () => {
  test('finds every phone of a one-line Korean JSON export, each span as written, in time', () => {
    const records = 4000;
    const text = Array.from(
      { length: records },
      (_, index) =>
        `{"이름":"김민수","연락처":"010-${digits(index, 4)}-${digits(index + 1, 4)}","주소":"서울시 강남구 테헤란로 ${index % 300}"},`,
    ).join('');
    const { result: findings, seconds } = timed(() => scanPii(text));
    assert.equal(findings.filter((finding) => finding.type === 'PHONE').length, records);
    for (const finding of findings) assert.equal(finding.text, text.slice(finding.start, finding.end));
    assert.ok(seconds < 60, `${seconds} s`);
  });

  test('finds every email and phone of English case notes pasted as one line, in time', () => {
    const notes = 3000;
    const text = Array.from(
      { length: notes },
      (_, index) =>
        `Customer Mary Smith (phone 415-${200 + (index % 700)}-${digits(index + 1, 4)}, email mary${index}@corp.com) called about order ${digits(index, 7)}.`,
    ).join(' ');
    const { result: findings, seconds } = timed(() => scanPii(text));
    assert.equal(findings.filter((finding) => finding.type === 'EMAIL').length, notes);
    assert.equal(findings.filter((finding) => finding.type === 'PHONE').length, notes);
    for (const finding of findings) assert.equal(finding.text, text.slice(finding.start, finding.end));
    assert.ok(seconds < 60, `${seconds} s`);
  });

  test('an allowed value stays allowed on a long line (English)', () => {
    const text = repeated((index) => `Call the desk on 020 7946 0000 or Mary Smith on 020 7946 ${digits(index, 4)}. `, 20_000);
    const findings = scanPii(text, { allow: ['020 7946 0000'] });
    assert.ok(findings.length > 0);
    assert.ok(findings.every((finding) => finding.text !== '020 7946 0000'));
  });

  test('pieces repeated to be hard take time in proportion to their length (Korean and English)', () => {
    for (const [piece, characters] of [
      ['님 ', 256_000],
      ['씨 ', 256_000],
      ['1.2.3.4 ', 64_000],
      ['1.2.3.4/', 256_000],
      ['010-1234-5678/', 256_000],
      ['|', 256_000],
    ] as const) {
      const { seconds } = timed(() => scanPii(piece.repeat(characters / piece.length)));
      assert.ok(seconds < 30, `${JSON.stringify(piece)}: ${seconds} s`);
    }
  });
});
