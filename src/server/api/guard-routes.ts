// Guard routes under /api/guard: scan a text for PII, and mask or redact it; the originals are never echoed back in a separate map.
import type { Hono } from 'hono';
import { z } from 'zod';
import { GenstackError } from '../../core/index.ts';
import { applyPiiActions, MaskVault } from '../../guard/masking/index.ts';
import { piiTypes, scanPii, type PiiFinding, type ScanOptions } from '../../guard/pii/index.ts';
import type { AppEnv } from '../request-context.ts';
import { parseJsonBody } from '../validate.ts';

/** One request scans at most this much text; larger documents belong in a knowledge base ingestion. */
export const guardTextLimitBytes = 1024 * 1024;

const langSchema = z.enum(['ko', 'en']);

export const guardScanSchema = z.strictObject({
  text: z.string(),
  lang: langSchema.optional(),
  types: z.array(z.enum(piiTypes)).min(1).optional(),
  minScore: z.number().min(0).max(1).optional(),
});

export const guardRedactSchema = z.strictObject({
  text: z.string(),
  mode: z.enum(['mask', 'redact']),
  lang: langSchema.optional(),
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
export function registerGuardRoutes(app: Hono<AppEnv>): void {
  app.post('/api/guard/scan', async (c) => {
    const body = await parseJsonBody(c, guardScanSchema);
    const options: ScanOptions = {
      ...(body.lang ? { lang: body.lang } : {}),
      ...(body.types ? { types: body.types } : {}),
      ...(body.minScore !== undefined ? { minScore: body.minScore } : {}),
    };
    return c.json({ findings: publicFindings(scanPii(checkedText(body.text), options)) });
  });

  app.post('/api/guard/redact', async (c) => {
    const body = await parseJsonBody(c, guardRedactSchema);
    const text = checkedText(body.text);
    const findings = scanPii(text, body.lang ? { lang: body.lang } : {});
    // A vault per request: masks are consistent within this text, and nothing about them outlives the response.
    const result = applyPiiActions({ text, findings, actions: () => body.mode, vault: new MaskVault() });
    return c.json({ text: result.text, findings: publicFindings(findings) });
  });
}
