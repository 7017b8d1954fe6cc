// Escapes user data (column names, categories) for HTML text and attribute values, inline SVG included.

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * @example
 * escapeHtml('<b>나이</b>'); // '&lt;b&gt;나이&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/**
 * A label cut to `limit` characters with an ellipsis (escape it afterwards).
 * @example
 * shorten('Aircraft Make Model', 10); // 'Aircraft …'
 */
export function shorten(text: string, limit: number): string {
  const characters = [...text];
  return characters.length <= limit ? text : `${characters.slice(0, limit - 1).join('')}…`;
}
