// A long text read in pieces: each piece under the header of a table the pieces before left open, and the same findings
// in input order whether this thread or worker threads scan them (Korean, English).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanPieces, type ScannedPiece } from '../../../src/guard/bulk/index.ts';
import { customPatternListSchema } from '../../../src/guard/pii/custom/index.ts';

async function* fromArray(pieces: readonly string[]): AsyncGenerator<string> {
  yield* pieces;
}

async function collect(pieces: readonly string[], jobs: number): Promise<ScannedPiece[]> {
  const scanned: ScannedPiece[] = [];
  for await (const piece of scanPieces({ pieces: fromArray(pieces), scan: { custom: [] }, jobs })) scanned.push(piece);
  return scanned;
}

const pieces = [
  '성명,요금제,비고\n김민수,5G 프리미엄,정상\n',
  // The table's rows go on in this piece: its names are read under the header the first piece opened.
  '이서연,LTE 베이직,정상\n박지훈,5G 라이트,해지 예정\n',
  'Ticket 41: Jane Doe called from 010-3344-5566, reply to jane.doe@example.com\n',
  '연락처 010-9876-5432로 연락 주세요\n',
];

test('rows of a table past its first piece are read under its header, offsets within each piece (ko, en)', async () => {
  const scanned = await collect(pieces, 1);
  assert.deepEqual(
    scanned.map(({ piece, findings }) => findings.map((finding) => `${finding.type}:${piece.slice(finding.start, finding.end)}`)),
    [
      ['PERSON:김민수'],
      ['PERSON:이서연', 'PERSON:박지훈'],
      ['PERSON:Jane Doe', 'PHONE:010-3344-5566', 'EMAIL:jane.doe@example.com'],
      ['PHONE:010-9876-5432'],
    ],
  );
});

test('two worker threads give the same pieces and findings, in input order, as this thread (ko, en)', async () => {
  const inThread = await collect(pieces, 1);
  const inWorkers = await collect(pieces, 2);
  assert.deepEqual(
    inWorkers.map(({ piece, findings }) => ({
      piece,
      findings: findings.map(({ type, start, end, text }) => ({ type, start, end, text })),
    })),
    inThread.map(({ piece, findings }) => ({
      piece,
      findings: findings.map(({ type, start, end, text }) => ({ type, start, end, text })),
    })),
  );
});

test('custom types reach the workers as declarations and are found there', async () => {
  const custom = customPatternListSchema.parse([{ type: 'EMPLOYEE_ID', pattern: 'EMP-\\d{6}' }]);
  const scanned: ScannedPiece[] = [];
  const input = ['사번 EMP-104233 확인\n', 'Employee EMP-550912 left\n'];
  for await (const piece of scanPieces({ pieces: fromArray(input), scan: { custom }, jobs: 2 })) scanned.push(piece);
  assert.deepEqual(
    scanned.map(({ findings }) => findings.map((finding) => finding.text)),
    [['EMP-104233'], ['EMP-550912']],
  );
});

test('a worker that cannot start fails the scan with a clear error rather than hanging', async () => {
  // Declarations the schema would have refused: the worker's scan cannot be built.
  const custom = [{ type: 'EMPLOYEE_ID', pattern: 'EMP-(' }] as unknown as Parameters<typeof scanPieces>[0]['scan']['custom'];
  await assert.rejects(
    async () => {
      for await (const piece of scanPieces({ pieces: fromArray(pieces), scan: { custom }, jobs: 2 })) assert.ok(piece);
    },
    (error: Error & { code?: string }) => error.code === 'internal_error' && /A scan worker failed/.test(error.message),
  );
});
