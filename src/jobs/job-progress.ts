// Progress arithmetic: counts derived from a job's items, and the time left estimated from the rate so far.
import type { JobProgress } from './types.ts';

/** Counts of a job's items; skipped items count as done (nothing is left to do for them). */
export interface ItemCounts {
  total: number;
  done: number;
  failed: number;
}

/** Where an attempt started, so a resumed job's estimate uses only this attempt's rate. */
export interface ProgressBaseline {
  startedAtMs: number;
  finished: number;
  bytes: number;
}

/** When a job has items they are the truth for total/done/failed; a job without items reports its own counts. */
export function applyItemCounts(progress: JobProgress, counts: ItemCounts): JobProgress {
  if (counts.total === 0) return progress;
  return { ...progress, total: counts.total, done: counts.done, failed: counts.failed };
}

/**
 * Seconds left at this attempt's rate: by items when `total` is known, else by bytes; undefined until there is a rate.
 * @example
 * estimateSecondsLeft({ progress: { total: 4, done: 2, failed: 0 }, baseline: { startedAtMs: 0, finished: 0, bytes: 0 }, nowMs: 10_000 }) // 10
 */
export function estimateSecondsLeft(options: { progress: JobProgress; baseline: ProgressBaseline; nowMs: number }): number | undefined {
  const { progress, baseline } = options;
  const elapsedSeconds = (options.nowMs - baseline.startedAtMs) / 1000;
  if (elapsedSeconds <= 0) return undefined;
  const estimate = (reached: number, goal: number, from: number) => {
    const rate = (reached - from) / elapsedSeconds;
    if (rate <= 0) return undefined;
    return Math.max(0, Math.round((goal - reached) / rate));
  };
  if (progress.total !== undefined && progress.total > 0) {
    return estimate(progress.done + progress.failed, progress.total, baseline.finished);
  }
  if (progress.totalBytes !== undefined && progress.totalBytes > 0 && progress.bytes !== undefined) {
    return estimate(progress.bytes, progress.totalBytes, baseline.bytes);
  }
  return undefined;
}

/** The progress a final status keeps: no estimate, since nothing is left to estimate. */
export function finalProgress(progress: JobProgress): JobProgress {
  const { etaSeconds: _etaSeconds, ...rest } = progress;
  return rest;
}
