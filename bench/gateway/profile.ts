// `--profile`: runs the genstack server under `node --cpu-prof` at a fixed number of concurrent streams and says where its CPU time goes.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startGenstackProcess } from './processes.ts';
import { round } from './statistics.ts';
import { measureThroughput } from './throughput.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  /** Microseconds on the monotonic clock, the same clock as process.hrtime in every process. */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds on the monotonic clock that V8's profiler uses. */
const monotonicMicroseconds = () => Number(process.hrtime.bigint() / 1000n);

/** Where a frame's code lives: a genstack file, an npm package, Node's internals, or a V8 pseudo-frame. */
function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch) return `npm:${packageMatch[1]}`;
  const sourceMatch = /\/(src\/.+)$/.exec(url);
  if (sourceMatch) return sourceMatch[1]!;
  if (url.startsWith('node:')) return url.replace(/^node:internal\//, 'node:');
  return url;
}

function frameKey(node: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  // tsx emits each module on one line, so for genstack's files the column is what tells two functions apart.
  return `${functionName || '(anonymous)'} ${placeOf(url, functionName)}${url ? `:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
}

function top(map: Map<string, number>, totalMs: number, count: number): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${round(ms).toFixed(0).padStart(7)} ms ${((ms / totalMs) * 100).toFixed(1).padStart(5)}%  ${key}`);
}

/**
 * Self time by function and by place, and inclusive time of genstack's own functions, from one .cpuprofile;
 * only samples inside `window` (monotonic µs) count, so start-up and warm-up stay out of the figures.
 * @example
 * console.log(summarizeProfile(JSON.parse(readFileSync('x.cpuprofile', 'utf8')), { startUs: 0, endUs: Infinity }));
 */
export function summarizeProfile(profile: CpuProfile, window: { startUs: number; endUs: number }): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const selfByFunction = new Map<string, number>();
  const selfByPlace = new Map<string, number>();
  const inclusiveOurs = new Map<string, number>();
  let totalMs = 0;
  let idleMs = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at < window.startUs || at > window.endUs) return;
    const ms = delta / 1000;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') {
      idleMs += ms;
      return;
    }
    totalMs += ms;
    const key = frameKey(node);
    selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + ms);
    const place = placeOf(node.callFrame.url, node.callFrame.functionName);
    selfByPlace.set(place, (selfByPlace.get(place) ?? 0) + ms);
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
      const frame = byId.get(current)!;
      if (!/\/src\//.test(frame.callFrame.url)) continue;
      const frameName = frameKey(frame);
      if (seen.has(frameName)) continue;
      seen.add(frameName);
      inclusiveOurs.set(frameName, (inclusiveOurs.get(frameName) ?? 0) + ms);
    }
  });
  return [
    `busy ${round(totalMs).toFixed(0)} ms, idle ${round(idleMs).toFixed(0)} ms`,
    'self time by place:',
    ...top(selfByPlace, totalMs, 20),
    'self time by function:',
    ...top(selfByFunction, totalMs, 30),
    "inclusive time of genstack's functions:",
    ...top(inclusiveOurs, totalMs, 20),
  ].join('\n');
}

/** Starts a profiled genstack, loads it at `concurrency` streams for `durationMs`, stops it so the profile is written, and summarises it. */
export async function profileGenstack(options: {
  upstreamUrl: string;
  tokens: number;
  concurrency: number;
  durationMs: number;
  directory: string;
}): Promise<string> {
  rmSync(options.directory, { recursive: true, force: true });
  const genstack = await startGenstackProcess({ upstreamUrl: options.upstreamUrl, cpuProfileDir: options.directory });
  const warmupMs = 1000;
  let result;
  let window;
  try {
    const target = { name: 'genstack', url: genstack.url, headers: {}, model: 'up' };
    const startUs = monotonicMicroseconds() + warmupMs * 1000;
    result = await measureThroughput({
      target,
      concurrency: options.concurrency,
      durationMs: options.durationMs,
      warmupMs,
      tokens: options.tokens,
    });
    window = { startUs, endUs: startUs + options.durationMs * 1000 };
  } finally {
    await genstack.stop();
  }
  // File names are CPU.<date>.<time>.<pid>.<thread>.<sequence>.cpuprofile; thread 0 is the main thread (tsx adds a loader thread).
  const file = readdirSync(options.directory).find((name) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(name));
  if (!file) throw new Error(`No main-thread .cpuprofile was written to ${options.directory}`);
  const path = join(options.directory, file);
  const summary = summarizeProfile(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile, window);
  return `profile: ${path}\nunder profiling, c${options.concurrency}: ${result.rps} req/s, total p99 ${result.total.p99} ms\n${summary}`;
}
