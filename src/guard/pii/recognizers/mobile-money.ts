// The counterparty of a mobile-money confirmation, as M-PESA, MTN MoMo and Airtel Money text it: the name in capitals and
// the phone the money went to or came from ("Ksh4,500.00 sent to WANJIRU KAMAU 0722613480 on 19/2/25", "You have received
// Ksh1,000.00 from PETER OTIENO 0712345678"). A till or a paybill has a firm's name and an account, no phone.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { createFinding } from './create-finding.ts';

const name = 'mobile-money';

/** "sent to" or "from", two to four words in capitals, then a mobile of East or West Africa, national or with its code. */
const transfer =
  /\b(?:sent to|paid to|from)[ \t]+([A-Z][A-Z'-]+(?:[ \t]+[A-Z][A-Z'-]+){1,3})[ \t]+((?:\+?2(?:54|55|56|33|34|50)|0)[17]\d{8})(?!\d)/g;

/**
 * The counterparty's name (PERSON, 0.8) and phone (PHONE, 0.85) of each confirmation in the text.
 *
 * @example
 * mobileMoneyRecognizer.find('Ksh4,500.00 sent to WANJIRU KAMAU 0722613480 on 19/2/25', {}).map((finding) => finding.text);
 * // ['WANJIRU KAMAU', '0722613480']
 */
export const mobileMoneyRecognizer: PiiRecognizer = {
  name,
  types: ['PERSON', 'PHONE'],
  mightMatch: (text) => {
    const features = textFeatures(text);
    return features.mostRunDigits >= 10 && hasFeatures(features, textFeature.upperLatin) && transferWord.test(text);
  },
  find(text) {
    const findings: PiiFinding[] = [];
    transfer.lastIndex = 0;
    for (let match = transfer.exec(text); match !== null; match = transfer.exec(text)) {
      const person = match[1]!;
      const phone = match[2]!;
      const personStart = match.index + match[0].indexOf(person);
      const phoneStart = match.index + match[0].length - phone.length;
      findings.push(createFinding({ type: 'PERSON', text: person, start: personStart, score: 0.8, recognizer: name }));
      findings.push(createFinding({ type: 'PHONE', text: phone, start: phoneStart, score: 0.85, recognizer: name }));
    }
    return findings;
  },
};

const transferWord = /\b(?:sent to|paid to|from)[ \t]+[A-Z]{2}/;
