// Finds Turkish addresses as people write them, with or without Turkish letters: the neighbourhood (Mahallesi, Mah.), the
// street (Sokak, Sk., Caddesi, Cad., Bulvarı), the door's number (No:12) and the flat's (D:4, Daire 4), then the district
// and the city ("Fevzi Çakmak Mah. 1453. Sk. No:12 D:4, Esenler/İstanbul", "Kemalpaşa Mah. Atatürk Cad. No: 45/3, Konak,
// İzmir"), as a refugee in Turkey or a relative there gives a home. A neighbourhood's name alone is none: a door's number
// after a street's word makes it one.
import type { PiiFinding } from '../types.ts';

export const turkishAddressRecognizerName = 'turkish-address';

const capitalisedWord = String.raw`\p{Lu}[\p{L}\p{M}'-]*`;
const neighbourhood = String.raw`(?:Mahallesi|Mah\.|Mh\.)`;
const street = String.raw`(?:Sokak|Sokağı|Sk\.|Sok\.|Caddesi|Cad\.|Cd\.|Bulvarı|Blv\.)`;
/** A street's name: words or a number with its dot, as Turkish writes a numbered street ("1453.", "Atatürk", "Gül"). */
const streetName = String.raw`(?:(?:\d{1,5}\.|${capitalisedWord})[ \t]+){1,3}`;
const doorAndFlat = String.raw`No[ \t]*[:.][ \t]*\d{1,5}[A-Z]?(?:\/\d{1,4})?(?:[ \t]*[,/]?[ \t]*(?:D|Daire|Kat|K)[ \t]*[:.]?[ \t]*\d{1,4})*`;
const districtAndCity = String.raw`(?:[ \t]*,?[ \t]*${capitalisedWord}(?:[ \t]*\/[ \t]*${capitalisedWord}|[ \t]*,[ \t]*${capitalisedWord})?)?`;
const turkishAddress = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${capitalisedWord}[ \t]+){1,3}${neighbourhood}[ \t]*,?[ \t]*${streetName}${street}[ \t]*,?[ \t]*${doorAndFlat}${districtAndCity}`,
  'gu',
);

/**
 * Whether `text` may hold a Turkish address: a neighbourhood's short or whole word.
 *
 * @example
 * mayHoldTurkishAddress('Fevzi Çakmak Mah. 1453. Sk. No:12'); // true
 */
export function mayHoldTurkishAddress(text: string): boolean {
  return text.includes('Mah') || text.includes('Mh.');
}

/**
 * The Turkish addresses of `text`, 0.85.
 *
 * @example
 * findTurkishAddresses('at Fevzi Çakmak Mah. 1453. Sk. No:12 D:4, Esenler/İstanbul.')[0]?.text;
 * // 'Fevzi Çakmak Mah. 1453. Sk. No:12 D:4, Esenler/İstanbul'
 */
export function findTurkishAddresses(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  turkishAddress.lastIndex = 0;
  for (let match = turkishAddress.exec(text); match !== null; match = turkishAddress.exec(text))
    findings.push({
      type: 'ADDRESS',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      score: 0.85,
      recognizer: turkishAddressRecognizerName,
    });
  return findings;
}
