// Runs the whole test suite with node's test runner (TypeScript through tsx); `--fast` skips typecheck and lint.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const fast = args.includes('--fast');
const filters = args.filter((argument) => !argument.startsWith('--'));

function findTests(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return findTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!fast && filters.length === 0) {
  run('npx', ['tsc', '--noEmit']);
  run('npx', ['eslint', '.']);
  run('npx', ['prettier', '--check', '--log-level', 'warn', '.']);
}
const files = findTests('test')
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();
// Each file's limit: the CLI's files spawn the program a few dozen times, which on a slow machine takes minutes.
run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=300000', ...files]);
