// The sign-off of each message in a pasted e-mail thread, not only the last: a thread copies its replies one after another,
// apart by a rule ("---", "-----Original Message-----") or a quote's attribution ("On 4 Apr, Alistair Draper wrote:"), and
// each message above such a line ends with its writer's name as a whole text does ("Gracias!\nAlex\n\n---\nFrom: …").
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { signOffName } from './english-sign-off-names.ts';
import { textFeature, textFeatures } from '../text-features.ts';

/** A line that ends one message of a thread and starts the next: a rule of dashes or underscores, or an attribution. */
const messageBreak = /^[ \t]*(?:-{3,}[^\n]*|_{5,}|>?[ \t]*On[ \t][^\n]{4,100}[ \t]wrote:)[ \t]*$/gm;

/**
 * Whether the text may be a thread of several messages. The cheap test before the search.
 *
 * @example
 * mayHoldEmailThread('Thanks!\nAlex\n\n---\nFrom: Marcus'); // true
 */
export function mayHoldEmailThread(text: string): boolean {
  // Each look needs a line break or a colon, which the feature pass has already noted or not: most texts hold neither.
  if ((textFeatures(text).flags & (textFeature.lineBreak | textFeature.colon)) === 0) return false;
  return text.includes('\n---') || text.includes(' wrote:') || text.includes('\n____');
}

/**
 * The names that sign off the messages above each break of a thread, as `signOffName` reads a whole message's end (0.65).
 * A quoted message (its lines after "> ") is read as its writer left it. Remembered for the last text.
 *
 * @example
 * findSignOffsInEmailThreads('Here is my phone.\nGracias!\nAlex\n\n---\nFrom: Marcus Greene\nGot it').map((found) => found.text); // ['Alex']
 */
export const findSignOffsInEmailThreads = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldEmailThread(text)) return [];
  const findings: PiiFinding[] = [];
  let messageStart = 0;
  messageBreak.lastIndex = 0;
  for (let found = messageBreak.exec(text); found !== null; found = messageBreak.exec(text)) {
    const signOff = found.index > messageStart ? signOffName(text.slice(messageStart, found.index)) : undefined;
    if (signOff !== undefined) findings.push({ ...signOff, start: signOff.start + messageStart, end: signOff.end + messageStart });
    messageStart = messageBreak.lastIndex;
  }
  return findings;
});
