// A llama/openai turn under the guard: the routed and masked model chain, retrieved passages checked for injection,
// tool results inspected before the model reads them, and a plain answer when no model may take the turn.
import type { AuditPolicyDecision, PiiFinding } from '../../guard/index.ts';
import type { KnowledgeService } from '../../knowledge/index.ts';
import type { ChatMessage, ModelRegistry } from '../../models/index.ts';
import type { AssistantDefinition } from '../definition.ts';
import type { AssistantTool, ToolExecutor } from '../tool-types.ts';
import { guardedModelChain } from './guarded-model-chain.ts';
import { retrievePassages } from './knowledge-answers.ts';
import { runModelTurn } from './model-turn.ts';
import { inspectPassages, toolResultInspector, type AssistantGuard } from './turn-guard.ts';
import { localModelRequiredReply } from './turn-replies.ts';

export interface GuardedModelTurnInput {
  models: ModelRegistry;
  knowledge: KnowledgeService;
  definition: AssistantDefinition;
  guard: AssistantGuard;
  /** PII in the customer's message, for data-aware routing. */
  findings: readonly PiiFinding[];
  /** The turn's policy decisions; this step appends its own. */
  decisions: AuditPolicyDecision[];
  tools: ReadonlyMap<string, AssistantTool>;
  executor: ToolExecutor;
  history: ChatMessage[];
  message: string;
  /** The conversation's workspace: its texts' scans are remembered for the turn's later steps and turns, within it only. */
  scope: string;
  customerId: () => string | undefined;
  now: Date;
  language: 'ko' | 'en';
  signal?: AbortSignal;
}

/**
 * @example
 * const { text, passages } = await runGuardedModelTurn({ models, knowledge, definition, guard, findings, decisions, … });
 */
export async function runGuardedModelTurn(input: GuardedModelTurnInput): Promise<{ text: string; passages: string[] }> {
  const { definition, guard, decisions } = input;
  const chain = guardedModelChain({
    models: input.models,
    ids: [definition.model, ...definition.fallbackModels],
    guard,
    findings: input.findings,
    scope: input.scope,
  });
  const passages = inspectPassages({
    guard,
    passages: await retrievePassages({ knowledge: input.knowledge, bases: definition.knowledgeBases, query: input.message }),
    decisions,
  });
  if (chain.length === 0) {
    decisions.push({ policy: 'routing', action: 'block', detail: 'no local model' });
    return { text: localModelRequiredReply(input.language), passages };
  }
  const result = await runModelTurn({
    models: chain,
    definition,
    tools: input.tools,
    executor: input.executor,
    history: input.history,
    message: input.message,
    customerId: input.customerId,
    passages,
    now: input.now,
    language: input.language,
    inspectToolResult: toolResultInspector({ guard, decisions }),
    ...(input.signal ? { signal: input.signal } : {}),
  });
  return { text: result.text, passages };
}
