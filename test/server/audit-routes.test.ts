// /api/audit and /api/reviews against a real server: list, verify, JSONL export, review decisions (ko, en), keys and roles.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createApiKey } from '../../src/guard/index.ts';
import { verifyAuditExport } from '../../src/guard/audit/index.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

type Body = Record<string, unknown> & { error?: { code: string; message: string } };

async function call(server: TestServer, path: string, init: { method?: string; body?: unknown; key?: string } = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...(init.key ? { authorization: `Bearer ${init.key}` } : {}) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.startsWith('application/json');
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text,
    body: (isJson ? JSON.parse(text) : {}) as Body,
  };
}

describe('audit and review routes without keys (loopback owner)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
    const { audit } = server.platform;
    audit.append({ event: 'chat.turn', content: { input: '요금제 알려주세요', output: '5G 요금제입니다.' } });
    audit.append({ event: 'chat.turn', workspace: 'clinic', content: { input: 'What dose?', output: 'Held for review.' } });
  });
  after(() => server.close());

  test('GET /api/audit lists records with filters and paging; bad query values are 400', async () => {
    const all = await call(server, '/api/audit');
    assert.equal(all.status, 200);
    const records = all.body.records as Array<{ seq: number; workspace: string; content: { input: string } }>;
    assert.ok(records.length >= 2);
    assert.ok(records.some((record) => record.content?.input === '요금제 알려주세요'));
    const clinic = await call(server, '/api/audit?workspace=clinic');
    assert.deepEqual(
      (clinic.body.records as Array<{ workspace: string }>).map((record) => record.workspace),
      ['clinic'],
    );
    const page = await call(server, '/api/audit?limit=1');
    assert.equal((page.body.records as unknown[]).length, 1);
    const next = await call(server, `/api/audit?limit=1&afterSeq=${String(page.body.nextAfterSeq)}`);
    assert.equal((next.body.records as Array<{ seq: number }>)[0]?.seq, (page.body.nextAfterSeq as number) + 1);
    const bad = await call(server, '/api/audit?limit=abc');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error?.code, 'invalid_request');
    assert.equal((await call(server, '/api/audit?since=yesterday')).status, 400);
  });

  test('GET /api/audit/verify reports ok, then the altered record after tampering with the file', async () => {
    const clean = await call(server, '/api/audit/verify');
    assert.equal(clean.body.ok, true);
    const path = join(server.platform.config.dataDir, 'genstack.db');
    const attacker = new Database(path);
    attacker.exec('DROP TRIGGER audit_records_no_update; UPDATE audit_records SET content = \'{"input":"바뀐 내용"}\' WHERE seq = 1');
    attacker.close();
    const broken = await call(server, '/api/audit/verify');
    assert.equal(broken.status, 200);
    assert.equal(broken.body.ok, false);
    assert.deepEqual(
      (broken.body.problems as Array<{ seq: number; kind: string }>).map((problem) => [problem.seq, problem.kind]),
      [[1, 'altered']],
    );
  });

  test('GET /api/audit/export streams JSONL that verifies on its own', async () => {
    const exported = await call(server, '/api/audit/export?workspace=clinic');
    assert.equal(exported.status, 200);
    assert.match(exported.contentType, /application\/x-ndjson/);
    const lines = exported.text.trimEnd().split('\n');
    assert.equal(lines.length, 3);
    assert.deepEqual(verifyAuditExport(lines), { ok: true, checked: 1, problems: [] });
  });

  test('reviews: list pending, approve (ko) with an optional note, edit (en), conflicts and 404s', async () => {
    const { reviews } = server.platform;
    const korean = reviews.hold({ reason: '임상 내용', policy: 'clinical-review', language: 'ko', output: '하루 두 번 드세요.' });
    const english = reviews.hold({ reason: 'clinical', policy: 'clinical-review', language: 'en', output: 'Take 4 tablets.' });
    const pending = await call(server, '/api/reviews?status=pending');
    assert.deepEqual(
      (pending.body.reviews as Array<{ id: string }>).map((item) => item.id),
      [korean.id, english.id],
    );
    assert.equal((await call(server, '/api/reviews?status=maybe')).status, 400);
    assert.equal((await call(server, `/api/reviews/${korean.id}`)).body.originalOutput, '하루 두 번 드세요.');
    const approved = await call(server, `/api/reviews/${korean.id}/approve`, { method: 'POST' });
    assert.equal(approved.status, 200);
    assert.equal(approved.body.status, 'approved');
    assert.equal(approved.body.reviewer, 'local');
    const again = await call(server, `/api/reviews/${korean.id}/reject`, { body: { note: '다시' } });
    assert.equal(again.status, 409);
    assert.equal(again.body.error?.code, 'conflict');
    const edited = await call(server, `/api/reviews/${english.id}/edit`, { body: { text: 'Take 2 tablets.', note: 'dose' } });
    assert.equal(edited.body.finalOutput, 'Take 2 tablets.');
    assert.equal((await call(server, `/api/reviews/${english.id}/edit`, { body: {} })).status, 400);
    assert.equal((await call(server, '/api/reviews/rev_missing')).status, 404);
    assert.equal((await call(server, '/api/reviews/rev_missing/approve', { method: 'POST' })).status, 404);
    const decisions = server.platform.audit.list({ event: 'review.decision' });
    assert.deepEqual(
      decisions.map((record) => [record.decisions[0]?.action, record.keyName]),
      [
        ['approved', 'local'],
        ['edited', 'local'],
      ],
    );
  });
});

