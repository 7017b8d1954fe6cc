// PDF via pdf.js: text per page, lines rebuilt from positioned text items, paragraphs split at vertical gaps, pages as sections.
import { GenstackError } from '../../core/errors.ts';
import type { DocumentSection } from '../types.ts';
import { DocumentBuilder } from './document-builder.ts';

interface PositionedText {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

const listMarker = /^([-•·*▪◦‣]|\d{1,3}[.)]|[가-힣a-z][.)])\s/u;

function isPositionedText(item: object): item is PositionedText {
  return 'str' in item && 'transform' in item;
}

/** Groups text items into lines: pdf.js marks line ends with hasEOL; a jump in y also starts a new line. */
function toLines(items: PositionedText[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let lastEnd = 0;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const height = Math.abs(item.height || item.transform[3] || 10);
    if (current && Math.abs(current.y - y) > height * 0.5 && item.str.trim()) {
      lines.push(current);
      current = null;
    }
    if (!current) current = { text: '', y, height };
    else if (item.str && x - lastEnd > height * 0.2 && !/\s$/u.test(current.text) && !/^\s/u.test(item.str)) current.text += ' ';
    current.text += item.str;
    lastEnd = x + item.width;
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.text.trim().length > 0);
}

/** Joins the lines of a page into paragraphs: a gap larger than 1.5 line heights breaks a paragraph, list items start a line. */
function toParagraphs(lines: Line[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let previous: Line | null = null;
  for (const line of lines) {
    const text = line.text.replace(/\s+/gu, ' ').trim();
    const gap = previous ? Math.abs(previous.y - line.y) : 0;
    if (previous && gap > Math.max(previous.height, line.height) * 1.6) {
      paragraphs.push(current);
      current = '';
    }
    if (!current) current = text;
    else if (listMarker.test(text)) current += `\n${text}`;
    // A hyphen at a line end before a lower-case letter is a word broken across lines.
    else if (/[a-z]-$/u.test(current) && /^[a-z]/u.test(text)) current = current.slice(0, -1) + text;
    else current += ` ${text}`;
    previous = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

function unprocessable(reason: string, cause?: unknown): GenstackError {
  return new GenstackError({ code: 'unprocessable', message: `Could not read the PDF: ${reason}`, cause });
}

/**
 * Extracts a PDF's text, one page section per page (level = page number). The title comes from the metadata, else the
 * first line.
 * @example
 * const document = await extractPdf(bytes); // { text, sections: [{ kind: 'page', level: 1, ... }, ...], title }
 */
export async function extractPdf(bytes: Uint8Array): Promise<{ text: string; sections: DocumentSection[]; title: string | null }> {
  // Loaded only when a PDF arrives: pdf.js is large.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw unprocessable('it is password-protected', error);
    throw unprocessable(error instanceof Error ? error.message : String(error), error);
  }
  try {
    const builder = new DocumentBuilder();
    let firstLine: string | null = null;
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber += 1) {
      const page = await pdf.getPage(pageNumber);
      const content = await page.getTextContent();
      const lines = toLines((content.items as object[]).filter(isPositionedText));
      firstLine ??= lines[0]?.text.replace(/\s+/gu, ' ').trim().slice(0, 200) ?? null;
      const paragraphs = toParagraphs(lines);
      builder.startPage();
      for (const paragraph of paragraphs) builder.paragraph(paragraph);
      builder.endPage(pageNumber);
      page.cleanup();
    }
    const metadata = await pdf.getMetadata().catch(() => null);
    const info = metadata?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : firstLine;
    return { ...builder.build(), title };
  } catch (error) {
    if (error instanceof GenstackError) throw error;
    throw unprocessable(error instanceof Error ? error.message : String(error), error);
  } finally {
    await pdf.destroy();
  }
}
