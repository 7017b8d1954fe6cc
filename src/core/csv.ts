// RFC 4180 CSV reading (delimiter detection: comma, semicolon or tab; quoted fields, doubled quotes, newlines inside quotes) and writing.

const candidates = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof candidates)[number];

/** Counts a delimiter per line outside quotes over the first lines. */
function delimiterCounts(text: string, delimiter: string): number[] {
  const counts: number[] = [];
  let count = 0;
  let quoted = false;
  for (let index = 0; index < text.length && counts.length < 20; index += 1) {
    const character = text[index];
    if (character === '"') quoted = !quoted;
    else if (!quoted && character === delimiter) count += 1;
    else if (!quoted && character === '\n') {
      counts.push(count);
      count = 0;
    }
  }
  if (count > 0 || counts.length === 0) counts.push(count);
  return counts;
}

/**
 * The delimiter whose count per line is highest and steadiest; comma when nothing fits.
 * @example
 * detectDelimiter('이름;가격\n사과;1000'); // ';'
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const delimiter of candidates) {
    const counts = delimiterCounts(text, delimiter);
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const steady = counts.filter((count) => count === first).length / counts.length;
    const score = first * steady;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Parses CSV into rows of fields. A stray quote inside an unquoted field is kept literally, as most readers do.
 * @example
 * parseCsv('a,"b ""c"""\n1,2', ','); // [['a', 'b "c"'], ['1', '2']]
 */
export function parseCsv(text: string, delimiter: CsvDelimiter): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  let fieldStarted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  while (index < text.length) {
    const character = text[index] as string;
    if (quoted) {
      if (character === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 1;
        } else quoted = false;
      } else field += character;
    } else if (character === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (character === delimiter) {
      endField();
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      endField();
      rows.push(row);
      row = [];
    } else {
      field += character;
      fieldStarted = true;
    }
    index += 1;
  }
  if (fieldStarted || field.length > 0 || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows.filter((fields) => fields.some((value) => value.trim().length > 0));
}

/** Quotes a field when it holds the delimiter, a quote, a line break or edge spaces. */
function csvField(value: string, delimiter: string): string {
  if (value === '') return '';
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value) || value.trim() !== value;
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes rows as RFC 4180 CSV with `\n` line ends; `parseCsv` reads it back to the same fields.
 * @example
 * formatCsv([['이름', '메모'], ['김', 'a,b']]); // '이름,메모\n김,"a,b"\n'
 */
export function formatCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ','): string {
  return rows.map((row) => row.map((value) => csvField(value, delimiter)).join(delimiter)).join('\n') + '\n';
}