describe('audit and review routes with keys', () => {
  let server: TestServer;
  const keys: Record<string, string> = {};
  before(async () => {
    server = await startTestServer({ configPatch: { server: { requireApiKey: true } } });
    for (const role of ['admin', 'builder', 'user'] as const)
      keys[role] = (await createApiKey({ store: server.platform.store, name: `${role}-키`, role })).secret;
    server.platform.audit.append({ event: 'chat.turn', content: { output: 'default workspace' } });
    server.platform.audit.append({ event: 'chat.turn', workspace: 'clinic', content: { output: '다른 작업공간' } });
  });
  after(() => server.close());

  test('only admin keys read the audit log, confined to their workspace', async () => {
    assert.equal((await call(server, '/api/audit')).status, 401);
    assert.equal((await call(server, '/api/audit', { key: keys.user })).status, 403);
    assert.equal((await call(server, '/api/audit/verify', { key: keys.builder })).status, 403);
    const admin = await call(server, '/api/audit', { key: keys.admin });
    assert.equal(admin.status, 200);
    const workspaces = new Set((admin.body.records as Array<{ workspace: string }>).map((record) => record.workspace));
    assert.deepEqual([...workspaces], ['default']);
    assert.equal((await call(server, '/api/audit?workspace=clinic', { key: keys.admin })).status, 403);
    const exported = await call(server, '/api/audit/export', { key: keys.admin });
    assert.ok(!exported.text.includes('다른 작업공간'));
    assert.equal(verifyAuditExport(exported.text.split('\n')).ok, true);
    assert.equal((await call(server, '/api/audit/verify', { key: keys.admin })).body.ok, true);
  });

  test('builder keys review; the decision records the key as reviewer; user keys are refused', async () => {
    const item = server.platform.reviews.hold({
      reason: 'clinical',
      policy: 'clinical-review',
      language: 'en',
      output: 'Rest and drink water.',
    });
    const other = server.platform.reviews.hold({
      workspace: 'clinic',
      reason: '임상',
      policy: 'clinical-review',
      language: 'ko',
      output: '쉬세요.',
    });
    assert.equal((await call(server, '/api/reviews', { key: keys.user })).status, 403);
    const listed = await call(server, '/api/reviews', { key: keys.builder });
    assert.deepEqual(
      (listed.body.reviews as Array<{ id: string }>).map((review) => review.id),
      [item.id],
    );
    assert.equal((await call(server, `/api/reviews/${other.id}/approve`, { method: 'POST', key: keys.builder })).status, 404);
    const rejected = await call(server, `/api/reviews/${item.id}/reject`, { body: { note: 'not advice' }, key: keys.builder });
    assert.equal(rejected.body.status, 'rejected');
    assert.equal(rejected.body.reviewer, 'builder-키');
    const record = server.platform.audit.list({ event: 'review.decision' }).at(-1);
    assert.equal(record?.keyName, 'builder-키');
    assert.equal(record?.role, 'builder');
    assert.ok(record?.keyId?.startsWith('key_'));
  });
});
