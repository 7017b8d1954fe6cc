// A name in capitals after what a document, a card or a record says ("the passport says ZHANG WEILING", "on my PR card it's
// TRAN VAN DUC", "name on ARC is PHAM VAN DUC", "my BRP says ADEYEMI TOLULOPE", "the letter says RODRIGUEZ PENA, JULIO
// CESAR", "여권에 HARRIS, COLE MATTHEW 라고 돼 있거든요"): customers quote the spelling an office holds, in capitals, when it differs from the one they use.
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { isListedLatinName } from './latin-name.ts';
import { isKoreanSurnameInLatin } from './romanised-korean-names.ts';

const recognizerName = 'name-as-document-prints-it';

/**
 * A document, a card or a record, and what it says or holds, before the name; in Korean, what the passport or the card holds
 * ("여권에 HARRIS, COLE MATTHEW 라고", "영문 MA YUNHA").
 */
const documentSays =
  /\b(?:[Pp]assport|ARC|BRP|PR card|[Rr]esidence card|ID card|[Bb]ank card|[Cc]ard|[Ll]icen[cs]e|[Vv]isa|[Pp]ermit|[Ll]etter|[Nn]otice|[Cc]ertificate)(?:[ \t]+(?:says|reads|shows)|[ \t]+it(?:'s|’s| is)|[ \t]+is(?:[ \t]+exactly)?)[ \t]+|(?:여권|외국인등록증|등록증|카드|통장|면허증)(?:에는|에|상|엔)[ \t]*|영문(?:[ \t]*(?:성명|이름|표기|대문자))?(?:은|는|:)?[ \t]+/g;
/** Two to five words in capitals, the surname first and a comma after it at most ("ZHANG, WEILUN", "PHAM THI HOANG ANH"). */
const wordsInCapitals = /[A-Z][A-Z'’-]+(?:,?[ \t][A-Z][A-Z'’-]*){1,4}(?![A-Za-z])/y;

/**
 * The names in capitals after what a document says; one of their words must be a listed first name or surname, or a Korean
 * surname as a passport spells it ("the card says DECLINED PAYMENT" names no one). Remembered for the last text.
 *
 * @example
 * findNamesAsDocumentsPrintThem('My passport says ZHANG WEILING, but at work I am Vivian').map((found) => found.text); // ['ZHANG WEILING']
 */
export const findNamesAsDocumentsPrintThem = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  documentSays.lastIndex = 0;
  while (documentSays.test(text)) {
    wordsInCapitals.lastIndex = documentSays.lastIndex;
    const match = wordsInCapitals.exec(text);
    if (match === null) continue;
    if (!isListedLatinName(match[0]) && !match[0].split(/,?[ \t]/).some(isKoreanSurnameInLatin)) continue;
    const start = match.index;
    findings.push({ type: 'PERSON', start, end: start + match[0].length, text: match[0], score: 0.75, recognizer: recognizerName });
  }
  return findings;
});
