// The person an address belongs to, by where a label or a record writes them: on the line above an address block ("NGUYEN
// THI HOA\n1420 S 3RD ST APT 208\nSAN JOSE CA 95112-4417", "MR LIAM J O'SULLIVAN\nUNIT 12 48 PARRAMATTA RD …") and, in
// Korean, right after the address ("경상북도 안동시 풍천면 하회리 742 류복순", "… 412동 603호 여성민").
import { findAddresses } from '../addresses/index.ts';
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { companySuffixes, holdsFirmWord, wordsThatAreNotNames } from './english-name-words.ts';
import { hasCommonGivenName } from './korean-given-name-syllables.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { isHangulSyllable } from './hangul.ts';

const recognizerName = 'addressee-name';

/** A title before the addressee, as labels print it. */
const titleBefore = /^(?:MR|MRS|MS|MISS|DR|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+/;
/** Two to four words of a name, capitalised or in capitals, an initial among them ("LIAM J O'SULLIVAN", "Wanjiru Kamau"). */
const nameLine = /^(?:[A-ZÀ-Þ][A-Za-zß-ÿ'’-]*\.?)(?:[ \t]+[A-ZÀ-Þ][A-Za-zß-ÿ'’-]*\.?){1,3}$/;
/** A name of three or four syllables right after a Korean address, ending its line or before a phone or a bar. */
const koreanNameAfter = /[ \t]+([가-힣]{3,4})(?=[ \t]*(?:$|\n|[,/|(]|[ \t]0\d))/y;

/**
 * The addressees of the addresses in `text`; remembered for the last text.
 *
 * @example
 * findAddressees('TO: ELEANOR M. HUTCHINS\n4627 42ND AVE SW\nSEATTLE WA 98116').map((finding) => finding.text); // ['ELEANOR M. HUTCHINS']
 */
export const findAddressees = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  for (const address of findAddresses(text)) {
    const above = addresseeAbove(text, address.start);
    if (above !== undefined) findings.push(finding(text, above));
    const after = koreanAddresseeAfter(text, address);
    if (after !== undefined) findings.push(finding(text, after));
  }
  return findings;
});

/** The name alone on the line right above an address that opens its line, past a title and a label ("TO:"). */
function addresseeAbove(text: string, addressStart: number): { start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf('\n', addressStart - 1) + 1;
  if (lineStart === 0 || text.slice(lineStart, addressStart).trim() !== '') return undefined;
  const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  let start = aboveStart;
  const line = text.slice(aboveStart, lineStart - 1);
  // "TO: ELEANOR M. HUTCHINS", "Deliver to: …": the value after a label's colon.
  const colon = line.lastIndexOf(':');
  if (colon !== -1) start = aboveStart + colon + 1;
  while (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09) start += 1;
  const title = titleBefore.exec(text.slice(start, lineStart - 1));
  if (title !== null) start += title[0].length;
  let end = lineStart - 1;
  while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x0d)) end -= 1;
  const name = text.slice(start, end);
  if (!nameLine.test(name)) return undefined;
  const words = name.split(/[ \t]+/).map((word) => word.charAt(0) + word.slice(1).toLowerCase().replace(/\.$/, ''));
  // "SHIP TO", "ACME LOGISTICS LTD", "Customer Services", "Maple Shore Credit Union": a label or a firm, not a person.
  if (words.some((word) => wordsThatAreNotNames.has(word) || companySuffixes.has(word)) || holdsFirmWord(words.join(' '))) return undefined;
  // "Northfield CPA LLP": a legal form in capitals, as written.
  if (name.split(/[ \t]+/).some((word) => companySuffixes.has(word.replace(/\.$/, '')))) return undefined;
  // "ORBITEL UK", "Orbitel UK": a firm's national arm, whose capitals the words above read as "Uk".
  if (name.endsWith(' UK')) return undefined;
  return { start, end };
}

/** A Korean name right after a Korean address on its line. */
function koreanAddresseeAfter(text: string, address: PiiFinding): { start: number; end: number } | undefined {
  if (!isHangulSyllable(address.text.charCodeAt(0))) return undefined;
  koreanNameAfter.lastIndex = address.end;
  const match = koreanNameAfter.exec(text);
  if (match === null || !isPlausibleKoreanName(match[1]!) || !hasCommonGivenName(match[1]!)) return undefined;
  const end = koreanNameAfter.lastIndex;
  return { start: end - match[1]!.length, end };
}

function finding(text: string, span: { start: number; end: number }): PiiFinding {
  return { type: 'PERSON', ...span, text: text.slice(span.start, span.end), score: 0.7, recognizer: recognizerName };
}
