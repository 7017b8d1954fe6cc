// The system under test: genstack's scanPii with every recogniser, names and addresses included.
import { defaultRecognizers, scanPii, type PiiFinding, type PiiRecognizer, type PiiType } from '../../../src/guard/pii/index.ts';
import { addressRecognizer } from '../../../src/guard/pii/addresses/index.ts';
import { personNameRecognizer } from '../../../src/guard/pii/names/index.ts';

/** Default recognisers plus names and addresses, each once even after the defaults start to include them. */
export const genstackRecognizers: readonly PiiRecognizer[] = [
  ...new Map([...defaultRecognizers, personNameRecognizer, addressRecognizer].map((recognizer) => [recognizer.name, recognizer])).values(),
];

/**
 * Scans one text with all of genstack's PII recognisers (no language hint: the guard sees mixed-language traffic).
 * @example
 * scanWithGenstack('연락처 010-1234-5678'); // [{ type: 'PHONE', ... }]
 */
export function scanWithGenstack(text: string): Array<PiiFinding & { type: PiiType }> {
  // Built-in recognisers only, so every finding has a built-in type.
  return scanPii(text, { recognizers: genstackRecognizers }) as Array<PiiFinding & { type: PiiType }>;
}

export const genstackScannerName = `scanPii (${genstackRecognizers.map((recognizer) => recognizer.name).join(', ')})`;
