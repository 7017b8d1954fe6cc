// Guard routes under /api/guard: scan a text for PII, mask or redact it (each finding names what replaced it), and restore
// masked placeholders in a reply from the findings a mask call returned. The server policy's custom types are found too and
// its allowed values are not; a request may try patterns (`custom`) and allowed values (`allow`) before they go into a policy.
// An application's own pipeline may also check a text for prompt injection, as a user message, a passage or a tool result.
import type { Hono } from 'hono';
import { z } from 'zod';
import { GenstackError } from '../../core/index.ts';
import { applyPiiActions, MaskVault, withPlaceholders, type MaskVaultEntry } from '../../guard/masking/index.ts';
import { customPatternListSchema, customRecognizers, mergeByType, type CustomPattern } from '../../guard/pii/custom/index.ts';
import {
  allowListSchema,
  answerContextOf,
  type AnswerContext,
  isBuiltInPiiType,
  piiTypes,
  scanPii,
  type PiiFinding,
  type ScanPiiOptions,
} from '../../guard/pii/index.ts';
import { classifierLevels, classifierSetting, inspectInjection } from '../../guard/injection/index.ts';
import type { GuardPolicy } from '../../guard/policy/index.ts';
import type { AppEnv } from '../request-context.ts';
import { requireRole } from './require-role.ts';
import { parseJsonBody } from '../validate.ts';

/** One request scans at most this much text; larger documents belong in a knowledge base ingestion. */
export const guardTextLimitBytes = 1024 * 1024;

const langSchema = z.enum(['ko', 'en']);
/** Only whether it asks for a name is read, so a long message is refused rather than scanned. */
const previousMessageSchema = z.string().max(10_000);
/** Each pattern is compiled per request, so a request tries at most ten (a policy holds up to fifty). */
const requestPatternsSchema = customPatternListSchema.max(10);

export const guardScanSchema = z.strictObject({
  text: z.string(),
  lang: langSchema.optional(),
  /** Built-in types, the policy's custom types or those of `custom`. */
  types: z.array(z.string().min(1).max(32)).min(1).optional(),
  minScore: z.number().min(0).max(1).optional(),
  /** Patterns to try, as `pii.custom` entries; one of a type the policy declares replaces it for this request. */
  custom: requestPatternsSchema.optional(),
  /** Values to allow besides the policy's `pii.allow`, as that list takes them. */
  allow: allowListSchema.optional(),
  /** The message `text` answers (an assistant's): when it asks for a name, a name given alone in `text` is found. */
  previous: previousMessageSchema.optional(),
});

export const guardRedactSchema = z.strictObject({
  text: z.string(),
  mode: z.enum(['mask', 'redact']),
  lang: langSchema.optional(),
  custom: requestPatternsSchema.optional(),
  allow: allowListSchema.optional(),
  previous: previousMessageSchema.optional(),
});

export const guardInjectionSchema = z.strictObject({
  text: z.string(),
  /** Where the text comes from: a user's message is checked for direct injection, a passage or a tool result for indirect. */
  source: z.enum(['user', 'passage', 'tool']).default('user'),
  /** The classifier for this check instead of the policy's: `off` for the rules alone, or one of its levels. */
  classifier: z.enum(['off', ...classifierLevels]).optional(),
});

/** How many findings one restore may carry: far more than a 1 MB text holds distinct values. */
export const guardRestoreFindingsLimit = 50_000;

// The findings a mask call returned, passed back as they came (other fields are ignored): each names its placeholder.
export const guardRestoreSchema = z.strictObject({
  text: z.string(),
  findings: z
    .array(
      z.looseObject({
        placeholder: z
          .string()
          .regex(/^\[[A-Z][A-Z_]*_[1-9]\d{0,8}\]$/, 'a mask placeholder such as [PHONE_1]; redactions cannot be restored'),
        text: z.string().min(1),
      }),
    )
    .max(guardRestoreFindingsLimit),
});

function checkedText(text: string): string {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > guardTextLimitBytes)
    throw new GenstackError({
      code: 'payload_too_large',
      message: `text is ${bytes} bytes; the guard API takes at most ${guardTextLimitBytes} bytes (1 MB) per request.`,
      param: 'text',
    });
  return text;
}

function publicFindings(findings: readonly PiiFinding[]) {
  return findings.map(({ type, start, end, text, score }) => ({ type, start, end, text, score }));
}

/**
 * @example
 * registerGuardRoutes(app);
 * // curl -d '{"text":"제 번호는 010-1234-5678"}' localhost:7171/api/guard/scan
 */
