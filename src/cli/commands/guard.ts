// `genstack guard scan|redact|restore|injection`: find PII in a file or stdin, mask or redact it (with a vault to undo masks),
// restore it, and check a text for prompt injection.
// Plain output streams: a file or stdin of any size is read, scanned and written in pieces cut after a newline (scanned by
// worker threads side by side where the cores allow, `--jobs`).
import { createReadStream, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { GenstackError, loadConfig } from '../../core/index.ts';
import { applyPiiActions, createStreamRestorer, MaskVault, withPlaceholders, type StreamTransform } from '../../guard/masking/index.ts';
import { scanPieces, toScanPiiOptions, type PieceScanOptions, type ScannedPiece } from '../../guard/bulk/index.ts';
import { customPatternListSchema, mergeByType, type CustomPattern } from '../../guard/pii/custom/index.ts';
import {
  allowListSchema,
  answerContextOf,
  type AnswerContext,
  isBuiltInPiiType,
  maxAllowedValues,
  piiTypes,
  scanPii,
  type PiiEntityType,
  type PiiFinding,
  type PiiLanguage,
} from '../../guard/pii/index.ts';
import { resolveGuardPolicy, type GuardPolicy, type GuardPolicyInput } from '../../guard/policy/index.ts';
import {
  classifierLevels,
  classifierSetting,
  inspectInjection,
  type ClassifierSetting,
  type InjectionSource,
} from '../../guard/injection/index.ts';
import { stringify } from 'yaml';
import { openPlatformForCommand, parseFlags, print, type Command, type CommandIo } from '../command.ts';

const usage = `genstack guard scan [--lang ko|en] [--types PHONE,EMAIL] [--min-score 0.8] [--pattern TYPE=REGEX …] [--allow VALUE …] [--previous TEXT] [--jobs N|auto] [--exit-code N] [file|-] [--json]
  | guard redact [--mode mask|redact] [--vault vault.json] [--lang ko|en] [--types …] [--min-score …] [--previous TEXT] [--jobs N|auto] [file|-] [--json]
  | guard restore --vault vault.json [file|-] [--json]          (stdin when the file is - or absent)
  | guard policy [--assistant id] [--json]      the policy in effect, defaults filled (an assistant's merged in)
  | guard injection [--source user|passage|tool] [--classifier off|relaxed|standard|strict] [--exit-code N] [file|-] [--json]
                                                prompt injection in a user message (direct) or a passage or tool result
                                                (indirect): the verdict, and what the policy in effect would do;
                                                --classifier overrides the policy's (strict: more new attacks caught,
                                                relaxed: fewer everyday texts flagged)
  --exit-code N (scan, injection): exit with N (1-125) when PII or an injection is found, so a script or a CI step can
  stop on it; without it the exit code is 0 whatever is found (1 is also a bad request's, 3 an internal error's).
  Input of any size is streamed, except by redact and restore with --json (one JSON string, up to 10 MB).
  --jobs N|auto (scan, redact; default auto: one fewer than the cores, up to 8): threads that scan an input of more than
  256K characters side by side; the output is the same whatever the number.
  The custom types of the configured guard policy (guard.policy.pii.custom) are found too; --config names the file.
  --pattern EMPLOYEE_ID='EMP-\\d{6}' tries a custom type (RE2 syntax) before it goes into the policy; it may be repeated.
  --allow '02-1234-5678' is never a finding, like the policy's guard.policy.pii.allow; it may be repeated.
  --previous '성함이 어떻게 되세요?' is the message the input answers: after a question for a name, a name given alone
  ("김영희요", "It's Kevin.") is found, as /api/guard/scan finds it with \`previous\`.`;

/** The JSON forms of redact and restore hold the whole text in one string, so their input is limited; the rest streams. */
const inputLimitBytes = 10 * 1024 * 1024;
/** A vault holds every masked value of what it masked, so a vault of a large file is large too. */
const vaultLimitBytes = 512 * 1024 * 1024;
/** Pieces of about this many characters, cut after a newline: offsets stay global, memory stays bounded. */
const pieceCharacters = 256 * 1024;
/** A line longer than this is cut at a blank (or anywhere), so one line cannot hold a whole file in memory. */
const longestPieceCharacters = 8 * 1024 * 1024;

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

/** The absolute path of an existing regular file, or a clear error. */
function checkedFile(options: { io: CommandIo; path: string; what: string; limitBytes?: number }): string {
  const path = resolve(options.io.cwd, options.path);
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new GenstackError({ code: 'invalid_request', message: `${options.what} '${options.path}' is not a file.` });
    if (options.limitBytes !== undefined && stats.size > options.limitBytes) throw inputTooLarge(`${options.what} '${options.path}'`);
    return path;
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

function readTextFile(options: { io: CommandIo; path: string; what: string; limitBytes?: number }): string {
  return decode(readFileSync(checkedFile({ limitBytes: inputLimitBytes, ...options })));
}

function readInput(options: { io: CommandIo; path: string | undefined }): Promise<string> | string {
  if (options.path === undefined || options.path === '-') return readStdin();
  return readTextFile({ io: options.io, path: options.path, what: 'Input file' });
}

/** The input as text pieces that end after a newline (the last one may not), the byte-order mark dropped. */
async function* inputPieces(options: { io: CommandIo; path: string | undefined }): AsyncGenerator<string> {
  let source: AsyncIterable<string>;
  if (options.path === undefined || options.path === '-') {
    process.stdin.setEncoding('utf8');
    source = process.stdin as AsyncIterable<string>;
  } else source = createReadStream(checkedFile({ io: options.io, path: options.path, what: 'Input file' }), { encoding: 'utf8' });
  let pending = '';
  let atStart = true;
  for await (const chunk of source) {
    pending += atStart ? chunk.replace(/^\uFEFF/, '') : chunk;
    atStart = false;
    while (pending.length >= pieceCharacters) {
      const cut = cutAt(pending);
      if (cut === 0) break;
      yield pending.slice(0, cut);
      pending = pending.slice(cut);
    }
  }
  if (pending.length > 0) yield pending;
}

/** Where to end a piece: after its last newline; in a line too long to wait for one, after a blank or between characters. */
function cutAt(text: string): number {
  const afterNewline = text.lastIndexOf('\n') + 1;
  if (afterNewline > 0 || text.length < longestPieceCharacters) return afterNewline;
  const afterBlank = text.lastIndexOf(' ') + 1;
  if (afterBlank > 0) return afterBlank;
  // Never between the two halves of a surrogate pair.
  const code = text.charCodeAt(pieceCharacters);
  return code >= 0xdc00 && code <= 0xdfff ? pieceCharacters + 1 : pieceCharacters;
}

/** Writes to stdout and, when its buffer is full, waits until it drains: a slow reader must not make the output pile up in memory. */
async function writeOut(io: CommandIo, text: string): Promise<void> {
  const stdout = io.stdout as NodeJS.WritableStream;
  if (!stdout.write(text) && typeof stdout.once === 'function') await once(stdout, 'drain');
}

/** Writes text pieces as they come, then a final newline only when the text lacks one (so `redact | restore` is exact). */
async function writePieces(io: CommandIo, pieces: AsyncIterable<string>): Promise<void> {
  let last = '';
  for await (const piece of pieces) {
    if (piece.length === 0) continue;
    await writeOut(io, piece);
    last = piece;
  }
  if (!last.endsWith('\n')) await writeOut(io, '\n');
}

/** Findings of every piece, with offsets into the whole input, one array per piece. */
async function* withInputOffsets(scanned: AsyncIterable<ScannedPiece>): AsyncGenerator<PublicFinding[]> {
  let offset = 0;
  for await (const { piece, findings } of scanned) {
    const shifted = publicFindings(findings);
    for (const finding of shifted) {
      finding.start += offset;
      finding.end += offset;
    }
    yield shifted;
    offset += piece.length;
  }
}

/** Writes findings a piece at a time, in the layout `print` gives an array (two-space JSON, or one line each). */
async function writeFindings(
  io: CommandIo,
  options: { findings: AsyncIterable<PublicFinding[]>; json: boolean | undefined },
): Promise<number> {
  let count = 0;
  for await (const findings of options.findings) {
    if (findings.length === 0) continue;
    const lines = findings.map((finding) =>
      options.json
        ? JSON.stringify(finding, null, 2).replace(/^/gmu, '  ')
        : `${finding.type} ${finding.start}-${finding.end} ${finding.score.toFixed(2)} ${finding.text}`,
    );
    if (options.json) await writeOut(io, `${count === 0 ? '[\n' : ',\n'}${lines.join(',\n')}`);
    else await writeOut(io, `${lines.join('\n')}\n`);
    count += findings.length;
  }
  if (options.json) await writeOut(io, count === 0 ? '[]\n' : '\n]\n');
  else if (count === 0) await writeOut(io, 'No PII found.\n');
  return count;
}

/** `--exit-code N`: the exit code when something is found; 0 (found or not) without the flag. */
function parseExitCode(value: string | undefined): number {
  if (value === undefined) return 0;
  const code = Number(value);
  if (Number.isInteger(code) && code >= 1 && code <= 125) return code;
  throw new GenstackError({ code: 'invalid_request', message: `--exit-code must be a whole number from 1 to 125, got '${value}'` });
}

function parseLang(value: string | undefined): PiiLanguage | undefined {
  if (value === undefined || value === 'ko' || value === 'en') return value;
  throw new GenstackError({ code: 'invalid_request', message: `--lang must be ko or en, got '${value}'` });
}

/**
 * Worker threads for `--jobs auto`: one fewer than the cores, up to a bound on the memory their scanners take. A worker
 * starts cold, and V8 compiles its hot code on another core: with two cores, two workers leave the compiler none and
 * scan a file of a few megabytes slower than one thread, so auto scans there in this thread.
 */
const mostAutoJobs = 8;
const mostJobs = 64;

/** `--jobs N|auto` (default auto): how many threads scan an input of more than one piece side by side. */
function parseJobs(value: string | undefined): number {
  if (value === undefined || value === 'auto') return Math.max(1, Math.min(availableParallelism() - 1, mostAutoJobs));
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > mostJobs)
    throw new GenstackError({
      code: 'invalid_request',
      message: `--jobs must be auto or a whole number from 1 to ${mostJobs}, got '${value}'`,
    });
  return jobs;
}

/** The longest `--previous` message, as /api/guard/scan takes `previous`. */
const previousLimitCharacters = 10_000;

/** `--previous TEXT`: what it asks for, so a name or an identifier given alone in answer is found. */
function parseAnswerContext(previous: string | undefined): AnswerContext {
  if (previous === undefined) return {};
  if (previous.length > previousLimitCharacters)
    throw new GenstackError({
      code: 'invalid_request',
      message: `--previous is the message the input answers, at most ${previousLimitCharacters.toLocaleString('en')} characters; got ${previous.length.toLocaleString('en')}.`,
    });
  return answerContextOf(previous);
}

/**
 * `--lang`, `--types PHONE,EMAIL`, `--min-score 0.8` and `--previous TEXT`, as /api/guard/scan takes them, and the policy's
 * custom types.
 */
function parseScanOptions(
  values: { lang?: string | undefined; types?: string | undefined; 'min-score'?: string | undefined; previous?: string | undefined },
  policy: { custom: readonly CustomPattern[]; allow: readonly string[] },
): PieceScanOptions {
  const { custom, allow } = policy;
  const lang = parseLang(values.lang);
  const declared = new Set(custom.map((entry) => entry.type));
  const types = values.types?.split(',').map((type) => type.trim().toUpperCase() as PiiEntityType);
  const unknown = types?.filter((type) => !isBuiltInPiiType(type) && !declared.has(type));
  if (types?.length === 0 || (unknown && unknown.length > 0))
    throw new GenstackError({
      code: 'invalid_request',
      message: `--types takes PII types separated by commas; unknown: '${unknown?.join(',') ?? ''}'. Known: ${[...piiTypes, ...declared].join(', ')}.`,
    });
  const minScore = values['min-score'] === undefined ? undefined : Number(values['min-score']);
  if (minScore !== undefined && !(minScore >= 0 && minScore <= 1))
    throw new GenstackError({ code: 'invalid_request', message: `--min-score must be a number from 0 to 1, got '${values['min-score']}'` });
  return {
    custom,
    ...parseAnswerContext(values.previous),
    ...(allow.length > 0 ? { allow } : {}),
    ...(lang ? { lang } : {}),
    ...(types ? { types } : {}),
    ...(minScore !== undefined ? { minScore } : {}),
  };
}

/** The global policy, or with `--assistant` that assistant's (its stored definition read from the data directory). */
async function policyInEffect(options: {
  io: CommandIo;
  values: { assistant?: string | undefined; config?: string | undefined; data?: string | undefined };
  global: GuardPolicyInput;
}): Promise<GuardPolicy> {
  const id = options.values.assistant;
  if (id === undefined) return resolveGuardPolicy({ global: options.global });
  const platform = await openPlatformForCommand({ io: options.io, values: options.values });
  try {
    const definition = platform.assistants.get(id);
    if (!definition) throw new GenstackError({ code: 'not_found', message: `No assistant '${id}'.`, param: 'assistant' });
    return resolveGuardPolicy({ global: options.global, assistant: definition.guard });
  } finally {
    await platform.close();
  }
}

/** `--allow VALUE`, each an allowed value as `pii.allow` takes one, checked by the same schema. */
function parseAllowed(values: readonly string[] | undefined): string[] {
  const parsed = allowListSchema.safeParse(values ?? []);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const value = typeof issue?.path[0] === 'number' ? values?.[issue.path[0]] : undefined;
  throw new GenstackError({
    code: 'invalid_request',
    message: `--allow${value === undefined ? '' : ` '${value}'`}: ${issue?.message ?? 'invalid'} (a value of 3 to 300 characters, at most ${maxAllowedValues})`,
  });
}

/** `--pattern TYPE=REGEX`, each a custom type as `pii.custom` declares one, checked by the same schema. */
function parsePatterns(values: readonly string[] | undefined): CustomPattern[] {
  if (values === undefined) return [];
  const entries = values.map((value) => {
    const equals = value.indexOf('=');
    if (equals <= 0)
      throw new GenstackError({
        code: 'invalid_request',
        message: `--pattern takes TYPE=REGEX, such as EMPLOYEE_ID='EMP-\\d{6}'; got '${value}'`,
      });
    return { type: value.slice(0, equals).trim().toUpperCase(), pattern: value.slice(equals + 1) };
  });
  const parsed = customPatternListSchema.safeParse(entries);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const entry = typeof issue?.path[0] === 'number' ? entries[issue.path[0]] : undefined;
    const field = issue?.path.slice(1).join('.') || 'value';
    throw new GenstackError({
      code: 'invalid_request',
      message: `--pattern ${entry === undefined ? '' : `${entry.type} `}${field}: ${issue?.message ?? 'invalid'}`,
    });
  }
  return parsed.data;
}

