// A value read back is found again however long the text around it: a transcript or an export of hundreds of values,
// whose repeats are looked up by the edges of the text's runs of letters and digits.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runEdgesOf } from '../../../src/guard/pii/run-edges.ts';
import { scanChecked } from './pii-test-helpers.ts';

/** Rows of a call log: a phone and a passport each, hundreds of values in all. */
function callLog(rows: number, row: (index: number) => string): string[] {
  return Array.from({ length: rows }, (_, index) => row(index));
}

const koreanRow = (index: number) =>
  `고객 ${index}번 연락처 010-${2000 + index}-${String(1000 + index * 7).slice(-4)} 주문 확인 완료되었습니다.`;
const englishRow = (index: number) =>
  `Caller ${index}: mobile 07700 ${String(900000 + index * 13).slice(-6)}, passport M${String(10000000 + index * 7919).slice(-8)} on file.`;

describe('repeats in long texts', () => {
  test('an account given once is found where a long transcript reads it back (ko, en)', () => {
    const cases = [
      {
        rows: callLog(400, koreanRow),
        given: '신한은행 계좌번호 110-234-567890 으로 환불 부탁드려요',
        readBack: '상담원: 네 110-234-567890 맞으시죠? 다시 확인했습니다.',
        expected: ['BANK_ACCOUNT:110-234-567890'],
      },
      {
        rows: callLog(400, englishRow),
        given: 'Please refund to my HSBC account no. 012-345678-001 today.',
        readBack: 'Agent: I will send it to 012-345678-001 then, confirmed.',
        expected: ['BANK_ACCOUNT:012-345678-001'],
      },
    ];
    for (const { rows, given, readBack, expected } of cases) {
      const text = [...rows.slice(0, 3), given, ...rows.slice(3), readBack].join('\n');
      assert.ok(text.length > 15_000, 'a long text');
      const lastLine = text.lastIndexOf('\n');
      const findings = scanChecked(text);
      assert.ok(findings.length >= 400, `hundreds of values (${findings.length})`);
      assert.deepEqual(
        findings.filter((finding) => finding.start > lastLine).map((finding) => `${finding.type}:${finding.text}`),
        expected,
        readBack,
      );
    }
  });

  test('run edges: the same places whether a text is read or indexed (en, ko)', () => {
    const line = 'ID GK608214, xGK608214, GK6082149, (GK608214) 여권 GK608214번\n';
    const short = runEdgesOf(line);
    const long = runEdgesOf(line.repeat(80));
    // Not after the x; the end is the caller's to test ("GK6082149").
    assert.deepEqual(short.startsOf('GK608214'), [3, 24, 36, 49]);
    // Not before the 9; the start is the caller's to test ("xGK608214").
    assert.deepEqual(short.endsOf('608214'), [11, 22, 44, 57]);
    const next = line.length;
    assert.deepEqual(long.startsOf('GK608214').slice(0, 8), [3, 24, 36, 49, next + 3, next + 24, next + 36, next + 49]);
    assert.deepEqual(long.endsOf('608214').slice(0, 5), [11, 22, 44, 57, next + 11]);
    // A piece that opens with a mark is looked for everywhere, as in a short text.
    assert.deepEqual(long.startsOf('(GK').slice(0, 2), [35, next + 35]);
    assert.deepEqual(runEdgesOf('no digits here'.repeat(200)).startsOf('GK608214'), []);
  });
});
