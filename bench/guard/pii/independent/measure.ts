// Scores genstack and the peer on the independent set, each half apart; the dev half's misses are written out to be read.
import { writeFileSync } from 'node:fs';
import { scoreTexts, type Span } from '../score.ts';
import { independentTexts, laterRoundNumbers, type IndependentEvalText } from './index.ts';

type Scan = (text: string) => readonly Span[] | Promise<readonly Span[]>;

/** What one scanner scores on one half. */
export interface HalfScore {
  texts: number;
  labels: number;
  structured: ReturnType<typeof scoreTexts>['structured'];
  namesAddresses: ReturnType<typeof scoreTexts>['namesAddresses'];
  perType: ReturnType<typeof scoreTexts>['perType'];
}

/**
 * Both halves for genstack (every type) and the peer (the types it supports, `peerTypes`), and genstack's dev misses
 * in `devMissesPath`: the test half's misses are counted, never printed, so it stays a measurement.
 *
 * @example
 * await measureIndependentSet({ genstack: scanWithGenstack, peer: (text) => peer.scan(text), peerTypes, devMissesPath });
 */
export async function measureIndependentSet(input: {
  genstack: Scan;
  peer: Scan;
  peerTypes: readonly Span['type'][];
  devMissesPath: string;
}) {
  const texts = independentTexts();
  const genstackFindings = await scanAll(texts, input.genstack);
  const peerFindings = await scanAll(texts, input.peer);
  const part = (
    select: (text: IndependentEvalText) => boolean,
    findings: readonly (readonly Span[])[],
    types?: readonly Span['type'][],
  ) => {
    const indexes = texts.flatMap((text, index) => (select(text) ? [index] : []));
    const scored = scoreTexts(
      indexes.map((index) => ({ labels: texts[index]!.labels, findings: findings[index]! })),
      types === undefined ? {} : { types },
    );
    const score: HalfScore = {
      texts: indexes.length,
      labels: indexes.reduce((sum, index) => sum + texts[index]!.labels.length, 0),
      structured: scored.structured,
      namesAddresses: scored.namesAddresses,
      perType: scored.perType,
    };
    return { score, matches: scored.matches, indexes };
  };
  const inDev = (text: IndependentEvalText) => text.split === 'dev';
  const inTest = (text: IndependentEvalText) => text.split === 'test';
  const dev = part(inDev, genstackFindings);
  writeFileSync(
    input.devMissesPath,
    `${JSON.stringify(
      dev.matches.flatMap((match, position) => {
        const text = texts[dev.indexes[position]!]!;
        const excerpt = (span: Span) =>
          `${text.text.slice(Math.max(0, span.start - 30), span.start)}⟦${text.text.slice(span.start, span.end)}⟧${text.text.slice(span.end, span.end + 30)}`;
        return [
          ...match.falseNegatives.map((span) => ({ kind: 'false-negative', id: text.id, type: span.type, excerpt: excerpt(span) })),
          ...match.falsePositives.map((span) => ({ kind: 'false-positive', id: text.id, type: span.type, excerpt: excerpt(span) })),
        ];
      }),
      null,
      2,
    )}\n`,
  );
  return {
    texts: texts.length,
    labels: texts.reduce((sum, text) => sum + text.labels.length, 0),
    genstack: {
      dev: dev.score,
      // The dev half as it was before the second round extended it, to compare with earlier figures.
      devFirstRound: part((text) => inDev(text) && text.round === 1, genstackFindings).score,
      // Each round from the third alone, by its number: each measured once before its misses were read, a fresh test of
      // what the rounds before it taught.
      devRounds: byLaterRound((round) => part((text) => text.round === round, genstackFindings).score),
      test: part(inTest, genstackFindings).score,
    },
    peer: {
      dev: part(inDev, peerFindings, input.peerTypes).score,
      devRounds: byLaterRound((round) => part((text) => text.round === round, peerFindings, input.peerTypes).score),
      test: part(inTest, peerFindings, input.peerTypes).score,
    },
    devMissesPath: input.devMissesPath,
  };
}

/** `measure` for each round from the third, keyed by its number. */
function byLaterRound<Value>(measure: (round: number) => Value): Record<number, Value> {
  return Object.fromEntries(laterRoundNumbers.map((round) => [round, measure(round)]));
}

async function scanAll(texts: readonly IndependentEvalText[], scan: Scan): Promise<(readonly Span[])[]> {
  const findings: (readonly Span[])[] = [];
  for (const text of texts) findings.push(await scan(text.text));
  return findings;
}
