// `node --import tsx bench/guard/pii/count-instructions.ts [--corpus NAME]... [--warm-passes N]`: a measuring tool beside the bench, for
// changes to the scanner's speed. It counts with cachegrind (valgrind) the instructions of one warm pass of scanPii over
// each throughput corpus, which the build machine's speed does not move: its two virtual cores differed by up to 1.8× on
// 2026-12-04 and the slow one drifts within minutes, so timings of one build swing more than most changes, while counts
// repeat to a few thousand instructions. Prints one JSON line.
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
  options: { corpus: { type: 'string', multiple: true }, 'warm-passes': { type: 'string', default: '40' } },
});
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

/** The instructions valgrind counts in one run of the harness over `corpus`, `passCount` times. */
function countInstructions(run: { harness: string; corporaPath: string; corpus: string; passCount: number }): Promise<number> {
  const { harness, corporaPath, corpus, passCount } = run;
  const args = [
    '--tool=cachegrind',
    '--cache-sim=no',
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
      const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
      if (status !== 0 || refs === null) reject(new Error(`counting ${corpus} failed:\n${stderr.slice(-2000)}`));
      else resolve(Number(refs[1]!.replaceAll(',', '')));
    });
  });
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
    const perPass: Record<string, { instructionsPerPass: number; perByte: number; texts: number; bytes: number }> = {};
    for (const name of names) {
      const [low, high] = await Promise.all([
        countInstructions({ harness, corporaPath, corpus: name, passCount: passes.low }),
        countInstructions({ harness, corporaPath, corpus: name, passCount: passes.high }),
      ]);
      const instructions = (high - low) / (passes.high - passes.low);
      const bytes = corpora[name]!.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
      perPass[name] = {
        instructionsPerPass: Math.round(instructions),
        perByte: Math.round(instructions / bytes),
        texts: corpora[name]!.length,
        bytes,
      };
      process.stderr.write(
        `${name}: ${(instructions / 1e6).toFixed(2)}M instructions a pass, ${Math.round(instructions / bytes)} a byte\n`,
      );
    }
    process.stdout.write(`${JSON.stringify({ bench: 'guard-pii-instructions', node: process.version, passes, corpora: perPass })}\n`);
  } finally {
    rmSync(workDirectory, { recursive: true, force: true });
  }
}

await main();
