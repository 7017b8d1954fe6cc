// A business's shared lines in its fleet's rows: a line list's, a bill's or an export's row whose user is the company's
// shared use (공용, "shared") or nobody yet (미배정, "unassigned", `"user": null`), and a number called shared in its own
// bracket ("센터 업무폰(010-…, 푸드뱅크 공용)"); and a number a carrier's order routes to a business's telephony: an IVR,
// an auto-attendant, a ring or hunt group, an answering service, fax-to-email ("| (512) 443-7800 | Main line |
// Auto-attendant AA-1 |", "divert 07 3221 8400 to the … answering service"). Such a line is the organisation's, a mobile
// as much as a landline: no person carries it. A row or a line that names its user keeps its number theirs.
import type { PiiFinding } from './types.ts';
import { removePhonesOfLines } from './organisations-lines.ts';

/** The words that mark a shared, an unassigned or a routed line; the cheap check before any row is read. */
const sharedWord =
  /공용|당직[ \t]?(?:폰|휴대폰)|미배정|"user"[ \t]*:[ \t]*null|\b(?:[Ss]hared|[Uu]nassigned|IVR|[Aa]uto-?attendant|[Rr]ing group|[Hh]unt group|answering service|[Ff]ax-to-email)\b/;
/** A business's telephony that a line routes to, on the number's own line. */
const routingWord = /\b(?:IVR|[Aa]uto-?attendant|[Rr]ing group|[Hh]unt group|answering service|[Ff]ax-to-email)\b/;
/**
 * A row's cell that says the line is shared or unassigned: a table's, a CSV's or a JSON object's, opening with the word or
 * holding it after a few characters ("| 공용(전시회용) |", ",(공용),", ",,미배정,", `"user": "현장공용-영광"`, `"user":
 * null`, "| Shared |").
 */
const sharedCell =
  /(?:^|[|,]|"[ \t]*:[ \t]*")[ \t]*\(?[^|,"\n]{0,8}?(?:공용|미배정)|"user"[ \t]*:[ \t]*null|(?:^|[|,])[ \t]*(?:[Ss]hared|[Uu]nassigned)\b/;
/** A row's separators: a table's bars, a CSV's commas or a JSON object's keys, two at least. */
const rowSeparators = /[|,]|"[ \t]*:/g;
/**
 * The number called shared in its own bracket right after it ("010-…, 푸드뱅크 공용)", "010-… (공용)"), or a duty phone
 * that the night's staff pass on ("+63-917-… (당직폰)").
 */
const sharedGlossAfter = /^[ \t]*(?:,[ \t]*[^()\n]{0,12}|\([ \t]*)(?:공용|당직[ \t]?(?:폰|휴대폰))[ \t]*\)/;

/**
 * Removes from `candidates` the phones in a shared or an unassigned line's row, or on a line routed to a business's
 * telephony, that names no one, and the phones called shared in their own bracket.
 *
 * @example
 * const candidates = [{ type: 'PHONE', start: 8, end: 21, text: '010-3317-4422', score: 0.9, recognizer: 'phone' }];
 * removeSharedLines('| 공용 | 010-3317-4422 | 생산1팀 |', candidates);
 * candidates.length; // 0
 */
export function removeSharedLines(text: string, candidates: PiiFinding[]): void {
  if (!sharedWord.test(text)) return;
  const shared = new Set<PiiFinding>();
  for (const candidate of candidates) {
    if (candidate.type !== 'PHONE') continue;
    if (sharedGlossAfter.test(text.slice(candidate.end, candidate.end + 24)) || isInSharedRow(text, candidate, candidates))
      shared.add(candidate);
  }
  if (shared.size === 0) return;
  // Wherever the text repeats the line it is the same line ("대표번호: 031-… (착신 DID 031-…)" above its row "| 공용 | 031-… |").
  removePhonesOfLines(candidates, new Set([...shared].map((phone) => phone.text.replace(/\D/g, ''))));
}

function isInSharedRow(text: string, phone: PiiFinding, candidates: readonly PiiFinding[]): boolean {
  const lineStart = text.lastIndexOf('\n', phone.start - 1) + 1;
  const newline = text.indexOf('\n', phone.end);
  const lineEnd = newline === -1 ? text.length : newline;
  const line = text.slice(lineStart, lineEnd);
  const sharedRow = sharedCell.test(line) && (line.match(rowSeparators)?.length ?? 0) >= 2;
  if (!sharedRow && !routingWord.test(line)) return false;
  return !candidates.some((other) => other.type === 'PERSON' && other.start >= lineStart && other.end <= lineEnd);
}
