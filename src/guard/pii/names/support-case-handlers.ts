// Finds the staff member a support case's notes name beside their team ("Agent notes (Lucía R., tier 1):", "Reply (Seller
// Support, Kemi):", "[Internal note — Tariq, Trust & Safety: …", "Case owner: Ines (Courier Support, Tier 2)"): a marketplace's
// or a platform's case export heads each note so, and the given name there is the agent's, listed or not.
import type { PiiFinding } from '../types.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'support-case-handler';

/** A given name, an initial perhaps after it ("Lucía R."). */
const name = String.raw`[A-ZÀ-Þ][a-zà-ÿ]{1,14}(?:[ \t][A-Z]\.)?`;
/** A team's or a tier's words, read by `namesTeamOrTier`. */
const team = String.raw`[^(),:\n—–]{2,30}?`;
const partSeparator = String.raw`[ \t]*(?:,|[ \t][—–-])[ \t]*`;
/**
 * A note's head at a line's start (or a bracket's): the note's word, then in brackets or after a dash the agent's name and
 * team in either order; or a case's owner, the name, then the team in brackets.
 */
const noteHead = new RegExp(
  String.raw`(?:^|\[)[ \t]*(?:(?:Agent(?:[ \t]+(?:notes?|reply|response))?|Reply|Response|Action|Internal[ \t]+note|Escalation)(?:[ \t]*\([ \t]*|[ \t]+[—–-][ \t]+)` +
    String.raw`(?:(${name})${partSeparator}(${team})|(${team})${partSeparator}(${name}))[ \t]*[):]` +
    String.raw`|(?:Case[ \t]+owner|Assigned[ \t]+to|Handled[ \t]+by)[ \t]*:[ \t]*(${name})[ \t]*\((${team})[,)])`,
  'dgm',
);
/**
 * The words of a support team or a tier ("Courier Support", "tier 2", "Trust & Safety", "Developer Support", a cruise's
 * or a hotel's "Guest Services").
 */
const teamOrTier =
  /\b(?:Support|Tier|tier|Team|team|Safety|Care|Desk|Ops|Escalations|Billing|Payments|Payouts|Services|Relations|T&S|L[123])\b/;

/** A channel or a bot answers a case too ("Agent (Chat, Support)"): no person. */
const channelWords: ReadonlySet<string> = new Set([
  ...['Chat', 'Live', 'Phone', 'Email', 'Web', 'App', 'Bot', 'System', 'Auto', 'Online', 'Voice', 'Sms', 'SMS', 'Admin'],
  ...['Internal', 'Public', 'Private', 'Automated', 'Escalated', 'Pending', 'Closed', 'Resolved', 'Open', 'Urgent'],
]);

/**
 * The agents named in a case's note heads. 0.7.
 *
 * @example
 * findSupportCaseHandlers('Reply (Seller Support, Kemi): Hi Dimitri').map((finding) => finding.text); // ['Kemi']
 * findSupportCaseHandlers('Reply (Seller Support, Tier 2): Hi Dimitri'); // []
 */
export const findSupportCaseHandlers = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldSupportCaseNote(text)) return [];
  const findings: PiiFinding[] = [];
  noteHead.lastIndex = 0;
  for (let match = noteHead.exec(text); match !== null; match = noteHead.exec(text)) {
    const handlerGroup = match[1] !== undefined ? 1 : match[4] !== undefined ? 4 : 5;
    const handler = match[handlerGroup];
    const handlersTeam = match[2] ?? match[3] ?? match[6];
    if (handler === undefined || handlersTeam === undefined || !teamOrTier.test(handlersTeam)) continue;
    const firstWord = handler.split(/[ \t]/)[0]!;
    if (wordsThatAreNotNames.has(firstWord) || channelWords.has(firstWord) || teamOrTier.test(handler)) continue;
    const start = match.indices![handlerGroup]![0];
    findings.push({ type: 'PERSON', start, end: start + handler.length, text: handler, score: 0.7, recognizer: recognizerName });
  }
  return findings;
});

const supportCaseWords = characterPairWords('support', 'ier ', 'safety', 'team', 'services', 'relations');

/** A team's or a tier's word in the text, which every note head holds. */
export function mayHoldSupportCaseNote(text: string): boolean {
  return (
    mayHoldAnyWord(text, supportCaseWords) &&
    (text.includes('Support') ||
      text.includes('ier ') ||
      text.includes('Safety') ||
      text.includes('Team') ||
      text.includes('team') ||
      text.includes('Services') ||
      text.includes('Relations'))
  );
}
