// `node --import tsx bench/guard/conversation/run.ts [--quick]`: the guard's cost per /v1 chat request over whole
// conversations, whose every request re-sends the history. genstack's guard with its scan memory (the workspace as the
// scope, as the route runs it) is timed in turns with the same guard scanning every message of every request (the peer:
// genstack before the memory, and any gateway that scans the messages it is sent). Prints one JSON line.
import { parseArgs } from 'node:util';
import { createStreamPiiGuard, guardChatRequest, MaskVault, resolveGuardPolicy, scanPii } from '../../../src/guard/index.ts';
import { builtinEntries, createModelRegistry, type ChatMessage } from '../../../src/models/index.ts';
import { createBuiltinProvider } from '../../../src/models/builtin/index.ts';
import { createOpenAiProvider } from '../../../src/models/openai/index.ts';
import { readOrdinary } from '../injection/corpus.ts';
import { buildPiiDataset } from '../pii/dataset.ts';
import { knowledgeDocumentTexts } from '../pii/knowledge-documents.ts';
import { seededRandom } from '../pii/random.ts';
import { measureStreamFidelity } from './stream-fidelity.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = values.quick;
const log = (line: string) => process.stderr.write(`${line}\n`);
const turnsPerConversation = 20;
const conversationCount = quick ? 30 : 120;
const runs = 3;

const systemPrompt =
  '당신은 한결모바일의 고객 상담 도우미입니다. 요금제, 청구서, 로밍, 단말기 할부에 대해 정확하고 친절하게 답하고, 모르는 것은 상담사 연결을 안내하세요. ' +
  'You are the care assistant of Hangyeol Mobile: answer questions about plans, bills, roaming and device instalments in the customer’s language, ' +
  'never guess account details, and offer a human agent when unsure.';

/**
 * Conversations of customers' turns (ordinary messages; one in ten, at random turns, a text dense with personal data, generated so
 * no value repeats) and replies (a knowledge paragraph, as an assistant quotes it, made unique per turn).
 */
function buildConversations(): { user: string; reply: string }[][] {
  const random = seededRandom(2026_12_02);
  const ordinary = [...readOrdinary('tuning'), ...readOrdinary('held-out')].map((message) => message.text);
  const dense = buildPiiDataset({ seed: 20_261_202, count: Math.ceil((conversationCount * turnsPerConversation) / 5) });
  // Through JSON, as a request body arrives: the generator's concatenated strings would otherwise stay ropes.
  const denseTexts = JSON.parse(JSON.stringify(dense.map((text) => text.text))) as string[];
  const paragraphs = knowledgeDocumentTexts()
    .flatMap((document) => document.split(/\n{2,}/u))
    .filter((paragraph) => paragraph.length >= 80);
  let denseAt = 0;
  return Array.from({ length: conversationCount }, (_, conversation) =>
    Array.from({ length: turnsPerConversation }, (_, turn) => ({
      user: random.chance(0.1) && denseAt < denseTexts.length ? denseTexts[denseAt++]! : random.pick(ordinary),
      reply: `${random.pick(paragraphs)}\n(${conversation + 1}-${turn + 1})`,
    })),
  );
}

/** The requests of one conversation: each carries the system prompt and every turn so far. */
function requestsOf(turns: readonly { user: string; reply: string }[]): ChatMessage[][] {
  const history: ChatMessage[] = [{ role: 'system', content: systemPrompt }];
  return turns.map((turn) => {
    history.push({ role: 'user', content: turn.user });
    const request = [...history];
    history.push({ role: 'assistant', content: turn.reply });
    return request;
  });
}

/**
 * The output guard on replies streamed as a model sends them (tokens of four characters): CPU per reply with the
 * guard's scan stride, against its window alone (see `measureStreamFidelity`), scanning at every token (the guard before
 * the stride) and one scan of the whole reply.
 */
function measureStreamedReplies(replies: readonly string[]) {
  const sample = replies.slice(0, quick ? 100 : 300);
  const stream = (variant: { scanEvery?: number; windowOnly?: boolean }) => () => {
    for (const reply of sample) {
      const guard = createStreamPiiGuard({
        // The window alone: no earlier values, the context as long as the hold-back (the guard before 2026-12-04).
        scan: variant.windowOnly ? (text) => scanPii(text) : (text, earlier) => scanPii(text, { earlier }),
        actions: () => 'redact',
        vault: new MaskVault(),
        ...(variant.scanEvery === undefined ? {} : { scanEvery: variant.scanEvery }),
        ...(variant.windowOnly ? { contextLength: 128 } : {}),
      });
      for (let at = 0; at < reply.length; at += 4) guard.push(reply.slice(at, at + 4));
      guard.flush();
    }
  };
  const whole = () => {
    for (const reply of sample) scanPii(reply);
  };
  const works = {
    genstackMicroseconds: stream({}),
    windowOnlyMicroseconds: stream({ windowOnly: true }),
    everyTokenMicroseconds: stream({ scanEvery: 1 }),
    wholeScanMicroseconds: whole,
  };
  // Each work warmed up, then timed in turns with the others: the machine's speed drifts within a minute.
  for (const work of Object.values(works)) work();
  const samples = new Map(Object.keys(works).map((name) => [name, [] as number[]]));
  for (let run = 0; run < runs; run += 1) {
    for (const [name, work] of Object.entries(works)) {
      const started = process.cpuUsage();
      work();
      const used = process.cpuUsage(started);
      samples.get(name)!.push((used.user + used.system) / sample.length);
    }
  }
  const perReply = Object.fromEntries([...samples].map(([name, times]) => [name, round(median(times), 0)])) as Record<
    keyof typeof works,
    number
  >;
  return {
    replies: sample.length,
    averageCharacters: round(sample.reduce((sum, reply) => sum + reply.length, 0) / sample.length, 0),
    ...perReply,
  };
}

