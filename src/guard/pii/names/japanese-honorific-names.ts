// Finds a name before a Japanese honorific joined by a hyphen, as English written to or by Japanese colleagues and
// customers addresses people ("Tanaka-san,", "Yui-chan", "Sato-sensei"): the honorific is said only of a person.
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'name-before-japanese-honorific';
const noFindings: readonly PiiFinding[] = [];

const honorifics = ['san', 'sama', 'sensei', 'senpai', 'kun', 'chan'];
/** Every match holds a hyphen and an honorific. */
const hyphenedHonorifics = characterPairWords(...honorifics.map((word) => `-${word}`));
/** The honorific after its hyphen, searched in one pass; the word before it is read after. */
const honorific = new RegExp(`-(?:${honorifics.join('|')})(?![A-Za-z])`, 'g');
/** The capitalised word that ends right before the honorific. */
const nameBefore = /(?:^|[^A-Za-z])([A-Z][a-z]{1,15})$/;

/**
 * Names before -san, -sama, -sensei, -senpai, -kun or -chan, 0.8.
 *
 * @example
 * findNamesBeforeJapaneseHonorifics('Tanaka-san,\n\nThe dealer confirmed').map((finding) => finding.text); // ['Tanaka']
 */
export const findNamesBeforeJapaneseHonorifics = rememberLastText((text: string): readonly PiiFinding[] => {
  // Most texts hold no hyphen before an honorific: the pairs' slots are cheaper than the pattern's set-up.
  if (!mayHoldAnyWord(text, hyphenedHonorifics)) return noFindings;
  const findings: PiiFinding[] = [];
  honorific.lastIndex = 0;
  for (let match = honorific.exec(text); match !== null; match = honorific.exec(text)) {
    const at = match.index;
    const word = nameBefore.exec(text.slice(Math.max(0, at - 17), at));
    if (word === null || wordsThatAreNotNames.has(word[1]!)) continue;
    const name = word[1]!;
    findings.push({ type: 'PERSON', start: at - name.length, end: at, text: name, score: 0.8, recognizer: recognizerName });
  }
  return findings;
});
