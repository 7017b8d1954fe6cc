// The JSONL export of the audit log (header, records, trailer) and its stand-alone verification.
import { z } from 'zod';
import { createChainCheck } from './audit-chain-check.ts';
import type { AuditFilter, AuditRecord, AuditVerification } from './audit-types.ts';

export const exportFormat = 'genstack-audit-export';
const pageSize = 500;

export type ExportFilter = Omit<AuditFilter, 'limit' | 'afterSeq' | 'newest'>;

/** Pages through the log instead of holding one cursor, so a slow reader never keeps the connection busy. */
export function* exportAuditLines(options: {
  list: (filter: AuditFilter) => AuditRecord[];
  filter: ExportFilter;
  now: () => Date;
}): Generator<string> {
  const filters = Object.fromEntries(Object.entries(options.filter).filter(([, value]) => value !== undefined));
  yield JSON.stringify({ format: exportFormat, version: 1, exportedAt: options.now().toISOString(), filters });
  let afterSeq = 0;
  let count = 0;
  let last: AuditRecord | undefined;
  for (;;) {
    const page = options.list({ ...options.filter, afterSeq, limit: pageSize });
    for (const record of page) yield JSON.stringify(record);
    count += page.length;
    last = page.at(-1) ?? last;
    if (page.length < pageSize || !last) break;
    afterSeq = last.seq;
  }
  yield JSON.stringify({ end: true, count, lastSeq: last?.seq ?? null, lastHash: last?.hash ?? null });
}

const headerSchema = z.object({ format: z.literal(exportFormat), version: z.literal(1), filters: z.record(z.string(), z.unknown()) });
const trailerSchema = z.object({ end: z.literal(true), count: z.number().int(), lastHash: z.string().nullable() });
const recordSchema = z.looseObject({ seq: z.number().int().positive(), hash: z.string(), prevHash: z.string() });

/**
 * Verifies an export without the database: each record's hash, the links between consecutive records, no gaps in an
 * unfiltered export, and a trailer that matches. A complete rewrite of every hash is only caught against an anchor kept
 * elsewhere (the live log or its head file).
 * @example
 * const result = verifyAuditExport(readFileSync('audit.jsonl', 'utf8').split('\n'));
 */
export function verifyAuditExport(lines: Iterable<string>): AuditVerification {
  let lineNumber = 0;
  let header: z.infer<typeof headerSchema> | undefined;
  let trailer: z.infer<typeof trailerSchema> | undefined;
  let check: ReturnType<typeof createChainCheck> | undefined;
  const extra: AuditVerification['problems'] = [];
  const chain = () => (check ??= createChainCheck({ contiguous: !header || Object.keys(header.filters).length === 0 }));
  for (const text of lines) {
    lineNumber += 1;
    if (!text.trim()) continue;
    const nextSeq = (check?.last?.seq ?? 0) + 1;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      chain().unreadable({ seq: nextSeq, storedHash: '', detail: `line ${lineNumber} is not JSON`, line: lineNumber });
      continue;
    }
    if (trailer) {
      extra.push({ seq: 0, kind: 'altered', detail: `line ${lineNumber} follows the trailer`, line: lineNumber });
      continue;
    }
    if (lineNumber === 1 && headerSchema.safeParse(value).success) {
      header = headerSchema.parse(value);
      continue;
    }
    const end = trailerSchema.safeParse(value);
    if (end.success) {
      trailer = end.data;
      continue;
    }
    const record = recordSchema.safeParse(value);
    if (!record.success) {
      chain().unreadable({ seq: nextSeq, storedHash: '', detail: `line ${lineNumber} is not an audit record`, line: lineNumber });
      continue;
    }
    chain().add(record.data as unknown as AuditRecord, lineNumber);
  }
  const result = chain();
  const problems = [...result.problems, ...extra];
  if (!header) problems.unshift({ seq: 0, kind: 'altered', detail: 'the export has no header line', line: 1 });
  const last = result.last;
  if (!trailer)
    problems.push({ seq: (last?.seq ?? 0) + 1, kind: 'truncated', detail: 'the export ends without its trailer line (cut short)' });
  else if (trailer.count !== result.checked)
    problems.push({
      seq: 0,
      kind: 'missing',
      detail: `the trailer counts ${trailer.count} records but the export holds ${result.checked}`,
    });
  else if (trailer.lastHash !== (last?.hash ?? null))
    problems.push({ seq: last?.seq ?? 0, kind: 'altered', detail: 'the trailer names a different last hash' });
  return { ok: problems.length === 0, checked: result.checked, problems };
}
