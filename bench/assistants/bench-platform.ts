// The platform under test: a temporary data folder, real SQLite, both blueprints installed at benchmark scale, knowledge ingested.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activateBlueprint, findBlueprint, installBlueprint, type SampleScale } from '../../src/blueprints/index.ts';
import { loadConfig } from '../../src/core/index.ts';
import { openPlatform, type Platform } from '../../src/platform/index.ts';

/** energy-store at 10k products / 10k customers / 100k orders (sample sizes 200 / 500 / 1,000 times these); telecom-care ×10. */
export const benchScales: Record<'energy-store' | 'telecom-care', SampleScale> = {
  'energy-store': { products: 50, customers: 20, orders: 100 },
  'telecom-care': { customers: 10, orders: 10 },
};

export interface InstallFigures {
  seconds: number;
  knowledgeSeconds: number;
  counts: Record<string, number>;
}

export interface BenchPlatform {
  platform: Platform;
  dataDir: string;
  installs: Record<string, InstallFigures>;
  /** A hash of every blueprint record: equal before and after the run means no scripted turn changed data. */
  dataHash(): string;
  close(): Promise<void>;
}

/** Options for the server process, which opens the same folder. */
export function benchConfig(dataDir: string) {
  return loadConfig({ cwd: dataDir, env: {}, flags: { data: dataDir, logLevel: 'silent', host: '127.0.0.1', port: 0 } });
}

/**
 * @example
 * const bench = await openBenchPlatform({ log: console.error });
 * await bench.platform.assistants.turn({ assistantId: 'energy-store', message: '안녕하세요' });
 */
export async function openBenchPlatform(options: { log: (line: string) => void }): Promise<BenchPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), 'genstack-bench-assistants-'));
  const platform = await openPlatform({ config: benchConfig(dataDir), cwd: dataDir });
  platform.jobs.start();
  const installs: Record<string, InstallFigures> = {};
  for (const [name, scale] of Object.entries(benchScales)) {
    const blueprint = findBlueprint(name);
    const started = performance.now();
    const result = installBlueprint({ database: platform.store.database, knowledge: platform.knowledge, blueprint, scale });
    activateBlueprint({ database: platform.store.database, runtime: platform.assistants, blueprint });
    const installed = performance.now();
    if (result.knowledgeJob) await platform.jobs.wait(result.knowledgeJob.id);
    const seconds = (installed - started) / 1000;
    const knowledgeSeconds = (performance.now() - installed) / 1000;
    installs[name] = { seconds: round1(seconds), knowledgeSeconds: round1(knowledgeSeconds), counts: result.counts };
    options.log(
      `${name}: installed ${JSON.stringify(result.counts)} in ${seconds.toFixed(1)} s, knowledge in ${knowledgeSeconds.toFixed(1)} s`,
    );
  }
  const select = platform.store.database.prepare(
    'SELECT blueprint, collection, id, data FROM blueprint_records ORDER BY blueprint, collection, id',
  );
  return {
    platform,
    dataDir,
    installs,
    dataHash() {
      const hash = createHash('sha256');
      for (const row of select.iterate() as Iterable<{ blueprint: string; collection: string; id: string; data: string }>)
        hash.update(`${row.blueprint}\u0000${row.collection}\u0000${row.id}\u0000${row.data}\u0000`);
      return hash.digest('hex');
    },
    async close() {
      await platform.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
