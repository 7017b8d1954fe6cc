// Email addresses written to slip past a filter, as people do in marketplace and support chats: "minsu at gmail dot com",
// "minsu(at)naver.com", "minsu@gmail dot com", "minsu 골뱅이 네이버 닷컴".
import { textTrigger } from '../trigger-syllables.ts';
import type { PiiFinding } from '../types.ts';
import { createFinding } from './create-finding.ts';
import { isRoleMailbox, roleMailboxScore } from './role-mailboxes.ts';
import { rememberLastText } from '../last-text-memo.ts';

const recognizerName = 'email';
const maxLocalLength = 64;

/**
 * Where an address may turn at its @, written out: a bracketed "at" ("(at)", "[AT]"), 골뱅이 (the Korean name of @), 앳, or
 * "at" between blanks (a weak sign: "look at naver.com" is no address; the blank before it is checked after a match).
 */
const writtenAtSource = String.raw`[([{<](?:at|AT|At)[)\]}>]|골뱅이|앳|(?:at|AT) `;
const writtenAtPattern = new RegExp(writtenAtSource, 'g');
/** The same or an @, for reading a value that is one address. */
const anyAtPattern = new RegExp(`${writtenAtSource}|@`, 'g');
/** Dots as written: a dot, a bracketed or blank-bounded "dot", 닷 or 쩜 (what Koreans say for a dot in an address). */
const dotSource = String.raw`\.|[ \t]*[([{<](?:dot|DOT)[)\]}>][ \t]*|[ \t]+(?:dot|DOT)[ \t]+|[ \t]*(?:닷|쩜)[ \t]*`;
/** Mail providers spelled in Hangul, with the label each stands for. */
const hangulProviders = new Map([
  ['네이버', 'naver'],
  ['지메일', 'gmail'],
  ['한메일', 'hanmail'],
  ['다음', 'daum'],
  ['카카오', 'kakao'],
  ['네이트', 'nate'],
  ['야후', 'yahoo'],
  ['핫메일', 'hotmail'],
  ['아웃룩', 'outlook'],
]);
/** Top-level domains spelled in Hangul ("닷컴"). */
const hangulTopLevels = new Map([
  ['컴', 'com'],
  ['넷', 'net'],
  ['케이알', 'kr'],
]);
/** A label of a domain, or a mail provider spelled in Hangul. */
const labelSource = String.raw`[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?|${[...hangulProviders.keys()].join('|')}`;
/** The last label: a common top-level domain, any two-letter one (a country's), or one spelled in Hangul. */
const topLevelSource = String.raw`(?:com|net|org|edu|gov|info|biz|io|ai|app|dev|COM|NET|ORG|[a-z]{2}|[A-Z]{2})(?![A-Za-z0-9-])|${[...hangulTopLevels.keys()].join('|')}`;
const domainPattern = new RegExp(
  String.raw`(?:${labelSource})(?:(?:${dotSource})(?:${labelSource}))*(?:${dotSource})(?:${topLevelSource})`,
  'y',
);
const dotSplitter = new RegExp(`(?:${dotSource})`, 'g');
/** A dot written out between two parts of the local part ("minsu dot kim at …"), read backwards from the part after it. */
const localDotEndings = [' dot ', ' DOT ', '(dot)', '[dot]'];
/** Words that come before "at" and a site in ordinary English ("email me at gmail.com"), never a mailbox. */
const wordsBeforeAt = new Set(['me', 'us', 'you', 'him', 'her', 'them', 'it', 'this', 'that', 'here', 'there', 'look', 'is', 'are']);
/** An email word shortly before the address makes a weak "at" enough ("my email is minsu at gmail.com"). */
const emailWordBefore = /e-?mail|메일|주소|address|contact|연락/i;
const emailWordWindow = 40;

/**
 * The address an obfuscated email stands for, or undefined when `written` is none: the key by which it equals the plain
 * address (an allowed value, a reply that gives it back in plain form).
 *
 * @example
 * plainEmailAddress('Minsu at Gmail dot com'); // 'minsu@gmail.com'
 * plainEmailAddress('minsu 골뱅이 네이버 닷컴'); // 'minsu@naver.com'
 */
