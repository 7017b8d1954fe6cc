// A firm's short name where a person's would stand: an undertaker's or a clinic's side of a text thread under the firm's
// full name written elsewhere in the text ("Text — Ashgrove Funeral Services\nAshgrove: Thank you for contacting …"). The
// same words before a firm's word of trade are the firm's, so a finding that is those words alone is dropped, unless a word
// of it is a listed name or it is the surname of a full name found in the text ("Nora Keane, Keane Events … Ms. Keane").
import { isFirmWord } from './english-name-words.ts';
import { isListedLatinName } from './latin-name.ts';
import type { PiiFinding } from '../types.ts';

/** One to three capitalised words after the short name, the last of them a firm's word ("Funeral Services"). */
const firmWordsAfter = /^((?:[ \t]+[A-Z][A-Za-z&'-]*){1,3})/;

/** How many places of the short name are read at most, so a long text's repeats cost little. */
const mostOccurrences = 12;

/** Whether the name's words stand before a firm's word elsewhere in the text. */
function isFirmsShortName(text: string, name: string): boolean {
  // A listed first name or surname is as often the founder's, whose name the firm bears ("Dave Miller Plumbing").
  if (!/^[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){0,2}$/.test(name) || isListedLatinName(name)) return false;
  let count = 0;
  for (let at = text.indexOf(name); at !== -1 && count < mostOccurrences; at = text.indexOf(name, at + 1), count += 1) {
    const before = text.charCodeAt(at - 1);
    if (at > 0 && /[A-Za-z]/.test(String.fromCharCode(before))) continue;
    const match = firmWordsAfter.exec(text.slice(at + name.length, at + name.length + 60));
    if (match === null) continue;
    const words = match[1]!.trim().split(/[ \t]+/);
    if (words.some((word) => isFirmWord(word))) return true;
  }
  return false;
}

/** Whether another finding is a full name that ends with the finding's words (the firm is named after that person). */
function isSurnameOfFoundName(findings: readonly PiiFinding[], finding: PiiFinding): boolean {
  return findings.some((other) => other !== finding && other.text.length > finding.text.length && other.text.endsWith(` ${finding.text}`));
}

/**
 * The findings that are not a firm's short name, in place when none is.
 *
 * @example
 * const text = 'Ashgrove Funeral Services\nAshgrove: Thank you for contacting us.';
 * const found = [{ type: 'PERSON', start: 26, end: 34, text: 'Ashgrove', score: 0.7, recognizer: 'x' }];
 * withoutFirmsShortNames(text, found); // []
 */
export function withoutFirmsShortNames(text: string, findings: PiiFinding[]): PiiFinding[] {
  // Weighed once per name, which a long transcript repeats at each turn of its speaker.
  const names = new Set(findings.map((finding) => finding.text));
  const firmsNames = new Set([...names].filter((name) => isFirmsShortName(text, name)));
  const dropped = findings.filter((finding) => firmsNames.has(finding.text) && !isSurnameOfFoundName(findings, finding));
  return dropped.length === 0 ? findings : findings.filter((finding) => !dropped.includes(finding));
}
