// `genstack audit …`: verify the hash-chained audit log (or an export of it), export it as JSONL, list recent records.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { GenstackError } from '../../core/index.ts';
import { verifyAuditExport, type AuditVerification } from '../../guard/audit/index.ts';
import { openPlatformForCommand, parseFlags, print, table, type Command, type CommandIo } from '../command.ts';

const usage = `genstack audit verify [--file export.jsonl]
  | export [--out file] [--since iso] [--until iso] [--workspace w] [--event e] [--conversation id]
  | list [--limit n] [--workspace w] [--event e] [--conversation id]      [--data dir] [--json]`;

function report(io: CommandIo, options: { json: boolean | undefined; result: AuditVerification; what: string }): number {
  const { result } = options;
  print(io, {
    json: options.json,
    value: result,
    human: () =>
      result.ok
        ? `${options.what} is intact: ${result.checked} records checked.`
        : [
            `${options.what} has been tampered with: ${result.problems.length} problem(s) in ${result.checked} records.`,
            table([
              ['SEQ', 'KIND', 'DETAIL'],
              ...result.problems.map((problem) => [
                String(problem.seq),
                problem.kind,
                problem.line === undefined ? problem.detail : `line ${problem.line}: ${problem.detail}`,
              ]),
            ]),
          ].join('\n'),
  });
  return result.ok ? 0 : 1;
}

function isoFlag(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && Number.isNaN(Date.parse(value)))
    throw new GenstackError({ code: 'invalid_request', message: `--${name} is an ISO date or time, got '${value}'.` });
  return value === undefined ? undefined : new Date(value).toISOString();
}

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Audit log: verify the hash chain, export JSONL, list records',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      file: { type: 'string' },
      out: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      workspace: { type: 'string' },
      event: { type: 'string' },
      conversation: { type: 'string' },
      limit: { type: 'string' },
    });
    const [action] = positionals;
    if (action === 'verify' && values.file) {
      const text = readFileSync(resolve(io.cwd, values.file), 'utf8');
      return report(io, { json: values.json, result: verifyAuditExport(text.split('\n')), what: `The export ${values.file}` });
    }
    if (!['verify', 'export', 'list'].includes(action ?? ''))
      throw new GenstackError({ code: 'invalid_request', message: `Unknown action '${action ?? ''}'. Usage: ${usage}` });
    const since = isoFlag('since', values.since);
    const until = isoFlag('until', values.until);
    const filter = {
      ...(values.workspace ? { workspace: values.workspace } : {}),
      ...(values.event ? { event: values.event } : {}),
      ...(values.conversation ? { conversationId: values.conversation } : {}),
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
    };
    const platform = await openPlatformForCommand({ io, values });
    try {
      if (action === 'verify') return report(io, { json: values.json, result: platform.audit.verify(), what: 'The audit log' });
      if (action === 'export') {
        const descriptor = values.out ? openSync(resolve(io.cwd, values.out), 'w') : undefined;
        let records = -2;
        try {
          for (const line of platform.audit.export(filter)) {
            if (descriptor === undefined) io.stdout.write(line + '\n');
            else writeSync(descriptor, line + '\n');
            records += 1;
          }
        } finally {
          if (descriptor !== undefined) closeSync(descriptor);
        }
        if (values.out) io.stderr.write(`Exported ${records} records to ${values.out}.\n`);
        return 0;
      }
      const limit = Number(values.limit ?? 50);
      if (!Number.isInteger(limit) || limit < 1)
        throw new GenstackError({ code: 'invalid_request', message: `--limit is a positive whole number, got '${values.limit}'.` });
      const last = platform.audit.list({ ...filter, limit, newest: true });
      print(io, {
        json: values.json,
        value: last,
        human: () =>
          last.length === 0
            ? 'No audit records.'
            : table([
                ['SEQ', 'AT', 'WORKSPACE', 'EVENT', 'ACTOR', 'ASSISTANT', 'DECISIONS'],
                ...last.map((record) => [
                  String(record.seq),
                  record.at.slice(0, 19),
                  record.workspace,
                  record.event,
                  [record.actorKind, record.keyName].filter(Boolean).join(':'),
                  record.assistantId ?? '',
                  record.decisions.map((decision) => `${decision.policy}=${decision.action}`).join(' '),
                ]),
              ]),
      });
      return 0;
    } finally {
      await platform.close();
    }
  },
};
