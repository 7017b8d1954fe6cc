// The real `bin/genstack audit` and `reviews`: verify, export, verify an export, list; review decisions (ko, en).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { createAuditLog } from '../../src/guard/audit/index.ts';
import { createReviewQueue, type ReviewItem } from '../../src/guard/review/index.ts';
import { openStore } from '../../src/store/index.ts';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'genstack');

describe('bin/genstack audit and reviews', () => {
  let directory: string;
  let data: string;
  const held: Record<string, string> = {};

  before(async () => {
    directory = mkdtempSync(join(tmpdir(), 'genstack-cli-audit-'));
    data = join(directory, 'data');
    const store = openStore({ dataDir: data });
    const audit = createAuditLog({ database: store.database, headFile: join(data, 'audit-head.json') });
    const reviews = createReviewQueue({ database: store.database, audit });
    audit.append({
      event: 'chat.turn',
      actor: { kind: 'key', keyName: '상담' },
      content: { input: '해지하고 싶어요', output: '확인해 드릴게요.' },
    });
    audit.append({ event: 'policy.decision', workspace: 'clinic', decisions: [{ policy: 'clinical', action: 'review' }] });
    held.ko = reviews.hold({ reason: '임상 내용', policy: 'clinical-review', language: 'ko', output: '하루 두 번 드세요.' }).id;
    held.en = reviews.hold({ reason: 'clinical', policy: 'clinical-review', language: 'en', output: 'Take 4 tablets.' }).id;
    held.other = reviews.hold({ reason: 'clinical', policy: 'clinical-review', language: 'en', output: 'Rest.' }).id;
    await store.close();
  });
  after(() => rmSync(directory, { recursive: true, force: true }));

  function genstack(args: string[]) {
    const result = spawnSync(process.execPath, [bin, ...args, '--data', data], {
      cwd: directory,
      env: { ...process.env, GENSTACK_LOG_LEVEL: 'error' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }
  const json = <T>(args: string[]): T => {
    const result = genstack([...args, '--json']);
    assert.equal(result.code, 0, result.stderr);
    return JSON.parse(result.stdout) as T;
  };

  test('reviews list, show, approve (ko), edit (en), reject; a second decision fails', () => {
    const pending = json<ReviewItem[]>(['reviews', 'list', '--status', 'pending']);
    assert.deepEqual(
      pending.map((item) => item.id),
      [held.ko, held.en, held.other],
    );
    assert.match(genstack(['reviews', 'show', held.ko ?? '']).stdout, /하루 두 번 드세요/);
    const approved = json<ReviewItem>(['reviews', 'approve', held.ko ?? '', '--reviewer', '김의사', '--note', '확인']);
    assert.equal(approved.status, 'approved');
    assert.equal(approved.finalOutput, '하루 두 번 드세요.');
    const edited = json<ReviewItem>(['reviews', 'edit', held.en ?? '', 'Take', '2', 'tablets.', '--reviewer', 'dr-lee']);
    assert.equal(edited.finalOutput, 'Take 2 tablets.');
    const human = genstack(['reviews', 'reject', held.other ?? '', '--reviewer', 'dr-lee']);
    assert.equal(human.code, 0, human.stderr);
    assert.match(human.stdout, /\(rejected\)/);
    const twice = genstack(['reviews', 'approve', held.ko ?? '', '--reviewer', 'x']);
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /already approved by 김의사\. \[conflict\]/);
    const anonymous = genstack(['reviews', 'approve', held.ko ?? '']);
    assert.equal(anonymous.code, 1);
    assert.match(anonymous.stderr, /--reviewer/);
  });

  test('audit list and verify show an intact log with the review decisions', () => {
    const records = json<Array<{ seq: number; event: string }>>(['audit', 'list', '--limit', '3']);
    assert.deepEqual(
      records.map((record) => record.event),
      ['review.decision', 'review.decision', 'review.decision'],
    );
    const human = genstack(['audit', 'list']);
    assert.match(human.stdout, /chat\.turn\s+key:상담/);
    const verified = genstack(['audit', 'verify']);
    assert.equal(verified.code, 0, verified.stderr);
    assert.match(verified.stdout, /intact: 8 records checked/);
  });

  test('export to a file verifies; a tampered line makes verify --file exit 1 naming the record', () => {
    const file = join(directory, 'audit.jsonl');
    const exported = genstack(['audit', 'export', '--out', file]);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stderr, /Exported 8 records/);
    assert.equal(genstack(['audit', 'verify', '--file', file]).code, 0);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = (lines[1] ?? '').replace('해지하고 싶어요', '가입하고 싶어요');
    writeFileSync(file, lines.join('\n'));
    const tampered = genstack(['audit', 'verify', '--file', file, '--json']);
    assert.equal(tampered.code, 1);
    const result = JSON.parse(tampered.stdout) as { ok: boolean; problems: Array<{ seq: number; kind: string }> };
    assert.deepEqual(
      result.problems.map((problem) => [problem.seq, problem.kind]),
      [[1, 'altered']],
    );
    const stdout = genstack(['audit', 'export', '--workspace', 'clinic']);
    assert.equal(stdout.stdout.trim().split('\n').length, 3);
    assert.equal(genstack(['audit', 'export', '--since', 'not-a-date']).code, 1);
  });

  test("audit list and export --conversation give one completion's request and result records (ko, en)", async () => {
    const store = openStore({ dataDir: data });
    const audit = createAuditLog({ database: store.database, headFile: join(data, 'audit-head.json') });
    for (const [id, input, output] of [
      ['chatcmpl-ko', '요금제 바꾸고 싶어요', '어떤 요금제로 바꿀까요?'],
      ['chatcmpl-en', 'I want to change my plan', 'Which plan would you like?'],
    ] as const) {
      audit.append({ event: 'chat.completion', model: 'remote', conversationId: id, content: { input } });
      audit.append({ event: 'chat.completion.result', model: 'remote', conversationId: id, content: { output } });
    }
    await store.close();
    const records = json<Array<{ event: string; content: { input?: string; output?: string } }>>([
      'audit',
      'list',
      '--conversation',
      'chatcmpl-ko',
    ]);
    assert.deepEqual(
      records.map((record) => [record.event, record.content.input ?? record.content.output]),
      [
        ['chat.completion', '요금제 바꾸고 싶어요'],
        ['chat.completion.result', '어떤 요금제로 바꿀까요?'],
      ],
    );
    const file = join(directory, 'completion.jsonl');
    assert.equal(genstack(['audit', 'export', '--conversation', 'chatcmpl-en', '--out', file]).code, 0);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    assert.equal(lines.length, 4, 'header, two records, trailer');
    assert.match(lines[2] ?? '', /Which plan would you like\?/);
    assert.equal(genstack(['audit', 'verify', '--file', file]).code, 0);
  });

  test('a record deleted from the database makes audit verify exit 1 with the problem listed', () => {
    const database = new Database(join(data, 'genstack.db'));
    database.exec('DROP TRIGGER audit_records_no_delete; DELETE FROM audit_records WHERE seq = 2;');
    database.close();
    const result = genstack(['audit', 'verify']);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /tampered with/);
    assert.match(result.stdout, /2\s+missing\s+record 2 is missing/);
  });
});
