// One turn of the builtin engine: summarise tool results, or pick a tool and fill its arguments, or answer a response format, or chat.
import { GenstackError } from '../../../core/errors.ts';
import type { ChatRequest, FinishReason, ToolCall, ToolDefinition, Warning } from '../../types.ts';
import type { DateContext } from '../entities/index.ts';
import { detectLanguage, type Language } from '../language/index.ts';
import { replies, readSmallTalk, summarizeToolResults, askForMissing, askWhichTool, listTools } from '../respond/index.ts';
import { createFillContext } from '../schema/index.ts';
import { decideTool, type ToolDecision, toolCallId } from '../tools/index.ts';
import { conversationText, followUpContext, lastUserMessage, trailingToolResults } from './conversation.ts';
import { structuredAnswer } from './structured-output.ts';

export interface TurnOutput {
  text: string;
  toolCalls: ToolCall[];
  finishReason: FinishReason;
  warnings: Warning[];
}

/** Only the start of a very long message is analysed, keeping a turn fast whatever arrives. */
const maximumAnalysedLength = 20_000;

const text = (value: string, warnings: Warning[] = []): TurnOutput => ({ text: value, toolCalls: [], finishReason: 'stop', warnings });

/**
 * @example
 * composeTurn({ messages: [{ role: 'user', content: '안녕하세요' }] }, { now: new Date(), timeZone: 'Asia/Seoul' }).text; // '안녕하세요! …'
 */
export function composeTurn(request: ChatRequest, dates: DateContext): TurnOutput {
  const message = lastUserMessage(request.messages).slice(0, maximumAnalysedLength);
  const language = detectLanguage(message || conversationText(request.messages));
  const variety = `${message}\u0000${request.seed ?? ''}`;
  const tools = request.tools ?? [];
  const results = trailingToolResults(request.messages);
  const format = request.responseFormat;
  const structured = format && format.type !== 'text';

  if (results.length > 0) {
    if (structured) return structuredTurn(request, { message: [message, ...results.map((result) => result.content)].join('\n'), dates });
    return text(summarizeToolResults({ results, tools, language }));
  }
  const toolChoice = request.toolChoice ?? 'auto';
  if (typeof toolChoice === 'object' && !tools.some((tool) => tool.name === toolChoice.name)) {
    throw new GenstackError({
      code: 'unprocessable',
      message: `tool_choice names '${toolChoice.name}', which is not among the request's tools.`,
      param: 'tool_choice',
    });
  }
  const smallTalk = readSmallTalk(message);
  const onlySmallTalk = smallTalk.kinds.length > 0 && smallTalk.otherWords === 0;
  if (tools.length > 0 && toolChoice !== 'none' && !(toolChoice === 'auto' && onlySmallTalk)) {
    const decision = decideWithFollowUp({ request, message, dates });
    const answer = answerDecision(decision, { toolChoice, language, salt: conversationText(request.messages) });
    if (answer) return answer;
  }
  if (structured) return structuredTurn(request, { message, dates });
  return chatTurn({ message, language, variety, tools: toolChoice === 'none' ? [] : tools });
}

/** A short follow-up ("2개요") after the engine asked back is read together with the message it answered. */
function decideWithFollowUp(options: { request: ChatRequest; message: string; dates: DateContext }): ToolDecision {
  const { request, message, dates } = options;
  const tools = request.tools ?? [];
  const toolChoice = request.toolChoice ?? 'auto';
  const decision = decideTool({ tools, context: createFillContext(message, dates), toolChoice });
  const previous = followUpContext(request.messages);
  if (decision.type === 'call' || toolChoice !== 'auto' || previous === undefined) return decision;
  const combined = decideTool({ tools, context: createFillContext(`${message}\n${previous}`, dates), toolChoice });
  return combined.type === 'call' ? combined : decision;
}

function answerDecision(
  decision: ToolDecision,
  options: { toolChoice: ChatRequest['toolChoice']; language: Language; salt: string },
): TurnOutput | undefined {
  if (decision.type === 'clarify')
    return text(askWhichTool({ tools: [decision.candidates[0].tool, decision.candidates[1].tool], language: options.language }));
  if (decision.type !== 'call') return undefined;
  const { tool, missing } = decision.candidate;
  // Asking beats guessing; a forced or required choice calls anyway, with what was found.
  if (missing.length > 0 && options.toolChoice === 'auto') return text(askForMissing({ tool, missing, language: options.language }));
  return {
    text: '',
    toolCalls: [toolCall(tool, { argumentsValue: decision.candidate.arguments, salt: options.salt })],
    finishReason: 'tool_calls',
    warnings: [],
  };
}

function toolCall(tool: ToolDefinition, options: { argumentsValue: Record<string, unknown>; salt: string }): ToolCall {
  const argumentsText = JSON.stringify(options.argumentsValue);
  return { id: toolCallId({ name: tool.name, arguments: argumentsText, salt: options.salt }), name: tool.name, arguments: argumentsText };
}

function structuredTurn(request: ChatRequest, options: { message: string; dates: DateContext }): TurnOutput {
  const format = request.responseFormat ?? { type: 'json_object' };
  const answer = structuredAnswer({ format, message: options.message, dates: options.dates });
  return text(answer.text, answer.warnings);
}

function chatTurn(options: { message: string; language: Language; variety: string; tools: readonly ToolDefinition[] }): TurnOutput {
  const { message, language, variety, tools } = options;
  const { kinds, otherWords } = readSmallTalk(message);
  const toolLine = listTools({ tools, language });
  const withTools = (reply: string): string => (toolLine ? `${reply}\n\n${toolLine}` : reply);
  if (kinds.includes('help')) return text(withTools(replies.help(language)));
  if (otherWords === 0 && kinds[0] === 'greeting') return text(withTools(replies.greeting(language, variety)));
  if (otherWords === 0 && kinds[0] === 'thanks') return text(replies.thanks(language, variety));
  if (otherWords === 0 && kinds[0] === 'bye') return text(replies.bye(language, variety));
  const greeting = kinds.includes('greeting') ? (language === 'ko' ? '안녕하세요! ' : 'Hello! ') : '';
  return text(withTools(`${greeting}${replies.limit(language, variety)}`));
}
