// Throughput corpora (dense evaluation texts, realistic chat traffic, 16 KB documents) and their timing; median MB/s of UTF-8 bytes.
import { seededRandom } from './random.ts';

/** Texts repeated, shuffled per round, until their UTF-8 size reaches `targetBytes`. */
export function buildThroughputCorpus(input: { texts: readonly string[]; targetBytes: number; seed?: number }): {
  texts: string[];
  bytes: number;
} {
  const random = seededRandom(input.seed ?? 97);
  const sizes = input.texts.map((text) => Buffer.byteLength(text, 'utf8'));
  const corpus: string[] = [];
  let bytes = 0;
  while (bytes < input.targetBytes) {
    const order = input.texts.map((_, index) => index);
    for (let index = order.length - 1; index > 0; index -= 1) {
      const other = random.integer(index + 1);
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    for (const index of order) {
      if (bytes >= input.targetBytes) break;
      corpus.push(input.texts[index]!);
      bytes += sizes[index]!;
    }
  }
  return { texts: corpus, bytes };
}

/**
 * Realistic chat traffic: ordinary customer messages in a seeded shuffled order with one PII-bearing text after every
 * `ordinaryPerPiiText` of them, repeated until the UTF-8 size reaches `targetBytes`; each entry is one chat turn.
 *
 * @example
 * buildChatCorpus({ ordinary: ['배송 언제 와요?'], piiTexts: ['연락처 010-1234-5678'], targetBytes: 1e6 }).texts.length;
 */
export function buildChatCorpus(input: {
  ordinary: readonly string[];
  piiTexts: readonly string[];
  targetBytes: number;
  ordinaryPerPiiText?: number;
  seed?: number;
}): { texts: string[]; bytes: number } {
  const random = seededRandom(input.seed ?? 131);
  const ordinaryPerPiiText = input.ordinaryPerPiiText ?? 9;
  const drawFrom = (texts: readonly string[]) => {
    let order: number[] = [];
    return () => {
      if (order.length === 0) order = shuffledIndexes(texts.length, random);
      return texts[order.pop()!]!;
    };
  };
  const nextOrdinary = drawFrom(input.ordinary);
  const nextPiiText = drawFrom(input.piiTexts);
  const texts: string[] = [];
  let bytes = 0;
  for (let turn = 0; bytes < input.targetBytes; turn += 1) {
    const text = turn % (ordinaryPerPiiText + 1) === ordinaryPerPiiText ? nextPiiText() : nextOrdinary();
    texts.push(text);
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return { texts, bytes };
}

/**
 * The same traffic as documents: consecutive messages joined by newlines into documents of at most `documentBytes`
 * UTF-8 bytes (a transcript or an uploaded file scanned in one call).
 *
 * @example
 * buildDocumentCorpus({ texts: chat.texts, documentBytes: 16_384 }).texts.length;
 */
export function buildDocumentCorpus(input: { texts: readonly string[]; documentBytes: number }): { texts: string[]; bytes: number } {
  const documents: string[] = [];
  let parts: string[] = [];
  let documentSize = 0;
  let bytes = 0;
  const flush = () => {
    if (parts.length === 0) return;
    documents.push(parts.join('\n'));
    bytes += documentSize;
    parts = [];
    documentSize = 0;
  };
  for (const text of input.texts) {
    const size = Buffer.byteLength(text, 'utf8');
    if (parts.length > 0 && documentSize + 1 + size > input.documentBytes) flush();
    documentSize += (parts.length > 0 ? 1 : 0) + size;
    parts.push(text);
  }
  flush();
  return { texts: documents, bytes };
}

function shuffledIndexes(length: number, random: ReturnType<typeof seededRandom>): number[] {
  const order = Array.from({ length }, (_, index) => index);
  for (let index = order.length - 1; index > 0; index -= 1) {
    const other = random.integer(index + 1);
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}

const median = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)]!;

/**
 * Warms up on `warmupTexts`, then times `runs` passes over the corpus; returns the median MB/s (10^6 bytes).
 * @example
 * await measureThroughput({ corpus, warmupTexts, scan: (text) => scanPii(text).length });
 */
export async function measureThroughput(input: {
  corpus: { texts: readonly string[]; bytes: number };
  warmupTexts: readonly string[];
  scan: (text: string) => number | Promise<number>;
  runs?: number;
}): Promise<{ megabytesPerSecond: number; runs: number[]; bytes: number; findings: number }> {
  // Awaiting only real promises keeps a synchronous scanner's loop free of microtask hops.
  for (const text of input.warmupTexts) {
    const result = input.scan(text);
    if (typeof result !== 'number') await result;
  }
  const rates: number[] = [];
  let findings = 0;
  for (let run = 0; run < (input.runs ?? 3); run += 1) {
    findings = 0;
    const started = performance.now();
    for (const text of input.corpus.texts) {
      const result = input.scan(text);
      findings += typeof result === 'number' ? result : await result;
    }
    const seconds = (performance.now() - started) / 1000;
    rates.push(Math.round((input.corpus.bytes / 1e6 / seconds) * 100) / 100);
  }
  return { megabytesPerSecond: median(rates), runs: rates, bytes: input.corpus.bytes, findings };
}

/**
 * Each recogniser alone over the same texts: MB/s, so a slow recogniser is easy to spot.
 * @example
 * recognizerThroughput({ texts, recognizers: [phoneRecognizer], passes: 3 }); // { phone: 180.2 }
 */
export function recognizerThroughput(input: {
  texts: readonly string[];
  recognizers: readonly { name: string; find(text: string, options: object): unknown[] }[];
  passes: number;
}): Record<string, number> {
  const bytes = input.texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) * input.passes;
  return Object.fromEntries(
    input.recognizers.map((recognizer) => {
      for (const text of input.texts) recognizer.find(text, {});
      const started = performance.now();
      for (let pass = 0; pass < input.passes; pass += 1) for (const text of input.texts) recognizer.find(text, {});
      return [recognizer.name, Math.round((bytes / 1e6 / ((performance.now() - started) / 1000)) * 10) / 10];
    }),
  );
}

