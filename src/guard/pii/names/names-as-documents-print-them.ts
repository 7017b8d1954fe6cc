// A name in capitals after what a document, a card or a record says ("the passport says ZHANG WEILING", "on my PR card it's
// TRAN VAN DUC", "name on ARC is PHAM VAN DUC", "my BRP says ADEYEMI TOLULOPE", "the letter says RODRIGUEZ PENA, JULIO
// CESAR", "여권에 HARRIS, COLE MATTHEW 라고 돼 있거든요"), and an account's title as a bank's form or a transfer's record
// prints it ("In the name(s) of: ELEANOR M PRICE-JONES", "Title exactly as shown on statement: NAOMI FELDSTEIN", "the
// originator name 'CHOI YUNA'", "recipient TSOI LIUDMYLA"): customers quote the spelling an office holds, in capitals, when it differs from the one they use.
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { capitalise, isListedLatinName } from './latin-name.ts';
import { holdsFirmWordInAnyCase, wordsThatAreNotNames } from './english-name-words.ts';
import { hasFeatures, textFeature, type TextFeatures } from '../text-features.ts';
import { isKoreanSurnameInLatin } from './romanised-korean-names.ts';

const recognizerName = 'name-as-document-prints-it';

/**
 * A document, a card or a record, and what it says or holds, before the name; in Korean, what the passport or the card holds
 * ("여권에 HARRIS, COLE MATTHEW 라고", "영문 MA YUNHA"). The groups are the name said to be on one ("name on card",
 * "name as on passport", "in passport …", "여권 표기 …", "외국인등록증엔 …"), or an account's or a transfer's party by name
 * ("In the name(s) of:", "title is", "originator name"), which asks for a name whatever its words; or a document's,
 * a card's or a booking's name field written inline, as a verification log or a lost-property note copies it ("Japan,
 * TR4829173, name TANABE AIKO", "billing name K MCBRIDE", "her maiden name, AMARA C NWOSU", "account under JOEL B
 * VILLAREAL").
 */
