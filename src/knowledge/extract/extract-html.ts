// HTML (and DOCX via mammoth): headings → heading sections, tables → "cell | cell" rows, lists and blocks → paragraphs; scripts, styles and navigation dropped.
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { DocumentBuilder } from './document-builder.ts';
import type { DocumentSection } from '../types.ts';

const ignoredTags = new Set(['script', 'style', 'nav', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas']);
const blockTags = new Set(
  'p div section article main header footer aside blockquote figure figcaption address dl dt dd details summary form fieldset legend hr center body html li tr caption'.split(
    ' ',
  ),
);
/** Deeper trees are read as flat text: hostile nesting must not exhaust the stack. */
const maxDepth = 200;
const lineBreak = '\u0003';
const listTags = new Set(['ul', 'ol']);

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === 1;
}

function tagOf(node: HTMLElement): string {
  return (node.rawTagName ?? '').toLowerCase();
}

/** The text under a node without recursion: the fallback for trees too deep to walk. */
function flatText(node: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Node;
    if (current.nodeType === 3) parts.push(current.text);
    else if (isElement(current) && !ignoredTags.has(tagOf(current))) {
      parts.push(' ');
      for (let index = current.childNodes.length - 1; index >= 0; index -= 1) stack.push(current.childNodes[index] as Node);
    }
  }
  return parts.join('');
}

/** Elements under `node` matching `tags`, found without recursion and without descending into a match. */
function findElements(node: HTMLElement, tags: Set<string>, limit: number): HTMLElement[] {
  const found: HTMLElement[] = [];
  const stack: Node[] = [...node.childNodes].reverse();
  while (stack.length > 0 && found.length < limit) {
    const current = stack.pop() as Node;
    if (!isElement(current)) continue;
    if (tags.has(tagOf(current))) found.push(current);
    else for (let index = current.childNodes.length - 1; index >= 0; index -= 1) stack.push(current.childNodes[index] as Node);
  }
  return found;
}

function collapse(text: string): string {
  return text
    .split(lineBreak)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** The visible text of an element, `<br>` as a newline, block edges as spaces. */
function inlineText(node: Node, options: { skipLists: boolean; depth: number }): string {
  if (!isElement(node)) return node.nodeType === 3 ? node.text : '';
  const tag = tagOf(node);
  if (ignoredTags.has(tag) || node.hasAttribute('hidden')) return '';
  if (tag === 'br') return lineBreak;
  if (options.skipLists && (tag === 'ul' || tag === 'ol')) return '';
  if (options.depth > maxDepth) return flatText(node);
  const inner = node.childNodes.map((child) => inlineText(child, { ...options, depth: options.depth + 1 })).join('');
  return blockTags.has(tag) || tag === 'td' || tag === 'th' ? ` ${inner} ` : inner;
}

function listLines(list: HTMLElement, depth: number): string[] {
  const ordered = tagOf(list) === 'ol';
  const lines: string[] = [];
  let number = Number(list.getAttribute('start') ?? '1') || 1;
  for (const item of list.childNodes) {
    if (!isElement(item) || tagOf(item) !== 'li') continue;
    const text = collapse(inlineText(item, { skipLists: true, depth })).replace(/\n/gu, ' ');
    const marker = ordered ? `${number}.` : '-';
    number += 1;
    if (text) lines.push(`${'  '.repeat(Math.min(depth, 8))}${marker} ${text}`);
    if (depth > maxDepth) continue;
    // Lists inside this item; deeper ones are reached through their own parent item.
    for (const nested of findElements(item, listTags, Infinity)) lines.push(...listLines(nested, depth + 1));
  }
  return lines;
}

function tableRows(table: HTMLElement): string[] {
  const rows: string[] = [];
  const visit = (node: HTMLElement): void => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      const tag = tagOf(child);
      if (tag === 'table') continue;
      if (tag === 'tr') {
        const cells = child.childNodes
          .filter((cell): cell is HTMLElement => isElement(cell) && ['td', 'th'].includes(tagOf(cell)))
          .map((cell) => collapse(inlineText(cell, { skipLists: false, depth: 0 })).replace(/\n/gu, ' '));
        if (cells.some((cell) => cell.length > 0)) rows.push(cells.join(' | '));
      } else visit(child);
    }
  };
  visit(table);
  return rows;
}

/**
 * Extracts an HTML document; the title comes from `<title>`, else the first `<h1>`.
 * @example
 * extractHtml('<title>안내</title><h2>환불</h2><p>7일 이내 가능합니다.</p>').title; // '안내'
 */
export function extractHtml(html: string): { text: string; sections: DocumentSection[]; title: string | null } {
  const root = parse(withoutComments(html), { comment: false, blockTextElements: { script: true, style: true, noscript: true } });
  const builder = new DocumentBuilder();
  let buffer: string[] = [];
  const flush = (): void => {
    if (buffer.length > 0) builder.paragraph(collapse(buffer.join('')));
    buffer = [];
  };
  const walk = (node: Node, depth: number): void => {
    if (!isElement(node)) {
      if (node.nodeType === 3) buffer.push(node.text);
      return;
    }
    const tag = tagOf(node);
    if (ignoredTags.has(tag) || node.hasAttribute('hidden')) return;
    const heading = /^h([1-6])$/u.exec(tag);
    if (heading) {
      flush();
      builder.heading(collapse(inlineText(node, { skipLists: false, depth })), Number(heading[1]));
    } else if (tag === 'table') {
      flush();
      const caption = node.childNodes.find((child): child is HTMLElement => isElement(child) && tagOf(child) === 'caption');
      if (caption) builder.paragraph(collapse(inlineText(caption, { skipLists: false, depth })));
      builder.tableRows(tableRows(node));
    } else if (tag === 'ul' || tag === 'ol') {
      flush();
      builder.paragraph(listLines(node, 0).join('\n'));
    } else if (tag === 'pre') {
      flush();
      builder.paragraph(node.text);
    } else if (tag === 'br') {
      buffer.push(lineBreak);
    } else if (depth > maxDepth) {
      buffer.push(flatText(node));
    } else if (blockTags.has(tag)) {
      flush();
      for (const child of node.childNodes) walk(child, depth + 1);
      flush();
    } else {
      for (const child of node.childNodes) walk(child, depth + 1);
    }
  };
  walk(root, 0);
  flush();
  const titleElement = findElements(root, new Set(['title']), 1)[0];
  const title = titleElement ? collapse(titleElement.text) : '';
  return { ...builder.build(), title: title || builder.firstHeading };
}

/**
 * Comments removed in one pass; an unclosed one runs to the end, as in a browser. The parser finds comments itself, but
 * a document of many unclosed `<!--` costs it quadratic time.
 */
function withoutComments(html: string): string {
  let start = html.indexOf('<!--');
  if (start < 0) return html;
  const kept: string[] = [];
  let position = 0;
  while (start >= 0) {
    kept.push(html.slice(position, start));
    const end = html.indexOf('-->', start + 4);
    if (end < 0) return kept.join('');
    position = end + 3;
    start = html.indexOf('<!--', position);
  }
  kept.push(html.slice(position));
  return kept.join('');
}
