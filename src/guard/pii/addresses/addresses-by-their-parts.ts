// Finds addresses of the countries whose parts carry their own words, comma after comma, as foreign residents give their home address:
// Russia's and Central Asia's "г. Алматы, ул. Абая, д. 52, кв. 17", Ukraine's "вул. Франка 8, кв. 3, Львів", "Toshkent sh., Chilonzor
// tumani, 14-uy", Mongolia's "Улаанбаатар хот, Баянзүрх дүүрэг, 13-р хороо", Indonesia's "Jl. Melati No. 23, RT 004/RW 007, Kel. Sukamaju,
// Kec. Cilodong", the Philippines' "Purok 3, Brgy. Poblacion", Thailand's "45 Moo 7, Soi Wat Pa, Tambon Ban Pet" and "หมู่ 7 ตำบล …",
// Nepal's "Ward No. 7", Bangladesh's "Vill. …, P.O. …, Upazila …" and Cambodia's "Phum …, Khum …, Srok …". A street's or a city's name
// alone is none: two of those words at least, and a number, or three words where a village's address has no number.
import { holdsOtherScript } from '../names-in-other-scripts.ts';
import type { PiiFinding } from '../types.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';
import { textFeature, textFeatures } from '../text-features.ts';

export const partsAddressRecognizerName = 'address-by-its-parts';

/** A part's own word, in the scripts and abbreviations of those countries. */
const partWord =
  /(?:^|[\s,(])(?:г\.|ул\.|вул\.|д\.|буд\.|кв\.|корп\.|пр-т|просп\.|пер\.|мкр\.?|обл\.|р-н|район|хот|дүүрэг|хороо|байр|тоот|sh\.|tumani|ko'chasi|mahallasi|[0-9]+-uy|[0-9]+-xonadon|[0-9]+-kvartal|Jl\.|Jalan|RT[ \t.]*\d|RW[ \t.]*\d|Kel\.|Kelurahan|Kec\.|Kecamatan|Kab\.|Kota|Desa|Purok[ \t]+\d|Brgy\.|Barangay|Blk[ \t]+\d|Lot[ \t]+\d|Moo[ \t]+\d|Soi|Tambon|Amphoe|Changwat|หมู่|ซอย|ตำบล|อำเภอ|จังหวัด|ถนน|Ward[ \t]+No\.|Vill\.|P\.O\.|Upazila|Dist\.|Metropolitan[ \t]+City|Municipality|Phum|Khum|Sangkat|Srok)(?=[\s.,/\d]|$)/u;
/** The parts of one line, parted by commas. */
const lineWithParts = /[^\n]+/g;
/** A label and its colon, or a sentence's words, before the address on its line: where the address starts. */
const labelEnd = /^.*[:：][ \t]*/u;
/** What may follow the last marked part: a city, a province or a country in capitals, a postcode. */
const trailingPlace =
  /^[ \t]*(?:\p{Lu}[\p{L}\p{M}.'-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}.'-]*|del|de|la|da|upon|al|III|II))*(?:[ \t]+\d{4,6})?|\d{4,6})$/u;
/** The longest address read so. */
const longestAddress = 180;

/**
 * The addresses of `text` made of parts that carry their own words, 0.8.
 *
 * @example
 * findAddressesByTheirParts('Home: г. Алматы, ул. Абая, д. 52, кв. 17. Thanks')[0]?.text; // 'г. Алматы, ул. Абая, д. 52, кв. 17'
 */
export function findAddressesByTheirParts(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  lineWithParts.lastIndex = 0;
  for (let line = lineWithParts.exec(text); line !== null; line = lineWithParts.exec(text)) {
    const address = addressInLine(line[0]);
    if (address === undefined) continue;
    const start = line.index + address.start;
    const value = line[0].slice(address.start, address.end);
    findings.push({ type: 'ADDRESS', start, end: start + value.length, text: value, score: 0.8, recognizer: partsAddressRecognizerName });
  }
  return findings;
}

