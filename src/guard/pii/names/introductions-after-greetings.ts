// The writer who names themselves right after greeting the reader: "Hi Sharon, Nikhil from JB Hi-Fi Home deliveries",
// "Hi Seo-yeon, Mark from the travel desk here", "Hey mate, Trent the sparky here", "Hello Mr Pryce, Ffion at Heath Road
// Surgery here".
import type { PiiFinding } from '../types.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';

const recognizerName = 'introduction-after-greeting';

/**
 * A greeting that opens a line, whoever it greets, a comma or an exclamation mark, then a capitalised word and where the
 * writer is from or "here": their desk or firm after "from", "at" or "with", or their trade before "here".
 */
const introductionAfterGreeting =
  /(?:^|\n)[ \t]*(?:Hi|Hiya|Hey|Hello|Morning|Afternoon|Evening|Good (?:morning|afternoon|evening)|Kia ora|G'day)\b[^,!\n]{0,40}[,!][ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+(?:again[ \t]+)?(?:(?:from|at|with)[ \t][^\n.!?]{1,60}|the[ \t]+[a-z]+[ \t]+here\b|here\b)/g;
/** The greetings' first words, the search's cheap test. */
const greetingWord = /\b(?:Hi|Hiya|Hey|Hello|Morning|Afternoon|Evening|Good|Kia|G'day)\b/;

/**
 * The writers who name themselves after a greeting: a listed first name, or any name when "here" says the writer speaks.
 *
 * @example
 * findIntroductionsAfterGreetings('Hi Sharon, Nikhil from JB Hi-Fi Home deliveries.').map((finding) => finding.text); // ['Nikhil']
 * findIntroductionsAfterGreetings('Hi all, Thanks from the team'); // []
 */
export function findIntroductionsAfterGreetings(text: string): PiiFinding[] {
  if (!greetingWord.test(text)) return [];
  const findings: PiiFinding[] = [];
  introductionAfterGreeting.lastIndex = 0;
  for (let match = introductionAfterGreeting.exec(text); match !== null; match = introductionAfterGreeting.exec(text)) {
    const name = match[1]!;
    if (wordsThatAreNotNames.has(name)) continue;
    const nameEnd = match[0].indexOf(name) + name.length;
    if (!isListedFirstName(name) && !/\bhere\b/.test(match[0].slice(nameEnd))) continue;
    const start = match.index + match[0].indexOf(name);
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName });
  }
  return findings;
}
