// `npm run bench:assistants [-- --quick] [--duration-s 60]`: builtin-engine assistants at 10k products / 100k orders — turn
// latency in process and over HTTP, 200 concurrent conversations with a lost-turn check, intent accuracy on held-out
// utterances, and an LLM tool-loop agent on the same turns as the peer. Progress on stderr, one JSON line on stdout.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import OpenAI from 'openai';
import { sqliteRecordCollections } from '../../src/blueprints/index.ts';
import { openBenchPlatform } from './bench-platform.ts';
import { energyStoreScripts } from './energy-scripts.ts';
import { runHttpSequential } from './http-latency.ts';
import { runInProcess } from './in-process-latency.ts';
import { measureIntentAccuracy } from './intent-accuracy.ts';
import { runLlmPeer } from './llm-peer.ts';
import { measureBareServerTail } from './bare-server-tail.ts';
import { runLoad } from './load.ts';
import { checkLostTurns } from './lost-turns.ts';
import type { ConversationScript } from './script-types.ts';
import { startServerChild } from './server-child.ts';
import { telecomScripts } from './telecom-scripts.ts';
import { summarizeTurns } from './turn-samples.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'duration-s': { type: 'string' },
    concurrency: { type: 'string' },
    'peer-turns': { type: 'string' },
  },
});
const quick = values.quick;
const plan = {
  energyConversations: quick ? 60 : 240,
  telecomConversations: quick ? 20 : 80,
  httpConversations: quick ? 12 : 40,
  concurrency: Number(values.concurrency ?? (quick ? 50 : 200)),
  durationS: Number(values['duration-s'] ?? (quick ? 10 : 60)),
  peerTurns: Number(values['peer-turns'] ?? (quick ? 4 : 12)),
};
const targets = { turnP50Ms: 20 };
const log = (line: string) => process.stderr.write(`${line}\n`);
const here = dirname(fileURLToPath(import.meta.url));

/** Energy-store and telecom conversations interleaved 3:1, so every slice of the run sees both assistants. */
function interleave(energy: ConversationScript[], telecom: ConversationScript[]): ConversationScript[] {
  const mixed: ConversationScript[] = [];
  for (let index = 0; index < energy.length || index / 3 < telecom.length; index += 1) {
    if (energy[index]) mixed.push(energy[index]!);
    if (index % 3 === 2 && telecom[(index - 2) / 3]) mixed.push(telecom[(index - 2) / 3]!);
  }
  return mixed;
}

