// A turn with a llama/openai model: OpenAI-style tool calling in a bounded loop, every call through the policy executor.
import { z } from 'zod';
import { GenstackError, toGenstackError } from '../../core/index.ts';
import type { ChatMessage, ChatModel, ChatRequest, ChatResult, ToolDefinition } from '../../models/index.ts';
import type { AssistantDefinition } from '../definition.ts';
import type { AssistantTool, ToolExecutor } from '../tool-types.ts';
import type { KnowledgeAnswer } from './knowledge-answers.ts';
import { systemPrompt } from './system-prompt.ts';

export interface ModelTurnInput {
  /** The assistant's model, then its fallbacks: a step that fails moves on to the next one, which sees the same messages. */
  models: ChatModel[];
  definition: AssistantDefinition;
  tools: ReadonlyMap<string, AssistantTool>;
  executor: ToolExecutor;
  history: ChatMessage[];
  message: string;
  customerId: () => string | undefined;
  /** Retrieved passages for the message, fenced as data in the prompt. */
  passages: string[];
  now: Date;
  language: 'ko' | 'en';
  signal?: AbortSignal;
  /** The guard's look at a tool result before the model reads it (indirect injection); returns what the model gets. */
  inspectToolResult?: (options: { name: string; content: string }) => string;
}

export interface ModelTurnResult {
  text: string;
  citations?: KnowledgeAnswer['citations'];
}

const toolDefinitionCache = new WeakMap<AssistantTool, ToolDefinition>();

/** The JSON Schema a model sees for a tool, derived once from its zod parameters. */
export function toolDefinition(tool: AssistantTool): ToolDefinition {
  let definition = toolDefinitionCache.get(tool);
  if (!definition) {
    const parameters = z.toJSONSchema(tool.parameters, { unrepresentable: 'any' }) as Record<string, unknown>;
    delete parameters.$schema;
    definition = { name: tool.name, description: tool.description, parameters };
    toolDefinitionCache.set(tool, definition);
  }
  return definition;
}

/**
 * @example
 * const { text } = await runModelTurn({ model, definition, tools, executor, history, message: 'Where is my order?', … });
 */
export async function runModelTurn(input: ModelTurnInput): Promise<ModelTurnResult> {
  const definitions = [...input.tools.values()].map(toolDefinition);
  const messages: ChatMessage[] = [
    {
      role: 'system',
      content: systemPrompt({
        definition: input.definition,
        customerId: input.customerId(),
        pending: input.executor.pendingConfirmation,
        now: input.now,
        passages: input.passages,
      }),
    },
    ...input.history,
    { role: 'user', content: input.message },
  ];
  for (let step = 0; step < input.definition.policies.maxSteps; step += 1) {
    const result = await generateWithFallbacks(input, {
      messages,
      ...(definitions.length ? { tools: definitions, toolChoice: 'auto' as const } : {}),
      ...(input.signal ? { signal: input.signal } : {}),
    });
    if (result.toolCalls.length === 0) return { text: result.text.trim() };
    messages.push({ role: 'assistant', content: result.text || null, toolCalls: result.toolCalls });
    for (const call of result.toolCalls) {
      const args = parseArguments(call.arguments);
      const outcome = args
        ? await input.executor.call(call.name, args)
        : { status: 'failed' as const, code: 'invalid_arguments', message: 'The arguments were not a JSON object.' };
      const content = JSON.stringify(outcome);
      messages.push({
        role: 'tool',
        toolCallId: call.id,
        name: call.name,
        content: input.inspectToolResult?.({ name: call.name, content }) ?? content,
      });
    }
    // Re-render the policy block: authentication or a pending confirmation may have changed.
    messages[0] = {
      role: 'system',
      content: systemPrompt({
        definition: input.definition,
        customerId: input.customerId(),
        pending: input.executor.pendingConfirmation,
        now: input.now,
        passages: input.passages,
      }),
    };
  }
  const pending = input.executor.pendingConfirmation;
  if (pending) return { text: pending.summary };
  return {
    text:
      input.language === 'ko'
        ? '허용된 단계 안에 요청을 마치지 못했어요. 다시 말씀해 주시겠어요?'
        : 'I could not finish that request in the allowed number of steps.',
  };
}

/** Tries the models in order; one that failed is dropped for the rest of the turn. */
async function generateWithFallbacks(input: ModelTurnInput, request: ChatRequest): Promise<ChatResult> {
  for (;;) {
    const [model, ...rest] = input.models;
    if (!model) throw new GenstackError({ code: 'unavailable', message: 'No model is configured for this assistant.' });
    try {
      return await model.generate(request);
    } catch (error) {
      const failure = toGenstackError(error);
      if (rest.length === 0 || failure.code === 'aborted' || request.signal?.aborted) throw failure;
      input.models = rest;
    }
  }
}

function parseArguments(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text || '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
