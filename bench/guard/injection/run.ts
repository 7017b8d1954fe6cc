// Injection bench: detection rate on public attacks (direct/indirect, ko/en), false-positive rate on ordinary messages, µs per message, and the Rebuff heuristic as peer.
import { detectIndirectInjection, detectInjection } from '../../../src/guard/injection/index.ts';
import { readAttacks, readOrdinary, type AttackItem } from './corpus.ts';
import { rebuffHeuristicScore, rebuffThreshold } from './peer-heuristic.ts';

type Detector = (item: { text: string; kind: 'direct' | 'indirect' }) => boolean;

const genstack: Detector = (item) => (item.kind === 'indirect' ? detectIndirectInjection(item.text) : detectInjection(item.text)).detected;
const peer: Detector = (item) => rebuffHeuristicScore(item.text) >= rebuffThreshold;

const rate = (hits: number, total: number) => (total === 0 ? null : Math.round((hits / total) * 10_000) / 10_000);

function detection(detector: Detector, attacks: AttackItem[]) {
  const group = (filter: (item: AttackItem) => boolean) => {
    const selected = attacks.filter(filter);
    return { n: selected.length, rate: rate(selected.filter(detector).length, selected.length) };
  };
  const bySource: Record<string, { n: number; rate: number | null }> = {};
  for (const source of new Set(attacks.map((item) => item.source))) bySource[source] = group((item) => item.source === source);
  return {
    all: group(() => true),
    direct: group((item) => item.kind === 'direct'),
    indirect: group((item) => item.kind === 'indirect'),
    en: group((item) => item.lang === 'en'),
    ko: group((item) => item.lang === 'ko'),
    directEn: group((item) => item.kind === 'direct' && item.lang === 'en'),
    directKo: group((item) => item.kind === 'direct' && item.lang === 'ko'),
    indirectEn: group((item) => item.kind === 'indirect' && item.lang === 'en'),
    indirectKo: group((item) => item.kind === 'indirect' && item.lang === 'ko'),
    bySource,
  };
}

function falsePositives(detector: Detector, half: 'tuning' | 'held-out') {
  const messages = readOrdinary(half);
  const flagged = messages.filter((message) => detector({ text: message.text, kind: 'direct' }));
  const byLanguage = (lang: 'ko' | 'en') => {
    const selected = messages.filter((message) => message.lang === lang);
    return rate(selected.filter((message) => flagged.includes(message)).length, selected.length);
  };
  return {
    n: messages.length,
    falsePositives: flagged.length,
    rate: rate(flagged.length, messages.length),
    en: byLanguage('en'),
    ko: byLanguage('ko'),
  };
}

function microsecondsPerMessage(detector: Detector, texts: { text: string; kind: 'direct' | 'indirect' }[]): number {
  for (const item of texts.slice(0, 50)) detector(item);
  const rounds = 3;
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round += 1) for (const item of texts) detector(item);
  const elapsed = Number(process.hrtime.bigint() - started) / 1000;
  return Math.round((elapsed / (rounds * texts.length)) * 10) / 10;
}

const attacks = readAttacks();
const ordinary = [...readOrdinary('tuning'), ...readOrdinary('held-out')].map((message) => ({
  text: message.text,
  kind: 'direct' as const,
}));
const timed = [...attacks, ...ordinary];
const report = (detector: Detector) => ({
  detection: detection(detector, attacks),
  falsePositiveRate: { tuning: falsePositives(detector, 'tuning'), heldOut: falsePositives(detector, 'held-out') },
  microsecondsPerMessage: microsecondsPerMessage(detector, timed),
});

console.log(
  JSON.stringify({
    bench: 'guard/injection',
    corpus: { attacks: attacks.length, ordinaryTuning: readOrdinary('tuning').length, ordinaryHeldOut: readOrdinary('held-out').length },
    genstack: report(genstack),
    peer: { name: 'rebuff-heuristic (TypeScript port of protectai/rebuff detect_pi_heuristics, threshold 0.75)', ...report(peer) },
  }),
);
