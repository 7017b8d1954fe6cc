// Safety bench: the self-harm signal's detection rate and false positives on a hand-written ko/en set, its false-positive
// rate on the 1,677 ordinary customer messages of the injection corpus, and µs per message; the peer is a keyword filter
// (the word lists a moderation word filter would hold), measured on the same texts in the same run.
import { detectSelfHarm } from '../../../src/guard/safety/index.ts';
import { readOrdinary } from '../injection/corpus.ts';
import { safetyItems, type SafetyItem } from './corpus.ts';

type Detector = (text: string) => boolean;

const genstack: Detector = (text) => detectSelfHarm(text) !== undefined;
const keywordPattern = /자살|자해|죽고|죽어|죽을|suicid|kill myself|self[- ]?harm|\bdie\b|\bdead\b/iu;
const keywordFilter: Detector = (text) => keywordPattern.test(text);

const rate = (hits: number, total: number) => (total === 0 ? null : Math.round((hits / total) * 10_000) / 10_000);

function scores(detector: Detector, items: readonly SafetyItem[]) {
  const group = (lang?: 'ko' | 'en') => {
    const selected = items.filter((item) => lang === undefined || item.lang === lang);
    const crisis = selected.filter((item) => item.crisis);
    const everyday = selected.filter((item) => !item.crisis);
    return {
      detection: { n: crisis.length, rate: rate(crisis.filter((item) => detector(item.text)).length, crisis.length) },
      falsePositives: { n: everyday.length, rate: rate(everyday.filter((item) => detector(item.text)).length, everyday.length) },
    };
  };
  return { all: group(), ko: group('ko'), en: group('en') };
}

function microsecondsPerMessage(detector: Detector, texts: readonly string[]): number {
  for (const text of texts) detector(text);
  const rounds = 20;
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round += 1) for (const text of texts) detector(text);
  return Math.round((Number(process.hrtime.bigint() - started) / 1000 / (rounds * texts.length)) * 100) / 100;
}

const ordinary = [...readOrdinary('tuning'), ...readOrdinary('held-out')].map((message) => message.text);
const report = (detector: Detector) => {
  const flagged = ordinary.filter(detector);
  return {
    set: scores(detector, safetyItems),
    ordinaryFalsePositives: {
      n: ordinary.length,
      flagged: flagged.length,
      rate: rate(flagged.length, ordinary.length),
      examples: flagged.slice(0, 5),
    },
    microsecondsPerMessage: microsecondsPerMessage(detector, ordinary),
  };
};

console.log(
  JSON.stringify({
    bench: 'guard/safety',
    corpus: { items: safetyItems.length, crisis: safetyItems.filter((item) => item.crisis).length, ordinary: ordinary.length },
    genstack: report(genstack),
    peer: { name: 'keyword filter (자살|자해|죽고|죽어|죽을|suicid|kill myself|self-harm|die|dead)', ...report(keywordFilter) },
  }),
);
