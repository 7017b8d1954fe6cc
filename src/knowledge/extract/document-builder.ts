// Builds the plain text of a document block by block, recording each block's span as a section so offsets are exact by construction.
import type { DocumentSection } from '../types.ts';
import { cleanText } from './decode-text.ts';

/** Blocks are separated by a blank line; rows of one table by a single newline. */
const blockSeparator = '\n\n';

export class DocumentBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly sections: DocumentSection[] = [];
  private pageStart: number | null = null;

  /** Text of the first heading of level 1, a fallback title. */
  firstHeading: string | null = null;

  private append(text: string, separator: string): { start: number; end: number } {
    if (this.length > 0) {
      this.parts.push(separator);
      this.length += separator.length;
    }
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    return { start, end: this.length };
  }

  /** Adds a paragraph (inner newlines kept, outer whitespace trimmed); empty text adds nothing. */
  paragraph(raw: string): void {
    const text = cleanText(raw)
      .replace(/[ \t]+$/gmu, '')
      .trim();
    if (!text) return;
    this.sections.push({ kind: 'paragraph', ...this.append(text, blockSeparator) });
  }

  /** Adds a heading of level 1–6 on one line. */
  heading(raw: string, level: number): void {
    const text = cleanText(raw).replace(/\s+/gu, ' ').trim();
    if (!text) return;
    const clamped = Math.min(6, Math.max(1, Math.round(level)));
    if (clamped === 1 && this.firstHeading === null) this.firstHeading = text;
    this.sections.push({ kind: 'heading', level: clamped, title: text, ...this.append(text, blockSeparator) });
  }

  /** Adds table rows, one line each; the first row is set apart from the block before by a blank line. */
  tableRows(rows: string[]): void {
    let first = true;
    for (const raw of rows) {
      const text = cleanText(raw).replace(/\s+/gu, ' ').trim();
      if (!text) continue;
      this.sections.push({ kind: 'table-row', ...this.append(text, first ? blockSeparator : '\n') });
      first = false;
    }
  }

  /** Marks the start of a page: the blocks added until `endPage` belong to it. */
  startPage(): void {
    this.pageStart = this.sections.length;
  }

  /** Closes the page opened by `startPage`; a page without text gets no section. */
  endPage(pageNumber: number): void {
    const firstIndex = this.pageStart;
    this.pageStart = null;
    if (firstIndex === null || firstIndex >= this.sections.length) return;
    const start = this.sections[firstIndex]?.start ?? this.length;
    const page: DocumentSection = { kind: 'page', level: pageNumber, title: `Page ${pageNumber}`, start, end: this.length };
    // Keep sections ordered by start: the page goes before its first block.
    this.sections.splice(firstIndex, 0, page);
  }

  build(): { text: string; sections: DocumentSection[] } {
    return { text: this.parts.join(''), sections: this.sections };
  }
}
