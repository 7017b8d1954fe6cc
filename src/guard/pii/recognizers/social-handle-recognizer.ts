// A social handle written alone in prose ("also @mira.codes said she's joining", "I'm @dana_skis on Insta"): the account
// a person is found by, as much a username as one given after its label. Code's decorators and a chat's group mentions
// are not people's.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeature, textFeatures } from '../text-features.ts';
import { createFinding } from './create-finding.ts';
import { isAsciiAlphanumeric } from './digit-boundaries.ts';
import { followsBusinessChannelWords, inboxHandle, isOrganisationsHandle } from './organisations-handles.ts';

const name = 'social-handle';
/**
 * The handle after its @: letters, digits, underscores, inner dots and hyphens, as Instagram, X, TikTok, Telegram and GitHub allow, opening
 * with a letter or an underscore ("@3.99 each" and "@10am" are a price and a time).
 */
const handle = /@([A-Za-z_](?:[A-Za-z0-9_.-]{0,28}[A-Za-z0-9_])?)/y;
/** What may follow a handle: a blank, the text's end, or punctuation that closes a phrase; not a path, a call or an address. */
const handleEnd = /(?![A-Za-z0-9_@/(\\-]|\.[A-Za-z0-9]|:[^\s])/y;
/**
 * A word for a network, for following someone, or for an account, a channel or its creator near the handle vouches for one
 * of plain letters ("@minji on Insta", "who posts as @yasminreviews", "the channels @GamerTruth and …").
 */
const socialContext =
  /insta(?:gram)?|\bIG\b|git(?:hub|lab)|twitter|\bX\b|tik ?tok|threads|telegram|discord|snap(?:chat)?|youtube|twitch|steam|reddit|linkedin|\bDM\b|follow|handle|tag (?:me|her|him|them)|add (?:me|her|him)|\baccounts?\b|\bchannels?\b|creator|streamer|posts as|impersonat|인스타|트위터|텔레그램|틱톡|유튜브|페이스북|디엠|팔로우|계정|채널|사칭/i;
const contextReach = 40;
/** A mail domain's last label: a handle never ends in one. */
const mailDomain = /\.(?:com|net|org|edu|gov|io|co|kr|uk|de|fr|jp|au|ca|nz|ie|info|biz)$/i;
/** Mentions of a whole group and the at-rules and decorators of CSS, Java, Python and JSDoc, in lower case. */
const notHandles: ReadonlySet<string> = new Set([
  ...['everyone', 'here', 'channel', 'all', 'team', 'admin', 'admins', 'mods', 'mod', 'moderators', 'support', 'helpdesk'],
  ...['staff', 'bot', 'home', 'this', 'self'],
  ...['media', 'import', 'font', 'keyframes', 'supports', 'page', 'charset', 'layer', 'container', 'tailwind', 'apply'],
  ...['param', 'returns', 'return', 'type', 'typedef', 'example', 'deprecated', 'see', 'throws', 'since', 'link', 'todo'],
  ...['override', 'component', 'injectable', 'input', 'output', 'test', 'property', 'staticmethod', 'classmethod'],
  ...['dataclass', 'app', 'pytest', 'interface', 'entity', 'service', 'controller', 'autowired', 'bean', 'get', 'post'],
]);

/**
 * Handles alone in a text, 0.8: one holding a digit, an underscore or a dot ("@dana_skis", "@mira.codes"), or of letters
 * only beside a network's name or a word for following; never the at-sign of an email, a path or a decorator.
 *
 * @example
 * socialHandleRecognizer.find("DM me (I'm @dana_skis on Insta)", {})[0]?.text; // '@dana_skis'
 * socialHandleRecognizer.find('mail jane@example.com', {}); // []
 */
export const socialHandleRecognizer: PiiRecognizer = {
  name,
  types: ['USERNAME'],
  mightMatch: (text) => (textFeatures(text).flags & textFeature.atSign) !== 0,
  find(text) {
    const findings: PiiFinding[] = [];
    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
      const before = text.charCodeAt(at - 1);
      // Not an email's, a path's or a masked email's at-sign ("k****@yahoo.com", a bot's "dependabot[bot]@users.noreply…").
      if (
        isAsciiAlphanumeric(before) ||
        before === 0x2e ||
        before === 0x5f ||
        before === 0x2f ||
        before === 0x40 ||
        before === 0x2a ||
        before === 0x5d
      )
        continue;
      handle.lastIndex = at;
      const match = handle.exec(text);
      if (match === null) continue;
      handleEnd.lastIndex = handle.lastIndex;
      if (!handleEnd.test(text)) continue;
      const word = match[1]!;
      if (notHandles.has(word.toLowerCase()) || isCodeLine(text, { start: at, end: handle.lastIndex })) continue;
      // A brand's official account, and a mail domain after a masked or a bare at-sign ("d•••••@aol.com", "not @acme.com").
      if (isOrganisationsHandle(word) || mailDomain.test(word) || followsBusinessChannelWords(text, at) || word === inboxHandle(text))
        continue;
      if (!/[\d_.]/.test(word) && !nearSocialWord(text, { start: at, end: handle.lastIndex }) && !introducesSelf(text, at)) {
        if (!followersAfter.test(text.slice(handle.lastIndex, handle.lastIndex + 24)) && !standsInCell(text, at, handle.lastIndex))
          continue;
      }
      findings.push(createFinding({ type: 'USERNAME', text: match[0], start: at, score: 0.8, recognizer: name }));
    }
    return findings;
  },
};

