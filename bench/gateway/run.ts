// `npm run bench:gateway [-- --quick]`: what genstack adds between a client and an upstream model server, next to Portkey's gateway.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  portkeyVersion,
  startGenstackProcess,
  startPipeProxyProcess,
  startPortkeyProcess,
  startUpstreamProcess,
  type ChildServer,
} from './processes.ts';
import { profileGenstack } from './profile.ts';
import { buildReport, type Measurements } from './report.ts';
import { measureSequential } from './sequential.ts';
import type { Target } from './stream-client.ts';
import { measureThroughput, measureThroughputInterleaved, type ThroughputResult } from './throughput.ts';
import { verifyTargets } from './verify.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    /** Adds a fourth path, a bare byte-piping proxy: the cost of the extra hop alone. */
    floor: { type: 'boolean', default: false },
    /** Streams in flight while profiling. */
    concurrency: { type: 'string', default: '200' },
    tokens: { type: 'string', default: '32' },
    'token-interval-ms': { type: 'string', default: '2' },
    rounds: { type: 'string' },
    'duration-s': { type: 'string' },
  },
});
const tokens = Number(values.tokens);
const tokenIntervalMs = Number(values['token-interval-ms']);
const plan = {
  warmupRounds: values.quick ? 20 : 50,
  rounds: Number(values.rounds ?? (values.quick ? 60 : 300)),
  /** Per path and concurrency, split into interleaved slices. */
  durationMs: Number(values['duration-s'] ?? (values.quick ? 2 : 8)) * 1000,
  throughputSlices: 2,
  throughputWarmupMs: values.quick ? 500 : 1000,
  /** A load per path before the latency run: a gateway in service runs JIT-optimised code, not the interpreter's. */
  warmLoadMs: values.quick ? 1000 : 3000,
  concurrencies: [50, 200],
};
const resultsDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');
const log = (line: string) => process.stderr.write(`${line}\n`);

const servers: ChildServer[] = [];
async function stopAll(): Promise<void> {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
}
process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));

function describe(name: string, result: ThroughputResult): string {
  const failures = result.errors ? `, ${result.errors} errors (${result.firstError})` : '';
  const cpu = result.cpuMsPerRequest === undefined ? '' : `, ${result.cpuMsPerRequest} CPU ms/request`;
  return `c${result.concurrency} ${name}: ${result.rps} req/s, ttft p99 ${result.ttft.p99} ms, total p99 ${result.total.p99} ms${cpu}${failures}`;
}

async function main(): Promise<void> {
  // Other work on the machine moves every figure; the 1-minute load average before and after says how much there was.
  const startLoad = loadavg()[0]!;
  log(
    `gateway bench: ${tokens} tokens every ${tokenIntervalMs} ms; ${cpus().length} CPU cores shared by the load generator, the upstream and the gateways (nothing pinned)`,
  );
  const upstream = await startUpstreamProcess({ tokens, tokenIntervalMs });
  servers.push(upstream);
  if (values.profile) {
    const summary = await profileGenstack({
      upstreamUrl: upstream.url,
      tokens,
      concurrency: Number(values.concurrency),
      durationMs: plan.durationMs,
      directory: join(resultsDirectory, 'profiles'),
    });
    process.stdout.write(`${summary}\n`);
    return;
  }
  const genstack = await startGenstackProcess({ upstreamUrl: upstream.url });
  servers.push(genstack);
  const portkey = await startPortkeyProcess();
  servers.push(portkey);
  const targets: Target[] = [
    // For `direct` the measured process is the upstream itself: its CPU per stream is the baseline cost of the stream.
    { name: 'direct', url: upstream.url, headers: {}, model: 'fake', pid: upstream.child.pid },
    { name: 'genstack', url: genstack.url, headers: {}, model: 'up', pid: genstack.child.pid },
    {
      name: 'portkey',
      url: portkey.url,
      pid: portkey.child.pid,
      headers: { 'x-portkey-provider': 'openai', 'x-portkey-custom-host': `${upstream.url}/v1`, authorization: 'Bearer not-needed' },
      model: 'fake',
    },
  ];
  if (values.floor) {
    const pipe = await startPipeProxyProcess({ upstreamUrl: upstream.url });
    servers.push(pipe);
    targets.push({ name: 'pipe', url: pipe.url, headers: {}, model: 'fake', pid: pipe.child.pid });
  }
  await verifyTargets({ targets, tokens });
  log('verified: every path streams and answers the full bilingual text');
  for (const target of targets) await measureThroughput({ target, concurrency: 50, durationMs: plan.warmLoadMs, warmupMs: 0, tokens });
  log(`warmed: ${plan.warmLoadMs / 1000} s at 50 streams per path`);

  const sequential = await measureSequential({ targets, rounds: plan.rounds, warmup: plan.warmupRounds, tokens });
  for (const [name, result] of Object.entries(sequential)) {
    log(`sequential ${name}: ttft p50 ${result.ttft.p50} p99 ${result.ttft.p99}; total p50 ${result.total.p50} p99 ${result.total.p99} ms`);
  }

  const throughput: Record<string, Record<string, ThroughputResult>> = {};
  for (const concurrency of plan.concurrencies) {
    const options = {
      targets,
      concurrency,
      durationMs: plan.durationMs,
      slices: plan.throughputSlices,
      warmupMs: plan.throughputWarmupMs,
      tokens,
    };
    const row = await measureThroughputInterleaved(options);
    for (const [name, result] of Object.entries(row)) log(describe(name, result));
    throughput[`c${concurrency}`] = row;
  }

  const loadAverage = { start: startLoad, end: loadavg()[0]! };
  const measurements: Measurements = { tokens, tokenIntervalMs, cores: cpus().length, loadAverage, plan, sequential, throughput };
  const report = buildReport({ measurements, peer: `@portkey-ai/gateway ${portkeyVersion()}` });
  mkdirSync(resultsDirectory, { recursive: true });
  writeFileSync(
    join(resultsDirectory, `gateway-${new Date().toISOString().replace(/[:.]/g, '-')}.json`),
    JSON.stringify({ report, measurements }, null, 2),
  );
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

try {
  await main();
} finally {
  await stopAll();
}
