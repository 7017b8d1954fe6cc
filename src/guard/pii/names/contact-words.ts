// The words after which English capitalises a person's name mid-sentence: jobs and roles ("the driver Kevin") and the
// prepositions of reaching someone ("talked to Carlos"), read in place so the feature pass can ask without allocating.

/** Jobs and roles customers name staff and parties by, lower-case as they stand mid-sentence. */
export const roleWords: readonly string[] = [
  ...['technician', 'engineer', 'agent', 'rep', 'representative', 'advisor', 'adviser', 'consultant', 'driver', 'courier'],
  ...['installer', 'inspector', 'nurse', 'therapist', 'pharmacist', 'officer', 'clerk', 'cashier', 'teller', 'manager'],
  ...['supervisor', 'coordinator', 'specialist', 'operator', 'dispatcher', 'plumber', 'electrician', 'mechanic', 'caregiver'],
  ...['contractor', 'surveyor', 'salesperson', 'receptionist', 'doctor', 'physician', 'dentist', 'surgeon', 'counselor'],
  ...['counsellor', 'attendant', 'planner', 'banker', 'broker', 'adjuster', 'accountant', 'lawyer', 'attorney', 'solicitor'],
];
/** Prepositions after which a verb of reaching someone decides ("talked to", "spoke with", "ask for"). */
export const contactPrepositions: readonly string[] = ['to', 'with', 'for'];

const enum ContactWord {
  None = 0,
  Role = 1,
  Preposition = 2,
}

/**
 * The words by their length and the code of their last letter (`length * 128 + code`; an array, not a Map: the feature
 * pass asks at every capital after a blank), each with its first letter's code, the rest of it and its kind.
 */
const wordsByLengthAndLastLetter: Array<Array<{ first: number; rest: string; kind: ContactWord }> | undefined> = [];
/** Whether any word ends in the letter with this code: most words before a capital are rejected on that alone. */
const lastLetters = new Uint8Array(128);
/**
 * The characters that may stand right before the blank in front of a name the search finds: a contact word's last letter,
 * or the comma of an apposition ("the agent, Jessica"). The feature pass looks this up before it calls
 * `isCapitalAfterContactWord`, so a capital after "orders" or "called" costs one load.
 */
export const contactWordEndCodes = new Uint8Array(128);
contactWordEndCodes[0x2c] = 1;
let longestWord = 0;
for (const [words, kind] of [
  [roleWords, ContactWord.Role],
  [contactPrepositions, ContactWord.Preposition],
] as const) {
  for (const word of words) {
    const last = word.charCodeAt(word.length - 1);
    const key = word.length * 128 + last;
    wordsByLengthAndLastLetter[key] = [
      ...(wordsByLengthAndLastLetter[key] ?? []),
      { first: word.charCodeAt(0), rest: word.slice(1), kind },
    ];
    lastLetters[last] = 1;
    contactWordEndCodes[last] = 1;
    longestWord = Math.max(longestWord, word.length);
  }
}

/**
 * Which contact word, if any, is the whole word that ends at `end` (lower case, or capitalised as a sentence opens:
 * "Driver Kevin").
 *
 * @example
 * contactWordEndingAt('talked to Carlos', 9); // ContactWord.Preposition
 * contactWordEndingAt('the driver Kevin', 10); // ContactWord.Role
 */
function contactWordEndingAt(text: string, end: number): ContactWord {
  const last = text.charCodeAt(end - 1);
  if (last >= 128 || lastLetters[last] === 0) return ContactWord.None;
  const start = wordStartBefore(text, end);
  const length = end - start;
  if (length > longestWord) return ContactWord.None;
  const candidates = wordsByLengthAndLastLetter[length * 128 + last];
  if (candidates === undefined) return ContactWord.None;
  const firstCode = text.charCodeAt(start);
  for (const { first, rest, kind } of candidates) {
    if ((firstCode === first || firstCode === first - 0x20) && text.startsWith(rest, start + 1)) return kind;
  }
  return ContactWord.None;
}

/** Verbs of reaching someone, as they stand before the preposition (or before "me to": "transfer me to"). */
const contactVerbs: ReadonlySet<string> = new Set([
  ...['talk', 'talked', 'talking', 'spoke', 'speak', 'speaking', 'chat', 'chatted', 'chatting', 'ask', 'asked', 'asking'],
  ...['transfer', 'transferred', 'connect', 'connected', 'through', 'forward', 'forwarded', 'reach', 'reached', 'escalate'],
  // Not "worked with" or "deal with": "working with Ruby", "deal with Chase" name a language and a bank as often as a person.
  'escalated',
]);

/**
 * Whether the capital at `index` opens a word right after a role word, or after a verb of reaching someone and its
 * preposition ("talked to", "put me through to"), one blank (and perhaps a comma) between, with a lower-case letter after
 * it: the context of every name the contact-name search finds. The feature pass asks at each capital after a blank, so
 * the common case ("flights to Seoul") stops at the preposition's verb.
 *
 * @example
 * isCapitalAfterContactWord('the agent, Jessica', 11); // true
 * isCapitalAfterContactWord('I talked to Carlos', 12); // true
 * isCapitalAfterContactWord('flights to Seoul', 11); // false
 */
export function isCapitalAfterContactWord(text: string, index: number): boolean {
  if (index < 2 || index + 1 >= text.length) return false;
  const after = text.charCodeAt(index + 1);
  if (after < 0x61 || after > 0x7a || text.charCodeAt(index - 1) !== 0x20) return false;
  const end = text.charCodeAt(index - 2) === 0x2c ? index - 2 : index - 1;
  const kind = contactWordEndingAt(text, end);
  if (kind !== ContactWord.Preposition) return kind === ContactWord.Role;
  let verb = wordBefore(text, wordStartBefore(text, end));
  // "transfer me to", "put me through to": the object pronoun stands between the verb and the preposition.
  if (verb?.word === 'me' || verb?.word === 'us') verb = wordBefore(text, verb.start);
  return verb !== undefined && contactVerbs.has(verb.word);
}

/** Where the run of letters that ends at `end` starts. */
function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && isLatinLetter(text.charCodeAt(start - 1))) start -= 1;
  return start;
}

/** The word that ends at `end` after skipping blanks, in lower case, with where it starts. */
function wordBefore(text: string, end: number): { word: string; start: number } | undefined {
  let wordEnd = end;
  while (wordEnd > 0 && (text.charCodeAt(wordEnd - 1) === 0x20 || text.charCodeAt(wordEnd - 1) === 0x09)) wordEnd -= 1;
  const start = wordStartBefore(text, wordEnd);
  return start === wordEnd ? undefined : { word: text.slice(start, wordEnd).toLowerCase(), start };
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}
