// A Korean full name written right beside an account or a phone it belongs to: after it in a transfer request ("카카오뱅크
// 3333-17-4820591 엄태호 로 돌려주세요", "연락은 010-7724-5013 채희정 앞으로 주세요"; a holder in Latin letters too, "농협
// 351-1129-4830-73 AZIZ KARIMOV"), before it in a statement's line
// ("타행이체 이가영(우리 1002-847-339102)", "모바일,문경자 3333-08-5521947"). The number vouches for the name, which alone
// would be a word.
import { isCapitalLetter } from './feature-characters.ts';
import { hangulRunEndAfter, isHangulSyllable } from './names/hangul.ts';
import { isLikelyKoreanFullName } from './names/korean-names.ts';
import { companySuffixes, wordsThatAreNotNames } from './names/english-name-words.ts';
import { isListedLatinName } from './names/latin-name.ts';
import { overlapsAny } from './resolve-overlaps.ts';
import type { PiiFinding } from './types.ts';

const recognizerName = 'name-beside-number';

/** The particles and endings a name takes after the number it owns: "엄태호로", "채희정 앞으로", "한지우요". */
const endingsAfterName: ReadonlySet<string> = new Set([
  '',
  '로',
  '으로',
  '앞으로',
  '한테',
  '에게',
  '께',
  '님',
  '씨',
  '요',
  '이요',
  '예요',
  '이에요',
  // A card read out and its holder said after it ("면허증 … 28-09-174530-81 조상철 이라고 되어있어요").
  '이라고',
  '라고',
]);
/** The syllables that end a particle or a polite ending, with which no given name ends. */
const particleSyllables: ReadonlySet<number> = new Set([...'로요께테게'].map((syllable) => syllable.charCodeAt(0)));
/** A name that opens a word, then blanks, a bracket and the bank's short name before the account ("이가영(우리 ", "이정란\t농협 "). */
const nameBeforeAccount = /(?:^|[^가-힣])([가-힣]{3,4})[ \t]*(?:\([ \t]*)?(?:[가-힣]{1,6}[ \t]+)?$/;
/** The ends of a bank's or a brokerage's own name, which stands where a holder's may ("국민은행 123-…"). */
const bankEnding = /(?:은행|뱅크|금고|농협|신협|수협|증권|저축|카드|페이)$/;

function fullName(text: string, start: number, end: number): PiiFinding | undefined {
  const name = text.slice(start, end);
  if (name.length < 3 || name.length > 4 || !isLikelyKoreanFullName(name)) return undefined;
  return { type: 'PERSON', start, end, text: name, score: 0.7, recognizer: recognizerName };
}

/** The name after `number`: one blank at most between them, then the name and one of its endings. */
function nameAfter(text: string, number: PiiFinding): PiiFinding | undefined {
  const start = text.charCodeAt(number.end) === 0x20 ? number.end + 1 : number.end;
  const holder = isCapitalLetter(text.charCodeAt(start)) ? latinNameAt(text, start, { transfer: false }) : undefined;
  if (holder !== undefined) return holder;
  // A statement's transfer line names the other party after a dash or the bank's code ("Customer Transfer to 0711 305 846 -
  // PETER OTIENO", "USSD TRF TO 0123481172 GTB/EMEKA OBI").
  statementPartyGap.lastIndex = number.end;
  if (statementPartyGap.test(text) && transferBefore.test(text.slice(Math.max(0, number.start - 32), number.start)))
    return latinNameAt(text, statementPartyGap.lastIndex, { transfer: true });
  if (isCapitalLetter(text.charCodeAt(start))) return undefined;
  if (!isHangulSyllable(text.charCodeAt(start))) return undefined;
  // The name's word, its particle glued to it ("유하람으로") or standing apart ("엄태호 로").
  const runEnd = hangulRunEndAfter(text, start);
  for (let end = Math.min(runEnd, start + 4); end >= start + 3; end -= 1) {
    const ending = text.slice(end, runEnd);
    // "010.5392.8017 이걸로 저장": a word that ends in a particle is no name with none.
    if (ending === '' && particleSyllables.has(text.charCodeAt(end - 1))) continue;
    if (!endingsAfterName.has(ending)) continue;
    const found = fullName(text, start, end);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A holder's name in Latin letters right after the number, two or three capitalised words or words in capitals, one of
 * them a listed name, the line's end or a mark after it ("농협 351-1129-4830-73 AZIZ KARIMOV", "GCash 0917 482 6630 Lorna
 * Bautista."); not a bank's or a firm's words.
 */
const latinHolder = /[A-Z][A-Za-z'-]+(?:[ \t][A-Z][A-Za-z'-]+){1,2}(?=[ \t]*(?:$|[\n.,;)|])|[ \t]{2})/y;
/** What stands between a transfer's number and its party on a statement: a dash, or a slash after the bank's code. */
const statementPartyGap = /[ \t]*(?:[-–][ \t]*|[A-Z]{2,5}\/)/y;
const statementWords: ReadonlySet<string> = new Set([
  'Prepaid',
  'Postpaid',
  'Airtime',
  'Bundle',
  'Bundles',
  'Token',
  'Tokens',
  'Till',
  'Paybill',
  'Goods',
  'Merchant',
  'Account',
  'Wallet',
  'Charges',
  'Fee',
  'Reversal',
]);
const transferBefore = /\b(?:to|from|TO|FROM|[Tt]ransfer|TRF|[Rr]eceived|[Ss]ent|[Pp]aid)\b[^\n\d]{0,16}$/;

/**
 * The holder's words, each a capitalised word and none a bank's, a firm's or an ordinary word's; one a listed name, unless a
 * transfer's line names its party so (in capitals, as a statement prints it).
 */
function latinNameAt(text: string, start: number, at: { transfer: boolean }): PiiFinding | undefined {
  latinHolder.lastIndex = start;
  const match = latinHolder.exec(text);
  if (match === null) return undefined;
  const words = match[0].split(/[ \t]/).map((word) => word.charAt(0) + word.slice(1).toLowerCase());
  if (words.some((word) => wordsThatAreNotNames.has(word) || companySuffixes.has(word))) return undefined;
  // A statement's merchant in capitals is no party: an acronym without a vowel ("KPLC PREPAID"), a product's word.
  const partyInCapitals =
    at.transfer &&
    match[0] === match[0].toUpperCase() &&
    words.every((word) => /[aeiouy]/.test(word.slice(1)) && !statementWords.has(word));
  if (!partyInCapitals && !isListedLatinName(words.join(' '))) return undefined;
  return { type: 'PERSON', start, end: start + match[0].length, text: match[0], score: 0.7, recognizer: recognizerName };
}

/** The name before an account in a statement's line: a cell's or a word's start, the name, the bank's short name. */
function nameBefore(text: string, account: PiiFinding): PiiFinding | undefined {
  const windowStart = Math.max(0, account.start - 24);
  const match = nameBeforeAccount.exec(text.slice(windowStart, account.start));
  if (match === null || bankEnding.test(match[1]!)) return undefined;
  const start = windowStart + match.index + match[0].indexOf(match[1]!);
  return fullName(text, start, start + match[1]!.length);
}

/**
 * Adds to `candidates` the Korean full names that stand right after an account or a phone among them, or right before an
 * account, 0.7; none where a candidate already covers the name.
 *
 * @example
 * const candidates = [{ type: 'BANK_ACCOUNT', start: 6, end: 21, text: '3333-17-4820591', score: 0.8, recognizer: 'bank-account' }];
 * addNamesBesideAccountsAndPhones('카카오뱅크 3333-17-4820591 엄태호 로 돌려주세요', candidates);
 * candidates[1]?.text; // '엄태호'
 */
export function addNamesBesideAccountsAndPhones(text: string, candidates: PiiFinding[]): void {
  const found: PiiFinding[] = [];
  for (const candidate of candidates) {
    if (candidate.type !== 'BANK_ACCOUNT' && candidate.type !== 'PHONE' && candidate.type !== 'DRIVER_LICENSE') continue;
    const after = nameAfter(text, candidate);
    if (after !== undefined) found.push(after);
    const before = candidate.type === 'BANK_ACCOUNT' ? nameBefore(text, candidate) : undefined;
    if (before !== undefined) found.push(before);
  }
  for (const name of found) if (!overlapsAny(candidates, name)) candidates.push(name);
}
