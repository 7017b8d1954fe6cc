// Replies around tools: ask for missing arguments, ask which of two tools was meant, list what tools are available.
import type { JsonSchema, ToolDefinition } from '../../types.ts';
import type { Language } from '../language/index.ts';
import { asSchema, propertiesOf } from '../schema/index.ts';
import { parameterLabel, toolLabel } from '../tools/index.ts';
import { joinEnglish, joinKorean, withJosa } from './korean-josa.ts';

function parameterSchemas(tool: ToolDefinition): Map<string, JsonSchema> {
  return new Map(propertiesOf(asSchema(tool.parameters)));
}

function describeParameter(options: { tool: ToolDefinition; name: string; language: Language }): string {
  const schema = parameterSchemas(options.tool).get(options.name) ?? {};
  const label = parameterLabel(options.name, schema, options.language);
  const members = Array.isArray(schema['enum']) ? schema['enum'].map(String) : [];
  if (members.length === 0 || members.length > 6) return label;
  return options.language === 'ko' ? `${label}(${members.join(', ')} 중 하나)` : `${label} (${joinEnglish(members, 'or')})`;
}

/**
 * @example
 * askForMissing({ tool: createOrder, missing: ['product', 'quantity'], language: 'en' });
 * // 'To create order, I need the product and quantity. Could you tell me?'
 */
export function askForMissing(options: { tool: ToolDefinition; missing: readonly string[]; language: Language }): string {
  const { tool, missing, language } = options;
  const labels = missing.map((name) => describeParameter({ tool, name, language }));
  if (language === 'ko')
    return `${withJosa(toolLabel(tool, 'ko'), '을', '를')} 하려면 ${withJosa(joinKorean(labels), '이', '가')} 필요해요. 알려 주시겠어요?`;
  return `To ${toolLabel(tool, 'en')}, I need the ${joinEnglish(labels)}. Could you tell me?`;
}

/**
 * @example
 * askWhichTool({ tools: [getWeather, lookupOrder], language: 'ko' }); // '날씨 조회와 주문 조회 중 어떤 것을 도와드릴까요? …'
 */
export function askWhichTool(options: { tools: readonly [ToolDefinition, ToolDefinition]; language: Language }): string {
  const [first, second] = options.tools;
  if (options.language === 'ko') {
    return `${withJosa(toolLabel(first, 'ko'), '과', '와')} ${toolLabel(second, 'ko')} 중 어떤 것을 도와드릴까요? 필요한 정보도 함께 알려 주세요.`;
  }
  return `Do you want me to ${toolLabel(first, 'en')} or ${toolLabel(second, 'en')}? Tell me which one, with the details.`;
}

/**
 * @example
 * listTools({ tools, language: 'en' }); // 'I can also help with: get weather, create order.'
 */
export function listTools(options: { tools: readonly ToolDefinition[]; language: Language }): string {
  const labels = options.tools.slice(0, 8).map((tool) => toolLabel(tool, options.language));
  if (labels.length === 0) return '';
  return options.language === 'ko' ? `지금 도와드릴 수 있는 일: ${labels.join(', ')}.` : `I can also help with: ${labels.join(', ')}.`;
}
