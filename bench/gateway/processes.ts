// Starts the bench's servers in their own processes (upstream, genstack, Portkey) so none shares an event loop with the load generator.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverNodeFlags } from '../../src/server/node-flags.ts';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export interface ChildServer {
  name: string;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Ends a child politely (IPC disconnect or SIGTERM), and for good after a grace period, so a `--cpu-prof` profile gets written. */
async function stopChild(child: ChildProcess): Promise<void> {
  const done = exited(child);
  if (child.connected) child.disconnect();
  else child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await done;
  clearTimeout(timer);
}

function collectStderr(child: ChildProcess): () => string {
  let text = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (piece: string) => (text = (text + piece).slice(-4000)));
  return () => text;
}

/** Forks a TypeScript entry (through tsx) that reports `{ ready, url }` over IPC once it listens. */
async function forkTypeScript(options: {
  name: string;
  entry: string;
  env: Record<string, string>;
  execArgv?: string[];
}): Promise<ChildServer> {
  const child = fork(join(here, options.entry), [], {
    execArgv: ['--import', 'tsx', ...(options.execArgv ?? [])],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const stderr = collectStderr(child);
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve(message.url));
    child.once('exit', (code) => reject(new Error(`${options.name} exited with ${code} before it was ready:\n${stderr()}`)));
  });
  return { name: options.name, url, child, stop: () => stopChild(child) };
}

export function startUpstreamProcess(options: { tokens: number; tokenIntervalMs: number }): Promise<ChildServer> {
  return forkTypeScript({
    name: 'upstream',
    entry: 'upstream-process.ts',
    env: { BENCH_TOKENS: String(options.tokens), BENCH_TOKEN_INTERVAL_MS: String(options.tokenIntervalMs) },
  });
}

export function startGenstackProcess(options: { upstreamUrl: string; cpuProfileDir?: string }): Promise<ChildServer> {
  // The flags genstack's server runs with (bin/genstack and npm start pass them too).
  const execArgv = [...serverNodeFlags, ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [])];
  return forkTypeScript({ name: 'genstack', entry: 'genstack-process.ts', env: { BENCH_UPSTREAM_URL: options.upstreamUrl }, execArgv });
}

/** The floor reference: what any Node gateway pays for one more process hop, without parsing a byte. */
export function startPipeProxyProcess(options: { upstreamUrl: string }): Promise<ChildServer> {
  return forkTypeScript({ name: 'pipe', entry: 'pipe-proxy-process.ts', env: { BENCH_UPSTREAM_URL: options.upstreamUrl } });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = request(url, { method: 'GET', timeout: 500 }, (response) => {
      response.resume();
      resolve(true);
    });
    probe.on('error', () => resolve(false));
    probe.on('timeout', () => probe.destroy());
    probe.end();
  });
}

/** The installed Portkey gateway's version, from its package.json. */
export function portkeyVersion(): string {
  return (require('@portkey-ai/gateway/package.json') as { version: string }).version;
}

/**
 * Spawns Portkey's own Node server (`build/start-server.js --port=N --headless`); it has no "listening" message on
 * a pipe we can trust, so readiness is the first answered HTTP request.
 */
export async function startPortkeyProcess(): Promise<ChildServer> {
  const port = await freePort();
  const entry = join(dirname(require.resolve('@portkey-ai/gateway/package.json')), 'build', 'start-server.js');
  const preload = join(here, 'portkey-preload.mjs');
  const child = spawn(process.execPath, ['--import', preload, entry, `--port=${port}`, '--headless'], {
    // The IPC channel is only a lifeline: the preload exits when it closes, so Portkey never outlives the bench.
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: { ...process.env },
  });
  const stderr = collectStderr(child);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (!(await answers(url))) {
    if (child.exitCode !== null) throw new Error(`Portkey exited with ${child.exitCode}:\n${stderr()}`);
    if (Date.now() > deadline) throw new Error(`Portkey did not answer on ${url} within 20 s:\n${stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { name: 'portkey', url, child, stop: () => stopChild(child) };
}
