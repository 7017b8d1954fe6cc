// `node --import tsx bench/guard/pii/long-inputs.ts [--quick]`: how the scan's time grows with one long input (an export,
// a log, a pasted document, a piece repeated to be hard), next to openredaction on the same texts in the same run. Each
// kind is scanned at two lengths, the second four times the first: a scan linear in its input takes about four times
// as long, one whose time grows with the square sixteen. Prints one JSON line.
import { scanPii } from '../../../src/guard/pii/index.ts';
import { longInputKinds, longInputText } from './long-input-texts.ts';
import { createOpenRedactionScanner } from './openredaction-peer.ts';

const quick = process.argv.includes('--quick');
/** Characters of the shorter and the longer text of each kind. */
const lengths = quick ? ([16_000, 64_000] as const) : ([64_000, 256_000] as const);
/** The most the longer text may take, as a multiple of the shorter's time, for the growth to read as linear. */
const linearGrowth = 6;
const megabytes = 1024 * 1024;

interface Timing {
  milliseconds: [number, number];
  megabytesPerSecond: number;
  growth: number;
  findings: number;
}

async function time(texts: readonly [string, string], scan: (text: string) => Promise<number> | number): Promise<Timing> {
  const milliseconds: number[] = [];
  let findings = 0;
  for (const text of texts) {
    const started = performance.now();
    findings = await scan(text);
    milliseconds.push(Math.round(performance.now() - started));
  }
  const [shorter, longer] = milliseconds as [number, number];
  return {
    milliseconds: [shorter, longer],
    megabytesPerSecond: Number((Buffer.byteLength(texts[1], 'utf8') / megabytes / (Math.max(longer, 1) / 1000)).toFixed(3)),
    growth: Number((longer / Math.max(shorter, 1)).toFixed(1)),
    findings,
  };
}

const peer = createOpenRedactionScanner();
const kinds: Record<string, { language: string; genstack: Timing; openredaction: Timing }> = {};
for (const [kind, { language }] of Object.entries(longInputKinds)) {
  const texts = [longInputText(kind, lengths[0]), longInputText(kind, lengths[1])] as const;
  // A first scan of a short piece compiles the code every later scan runs.
  scanPii(texts[0].slice(0, 4000));
  await peer.detectOnly(texts[0].slice(0, 4000));
  const genstack = await time(texts, (text) => scanPii(text).length);
  const openredaction = await time(texts, (text) => peer.detectOnly(text));
  kinds[kind] = { language, genstack, openredaction };
  console.error(
    `${kind}: genstack ${genstack.milliseconds.join(' → ')} ms (×${genstack.growth}, ${genstack.megabytesPerSecond} MB/s); ` +
      `openredaction ${openredaction.milliseconds.join(' → ')} ms (×${openredaction.growth}, ${openredaction.megabytesPerSecond} MB/s)`,
  );
}

const worstGrowth = (of: 'genstack' | 'openredaction') => Math.max(...Object.values(kinds).map((kind) => kind[of].growth));
console.log(
  JSON.stringify({
    bench: 'guard-pii-long-inputs',
    lengths,
    kinds,
    worstGrowth: { genstack: worstGrowth('genstack'), openredaction: worstGrowth('openredaction') },
    linear: worstGrowth('genstack') <= linearGrowth,
    target: { linearGrowth },
    peer: { name: 'openredaction', measuredInSameRun: true },
  }),
);
