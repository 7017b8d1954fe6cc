// The hash-chained audit log on a real SQLite file: appends in Korean and English, and every kind of tampering detected.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { createAuditLog, genesisHash, hashAuditRecord, type AuditLog, type AuditRecord } from '../../../src/guard/audit/index.ts';
import { openStore, type SqliteStore } from '../../../src/store/index.ts';

const root = mkdtempSync(join(tmpdir(), 'genstack-audit-'));
after(() => rmSync(root, { recursive: true, force: true }));

const maskDigits = (text: string) => text.replace(/\d/g, '#');

interface Fixture {
  dataDir: string;
  store: SqliteStore;
  audit: AuditLog;
  headFile: string;
  /** A second connection, as an attacker with access to the file would open, with the append-only triggers dropped. */
  attacker(): Database.Database;
}

let counter = 0;
function openFixture(): Fixture {
  const dataDir = join(root, `case-${(counter += 1)}`);
  const store = openStore({ dataDir });
  const headFile = join(dataDir, 'audit-head.json');
  const audit = createAuditLog({ database: store.database, headFile, maskContent: maskDigits });
  return {
    dataDir,
    store,
    audit,
    headFile,
    attacker() {
      const database = new Database(join(dataDir, 'genstack.db'));
      database.exec('DROP TRIGGER IF EXISTS audit_records_no_update; DROP TRIGGER IF EXISTS audit_records_no_delete;');
      return database;
    },
  };
}

function appendFive(audit: AuditLog): AuditRecord[] {
  return [
    audit.append({
      event: 'chat.turn',
      actor: { kind: 'key', keyId: 'key_1', keyName: '상담팀', role: 'user' },
      assistantId: 'telecom-care',
      model: 'builtin',
      conversationId: 'conv_ko',
      content: { input: '제 전화번호는 010-1234-5678입니다', output: '확인했습니다. 요금제를 알려 드릴게요.' },
    }),
    audit.append({
      event: 'policy.decision',
      workspace: 'clinic',
      decisions: [{ policy: 'pii', action: 'mask', detail: 'phone' }],
      content: { input: 'Call me at 555-0100' },
    }),
    audit.append({
      event: 'tool.call',
      actor: { kind: 'key', keyId: 'key_2', keyName: 'support', role: 'builder' },
      toolCalls: [{ name: 'lookup_customer', arguments: { phone: '010-9999-8888' }, status: 'ok', outcome: { plan: '5G 라이트' } }],
    }),
    audit.append({ event: 'key.created', actor: { kind: 'cli', keyName: 'local' } }),
    audit.append({ event: 'chat.turn', workspace: 'clinic', content: { input: 'What dose?', output: 'A clinician will answer.' } }),
  ];
}

