// Retrieval benchmark (not a test): ingest N synthetic ko/en chunks with the corpus embedder, then time each search mode.
// The corpus is Zipf-distributed over thousands of Korean and English words, so term frequencies look like real text.
// Run: node --import tsx bench/retrieval/index-speed.ts [chunks=100000]
// BENCH_DIRECTORY=/tmp/x keeps the database there and, when it already exists, skips ingestion (for query-only runs).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCorpusEmbedder } from '../../src/knowledge/embed/index.ts';
import { searchKnowledge, vectorSearch } from '../../src/knowledge/retrieve/index.ts';
import { createKnowledgeStore } from '../../src/knowledge/store/index.ts';
import type { Chunk } from '../../src/knowledge/types.ts';
import { openSqliteStore } from '../../src/store/index.ts';

const totalChunks = Number(process.argv[2] ?? 100_000);
const chunksPerDocument = 10;
const vocabularySize = 6000;

let seed = 42;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)]!;

// Real domain words take the most frequent ranks; made-up but well-formed words fill the long tail.
const koreanHead =
  '요금제 환불 반품 배송 주문 결제 카드 계좌 적립금 쿠폰 회원 등급 상품 재고 교환 취소 문의 상담 고객센터 영업일 택배 포장 영수증 보증 수리 설치 예약 변경 해지 약정'.split(
    ' ',
  );
const englishHead =
  'the to and of a in is for you your plan refund return shipping order payment card account points coupon member tier product stock exchange cancel support center business day courier package receipt warranty repair install booking change terminate contract'.split(
    ' ',
  );
const syllables =
  '가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치키티피히개내대래매배새재채해경공동령명병성정청통'.split(
    '',
  );
const onsets = 'b c d f g h j k l m n p r s t v w z br cl dr fl gr pl st tr'.split(' ');
const vowels = 'a e i o u ai ea io ou'.split(' ');
const codas = ' n r s t l m nd st rk'.split(' ');
const particles = ['을', '를', '은', '는', '이', '가', '에서', '으로', '', '', '', '하려면', '합니다'];

function vocabulary(head: string[], makeWord: () => string): string[] {
  const words = new Set(head);
  while (words.size < vocabularySize) words.add(makeWord());
  return [...words];
}
const koreanWords = vocabulary(koreanHead, () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(syllables)).join(''));
const englishWords = vocabulary(
  englishHead,
  () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(onsets) + pick(vowels)).join('') + pick(codas),
);

/** Zipf (s = 1): rank r is drawn with probability ∝ 1/r, by binary search over the cumulative weights. */
const cumulative = new Float64Array(vocabularySize);
for (let rank = 0, sum = 0; rank < vocabularySize; rank += 1) cumulative[rank] = sum += 1 / (rank + 1);
function zipfRank(): number {
  const target = random() * cumulative[vocabularySize - 1]!;
  let low = 0;
  let high = vocabularySize - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
const sentence = (korean: boolean) =>
  Array.from({ length: 40 }, () => (korean ? koreanWords[zipfRank()]! + pick(particles) : englishWords[zipfRank()]!)).join(' ') + '.';

const kept = process.env.BENCH_DIRECTORY;
if (kept) mkdirSync(kept, { recursive: true });
const directory = kept ?? mkdtempSync(join(tmpdir(), 'genstack-bench-'));
const reuse = existsSync(join(directory, 'bench.db'));
const store = openSqliteStore({ path: join(directory, 'bench.db') });
const knowledge = createKnowledgeStore({ database: store.database });
if (!reuse) knowledge.createBase({ name: 'bench', embedding: { provider: 'builtin', model: 'corpus', dimensions: 256 } });
const embedder = createCorpusEmbedder({ store: knowledge });

const ingestStarted = performance.now();
for (let documentIndex = 0; !reuse && documentIndex * chunksPerDocument < totalChunks; documentIndex += 1) {
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
      ...(documentIndex % 3 === 0 ? { tags: ['billing'] } : {}),
    },
    contentHash: String(documentIndex),
    chunks,
    vectors,
  });
}
const ingestSeconds = (performance.now() - ingestStarted) / 1000;
if (!reuse)
  console.log(`ingest: ${totalChunks} chunks in ${ingestSeconds.toFixed(1)} s = ${Math.round(totalChunks / ingestSeconds)} chunks/s`);

// Head words (very common), mid-frequency and tail words, in both languages, plus a filtered query.
const queries = [
  '환불 규정',
  '요금제를 변경하려면',
  '배송 조회',
  'refund policy',
  'shipping courier',
  '적립금 쿠폰',
  'warranty repair',
  '고객센터 영업일',
  `${koreanWords[200]} ${koreanWords[1500]}`,
  `${englishWords[300]} ${englishWords[2500]} ${englishWords[40]}`,
  `${koreanWords[4000]}을 ${koreanWords[90]}`,
  `${englishWords[5000]}`,
];
const search = (query: string, mode: 'lexical' | 'vector' | 'hybrid', filtered = false) =>
  searchKnowledge({
    store: knowledge,
    kb: 'bench',
    request: { query, k: 5, mode, ...(filtered ? { filter: { tag: 'billing' } } : {}) },
    embedQuery: (text) => embedder.embedQuery({ kb: 'bench', text }),
  });
const coldStarted = performance.now();
await search(queries[0]!, 'hybrid');
console.log(`first hybrid query (cold caches): ${(performance.now() - coldStarted).toFixed(1)} ms`);
for (const [mode, filtered] of [
  ['lexical', false],
  ['vector', false],
  ['hybrid', false],
  ['hybrid', true],
] as const) {
  const timings: number[] = [];
  for (let round = 0; round < 15; round += 1) {
    for (const query of queries) {
      const started = performance.now();
      await search(query, mode, filtered);
      timings.push(performance.now() - started);
    }
  }
  timings.sort((a, b) => a - b);
  const at = (share: number) => timings[Math.floor(share * (timings.length - 1))]!.toFixed(1);
  console.log(`${mode}${filtered ? ' (tag filter)' : ''}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms over ${timings.length} queries`);
}
// Quality of the fast vector leg: overlap of its top 40 with sqlite-vec's exact brute-force top 40.
const base = knowledge.getBase('bench');
const exact = store.database.prepare(`SELECT rowid FROM kb_vec_${base.id} WHERE embedding MATCH ? AND k = 40 ORDER BY distance`).pluck();
const overlap = { found10: 0, found40: 0, wanted10: 0, wanted40: 0 };
for (const query of queries) {
  const vector = await embedder.embedQuery({ kb: 'bench', text: query });
  if (!vector) continue;
  const truth = exact.all(vector) as number[];
  const fast = vectorSearch({ database: store.database, base, vector, limit: 40 }).map((hit) => hit.rowid);
  const top10 = new Set(truth.slice(0, 10));
  overlap.found10 += fast.slice(0, 10).filter((rowid) => top10.has(rowid)).length;
  overlap.wanted10 += top10.size;
  const top40 = new Set(truth);
  overlap.found40 += fast.filter((rowid) => top40.has(rowid)).length;
  overlap.wanted40 += top40.size;
}
console.log(
  `vector leg vs exact sqlite-vec: recall@10 ${(overlap.found10 / overlap.wanted10).toFixed(3)}, recall@40 ${(overlap.found40 / overlap.wanted40).toFixed(3)}`,
);
await store.close();
if (!kept) rmSync(directory, { recursive: true, force: true });
