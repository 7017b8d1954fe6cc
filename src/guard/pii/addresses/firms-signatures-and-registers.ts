// Whether an address is a firm's by the line or the block that prints it: an email signature's contact line (the firm's
// service number or its switchboard before the address, under the line that names the firm), a Korean payer's or buyer's
// register block (상호, 사업자등록번호 and 법인등록번호 above its 주소), a form's business address apart from the residence
// it asks for, or a sentence about a company's registered office.
import type { PiiFinding } from '../types.ts';

/**
 * A business's own service number right before the address on its line, as a signature prints it ("… | Seoul Movers
 * International | 1588-4471 | 서울 …", "… · 1-800-555-0100 · 12 …"): no person answers a 15XX, 1-800 or 0800 number.
 */
const serviceNumberBefore = /(?<![\d-])(?:1[568]\d\d-\d{4}|1-8[0-9]{2}-\d{3}-\d{4}|0800[ \t]?\d{3}[ \t]?\d{3,4})[ \t]*[|/·•,][ \t]*$/;
/** A signature's phone with its letter or word, then a bar or a dot before the address ("T +49 40 3008 1200 | …"). */
const signaturePhoneBefore = /^[ \t]*(?:T|Tel|TEL|Ph|Phone|P)\.?:?[ \t]*\+?[\d ()./-]{7,20}[ \t]*[|·•][ \t]*$/;
/** A firm's legal form, which ends the line above a signature's contact line ("Export Sea Freight | Hansa Forwarding GmbH"). */
const legalFormEndingLine = /\b(?:Ltd|LTD|Limited|Inc|INC|LLC|LLP|GmbH|AG|KG|BV|NV|PLC|plc|Corp|SA|SAS|SARL|Pty Ltd|Co\.,? Ltd)\.?[ \t]*$/;
/**
 * A company's registered office in the sentence before the address, however the sentence goes on ("Registered office is
 * a formation agent's address (Suite 5, 71–75 …"): a company's seat, no one's home.
 */
const registeredOfficeSentence = /\b(?:[Rr]egistered|[Hh]ead) office\b[^\n.;]{0,80}$/;
const sentenceReach = 96;
/**
 * A Korean register's address label ("주소:", "소재지:") in a block whose lines above name a business by its name or its
 * register numbers ("상호: …", "사업자등록번호: …", "법인등록번호: …"): a payer's or a buyer's seat, as a tax form or an
 * order prints it. A person's block gives 성명 and 주민등록번호 instead, and a contract's party's block under the firm's is
 * theirs.
 */
const koreanAddressLabelBefore = /(?:^|\n)[ \t]*[-•·*]?[ \t]*(?:주[ \t]*소|소재지)[ \t]*[:：][ \t]*$/;
/** A register's line of the business: its name or its numbers, after the party's mark perhaps ("(사업주) 사업체명: …"). */
const businessRegisterLine =
  /^[ \t]*[-•·*]?[ \t]*(?:\((?:사업주|갑|매도인|공급자)\)[ \t]*)?(?:상[ \t]*호|사업체[ \t]*명|회사[ \t]*명|사업자[ \t]*(?:등록)?[ \t]*번호|법인[ \t]*등록[ \t]*번호)[ \t]*[:：]/;
/** A person's line in the block, which makes the address below it theirs: a contract's party, a sole trader ("개인사업자"). */
const personsRegisterLine = /성[ \t]*명|주민[ \t]*(?:등록)?[ \t]*번호|생년월일|개인[ \t]*사업자|근로자|[(（][을병][)）]/;
/**
 * A form's business address with the holder's residence asked apart after it ("Business Address: …\nResidence Address:
 * …"): the form itself says the first is no home. (A business address alone is as often a sole trader's flat.)
 */
const businessAddressLabelBefore = /\b(?:Business|BUSINESS)[ \t]+(?:[Aa]ddress|ADDRESS)[ \t]*[:：][ \t]*$/;
const residenceLabel = /\n[ \t]*(?:Residence|Residential|Home|RESIDENCE|HOME)[ \t]+(?:[Aa]ddress|ADDRESS)[ \t]*[:：]/;
const residenceReach = 200;
/** How many lines above the address's label the register's lines are read, up to an empty line. */
const registerLinesAbove = 4;

/**
 * Whether `address` in `text` stands in a firm's signature line, register block or registered office's sentence.
 *
 * @example
 * isFirmsSignatureOrRegister('Hansa Forwarding GmbH\nT +49 40 3008 1200 | Am Sandtorkai 41, 20457 Hamburg', finding); // true
 */
export function isFirmsSignatureOrRegister(text: string, address: PiiFinding): boolean {
  const lineStart = text.lastIndexOf('\n', address.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, address.start - sentenceReach), address.start);
  if (serviceNumberBefore.test(before) || registeredOfficeSentence.test(before)) return true;
  if (lineStart > 0 && signaturePhoneBefore.test(text.slice(lineStart, address.start))) {
    const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    if (legalFormEndingLine.test(text.slice(aboveStart, lineStart - 1))) return true;
  }
  if (businessAddressLabelBefore.test(before) && residenceLabel.test(text.slice(address.end, address.end + residenceReach))) return true;
  return koreanAddressLabelBefore.test(before) && isUnderBusinessRegister(text, lineStart);
}

/** Whether one of the few lines right above `lineStart`, with no empty line between, names a business's register. */
function isUnderBusinessRegister(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let count = 0; count < registerLinesAbove && end > 0; count += 1) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() === '' || personsRegisterLine.test(line)) return false;
    if (businessRegisterLine.test(line)) return true;
    end = start - 1;
  }
  return false;
}
