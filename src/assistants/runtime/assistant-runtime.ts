// The assistants runtime: registered assistants, and one turn = input guard → engine (builtin dialogue or model tool loop) → output guard → persist.
import type Database from 'better-sqlite3';
import { GenstackError, type Logger } from '../../core/index.ts';
import { conversationValues, type AuditLog, type GuardPolicyInput, type ReviewItem, type ReviewQueue } from '../../guard/index.ts';
import type { KnowledgeService } from '../../knowledge/index.ts';
import type { ChatMessage, ModelRegistry } from '../../models/index.ts';
import { detectLanguage } from '../../models/builtin/index.ts';
import { sqliteConversationStore, type Conversation, type ConversationStore, type Handoff } from '../conversations/index.ts';
import { assistantDefinitionSchema, type AssistantDefinition, type AssistantDefinitionInput } from '../definition.ts';
import type { DialogueSpec } from '../dialogue-types.ts';
import type { DialogueEngine } from '../dialogue/dialogue-engine.ts';
import { initialDialogueState, type DialogueState } from '../dialogue/dialogue-state.ts';
import { turnLanguage } from '../dialogue/turn-language.ts';
import { readConversationAct } from '../dialogue/conversation-acts.ts';
import { readYesNo } from '../dialogue/yes-no.ts';
import type { AssistantTool, PendingConfirmation } from '../tool-types.ts';
import { loadConnectorTools, type ConnectorTools } from './load-connector-tools.ts';
import { createKeyedLock } from './keyed-lock.ts';
import { knowledgeAnswerer } from './knowledge-answers.ts';
import { dialogueEngineFor } from './engine-for-assistant.ts';
import { findConversation } from './find-conversation.ts';
import { runGuardedModelTurn } from './guarded-model-turn.ts';
import { createToolExecutor, type RecordedToolCall } from './tool-executor.ts';
import { extendTranscriptHash, type TranscriptLine } from '../conversations/index.ts';
import { crisisHandoffLine, handoffReply, handoffUnavailableReply } from './turn-replies.ts';
import { auditedReply, compileAssistantGuard, guardReply, inspectInput, type AssistantGuard } from './turn-guard.ts';
import { turnAuditEvent } from './turn-audit.ts';
import { recordWaitingTurn } from './waiting-turn.ts';

export interface AssistantRuntimeOptions {
  database: Database.Database;
  models: ModelRegistry;
  knowledge: KnowledgeService;
  logger: Logger;
  now?: () => Date;
  timeZone?: string;
  /** The global guard policy (config `guard.policy`); each assistant's `guard` settings override it field by field. */
  guardPolicy?: GuardPolicyInput;
  /** Where every turn is recorded (masked), when the platform keeps an audit log. */
  audit?: AuditLog;
  /** Where replies a policy marks for review wait for a person. */
  reviews?: ReviewQueue;
}

export interface AssistantRegistration {
  definition: AssistantDefinitionInput;
  /** Typed tools bound to the assistant's data (a blueprint's). */
  tools?: AssistantTool[];
  /** How the builtin engine holds the conversation (a blueprint's operations). */
  dialogue?: DialogueSpec;
}

export interface TurnInput {
  assistantId: string;
  message: string;
  /** Continue this conversation; otherwise it is found by the history's hash, or a new one starts. */
  conversationId?: string;
  /** Earlier user/assistant messages, as a client that resends the whole history sends them. */
  history?: TranscriptLine[];
  signal?: AbortSignal;
  /** Who asked: the API key's role and workspace (absent for local callers); for tool-role checks and audit. */
  actor?: { keyId?: string; keyName?: string; role: 'admin' | 'builder' | 'user'; workspace: string };
}

export interface TurnResult {
  conversationId: string;
  reply: string;
  language: 'ko' | 'en';
  /** The operation or act that handled the turn (builtin), or 'model'. */
  intent: string;
  citations: unknown[];
  toolCalls: RecordedToolCall[];
  handoff: Handoff | undefined;
  /** A change waiting for the customer's yes, if any. */
  pendingConfirmation: PendingConfirmation | undefined;
  customerId: string | undefined;
}

interface SavedState {
  dialogue?: DialogueState;
  pending?: PendingConfirmation;
}

