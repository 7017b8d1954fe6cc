// `node --import tsx bench/guard/pii/count-instructions.ts [--corpus NAME]... [--warm-passes N] [--simulate-caches]`: a
// measuring tool beside the bench, for changes to the scanner's speed. It counts with cachegrind (valgrind) the
// instructions of one warm pass of scanPii over each throughput corpus, which the build machine's speed does not move: its
// two virtual cores differed by up to 1.8× on 2026-12-04 and the slow one drifts within minutes, so timings of one build
// swing more than most changes, while counts repeat to a few thousand instructions. Prints one JSON line.
//
// Each corpus is scanned `low` and `high` times in two runs (side by side) of a bundled harness under `node --predictable`
// (one thread, no concurrent compiler); the difference over the extra passes is one warm pass, start-up and warm-up
// cancelled out. The harness is bundled because tsx transforms through esbuild's child process, whose timing made counts
// vary by 5%.
//
// Warm-up is long because, without a concurrent compiler, the optimising compiler's work is counted in the pass that
// triggers it, and the scan's hundreds of functions (many run only for some texts) keep reaching it for dozens of passes:
// chat traffic counted 694M instructions a pass over passes 4 to 12, 347M over 16 to 24, 286M over 32 to 40 and 247M over
// 64 to 72 (2026-12-04). Compare two builds only over the same passes; 40 warm passes take about 6 minutes for chat.
//
// `--simulate-caches` adds cachegrind's models of the first-level caches and of branch prediction (about twice as slow):
// instruction-cache and data-cache misses and mispredicted branches a pass. Instructions are only part of a pass's time:
// a text runs hundreds of small searches, each its own code, so code falls out of the cache and branches go unpredicted.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { readOrdinary } from '../injection/corpus.ts';
import { buildPiiDataset } from './dataset.ts';
import { knowledgeDocumentTexts } from './knowledge-documents.ts';
import { buildChatCorpus } from './throughput.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
// Two levels below the root, as the bundled src/core/version.ts finds package.json two levels up from its own file.
const workDirectory = join(root, '.tmp', `instructions-${process.pid}`);
const freshSeed = 20_261_129;

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', multiple: true },
    'warm-passes': { type: 'string', default: '40' },
    'simulate-caches': { type: 'boolean', default: false },
  },
});
// With cachegrind's model of the first-level caches and of branch prediction: what a pass costs besides its instructions.
const simulateCaches = values['simulate-caches'];
// The passes before `low` warm the scan up; the eight after it are counted.
const warmPasses = Number(values['warm-passes']);
if (!Number.isInteger(warmPasses) || warmPasses < 1)
  throw new Error(`--warm-passes must be a whole number from 1, not ${values['warm-passes']}`);
const passes = { low: warmPasses, high: warmPasses + 8 };

/** The corpora of `run.ts`'s throughput figures, smaller: each pass is a few hundred million instructions. */
function buildCorpora(): Record<string, string[]> {
  const ordinary = [...readOrdinary('tuning'), ...readOrdinary('held-out')].map((message) => message.text);
  const dense = buildPiiDataset({ seed: freshSeed, count: 600 }).map((text) => text.text);
  const chat = buildChatCorpus({ ordinary, piiTexts: dense, targetBytes: 250_000 }).texts;
  // Through JSON, as a request body arrives and as the harness reads them: flat strings, no generator's ropes.
  return JSON.parse(JSON.stringify({ ordinary, dense, chat, knowledge: knowledgeDocumentTexts() })) as Record<string, string[]>;
}

/** What cachegrind counts in one run: instructions always; with `--simulate-caches`, cache misses and branches too. */
interface Counts {
  instructions: number;
  /** First-level instruction-cache misses: code fetched again after other code pushed it out. */
  instructionCacheMisses?: number;
  /** First-level data-cache misses, reads and writes. */
  dataCacheMisses?: number;
  /** Conditional and indirect branches. */
  branches?: number;
  /** Branches the simulated predictor got wrong. */
  mispredicts?: number;
}

/** The first number after `label` in cachegrind's summary (`I1  misses:   86,256,875`). */
function summaryCount(summary: string, label: RegExp): number | undefined {
  const match = new RegExp(`${label.source}:\\s+([\\d,]+)`).exec(summary);
  return match === null ? undefined : Number(match[1]!.replaceAll(',', ''));
}

