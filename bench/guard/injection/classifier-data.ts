// What the injection classifier learns from and what measures it. Nothing in the evaluation sets is ever trained on: the
// first, second and fourth held-out attacks, the held-out half of the ordinary messages, every other benign passage (but the blueprints' own),
// the held-out hard negatives, the held-out pasted documents, and the topic and intent benches' customer messages.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readHeldOut } from '../../assistants/held-out-set.ts';
import { offTopicMessages, onTopicMessages } from '../topics/labelled-set.ts';
import { benignPassages } from './benign-passages.ts';
import { benignToolResults } from './benign-tool-results.ts';
import { readAttacks, readOrdinary } from './corpus.ts';
import { hardNegativeEvaluation } from './hard-negative-evaluation.ts';
import { hardNegativeTraining } from './hard-negative-training.ts';
import { hardNegativeTrainingTwo } from './hard-negative-training-2.ts';
import { hardNegativeTrainingThree } from './hard-negative-training-3.ts';
import { hardNegativeTrainingFour } from './hard-negative-training-4.ts';
import { heldOutAttacks } from './held-out-attacks.ts';
import { heldOutAttacksThree } from './held-out-attacks-3.ts';
import { pastedContentEvaluation } from './pasted-content-evaluation.ts';
import { pastedContentTraining } from './pasted-content-training.ts';
import { trainingAttacks } from './training-attacks.ts';
import { trainingAttacksTwo } from './training-attacks-2.ts';
import { trainingAttacksThree } from './training-attacks-3.ts';
import { trainingAttacksFour } from './training-attacks-4.ts';
import { tuningAttacks } from './tuning-attacks.ts';
import type { TrainingExample } from './train-logistic.ts';

/** A labelled text and where it would enter a conversation: its threshold is chosen by that. */
export interface ClassifierExample extends TrainingExample {
  source: 'user' | 'passage';
  /** The collection an attack comes from (a public source id, or `genstack-tuning`); `hard-negatives` for those. */
  collection?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const attack = (kind: 'direct' | 'indirect'): ClassifierExample['source'] => (kind === 'direct' ? 'user' : 'passage');
/**
 * Every other benign passage is trained on, the rest measure false positives; the blueprints' own knowledge paragraphs
 * are all trained on, since the product ships them and must never flag them.
 */
const passageHalves = () => {
  const passages = benignPassages();
  const trained = (passage: { source: string }, index: number) => index % 2 === 0 || passage.source === 'blueprint-knowledge';
  return {
    training: passages.filter(trained),
    evaluation: passages.filter((passage, index) => !trained(passage, index)),
  };
};

/**
 * The public corpus and the tuning attacks against the tuning half of the ordinary messages, half of the benign passages
 * and the training hard negatives.
 *
 * @example
 * classifierTrainingSet().filter((example) => example.label === 1).length; // 1087
 */
export function classifierTrainingSet(): ClassifierExample[] {
  const attacks = [
    ...readAttacks().map((item) => ({ text: item.text, label: 1 as const, source: attack(item.kind), collection: item.source })),
    ...tuningAttacks().map((item) => ({ text: item.text, label: 1 as const, source: attack(item.kind), collection: 'genstack-tuning' })),
    ...[...trainingAttacks, ...trainingAttacksTwo, ...trainingAttacksThree, ...trainingAttacksFour].map((item) => ({
      text: item.text,
      label: 1 as const,
      source: attack(item.kind),
      collection: 'genstack-training',
    })),
    // Held out until the fourth set was written to measure in its place (held-out-attacks-4.ts).
    ...heldOutAttacksThree().map((item) => ({
      text: item.text,
      label: 1 as const,
      source: attack(item.kind),
      collection: 'genstack-held-out-3',
    })),
  ];
  const ordinary = readOrdinary('tuning').map((message) => ({ text: message.text, label: 0 as const, source: 'user' as const }));
  const trainedPassages = passageHalves().training;
  const passages = trainedPassages.map((passage) => ({ text: passage.text, label: 0 as const, source: 'passage' as const }));
  // Records and letters are pasted into a chat too ("다음 문의를 정리해 주세요: 정민호 고객(010-…)이 해지를 요청함"), so
  // they are benign messages as well: the weights only messages read must not learn that a customer's details mean an attack.
  const pastedRecords = trainedPassages
    .filter((passage) => passage.source === 'records' || passage.source === 'correspondence')
    .map((passage) => ({ text: passage.text, label: 0 as const, source: 'user' as const }));
  const hard = [...hardNegativeTraining, ...hardNegativeTrainingTwo, ...hardNegativeTrainingThree, ...hardNegativeTrainingFour].map(
    (item) => ({
      text: item.text,
      label: 0 as const,
      source: item.source,
      collection: 'hard-negatives',
    }),
  );
  // A customer pastes a letter, a notice or a report and asks for it summarised, translated or explained: its sentences
  // state and instruct as an attack's do, so the weights only messages read learn them too (before, 84% of such messages
  // were flagged at the standard level).
  const pasted = pastedContentTraining.map((item) => ({
    text: item.text,
    label: 0 as const,
    source: item.source,
    collection: 'pasted-content',
  }));
  const toolResults = benignToolResults()
    .filter((_, index) => index % 2 === 0)
    .map((text) => ({ text, label: 0 as const, source: 'passage' as const }));
  return [...attacks, ...ordinary, ...passages, ...pastedRecords, ...pasted, ...toolResults, ...hard];
}

/** The sets that measure the classifier and were never trained on. */
export function classifierEvaluationSets() {
  const trained = new Set(classifierTrainingSet().map((example) => example.text));
  const assistantMessages = readdirSync(join(here, '../../assistants/held-out'))
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => readHeldOut(name.replace(/\.jsonl$/u, '')).map((utterance) => utterance.text));
  return {
    heldOutAttacks: heldOutAttacks(),
    ordinaryMessages: readOrdinary('held-out').map((message) => message.text),
    passages: passageHalves().evaluation.map((passage) => passage.text),
    hardNegatives: hardNegativeEvaluation,
    // Written apart from the training ones by a writer who read neither: a document pasted with a request.
    pastedContent: pastedContentEvaluation.map((item) => item.text),
    // The generated tool results not trained on.
    toolResults: benignToolResults().filter((_, index) => index % 2 === 1),
    // The intent bench's messages are partly in the ordinary corpus's tuning half, which is trained on.
    otherCustomerMessages: [...Object.values(onTopicMessages).flat(), ...offTopicMessages, ...assistantMessages].filter(
      (text) => !trained.has(text),
    ),
  };
}
