// Walks records in seq order and reports what breaks the chain: a changed record, a gap, a link that does not match.
import { genesisHash, hashAuditRecord } from './audit-hash.ts';
import type { AuditProblem, AuditRecord } from './audit-types.ts';

export interface ChainCheck {
  /** A readable record; `line` when it comes from an export file. */
  add(record: AuditRecord, line?: number): void;
  /** A record that could not be read; `storedHash` keeps the next link checkable. */
  unreadable(options: { seq: number; storedHash: string; detail: string; line?: number }): void;
  readonly problems: AuditProblem[];
  readonly checked: number;
  readonly last: { seq: number; hash: string } | undefined;
}

/**
 * @example
 * const check = createChainCheck({ contiguous: true });
 * for (const record of records) check.add(record);
 */
export function createChainCheck(settings: { contiguous: boolean }): ChainCheck {
  const problems: AuditProblem[] = [];
  let previous: { seq: number; hash: string } | undefined;
  let checked = 0;
  const at = (line: number | undefined) => (line === undefined ? {} : { line });

  function link(options: { seq: number; prevHash: string | undefined; line: number | undefined }): void {
    const { seq, prevHash, line } = options;
    const expectedStart = previous ? previous.seq + 1 : 1;
    if (previous && seq <= previous.seq) {
      problems.push({ seq, kind: 'altered', detail: `record ${seq} comes after record ${previous.seq} (out of order)`, ...at(line) });
      return;
    }
    if (seq > expectedStart) {
      if (settings.contiguous)
        problems.push({
          seq: expectedStart,
          kind: 'missing',
          detail: seq - 1 === expectedStart ? `record ${expectedStart} is missing` : `records ${expectedStart}–${seq - 1} are missing`,
          ...at(line),
        });
      return;
    }
    const expected = previous ? previous.hash : genesisHash;
    if (prevHash !== undefined && prevHash !== expected)
      problems.push({
        seq,
        kind: 'chain-broken',
        detail: previous
          ? `record ${seq} does not link to record ${previous.seq} (its prev_hash differs from that record's hash)`
          : `record 1 does not start the chain (its prev_hash is not the genesis hash)`,
        ...at(line),
      });
  }
  return {
    add(record, line) {
      checked += 1;
      if (hashAuditRecord(record) !== record.hash)
        problems.push({ seq: record.seq, kind: 'altered', detail: `record ${record.seq} does not match its hash`, ...at(line) });
      link({ seq: record.seq, prevHash: record.prevHash, line });
      if (!previous || record.seq > previous.seq) previous = { seq: record.seq, hash: record.hash };
    },
    unreadable(options) {
      checked += 1;
      problems.push({ seq: options.seq, kind: 'altered', detail: options.detail, ...at(options.line) });
      link({ seq: options.seq, prevHash: undefined, line: options.line });
      if (!previous || options.seq > previous.seq) previous = { seq: options.seq, hash: options.storedHash };
    },
    problems,
    get checked() {
      return checked;
    },
    get last() {
      return previous;
    },
  };
}
