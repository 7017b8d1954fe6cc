// The login names a text gives without a "username" label: in logs ("user=jdoe88", "Failed password for invalid user
// admin99", "CORP\jdoe"), in paths ("C:\Users\jkim\", "/home/minsu_kim/"), and after a game's or an app's name ("add me
// on steam: lilbean_04", "PSN ID ShadowFox221", "minji#4821 on discord", "u/throwaway_4412", "Cash App $jwhit22").
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { overlapsAny } from '../resolve-overlaps.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { textFeature, textFeatures, textTrigger } from '../text-features.ts';
import { createFinding } from './create-finding.ts';
import { isPlausibleKoreanName } from '../names/korean-names.ts';
import { findLoginShapedWords, isCodeIdentifier } from './login-shaped-words.ts';
import { isEverydayWording } from './everyday-wording.ts';
import { isTestAccount } from '../value-shapes.ts';
import { findMarketplaceNicknames } from './marketplace-nicknames.ts';
import { findMarketplaceParties } from './marketplace-parties.ts';
import { findForumAuthors } from './forum-authors.ts';
import { findGameOrChannelNames } from './game-and-channel-names.ts';
import { findAccountLists } from './account-lists.ts';

const name = 'account-name';

/**
 * Whether a form below may occur: a login word or an app's name the feature pass saw (the credential pairs of
 * latin-triggers.ts), or a mark of a key=value log, a path, a domain login, a tag or a Reddit user: the cheap test before
 * each form's piece.
 */
function mayHoldForm(text: string): boolean {
  const features = textFeatures(text);
  return (features.triggers & textTrigger.credentialLabel) !== 0 || ((features.flags & textFeature.loginMark) !== 0 && formMark.test(text));
}

/**
 * The mark of a key=value log, a path, a domain login, a Discord tag or a Riot ID (their hash as `tagHash` reads it), a
 * Reddit user, a firewall's user in brackets, a VPN's log, a web server's access log or a site's profile.
 */
const formMark =
  /[=\\]|#[A-Za-z0-9]|u\/| \[\d{2}\/[A-Z][a-z]{2}\/|\/(?:home|Users)\/|User <|\[user:|openvpn\[|linkedin\.com\/in\/|(?:\.com|\.net|\.tv)\/@?[A-Za-z0-9_]/;

/** A tag's hash, between a name and its number or region ("minji#4821", "Haneul#KR1"); a Markdown heading's "## " is none. */
const tagHash = /#[A-Za-z0-9]/;

/** A login as systems allow it: letters, digits, dots, underscores and hyphens. */
const login = String.raw`[A-Za-z0-9_][\w.-]{0,38}[A-Za-z0-9_]`;
/**
 * Each form, and a piece of it searched first: a long document holds a piece of one form or another, and each pattern
 * then runs only where its own piece stands. A piece that opens on a common character (a blank, an "o") tests a rarer
 * character it holds first: a search for a common one stops at every word of a long document.
 */
