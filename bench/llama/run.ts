// Measures the llama provider's streaming overhead: tokens/s through provider.stream vs node-llama-cpp's LlamaChat called directly.
// Run: node --import tsx bench/llama/run.ts   (env: BENCH_TOKENS, BENCH_RUNS, BENCH_THREADS, BENCH_EMBEDDING, BENCH_BLOCKS)
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getLlama, getModuleVersion, LlamaChat, LlamaLogLevel } from 'node-llama-cpp';
import { createLlamaProvider } from '../../src/models/llama/index.ts';
import type { ChatRequest } from '../../src/models/types.ts';
import { writeTinyGguf } from '../../test/helpers/gguf-writer.ts';

const tokens = Number(process.env['BENCH_TOKENS'] ?? 128);
const runs = Number(process.env['BENCH_RUNS'] ?? 9);
const threads = Number(process.env['BENCH_THREADS'] ?? 1);
const embeddingLength = Number(process.env['BENCH_EMBEDDING'] ?? 512);
const blockCount = Number(process.env['BENCH_BLOCKS'] ?? 8);
const contextSize = 1024;
const prompt = '다음 문장을 이어서 써 주세요. Please continue the following story about a small robot.';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const directory = mkdtempSync(join(tmpdir(), 'genstack-bench-llama-'));
const path = join(directory, 'bench.gguf');
writeTinyGguf(path, { embeddingLength, blockCount, headCount: 8, feedForwardLength: embeddingLength * 3, contextLength: 4096, seed: 42 });

// One engine for both sides, so the only difference is the code between the caller and LlamaChat.
const llama = await getLlama({ gpu: false, build: 'never', logLevel: LlamaLogLevel.error });
const provider = createLlamaProvider({ loadLlama: async () => llama });
const providerModel = provider.chatModel('bench', { path, contextSize, parallel: 1, threads });
const request: ChatRequest = { messages: [{ role: 'user', content: prompt }], temperature: 0 };

const directModel = await llama.loadModel({ modelPath: path });
const directContext = await directModel.createContext({ contextSize, sequences: 1, threads });
const directSequence = directContext.getSequence();
const directChat = new LlamaChat({ contextSequence: directSequence });

async function runProvider(maxTokens = tokens): Promise<{ seconds: number; tokens: number }> {
  const started = performance.now();
  let generated = 0;
  for await (const part of providerModel.stream({ ...request, maxTokens }))
    if (part.type === 'finish') generated = part.usage.completionTokens;
  return { seconds: (performance.now() - started) / 1000, tokens: generated };
}

async function runDirect(maxTokens = tokens): Promise<{ seconds: number; tokens: number }> {
  const started = performance.now();
  const before = directSequence.tokenMeter.getState();
  let text = '';
  await directChat.generateResponse(
    [
      { type: 'user', text: prompt },
      { type: 'model', response: [] },
    ],
    {
      maxTokens,
      temperature: 0,
      onTextChunk: (chunk) => void (text += chunk),
    },
  );
  return { seconds: (performance.now() - started) / 1000, tokens: directSequence.tokenMeter.diff(before).usedOutputTokens };
}

// Warm up both (engine start, template parsing, first KV fill), then alternate so drift in machine load hits both sides alike.
await runProvider();
await runDirect();
const providerRates: number[] = [];
const directRates: number[] = [];
const generatedTokens = { provider: new Set<number>(), direct: new Set<number>() };
for (let run = 0; run < runs; run += 1) {
  const order = run % 2 === 0 ? [runProvider, runDirect] : [runDirect, runProvider];
  for (const measure of order) {
    const result = await measure();
    (measure === runProvider ? providerRates : directRates).push(result.tokens / result.seconds);
    generatedTokens[measure === runProvider ? 'provider' : 'direct'].add(result.tokens);
  }
}

// The provider's fixed cost per request (prompt conversion, usage tokenisation, the stream bridge), without generation noise.
const fixedCosts: number[] = [];
for (let run = 0; run < 21; run += 1) {
  const direct = await runDirect(1);
  const viaProvider = await runProvider(1);
  fixedCosts.push((viaProvider.seconds - direct.seconds) * 1000);
}

const providerTokensPerSecond = median(providerRates);
const directTokensPerSecond = median(directRates);
// Each run's two measurements sit side by side in time; the median of their ratios cancels slow drifts in machine load.
const pairedOverheads = providerRates.map((rate, index) => ((directRates[index] ?? rate) / rate - 1) * 100);
console.log(
  JSON.stringify({
    bench: 'llama',
    provider_tokens_per_s: Number(providerTokensPerSecond.toFixed(2)),
    direct_tokens_per_s: Number(directTokensPerSecond.toFixed(2)),
    overhead_pct: Number((((directTokensPerSecond - providerTokensPerSecond) / directTokensPerSecond) * 100).toFixed(2)),
    paired_overhead_pct: Number(median(pairedOverheads).toFixed(2)),
    fixed_overhead_ms_per_request: Number(median(fixedCosts).toFixed(3)),
    peer: 'node-llama-cpp direct',
    peer_api: 'LlamaChat.generateResponse',
    tokens_per_run: tokens,
    generated_tokens: { provider: [...generatedTokens.provider], direct: [...generatedTokens.direct] },
    rates: { provider: providerRates.map((rate) => Math.round(rate)), direct: directRates.map((rate) => Math.round(rate)) },
    runs,
    threads,
    model: {
      embedding_length: embeddingLength,
      block_count: blockCount,
      weights: 'f32 random',
      file_mb: Math.round(directModel.size / 1e6),
    },
    node_llama_cpp: await getModuleVersion(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
  }),
);

await directContext.dispose();
await directModel.dispose();
await provider.dispose();
await llama.dispose();
rmSync(directory, { recursive: true, force: true });
