// A person with their role, relation or team in brackets after the name, as minutes, reports, forms and notices list people
// ("Present: Gail Hutchins (President), Raymond Osei (Treasurer)", "Accompanied by: Femke van den Berg (wife)", "rotated
// by Tomasz Wrona (SecOps)"): a role or a relation in brackets belongs to a person.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { firstNamesThatAreWords, holdsFirmWord, relativeTitleBeforeName, wordsThatAreNotNames } from './english-name-words.ts';
import { capitalise, isListedFirstName, latinNameBefore } from './latin-name.ts';
import { hangulRunStartBefore } from './hangul.ts';
import { roleWords } from './contact-words.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { isCommonKoreanNoun } from './korean-common-nouns.ts';
import { placeEndings } from './korean-name-words.ts';

const recognizerName = 'person-name-before-role';

/** The relations and the posts of a household, a club, a board or a firm that a bracket after a name gives. */
const relationsAndPosts: ReadonlySet<string> = new Set([
  ...['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'mum', 'mom', 'dad', 'partner', 'spouse', 'sister', 'brother'],
  ...['grandmother', 'grandfather', 'grandma', 'grandpa', 'aunt', 'uncle', 'niece', 'nephew', 'cousin', 'friend', 'neighbour'],
  ...['neighbor', 'colleague', 'guardian', 'carer', 'caregiver', 'landlord', 'tenant', 'owner', 'child', 'parent', 'nok'],
  ...['fiance', 'fiancee', 'flatmate', 'roommate', 'housemate', 'grandson', 'granddaughter'],
  ...['president', 'treasurer', 'secretary', 'chair', 'chairperson', 'director', 'ceo', 'cfo', 'cto', 'founder', 'member'],
  ...['ops', 'secops', 'hr', 'it', 'qa', 'qc', 'ehs', 'finance', 'legal', 'sales', 'intern', 'contractor', 'employee'],
  ...roleWords,
]);

/** The relations, jobs and statuses a Korean notice or form gives in brackets after a name ("남궁소연(딸)", "어성호(자영업)"). */
const koreanRelations: ReadonlySet<string> = new Set([
  ...['아들', '딸', '며느리', '사위', '배우자', '남편', '아내', '부', '모', '부친', '모친', '손자', '손녀', '형', '누나', '언니', '오빠'],
  ...['동생', '조카', '삼촌', '이모', '고모', '동료', '친구', '지인', '회사원', '자영업', '주부', '무직', '학생', '대학생', '직장인'],
  ...['공무원', '본인', '세대주', '세대원', '보호자', '자녀', '장남', '차남', '삼남', '장녀', '차녀', '삼녀', '막내', '외손자', '외손녀'],
  ...['처', '장인', '장모', '시부', '시모', '사촌', '형수', '제수', '처남', '매형', '매제'],
  ...['따님', '아드님', '큰딸', '작은딸', '막내딸', '큰아들', '작은아들', '막내아들', '손주', '남동생', '여동생'],
]);
/** The endings of a city's, a county's and a village's name (서울시, 양평군, 조례리). */
const townEndings: ReadonlySet<string> = new Set([...'시군읍면리']);

/**
 * The nationalities a report, a roster or a booking gives in brackets after a person's full name ("Bakhodir Yusupov (Uzbek,
 * H-2 visa)", "Olivia HARTMANN (German national)"): a firm's bracket gives its country, not its nationality.
 */
const nationalities: ReadonlySet<string> = new Set([
  ...['uzbek', 'kazakh', 'kyrgyz', 'mongolian', 'nepali', 'nepalese', 'vietnamese', 'filipino', 'filipina', 'thai', 'cambodian'],
  ...['indonesian', 'burmese', 'myanmar', 'sri', 'bangladeshi', 'pakistani', 'indian', 'chinese', 'japanese', 'korean', 'russian'],
  ...['ukrainian', 'german', 'french', 'british', 'irish', 'american', 'canadian', 'australian', 'spanish', 'italian', 'polish'],
  ...['dutch', 'brazilian', 'mexican', 'colombian', 'peruvian', 'nigerian', 'ghanaian', 'kenyan', 'egyptian', 'turkish', 'iranian'],
  ...['laotian', 'timorese', 'malaysian', 'singaporean', 'taiwanese', 'portuguese', 'romanian', 'swedish', 'norwegian', 'danish'],
]);

/**
 * A nationality alone in its bracket, before a comma and more details, or as "… national" or "… citizen" ("(Uzbek, H-2
 * visa)", "(German national)"); a firm's or a dish's bracket goes on with what it is ("(Korean shipbuilder)", "(Thai style)").
 */
const nationalityBracket = /^[ \t]*[A-Za-z]+(?:[ \t]*[),]|[ \t]+(?:national|citizen)\b)/;