export function registerGuardRoutes(app: Hono<AppEnv>, options: { policy: GuardPolicy }): void {
  // The policy's custom types, with a request's own patterns replacing those of the same type.
  const custom = (requested: readonly CustomPattern[] | undefined) => mergeByType(options.policy.pii.custom, requested ?? []);
  // The policy's allowed values, and a request's own besides (the policy's array itself when there are none, so its keys
  // stay computed once).
  const allow = (requested: readonly string[] | undefined) =>
    requested === undefined || requested.length === 0 ? options.policy.pii.allow : [...options.policy.pii.allow, ...requested];

  app.post('/api/guard/scan', async (c) => {
    const body = await parseJsonBody(c, guardScanSchema);
    const patterns = custom(body.custom);
    if (body.types) checkTypes(body.types, patterns);
    const scanOptions: ScanPiiOptions = {
      extraRecognizers: customRecognizers(patterns),
      allow: allow(body.allow),
      ...answerContextOfPrevious(body.previous),
      ...(body.lang ? { lang: body.lang } : {}),
      ...(body.types ? { types: body.types } : {}),
      ...(body.minScore !== undefined ? { minScore: body.minScore } : {}),
    };
    return c.json({ findings: publicFindings(scanPii(checkedText(body.text), scanOptions)) });
  });

  app.post('/api/guard/redact', async (c) => {
    const body = await parseJsonBody(c, guardRedactSchema);
    const text = checkedText(body.text);
    const findings = scanPii(text, {
      extraRecognizers: customRecognizers(custom(body.custom)),
      allow: allow(body.allow),
      ...answerContextOfPrevious(body.previous),
      ...(body.lang ? { lang: body.lang } : {}),
    });
    // A vault per request: masks are consistent within this text, and nothing about them outlives the response; the
    // client keeps the findings (value and placeholder) to restore a reply with /api/guard/restore.
    const result = applyPiiActions({ text, findings, actions: () => body.mode, vault: new MaskVault() });
    return c.json({ text: result.text, findings: withPlaceholders(publicFindings(findings), result.applied) });
  });

  // The global policy in effect, defaults filled: what /v1 requests run under, and what assistants start from.
  app.get('/api/guard/policy', (c) => {
    requireRole(c, 'build');
    return c.json(options.policy);
  });

  // The verdict whatever the policy says, and what the policy in effect would do with the text (`off`: it passes unread).
  app.post('/api/guard/injection', async (c) => {
    const body = await parseJsonBody(c, guardInjectionSchema);
    const text = checkedText(body.text);
    const action = body.source === 'user' ? options.policy.injection.direct : options.policy.injection.indirect;
    const classifier = body.classifier === undefined ? options.policy.injection.classifier : classifierSetting(body.classifier);
    const check = inspectInjection({ text, source: body.source, action, classifier });
    return c.json({ source: body.source, action: check.action, ...check.verdict });
  });

  app.post('/api/guard/restore', async (c) => {
    const body = await parseJsonBody(c, guardRestoreSchema);
    const text = checkedText(body.text);
    return c.json({ text: vaultOf(body.findings, options.policy.pii.custom).restore(text) });
  });
}

/** How a text that answers `previous` is read: a name or the identifiers it asked for, given alone, are found. */
function answerContextOfPrevious(previous: string | undefined): AnswerContext {
  return previous === undefined ? {} : answerContextOf(previous);
}

function checkTypes(types: readonly string[], custom: readonly CustomPattern[]): void {
  const declared = new Set(custom.map((entry) => entry.type));
  types.forEach((type, index) => {
    if (!isBuiltInPiiType(type) && !declared.has(type))
      throw new GenstackError({
        code: 'invalid_request',
        message: `types.${index}: ${type} is neither a built-in type (${piiTypes.join(', ')}) nor a custom type of the policy or of this request.`,
        param: `types.${index}`,
      });
  });
}

/** The vault the findings of a mask call describe; one placeholder standing for two different values is an error. */
function vaultOf(findings: ReadonlyArray<{ placeholder: string; text: string }>, custom: readonly CustomPattern[]): MaskVault {
  const declared = new Set(custom.map((entry) => entry.type));
  const entries = new Map<string, MaskVaultEntry>();
  findings.forEach((finding, index) => {
    const known = entries.get(finding.placeholder);
    if (known !== undefined && known.value !== finding.text)
      throw new GenstackError({
        code: 'invalid_request',
        message: `findings.${index}: ${finding.placeholder} already stands for another value; pass the findings of one mask call.`,
        param: `findings.${index}.placeholder`,
      });
    const type = finding.placeholder.slice(1, finding.placeholder.lastIndexOf('_'));
    if (!isBuiltInPiiType(type) && !declared.has(type))
      throw new GenstackError({
        code: 'invalid_request',
        message: `findings.${index}: ${finding.placeholder} names no PII type (${piiTypes.join(', ')}) and no custom type of the policy.`,
        param: `findings.${index}.placeholder`,
      });
    entries.set(finding.placeholder, { placeholder: finding.placeholder, type, value: finding.text });
  });
  return MaskVault.fromJSON({ version: 1, entries: [...entries.values()] });
}
