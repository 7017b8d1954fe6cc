// A name found once names the same person wherever else the text writes it: "Shipping to: Priscilla Mahlangu" makes the
// "Priscilla" of "Thanks for your order, Priscilla!" a name, and "상담원: 김민수 고객님" the "민수" of "민수 씨". The later
// mention often has no context of its own; the first one is its context.
import { overlapsAny } from '../resolve-overlaps.ts';
import type { PiiFinding } from '../types.ts';
import { isHangulSyllable } from './hangul.ts';
import { surnameLength } from './korean-surnames.ts';
import { answersCallAsBusiness } from './businesses-answering-calls.ts';
import { firstNamesThatAreWords, holdsFirmWord, isFirmWord, wordsThatAreNotNames } from './english-name-words.ts';
import { capitalise, isListedFirstName, latinNameAfter, surnameParticles } from './latin-name.ts';
import { vietnameseMiddleNames } from './listed-first-name-pairs.ts';
import { foldCapitalisedWordAccents } from '../accent-folding.ts';
import { isCommonKoreanNoun } from './korean-common-nouns.ts';

const recognizerName = 'repeated-person-name';
/** The scanner's default least score. */
const leastScore = 0.5;
/** Given names that are everyday words too, beyond the common nouns: sky, sea, country, worth, wisdom, autumn. */
const givenNamesThatAreWords: ReadonlySet<string> = new Set([
  '하늘',
  '바다',
  '나라',
  '보람',
  '슬기',
  '가을',
  '여름',
  '한결',
  '다운',
  '소망',
  '은하',
  '사랑',
  '기쁨',
  '아름',
  '노을',
  '새봄',
]);
/**
 * Syllables that may follow a Korean given name said again: particles, a vocative, an honorific, and the copula of an
 * agent introducing themselves ("예약센터 공지후입니다").
 */
const afterKoreanName: ReadonlySet<number> = new Set(
  [...'야아씨님이가은는을를의도께에랑와과한요예입'].map((syllable) => syllable.charCodeAt(0)),
);

/**
 * Other mentions of the names in `found`: a whole name, each word of a Latin name of three letters or more that is no
 * everyday word ("Priscilla", "Mahlangu", not "Will" or "Grace"), and a Korean full name's given name where a particle, a
 * vocative or an honorific follows it ("민수야", "민수 씨"). 0.7, none overlapping a finding already made.
 *
 * @example
 * const text = 'Thanks for your order, Priscilla!\nShipping to: Priscilla Mahlangu';
 * findRepeatedNames(text, [{ type: 'PERSON', start: 47, end: 65, text: 'Priscilla Mahlangu', score: 0.85, recognizer: 'x' }])
 *   .map((finding) => finding.text); // ['Priscilla']
 */
