// Scores findings against labels: a match needs the same type and an overlap of at least half the longer span; per-type and micro precision/recall/F1.
import { piiTypes, structuredPiiTypes, type PiiType } from '../../../src/guard/pii/types.ts';

export interface Span {
  type: PiiType;
  start: number;
  end: number;
}

/** The share of the longer span two spans must share to count as the same value (see README: tolerates a dropped honorific or unit). */
export const minimumOverlap = 0.5;

/**
 * True when a finding and a label name the same value: same type, overlap ≥ 50% of the longer span.
 * @example
 * spansMatch({ type: 'PHONE', start: 0, end: 13 }, { type: 'PHONE', start: 0, end: 13 }); // true
 */
export function spansMatch(finding: Span, label: Span): boolean {
  if (finding.type !== label.type) return false;
  const overlap = Math.min(finding.end, label.end) - Math.max(finding.start, label.start);
  return overlap > 0 && overlap >= minimumOverlap * Math.max(finding.end - finding.start, label.end - label.start);
}

export interface TextMatch<F extends Span> {
  matched: number;
  falseNegatives: Span[];
  falsePositives: F[];
}

/** One-to-one greedy matching inside one text: each label takes the unused finding that overlaps it most. */
export function matchText<F extends Span>(input: { labels: readonly Span[]; findings: readonly F[] }): TextMatch<F> {
  const used = new Set<number>();
  const falseNegatives: Span[] = [];
  let matched = 0;
  for (const label of input.labels) {
    let best = -1;
    let bestOverlap = 0;
    input.findings.forEach((finding, index) => {
      if (used.has(index) || !spansMatch(finding, label)) return;
      const overlap = Math.min(finding.end, label.end) - Math.max(finding.start, label.start);
      if (overlap > bestOverlap) [best, bestOverlap] = [index, overlap];
    });
    if (best >= 0) {
      used.add(best);
      matched += 1;
    } else falseNegatives.push(label);
  }
  return { matched, falseNegatives, falsePositives: input.findings.filter((_, index) => !used.has(index)) };
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Metrics extends Counts {
  /** null when nothing was found (0/0). */
  precision: number | null;
  /** null when there was nothing to find. */
  recall: number | null;
  f1: number | null;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** Precision, recall and F1 from counts, rounded to four places. */
export function metricsOf(counts: Counts): Metrics {
  const found = counts.truePositives + counts.falsePositives;
  const expected = counts.truePositives + counts.falseNegatives;
  const precision = found === 0 ? null : counts.truePositives / found;
  const recall = expected === 0 ? null : counts.truePositives / expected;
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  return {
    ...counts,
    precision: precision === null ? null : round(precision),
    recall: recall === null ? null : round(recall),
    f1: f1 === null ? null : round(f1),
  };
}

export interface ScoredText<F extends Span> {
  labels: readonly Span[];
  findings: readonly F[];
}

/** Per-type metrics plus micro averages over structured types, over names and addresses, and over all types. */
export function scoreTexts<F extends Span>(texts: readonly ScoredText<F>[], options: { types?: readonly PiiType[] } = {}) {
  const types = new Set(options.types ?? piiTypes);
  const counts = new Map<PiiType, Counts>();
  const countFor = (type: PiiType) => {
    const existing = counts.get(type) ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    counts.set(type, existing);
    return existing;
  };
  const matches = texts.map((text) => {
    const match = matchText({
      labels: text.labels.filter((label) => types.has(label.type)),
      findings: text.findings.filter((finding) => types.has(finding.type)),
    });
    for (const label of text.labels) if (types.has(label.type)) countFor(label.type).truePositives += 1;
    for (const label of match.falseNegatives) {
      countFor(label.type).truePositives -= 1;
      countFor(label.type).falseNegatives += 1;
    }
    for (const finding of match.falsePositives) countFor(finding.type).falsePositives += 1;
    return match;
  });
  const micro = (filter: (type: PiiType) => boolean) => {
    const total: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    for (const [type, count] of counts) {
      if (!filter(type)) continue;
      total.truePositives += count.truePositives;
      total.falsePositives += count.falsePositives;
      total.falseNegatives += count.falseNegatives;
    }
    return metricsOf(total);
  };
  const perType = Object.fromEntries(piiTypes.filter((type) => counts.has(type)).map((type) => [type, metricsOf(counts.get(type)!)]));
  return {
    perType,
    structured: micro((type) => structuredPiiTypes.has(type)),
    namesAddresses: micro((type) => !structuredPiiTypes.has(type)),
    all: micro(() => true),
    matches,
  };
}
