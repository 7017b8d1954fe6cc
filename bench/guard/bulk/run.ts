// `node --import tsx bench/guard/bulk/run.ts [--quick]`: a data export scanned in pieces, as `genstack guard scan` reads a
// file, by worker threads side by side against one thread (the peer, measured in the same run): MB/s of UTF-8 input. The
// export is read twice in one stream: the first time from a cold start (threads started, code not yet compiled), the
// second warm, as the rest of a file of gigabytes is. Prints one JSON line.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { scanPieces } from '../../../src/guard/bulk/index.ts';
import { readOrdinary } from '../injection/corpus.ts';
import { buildPiiDataset } from '../pii/dataset.ts';
import { buildChatCorpus } from '../pii/throughput.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = values.quick;
const log = (line: string) => process.stderr.write(`${line}\n`);
const pieceCharacters = 256 * 1024;

/** An export of one message a line: ordinary customer messages with one in ten dense with personal data (fresh values). */
function buildExport(targetBytes: number): { pieces: string[]; bytes: number } {
  const ordinary = [...readOrdinary('tuning'), ...readOrdinary('held-out')].map((message) => message.text);
  const dense = buildPiiDataset({ seed: 20_261_204, count: Math.ceil(targetBytes / 1_000) }).map((text) => text.text);
  const corpus = buildChatCorpus({ ordinary, piiTexts: dense, targetBytes });
  const lines = corpus.texts.map((text) => `${text.replaceAll('\n', ' ')}\n`);
  const pieces: string[] = [];
  let piece = '';
  for (const line of lines) {
    piece += line;
    if (piece.length >= pieceCharacters) {
      pieces.push(piece);
      piece = '';
    }
  }
  if (piece !== '') pieces.push(piece);
  return { pieces, bytes: lines.reduce((sum, line) => sum + Buffer.byteLength(line, 'utf8'), 0) };
}

async function* fromArray(pieces: readonly string[]): AsyncGenerator<string> {
  yield* pieces;
}

/** MB/s of the first reading of the export (cold) and of the second (warm), and the findings of each reading. */
async function timeScan(
  corpus: { pieces: readonly string[]; bytes: number },
  jobs: number,
): Promise<{ cold: number; warm: number; findings: [number, number] }> {
  const started = performance.now();
  let halfway = started;
  const findings: [number, number] = [0, 0];
  let index = 0;
  const twice = [...corpus.pieces, ...corpus.pieces];
  for await (const scanned of scanPieces({ pieces: fromArray(twice), scan: { custom: [] }, jobs })) {
    const reading = index < corpus.pieces.length ? 0 : 1;
    findings[reading] += scanned.findings.length;
    index += 1;
    if (index === corpus.pieces.length) halfway = performance.now();
  }
  const megabytes = corpus.bytes / 1_000_000;
  return { cold: megabytes / ((halfway - started) / 1000), warm: megabytes / ((performance.now() - halfway) / 1000), findings };
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const cores = availableParallelism();
  // `--jobs auto` leaves a core to V8's compiler; at least two workers here, so that two cores still show how they scale.
  const jobs = Math.max(2, Math.min(cores - 1, 8));
  const corpus = buildExport((quick ? 8 : 32) * 1_000_000);
  log(
    `bulk bench${quick ? ' (quick)' : ''}: ${round(corpus.bytes / 1e6, 1)} MB in ${corpus.pieces.length} pieces, ${cores} cores, ${jobs} workers`,
  );
  const single = await timeScan(corpus, 1);
  const parallel = await timeScan(corpus, jobs);
  const figures = (run: typeof single) => ({ coldMBps: round(run.cold), warmMBps: round(run.warm) });
  const result = {
    bench: 'guard-bulk',
    quick,
    corpusMB: round(corpus.bytes / 1e6, 1),
    pieces: corpus.pieces.length,
    cores,
    genstack: { workers: jobs, ...figures(parallel) },
    peer: { name: 'the same scan in one thread', ...figures(single) },
    speedup: { cold: round(parallel.cold / single.cold), warm: round(parallel.warm / single.warm) },
    sameFindings: [...single.findings, ...parallel.findings].every((count) => count === single.findings[0]),
    findings: single.findings[0],
  };
  log(
    `${jobs} workers: ${result.genstack.coldMBps} MB/s cold, ${result.genstack.warmMBps} warm; one thread: ${result.peer.coldMBps} cold, ${result.peer.warmMBps} warm; same findings: ${result.sameFindings}`,
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
