// Names in the fixed formats of travel and bank records: an airline's passenger name ("DELA CRUZ/JUAN MIGUEL MR",
// "PYO/MINSEO MS"), the holder at a document line's end ("P/HKG/K08316452/HKG/05AUG92/F/21NOV31/LAM/KA YAN"), and a bank
// statement's counterparty ("FASTER PAYMENT TO K MENSAH", "IMPS/RAMESH PILLAI/rent", "NEFT CR
// HDFC0001021 SUNITA DESHMUKH"), and a payee quoted after its word ("to payee "J Coleman"").
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { hasFeatures, textFeature, textFeatures, type TextFeatures } from '../text-features.ts';
import { companySuffixes, firstNamesThatAreWords, wordsThatAreNotNames } from './english-name-words.ts';
import { isListedFirstName, isListedLatinName } from './latin-name.ts';
import { isKoreanSurnameInLatin, isRomanisedGivenName } from './romanised-korean-names.ts';
import { travelDocumentLines } from '../recognizers/travel-document-lines.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizerName = 'record-person-name';

/**
 * SURNAME/GIVEN NAMES and a title that ends its field, as tickets and passenger lists print them ("GERBER/ANNA-LENA MS |",
 * "TUPOU/ANAHERA MISS (CHD)", "It says OKONKWO/CHIDIEBERE MR but …", "• OKONKWO/ADA MRS — adult"): the title makes
 * "USD/KRW" or "TCP/IP" none. The same surname's SURNAME/GIVEN again needs no title ("… but my passport says
 * OKONKWO/CHIDIEBUBE").
 */
