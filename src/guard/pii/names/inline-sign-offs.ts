// Finds a writer who signs within a line rather than on one of their own, as a shop's or a platform's reply pasted into a
// review or a case does: a closing, the given name and the post ("… yet. Kind regards, Rowan, Duty Manager (020 …)"), or
// a dash after the last sentence, the given name and the team ("… your number. — Ines, Brightkettle customer care").
import type { PiiFinding } from '../types.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { namesTeamOrFunction } from './team-display-words.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { textFeature, textFeatures } from '../text-features.ts';

const recognizerName = 'inline-sign-off';

const givenName = String.raw`([A-Z][a-zà-ÿ]{1,14})`;
/** A closing, a comma perhaps, the given name, then a comma and a capitalised post ("Store Manager"). */
const closingThenNameAndPost = new RegExp(
  String.raw`\b(?:Kind regards|Best regards|Warm regards|Many thanks|Best wishes|Regards|Cheers|Thanks)[,!]?[ \t]+${givenName},[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3}[ \t]*(?=\(|$|\n|,)`,
  'dg',
);
/** A sentence's end, a dash, the given name, a comma, then a team's words within the clause ("customer care", "Support"). */
const dashThenNameAndTeam = new RegExp(
  String.raw`[.!?][ \t]+[—–][ \t]*${givenName},[ \t]+[^\n(,]{0,30}?\b(?:customer care|[Cc]are|[Ss]upport|[Tt]eam|[Ss]ervice|[Hh]elp ?desk)\b`,
  'dg',
);
/**
 * A sentence's end, the given name, a comma, then capitalised words that end with a team's and the line ("… sorted! Priya,
 * Acme Social Care"), as a brand's social reply signs without a dash.
 */
const nameAndTeamEndingLine = new RegExp(
  String.raw`[.!?][ \t]+${givenName},[ \t]+(?:[A-Z][A-Za-z]*[ \t]+){0,3}(?:Care|Support|Team|Service|Helpdesk|Help Desk)[ \t]*(?=\n|$)`,
  'dg',
);

/**
 * The writers who sign inside a line. 0.7.
 *
 * @example
 * findInlineSignOffs('Nothing found yet. Kind regards, Rowan, Store Manager (020 7946 0000)').map((f) => f.text); // ['Rowan']
 * findInlineSignOffs('Thanks, Team Leader'); // []
 */
export const findInlineSignOffs = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldInlineSignOff(text)) return [];
  const findings: PiiFinding[] = [];
  for (const pattern of [closingThenNameAndPost, dashThenNameAndTeam, nameAndTeamEndingLine]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const name = match[1]!;
      if (wordsThatAreNotNames.has(name) || namesTeamOrFunction(name)) continue;
      const start = match.indices![1]![0];
      findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName });
    }
  }
  return findings;
});

const closingWords = characterPairWords('egards', 'hanks', 'cheers', 'best', '—', '–');

/** A closing's word or a dash, which `closingThenNameAndPost` and `dashThenNameAndTeam` need. */
const closingWordOrDash = /egards|hanks|Cheers|Best|[—–]/;

/**
 * A closing's word or a dash, which every inline sign-off holds, or a team's word that ends a line, as
 * `nameAndTeamEndingLine` needs.
 */
export function mayHoldInlineSignOff(text: string): boolean {
  return (mayHoldAnyWord(text, closingWords) && closingWordOrDash.test(text)) || endsLineWithTeamWord(text);
}

/**
 * Whether a line (the last one too) ends with a team's word, blanks after it perhaps, as `nameAndTeamEndingLine` needs:
 * "Support" and "Service" alone are in every request.
 */
function endsLineWithTeamWord(text: string): boolean {
  // `lineBreak` is set by every \n: without one, only the text's end ends a line.
  if ((textFeatures(text).flags & textFeature.lineBreak) === 0) return isTeamWordBefore(text, text.length);
  for (let lineBreak = text.indexOf('\n'); ; lineBreak = text.indexOf('\n', lineBreak + 1)) {
    if (isTeamWordBefore(text, lineBreak === -1 ? text.length : lineBreak)) return true;
    if (lineBreak === -1) return false;
  }
}

/** Whether Care, Support, Team, Service, Helpdesk or Help Desk ends right before `end`, or before blanks there. */
function isTeamWordBefore(text: string, end: number): boolean {
  let last = end;
  while (last > 0 && (text.charCodeAt(last - 1) === 0x20 || text.charCodeAt(last - 1) === 0x09)) last -= 1;
  switch (text.charCodeAt(last - 1)) {
    case 0x65: // e
      return text.endsWith('Care', last) || text.endsWith('Service', last);
    case 0x74: // t
      return text.endsWith('Support', last);
    case 0x6d: // m
      return text.endsWith('Team', last);
    case 0x6b: // k
      return text.endsWith('Helpdesk', last) || text.endsWith('Help Desk', last);
    default:
      return false;
  }
}