const median = (numbers: number[]) => [...numbers].sort((left, right) => left - right)[Math.floor(numbers.length / 2)]!;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function main(): void {
  const models = createModelRegistry({
    providers: [createBuiltinProvider(), createOpenAiProvider()],
    entries: [
      ...builtinEntries,
      { id: 'remote', provider: 'openai', settings: { baseURL: 'https://api.example.com/v1', apiKey: 'unused' } },
    ],
  });
  const policy = resolveGuardPolicy({});
  const conversations = buildConversations().map(requestsOf);
  const requestBytes = conversations
    .flat()
    .reduce((sum, messages) => sum + messages.reduce((total, message) => total + Buffer.byteLength(String(message.content), 'utf8'), 0), 0);
  const requests = conversations.length * turnsPerConversation;
  log(
    `conversation bench${quick ? ' (quick)' : ''}: ${conversations.length} conversations of ${turnsPerConversation} requests, ${(requestBytes / 1e6).toFixed(1)} MB of request text`,
  );

  // One pass over every conversation; the scope is new each pass, so the memory starts empty for it.
  const pass = (scope: string | undefined) => {
    const byTurn = new Array<number>(turnsPerConversation).fill(0);
    const started = performance.now();
    for (const conversation of conversations)
      for (const [turn, messages] of conversation.entries()) {
        const turnStarted = performance.now();
        guardChatRequest({ models, modelId: 'remote', request: { messages }, policy, ...(scope === undefined ? {} : { scope }) });
        byTurn[turn]! += performance.now() - turnStarted;
      }
    return { milliseconds: performance.now() - started, byTurn };
  };
  // Warm-up: the scanner's code and patterns, for both ways.
  pass('warm-up');
  pass(undefined);
  const remembered: ReturnType<typeof pass>[] = [];
  const everyMessage: ReturnType<typeof pass>[] = [];
  for (let run = 0; run < runs; run += 1) {
    remembered.push(pass(`workspace-run-${run}`));
    everyMessage.push(pass(undefined));
  }
  const summarise = (passes: ReturnType<typeof pass>[]) => {
    const milliseconds = median(passes.map((one) => one.milliseconds));
    const turnMicroseconds = (turn: number) => round(median(passes.map((one) => (one.byTurn[turn - 1]! / conversations.length) * 1000)), 0);
    return {
      requestsPerSecond: round(requests / (milliseconds / 1000), 0),
      microsecondsPerRequest: round((milliseconds * 1000) / requests, 0),
      microsecondsAtTurn: { 1: turnMicroseconds(1), 10: turnMicroseconds(10), 20: turnMicroseconds(20) },
      requestTextMBps: round(requestBytes / 1e6 / (milliseconds / 1000), 2),
      runsMilliseconds: passes.map((one) => round(one.milliseconds, 0)),
    };
  };
  const ours = summarise(remembered);
  const peer = summarise(everyMessage);
  // A model's streamed answer is longer than a quoted paragraph: three replies of the conversations make one.
  const replies = conversations.flatMap((requests) => requests.slice(1).map((messages) => String(messages.at(-2)!.content)));
  const streamedReplies = measureStreamedReplies(
    Array.from({ length: Math.floor(replies.length / 3) }, (_, index) => replies.slice(index * 3, index * 3 + 3).join('\n\n')),
  );
  const streamFidelity = measureStreamFidelity({ quick });
  log(
    `streamed vs whole (${streamFidelity.replies} replies): genstack differs in ${streamFidelity.genstack.differing}, leaks in ${streamFidelity.genstack.leaking}; the window alone differs in ${streamFidelity.windowOnly.differing}, leaks in ${streamFidelity.windowOnly.leaking}`,
  );
  log(
    `genstack (scan memory): ${ours.microsecondsPerRequest} µs per request, turn 1/10/20 ${ours.microsecondsAtTurn[1]}/${ours.microsecondsAtTurn[10]}/${ours.microsecondsAtTurn[20]} µs, ${ours.requestTextMBps} MB/s of request text`,
  );
  log(
    `every message scanned: ${peer.microsecondsPerRequest} µs per request, turn 1/10/20 ${peer.microsecondsAtTurn[1]}/${peer.microsecondsAtTurn[10]}/${peer.microsecondsAtTurn[20]} µs, ${peer.requestTextMBps} MB/s of request text`,
  );
  log(
    `streamed replies (${streamedReplies.replies}, ${streamedReplies.averageCharacters} characters in tokens of 4): output guard ${streamedReplies.genstackMicroseconds} µs of CPU per reply, its window alone ${streamedReplies.windowOnlyMicroseconds}, scanning at every token ${streamedReplies.everyTokenMicroseconds}, one scan of the whole reply ${streamedReplies.wholeScanMicroseconds}`,
  );
  process.stdout.write(
    `${JSON.stringify({
      bench: 'guard-conversation',
      quick,
      conversations: conversations.length,
      turnsPerConversation,
      requestTextBytes: requestBytes,
      genstack: ours,
      peer: { name: 'the same guard scanning every message of every request', ...peer },
      speedup: round(peer.microsecondsPerRequest / ours.microsecondsPerRequest, 2),
      streamedReplies,
      streamFidelity,
    })}\n`,
  );
}

main();
