// Finds a name before a Japanese honorific joined by a hyphen, as English written to or by Japanese colleagues and
// customers addresses people ("Tanaka-san,", "Yui-chan", "Sato-sensei"): the honorific is said only of a person.
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';

const recognizerName = 'name-before-japanese-honorific';

const honorifics = ['-san', '-sama', '-sensei', '-senpai', '-kun', '-chan'];
/** The capitalised word that ends right before the honorific. */
const nameBefore = /(?:^|[^A-Za-z])([A-Z][a-z]{1,15})$/;

/**
 * Names before -san, -sama, -sensei, -senpai, -kun or -chan, 0.8: each honorific searched as a string, then the word
 * before it read.
 *
 * @example
 * findNamesBeforeJapaneseHonorifics('Tanaka-san,\n\nThe dealer confirmed').map((finding) => finding.text); // ['Tanaka']
 */
export const findNamesBeforeJapaneseHonorifics = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  for (const honorific of honorifics) {
    for (let at = text.indexOf(honorific); at !== -1; at = text.indexOf(honorific, at + 1)) {
      const next = text.charCodeAt(at + honorific.length);
      if ((next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a)) continue;
      const word = nameBefore.exec(text.slice(Math.max(0, at - 17), at));
      if (word === null || wordsThatAreNotNames.has(word[1]!)) continue;
      const name = word[1]!;
      findings.push({ type: 'PERSON', start: at - name.length, end: at, text: name, score: 0.8, recognizer: recognizerName });
    }
  }
  return findings;
});