const documentSays =
  /\b([Nn]ame[ \t]+(?:as[ \t]+(?:it[ \t]+)?(?:appears[ \t]+|is[ \t]+printed[ \t]+|printed[ \t]+|shown[ \t]+)?)?on[ \t]+(?:the[ \t]+|my[ \t]+|his[ \t]+|her[ \t]+|your[ \t]+|their[ \t]+)?(?:[Pp]assport|[Cc]ard|ID|ARC|[Ll]icen[cs]e|[Aa]ccount|[Bb]ooking|[Tt]icket)(?:[ \t]*[:：]|[ \t]+(?:is|reads|says|shows))?[ \t]+)|\b((?:[Nn]ame[ \t]+)?(?:as[ \t]+)?(?:in|on)[ \t]+(?:my[ \t]+|the[ \t]+|his[ \t]+|her[ \t]+)?(?:[Pp]assport|ARC)(?:[ \t]*[:：]|[ \t]+(?:it's|it’s|it[ \t]+is|is|says|reads|shows))?[ \t]+)|\b(?:[Pp]assport|ARC|BRP|PR card|[Rr]esidence card|ID card|[Bb]ank card|[Cc]ard|[Ll]icen[cs]e|[Vv]isa|[Pp]ermit|[Ll]etter|[Nn]otice|[Cc]ertificate)(?:[ \t]+(?:says|reads|shows)|[ \t]+it(?:'s|’s| is)|[ \t]+is(?:[ \t]+exactly)?|[ \t]+(?:also[ \t]+)?just)[ \t]+|((?:여권|외국인등록증|등록증)(?:에는|에|상|엔|[ \t]*표기|[ \t]*이름은)[ \t]*)|(?:카드|통장|면허증)(?:에는|에|상|엔)[ \t]*|영문(?:[ \t]*(?:성명|이름|표기|대문자))?(?:은|는|:)?[ \t]+|\b((?:[Ii]n[ \t]+the[ \t]+name(?:\(s\)|s)?[ \t]+of|[Tt]itle(?:[ \t]+exactly)?[ \t]+as[ \t]+(?:shown|printed)(?:[ \t]+on[ \t]+(?:the[ \t]+)?(?:statement|account|passbook|card))?|(?:[Aa]ccount[ \t]+)?[Tt]itle[ \t]+is|[Oo]riginator(?:'s)?[ \t]+name(?:[ \t]+is)?|[Bb]eneficiary(?:'s)?[ \t]+name(?:[ \t]+is)?|recipient)[ \t]*[:：]?[ \t]*['‘"“]?)|\b((?:(?:[Bb]illing|[Mm]aiden|[Cc]ardholder|[Ll]egal|[Bb]irth)[ \t]+name|(?<=,[ \t])[Nn]ame)(?:[ \t]+(?:is|was|reads|shows))?[ \t]*[,:：]?[ \t]+|(?:account|card|booking)[ \t]+(?:is[ \t]+)?under[ \t]+|[ \t]under[ \t]+(?=[A-Z]+[ \t][A-Z][ \t][A-Z]))(?=[A-Z])/g;
/**
 * Two to five words in capitals, the surname first and a comma after it at most ("ZHANG, WEILUN", "PHAM THI HOANG ANH"),
 * or a card's initials before the surname ("C J WHITFORD").
 */
const wordsInCapitals = /(?:[A-Z][ \t]){1,2}[A-Z]{2}[A-Z'’-]*(?![A-Za-z])|[A-Z][A-Z'’-]+(?:,?[ \t][A-Z][A-Z'’-]*){1,4}(?![A-Za-z])/y;

/**
 * The words in capitals up to a comma after which a record's next field goes on ("TANABE AIKO, DOB 1993-10-02", "MILLER
 * JACOB THOMAS, ARC 880214-…"): a name of two words or more before the comma, and after it a word never a name's, or one
 * word before the field's digits or colon.
 */
function withoutFieldAfterComma(text: string, match: { index: number; capitals: string }): string {
  const { capitals } = match;
  const comma = capitals.lastIndexOf(',');
  if (comma <= 0 || !capitals.slice(0, comma).includes(' ')) return capitals;
  const after = capitals
    .slice(comma + 1)
    .trim()
    .split(/[ \t]+/);
  const fieldLabel =
    after.length === 1 && /^[ \t]*[\d:：]/.test(text.slice(match.index + capitals.length, match.index + capitals.length + 3));
  return fieldLabel || after.some((word) => wordsThatAreNotNames.has(capitalise(word))) ? capitals.slice(0, comma) : capitals;
}

/** A title in capitals before the name, which the name's span leaves out ("the name on my booking is DR KIM"). */
const capitalTitle = /(?:MRS?|MS|MISS|MX|DR)\.?[ \t]+/y;

/**
 * Whether the text may say what a document prints for a name: the search needs two capitals after a blank that follows
 * one (the feature pass's `capitalWords`), or, where the name is said to be on one, initials ("HANNAH J O'DWYER").
 */
export function mayHoldNameAsDocumentPrintsIt(text: string, features: TextFeatures): boolean {
  return hasFeatures(features, textFeature.capitalWords) || (hasFeatures(features, textFeature.upperLatin) && text.includes('ame '));
}

/**
 * The names in capitals after what a document says; one of their words must be a listed first name or surname, or a Korean
 * surname as a passport spells it ("the card says DECLINED PAYMENT" names no one). After a name said to be on a card or a
 * passport any words will do but those that are never names ("name on card DOES NOT MATCH"). Remembered for the last text.
 *
 * @example
 * findNamesAsDocumentsPrintThem('My passport says ZHANG WEILING, but at work I am Vivian').map((found) => found.text); // ['ZHANG WEILING']
 * findNamesAsDocumentsPrintThem('name as on passport HOLLIE JADE MCKENZIE').map((found) => found.text); // ['HOLLIE JADE MCKENZIE']
 */
export const findNamesAsDocumentsPrintThem = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  documentSays.lastIndex = 0;
  for (let said = documentSays.exec(text); said !== null; said = documentSays.exec(text)) {
    capitalTitle.lastIndex = documentSays.lastIndex;
    wordsInCapitals.lastIndex = capitalTitle.test(text) ? capitalTitle.lastIndex : documentSays.lastIndex;
    const match = wordsInCapitals.exec(text);
    if (match === null) continue;
    const capitals = withoutFieldAfterComma(text, { index: match.index, capitals: match[0] });
    const words = capitals.split(/,?[ \t]/);
    // A name said to be on a card, in a passport or on a residence card may be any words but those never a name's.
    const named =
      (said[1] ?? said[2] ?? said[3] ?? said[4] ?? said[5]) !== undefined &&
      words.every((word) => !wordsThatAreNotNames.has(capitalise(word))) &&
      ((said[4] ?? said[5]) === undefined || !holdsFirmWordInAnyCase(capitals));
    if (!named && !isListedLatinName(capitals) && !words.some(isKoreanSurnameInLatin)) continue;
    const start = match.index;
    // The quote that closes a quoted name ("'CHOI YUNA'") is no part of it.
    const name = capitals.replace(/['’]+$/, '');
    findings.push({ type: 'PERSON', start, end: start + name.length, text: name, score: 0.75, recognizer: recognizerName });
  }
  return findings;
});
