// Finds Vietnamese addresses as people write them in Vietnamese, English and Korean texts: the house number (with its
// alley's slashes), the street, then the ward, the district or the commune and the city or province, comma by comma
// ("42 Lê Thánh Tôn, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", "So 27 Duong Le Loi, Phuong Ben Thanh, Quan 1, TP. Ho Chi
// Minh", "45/12 Hẻm 212 Nguyễn Trãi, Phường 3, Quận 5"), or a village's hamlet, commune and district ("Xóm 4, xã Hải
// Minh, huyện Hải Hậu, Nam Định"). A street with no ward or district after it is no address here.
import { createFinding } from '../recognizers/create-finding.ts';
import type { PiiFinding } from '../types.ts';

export const vietnameseAddressRecognizerName = 'vietnamese-address';

/** A ward's, a district's or a commune's word, with or without its tones, or its one-letter short form ("P. 3", "Q.1"). */
const division = String.raw`(?:[Pp]hường|[Pp]huong|[Qq]uận|[Qq]uan|[Hh]uyện|[Hh]uyen|[Xx]ã|[Tt]hị (?:xã|trấn)|[Kk]hu phố|[Tt]hôn|[Ấấ]p|P\.|Q\.|KP\.?)`;
/** A name of a place: up to four capitalised words ("Bến Nghé", "Tân Đông Hiệp", "Ben Thanh") or a ward's number. */
const placeName = String.raw`(?:\d{1,2}(?![\d/])|\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3})`;
/** A city or a province after the division, with its "TP." or "Tỉnh" ("TP. Hồ Chí Minh", "TP.HCM", "Bình Dương"). */
const cityOrProvince = String.raw`(?:(?:TP|Tp|Thành phố|Tỉnh|tỉnh)\.?[ \t]*)?\p{Lu}[\p{L}\p{M}.]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3}`;
const vietnameseAddress = new RegExp(
  String.raw`(?<![\p{L}\d/.-])(?:(?:Số|số|So)[ \t]*)?\d{1,4}[A-Za-z]?(?:\/\d{1,4}[A-Za-z]?){0,3}[ \t]+(?=\p{L})[^\n,;()]{2,40}?` +
    String.raw`(?:,[ \t]*[^\n,;()]{2,40}?){0,2}?(?:,[ \t]*${division}[ \t]*${placeName})+(?:,[ \t]*${cityOrProvince}){0,2}`,
  'gu',
);
/**
 * A village's address, which has no street: its hamlet, its commune, its district, then its province, as a migrant gives
 * a home address in the countryside ("Xóm 4, xã Hải Minh, huyện Hải Hậu, Nam Định", "Thôn Đông, xã Quỳnh Hồng, huyện
 * Quỳnh Lưu, tỉnh Nghệ An, Việt Nam"), with or without its tones. A commune and a district alone name an area, no home.
 */
const hamlet = String.raw`(?:[Tt]hôn|[Tt]hon|[Xx]óm|[Xx]om|[Ấấ]p|[Bb]ản|[Tt]ổ[ \t]+dân[ \t]+phố|[Kk]hu[ \t]+phố)`;
const commune = String.raw`(?:[Xx]ã|[Xx]a|[Pp]hường|[Pp]huong|[Tt]hị[ \t]+trấn|[Tt]hi[ \t]+tran)`;
const district = String.raw`(?:[Hh]uyện|[Hh]uyen|[Qq]uận|[Qq]uan|[Tt]hị[ \t]+xã|[Tt]hi[ \t]+xa|[Tt]hành[ \t]+phố|[Tt]hanh[ \t]+pho)`;
const villageAddress = new RegExp(
  String.raw`(?<![\p{L}\p{M}])${hamlet}[ \t]+${placeName},[ \t]*${commune}[ \t]+${placeName},[ \t]*${district}[ \t]+${placeName}` +
    String.raw`(?:,[ \t]*${cityOrProvince}){0,2}`,
  'gu',
);
/** Whether a text may hold one: a division's word before a number or a capital. */
const divisionBeforeName = new RegExp(String.raw`${division}[ \t]*[\d\p{Lu}]`, 'u');

/**
 * Whether `text` holds a ward's, a district's or a commune's word before a name, as every address here does.
 *
 * @example
 * mayHoldVietnameseAddress('giao đến Quận 1 nhé'); // true
 */
export function mayHoldVietnameseAddress(text: string): boolean {
  return divisionBeforeName.test(text);
}

/**
 * The Vietnamese addresses of `text`, 0.85.
 *
 * @example
 * findVietnameseAddresses('Giao tới 42 Lê Thánh Tôn, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh giúp em')[0]?.text;
 * // '42 Lê Thánh Tôn, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh'
 */
export function findVietnameseAddresses(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const pattern of [vietnameseAddress, villageAddress]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text))
      if (!findings.some((found) => found.start <= match.index && match.index < found.end))
        findings.push(
          createFinding({ type: 'ADDRESS', text: match[0], start: match.index, score: 0.85, recognizer: vietnameseAddressRecognizerName }),
        );
  }
  return findings;
}
