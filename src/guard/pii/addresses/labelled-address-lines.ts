// Reads the value of an address label in Latin script ("Address: B-204, Gulmohar Residency, Sector 50, Noida 201301") as
// one address, whatever country's order its parts come in.
import type { PiiFinding } from '../types.ts';

export const labelledAddressRecognizerName = 'labelled-address';

// "Address:", "Home address:", "Billing address:", "ADDRESS:"; the line after the colon, up to a run of blanks or a bar that
// opens the next field of a form.
const labelledLine = /(?<![A-Za-z])(?:([A-Z][a-z]+|[A-Z]+)[ \t]+)?(?:[Aa]ddress|ADDRESS)[ \t]*[:：][ \t]*([^\n]+)/g;
const nextField = /[ \t]{3,}|\t|[ \t]\|[ \t]/;
/** Labels of addresses that are no place: an email's, a network's, a wallet's. */
const notPlaces: ReadonlySet<string> = new Set([
  'email',
  'e-mail',
  'ip',
  'mac',
  'web',
  'wallet',
  'bitcoin',
  'ethereum',
  'physical',
  'server',
  'return',
]);

/**
 * Each address label's value that reads as a place: a digit, a word of three letters and commas between its parts, no
 * Hangul (Korean addresses are read by their own search), no mailbox or link, at most 150 characters.
 *
 * @example
 * findLabelledAddressLines('Address: Bergstraße 27, 3. OG links, 69120 Heidelberg')[0]?.text; // 'Bergstraße 27, 3. OG links, 69120 Heidelberg'
 * findLabelledAddressLines('IP Address: 192.168.0.10'); // []
 */
export function findLabelledAddressLines(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  labelledLine.lastIndex = 0;
  for (let match = labelledLine.exec(text); match !== null; match = labelledLine.exec(text)) {
    if (match[1] !== undefined && notPlaces.has(match[1].toLowerCase())) continue;
    let value = match[2]!;
    const fieldEnd = value.search(nextField);
    if (fieldEnd !== -1) value = value.slice(0, fieldEnd);
    value = value.replace(/[ \t.;]+$/, '');
    if (value.length < 8 || value.length > 150 || !isPlace(value)) continue;
    const start = match.index + match[0].length - match[2]!.length;
    findings.push({
      type: 'ADDRESS',
      start,
      end: start + value.length,
      text: value,
      score: 0.9,
      recognizer: labelledAddressRecognizerName,
    });
  }
  return findings;
}

function isPlace(value: string): boolean {
  // Not a network's address written after a bare label ("Address: 10.0.0.1, port 22").
  if (/^(?:\d{1,3}\.){3}\d|^[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]/.test(value)) return false;
  return /\d/.test(value) && /[A-Za-zÀ-ÿ]{3}/.test(value) && /,/.test(value) && !/[\uac00-\ud7a3@]|https?:|www\./.test(value);
}