/** A full name of two or three words before a nationality's bracket, no firm's or everyday word among them. */
function fullNameBeforeNationality(text: string, bracket: number): { start: number; end: number } | undefined {
  let end = bracket;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end -= 1;
  const name = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}$/u.exec(text.slice(Math.max(0, end - 60), end))?.[0];
  if (name === undefined || holdsFirmWord(name)) return undefined;
  const words = name.split(/[ \t]+/);
  if (words.some((word) => wordsThatAreNotNames.has(word) || wordsThatAreNotNames.has(capitalise(word)))) return undefined;
  // A nationality alone in its bracket follows a dish, a course or a product's name as often ("Bibimbap Bowl (Korean)"): a
  // listed first name, a surname in capitals or a letter beyond English's makes the name a person's there.
  const alone =
    text.charCodeAt(text.indexOf(')', bracket) - 1) !== 0x20 &&
    !/[,]|national|citizen/.test(text.slice(bracket, text.indexOf(')', bracket)));
  if (alone && !isListedFirstName(words[0]!) && !words.some((word) => /^\p{Lu}{2,}$/u.test(word)) && !/[^\p{ASCII}]/u.test(name))
    return undefined;
  return { start: end - name.length, end };
}

/** The Korean full name that ends at `end` (one blank allowed before the bracket). */
function koreanNameBefore(text: string, bracket: number): { start: number; end: number } | undefined {
  const end = text.charCodeAt(bracket - 1) === 0x20 ? bracket - 1 : bracket;
  const start = hangulRunStartBefore(text, end);
  const name = text.slice(start, end);
  if (name.length < 3 || name.length > 4 || !isPlausibleKoreanName(name) || isCommonKoreanNoun(name)) return undefined;
  // "서울시(본인)": a place's name ends in its kind.
  if (placeEndings.has(name.charCodeAt(name.length - 1)) || townEndings.has(name.charAt(name.length - 1))) return undefined;
  return { start, end };
}

/**
 * The close family a bracket names, before which a single capitalised word is a given name even where no list holds it
 * ("hand over to Lekha (wife)", "Sem (son, 11)"): a firm or a team is a parent or a partner, never a wife or a son.
 */
