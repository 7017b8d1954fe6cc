// Finds the person a listing's, a case's or a log's line credits with an act ("— asked by Wendell Osei on 3 May",
// "answered by Priya Menon", "Exported 02/07 by Fatima (store 4)", "returns processed by Tomasz Wicher"): a Q&A page, an
// export's header and a case's evidence name who asked, answered or handled it after "by"; a care desk's form, who
// checked, keyed in or received it ("checked by Ravi", "LOA received by Dean (Business Care)").
import type { PiiFinding } from '../types.ts';
import { firstNamesThatAreWords, holdsFirmWord } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';
import { rememberLastText } from '../last-text-memo.ts';

const recognizerName = 'person-name-after-by';

/**
 * An act a person does on a listing, a case or a site's visit, a date perhaps between it and "by", then one to three
 * capitalised words. Not "sent", "paid", "delivered" or "verified" by, which a carrier, a bank or a vendor does as often,
 * nor a forum's "Posted by", whose author is a handle.
 */
const actThenName =
  /\b([Aa]sked|[Aa]nswered|[Rr]eviewed|[Ee]scorted|[Ee]xported|[Ss]erved|[Pp]rocessed|[Aa]pproved|[Hh]andled|[Pp]acked|[Ii]nspected|[Ss]igned off|[Cc]hecked|[Kk]eyed(?:[ \t]+in)?|[Rr]eceived|[Ll]ogged)(?:[ \t]+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)?[ \t]+by[ \t]+([A-Z][a-zà-ÿ'’-]{1,20}(?:[ \t]+[A-Z][a-zà-ÿ'’-]{1,20}){0,2})(?![A-Za-zà-ÿ])/g;

const peoplesActs: ReadonlySet<string> = new Set(['asked', 'answered', 'escorted']);

/**
 * A full name whose first word is a listed first name, or a listed first name alone that is no everyday word, with no
 * firm's or trade's word. 0.7.
 *
 * @example
 * findNamesAfterBy('Q: Does it fit? — asked by Wendell Osei on 3 May').map((finding) => finding.text); // ['Wendell Osei']
 * findNamesAfterBy('Packed by Amazon Fulfilment'); // []
 */
export const findNamesAfterBy = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!text.includes(' by ')) return [];
  const findings: PiiFinding[] = [];
  actThenName.lastIndex = 0;
  for (let match = actThenName.exec(text); match !== null; match = actThenName.exec(text)) {
    const name = trailingMonthOff(match[2]!);
    const words = name.split(/[ \t]+/);
    const first = words[0]!;
    if (holdsFirmWord(name) || (words.length === 1 && firstNamesThatAreWords.has(first))) continue;
    // Only people ask, answer and escort: any full name does there; a firm reviews, processes or packs as often.
    if (!isListedFirstName(first) && !(words.length >= 2 && peoplesActs.has(match[1]!.toLowerCase()))) continue;
    const start = match.index + match[0].length - match[2]!.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName });
  }
  return findings;
});

const months =
  /[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|On|At|In)(?:[ \t].*)?$/;

/** The words of the name without a month, a day or a preposition read after it ("Kevin on 9 April" stops at "on"). */
function trailingMonthOff(words: string): string {
  return words.replace(months, '');
}
