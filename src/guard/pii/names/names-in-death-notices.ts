// The names a death notice, an obituary or a family's record gives by its own set phrases: the one who died ("announces the
// passing of Rod, 84", "in Rod's memory", "in loving memory of Nell"), who survives them ("survived by Joan"), and a
// maiden surname ("Joan (née Fraser)", "Jenna Bell (née Alvarez)"). The phrases name people only; the names are often
// short forms no list holds.
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';

const recognizerName = 'name-in-death-notice';

const noticeWords = characterPairWords('passing of', 'death of', 'survived by', 'memory', 'née', 'nee ');
/** Every match holds one of these as written, the pattern being in lower case: "née" or "nee" has a blank after it. */
const noticeLiterals = ['passing', 'death', 'memory', 'survived', 'née ', 'née\t', 'nee ', 'nee\t'];

/** A capitalised name's word ("Rod", "MacLean", "O'Neill", "Anne-Marie"). */
const nameWord = String.raw`[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ]+(?:[A-Z][a-zß-öø-ÿ]+)?|'[A-Z][a-zß-öø-ÿ]+)(?:-[A-Z][a-zß-öø-ÿ]+)?`;
/**
 * The phrases, then a name of one to three words: the dead after "passing of" or "death of" (a possessive's dear one
 * perhaps between: "passing of our beloved mother Nell"), in "memory of" or before "'s memory"; a survivor after "survived
 * by" (a kin word perhaps between); a maiden surname after "née".
 */
const noticeName = new RegExp(
  String.raw`(?<![A-Za-z])(?:(?:passing|death)[ \t]+of|in[ \t]+(?:loving[ \t]+)?memory[ \t]+of|survived[ \t]+by|n[ée]e)[ \t]+(?:(?:his|her|their|our)[ \t]+(?:(?:beloved|dear|loving|late)[ \t]+)?(?:wife|husband|partner|mother|father|son|daughter|brother|sister|mum|mom|dad)[ \t]+)?(${nameWord}(?:[ \t]+${nameWord}){0,2})(?![A-Za-zß-öø-ÿ'’-])(?![ \t]*[A-Z]?-?\d)|(?<![A-Za-z])in[ \t]+(${nameWord})['’]s[ \t]+memory`,
  'g',
);

/**
 * The names a death notice's set phrases give, 0.75. Remembered for the last text.
 *
 * @example
 * findNamesInDeathNotices('the family announces the passing of Rod, 84').map((finding) => finding.text); // ['Rod']
 * findNamesInDeathNotices('He is survived by Joan (née Fraser)').map((finding) => finding.text); // ['Joan', 'Fraser']
 */
export const findNamesInDeathNotices = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldAnyWord(text, noticeWords) || !noticeLiterals.some((word) => text.includes(word))) return [];
  const findings: PiiFinding[] = [];
  noticeName.lastIndex = 0;
  for (let match = noticeName.exec(text); match !== null; match = noticeName.exec(text)) {
    const name = match[1] ?? match[2]!;
    // "the death of Queen Victoria", "in memory of St Anne's": a title, a place's or a firm's words are no one's own; nor is
    // a bill's or a law's name before its number ("the passing of Bill C-21", regexp's lookahead).
    if (name.split(/[ \t]+/).some((word) => wordsThatAreNotNames.has(word)) || holdsFirmWord(name)) continue;
    const start = match.index + match[0].lastIndexOf(name);
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  }
  return findings;
});
