// Finds a listed first name and a capitalised surname standing alone, with no context word ("Desmond Achterberg in our
// Montreal office", "can you deliver to Bridget Lenihan, 22 Sycamore Drive", "his letter says Rahul Mehta Venkataraman"),
// and a Korean surname before a romanised given name ("Contact Park Seoyeon"):
// English capitalises no common noun after a first name, so the pair is a person's unless its neighbours make it a
// firm's, a place's or a heading's.
import type { PiiFinding } from '../types.ts';
import { firstNamesThatAreWords, holdsFirmWord, placesNamedAfterPeople, wordsThatAreNotNames } from './english-name-words.ts';
import { isListedFirstName } from './latin-name.ts';
import { isKoreanSurnameInLatin, isRomanisedGivenName } from './romanised-korean-names.ts';

export const listedFirstNamePairRecognizerName = 'listed-first-name-pair';

/**
 * A capitalised word, a blank and a capitalised surname (Mc, Mac and O' allowed, two joined by a hyphen); letters of
 * Latin-1 count ("Echeverría-Suárez"), and a word that goes on in a letter beyond them is left whole ("Anh Thư" is no
 * "Anh Th"). That neither stands inside a longer word is tested in code (`joinsWord`): a look-behind at every capital made
 * the scan of a document slower.
 */
