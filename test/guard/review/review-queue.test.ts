// The human review queue on a real SQLite file: hold, approve, edit, reject (ko, en), conflicts, workspaces and audit records.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { GenstackError } from '../../../src/core/index.ts';
import { createAuditLog, type AuditLog } from '../../../src/guard/audit/index.ts';
import { createReviewQueue, heldReply, type ReviewItem, type ReviewQueue } from '../../../src/guard/review/index.ts';
import { openStore, type SqliteStore } from '../../../src/store/index.ts';

describe('review queue', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'genstack-review-'));
  let store: SqliteStore;
  let audit: AuditLog;
  let reviews: ReviewQueue;
  const delivered: ReviewItem[] = [];

  before(() => {
    store = openStore({ dataDir });
    audit = createAuditLog({
      database: store.database,
      headFile: join(dataDir, 'audit-head.json'),
      maskContent: (text) => text.replace(/\d{6}-\d{7}/g, '[주민번호]'),
    });
    reviews = createReviewQueue({ database: store.database, audit, onDecision: (item) => delivered.push(item) });
  });
  after(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const isError = (code: string) => (error: unknown) => error instanceof GenstackError && error.code === code;

  test('a held Korean answer waits, then an approval delivers the original text and is audited', () => {
    const item = reviews.hold({
      workspace: 'clinic',
      assistantId: 'clinic-bot',
      conversationId: 'conv_1',
      reason: '임상 내용',
      policy: 'clinical-review',
      language: 'ko',
      output: '900101-1234567 환자분은 하루 두 번 복용하세요.',
    });
    assert.equal(item.status, 'pending');
    assert.equal(item.finalOutput, null);
    assert.deepEqual(
      reviews.list({ workspace: 'clinic', status: 'pending' }).map((pending) => pending.id),
      [item.id],
    );
    const approved = reviews.approve({ id: item.id, reviewer: '김의사', workspace: 'clinic', note: '확인함' });
    assert.equal(approved.status, 'approved');
    assert.equal(approved.finalOutput, item.originalOutput);
    assert.equal(approved.reviewer, '김의사');
    assert.equal(delivered.at(-1)?.id, item.id);
    const records = audit.list({ workspace: 'clinic' });
    assert.deepEqual(
      records.map((record) => record.event),
      ['review.held', 'review.decision'],
    );
    const decision = records[1];
    assert.equal(decision?.actorKind, 'reviewer');
    assert.equal(decision?.keyName, '김의사');
    assert.equal(decision?.conversationId, 'conv_1');
    assert.deepEqual(decision?.decisions, [{ policy: 'clinical-review', action: 'approved', detail: `review ${item.id}: 확인함` }]);
    assert.equal(decision?.content?.output, '[주민번호] 환자분은 하루 두 번 복용하세요.');
    assert.equal(audit.verify().ok, true);
  });

  test('an English answer edited by a reviewer delivers the new text; a rejected one delivers nothing', () => {
    const edited = reviews.hold({ reason: 'clinical', policy: 'clinical-review', language: 'en', output: 'Take 4 tablets.' });
    const result = reviews.edit({ id: edited.id, reviewer: 'dr-lee', text: 'Take 2 tablets with water.', keyId: 'key_9', role: 'builder' });
    assert.equal(result.status, 'edited');
    assert.equal(result.originalOutput, 'Take 4 tablets.');
    assert.equal(result.finalOutput, 'Take 2 tablets with water.');
    const rejected = reviews.hold({ reason: 'clinical', policy: 'clinical-review', language: 'en', output: 'Stop your medication.' });
    const refusal = reviews.reject({ id: rejected.id, reviewer: 'dr-lee', note: 'unsafe' });
    assert.equal(refusal.status, 'rejected');
    assert.equal(refusal.finalOutput, null);
    assert.deepEqual(
      delivered.slice(-2).map((item) => item.status),
      ['edited', 'rejected'],
    );
    const decisions = audit.list({ event: 'review.decision', workspace: 'default' });
    assert.equal(decisions[0]?.keyId, 'key_9');
    assert.equal(decisions[0]?.role, 'builder');
    assert.deepEqual(
      decisions.map((record) => record.decisions[0]?.action),
      ['edited', 'rejected'],
    );
  });

  test('deciding twice is a conflict; unknown and other-workspace ids are not found; nothing is audited for them', () => {
    const item = reviews.hold({ workspace: 'clinic', reason: '임상', policy: 'clinical-review', language: 'ko', output: '답변' });
    const before = audit.list({ limit: 1000 }).length;
    assert.throws(() => reviews.approve({ id: item.id, reviewer: 'other', workspace: 'default' }), isError('not_found'));
    assert.equal(reviews.get(item.id, { workspace: 'default' }), undefined);
    assert.throws(() => reviews.reject({ id: 'rev_nope', reviewer: 'x' }), isError('not_found'));
    reviews.reject({ id: item.id, reviewer: '박간호사' });
    assert.throws(() => reviews.approve({ id: item.id, reviewer: 'x' }), isError('conflict'));
    assert.throws(() => reviews.edit({ id: item.id, reviewer: 'x', text: '새 답변' }), isError('conflict'));
    assert.equal(reviews.get(item.id)?.reviewer, '박간호사');
    assert.equal(audit.list({ limit: 1000 }).length, before + 1);
    assert.throws(() => reviews.edit({ id: item.id, reviewer: 'x', text: '  ' }), isError('invalid_request'));
    assert.throws(() => reviews.approve({ id: item.id, reviewer: ' ' }), isError('invalid_request'));
  });

  test('the customer is told the answer is being reviewed, in their language', () => {
    assert.equal(heldReply('ko'), '담당자가 답변을 검토한 뒤 전달해 드리겠습니다.');
    assert.equal(heldReply('ko-KR'), heldReply('ko'));
    assert.equal(heldReply('en'), 'A specialist is reviewing this answer and will send it shortly.');
    assert.equal(heldReply('fr'), heldReply('en'));
  });
});
