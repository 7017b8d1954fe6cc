// Human names for tools and their parameters in the user's language: get_weather → "get weather" / "날씨 조회".
import type { ToolDefinition, JsonSchema } from '../../types.ts';
import { type Language, detectLanguage, splitIdentifier } from '../language/index.ts';
import { koreanLabel } from '../matching/index.ts';
import { asSchema } from '../schema/index.ts';

/**
 * @example
 * toolLabel({ name: 'create_order' }, 'ko'); // '주문 생성'
 * toolLabel({ name: 'create_order' }, 'en'); // 'create order'
 */
export function toolLabel(tool: ToolDefinition, language: Language): string {
  const words = splitIdentifier(tool.name);
  if (language === 'en') return words.join(' ');
  return koreanLabel(words) ?? tool.name;
}

/**
 * How to name a parameter when asking for it: a short description in the user's language when there is one, else its words.
 * @example
 * parameterLabel('order_id', {}, 'ko'); // '주문 번호'
 */
export function parameterLabel(name: string, schema: JsonSchema, language: Language): string {
  const description = typeof asSchema(schema)['description'] === 'string' ? (asSchema(schema)['description'] as string) : '';
  const shortDescription = description.split(/[.(\n]/u)[0]?.trim() ?? '';
  if (shortDescription && shortDescription.length <= 40 && detectLanguage(shortDescription) === language) {
    const label = shortDescription.replace(/^(the|a|an)\s+/iu, '');
    // "City name" reads as "the city name" mid-sentence; acronyms such as "URL" stay as they are.
    return /^[A-Z][a-z]/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  }
  const words = splitIdentifier(name);
  if (language === 'ko') return koreanLabel(words) ?? name;
  return words.join(' ');
}
