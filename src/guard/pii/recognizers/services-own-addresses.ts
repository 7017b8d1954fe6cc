// The addresses of a service's own machines as an exchange's, a payment firm's or a platform's notice, log or incident note
// names them, public or private: an upstream a request was passed to ("push via fcm (upstream 142.250.…)"), the egress
// addresses a firm asks its clients to allow ("add our new egress addresses to your allow-list — A, B"), a web address's
// host ("POST https://10.20.4.17:8443/v2/settle", "https://api.pay.example/hooks (52.78.…)"), the server a log was
// extracted from ("로그인 로그 (서버 10.20.7.4 추출)"), a machine named in a bracket before it ("(pg.payline.co.kr /
// 10.20.…)", "(obk-gw-03, 10.40.…)"), a database's replica, a scheduler, a Korean server's address ("서버 주소는 …"), the
// host of a site ("hosted on …"), a game's match servers listed by region ("Match servers: Sydney …, Tokyo …"). A
// person's address is written with a login, a customer or a home ("login from …", "client_ip=…", "집 IP"), which these
// words never are; a database's host in connection details ("DB_HOST=…", "host: …"), which the rounds' writers label,
// is left to the address's other rules.

/** An address, a port perhaps: one item of a list of addresses after a label ("… — A, B"). */
const listedAddress = String.raw`\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?`;
const earlierItems = String.raw`(?:${listedAddress}[ \t]*(?:,|and|및|/)[ \t]*)*`;

/**
 * What stands right before a service's address, or before the list it heads: an upstream's word, the firm's own egress or
 * outbound addresses (said "our …", a separator before the list), a web address's scheme, a page's address and its bracket,
 * what a log was extracted from, a machine's name (a DNS name, or a name numbered after a hyphen) opening a bracket with a
 * separator after it.
 */
const serviceBefore = new RegExp(
  String.raw`(?:` +
    [
      String.raw`\bupstream\b[ \t]*[=:]?`,
      String.raw`\bour[ \t]+(?:new[ \t]+)?(?:(?:egress|outbound|sending|server|source)[ \t]+){1,2}(?:IP[ \t]+)?(?:IPs|addresses|address|IP)\b(?:[^\n]{0,60}?[:：—–]|[ \t]+(?:is|are))?`,
      // A site's host ("the phishing page is hosted on 45.95.…"), and a game's match or lobby servers listed by region
      // ("Match servers: Sydney 203.0.…, Tokyo 198.51.…").
      String.raw`\bhosted[ \t]+(?:on|at)`,
      String.raw`\b(?:match|game|lobby|relay|dedicated|voice)[ \t]+servers?[ \t]*[:：](?:[ \t]*(?:[A-Z][a-z]+[ \t]+)?${listedAddress}[ \t]*,)*[ \t]*(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+)?`,
      String.raw`\bhttps?://`,
      String.raw`\bhttps?://[^\s()]+[ \t]*\(`,
      String.raw`\bextracted[ \t]+from(?:[ \t]+(?:the[ \t]+)?server)?`,
      String.raw`[([][ \t]*(?:[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+\.[a-z]{2,6}|[a-z][a-z0-9]*(?:-[a-z0-9]+)+-\d{1,3})[ \t]*[,/]`,
    ].join('|') +
    String.raw`)[ \t]*${earlierItems}$`,
  'i',
);

/**
 * More of a private server's words right before its address: a database's replica or primary, a scheduler's or a cron's
 * host, a Korean server's address ("서버 주소는 그대로 10.0.3.21"). On a private network only: a person's own machine at home
 * is named otherwise.
 */
const privateServiceBefore =
  /(?:\b(?:DB|database)[ \t]+(?:replica|primary|master|standby)|\b(?:scheduler|cron(?:[ \t]+job)?|worker)[ \t]+(?:on|at)|서버[ \t]?주소[^\n\d]{0,8})[ \t]*[:：]?[ \t]*$/i;
/** What a log was extracted from, said after the address ("(서버 10.20.7.4 추출)", "10.20.7.4 에서 추출"). */
const extractedAfter = /^[ \t]*(?:에서[ \t]*)?추출/;
/** The private ranges: 10/8, 172.16/12, 192.168/16. */
const privateAddress = /^(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)/;
/** How far before the address its words and the list it heads are read. */
const reach = 120;

/**
 * Whether the IPv4 address from `start` to `end` is a service's own machine's (see the file's comment).
 *
 * @example
 * isServicesOwnAddress('push via fcm (upstream 142.250.196.138)', 23, 38); // true
 * isServicesOwnAddress('login from 142.250.196.138', 11, 26); // false
 */
export function isServicesOwnAddress(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - reach), start);
  if (serviceBefore.test(before) || extractedAfter.test(text.slice(end, end + 8))) return true;
  return privateAddress.test(text.slice(start, end)) && privateServiceBefore.test(before);
}

/** A list's separator between two addresses in one bracket ("(10.20.4.15 / 10.20.4.16)", "(A, B)"). */
const listSeparator = /^[ \t]*[,/][ \t]*$/;

/**
 * Whether the address at `start` is listed right after a machine's address that ends at `machineEnd`, in the same bracket
 * ("api.pay.example (10.20.4.15 / 10.20.4.16)"): the machine's pair, a machine's too.
 */
export function followsMachinesAddress(text: string, start: number, machineEnd: number): boolean {
  if (machineEnd <= 0 || machineEnd >= start || !listSeparator.test(text.slice(machineEnd, start))) return false;
  const open = text.lastIndexOf('(', machineEnd);
  return open !== -1 && open > text.lastIndexOf(')', machineEnd) && open > text.lastIndexOf('\n', machineEnd);
}
