// Finds addresses by their postcode, in the order any country writes them: on one line with commas ("9 Seafield Park,
// Killiney, Co. Dublin, A96 T2W8", "Schillerstraße 41, 80336 München", "No. 14, 3rd Cross Street, Besant Nagar, Chennai
// 600090") or as a block of lines above it, as a label, a letter or a summons prints one ("3 Tanner's Yard\nMill Lane\n
// Frome\nBA11 3DR"). The postcode says a place is meant; the number or the word of a dwelling that opens it, where it starts.
import { rememberLastText } from '../last-text-memo.ts';
import { isAsciiDigit } from '../recognizers/digit-boundaries.ts';
import type { PiiFinding } from '../types.ts';

export const postalBlockRecognizerName = 'postal-block';

/**
 * Postcodes and the town beside them: the UK's and Ireland's, Canada's, a US state and ZIP code, an Australian state and
 * postcode, four or five digits before a town (Europe, Malaysia, Mexico: "80336 München", "4050-181 Porto", "3511 AV
 * Utrecht"), a town before six digits (India, Singapore: "Chennai 600090") or four at a line's end (New Zealand: "Auckland
 * 0618") and Brazil's CEP ("22410-002").
 */
/** Street types, in the forms a house number comes before them in ("Oak Avenue", "Main St", "Mill Lane"). */
const streetTypes =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Tce|Parade|Pde|Esplanade|Crescent|Close|Grove';
/** A month, in full or cut short ("March", "Mar", "Sept"): a year follows one, as a postcode follows a town. */
const monthNames =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** East and West African and Gulf cities, where an address ends in the city. */
const citiesWithoutPostcodes: readonly string[] = [
  ...['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret', 'Kampala', 'Entebbe', 'Kigali', 'Dar es Salaam', 'Arusha'],
  ...['Lagos', 'Abuja', 'Ibadan', 'Port Harcourt', 'Accra', 'Kumasi', 'Dubai', 'Abu Dhabi', 'Sharjah', 'Doha'],
];
const postcodePattern = new RegExp(
  [
    String.raw`\b[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b`,
    String.raw`\b[ACDEFHKNPRTVWXY]\d[\dW][ \t]?[\dACDEFHKNPRTVWXY]{4}\b`,
    String.raw`\b[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b`,
    String.raw`\b[A-Z]{2}[ \t]{1,2}\d{5}(?:-\d{4})?\b`,
    String.raw`\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]+\d{4}\b`,
    // Not a house number before its street ("4776 Oak Avenue"), nor a year after its month ("14 Mar 2026   Boarding").
    String.raw`(?<![\d.,/-])(?<!\b(?:${monthNames})\.?[ \t]{1,3})\d{4,5}(?:-\d{3})?(?:[ \t][A-Z]{2})?[ \t]+(?![A-Za-z]+[ \t]+(?:${streetTypes})\b)[A-ZÀ-Þ][A-Za-zÀ-ÿ]+(?:[ \t]+(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ]+|de|da|do|del|la))*`,
    String.raw`\b[A-Z][A-Za-z]+[ \t]+\d{6}\b`,
    // A town and four digits ending a block's line, as New Zealand, the Philippines and South Africa write them ("Auckland 0618"), or a
    // quoted address ("'Blk 12 Lot 7 …, Bacoor, Cavite 4102' 로 …").
    String.raw`\b(?!(?:${monthNames})\b)[A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?[ \t]+\d{4}(?=[ \t]*(?:\r?\n|$)|['"’”](?![A-Za-z0-9]))`,
    // A city whose addresses carry no postcode in use, ending a line of an estate, a road and a suburb ("Apt B4, Maua Court,
    // Ngong Road, Kilimani, Nairobi"), and a box at a post office with its town ("P.O. Box 52218-00100, Nairobi").
    String.raw`\b(?:${citiesWithoutPostcodes.join('|')})\b(?![ \t]*\d)`,
    // Sweden's, Czechia's, Slovakia's and Greece's, three digits and two before the town ("111 35 Stockholm").
    String.raw`(?<!\d[ \t]?)(?<![\d.,/+-])\d{3}[ \t]\d{2}[ \t]+[A-ZÀ-Þ][a-zß-ÿ]{2,}`,
    // Poland's, before its town ("61-821 Poznań").
    String.raw`(?<![\d.,/-])\d{2}-\d{3}[ \t]+[A-ZÀ-Þ][A-Za-zÀ-ž]+`,
    // Brazil's CEP, after its state ("Rio de Janeiro - RJ, 22410-002").
    String.raw`(?<![\d-])\d{5}-\d{3}(?![\d-])`,
    // Japan's, after a ward or a city and the prefecture ("Setagaya-ku, Tokyo 155-0031", "Kita-ku, Osaka 530-0001").
    String.raw`(?<=\b[A-Z][a-z]+-(?:ku|shi|cho|machi|gun|mura),[ \t]*(?:[A-Z][a-z]+,?[ \t]+)?)\d{3}-\d{4}(?![\d-])`,
  ].join('|'),
  'g',
);

