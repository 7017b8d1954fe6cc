// Finds the name that signs a letter or a message on the line after its closing, whatever the closing's words and language:
// "Thanks heaps,\nJordan", "Diolch,\nGwenllian Hughes", "Merci,\nCamille\n06 47 82 19 33", "Sincerely,\nPriya Venkataraman, MD".
import { rememberLastText } from '../last-text-memo.ts';
import type { PiiFinding } from '../types.ts';
import { isListedFirstName, isListedLatinName, latinNameAfter } from './latin-name.ts';

export const englishClosingSignatureRecognizerName = 'english-closing-signature';

/** The longest closing line read, in characters ("Thank you so much again,"). */
const longestClosing = 32;
/** Lines ending in a comma that open a message rather than close it ("Hi team,", "Dear Sir,", "To whom it may concern,"). */
const openingLine = /^(?:hi|hello|hey|hiya|dear|good|to|attn|re|hola|bonjour|greetings|morning|evening|afternoon)\b/i;
/**
 * A closing whose words say it is one, in English and the languages customers write to a business in, alone on its line
 * with no comma; the gate `mayHoldClosingWithoutComma` holds a piece of each.
 */
const closingWithoutComma =
  /(?:^|\n)[ \t]*(?:(?:[Ww]ith )?(?:[Bb]est|[Kk]ind|[Ww]arm|[Mm]any)? ?[Rr]egards|[Cc]heers|(?:[Mm]any )?[Tt]hanks(?: (?:heaps|again|so much|a lot|a million|very much))?|[Tt]hank you(?: (?:so much|again|very much))?|[Ss]incerely|(?:Beste|Viele|Liebe) Grüße|Mit freundlichen Grüßen|(?:Un )?[Ss]aludos?|Atentamente|Cordialmente|Cordialement|Bien à vous|Met vriendelijke groet(?:en)?|Groetjes|Cumprimentos|Abraços|Cordiali saluti|Distinti saluti|Pozdrawiam|Med vänlig(?:a)? hälsning(?:ar)?)[ \t]*[.!]?[ \t]*\r?\n/g;
const closingPiece =
  /egards|heers|hanks|hank you|incerely|Grüße|aludo|tentamente|ordialemente|ordialmente|ordialement|à vous|groet|umprimentos|braços|saluti|ozdrawiam|hälsning/;

/** How far from a text's end a closing without a comma is looked for: a letter ends with one, a long document need not. */
const closingTail = 800;

/**
 * Whether a closing without a comma may stand on a line of its own: a piece of one's words near the text's end, searched
 * only in a text of several lines.
 *
 * @example
 * mayHoldClosingWithoutComma('Beste Grüße\nJana Hoffmann'); // true
 */
export function mayHoldClosingWithoutComma(text: string): boolean {
  return closingPiece.test(text.length > closingTail ? text.slice(-closingTail) : text);
}

/** What may follow the name on its line: nothing, or a degree, a title in brackets, a role after a bar. */
const afterName = /[ \t]*(?:\r?\n|$|,|\(|\|)/y;

/**
 * Names on the line right after a short line that ends in a comma and opens nothing: one word must be a listed first
 * name, more words must hold a listed first name or surname. Remembered for the last text.
 *
 * @example
 * findNamesAfterClosingLines('All sorted now.\n\nThanks heaps,\nJordan').map((finding) => finding.text); // ['Jordan']
 * findNamesAfterClosingLines('Hi team,\nPlease find the report attached'); // []
 */
export const findNamesAfterClosingLines = rememberLastText((text: string): readonly PiiFinding[] => {
  const findings: PiiFinding[] = [];
  const nameStarts: number[] = [];
  for (let comma = text.indexOf(',\n'); comma !== -1; comma = text.indexOf(',\n', comma + 2)) {
    // A long line is prose wrapped at a comma, read no further.
    const lineStart = text.lastIndexOf('\n', comma - 1) + 1;
    if (comma - lineStart > longestClosing + 8 || !isClosingLine(text.slice(lineStart, comma))) continue;
    nameStarts.push(comma + 2);
  }
  // A closing of its own words needs no comma ("Beste Grüße\nJana Hoffmann", "With best regards\nLena Vogt").
  closingWithoutComma.lastIndex = 0;
  for (let closing = closingWithoutComma.exec(text); closing !== null; closing = closingWithoutComma.exec(text))
    nameStarts.push(closing.index + closing[0].length);
  for (let start of nameStarts) {
    while (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09) start += 1;
    const name = latinNameAfter(text, { start });
    if (name === undefined) continue;
    afterName.lastIndex = name.end;
    if (!afterName.test(text)) continue;
    const words = text.slice(name.start, name.end);
    if (name.wordCount === 1 ? !isListedFirstName(words) : !isListedLatinName(words)) continue;
    findings.push({
      type: 'PERSON',
      start: name.start,
      end: name.end,
      text: words,
      score: 0.7,
      recognizer: englishClosingSignatureRecognizerName,
    });
  }
  return findings;
});

/** A short line of words with no digits or colon, starting with a capital, that does not open a message. */
function isClosingLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > longestClosing || /[\d:@]/.test(trimmed)) return false;
  const first = trimmed.charCodeAt(0);
  return first >= 0x41 && first <= 0x5a && !openingLine.test(trimmed) && trimmed.split(/\s+/).length <= 5;
}
