// The addresses a security team's incident note, a threat report or a provider's notice names as machines, public or
// private, that reach no one: a command-and-control server ("C2 beacon to …", "… (known Cobalt Strike C2)"), where
// data was sent ("Outbound 4.1 GB to …"), a phishing campaign's sending servers or hosting ("sent from servers at …",
// "발신 서버 IP: …", "Hosting: …"), a scanner, an identity provider, what a host name resolves to, a web application
// firewall, a server named by its role ("web-prd-01 (…)", "vpn-gw-02 (…)"), and a network range written by its network
// address ("45.95.147.0/24"), a table's gateway's or destination's column. A person's address is written with a login or a home ("login from …", "src=…", "집 IP"),
// which these words never are. An address named so once is a machine's wherever the text repeats it.
import { ipv4AddressesIn } from './ipv4-addresses.ts';

/** An address, a port perhaps, a prefix perhaps: one item of a list of addresses after a label ("Hosting: A, B"). */
const listedAddress = String.raw`\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?:/\d{1,2})?`;
/** A list's items already read between the label and the address ("C2: 91.92.241.18, …", "… at A and B"). */
const earlierItems = String.raw`(?:${listedAddress}[ \t]*(?:,|and|및|/)[ \t]*)*`;

/**
 * A machine's label right before the address, or before the list it heads: a C2's, a beacon's or an outbound transfer's
 * target, a campaign's hosting or sending servers, a scanner, an identity provider, what a name resolves to, a WAF.
 */
const machineLabelBefore = new RegExp(
  String.raw`(?:` +
    [
      String.raw`\b(?:C2|C&C)\b(?:[ \t]+(?:server|beacon(?:ing)?|callback|traffic))?(?:[ \t]+to)?`,
      String.raw`\bbeacon(?:s|ing)?[ \t]+to`,
      String.raw`\boutbound\b[^\n\d]{0,16}(?:\d[\d.,]*[ \t]*[KMGT]B[ \t]+)?to`,
      String.raw`\bhosting[ \t]*[:：]`,
      String.raw`\bsent from (?:mail[ \t]+)?servers?(?:[ \t]+at)?`,
      String.raw`발신[ \t]?(?:메일[ \t]?)?서버(?:[ \t]*IP)?`,
      String.raw`\bscanners?\b|스캐너`,
      String.raw`\bIdP\b`,
      String.raw`\bresolves?[ \t]+to`,
      String.raw`\bWAF\b`,
    ].join('|') +
    String.raw`)[ \t]*[:：]?[ \t]*${earlierItems}$`,
  'i',
);

/** A C2's gloss right after the address, its port perhaps between ("…:443 (known Cobalt Strike C2", "… 아웃바운드 차단 (C2 의심"). */
const machineGlossAfter = /^(?::\d{1,5})?[^\n\d]{0,24}\b(?:C2|C&C)\b/;

/**
 * A server's name by its role, numbered, and the bracket that holds its address: a web, application, API, VPN, mail,
 * proxy, firewall, database or jump server, or a gateway ("web-prd-01 (…)", "vpn-gw-02 (…)", "jump-01 (…)",
 * "track-web-01 (공인 IP …)"); not a laptop's or a desk's asset tag, which no role names.
 */
const roleNamedServerBefore =
  /\b(?:[a-z0-9]+-)*(?:web|app|api|vpn|gw|mail|mx|smtp|proxy|fw|srv|db|jump|prd|prod)(?:-[a-z0-9]+)*-\d{1,3}[ \t]*[([][ \t]*(?:(?:공인|사설|public|private)[ \t]*)?(?:IP[ \t]*)?[:：]?[ \t]*$/i;

/** How far before the address a label and the list it heads are read. */
const reach = 80;

/**
 * The addresses `text` names as a machine at least once (see the file's comment), each of which is a machine's wherever
 * the text repeats it.
 *
 * @example
 * addressesCalledMachines('C2 beacon to 185.81.157.23 blocked').has('185.81.157.23'); // true
 * addressesCalledMachines('login from 185.81.157.23 at 02:14').size; // 0
 */
export function addressesCalledMachines(text: string): ReadonlySet<string> {
  const machines = new Set<string>();
  for (const { start, end } of ipv4AddressesIn(text)) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const before = text.slice(Math.max(lineStart, start - reach), start);
    if (
      machineLabelBefore.test(before) ||
      roleNamedServerBefore.test(before) ||
      machineGlossAfter.test(text.slice(end, end + 40)) ||
      isNetworkRange(text, { start, end }) ||
      isUnderMachineColumn(text, { start, lineStart })
    )
      machines.add(text.slice(start, end));
  }
  return machines;
}

/**
 * A range of sixteen addresses or more written by its network address, the host's part all zeros ("45.95.147.0/24",
 * "52.174.0.0/16", "203.0.113.0/28"): a provider's or an attacker's block, no one's connection. A customer's small static
 * block ("…96/29") stays an address.
 */
function isNetworkRange(text: string, span: { start: number; end: number }): boolean {
  const prefix = /^\/(\d{1,2})(?!\d)/.exec(text.slice(span.end, span.end + 3));
  if (prefix === null) return false;
  const length = Number(prefix[1]);
  if (length < 8 || length > 28) return false;
  const value = text
    .slice(span.start, span.end)
    .split('.')
    .reduce((sum, octet) => sum * 256 + Number(octet), 0);
  return value % 2 ** (32 - length) === 0;
}

/** A table's column of machines' addresses by its header: a VPN's gateway, a flow's destination, a server. */
const machineColumnHeader = /^(?:gw|gateway|vpn[_ -]?gw|dst|dst[_ ]?ip|dest|destination|dest[_ ]?ip|server|server[_ ]?ip)$/i;
/** The delimiters of a table pasted as text; a row holds two at least. */
const cellDelimiters = ['|', '\t', ','] as const;
/** How many rows above the address its header is looked for. */
const rowsRead = 30;

/**
 * Whether the address at `start` sits in a table's column whose header names a machine ("user | src_ip | gw", then
 * "mk.seo | 220.… | 203.0.113.21"): the header is the first line of the rows that share the address's line's delimiter.
 */
function isUnderMachineColumn(text: string, at: { start: number; lineStart: number }): boolean {
  const lineEnd = text.indexOf('\n', at.start);
  const line = text.slice(at.lineStart, lineEnd === -1 ? text.length : lineEnd);
  const delimiter = cellDelimiters.find((candidate) => line.split(candidate).length >= 3);
  if (delimiter === undefined) return false;
  const column = text.slice(at.lineStart, at.start).split(delimiter).length - 1;
  let headerStart = at.lineStart;
  for (let row = 0; row < rowsRead && headerStart > 0; row += 1) {
    const previousStart = text.lastIndexOf('\n', headerStart - 2) + 1;
    if (!text.slice(previousStart, headerStart - 1).includes(delimiter)) break;
    headerStart = previousStart;
  }
  if (headerStart === at.lineStart) return false;
  const header = text.slice(headerStart, text.indexOf('\n', headerStart)).split(delimiter);
  return machineColumnHeader.test(header[column]?.trim() ?? '');
}
