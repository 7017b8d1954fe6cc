// Tool names must be snake_case and unique; this derives them from operationIds, paths and MCP tool names.

/**
 * `getOrderById` → `get_order_by_id`, `search-docs` → `search_docs`; keeps the result a valid tool name.
 * @example
 * toSnakeCase('listOrders'); // 'list_orders'
 */
export function toSnakeCase(value: string): string {
  const snake = value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const named = /^[a-z]/.test(snake) ? snake : `tool_${snake}`;
  return named.slice(0, 64).replace(/_+$/, '');
}

/**
 * Gives a name a numeric suffix when it is already taken (two operations can snake-case to the same name).
 * @example
 * uniqueName('list_orders', new Set(['list_orders'])); // 'list_orders_2'
 */
export function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let index = 2; taken.has(candidate); index += 1) candidate = `${name.slice(0, 60)}_${index}`;
  taken.add(candidate);
  return candidate;
}
