// Retrieval benchmark (not a test): ingest N synthetic ko/en chunks with the corpus embedder, then time hybrid queries.
// Run: node --import tsx bench/retrieval/index-speed.ts [chunks=100000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCorpusEmbedder } from '../../src/knowledge/embed/index.ts';
import { searchKnowledge } from '../../src/knowledge/retrieve/index.ts';
import { createKnowledgeStore } from '../../src/knowledge/store/index.ts';
import type { Chunk } from '../../src/knowledge/types.ts';
import { openSqliteStore } from '../../src/store/index.ts';

const totalChunks = Number(process.argv[2] ?? 100_000);
const chunksPerDocument = 10;
const koreanWords =
  '요금제 환불 반품 배송 주문 결제 카드 계좌 적립금 쿠폰 회원 등급 상품 재고 교환 취소 문의 상담 고객센터 영업일 택배 포장 영수증 보증 수리 설치 예약 변경 해지 약정'.split(
    ' ',
  );
const particles = ['을', '를', '은', '는', '이', '가', '에서', '으로', '', '하려면', '합니다', '할 수 있습니다'];
const englishWords =
  'plan refund return shipping order payment card account points coupon member tier product stock exchange cancel support center business day courier package receipt warranty repair install booking change terminate contract'.split(
    ' ',
  );

let seed = 42;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)]!;
const sentence = (korean: boolean) =>
  Array.from({ length: 40 }, () => (korean ? pick(koreanWords) + pick(particles) : pick(englishWords))).join(' ') + '.';

const directory = mkdtempSync(join(tmpdir(), 'genstack-bench-'));
const store = openSqliteStore({ path: join(directory, 'bench.db') });
const knowledge = createKnowledgeStore({ database: store.database });
knowledge.createBase({ name: 'bench', embedding: { provider: 'builtin', model: 'corpus', dimensions: 256 } });
const embedder = createCorpusEmbedder({ store: knowledge });

const ingestStarted = performance.now();
for (let documentIndex = 0; documentIndex * chunksPerDocument < totalChunks; documentIndex += 1) {
  const korean = documentIndex % 2 === 0;
  const chunks: Chunk[] = [];
  let text = '';
  for (let index = 0; index < chunksPerDocument; index += 1) {
    const chunkText = sentence(korean);
    chunks.push({
      index,
      text: chunkText,
      start: text.length,
      end: text.length + chunkText.length,
      page: null,
      heading: null,
      tokenCount: 40,
    });
    text += `${chunkText}\n`;
  }
  const vectors = await embedder.embedDocuments({ kb: 'bench', texts: chunks.map((chunk) => chunk.text) });
  knowledge.upsertDocument({
    kb: 'bench',
    document: {
      path: `doc-${documentIndex}.txt`,
      title: `Doc ${documentIndex}`,
      mediaType: 'text/plain',
      text,
      sections: [],
      language: korean ? 'ko' : 'en',
    },
    contentHash: String(documentIndex),
    chunks,
    vectors,
  });
}
const ingestSeconds = (performance.now() - ingestStarted) / 1000;
console.log(`ingest: ${totalChunks} chunks in ${ingestSeconds.toFixed(1)} s = ${Math.round(totalChunks / ingestSeconds)} chunks/s`);

const queries = [
  '환불 규정',
  '요금제를 변경하려면',
  '배송 조회',
  'refund policy',
  'shipping courier',
  '적립금 쿠폰',
  'warranty repair',
  '고객센터 영업일',
];
for (const mode of ['lexical', 'vector', 'hybrid'] as const) {
  const timings: number[] = [];
  for (let round = 0; round < 25; round += 1) {
    for (const query of queries) {
      const started = performance.now();
      await searchKnowledge({
        store: knowledge,
        kb: 'bench',
        request: { query, k: 5, mode },
        embedQuery: (text) => embedder.embedQuery({ kb: 'bench', text }),
      });
      timings.push(performance.now() - started);
    }
  }
  timings.sort((a, b) => a - b);
  const at = (share: number) => timings[Math.floor(share * (timings.length - 1))]!.toFixed(1);
  console.log(`${mode}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms over ${timings.length} queries`);
}
await store.close();
rmSync(directory, { recursive: true, force: true });
