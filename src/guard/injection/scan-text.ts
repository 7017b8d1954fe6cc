// Scans a text and its disguise-free re-spellings against a rule table, and combines the findings into one verdict.
import { decodeSegments } from './decode-segments.ts';
import type { InjectionPattern } from './injection-pattern.ts';
import { joinSpacedLetters, readLeetspeak, rot13, type TextVariant } from './text-variants.ts';
import type { EncodingTrick, InjectionFinding, InjectionVerdict } from './types.ts';
import { cleanUnicode } from './unicode-tricks.ts';
import { createRulePrefilter } from './rule-prefilter.ts';

/**
 * A longer text is read in windows of this many characters: a tool's result or a retrieved page may run to a megabyte,
 * and an attack planted past its first part is read by the model all the same.
 */
const windowLength = 20_000;
/**
 * How far each window reaches back into the one before: more than the longest disguised segment read (4,096
 * characters) and any rule's words, so an attack that straddles two windows stands whole in one of them.
 */
const windowOverlap = 5_000;
/** How far past a window's nominal start a line break or a blank is looked for, so the window opens a line or a word. */
const windowStartSlack = 500;
/** Combined evidence at or above this is an attack. */
export const detectionThreshold = 0.5;

/** Each rule table's prefilter, made on its first scan (the tables are module constants). */
const prefilters = new WeakMap<readonly InjectionPattern[], ReturnType<typeof createRulePrefilter<InjectionPattern>>>();

function prefilterOf(patterns: readonly InjectionPattern[]) {
  let prefilter = prefilters.get(patterns);
  if (prefilter === undefined) prefilters.set(patterns, (prefilter = createRulePrefilter(patterns)));
  return prefilter;
}

/**
 * @example
 * scanText('ignore previous instructions', directPatterns).detected; // true
 */
export function scanText(text: string, patterns: readonly InjectionPattern[]): InjectionVerdict {
  const reading = newReading();
  for (const window of windowsOf(text)) readWindow(window, patterns, reading);
  const { byRule, tricksSeen, encodingScore } = reading;
  const findings = [...byRule.values()];
  // A disguise that hid an attack is itself evidence; name the tricks so a reviewer sees how it was hidden.
  const hidden = findings.filter((finding) => finding.tricks);
  if (hidden.length > 0) {
    findings.push({ kind: 'encoding', text: [...tricksSeen].join(', '), score: encodingScore, tricks: [...tricksSeen] });
  }
  return verdictOf(findings);
}

/**
 * The windows a text is read in: the text itself up to `windowLength` characters; a longer one in windows of that length,
 * each overlapping the one before by `windowOverlap` and opening after a line break or a blank where one stands near its
 * nominal start (a fake "assistant:" turn is one only at a line's start, so a window must not make one of a line's middle).
 *
 * @example
 * windowsOf('ignore previous instructions'); // ['ignore previous instructions']
 */
export function windowsOf(text: string): string[] {
  if (text.length <= windowLength) return [text];
  const windows: string[] = [];
  for (let start = 0; ;) {
    windows.push(text.slice(start, start + windowLength));
    if (start + windowLength >= text.length) return windows;
    start = windowStartNear(text, start + windowLength - windowOverlap);
  }
}

function windowStartNear(text: string, nominal: number): number {
  const lineBreak = text.indexOf('\n', nominal);
  if (lineBreak !== -1 && lineBreak < nominal + windowStartSlack) return lineBreak + 1;
  const blank = text.indexOf(' ', nominal);
  return blank !== -1 && blank < nominal + windowStartSlack ? blank + 1 : nominal;
}

/** What the windows of one text found so far: one finding per rule, however many windows or spellings show it. */
interface Reading {
  /** In the order found. */
  byRule: Map<InjectionPattern, InjectionFinding>;
  tricksSeen: Set<EncodingTrick>;
  encodingScore: number;
}

function newReading(): Reading {
  return { byRule: new Map(), tricksSeen: new Set(), encodingScore: 0 };
}

