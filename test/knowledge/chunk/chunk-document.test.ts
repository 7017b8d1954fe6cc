// Chunking invariants over real extracted fixtures of every format, plus overlap, headings, tables, pages and speed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkDocument } from '../../../src/knowledge/chunk/index.ts';
import { extractDocument } from '../../../src/knowledge/extract/index.ts';
import type { Chunk, ExtractedDocument } from '../../../src/knowledge/types.ts';
import { countTokens } from '../../../src/models/builtin/index.ts';
import { makeDocx, makePdf } from '../../helpers/document-fixtures.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const koreanSentences = [
  '환불은 결제 후 7일 이내에 가능합니다.',
  '단, 사용한 상품은 환불이 어렵습니다',
  '배송비는 고객이 부담해요.',
  '자세한 내용은 https://example.com/refund 에서 확인하세요.',
  '할인율은 3.5%이며 중복 적용되지 않습니다.',
  '문의는 help@example.co.kr 로 보내주세요.',
];
const englishSentences = [
  'Refunds are available within 7 days of purchase.',
  'Used items, e.g. opened software, cannot be refunded.',
  'Shipping costs 3.5 dollars per order.',
  'Mr. Kim handles escalations in the U.S. office.',
  'See https://example.com/help for more.',
];

function paragraph(sentences: string[], count: number, seed: number): string {
  return Array.from({ length: count }, (_, index) => sentences[(index + seed) % sentences.length]).join(' ');
}

const markdown = [
  '# 요금 안내',
  paragraph(koreanSentences, 4, 0),
  '## 환불 규정',
  ...Array.from({ length: 6 }, (_, index) => paragraph(koreanSentences, 5 + index, index)),
  '### 예외',
  paragraph(koreanSentences, 40, 2),
  '## 요금표',
  '| 요금제 | 가격 | 설명 |\n|---|---|---|\n' +
    Array.from({ length: 60 }, (_, index) => `| 요금제 ${index} | ${index * 1000}원 | ${koreanSentences[index % 6]} |`).join('\n'),
  '# Refund policy',
  ...Array.from({ length: 5 }, (_, index) => paragraph(englishSentences, 6 + index, index)),
  `A very long sentence without any period ${'word '.repeat(400)}ends here.`,
  `${'x'.repeat(3000)}`,
].join('\n\n');

async function fixtures(): Promise<Record<string, ExtractedDocument>> {
  const pdf = makePdf([
    englishSentences.concat(englishSentences),
    ['', ...englishSentences.slice(0, 2), '', ...Array.from({ length: 30 }, (_, index) => englishSentences[index % 5] as string)],
    ['Last page.'],
  ]);
  const docx = makeDocx({
    title: '이용 약관',
    blocks: [
      { heading: '환불', level: 1 },
      { paragraph: paragraph(koreanSentences, 30, 0) },
      { heading: '요금표', level: 2 },
      {
        table: [
          ['요금제', '가격'],
          ...Array.from({ length: 40 }, (_, index) => [`요금제 ${index}`, `${index}만 원 ${koreanSentences[index % 6]}`]),
        ],
      },
    ],
  });
  const html = `<title>Guide</title><h1>Intro</h1><p>${paragraph(englishSentences, 30, 1)}</p><h2>Table</h2><table>${Array.from({ length: 50 }, (_, index) => `<tr><td>row ${index}</td><td>${englishSentences[index % 5]}</td></tr>`).join('')}</table>`;
  const csv = `name,price,note\n${Array.from({ length: 80 }, (_, index) => `item ${index},${index},"${koreanSentences[index % 6]}"`).join('\n')}`;
  const jsonl = Array.from({ length: 50 }, (_, index) => JSON.stringify({ id: index, answer: englishSentences[index % 5] })).join('\n');
  const json = JSON.stringify({
    plans: Array.from({ length: 30 }, (_, index) => ({ name: `plan ${index}`, note: koreanSentences[index % 6] })),
  });
  const text = Array.from({ length: 20 }, (_, index) => paragraph(index % 2 ? koreanSentences : englishSentences, 8, index)).join('\n\n');
  const inputs: Array<[string, Uint8Array]> = [
    ['guide.md', encode(markdown)],
    ['manual.pdf', pdf],
    ['terms.docx', docx],
    ['guide.html', encode(html)],
    ['items.csv', encode(csv)],
    ['faq.jsonl', encode(jsonl)],
    ['plans.json', encode(json)],
    ['notes.txt', encode(text)],
  ];
  const entries = await Promise.all(
    inputs.map(async ([fileName, bytes]) => [fileName, await extractDocument({ bytes, fileName })] as const),
  );
  return Object.fromEntries(entries);
}

