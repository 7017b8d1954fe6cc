// The address of a network's own machine, public or private, as a carrier's incident log, a SIP trunk's order or a
// firm's IT notice names it: after the host's DNS name ("SBC sip.trunkline.net (203.0.113.40)"), after a router's, a
// PoP's, a provider edge's or an SBC's word and name ("aggregation router BSN-AGG-03 (10.41.8.3)", "PE mcr-pe-02
// (172.16.8.2 → 172.16.8.3)", "SBC 2호기(10.44.12.22)"), after a public address's gateway ("게이트웨이 121.166.47.1"),
// or beside a Korean server's or system's word ("모니터링 서버 10.40.7.21", "서버 IP 43.201.77.14", "10.20.14.31 서버
// 재기동"). Such a machine serves an organisation, not a person; a person's own address is written with theirs ("집 공인
// IP", "my home IP", "user=… src=…"). A bare English "server", which the rounds' writers label beside a login ("server
// 52.64.…, port 8443"), and a server's label with a colon ("서버: batch-prd-01 (…)") are left to the address's other
// rules.
import { mapForLastText, rememberLastText } from '../last-text-memo.ts';

/**
 * What stands right before a machine's address: a DNS name of three labels at least and its bracket (not an e-mail's
 * domain); a network device's word, its name perhaps, a gloss in brackets perhaps, then a bracket or a colon; a unit's
 * number (2호기); a Korean server's, system's or NAS's word after the word that says which ("모니터링 서버", "파일서버",
 * "회사 NAS", not a bare "서버 …", which a sentence about a connection opens with), "IP" perhaps, not after a home's or a
 * person's word; a server's IP.
 */
const machineBefore = new RegExp(
  String.raw`(?:` +
    [
      String.raw`(?<![@\w.-])[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+\.[a-z]{2,6}[ \t]*[([]`,
      String.raw`(?:\b(?:SBC|PoP|POP|PE|[Rr]outer|[Ff]irewall)|라우터|방화벽|스위치)(?:\([^()\n]{1,20}\))?` +
        String.raw`(?:[ \t]+(?=[A-Za-z0-9-]*\d)[A-Za-z][\w.-]{1,30})?[ \t]*[([:：]?`,
      String.raw`\d호기[ \t]*\(`,
      String.raw`(?<!(?:^|[\s(])(?:집|자택|내|제|형|누나|언니|오빠|동생)[ \t]?)(?:(?<=[가-힣A-Za-z][ \t]?)(?:서버|시스템|NAS)(?:[ \t]*IP)?|서버[ \t]*IP)[ \t]*\(?`,
    ].join('|') +
    String.raw`)[ \t]*$`,
);
/**
 * A gateway's word before a public address: a static block's gateway, the provider's router ("고정IP … / 게이트웨이
 * 121.166.47.1"). A private one is a home router's as often ("Gateway 192.168.1.1" in someone's settings).
 */
const gatewayBefore = /(?:\b[Gg]ateway|게이트웨이)[ \t]*[:：]?[ \t]*$/;
/** The private ranges: 10/8, 172.16/12, 192.168/16. */
const privateAddress = /^(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)/;
/** An address after another and an arrow, the link's far end ("172.16.8.2 → 172.16.8.3"). */
const afterArrow = /(\d{1,3}(?:\.\d{1,3}){3})[ \t]*(?:→|->)[ \t]*$/;
/** How far before an address its machine's words are read. */
const reach = 48;

/**
 * Whether the IPv4 address `address` at `start` is a network machine's: named so before it, at the near end of an arrow
 * from one, or named so elsewhere in the text ("서버 IP 13.125.88.201 … 허용 IP 목록에 13.125.88.201 미등록").
 *
 * @example
 * isNetworkMachinesAddress('SBC sip.trunkline.net (203.0.113.40)', 23, '203.0.113.40'); // true
 * isNetworkMachinesAddress('her home IP is 73.142.88.209', 15, '73.142.88.209'); // false
 */
export function isNetworkMachinesAddress(text: string, start: number, address: string): boolean {
  if (isNamedAsMachineSomewhere(text, address)) return true;
  return !standsWhole(text, start, address.length) && namedAsMachine(text, start, start + address.length);
}

/** Whether each address stands whole somewhere in the last text named as a machine's. */
const namedSomewhere = mapForLastText<string, boolean>();

/**
 * Whether `address` stands whole somewhere in `text` named as a machine's, read once per address and text: a log that
 * repeats one address thousands of times would otherwise read every repeat again at each of them, and an export of
 * thousands of distinct addresses would read the whole text once for each.
 */
function isNamedAsMachineSomewhere(text: string, address: string): boolean {
  const known = namedSomewhere(text);
  const answer = known.get(address);
  if (answer !== undefined) return answer;
  const named = (wholeAddressesOf(text).get(address) ?? []).some((at) => namedAsMachine(text, at, at + address.length));
  known.set(address, named);
  return named;
}

/**
 * Where each address of four groups stands whole in `text` (not part of a longer number, `standsWhole`), by the address:
 * one read of the text for all of them. A whole address opens a run of digits and dots, so it is that run's first four
 * groups.
 */
const wholeAddressesOf = rememberLastText((text: string) => {
  const starts = new Map<string, number[]>();
  wholeAddress.lastIndex = 0;
  for (let match = wholeAddress.exec(text); match !== null; match = wholeAddress.exec(text)) {
    const known = starts.get(match[0]);
    if (known === undefined) starts.set(match[0], [match.index]);
    else known.push(match.index);
  }
  return starts;
});
const wholeAddress = /(?<![\d.])\d+\.\d+\.\d+\.\d+(?!\d)/g;

/** A Korean server's word right after the address ("10.20.14.31 서버 재기동"). */
const serverAfter = /^[ \t]*서버/;

function namedAsMachine(text: string, start: number, end: number): boolean {
  if (serverAfter.test(text.slice(end, end + 8))) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - reach), start);
  if (machineBefore.test(before)) return true;
  if (gatewayBefore.test(before) && !privateAddress.test(text.slice(start, end))) return true;
  const arrow = afterArrow.exec(before);
  if (arrow === null) return false;
  const nearEnd = start - before.length + arrow.index;
  return machineBefore.test(text.slice(Math.max(lineStart, nearEnd - reach), nearEnd));
}

/** Not part of a longer number ("110.40.7.21", "10.40.7.210"). */
function standsWhole(text: string, at: number, length: number): boolean {
  return !/[\d.]/.test(text.charAt(at - 1)) && !/\d/.test(text.charAt(at + length));
}
