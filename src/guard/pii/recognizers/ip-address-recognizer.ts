// Finds IPv4 addresses (valid octets, not version strings) and IPv6 addresses (full or compressed, validated by node:net).
import { isIPv6 } from 'node:net';
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { isIpv6Character } from '../feature-characters.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { digitGroupsOf } from './digit-groups.ts';
import { ipv4AddressesIn } from './ipv4-addresses.ts';
import { isServersPrivateAddress } from './servers-private-addresses.ts';
import { isNetworkMachinesAddress } from './network-equipment-addresses.ts';
import { addressesCalledMachines } from './threat-and-service-addresses.ts';
import { followsMachinesAddress, isServicesOwnAddress } from './services-own-addresses.ts';
import { isCalledShared, isListedUnderServersHeading } from './servers-listed-under-headings.ts';

const name = 'ip-address';
// Whole words: "server" ends in "ver".
// The word right before, or with a verb between ("Firmware says 1.0.3.2").
const versionContext = /(?:\b(?:version|ver\.?|release|build|upgrade|update|firmware|v)(?:[ \t]+(?:is|says|now|was|reads))?|버전)\s*$/i;
/**
 * A product's capitalised name and its slash, as a browser's user agent writes its version ("Chrome/130.0.0.0"); not a
 * login's ("jh.kwon/211.36.142.118").
 */
const productBefore = /\b[A-Z][a-z]+\/$/;
const networkContext = /\bip\b|아이피|주소|접속|서버|address|server|host|client|login|로그인/i;
const wordCharacter = /\w/;
/** A resolver named as one ("DNS 168.126.…", "보조 DNS: …"): a provider's server, whoever's router names it. */
const dnsBefore = /\bDNS\b[^\n\d]{0,10}$/;
const publicResolvers: ReadonlySet<string> = new Set([
  ...['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220'],
]);

/**
 * IPv4 0.75 (0.9 after 아이피/IP/server…); four-part numbers after "version"/"버전"/"v" are not addresses.
 * IPv6 0.85. Three-part numbers such as 1.2.3 never match.
 *
 * @example
 * ipAddressRecognizer.find('접속 IP 192.168.0.10', {})[0]?.text; // '192.168.0.10'
 */
export const ipAddressRecognizer: PiiRecognizer = {
  name,
  types: ['IP_ADDRESS'],
  // An IPv4 address is four groups joined by three dots; IPv6 needs a colon between two of its characters.
  mightMatch: (text) => {
    const features = textFeatures(text);
    return (features.mostRunDigits >= 4 && digitGroupsOf(text).dotGaps >= 3) || hasFeatures(features, textFeature.ipv6Colon);
  },
  find(text) {
    const findings: PiiFinding[] = [];
    // Where the last version read ended: the one after its arrow is a version too ("upgrade 12.1.1.56 -> 12.1.2.172").
    let versionEnd = -1;
    // A machine's address, once named so, is a machine's wherever the text repeats it ("host=fin-app-07 (10.31.8.27)" …
    // "FW 10.31.8.27 → …").
    const machines = new Set(addressesCalledMachines(text));
    // Where the last machine's address ended: the next one in its bracket is its pair ("(10.20.4.15 / 10.20.4.16)").
    let machineEnd = -1;
    for (const { start, end } of ipv4AddressesIn(text)) {
      const afterVersion = versionEnd !== -1 && /^[ \t]*(?:->|→|to)[ \t]*$/.test(text.slice(versionEnd, start));
      if (
        afterVersion ||
        hasContextBefore(text, { start, pattern: versionContext, windowSize: 20 }) ||
        productBefore.test(text.slice(Math.max(0, start - 16), start))
      ) {
        versionEnd = end;
        continue;
      }
      // A subnet mask (255.255.255.0, 255.255.0.0) names no host, nor does "any address" (0.0.0.0, as in "0.0.0.0/0").
      if (text.startsWith('255.', start) || (end - start === 7 && text.startsWith('0.0.0.0', start))) continue;
      // The public resolvers everyone's router names (Google's, Cloudflare's, Quad9's, OpenDNS's) are no one's address.
      if (publicResolvers.has(text.slice(start, end)) || dnsBefore.test(text.slice(Math.max(0, start - 16), start))) continue;
      if (isAllergenList(text, { start, end })) continue;
      const address = text.slice(start, end);
      if (machines.has(address)) {
        machineEnd = end;
        continue;
      }
      if (
        isServersPrivateAddress(text, start, address) ||
        isNetworkMachinesAddress(text, start, address) ||
        isServicesOwnAddress(text, start, end) ||
        isListedUnderServersHeading(text, start) ||
        isCalledShared(text, end) ||
        followsMachinesAddress(text, start, machineEnd)
      ) {
        machines.add(address);
        machineEnd = end;
        continue;
      }
      const score = hasContextBefore(text, { start, pattern: networkContext }) ? 0.9 : 0.75;
      findings.push(createFinding({ type: 'IP_ADDRESS', text: text.slice(start, end), start, score, recognizer: name }));
    }
    // An address of two groups or more always holds a colon between two of its characters.
    if (hasFeatures(textFeatures(text), textFeature.ipv6Colon)) findings.push(...findIpv6(text));
    return machines.size === 0 ? findings : findings.filter((finding) => !machines.has(finding.text));
  },
};

/**
 * A school's or a canteen's menu numbers a dish's allergens in brackets after it, one to nineteen ("제육볶음(5.6.10.13)",
 * "카레라이스(2.5.6.10)"): four small numbers in brackets right after Hangul are no host.
 */
function isAllergenList(text: string, span: { start: number; end: number }): boolean {
  if (text.charCodeAt(span.start - 1) !== 0x28 || text.charCodeAt(span.end) !== 0x29) return false;
  const before = text.charCodeAt(span.start - 2);
  return (
    before >= 0xac00 &&
    before <= 0xd7a3 &&
    text
      .slice(span.start, span.end)
      .split('.')
      .every((part) => Number(part) <= 19)
  );
}

function findIpv6(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  let colon = text.indexOf(':');
  while (colon !== -1) {
    let start = colon;
    while (start > 0 && colon - start < 39 && isIpv6Character(text.charCodeAt(start - 1))) start -= 1;
    let end = colon + 1;
    while (end < text.length && end - start < 45 && isIpv6Character(text.charCodeAt(end))) end += 1;
    // A sentence may end right after the address.
    while (end > colon + 1 && text[end - 1] === '.') end -= 1;
    // A label colon ("IP:2001:db8::1") or a trailing colon belongs to the sentence, not the address.
    if (text[start] === ':' && text[start + 1] !== ':') start += 1;
    if (text[end - 1] === ':' && text[end - 2] !== ':') end -= 1;
    const candidate = text.slice(start, end);
    if (isAddressLike(text, { candidate, start, end })) {
      findings.push(createFinding({ type: 'IP_ADDRESS', text: candidate, start, score: 0.85, recognizer: name }));
    }
    colon = text.indexOf(':', Math.max(end, colon + 1));
  }
  return findings;
}

function isAddressLike(text: string, span: { candidate: string; start: number; end: number }): boolean {
  if (span.candidate.length < 6 || !isIPv6(span.candidate)) return false;
  if (wordCharacter.test(text[span.start - 1] ?? '') || wordCharacter.test(text[span.end] ?? '')) return false;
  // "a::b"-like fragments of code are not addresses: ask for two groups at least.
  return span.candidate.split(':').filter((group) => group !== '').length >= 2;
}