export function findRepeatedNames(
  text: string,
  found: readonly PiiFinding[],
  mentionsOfName: (name: string) => string[] = mentionsOf,
): PiiFinding[] {
  // A name is written again in a transcript, a letter or a document, not in a chat turn of one line; a text longer than
  // a few pages is left to its windows (a stream's, a file's pieces), where repeated mentions mostly stand near the first.
  if (found.length === 0 || text.length > longestText || !text.includes('\n')) return [];
  const mentions = new Set<string>();
  const capitalsOfFound = new Set<string>();
  // Only names sure enough to be kept vouch for their other mentions.
  for (const finding of found)
    if (finding.score >= leastScore)
      for (const mention of mentionsOfName(finding.text)) {
        mentions.add(mention);
        if (mention !== finding.text && isAllCapitals(mention)) capitalsOfFound.add(mention);
      }
  if (mentionsOfName === mentionsOf) for (const mention of lowerCaseMentions(text, found)) mentions.add(mention);
  if (mentions.size === 0) return [];
  // Which characters a finding holds, marked once; a finding too weak to be kept ("Whitmore 고객님" alone, 0.45) gives way
  // to the repeat of a name found for sure.
  const taken = new Uint8Array(text.length);
  for (const finding of found) if (finding.score >= leastScore) taken.fill(1, finding.start, finding.end);
  const repeated: PiiFinding[] = [];
  for (const mention of mentions) {
    const hangul = isHangulSyllable(mention.charCodeAt(0));
    for (let at = text.indexOf(mention); at !== -1; at = text.indexOf(mention, at + mention.length)) {
      if (isTaken(taken, at, at + mention.length) || !standsAlone(text, { start: at, end: at + mention.length, hangul })) continue;
      // A name found in small letters, said again in capitals, is that whole name only ("(BIKASH GURUNG)"), as a name in
      // capitals said again so is ("AGUS SETIAWAN은 …").
      const inCapitals = capitalsOfFound.has(mention) || (!hangul && mention.includes(' ') && isAllCapitals(mention));
      // … and not the start of a longer name in capitals ("TRAN THI" of "TRAN THI MY LINH").
      if (inCapitals && capitalWordAfter.test(text.slice(at + mention.length, at + mention.length + 3))) continue;
      const lowerCase = !hangul && isLowerCaseLetter(mention.charCodeAt(0));
      // A name in small letters goes on into a login as often ("my id ploy_sw", "@ploy.ssw").
      if (lowerCase && (partOfLogin(text.charCodeAt(at + mention.length)) || partOfLogin(text.charCodeAt(at - 1)))) continue;
      // A Latin word goes on into the capitalised words after it ("Rajesh Kumar Balakrishnan"); before a firm's words
      // ("Pritchard Joinery Ltd", "Lan Pho House") it names no person.
      const end = hangul || inCapitals || lowerCase ? at + mention.length : latinNameAfter(text, { start: at })?.end;
      if (end === undefined || isTaken(taken, at, end) || (!hangul && holdsFirmWord(text.slice(at, end)))) continue;
      // "Whitfield ER Consulting", "Moon's K-Beauty Supply": a firm named after the person, its words after an acronym or a
      // possessive that ends the name's reading.
      if (!hangul && firmWordsAfter(text, end)) continue;
      // "PARALEGAL: Bauer Kim, this is Tasha.": the firm, named after its partners, that answers the call.
      if (!hangul && answersCallAsBusiness(text, { start: at, end })) continue;
      // "Stein & Vázquez Immigration Law", "Havel & Ortiz CPAs": partners' surnames joined by "&" name their firm.
      if (!hangul && (text.startsWith(' & ', end) || (text.startsWith(' & ', at - 3) && firmWordAfter.test(text.slice(end, end + 2)))))
        continue;
      // "Thanks for calling Fairbanks & Odom": a surname after another surname and "&" is the firm's, not a couple's ("Jack
      // & Priya Sullivan", "Jae & Hannah", "Sabine Albrecht & Hans-Jürgen Albrecht": a listed first name on either side, or
      // a person found before the "&").
      if (
        !hangul &&
        text.startsWith(' & ', at - 3) &&
        taken[at - 4] !== 1 &&
        !isListedFirstName(mention.split(' ')[0]!) &&
        surnameBeforeAmpersand(text, at - 3)
      )
        continue;
      // A relative's first name before the family's surname joins it ("her children, Brandon Haines and Kelsey Haines").
      const start = hangul ? at : listedFirstNameBefore(text, at);
      if (isTaken(taken, start, at)) continue;
      repeated.push({ type: 'PERSON', start, end, text: text.slice(start, end), score: 0.7, recognizer: recognizerName });
      taken.fill(1, start, end);
    }
  }
  for (const speaker of speakersOfFoundNames(text, found, taken)) repeated.push(speaker);
  return repeated;
}

/**
 * A found full name's given name that is an everyday word too ("Holly", "Grace", "Will"), where it heads a chat's turns
 * ("Holly: Holly Brandt, 010-…" … "Holly: sent ✅"): as a speaker's label it is the person's name, not the word.
 */
function speakersOfFoundNames(text: string, found: readonly PiiFinding[], taken: Uint8Array): PiiFinding[] {
  const speakers: PiiFinding[] = [];
  for (const finding of found) {
    const blank = finding.text.indexOf(' ');
    const given = finding.text.slice(0, blank);
    if (finding.score < leastScore || blank < 3 || !firstNamesThatAreWords.has(given)) continue;
    const starts: number[] = text.startsWith(`${given}:`) ? [0] : [];
    const turn = `\n${given}:`;
    for (let at = text.indexOf(turn); at !== -1; at = text.indexOf(turn, at + 1)) starts.push(at + 1);
    for (const start of starts) {
      if (isTaken(taken, start, start + given.length)) continue;
      speakers.push({ type: 'PERSON', start, end: start + given.length, text: given, score: 0.7, recognizer: recognizerName });
      taken.fill(1, start, start + given.length);
    }
  }
  return speakers;
}

/**
 * Where a listed first name right before the surname at `at` starts, past the particles between them ("Brandon Haines",
 * "Sanne de Vries"), or `at` when none stands there.
 */