const pair = /([A-Z][a-zß-ÿ]+)[ \t]((?:O['’]|Ma?c)?[A-Z][a-zß-ÿ]+(?:-[A-Z][a-zß-ÿ]+)?)(?![Ā-ſƀ-ɏḀ-ỿ])/g;
/** A capitalised word right before the pair makes it part of a longer proper name ("Cavalier King Charles Spaniel"). */
const capitalisedWordBefore = /(?:^|[^A-Za-zÀ-ÿ])[A-ZÀ-Þ][A-Za-zÀ-ÿ]*\.?[ \t]$/;
/**
 * Titles before a name, which leave it one ("Dr Fiona Lau"), and a record's party without its colon ("Customer Sandeep
 * Kulkarni (a/c …)", "Patient Amara Okafor was seen").
 */
const titleBefore =
  /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Customer|Patient|Client|Caller|Tenant|Applicant|Guest|Guardian|Borrower|Cardholder|Passenger|Subscriber|Claimant|Policyholder|Complainant|Candidate)\.?[ \t]$/;
/** A house number before the pair makes it a street's ("14 Adeola Close"). */
const numberBefore = /\d[ \t]*$/;
/** A street's word of a Latin language before the pair makes it a street's too ("Calle de Francisco Silvela", "Rua Oscar Freire"). */
const streetWordBefore =
  /(?:Calle|Avenida|Avda\.|Paseo|Plaza|Rua|Rue|Via|Viale|Piazza|Corso|Largo|Travessa|Estrada|Praça)(?:[ \t]+(?:de|del|de la|de los|da|do|dos|das|du|des))?[ \t]+$/;
/**
 * A capitalised word, a street's abbreviation, a firm's suffix or a state's code and postcode after the pair ("Logan Central
 * State School", "Mary St", "Logan Central QLD 4114"), the code after a comma as American addresses write it ("Ann Arbor,
 * MI 48104").
 */
const wordAfter =
  /^(?:[ \t]+(?:[A-Z][a-z]|(?:St|Ct|Rd|Ave|Dr|Cres|Pl|Co|Ltd|Inc|LLC|PLC)\b|[A-Z]{2,3}[ \t]+\d{3,5})|,[ \t]*[A-Z]{2}[ \t]+\d{5}\b)/;
/**
 * A third name ends at punctuation, before a word in small letters, or before the number a payee list or a roster gives
 * after the name ("Mei Lin Chua 010523-8166272").
 */
const thirdName = /[ \t]([A-Z][a-zß-ÿ]+(?:-[A-Z][a-zß-ÿ]+)?)(?=[ \t]*[,.;:)]|[ \t]+[a-z]|[ \t]+\d{2,6}-\d)/y;
const particlesAndSurname = /[ \t](?:de la|de los|del|de|da|dos|das|van der|van den|van|von|di|du|le|la)[ \t][A-ZÀ-Þ][a-zß-ÿ]+/y;
/** The commonest Vietnamese surnames and middle names, without their tone marks as forms write them. */
const vietnameseSurnames: ReadonlySet<string> = new Set([
  ...['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Huynh', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong', 'Ly'],
]);
export const vietnameseMiddleNames: ReadonlySet<string> = new Set([
  ...['Thi', 'Van', 'Duc', 'Minh', 'Quang', 'Ngoc', 'Thanh', 'Huu', 'Xuan', 'Hoang', 'Kim', 'Thu', 'Hong', 'Dinh', 'Cong'],
]);
/** The given name after them, one capitalised word of its own. */
const vietnameseGivenName = /[ \t][A-Z][a-z]{1,8}(?![A-Za-z])/y;
/**
 * Places read as a first name and a surname: hospitals called by the person they are named after, as patients and
 * families say them ("moved to Fiona Stanley"), and Vietnam's provinces and cities, as the accents' second reading spells
 * them ("Bình Dương" as "Binh Duong").
 */
const placesReadAsNames: ReadonlySet<string> = new Set([
  ...['Fiona Stanley', 'Charles Gairdner', 'John Hunter', 'John Radcliffe', 'Johns Hopkins', 'Princess Alexandra'],
  ...['Prince Charles', 'Queen Elizabeth', 'Lady Cilento'],
  // … and a town of England named so ("Milton Keynes").
  'Milton Keynes',
  ...['Binh Duong', 'Binh Dinh', 'Binh Thuan', 'Binh Phuoc', 'Hai Duong', 'Quang Ninh', 'Quang Nam', 'Quang Ngai', 'Quang Binh'],
  ...['Quang Tri', 'Thanh Hoa', 'Ninh Binh', 'Nam Dinh', 'Thai Binh', 'Vinh Long', 'Vinh Phuc', 'Tay Ninh', 'Phu Yen', 'Phu Tho'],
  ...['Dong Nai', 'Lam Dong', 'Dong Thap', 'Ha Tinh', 'Bac Ninh', 'Hoa Binh', 'Bien Hoa', 'Thu Duc', 'Da Nang', 'Hai Phong'],
  // Fashion houses named after their founders, as a lost-property report or a receipt describes the goods ("black leather
  // wallet, Hugo Boss").
  ...['Hugo Boss', 'Calvin Klein', 'Ralph Lauren', 'Tommy Hilfiger', 'Michael Kors', 'Kate Spade', 'Tory Burch', 'Marc Jacobs'],
  ...['Ted Baker', 'Paul Smith', 'Vera Wang', 'Karl Lagerfeld', 'Giorgio Armani', 'Stella McCartney', 'Jimmy Choo'],
]);
/**
 * Words of a place that a first name stands before ("Travis County", "Lincoln Parish"), and a branch's or a district's word
 * after a pair that names a place ("Vietcombank account: 1029384756 (Thanh Cong branch)").
 */
const placeWordsAfterFirstName: ReadonlySet<string> = new Set([
  ...['County', 'Parish', 'Township', 'Borough', 'District', 'Shire'],
  // Britain's streets named after a first name ("Charlotte Mews", "Victoria Terrace").
  ...['Mews', 'Crescent', 'Terrace'],
]);
const placeWordAfter = /^[ \t]+(?:branch|district|ward|province|county|campus|commune)\b/;
const lookBehind = 24;
const lookAhead = 12;

/** A Latin letter of ASCII or Latin-1, an apostrophe or a hyphen, and before the pair a dot ("St. John Smith"). */
function joinsWord(code: number, options: { dot: boolean }): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) ||
    code === 0x27 ||
    code === 0x2019 ||
    code === 0x2d ||
    (options.dot && code === 0x2e)
  );
}

/**
 * Where a third name of a pair ends, when one follows it in a sentence, before a mark or a word in lower case ("Rahul
 * Mehta Venkataraman, do I …"), not at a line's end, where a firm's branch stands as often ("Ray White Ringwood");
 * `end` when none does.
 *
 * @example
 * thirdNameEnd('Rahul Mehta Venkataraman, do I', 11); // 24
 */
