// The words after which English capitalises a person's name mid-sentence: jobs and roles ("the driver Kevin"), words for
// a person ("the delivery guy Ahmed"), verbs whose object is the person ("tell Grace") and the prepositions of reaching
// someone ("talked to Carlos"), read in place so the feature pass can ask without allocating.

/** Jobs and roles customers name staff and parties by, lower-case as they stand mid-sentence. */
export const roleWords: readonly string[] = [
  ...['technician', 'engineer', 'agent', 'rep', 'representative', 'advisor', 'adviser', 'consultant', 'driver', 'courier'],
  ...['installer', 'inspector', 'nurse', 'therapist', 'pharmacist', 'officer', 'clerk', 'cashier', 'teller', 'manager'],
  ...['supervisor', 'coordinator', 'specialist', 'operator', 'dispatcher', 'plumber', 'electrician', 'mechanic', 'caregiver'],
  ...['contractor', 'surveyor', 'salesperson', 'receptionist', 'doctor', 'physician', 'dentist', 'surgeon', 'counselor'],
  ...['counsellor', 'attendant', 'planner', 'banker', 'broker', 'adjuster', 'accountant', 'lawyer', 'attorney', 'solicitor'],
  ...['employee', 'colleague', 'corporal', 'sergeant', 'constable', 'detective', 'assessor', 'housekeeper'],
];
/**
 * Roles read only before a listed first name ("Midwife Gráinne", "the landlord Kevin"): a school or a firm fills them as
 * often ("teacher, Te Awamutu Intermediate", "tenant Starbucks"), so the role-name search, which takes any name after a
 * role, does not read them.
 */
const rolesBeforeFirstNames: readonly string[] = [
  ...['midwife', 'paramedic', 'carer', 'tutor', 'teacher', 'interpreter', 'translator', 'owner', 'landlord', 'landlady', 'tenant'],
];
/**
 * Words for a person seen or met ("the delivery guy Ahmed"), and relatives named without a possessive, as clinical notes
 * and family messages write them ("Daughter Gail visiting at 2pm", "Nana Ife").
 */
const personWords: readonly string[] = [
  ...['guy', 'lady', 'gentleman', 'man', 'woman'],
  ...['daughter', 'son', 'wife', 'husband', 'partner', 'sister', 'brother', 'mother', 'father', 'mum', 'mom', 'dad'],
  ...['nana', 'grandma', 'grandpa', 'granny', 'niece', 'nephew', 'fiance', 'fiancee', 'cousin', 'spouse', 'aunt', 'uncle'],
  ...['grandson', 'granddaughter', 'stepson', 'stepdaughter', 'boyfriend', 'girlfriend', 'neighbour', 'neighbor', 'flatmate'],
  // … and the people of a household or a building's staff ("her housekeeper Blessing", "security guard Ramesh", "delivery
  // boy Sonu", "my roommate Lily").
  ...['nanny', 'maid', 'cleaner', 'caretaker', 'concierge', 'porter', 'guard', 'boy', 'roommate', 'housemate'],
];
/** Verbs whose object is the person reached ("tell Grace", "I called Kevin", "please email Sarah"). */
const directContactVerbs: readonly string[] = [
  ...['tell', 'told', 'call', 'called', 'email', 'emailed', 'text', 'texted', 'message', 'messaged', 'thank', 'thanked'],
  ...['ask', 'asked', 'contact', 'contacted', 'page', 'paged', 'cc', 'ring', 'rang', 'phone', 'phoned'],
];
/** Prepositions after which a verb of reaching someone decides ("talked to", "spoke with", "ask for"). */
export const contactPrepositions: readonly string[] = ['to', 'with', 'for', 'from'];
/** Verbs of reaching someone, as they stand before the preposition (or before "me", "us" or "it": "transfer me to"). */
const verbsBeforePrepositions: readonly string[] = [
  ...['talk', 'talked', 'talking', 'spoke', 'speak', 'speaking', 'chat', 'chatted', 'chatting', 'ask', 'asked', 'asking'],
  // Who answers a number given before it ("Text/Viber 0917 845 2206, look for Migs").
  'look',
  ...['transfer', 'transferred', 'connect', 'connected', 'through', 'forward', 'forwarded', 'reach', 'reached', 'escalate'],
  // Not "worked with" or "deal with": "working with Ruby", "deal with Chase" name a language and a bank as often as a person.
  'escalated',
  // What comes from a person, whose name "from" then gives ("Note from Keisha:", "an email from Kevin", "reply from Tasha").
  ...['note', 'comment', 'reply', 'message', 'call', 'email', 'text', 'voicemail', 'letter', 'referral', 'update'],
  // Handing something to a person, perhaps "it" between ("send it to Faisal", "paid to Sarah"), checking with one.
  ...['send', 'sent', 'give', 'gave', 'pass', 'passed', 'hand', 'handed', 'pay', 'paid', 'check', 'checked', 'checking'],
];

