// Hour-of-week activity clock: warps real time so busy hours pass "slower", which gives irregular events their daily and weekly rhythm.
import { compactArray } from '../json-numbers.ts';

/** Relative event rate per hour of the week (mean 1); activity time advances at that rate. */
export interface ActivityClock {
  weights: number[];
  /** cumulative[b] = sum of weights before hour b; cumulative[168] = 168. */
  cumulative: number[];
}

const hourMs = 3_600_000;
const hoursPerWeek = 168;
const weekMs = hourMs * hoursPerWeek;

/**
 * Fits the hour-of-week event rate of datetime events, or returns null when the rate looks flat (chi-square test).
 * @example
 * const clock = fitActivityClock(transactionTimes); // busy evenings, quiet nights
 */
export function fitActivityClock(times: Float64Array): ActivityClock | null {
  const total = times.length;
  if (total < 200) return null;
  const counts = new Float64Array(hoursPerWeek);
  for (const time of times) {
    const hour = hourOfWeek(time);
    counts[hour] = (counts[hour] ?? 0) + 1;
  }
  const expected = total / hoursPerWeek;
  let chiSquare = 0;
  for (const count of counts) chiSquare += ((count - expected) * (count - expected)) / expected;
  // 167 degrees of freedom: mean 167, sd √334 ≈ 18.3; four sd keeps flat data flat.
  if (chiSquare < 167 + 4 * Math.sqrt(334)) return null;
  const smoothing = 0.5 + expected / 10;
  const raw = Array.from(counts, (count) => Math.max(0.05, (count + smoothing) / (expected + smoothing)));
  const mean = raw.reduce((sum, value) => sum + value, 0) / hoursPerWeek;
  const weights = compactArray(raw.map((value) => value / mean));
  const cumulative = [0];
  for (const weight of weights) cumulative.push((cumulative[cumulative.length - 1] ?? 0) + weight);
  return { weights, cumulative };
}

/**
 * Real epoch ms → activity time (ms of "average-rate" time).
 * @example
 * toActivityTime(clock, Date.UTC(2024, 0, 1));
 */
export function toActivityTime(clock: ActivityClock, time: number): number {
  const week = Math.floor(time / weekMs);
  const hours = (time - week * weekMs) / hourMs;
  const hour = Math.min(hoursPerWeek - 1, Math.floor(hours));
  const offset = (clock.cumulative[hour] ?? 0) + (hours - hour) * (clock.weights[hour] ?? 1);
  return week * weekMs + offset * hourMs;
}

/**
 * Activity time → real epoch ms; the inverse of `toActivityTime`.
 * @example
 * fromActivityTime(clock, toActivityTime(clock, t)); // ≈ t
 */
export function fromActivityTime(clock: ActivityClock, activity: number): number {
  const week = Math.floor(activity / weekMs);
  const offset = (activity - week * weekMs) / hourMs;
  let low = 0;
  let high = hoursPerWeek - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((clock.cumulative[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  const fraction = (offset - (clock.cumulative[low] ?? 0)) / (clock.weights[low] ?? 1);
  return week * weekMs + (low + Math.min(1, Math.max(0, fraction))) * hourMs;
}

function hourOfWeek(time: number): number {
  const hours = Math.floor(time / hourMs) % hoursPerWeek;
  return hours < 0 ? hours + hoursPerWeek : hours;
}
