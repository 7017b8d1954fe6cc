// Group commit of audit records on a real SQLite file: records asked for in one turn share one transaction and one
// chain, a bad record fails alone, and the log verifies afterwards (Korean and English content).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createAuditLog, type AuditEventInput } from '../../../src/guard/audit/index.ts';
import { createGroupCommit } from '../../../src/guard/audit/audit-group-commit.ts';
import { readHeadFile } from '../../../src/guard/audit/audit-head-file.ts';
import { openStore } from '../../../src/store/index.ts';

const root = mkdtempSync(join(tmpdir(), 'genstack-group-commit-'));
after(() => rmSync(root, { recursive: true, force: true }));

const turns: AuditEventInput[] = [
  { event: 'chat.completion', model: 'up', content: { input: '요금제 변경하고 싶어요' } },
  { event: 'chat.completion', model: 'up', content: { input: 'I want to change my plan' } },
  { event: 'chat.completion', model: 'up', content: { input: '배송 언제 와요?' } },
];

describe('audit group commit', () => {
  test('records asked for in one turn are written in one call, in order; the next turn starts a new batch', async () => {
    const batches: string[][] = [];
    const appendSoon = createGroupCommit({
      appendAll: (inputs) => {
        batches.push(inputs.map((input) => input.content?.input ?? ''));
        return inputs.map((input, index) => ({ seq: index + 1, event: input.event }) as never);
      },
    });
    await Promise.all(turns.map((input) => appendSoon(input)));
    await appendSoon(turns[0]!);
    assert.deepEqual(batches, [['요금제 변경하고 싶어요', 'I want to change my plan', '배송 언제 와요?'], ['요금제 변경하고 싶어요']]);
  });

  test('a batch chains contiguously on disk, moves both head anchors to its last record and verifies', async () => {
    const dataDir = join(root, 'chain');
    const store = openStore({ dataDir });
    const headFile = join(dataDir, 'audit-head.json');
    const audit = createAuditLog({ database: store.database, headFile });
    audit.append({ event: 'chat.turn', content: { input: '첫 기록' } });
    const records = await Promise.all(turns.map((input) => audit.appendSoon(input)));
    assert.deepEqual(
      records.map((record) => record.seq),
      [2, 3, 4],
    );
    assert.equal(records[1]!.prevHash, records[0]!.hash);
    assert.deepEqual(
      audit.list().map((record) => record.content?.input),
      ['첫 기록', ...turns.map((input) => input.content?.input)],
    );
    const head = readHeadFile(headFile);
    assert.ok(head !== undefined && head !== 'unreadable');
    assert.equal(head.hash, records[2]!.hash);
    assert.equal(audit.verify().ok, true);
    await store.close();
  });

  test('a record that cannot be written fails alone; the others of its batch are kept', async () => {
    const dataDir = join(root, 'bad-record');
    const store = openStore({ dataDir });
    const audit = createAuditLog({
      database: store.database,
      headFile: join(dataDir, 'audit-head.json'),
      maskContent: (text) => {
        if (text.includes('💥')) throw new Error('mask failed');
        return text;
      },
    });
    const results = await Promise.allSettled([
      audit.appendSoon(turns[0]!),
      audit.appendSoon({ event: 'chat.completion', content: { input: 'broken 💥 기록' } }),
      audit.appendSoon(turns[1]!),
    ]);
    assert.deepEqual(
      results.map((result) => result.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    assert.deepEqual(
      audit.list().map((record) => record.content?.input),
      ['요금제 변경하고 싶어요', 'I want to change my plan'],
    );
    assert.equal(audit.verify().ok, true);
    await store.close();
  });
});