/**
 * Two bounds on the dense figure, measured over the same corpus: `featurePassMBps` scans with no recogniser (the one
 * character pass every text pays), `perfectGateMBps` with, for each text, only the recognisers that find something in it
 * (what a gate that never let a recogniser run in vain would reach). The gap between the bound and the measured figure is
 * all that better gating can win; the rest is the work of the findings themselves.
 * @example
 * await gatingBounds({ corpus, recognizers: genstackRecognizers, scan: (text, recognizers) => scanPii(text, { recognizers }).length });
 */
export async function gatingBounds<
  Recognizer extends { find(text: string, options: object): unknown[]; mightMatch?: (text: string) => boolean },
>(input: {
  corpus: { texts: readonly string[]; bytes: number };
  recognizers: readonly Recognizer[];
  scan: (text: string, recognizers: readonly Recognizer[]) => number;
}): Promise<{ featurePassMBps: number; perfectGateMBps: number }> {
  const finders = new Map<string, readonly Recognizer[]>();
  for (const text of input.corpus.texts)
    if (!finders.has(text))
      finders.set(
        text,
        input.recognizers.filter((recognizer) => (recognizer.mightMatch?.(text) ?? true) && recognizer.find(text, {}).length > 0),
      );
  const none: readonly Recognizer[] = [];
  const warmupTexts = [...finders.keys()];
  const featurePass = await measureThroughput({ corpus: input.corpus, warmupTexts, scan: (text) => input.scan(text, none) });
  const perfectGate = await measureThroughput({ corpus: input.corpus, warmupTexts, scan: (text) => input.scan(text, finders.get(text)!) });
  return { featurePassMBps: featurePass.megabytesPerSecond, perfectGateMBps: perfectGate.megabytesPerSecond };
}
