// Group commit for the audit log: records asked for in one event-loop turn are appended in one transaction.
import type { AuditEventInput, AuditRecord } from './audit-types.ts';

interface Waiting {
  input: AuditEventInput;
  resolve: (record: AuditRecord) => void;
  reject: (error: unknown) => void;
}

/**
 * An `appendSoon` that queues records and writes them at the next `setImmediate`, after the turn's pending I/O (such as
 * an upstream request just sent) has gone out: many concurrent requests then share one transaction, its commit and
 * one head-file write, and a single request's record is written while its upstream call is in flight. When the batch
 * fails, each record is tried alone, so one bad record fails only its own request.
 *
 * @example
 * const appendSoon = createGroupCommit({ appendAll: (inputs) => inputs.map(write) });
 * const record = await appendSoon({ event: 'chat.completion' });
 */
export function createGroupCommit(options: {
  appendAll: (inputs: readonly AuditEventInput[]) => AuditRecord[];
}): (input: AuditEventInput) => Promise<AuditRecord> {
  let waiting: Waiting[] = [];

  function flush(): void {
    const batch = waiting;
    waiting = [];
    try {
      const records = options.appendAll(batch.map((entry) => entry.input));
      batch.forEach((entry, index) => entry.resolve(records[index]!));
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      else for (const entry of batch) appendAlone(entry);
    }
  }

  function appendAlone(entry: Waiting): void {
    try {
      entry.resolve(options.appendAll([entry.input])[0]!);
    } catch (error) {
      entry.reject(error);
    }
  }

  return (input) =>
    new Promise<AuditRecord>((resolve, reject) => {
      if (waiting.length === 0) setImmediate(flush);
      waiting.push({ input, resolve, reject });
    });
}
