// The writer an e-mail client names above a quoted reply: "On Mon, Mar 3, 2025 at 9:12 AM Dana Whitfield <dana@…> wrote:",
// "2025년 3월 4일 (화) 오후 2:10, 김민수 <minsu@…>님이 작성:". Pasted threads carry one such line for every reply they quote.
// And any name written as an address's display name ("Committer: Pieter van der Merwe <pvdmerwe@…>", "> 2024.06.10 윤석훈
// <sh.yoon@…> 작성:"), as mail headers, commit logs and signatures write it.
import type { PiiFinding } from '../types.ts';
import { rememberLastText } from '../last-text-memo.ts';
import { createFinding } from '../recognizers/create-finding.ts';
import { hangulRunStartBefore } from './hangul.ts';
import { isPlausibleKoreanName } from './korean-names.ts';
import { isListedFirstName, latinNameBefore } from './latin-name.ts';
import { namesTeamOrFunction } from './team-display-words.ts';
import { holdsFirmWord } from './english-name-words.ts';
import { hasFeatures, textFeature, textFeatures } from '../text-features.ts';
import { isRoleMailbox } from '../recognizers/role-mailboxes.ts';
import { placeEndings } from './korean-name-words.ts';

const recognizerName = 'email-attribution-name';
const englishEnd = ' wrote:';
const koreanEnd = '님이 작성:';

/**
 * Whether `text` may hold an attribution line: the words every client ends one with, after the feature pass saw their
 * colon (most messages hold none, and skip both searches).
 *
 * @example
 * mayHoldEmailAttribution('On Tue, Meera wrote:'); // true
 */
export function mayHoldEmailAttribution(text: string): boolean {
  return hasFeatures(textFeatures(text), textFeature.colon) && (text.includes(englishEnd) || text.includes(koreanEnd));
}

/** The address in angle brackets a client writes after the name, and the blank before it. */
const addressBefore = /[ \t]*<[^<>\n]{3,80}>[ \t]*$/;
/** What stands before the name on an English line: the date, the time or a comma after them ("Tue, ", "9:12 AM ", "2025 "). */
const dateBeforeName = /(?:,|\b[AP]M|\d)[ \t]+$/;

/**
 * The writers named on the attribution lines of `text`, 0.8: an English line opens with "On " and a date, a Korean one
 * ends with 님이 작성. A name of one word counts with an address after it or when it is a listed first name.
 *
 * @example
 * findEmailAttributionNames('On Mon, Mar 3, 2025 at 9:12 AM Dana Whitfield <dana@example.com> wrote:')[0]?.text; // 'Dana Whitfield'
 */
export const findEmailAttributionNames = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldEmailAttribution(text)) return [];
  const findings: PiiFinding[] = [];
  for (let at = text.indexOf(englishEnd); at !== -1; at = text.indexOf(englishEnd, at + 1)) {
    // A reply quoted again keeps the line behind its quote marks ("> On Tue, 4 Jun 2024 at 09:12, … wrote:").
    const lineStart = afterQuoteMarks(text, text.lastIndexOf('\n', at - 1) + 1);
    if (!text.startsWith('On ', lineStart) || !endsLine(text, at + englishEnd.length)) continue;
    const finding = latinWriterBefore(text, { lineStart: lineStart + 3, end: at });
    if (finding !== undefined) findings.push(finding);
  }
  for (let at = text.indexOf(koreanEnd); at !== -1; at = text.indexOf(koreanEnd, at + 1)) {
    if (!endsLine(text, at + koreanEnd.length)) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const finding = koreanWriterBefore(text, at) ?? latinWriterBefore(text, { lineStart, end: at, afterDate: false });
    if (finding !== undefined) findings.push(finding);
  }
  return findings;
});

/** Where a line's text starts past the quote marks of a reply ("> ", ">> "). */
function afterQuoteMarks(text: string, lineStart: number): number {
  let at = lineStart;
  while (text.charCodeAt(at) === 0x3e || (at > lineStart && text.charCodeAt(at) === 0x20)) at += 1;
  return at;
}

function endsLine(text: string, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  return text.slice(end, lineEnd === -1 ? text.length : lineEnd).trim() === '';
}

