// Markdown inline markup → readable text: link text without URLs, emphasis and code marks removed, escapes resolved.

/**
 * Strips inline Markdown so the text reads as prose.
 * @example
 * stripInlineMarkdown('**환불**은 [여기](https://x.kr)에서'); // '환불은 여기에서'
 */
export function stripInlineMarkdown(line: string): string {
  const codeSpans: string[] = [];
  // Code spans first, so nothing inside them is treated as markup.
  let text = line.replace(/(`+)(.{1,400}?)\1/gu, (_match, _ticks: string, code: string) => {
    codeSpans.push(code.trim());
    return `\u0001${codeSpans.length - 1}\u0002`;
  });
  // Every pattern stops at the next bracket, angle bracket or space, and emphasis spans at 400 characters, so a long
  // line of unclosed markup ("[a](" or " *a" a hundred thousand times) costs linear time, not quadratic.
  text = text
    .replace(/!\[([^[\]]*)\]\([^()]*\)/gu, '$1')
    .replace(/!\[([^[\]]*)\]\[[^[\]]*\]/gu, '$1')
    .replace(/\[([^[\]]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]{0,400}")?\)/gu, '$1')
    .replace(/\[([^[\]]+)\]\[[^[\]]*\]/gu, '$1')
    .replace(/<((?:https?|mailto):[^<>\s]+)>/gu, '$1')
    .replace(/<([^<>\s@]+@[^<>\s]+)>/gu, '$1')
    .replace(/<\/?[a-zA-Z][^<>]*>/gu, '')
    .replace(/(\*\*|__)(?=\S)(.{1,400}?)(?<=\S)\1/gu, '$2')
    .replace(/~~(?=\S)(.{1,400}?)(?<=\S)~~/gu, '$1')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)(.{1,400}?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    // `_` only at word edges, so snake_case names survive.
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.{1,400}?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/gu, '$1');
  // eslint-disable-next-line no-control-regex -- placeholders written above
  return text.replace(/\u0001(\d+)\u0002/gu, (_match, index: string) => codeSpans[Number(index)] ?? '');
}