interface LoadedAssistant {
  definition: AssistantDefinition;
  tools: Map<string, AssistantTool>;
  engine: DialogueEngine | undefined;
  connectors: Promise<ConnectorTools> | undefined;
  guard: AssistantGuard;
}

export interface AssistantRuntime {
  register(registration: AssistantRegistration): AssistantDefinition;
  unregister(id: string): Promise<boolean>;
  list(): AssistantDefinition[];
  get(id: string): AssistantDefinition | undefined;
  turn(input: TurnInput): Promise<TurnResult>;
  /** Puts a reviewer's approved or edited reply into its conversation (the review queue's onDecision). */
  deliverReviewed(item: ReviewItem): void;
  readonly conversations: ConversationStore;
  close(): Promise<void>;
}

const maxMessageCharacters = 8_000;

const historyTurnsForModels = 20;

/**
 * @example
 * const runtime = createAssistantRuntime({ database, models, knowledge, logger });
 * runtime.register({ definition: blueprint.assistant, tools: blueprint.tools(records), dialogue: blueprint.dialogue(records) });
 * const { reply, conversationId } = await runtime.turn({ assistantId: 'energy-store', message: '주문 조회하고 싶어요' });
 */
export function createAssistantRuntime(options: AssistantRuntimeOptions): AssistantRuntime {
  const now = options.now ?? (() => new Date());
  const conversations = sqliteConversationStore({ database: options.database, now });
  const assistants = new Map<string, LoadedAssistant>();
  const lock = createKeyedLock();

  function requireAssistant(id: string): LoadedAssistant {
    const assistant = assistants.get(id);
    if (!assistant) throw new GenstackError({ code: 'not_found', message: `No assistant '${id}'.`, param: 'model' });
    return assistant;
  }

  async function tools(assistant: LoadedAssistant): Promise<Map<string, AssistantTool>> {
    const { definition } = assistant;
    if (definition.httpTools.length + definition.openApiTools.length + definition.mcpServers.length === 0) return assistant.tools;
    assistant.connectors ??= loadConnectorTools(definition).catch((error: unknown) => {
      assistant.connectors = undefined;
      throw error;
    });
    const connected = await assistant.connectors;
    return new Map([...assistant.tools, ...connected.tools.map((tool) => [tool.name, tool] as const)]);
  }

  async function runTurn(assistant: LoadedAssistant, conversation: Conversation, input: TurnInput): Promise<TurnResult> {
    const { definition } = assistant;
    const saved = conversation.state as SavedState;
    const language = turnLanguage(input.message, saved.dialogue?.language ?? conversation.language);
    if (conversation.status === 'handoff') return recordWaitingTurn({ conversations, conversation, message: input.message, language });

    const available = await tools(assistant);
    const { guard } = assistant;
    // The transcript before this turn: the last reply tells whether a name is expected, the customer's lines what a reply may repeat.
    const history = conversations.messages(conversation.id);
    const previousReply = history.findLast((line) => line.role === 'assistant')?.content;
    // The lines before, as the remote boundary reads them: "서준도 …" after "박서준" is redacted and audited as that name.
    const earlier = conversationValues({ policy: guard.policy, scope: conversation.workspace, texts: history.map((line) => line.content) });
    const inspection = inspectInput({
      guard,
      message: input.message,
      language,
      ...(previousReply === undefined ? {} : { previousReply }),
      earlier,
    });
    // With this message's values, what the reply's audit record is read for.
    earlier.add(inspection.findings);
    const decisions = inspection.decisions;
    // Irreversibly redacted values are gone for every engine and the transcript alike.
    const message = inspection.message;
    const answer = readYesNo(message);
    const executor = createToolExecutor({
      tools: available,
      session: { conversationId: conversation.id, customerId: conversation.customerId, language, pending: saved.pending },
      policies: definition.policies,
      answer,
      mayChangeState: !input.actor || guard.policy.tools.stateChangingRoles.includes(input.actor.role),
      now,
      logger: options.logger,
      ...(input.signal ? { signal: input.signal } : {}),
    });
    const currentCustomer = () => executor.customerId;
    const answerFromKnowledge = knowledgeAnswerer({
      knowledge: options.knowledge,
      bases: definition.knowledgeBases,
      ...(input.signal ? { signal: input.signal } : {}),
    });

    let reply: string;
    let intent: string;
    let citations: unknown[] = [];
    let handoffReason: string | undefined;
    let dialogue: DialogueState | undefined = saved.dialogue;
    let model = 'builtin';
    let passages: string[] = [];
    if (inspection.crisis) {
      // A person who may harm themselves gets crisis support at once, and a person of the team when one can join.
      executor.cancelPending();
      reply = inspection.refusal ?? '';
      intent = 'crisis';
      if (definition.handoff.onRequest) {
        reply = `${reply}\n\n${crisisHandoffLine(language)}`;
        handoffReason = language === 'ko' ? '위기 신호: 자해나 자살을 언급함' : 'Crisis: the customer spoke of harming themselves.';
      }
      options.logger.warn('turn answered with crisis support', { conversationId: conversation.id });
    } else if (inspection.refusal) {
      // Input guard: injection, blocked personal data or a denied topic reaches no engine and no tool, and drops any pending change.
      executor.cancelPending();
      reply = inspection.refusal;
      intent = 'refused';
      options.logger.warn('turn refused by guard', { conversationId: conversation.id, decisions });
    } else if (readConversationAct(message) === 'human') {
      // Asking for a person works the same whatever the engine: queue the conversation with its transcript.
      reply = definition.handoff.onRequest ? handoffReply(language) : handoffUnavailableReply(language);
      intent = 'human';
      if (definition.handoff.onRequest)
        handoffReason = language === 'ko' ? '고객이 상담원 연결을 요청함' : 'The customer asked for a person.';
    } else if (assistant.engine && options.models.resolveId(definition.model) === 'builtin') {
      dialogue = structuredClone(saved.dialogue) ?? initialDialogueState(language);
      const result = await assistant.engine.run({
        text: message,
        state: dialogue,
        executor,
        customerId: currentCustomer,
        answerFromKnowledge,
        now: now(),
        ...(options.timeZone ? { timeZone: options.timeZone } : {}),
        handoff: definition.handoff,
      });
      reply = result.text;
      intent = result.intent;
      citations = result.citations ?? [];
      handoffReason = result.handoff;
    } else {
      model = definition.model;
      const result = await runGuardedModelTurn({
        models: options.models,
        knowledge: options.knowledge,
        definition,
        guard,
        findings: inspection.findings,
        decisions,
        tools: available,
        executor,
        history: modelHistory(conversation.id),
        message,
        scope: conversation.workspace,
        customerId: currentCustomer,
        now: now(),
        language,
        ...(input.signal ? { signal: input.signal } : {}),
      });
      passages = result.passages;
      reply = result.text;
      intent = 'model';
    }

    let reviewId: string | undefined;
    const { reviews } = options;
    // The guard's own replies are final: a refusal, or crisis support, which must never wait for a reviewer.
    if (intent !== 'refused' && intent !== 'crisis') {
      const guarded = guardReply({
        guard,
        reply,
        language,
        // What the customer may see of their own data: their messages, this turn's tool results and cited passages.
        allowed: [
          ...history.filter((line) => line.role === 'user').map((line) => line.content),
          message,
          ...executor.calls.map((call) => JSON.stringify(call.outcome)),
          ...(citations.length ? [JSON.stringify(citations)] : []),
        ],
        ...(intent === 'model' ? { instructions: definition.instructions, passages } : {}),
        inputReviewReason: inspection.reviewReason,
        decisions,
        ...(reviews
          ? {
              hold: (output: string, reason: string) =>
                reviews.hold({
                  workspace: input.actor?.workspace ?? conversation.workspace,
                  assistantId: definition.id,
                  conversationId: conversation.id,
                  reason,
                  policy: 'review',
                  language,
                  output,
                }).id,
            }
          : {}),
      });
      reply = guarded.reply;
      reviewId = guarded.reviewId;
    }

    const session = executor.finish();
    // The hash matches what a client resends, so it covers the message as the client sent it.
    const hash = extendTranscriptHash(conversation.transcriptHash, [
      { role: 'user', content: input.message },
      { role: 'assistant', content: reply },
    ]);
    const state: SavedState = { ...(dialogue ? { dialogue } : {}), ...(session.pending ? { pending: session.pending } : {}) };
    const { handoff } = conversations.recordTurn({
      conversationId: conversation.id,
      messages: [
        { role: 'user', content: message },
        {
          role: 'assistant',
          content: reply,
          metadata: { intent, ...(citations.length ? { citations } : {}), ...(reviewId ? { reviewId } : {}) },
        },
      ],
      toolCalls: executor.calls.map((call) => ({
        name: call.name,
        arguments: call.arguments,
        status: call.outcome.status,
        outcome: call.outcome,
        changesState: call.changesState,
      })),
      state: state as Record<string, unknown>,
      customerId: session.customerId,
      language,
      transcriptHash: hash,
      ...(handoffReason ? { handoffReason } : {}),
    });
    options.audit?.append(
      turnAuditEvent({
        input,
        conversation,
        model,
        decisions,
        calls: executor.calls,
        content: { input: inspection.auditMessage, output: auditedReply({ guard, reply, language, earlier }) },
      }),
    );
    return {
      conversationId: conversation.id,
      reply,
      language,
      intent,
      citations,
      toolCalls: executor.calls,
      handoff,
      pendingConfirmation: session.pending,
      customerId: session.customerId,
    };
  }

  function modelHistory(conversationId: string): ChatMessage[] {
    return conversations
      .messages(conversationId)
      .slice(-historyTurnsForModels * 2)
      .flatMap((message): ChatMessage[] =>
        message.role === 'user'
          ? [{ role: 'user', content: message.content }]
          : message.role === 'system'
            ? []
            : [{ role: 'assistant', content: message.content }],
      );
  }

  return {
    conversations,
    register(registration) {
      const parsed = assistantDefinitionSchema.safeParse(registration.definition);
      if (!parsed.success)
        throw new GenstackError({
          code: 'invalid_request',
          message: `Invalid assistant definition: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
        });
      const definition = parsed.data;
      const previous = assistants.get(definition.id);
      void previous?.connectors?.then((connected) => connected.close()).catch(() => undefined);
      assistants.set(definition.id, {
        definition,
        tools: new Map((registration.tools ?? []).map((tool) => [tool.name, tool])),
        engine: dialogueEngineFor({ definition, dialogue: registration.dialogue, toolCount: registration.tools?.length ?? 0 }),
        connectors: undefined,
        guard: compileAssistantGuard({ ...(options.guardPolicy ? { global: options.guardPolicy } : {}), definition }),
      });
      return definition;
    },
    async unregister(id) {
      const assistant = assistants.get(id);
      if (!assistant) return false;
      assistants.delete(id);
      await assistant.connectors?.then((connected) => connected.close()).catch(() => undefined);
      return true;
    },
    list: () => [...assistants.values()].map((assistant) => assistant.definition),
    get: (id) => assistants.get(id)?.definition,
    async turn(input) {
      const assistant = requireAssistant(input.assistantId);
      if (typeof input.message !== 'string' || input.message.trim().length === 0)
        throw new GenstackError({ code: 'invalid_request', message: 'The message is empty.', param: 'messages' });
      if (input.message.length > maxMessageCharacters)
        throw new GenstackError({
          code: 'payload_too_large',
          message: `A message may have at most ${maxMessageCharacters} characters (this one has ${input.message.length}).`,
          param: 'messages',
        });
      const conversation = findConversation({
        conversations,
        assistantId: assistant.definition.id,
        conversationId: input.conversationId,
        history: input.history,
        language: detectLanguage(input.message),
      });
      // Turns of one conversation run one at a time, each on the state the previous one saved.
      return lock.run(conversation.id, async () => runTurn(assistant, conversations.get(conversation.id) ?? conversation, input));
    },
    deliverReviewed(item) {
      if (!item.conversationId || item.finalOutput === null) return;
      conversations.appendMessage({
        conversationId: item.conversationId,
        message: { role: 'assistant', content: item.finalOutput, metadata: { reviewId: item.id, reviewer: item.reviewer } },
      });
    },
    async close() {
      const closing = [...assistants.values()].map((assistant) =>
        assistant.connectors?.then((connected) => connected.close()).catch(() => undefined),
      );
      assistants.clear();
      await Promise.all(closing);
    },
  };
}
