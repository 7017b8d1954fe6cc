// Applies allow / mask / redact / block to the PII findings of one text, masking through a vault so replies can be restored.
import type { PiiEntityType, PiiFinding } from '../pii/types.ts';
import type { MaskVault } from './mask-vault.ts';
import { actionOf, type PiiAction, type PiiActionMap } from './pii-action.ts';

export interface AppliedPiiAction {
  type: PiiEntityType;
  /** Offsets in the input text. */
  start: number;
  end: number;
  action: PiiAction;
  /** What replaced the span (mask and redact, and block, whose span is redacted too). */
  placeholder?: string;
}

export interface PiiActionResult {
  text: string;
  applied: AppliedPiiAction[];
  /** Findings whose action is `block`; when not empty the caller refuses the content (see `contentBlockedError`). */
  blocked: PiiFinding[];
}

/**
 * Findings in order, each inside the text and not overlapping an earlier one (the scanner resolves overlaps; hand-made
 * or merged findings may not have), so replacements never interleave.
 */
function orderedFindings(text: string, findings: readonly PiiFinding[]): PiiFinding[] {
  const valid = findings
    .filter((finding) => Number.isInteger(finding.start) && Number.isInteger(finding.end))
    .filter((finding) => finding.start >= 0 && finding.end <= text.length && finding.start < finding.end)
    .sort((left, right) => left.start - right.start || right.end - left.end);
  const kept: PiiFinding[] = [];
  for (const finding of valid) {
    const previous = kept.at(-1);
    if (!previous || finding.start >= previous.end) kept.push(finding);
  }
  return kept;
}

/**
 * Rewrites `text` according to each finding's action. Masking uses the span as it appears in `text` (not
 * `finding.text`), so the vault restores exactly what was there. Blocked spans are redacted as well, so a caller
 * that forgets to refuse still leaks nothing.
 * @example
 * const vault = new MaskVault();
 * const result = applyPiiActions({ text: 'Call 010-1234-5678', findings, actions: { PHONE: 'mask' }, vault });
 * result.text; // 'Call [PHONE_1]'
 */
export function applyPiiActions(options: {
  text: string;
  findings: readonly PiiFinding[];
  actions: PiiActionMap;
  vault: MaskVault;
}): PiiActionResult {
  const { text, vault } = options;
  const parts: string[] = [];
  const applied: AppliedPiiAction[] = [];
  const blocked: PiiFinding[] = [];
  let cursor = 0;
  for (const finding of orderedFindings(text, options.findings)) {
    const action = actionOf(options.actions, finding.type);
    const span = { type: finding.type, start: finding.start, end: finding.end };
    if (action === 'allow') {
      applied.push({ ...span, action });
      continue;
    }
    const value = text.slice(finding.start, finding.end);
    const placeholder = action === 'mask' ? vault.mask({ type: finding.type, value }) : `[${finding.type}]`;
    if (action === 'block') blocked.push(finding);
    parts.push(text.slice(cursor, finding.start), placeholder);
    cursor = finding.end;
    applied.push({ ...span, action, placeholder });
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), applied, blocked };
}

/**
 * Each finding with the placeholder that replaced it (`undefined` for allowed ones), matched on its start, for answers
 * that let a client restore masks itself.
 * @example
 * withPlaceholders(findings, result.applied)[0]?.placeholder; // '[PHONE_1]'
 */
export function withPlaceholders<Finding extends { start: number }>(
  findings: readonly Finding[],
  applied: readonly AppliedPiiAction[],
): Array<Finding & { placeholder: string | undefined }> {
  const placeholders = new Map(applied.map((action) => [action.start, action.placeholder]));
  return findings.map((finding) => ({ ...finding, placeholder: placeholders.get(finding.start) }));
}
