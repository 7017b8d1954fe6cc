// The writer's name where a message opens by saying who writes, as texts from a new number do: "hey it's Valen 👋 use this
// email…", "new phone who dis 😂 jk it's Reuben, 0473 …", "언니 it's Yuri!! new number …". The lists of first names decide
// "it's Sarah"; this reads a name no list holds, where the word after it shows that the sentence stops at the name.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { holdsFirmWordInAnyCase } from './english-name-words.ts';

const recognizerName = 'english-self-introduction';

/** How far into a message the introduction may stand: after a greeting, a joke or a call of a few words. */
const openingReach = 40;
/**
 * "it's" (its, it is) in lower case and one capitalised word, then an emoji, a comma, an exclamation mark, "here", "from" or
 * the message's end: "it's Monday again" goes on as a sentence.
 */
const itsName =
  /(?<![A-Za-z])(?:it['’]?s|it is)[ \t]+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Za-zß-öø-ÿ]+)?)(?=[ \t]*(?:[,!]|$|\r?\n|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]|here\b|from\b))/uy;
/** Days, seasons, feasts and services that "it's" opens as often as a name ("it's Christmas!!", "it's Google, not us"). */
const notWriters: ReadonlySet<string> = new Set([
  ...['Christmas', 'Easter', 'Halloween', 'Diwali', 'Ramadan', 'Eid', 'Chuseok', 'Thanksgiving', 'Payday', 'Weekend'],
  ...['Summer', 'Winter', 'Spring', 'Autumn', 'Fall', 'Google', 'Amazon', 'Apple', 'Microsoft', 'Samsung', 'Me', 'Us'],
  ...['Him', 'Them', 'Time', 'Over', 'True', 'Real', 'Official', 'Live', 'Late', 'Early', 'Raining', 'Nothing', 'Everything'],
]);

/**
 * The name after "it's" near a message's start, 0.7. Remembered for the last text.
 *
 * @example
 * findSelfIntroductions("hey it's Valen 👋 use this email").map((finding) => finding.text); // ['Valen']
 * findSelfIntroductions("it's Monday again"); // []
 */
export const findSelfIntroductions = rememberLastText((text: string): readonly PiiFinding[] => {
  const reach = Math.min(text.length, openingReach);
  for (let at = text.indexOf('it', 0); at !== -1 && at < reach; at = text.indexOf('it', at + 2)) {
    // "it's", "its", "it’s" or "it is": the letter after "it" is a quote, an "s" or a blank, and none comes before it.
    const after = text.charCodeAt(at + 2);
    if (after !== 0x27 && after !== 0x2019 && after !== 0x73 && after !== 0x20) continue;
    if (at > 0 && isAsciiLetter(text.charCodeAt(at - 1))) continue;
    itsName.lastIndex = at;
    const match = itsName.exec(text);
    if (match === null || !opensMessage(text, at)) continue;
    const name = match[1]!;
    if (notWriters.has(name) || holdsFirmWordInAnyCase(name)) return [];
    const end = at + match[0].length;
    return [{ type: 'PERSON', start: end - name.length, end, text: name, score: 0.7, recognizer: recognizerName }];
  }
  return [];
});

/** The words a message from a new number opens with before "it's": a greeting, a call, a joke's end. */
const openers: ReadonlySet<string> = new Set([
  ...['hey', 'heya', 'hi', 'hiya', 'hello', 'yo', 'oi', 'ok', 'okay', 'jk', 'lol', 'haha', 'hehe', 'omg', 'sorry', 'so'],
  ...['ma', 'mum', 'mom', 'mama', 'dad', 'papa', 'sis', 'bro', 'babe', 'guys', 'all', 'everyone', 'team'],
]);

/**
 * Whether "it's" at `at` opens the message: at its start or a line's, after an emoji, Hangul ("언니 it's …"), a sentence's
 * end or a greeting ("hey it's"), not inside a sentence ("Honestly it's Ridiculous").
 */
function opensMessage(text: string, at: number): boolean {
  let before = at;
  while (before > 0 && /[ \t,!.?~]/.test(text.charAt(before - 1))) before -= 1;
  if (before === 0 || text.charCodeAt(before - 1) === 0x0a) return true;
  const code = text.charCodeAt(before - 1);
  if ((code >= 0xdc00 && code <= 0xdfff) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x2600 && code <= 0x27bf)) return true;
  if (before < at && /[!.?]/.test(text.slice(before, at))) return true;
  let wordStart = before;
  while (wordStart > 0 && /[A-Za-z]/.test(text.charAt(wordStart - 1))) wordStart -= 1;
  // "hiii", "heyyy": a greeting drawn out.
  return openers.has(
    text
      .slice(wordStart, before)
      .toLowerCase()
      .replace(/(.)\1+$/, '$1'),
  );
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
