// Turns a ChatRequest into what LlamaChat.generateResponse needs: history, grammar or functions, sampling options, warnings.
import type { ChatHistoryItem, ChatModelFunctions, GbnfJsonSchema, Llama, LlamaGrammar } from 'node-llama-cpp';
import { GenstackError } from '../../core/errors.ts';
import type { ChatRequest, Warning } from '../types.ts';
import { convertToLlamaMessages } from './convert-to-llama-messages.ts';
import { describeError } from './llama-error.ts';
import type { Lease } from './llama-runtime.ts';
import type { ChatSlot } from './loaded-llama-model.ts';
import { planLlamaTools, type ToolPlan } from './plan-llama-tools.ts';
import { toLlamaJsonSchema } from './to-llama-json-schema.ts';

export interface PreparedLlamaRequest {
  history: ChatHistoryItem[];
  tools: ToolPlan;
  /** Set for responseFormat json_* and for forced tool calls; node-llama-cpp takes a grammar or functions, never both. */
  grammar: LlamaGrammar | undefined;
  functions: ChatModelFunctions | undefined;
  warnings: Warning[];
  promptTokens: number;
  maxTokens: number;
  sampling: { temperature?: number; topP?: number; topK?: number; minP?: number; seed?: number };
}

/** node-llama-cpp types the schema for compile-time inference of literal schemas; ours are only known at run time. */
function createJsonSchemaGrammar(llama: Llama, schema: GbnfJsonSchema): Promise<LlamaGrammar> {
  return llama.createGrammarForJsonSchema(schema as never);
}

async function grammarFor(request: ChatRequest, lease: Lease<ChatSlot>, warnings: Warning[]): Promise<LlamaGrammar | undefined> {
  const format = request.responseFormat;
  if (!format || format.type === 'text') return undefined;
  if (format.type === 'json_object') return lease.llama.getGrammarFor('json');
  const converted = toLlamaJsonSchema(format.schema);
  if (converted.ignoredKeywords.length > 0) {
    warnings.push({
      type: 'other',
      setting: 'responseFormat',
      message: `The grammar does not enforce ${converted.ignoredKeywords.join(', ')}; check the output.`,
    });
  }
  try {
    return await createJsonSchemaGrammar(lease.llama, converted.schema);
  } catch (error) {
    throw new GenstackError({
      code: 'invalid_request',
      message: `The JSON schema cannot be turned into a grammar: ${describeError(error)}`,
      param: 'responseFormat',
      cause: error,
    });
  }
}

function numberOption(request: ChatRequest, name: string): number | undefined {
  const value = request.providerOptions?.['llama']?.[name];
  return typeof value === 'number' ? value : undefined;
}

/**
 * @example
 * const prepared = await prepareLlamaRequest({ request, lease });
 * await lease.slot.chat.generateResponse(prepared.history, { grammar: prepared.grammar, maxTokens: prepared.maxTokens });
 */
export async function prepareLlamaRequest(options: { request: ChatRequest; lease: Lease<ChatSlot> }): Promise<PreparedLlamaRequest> {
  const { request, lease } = options;
  const warnings: Warning[] = [];
  const tools = planLlamaTools(request, warnings);
  const history = convertToLlamaMessages(request.messages);
  let grammar: LlamaGrammar | undefined;
  if (tools.mode === 'none') grammar = await grammarFor(request, lease, warnings);
  else if (request.responseFormat && request.responseFormat.type !== 'text') {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'responseFormat',
      message: 'responseFormat is ignored while tools are offered; tool arguments follow their schemas.',
    });
  }
  if (tools.mode === 'forced') {
    grammar = await createJsonSchemaGrammar(lease.llama, tools.schema);
    history.unshift({ type: 'system', text: tools.instructions });
  }
  const functions = tools.mode === 'native' ? tools.functions : undefined;
  // Usage counts real tokens: the prompt exactly as the chat template renders it, tokenised by the model's own vocabulary.
  const { chat } = lease.slot;
  const rendered = chat.chatWrapper.generateContextState({
    chatHistory: history,
    availableFunctions: functions,
    documentFunctionParams: true,
  });
  const promptTokens = rendered.contextText.tokenize(lease.model.tokenizer).length;
  const contextSize = lease.slot.sequence.contextSize;
  // Without a limit a model that never emits end-of-turn would shift its context forever; stop at the context's edge instead.
  const maxTokens = request.maxTokens ?? Math.max(contextSize - promptTokens, Math.floor(contextSize / 4));
  const sampling = {
    temperature: request.temperature,
    topP: request.topP,
    topK: numberOption(request, 'topK'),
    minP: numberOption(request, 'minP'),
    seed: request.seed,
  };
  return { history, tools, grammar, functions, warnings, promptTokens, maxTokens, sampling };
}