function assertInvariants(document: ExtractedDocument, chunks: Chunk[], maxTokens: number): void {
  const headings = document.sections.filter((section) => section.kind === 'heading');
  const rows = document.sections.filter((section) => section.kind === 'table-row');
  const pages = document.sections.filter((section) => section.kind === 'page');
  chunks.forEach((chunk, index) => {
    assert.equal(chunk.index, index);
    assert.equal(document.text.slice(chunk.start, chunk.end), chunk.text, `offsets of chunk ${index}`);
    assert.equal(chunk.tokenCount, countTokens(chunk.text));
    if (/\s/u.test(chunk.text)) assert.ok(chunk.tokenCount <= maxTokens, `chunk ${index} has ${chunk.tokenCount} tokens`);
    for (const heading of headings)
      assert.ok(heading.start <= chunk.start || heading.start >= chunk.end, `chunk ${index} crosses a heading`);
    for (const row of rows) {
      if (countTokens(document.text.slice(row.start, row.end)) > maxTokens) continue;
      const disjoint = row.end <= chunk.start || row.start >= chunk.end;
      const inside = row.start >= chunk.start && row.end <= chunk.end;
      assert.ok(disjoint || inside, `chunk ${index} cuts a table row`);
    }
    const page = pages.find((section) => section.start <= chunk.start && chunk.start < section.end);
    assert.equal(chunk.page, page?.level ?? null);
    if (page) assert.ok(chunk.end <= page.end, `chunk ${index} crosses a page`);
  });
}