export function thirdNameEnd(text: string, end: number): number {
  thirdName.lastIndex = end;
  const third = thirdName.exec(text);
  return third !== null && !holdsFirmWord(third[1]!) && !wordsThatAreNotNames.has(third[1]!) ? thirdName.lastIndex : end;
}

/**
 * The pairs of `text` whose first word is a listed first name that is no everyday word and whose second is no word that
 * names things, standing apart from other capitalised words and numbers. 0.55: any name a context reads wins over it.
 *
 * @example
 * findListedFirstNamePairs('can you deliver to Bridget Lenihan, 22 Sycamore Drive').map((finding) => finding.text); // ['Bridget Lenihan']
 * findListedFirstNamePairs('the Logan Central State School'); // []
 */
export function findListedFirstNamePairs(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  pair.lastIndex = 0;
  for (let match = pair.exec(text); match !== null; match = pair.exec(text)) {
    const [whole, first, last] = match as unknown as [string, string, string];
    const start = match.index;
    let end = start + whole.length;
    // Not inside a longer word: no letter, apostrophe or hyphen on either side, no abbreviation's dot before.
    if ((start > 0 && joinsWord(text.charCodeAt(start - 1), { dot: true })) || joinsWord(text.charCodeAt(end), { dot: false })) {
      pair.lastIndex = start + first.length + 1;
      continue;
    }
    const listed = isListedFirstName(first) && !firstNamesThatAreWords.has(first);
    // A Korean surname before a given name of two romanised syllables ("Park Seoyeon"), written surname first.
    // Not a place's word after the surname's spelling ("Park Place", "Park Lane").
    const korean = !listed && isKoreanSurnameInLatin(first) && isRomanisedGivenName(last) && !placesNamedAfterPeople.has(last);
    // A Vietnamese surname and middle name before the given name ("Nguyen Thi Lan", "Tran Van Duc").
    const vietnamese = !listed && !korean && vietnameseSurnames.has(first) && vietnameseMiddleNames.has(last);
    // "42 Le Thanh Ton": a street named after a person, after its house number.
    if (vietnamese && numberBefore.test(text.slice(Math.max(0, start - lookBehind), start))) continue;
    if (vietnamese) {
      vietnameseGivenName.lastIndex = end;
      if (vietnameseGivenName.test(text)) {
        const nameEnd = vietnameseGivenName.lastIndex;
        findings.push({
          type: 'PERSON',
          start,
          end: nameEnd,
          text: text.slice(start, nameEnd),
          score: 0.7,
          recognizer: listedFirstNamePairRecognizerName,
        });
        pair.lastIndex = nameEnd;
      }
      continue;
    }
    if (
      (!listed && !korean) ||
      wordsThatAreNotNames.has(last) ||
      placeWordsAfterFirstName.has(last) ||
      holdsFirmWord(whole) ||
      placesReadAsNames.has(whole)
    ) {
      // The second word may start the next pair ("Visit Sarah Jones").
      pair.lastIndex = start + first.length + 1;
      continue;
    }
    const before = text.slice(Math.max(0, start - lookBehind), start);
    if ((capitalisedWordBefore.test(before) && !titleBefore.test(before)) || numberBefore.test(before) || streetWordBefore.test(before))
      continue;
    // A third name of its own ("Rahul Mehta Venkataraman"), no firm's or place's word and no fourth after it; any other
    // capitalised word after the pair makes it part of a longer proper name.
    if (placeWordAfter.test(text.slice(end, end + lookAhead))) continue;
    const withThird = thirdNameEnd(text, end);
    if (withThird !== end) end = withThird;
    else if (wordAfter.test(text.slice(end, end + lookAhead))) continue;
    // A surname's particles and the rest of it ("Lucía Ibarra de la Fuente").
    particlesAndSurname.lastIndex = end;
    const nameEnd = particlesAndSurname.test(text) ? particlesAndSurname.lastIndex : end;
    findings.push({
      type: 'PERSON',
      start,
      end: nameEnd,
      text: text.slice(start, nameEnd),
      score: 0.55,
      recognizer: listedFirstNamePairRecognizerName,
    });
  }
  return findings;
}
