// Turns the measurements into the one JSON line the bench prints: per-path latency, latency added over direct, throughput, targets.
import { round } from './statistics.ts';
import type { SequentialResult } from './sequential.ts';
import type { ThroughputResult } from './throughput.ts';

export interface Measurements {
  tokens: number;
  tokenIntervalMs: number;
  cores: number;
  /** 1-minute load average when the run started and ended. */
  loadAverage: { start: number; end: number };
  plan: { rounds: number; warmupRounds: number; durationMs: number; throughputSlices: number; warmLoadMs: number; concurrencies: number[] };
  sequential: Record<string, SequentialResult>;
  /** Keyed by `c<concurrency>`, then by path. */
  throughput: Record<string, Record<string, ThroughputResult>>;
}

/** The targets from the issue: added p50 ≤ 0.5 ms and p99 ≤ 3 ms (time to first token and total), throughput ≥ 2× Portkey's. */
export const targets = { addedP50Ms: 0.5, addedP99Ms: 3, throughputOverPeer: 2 };

function added(path: SequentialResult, direct: SequentialResult) {
  return {
    ttft_p50: round(path.ttft.p50 - direct.ttft.p50),
    ttft_p99: round(path.ttft.p99 - direct.ttft.p99),
    total_p50: round(path.total.p50 - direct.total.p50),
    total_p99: round(path.total.p99 - direct.total.p99),
  };
}

function pathSummary(name: string, measurements: Measurements) {
  const sequential = measurements.sequential[name]!;
  const underLoad: Record<string, { rps: number; ttft_p99: number; total_p99: number; errors: number; cpu_ms_per_request?: number }> = {};
  for (const [key, row] of Object.entries(measurements.throughput)) {
    const result = row[name]!;
    const cpu = result.cpuMsPerRequest === undefined ? {} : { cpu_ms_per_request: result.cpuMsPerRequest };
    underLoad[key] = { rps: result.rps, ttft_p99: result.ttft.p99, total_p99: result.total.p99, errors: result.errors, ...cpu };
  }
  return {
    ttft_ms: { p50: sequential.ttft.p50, p99: sequential.ttft.p99 },
    total_ms: { p50: sequential.total.p50, p99: sequential.total.p99 },
    requests: sequential.requests,
    load: underLoad,
  };
}

/**
 * @example
 * const line = buildReport({ measurements, peer: '@portkey-ai/gateway 1.15.2' });
 * console.log(JSON.stringify(line));
 */
export function buildReport(options: { measurements: Measurements; peer: string }) {
  const { measurements } = options;
  const plan = measurements.plan;
  const direct = measurements.sequential['direct']!;
  const pipe = measurements.sequential['pipe'];
  const addedMs = {
    genstack: added(measurements.sequential['genstack']!, direct),
    portkey: added(measurements.sequential['portkey']!, direct),
    // With --floor: a bare byte-piping proxy, the part of any gateway's cost that is only the extra process hop.
    ...(pipe ? { pipe: added(pipe, direct) } : {}),
  };
  const rps: Record<string, { direct: number; genstack: number; portkey: number; pipe?: number }> = {};
  for (const [key, row] of Object.entries(measurements.throughput)) {
    rps[key] = {
      direct: row['direct']!.rps,
      genstack: row['genstack']!.rps,
      portkey: row['portkey']!.rps,
      ...(row['pipe'] ? { pipe: row['pipe'].rps } : {}),
    };
  }
  // Gateway CPU per completed stream: unlike requests/s, background load on the machine hardly moves it.
  const cpuMsPerRequest: Record<string, Record<string, number | undefined>> = {};
  for (const [key, row] of Object.entries(measurements.throughput)) {
    cpuMsPerRequest[key] = Object.fromEntries(Object.entries(row).map(([name, result]) => [name, result.cpuMsPerRequest]));
  }
  const ours = addedMs.genstack;
  const throughputTargets = Object.fromEntries(
    Object.entries(rps).map(([key, row]) => [`rps_${key}_2x_portkey`, row.genstack >= targets.throughputOverPeer * row.portkey]),
  );
  return {
    bench: 'gateway',
    peer: options.peer,
    tokens: measurements.tokens,
    token_interval_ms: measurements.tokenIntervalMs,
    note: [
      `${measurements.cores} CPU cores shared by the load generator, the upstream and the gateway under test (separate processes, nothing pinned)`,
      `latency: ${plan.rounds} sequential requests per path, interleaved, after ${plan.warmLoadMs / 1000} s of load per path`,
      `throughput: closed loop, ${plan.durationMs / 1000} s per path and concurrency in ${plan.throughputSlices} interleaved slices`,
    ].join('; '),
    load_average_1m: [round(measurements.loadAverage.start), round(measurements.loadAverage.end)],
    direct: pathSummary('direct', measurements),
    genstack: pathSummary('genstack', measurements),
    portkey: pathSummary('portkey', measurements),
    ...(pipe ? { pipe: pathSummary('pipe', measurements) } : {}),
    added_ms: addedMs,
    rps,
    cpu_ms_per_request: cpuMsPerRequest,
    targets_met: {
      added_p50: ours.ttft_p50 <= targets.addedP50Ms && ours.total_p50 <= targets.addedP50Ms,
      added_p99: ours.ttft_p99 <= targets.addedP99Ms && ours.total_p99 <= targets.addedP99Ms,
      ...throughputTargets,
    },
  };
}
