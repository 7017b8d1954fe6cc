// The scan options a policy implies: its score threshold, its custom types and its allowed values, in one place for every scan site.
import { customRecognizers } from '../pii/custom/index.ts';
import type { ScanPiiOptions } from '../pii/scan-pii.ts';
import type { PiiLanguage } from '../pii/types.ts';
import type { GuardPolicy } from './guard-policy-schema.ts';

/**
 * @example
 * scanPii(text, policyScanOptions(policy, 'ko'));
 */
export function policyScanOptions(policy: GuardPolicy, lang?: PiiLanguage): ScanPiiOptions {
  const options: ScanPiiOptions = { minScore: policy.pii.minScore, extraRecognizers: customRecognizers(policy.pii.custom) };
  if (policy.pii.allow.length > 0) options.allow = policy.pii.allow;
  if (lang !== undefined) options.lang = lang;
  return options;
}