const closeFamily: ReadonlySet<string> = new Set([
  ...['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'mum', 'mom', 'dad', 'sister', 'brother'],
  ...['grandmother', 'grandfather', 'grandma', 'grandpa', 'grandson', 'granddaughter', 'niece', 'nephew'],
]);

/** The relations only a person has to someone: a firm or a team is never a wife, a colleague or a flatmate. */
const personalRelations: ReadonlySet<string> = new Set([
  ...closeFamily,
  ...['spouse', 'fiance', 'fiancee', 'colleague', 'friend', 'neighbour', 'neighbor', 'flatmate', 'roommate', 'housemate'],
  // … and the wider family who collect, visit or sign for someone ("Collecting: Kofi Asante-Bekoe (uncle)").
  ...['uncle', 'aunt', 'auntie', 'cousin', 'godmother', 'godfather', 'stepson', 'stepdaughter'],
]);

/** The Latin full name that ends right before the bracket (blanks aside), of a listed first name or a surname no firm has. */
function latinNameBeforeBracket(text: string, bracket: number, word: string): { start: number; end: number } | undefined {
  const relation = word.toLowerCase();
  let end = bracket;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end -= 1;
  const surnameOnly = latinNameBefore(text, { end });
  if (surnameOnly === undefined) return undefined;
  const found = withNameBeforeParticles(text, surnameOnly);
  const name = text.slice(found.start, found.end);
  // "Gerald (the landlord)", "Josée (recruiter)": a first name alone, when a list holds it and it is no everyday word.
  if (found.wordCount < 2)
    return (isListedFirstName(name) || (closeFamily.has(relation) && readsAsGivenName(name) && standsInSentence(text, found.start))) &&
      !firstNamesThatAreWords.has(name)
      ? { start: found.start, end: found.end }
      : undefined;
  if (holdsFirmWord(name) || relativeTitleBeforeName.test(name)) return undefined;
  // A listed first name, or a surname no firm is written with ("Luz María Echeverría", "Femke van den Berg"); before a
  // relation only a person has, written in lower case, any name past a line's start ("driver: Lim Hui Shan (wife)"): a
  // form's heading opens its line and capitalises it ("Emergency Contact (Friend)", "Policy Holder (wife)").
  const first = name.split(/[ \t-]/)[0]!;
  if (word === relation && personalRelations.has(relation) && !opensLine(text, found.start)) return { start: found.start, end: found.end };
  if (!isListedFirstName(first) && !/[^\p{ASCII}]|-|[ \t](?:van|von|de|da|del|der|den|dos|das|di|du|la|le)[ \t]/u.test(name))
    return undefined;
  return { start: found.start, end: found.end };
}

/** A given name and a surname's particles before a surname ("Femke van den Berg"): the name read back to the given name. */
const givenNameAndParticles = new RegExp(
  String.raw`(?<![\p{L}'’-])[A-ZÀ-Þ][\p{Ll}]+(?:-[A-Z][\p{Ll}]+)?[ \t]+(?:(?:van|von|de|da|del|der|den|dos|das|di|du|la|le)[ \t]+){1,2}$`,
  'u',
);

function withNameBeforeParticles<Found extends { start: number; end: number; wordCount: number }>(text: string, found: Found): Found {
  const before = givenNameAndParticles.exec(text.slice(Math.max(0, found.start - 40), found.start));
  if (before === null) return found;
  return { ...found, start: found.start - before[0].length, wordCount: found.wordCount + 1 };
}

/**
 * Names right before a bracket that holds a relation or a post. 0.75. Remembered for the last text.
 *
 * @example
 * findNamesBeforeRolesInBrackets('Present: Gail Hutchins (President), Raymond Osei (Treasurer)').map((finding) => finding.text); // ['Gail Hutchins', 'Raymond Osei']
 * findNamesBeforeRolesInBrackets('Acme Stores (head office)'); // []
 */
export const findNamesBeforeRolesInBrackets = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  // Bracket by bracket: the word that opens it decides, and only then is the name before it read.
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    const opening = bracketWord.exec(text.slice(open + 1, open + 40));
    if (opening === null) continue;
    // "(care assistant, Penarth home)", "(Work Coach)": a post of two words, its kind first; the post's own word decides.
    const word =
      opening[2] !== undefined && !relationsAndPosts.has(opening[1]!.toLowerCase()) && postsAfterAKind.has(opening[2].toLowerCase())
        ? opening[2]
        : opening[1]!;
    const span = koreanRelations.has(word)
      ? koreanNameBefore(text, open)
      : relationsAndPosts.has(word.toLowerCase()) || postsAfterAKind.has(word.toLowerCase())
        ? latinNameBeforeBracket(text, open, word)
        : nationalities.has(word.toLowerCase()) && nationalityBracket.test(text.slice(open + 1, open + 40))
          ? fullNameBeforeNationality(text, open)
          : undefined;
    if (span !== undefined)
      findings.push({ type: 'PERSON', ...span, text: text.slice(span.start, span.end), score: 0.75, recognizer: recognizerName });
  }
  return findings;
});

/** Whether only blanks stand between `start` and its line's start. */
function opensLine(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at -= 1;
  return at < 0 || text.charCodeAt(at) === 0x0a;
}

/** A capitalised word of letters alone that no list marks as something else ("Lekha"; not "Sales", "Mother", "ACME"). */
function readsAsGivenName(word: string): boolean {
  return /^[A-ZÀ-Þ][a-zß-ÿ]{2,}$/.test(word) && !wordsThatAreNotNames.has(word) && !closeFamily.has(word.toLowerCase());
}

/**
 * Whether the word at `start` follows a word of a sentence and one blank ("caller Kasia", "Femke van den Berg (wife), Sem"):
 * at a line's start or past a form's gap it is a field's label ("Cell (daughter manages)", "Contact (son): Rohan").
 */
function standsInSentence(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 2);
  return start >= 2 && text.charCodeAt(start - 1) === 0x20 && before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d;
}

/** The first word in a bracket, of Latin letters or of Hangul, past an article or a possessive ("(the landlord)", "(her son)"). */
const bracketWord = /^[ \t]*(?:(?:the|my|our|his|her|their)[ \t]+)?([A-Za-z]+|[가-힣]+)(?:[ \t]+([A-Za-z]+)(?=[ \t]*[,)]))?/;

/**
 * The posts a bracket writes after their kind, both in small letters or both capitalised ("care assistant", "Work Coach",
 * "Case Manager", "night porter"), and which only a person holds.
 */
const postsAfterAKind: ReadonlySet<string> = new Set([
  ...['assistant', 'coach', 'manager', 'worker', 'officer', 'adviser', 'advisor', 'nurse', 'porter', 'therapist', 'coordinator'],
]);
