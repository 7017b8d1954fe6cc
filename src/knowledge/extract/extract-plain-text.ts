// Plain text: the text itself, with each blank-line separated block as a paragraph section.
import type { DocumentSection } from '../types.ts';
import { cleanText } from './decode-text.ts';

/**
 * Splits plain text into paragraph sections without changing the text.
 * @example
 * extractPlainText('첫 문단.\n\n둘째 문단.').sections.length; // 2
 */
export function extractPlainText(raw: string): { text: string; sections: DocumentSection[] } {
  const text = cleanText(raw);
  const sections: DocumentSection[] = [];
  for (const match of text.matchAll(/\S(?:[^\n]|\n(?![ \t]*\n))*/gu)) {
    const end = match.index + match[0].trimEnd().length;
    sections.push({ kind: 'paragraph', start: match.index, end });
  }
  return { text, sections };
}
