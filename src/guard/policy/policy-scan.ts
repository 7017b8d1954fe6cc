// The scan options a policy implies: its score threshold and its custom types, in one place for every scan site.
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
  if (lang !== undefined) options.lang = lang;
  return options;
}
