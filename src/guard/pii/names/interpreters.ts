// The interpreter a migrants' legal aid, a hotline or a clinic names beside a call or a visit ("interpreter: Omar (Arabic)",
// "Interpreter (Arabic, by phone): Samir", "interpreter Yulia (Bahasa Indonesia)", "Caller (via Omar):", "미얀마어 통역
// Thiri"): a person who spoke for the client, named by the given name alone as often as not, which no list need hold.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { wordsThatAreNotNames } from './english-name-words.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'interpreter-name';

/**
 * The interpreter's word (its language or the way of the call perhaps in brackets after it, "today" or "on duty" perhaps
 * after that, then perhaps a colon), or a speaker's label said through one ("Caller (via Omar):"), then a name of one to three
 * capitalised words, a surname's initial perhaps after it ("Nanthida P.", "Le Thi Hoa").
 */
const interpreterThenName =
  /(?:\b(?:[Ii]nterpreter|INTERPRETER|[Ii]nterp\.?|[Tt]ranslator)(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]+(?:today|on duty|on call|on the line))?[ \t]*:?|\(via(?:[ \t]+interpreter)?(?=[ \t]+[^()\n]{2,30}\)[ \t]*:)|통역(?:사|원)?)[ \t]+([A-Z][a-zà-ÿ]{1,14}(?:-[a-z]{2,8})?(?:[ \t]+(?:[A-Z][a-zà-ÿ]{1,20}|[A-Z]\.)(?![A-Za-zà-ÿ])){0,2})(?![A-Za-zà-ÿ-])/g;

const interpreterSpokenOf = /nterpret|NTERPRET|ranslat|통역/;

/** A place's or a firm's words after the name: an office or a centre interprets, not a person ("Jeju foreign workers' centre"). */
const organisationAfter =
  /^[ \t]+(?:[\w'’-]+[ \t]+){0,3}(?:centre|center|office|services?|team|desk|agency|association|support|union|foundation|council|branch|line)\b/i;

/** Languages and services that the same words stand before ("interpreter: Arabic", "Interpreter Services"). */
const wordsAfterInterpreter: ReadonlySet<string> = new Set([
  ...['Arabic', 'English', 'Korean', 'Chinese', 'Mandarin', 'Cantonese', 'Japanese', 'Vietnamese', 'Thai', 'Khmer', 'Nepali'],
  ...['Burmese', 'Russian', 'Spanish', 'French', 'German', 'Portuguese', 'Tagalog', 'Filipino', 'Indonesian', 'Bahasa'],
  ...['Uzbek', 'Mongolian', 'Bengali', 'Urdu', 'Hindi', 'Sinhala', 'Tamil', 'Farsi', 'Persian', 'Dari', 'Pashto', 'Kyrgyz'],
  ...['Kazakh', 'Lao', 'Swahili', 'Amharic', 'Somali', 'Turkish', 'Ukrainian', 'Polish', 'Italian', 'Sign', 'ASL', 'BSL'],
  ...['Services', 'Service', 'Line', 'Desk', 'Pool', 'Request', 'Requested', 'Required', 'Needed', 'Fee', 'Fees'],
  ...['Not', 'None', 'No', 'Yes', 'Present', 'Booked', 'Provided', 'Via', 'By', 'Phone', 'Video', 'Remote', 'Onsite', 'Name'],
]);

// 역 alone, not the pair 통역: its slot is no ASCII character's, where the pair's is "wo"'s.
const interpreterWords = characterPairWords('nterp', 'ranslator', '(via', '역');

/**
 * Whether `text` holds an interpreter's word or a caller's "(via", which every such mention holds.
 *
 * @example
 * mayHoldInterpreter('interpreter: Omar (Arabic)'); // true
 */
export function mayHoldInterpreter(text: string): boolean {
  return (
    mayHoldAnyWord(text, interpreterWords) &&
    (text.includes('nterp') || text.includes('NTERP') || text.includes('ranslator') || text.includes('(via') || text.includes('통역'))
  );
}

/**
 * The names after an interpreter's word. 0.7.
 *
 * @example
 * findInterpreterNames('caseworker: Hyejin · interpreter: Omar (Arabic)').map((finding) => finding.text); // ['Omar']
 * findInterpreterNames('Interpreter: Arabic (requested)'); // []
 */
export const findInterpreterNames = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldInterpreter(text)) return [];
  const findings: PiiFinding[] = [];
  interpreterThenName.lastIndex = 0;
  for (let match = interpreterThenName.exec(text); match !== null; match = interpreterThenName.exec(text)) {
    let name = match[1]!;
    const first = name.split(/[ \t]/)[0]!;
    if (wordsAfterInterpreter.has(first) || wordsThatAreNotNames.has(first)) continue;
    // "Caller (via Omar):" where an interpreter is spoken of; elsewhere the bracket names an app ("(via Remind):").
    if (match[0].startsWith('(via') && !interpreterSpokenOf.test(text)) continue;
    const end = match.index + match[0].length;
    if (organisationAfter.test(text.slice(end, end + 60))) continue;
    // A later word that is no name's ("Pema Nepali", "Omar Services") is left off, with those after it.
    const words = name.split(/[ \t]+/);
    const kept = words.findIndex((word, index) => index > 0 && (wordsAfterInterpreter.has(word) || wordsThatAreNotNames.has(word)));
    if (kept !== -1) name = name.slice(0, name.indexOf(words[kept]!, words[0]!.length)).trimEnd();
    const start = match.index + match[0].length - match[1]!.length;
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName });
  }
  return findings;
});
