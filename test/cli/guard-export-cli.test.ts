// The real `bin/genstack guard` on a data export larger than one streamed piece: the names in every row of a table are
// found and masked under the header of its first line, however many pieces the file is read in (Korean, English), and
// the output is the same whether one thread or several scan the pieces.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { genstack, type Finding } from './guard-cli-helpers.ts';

// Over 520,000 characters each: three pieces of 256 K characters, the first ending past 10,000 rows.
const rows = 20_000;
const koreanNames = ['김민수', '이서연', '박지훈', '최유진', '정민호', '강지영'];
const englishNames = ['KIM MINSU', 'LEE JIWON', 'PARK SEOJUN', 'Jane Doe', 'Kevin Brown', 'Maria Lopez'];
const koreanExport =
  ['이름,요금제,가입일,비고', ...Array.from({ length: rows }, (_, row) => `${koreanNames[row % 6]},5G 프리미엄,2024-01-15,정상 고객`)].join(
    '\n',
  ) + '\n';
const englishExport =
  [
    'name,plan,joined,note',
    ...Array.from({ length: rows }, (_, row) => `${englishNames[row % 6]},Premium 5G,2024-01-15,active customer`),
  ].join('\n') + '\n';

describe('genstack guard on an export larger than a piece', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'genstack-guard-export-'));
  writeFileSync(join(cwd, 'ko.csv'), koreanExport);
  writeFileSync(join(cwd, 'en.csv'), englishExport);

  for (const [file, text] of [
    ['ko.csv', koreanExport],
    ['en.csv', englishExport],
  ] as const) {
    test(`scan finds the name of every row of ${file}, with offsets into the whole file`, () => {
      assert.ok(text.length > 2 * 256 * 1024, 'the export spans three pieces');
      const result = genstack(['guard', 'scan', file, '--json'], { cwd });
      assert.equal(result.code, 0, result.stderr);
      const names = (JSON.parse(result.stdout) as Finding[]).filter((finding) => finding.type === 'PERSON');
      assert.equal(names.length, rows);
      const last = names.at(-1)!;
      assert.equal(text.slice(last.start, last.end), last.text);
    });

    test(`redact masks the name of every row of ${file}`, () => {
      const result = genstack(['guard', 'redact', '--mode', 'redact', file], { cwd });
      assert.equal(result.code, 0, result.stderr);
      const lines = result.stdout.trimEnd().split('\n');
      assert.equal(lines.length, rows + 1);
      assert.ok(
        lines.slice(1).every((line) => line.startsWith('[PERSON],')),
        lines.find((line) => !line.startsWith('[PERSON],')),
      );
    });
  }

  test('one thread or three give the same findings, masks and vault on a mixed export (ko, en)', () => {
    // Rows of a Korean table, then English prose with phones, emails and names, then the English table: five pieces.
    const prose = Array.from(
      { length: 6_000 },
      (_, row) =>
        `Ticket ${row}: Jane Doe called from 010-${3000 + (row % 7000)}-${String(row % 10_000).padStart(4, '0')}, reply to jane${row}@example.com`,
    ).join('\n');
    writeFileSync(join(cwd, 'mixed.txt'), `${koreanExport}${prose}\n${englishExport}`);
    const outputs = [1, 3].map((jobs) => {
      const scanned = genstack(['guard', 'scan', 'mixed.txt', '--jobs', String(jobs)], { cwd });
      const masked = genstack(['guard', 'redact', 'mixed.txt', '--jobs', String(jobs), '--vault', `vault-${jobs}.json`], { cwd });
      assert.equal(scanned.code, 0, scanned.stderr);
      assert.equal(masked.code, 0, masked.stderr);
      return { scanned: scanned.stdout, masked: masked.stdout, vault: readFileSync(join(cwd, `vault-${jobs}.json`), 'utf8') };
    });
    // One numbering across the pieces: Jane Doe after the Korean table's six names, the 6,000th phone and email.
    assert.match(outputs[0]!.masked, /\nTicket 5999: \[PERSON_7\] called from \[PHONE_6000\], reply to \[EMAIL_6000\]\n/);
    assert.equal(outputs[1]!.scanned, outputs[0]!.scanned);
    assert.equal(outputs[1]!.masked, outputs[0]!.masked);
    assert.equal(outputs[1]!.vault, outputs[0]!.vault);
  });

  test('--jobs takes auto or a whole number from 1 to 64', () => {
    for (const jobs of ['0', 'many']) {
      const result = genstack(['guard', 'scan', 'ko.csv', '--jobs', jobs], { cwd });
      assert.equal(result.code, 1);
      assert.match(result.stderr, /--jobs must be auto or a whole number from 1 to 64/);
    }
  });
});
