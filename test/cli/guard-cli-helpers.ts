// Runs the real `bin/genstack` for the guard CLI tests, and the finding shape its --json prints.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const bin = join(import.meta.dirname, '..', '..', 'bin', 'genstack');

/** One run of `bin/genstack` with `args` in `cwd`, `input` on stdin; quiet logs, a minute at most. */
export function genstack(args: string[], options: { cwd: string; input?: string | Buffer }) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    env: { ...process.env, GENSTACK_LOG_LEVEL: 'error' },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface Finding {
  type: string;
  start: number;
  end: number;
  text: string;
  score: number;
  placeholder?: string;
}
