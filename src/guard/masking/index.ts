// Masking: reversible placeholders in a vault, per-type PII actions, and stream transforms that restore and scan across chunks.
export { MaskVault, type MaskVaultEntry, type MaskVaultJson } from './mask-vault.ts';
export { piiActions, actionOf, type PiiAction, type PiiActionMap } from './pii-action.ts';
export { applyPiiActions, withPlaceholders, type AppliedPiiAction, type PiiActionResult } from './apply-pii-actions.ts';
export { contentBlockedError } from './content-blocked-error.ts';
export { piiTypeLabel, guessTextLanguage } from './pii-labels.ts';
export { createStreamRestorer, type StreamTransform } from './stream-restorer.ts';
export { createStreamPiiGuard, defaultScanEvery, type StreamPiiGuardOptions } from './stream-pii-guard.ts';
