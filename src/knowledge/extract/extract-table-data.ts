// CSV, JSON and JSON Lines: a header line and one self-describing line per record ("column: value; column: value").
import { GenstackError } from '../../core/errors.ts';
import type { DocumentSection } from '../types.ts';
import { DocumentBuilder } from './document-builder.ts';
import { detectDelimiter, parseCsv, type CsvDelimiter } from '../../core/index.ts';

interface Extracted {
  text: string;
  sections: DocumentSection[];
  title: string | null;
}

/** Nesting deeper than this is summarised, so hostile JSON cannot exhaust the stack. */
const maxDepth = 32;

function oneLine(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/**
 * Extracts CSV (or TSV): the header as the first line, then each row as a table-row section.
 * @example
 * extractCsv('name,price\n사과,1000').text; // 'name | price\n\nname: 사과; price: 1000'
 */
export function extractCsv(text: string, delimiter?: CsvDelimiter): Extracted {
  const rows = parseCsv(text, delimiter ?? detectDelimiter(text));
  const [header = [], ...records] = rows;
  const columns = header.map((name, index) => oneLine(name) || `column ${index + 1}`);
  const builder = new DocumentBuilder();
  builder.paragraph(columns.join(' | '));
  builder.tableRows(
    records.map((fields) =>
      fields
        .map((value, index) => ({ name: columns[index] ?? `column ${index + 1}`, value: oneLine(value) }))
        .filter((field) => field.value.length > 0)
        .map((field) => `${field.name}: ${field.value}`)
        .join('; '),
    ),
  );
  return { ...builder.build(), title: null };
}

function scalar(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return oneLine(value);
  return String(value);
}

/** Flattens a value into `path: value` pairs; arrays of scalars become one comma-separated value. */
function flatten(value: unknown, path: string, depth: number): Array<[string, string]> {
  if (value === null || typeof value !== 'object') return [[path, scalar(value)]];
  if (depth >= maxDepth) return [[path, '…']];
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) return [[path, value.map(scalar).join(', ')]];
    return value.flatMap((item, index) => flatten(item, `${path}[${index}]`, depth + 1));
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return [[path, '{}']];
  return entries.flatMap(([key, item]) => flatten(item, path ? `${path}.${key}` : key, depth + 1));
}

function pairsToText(pairs: Array<[string, string]>, separator: string): string {
  return pairs.map(([path, value]) => (path ? `${path}: ${value}` : value)).join(separator);
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new GenstackError({ code: 'unprocessable', message: `Invalid JSON${where}: ${reason}`, cause: error });
  }
}

function titleOf(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const title = record['title'] ?? record['name'];
  return typeof title === 'string' && oneLine(title) ? oneLine(title).slice(0, 200) : null;
}

/**
 * Extracts JSON: an array of records gives one table-row per record; an object gives one paragraph per top-level key
 * with one `a.b: value` line per leaf.
 * @example
 * extractJson('{"plan":{"name":"기본","price":10000}}').text; // 'plan.name: 기본\nplan.price: 10000'
 */
export function extractJson(text: string): Extracted {
  const value = parseJson(text, '');
  const builder = new DocumentBuilder();
  if (Array.isArray(value)) {
    builder.tableRows(value.map((item) => pairsToText(flatten(item, '', 0), '; ')));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      builder.paragraph(pairsToText(flatten(item, key, 1), '\n'));
    }
  } else builder.paragraph(scalar(value));
  return { ...builder.build(), title: titleOf(value) };
}

/**
 * Extracts JSON Lines: one table-row section per record.
 * @example
 * extractJsonLines('{"q":"환불?"}\n{"q":"배송?"}').sections.length; // 2
 */
export function extractJsonLines(text: string): Extracted {
  const builder = new DocumentBuilder();
  const records = text.split('\n').flatMap((line, index) => {
    if (!line.trim()) return [];
    return [pairsToText(flatten(parseJson(line, ` on line ${index + 1}`), '', 0), '; ')];
  });
  builder.tableRows(records);
  return { ...builder.build(), title: null };
}
