// How often a reply streamed through the output guard comes out otherwise than the same reply scanned whole, and how often
// that lets a value through: genstack's guard (the values already sent, a 512-character context) against the same guard
// reading its window alone (the context no longer than the hold-back, no earlier values), as it did before 2026-12-04.
import { applyPiiActions, createStreamPiiGuard, MaskVault, scanPii, type EarlierValues } from '../../../src/guard/index.ts';
import { independentTexts } from '../pii/independent/index.ts';
import { buildPiiDataset } from '../pii/dataset.ts';

/** The guard's default hold-back (`builtInScanReach`), all the context the window kept before. */
const windowHoldBack = 128;
/** Tokens as a model sends them: four characters. */
const tokenLength = 4;

interface FidelityCounts {
  /** Replies whose streamed output differs from the whole reply's. */
  differing: number;
  /** Of those, replies where a value the whole reply redacts is left in the streamed output. */
  leaking: number;
}

/**
 * The dev half of the hand-written evaluation set (the test half is only scored) and generated texts, each streamed as a
 * reply and redacted.
 *
 * @example
 * measureStreamFidelity({ quick: true }); // { replies: 1530, genstack: { differing: …, leaking: … }, windowOnly: … }
 */
export function measureStreamFidelity(options: { quick: boolean }) {
  const handWritten = independentTexts()
    .filter((text) => text.split === 'dev')
    .map((text) => text.text);
  const replies = [
    ...(options.quick ? handWritten.slice(0, 1_200) : handWritten),
    ...buildPiiDataset({ seed: 20_261_204, count: options.quick ? 300 : 1_000 }).map((text) => text.text),
  ];
  const genstack: FidelityCounts = { differing: 0, leaking: 0 };
  const windowOnly: FidelityCounts = { differing: 0, leaking: 0 };
  for (const reply of replies) {
    const findings = scanPii(reply);
    const whole = applyPiiActions({ text: reply, findings, actions: () => 'redact', vault: new MaskVault() }).text;
    const redacted = findings.map((finding) => finding.text).filter((value) => value.length >= 3 && !whole.includes(value));
    count(genstack, { whole, redacted, streamed: streamed(reply, { scan: (text, earlier) => scanPii(text, { earlier }) }) });
    count(windowOnly, {
      whole,
      redacted,
      streamed: streamed(reply, { scan: (text) => scanPii(text), contextLength: windowHoldBack }),
    });
  }
  return { replies: replies.length, tokenCharacters: tokenLength, genstack, windowOnly };
}

function count(counts: FidelityCounts, reply: { whole: string; redacted: readonly string[]; streamed: string }): void {
  if (reply.streamed === reply.whole) return;
  counts.differing += 1;
  if (reply.redacted.some((value) => reply.streamed.includes(value))) counts.leaking += 1;
}

function streamed(
  reply: string,
  options: { scan: (text: string, earlier: EarlierValues) => ReturnType<typeof scanPii>; contextLength?: number },
): string {
  const guard = createStreamPiiGuard({ ...options, actions: () => 'redact', vault: new MaskVault() });
  let output = '';
  for (let at = 0; at < reply.length; at += tokenLength) output += guard.push(reply.slice(at, at + tokenLength));
  return output + guard.flush();
}