const enum ContactWord {
  None = 0,
  /** A role, a word for a person or a verb whose object is the person: the name follows at once. */
  Direct = 1,
  /** A preposition: the verb before it decides. */
  Preposition = 2,
  /** "is" or "be": a role before it ("your technician is", "crew lead will be") decides. */
  Copula = 3,
}

/**
 * Close kin a family's message names by who they are ("Mum is Sandra, 086 771 3025", "my husband is Tomás"), a listed
 * first name after the copula as after the roles.
 */
const kinBeforeCopulas: readonly string[] = [
  ...['mum', 'mom', 'mother', 'dad', 'father', 'wife', 'husband', 'partner', 'son', 'daughter', 'brother', 'sister'],
  ...['fiance', 'fiancee'],
];

/**
 * The roles a service's message names the person who will come or lead by ("Your technician will be Marcus", "Crew lead
 * will be Andre", "your driver today is Kevin"): the jobs, and a lead of a shift or a crew.
 */
const rolesBeforeCopulas: ReadonlySet<string> = new Set([...roleWords, ...rolesBeforeFirstNames, 'lead', ...kinBeforeCopulas]);

/**
 * A hash of the letters of `text` from `start` to `end`, in lower case (`| 0x20` lowers an ASCII capital): the words are
 * looked up by it, so nothing is sliced or lowered per look; a hit is then compared letter by letter.
 */
function lowerCaseHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let index = start; index < end; index += 1) hash = (Math.imul(hash, 31) + (text.charCodeAt(index) | 0x20)) | 0;
  return hash;
}

function hashOf(word: string): number {
  return lowerCaseHash(word, 0, word.length);
}

/** Whether the letters from `start` are `word` (lower case), in either case. */
function isWordAt(text: string, start: number, word: string): boolean {
  for (let index = 0; index < word.length; index += 1) if ((text.charCodeAt(start + index) | 0x20) !== word.charCodeAt(index)) return false;
  return true;
}

const contactWords = new Map<number, { word: string; kind: ContactWord }>();
for (const [words, kind] of [
  [roleWords, ContactWord.Direct],
  [rolesBeforeFirstNames, ContactWord.Direct],
  [personWords, ContactWord.Direct],
  [directContactVerbs, ContactWord.Direct],
  [contactPrepositions, ContactWord.Preposition],
  [['is', 'be'], ContactWord.Copula],
] as const) {
  for (const word of words) contactWords.set(hashOf(word), { word, kind });
}
const verbs = new Map<number, string>(verbsBeforePrepositions.map((word) => [hashOf(word), word]));
const longestWord = Math.max(
  ...[...contactWords.values()].map(({ word }) => word.length),
  ...verbsBeforePrepositions.map((word) => word.length),
);

/**
 * The last two letters of the listed words (not the verbs before a preposition), at `secondLast * 128 + last` in lower
 * case; a one-letter word's first is the blank before it. The feature pass looks them up before it calls
 * `isCapitalAfterContactWord`, so a capital after "the", "in" or "orders" costs one load.
 */
export const contactWordEndPairs = new Uint8Array(128 * 128);
for (const { word } of contactWords.values())
  contactWordEndPairs[(word.length >= 2 ? word.charCodeAt(word.length - 2) : 0x20) * 128 + word.charCodeAt(word.length - 1)] = 1;

