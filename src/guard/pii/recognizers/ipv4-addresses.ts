// Reads dotted IPv4 addresses (four octets 0–255 without leading zeros) from the shared digit groups.
import { isAsciiAlphanumeric, isAsciiDigit } from './digit-boundaries.ts';
import { digitGroupsOf, type DigitGroups } from './digit-groups.ts';

/**
 * Every match of `(?<![0-9A-Za-z.]|[0-9A-Za-z]-)(?:octet\.){3}octet(?![0-9A-Za-z]|\.\d)`, octet being
 * `25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d`: four whole groups joined by single dots (an octet followed by a dot or by no
 * digit must take its whole group), not inside a longer dotted number or after a code such as `v-`.
 *
 * @example
 * ipv4AddressesIn('접속 IP 192.168.0.10'); // [{ start: 6, end: 18 }]
 * ipv4AddressesIn('1.2.3.4.5'); // []
 */
export function ipv4AddressesIn(text: string): Array<{ start: number; end: number }> {
  const addresses: Array<{ start: number; end: number }> = [];
  const groups = digitGroupsOf(text);
  for (let index = 0; index + 3 < groups.count; index += 1) {
    const start = groups.starts[index]!;
    if (!isAddressStart(text, start) || !hasFourOctets(text, { groups, first: index })) continue;
    const end = groups.ends[index + 3]!;
    const after = text.charCodeAt(end);
    if (isAsciiAlphanumeric(after) || (after === 46 && isAsciiDigit(text.charCodeAt(end + 1)))) continue;
    addresses.push({ start, end });
    index += 3;
  }
  return addresses;
}

function isAddressStart(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (isAsciiAlphanumeric(before) || before === 46) return false;
  return !(before === 45 && isAsciiAlphanumeric(text.charCodeAt(start - 2)));
}

function hasFourOctets(text: string, span: { groups: DigitGroups; first: number }): boolean {
  const { groups, first } = span;
  for (let index = first; index < first + 4; index += 1) {
    if (index < first + 3 && groups.gaps[index] !== 46) return false;
    if (!isOctet(text, { start: groups.starts[index]!, end: groups.ends[index]! })) return false;
  }
  return true;
}

/** 0–255 written without a leading zero ("0" itself allowed). */
function isOctet(text: string, group: { start: number; end: number }): boolean {
  const length = group.end - group.start;
  const first = text.charCodeAt(group.start);
  if (length === 1) return true;
  if (length === 2) return first !== 48;
  if (length !== 3) return false;
  if (first === 49) return true;
  if (first !== 50) return false;
  const second = text.charCodeAt(group.start + 1);
  return second < 53 || (second === 53 && text.charCodeAt(group.start + 2) <= 53);
}
