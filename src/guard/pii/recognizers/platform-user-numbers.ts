// A platform's own number or login for one of its users, as its logs, its API payloads and its case notes print it: an
// exchange's "UID 40918273", a service log's "uid=58120447", open banking's "user_seq_no=1100883716", a PSD2 request's
// "PSU-ID: jdevries", a case system's "caseworker": "lim.jiwon". The number finds the person's account as a username does.
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { createFinding } from './create-finding.ts';

const name = 'platform-user-number';

const keyedUid = /uid["']?[ \t]*[:=]/;

/**
 * The cheap pieces one of the keys below holds, checked before the patterns run (remembered for the last text, as the
 * recogniser's `mightMatch` and its `find` both ask): "uid" only before its colon or equals sign, since "guide" and
 * "fluid" hold it too.
 */
const mayHoldUserNumberKey = rememberLastText(
  (text: string): boolean =>
    ['UID', 'user_seq', 'userSeq', 'client_num', 'PSU-ID', 'caseworker'].some((piece) => text.includes(piece)) ||
    (text.includes('uid') && keyedUid.test(text)) ||
    ((text.includes('uid') || text.includes('_id') || text.includes('layer id')) && proseUserKey.test(text)),
);

/**
 * A user's number or login after its key in a report's prose, lower case and with no sign between ("seller \"급처맘\" (uid
 * 3021188)", "subject: user_id 10488213", "player id 4410928371", "본명 노은채, uid chaechae_dawn", "creator_id bear_codes"):
 * six digits or more, or a login with a dot or an underscore inside.
 */
const proseUserKey = /(?<![\w-])(?:uid|user_id|player id|creator_id|member_id) (?:\d{6}|[a-z][a-z0-9]*[._][a-z0-9])/;
const proseUserValue =
  /(?<![\w-])(?:uid|user_id|player id|creator_id|member_id) (\d{6,12}(?![\w-])|[a-z][a-z0-9]*(?:[._][a-z0-9]+)+(?![\w@-]|\.\w))/g;

/**
 * A user's number by its key in a log or a payload: "uid=…", `"uid": "…"`, "user_seq_no=…", "req_client_num=…"; a few
 * capitals may lead the digits. Six digits at least: a Unix account's uid ("uid=1000(ubuntu)") is shorter and followed by
 * its name in brackets. A member's number ("member_no", "memberNo") is the shop's record of them, as an order's is.
 */
const keyedUserNumber =
  /(?<![\w.-])(?:uid|user_seq_no|userSeqNo|req_client_num|reqClientNum)["']?[ \t]*[:=][ \t]*["']?([A-Z]{0,3}\d{6,12})(?![\w(-])/g;

/** An exchange's or an app's UID in prose, in capitals after its word ("Victim: …, UID 20994617", "UID: 73309128"). */
const labelledUid = /(?<![\w-])UID[ \t]*[:：#]?[ \t]*(\d{6,12})(?![\w-])/g;

/** A PSD2 request's user at the bank, its Berlin Group header ("PSU-ID: fvandenberg"). */
const psuId = /\bPSU-ID[ \t]*:[ \t]*([A-Za-z0-9][\w.@-]{2,39})(?![\w@-])/g;

/**
 * A case worker's login as a case system's record or log prints it (`"caseworker": "lim.jiwon"`, "caseworker jiyoung.han
 * corrected …"): lower case, a dot or an underscore inside, which a name written out has not.
 */
const caseworkerLogin = /\bcaseworker["']?[ \t]*[:=]?[ \t]*["']?([a-z][a-z0-9]*[._][a-z0-9]+(?:[._][a-z0-9]+)*)(?![\w@-])/g;

/**
 * Users' numbers and logins by a platform's keys for them, 0.8.
 *
 * @example
 * findPlatformUserNumbers('INFO wl-service uid=58120447 action=ADD')[0]?.text; // '58120447'
 * findPlatformUserNumbers('uid=1000(ubuntu) gid=1000(ubuntu)').length; // 0
 */
export function findPlatformUserNumbers(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  const add = (pattern: RegExp): void => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const value = match[1]!;
      const start = match.index + match[0].length - value.length;
      findings.push(createFinding({ type: 'USERNAME', text: value, start, score: 0.8, recognizer: name }));
    }
  };
  add(keyedUserNumber);
  if (text.includes('UID')) add(labelledUid);
  if (text.includes('PSU-ID')) add(psuId);
  if (text.includes('caseworker')) add(caseworkerLogin);
  if (proseUserKey.test(text)) add(proseUserValue);
  return findings;
}

export const platformUserNumberRecognizer: PiiRecognizer = {
  name,
  types: ['USERNAME'],
  mightMatch: mayHoldUserNumberKey,
  find: findPlatformUserNumbers,
};