/** Whether any listed word, verbs included, has this length and last letter (`length * 128 + code`). */
const lengthAndLastLetter = new Uint8Array((longestWord + 1) * 128);
for (const word of [...[...contactWords.values()].map((entry) => entry.word), ...verbsBeforePrepositions])
  lengthAndLastLetter[word.length * 128 + word.charCodeAt(word.length - 1)] = 1;

/** Where the word of ASCII letters that ends at `end` starts (`end` when there is none; at most one letter past the longest word). */
function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start <= longestWord && isLatinLetter(text.charCodeAt(start - 1))) start -= 1;
  return start;
}

/** Whether the word from `start` to `end` may be a listed one, by its length and last letter. */
function mayBeListed(text: string, start: number, end: number): boolean {
  const length = end - start;
  return length > 0 && length <= longestWord && lengthAndLastLetter[length * 128 + (text.charCodeAt(end - 1) | 0x20)] === 1;
}

/** Whether a listed verb ends at `end` ("talked" before "to"), perhaps with "me" or "us" after it ("transfer me to"). */
function verbEndsAt(text: string, end: number): boolean {
  let wordEnd = skipBlanksBack(text, end);
  let start = wordStartBefore(text, wordEnd);
  if (wordEnd - start === 2 && (isWordAt(text, start, 'me') || isWordAt(text, start, 'us') || isWordAt(text, start, 'it'))) {
    wordEnd = skipBlanksBack(text, start);
    start = wordStartBefore(text, wordEnd);
  }
  if (!mayBeListed(text, start, wordEnd)) return false;
  const verb = verbs.get(lowerCaseHash(text, start, wordEnd));
  return verb !== undefined && verb.length === wordEnd - start && isWordAt(text, start, verb);
}

function skipBlanksBack(text: string, end: number): number {
  let index = end;
  while (index > 0 && (text.charCodeAt(index - 1) === 0x20 || text.charCodeAt(index - 1) === 0x09)) index -= 1;
  return index;
}

/**
 * Whether the capital at `index` opens a word right after a role, a word for a person or a verb whose object is the
 * person ("tell Grace"), or after a verb of reaching someone and its preposition ("talked to", "put me through to"), one
 * blank (and perhaps a comma) between, with a lower-case letter after it: the context of every name the contact-name
 * search finds. The feature pass asks at a capital after a blank, so the common case ("flights to Seoul") stops at the
 * preposition's verb.
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
  const start = wordStartBefore(text, end);
  if (!mayBeListed(text, start, end)) return false;
  const entry = contactWords.get(lowerCaseHash(text, start, end));
  if (entry === undefined || entry.word.length !== end - start || !isWordAt(text, start, entry.word)) return false;
  if (entry.kind === ContactWord.Copula) return roleEndsBeforeCopula(text, { start, be: end - start === 2 && isWordAt(text, start, 'be') });
  return entry.kind === ContactWord.Direct || verbEndsAt(text, start);
}

/**
 * Whether a role ends before the copula at `start`, with "will" between before "be" ("lead will be"), or "today" after the
 * role ("your driver today is").
 */
function roleEndsBeforeCopula(text: string, copula: { start: number; be: boolean }): boolean {
  let wordEnd = skipBlanksBack(text, copula.start);
  let wordStart = wordStartBefore(text, wordEnd);
  if (copula.be) {
    if (wordEnd - wordStart !== 4 || !isWordAt(text, wordStart, 'will')) return false;
    wordEnd = skipBlanksBack(text, wordStart);
    wordStart = wordStartBefore(text, wordEnd);
  }
  if (wordEnd - wordStart === 5 && isWordAt(text, wordStart, 'today')) {
    wordEnd = skipBlanksBack(text, wordStart);
    wordStart = wordStartBefore(text, wordEnd);
  }
  return wordStart < wordEnd && rolesBeforeCopulas.has(text.slice(wordStart, wordEnd).toLowerCase());
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}
