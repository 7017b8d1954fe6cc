// Finds email addresses by jumping from '@' to '@' instead of running a backtracking regex over the whole text, and those
// written to slip past a filter ("minsu at gmail dot com") where the feature pass saw a sign of one.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { textFeature, textFeatures } from '../text-features.ts';
import { isHangulSyllable } from '../names/hangul.ts';
import { createFinding } from './create-finding.ts';
import { urlUserinfoAt } from './url-credentials.ts';
import { isRoleMailbox, isWebmailDomain, roleMailboxScore } from './role-mailboxes.ts';
import { isAddressedToDesk, isAddressedToShop, isCalledSharedMailbox } from './desk-mailbox-context.ts';
import { findObfuscatedEmails, mayHoldObfuscatedEmail, obfuscatedEmailAt } from './obfuscated-emails.ts';

const name = 'email';
const maxLocalLength = 64;
/** A local part in Hangul ("홍길동@회사.kr", RFC 6531) is a name, a few syllables long. */
const maxHangulLocalLength = 10;
// Labels may be in Hangul (internationalised domains: "회사.kr", "회사.한국"); the top-level domain is Latin or 한국, so a
// particle after it ("naver.com으로", "회사.한국으로") stays out.
const domainPattern =
  /[A-Za-z0-9가-힣](?:[A-Za-z0-9가-힣-]{0,61}[A-Za-z0-9가-힣])?(?:\.[A-Za-z0-9가-힣](?:[A-Za-z0-9가-힣-]{0,61}[A-Za-z0-9가-힣])?)*\.(?:[A-Za-z]{2,24}(?![A-Za-z0-9-])|한국)/y;

/**
 * @example
 * emailRecognizer.find('메일은 minsu.kim@example.co.kr 입니다', {})[0]?.text; // 'minsu.kim@example.co.kr'
 * emailRecognizer.find('minsu 골뱅이 naver 닷컴으로 보내주세요', {})[0]?.text; // 'minsu 골뱅이 naver 닷컴'
 */
export const emailRecognizer: PiiRecognizer = {
  name,
  types: ['EMAIL'],
  mightMatch(text) {
    const features = textFeatures(text);
    // The obfuscated search is remembered for the text, and the fast-path test already ran it.
    return (
      (features.flags & textFeature.atSign) !== 0 ||
      (mayHoldObfuscatedEmail(text, features.triggers) && findObfuscatedEmails(text).length > 0)
    );
  },
  find(text) {
    const findings: PiiFinding[] = [];
    let at = text.indexOf('@');
    while (at !== -1) {
      // "postgres://svc:pw@db": a URL's login and password, read by `urlCredentialsRecognizer`, no email.
      if (urlUserinfoAt(text, at) !== undefined) {
        at = text.indexOf('@', at + 1);
        continue;
      }
      let start = at;
      while (start > 0 && at - start < maxLocalLength && isLocalCharacter(text.charCodeAt(start - 1))) start -= 1;
      // A local part wholly in Hangul; one that starts in Latin letters ends there ("연락은minsu@…" is minsu's).
      if (start === at) while (start > 0 && at - start < maxHangulLocalLength && isHangulSyllable(text.charCodeAt(start - 1))) start -= 1;
      // A local part never starts with a dot (the dot ended the previous sentence).
      while (text[start] === '.') start += 1;
      domainPattern.lastIndex = at + 1;
      const domain = domainPattern.exec(text);
      if (start < at && domain !== null) {
        const end = at + 1 + domain[0].length;
        const local = text.slice(start, at);
        // A desk's box by its words, or by a team's display name or a desk's label before it; at a webmail, anyone's unless
        // a shop's name is its display name or it is called a shared box.
        const desk =
          isRoleMailbox(local, domain[0]) ||
          (!isWebmailDomain(domain[0]) && isAddressedToDesk(text, start, local)) ||
          isAddressedToShop(text, start, local) ||
          isCalledSharedMailbox(text, start, end);
        const score = desk ? roleMailboxScore : 0.95;
        if (!isMessageIdentifier(text, start))
          findings.push(createFinding({ type: 'EMAIL', text: text.slice(start, end), start, score, recognizer: name }));
        at = text.indexOf('@', end);
      } else {
        // No plain domain: the domain's dots may be written out ("minsu@gmail dot com").
        const obfuscated = obfuscatedEmailAt(text, at);
        if (obfuscated !== undefined) findings.push(obfuscated);
        at = text.indexOf('@', obfuscated?.end ?? at + 1);
      }
    }
    return mayHoldObfuscatedEmail(text, textFeatures(text).triggers) ? findings.concat(findObfuscatedEmails(text)) : findings;
  },
};

/** [A-Za-z0-9._%+-], a character of an address's local part; a code test, since a regex per character cost more. */
function isLocalCharacter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2e ||
    code === 0x5f ||
    code === 0x25 ||
    code === 0x2b ||
    code === 0x2d
  );
}

/**
 * A message's or an event's identifier in an address's shape: a mail header's Message-ID, In-Reply-To or References, an
 * iCalendar event's UID ("UID:int-7781-20240618@recruitee-mail.io"), which reach no one.
 */
const identifierHeaderBefore = /(?:^|\n)[ \t]*(?:Message-I[Dd]|In-Reply-To|References|UID|X-[\w-]*-I[Dd])[ \t]*:[^\n]*$/;

function isMessageIdentifier(text: string, start: number): boolean {
  return identifierHeaderBefore.test(text.slice(Math.max(0, start - 200), start));
}
