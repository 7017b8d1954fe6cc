// The server's Node flags reach node on both documented ways to start it: bin/genstack's first line and `npm start`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { serverNodeFlags } from '../../src/server/index.ts';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'genstack');

test('bin/genstack passes every server flag to node on its first line, and runs through it', () => {
  const shebang = readFileSync(bin, 'utf8').split('\n')[0]!;
  assert.match(shebang, /^#!\/usr\/bin\/env -S node /);
  for (const flag of serverNodeFlags) assert.ok(shebang.split(' ').includes(flag), `${flag} missing from ${shebang}`);
  // Executed as a program, so the kernel reads that line (env -S splits it into node's arguments).
  const result = spawnSync(bin, ['--help'], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(process.execPath, '..')}:${process.env['PATH']}` },
  });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /Usage: genstack <command>/);
});

test('npm start passes every server flag to node before bin/genstack serve', () => {
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const words = start.split(' ');
  assert.equal(words[0], 'node');
  assert.deepEqual(words.slice(-2), ['bin/genstack', 'serve']);
  for (const flag of serverNodeFlags) assert.ok(words.slice(1, -2).includes(flag), `${flag} missing from "${start}"`);
});
