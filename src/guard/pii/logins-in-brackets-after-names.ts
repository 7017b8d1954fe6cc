// A person's handle in brackets right after their name, as a creator's signature, a legal letter or a payout sheet writes
// it ("Tasha (TashaPlaysGG)", "Ms. Talia Greene (\"TaliaPlaysAll\")", "Nguyen Bao Tran (\"baotran\")"). The name before
// vouches for the bracket, which after a firm's or a product's name holds a brand ("Samsung (SmartThings)").
import { overlapsAny } from './resolve-overlaps.ts';
import type { PiiFinding } from './types.ts';

const recognizerName = 'login-in-brackets-after-name';

/** The bracket, a quote perhaps, the handle, and the bracket's close. */
const handleInBracket = /[ \t]*\([ \t]*(["“'‘]?)([A-Za-z][A-Za-z0-9_.]{2,30}[A-Za-z0-9_])["”'’]?[ \t]*\)/y;

/**
 * A handle's shape: in quotes, a capital after small letters, a digit, an underscore or a dot, or small letters alone
 * ("\"TaliaPlaysAll\"", "\"baotran\""), as no one writes a nickname they are called by so; unquoted, a digit, an underscore
 * or a dot, or a handle built on the person's own name ("Tasha (TashaPlaysGG)"). A firm's name in capitalised words is no
 * handle ("Sam (KickVault)", "Tomasz Wrona (SecOps)").
 */
function isHandleShaped(handle: string, context: { quoted: boolean; name: string }): boolean {
  const camel = /[a-z][A-Z]/.test(handle) && /^[A-Z]?[a-z]/.test(handle);
  const marked = /[a-z]/.test(handle) && /[\d_]|\.[a-z]/.test(handle);
  if (context.quoted) return camel || marked || /^[a-z]{5,}$/.test(handle);
  const firstName = context.name.split(/[ \t]/)[0]!.toLowerCase();
  return marked || (camel && firstName.length >= 3 && handle.toLowerCase().startsWith(firstName));
}

/**
 * Adds to `candidates` the handles in brackets after a person's name that no candidate covers, 0.8.
 *
 * @example
 * const candidates = [{ type: 'PERSON', start: 0, end: 5, text: 'Tasha', score: 0.8, recognizer: 'person' }];
 * addLoginsInBracketsAfterNames('Tasha (TashaPlaysGG)', candidates);
 * candidates.map((finding) => finding.text); // ['Tasha', 'TashaPlaysGG']
 */
export function addLoginsInBracketsAfterNames(text: string, candidates: PiiFinding[]): void {
  if (!text.includes('(')) return;
  const found: PiiFinding[] = [];
  for (const person of candidates) {
    if (person.type !== 'PERSON' || (text.charCodeAt(person.end) !== 0x20 && text.charCodeAt(person.end) !== 0x28)) continue;
    handleInBracket.lastIndex = person.end;
    const match = handleInBracket.exec(text);
    if (match === null || !isHandleShaped(match[2]!, { quoted: match[1] !== '', name: person.text })) continue;
    // A speaker's label: an agent and their firm, a neighbour and their house ("Sam (KickVault):", "Pat (no.12):").
    if (/^[ \t]*:/.test(text.slice(handleInBracket.lastIndex, handleInBracket.lastIndex + 3))) continue;
    const handle = match[2]!;
    const start = person.end + match[0].indexOf(handle, match[0].indexOf('(') + 1);
    const finding = { type: 'USERNAME' as const, start, end: start + handle.length, text: handle, score: 0.8, recognizer: recognizerName };
    if (!overlapsAny(candidates, finding) && !overlapsAny(found, finding)) found.push(finding);
  }
  for (const finding of found) candidates.push(finding);
}