function nearSocialWord(text: string, span: { start: number; end: number }): boolean {
  return socialContext.test(text.slice(Math.max(0, span.start - contextReach), span.end + contextReach));
}

/**
 * An audience's count right after the handle, as a creator's signature or a roster gives it ("@luciaontheroad · 312K",
 * "@gabsquinocos (1.2M)", "@RetroChillMixes (842K subscribers)"): the account is someone's channel.
 */
const followersAfter =
  /^[ \t]*(?:[(·•|,–-][ \t]*)?(?:\d{1,3}(?:[.,]\d{1,3})?[ \t]?[KkMm](?![A-Za-z])|[\d.,]+[KkMm]?[ \t]+(?:followers|subscribers|subs)\b)/;

/**
 * A handle alone in a table's cell or a CSV's field ("GW-JKT-0414,@putriwdy,Putri Widyasari", "| @tigasbeats |"): a column
 * of handles is a list of accounts.
 */
function standsInCell(text: string, start: number, end: number): boolean {
  const before = /(?:^|[,|\t])[ \t]*$/.exec(text.slice(Math.max(0, start - 4), start));
  const after = /^[ \t]*(?:[,|\t]|\r?\n|$)/.exec(text.slice(end, end + 4));
  if (before === null || after === null) return false;
  // One side must be a separator: a line of the handle alone is a signature's or a mention's.
  return /[,|\t]/.test(before[0]) || /^[ \t]*[,|\t]/.test(after[0]);
}

/** Words that say the handle is the writer's own, right before it ("its me @vexnine", "this is @minji on here"). */
const selfBefore = /(?:it'?s me|it’s me|this is|I'?m|I’m|I am)[ \t]*$/i;

function introducesSelf(text: string, at: number): boolean {
  return selfBefore.test(text.slice(Math.max(0, at - 12), at));
}

/**
 * A line that opens with the handle and a code sign right after it, or that ends as a statement or a block opens, reads as
 * code ("@app.route('/')", "@media (max-width: 600px) {"); a message that opens by naming a colleague does not ("@dmitri.v
 * handover from nights: Line 3 CNC (Haas VF-4) threw alarm").
 */
function isCodeLine(text: string, handle: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', handle.start - 1) + 1;
  if (text.slice(lineStart, handle.start).trim() !== '') return false;
  const lineEnd = text.indexOf('\n', handle.start);
  const rest = text.slice(handle.end, lineEnd === -1 ? text.length : lineEnd);
  return /^[ \t]*[(){};=]/.test(rest) || /[{};][ \t]*$/.test(rest);
}
