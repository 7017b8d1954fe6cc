// Scoring: Recall@5 and MRR@10 against passage labels, and latency percentiles.
import type { LabelledQuery, Passage } from './corpus-types.ts';
import type { Hit, SearchSystem } from './search-system.ts';

export interface Quality {
  recall_at_5: number;
  mrr_at_10: number;
  queries: number;
}

function covers(hit: Hit, passage: Passage): boolean {
  return hit.path === passage.path && hit.text.includes(passage.sentence);
}

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Recall@5: the share of a query's relevant passages that the top 5 contain, averaged; MRR@10: 1/rank of the first
 * result that contains any relevant passage, averaged (0 when none of the top 10 does).
 * @example
 * const quality = await measureQuality({ system, queries, passages });
 */
export async function measureQuality(options: {
  system: SearchSystem;
  queries: LabelledQuery[];
  passages: Map<string, Passage>;
}): Promise<Quality & { byKind: Record<string, Quality> }> {
  const sums = new Map<string, { recall: number; reciprocal: number; queries: number }>();
  const add = (key: string, recall: number, reciprocal: number) => {
    const sum = sums.get(key) ?? { recall: 0, reciprocal: 0, queries: 0 };
    sum.recall += recall;
    sum.reciprocal += reciprocal;
    sum.queries += 1;
    sums.set(key, sum);
  };
  for (const query of options.queries) {
    const hits = await options.system.search(query.text, 10);
    const relevant = query.relevant.map((id) => options.passages.get(id)!);
    const found = relevant.filter((passage) => hits.slice(0, 5).some((hit) => covers(hit, passage))).length;
    const rank = hits.findIndex((hit) => relevant.some((passage) => covers(hit, passage)));
    const recall = found / relevant.length;
    const reciprocal = rank < 0 ? 0 : 1 / (rank + 1);
    add('all', recall, reciprocal);
    add(query.kind, recall, reciprocal);
  }
  const summary = (key: string): Quality => {
    const sum = sums.get(key) ?? { recall: 0, reciprocal: 0, queries: 0 };
    const queries = Math.max(1, sum.queries);
    return { recall_at_5: round(sum.recall / queries), mrr_at_10: round(sum.reciprocal / queries), queries: sum.queries };
  };
  const byKind = Object.fromEntries([...sums.keys()].filter((key) => key !== 'all').map((key) => [key, summary(key)]));
  return { ...summary('all'), byKind };
}

/**
 * Sequential query latency (k=10) after a warm-up pass over a few queries. A system that is still running when
 * `budgetMs` is spent stops there (at least 10 queries), so one slow peer cannot stretch the run; `queries` says how many ran.
 * @example
 * const { p50, p99 } = await measureLatency({ system, queries: ['환불', 'refund'], warmup: 20, budgetMs: 30_000 });
 */
export async function measureLatency(options: { system: SearchSystem; queries: string[]; warmup: number; budgetMs: number }) {
  for (const query of options.queries.slice(0, options.warmup)) await options.system.search(query, 10);
  const timings: number[] = [];
  const deadline = performance.now() + options.budgetMs;
  for (const query of options.queries) {
    if (timings.length >= 10 && performance.now() > deadline) break;
    const started = performance.now();
    await options.system.search(query, 10);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const at = (share: number) => round(timings[Math.min(timings.length - 1, Math.floor(share * timings.length))]!, 2);
  return { p50: at(0.5), p99: at(0.99), queries: timings.length };
}
