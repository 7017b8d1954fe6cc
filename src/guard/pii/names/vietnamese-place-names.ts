// The communes, districts, hamlets and streets of a Vietnamese address, which are named as people are ("xã Quỳnh Hồng,
// huyện Quỳnh Lưu, tỉnh Nghệ An", "Thôn Đông", "41B Lý Thái Tổ, Hoàn Kiếm, Hà Nội"): a name after a division's word or a
// house's number, or that opens with a division's word, on a line that reads as such an address, is a place.
import type { PiiFinding } from '../types.ts';

/** A division's or a street's word, with its tones, as an address writes it before the place's name. */
const divisionWords = String.raw`(?:[Pp]hường|[Qq]uận|[Hh]uyện|[Xx]ã|[Tt]ỉnh|[Tt]hôn|[Ấấ]p|[Tt]hị xã|[Tt]hị trấn|[Kk]hu phố|[Đđ]ường|[Pp]hố|[Nn]gõ|[Hh]ẻm|[Tt]ổ)`;
const divisionBefore = new RegExp(String.raw`(?:^|[ \t,])${divisionWords}[ \t]+$`, 'u');
const divisionOpening = new RegExp(String.raw`^${divisionWords}[ \t]`, 'u');
/** A house's number before the street's name ("41B ", "12/3 "), where the name holds its tones. */
const houseNumberBefore = /(?:^|[ \t,])\d{1,4}[A-Za-z]?(?:\/\d{1,4}[A-Za-z]?)*[ \t]+$/;
/** What makes a line a Vietnamese address: a division's word before a name, or the capital's or a city's mark. */
const addressLine = new RegExp(String.raw`(?<!\p{L})(?:${divisionWords}[ \t]+[\p{Lu}\d]|Hà Nội|TP\.|Thành phố)`, 'u');
/**
 * Every word of `addressLine` but "TP." holds a letter with a Vietnamese mark: a test that most texts fail at once, before
 * the line's pattern, whose look-behind V8 tries at every character.
 */
function mayHoldVietnameseMark(text: string): boolean {
  return /[\u00c0-\u024f\u1e00-\u1eff]/.test(text) || text.includes('TP.');
}
/** A letter beyond English's, which a Vietnamese street's name written with its tones holds ("Lý Thái Tổ"). */
const toneMarkedLetter = /[^\p{ASCII}]/u;

/**
 * The findings that are no such place, in place when none is.
 *
 * @example
 * const text = 'Address: Thôn Đông, xã Quỳnh Hồng, huyện Quỳnh Lưu, tỉnh Nghệ An';
 * const found = [{ type: 'PERSON', start: 23, end: 33, text: 'Quỳnh Hồng', score: 0.7, recognizer: 'x' }];
 * withoutVietnamesePlaceNames(text, found); // []
 */
export function withoutVietnamesePlaceNames(text: string, findings: PiiFinding[]): PiiFinding[] {
  if (!mayHoldVietnameseMark(text) || !addressLine.test(text)) return findings;
  return findings.some((finding) => isVietnamesePlace(text, finding))
    ? findings.filter((finding) => !isVietnamesePlace(text, finding))
    : findings;
}

function isVietnamesePlace(text: string, finding: PiiFinding): boolean {
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  const lineBreak = text.indexOf('\n', finding.end);
  const line = text.slice(lineStart, lineBreak === -1 ? text.length : lineBreak);
  if (!addressLine.test(line)) return false;
  const before = text.slice(Math.max(lineStart, finding.start - 16), finding.start);
  return (
    divisionBefore.test(before) ||
    divisionOpening.test(finding.text) ||
    (houseNumberBefore.test(before) && toneMarkedLetter.test(finding.text))
  );
}
