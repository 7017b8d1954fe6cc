// A person thanked by name inside a message, where the closings' and greetings' searches do not look: "Lovely, thanks
// Gwen. Keys at desk 3", "Thank you Priya, the deposit went through", "Thanks Aisling, I'll get the draft lease over", and
// one signed off on the thanks' line ("thanks, Chantal").
import type { PiiFinding } from '../types.ts';
import { firstNamesThatAreWords } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';

const recognizerName = 'thanked-name';

/**
 * Thanks at a sentence's or a turn's start, then the name and a mark that ends it, or the line's end where the thanks
 * sign a message off ("thanks, Chantal", "Thanks! Laura", "Thanks, Linh'" closing a quoted message).
 */
const thankedName =
  /(?:^|\n|[,.!?:][ \t]+)['"“‘]?(?:[Tt]hanks(?: a million| a lot| so much| heaps| again)?|[Tt]hank you(?: so much| again)?|[Cc]heers|[Tt]hx)(?:[ \t]+|[,!][ \t]+(?=[A-Z][a-z]+['"”’]?[ \t]*(?:\r?\n|$)))([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[ \t]*[,.!?'"”’]|[ \t]*(?:\r?\n|$))/g;

/**
 * The listed first names thanked by name; brands ("thanks Amazon.") and first names that are words ("thanks
 * Will.") are none.
 *
 * @example
 * findThankedNames('Lovely, thanks Gwen. Keys at desk 3 from 7.30.').map((finding) => finding.text); // ['Gwen']
 */
export function findThankedNames(text: string): PiiFinding[] {
  // Every thanks holds one of these: the pattern, which tries each line and each mark, then runs only where one stands.
  if (!text.includes('hank') && !text.includes('heers') && !text.includes('hx')) return [];
  const findings: PiiFinding[] = [];
  thankedName.lastIndex = 0;
  for (let match = thankedName.exec(text); match !== null; match = thankedName.exec(text)) {
    const name = match[1]!;
    if (!isListedFirstName(name) || firstNamesThatAreWords.has(name)) continue;
    const start = match.index + match[0].lastIndexOf(name);
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName });
  }
  return findings;
}
