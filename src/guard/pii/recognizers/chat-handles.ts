// A chat's sender shown by the handle the person logged in with ("[2:42 pm] bec_h: cant log in", "katarzyna.w: card pls"):
// the account the person is found by, a username as much as one given after its label.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { createFinding } from './create-finding.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { turnsIn, type Turn } from '../names/speaker-names.ts';
import { inboxHandle, isOrganisationsHandle } from './organisations-handles.ts';
import { isEverydayWording } from './everyday-wording.ts';

const name = 'chat-handle';
/**
 * A handle as a chat shows it: lower-case letters and digits with an inner dot or underscore ("bec_h", "marta.pisze",
 * "kayy.marie_"), or an underscore after them ("rizkyfilms_"), or letters then two digits or more ("jlee88", "cryptoJun88");
 * or capitalised words joined by an underscore, as a neighbours' group shows a name and a street ("Lou_Elmwood"). A name, a
 * role or a word is none of these.
 */
const handleShape =
  /^(?:[a-z][a-z0-9]*(?:[._][a-z0-9]+)+_?|[a-z][a-z0-9]{3,}_|[a-z]{2,}_?\d{2,}|[a-z]{2,}[A-Z][a-z]+\d{2,}|[A-Z][a-z]+(?:_[A-Z]?[a-z0-9]+)+|[a-z]{2,}\d+[a-z]{2,}|(?=[A-Za-z0-9_]*[a-z])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){2,}|[a-z]{4,}(?:TV|GG|YT))$/;
/**
 * A sender's word of small letters alone ("mossy", "rickyyy"): a handle where the chat's other senders show handles, as a
 * name written by its owner in a chat's label is capitalised ("Haru:", "Tobi:").
 */
const plainHandleShape = /^[a-z]{4,20}$/;
/** A role in brackets after the sender ("bramble (mod):"), as a stream's or a server's chat marks its moderators. */
const roleAfterHandle = /[ \t]*\((?:mod|moderator|admin|host|owner|vip|sub|streamer|bot)\)$/;
/** A record's field, not a sender, in a chat's pasted form ("order_no: SW-0473", "full_name: …"). */
const fieldKey = /(?:^|[._])(?:no|id|num|number|name|date|code|ref|type|status|total|amount|email|phone|address)$/;
/** Dotted words that open a line and are no sender: abbreviations, a log's logger or a file ("e.g", "app.js"). */
const dottedWord = /^(?:e\.g|i\.e|a\.m|p\.m|n\.b|p\.s|etc)$|\.(?:js|ts|py|rb|go|java|log|txt|json|ya?ml|md|com|net|org|io)$/;

/**
 * The senders of a chat whose label has a handle's shape, each turn of theirs: after a chat's time or channel
 * ("[14:03] katarzyna.w:"), or who open two turns or more.
 *
 * @example
 * findChatHandles('[2:42 pm] bec_h: cant log into the app\n[2:43 pm] Josh: no worries').map((finding) => finding.text); // ['bec_h']
 * findChatHandles('e.g: a note\nnode.js: a runtime'); // []
 */
export const findChatHandles = rememberLastText((text: string): readonly PiiFinding[] => {
  const turns = turnsIn(text);
  const senders = new Map<string, Array<{ start: number; prefixed: boolean }>>();
  const add = (handle: string, span: { start: number; prefixed: boolean }): void => {
    const spans = senders.get(handle) ?? [];
    spans.push(span);
    senders.set(handle, spans);
  };
  const plainSenders: Array<{ handle: string; start: number }> = [];
  if (turns.length >= 2)
    for (const turn of turns) {
      const label = handleLabel(text, turn);
      if (label === undefined) continue;
      if (label.plain) plainSenders.push(label);
      else add(label.handle, { start: label.start, prefixed: turn.prefixed === true });
    }
  // A stream's or a game's chat log heads each line with a time and the sender ("18:42:07 mod_pebble: …").
  if (text.includes(':')) {
    timedSender.lastIndex = 0;
    for (let match = timedSender.exec(text); match !== null; match = timedSender.exec(text)) {
      const handle = match[1]!;
      const start = match.index + match[0].lastIndexOf(`${handle}:`);
      if (handleShape.test(handle) && !dottedWord.test(handle) && !isOrganisationsHandle(handle)) add(handle, { start, prefixed: true });
      else if (plainHandleShape.test(handle)) plainSenders.push({ handle, start });
    }
  }
  // A Slack or Teams export heads each message with its sender and time on a line of their own ("derek.m  10:14 AM").
  if (text.includes('M\n') || text.includes('m\n')) {
    senderAndTimeLine.lastIndex = 0;
    for (let match = senderAndTimeLine.exec(text); match !== null; match = senderAndTimeLine.exec(text)) {
      const handle = match[1]!;
      if (handleShape.test(handle) && !dottedWord.test(handle)) add(handle, { start: match.index, prefixed: true });
    }
  }
  // In a chat whose senders show handles, one who writes once shows one too ("moonjae_99: pls also put my number on the
  // backup entry" under "hana_lumina:" and "bea.lumi:").
  const chatOfHandles = [...senders.values()].some((spans) => spans.length >= 2 || spans[0]!.prefixed);
  if (chatOfHandles)
    for (const sender of plainSenders)
      if (isMembersPlainHandle(text, sender.handle)) add(sender.handle, { start: sender.start, prefixed: true });
  const findings: PiiFinding[] = [];
  for (const [handle, spans] of senders) {
    if (fieldKey.test(handle.toLowerCase()) && /[A-Z]/.test(handle)) continue;
    if (spans.length < 2 && !spans[0]!.prefixed && !(chatOfHandles && !fieldKey.test(handle))) continue;
    for (const span of spans)
      findings.push(createFinding({ type: 'USERNAME', text: handle, start: span.start, score: 0.8, recognizer: name }));
  }
  return findings;
});