function latinWriterBefore(text: string, line: { lineStart: number; end: number; afterDate?: boolean }): PiiFinding | undefined {
  const address = addressBefore.exec(text.slice(line.lineStart, line.end));
  const nameEnd = address === null ? line.end : line.lineStart + address.index;
  const name = latinNameBefore(text, { end: nameEnd });
  if (name === undefined || name.start < line.lineStart) return undefined;
  // The time's "AM" or "PM" reads as a word in capitals before the name.
  const start = /^[AP]M /.test(text.slice(name.start, name.start + 3)) ? name.start + 3 : name.start;
  const words = name.wordCount - (start === name.start ? 0 : 1);
  if (words === 0) return undefined;
  if (firmWordBefore.test(text.slice(line.lineStart, start))) return undefined;
  if (line.afterDate !== false && !dateBeforeName.test(text.slice(line.lineStart, start))) return undefined;
  if (words === 1 && address === null && !name.knownFirstName) return undefined;
  // A firm's team writes replies too ("On 9 Jun, Shopwell Payments wrote:").
  if (namesTeamOrFunction(text.slice(start, name.end))) return undefined;
  return createFinding({ type: 'PERSON', text: text.slice(start, name.end), start, score: 0.8, recognizer: recognizerName });
}

/**
 * A firm's word right before the words read as the name: they end the firm's name ("Safe Store Spaces Bristol <bristol@…>
 * wrote:", where "Store" stops the name's reading).
 */
const firmWordBefore = /(?:^|[^A-Za-z])(?:Store|Stores|Shop|Services|Storage|Removals|Logistics|Hotel|Clinic|Pharmacy)[ \t]+$/;

function koreanWriterBefore(text: string, end: number): PiiFinding | undefined {
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const address = addressBefore.exec(text.slice(lineStart, end));
  const nameEnd = address === null ? end : lineStart + address.index;
  const nameStart = hangulRunStartBefore(text, nameEnd);
  const name = text.slice(nameStart, nameEnd);
  // A full name: a word of two syllables before 님 is as often a title ("고객님이 작성").
  if (name.length < 3 || !isPlausibleKoreanName(name)) return undefined;
  return createFinding({ type: 'PERSON', text: name, start: nameStart, score: 0.8, recognizer: recognizerName });
}

/** A Korean firm's or body's legal form, right before a display name ("세무법인 ", "주식회사 ", "(주)", "㈜"). */
const koreanFirmFormBefore = /(?:(?:세무|법무|회계|노무|특허|사단|재단|의료|학교|사회복지)법인|주식회사|유한회사|\(주\)|㈜)[ \t]*$/;

/** An address in angle brackets after a blank: a display name's. */
const bracketedAddress = /[ \t]<([^<>\s@]{1,64})@([^<>\s@]{3,80})>/g;
/** A ship's prefix, before the vessel's name a fleet's mailbox goes by ("Master, MV KOREANA AURORA <master.aurora@…>"). */
const vesselPrefix = /(?:^|[\s,])(?:MV|M\/V|MT|M\/T|MS|SS)[ \t]+[A-Z][A-Za-z]*(?:[ \t]+[A-Z][A-Za-z]*){0,3}$/;
/** The local part of a service's or a team's address, not a person's. */
const serviceAddress =
  /^(?:no-?reply|do-?not-?reply|support|info|billing|hello|team|admin|alerts?|news|marketing|help|contact|service|mailer)\b|notification/;
/** A surname's particles before the last word of a name ("Pieter van der Merwe", "Ana de la Cruz"). */
const particlesBefore = /[A-Z][a-zß-ÿ]+[ \t](?:van der|van den|van|von|de la|de|da|dos|del|di|du|le)[ \t]$/;

/**
 * Whether `text` may hold a name before an address in angle brackets: an @ and a closing bracket.
 *
 * @example
 * mayHoldDisplayName('From: Dana Whitfield <dana@example.com>'); // true
 */
export function mayHoldDisplayName(text: string): boolean {
  return hasFeatures(textFeatures(text), textFeature.atSign) && text.includes('>');
}

/**
 * The names written right before an address in angle brackets, 0.8: a Korean full name, or a Latin name of two words or
 * more with a listed first name or a word the address's local part spells, or one word that is both ("Olamide
 * <olamide.b@…>"); "Support Team <…>", "Voltline Billing <…>" and a service's "Google Calendar <calendar-notification@…>"
 * are none.
 *
 * @example
 * findDisplayNames('Committer: Pieter van der Merwe <pvdmerwe@tarvo.co.za>')[0]?.text; // 'Pieter van der Merwe'
 */
