// The login of who ran an export or asked for a report, as its header prints it: "# exported 2025-03-04 10:12 KST by
// jhkim.dasol", "Conflict check — requested by jpark, 06/05/2025 09:14". A system prints its user's login there, in small
// letters; "sent by email", "signed by hand" and "prepared by Dana Lee" are none.
import { isEverydayWording } from './recognizers/everyday-wording.ts';
import { overlapsAny } from './resolve-overlaps.ts';
import { hasShapeOf } from './value-shapes.ts';
import type { PiiFinding } from './types.ts';

const recognizerName = 'login-after-by';
/**
 * A report's or an export's verb, a few words (a date, a time), "by" and a login in small letters that ends the clause (a
 * comma, a bracket, the line's end, "on" or "at" a time).
 */
const actedBy =
  /\b(?:exported|requested|generated|pulled|run|compiled|uploaded|downloaded|extracted|created|modified|updated|approved|submitted)\b[^\n]{0,40}?\bby[ \t]+([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)(?=[ \t]*(?:[,;)\]]|\r?\n|$)|[ \t]+(?:on|at)\b)/g;
/** How a thing is sent or done, and who in general: words after "by" that are no login. */
const mannerWords: ReadonlySet<string> = new Set([
  ...['email', 'phone', 'post', 'mail', 'hand', 'courier', 'text', 'chat', 'letter', 'portal', 'webform', 'default'],
  ...['staff', 'team', 'customer', 'client', 'user', 'users', 'admin', 'system', 'request', 'agreement', 'consent', 'court'],
  ...['order', 'law', 'me', 'us', 'them', 'him', 'her', 'you', 'whom', 'someone', 'anyone', 'cheque', 'check', 'card', 'cash'],
  // A party by its role, as a registry or a carrier's log prints who acted ("submitted by hospital", "updated by recipient").
  ...['hospital', 'clinic', 'site', 'sponsor', 'pharmacy', 'recipient', 'sender', 'driver', 'patient', 'courier', 'carrier'],
]);

/**
 * Adds to `candidates` the logins after "by" in a report's or an export's header that no candidate covers, 0.75.
 *
 * @example
 * const candidates: PiiFinding[] = [];
 * addLoginsAfterBy('# exported 2025-03-04 10:12 KST by jhkim.dasol', candidates);
 * candidates[0]?.text; // 'jhkim.dasol'
 */
export function addLoginsAfterBy(text: string, candidates: PiiFinding[]): void {
  // Every such header holds " by "; most texts hold none and skip the search.
  if (!text.includes(' by ')) return;
  const found: PiiFinding[] = [];
  actedBy.lastIndex = 0;
  for (let match = actedBy.exec(text); match !== null; match = actedBy.exec(text)) {
    const login = match[1]!;
    if (!isLogin(login)) continue;
    const start = match.index + match[0].length - login.length;
    const finding = { type: 'USERNAME' as const, start, end: start + login.length, text: login, score: 0.75, recognizer: recognizerName };
    if (!overlapsAny(candidates, finding)) found.push(finding);
  }
  for (const finding of found) candidates.push(finding);
}

/** A login: a mark or a digit in it, or a word of four letters or more that is no everyday word nor a manner's. */
function isLogin(value: string): boolean {
  if (!hasShapeOf('USERNAME', value) || mannerWords.has(value)) return false;
  return /[._\d-]/.test(value) || (value.length >= 4 && !isEverydayWording(value));
}
