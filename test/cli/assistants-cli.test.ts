// The real `bin/genstack` for blueprints, assistants and handoffs: install, chat from the terminal, take over as a person.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'genstack');

describe('bin/genstack blueprints, assistants, handoffs', () => {
  let directory: string;
  let data: string;

  before(() => {
    directory = mkdtempSync(join(tmpdir(), 'genstack-cli-assistants-'));
    data = join(directory, 'data');
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

  test('blueprints list shows what ships; install brings data and knowledge', () => {
    const before = json<Array<{ name: string; installed: boolean }>>(['blueprints', 'list']);
    assert.deepEqual(
      before.map((blueprint) => [blueprint.name, blueprint.installed]),
      [
        ['energy-store', false],
        ['telecom-care', false],
      ],
    );
    const installed = json<{ counts: Record<string, number>; knowledgeStatus: string }>(['blueprints', 'install', 'telecom-care']);
    assert.equal(installed.knowledgeStatus, 'succeeded');
    assert.ok((installed.counts.customers ?? 0) >= 500);
    const unknown = genstack(['blueprints', 'install', 'nope']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /No blueprint 'nope'/);
    assert.equal(unknown.stderr.trim().split('\n').length, 1);
  });

  test('assistants chat answers in Korean and English and continues a conversation; handoffs take, reply, close', () => {
    const assistants = json<Array<{ id: string }>>(['assistants', 'list']);
    assert.ok(assistants.some((assistant) => assistant.id === 'telecom-care'));

    const greeting = json<{ reply: string; conversationId: string }>(['assistants', 'chat', 'telecom-care', '안녕하세요']);
    assert.match(greeting.reply, /[가-힣]/);
    const english = json<{ reply: string }>(['assistants', 'chat', 'telecom-care', 'Hello']);
    assert.match(english.reply, /[A-Za-z]{3}/);
    assert.doesNotMatch(english.reply, /[가-힣]{4}/);

    const person = json<{ handoff: { id: string; status: string }; conversationId: string }>([
      'assistants',
      'chat',
      'telecom-care',
      '상담원 연결해 주세요',
      '--conversation',
      greeting.conversationId,
    ]);
    assert.equal(person.conversationId, greeting.conversationId);
    assert.equal(person.handoff.status, 'waiting');
    const waiting = json<Array<{ id: string }>>(['handoffs', 'list', '--status', 'waiting']);
    assert.deepEqual(
      waiting.map((item) => item.id),
      [person.handoff.id],
    );
    const noAgent = genstack(['handoffs', 'take', person.handoff.id]);
    assert.equal(noAgent.code, 1);
    assert.match(noAgent.stderr, /--agent/);
    assert.equal(json<{ status: string }>(['handoffs', 'take', person.handoff.id, '--agent', 'kim']).status, 'taken');
    json(['handoffs', 'reply', person.handoff.id, '--agent', 'kim', '안녕하세요, 상담원 김입니다.']);
    assert.equal(json<{ status: string }>(['handoffs', 'close', person.handoff.id, '--agent', 'kim']).status, 'closed');
    const shown = json<{ messages: Array<{ role: string; content: string }> }>(['assistants', 'show', greeting.conversationId]);
    assert.deepEqual(
      shown.messages.map((message) => message.role),
      ['user', 'assistant', 'user', 'assistant', 'agent'],
    );
    assert.equal(shown.messages.at(-1)?.content, '안녕하세요, 상담원 김입니다.');
  });

  test('assistants add validates a YAML definition, and the new assistant answers', () => {
    const bad = join(directory, 'bad.yaml');
    writeFileSync(bad, 'id: Not Valid\nname: x\n');
    const rejected = genstack(['assistants', 'add', bad]);
    assert.equal(rejected.code, 1);
    assert.match(rejected.stderr, /Invalid assistant definition: id/);
    const good = join(directory, 'good.yaml');
    writeFileSync(good, 'id: faq\nname:\n  ko: 자주 묻는 질문\n  en: FAQ\nknowledgeBases: [telecom-care]\n');
    json(['assistants', 'add', good]);
    assert.ok(json<Array<{ id: string }>>(['assistants', 'list']).some((assistant) => assistant.id === 'faq'));
    const answer = json<{ reply: string }>(['assistants', 'chat', 'faq', '안녕하세요']);
    assert.ok(answer.reply.length > 0);
  });
});
