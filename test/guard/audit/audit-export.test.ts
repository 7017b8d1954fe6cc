// Exporting the audit log as JSONL and verifying an export on its own: the round trip, and tampered, cut or thinned files.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createAuditLog, verifyAuditExport, type AuditLog } from '../../../src/guard/audit/index.ts';
import { openStore, type SqliteStore } from '../../../src/store/index.ts';

describe('audit export', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'genstack-audit-export-'));
  let store: SqliteStore;
  let audit: AuditLog;
  let lines: string[];

  before(() => {
    store = openStore({ dataDir });
    audit = createAuditLog({ database: store.database, headFile: join(dataDir, 'audit-head.json') });
    for (let index = 0; index < 7; index += 1)
      audit.append({
        event: index % 2 === 0 ? 'chat.turn' : 'policy.decision',
        workspace: index < 4 ? 'default' : 'clinic',
        content: { input: index % 2 === 0 ? `요금 문의 ${index}` : `Question ${index}`, output: index % 2 === 0 ? '답변' : 'Answer' },
        decisions: index % 2 === 0 ? [] : [{ policy: 'clinical', action: 'review' }],
      });
    lines = [...audit.export()];
  });
  after(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const replaceLine = (index: number, edit: (value: Record<string, unknown>) => void) =>
    lines.map((line, position) => {
      if (position !== index) return line;
      const value = JSON.parse(line) as Record<string, unknown>;
      edit(value);
      return JSON.stringify(value);
    });

  test('an export is a header, one line per record and a trailer, and verifies as written', () => {
    assert.equal(lines.length, 9);
    assert.equal((JSON.parse(lines[0] ?? '{}') as { format: string }).format, 'genstack-audit-export');
    assert.deepEqual((JSON.parse(lines[8] ?? '{}') as { count: number }).count, 7);
    assert.equal((JSON.parse(lines[1] ?? '{}') as { content: { input: string } }).content.input, '요금 문의 0');
    assert.deepEqual(audit.verifyExport(lines), { ok: true, checked: 7, problems: [] });
    assert.deepEqual(verifyAuditExport([...lines.join('\n').split('\n'), '']).ok, true);
  });

  test('a changed Korean or English text in one line is reported at that record and line', () => {
    const korean = verifyAuditExport(replaceLine(3, (value) => ((value.content as { input: string }).input = '요금 문의 변경')));
    assert.deepEqual(
      korean.problems.map((problem) => [problem.seq, problem.kind, problem.line]),
      [[3, 'altered', 4]],
    );
    const english = verifyAuditExport(replaceLine(2, (value) => ((value.content as { input: string }).input = 'Question changed')));
    assert.deepEqual(
      english.problems.map((problem) => [problem.seq, problem.kind]),
      [[2, 'altered']],
    );
    const broken = verifyAuditExport(lines.map((line, index) => (index === 4 ? line.slice(0, 20) : line)));
    assert.equal(broken.ok, false);
    assert.deepEqual(broken.problems[0]?.kind, 'altered');
    assert.equal(broken.problems[0]?.line, 5);
  });

  test('a removed record line, a cut file and a missing header are reported', () => {
    const removed = verifyAuditExport(lines.filter((_, index) => index !== 4));
    assert.deepEqual(
      removed.problems.map((problem) => [problem.seq, problem.kind]),
      [
        [4, 'missing'],
        [0, 'missing'],
      ],
    );
    const cut = verifyAuditExport(lines.slice(0, 6));
    assert.deepEqual(
      cut.problems.map((problem) => [problem.seq, problem.kind]),
      [[6, 'truncated']],
    );
    const headless = verifyAuditExport(lines.slice(1));
    assert.deepEqual(
      headless.problems.map((problem) => problem.kind),
      ['altered'],
    );
  });

  test('a filtered export verifies with its gaps, but still counts its lines', () => {
    const clinic = [...audit.export({ workspace: 'clinic' })];
    assert.equal(clinic.length, 5);
    assert.deepEqual(verifyAuditExport(clinic), { ok: true, checked: 3, problems: [] });
    const thinned = verifyAuditExport(clinic.filter((_, index) => index !== 2));
    assert.deepEqual(
      thinned.problems.map((problem) => problem.kind),
      ['missing'],
    );
    const turns = [...audit.export({ event: 'chat.turn', since: '2000-01-01T00:00:00.000Z' })];
    assert.equal(verifyAuditExport(turns).checked, 4);
    assert.equal(verifyAuditExport(turns).ok, true);
  });
});
