// A Korean chat's speaker who goes by one Latin word, and writes the full name in capitals as a bank or a form wants it ("Bishal:
// … 이름 영어로 BISHAL GURUNG", "Shokhrukh: 하나 620-218774-319 SHOKHRUKH TOSHMATOV"): a foreign worker's or a customer's
// name, which holds the speaker's own word, whatever list holds its surname.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { capitalise } from './latin-name.ts';

const recognizerName = 'speaker-name-in-capitals';

/** A turn that one capitalised Latin word opens, as a chat's display name heads it ("Bishal: …"). */
const latinSpeaker = /(?:^|\n)([A-Z][a-z]{2,14}):/g;
const hangulSyllable = /[가-힣]/;
/** Two to four words in capitals, no letter or digit around them ("DELA CRUZ ROBERTO MANALO"). */
const capitalsName = /(?<![A-Za-z0-9])[A-Z]{2,15}(?:[ \t][A-Z]{2,15}){1,3}(?![A-Za-z0-9])/g;

/**
 * The names in capitals that hold a word a turn of the chat opens with, 0.8. Remembered for the last text.
 *
 * @example
 * findSpeakersNamesInCapitals('Bishal: 이름 영어로 BISHAL GURUNG').map((finding) => finding.text); // ['BISHAL GURUNG']
 * findSpeakersNamesInCapitals('Bishal: IMEI SIM CARD'); // []
 */
export const findSpeakersNamesInCapitals = rememberLastText((text: string): readonly PiiFinding[] => {
  // A speaker opens two turns or more, one of them in Korean as a foreign member of a Korean chat writes, and is no
  // everyday word: an English form's labels ("Rental:", "Record:") head lines of no Korean.
  const turns = new Map<string, number>();
  let korean = false;
  latinSpeaker.lastIndex = 0;
  for (let match = latinSpeaker.exec(text); match !== null; match = latinSpeaker.exec(text)) {
    if (wordsThatAreNotNames.has(match[1]!)) continue;
    turns.set(match[1]!.toUpperCase(), (turns.get(match[1]!.toUpperCase()) ?? 0) + 1);
    const lineEnd = text.indexOf('\n', latinSpeaker.lastIndex);
    korean ||= hangulSyllable.test(text.slice(latinSpeaker.lastIndex, lineEnd === -1 ? text.length : lineEnd));
  }
  if (!korean) return [];
  const speakers = new Set<string>();
  for (const [speaker, count] of turns) if (count >= 2) speakers.add(speaker);
  if (speakers.size === 0) return [];
  const findings: PiiFinding[] = [];
  capitalsName.lastIndex = 0;
  for (let match = capitalsName.exec(text); match !== null; match = capitalsName.exec(text)) {
    const words = match[0].split(/[ \t]/);
    // Every word a name's, none an everyday one shouted ("THANK YOU TYLER").
    if (!words.some((word) => speakers.has(word)) || words.some((word) => wordsThatAreNotNames.has(capitalise(word)))) continue;
    findings.push({
      type: 'PERSON',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      score: 0.8,
      recognizer: recognizerName,
    });
  }
  return findings;
});
