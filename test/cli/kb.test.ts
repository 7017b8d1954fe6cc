// `genstack kb` on the real executable: create, ingest a folder, search (also batch), ask with citations, rm, delete — in Korean and English.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'genstack');

test('kb create | ingest | search | ask | rm | delete', () => {
  const root = mkdtempSync(join(tmpdir(), 'genstack-kb-cli-'));
  const data = join(root, 'data');
  const docs = join(root, 'docs');
  mkdirSync(docs);
  writeFileSync(
    join(docs, '요금.md'),
    '# 요금 안내\n\n요금제를 변경하면 다음 달 1일부터 적용됩니다.\n\n## 환불\n\n환불은 결제일로부터 7일 이내에 신청할 수 있습니다.',
  );
  writeFileSync(join(docs, 'warranty.txt'), 'Warranty. Batteries are covered for eight years or 160,000 km, whichever comes first.');
  writeFileSync(join(docs, 'bad.json'), '{ not json');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args, '--data', data], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GENSTACK_LOG_LEVEL: 'error' },
    });

  assert.equal(run('kb', 'create', '상담').status, 0);
  const ingest = run('kb', 'ingest', '상담', 'docs');
  assert.equal(ingest.status, 1, 'a failed file makes the exit code non-zero');
  assert.match(ingest.stdout, /2 documents indexed, 0 unchanged, 1 failed/);
  assert.match(ingest.stdout, /bad\.json/);

  const search = JSON.parse(run('kb', 'search', '상담', '환불', '--json', '--k', '2').stdout) as Array<{
    text: string;
    source: { path: string };
  }>;
  assert.match(search[0]?.text ?? '', /7일 이내/);
  assert.match(search[0]?.source.path ?? '', /요금\.md$/);

  writeFileSync(join(root, 'q.jsonl'), '{"id":"ko-1","query":"요금제 변경"}\n{"id":"en-1","query":"battery warranty"}\n');
  const batch = run('kb', 'search', '상담', '--queries', 'q.jsonl', '--k', '1')
    .stdout.trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; results: Array<{ text: string }> });
  assert.deepEqual(
    batch.map((line) => line.id),
    ['ko-1', 'en-1'],
  );
  assert.match(batch[1]?.results[0]?.text ?? '', /eight years/);

  const ask = run('kb', 'ask', '상담', '환불은 언제까지 되나요?');
  assert.equal(ask.status, 0);
  assert.match(ask.stdout, /7일 이내.*\[1\]/);
  assert.match(run('kb', 'ask', '상담', 'How long are batteries covered?').stdout, /eight years/);

  assert.match(run('kb', 'list').stdout, /상담\s+2\s+/);
  assert.equal(run('kb', 'rm', '상담', join(docs, 'warranty.txt')).status, 0);
  assert.equal(JSON.parse(run('kb', 'stats', '상담', '--json').stdout).documents, 1);
  const missing = run('kb', 'search', '없음', 'x');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /\[not_found\]/);
  assert.equal(run('kb', 'delete', '상담').status, 0);
  assert.match(run('kb', 'list').stdout, /No knowledge bases/);
});
