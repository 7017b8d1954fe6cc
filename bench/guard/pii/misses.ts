// Collects false negatives and false positives with a text excerpt, spread across types, for the recogniser authors.
import type { GeneratedText } from './dataset.ts';
import type { Span, TextMatch } from './score.ts';

export interface Miss {
  kind: 'false-negative' | 'false-positive';
  type: string;
  id: string;
  template: string;
  value: string;
  excerpt: string;
  recognizer?: string;
}

const excerptOf = (text: string, span: Span) =>
  `${span.start > 30 ? '…' : ''}${text.slice(Math.max(0, span.start - 30), span.start)}⟦${text.slice(span.start, span.end)}⟧${text.slice(span.end, span.end + 30)}${span.end + 30 < text.length ? '…' : ''}`.replace(
    /\n/g,
    ' ⏎ ',
  );

/** Takes up to `limit` misses round-robin over types, so a type with many misses does not hide the others. */
function spreadByType(misses: Miss[], limit: number): Miss[] {
  const byType = new Map<string, Miss[]>();
  for (const miss of misses) byType.set(miss.type, [...(byType.get(miss.type) ?? []), miss]);
  const queues = [...byType.values()];
  const chosen: Miss[] = [];
  for (let round = 0; chosen.length < limit && queues.some((queue) => queue.length > round); round += 1)
    for (const queue of queues) if (queue[round] && chosen.length < limit) chosen.push(queue[round]!);
  return chosen;
}

/**
 * Up to `limit` false negatives and false positives, plus counts per type and per template.
 * @example
 * collectMisses({ texts, matches, limit: 40 }).falseNegatives[0]; // { type: 'PHONE', excerpt: '…연락처 ⟦02 345 6789⟧…' }
 */
export function collectMisses<F extends Span & { recognizer?: string }>(input: {
  texts: readonly GeneratedText[];
  matches: readonly TextMatch<F>[];
  limit: number;
}) {
  const negatives: Miss[] = [];
  const positives: Miss[] = [];
  input.matches.forEach((match, index) => {
    const text = input.texts[index]!;
    const base = { id: text.id, template: text.template };
    for (const label of match.falseNegatives)
      negatives.push({
        kind: 'false-negative',
        type: label.type,
        ...base,
        value: text.text.slice(label.start, label.end),
        excerpt: excerptOf(text.text, label),
      });
    for (const finding of match.falsePositives)
      positives.push({
        kind: 'false-positive',
        type: finding.type,
        ...base,
        value: text.text.slice(finding.start, finding.end),
        excerpt: excerptOf(text.text, finding),
        ...(finding.recognizer ? { recognizer: finding.recognizer } : {}),
      });
  });
  const countBy = (misses: Miss[], key: (miss: Miss) => string) =>
    Object.fromEntries(
      Object.entries(
        misses.reduce<Record<string, number>>((counts, miss) => ({ ...counts, [key(miss)]: (counts[key(miss)] ?? 0) + 1 }), {}),
      ).sort((left, right) => right[1] - left[1]),
    );
  return {
    falseNegativeCounts: {
      byType: countBy(negatives, (miss) => miss.type),
      byTemplate: countBy(negatives, (miss) => `${miss.type} @ ${miss.template}`),
    },
    falsePositiveCounts: {
      byType: countBy(positives, (miss) => miss.type),
      byTemplate: countBy(positives, (miss) => `${miss.type} @ ${miss.template}`),
    },
    falseNegatives: spreadByType(negatives, input.limit),
    falsePositives: spreadByType(positives, input.limit),
  };
}
