// The two people a pasted chat's heading names after its messenger ("WhatsApp — Aoife & Kasia", "[iMessage — Marco &
// Elena]", "Signal: Tom and Priya"): a one-to-one chat is headed by its two sides, who are people where the names are
// given names or where they open the chat's turns.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { firstNamesThatAreWords, holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';

const recognizerName = 'messenger-heading-party';

const messengers = ['WhatsApp', 'iMessage', 'Messages', 'Signal', 'Telegram', 'Messenger', 'Viber', 'WeChat'];

/** The messengers' first letters, by character code. */
const messengerFirstLetters = new Uint8Array(128);
for (const messenger of messengers) messengerFirstLetters[messenger.charCodeAt(0)] = 1;

/**
 * Whether a messenger's name opens the text, after its blanks and a bracket, where the heading below needs one: a text
 * that opens otherwise is read no further. Its first letter first: few texts open with W, i, M, S, T or V.
 */
function opensWithMessenger(text: string): boolean {
  let at = 0;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at += 1;
  if (text.charCodeAt(at) === 0x5b) at += 1;
  const first = text.charCodeAt(at);
  if (!(first < 128) || messengerFirstLetters[first] !== 1) return false;
  for (const messenger of messengers) if (text.startsWith(messenger, at)) return true;
  return false;
}

/**
 * The text's first line: a messenger's name, perhaps in a bracket and with a word after it ("WhatsApp chat"), a dash or a
 * colon, then two names joined by "&", "and" or "+", the bracket perhaps closing after them.
 */
const heading = new RegExp(
  String.raw`^[ \t]*\[?(?:${messengers.join('|')})(?:[ \t]+(?:chat|thread|group|export))?[ \t]*(?:[—–-]|:)[ \t]*([A-Z][\p{Ll}'’-]{1,20})[ \t]*(?:&|and|\+)[ \t]*([A-Z][\p{Ll}'’-]{1,20})[ \t]*\]?[ \t]*(?:\r?\n|$)`,
  'u',
);

/** The household's and the family's words that head a chat as often as names ("Mum & Dad", "Me & Sam"). */
const sidesThatAreNoNames: ReadonlySet<string> = new Set([
  ...['Me', 'You', 'Mum', 'Mom', 'Dad', 'Mam', 'Nan', 'Gran', 'Grandma', 'Grandpa', 'Family', 'Team', 'Group', 'Support'],
  ...['Us', 'Them', 'Friends', 'Kids', 'Parents', 'Sis', 'Bro', 'Babe', 'Wife', 'Husband'],
]);

/** Whether the heading's side is a person: a given name no list marks as a word, or a word that opens a turn of the chat. */
function isPersonSide(text: string, side: string): boolean {
  if (sidesThatAreNoNames.has(side) || wordsThatAreNotNames.has(side) || holdsFirmWord(side)) return false;
  return (isListedFirstName(side) && !firstNamesThatAreWords.has(side)) || text.includes(`\n${side}:`);
}

/**
 * The two sides a messenger's heading names, 0.75. Remembered for the last text.
 *
 * @example
 * findMessengerHeadingPairs('WhatsApp — Aoife & Kasia\nKasia: hi').map((finding) => finding.text); // ['Aoife', 'Kasia']
 * findMessengerHeadingPairs('WhatsApp — Mum & Dad\nMum: hi'); // []
 */
export const findMessengerHeadingPairs = rememberLastText((text: string): readonly PiiFinding[] => {
  // The heading is anchored at the text's start (no `m` flag): blanks, a bracket perhaps, then the messenger.
  if (!opensWithMessenger(text)) return [];
  const match = heading.exec(text);
  if (match === null) return [];
  const findings: PiiFinding[] = [];
  let from = match.index;
  for (const side of [match[1]!, match[2]!]) {
    const start = text.indexOf(side, from);
    from = start + side.length;
    if (isPersonSide(text, side))
      findings.push({ type: 'PERSON', start, end: start + side.length, text: side, score: 0.75, recognizer: recognizerName });
  }
  return findings;
});