const forms: ReadonlyArray<{
  piece: (text: string) => boolean;
  pattern: RegExp;
  /** The login follows a game's or an app's name in prose, where a word of small letters alone is a word. */
  afterAppName?: boolean;
  /** A name may stand there too ("Posted by John"): only a login with a digit, a dot or an underscore counts. */
  markedOnly?: boolean;
  /** The pattern's first group is a person's Korean name, its second the login. */
  namedFirst?: boolean;
  /** A word of small letters alone counts unless it is an everyday word (`isEverydayWord`). */
  plainUnlessEveryday?: boolean;
}> = [
  // "your username is rokonkwohale", "Looks like your login is actually rhartigan", "Username created: vsubramaniam": a
  // login's label and "is" say what the next word is, so one of small letters alone counts unless it is an everyday word.
  {
    piece: (text) => text.includes('sername') || text.includes('ogin'),
    pattern:
      /\b(?:[Uu]ser ?name|[Ll]ogin(?: name| ID)?)(?:[ \t]+(?:is|was|will be|should be)(?:[ \t]+(?:actually|now|still))?[ \t]+|[ \t]+created[ \t]*:[ \t]*)([a-z][a-z0-9._-]{3,38}[a-z0-9])(?![\w@-]|\.\w)/g,
    plainUnlessEveryday: true,
  },
  // key=value in logs and LDAP names: "user=jdoe88", "uid=jdoe,ou=people", "login="s.park"", an audit's "by=priya.venkat"
  // or its role and login ("by=counter_user:won0412"), and the owner, the account or the target a device's or an audit's
  // log names ("owner=mkowalczyk88", "account=kimsunwoo_1004", "target=m.kessler"): a login there holds a small letter and
  // a dot, an underscore or a digit ("target=RU-5G-N78" is a device's model).
  {
    piece: (text) => text.includes('=') && /(?:owner|account|target)[ \t]*=/i.test(text),
    pattern: new RegExp(
      String.raw`(?<![A-Za-z_])(?:owner|account|target|OWNER|ACCOUNT|TARGET)[ \t]*=[ \t]*["']?(?=[A-Za-z][\w.-]*[._\d])(?=[\w.-]*[a-z])(${login})`,
      'g',
    ),
  },
  // A game's or a service's log names its member, its player or the operator at a desk by login ("member=star_dust_ji",
  // "player=NovaBlitz", "operator=kim.seoyeon"): a login there holds a small letter; with a key's prefix it is another
  // record's number ("ins_member=MHP8841027793").
  {
    piece: (text) => text.includes('=') && /(?:member|player|operator)[ \t]*=/.test(text),
    pattern: new RegExp(String.raw`(?<![\w.-])(?:member|player|operator)[ \t]*=[ \t]*["']?(?=[\w.-]*[a-z])(${login})`, 'g'),
  },
  {
    piece: (text) => text.includes('=') && /(?:user|usr|uid|login|acct|member|buyer|seller|by|actor)(?:_?name|_?id)?[ \t]*=/i.test(text),
    // A numeric uid is the system's number for the login, not the login ("uid=1004").
    // An environment's key ends in it too ("DB_USER=svc_order"); a flag's value is no login ("active_user=true").
    pattern: new RegExp(
      String.raw`(?<![A-Za-z_])(?:[A-Za-z][A-Za-z0-9]*_)?(?:user(?:_?name|_?id)?|(?:member|buyer|seller)_?id|usr|uid(?![ \t]*=[ \t]*\d+\b)|login(?:_?id|_?name)?|acct|by|actor)[ \t]*=[ \t]*["']?(?:[A-Za-z_]+:(?=[A-Za-z0-9_]))?(?!(?:true|false|null|none|yes|no)\b)(${login})`,
      'gi',
    ),
  },
  // sshd and sudo: "Failed password for invalid user admin99", "Accepted publickey for mkovacs", "logged in as jkim"; not a
  // label's word before its colon ("Customer password for hotline: Lindenblatt42", "a password for doorstep ID: …").
  {
    piece: (text) => sshdWords.test(text),
    pattern: new RegExp(
      String.raw`\b(?:(?:for|from) (?:invalid |illegal )?user|[Ii]nvalid user|(?:password|publickey) for(?: invalid| illegal)?(?: user)?|(?:[Ll]ogged|[Ss]igned|log|logs) in(?:to(?: the)? [\w-]+)? as|login as|sudo -u|su -|sudo:)[ \t]+["']?@?(?=(${login}))\1(?!:[ \t]*[A-Za-z]|[ \t]+[A-Za-z]{1,12}[ \t]*:[ \t]*["'A-Za-z])`,
      'g',
    ),
  },
  // A firewall's VPN log ("%ASA-6-722022: Group <SSL-VPN> User <jhkwon> IP <211.36.142.87>"), a RADIUS server's ("Login
  // OK: [jh.kwon]") and OpenVPN's ("openvpn[902]: jh.kwon/211.36.142.118:50144").
  { piece: (text) => text.includes('User <'), pattern: new RegExp(String.raw`\bUser <(${login})(?=>)`, 'g') },
  // A switch's or a router's login log ("Login failed [user: jhkwon] [Source: 10.20.4.117]").
  { piece: (text) => text.includes('[user:'), pattern: new RegExp(String.raw`\[user:[ \t]*(${login})(?=\])`, 'g') },
  {
    piece: (text) => text.includes('Login OK') || text.includes('Login incorrect'),
    pattern: new RegExp(String.raw`\bLogin (?:OK|incorrect)[^\[\n]{0,40}\[(${login}(?:@[\w.-]+)?)(?=\])`, 'g'),
  },
  {
    piece: (text) => text.includes('openvpn['),
    pattern: new RegExp(String.raw`openvpn\[\d+\]: (${login})(?=\/\d{1,3}(?:\.\d{1,3}){3}:\d+)`, 'g'),
  },
  // A profile's address, not a project's ("github.com/sjpark-lab", "linkedin.com/in/tobi-adeyemi-aca", "behance.net/hb_eunchae",
  // "instagram.com/yoonah.film", "twitch.tv/kaiplays_owl", "youtube.com/@RetroChillMixes"); a site's own pages are none
  // ("instagram.com/p/…", "x.com/home").
  {
    piece: (text) => (text.includes('.com/') || text.includes('.net/') || text.includes('.tv/')) && profileSite.test(text),
    pattern:
      /\b(?:github\.com\/|twitch\.tv\/|youtube\.com\/@|gitlab\.com\/|behance\.net\/|dribbble\.com\/|instagram\.com\/|twitter\.com\/|x\.com\/|tiktok\.com\/@|threads\.net\/@|medium\.com\/@)(?!(?:p|reel|reels|explore|home|search|hashtag|intent|i|share|about|login|settings|tags|stories|watch)(?![\w.-]))([A-Za-z0-9_][\w.-]{1,38}[A-Za-z0-9_])(?![\w/.-])/g,
  },
  {
    piece: (text) => text.includes('.com/') && text.includes('linkedin.com/in/'),
    pattern: /\blinkedin\.com\/in\/([A-Za-z0-9][A-Za-z0-9-]{2,99})(?![\w.-])/g,
  },
  // systemd-logind's session lines: "New session 4418 of user r.achterberg"; a login with a digit or a mark, since "a
  // review of user feedback" reads alike.
  {
    piece: (text) => text.includes('user') && text.includes('of user '),
    pattern: new RegExp(String.raw`\bof user[ \t]+(${login})`, 'g'),
    markedOnly: true,
  },
  // A Windows or Unix home folder: "C:\Users\jkim\", "/home/minsu_kim/", "/Users/jkim/".
  {
    piece: (text) => text.includes(':\\Users\\') || text.includes('/home/') || text.includes('/Users/'),
    pattern: new RegExp(String.raw`(?:\b[A-Za-z]:\\Users\\|/home/|/Users/)(${login})(?=[\\/\s"']|$)`, 'g'),
  },
  // A Windows domain login: "CORP\jdoe", "ACME-KR\minsu.kim".
  {
    piece: (text) => text.includes('\\') && /[A-Z0-9]\\[a-z]/.test(text),
    pattern: new RegExp(String.raw`\b[A-Z][A-Z0-9-]{1,14}\\([a-z][\w.-]{1,30}[a-z0-9])\b`, 'g'),
  },
  // After a game's or an app's name, an "ID", "is" or a colon: "steam: lilbean_04", "PSN ID ShadowFox221"; not a site's
  // address, whose profile's login the form above reads ("my twitch is twitch.tv/kaiplays_owl").
  {
    piece: (text) =>
      (textFeatures(text).triggers & textTrigger.accountApp) !== 0 || (capitalApps.test(text) && unconfirmedAppName.test(text)),
    afterAppName: true,
    pattern: new RegExp(
      String.raw`\b(?:steam|xbox(?: live)?|gamertag|psn|playstation(?: network)?|discord|skype|wechat|twitch|roblox|minecraft|battle ?tag|riot id|epic id|IG|LINE ID|LINE(?=[ \t]*[:：])|카톡 ?ID|kaggle|quickconnect|behance|dribbble)(?:[ \t]+(?:id|name|username|handle|tag|gamertag|account|acct))?(?:는|은)?(?:[ \t]*[:=-][ \t]*|[ \t]+(?:is|=)[ \t]+|[ \t]+)(?:live:)?(@?${login}(?:#\d{4,5})?)(?![\w-]|[\w.-]*\/)`,
      'gi',
    ),
  },
  // A forum's or a review's author: "Posted by ahbeng_kl88", "Reply from mei_ling.cheah:"; a login with a digit or a mark.
  {
    piece: (text) =>
      text.includes('y') &&
      (text.includes('sted by') || text.includes('eply from') || text.includes('ented by') || text.includes('ewed by')),
    pattern: new RegExp(String.raw`\b(?:[Pp]osted by|[Rr]eply from|[Cc]ommented by|[Rr]eviewed by)[ \t]+@?(${login})`, 'g'),
    markedOnly: true,
  },
  // Who prepared, created, approved, entered, pushed, triggered or deployed a record or a change, by the login a system
  // shows ("Prepared by ronan.g (IT Service Desk)", "Commit 4f9c2a7 pushed by d.kapoor", "HR entered by: p.chowdhury",
  // "rollback initiated by m.kowalczyk").
  {
    piece: (text) => text.includes('by') && recordVerbsBeforeBy.test(text),
    pattern: new RegExp(
      String.raw`\b(?:[Pp]repared|[Cc]reated|[Uu]pdated|[Aa]pproved|[Ee]ntered|[Pp]ushed|[Cc]ommitted|[Mm]erged|[Aa]ssigned|[Mm]odified|[Ii]nitiated|[Tt]riggered|[Rr]equested|[Ss]ubmitted|[Dd]eployed|[Ee]xecuted|[Aa]cknowledged)[ \t]+by[ \t]*:?[ \t]+@?(${login})`,
      'g',
    ),
    markedOnly: true,
  },
  // A Discord tag before the app's name: "minji#4821 on discord"; the app must be named in the text.
  { piece: (text) => tagHash.test(text) && /discord|디스코드/i.test(text), pattern: /(?<![\w#])([A-Za-z0-9_.]{2,32}#\d{4})(?!\d)/g },
  // A web server's access log (the common log format): the address, the identity, the login, the time in brackets
  // ("81.144.203.17 - jessamy.r [07/Nov/2024:09:14:03 +0000]").
  {
    piece: (text) => text.includes('[') && text.includes('/') && text.includes(' ['),
    pattern: /^[\d.:a-fA-F]{3,39} \S+ ([A-Za-z0-9_][\w.@-]{0,38}[A-Za-z0-9_])(?= \[\d{2}\/[A-Z][a-z]{2}\/\d{4}:)/gm,
  },
  // A Riot ID, a name and its region's tag, where a Riot game is named ("롤은 그대로 쪼꼬민서#KR1", "Valorant: Haneul#KR1").
  {
    piece: (text) => tagHash.test(text) && riotGame.test(text),
    pattern: /(?<![\w#가-힣])([가-힣A-Za-z0-9_.]{2,16}#[A-Za-z0-9]{2,5})(?![\w#])/g,
  },
  // A list of people and their logins, one a line, where the text collects logins ("깃허브 레포 초대할 아이디 취합함\n민지원
  // jiwon.min0312\n오태윤 oty_1122"): a Korean full name, then the login.
  {
    piece: (text) => loginListWord.test(text),
    pattern: /^[ \t]*(?:[-•*][ \t]*)?([가-힣]{2,4})[ \t]*[:：-]?[ \t]+([A-Za-z0-9][\w.-]{1,30}[A-Za-z0-9_])(?=[ \t]*$)/gm,
    markedOnly: true,
    namedFirst: true,
  },
  // A Reddit user and a Cash App tag: "u/throwaway_4412", "Cash App $jwhit22".
  { piece: (text) => text.includes('/') && text.includes('u/'), pattern: /(?<![\w/])(u\/[A-Za-z0-9_-]{3,20})(?![\w/])/g },
  {
    piece: (text) => text.includes('pp') && /[Cc]ash ?[Aa]pp/.test(text),
    pattern: /\b[Cc]ash ?[Aa]pp(?:[ \t]+(?:is|tag|me))?[ \t:]*(\$[A-Za-z][A-Za-z0-9_-]{1,19})/g,
  },
];
/** The sites whose addresses end in a profile's login; each address holds ".com/", ".net/" or ".tv/". */
const profileSite =
  /github\.com\/|twitch\.tv\/|youtube\.com\/@|gitlab\.com\/|behance\.net\/|dribbble\.com\/|instagram\.com\/|twitter\.com\/|\bx\.com\/|tiktok\.com\/@|threads\.net\/@|medium\.com\/@/;
/** The words of a text that collects logins. */
const loginListWord = /아이디|계정|깃허브|깃랩|\bID\b|[Gg]it[Hh]ub|[Gg]it[Ll]ab|[Ss]lack/;

/** The games a Riot ID plays. */
const riotGame = /롤|리그 ?오브 ?레전드|발로란트|라이엇|\bLoL\b|\bRiot\b|[Vv]alorant|League of Legends/;
/**
 * The ends of the verbs of a record's author before "by" (`findAccountNames`): "prepared by", "created by", "approved by" …
 * One pattern reads a long text once, where a list of substrings read it once a word.
 */
const recordVerbsBeforeBy = /(?:ar|at|ov|er|sh|tt|rg|gn|fi|st|oy|ut|dg)ed by/;
/** The words of sshd's and sudo's log lines before a login. */
const sshdWords =
  /for user|from user|nvalid user|llegal user|password for|publickey for|ged in as|login as|log in as|ged into|logs in as|sudo -u|su - |sudo: /;
/** The names the feature pass cannot confirm, ending in a capital: a literal search before `unconfirmedAppName`. */
const capitalApps = /PSN|PlayStation|IG|STEAM|XBOX|DISCORD|ID|LINE/;
/**
 * A game's or an app's name in the cases people write it that the feature pass does not confirm (`accountApp` holds
 * Steam, Xbox, Skype, WeChat, Twitch, Discord, Roblox, Minecraft, gamertags, BattleTags, Kaggle, QuickConnect, Behance
 * and Dribbble in the cases they are written).
 */
const unconfirmedAppName =
  /PSN|[Pp]lay[Ss]tation|STEAM|XBOX|DISCORD|[Gg]amer [Tt]ag|[Bb]attle [Tt]ag|[Rr]iot ID|[Ee]pic ID|\bIG\b|LINE ID|LINE[ \t]*[:：]|카톡 ?ID/;
/** Words where a login would stand that are none: pronouns, placeholders, folders every machine has. */
const notLogins: ReadonlySet<string> = new Set([
  ...['is', 'me', 'my', 'and', 'the', 'now', 'too', 'please', 'account', 'id', 'name', 'username', 'user', 'tonight'],
  ...['public', 'default', 'shared', 'all', 'yourname', 'your_name', 'user_name', 'you', 'someone', 'admin'],
  ...['root', 'guest', 'null', 'none', 'unknown', 'test', 'example', 'here', 'there', 'live', 'system', 'auto', 'cron'],
  // The accounts a system is installed with, which bots try at sshd ("invalid user oracle"): no person's.
  ...['oracle', 'postgres', 'mysql', 'ubuntu', 'ec2-user', 'centos', 'pi', 'ftp', 'ftpuser', 'nobody', 'daemon', 'www-data'],
  ...['jenkins', 'git', 'administrator', 'support', 'operator', 'nagios', 'hadoop', 'tomcat', 'apache', 'nginx', 'docker'],
  // A party by its role in a carrier's or a registry's log ("updated_by=recipient", "by=driver").
  ...['recipient', 'sender', 'driver', 'courier', 'carrier', 'customer', 'hospital', 'clinic', 'sponsor', 'patient'],
]);

/** An e-mail address's domain right after a login's word, by its name and a dot ("@hospital.example"). */
const emailDomainAfter = /^@[A-Za-z][A-Za-z0-9-]*\./;

/**
 * The login names of `text` in the forms above, 0.8; one of letters only after an app's name counts in mixed case
 * ("ShadowFox") or after a colon, so "on steam tonight" names no one. Remembered for the last text.
 *
 * @example
 * findAccountNames('Failed password for invalid user admin99 from 10.0.0.5').map((finding) => finding.text); // ['admin99']
 * findAccountNames('see you on steam tonight'); // []
 */
export const findAccountNames = rememberLastText((text: string): readonly PiiFinding[] => {
  const nicknames = [
    ...findMarketplaceNicknames(text),
    ...findForumAuthors(text),
    ...findMarketplaceParties(text),
    ...findGameOrChannelNames(text),
    ...findAccountLists(text),
  ];
  if (!mayHoldForm(text)) return nicknames;
  const findings: PiiFinding[] = nicknames;
  for (const { piece, pattern, afterAppName, markedOnly, namedFirst, plainUnlessEveryday } of forms) {
    if (!piece(text)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (namedFirst === true && !isPlausibleKoreanName(match[1]!)) continue;
      const value = match[namedFirst === true ? 2 : 1]!;
      const bare = value.replace(/^[@$]|^u\//, '').replace(/#\d{4}$/, '');
      if (notLogins.has(bare.toLowerCase()) || isTestAccount(bare)) continue;
      // After an app's name, a word of lower-case letters alone is prose unless a colon or an equals sign set it apart.
      if (afterAppName === true && !/[\d_.#@-]|[a-z][A-Z]/.test(value) && !/[:=][ \t]*(?:live:)?@?[\w.-]+(?:#\d{4})?$/.test(match[0]))
        continue;
      if (markedOnly === true && !/[\d_.]/.test(value)) continue;
      if (plainUnlessEveryday === true && isEverydayWording(value)) continue;
      // A login holds a letter: "그랜저 IG 2.5" is a model's engine size after its name.
      if (!/[A-Za-z]/.test(bare)) continue;
      const start = match.index + match[0].length - value.length;
      if (findings.some((found) => found.start === start) || isCodeIdentifier(text, start, start + value.length)) continue;
      // An e-mail address's local part ("Reply from site115.pharmacy@hospital.example:") is the address's, which the e-mail
      // recognizer reads, and which a desk's box leaves no one's.
      if (emailDomainAfter.test(text.slice(start + value.length, start + value.length + 64))) continue;
      findings.push(createFinding({ type: 'USERNAME', text: value, start, score: 0.8, recognizer: name }));
    }
  }
  for (const word of findLoginShapedWords(text)) if (!overlapsAny(findings, word) && !isTestAccount(word.text)) findings.push(word);
  return findings;
});

/** Whether `text` holds a login name in one of the forms: the fast path's test, sharing the remembered search. */
export function holdsAccountName(text: string): boolean {
  return findAccountNames(text).length > 0;
}

export const accountNameRecognizer: PiiRecognizer = {
  name,
  types: ['USERNAME'],
  mightMatch: holdsAccountName,
  find: (text) => [...findAccountNames(text)],
};
