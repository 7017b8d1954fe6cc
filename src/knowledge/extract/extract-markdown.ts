// Markdown: headings become heading sections, tables become table rows, code fences are kept verbatim, inline markup is stripped.
import { DocumentBuilder } from './document-builder.ts';
import { cleanText } from './decode-text.ts';
import { stripInlineMarkdown } from './markdown-inline.ts';

const fencePattern = /^ {0,3}(`{3,}|~{3,})/u;
const headingPattern = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u;
const tableSeparatorPattern = /^ {0,3}\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/u;
const listPattern = /^(\s*)([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/u;

function tableCells(line: string): string[] {
  const trimmed = line
    .trim()
    .replace(/^\|/u, '')
    .replace(/(?<!\\)\|$/u, '');
  return trimmed.split(/(?<!\\)\|/u).map((cell) => stripInlineMarkdown(cell.trim().replace(/\\\|/gu, '|')));
}

function frontMatterTitle(lines: string[]): { title: string | null; skip: number } {
  if (lines[0]?.trim() !== '---') return { title: null, skip: 0 };
  const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/u.test(line));
  if (end < 0) return { title: null, skip: 0 };
  const titleLine = lines.slice(1, end).find((line) => /^title\s*:/iu.test(line));
  const title =
    titleLine
      ?.replace(/^title\s*:\s*/iu, '')
      .replace(/^["']|["']$/gu, '')
      .trim() || null;
  return { title, skip: end + 1 };
}

function readableLine(line: string): string {
  const list = listPattern.exec(line);
  if (list) {
    const indent = (list[1] ?? '').replace(/\t/gu, '  ');
    const marker = /\d/u.test(list[2] ?? '') ? (list[2] ?? '') : '-';
    return `${indent}${marker} ${stripInlineMarkdown(line.slice(list[0].length))}`;
  }
  return stripInlineMarkdown(line.replace(/^\s{0,3}(>\s?)+/u, '').trim());
}

/**
 * Extracts a Markdown document.
 * @example
 * extractMarkdown('# 요금제\n\n**기본** 요금은 월 1만 원입니다.').title; // '요금제'
 */
export function extractMarkdown(raw: string): {
  text: string;
  sections: ReturnType<DocumentBuilder['build']>['sections'];
  title: string | null;
} {
  const lines = cleanText(raw).split('\n');
  const { title: metadataTitle, skip } = frontMatterTitle(lines);
  const builder = new DocumentBuilder();
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) builder.paragraph(paragraph.join('\n'));
    paragraph = [];
  };
  for (let index = skip; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const fence = fencePattern.exec(line);
    if (fence) {
      flush();
      const closing = new RegExp(`^ {0,3}${fence[1]?.[0] === '`' ? '`' : '~'}{${fence[1]?.length ?? 3},}\\s*$`, 'u');
      const code = [line.trim()];
      for (index += 1; index < lines.length; index += 1) {
        code.push(lines[index] ?? '');
        if (closing.test(lines[index] ?? '')) break;
      }
      builder.paragraph(code.join('\n'));
      continue;
    }
    const heading = headingPattern.exec(line);
    if (heading) {
      flush();
      builder.heading(stripInlineMarkdown(heading[2] ?? ''), heading[1]?.length ?? 1);
      continue;
    }
    const next = lines[index + 1] ?? '';
    if (paragraph.length === 0 && line.trim() && /^ {0,3}(=+|-+)\s*$/u.test(next) && !listPattern.test(line)) {
      builder.heading(stripInlineMarkdown(line.trim()), next.includes('=') ? 1 : 2);
      index += 1;
      continue;
    }
    if (line.includes('|') && tableSeparatorPattern.test(next) && next.includes('-')) {
      flush();
      const rows = [tableCells(line)];
      for (index += 2; index < lines.length && (lines[index] ?? '').includes('|') && (lines[index] ?? '').trim(); index += 1) {
        rows.push(tableCells(lines[index] ?? ''));
      }
      index -= 1;
      builder.tableRows(rows.map((cells) => cells.join(' | ')));
      continue;
    }
    if (!line.trim() || /^ {0,3}([-*_])(\s*\1){2,}\s*$/u.test(line) || /^ {0,3}\[[^\]]+\]:\s*\S+/u.test(line)) {
      flush();
      continue;
    }
    paragraph.push(readableLine(line));
  }
  flush();
  const built = builder.build();
  return { ...built, title: metadataTitle ?? builder.firstHeading };
}
