// A mail header's display name that is an organisation's, a desk's or a shop's ("받는사람: 한강 야시장 운영사무국 <market@…>",
// "Cc: 통영수협 지도과 <guidance@…>", "To: 노량진 중도매 23번 영진상회 <…>"): its words are a place, a market or a desk, never
// a person's name, though one of them reads as a surname and a given name.
import type { PiiFinding } from '../types.ts';

/** A header's label, the display name, then its address in angle brackets, on one line. */
const headerDisplayName =
  /^[ \t]*(?:받는[ \t]?사람|보낸[ \t]?사람|수신|발신|참조|숨은참조|To|From|Cc|CC|Bcc|BCC)[ \t]*[:：][ \t]*([^<>\n]{2,60}?)[ \t]*<[^<>\n@]+@[^<>\n]+>/gm;
/**
 * The last syllables of an organisation's or a desk's Hangul name: a secretariat, an office, a shop, a centre, a union, a
 * department, an architect's or a builder's firm ("운영사무국", "국제교류처", "영진상회", "통영수협", "지도과", "한결건축").
 */
const organisationEnding =
  /(?:사무국|사무소|교류처|상회|상사|센터|협회|조합|수협|농협|축협|재단|법인|본부|지사|지점|건축|건설|[과팀처국실])$/;

/**
 * The findings that do not lie in such a display name, in place when none does.
 *
 * @example
 * const found = [{ type: 'PERSON', start: 7, end: 9, text: '한강', score: 0.8, recognizer: 'x' }];
 * withoutNamesInOrganisationsDisplayNames('받는사람: 한강 야시장 운영사무국 <market@hangang.kr>', found); // []
 */
export function withoutNamesInOrganisationsDisplayNames(text: string, findings: PiiFinding[]): PiiFinding[] {
  if (!text.includes('@') || !text.includes('<')) return findings;
  const spans: Array<{ start: number; end: number }> = [];
  headerDisplayName.lastIndex = 0;
  for (let match = headerDisplayName.exec(text); match !== null; match = headerDisplayName.exec(text)) {
    const display = match[1]!;
    const lastWord = display.slice(display.search(/\S+$/));
    if (!/^[가-힣]{2,10}$/.test(lastWord) || !organisationEnding.test(lastWord)) continue;
    const start = match.index + match[0].indexOf(display);
    spans.push({ start, end: start + display.length });
  }
  if (spans.length === 0) return findings;
  return findings.filter((finding) => !spans.some((span) => finding.start >= span.start && finding.end <= span.end));
}
