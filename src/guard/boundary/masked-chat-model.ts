// The remote-model boundary: PII in every outgoing message becomes a vault placeholder, and the reply (text, reasoning and
// tool-call arguments) gets the originals back.
import type { ChatMessage, ChatModel, ChatRequest, ChatResult, ChatStreamPart } from '../../models/index.ts';
import { applyPiiActions, createStreamRestorer, MaskVault, type PiiAction, type StreamTransform } from '../masking/index.ts';
import { EarlierValues, withEarlierRepeats } from '../pii/earlier-values.ts';
import type { AnswerContext } from '../pii/index.ts';
import type { PiiEntityType, PiiFinding } from '../pii/types.ts';
import { answerContexts } from './answer-contexts.ts';
import { blockKey, deltaPart } from './text-blocks.ts';

export interface MaskedChatModelOptions {
  model: ChatModel;
  /** Scans one message's text; `answer` when it replies to a question for a name or identifiers (`answerContexts`). */
  scan: (text: string, answer?: AnswerContext) => PiiFinding[];
  /** The policy's action per type; at the boundary `block` and `allow`-less types are masked too (see boundaryAction). */
  actionOf: (type: PiiEntityType) => PiiAction;
  /** One vault per request or conversation, so the same value keeps its placeholder across messages and steps. */
  vault?: MaskVault;
}

/**
 * What reaches a remote model: a value the policy allows goes as it is, a redacted one never comes back, and every other
 * value (mask, and block — which refuses a user's own message earlier but may still sit in a tool result) is masked.
 */
function boundaryAction(action: PiiAction): PiiAction {
  return action === 'allow' || action === 'redact' ? action : 'mask';
}

/**
 * @example
 * const remote = maskedChatModel({ model: registry.chat('gpt'), scan: (text) => scanPii(text), actionOf: (type) => piiActionFor(policy, type) });
 * await remote.generate({ messages: [{ role: 'user', content: '제 번호는 010-1234-5678이에요' }] }); // the server sees [PHONE_1]
 */
export function maskedChatModel(options: MaskedChatModelOptions): ChatModel {
  const vault = options.vault ?? new MaskVault();
  // Each message is scanned alone (and remembered so), then read for the values of the messages before it: "서준도 같이
  // 가요" names the 박서준 of an earlier turn, as it would in one text.
  const mask = (text: string, earlier: EarlierValues, answer?: AnswerContext): string => {
    const findings = withEarlierRepeats(text, options.scan(text, answer), earlier);
    earlier.add(findings);
    if (findings.length === 0) return text;
    return applyPiiActions({ text, findings, actions: (type) => boundaryAction(options.actionOf(type)), vault }).text;
  };
  const maskMessage = (
    message: ChatMessage,
    context: { answers: ReadonlyMap<string, AnswerContext>; earlier: EarlierValues },
  ): ChatMessage => {
    const content =
      typeof message.content === 'string'
        ? mask(message.content, context.earlier, message.role === 'user' ? context.answers.get(message.content) : undefined)
        : message.content;
    const masked = { ...message, content } as ChatMessage;
    // Earlier tool calls carry the arguments the model wrote, which hold restored originals by now.
    if (masked.role === 'assistant' && masked.toolCalls)
      masked.toolCalls = masked.toolCalls.map((call) => ({ ...call, arguments: mask(call.arguments, context.earlier) }));
    return masked;
  };
  const maskRequest = (request: ChatRequest): ChatRequest => {
    const context = { answers: answerContexts(request.messages), earlier: new EarlierValues() };
    return { ...request, messages: request.messages.map((message) => maskMessage(message, context)) };
  };

  return {
    provider: options.model.provider,
    modelId: options.model.modelId,
    async generate(request) {
      const result = await options.model.generate(maskRequest(request));
      return restoreResult(result, vault);
    },
    stream(request) {
      return restoreStream(options.model.stream(maskRequest(request)), vault);
    },
  };
}

function restoreResult(result: ChatResult, vault: MaskVault): ChatResult {
  return {
    ...result,
    text: vault.restore(result.text),
    ...(result.reasoning === undefined ? {} : { reasoning: vault.restore(result.reasoning) }),
    toolCalls: result.toolCalls.map((call) => ({ ...call, arguments: vault.restore(call.arguments) })),
  };
}

async function* restoreStream(parts: AsyncIterable<ChatStreamPart>, vault: MaskVault): AsyncIterable<ChatStreamPart> {
  const texts = new Map<string, StreamTransform>();
  const toolCalls = new Map<number, StreamTransform>();
  for await (const part of parts) {
    if (part.type === 'text-delta' || part.type === 'reasoning-delta') {
      const key = blockKey(part);
      const restorer = texts.get(key) ?? createStreamRestorer(vault);
      texts.set(key, restorer);
      const delta = restorer.push(part.delta);
      if (delta) yield { ...part, delta };
    } else if (part.type === 'text-end' || part.type === 'reasoning-end') {
      const rest = texts.get(blockKey(part))?.flush();
      if (rest) yield deltaPart(part, rest);
      yield part;
    } else if (part.type === 'tool-call-delta') {
      const restorer = toolCalls.get(part.index) ?? createStreamRestorer(vault);
      toolCalls.set(part.index, restorer);
      const argumentsDelta = restorer.push(part.argumentsDelta);
      if (argumentsDelta) yield { ...part, argumentsDelta };
    } else if (part.type === 'tool-call-end') {
      const rest = toolCalls.get(part.index)?.flush();
      if (rest) yield { type: 'tool-call-delta', index: part.index, id: part.id, argumentsDelta: rest };
      yield part;
    } else yield part;
  }
}
