// Runs a turn to a ChatResult: composes it, applies stop sequences and maxTokens, counts usage, reports ignored settings.
import type { ChatRequest, ChatResult, ToolDefinition, Warning } from '../../types.ts';
import type { DateContext } from '../entities/index.ts';
import { countTokens } from '../language/index.ts';
import { usableTools } from '../tools/index.ts';
import { composeTurn } from './compose-turn.ts';
import { conversationText } from './conversation.ts';
import { applyOutputLimits } from './output-limits.ts';

/**
 * @example
 * const result = runTurn({ messages: [{ role: 'user', content: 'hi' }], maxTokens: 5 }, { now: new Date(), timeZone: 'UTC' });
 * result.finishReason; // 'length'
 */
export function runTurn(rawRequest: ChatRequest, dates: DateContext): ChatResult {
  const tools = usableTools(rawRequest.tools);
  const request: ChatRequest = { ...rawRequest, ...(rawRequest.tools ? { tools } : {}) };
  const turn = composeTurn(request, dates);
  const limited =
    turn.toolCalls.length > 0
      ? { text: turn.text }
      : applyOutputLimits(turn.text, {
          ...(request.stop ? { stop: request.stop } : {}),
          ...(request.maxTokens !== undefined ? { maxTokens: request.maxTokens } : {}),
        });
  const promptTokens = Math.max(1, countTokens(conversationText(request.messages)) + countTokens(toolsText(tools)));
  const completionText = limited.text + turn.toolCalls.map((call) => call.name + call.arguments).join('');
  const completionTokens = Math.max(1, countTokens(completionText));
  return {
    text: limited.text,
    toolCalls: turn.toolCalls,
    finishReason: limited.finishReason === 'length' ? 'length' : turn.finishReason,
    usage: { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens },
    warnings: [...ignoredSettings(request), ...turn.warnings],
  };
}

/** The tools as the model would read them; schemas too deep to serialise count by name and description only. */
function toolsText(tools: readonly ToolDefinition[]): string {
  try {
    return JSON.stringify(tools);
  } catch {
    return tools.map((tool) => `${tool.name} ${tool.description ?? ''}`).join('\n');
  }
}

function ignoredSettings(request: ChatRequest): Warning[] {
  const warnings: Warning[] = [];
  for (const setting of ['temperature', 'topP'] as const) {
    if (request[setting] === undefined) continue;
    warnings.push({ type: 'unsupported-setting', setting, message: `The builtin engine is deterministic; ${setting} is ignored.` });
  }
  return warnings;
}
