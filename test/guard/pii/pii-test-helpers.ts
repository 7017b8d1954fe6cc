// Shared helpers for the PII tests: scan and check that every span is exact, and list findings compactly.
import assert from 'node:assert/strict';
import { scanPii, type PiiFinding, type ScanPiiOptions } from '../../../src/guard/pii/index.ts';

/** Scans and asserts `text === input.slice(start, end)` for every finding. */
export function scanChecked(text: string, options?: ScanPiiOptions): PiiFinding[] {
  const findings = scanPii(text, options);
  for (const finding of findings) assert.equal(text.slice(finding.start, finding.end), finding.text, `span of ${finding.type}`);
  return findings;
}

/** `TYPE:text` for each finding, in text order. */
export function found(text: string, options?: ScanPiiOptions): string[] {
  return scanChecked(text, options).map((finding) => `${finding.type}:${finding.text}`);
}

/** `TYPE:text` for each finding of `type`, in text order. */
export function foundOfType(text: string, type: string): string[] {
  return found(text).filter((finding) => finding.startsWith(`${type}:`));
}

/** Asserts the findings of each text, only those of `type` when it is given. */
export function assertFound(cases: ReadonlyArray<readonly [string, readonly string[]]>, type?: string): void {
  for (const [text, expected] of cases)
    assert.deepEqual(
      found(text).filter((finding) => type === undefined || finding.startsWith(`${type}:`)),
      expected,
      text,
    );
}

/** The texts of the PERSON findings, in text order. */
export function persons(text: string, options?: ScanPiiOptions): string[] {
  return found(text, options)
    .filter((finding) => finding.startsWith('PERSON:'))
    .map((finding) => finding.slice('PERSON:'.length));
}

/** Asserts the PERSON findings of each text. */
export function assertPersons(cases: ReadonlyArray<readonly [string, readonly string[]]>): void {
  for (const [text, expected] of cases) assert.deepEqual(persons(text), expected, text);
}
