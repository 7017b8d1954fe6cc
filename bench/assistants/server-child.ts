// Starts and stops the server process, so the load generator and the server under test never share an event loop.
import { fork, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processCpuMs } from '../gateway/process-cpu.ts';

const here = dirname(fileURLToPath(import.meta.url));

export interface ServerChild {
  url: string;
  /** User + system CPU milliseconds the server process has used so far (undefined without /proc). */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * @example
 * const server = await startServerChild({ dataDir });
 * const client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused' });
 * await server.stop();
 */
export async function startServerChild(options: { dataDir: string }): Promise<ServerChild> {
  const child = fork(join(here, 'server-process.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_DATA_DIR: options.dataDir },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (piece: string) => (stderr = (stderr + piece).slice(-4000)));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve(message.url));
    child.once('exit', (code) => reject(new Error(`the server process exited with ${code} before it was ready:\n${stderr}`)));
  });
  return {
    url,
    cpuMs: () => processCpuMs(child.pid!),
    async stop() {
      const done = exited(child);
      if (child.connected) child.disconnect();
      else child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}