/** What valgrind counts in one run of the harness over `corpus`, `passCount` times. */
function countInstructions(run: { harness: string; corporaPath: string; corpus: string; passCount: number }): Promise<Counts> {
  const { harness, corporaPath, corpus, passCount } = run;
  const args = [
    '--tool=cachegrind',
    ...(simulateCaches ? ['--cache-sim=yes', '--branch-sim=yes'] : ['--cache-sim=no']),
    '--cachegrind-out-file=/dev/null',
    'node',
    '--predictable',
    harness,
    corporaPath,
    corpus,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', [...args, String(passCount)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => reject(new Error(`valgrind could not start (${error.message}); install it: apt-get install valgrind`)));
    child.on('close', (status) => {
      const instructions = summaryCount(stderr, /I\s+refs/);
      if (status !== 0 || instructions === undefined) reject(new Error(`counting ${corpus} failed:\n${stderr.slice(-2000)}`));
      else
        resolve({
          instructions,
          instructionCacheMisses: summaryCount(stderr, /I1\s+misses/),
          dataCacheMisses: summaryCount(stderr, /D1\s+misses/),
          branches: summaryCount(stderr, /Branches/),
          mispredicts: summaryCount(stderr, /Mispredicts/),
        });
    });
  });
}

/** `high`'s count less `low`'s, over the passes between: one warm pass; undefined where cachegrind did not count it. */
function perPassOf(low: Counts, high: Counts, key: keyof Counts): number | undefined {
  const [from, to] = [low[key], high[key]];
  return from === undefined || to === undefined ? undefined : Math.round((to - from) / (passes.high - passes.low));
}

async function main(): Promise<void> {
  mkdirSync(workDirectory, { recursive: true });
  try {
    const corpora = buildCorpora();
    const names = values.corpus ?? Object.keys(corpora);
    for (const name of names)
      if (corpora[name] === undefined) throw new Error(`unknown corpus ${name}; one of ${Object.keys(corpora).join(', ')}`);
    const corporaPath = join(workDirectory, 'corpora.json');
    writeFileSync(corporaPath, JSON.stringify(corpora));
    const harness = join(workDirectory, 'harness.mjs');
    await build({
      entryPoints: [join(here, 'count-instructions-harness.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: harness,
      logLevel: 'warning',
      // CommonJS packages in the bundle call require.
      banner: { js: "import { createRequire as bundledRequire } from 'node:module'; const require = bundledRequire(import.meta.url);" },
    });
    const perPass: Record<string, Record<string, number>> = {};
    for (const name of names) {
      const [low, high] = await Promise.all([
        countInstructions({ harness, corporaPath, corpus: name, passCount: passes.low }),
        countInstructions({ harness, corporaPath, corpus: name, passCount: passes.high }),
      ]);
      const instructions = perPassOf(low, high, 'instructions')!;
      const bytes = corpora[name]!.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
      const simulated = Object.fromEntries(
        (['instructionCacheMisses', 'dataCacheMisses', 'branches', 'mispredicts'] as const).flatMap((key) => {
          const count = perPassOf(low, high, key);
          return count === undefined ? [] : [[`${key}PerPass`, count]];
        }),
      );
      perPass[name] = {
        instructionsPerPass: instructions,
        perByte: Math.round(instructions / bytes),
        ...simulated,
        texts: corpora[name]!.length,
        bytes,
      };
      const millions = (count: number | undefined) => ((count ?? 0) / 1e6).toFixed(2);
      const misses = simulateCaches
        ? `; ${millions(simulated.instructionCacheMissesPerPass)}M instruction-cache misses, ${millions(simulated.dataCacheMissesPerPass)}M data-cache misses, ${millions(simulated.mispredictsPerPass)}M of ${millions(simulated.branchesPerPass)}M branches mispredicted`
        : '';
      process.stderr.write(
        `${name}: ${millions(instructions)}M instructions a pass, ${Math.round(instructions / bytes)} a byte${misses}\n`,
      );
    }
    process.stdout.write(`${JSON.stringify({ bench: 'guard-pii-instructions', node: process.version, passes, corpora: perPass })}\n`);
  } finally {
    rmSync(workDirectory, { recursive: true, force: true });
  }
}

await main();
