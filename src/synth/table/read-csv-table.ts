// CSV text ↔ RawTable: a checked header, rectangular rows and a row limit, so later steps can trust the shape.
import { detectDelimiter, formatCsv, parseCsv, type CsvDelimiter } from '../../core/csv.ts';
import { GenstackError } from '../../core/errors.ts';
import type { RawTable } from './types.ts';

export interface ReadCsvTableOptions {
  /** Data rows allowed before the table is refused as too large (default 1,000,000). */
  maxRows?: number;
}

const defaultMaxRows = 1_000_000;

function checkedHeader(header: readonly string[]): string[] {
  const columns = header.map((name) => name.trim());
  const firstPosition = new Map<string, number>();
  columns.forEach((name, index) => {
    if (name === '') {
      throw new GenstackError({ code: 'invalid_request', message: `Column ${index + 1} of the CSV header has an empty name.` });
    }
    const earlier = firstPosition.get(name);
    if (earlier !== undefined) {
      throw new GenstackError({
        code: 'invalid_request',
        message: `Column name '${name}' appears twice in the CSV header (columns ${earlier + 1} and ${index + 1}); names must be unique.`,
      });
    }
    firstPosition.set(name, index);
  });
  return columns;
}

/**
 * The 1-based text line where parsed record `recordIndex` starts. Mirrors parseCsv (quotes, CR/LF, blank records
 * dropped) so a reported line number is the one an editor shows, even after blank lines or quoted line breaks.
 */
function recordStartLine(text: string, recordIndex: number, delimiter: CsvDelimiter): number {
  let line = 1;
  let recordLine = 1;
  let kept = 0;
  let hasContent = false;
  let quoted = false;
  let fieldStarted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        hasContent = true;
        index += 1;
      } else if (character === '"') quoted = false;
      else if (character === '\n' || character === '\r') {
        if (character === '\r' && text[index + 1] === '\n') index += 1;
        line += 1;
      } else if (character?.trim()) hasContent = true;
    } else if (character === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      if (hasContent) {
        if (kept === recordIndex) return recordLine;
        kept += 1;
      }
      line += 1;
      recordLine = line;
      hasContent = false;
      fieldStarted = false;
    } else if (character === delimiter) {
      fieldStarted = false;
    } else {
      fieldStarted = true;
      if (character?.trim()) hasContent = true;
    }
  }
  return recordLine;
}

/**
 * Reads CSV text (comma, semicolon or tab; a UTF-8 BOM is dropped) into a header and string rows.
 * @throws GenstackError invalid_request for an empty/duplicate column name, a row with a different field count or
 * no data rows; payload_too_large past `maxRows`.
 * @example
 * readCsvTable('나이,지역\n31,서울\n45,부산'); // { columns: ['나이', '지역'], rows: [['31', '서울'], ['45', '부산']] }
 */
export function readCsvTable(text: string, options: ReadCsvTableOptions = {}): RawTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const records = parseCsv(body, delimiter);
  const [header, ...rows] = records;
  if (!header) throw new GenstackError({ code: 'invalid_request', message: 'The CSV is empty: it needs a header row and data rows.' });
  const columns = checkedHeader(header);
  if (rows.length === 0) throw new GenstackError({ code: 'invalid_request', message: 'The CSV has a header but no data rows.' });
  const maxRows = options.maxRows ?? defaultMaxRows;
  if (rows.length > maxRows) {
    throw new GenstackError({
      code: 'payload_too_large',
      message: `The CSV has ${rows.length} data rows; at most ${maxRows} are allowed.`,
    });
  }
  for (let index = 0; index < rows.length; index += 1) {
    const fieldCount = rows[index]?.length ?? 0;
    if (fieldCount !== columns.length) {
      const line = recordStartLine(body, index + 1, delimiter);
      throw new GenstackError({
        code: 'invalid_request',
        message: `CSV line ${line} has ${fieldCount} fields but the header has ${columns.length} columns.`,
        details: { line, fields: fieldCount, columns: columns.length },
      });
    }
  }
  return { columns, rows };
}

/**
 * Writes a RawTable as comma-separated CSV (RFC 4180 quoting, `\n` line ends).
 * @example
 * writeCsvTable({ columns: ['이름', '메모'], rows: [['김', 'a,b']] }); // '이름,메모\n김,"a,b"\n'
 */
export function writeCsvTable(raw: RawTable): string {
  return formatCsv([raw.columns, ...raw.rows]);
}
