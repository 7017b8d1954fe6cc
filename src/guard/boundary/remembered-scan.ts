// One request's input scan, remembered per text, so each message is scanned once however many guards read it.
import type { PiiFinding } from '../pii/index.ts';

/**
 * Routing, the masking wrapper and the output guard's record of the caller's own values all read the same messages,
 * which were scanned two or three times each. Each call gets its own array; the findings are shared and never changed
 * by their readers. Meant for one request's input: model output (stream windows) is not worth remembering.
 * @example
 * const scan = rememberedScan((text) => scanPii(text));
 * scan('연락처 010-1234-5678'); // scanned
 * scan('연락처 010-1234-5678'); // remembered
 */
export function rememberedScan(scan: (text: string) => PiiFinding[]): (text: string) => PiiFinding[] {
  const scanned = new Map<string, PiiFinding[]>();
  return (text) => {
    let findings = scanned.get(text);
    if (findings === undefined) scanned.set(text, (findings = scan(text)));
    return findings.slice();
  };
}
