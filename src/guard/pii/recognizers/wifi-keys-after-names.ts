// A Wi-Fi network's key given after the network's name on the same line, its label a bare "key" ("Wi-Fi name: KY7-Home /
// key: …", "SSID: Casa_5G, key: …"): an installer's job sheet or a welcome note writes the pair so, and the key opens the
// network. The name is the router's, no secret.
import type { PiiFinding } from '../types.ts';
import { overlapsAny } from '../resolve-overlaps.ts';
import { createFinding } from './create-finding.ts';
import { characterPairWords, mayHoldAnyWord } from '../character-pairs.ts';

const recognizer = 'credential';
/**
 * The network's word and its name after a colon, then a bare "key" and the key: eight to sixty-three printable characters,
 * the length WPA allows.
 */
const keyAfterNetworkName =
  /\b(?:Wi-?Fi|WiFi|wifi|WIFI|WLAN|SSID)(?:[ \t]+(?:name|Name|NAME|SSID|network))?[ \t]*[:=][ \t]*[^\s/,;|]{1,40}[ \t]*[/,;|][ \t]*(?:[Kk]ey|KEY)[ \t]*[:=][ \t]*([!-~]{8,63})(?![!-~])/g;

const networkWords = characterPairWords('wifi', 'wi-fi', 'wlan', 'ssid');

/**
 * Whether `text` may hold a network's name and its key: the literal words the search needs.
 *
 * @example
 * mayHoldWifiKey('Wi-Fi name: Home-5G / key: vqxe7bh2np4k'); // true
 */
export function mayHoldWifiKey(text: string): boolean {
  return mayHoldAnyWord(text, networkWords) && (text.includes('ey') || text.includes('EY')) && /wi-?fi|wlan|ssid/i.test(text);
}

/**
 * The keys after a network's name in `text`, each 0.85; spans in `taken` are skipped.
 *
 * @example
 * findWifiKeysAfterNames('Wi-Fi name: Home-5G / key: vqxe7bh2np4k', []).map((key) => key.text); // ['vqxe7bh2np4k']
 * findWifiKeysAfterNames('Wi-Fi name: Home-5G / key: see the router', []); // []
 */
export function findWifiKeysAfterNames(text: string, taken: readonly PiiFinding[]): PiiFinding[] {
  if (!mayHoldWifiKey(text)) return [];
  let keys: PiiFinding[] | undefined;
  keyAfterNetworkName.lastIndex = 0;
  for (let match = keyAfterNetworkName.exec(text); match !== null; match = keyAfterNetworkName.exec(text)) {
    const value = match[1]!;
    // A key mixes letters with digits or marks; a word alone ("key: unchanged") is none.
    if (!/[0-9]/.test(value) && !/[^A-Za-z]/.test(value)) continue;
    const key = createFinding({
      type: 'PASSWORD',
      text: value,
      start: match.index + match[0].length - value.length,
      score: 0.85,
      recognizer,
    });
    if (!overlapsAny(taken, key)) (keys ??= []).push(key);
  }
  return keys ?? [];
}
