// Rough measurement (not a test): time per streamed request through the provider vs a raw fetch + read of the same stream.
// Run: node --import tsx test/models/openai/measure-overhead.ts [requests=2000] [chunks=32]
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createOpenAiProvider } from '../../../src/models/openai/index.ts';
import type { ChatRequest } from '../../../src/models/types.ts';
import { sse, startFakeUpstream } from './fake-upstream.ts';

const numbers = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
const requests = Number(numbers[0] ?? 2000);
const chunkCount = Number(numbers[1] ?? 32);

function streamBody(): string {
  const chunks: unknown[] = [];
  for (let index = 0; index < chunkCount; index++) {
    const content = index % 2 === 0 ? ' 안녕하세요' : ' hello';
    chunks.push({
      id: 'c',
      object: 'chat.completion.chunk',
      created: 1,
      model: 'm',
      choices: [{ index: 0, delta: { content }, finish_reason: null }],
    });
  }
  chunks.push({ id: 'c', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
  chunks.push({ id: 'c', choices: [], usage: { prompt_tokens: 10, completion_tokens: chunkCount, total_tokens: 10 + chunkCount } });
  return sse(chunks);
}

/** The upstream runs in a child process so its work does not share this event loop. */
async function serve(): Promise<void> {
  const upstream = await startFakeUpstream();
  upstream.setDefault({ type: 'stream', writes: [streamBody()] });
  process.send!({ baseURL: upstream.baseURL });
  process.on('disconnect', () => void upstream.close().then(() => process.exit(0)));
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

async function measure(): Promise<void> {
  const child = fork(import.meta.filename, ['--serve', String(requests), String(chunkCount)], { execArgv: ['--import', 'tsx'] });
  const baseURL = await new Promise<string>((resolve) =>
    child.once('message', (message) => resolve((message as { baseURL: string }).baseURL)),
  );
  const request: ChatRequest = { messages: [{ role: 'user', content: '배송 조회 please' }], maxTokens: 64 };
  const model = createOpenAiProvider().chatModel!('m', { baseURL });
  const rawBody = JSON.stringify({
    model: 'm',
    messages: request.messages,
    max_tokens: 64,
    stream: true,
    stream_options: { include_usage: true },
  });

  const raw = async (): Promise<void> => {
    const response = await fetch(`${baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: rawBody,
    });
    const reader = response.body!.getReader();
    while (!(await reader.read()).done);
  };
  const provider = async (): Promise<void> => {
    let deltas = 0;
    for await (const part of model.stream(request)) if (part.type === 'text-delta') deltas++;
    if (deltas !== chunkCount) throw new Error(`expected ${chunkCount} deltas, got ${deltas}`);
  };

  const samples = { raw: [] as number[], provider: [] as number[] };
  const cpu = { raw: 0, provider: 0 };
  for (let index = 0; index < 300; index++) await (index % 2 ? raw() : provider()); // warm up JIT and the pool
  // Alternate in blocks so drift (GC, CPU frequency) hits both sides alike.
  for (let block = 0; block < requests / 100; block++) {
    for (const [name, run] of [
      ['raw', raw],
      ['provider', provider],
    ] as const) {
      const cpuStart = process.cpuUsage();
      for (let index = 0; index < 100; index++) {
        const start = performance.now();
        await run();
        samples[name].push(performance.now() - start);
      }
      const cpuUsed = process.cpuUsage(cpuStart);
      cpu[name] += cpuUsed.user + cpuUsed.system;
    }
  }
  const summary = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return {
      p50: percentile(sorted, 0.5),
      p90: percentile(sorted, 0.9),
      p99: percentile(sorted, 0.99),
      mean: values.reduce((a, b) => a + b, 0) / values.length,
    };
  };
  const rawSummary = summary(samples.raw);
  const providerSummary = summary(samples.provider);
  const format = (value: number) => `${(value * 1000).toFixed(0)} µs`;
  console.log(`${requests} sequential streamed requests each, ${chunkCount} text chunks + finish + usage + [DONE] per stream`);
  for (const key of ['p50', 'p90', 'p99', 'mean'] as const) {
    console.log(
      `${key.padEnd(4)}  raw ${format(rawSummary[key]).padStart(8)}  provider ${format(providerSummary[key]).padStart(8)}  overhead ${format(providerSummary[key] - rawSummary[key]).padStart(8)}`,
    );
  }
  // CPU time of this (client) process per request is steadier than wall time on a shared machine.
  const cpuRaw = cpu.raw / samples.raw.length;
  const cpuProvider = cpu.provider / samples.provider.length;
  console.log(
    `cpu   raw ${cpuRaw.toFixed(0).padStart(5)} µs  provider ${cpuProvider.toFixed(0).padStart(5)} µs  overhead ${(cpuProvider - cpuRaw).toFixed(0).padStart(5)} µs`,
  );
  child.disconnect();
}

if (process.argv.includes('--serve')) await serve();
else await measure();