export const findDisplayNames = rememberLastText((text: string): readonly PiiFinding[] => {
  if (!mayHoldDisplayName(text)) return [];
  const findings: PiiFinding[] = [];
  bracketedAddress.lastIndex = 0;
  for (let match = bracketedAddress.exec(text); match !== null; match = bracketedAddress.exec(text)) {
    const nameEnd = match.index;
    const local = match[1]!.toLowerCase();
    // A desk's mailbox goes by the desk's name ("To: 배차실 <dispatch@…>", "To: Fraud Investigations <fraud.le-requests@…>"):
    // only a person's name shape, a listed first name, makes it a person's who answers there.
    const deskMailbox = isRoleMailbox(match[1]!, match[2]!);
    const hangulStart = hangulRunStartBefore(text, nameEnd);
    if (hangulStart < nameEnd) {
      const name = text.slice(hangulStart, nameEnd);
      if (deskMailbox && placeEndings.has(name.charCodeAt(name.length - 1))) continue;
      // A firm's legal form before the name makes the name the firm's ("From: 세무법인 한결 <tax@…>", "(주)다온 <…>").
      if (koreanFirmFormBefore.test(text.slice(Math.max(0, hangulStart - 8), hangulStart))) continue;
      if (name.length >= 3 && name.length <= 4 && isPlausibleKoreanName(name))
        findings.push(createFinding({ type: 'PERSON', text: name, start: hangulStart, score: 0.8, recognizer: recognizerName }));
      continue;
    }
    const name = latinNameBefore(text, { end: nameEnd });
    if (name === undefined) continue;
    const particles = particlesBefore.exec(text.slice(Math.max(0, name.start - 32), name.start));
    // The time's "AM" or "PM" of an attribution line reads as a word in capitals before the name.
    const start =
      particles !== null
        ? name.start - particles[0].length
        : /^[AP]M /.test(text.slice(name.start, name.start + 3))
          ? name.start + 3
          : name.start;
    if (firmWordBefore.test(text.slice(Math.max(0, start - 24), start))) continue;
    const words = text.slice(start, nameEnd).split(/[ \t]+/);
    const spelled = words.some((word) => word.length >= 3 && local.includes(word.toLowerCase()));
    // A service sends as its product ("Google Calendar <calendar-notification@…>"); one word is a person's when listed and spelled.
    // A depot's or a desk's mailbox sends as its trade ("Depot Stores <stores@…>"), which its local part spells too.
    if (
      serviceAddress.test(local) ||
      (deskMailbox && !name.knownFirstName) ||
      vesselPrefix.test(text.slice(Math.max(0, start - 4), nameEnd)) ||
      namesTeamOrFunction(words.join(' ')) ||
      holdsFirmWord(words.join(' ')) ||
      !(words.length >= 2 ? name.knownFirstName || spelled || particles !== null : name.knownFirstName && spelled)
    )
      continue;
    findings.push(createFinding({ type: 'PERSON', text: text.slice(start, nameEnd), start, score: 0.8, recognizer: recognizerName }));
    const partner = partnerBefore(text, { start, local });
    if (partner !== undefined) findings.push(partner);
  }
  return findings;
});

/** A given name and "&" or "and" before the name of a couple's shared mailbox ("To: Ciarán & Becky <…>"). */
const partnerAndAmpersand = /(?:^|[\s:,])([A-ZÀ-Þ][a-zß-ÿ]{1,14}(?:-[a-z]{2,8})?)[ \t]*(?:&|and)[ \t]*$/;

/**
 * The partner a couple's display name gives first, a listed first name or one the address spells ("Hye-jin & Marcus
 * <hyejin.marcus.wed@…>"), 0.8.
 */
function partnerBefore(text: string, at: { start: number; local: string }): PiiFinding | undefined {
  const match = partnerAndAmpersand.exec(text.slice(Math.max(0, at.start - 24), at.start));
  if (match === null) return undefined;
  const partner = match[1]!;
  const spelled = at.local.includes(
    partner
      .toLowerCase()
      .replace('-', '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, ''),
  );
  if (!spelled && !isListedFirstName(partner)) return undefined;
  const start = at.start - match[0].length + match[0].indexOf(partner);
  return createFinding({ type: 'PERSON', text: partner, start, score: 0.8, recognizer: recognizerName });
}