export function plainEmailAddress(written: string): string | undefined {
  anyAtPattern.lastIndex = 0;
  let match = anyAtPattern.exec(written);
  while (match !== null && !isWrittenAt(written, match)) match = anyAtPattern.exec(written);
  if (match === null) return undefined;
  const turn = turnAround(written, { start: match.index, end: match.index + match[0].length });
  const address = addressAround(written, turn);
  if (address === undefined || address.start !== 0 || address.end !== written.length || !address.obfuscated) return undefined;
  const local = written.slice(0, turn.start).replace(/[ \t]*\(dot\)[ \t]*|[ \t]*\[dot\][ \t]*| dot /gi, '.');
  const domain = written
    .slice(turn.end)
    .split(dotSplitter)
    .map((label) => hangulProviders.get(label) ?? hangulTopLevels.get(label) ?? label)
    .join('.');
  return `${local}@${domain}`.toLowerCase();
}

/**
 * Whether `text`, with the feature pass's `triggers`, may hold an address whose @ is written out: a sign of one, or a dot
 * before a letter and " at " ("minsu.kim at gmail.com"). A plain address's dot alone ("jane@example.com") is not enough.
 *
 * @example
 * mayHoldObfuscatedEmail('jane@example.com', textTrigger.domainDot); // false
 */
export function mayHoldObfuscatedEmail(text: string, triggers: number): boolean {
  if ((triggers & textTrigger.emailObfuscation) !== 0) return true;
  return (triggers & textTrigger.domainDot) !== 0 && (text.includes(' at ') || text.includes(' AT '));
}

const noFindings: PiiFinding[] = [];

/**
 * Addresses in `text` whose @ is written out; those with an @ are `obfuscatedEmailAt`'s. Remembered for the last text,
 * since the fast-path test asks first and the recogniser after it.
 *
 * @example
 * findObfuscatedEmails('메일은 minsu.kim 골뱅이 gmail.com 이에요').map((finding) => finding.text); // ['minsu.kim 골뱅이 gmail.com']
 * findObfuscatedEmails('Look at naver.com for the rates'); // []
 */
export const findObfuscatedEmails = rememberLastText((text: string): PiiFinding[] => {
  let findings = noFindings;
  writtenAtPattern.lastIndex = 0;
  for (let match = writtenAtPattern.exec(text); match !== null; match = writtenAtPattern.exec(text)) {
    if (!isWrittenAt(text, match)) continue;
    const found = emailAround(text, turnAround(text, { start: match.index, end: match.index + match[0].length }));
    if (found === undefined) continue;
    (findings === noFindings ? (findings = []) : findings).push(found);
    writtenAtPattern.lastIndex = found.end;
  }
  return findings;
});

/**
 * The address around the @ at `at` when its domain's dots are written out ("minsu@gmail dot com"), for an @ that no plain
 * domain follows.
 *
 * @example
 * obfuscatedEmailAt('minsu@naver 닷컴', 5)?.text; // 'minsu@naver 닷컴'
 */
export function obfuscatedEmailAt(text: string, at: number): PiiFinding | undefined {
  return emailAround(text, turnAround(text, { start: at, end: at + 1 }));
}

/**
 * Whether a match of the at-patterns is one: "at " counts after a blank only ("that ", "what " hold it too). Checked here,
 * since a pattern that opened with the blank was tried at every blank of a long text.
 */
function isWrittenAt(text: string, match: RegExpExecArray): boolean {
  return (match[0] !== 'at ' && match[0] !== 'AT ') || text.charCodeAt(match.index - 1) === 0x20;
}

/** Where an address turns at its @: the @ as written with the blanks around it. */
interface Turn {
  start: number;
  end: number;
  /** An @ itself, "at" between blanks (a weak sign), or any other written form. */
  kind: 'sign' | 'weak' | 'written';
}

