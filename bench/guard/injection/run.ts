// Injection bench: detection rate on public attacks (direct/indirect, ko/en), false-positive rate on ordinary messages, µs per message, and the Rebuff heuristic as peer.
import { detectIndirectInjection, detectInjection } from '../../../src/guard/injection/index.ts';
import { benignPassages, type BenignPassage } from './benign-passages.ts';
import { readAttacks, readOrdinary, type AttackItem } from './corpus.ts';
import { heldOutAttacks } from './held-out-attacks.ts';
import { heldOutAttacksTwo } from './held-out-attacks-2.ts';
import { heldOutAttacksThree } from './held-out-attacks-3.ts';
import { heldOutAttacksFour } from './held-out-attacks-4.ts';
import { heldOutAttacksFive } from './held-out-attacks-5.ts';
import { heldOutAttacksSix } from './held-out-attacks-6.ts';
import { newestHardNegatives } from './hard-negative-evaluation.ts';
import { hardNegativeEvaluationTwo } from './hard-negative-evaluation-2.ts';
import { hardNegativeEvaluationThree } from './hard-negative-evaluation-3.ts';
import type { HardNegative } from './hard-negative.ts';
import { pastedContentEvaluation } from './pasted-content-evaluation.ts';
import { tuningAttacks } from './tuning-attacks.ts';
import { classifierEvaluationSets, classifierTrainingSet } from './classifier-data.ts';
import { probabilitiesUnseen } from './train-classifier.ts';
import { shippedPhrasingModel } from '../../../src/guard/injection/classifier/index.ts';
import { classifierLevels, type ClassifierLevel, type ClassifierSetting } from '../../../src/guard/injection/index.ts';
import { rebuffHeuristicScore, rebuffThreshold } from './peer-heuristic.ts';

type Detector = (item: { text: string; kind: 'direct' | 'indirect' }) => boolean;

/** genstack's check with the classifier as a policy sets it: `false` for the rules alone. */
const genstackWith =
  (classifier: ClassifierSetting): Detector =>
  (item) =>
    (item.kind === 'indirect' ? detectIndirectInjection(item.text, { classifier }) : detectInjection(item.text, { classifier })).detected;
const rulesOnly = genstackWith(false);
const peer: Detector = (item) => rebuffHeuristicScore(item.text) >= rebuffThreshold;

const rate = (hits: number, total: number) => (total === 0 ? null : Math.round((hits / total) * 10_000) / 10_000);

type LabelledAttack = Pick<AttackItem, 'text' | 'kind' | 'lang'>;

/** Detection overall, by kind and by language. */
function detectionRates<Item extends LabelledAttack>(detector: Detector, items: readonly Item[]) {
  const group = (filter: (item: Item) => boolean) => {
    const selected = items.filter(filter);
    return { n: selected.length, rate: rate(selected.filter(detector).length, selected.length) };
  };
  return {
    group,
    rates: {
      all: group(() => true),
      direct: group((item) => item.kind === 'direct'),
      indirect: group((item) => item.kind === 'indirect'),
      en: group((item) => item.lang === 'en'),
      ko: group((item) => item.lang === 'ko'),
    },
  };
}

