// Reads a person's name written in Latin letters next to a context word: one to three capitalised words, cut at words that are not names.
import { commonFirstNames, companySuffixes, wordsThatAreNotNames } from './english-name-words.ts';

/** A capitalised name word: "Smith", "McDonald", "O'Brien", "Min-su", "Jean-Luc", or an initial "J.". */
const nameWordSource = String.raw`(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’-][A-Z]?[a-z]+)?|[A-Z]'[A-Z][a-z]+|[A-Z]\.)`;
/** All-capital words ("JOHN SMITH") are accepted only after an explicit label such as "Name:". */
const upperWordSource = String.raw`(?:[A-Z]{2,}(?:-[A-Z]{2,})?)`;

const nameWordsAfter = new RegExp(String.raw`${nameWordSource}(?:[ \t]+${nameWordSource}){0,2}`, 'y');
const nameOrUpperWordsAfter = new RegExp(
  String.raw`(?:${nameWordSource}|${upperWordSource})(?:[ \t]+(?:${nameWordSource}|${upperWordSource})){0,2}`,
  'y',
);
const nameWordsBefore = new RegExp(
  String.raw`(?:^|[^A-Za-z'’.-])((?:${nameWordSource}|${upperWordSource})(?:[ \t]+(?:${nameWordSource}|${upperWordSource})){0,2})$`,
);
const followingWord = /[ \t]*,?[ \t]*([A-Za-z]+)/y;

export interface LatinName {
  start: number;
  end: number;
  /** How many words the name has (a first and last name is stronger evidence than one word). */
  wordCount: number;
  /** Whether the first word is a common first name. */
  knownFirstName: boolean;
}

function isNameWord(word: string): boolean {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  return !wordsThatAreNotNames.has(bare) && !companySuffixes.has(bare) && !wordsThatAreNotNames.has(capitalise(bare));
}

function capitalise(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

function toLatinName(text: string, options: { start: number; matched: string }): LatinName | undefined {
  const words = options.matched.split(/[ \t]+/);
  let kept = 0;
  while (kept < words.length && isNameWord(words[kept] ?? '')) kept += 1;
  // A trailing initial ("John S.") keeps its dot; a lone initial is not a name.
  if (kept === 0 || (kept === 1 && /^[A-Z]\.$/.test(words[0] ?? ''))) return undefined;
  const keptWords = words.slice(0, kept);
  const end = options.start + keptWords.join(' ').length;
  if (text.slice(options.start, end) !== keptWords.join(' ')) return undefined;
  followingWord.lastIndex = end;
  const next = followingWord.exec(text)?.[1];
  if (next !== undefined && companySuffixes.has(next)) return undefined;
  const first = keptWords[0] ?? '';
  return {
    start: options.start,
    end,
    wordCount: kept,
    knownFirstName: commonFirstNames.has(first) || commonFirstNames.has(capitalise(first)),
  };
}

/**
 * The Latin-script name that starts exactly at `start`, if any.
 *
 * @example
 * latinNameAfter('Name: John Smith, 42', { start: 6 }); // { start: 6, end: 16, wordCount: 2, knownFirstName: true }
 */
export function latinNameAfter(text: string, options: { start: number; allowUppercase?: boolean }): LatinName | undefined {
  const pattern = options.allowUppercase === true ? nameOrUpperWordsAfter : nameWordsAfter;
  pattern.lastIndex = options.start;
  const match = pattern.exec(text);
  if (match === null) return undefined;
  return toLatinName(text, { start: options.start, matched: match[0] });
}

/**
 * The Latin-script name that ends exactly at `end`, e.g. before a Korean honorific ("John Smith 고객님").
 *
 * @example
 * latinNameBefore('John Smith 고객님', { end: 10 }); // { start: 0, end: 10, wordCount: 2, knownFirstName: true }
 */
export function latinNameBefore(text: string, options: { end: number }): LatinName | undefined {
  const windowStart = Math.max(0, options.end - 48);
  const match = nameWordsBefore.exec(text.slice(windowStart, options.end));
  if (match?.[1] === undefined) return undefined;
  // Leading words that are not names ("VIP", "Dear") belong to the sentence, not the name.
  const words = match[1].split(/[ \t]+/);
  while (words.length > 0 && !isNameWord(words[0] ?? '')) words.shift();
  const matched = words.join(' ');
  if (matched === '' || text.slice(options.end - matched.length, options.end) !== matched) return undefined;
  const name = toLatinName(text, { start: options.end - matched.length, matched });
  // Cut words at the front were not names, so the name must still end where the honorific begins.
  return name !== undefined && name.end === options.end ? name : undefined;
}