async function main(): Promise<void> {
  const loadStart = loadavg()[0]!;
  log(`assistants bench${quick ? ' (quick)' : ''}: ${JSON.stringify(plan)}`);
  const bench = await openBenchPlatform({ log });
  const { platform } = bench;
  try {
    const records = (name: string) => sqliteRecordCollections({ database: platform.store.database, blueprint: name });
    const generated = performance.now();
    const scripts = interleave(
      energyStoreScripts({ records: records('energy-store'), count: plan.energyConversations, seed: 11 }),
      telecomScripts({ records: records('telecom-care'), count: plan.telecomConversations, seed: 12 }),
    );
    const warmup = interleave(
      energyStoreScripts({ records: records('energy-store'), count: 6, seed: 99 }),
      telecomScripts({ records: records('telecom-care'), count: 2, seed: 98 }),
    );
    const scriptTurns = scripts.reduce((sum, script) => sum + script.turns.length, 0);
    log(`${scripts.length} scripted conversations, ${scriptTurns} turns (generated in ${Math.round(performance.now() - generated)} ms)`);

    const intent = measureIntentAccuracy({ platform, blueprints: ['energy-store', 'telecom-care'] });
    log(`intent accuracy ${intent.accuracy} over ${intent.scored} of ${intent.utterances} held-out utterances; slot F1 ${intent.slots.f1}`);
    const hashBefore = bench.dataHash();

    await runInProcess({ runtime: platform.assistants, scripts: warmup });
    const samples = await runInProcess({
      runtime: platform.assistants,
      scripts,
      onProgress: (done) => done % 50 === 0 && log(`in process: ${done}/${scripts.length} conversations`),
    });
    const inProcess = summarizeTurns(samples);
    log(
      `in process: ${inProcess.turns} turns, p50 ${inProcess.overall.p50} ms, p99 ${inProcess.overall.p99} ms, max ${inProcess.overall.max} ms`,
    );

    const server = await startServerChild({ dataDir: bench.dataDir });
    let http: Awaited<ReturnType<typeof runHttpSequential>>;
    let load: Awaited<ReturnType<typeof runLoad>>;
    try {
      const client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused', maxRetries: 0, timeout: 120_000 });
      await runHttpSequential({ client, scripts: warmup });
      http = await runHttpSequential({ client, scripts: scripts.slice(0, plan.httpConversations) });
      log(`http sequential: ${http.turns} turns, p50 ${http.p50} ms, p99 ${http.p99} ms, ${http.errors} errors`);
      log(`load: ${plan.concurrency} concurrent conversations for ${plan.durationS} s`);
      load = await runLoad({
        client,
        scripts,
        concurrency: plan.concurrency,
        durationMs: plan.durationS * 1000,
        serverCpuMs: server.cpuMs,
      });
      log(
        `load: ${load.turnsOk}/${load.turnsSent} turns ok, ${load.errors} errors, ${load.turnsPerSecond} turns/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, server CPU ${load.serverCpuMsPerTurn} ms/turn`,
      );
    } finally {
      await server.stop();
    }
    const lost = checkLostTurns({ conversations: platform.assistants.conversations, seen: load.seen });
    log(
      `database: ${lost.conversationsChecked} conversations, ${lost.turnsChecked} turns checked, ${lost.lostTurns} lost, ${lost.malformedConversations} malformed`,
    );

    // Where the slowest load turns spent their time: the server stores a turn when it has answered it.
    const slowestLoadTurns = load.slowest.map((turn) => {
      const stored = platform.assistants.conversations.messages(turn.conversationId).find((message) => message.content === turn.text);
      const storedAtS = stored ? Math.round((Date.parse(stored.createdAt) - load.startedAtMs) / 100) / 10 : undefined;
      return { ...turn, storedAtS };
    });
    log(
      `slowest load turns (sent at → stored at, s): ${slowestLoadTurns
        .slice(0, 4)
        .map((turn) => `${turn.atS} → ${turn.storedAtS}`)
        .join(', ')}`,
    );

    // Tail latency under saturation, for reference: a bare server doing the same CPU work per request, same load.
    const bare = await measureBareServerTail({
      workMs: load.serverCpuMsPerTurn ?? 5,
      concurrency: plan.concurrency,
      durationMs: plan.durationS * 1000,
    });
    log(`bare node:http server at ${bare.workMs} ms of CPU per request: p50 ${bare.latency.p50} ms, p99 ${bare.latency.p99} ms`);

    const peer = await runLlmPeer({ platform, scripts, maxTurns: plan.peerTurns, log });
    log(`peer: ${peer.turns} turns, p50 ${peer.p50} ms, p99 ${peer.p99} ms`);
    const dataUnchanged = bench.dataHash() === hashBefore;

    const { seen: _seen, slowest: _slowest, ...loadFigures } = load;
    const report = {
      bench: 'assistants',
      quick,
      machine: `${cpus().length} CPU cores shared by the load generator and the server process; load average ${loadStart.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`,
      data: {
        installs: bench.installs,
        conversations: scripts.length,
        scriptedTurns: scriptTurns,
      },
      builtin: {
        turnP50Ms: inProcess.overall.p50,
        turnP90Ms: inProcess.overall.p90,
        turnP99Ms: inProcess.overall.p99,
        turnMaxMs: inProcess.overall.max,
        turns: inProcess.turns,
        byAssistant: inProcess.byAssistant,
        httpP50Ms: http.p50,
        httpP99Ms: http.p99,
        httpTurns: http.turns,
        httpErrors: http.errors,
      },
      load: {
        conversations: loadFigures.conversations,
        durationS: loadFigures.durationS,
        turns: loadFigures.turnsSent,
        ok: loadFigures.turnsOk,
        errors: loadFigures.errors,
        lostTurns: lost.lostTurns,
        malformedConversations: lost.malformedConversations,
        conversationsStarted: loadFigures.conversationsStarted,
        turnsPerSecond: loadFigures.turnsPerSecond,
        p50Ms: loadFigures.latency.p50,
        p99Ms: loadFigures.latency.p99,
        serverCpuMsPerTurn: loadFigures.serverCpuMsPerTurn,
        bareServer: { p50Ms: bare.latency.p50, p99Ms: bare.latency.p99, requestsPerSecond: bare.requestsPerSecond },
      },
      dataUnchanged,
      intent: {
        accuracy: intent.accuracy,
        scored: intent.scored,
        utterances: intent.utterances,
        byBlueprint: Object.fromEntries(Object.entries(intent.perBlueprint).map(([name, score]) => [name, score.accuracy])),
        slotF1: intent.slots.f1,
      },
      peer: {
        name: peer.name,
        turnP50Ms: Math.round(peer.p50),
        turnP99Ms: Math.round(peer.p99),
        turns: peer.turns,
        errors: peer.errors,
        builtinSpeedup: Math.round(peer.p50 / inProcess.overall.p50),
      },
      targets: {
        turnP50Ms: targets.turnP50Ms,
        met: inProcess.overall.p50 <= targets.turnP50Ms && load.errors === 0 && lost.lostTurns === 0 && lost.malformedConversations === 0,
        turnP50: inProcess.overall.p50 <= targets.turnP50Ms,
        loadZeroErrors: load.errors === 0,
        noLostTurns: lost.lostTurns === 0 && lost.malformedConversations === 0,
      },
    };
    const resultsDirectory = join(here, '..', 'results');
    mkdirSync(resultsDirectory, { recursive: true });
    const file = join(resultsDirectory, `assistants-${new Date().toISOString().replaceAll(/[:.]/g, '-')}.json`);
    writeFileSync(
      file,
      JSON.stringify(
        {
          ...report,
          plan,
          inProcess,
          http,
          loadDetail: { ...loadFigures, slowest: slowestLoadTurns },
          lostTurnCheck: lost,
          intentDetail: intent,
          peerDetail: peer,
        },
        null,
        2,
      ),
    );
    log(`details: ${file}`);
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await bench.close();
  }
}

await main();
