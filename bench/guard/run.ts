// `npm run bench:guard [-- --quick]`: the guard's seven benchmarks in turn — PII detection (per-type precision/recall,
// MB/s, openredaction peer), the guard's cost per request over whole conversations (scan memory; every-message peer), a
// data export scanned by worker threads (one-thread peer),
// custom PII types (detection, cost per chat turn, ReDoS; V8-RegExp peer), prompt injection
// (red-team detection, false positives, Rebuff-heuristic peer), topic policies (paraphrase detection, false positives) and
// the self-harm signal (keyword-filter peer) — each in its own process; their JSON lines are combined into one.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const parts = [
  { name: 'pii', script: join(here, 'pii', 'run.ts'), args: quick ? ['--quick'] : [] },
  { name: 'conversation', script: join(here, 'conversation', 'run.ts'), args: quick ? ['--quick'] : [] },
  { name: 'bulk', script: join(here, 'bulk', 'run.ts'), args: quick ? ['--quick'] : [] },
  { name: 'custom', script: join(here, 'custom', 'run.ts'), args: [] },
  { name: 'injection', script: join(here, 'injection', 'run.ts'), args: [] },
  { name: 'topics', script: join(here, 'topics', 'run.ts'), args: [] },
  { name: 'safety', script: join(here, 'safety', 'run.ts'), args: [] },
];

const results: Record<string, unknown> = {};
for (const part of parts) {
  process.stderr.write(`guard bench: ${part.name}…\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', part.script, ...part.args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = run.stdout
    .trim()
    .split('\n')
    .findLast((candidate) => candidate.startsWith('{'));
  if (run.status !== 0 || !line) {
    process.stderr.write(`guard bench: ${part.name} failed (exit ${run.status})\n`);
    process.exitCode = 1;
    continue;
  }
  results[part.name] = JSON.parse(line) as unknown;
}
process.stdout.write(`${JSON.stringify({ bench: 'guard', quick, ...results })}\n`);
