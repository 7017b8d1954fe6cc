// `npm run bench:retrieval [-- --quick]`: retrieval quality and speed of a genstack knowledge base next to Orama and
// MiniSearch, on the same seeded corpus and chunks, in the same process and run. Prints one JSON line at the end.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildLabelledCorpus, passageIndex, reservedWords } from './corpus.ts';
import type { Language, LabelledQuery } from './corpus-types.ts';
import { fillerDocuments } from './filler.ts';
import { embeddingDimensions, openGenstackBench, type GenstackBench } from './genstack-system.ts';
import { measureLatency, measureQuality } from './metrics.ts';
import { buildMiniSearch } from './minisearch-peer.ts';
import { buildOrama } from './orama-peer.ts';
import type { SearchSystem } from './search-system.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = values.quick;
const sizes = quick ? [10_000] : [10_000, 100_000];
const log = (line: string) => process.stderr.write(`${line}\n`);
const here = dirname(fileURLToPath(import.meta.url));
const versionOf = (name: string) =>
  (JSON.parse(readFileSync(join(here, '..', '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const sizeLabel = (size: number) => `${size / 1000}k`;

type Latency = Awaited<ReturnType<typeof measureLatency>>;
type PeerBuild = { systems: SearchSystem[]; insertSeconds: number; name: string };

/** Every peer build, in order; each returns its systems (one index can serve several modes). */
function peerBuilders(genstack: GenstackBench, size: { chunks: ReturnType<GenstackBench['chunks']> }) {
  return [
    async (): Promise<PeerBuild> => ({ name: 'orama', ...(await buildOrama({ chunks: size.chunks, variant: 'default' })) }),
    async (): Promise<PeerBuild> => ({
      name: 'orama+bigram (with vectors)',
      ...(await buildOrama({
        chunks: size.chunks,
        variant: 'bigram',
        vectors: genstack.vectors(),
        embedQuery: genstack.embedQuery,
        dimensions: embeddingDimensions,
      })),
    }),
    async (): Promise<PeerBuild> => {
      const built = buildMiniSearch({ chunks: size.chunks, variant: 'default' });
      return { name: 'minisearch', systems: [built.system], insertSeconds: built.insertSeconds };
    },
    async (): Promise<PeerBuild> => {
      const built = buildMiniSearch({ chunks: size.chunks, variant: 'bigram' });
      return { name: 'minisearch+bigram', systems: [built.system], insertSeconds: built.insertSeconds };
    },
  ];
}

async function main(): Promise<void> {
  const corpus = buildLabelledCorpus();
  const passages = passageIndex(corpus.passages);
  const queries = quick ? corpus.queries.filter((_, index) => index % 3 === 0) : corpus.queries;
  const latencyQueries = corpus.queries.filter((_, index) => index % (quick ? 13 : 6) === 0).map((query) => query.text);
  const byLanguage = (language: Language): LabelledQuery[] => queries.filter((query) => query.language === language);
  log(
    `retrieval bench${quick ? ' (quick)' : ''}: ${corpus.documents.length} labelled documents, ${queries.length} labelled queries, sizes ${sizes.map(sizeLabel).join(', ')}`,
  );

  const genstack = openGenstackBench();
  const filler = fillerDocuments({ seed: 11, reserved: reservedWords() });
  let ingestSeconds = 0;
  let labelledChunks = 0;
  const ingestTo = async (target: number) => {
    const started = performance.now();
    if (genstack.stages.documents === 0) {
      for (const document of corpus.documents) await genstack.ingest(document);
      labelledChunks = genstack.stages.chunks;
    }
    while (genstack.stages.chunks < target) await genstack.ingest(filler.next().value);
    genstack.flush();
    ingestSeconds += (performance.now() - started) / 1000;
    log(`genstack: ${genstack.stages.chunks} chunks ingested in ${ingestSeconds.toFixed(1)} s`);
  };

  const genstackSystems = (['lexical', 'vector', 'hybrid'] as const).map((mode) => genstack.system(mode));
  const latency: Record<string, Record<string, Latency>> = {};
  const quality: Record<Language, Record<string, Awaited<ReturnType<typeof measureQuality>>>> = { ko: {}, en: {} };
  const peerInsert: Record<string, number> = {};
  const chunkCounts: Record<string, number> = {};
  for (const size of sizes) {
    await ingestTo(size);
    const label = sizeLabel(size);
    const chunks = genstack.chunks();
    chunkCounts[label] = chunks.length;
    if (size === sizes[0]) {
      const uncovered = corpus.passages.filter(
        (passage) => !chunks.some((chunk) => chunk.path === passage.path && chunk.text.includes(passage.sentence)),
      );
      if (uncovered.length) log(`warning: ${uncovered.length} passages are in no chunk, e.g. ${uncovered[0]!.id}`);
    }
    latency[label] = {};
    const measureSystem = async (system: SearchSystem) => {
      if (size === sizes[0]) {
        for (const language of ['ko', 'en'] as const)
          quality[language][system.name] = await measureQuality({ system, queries: byLanguage(language), passages });
      }
      latency[label]![system.name] = await measureLatency({
        system,
        queries: latencyQueries,
        warmup: size === sizes[0] ? 20 : 3,
        budgetMs: 15_000,
      });
      const line = latency[label]![system.name]!;
      const scores =
        size === sizes[0]
          ? `  ko R@5 ${quality.ko[system.name]!.recall_at_5} MRR ${quality.ko[system.name]!.mrr_at_10}  en R@5 ${quality.en[system.name]!.recall_at_5} MRR ${quality.en[system.name]!.mrr_at_10}`
          : '';
      log(`${label} ${system.name.padEnd(24)} p50 ${line.p50} ms  p99 ${line.p99} ms (${line.queries} queries)${scores}`);
    };
    for (const system of genstackSystems) await measureSystem(system);
    for (const build of peerBuilders(genstack, { chunks })) {
      const peer = await build();
      peerInsert[peer.name] = Math.round(chunks.length / peer.insertSeconds);
      log(`${label} ${peer.name}: inserted ${chunks.length} chunks in ${peer.insertSeconds.toFixed(1)} s`);
      for (const system of peer.systems) await measureSystem(system);
    }
  }
  await genstack.close();

  const stages = genstack.stages;
  const ingest = {
    genstack: Math.round(stages.chunks / ingestSeconds),
    ...peerInsert,
    genstack_stage_seconds: {
      extract: Math.round(stages.extractMs / 100) / 10,
      chunk: Math.round(stages.chunkMs / 100) / 10,
      embed: Math.round(stages.embedMs / 100) / 10,
      upsert: Math.round(stages.upsertMs / 100) / 10,
    },
  };
  const peerNames = Object.keys(quality.ko).filter((name) => !name.startsWith('genstack'));
  const atLeastPeers = (language: Language) => {
    const ours = quality[language]['genstack hybrid']!;
    return peerNames.every(
      (name) => ours.recall_at_5 >= quality[language][name]!.recall_at_5 && ours.mrr_at_10 >= quality[language][name]!.mrr_at_10,
    );
  };
  const strip = (table: Record<string, { recall_at_5: number; mrr_at_10: number }>) =>
    Object.fromEntries(
      Object.entries(table).map(([name, value]) => [name, { recall_at_5: value.recall_at_5, mrr_at_10: value.mrr_at_10 }]),
    );
  const report = {
    bench: 'retrieval',
    quick,
    peers: [`@orama/orama ${versionOf('@orama/orama')}`, `minisearch ${versionOf('minisearch')}`],
    corpus: {
      labelled_documents: corpus.documents.length,
      labelled_chunks: labelledChunks,
      passages: corpus.passages.length,
      queries: { ko: byLanguage('ko').length, en: byLanguage('en').length },
      latency_queries: latencyQueries.length,
      chunks: chunkCounts,
      filler: 'zipf s=1.07, 8k-word tail per language',
    },
    ingest_chunks_per_s: ingest,
    latency_ms: Object.fromEntries(
      Object.entries(latency).map(([size, table]) => [
        size,
        Object.fromEntries(Object.entries(table).map(([name, value]) => [name, { p50: value.p50, p99: value.p99, n: value.queries }])),
      ]),
    ),
    quality: { ko: strip(quality.ko), en: strip(quality.en) },
    targets: {
      ingest_ge_1000: ingest.genstack >= 1000,
      hybrid_p50_le_15ms_at_100k: latency['100k'] ? latency['100k']['genstack hybrid']!.p50 <= 15 : null,
      quality_ge_peers_ko: atLeastPeers('ko'),
      quality_ge_peers_en: atLeastPeers('en'),
    },
  };
  const resultsDirectory = join(here, '..', 'results');
  mkdirSync(resultsDirectory, { recursive: true });
  const file = join(resultsDirectory, `retrieval-${new Date().toISOString().replaceAll(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ ...report, quality_by_kind: quality, latency_detail: latency }, null, 2));
  log(`details: ${file}`);
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await main();
