// Turn timings and their summaries: overall, by the intent the engine reported, by assistant; plus the slowest turns to look at.
import { summarize, type LatencySummary } from '../gateway/statistics.ts';
import type { ScriptTurn } from './script-types.ts';

export interface TurnSample {
  assistantId: string;
  ms: number;
  intent: string;
  turn: ScriptTurn;
}

export interface TurnSummary {
  turns: number;
  overall: LatencySummary;
  byAssistant: Record<string, LatencySummary & { turns: number }>;
  byIntent: Record<string, LatencySummary & { turns: number }>;
  /** The customer's intent as scripted, against what the engine reported (how often it agreed is in the intent section). */
  slowest: Array<{ ms: number; assistantId: string; intent: string; kind: string; text: string }>;
}

function grouped(samples: TurnSample[], key: (sample: TurnSample) => string) {
  const groups = new Map<string, number[]>();
  for (const sample of samples) groups.set(key(sample), [...(groups.get(key(sample)) ?? []), sample.ms]);
  return Object.fromEntries(
    [...groups.entries()]
      .sort(([, a], [, b]) => b.length - a.length)
      .map(([name, values]) => [name, { turns: values.length, ...summarize(values) }]),
  );
}

/**
 * @example
 * const summary = summarizeTurns(samples);
 * summary.overall.p50;
 */
export function summarizeTurns(samples: TurnSample[]): TurnSummary {
  return {
    turns: samples.length,
    overall: summarize(samples.map((sample) => sample.ms)),
    byAssistant: grouped(samples, (sample) => sample.assistantId),
    byIntent: grouped(samples, (sample) => `${sample.assistantId}:${sample.intent}`),
    slowest: [...samples]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8)
      .map((sample) => ({
        ms: Math.round(sample.ms * 10) / 10,
        assistantId: sample.assistantId,
        intent: sample.intent,
        kind: sample.turn.kind,
        text: sample.turn.text,
      })),
  };
}
