// Scans a text and its disguise-free re-spellings against a rule table, and combines the findings into one verdict.
import { decodeSegments } from './decode-segments.ts';
import type { InjectionPattern } from './injection-pattern.ts';
import { joinSpacedLetters, readLeetspeak, rot13, type TextVariant } from './text-variants.ts';
import type { EncodingTrick, InjectionFinding, InjectionVerdict } from './types.ts';
import { cleanUnicode } from './unicode-tricks.ts';
import { createRulePrefilter } from './rule-prefilter.ts';

/** Longer texts are scanned in their first part only; an attack needs the model to read it, and so do we. */
const maximumScanLength = 20_000;
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
  const bounded = text.length > maximumScanLength ? text.slice(0, maximumScanLength) : text;
  // Line breaks stay: a fake "assistant:" turn or a "### instructions" heading is only one at the start of a line.
  const simple = isPlainText(bounded);
  const plain = collapseSpaces((simple ? bounded : bounded.normalize('NFC')).toLowerCase());
  // Plain text holds nothing cleanUnicode changes, so its cleaned form is `plain` itself.
  const cleaned = simple ? { text: plain, tricks: [] } : cleanUnicode(bounded);
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
  for (const decoded of decodeSegments(bounded)) variants.push(decoded);

  const findings: InjectionFinding[] = [];
  const tricksSeen = new Set<EncodingTrick>();
  let encodingScore = 0;
  // One finding per rule: two different weak rules add up, the same rule seen in two spellings does not.
  const byRule = new Map<InjectionPattern, InjectionFinding>();
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
        encodingScore = Math.max(encodingScore, score);
      }
      byRule.set(rule, finding);
      findings.push(finding);
    }
  }
  // A disguise that hid an attack is itself evidence; name the tricks so a reviewer sees how it was hidden.
  const hidden = findings.filter((finding) => finding.tricks);
  if (hidden.length > 0) {
    findings.push({ kind: 'encoding', text: [...tricksSeen].join(', '), score: encodingScore, tricks: [...tricksSeen] });
  }
  return verdictOf(findings);
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
