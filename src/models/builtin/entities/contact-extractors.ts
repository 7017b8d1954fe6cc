// Extractors for emails, URLs and phone numbers (Korean mobile and landline, representative numbers, international).
import { findMatches } from './claimed-spans.ts';
import type { TextEntity } from './types.ts';

const urlPattern = /\bhttps?:\/\/[^\s<>"'\u3131-\ud7a3]+/gu;
const phonePatterns: readonly RegExp[] = [
  /(?<![\d+])\+82[-.\s]?\(?0?\)?1[016789][-.\s]?\d{3,4}[-.\s]?\d{4}(?!\d)/gu,
  /(?<![\d+])01[016789][-.\s]?\d{3,4}[-.\s]?\d{4}(?!\d)/gu,
  /(?<![\d+])0(?:2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70)[-.\s)]\s?\d{3,4}[-.\s]\d{4}(?!\d)/gu,
  /(?<![\d+-])1[5-9]\d{2}-\d{4}(?!\d)/gu,
  /(?<![\d+])\+\d{1,3}[-.\s]?\(?\d{1,4}\)?(?:[-.\s]?\d{2,4}){2,4}(?!\d)/gu,
  /(?<![\d+])\(?\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}(?!\d)/gu,
];

const localCharacter = /[A-Za-z0-9._%+-]/u;
const domainCharacter = /[A-Za-z0-9.-]/u;
const emailShape = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/u;

/**
 * Emails, found from each "@" outwards: a plain regular expression over the whole text backtracks
 * quadratically on long runs of letters and digits (a fuzz case of 60,000 digits took seconds).
 * @example
 * extractEmails('write to kim@example.com으로')[0]?.value; // 'kim@example.com'
 */
export function extractEmails(text: string): TextEntity[] {
  const found: TextEntity[] = [];
  let previousEnd = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > previousEnd && at - start < 64 && localCharacter.test(text[start - 1] ?? '')) start -= 1;
    let end = at + 1;
    while (end < text.length && end - at < 255 && domainCharacter.test(text[end] ?? '')) end += 1;
    let value = text.slice(start, end).replace(/[.-]+$/u, '');
    // "kim@example.com으로" stops at Hangul already; "kim@example.comX" has no TLD boundary to trust.
    while (value.length > 0 && !emailShape.test(value) && value.includes('.', value.indexOf('@')))
      value = value.slice(0, value.lastIndexOf('.'));
    if (!emailShape.test(value)) continue;
    found.push({ kind: 'email', value: value.toLowerCase(), text: value, start, end: start + value.length });
    previousEnd = start + value.length;
  }
  return found;
}

/**
 * @example
 * extractUrls('see https://genstack.dev/docs.')[0]?.value; // 'https://genstack.dev/docs'
 */
export function extractUrls(text: string): TextEntity[] {
  return findMatches(text, urlPattern).map((match) => {
    const value = match[0].replace(/[.,;:!?)\]]+$/u, '');
    return { kind: 'url', value, text: value, start: match.index, end: match.index + value.length };
  });
}

/**
 * Phone numbers; Korean domestic numbers are normalised to the hyphenated form.
 * @example
 * extractPhones('연락처는 01012345678')[0]?.value; // '010-1234-5678'
 */
export function extractPhones(text: string): TextEntity[] {
  const found: TextEntity[] = [];
  for (const pattern of phonePatterns) {
    for (const match of findMatches(text, pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((entity) => start < entity.end && entity.start < end)) continue;
      found.push({ kind: 'phone', value: normalizePhone(match[0]), text: match[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * @example
 * normalizePhone('010 1234 5678'); // '010-1234-5678'
 * normalizePhone('+1 (415) 555-0134'); // '+1 (415) 555-0134'
 */
export function normalizePhone(raw: string): string {
  const digits = raw.replace(/\D/gu, '');
  if (raw.trim().startsWith('+')) return raw.trim().replace(/\s+/gu, ' ');
  if (/^01[016789]\d{7,8}$/u.test(digits)) return `${digits.slice(0, 3)}-${digits.slice(3, -4)}-${digits.slice(-4)}`;
  if (/^02\d{7,8}$/u.test(digits)) return `02-${digits.slice(2, -4)}-${digits.slice(-4)}`;
  if (/^0\d{9,10}$/u.test(digits)) return `${digits.slice(0, 3)}-${digits.slice(3, -4)}-${digits.slice(-4)}`;
  return raw.trim();
}
