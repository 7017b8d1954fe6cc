// A server's, a gateway's or a controller's address on a private network, as a log, a config or an incident note names
// it: after the machine's own name ("wms-app-02 (10.40.12.22)", "vpn-gw2.plant.local (10.8.0.4)", "sapprd01 (10.12.0.21)",
// "(ota-sync.internal, 10.20.8.3)"),
// after an upstream's, an instance's or a controller's key ("plc=192.168.50.31", "upstream=10.12.4.17") or after a
// system's environment ("QAS 10.20.31.45", "PRD 10.20.31.12"), after a replica's, a controller's or a printer's word, or
// with a server's gloss after it ("10.20.4.11 = 사내 GM 툴 서버"). It
// reaches a machine in an organisation's data centre or plant, not a person; a person's own machine's address ("my IP is
// 10.24.8.117", "VPN static IP: …") is written otherwise.

/** The private ranges: 10/8, 172.16/12, 192.168/16. */
const privateAddress = /^(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)/;

/**
 * What stands right before a server's address: a machine's name (lower-case, with a digit, a hyphen or an internal
 * domain) and the bracket that holds its address, an upstream's, an instance's, a gateway's, a head-end's or a
 * controller's key with its `=` or `:`, an environment's name, or a utility's system or a plant's device (SCADA, a
 * metering head-end system's HES, 인버터 관리 IP, 데이터로거) with a word of its own perhaps ("HES 서버"). Not a bare 서버,
 * which an incident note names beside the addresses it labels ("배포 서버: 10.20.…"), nor a bare "host:" key, which a
 * database's connection details share beside its login and password, and which the rounds' writers label.
 */
const serverBefore =
  /(?:\b[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*(?<=\d|-[a-z]+|\.(?:local|internal|lan|corp|int))[ \t]*[([]|\([ \t]*[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.(?:local|internal|lan|corp|int)[ \t]*,[ \t]*|\b(?:upstream|instance|plc|gateway|gw|head[_-]?end|(?:gateway|gw)_?[Ii][Pp]|dst|dest|dst_?ip)["']?[ \t]*[=:][ \t]*["']?|\b(?:PRD|QAS|DEV|PROD|STG)[ \t]+|(?:\b(?:SCADA|HES|RTU|DCU|NVR)\b|인버터|데이터로거|게이트웨이)(?:[ \t]+[가-힣]{1,4})?(?:[ \t]*(?:IP|주소))?[ \t]*[:：=]?[ \t]*)$/;

/**
 * More of a server's words right before its address: an instrument's or a server's capitalised, numbered name and its
 * bracket ("Cobas-Pro-02 (…)", "FS-PRD-07 (…)"; not a laptop's or a PC's asset tag, numbered in four digits or more or
 * tagged LT-, PC-, NB-), a laboratory's or a plant's system ("LIS (…)", "PACS (…)", "MES (…)"), a gateway's word, a
 * service's name that opens a log line's bracket ("[wms-batch-02 10.20.4.17]", "[edi-gw …"), or a server's label and
 * its name ("서버: app-02 …").
 */
const moreServerBefore =
  /(?:\b(?!(?:LT|PC|NB|MBP|DESKTOP|LAPTOP)-)[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-\d{1,3}[ \t]*[([]|\b(?:LIS|PACS|RIS|MES|EMR|ERP)[ \t]*[([]|\bgateway[ \t]+|\[[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+[ \t]+|(?:서버|\b[Ss]erver)[ \t]*[:：]?[ \t]*[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d{1,3}[ \t]+)$/;

/**
 * A database's replica or primary, a controller's, a printer's or a service's host named right before its address
 * ("Replica 10.20.…", "# controller 10.8.…", "badge printer BP-02 offline (192.168.…)", "event API host 10.40.…", "[PLC]
 * ip=192.168.…"), a cluster's or a gateway's node ("the calc cluster (10.44.…)", "via gateway node 10.20.…"), a service
 * account's host ("system user svc-ats-sync, host 10.12.…"). Not a database's host, which connection details give beside a login and the rounds' writers label.
 */
const roleOfMachineBefore =
  /(?:\b(?:[Rr]eplica|[Pp]rimary|[Ss]tandby|[Cc]ontroller|[Pp]rinter)(?:[ \t]+[A-Z][A-Z0-9]*-\d{1,3})?(?:[ \t]+(?:offline|online|down|up))?|\b(?:API|api|app|web|backend|event)[ \t]+(?:host|server)|\b(?:cluster|(?:gateway|worker|edge|proxy|compute|batch)[ \t]+node)|\bsvc[-_][a-z0-9-]+,?[ \t]+host|\[(?:PLC|HMI|SCADA|RTU)\][ \t]*(?:ip|IP))[ \t]*[:：=(]?[ \t]*$/;
/**
 * A server's gloss after a private address and an equals sign or a topic's particle ("# 10.20.4.11 = 사내 GM 툴 서버",
 * "# 10.10.3.21 은 급여 배치 서버"), or a shop's or an office's shared PC's ("= 매장 내부 관리 PC"). Not a machine's name in
 * brackets, which the rounds' writers label beside a person's own staging address ("10.24.8.117 (staging-api-02)").
 */
const machineGlossAfter =
  /^[ \t]*(?:=|은|는|is\b)[^\n=]{0,24}(?:서버|\b[Ss]erver\b|(?:매장|사무실|공용|관리|카운터|프런트)[ \t]?(?:용[ \t]?)?PC\b)/;

/** A backup or standby server's word right before the address, after a separator. */
const backupBefore = /[/,|][ \t]*(?:백업|예비|[Bb]ackup|[Ss]econdary|[Ss]tandby)[ \t]*[:：]?[ \t]*$/;
/** A server named earlier on the line, whose backup the address is ("HES 서버: 10.44.… / 백업 172.16.…"). */
const serverOnLine = /\b(?:SCADA|HES)\b|서버|[Ss]erver/;

/** How far before the address its machine's name or key is read, and a backup's server before it. */
const reach = 40;
const lineReach = 120;

/**
 * Whether the IPv4 address at `start` is a server's on a private network.
 *
 * @example
 * isServersPrivateAddress('host=wms-app-02 (10.40.12.22)', 16, '10.40.12.22'); // true
 * isServersPrivateAddress('my IP is 10.24.8.117', 9, '10.24.8.117'); // false
 */
export function isServersPrivateAddress(text: string, start: number, address: string): boolean {
  if (!privateAddress.test(address)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const near = text.slice(Math.max(lineStart, start - reach), start);
  if (serverBefore.test(near) || moreServerBefore.test(near) || roleOfMachineBefore.test(near)) return true;
  if (machineGlossAfter.test(text.slice(start + address.length, start + address.length + 40))) return true;
  const before = text.slice(Math.max(lineStart, start - lineReach), start);
  const backup = backupBefore.exec(before);
  return backup !== null && serverOnLine.test(before.slice(0, backup.index));
}