/**
 * What opens an address: a house number, a word for a dwelling or a plot, a street word that comes before its name in
 * Romance and Malay addresses, or a street's name with its number after it ("Schillerstraße 41", "Oudegracht 118").
 */
const addressStart = new RegExp(
  [
    // Not a date ("22/09/1961, 4 Sycamore Close", "7 November 1971, address …") nor a time ("23:15, 14 Mar 2026"); a French
    // number may be doubled ("5 bis rue Caulaincourt").
    // Japan's block, lot and house, a flat's number perhaps after them ("2-14-7 Kitazawa", "4-11-21-503 Minami-Azabu"), are
    // shaped like a date and followed by a place's name of one or two words ("2-14-5 Kichijoji Honcho,", "1-3-9 Ebisu-minami,").
    String.raw`\d{1,2}-\d{1,3}-\d{1,3}(?:-\d{1,4})?(?=[ \t]+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \t]+[A-Z][a-z]+)?,)`,
    String.raw`(?!\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:${monthNames}))\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)*(?:[ \t](?:bis|ter|quater)(?=[ \t]))?\b`,
    // A flat's letter and number ("B-204, Gulmohar Residency"), an Indian house's number after its mark ("#42, 3rd Cross").
    String.raw`[A-Z]-\d{1,5}\b`,
    String.raw`#\d{1,5}[A-Za-z]?\b`,
    // A building society is a bank, no building ("Fernbank Building Society, 2 Westgate, …").
    String.raw`(?:Flat|Unit|Apt|Apartment|House|Plot|Block|Blk|No|Lot|Villa|Suite|Level|Building(?![ \t]+Society)|Bldg|Room|RR|H\.No)\b\.?`,
    String.raw`(?:P\.[ \t]?O\.|PO)[ \t]+Box[ \t]+\d`,
    String.raw`(?:FLAT|UNIT|APT|APARTMENT|HOUSE|PLOT|BLOCK|BLK|NO|LOT|SUITE|LEVEL)\b\.?`,
    String.raw`(?:Rua|Calle|C\/|Avenida|Av\.|Via|Viale|Rue|rue|Jalan|JALAN|Jl\.|Carrera|Travessa|Praça)[ \t]`,
    String.raw`[A-ZÀ-Þ][a-zß-ÿ]+(?:straße|strasse|weg|gasse|plein|laan|gracht|straat|vej|gade|väg|gatan|gata|veien|vegen|allee)[ \t]+\d`,
    // A German street's name before its word apart ("Landsberger Str. 212") or after a preposition ("Am Mühlenteich 3a"),
    // and a Polish one after ul. or al. ("ul. Ogrodowa 14/6").
    String.raw`[A-ZÀ-Þ][a-zß-ÿ]+(?:[ \t]+|(?:-[A-ZÀ-Þ][a-zß-ÿ]+)*-)(?:Str\.|Straße|Strasse|Weg|Allee|Platz|Ring|Damm)[ \t]+\d`,
    String.raw`(?:Am|Im|An der|In der|Auf der|Zum|Zur)[ \t]+[A-ZÀ-Þ][a-zß-ÿ]+[ \t]+\d`,
    String.raw`(?:ul|al|os|pl)\.[ \t]+[A-ZÀ-ž]`,
  ].join('|'),
  'y',
);

/**
 * What every address here holds besides its postcode, tested before the postcodes are looked for: a number and two
 * capitalised words after it ("3 Tanner's Yard", "22 Heol Tawe"), a numbered street ("42ND AVE"), a street's name and its
 * number ("Schillerstraße 41"), or a dwelling's or a street's word ("Flat", "NO", "Rua"). A card, a phone or an order number holds none.
 */