function listedFirstNameBefore(text: string, at: number): number {
  if (text.charCodeAt(at - 1) !== 0x20) return at;
  const before = firstNameAndParticlesBefore.exec(text.slice(Math.max(0, at - 40), at));
  if (before === null) return at;
  // A listed name written with its accents ("Héctor Ortega" beside "Luis Ortega") is one too.
  const first = before[1]!;
  return isListedFirstName(first) || isListedFirstName(foldCapitalisedWordAccents(first))
    ? at - before[0].length + before[0].indexOf(first)
    : at;
}

/** A capitalised word, the particles of a surname after it, and a blank, ending where the surname starts. */
const firstNameAndParticlesBefore = new RegExp(String.raw`(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)(?:[ \t]+(?:${surnameParticles}))*[ \t]$`, 'u');

/** Whether the capitalised word that ends at `end` (before " & ") is no listed first name: a partner's surname. */
function surnameBeforeAmpersand(text: string, end: number): boolean {
  const word = capitalisedWordBefore.exec(text.slice(Math.max(0, end - 30), end))?.[1];
  return word !== undefined && !isListedFirstName(word);
}

const capitalisedWordBefore = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)$/u;

/** A possessive perhaps, then one to three capitalised words, as a firm's name goes on after its founder's. */
const capitalisedWordsAfter = /^(?:['’]s)?((?:[ \t]+[A-Z][A-Za-z&'’-]*){1,3})/;

function firmWordsAfter(text: string, end: number): boolean {
  const words = capitalisedWordsAfter.exec(text.slice(end, end + 48))?.[1];
  return (
    words !== undefined &&
    words
      .trim()
      .split(/[ \t]+/)
      .some((word) => isFirmWord(word))
  );
}

/** A capitalised word after a blank, as a firm's name goes on after its partners' ("Havel & Ortiz CPAs"). */
const firmWordAfter = /^ [A-Z]/;

/** The longest text searched for a name written again: a search per mention of a longer one cost as much as its scan. */
const longestText = 8192;

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let at = start; at < end; at += 1) if (taken[at] === 1) return true;
  return false;
}

/** The Vietnamese middle names of men and of women, without and with their tone marks. */
const vietnameseSexMiddleNames: ReadonlySet<string> = new Set(['Van', 'Văn', 'Thi', 'Thị']);

/** What a found name may be written again as: itself, its Latin words or the whole in capitals, or a Korean full name's given name. */
export function mentionsOf(name: string): string[] {
  if (isHangulSyllable(name.charCodeAt(0))) {
    if (name.length < 3 || name.length > 4) return [name];
    const surname = surnameLength(name);
    // A given name that is an everyday word ("하늘", "보람", "슬기") stays a word elsewhere.
    const given = name.slice(surname);
    return surname > 0 && given.length === 2 && isHangulWord(name) && !isCommonKoreanNoun(given) && !givenNamesThatAreWords.has(given)
      ? [name, given]
      : [name];
  }
  const mentions = [name];
  const words = name.split(' ');
  // The middle name that marks a Vietnamese man or woman is a word as often ("Nguyen Van Thanh" … "Van pickup 05:40"), and
  // no one is called by it alone; other middle names are, with the given name ("Thu Ha").
  words.forEach((word, index) => {
    const middle = index > 0 && index < words.length - 1 && vietnameseSexMiddleNames.has(word);
    if (isNameWord(word) && word !== name && !middle) mentions.push(word);
  });
  // The whole name in capitals, as a bank account's or a ticket's holder prints it ("Bikash Gurung" … "(BIKASH GURUNG)").
  if (capitalisedFullName.test(name)) mentions.push(name.toUpperCase());
  // A name a call's speech-to-text wrote in lower case ("linda hargreaves") is said again so ("thanks linda"): its listed
  // first name.
  const first = name.split(' ')[0]!;
  if (name.includes(' ') && /^[a-z]{3,}$/.test(first) && isListedGivenNameWord(capitalise(first.toUpperCase()))) mentions.push(first);
  return mentions;
}

/**
 * The given name of a found name in lower case too, where the text is a transcript in lower case, each turn opening with a
 * speaker's word in small letters ("agent: … you're speaking to kwame"): speech-to-text writes every name so.
 */
function lowerCaseMentions(text: string, found: readonly PiiFinding[]): string[] {
  if (!lowerCaseTurn.test(text)) return [];
  const mentions: string[] = [];
  for (const finding of found) {
    const first = /^[A-Z][a-z]{2,}(?= )/.exec(finding.text)?.[0];
    if (first !== undefined && finding.score >= leastScore && isListedGivenNameWord(first)) mentions.push(first.toLowerCase());
  }
  return mentions;
}

/** A turn of a transcript in lower case: a speaker's word in small letters, a colon and a blank at a line's start. */
const lowerCaseTurn = /^(?:agent|caller|customer|rep|advisor|operator|speaker \d):[ \t]/m;

