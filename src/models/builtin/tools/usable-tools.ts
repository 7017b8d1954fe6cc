// Keeps the tool definitions the engine can work with: a string name, a string description, an object schema.
import type { JsonSchema, ToolDefinition } from '../../types.ts';

const isRecord = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Drops malformed tools and fields rather than failing on them; the HTTP edge validates strictly, this guards direct callers.
 * @example
 * usableTools([{ name: 'get_weather', description: 42 as never }]); // [{ name: 'get_weather' }]
 */
export function usableTools(tools: readonly ToolDefinition[] | undefined): ToolDefinition[] {
  return (tools ?? []).flatMap((tool) => {
    if (!isRecord(tool) || typeof tool.name !== 'string' || tool.name.length === 0) return [];
    const description = typeof tool.description === 'string' ? { description: tool.description } : {};
    const parameters = isRecord(tool.parameters) ? { parameters: tool.parameters } : {};
    return [{ name: tool.name, ...description, ...parameters }];
  });
}
