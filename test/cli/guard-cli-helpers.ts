// Runs the real `bin/genstack` for the guard CLI tests, and the finding shape its --json prints.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { PiiFinding } from '../../src/guard/pii/index.ts';

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

/** A finding as `--json` prints it: the public fields, and the placeholder that replaced it where a redaction names one. */
export type Finding = Pick<PiiFinding, 'type' | 'start' | 'end' | 'text' | 'score'> & { placeholder?: string };