const streetOrDwelling =
  /\d[A-Za-z]?[ \t,]+[A-ZÀ-Þ][A-Za-zà-ÿ'’-]+,?[ \t]+(?:(?:na|an|de|la|del|van|von)[ \t]+)?[A-ZÀ-Þ]|\bCo\.?[ \t]+[A-Z]|\d(?:ST|ND|RD|TH|st|nd|rd|th)[ \t]+[A-Z]|(?:[Ss]traße|[Ss]trasse|weg|gasse|plein|laan|gracht|straat|vej|gade|väg|gatan|gata|veien|vegen|allee)[ \t]+\d|\d[ \t]+(?:avenue|boulevard|bd|chemin|allée|impasse|quai|place)[ \t]|\b(?:Flat|Unit|Apt|Apartment|House|Plot|Block|Blk|No|Lot|Suite|Rua|rue|Rue|Calle|Jalan|Via|FLAT|UNIT|APT|NO|BLK|JALAN|RR)\b|\bC\/[ \t]|\bStr\.[ \t]+\d|\bBox[ \t]+\d|\b(?:Am|Im|Zum|Zur)[ \t]+[A-ZÀ-Þ][a-zß-ÿ]+[ \t]+\d|\b(?:ul|al|os|pl)\.[ \t]+[A-ZÀ-ž]/;

/**
 * Words after which the address starts in a sentence ("living at", "Landlord: … of", "Ship to"), a quote that opens it (not an
 * apostrophe: "Tanner's"), and a table's bar or tab:
 * an address fills its own cell ("1 | Siobhán Ní Bhriain | 22 Leinster Road, …").
 */
const beforeAddressInLine =
  /(?:[:：](?!\d)|[(“"|\t]|(?<![A-Za-z])'|(?<![A-Za-zÀ-ÿ])(?:at|of|to|is|in|from|address|Adresse|Anschrift|Premises|quarto)(?![A-Za-zÀ-ÿ])|주소(?:는|지)?)[ \t]*/g;
const citiesWithoutPostcodesSet: ReadonlySet<string> = new Set(citiesWithoutPostcodes);
/** A number, or a dwelling's word and its number or letter and number ("Apt B4", "No. 27", "P.O. Box 5"), opening an address. */
const numberedStart = /^(?:\d|[A-Za-z.]+[ \t]+(?:[A-Z]{0,2}\d|Box[ \t]+\d))/;
/** A post office box and its number, a Kenyan one with its post office's code ("P.O. Box 52218-00100"). */
const postOfficeBox = /^(?:P\.[ \t]?O\.|PO)[ \t]+Box[ \t]+\d[\d-]*/;
/** The longest address, and the longest line of a block printed above its postcode. */
const longestAddress = 160;
const longestBlockLine = 60;
/** How many lines a block may hold above its postcode's line. */
const linesAboveAtMost = 4;
/** A town or a region after the postcode on its line, each after a comma: ", Selangor", ", CDMX". */
const regionsAfter = /(?:,[ \t]*[A-ZÀ-Þ][A-Za-zÀ-ÿ.]*(?:[ \t]+[A-ZÀ-Þ][A-Za-zÀ-ÿ.]*){0,2}){1,2}(?=[ \t]*(?:$|\n|[.;)"(|]|[-–][ \t]))/y;
/** A region alone on the line after a block's postcode, in capitals as labels print it ("47300 PETALING JAYA\nSELANGOR"). */
const regionLineAfter = /\n[ \t]*[A-Z][A-Z ]{2,20}(?=[ \t]*(?:\n|$))/y;

/**
 * Addresses that end in a postcode (and the town or region after it), from the number or the dwelling that opens them;
 * remembered for the last text.
 *
 * @example
 * findPostalBlocks('Defendant:\nMr Jasper Hughes\n3 Tanner\'s Yard\nMill Lane\nFrome\nBA11 3DR')[0]?.text; // "3 Tanner's Yard\nMill Lane\nFrome\nBA11 3DR"
 * findPostalBlocks('Order ID 12345 shipped'); // []
 */
export const findPostalBlocks = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!streetOrDwelling.test(text)) return [];
  const findings: PiiFinding[] = [];
  postcodePattern.lastIndex = 0;
  for (let match = postcodePattern.exec(text); match !== null; match = postcodePattern.exec(text)) {
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const start =
      startInLine(text, { lineStart, postcodeStart: match.index }) ?? startInBlockAbove(text, { lineStart, postcodeStart: match.index });
    if (start === undefined) continue;
    const end = endAfterPostcode(text, match.index + match[0].length);
    // Where the city alone ends it, the address opens with a number or a dwelling's number ("Apt B4", "P.O. Box 52218"),
    // not a firm's word ("Building Materials Trading LLC, Sharjah").
    if (citiesWithoutPostcodesSet.has(match[0]) && !numberedStart.test(text.slice(start, match.index))) continue;
    // A box's number is no phone's or reference's ("P.O. Box 52218-00100").
    const beforePostcode = text.slice(start, match.index).replace(postOfficeBox, 'PO Box');
    if (end - start > longestAddress || !readsAsPlace(beforePostcode)) continue;
    findings.push({ type: 'ADDRESS', start, end, text: text.slice(start, end), score: 0.8, recognizer: postalBlockRecognizerName });
    postcodePattern.lastIndex = end;
  }
  return findings;
});

/** Where the address that the postcode ends starts on the postcode's own line, after the words of the sentence or label before it. */
function startInLine(text: string, at: { lineStart: number; postcodeStart: number }): number | undefined {
  const line = text.slice(at.lineStart, at.postcodeStart);
  let from = 0;
  beforeAddressInLine.lastIndex = 0;
  for (let match = beforeAddressInLine.exec(line); match !== null; match = beforeAddressInLine.exec(line))
    from = beforeAddressInLine.lastIndex;
  // The first word from there that opens an address, before the postcode: the parts between are the street and the town.
  for (let at_ = from; at_ < line.length; at_ = nextWordStart(line, at_)) {
    addressStart.lastIndex = at_;
    // A phone's groups before the address are no house's number ("+91 98204 17653, B-702 Sai Krupa CHS, …").
    if (phoneGroups.test(line.slice(at_, at_ + 16)) || phoneGroupBefore.test(line.slice(Math.max(0, at_ - 8), at_))) continue;
    // Nor is a date's day or year ("born March 8 1993, 55 Erskine Ave, …"), nor Dublin's postal district ("Dublin 1, D01 K2R6").
    if (dateParts.test(line.slice(at_, at_ + 16)) || dublinBefore.test(line.slice(Math.max(0, at_ - 7), at_))) continue;
    if (addressStart.test(line)) return at_ < line.length && line.slice(at_).includes(',') ? at.lineStart + at_ : undefined;
  }
  // An Irish townland has no number ("Addr: Rathcoursey East, Midleton, Co. Cork, P25 X2F6"): after a label or a word
  // that leads to an address, a county says the parts from there are the place.
  const rest = line.slice(from);
  return from > 0 && irishCounty.test(rest) && rest.includes(',') ? at.lineStart + from : undefined;
}

const phoneGroups = /^\d{2,5}[ \t]\d{3,5}\b/;
const dublinBefore = /\bDublin[ \t]$/;
const dateParts = /^(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?(?:19|20)\d{2},/;
const phoneGroupBefore = /(?:^|[ \t+])\d{2,5}[ \t]$/;

/** An Irish county as addresses write it before the Eircode ("Co. Cork", "Co Meath"). */
const irishCounty = /\bCo\.?[ \t]+[A-Z][a-z]+,?[ \t]*$/;

/**
 * Where a block of short lines above the postcode's line starts: the highest line that opens an address, read up to an
 * empty line, a label's colon or a long line; the postcode's own line may hold a town before it, not a sentence.
 */
function startInBlockAbove(text: string, at: { lineStart: number; postcodeStart: number }): number | undefined {
  // Dublin's postal district is a part of its town ("Spencer Dock, Dublin 1, D01 K2R6").
  if (!/^[ \t]*(?:(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]*|(?<=Dublin[ \t])\d{1,2}W?)[ \t,]*){0,4}$/.test(text.slice(at.lineStart, at.postcodeStart)))
    return undefined;
  let start: number | undefined;
  let lineEnd = at.lineStart - 1;
  for (let count = 0; count < linesAboveAtMost && lineEnd > 0; count += 1) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '' || line.length > longestBlockLine || line.includes('@')) break;
    const colon = labelColonIn(line);
    // A form may indent its block ("Named insured: …\n  9021 Cedar Bend Dr\n  Austin, TX 78758"), a shipping label set its
    // "TO" apart by blanks ("TO  2714 MAGNOLIA TRACE DR").
    const valueStart =
      colon === -1
        ? lineStart + (line.length - line.trimStart().length) + (blankSetLabel.exec(line.trimStart())?.[0].length ?? 0)
        : lineStart + colon + 1 + (line.slice(colon + 1).length - line.slice(colon + 1).trimStart().length);
    addressStart.lastIndex = valueStart;
    // The line that opens the block names its street or its dwelling beside the number ("3 Tanner's Yard", not "2024/06/05").
    if (valueStart < lineEnd && addressStart.test(text) && placeWord.test(text.slice(valueStart, lineEnd))) start = valueStart;
    if (colon !== -1) break;
    lineEnd = lineStart - 1;
  }
  return start;
}

/** A shipping label's word set apart from the address by blanks or a tab instead of a colon. */
const blankSetLabel = /^(?:SHIP TO|DELIVER TO|TO|FROM|Ship to|To|From)(?:[ \t]{2,}|\t)/;

/** Where the last colon of a label stands in `line`, or -1: a time's colon ("LIS 08:55   Economy Standard") labels nothing. */
function labelColonIn(line: string): number {
  for (let at = line.length - 1; at >= 0; at -= 1) {
    const code = line.charCodeAt(at);
    if (code !== 0x3a && code !== 0xff1a) continue;
    if (!(isAsciiDigit(line.charCodeAt(at - 1)) && isAsciiDigit(line.charCodeAt(at + 1)))) return at;
  }
  return -1;
}

/**
 * A word of a street or a town (a capital and two letters more, or a numbered street's "24TH"), and no phone number, reference, order number, amount,
 * airline's date ("BA 078 ACC-LHR 13AUG, …") or Hangul (Korean addresses are read by their own search).
 */
const placeWord = /[A-ZÀ-Þ][A-Za-zÀ-ž'’]{2,}|\b\d{1,3}(?:ST|ND|RD|TH|st|nd|rd|th)\b/;
const notPlaces =
  /\d(?!\d{0,4}-\d{1,5}[ \t]+[A-Z][a-z]|\d?-\d{1,3}-\d{1,3}(?:-\d{1,4})?[ \t]+[A-Z][a-z])[\d \t-]{6,}\d|%|[가-힣$€£₩]|\d,\d{3}\b|\b(?:ref|Ref|REF|order|Order|ORDER|ID|invoice|Invoice|INVOICE|tel|Tel|TEL|phone|Phone)\b|\b\d{1,2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\b/;
/**
 * Two words in lower case in a row, as a sentence has them and an address does not, past its particles ("rue de la Paix")
 * and a French flat's door and staircase, in lower case too ("4e étage porte gauche", "escalier B").
 */
const particles = String.raw`(?:de|da|do|del|la|le|van|von|der|den|di|du|des|dos|das|y|e|el|bin|binti|na|an|bis|ter|rue|porte|gauche|droite|escalier|appartement)\b`;
// Not after an accented letter: "Bóthar na Mara" is one Irish street, not "thar na".
const sentenceWords = new RegExp(String.raw`(?<![A-Za-zÀ-ÿ\d])(?!${particles})[a-z]{2,}[ \t]+(?!${particles})[a-z]{2,}\b`);

function readsAsPlace(beforePostcode: string): boolean {
  return placeWord.test(beforePostcode) && !notPlaces.test(beforePostcode) && !sentenceWords.test(beforePostcode);
}

/** The postcode's end, with a town or a region after it on its line, or a region alone on the next line. */
function endAfterPostcode(text: string, postcodeEnd: number): number {
  regionsAfter.lastIndex = postcodeEnd;
  const end = regionsAfter.test(text) ? regionsAfter.lastIndex : postcodeEnd;
  regionLineAfter.lastIndex = end;
  if (regionLineAfter.test(text)) return regionLineAfter.lastIndex;
  return end;
}

/** Where the word after the one at `at` starts (past blanks and commas), or the line's length. */
function nextWordStart(line: string, at: number): number {
  let next = at;
  while (next < line.length && !/[ \t,]/.test(line.charAt(next))) next += 1;
  while (next < line.length && /[ \t,]/.test(line.charAt(next))) next += 1;
  return next;
}
