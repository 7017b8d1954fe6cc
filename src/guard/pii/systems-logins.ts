// Logins that are a system's or a company's, not a person's: a service account a log names ("user=svc_claims_batch",
// "by=svc_itadmin"), the company's shared account ("회사 계정 ops-admin 으로"), and a carrier's billing account number
// that Korean bills call 청구계정 ("청구계정 CA-40021877"), which the word 계정 makes read as a login; and the account whose
// inbox a pasted thread of direct messages is, in its title ("[Instagram DMs — @harbourbikes]"): the business's own.
import type { PiiFinding } from './types.ts';

/**
 * A service account by its prefix or suffix: "svc_batch", "srv-backup", "report_bot", "etl.service", a numbered batch job's
 * "sap_batch01", an application's own "payments_app".
 */
const serviceAccount = /^(?:svc|srv|service|daemon|batch|cron|system|sys)[_.-]|[_.-](?:svc|bot|batch|daemon|service|app)\d{0,3}$/i;

/**
 * The words right before the value that make it a company's or a bill's account: 청구계정 (a bill's account number), a
 * company's, a corporation's, a shared or a representative account ("회사 계정", "공용 계정", "company account", "shared
 * login").
 */
const accountOfOrganisation =
  /(?:청구|회사|법인|공용|공동|대표|부서|팀)[ \t]?계정(?:[ \t]?(?:ID|아이디|번호))?[ \t]*[:：]?[ \t]*(?:[은는]|\()?[ \t]*$|\b(?:company|corporate|shared|billing|service)[ \t]+(?:account|login)(?:[ \t]+(?:ID|name|no\.?|number))?[ \t]*[:：#]?[ \t]*(?:is[ \t]+)?$/i;
/** A thread's title in brackets on its first line that names direct messages or an inbox. */
const directMessagesTitle = /^[ \t]*\[[^\]\n]*\b(?:DMs?|[Dd]irect [Mm]essages|[Ii]nbox)\b[^\]\n]*\]/;

/** A password's word or a connection string's password slot near a login: "DB_PASSWORD", "pw:", "postgres://svc_x:…@". */
const passwordWord = /pass(?:word|wd)?|\bpw|pwd|비밀번호|비번|:\/\/[^\s:@/]+:[^\s@/]+@/i;
const passwordReach = 120;
/** A database's login by its configuration key ("db_user": "svc_billing"): half of the credentials, the password or not. */
const databaseUserKey = /\b(?:db|database)[_ ]?(?:user(?:name)?|login)["']?[ \t]*[:=][ \t]*["']?$/i;

/** How far before the value its owner's words are read. */
const wordsReach = 24;

/**
 * Removes from `candidates` the usernames that are a system's or a company's account.
 *
 * @example
 * const candidates = [{ type: 'USERNAME', start: 10, end: 26, text: 'svc_claims_batch', score: 0.8, recognizer: 'credential' }];
 * removeSystemsLogins('login ok user=svc_claims_batch', candidates);
 * candidates.length; // 0
 */
export function removeSystemsLogins(text: string, candidates: PiiFinding[]): void {
  let kept = 0;
  for (const candidate of candidates) {
    if (candidate.type !== 'USERNAME' || !isSystemsLogin(text, candidate)) candidates[kept++] = candidate;
  }
  candidates.length = kept;
}

function isSystemsLogin(text: string, login: PiiFinding): boolean {
  // A service account given with its password, or as a database's login, is a leaked credential, whoever it belongs to;
  // in a log or a note alone it is the system's.
  if (
    serviceAccount.test(login.text) &&
    !databaseUserKey.test(text.slice(Math.max(0, login.start - 24), login.start)) &&
    !passwordWord.test(text.slice(Math.max(0, login.start - passwordReach), login.end + passwordReach))
  )
    return true;
  if (login.start < 200 && text.lastIndexOf('\n', login.start - 1) === -1) {
    const title = directMessagesTitle.exec(text);
    if (title !== null && login.end <= title.index + title[0].length) return true;
  }
  const lineStart = text.lastIndexOf('\n', login.start - 1) + 1;
  return accountOfOrganisation.test(text.slice(Math.max(lineStart, login.start - wordsReach), login.start));
}