/** A line of a sender's handle and a time of day, with a message on the next line. */
const senderAndTimeLine = /^([a-z][a-z0-9._]{3,29})[ \t]{1,3}\d{1,2}:\d{2}[ \t]?[AaPp][Mm](?=\r?\n[ \t]*\S)/gm;

function handleLabel(text: string, turn: Turn): { handle: string; start: number; plain: boolean } | undefined {
  if (turn.speaker !== undefined || turn.labelStart === undefined) return undefined;
  const label = text
    .slice(turn.labelStart, turn.wordsStart - 1)
    .trimEnd()
    .replace(roleAfterHandle, '');
  // An app's chat shows its customer as "User" and the handle ("User mattyb_92: my pickup code doesn't work").
  const role = roleBeforeHandle.exec(label)?.[0].length ?? 0;
  const handle = label.slice(role);
  // The business whose inbox a DM thread's heading names answers in it under that handle.
  if (isOrganisationsHandle(handle) || handle === inboxHandle(text)) return undefined;
  if (handle.length < 4 || handle.length > 30 || dottedWord.test(handle)) return undefined;
  const plain = !handleShape.test(handle);
  if (plain && !plainHandleShape.test(handle)) return undefined;
  // A record's key and its value ("legal_name: \"Priya Raman\"", "start_date: 2025-11-17"), not a message.
  if (keyedValue.test(text.slice(turn.wordsStart, turn.wordsStart + 12))) return undefined;
  // A capitalised key with a number for its value is a record's field ("Meter_Reading: 4521"), not a neighbour's message.
  if (isCapital(handle.charCodeAt(0)) && /^[ \t]*[\d$£€]/.test(text.slice(turn.wordsStart, turn.wordsStart + 4))) return undefined;
  return { handle, start: turn.labelStart + role, plain };
}

/**
 * Whether a sender's word of small letters is a member's handle: not a word, a role, a bot or a business's account, which
 * answers for the business ("boulderbarn: Oh no, sorry to hear that! We do have CCTV"); and it says something, not a
 * field's value ("target: m.okoro@…").
 */
function isMembersPlainHandle(text: string, handle: string): boolean {
  if (isEverydayWording(handle) || roleOrBot.test(handle) || organisationsEnding.test(handle)) return false;
  let speaks = false;
  // The handle is small letters alone, which a pattern may hold as they are.
  const turnsOfSender = new RegExp(String.raw`^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?${handle}(?:[ \t]*\([a-z]+\))?:(.*)$`, 'gm');
  for (let turn = turnsOfSender.exec(text); turn !== null; turn = turnsOfSender.exec(text)) {
    const words = turn[1]!.trim();
    if (businessVoice.test(words)) return false;
    if (/\S\s+\S/.test(words)) speaks = true;
  }
  return speaks;
}

/** A business speaking for itself: "we", "our", "us". */
const businessVoice = /\b(?:[Ww]e|[Oo]ur|[Uu]s)\b/;

/** A time, to the second perhaps, then a sender's handle and its colon, where a line opens. */
const timedSender = /^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+([A-Za-z][A-Za-z0-9._]{2,29}):[ \t]/gm;
/** Senders that are a chat's machinery or a role, not a member: "AutoMod:", "system:", "admin:". */
const roleOrBot = /^(?:automod|system|admin|bot|mod|moderator|host|server|notice|info|staff|support|agent|user|guest)$|bot$/;
/**
 * The endings of an organiser's, a shop's or a desk's own account, which answers a chat as the organisation
 * ("riversidesoundfest:", "bloomstudio:"): a platform's or a business's accounts are no person's.
 */
const organisationsEnding =
  /(?:fest|festival|shop|store|studio|events?|tickets?|support|team|hq|app|news|club|official|cafe|bakery|salon)$/;

/** The role an app's chat shows before its customer's handle. */
const roleBeforeHandle = /^(?:User|Customer|Guest|Member|Player)[ \t]+(?=\S+$)/;
/** A–Z. */
function isCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** What opens a YAML or a log record's value: a quote, a bracket or a date, which no chat message starts with. */
const keyedValue = /^[ \t]*(?:["'[{]|\d{4}-\d{2}-\d{2})/;

/**
 * @example
 * chatHandleRecognizer.find('[14:03] katarzyna.w: card pls\n[14:04] Agent Tom: thanks', {})[0]?.type; // 'USERNAME'
 */
export const chatHandleRecognizer: PiiRecognizer = {
  name,
  types: ['USERNAME'],
  // A sender's label ends in a Latin letter or a digit before its colon, on one of two lines or more.
  mightMatch: (text) => {
    const features = textFeatures(text);
    return hasFeatures(features, textFeature.lineBreak | textFeature.colon | textFeature.lowerLatin) && findChatHandles(text).length > 0;
  },
  find: (text) => [...findChatHandles(text)],
};
