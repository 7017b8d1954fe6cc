// Finds MAC addresses, which identify a customer's router, modem or handset: six hex pairs joined by colons or hyphens
// ("00:1A:2B:3C:4D:5E", "00-1A-2B-3C-4D-5E") or three dotted quads ("001a.2b3c.4d5e").
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { isAsciiAlphanumeric } from './digit-boundaries.ts';
import { isHexCharacter, isHexPairSeparator, joinsHexGroupsAt } from '../feature-characters.ts';

const name = 'mac-address';
// Tried only where a separator joins hex groups (`joinsHexGroupsAt`): a pattern that opens with a hex class would start at
// every a-f letter of a long document.
const macPattern = /[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}/y;
const macContext = /\bmac\b|맥\s*주소|물리\s*주소|하드웨어\s*주소|physical address|hardware address|bssid|wi-?fi address|ethernet/i;
/**
 * Colon pairs are a MAC address alone (0.85); hyphen pairs and dotted quads need a hex letter or a label, since twelve
 * digits so grouped may be another number. A label (MAC, 맥 주소, 물리 주소, BSSID …) lifts the score to 0.95. Six equal
 * pairs (00:00:00:00:00:00, the broadcast FF:FF:FF:FF:FF:FF) identify no one.
 *
 * @example
 * macAddressRecognizer.find('공유기 MAC 주소는 00:1A:2B:3C:4D:5E 입니다', {})[0]?.score; // 0.95
 */
export const macAddressRecognizer: PiiRecognizer = {
  name,
  types: ['MAC_ADDRESS'],
  mightMatch: (text) => mayHoldMacAddress(text),
  find(text) {
    const findings: PiiFinding[] = [];
    const joins = hexJoinsIn(text);
    let searchedTo = 0;
    for (const at of joins) {
      const start = at - (text.charCodeAt(at) === 0x2e ? 4 : 2);
      if (start < searchedTo) continue;
      macPattern.lastIndex = start;
      const match = macPattern.exec(text);
      if (match === null) continue;
      const end = start + match[0].length;
      if (!standsAlone(text, start, end) || hasOneValue(match[0])) continue;
      searchedTo = end;
      const labelled = hasContextBefore(text, { start, pattern: macContext });
      if (!labelled && match[1] !== ':' && !/[A-Fa-f]/.test(match[0])) continue;
      findings.push(createFinding({ type: 'MAC_ADDRESS', text: match[0], start, score: labelled ? 0.95 : 0.85, recognizer: name }));
    }
    return findings;
  },
};

/** The separators that join hex groups (`joinsHexGroupsAt`), in text order: where an address's first group may end. */
function hexJoinsIn(text: string): number[] {
  const joins: number[] = [];
  for (const separator of [':', '-', '.'])
    for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) if (joinsHexGroupsAt(text, at)) joins.push(at);
  return joins.length > 1 ? joins.sort((left, right) => left - right) : joins;
}

/**
 * Whether `text` may hold a MAC address: a separator that joins hex groups ("1A:2B:", "00-11-", "001a.2b3c."), looked for
 * among the colons where the feature pass saw one, and among the hyphens and dots only where it saw a digit. Read here
 * rather than in the feature pass, whose every added test slowed it on all texts.
 *
 * @example
 * mayHoldMacAddress('MAC 00-1A-2B-3C-4D-5E'); // true
 * mayHoldMacAddress('order ORD-2024-0001'); // false
 */
export function mayHoldMacAddress(text: string): boolean {
  // The shortest notation, "001a.2b3c.4d5e", has fourteen characters; most chat turns are shorter.
  if (text.length < 14) return false;
  const features = textFeatures(text);
  const colonJoin = hasFeatures(features, textFeature.colon) && holdsJoinOf(text, ':');
  // Without a digit only colon pairs count ("BSSID aa:bb:cc:dd:ee:ff"): hyphens and dots join words more often than hex.
  if (!hasFeatures(features, textFeature.digit)) return colonJoin;
  return colonJoin || holdsJoinOf(text, '-') || holdsJoinOf(text, '.');
}

function holdsJoinOf(text: string, separator: string): boolean {
  for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) if (joinsHexGroupsAt(text, at)) return true;
  return false;
}

/**
 * Not inside a word, and not one stretch of a longer chain of hex groups (an IPv6 address, an EUI-64): the character on
 * either side is no letter or digit, and a separator there does not join another group.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (isAsciiAlphanumeric(before)) return false;
  if (isHexPairSeparator(before) && isHexCharacter(text.charCodeAt(start - 2)) && isHexCharacter(text.charCodeAt(start - 3))) {
    // "MAC:00:1A…": a label's last letters before the colon are no group unless a group boundary comes before them.
    if (!isAsciiAlphanumeric(text.charCodeAt(start - 4))) return false;
  }
  const after = text.charCodeAt(end);
  if (isAsciiAlphanumeric(after)) return false;
  return !(isHexPairSeparator(after) && isHexCharacter(text.charCodeAt(end + 1)));
}

function hasOneValue(address: string): boolean {
  const first = address.slice(0, 2).toLowerCase();
  return address.toLowerCase().replace(/[:.-]/g, '') === first.repeat(6);
}