describe('chunkDocument', async () => {
  const documents = await fixtures();

  for (const [name, document] of Object.entries(documents)) {
    test(`invariants hold for ${name} at several sizes`, () => {
      for (const maxTokens of [20, 64, 200]) {
        const chunks = chunkDocument(document, { maxTokens, overlapTokens: Math.floor(maxTokens / 5) });
        assert.ok(chunks.length > 0);
        assertInvariants(document, chunks, maxTokens);
      }
      assert.deepEqual(chunkDocument(document), chunkDocument(document), 'deterministic');
    });
  }

  test('heading paths follow the document outline', () => {
    const chunks = chunkDocument(documents['guide.md'] as ExtractedDocument);
    const paths = [...new Set(chunks.map((chunk) => chunk.heading))];
    assert.deepEqual(paths, ['요금 안내', '요금 안내 > 환불 규정', '요금 안내 > 환불 규정 > 예외', '요금 안내 > 요금표', 'Refund policy']);
    const firstUnderHeading = chunks.find((chunk) => chunk.heading === '요금 안내 > 환불 규정');
    assert.ok(firstUnderHeading?.text.startsWith('환불 규정\n\n'), 'the first chunk of a section starts with its heading');
  });

  test('consecutive chunks of one section overlap by whole sentences', () => {
    const document = documents['guide.md'] as ExtractedDocument;
    const chunks = chunkDocument(document, { maxTokens: 80, overlapTokens: 30 }).filter(
      (chunk) => chunk.heading === '요금 안내 > 환불 규정 > 예외',
    );
    assert.ok(chunks.length >= 3);
    for (let index = 1; index < chunks.length; index += 1) {
      const previous = chunks[index - 1] as Chunk;
      const current = chunks[index] as Chunk;
      assert.ok(current.start < previous.end, 'overlaps the previous chunk');
      const overlap = document.text.slice(current.start, previous.end);
      assert.ok(countTokens(overlap) <= 30);
      assert.ok(
        koreanSentences.some((sentence) => overlap.startsWith(sentence)),
        `overlap starts at a sentence: ${overlap.slice(0, 20)}`,
      );
    }
    const noOverlap = chunkDocument(document, { maxTokens: 80, overlapTokens: 0 });
    for (let index = 1; index < noOverlap.length; index += 1)
      assert.ok((noOverlap[index] as Chunk).start >= (noOverlap[index - 1] as Chunk).end);
  });

  test('paragraphs and sentences are kept whole when they fit', () => {
    const document = documents['guide.md'] as ExtractedDocument;
    const chunks = chunkDocument(document, { maxTokens: 200, overlapTokens: 0 }).filter(
      (chunk) => chunk.heading === '요금 안내 > 환불 규정',
    );
    const paragraphs = document.sections.filter((section) => section.kind === 'paragraph');
    for (const chunk of chunks) {
      for (const section of paragraphs) {
        if (countTokens(document.text.slice(section.start, section.end)) > 200) continue;
        assert.ok(section.end <= chunk.start || section.start >= chunk.end || (section.start >= chunk.start && section.end <= chunk.end));
      }
    }
  });

  test('an over-long sentence is cut at word boundaries and a huge word stays whole', () => {
    const document = documents['guide.md'] as ExtractedDocument;
    const chunks = chunkDocument(document, { maxTokens: 50, overlapTokens: 10 });
    const pieces = chunks.filter((chunk) => chunk.text.includes('word word'));
    assert.ok(pieces.length > 1);
    for (const piece of pieces) assert.match(piece.text, /^(A very|word|ends)/u);
    assert.ok(chunks.some((chunk) => chunk.text === 'x'.repeat(3000)));
  });

  test('pages are numbered, table rows packed whole and over-long rows cut between fields', () => {
    const pdfChunks = chunkDocument(documents['manual.pdf'] as ExtractedDocument, { maxTokens: 60, overlapTokens: 10 });
    assert.deepEqual([...new Set(pdfChunks.map((chunk) => chunk.page))], [1, 2, 3]);
    const csvChunks = chunkDocument(documents['items.csv'] as ExtractedDocument, { maxTokens: 100, overlapTokens: 20 });
    assert.ok(csvChunks.length > 1 && csvChunks.every((chunk) => /^(name|item \d+)/u.test(chunk.text)));
    assert.ok(
      csvChunks.some((chunk) => chunk.text.split('\n').length > 2),
      'several rows share a chunk',
    );
    const tiny = chunkDocument(documents['items.csv'] as ExtractedDocument, { maxTokens: 12, overlapTokens: 0 });
    assert.ok(
      tiny.some((chunk) => /^note: /u.test(chunk.text)),
      'a long row is cut before a field',
    );
    assert.ok(tiny.every((chunk) => !/^(price|note): $/u.test(chunk.text)));
  });

  test('a document without sections still chunks by blank lines', () => {
    const text = 'First paragraph here.\n\nSecond paragraph here.';
    const document: ExtractedDocument = { path: 'x', title: 'x', mediaType: 'text/plain', text, sections: [], language: 'en' };
    const chunks = chunkDocument(document, { maxTokens: 5, overlapTokens: 0 });
    assert.deepEqual(
      chunks.map((chunk) => chunk.text),
      ['First paragraph here.', 'Second paragraph here.'],
    );
  });

  test('bad options are refused', () => {
    const document = documents['notes.txt'] as ExtractedDocument;
    assert.throws(() => chunkDocument(document, { maxTokens: 0 }), /maxTokens/u);
    assert.throws(() => chunkDocument(document, { maxTokens: 10, overlapTokens: 10 }), /overlapTokens/u);
  });

  // Speed is measured in bench/; this only guards against a quadratic blow-up (which would take minutes), even on a loaded CI box.
  test('chunking 5 MB of text finishes without a quadratic blow-up', async () => {
    const block = `${paragraph(koreanSentences, 12, 0)}\n\n${paragraph(englishSentences, 10, 1)}\n\n## 소제목\n\n`;
    const bytes = encode(block.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(block))));
    const document = await extractDocument({ bytes, fileName: 'big.md' });
    const started = performance.now();
    const chunks = chunkDocument(document);
    const elapsed = performance.now() - started;
    assert.ok(chunks.length > 1000);
    assert.ok(elapsed < 20_000, `took ${Math.round(elapsed)} ms`);
  });
});