function turnAround(text: string, written: { start: number; end: number }): Turn {
  let { start, end } = written;
  const core = text.slice(start, end).trim();
  while (start > 0 && isBlank(text.charCodeAt(start - 1))) start -= 1;
  while (end < text.length && isBlank(text.charCodeAt(end))) end += 1;
  return { start, end, kind: core === '@' ? 'sign' : core === 'at' || core === 'AT' ? 'weak' : 'written' };
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

const price = /^\d+\.\d{1,2}$/;
/** A year or a count before a weak " at " ("Apply by 31 May 2024 at careers.…", "3 at hanbit.com"): digits alone, no mailbox. */
const digitsOnly = /^\d+$/;

function emailAround(text: string, turn: Turn): PiiFinding | undefined {
  const address = addressAround(text, turn);
  if (address === undefined || !address.obfuscated) return undefined;
  const { start, end, local } = address;
  // "pay $2.99 at auspost-redeliver.info": a price before " at " and a site.
  if (price.test(local)) return undefined;
  const weak = turn.kind === 'weak';
  if (
    weak &&
    (wordsBeforeAt.has(local.toLowerCase()) ||
      digitsOnly.test(local) ||
      (!address.writtenDots && !looksLikeMailbox(text, { start, local })))
  )
    return undefined;
  const written = text.slice(start, end);
  // "claims[at]healthfirst-uk[dot]co[dot]uk": a desk's mailbox, as when written plain.
  const [mailbox, domain] = (plainEmailAddress(written) ?? '').split('@');
  const score = domain !== undefined && isRoleMailbox(mailbox!, domain) ? roleMailboxScore : weak ? 0.8 : 0.9;
  return createFinding({ type: 'EMAIL', text: written, start, score, recognizer: recognizerName });
}

interface AddressShape {
  start: number;
  end: number;
  local: string;
  /** A dot of the domain is written out ("dot", 닷). */
  writtenDots: boolean;
  /** The @ or a dot is written out: a plain address is the email recogniser's. */
  obfuscated: boolean;
}

/** The address that turns at `turn`, as written, or undefined when no local part comes before it or no domain after it. */
function addressAround(text: string, turn: Turn): AddressShape | undefined {
  const start = localStart(text, turn.start);
  if (start === turn.start) return undefined;
  domainPattern.lastIndex = turn.end;
  const domain = domainPattern.exec(text);
  if (domain === null) return undefined;
  const writtenDots = (domain[0].match(dotSplitter) ?? []).some((dot) => dot !== '.');
  return {
    start,
    end: domain.index + domain[0].length,
    local: text.slice(start, turn.start),
    writtenDots,
    obfuscated: turn.kind !== 'sign' || writtenDots,
  };
}

/** Where the local part that ends at `end` starts (`end` when there is none), across dots written out ("minsu dot kim"). */
function localStart(text: string, end: number): number {
  let start = end;
  for (;;) {
    let partStart = start;
    while (partStart > 0 && start - partStart < maxLocalLength && isLocalCharacter(text.charCodeAt(partStart - 1))) partStart -= 1;
    while (partStart < start && !isAlphanumeric(text.charCodeAt(partStart))) partStart += 1;
    if (partStart === start) return start;
    start = partStart;
    // A bracketed dot may have blanks around it ("john (dot) smith").
    let dotEnd = start;
    while (dotEnd > 0 && isBlank(text.charCodeAt(dotEnd - 1))) dotEnd -= 1;
    const dot = localDotEndings.find((ending) => text.endsWith(ending, ending.startsWith(' ') ? start : dotEnd));
    if (dot === undefined) return start;
    let before = (dot.startsWith(' ') ? start : dotEnd) - dot.length;
    while (before > 0 && isBlank(text.charCodeAt(before - 1))) before -= 1;
    if (before === 0 || !isAlphanumeric(text.charCodeAt(before - 1))) return start;
    start = before;
  }
}

/** A weak "at" and plain dots: the local part holds a digit or punctuation, or an email word comes shortly before it. */
function looksLikeMailbox(text: string, local: { start: number; local: string }): boolean {
  if (/[0-9._%+-]/.test(local.local)) return true;
  return emailWordBefore.test(text.slice(Math.max(0, local.start - emailWordWindow), local.start));
}

/** [A-Za-z0-9._%+-], a character of an address's local part. */
function isLocalCharacter(code: number): boolean {
  return isAlphanumeric(code) || code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2b || code === 0x2d;
}

function isAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}
