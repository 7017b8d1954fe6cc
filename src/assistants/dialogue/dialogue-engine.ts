// The builtin engine's turn: conversation acts → pending yes/no → intent → authentication detour → operation → reply.
import { extractEntities, tokenizeWords, type Language } from '../../models/builtin/index.ts';
import type { DialogueOperation, DialogueSpec, OperationReply, OperationTurn } from '../dialogue-types.ts';
import type { ToolExecutor } from '../tool-types.ts';
import { readConversationAct } from './conversation-acts.ts';
import type { DialogueState } from './dialogue-state.ts';
import { engineReplies, pick } from './engine-replies.ts';
import { createIntentModel, type IntentModel } from './intent-model.ts';
import { turnLanguage } from './turn-language.ts';
import { readYesNo } from './yes-no.ts';

export interface DialogueTurnInput {
  text: string;
  /** Mutated in place and saved by the caller. */
  state: DialogueState;
  executor: ToolExecutor;
  /** The authenticated customer; read again after each tool call, since authentication changes it mid-turn. */
  customerId: () => string | undefined;
  answerFromKnowledge: OperationTurn['answerFromKnowledge'];
  now: Date;
  timeZone?: string;
  handoff: { onRequest: boolean; afterFailedTurns: number };
}

export interface DialogueTurnResult {
  text: string;
  language: Language;
  /** The operation that handled the turn, or the conversation act / fallback that did. */
  intent: string;
  citations?: unknown[];
  handoff?: string;
}

export interface DialogueEngine {
  run(input: DialogueTurnInput): Promise<DialogueTurnResult>;
  /** Intent scores for a message (benchmarks and tests). */
  classify(text: string): Array<{ id: string; score: number }>;
}

// Calibrated on the blueprints' held-out utterances (bench/assistants): below `start` an intent is a guess.
const thresholds = { start: 0.24, margin: 0.03, sure: 0.45, clarify: 0.12, switchTo: 0.42, switchMargin: 0.12 };

/**
 * @example
 * const engine = createDialogueEngine(energyStoreBlueprint.dialogue(records));
 * const result = await engine.run({ text: '주문 취소하고 싶어요', state, executor, customerId, answerFromKnowledge, now, handoff });
 */