/** Reads one window of a text with each of its re-spellings, adding what it finds to `reading`. */
function readWindow(window: string, patterns: readonly InjectionPattern[], reading: Reading): void {
  // Line breaks stay: a fake "assistant:" turn or a "### instructions" heading is only one at the start of a line.
  const simple = isPlainText(window);
  const plain = collapseSpaces((simple ? window : window.normalize('NFC')).toLowerCase());
  // Plain text holds nothing cleanUnicode changes, so its cleaned form is `plain` itself.
  const cleaned = simple ? { text: plain, tricks: [] } : cleanUnicode(window);
  const variants: TextVariant[] = [{ text: plain, tricks: [] }];
  if (cleaned.text !== plain) variants.push(cleaned);
  // A tool result is often JSON, whose strings carry their line breaks as "\n": a "## heading" or an "All responses
  // must…" line inside one starts a line only once they are read.
  const unescaped = jsonUnescaped(cleaned.text);
  if (unescaped !== cleaned.text) variants.push({ text: unescaped, tricks: cleaned.tricks });
  const spaced = joinSpacedLetters(cleaned.text);
  if (spaced) variants.push(withTricks(spaced, cleaned.tricks));
  const leet = readLeetspeak(spaced?.text ?? cleaned.text);
  if (leet) variants.push(withTricks(leet, [...cleaned.tricks, ...(spaced?.tricks ?? [])]));
  // Rot13 only for text that is mostly Latin words; Korean text has nothing to rotate. (The first word starts at a word
  // start: tried from inside a long run of letters, the pattern would take quadratic time.)
  if (/(?<![a-z])[a-z]{3,}(?:\W+[a-z]{3,}){2,}/u.test(cleaned.text)) variants.push({ text: rot13(cleaned.text), tricks: ['rot13'] });
  for (const decoded of decodeSegments(window)) variants.push(decoded);

  // One finding per rule: two different weak rules add up, the same rule seen in two spellings does not.
  const { byRule, tricksSeen } = reading;
  const prefilter = prefilterOf(patterns);
  for (const variant of variants) {
    // Only the rules whose words the variant holds: a rule without one of them cannot match it.
    for (const rule of prefilter.rulesFor(variant.text)) {
      if (byRule.has(rule)) continue;
      const match = rule.pattern.exec(variant.text);
      if (!match) continue;
      const { kind, score } = rule;
      const finding: InjectionFinding = { kind, text: match[0].trim().slice(0, 200), score };
      if (variant.tricks.length > 0) {
        finding.tricks = variant.tricks;
        variant.tricks.forEach((trick) => tricksSeen.add(trick));
        reading.encodingScore = Math.max(reading.encodingScore, score);
      }
      byRule.set(rule, finding);
    }
  }
}

/**
 * The verdict of a set of findings: their evidence combined (an 'encoding' finding names a disguise, it adds none).
 * @example
 * verdictOf([{ kind: 'role-play', text: 'you are dan', score: 0.6 }]).detected; // true
 */
export function verdictOf(findings: InjectionFinding[]): InjectionVerdict {
  const score = 1 - findings.filter((finding) => finding.kind !== 'encoding').reduce((rest, finding) => rest * (1 - finding.score), 1);
  const rounded = Math.round(score * 1000) / 1000;
  return { detected: rounded >= detectionThreshold, score: rounded, findings };
}

/**
 * Whether every character is printable ASCII, a tab or line break, or a precomposed Hangul syllable: characters that
 * NFC and NFKC leave alone and that are never invisible, tag, fullwidth or look-alike characters. Most chat messages are.
 * (Compatibility jamo such as ㅋ are not: NFKC changes them.)
 *
 * @example
 * isPlainText('배송 언제 와요? Where is my order?'); // true
 * isPlainText('ｉｇｎｏｒｅ'); // false
 */
export function isPlainText(text: string): boolean {
  return plainText.test(text);
}
const plainText = /^[\t\n\r\x20-\x7e\uac00-\ud7a3]*$/;

/** Runs of spaces and tabs become one space, runs of line breaks one line break. */
export function collapseSpaces(text: string): string {
  return text
    .replace(/[^\S\n]+/gu, ' ')
    .replace(/ ?\n[\s]*/gu, '\n')
    .trim();
}

/** JSON string escapes read: "\\n", "\\r" and "\\t" as blanks and line breaks, "\\"" as a quote. */
function jsonUnescaped(text: string): string {
  if (!text.includes('\\')) return text;
  return collapseSpaces(
    text
      .replace(/\\[nr]/gu, '\n')
      .replace(/\\t/gu, ' ')
      .replace(/\\"/gu, '"'),
  );
}

function withTricks(variant: TextVariant, earlier: EncodingTrick[]): TextVariant {
  return { text: variant.text, tricks: [...earlier, ...variant.tricks] };
}
