// Reads the value of an address label in Latin script ("Address: B-204, Gulmohar Residency, Sector 50, Noida 201301") as
// one address, whatever country's order its parts come in.
import { isAsciiLetter } from '../feature-characters.ts';
import type { PiiFinding } from '../types.ts';

export const labelledAddressRecognizerName = 'labelled-address';

// After "ddress" of "Address", "Home address", "ADDRESS": a colon, then the line's value, up to a run of blanks or a bar that
// opens the next field of a form. Read at each "ddress" a native search finds: a pattern over a whole document with an
// optional word before its label cost documents several per cent.
const afterLabel = /[ \t]*[:：][ \t]*([^\n]+)/y;
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
  for (const spelled of ['ddress', 'DDRESS']) {
    for (let at = text.indexOf(spelled); at !== -1; at = text.indexOf(spelled, at + spelled.length)) {
      const finding = addressAfterLabel(text, at);
      if (finding !== undefined) findings.push(finding);
    }
  }
  return findings;
}

/** The address after the label whose "ddress" stands at `at`, if the label is one and its value a place. */
function addressAfterLabel(text: string, at: number): PiiFinding | undefined {
  // The label's A, not inside a longer word ("Readdress"), and not an email's or a network's address.
  const initial = text.charCodeAt(at - 1);
  if ((initial !== 0x41 && initial !== 0x61) || isAsciiLetter(text.charCodeAt(at - 2))) return undefined;
  if (notPlaces.has(wordBefore(text, at - 1).toLowerCase())) return undefined;
  afterLabel.lastIndex = at + 6;
  const match = afterLabel.exec(text);
  if (match === null) return undefined;
  let value = match[1]!;
  const fieldEnd = value.search(nextField);
  if (fieldEnd !== -1) value = value.slice(0, fieldEnd);
  value = value.replace(/[ \t.;]+$/, '');
  if (value.length < 8 || value.length > 150 || !isPlace(value)) return undefined;
  const start = afterLabel.lastIndex - match[1]!.length;
  return { type: 'ADDRESS', start, end: start + value.length, text: value, score: 0.9, recognizer: labelledAddressRecognizerName };
}

/** The word of letters and hyphens that ends, after blanks, right before `end` ("IP" of "IP Address"); '' when none. */
function wordBefore(text: string, end: number): string {
  let wordEnd = end;
  while (wordEnd > 0 && (text.charCodeAt(wordEnd - 1) === 0x20 || text.charCodeAt(wordEnd - 1) === 0x09)) wordEnd -= 1;
  if (wordEnd === end) return '';
  let wordStart = wordEnd;
  while (wordStart > 0 && (isAsciiLetter(text.charCodeAt(wordStart - 1)) || text.charCodeAt(wordStart - 1) === 0x2d)) wordStart -= 1;
  return text.slice(wordStart, wordEnd);
}

function isPlace(value: string): boolean {
  // Not a network's address written after a bare label ("Address: 10.0.0.1, port 22").
  if (/^(?:\d{1,3}\.){3}\d|^[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]/.test(value)) return false;
  return /\d/.test(value) && /[A-Za-zÀ-ÿ]{3}/.test(value) && /,/.test(value) && !/[\uac00-\ud7a3@]|https?:|www\./.test(value);
}