/** The span of a line's address: its marked parts, a postcode or a house's number before them, places after them. */
function addressInLine(line: string): { start: number; end: number } | undefined {
  const parts: Array<{ start: number; end: number; marked: boolean }> = [];
  let from = 0;
  for (const piece of line.split(',')) {
    parts.push({ start: from, end: from + piece.length, marked: partWord.test(piece) });
    from += piece.length + 1;
  }
  const first = parts.findIndex((part) => part.marked);
  if (first === -1) return undefined;
  let last = first;
  // The marked parts, one unmarked part between them at most ("ul. …, Chilonzor, д. 52").
  for (let index = first + 1; index < parts.length && index - last <= 2; index += 1) if (parts[index]!.marked) last = index;
  const marked = parts.slice(first, last + 1).filter((part) => part.marked).length;
  if (marked < 2) return undefined;
  let start = first;
  // A postcode or a house's number as its own part before the first marked one ("050008, г. Алматы").
  const before = start > 0 ? line.slice(parts[start - 1]!.start, parts[start - 1]!.end).replace(labelEnd, '') : '';
  if (/^[ \t]*\d[\d/-]{0,7}[ \t]*$/.test(before)) start -= 1;
  let end = last;
  while (end + 1 < parts.length && end - last < 3 && trailingPlace.test(trimEnd(line.slice(parts[end + 1]!.start, parts[end + 1]!.end))))
    end += 1;
  // The address opens at its first part's word, or at the number or the name right before it ("45 Moo 7", "Toshkent sh.");
  // a label's or a sentence's words before it are none of it.
  let spanStart = parts[start]!.start;
  if (start < first) spanStart += line.slice(parts[start]!.start, parts[start]!.end).search(/\d[\d/-]{0,7}[ \t]*$/);
  else {
    // After the part's last colon: a line may give an address twice ("… 40000. English: 45 Moo 7, …").
    const whole = line.slice(parts[first]!.start, parts[first]!.end);
    const labelled = labelEnd.exec(whole)?.[0].length ?? 0;
    const part = partWord.test(whole.slice(labelled)) ? whole.slice(labelled) : whole;
    const offset = part === whole ? 0 : labelled;
    const word = partWord.exec(part)!;
    const markStart = word.index + (word[0].length - word[0].trimStart().replace(/^[,(]/, '').length);
    const lead = wordBeforeMark.exec(part.slice(0, markStart));
    spanStart = parts[first]!.start + offset + markStart - (lead === null ? 0 : lead[0].length);
  }
  const spanEnd = parts[end]!.start + trimEnd(line.slice(parts[end]!.start, parts[end]!.end)).length;
  const value = line.slice(spanStart, spanEnd);
  // A village's address may hold no number at all ("Phum …, Khum …, Srok …, Kandal Province"): three marked parts then.
  if (value.length > longestAddress || (!/\d/.test(value) && marked < 3)) return undefined;
  return { start: spanStart, end: spanEnd };
}

/** A house's number or a place's name right before a part's word ("45 Moo 7", "Toshkent sh.", "Улаанбаатар хот"). */
const wordBeforeMark = /(?:\d[\d/-]*[A-Za-z]?|\p{Lu}[\p{L}\p{M}'-]*)[ \t]+$/u;
/** A sentence's end in the last part: after a number or a word of three small letters ("кв. 17. Name", "4102. 9am"). */
const sentenceEnd = /(?:\d|\p{Ll}{3})\.[ \t]+\S/u;

/**
 * A part without what follows its sentence's end, a Korean word or a bracket ("кв. 17. Name …", "3100 그대로죠?", "кв. 118
 * (2 rooms"), its blanks and its full stop.
 */
function trimEnd(part: string): string {
  const end = sentenceEnd.exec(part);
  let kept = end === null ? part : part.slice(0, end.index + end[0].search(/\./u));
  const aside = kept.search(/[ \t]*[(（]|[ \t]*[가-힣]/u);
  if (aside > 0) kept = kept.slice(0, aside);
  return kept.replace(/[ \t.。]*$/u, '');
}

/**
 * Whether `text` may hold such an address: one of the commonest parts' words, by a search whose alternatives open with a
 * capital each (V8 reads it two to three times as fast as the words side by side), and in Cyrillic or Thai only where the
 * text holds another script. Each Latin word holds an ASCII letter, so a text without one asks only for the others, and
 * those only where their own pairs stand, before the search for another script's letter reads the whole text.
 */
export function mayHoldAddressByItsParts(text: string): boolean {
  return (
    ((textFeatures(text).flags & (textFeature.lowerLatin | textFeature.upperLatin)) !== 0 &&
      mayHoldAnyWord(text, latinPartWords) &&
      latinPartsHint.test(text)) ||
    (mayHoldAnyWord(text, otherScriptPartWords) && otherScriptPartsHint.test(text) && holdsOtherScript(text))
  );
}
const latinPartsHint =
  /(?:J(?:l\.|alan)|B(?:rgy|arangay)|Purok|Moo |Tambon|K(?:el|ec)\.|RT \d|Ward No|Vill\.|Upazila|Phum |Khum |Srok |Sangkat )|tumani/;
const latinPartWords = characterPairWords(
  ...['jl.', 'jalan', 'brgy', 'barangay', 'purok', 'moo ', 'tambon', 'kel.', 'kec.', 'rt ', 'ward no', 'vill.', 'upazila', 'tumani'],
  ...['phum ', 'khum ', 'srok ', 'sangkat '],
);

const otherScriptPartsHint = /г\.|ул\.|кв\.|хот|дүүрэг|หมู่/;
const otherScriptPartWords = characterPairWords('г.', 'ул.', 'кв.', 'хот', 'дүүрэг', 'หมู่');