/** A listed first name that is no everyday word ("Linda", not "Will"). */
function isListedGivenNameWord(word: string): boolean {
  return isListedFirstName(word) && !wordsThatAreNotNames.has(word) && !firstNamesThatAreWords.has(word);
}

/**
 * What a name in capitals, as a passport or a roster prints it, is written again as in a text: the whole name capitalised
 * as a name is, and its words after the first, the surname a passport prints first left out ("SHUKUROV SHOKIR" … "Shokir",
 * "AUNG KYAW MIN" … "Thank you Aung Kyaw Min").
 *
 * @example
 * mentionsOfNameInCapitals('SHUKUROV SHOKIR'); // ['SHUKUROV SHOKIR', 'Shukurov Shokir', 'Shokir']
 */
export function mentionsOfNameInCapitals(name: string): string[] {
  if (!/^[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)+$/.test(name)) return [];
  const words = name.split(' ').map(capitalise);
  // A Vietnamese middle name is a word as often ("Thanh toan", "Van"): only the whole name is looked for. The name in
  // capitals again, as a crew list's or a roster's note names its row's person ("AGUS SETIAWAN은 …", "PHAM VAN HUNG — …").
  return [name, words.join(' '), ...words.slice(1).filter((word) => isNameWord(word) && !vietnameseMiddleNames.has(word))];
}

function isAllCapitals(mention: string): boolean {
  return mention === mention.toUpperCase();
}

const capitalWordAfter = /^[ \t][A-Z]/;

/** Two or three capitalised Latin words, each then in small letters. */
const capitalisedFullName = /^[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){1,2}$/;

function isHangulWord(word: string): boolean {
  for (let at = 0; at < word.length; at += 1) if (!isHangulSyllable(word.charCodeAt(at))) return false;
  return true;
}

/** A capitalised Latin word of three letters or more, then small letters, that is no everyday word ("Will", "Grace"). */
function isNameWord(word: string): boolean {
  if (word.length < 3) return false;
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  if (first < 0x41 || first > 0x5a || last < 0x61 || last > 0x7a) return false;
  return !wordsThatAreNotNames.has(word) && !firstNamesThatAreWords.has(word);
}

/** Whether the mention is a word of its own: no letter of its script right before it, and none after a Latin one. */
function standsAlone(text: string, mention: { start: number; end: number; hangul: boolean }): boolean {
  const before = text.charCodeAt(mention.start - 1);
  const after = text.charCodeAt(mention.end);
  if (mention.hangul) {
    if (isHangulSyllable(before)) return false;
    return !isHangulSyllable(after) || afterKoreanName.has(after);
  }
  return !isLatinLetter(before) && !isLatinLetter(after);
}

/** A login's joining marks and digits: "_", "@", ".", "-" and 0–9. */
function partOfLogin(code: number): boolean {
  return code === 0x5f || code === 0x40 || code === 0x2e || code === 0x2d || (code >= 0x30 && code <= 0x39);
}

function isLowerCaseLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}

/**
 * Adds to `candidates` a name in capitals written again as a name is ("SHUKUROV SHOKIR" … "Shokir:", "AUNG KYAW MIN" …
 * "Thank you Aung Kyaw Min"): read after every other search of names, so that it takes no span a fuller name holds.
 *
 * @example
 * const candidates = [{ type: 'PERSON', start: 9, end: 24, text: 'SHUKUROV SHOKIR', score: 0.75, recognizer: 'x' }];
 * addRepeatsOfNamesInCapitals('Passport SHUKUROV SHOKIR\nThanks, Shokir!', candidates);
 * candidates.map((finding) => finding.text); // ['SHUKUROV SHOKIR', 'Shokir']
 */
export function addRepeatsOfNamesInCapitals(text: string, candidates: PiiFinding[]): void {
  const inCapitals = candidates.filter((finding) => finding.type === 'PERSON' && mentionsOfNameInCapitals(finding.text).length > 0);
  if (inCapitals.length === 0) return;
  for (const finding of findRepeatedNames(text, inCapitals, mentionsOfNameInCapitals))
    if (!overlapsAny(candidates, finding) && !continuesName(text, finding.start)) candidates.push(finding);
}

/** A capitalised word right before, no greeting's or title's: the mention is the end of a longer name ("Trần Thị Mai"). */
function continuesName(text: string, start: number): boolean {
  const word = /(\p{Lu}[\p{L}\p{M}'’-]*)[ \t]$/u.exec(text.slice(Math.max(0, start - 24), start));
  return word !== null && !wordsThatAreNotNames.has(word[1]!);
}