function detection(detector: Detector, attacks: AttackItem[]) {
  const { group, rates } = detectionRates(detector, attacks);
  const bySource: Record<string, { n: number; rate: number | null }> = {};
  for (const source of new Set(attacks.map((item) => item.source))) bySource[source] = group((item) => item.source === source);
  return {
    ...rates,
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

/** The indirect detector's false positives on benign passages, overall, per source and per language. */
function indirectFalsePositives(detector: Detector, passages: readonly BenignPassage[]) {
  const flagged = new Set(passages.filter((passage) => detector({ text: passage.text, kind: 'indirect' })));
  const count = (filter: (passage: BenignPassage) => boolean) => {
    const selected = passages.filter(filter);
    const falsePositives = selected.filter((passage) => flagged.has(passage)).length;
    return { n: selected.length, falsePositives, rate: rate(falsePositives, selected.length) };
  };
  const bySource: Record<string, ReturnType<typeof count>> = {};
  for (const source of new Set(passages.map((passage) => passage.source))) bySource[source] = count((passage) => passage.source === source);
  return {
    ...count(() => true),
    en: count((passage) => passage.lang === 'en').rate,
    ko: count((passage) => passage.lang === 'ko').rate,
    bySource,
    examples: [...flagged].slice(0, 5).map((passage) => passage.text.slice(0, 200)),
  };
}

/** Hard negatives flagged, customers' messages (direct check) and passages (indirect check) apart. */
function hardNegativesFlagged(detector: Detector, items: readonly HardNegative[]) {
  const share = (source: HardNegative['source']) => {
    const texts = items.filter((item) => item.source === source);
    const flagged = texts.filter((item) => detector({ text: item.text, kind: source === 'user' ? 'direct' : 'indirect' }));
    return { n: texts.length, falsePositives: flagged.length, rate: rate(flagged.length, texts.length) };
  };
  return { user: share('user'), passage: share('passage') };
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
const passages = benignPassages();
const timed = [...attacks, ...ordinary];
const heldOut = heldOutAttacks();
const heldOutTwo = heldOutAttacksTwo();
const heldOutThree = heldOutAttacksThree();
const heldOutFour = heldOutAttacksFour();
const heldOutFive = heldOutAttacksFive();
const heldOutSix = heldOutAttacksSix();
const tuning = tuningAttacks();
/** Detection on the attack sets no rule was tuned on and no model trained on. */
const heldOutRates = (detector: Detector) => ({
  // Written after the rules of 2026-11-30 and never tuned on (the classifier's first training brief read its misses).
  heldOutDetection: detectionRates(detector, heldOut).rates,
  // By a writer who saw no rule, model or other set.
  heldOutTwoDetection: detectionRates(detector, heldOutTwo).rates,
  // By writers who read nothing of the project's injection work: the fourth read while the classifier's levels and new
  // training texts were chosen, the fifth written after that day's last choice and read since; the sixth written on
  // 2026-12-02 and read once, after the source-aware, window-trained model was final.
  heldOutFourDetection: detectionRates(detector, heldOutFour).rates,
  heldOutFiveDetection: detectionRates(detector, heldOutFive).rates,
  heldOutSixDetection: detectionRates(detector, heldOutSix).rates,
});
const report = (detector: Detector) => ({
  detection: detection(detector, attacks),
  // Fresh attacks of our own the rules were then tuned on.
  tuningSetDetection: detectionRates(detector, tuning).rates,
  ...heldOutRates(detector),
  // Four times the second set, by a writer who read only the classifier's training attacks (the classifier now trains on them).
  heldOutThreeDetection: detectionRates(detector, heldOutThree).rates,
  falsePositiveRate: { tuning: falsePositives(detector, 'tuning'), heldOut: falsePositives(detector, 'held-out') },
  indirectFalsePositiveRate: indirectFalsePositives(detector, passages),
  // Written after the rules' last change by someone who saw no rule or model: attack words in everyday use.
  newestHardNegatives: hardNegativesFlagged(detector, newestHardNegatives),
  hardNegativesTwo: hardNegativesFlagged(detector, hardNegativeEvaluationTwo),
  hardNegativesThree: hardNegativesFlagged(detector, hardNegativeEvaluationThree),
  // A document pasted into a message with a request (summarise, translate, explain), written apart from the training ones.
  pastedContent: hardNegativesFlagged(detector, pastedContentEvaluation),
  microsecondsPerMessage: microsecondsPerMessage(detector, timed),
});

/**
 * The rules with the classifier, at each of its levels. The classifier learned from the public corpus, our tuning,
 * training and third held-out attacks and the tuning half of the ordinary messages, so on those its figures are
 * cross-validated: each text is scored by a model trained on the other four fifths. The first, second and fourth held-out
 * attacks, the held-out messages, the other half of the passages, the held-out hard negatives and the topic and intent
 * benches' messages were never trained on.
 */
function classifierReport() {
  const training = classifierTrainingSet();
  const { thresholds } = shippedPhrasingModel();
  const crossValidatedProbabilities = probabilitiesUnseen(training);
  // Stricter: each collection's attacks scored by a model trained without any of them. Folds by position let a template
  // seen in one fold flatter its near copies in another (BIPIA and garak reuse carriers and phrasings).
  const collections = [...new Set(training.filter((example) => example.label === 1).map((example) => example.collection!))];
  const unseenCollectionProbabilities = probabilitiesUnseen(
    training,
    (example) => (example.label === 0 ? -1 : collections.indexOf(example.collection!)),
    collections.length,
  );
  const evaluation = classifierEvaluationSets();
  const asKind = (kind: 'direct' | 'indirect') => (text: string) => ({ text, kind });
  const atLevel = (level: ClassifierLevel) => {
    const detector: Detector = (item) =>
      (item.kind === 'indirect'
        ? detectIndirectInjection(item.text, { classifier: level })
        : detectInjection(item.text, { classifier: level })
      ).detected;
    // Rules or the classifier: its finding alone detects at its threshold, and below it adds nothing.
    const detectorFrom = (probabilities: number[]): Detector => {
      const byText = new Map(training.map((example, index) => [example.text, probabilities[index]!]));
      return (item) => {
        const probability = byText.get(item.text);
        if (probability === undefined) throw new Error(`not in the training set: ${item.text.slice(0, 60)}`);
        return rulesOnly(item) || probability >= thresholds[level][item.kind === 'direct' ? 'user' : 'passage'];
      };
    };
    const crossValidated = detectorFrom(crossValidatedProbabilities);
    const unseenCollection = detectorFrom(unseenCollectionProbabilities);
    const flaggedShare = (texts: readonly { text: string; kind: 'direct' | 'indirect' }[]) => {
      const flagged = texts.filter(detector);
      return {
        n: texts.length,
        falsePositives: flagged.length,
        rate: rate(flagged.length, texts.length),
        examples: flagged.slice(0, 5).map((item) => item.text),
      };
    };
    const hardNegativeShares = (items: readonly HardNegative[]) => ({
      user: flaggedShare(items.filter((item) => item.source === 'user').map((item) => ({ text: item.text, kind: 'direct' as const }))),
      passage: flaggedShare(
        items.filter((item) => item.source === 'passage').map((item) => ({ text: item.text, kind: 'indirect' as const })),
      ),
    });
    return {
      thresholds: thresholds[level],
      crossValidated: {
        detection: detection(crossValidated, attacks),
        tuningSetDetection: detectionRates(crossValidated, tuning).rates,
        heldOutThreeDetection: detectionRates(crossValidated, heldOutThree).rates,
        falsePositiveRate: falsePositives(crossValidated, 'tuning'),
      },
      unseenCollection: {
        detection: detection(unseenCollection, attacks),
        tuningSetDetection: detectionRates(unseenCollection, tuning).rates,
        heldOutThreeDetection: detectionRates(unseenCollection, heldOutThree).rates,
      },
      ...heldOutRates(detector),
      falsePositives: {
        ordinaryHeldOut: flaggedShare(evaluation.ordinaryMessages.map(asKind('direct'))),
        passagesHeldOut: flaggedShare(evaluation.passages.map(asKind('indirect'))),
        toolResultsHeldOut: flaggedShare(evaluation.toolResults.map(asKind('indirect'))),
        hardNegativesHeldOut: hardNegativeShares(evaluation.hardNegatives),
        otherCustomerMessages: flaggedShare(evaluation.otherCustomerMessages.map(asKind('direct'))),
        pastedContentHeldOut: flaggedShare(evaluation.pastedContent.map(asKind('direct'))),
        newestHardNegatives: hardNegativeShares(newestHardNegatives),
        // Written beside the fourth and the sixth held-out attacks, blind like them.
        hardNegativesTwo: hardNegativeShares(hardNegativeEvaluationTwo),
        hardNegativesThree: hardNegativeShares(hardNegativeEvaluationThree),
      },
      microsecondsPerMessage: microsecondsPerMessage(detector, timed),
    };
  };
  return Object.fromEntries(classifierLevels.map((level) => [level, atLevel(level)]));
}

console.log(
  JSON.stringify({
    bench: 'guard/injection',
    corpus: {
      attacks: attacks.length,
      tuningAttacks: tuning.length,
      heldOutAttacks: heldOut.length,
      heldOutAttacksTwo: heldOutTwo.length,
      heldOutAttacksThree: heldOutThree.length,
      heldOutAttacksFour: heldOutFour.length,
      heldOutAttacksFive: heldOutFive.length,
      heldOutAttacksSix: heldOutSix.length,
      hardNegativesTwo: hardNegativeEvaluationTwo.length,
      hardNegativesThree: hardNegativeEvaluationThree.length,
      pastedContent: pastedContentEvaluation.length,
      ordinaryTuning: readOrdinary('tuning').length,
      ordinaryHeldOut: readOrdinary('held-out').length,
      benignPassages: passages.length,
    },
    genstack: { rules: report(rulesOnly), withClassifier: classifierReport() },
    peer: { name: 'rebuff-heuristic (TypeScript port of protectai/rebuff detect_pi_heuristics, threshold 0.75)', ...report(peer) },
  }),
);