describe('audit log', () => {
  let fixture: Fixture;
  beforeEach(() => {
    fixture = openFixture();
  });

  test('records chain from the genesis hash, carry who and what, and keep only masked content (ko, en)', () => {
    const records = appendFive(fixture.audit);
    assert.deepEqual(
      records.map((record) => record.seq),
      [1, 2, 3, 4, 5],
    );
    assert.equal(records[0]?.prevHash, genesisHash);
    for (let index = 1; index < records.length; index += 1) assert.equal(records[index]?.prevHash, records[index - 1]?.hash);
    for (const record of records) assert.equal(hashAuditRecord(record), record.hash);
    const [korean, english, tool] = fixture.audit.list();
    assert.equal(korean?.content?.input, '제 전화번호는 ###-####-####입니다');
    assert.equal(korean?.keyName, '상담팀');
    assert.equal(korean?.actorKind, 'key');
    assert.equal(english?.content?.input, 'Call me at ###-####');
    assert.deepEqual(english?.decisions, [{ policy: 'pii', action: 'mask', detail: 'phone' }]);
    assert.deepEqual(tool?.toolCalls, [
      { name: 'lookup_customer', arguments: { phone: '###-####-####' }, status: 'ok', outcome: { plan: '#G 라이트' } },
    ]);
    assert.deepEqual(fixture.audit.verify(), { ok: true, checked: 5, problems: [] });
    assert.deepEqual(JSON.parse(readFileSync(fixture.headFile, 'utf8')), { seq: 5, hash: records[4]?.hash, at: records[4]?.at });
  });

  test('list filters by workspace, event, time and afterSeq', () => {
    const records = appendFive(fixture.audit);
    assert.deepEqual(
      fixture.audit.list({ workspace: 'clinic' }).map((record) => record.seq),
      [2, 5],
    );
    assert.deepEqual(
      fixture.audit.list({ event: 'chat.turn', afterSeq: 1 }).map((record) => record.seq),
      [5],
    );
    assert.equal(fixture.audit.list({ since: records[4]?.at, limit: 10 }).at(-1)?.seq, 5);
    assert.equal(fixture.audit.list({ until: '2000-01-01T00:00:00.000Z' }).length, 0);
    assert.equal(fixture.audit.list({ limit: 2 }).length, 2);
    assert.deepEqual(
      fixture.audit.list({ limit: 2, newest: true }).map((record) => record.seq),
      [4, 5],
    );
  });

  test('the database refuses UPDATE and DELETE of a record', () => {
    appendFive(fixture.audit);
    assert.throws(() => fixture.store.database.prepare("UPDATE audit_records SET event = 'x' WHERE seq = 1").run(), /append-only/);
    assert.throws(() => fixture.store.database.prepare('DELETE FROM audit_records WHERE seq = 5').run(), /append-only/);
    assert.equal(fixture.audit.verify().ok, true);
  });

  test('changing any field of a middle record is reported at that record', () => {
    appendFive(fixture.audit);
    const attacker = fixture.attacker();
    const changes: Record<string, string> = {
      id: "'aud_forged'",
      at: "'2020-01-01T00:00:00.000Z'",
      workspace: "'other'",
      actor_kind: "'system'",
      key_id: "'key_other'",
      key_name: "'관리자'",
      role: "'admin'",
      event: "'key.revoked'",
      assistant_id: "'energy-store'",
      model: "'llama'",
      conversation_id: "'conv_x'",
      decisions: `'[{"policy":"pii","action":"allow"}]'`,
      tool_calls: `'[{"name":"refund","arguments":{"amount":1000000}}]'`,
      content: `'{"input":"다른 내용","output":"Other"}'`,
      prev_hash: `'${'1'.repeat(64)}'`,
      hash: `'${'2'.repeat(64)}'`,
    };
    for (const [column, value] of Object.entries(changes)) {
      const original = attacker.prepare(`SELECT ${column} AS value FROM audit_records WHERE seq = 3`).get() as { value: unknown };
      attacker.prepare(`UPDATE audit_records SET ${column} = ${value} WHERE seq = 3`).run();
      const result = fixture.audit.verify();
      assert.equal(result.ok, false, column);
      assert.ok(
        result.problems.some((problem) => problem.seq === 3 && problem.kind === 'altered'),
        `${column}: ${JSON.stringify(result.problems)}`,
      );
      attacker.prepare(`UPDATE audit_records SET ${column} = ? WHERE seq = 3`).run(original.value);
      assert.equal(fixture.audit.verify().ok, true, `${column} restored`);
    }
    attacker.prepare("UPDATE audit_records SET decisions = 'not json' WHERE seq = 2").run();
    assert.deepEqual(
      fixture.audit.verify().problems.map((problem) => [problem.seq, problem.kind]),
      [[2, 'altered']],
    );
    attacker.close();
  });

  test('an attacker who recomputes the changed record’s hash breaks the link to the next record', () => {
    appendFive(fixture.audit);
    const record = fixture.audit.list().find((item) => item.seq === 2) as AuditRecord;
    const forged = { ...record, content: { input: '내용 바꿈' } };
    const attacker = fixture.attacker();
    attacker
      .prepare('UPDATE audit_records SET content = ?, hash = ? WHERE seq = 2')
      .run(JSON.stringify(forged.content), hashAuditRecord(forged));
    assert.deepEqual(
      fixture.audit.verify().problems.map((problem) => [problem.seq, problem.kind]),
      [[3, 'chain-broken']],
    );
    attacker.close();
  });

  test('deleting a middle record is reported as missing', () => {
    appendFive(fixture.audit);
    const attacker = fixture.attacker();
    attacker.prepare('DELETE FROM audit_records WHERE seq = 3').run();
    attacker.close();
    const result = fixture.audit.verify();
    assert.equal(result.checked, 4);
    assert.deepEqual(
      result.problems.map((problem) => [problem.seq, problem.kind]),
      [[3, 'missing']],
    );
  });

  test('deleting the tail is caught by the head file even when the attacker also rewinds the head row', () => {
    const records = appendFive(fixture.audit);
    const attacker = fixture.attacker();
    attacker.prepare('DELETE FROM audit_records WHERE seq >= 4').run();
    attacker.prepare('UPDATE audit_head SET seq = 3, hash = ? WHERE id = 1').run(records[2]?.hash);
    attacker.close();
    const result = fixture.audit.verify();
    assert.deepEqual(
      result.problems.map((problem) => [problem.seq, problem.kind]),
      [[4, 'truncated']],
    );
    assert.match(result.problems[0]?.detail ?? '', /head file names record 5 but the log ends at 3/);
  });

  test('deleting the tail without touching the head row is caught twice; later appends leave a visible gap', () => {
    appendFive(fixture.audit);
    const attacker = fixture.attacker();
    attacker.prepare('DELETE FROM audit_records WHERE seq = 5').run();
    attacker.close();
    assert.deepEqual(
      fixture.audit.verify().problems.map((problem) => [problem.seq, problem.kind]),
      [
        [5, 'truncated'],
        [5, 'truncated'],
      ],
    );
    const next = fixture.audit.append({ event: 'chat.turn', content: { output: 'after' } });
    assert.equal(next.seq, 6);
    assert.deepEqual(
      fixture.audit.verify().problems.map((problem) => [problem.seq, problem.kind]),
      [[5, 'missing']],
    );
  });

  test('a deleted head file is reported; without a head file configured the head row still anchors', () => {
    appendFive(fixture.audit);
    rmSync(fixture.headFile);
    assert.deepEqual(
      fixture.audit.verify().problems.map((problem) => [problem.seq, problem.kind]),
      [[5, 'truncated']],
    );
    const withoutFile = createAuditLog({ database: fixture.store.database });
    assert.equal(withoutFile.verify().ok, true);
  });

  test('two connections on one file (as two processes) append in turn and keep one chain', () => {
    const second = new Database(join(fixture.dataDir, 'genstack.db'));
    second.pragma('busy_timeout = 5000');
    const other = createAuditLog({ database: second, headFile: fixture.headFile });
    for (let index = 0; index < 10; index += 1) {
      (index % 2 === 0 ? fixture.audit : other).append({ event: 'chat.turn', content: { input: `턴 ${index} turn` } });
    }
    const result = fixture.audit.verify();
    assert.deepEqual(result, { ok: true, checked: 10, problems: [] });
    assert.equal(other.verify().ok, true);
    second.close();
  });
});

test('three processes appending to one file at once keep one unbroken chain', async () => {
  const dataDir = join(root, 'processes');
  const store = openStore({ dataDir });
  const audit = createAuditLog({ database: store.database, headFile: join(dataDir, 'audit-head.json') });
  const worker = join(import.meta.dirname, 'fixtures', 'append-worker.ts');
  const codes = await Promise.all(
    ['가', 'b', 'c'].map(
      (name) =>
        new Promise<number | null>((resolve) =>
          spawn(process.execPath, ['--import', 'tsx', worker, dataDir, name, '25'], { stdio: 'inherit' }).on('exit', resolve),
        ),
    ),
  );
  assert.deepEqual(codes, [0, 0, 0]);
  assert.deepEqual(audit.verify(), { ok: true, checked: 75, problems: [] });
  assert.equal(new Set(audit.list({ limit: 100 }).map((record) => record.keyName)).size, 3);
  await store.close();
});
