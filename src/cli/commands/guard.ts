// `genstack guard scan|redact|restore`: find PII in a file or stdin, mask or redact it (with a vault to undo masks), and restore.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GenstackError } from '../../core/index.ts';
import { applyPiiActions, MaskVault } from '../../guard/masking/index.ts';
import { scanPii, type PiiFinding, type PiiLanguage } from '../../guard/pii/index.ts';
import { parseFlags, print, type Command, type CommandIo } from '../command.ts';

const usage = `genstack guard scan [--lang ko|en] [file|-] [--json]
  | guard redact [--mode mask|redact] [--vault vault.json] [--lang ko|en] [file|-] [--json]
  | guard restore --vault vault.json [file|-] [--json]          (stdin when the file is - or absent)`;

/** Larger inputs are refused rather than scanned slowly: this is a text tool, not a bulk pipeline. */
const inputLimitBytes = 10 * 1024 * 1024;

function inputTooLarge(where: string): GenstackError {
  return new GenstackError({ code: 'payload_too_large', message: `${where} is larger than ${inputLimitBytes / 1024 / 1024} MB.` });
}

function decode(bytes: Buffer): string {
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > inputLimitBytes) {
      process.stdin.destroy();
      throw inputTooLarge('The standard input');
    }
    chunks.push(chunk);
  }
  return decode(Buffer.concat(chunks));
}

function readTextFile(options: { io: CommandIo; path: string; what: string }): string {
  const path = resolve(options.io.cwd, options.path);
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new GenstackError({ code: 'invalid_request', message: `${options.what} '${options.path}' is not a file.` });
    if (stats.size > inputLimitBytes) throw inputTooLarge(`${options.what} '${options.path}'`);
    return decode(readFileSync(path));
  } catch (error) {
    if (GenstackError.is(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new GenstackError({ code: 'not_found', message: `${options.what} '${options.path}' does not exist.`, cause: error });
    throw new GenstackError({
      code: 'invalid_request',
      message: `Cannot read ${options.what} '${options.path}': ${code ?? String(error)}`,
      cause: error,
    });
  }
}

function readInput(options: { io: CommandIo; path: string | undefined }): Promise<string> | string {
  if (options.path === undefined || options.path === '-') return readStdin();
  return readTextFile({ io: options.io, path: options.path, what: 'Input file' });
}

function parseLang(value: string | undefined): PiiLanguage | undefined {
  if (value === undefined || value === 'ko' || value === 'en') return value;
  throw new GenstackError({ code: 'invalid_request', message: `--lang must be ko or en, got '${value}'` });
}

function loadVault(options: { io: CommandIo; path: string; mustExist: boolean }): MaskVault {
  if (!options.mustExist && !existsSync(resolve(options.io.cwd, options.path))) return new MaskVault();
  const text = readTextFile({ io: options.io, path: options.path, what: 'Vault file' });
  try {
    return MaskVault.fromJSON(JSON.parse(text));
  } catch (error) {
    if (GenstackError.is(error))
      throw new GenstackError({ code: 'invalid_request', message: `Vault file '${options.path}': ${error.message}` });
    throw new GenstackError({ code: 'invalid_request', message: `Vault file '${options.path}' is not valid JSON.`, cause: error });
  }
}

/** Written beside the target and renamed over it, readable by the owner only: the vault holds the original values. */
function saveVault(options: { io: CommandIo; path: string; vault: MaskVault }): void {
  const path = resolve(options.io.cwd, options.path);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(options.vault, null, 2) + '\n', { mode: 0o600 });
  renameSync(temporary, path);
}

function publicFindings(findings: readonly PiiFinding[]) {
  return findings.map(({ type, start, end, text, score }) => ({ type, start, end, text, score }));
}

/** The text as it is, with a final newline only when it lacks one, so `redact | restore` gives back the input. */
function writeText(io: CommandIo, text: string): void {
  io.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

export const guardCommand: Command = {
  name: 'guard',
  summary: 'Find, mask, redact and restore personal data (PII) in text',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { lang: { type: 'string' }, mode: { type: 'string' }, vault: { type: 'string' } });
    const [action, file, extra] = positionals;
    if (extra !== undefined)
      throw new GenstackError({ code: 'invalid_request', message: `guard ${action} takes one file; got '${extra}' too.` });
    const lang = parseLang(values.lang);
    switch (action) {
      case 'scan': {
        const findings = publicFindings(scanPii(await readInput({ io, path: file }), lang ? { lang } : {}));
        print(io, {
          json: values.json,
          value: findings,
          human: () =>
            findings.length === 0
              ? 'No PII found.'
              : findings
                  .map((finding) => `${finding.type} ${finding.start}-${finding.end} ${finding.score.toFixed(2)} ${finding.text}`)
                  .join('\n'),
        });
        return 0;
      }
      case 'redact': {
        const mode = values.mode ?? 'mask';
        if (mode !== 'mask' && mode !== 'redact')
          throw new GenstackError({ code: 'invalid_request', message: `--mode must be mask or redact, got '${mode}'` });
        if (values.vault && mode !== 'mask')
          throw new GenstackError({
            code: 'invalid_request',
            message: '--vault only applies to --mode mask (redaction cannot be undone).',
          });
        const text = await readInput({ io, path: file });
        const vault = values.vault ? loadVault({ io, path: values.vault, mustExist: false }) : new MaskVault();
        const findings = scanPii(text, lang ? { lang } : {});
        const result = applyPiiActions({ text, findings, actions: () => mode, vault });
        if (values.vault) saveVault({ io, path: values.vault, vault });
        if (values.json) print(io, { json: true, value: { text: result.text, findings: publicFindings(findings) }, human: () => '' });
        else writeText(io, result.text);
        return 0;
      }
      case 'restore': {
        if (!values.vault)
          throw new GenstackError({
            code: 'invalid_request',
            message: 'guard restore needs --vault <file> (written by guard redact --vault).',
          });
        const vault = loadVault({ io, path: values.vault, mustExist: true });
        const text = vault.restore(await readInput({ io, path: file }));
        if (values.json) print(io, { json: true, value: { text }, human: () => '' });
        else writeText(io, text);
        return 0;
      }
      default:
        throw new GenstackError({
          code: 'invalid_request',
          message: `${action ? `Unknown guard action '${action}'` : 'Missing a guard action'}. Usage: ${usage.split('\n')[0]}`,
        });
    }
  },
};
