// The structural units of a document for chunking: headings, paragraphs and table rows, each with its page.
import type { DocumentSection, ExtractedDocument } from '../types.ts';

export interface Unit {
  kind: 'heading' | 'paragraph' | 'table-row';
  start: number;
  end: number;
  page: number | null;
  level: number;
  title: string;
}

function isSpace(character: string | undefined): boolean {
  return character !== undefined && /\s/u.test(character);
}

/** Narrows a span to its non-blank text; null when it is all blank. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  let to = end;
  while (from < to && isSpace(text[from])) from += 1;
  while (to > from && isSpace(text[to - 1])) to -= 1;
  return to > from ? { start: from, end: to } : null;
}

/** Finds the page holding an offset, by binary search over ordered page sections. */
function pageLookup(sections: DocumentSection[]): (offset: number) => number | null {
  const pages = sections.filter((section) => section.kind === 'page').sort((a, b) => a.start - b.start);
  return (offset) => {
    let low = 0;
    let high = pages.length - 1;
    let found: DocumentSection | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const page = pages[middle] as DocumentSection;
      if (page.start <= offset) {
        found = page;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found && offset < found.end ? (found.level ?? null) : null;
  };
}

/**
 * Lists a document's units in order. Sections are trusted where they are sane (in range, not overlapping); text that no
 * section covers is split into paragraphs at blank lines, so a document with no sections still chunks well.
 * @example
 * documentUnits({ text: 'a\n\nb', sections: [], ... }); // two paragraph units
 */
export function documentUnits(document: Pick<ExtractedDocument, 'text' | 'sections'>): Unit[] {
  const { text } = document;
  const pageOf = pageLookup(document.sections);
  const structural = document.sections
    .filter((section) => section.kind !== 'page' && section.start >= 0 && section.end <= text.length && section.end > section.start)
    .sort((a, b) => a.start - b.start);
  const units: Unit[] = [];
  const push = (kind: Unit['kind'], span: { start: number; end: number } | null, section?: DocumentSection): void => {
    if (!span) return;
    const title = kind === 'heading' ? (section?.title ?? text.slice(span.start, span.end)).replace(/\s+/gu, ' ') : '';
    units.push({ kind, ...span, page: pageOf(span.start), level: section?.level ?? 1, title });
  };
  const addGap = (from: number, to: number): void => {
    if (to <= from) return;
    const gap = text.slice(from, to);
    for (const match of gap.matchAll(/\S(?:[^\n]|\n(?![ \t]*\n))*/gu)) {
      push('paragraph', trimSpan(text, from + match.index, from + match.index + match[0].length));
    }
  };
  let covered = 0;
  for (const section of structural) {
    if (section.start < covered) continue;
    addGap(covered, section.start);
    push(section.kind as Unit['kind'], trimSpan(text, section.start, section.end), section);
    covered = section.end;
  }
  addGap(covered, text.length);
  return units;
}
