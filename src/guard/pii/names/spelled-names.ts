// A name spelled letter by letter, as callers spell it for an agent ("Owen Pryce, that's P-R-Y-C-E", "surname
// O-Y-E-L-A-R-A-N"): read in the decoded text, where the letters stand joined ("PRYCE"), it is a name when a name found
// holds it or a name's word asks for it.
import { overlapsAny } from '../resolve-overlaps.ts';
import type { PiiFinding } from '../types.ts';

const recognizerName = 'spelled-name';
/** The words that ask for or announce a spelling, right before it. */
const spellingCue =
  /(?:surname|last name|family name|first name|given names?|name|spelled|spelling|spell it|that's|that is|i\.e\.|성|이름|성함|철자|여권에는|여권엔)[ \t]*[:,(]?[ \t]*$/i;

/**
 * Adds to `findings` (of the decoded `text`, in text order) the words spelled letter by letter that a found name holds or
 * a spelling's cue comes before; spelled words a blank apart are one name ("NGUYEN VAN THANH").
 *
 * @example
 * const findings = [{ type: 'PERSON', start: 8, end: 18, text: 'Owen Pryce', score: 0.85, recognizer: 'x' }];
 * addSpelledNames("Caller: Owen Pryce, that's PRYCE.", [{ start: 27, end: 32 }], findings);
 * findings.map((finding) => finding.text); // ['Owen Pryce', 'PRYCE']
 */
export function addSpelledNames(text: string, spelled: ReadonlyArray<{ start: number; end: number }>, findings: PiiFinding[]): void {
  if (spelled.length === 0) return;
  const nameWords = new Set(
    findings.filter((finding) => finding.type === 'PERSON').flatMap((finding) => finding.text.toLowerCase().split(/[\s,.'’-]+/)),
  );
  let added = false;
  for (let index = 0; index < spelled.length; index += 1) {
    const span = { ...spelled[index]! };
    const cued = spellingCue.test(text.slice(Math.max(0, span.start - 24), span.start));
    let known = nameWords.has(text.slice(span.start, span.end).toLowerCase());
    while (index + 1 < spelled.length && /^[ \t]{1,2}$/.test(text.slice(span.end, spelled[index + 1]!.start))) {
      span.end = spelled[++index]!.end;
      known ||= nameWords.has(text.slice(spelled[index]!.start, span.end).toLowerCase());
    }
    if (!cued && !known) continue;
    const finding: PiiFinding = { type: 'PERSON', ...span, text: text.slice(span.start, span.end), score: 0.8, recognizer: recognizerName };
    if (overlapsAny(findings, finding)) continue;
    findings.push(finding);
    added = true;
  }
  if (added) findings.sort((first, second) => first.start - second.start);
}