export function createDialogueEngine(spec: DialogueSpec): DialogueEngine {
  const operations = new Map(spec.operations.map((operation) => [operation.id, operation]));
  const model: IntentModel = createIntentModel(
    spec.operations.map((operation) => ({
      id: operation.id,
      texts: [...operation.examples.ko, ...operation.examples.en, operation.label.ko, operation.label.en],
    })),
  );

  async function run(input: DialogueTurnInput): Promise<DialogueTurnResult> {
    const { state, text } = input;
    state.language = turnLanguage(text, state.language);
    const language = state.language;
    const reply = (line: { ko: string; en: string }, intent: string, extra: Partial<DialogueTurnResult> = {}): DialogueTurnResult => ({
      text: pick(line, language),
      language,
      intent,
      ...extra,
    });

    const answer = readYesNo(text);
    const act = readConversationAct(text);
    if (act === 'abandon' && state.active) {
      input.executor.cancelPending();
      endActive(state);
      return reply(engineReplies.abandoned, 'abandon');
    }
    // A bare "no" declines; "no, the 4L one" is a correction the operation handles (it sees answer 'no' and new slots).
    if (answer === 'no' && input.executor.pendingConfirmation && isBareNo(text, input)) {
      input.executor.cancelPending();
      endActive(state);
      return reply(engineReplies.declined, 'declined');
    }
    if (!state.active && act === 'greeting') {
      state.failedTurns = 0;
      return reply(spec.greeting, 'greeting');
    }
    // "Thanks" in the middle of a flow (a troubleshooting step that worked) closes it, unless it answers a question.
    if ((act === 'thanks' || act === 'goodbye') && !(state.active && (answer !== undefined || input.executor.pendingConfirmation))) {
      state.failedTurns = 0;
      endActive(state);
      return reply(engineReplies[act], act);
    }

    const scores = model.classify(text);
    const [best, second] = scores;
    const active = state.active ? operations.get(state.active.operation) : undefined;
    if (active && answer === undefined && best && best.id !== active.id && !state.active?.awaitsFreeText) {
      const activeScore = scores.find((score) => score.id === active.id)?.score ?? 0;
      if (best.score >= thresholds.switchTo && best.score >= activeScore + thresholds.switchMargin) {
        input.executor.cancelPending();
        endActive(state);
        return start(input, operations.get(best.id));
      }
    }
    if (active) return continueWith(input, active);
    if (best && best.score >= thresholds.start && (best.score >= thresholds.sure || best.score - (second?.score ?? 0) >= thresholds.margin))
      return start(input, operations.get(best.id));
    // A "no" that asks for nothing, with nothing to decline (the change was already dropped), is not a question to guess at.
    if (answer === 'no' && !input.executor.pendingConfirmation && isBareNo(text, input)) {
      state.failedTurns = 0;
      return reply(engineReplies.nothingToDecline, 'declined');
    }

    const knowledge = await input.answerFromKnowledge(text);
    if (knowledge) {
      state.failedTurns = 0;
      return { text: knowledge.text, language, intent: 'knowledge', citations: knowledge.citations };
    }
    state.failedTurns += 1;
    if (state.failedTurns >= input.handoff.afterFailedTurns && input.handoff.onRequest) {
      state.failedTurns = 0;
      return reply(engineReplies.handoffAfterFailures, 'handoff', {
        handoff: language === 'ko' ? '여러 차례 요청을 이해하지 못함' : 'The assistant could not understand the customer several times.',
      });
    }
    if (best && second && best.score >= thresholds.clarify) {
      const first = operations.get(best.id)?.label[language] ?? best.id;
      const other = operations.get(second.id)?.label[language] ?? second.id;
      return { text: pick(engineReplies.clarify, language, { first, second: other }), language, intent: 'clarify' };
    }
    const labels = spec.operations
      .filter((operation) => operation.id !== spec.authenticationOperation)
      .map((operation) => operation.label[language])
      .join(language === 'ko' ? ', ' : '; ');
    if (!labels) return reply(engineReplies.noAnswer, 'unknown');
    return { text: pick(engineReplies.notUnderstood, language, { labels }), language, intent: 'unknown' };
  }

  /** Starts an operation, detouring through authentication first when it needs a customer. */
  async function start(input: DialogueTurnInput, operation: DialogueOperation | undefined): Promise<DialogueTurnResult> {
    if (!operation) throw new Error('unknown operation');
    input.state.failedTurns = 0;
    if (operation.requiresAuthentication && !input.customerId()) {
      const authentication = operations.get(spec.authenticationOperation);
      if (authentication) {
        input.state.active = { operation: authentication.id, resume: { operation: operation.id, text: input.text } };
        const result = await handle(input, authentication, false);
        return {
          ...result,
          text:
            result.intent === authentication.id && !input.customerId()
              ? `${pick(engineReplies.needsAuthentication, input.state.language)} ${result.text}`
              : result.text,
        };
      }
    }
    input.state.active = { operation: operation.id };
    return handle(input, operation, false);
  }

  function continueWith(input: DialogueTurnInput, operation: DialogueOperation): Promise<DialogueTurnResult> {
    return handle(input, operation, true);
  }

  async function handle(input: DialogueTurnInput, operation: DialogueOperation, continuing: boolean): Promise<DialogueTurnResult> {
    const { state } = input;
    const resume = state.active?.resume;
    const outcome = await runOperation({ input, operation, continuing, text: input.text });
    if (!outcome.done) {
      if (state.active) state.active.awaitsFreeText = outcome.awaitsFreeText === true;
      return toResult(state.language, operation.id, outcome);
    }
    endActive(state, operation.id);
    // Authenticated on the way to something else: go straight on to it with the message that asked for it.
    const resumed = resume ? operations.get(resume.operation) : undefined;
    if (resumed && input.customerId()) {
      state.active = { operation: resumed.id };
      const next = await runOperation({ input, operation: resumed, continuing: false, text: resume?.text ?? input.text });
      if (next.done) endActive(state, resumed.id);
      return toResult(state.language, resumed.id, { ...next, text: `${outcome.text}\n\n${next.text}` });
    }
    return toResult(state.language, operation.id, outcome);
  }

  async function runOperation(options: {
    input: DialogueTurnInput;
    operation: DialogueOperation;
    continuing: boolean;
    text: string;
  }): Promise<OperationReply> {
    const { input, operation } = options;
    const { state } = input;
    const slots = (state.memory.slots[operation.id] ??= {});
    const turn: OperationTurn = {
      text: options.text,
      language: state.language,
      entities: extractEntities(options.text, { now: input.now, timeZone: input.timeZone ?? 'Asia/Seoul' }),
      customerId: input.customerId(),
      slots,
      memory: state.memory,
      answer: options.text === input.text ? readYesNo(options.text) : undefined,
      continuing: options.continuing,
      call: async (tool, args) => {
        const outcome = await input.executor.call(tool, args);
        turn.customerId = input.customerId();
        return outcome;
      },
      say: (line) => line[state.language],
      answerFromKnowledge: input.answerFromKnowledge,
    };
    return operation.handle(turn);
  }

  return { run, classify: (text) => model.classify(text) };
}

/** A "no" with nothing else in it: no number, quantity, id or date that could be the correction ("아니요, 4L로요"). */
function isBareNo(text: string, input: DialogueTurnInput): boolean {
  if (tokenizeWords(text).length > 3) return false;
  const entities = extractEntities(text, { now: input.now, timeZone: input.timeZone ?? 'Asia/Seoul' });
  return entities.numbers.length + entities.identifiers.length + entities.dates.length + entities.emails.length === 0;
}

function endActive(state: DialogueState, operationId?: string): void {
  const id = operationId ?? state.active?.operation;
  if (id) delete state.memory.slots[id];
  delete state.active;
}

function toResult(language: Language, intent: string, reply: OperationReply): DialogueTurnResult {
  return {
    text: reply.text,
    language,
    intent,
    ...(reply.citations ? { citations: reply.citations } : {}),
    ...(reply.handoff ? { handoff: reply.handoff } : {}),
  };
}
