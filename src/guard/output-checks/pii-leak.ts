// Finds personal data in a reply that the conversation did not supply: values the caller should mask before sending.
import { valueKey } from '../pii/allowed-values.ts';
import type { PiiFinding } from '../pii/types.ts';
import type { OutputFinding } from './types.ts';

/**
 * A value counts as allowed when an allowed value equals it, or contains it (an address the user gave
 * in full and the reply repeats in part).
 * @example
 * findPiiLeak({ output: '고객님 번호 010-9876-5432로 연락드릴게요', scan: scanPii, allowedValues: ['01012345678'] });
 * // [{ check: 'pii-leak', severity: 'high', types: ['PHONE'], spans: [{ start: 7, end: 20 }], … }]
 */
export function findPiiLeak(options: {
  output: string;
  scan: (text: string) => PiiFinding[];
  allowedValues?: readonly string[];
}): OutputFinding[] {
  const allowed = (options.allowedValues ?? []).map(valueKey).filter((key) => key.length > 0);
  const leaked = options.scan(options.output).filter((finding) => {
    const key = valueKey(finding.text);
    return key.length > 0 && !allowed.some((value) => value === key || value.includes(key));
  });
  if (leaked.length === 0) return [];
  const types = [...new Set(leaked.map((finding) => finding.type))];
  const severe = leaked.some((finding) => finding.type !== 'PERSON' && finding.type !== 'EMAIL');
  return [
    {
      check: 'pii-leak',
      severity: severe ? 'high' : 'medium',
      detail: `The output contains personal data the conversation did not supply: ${types.join(', ')}.`,
      spans: leaked.map((finding) => ({ start: finding.start, end: finding.end })),
      types,
    },
  ];
}
