// `node --import tsx bench/guard/custom/run.ts`: custom PII types — detection on a labelled ko/en set with look-alikes,
// what three patterns add to a chat turn's scan, and the safety of RE2 against a pattern that backtracks for ever. The
// peer is the same patterns on V8's own RegExp (what a guard that runs user regexes as they are would do), measured in
// the same run. Prints one JSON line at the end.
import { customPatternListSchema, customRecognizers, type CustomPattern } from '../../../src/guard/pii/custom/index.ts';
import { scanPii, type PiiFinding, type PiiRecognizer } from '../../../src/guard/pii/index.ts';
import { readOrdinary } from '../injection/corpus.ts';
import { buildPiiDataset } from '../pii/dataset.ts';
import { buildChatCorpus, measureThroughput } from '../pii/throughput.ts';
import { benchPatterns, customItems, type CustomItem } from './corpus.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);
const patterns = customPatternListSchema.parse(benchPatterns);

/** The peer: each pattern as a V8 RegExp, with the same context rule, so only the engine differs. */
function v8Recognizer(entry: CustomPattern): PiiRecognizer {
  const expression = new RegExp(entry.pattern, entry.ignoreCase ? 'giu' : 'gu');
  const words = entry.context.map((word) => word.toLowerCase());
  return {
    name: `v8:${entry.type}`,
    types: [entry.type],
    find(text) {
      const findings: PiiFinding[] = [];
      for (const match of text.matchAll(expression)) {
        const start = match.index;
        const near = words.some((word) =>
          text
            .slice(Math.max(0, start - 30), start)
            .toLowerCase()
            .includes(word),
        );
        if (entry.contextRequired && !near) continue;
        const score = near ? Math.min(1, entry.score + 0.15) : entry.score;
        findings.push({ type: entry.type, start, end: start + match[0].length, text: match[0], score, recognizer: `v8:${entry.type}` });
      }
      return findings;
    },
  };
}

const engines = { genstack: customRecognizers(patterns), v8: patterns.map(v8Recognizer) };
const customTypes = new Set(patterns.map((entry) => entry.type));

function accuracy(recognizers: readonly PiiRecognizer[], items: readonly CustomItem[]) {
  const counts = new Map<string, { truePositives: number; falsePositives: number; falseNegatives: number }>();
  const count = (key: string) => counts.get(key) ?? counts.set(key, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }).get(key)!;
  for (const item of items) {
    const found = scanPii(item.text, { extraRecognizers: recognizers }).filter((finding) => customTypes.has(finding.type));
    for (const key of [item.lang, 'all']) {
      const tally = count(key);
      const hits = found.filter((finding) => item.labels.some((label) => label.type === finding.type && label.value === finding.text));
      tally.truePositives += hits.length;
      tally.falsePositives += found.length - hits.length;
      tally.falseNegatives += item.labels.length - hits.length;
    }
  }
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  return Object.fromEntries(
    [...counts].map(([key, tally]) => [
      key,
      {
        ...tally,
        precision: round(tally.truePositives / Math.max(1, tally.truePositives + tally.falsePositives)),
        recall: round(tally.truePositives / Math.max(1, tally.truePositives + tally.falseNegatives)),
      },
    ]),
  );
}

/** Milliseconds for one test of `(a+)+$` on `n` a's and a '!': exponential in n for a backtracking engine. */
function evilMilliseconds(test: (input: string) => boolean, n: number): number {
  const input = `${'a'.repeat(n)}!`;
  const started = performance.now();
  test(input);
  return Math.round((performance.now() - started) * 100) / 100;
}

async function main(): Promise<void> {
  const items = customItems({ count: 1_200 });
  const quality = { genstack: accuracy(engines.genstack, items), v8: accuracy(engines.v8, items) };
  log(`custom types: ${items.length} texts; genstack ${JSON.stringify(quality.genstack.all)}`);

  // Chat traffic as the PII bench builds it (one turn in ten carries personal data), the labelled custom texts among
  // those turns: about one in twenty turns holds an identifier of the organisation's or a look-alike.
  const ordinary = [...readOrdinary('tuning'), ...readOrdinary('held-out')].map((message) => message.text);
  const piiTexts = [...buildPiiDataset().map((text) => text.text), ...items.map((item) => item.text)];
  const corpus = buildChatCorpus({ ordinary, piiTexts, targetBytes: 8_000_000 });
  const warmupTexts = [...ordinary, ...piiTexts];
  // Interleaved rounds, one pass of each configuration per round, so a drift of the machine touches all three alike.
  const configurations = { builtInOnly: [], genstack: engines.genstack, v8: engines.v8 } as const;
  const rates: Record<string, number[]> = { builtInOnly: [], genstack: [], v8: [] };
  for (let round = 0; round < 5; round += 1)
    for (const [name, extraRecognizers] of Object.entries(configurations)) {
      const options = { extraRecognizers };
      const measured = await measureThroughput({
        corpus,
        warmupTexts: round === 0 ? warmupTexts : [],
        runs: 1,
        scan: (text) => scanPii(text, options).length,
      });
      rates[name]!.push(measured.megabytesPerSecond);
    }
  const median = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)]!;
  const throughput = { builtInOnly: median(rates.builtInOnly!), genstack: median(rates.genstack!), v8: median(rates.v8!) };
  log(
    `chat traffic MB/s: built-in only ${throughput.builtInOnly}, + 3 RE2 patterns ${throughput.genstack}, + 3 V8 patterns ${throughput.v8}`,
  );

  const [evil] = customPatternListSchema.parse([{ type: 'EVIL', pattern: '(a+)+$' }]);
  const re2 = customRecognizers([evil!])[0]!;
  const v8 = new RegExp('(a+)+$', 'u');
  const redos = {
    pattern: '(a+)+$',
    genstackMsFor1MB: evilMilliseconds((input) => re2.find(input, {}).length > 0, 1_000_000),
    v8Ms: Object.fromEntries([18, 20, 22].map((n) => [`n${n}`, evilMilliseconds((input) => v8.test(input), n)])),
  };
  log(`(a+)+$: RE2 ${redos.genstackMsFor1MB} ms on 1 MB; V8 ${JSON.stringify(redos.v8Ms)} ms on 18/20/22 characters (×4 per 2 more)`);

  process.stdout.write(
    `${JSON.stringify({
      bench: 'guard-custom-types',
      texts: items.length,
      patterns: benchPatterns.map((entry) => entry.type),
      peer: 'the same patterns on V8 RegExp, same context rule',
      quality,
      throughputMBps: { ...throughput, corpusMB: Math.round(corpus.bytes / 10_000) / 100 },
      redos,
    })}\n`,
  );
}

await main();
