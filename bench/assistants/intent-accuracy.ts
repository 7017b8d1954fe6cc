// Intent accuracy of the builtin engine on held-out utterances, and slot F1 for the entities a generic extractor can be checked on.
import { createDialogueEngine } from '../../src/assistants/index.ts';
import { findBlueprint, sqliteRecordCollections } from '../../src/blueprints/index.ts';
import { extractEntities } from '../../src/models/builtin/index.ts';
import type { Platform } from '../../src/platform/index.ts';
import { readHeldOut, resolveOperation, type HeldOutUtterance } from './held-out-set.ts';

type SlotKind = 'email' | 'phone' | 'identifier' | 'date';
const slotKinds: SlotKind[] = ['email', 'phone', 'identifier', 'date'];

export interface BlueprintIntentScore {
  utterances: number;
  /** Utterances whose operation the blueprint has (the others are listed in missingOperations). */
  scored: number;
  accuracy: number | null;
  top2: number | null;
  byLanguage: Record<'ko' | 'en', number | null>;
  missingOperations: string[];
  operations: string[];
  /** The most frequent mistakes, as 'expected → predicted ×count'. */
  confusions: string[];
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

function scoreBlueprint(platform: Platform, name: string): BlueprintIntentScore {
  const blueprint = findBlueprint(name);
  const spec = blueprint.dialogue(sqliteRecordCollections({ database: platform.store.database, blueprint: name }));
  const engine = createDialogueEngine(spec);
  const operations = spec.operations.map((operation) => operation.id);
  const utterances = readHeldOut(name);
  const missing = new Set<string>();
  const tally = { correct: 0, top2: 0, scored: 0, ko: [0, 0], en: [0, 0] };
  const confusions = new Map<string, number>();
  for (const utterance of utterances) {
    const target = resolveOperation(utterance.expected, operations);
    if (!target || utterance.pending) {
      missing.add(utterance.expected);
      continue;
    }
    const ranked = engine.classify(utterance.text);
    const right = ranked[0]?.id === target;
    tally.scored += 1;
    tally[utterance.language][1]! += 1;
    if (right) {
      tally.correct += 1;
      tally[utterance.language][0]! += 1;
    } else {
      const key = `${target} → ${ranked[0]?.id ?? 'nothing'}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
    }
    if (ranked.slice(0, 2).some((score) => score.id === target)) tally.top2 += 1;
  }
  return {
    utterances: utterances.length,
    scored: tally.scored,
    accuracy: ratio(tally.correct, tally.scored),
    top2: ratio(tally.top2, tally.scored),
    byLanguage: { ko: ratio(tally.ko[0]!, tally.ko[1]!), en: ratio(tally.en[0]!, tally.en[1]!) },
    missingOperations: [...missing],
    operations,
    confusions: [...confusions.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([key, count]) => `${key} ×${count}`),
  };
}

/** What the extractor found, limited to what the gold set can judge: id-shaped identifiers, dates written with digits. */
function predictedSlots(text: string): Record<SlotKind, string[]> {
  const entities = extractEntities(text, { now: new Date('2026-11-20T12:00:00+09:00'), timeZone: 'Asia/Seoul' });
  return {
    email: entities.emails.map((entity) => entity.value.toLowerCase()),
    phone: entities.phones.map((entity) => entity.value.replace(/\D/gu, '')),
    identifier: entities.identifiers.map((entity) => entity.value).filter((value) => /^[A-Z]{1,3}-\d{4,}$/u.test(value)),
    date: entities.dates.filter((entity) => /\d/u.test(entity.text)).map((entity) => entity.value),
  };
}

/** Micro-averaged F1 per slot kind over every held-out utterance (missed values and extra values both count). */
function slotScores(utterances: HeldOutUtterance[]) {
  const counts = Object.fromEntries(slotKinds.map((kind) => [kind, { truePositive: 0, falsePositive: 0, falseNegative: 0 }]));
  for (const utterance of utterances) {
    const predicted = predictedSlots(utterance.text);
    for (const kind of slotKinds) {
      const gold = new Set((utterance.slots?.[kind] ?? []).map((value) => (kind === 'email' ? value.toLowerCase() : value)));
      const found = new Set(predicted[kind]);
      const count = counts[kind]!;
      for (const value of found) {
        if (gold.has(value)) count.truePositive += 1;
        else count.falsePositive += 1;
      }
      for (const value of gold) if (!found.has(value)) count.falseNegative += 1;
    }
  }
  const f1 = (count: { truePositive: number; falsePositive: number; falseNegative: number }) =>
    ratio(2 * count.truePositive, 2 * count.truePositive + count.falsePositive + count.falseNegative);
  const total = Object.values(counts).reduce(
    (sum, count) => ({
      truePositive: sum.truePositive + count.truePositive,
      falsePositive: sum.falsePositive + count.falsePositive,
      falseNegative: sum.falseNegative + count.falseNegative,
    }),
    { truePositive: 0, falsePositive: 0, falseNegative: 0 },
  );
  return {
    f1: f1(total),
    byKind: Object.fromEntries(
      slotKinds.map((kind) => [kind, { f1: f1(counts[kind]!), gold: counts[kind]!.truePositive + counts[kind]!.falseNegative }]),
    ),
  };
}

/**
 * @example
 * const intent = measureIntentAccuracy({ platform, blueprints: ['energy-store', 'telecom-care'] });
 * intent.accuracy;
 */
export function measureIntentAccuracy(options: { platform: Platform; blueprints: string[] }) {
  const perBlueprint = Object.fromEntries(options.blueprints.map((name) => [name, scoreBlueprint(options.platform, name)]));
  const scores = Object.values(perBlueprint);
  const scored = scores.reduce((sum, score) => sum + score.scored, 0);
  const correct = scores.reduce((sum, score) => sum + (score.accuracy ?? 0) * score.scored, 0);
  return {
    utterances: scores.reduce((sum, score) => sum + score.utterances, 0),
    scored,
    accuracy: ratio(Math.round(correct), scored),
    perBlueprint,
    slots: slotScores(options.blueprints.flatMap((name) => readHeldOut(name))),
  };
}