function loadVault(options: { io: CommandIo; path: string; mustExist: boolean }): MaskVault {
  if (!options.mustExist && !existsSync(resolve(options.io.cwd, options.path))) return new MaskVault();
  const text = readTextFile({ io: options.io, path: options.path, what: 'Vault file', limitBytes: vaultLimitBytes });
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

type PublicFinding = Pick<PiiFinding, 'type' | 'start' | 'end' | 'text' | 'score'>;

function publicFindings(findings: readonly PiiFinding[]): PublicFinding[] {
  return findings.map(({ type, start, end, text, score }) => ({ type, start, end, text, score }));
}

function parseSource(value: string | undefined): InjectionSource {
  if (value === undefined) return 'user';
  if (value === 'user' || value === 'passage' || value === 'tool') return value;
  throw new GenstackError({ code: 'invalid_request', message: `--source must be user, passage or tool, got '${value}'` });
}

function parseClassifier(value: string): ClassifierSetting {
  const name = (['off', ...classifierLevels] as const).find((candidate) => candidate === value);
  if (name !== undefined) return classifierSetting(name);
  throw new GenstackError({ code: 'invalid_request', message: `--classifier must be off, relaxed, standard or strict, got '${value}'` });
}

async function* mapPieces(pieces: AsyncIterable<ScannedPiece>, map: (scanned: ScannedPiece) => string): AsyncGenerator<string> {
  for await (const scanned of pieces) yield map(scanned);
}

async function* throughStream(pieces: AsyncIterable<string>, transform: StreamTransform): AsyncGenerator<string> {
  for await (const piece of pieces) yield transform.push(piece);
  yield transform.flush();
}

export const guardCommand: Command = {
  name: 'guard',
  summary: 'Find, mask, redact and restore personal data (PII) in text; check text for prompt injection',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      lang: { type: 'string' },
      mode: { type: 'string' },
      vault: { type: 'string' },
      types: { type: 'string' },
      'min-score': { type: 'string' },
      pattern: { type: 'string', multiple: true },
      allow: { type: 'string', multiple: true },
      previous: { type: 'string' },
      assistant: { type: 'string' },
      source: { type: 'string' },
      classifier: { type: 'string' },
      jobs: { type: 'string' },
      'exit-code': { type: 'string' },
    });
    const [action, file, extra] = positionals;
    if (extra !== undefined)
      throw new GenstackError({ code: 'invalid_request', message: `guard ${action} takes one file; got '${extra}' too.` });
    const config = loadConfig({ cwd: io.cwd, env: io.env, ...(values.config ? { file: values.config } : {}) });
    const exitCodeOnFind = parseExitCode(values['exit-code']);
    if (exitCodeOnFind !== 0 && action !== 'scan' && action !== 'injection')
      throw new GenstackError({
        code: 'invalid_request',
        message: `--exit-code applies to guard scan and guard injection, not to guard ${action}.`,
      });
    if (action === 'policy') {
      const policy = await policyInEffect({ io, values, global: config.guard.policy as GuardPolicyInput });
      print(io, { json: values.json, value: policy, human: () => stringify(policy).trimEnd() });
      return 0;
    }
    if (action === 'injection') {
      const { injection } = resolveGuardPolicy({ global: config.guard.policy });
      const source = parseSource(values.source);
      const text = await readInput({ io, path: file });
      const { action: outcome, verdict } = inspectInjection({
        text,
        source,
        action: source === 'user' ? injection.direct : injection.indirect,
        classifier: values.classifier === undefined ? injection.classifier : parseClassifier(values.classifier),
      });
      print(io, {
        json: values.json,
        value: { source, action: outcome, ...verdict },
        human: () =>
          [
            verdict.detected
              ? `injection found in the ${source === 'user' ? 'user message' : source} (score ${verdict.score}): ${outcome}`
              : `no injection found in the ${source === 'user' ? 'user message' : source} (score ${verdict.score})`,
            ...verdict.findings.map((finding) => `- ${finding.kind} ${finding.score}: ${JSON.stringify(finding.text)}`),
          ].join('\n'),
      });
      return verdict.detected ? exitCodeOnFind : 0;
    }
    const { pii } = resolveGuardPolicy({ global: config.guard.policy });
    const custom = mergeByType(pii.custom, parsePatterns(values.pattern));
    const scan = parseScanOptions(values, { custom, allow: [...pii.allow, ...parseAllowed(values.allow)] });
    const jobs = parseJobs(values.jobs);
    switch (action) {
      case 'scan': {
        const count = await writeFindings(io, {
          findings: withInputOffsets(scanPieces({ pieces: inputPieces({ io, path: file }), scan, jobs })),
          json: values.json,
        });
        return count > 0 ? exitCodeOnFind : 0;
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
        const vault = values.vault ? loadVault({ io, path: values.vault, mustExist: false }) : new MaskVault();
        if (values.json) {
          const text = await readInput({ io, path: file });
          const found = scanPii(text, toScanPiiOptions(scan));
          const result = applyPiiActions({ text, findings: found, actions: () => mode, vault });
          // Each finding names what replaced it, as /api/guard/redact does.
          const findings = withPlaceholders(publicFindings(found), result.applied);
          print(io, { json: true, value: { text: result.text, findings }, human: () => '' });
        } else
          await writePieces(
            io,
            mapPieces(
              scanPieces({ pieces: inputPieces({ io, path: file }), scan, jobs }),
              // In input order, whichever worker scanned the piece: masks are numbered as in one pass.
              ({ piece, findings }) => applyPiiActions({ text: piece, findings, actions: () => mode, vault }).text,
            ),
          );
        // Written once the whole input is through: a failed read leaves the vault as it was.
        if (values.vault) saveVault({ io, path: values.vault, vault });
        return 0;
      }
      case 'restore': {
        if (!values.vault)
          throw new GenstackError({
            code: 'invalid_request',
            message: 'guard restore needs --vault <file> (written by guard redact --vault).',
          });
        const vault = loadVault({ io, path: values.vault, mustExist: true });
        if (values.json) print(io, { json: true, value: { text: vault.restore(await readInput({ io, path: file })) }, human: () => '' });
        // A piece may end inside a long line, and a placeholder as a model rewrote it may hold a blank ("[PHONE 1]"), so the
        // pieces go through the restorer a streamed reply does.
        else await writePieces(io, throughStream(inputPieces({ io, path: file }), createStreamRestorer(vault)));
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