const passengerName =
  /(?<![A-Za-z/])([A-Z]{2,}(?:['-][A-Z]{2,})?(?: [A-Z]{2,}(?:['-][A-Z]{2,})?){0,2}(?:\/| \/ )[A-Z]{2,}(?:['-][A-Z]{2,})?(?: [A-Z]{2,}(?:['-][A-Z]{2,})?){0,2}) (?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)(?=[ \t]*(?:[,/;|\t\n(]|$)| {2}| [a-z가-힣]| [—–-] )/g;
/**
 * SURNAME/GIVEN NAME with no title, where a Korean surname comes first and a romanised given name after it, as a
 * travel document's or a booking's field prints it ("Travel document PARK/SEOYEON:", "1\tHWANG/JAEHWAN\t황재환"): the
 * words are checked after the match, so "USD/KRW" and "AND/OR" are none.
 */
const koreanPassengerName = /(?<![^\s|:(,])([A-Z]{2,6})\/([A-Z]{4,9})(?=[\s|:),]|$)/g;
/**
 * The payee or payer of a statement line: after a payment's words, before the amount or the payment's reference ("OSKO
 * PAYMENT TO PRIYA NAIR REF RENT APR"), or between an Indian transfer's slashes.
 */
const counterparty =
  /\b(?:(?:FASTER |BANK |STANDING ORDER )?PAYMENT|TRANSFER|TRF|BILL PAYMENT)(?: (?:TO|FROM|FRM))? ([A-Z]+(?: [A-Z]{2,}){1,3})(?= {2,}|\t| ?[-+]?\d| ?$| REF\b|\/)|\b(?:IMPS|NEFT|UPI|RTGS)\/([A-Z]{2,}(?: [A-Z]{2,}){1,3})\/|\b(?:IMPS|NEFT|RTGS)[ -](?:CR|DR)[ -]+[A-Z]{4}0[A-Z0-9]{6}[ -]+([A-Z]{2,}(?: [A-Z]{2,}){1,3})(?= {2,}| ?\||\t|$)/gm;

/**
 * The payer or payee of a Nigerian instant transfer between its bank's code and the narration ("NIP/GTB/OKONKWO
 * CHIDI/rent jan"), or of a Vietnamese transfer after "CK tu" or "CK den" and maybe the account ("CK den 0451000321876
 * TRAN MINH KHOA mua xe"). Either names its party surname first, so a listed surname counts as a listed first name does.
 */
const surnameFirstCounterparty =
  /\bNIP\/[A-Z]{2,8}\/([A-Z]{2,}(?: [A-Z]{2,}){1,3})\/|\bCK (?:tu|den|từ|đến|TU|DEN)(?: \d{6,16})? ([A-Z]{2,}(?: [A-Z]{2,}){1,3})(?= |-|\t|$)/gm;

/**
 * The payee or payer after a British statement's code, where a row's cell or line starts: a standing order (SO, STO), a
 * faster payment in or out (FPI, FPO, FP), a giro credit (BGC), a transfer to an account (TFR): "| SO Y QURESHI RENT
 * SHARE |", "| FPI ADNAN MALIK REF 40119928 |", "| TFR TO A/C 72019384 K LEWIS |". Two words only, since the reference
 * that follows is words too.
 */
const codedCounterparty =
  /(?:^|\| |\t)(?:SO|STO|FPI|FPO|FP|BGC|TFR)(?: (?:TO|FROM))?(?: A\/C \d{6,10})? ([A-Z]{1,} [A-Z]{2,}(?:-[A-Z]{2,})?)(?= |\t|$)/gm;

/**
 * A payee or a recipient a bank's message quotes as the account holder set it up ("to payee "J Coleman"", "to new
 * recipient "Kayla M"", a fraud log's "New payee added: 'J Mensah'"): an initial and a surname, or a listed given name
 * and a surname or an initial, alone in the quotes.
 */
const quotedPayee =
  /\b(?:[Pp]ayee|[Rr]ecipient|[Bb]eneficiary|PAYEE|RECIPIENT|BENEFICIARY)(?:[ \t]+(?:added|created|set up))?[ \t]*:?[ \t]+(["“']|‘)((?:[A-Z]\.?|[A-Z][a-z]+)[ \t]+[A-Z][a-z'’-]+|[A-Z][a-z]+[ \t]+[A-Z]\.?)(?:["”']|’)/g;

/** The marks that open a quoted payee. */
const quoteMarks = characterPairWords('"', '“', "'", '‘');
/** The words before a quoted payee, in any case (`quotedPayee` writes each capitalised or in capitals). */
const payeeWords = characterPairWords('payee', 'recipient', 'beneficiary');

/**
 * The names of `text` in those formats, 0.8; a counterparty only as a person writes: an initial and a surname ("K MENSAH"),
 * or a listed first name first, no word a company's. Remembered for the last text.
 *
 * @example
 * findNamesInRecords('1,DELA CRUZ/JUAN MIGUEL MR,14A').map((finding) => finding.text); // ['DELA CRUZ/JUAN MIGUEL']
 * findNamesInRecords('19/04  FASTER PAYMENT TO K MENSAH  -150.00').map((finding) => finding.text); // ['K MENSAH']
 */
export const findNamesInRecords = rememberLastText((text: string): readonly PiiFinding[] => {
  const features = textFeatures(text);
  if (!hasFeatures(features, textFeature.upperLatin)) return [];
  const findings: PiiFinding[] = [];
  // Every SURNAME/GIVEN and every document line's holder comes after a slash, which sets the login mark: a hash or an
  // equals sign alone reads none.
  const slashes = (features.flags & textFeature.loginMark) !== 0 && text.includes('/');
  if (slashes) {
    passengerName.lastIndex = 0;
    const surnames = new Set<string>();
    for (let match = passengerName.exec(text); match !== null; match = passengerName.exec(text)) {
      findings.push(finding(text, { start: match.index, end: match.index + match[1]!.length }));
      surnames.add(match[1]!.slice(0, match[1]!.indexOf('/')).trimEnd());
    }
    // A booking's or a ticket's passengers without titles ("the booking for COSTA/MARIANA and COSTA/RUI"): a surname whose
    // given name after the slash is a listed first name, and the family's others after it.
    if (passengerWords.test(text)) for (const surname of surnamesBeforeListedGivenNames(text)) surnames.add(surname);
    if (surnames.size > 0)
      for (const again of passengerNamesAgain(text, surnames))
        if (!findings.some((known) => known.start === again.start)) findings.push(again);
    koreanPassengerName.lastIndex = 0;
    for (let match = koreanPassengerName.exec(text); match !== null; match = koreanPassengerName.exec(text))
      if (isKoreanSurnameInLatin(match[1]!) && readsAsKoreanGivenName(match[2]!))
        findings.push(finding(text, { start: match.index, end: match.index + match[0].length }));
  }
  // A holder ends a document line that slashes part ("P/HKG/…/LAM/KA YAN"); a passenger list's row by commas names none.
  if (slashes)
    for (const line of travelDocumentLines(text))
      if (line.holder !== undefined)
        findings.push(finding(text, { start: line.holder.start, end: line.holder.start + line.holder.text.length }));
  if (
    mayHoldAnyWord(text, payeeWords) &&
    mayHoldAnyWord(text, quoteMarks) &&
    (text.includes('"') || text.includes('“') || text.includes("'") || text.includes('‘'))
  ) {
    quotedPayee.lastIndex = 0;
    for (let match = quotedPayee.exec(text); match !== null; match = quotedPayee.exec(text)) {
      const name = match[2]!;
      const words = name.split(/[ \t]+/);
      if (words.some((word) => wordsThatAreNotNames.has(word) || companySuffixes.has(word))) continue;
      // A whole first word is a person's when it is a listed first name ("British Gas", "Mum Rent" and "Flat B" are payees too).
      if (words[0]!.replace('.', '').length > 1 && !isListedFirstName(words[0]!)) continue;
      const start = match.index + match[0].length - name.length - 1;
      findings.push(finding(text, { start, end: start + name.length }));
    }
  }
  if (mayHoldCounterparty(text, features))
    for (const pattern of [counterparty, codedCounterparty, surnameFirstCounterparty]) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        const name = match[1] ?? match[2] ?? match[3]!;
        if (!readsAsPerson(name, { surnameFirst: pattern === surnameFirstCounterparty })) continue;
        const start = match.index + match[0].lastIndexOf(name);
        findings.push(finding(text, { start, end: start + name.length }));
      }
    }
  return findings;
});

/** A passenger's SURNAME/GIVEN written again without the title, after one with it. */
function passengerNamesAgain(text: string, surnames: ReadonlySet<string>): PiiFinding[] {
  const found: PiiFinding[] = [];
  untitledPassengerName.lastIndex = 0;
  for (let match = untitledPassengerName.exec(text); match !== null; match = untitledPassengerName.exec(text))
    if (surnames.has(match[0].slice(0, match[0].indexOf('/'))))
      found.push(finding(text, { start: match.index, end: match.index + match[0].length }));
  return found;
}

/** Words of a booking, a ticket or a passenger list, around SURNAME/GIVEN written without a title. */
const passengerWords =
  /\b(?:[Pp]assengers?|PASSENGERS?|[Bb]ooking|BOOKING|PNR|[Pp]ax|PAX|[Tt]ickets?|TICKETS?|[Tt]ravell?ers?|[Ii]tinerary)\b/;

/** The surnames of SURNAME/GIVEN written without a title whose given name is a listed first name and no everyday word. */
function surnamesBeforeListedGivenNames(text: string): string[] {
  const surnames: string[] = [];
  untitledPassengerName.lastIndex = 0;
  for (let match = untitledPassengerName.exec(text); match !== null; match = untitledPassengerName.exec(text)) {
    const slash = match[0].indexOf('/');
    const surname = match[0].slice(0, slash);
    const given = titleCase(match[0].slice(slash + 1));
    if (!isListedFirstName(given) || firstNamesThatAreWords.has(given) || wordsThatAreNotNames.has(given)) continue;
    if (surname.split(' ').some((word) => wordsThatAreNotNames.has(titleCase(word)) || companySuffixes.has(titleCase(word)))) continue;
    surnames.push(surname);
  }
  return surnames;
}

const untitledPassengerName = /(?<![A-Za-z/])[A-Z]{2,}(?:['-][A-Z]{2,})?(?: [A-Z]{2,}){0,2}\/[A-Z]{2,}(?:['-][A-Z]{2,})?(?![A-Za-z/])/g;

/** A statement's line of a payment or a transfer: capitals and digits, and one of its words. */
function mayHoldCounterparty(text: string, features: TextFeatures): boolean {
  return hasFeatures(features, textFeature.digit) && statementWord.test(text);
}

const statementWord =
  /PAYMENT|TRANSFER|TRF|TFR|IMPS[/ -]|NEFT[/ -]|UPI\/|RTGS[/ -]|NIP\/|\bCK (?:tu|den|từ|đến|TU|DEN) |\b(?:SO|STO|FPI|FPO|FP|BGC) [A-Z]/;

/**
 * An initial and a surname, or a listed first name first (where the party is written `surnameFirst`, a listed surname
 * or first name first); no word that is no name or a company's.
 */
function readsAsPerson(name: string, order: { surnameFirst: boolean }): boolean {
  const words = name.split(' ').map(titleCase);
  if (words.some((word) => wordsThatAreNotNames.has(word) || companySuffixes.has(word))) return false;
  return words[0]!.length === 1 || (order.surnameFirst ? isListedLatinName(words[0]!) : isListedFirstName(words[0]!));
}

/** Letters that English words seldom hold and romanised Korean syllables often do: 어, 으, 애, 의, 여, 유, 와, 워, 지. */
const koreanSpelling = /EO|EU|AE|OE|UI|Y[AEOU]|W[AEO]|J[AEIOU]/;

/**
 * A romanised Korean given name, no word that is no name; under six letters, one that holds Korean spellings ("JIAN",
 * "SEOA"), so "PARK/RIDE" is none.
 */
function readsAsKoreanGivenName(word: string): boolean {
  return isRomanisedGivenName(word) && !wordsThatAreNotNames.has(titleCase(word)) && (word.length >= 6 || koreanSpelling.test(word));
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

function finding(text: string, span: { start: number; end: number }): PiiFinding {
  return {
    type: 'PERSON',
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    score: 0.8,
    recognizer: recognizerName,
  };
}
