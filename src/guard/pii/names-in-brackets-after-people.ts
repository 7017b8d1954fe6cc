// A person's other name, or the holder of a number, in brackets right after them: a nickname or a given name after a full
// name ("Margaret A. Ellison (Peggy)", "KIM Seoyeon (Sophie)", "이수빈 (Subin)"), the holder after a phone, a login or a card
// ("+61 438 201 664 (Grace)", "GAFINCH88 (Grace)", "XXXX 2278 (MEERA SINGHANIA)"), and a relative's name after the word for
// them ("Wife (Keisha) dropped the truck off", "Dad (Andrzej) is 07845 …"). The person or the number before vouches for the
// bracket, which alone could hold a department, a country or a note.
import { holdsFirmWordInAnyCase } from './names/english-name-words.ts';
import { capitalise, isListedFirstName } from './names/latin-name.ts';
import { isRomanisedGivenName } from './names/romanised-korean-names.ts';
import { overlapsAny } from './resolve-overlaps.ts';
import type { PiiFinding } from './types.ts';

const recognizerName = 'name-in-brackets-after-person';

/** The values a person holds, after which a bracket names the holder. */
const holdersValues: ReadonlySet<string> = new Set(['PHONE', 'USERNAME', 'EMAIL', 'CREDIT_CARD', 'DRIVER_LICENSE', 'BANK_ACCOUNT']);
const openingBracket = /[ \t]*\([ \t]*/y;
/** Capitalised words, or two to four words in capitals, that close the bracket. */
const latinNameInBracket = /([A-ZÀ-Þ][a-zß-ÿ'’-]+(?:[ \t][A-ZÀ-Þ][a-zß-ÿ'’.-]+){0,3}|[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){1,3})[ \t]*\)/y;
/** A relative's word, or an agent's, right before the bracket. */
const relativeBeforeBracket =
  /\b(?:[Ww]ife|[Hh]usband|[Pp]artner|[Dd]ad|[Mm]um|[Mm]om|[Mm]other|[Ff]ather|[Ss]on|[Dd]aughter|[Bb]rother|[Ss]ister|[Aa]gent)[ \t]*\(/g;

/**
 * Adds to `candidates` the names in brackets after a person, a holder's value or a relative's word.
 *
 * @example
 * const candidates = [{ type: 'PHONE', start: 0, end: 15, text: '+61 438 201 664', score: 0.9, recognizer: 'phone' }];
 * addNamesInBracketsAfterPeople('+61 438 201 664 (Grace)', candidates);
 * candidates.map((finding) => finding.text); // ['+61 438 201 664', 'Grace']
 */
export function addNamesInBracketsAfterPeople(text: string, candidates: PiiFinding[]): void {
  if (!text.includes('(')) return;
  const found: PiiFinding[] = [];
  for (const owner of candidates) {
    const person = owner.type === 'PERSON';
    if (!person && !holdersValues.has(owner.type)) continue;
    const name = nameInBracketAt(text, owner.end, { koreanOwner: person && isHangulText(owner.text) });
    if (name !== undefined) found.push(name);
  }
  relativeBeforeBracket.lastIndex = 0;
  for (let match = relativeBeforeBracket.exec(text); match !== null; match = relativeBeforeBracket.exec(text)) {
    const name = nameInBracketAt(text, match.index + match[0].length - 1, { koreanOwner: false });
    if (name !== undefined) found.push(name);
  }
  for (const name of found) if (!overlapsAny(candidates, name)) candidates.push(name);
}

/**
 * The name a bracket at `at` holds: a name whose first word is a listed first name, or after a Korean name its given name
 * romanised ("이수빈 (Subin)"); not a firm's, a desk's or a country's word.
 */
function nameInBracketAt(text: string, at: number, owner: { koreanOwner: boolean }): PiiFinding | undefined {
  openingBracket.lastIndex = at;
  if (!openingBracket.test(text)) return undefined;
  const start = openingBracket.lastIndex;
  latinNameInBracket.lastIndex = start;
  const latin = latinNameInBracket.exec(text)?.[1];
  if (latin === undefined || holdsFirmWordInAnyCase(latin)) return undefined;
  const first = capitalise(latin.split(/[ \t]/)[0]!);
  const named = isListedFirstName(first) || (owner.koreanOwner && !latin.includes(' ') && isRomanisedGivenName(first));
  return named ? personAt(text, start, latin) : undefined;
}

/** Whether a value opens with a Hangul syllable. */
function isHangulText(value: string): boolean {
  const code = value.charCodeAt(0);
  return code >= 0xac00 && code <= 0xd7a3;
}

function personAt(text: string, start: number, name: string): PiiFinding {
  return { type: 'PERSON', start, end: start + name.length, text: name, score: 0.7, recognizer: recognizerName };
}
