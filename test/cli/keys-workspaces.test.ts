// The real `bin/genstack` for workspaces and keys with a workspace, a rate limit and a token budget (Korean and English names).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'genstack');

function genstack(args: string[], data: string) {
  const result = spawnSync(process.execPath, [bin, ...args, '--data', data], {
    cwd: mkdtempSync(join(tmpdir(), 'genstack-cli-')),
    env: { ...process.env, GENSTACK_LOG_LEVEL: 'error' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('workspaces create | list, and keys in a workspace with limits and usage', () => {
  const data = mkdtempSync(join(tmpdir(), 'genstack-data-'));
  assert.equal(genstack(['workspaces', 'create', '고객지원팀'], data).code, 0);
  assert.equal(genstack(['workspaces', 'create', 'acme', '--json'], data).code, 0);
  const duplicate = genstack(['workspaces', 'create', 'acme'], data);
  assert.equal(duplicate.code, 1);
  assert.match(duplicate.stderr, /already exists\. \[conflict\]/);
  const listed = JSON.parse(genstack(['workspaces', 'list', '--json'], data).stdout) as Array<{ name: string; activeKeys: number }>;
  assert.deepEqual(
    listed.map((workspace) => workspace.name),
    ['default', '고객지원팀', 'acme'],
  );

  const created = JSON.parse(
    genstack(
      [
        'keys',
        'create',
        '상담봇',
        '--role',
        'user',
        '--workspace',
        '고객지원팀',
        '--rate-limit',
        '30',
        '--token-budget',
        '50000/day',
        '--json',
      ],
      data,
    ).stdout,
  ) as { workspace: string; rateLimitPerMinute: number; tokenBudget: { tokens: number; period: string }; secret: string };
  assert.equal(created.workspace, '고객지원팀');
  assert.equal(created.rateLimitPerMinute, 30);
  assert.deepEqual(created.tokenBudget, { tokens: 50000, period: 'day' });
  assert.equal(genstack(['keys', 'create', 'acme-builder', '--role', 'builder', '--workspace', 'acme'], data).code, 0);

  const unknown = genstack(['keys', 'create', 'lost', '--workspace', 'nowhere'], data);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /No workspace 'nowhere'\. Create it with `genstack workspaces create nowhere`/);
  const badBudget = genstack(['keys', 'create', 'x', '--token-budget', '100/week'], data);
  assert.equal(badBudget.code, 1);
  assert.match(badBudget.stderr, /N\/day or N\/month/);
  assert.match(genstack(['keys', 'create', 'x', '--rate-limit', 'fast'], data).stderr, /requests per minute/);

  const keys = JSON.parse(genstack(['keys', 'list', '--json'], data).stdout) as Array<{
    name: string;
    workspace: string;
    usage: { tokens: number; budget: number | null; period: string };
  }>;
  assert.deepEqual(
    keys.map((key) => [key.name, key.workspace]),
    [
      ['상담봇', '고객지원팀'],
      ['acme-builder', 'acme'],
    ],
  );
  assert.deepEqual(keys[0]?.usage && { ...keys[0].usage, resetAt: undefined, periodStart: undefined }, {
    period: 'day',
    periodStart: undefined,
    tokens: 0,
    budget: 50000,
    remaining: 50000,
    resetAt: undefined,
  });
  const filtered = genstack(['keys', 'list', '--workspace', 'acme'], data).stdout;
  assert.match(filtered, /acme-builder\s.*builder\s+acme\s+default\s+0 tokens\/month/);
  assert.ok(!filtered.includes('상담봇'), 'the filter leaves other workspaces out');
  assert.match(genstack(['keys', 'list'], data).stdout, /상담봇.*고객지원팀\s+30\/min, 50000\/day/);
  assert.match(genstack(['workspaces', 'list'], data).stdout, /고객지원팀\s+1/);
});
