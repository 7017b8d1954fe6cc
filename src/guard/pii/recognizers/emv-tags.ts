// Reads a card's data from an EMV tag dump, as a terminal's or a payment kernel's log prints it, one tag a line with its
// length and value: the card number (5A), its expiry (5F24, YYMMDD) and its holder's name (5F20), which no label names.
import { createFinding } from './create-finding.ts';
import { passesLuhn } from './luhn.ts';
import type { PiiFinding, PiiRecognizer, PiiType } from '../types.ts';

const name = 'emv-tag';
const score = 0.9;

/** A tag line: the tag, its length in hex and its value, a description after two blanks or more maybe. */
const tagLine = /^[ \t]*(5A|5F24|5F20)[ \t]+(?:[0-9A-Fa-f]{2}[ \t]+)?(\S(?:[^\n]*?\S)?)(?=[ \t]{2,}|[ \t]*$)/gm;

/** What each tag holds, and the shape its value must have. */
const tags: Readonly<Record<string, { type: PiiType; reads: (value: string) => boolean }>> = {
  '5A': { type: 'CREDIT_CARD', reads: (value) => /^\d{12,19}$/.test(value) && passesLuhn(value) },
  // YYMMDD.
  '5F24': { type: 'CARD_EXPIRY', reads: (value) => /^\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(value) },
  // SURNAME/GIVEN, as the chip holds it.
  '5F20': { type: 'PERSON', reads: (value) => /^[A-Z][A-Z' .-]*\/[A-Z][A-Z' .-]*$/.test(value.trim()) },
};

/**
 * @example
 * emvRecognizer.find('5A   08 4607253759830684\n5F24 03 270831\n5F20 0B NOVAK/PETRA', {}).map((finding) => finding.text);
 * // ['4607253759830684', '270831', 'NOVAK/PETRA']
 */
export const emvRecognizer: PiiRecognizer = {
  name,
  types: ['CREDIT_CARD', 'CARD_EXPIRY', 'PERSON'],
  mightMatch: (text) => text.includes('5F24') || text.includes('5F20'),
  find(text) {
    const findings: PiiFinding[] = [];
    tagLine.lastIndex = 0;
    for (let match = tagLine.exec(text); match !== null; match = tagLine.exec(text)) {
      const value = match[2]!;
      const start = match.index + match[0].length - value.length;
      const tag = tags[match[1]!]!;
      if (tag.reads(value)) findings.push(createFinding({ type: tag.type, text: value, start, score, recognizer: name }));
    }
    return findings;
  },
};
