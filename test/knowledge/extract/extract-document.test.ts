// Extraction of every supported format in Korean and English: text, sections, titles, and the offsets they share.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDocument } from '../../../src/knowledge/extract/index.ts';
import type { ExtractedDocument } from '../../../src/knowledge/types.ts';
import { makeDocx, makePdf } from '../../helpers/document-fixtures.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function sectionTexts(document: ExtractedDocument, kind: string): string[] {
  return document.sections.filter((section) => section.kind === kind).map((section) => document.text.slice(section.start, section.end));
}

function assertSectionsInside(document: ExtractedDocument): void {
  for (const section of document.sections) {
    assert.ok(section.start >= 0 && section.end <= document.text.length && section.start < section.end, JSON.stringify(section));
    assert.equal(document.text.slice(section.start, section.end).trim(), document.text.slice(section.start, section.end));
  }
}

describe('plain text', () => {
  test('Korean paragraphs become sections and the title falls back to the file name', async () => {
    const document = await extractDocument({
      bytes: encode('첫 문단입니다.\n둘째 줄.\n\n\n두 번째 문단입니다.\n'),
      fileName: 'docs/안내문.txt',
    });
    assert.equal(document.title, '안내문');
    assert.equal(document.language, 'ko');
    assert.equal(document.mediaType, 'text/plain');
    assert.equal(document.path, 'docs/안내문.txt');
    assert.deepEqual(sectionTexts(document, 'paragraph'), ['첫 문단입니다.\n둘째 줄.', '두 번째 문단입니다.']);
    assertSectionsInside(document);
  });

  test('English with a UTF-8 BOM, CRLF and decomposed text is cleaned', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Hello world.\r\n\r\nSecond paragraph.')]);
    const document = await extractDocument({ bytes, fileName: 'notes.txt', path: '/srv/notes.txt' });
    assert.equal(document.text, 'Hello world.\n\nSecond paragraph.');
    assert.equal(document.language, 'en');
    assert.equal(document.path, '/srv/notes.txt');
    const nfd = await extractDocument({ bytes: encode('한글'.normalize('NFD')), fileName: 'a.txt' });
    assert.equal(nfd.text, '한글');
  });

  test('UTF-16 with a byte-order mark is read', async () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('환불 안내', 'utf16le')]);
    assert.equal((await extractDocument({ bytes: le, fileName: 'a.txt' })).text, '환불 안내');
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from('Refund', 'utf16le').swap16()]);
    assert.equal((await extractDocument({ bytes: be, fileName: 'a.txt' })).text, 'Refund');
  });
});

describe('markdown', () => {
  const markdown = [
    '---',
    'title: 요금 안내서',
    '---',
    '# 요금제',
    '',
    '**기본** 요금은 [여기](https://example.com/plans)에서 확인하세요. `snake_case` 이름은 그대로.',
    '',
    '## 환불 규정',
    '',
    '- 7일 이내 *전액* 환불',
    '- 이후 ~~불가~~ 부분 환불',
    '',
    '| 항목 | 금액 |',
    '|---|---:|',
    '| 기본 | 1만 원 |',
    '| 프로 | 3만 원 |',
    '',
    '```ts',
    'const price = 10_000; // **not bold**',
    '```',
    '',
    'Setext Heading',
    '--------------',
    'Body after setext.',
  ].join('\n');

  test('Korean headings, lists, tables and code fences', async () => {
    const document = await extractDocument({ bytes: encode(markdown), fileName: 'pricing.md' });
    assert.equal(document.title, '요금 안내서');
    assert.equal(document.language, 'ko');
    const headings = document.sections.filter((section) => section.kind === 'heading');
    assert.deepEqual(
      headings.map((heading) => [heading.level, heading.title]),
      [
        [1, '요금제'],
        [2, '환불 규정'],
        [2, 'Setext Heading'],
      ],
    );
    assert.match(document.text, /기본 요금은 여기에서 확인하세요\. snake_case 이름은 그대로\./u);
    assert.doesNotMatch(document.text, /https:\/\/example\.com\/plans|\*\*기본/u);
    assert.match(document.text, /- 7일 이내 전액 환불\n- 이후 불가 부분 환불/u);
    assert.deepEqual(sectionTexts(document, 'table-row'), ['항목 | 금액', '기본 | 1만 원', '프로 | 3만 원']);
    assert.match(document.text, /```ts\nconst price = 10_000; \/\/ \*\*not bold\*\*\n```/u);
    assertSectionsInside(document);
  });

  test('English title comes from the first h1 without front matter', async () => {
    const document = await extractDocument({
      bytes: encode('Intro text.\n\n# User Guide\n\nSee <https://x.org> and [docs][1].\n\n[1]: https://x.org/docs'),
      fileName: 'guide.md',
    });
    assert.equal(document.title, 'User Guide');
    assert.equal(document.language, 'en');
    assert.match(document.text, /See https:\/\/x\.org and docs\.$/u);
  });
});

describe('html', () => {
  const html = `<!doctype html><html><head><title>환불 정책 &amp; 안내</title><style>p{color:red}</style></head>
    <body><nav><a href="/">홈</a> 메뉴</nav><script>alert("x")</script>
    <h1>환불</h1><p>결제 후 <b>7일</b> 이내<br>환불됩니다.</p>
    <div>안내 <span>문구</span></div>
    <h2>요금표</h2><table><tr><th>요금제</th><th>가격</th></tr><tr><td>기본</td><td>10,000원</td></tr></table>
    <ul><li>첫째</li><li>둘째<ol><li>하위</li></ol></li></ul><p hidden>숨김</p></body></html>`;

  test('Korean: title, headings, tables, lists; scripts and nav dropped', async () => {
    const document = await extractDocument({ bytes: encode(html), fileName: 'policy.html' });
    assert.equal(document.title, '환불 정책 & 안내');
    assert.equal(document.mediaType, 'text/html');
    assert.deepEqual(
      document.sections.filter((section) => section.kind === 'heading').map((section) => [section.level, section.title]),
      [
        [1, '환불'],
        [2, '요금표'],
      ],
    );
    assert.deepEqual(sectionTexts(document, 'table-row'), ['요금제 | 가격', '기본 | 10,000원']);
    assert.ok(sectionTexts(document, 'paragraph').includes('결제 후 7일 이내\n환불됩니다.'));
    assert.ok(sectionTexts(document, 'paragraph').includes('안내 문구'));
    assert.match(document.text, /- 첫째\n- 둘째\n {2}1\. 하위/u);
    assert.doesNotMatch(document.text, /alert|color|메뉴|숨김/u);
    assertSectionsInside(document);
  });

  test('English title falls back to the first h1, then the file name', async () => {
    const withHeading = await extractDocument({ bytes: encode('<h1>Shipping FAQ</h1><p>We ship in 2 days.</p>'), fileName: 'faq.htm' });
    assert.equal(withHeading.title, 'Shipping FAQ');
    const bare = await extractDocument({ bytes: encode('<html><p>Only a paragraph.</p></html>'), fileName: 'bare.html' });
    assert.equal(bare.title, 'bare');
  });
});

describe('pdf', () => {
  test('English pages become page sections with the right numbers', async () => {
    const bytes = makePdf(
      [
        [
          'Refund Policy',
          '',
          'Refunds are possible within 7 days.',
          'This line continues the para-',
          'graph.',
          '',
          '- first item',
          '- second item',
        ],
        [],
        ['Third page text.'],
      ],
      { title: 'Refund policy handbook' },
    );
    const document = await extractDocument({ bytes, fileName: 'policy.pdf' });
    assert.equal(document.title, 'Refund policy handbook');
    assert.equal(document.mediaType, 'application/pdf');
    const pages = document.sections.filter((section) => section.kind === 'page');
    assert.deepEqual(
      pages.map((page) => page.level),
      [1, 3],
    );
    assert.deepEqual(sectionTexts(document, 'paragraph'), [
      'Refund Policy',
      'Refunds are possible within 7 days. This line continues the paragraph.',
      '- first item\n- second item',
      'Third page text.',
    ]);
    assert.equal(document.text.slice(pages[1]?.start, pages[1]?.end), 'Third page text.');
    assertSectionsInside(document);
  });

  test('a Korean metadata title is read; without one the first line is the title', async () => {
    const titled = await extractDocument({ bytes: makePdf([['Body.']], { title: '환불 정책' }), fileName: 'a.pdf' });
    assert.equal(titled.title, '환불 정책');
    const untitled = await extractDocument({ bytes: makePdf([['Quarterly Report', 'Revenue grew.']]), fileName: 'b.pdf' });
    assert.equal(untitled.title, 'Quarterly Report');
  });
});

describe('docx', () => {
  test('Korean headings, paragraphs and tables survive through mammoth', async () => {
    const bytes = makeDocx({
      title: '이용 약관',
      blocks: [
        { heading: '환불', level: 1 },
        { paragraph: '결제 후 7일 이내 환불됩니다.' },
        { heading: '요금표', level: 2 },
        {
          table: [
            ['요금제', '가격'],
            ['기본', '1만 원'],
          ],
        },
      ],
    });
    const document = await extractDocument({ bytes, fileName: 'terms.docx', mediaType: 'application/octet-stream' });
    assert.equal(document.title, '이용 약관');
    assert.equal(document.language, 'ko');
    assert.equal(document.mediaType, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.deepEqual(
      document.sections
        .filter((section) => section.kind === 'heading' && section.title !== '이용 약관')
        .map((section) => [section.level, section.title]),
      [
        [1, '환불'],
        [2, '요금표'],
      ],
    );
    assert.deepEqual(sectionTexts(document, 'table-row'), ['요금제 | 가격', '기본 | 1만 원']);
    assert.ok(sectionTexts(document, 'paragraph').includes('결제 후 7일 이내 환불됩니다.'));
    assertSectionsInside(document);
  });

  test('English document without a title uses the first heading', async () => {
    const bytes = makeDocx({ blocks: [{ heading: 'Onboarding', level: 1 }, { paragraph: 'Welcome aboard.' }] });
    const document = await extractDocument({ bytes, fileName: 'onboarding.docx' });
    assert.equal(document.title, 'Onboarding');
    assert.equal(document.text, 'Onboarding\n\nWelcome aboard.');
  });
});

describe('csv, json and jsonl', () => {
  test('Korean CSV with quoting and semicolons: one table row per record', async () => {
    const csv = '상품;가격;설명\r\n사과;1000;"빨갛고 ""달콤한"" 사과"\r\n배;2000;"줄바꿈\n포함"\r\n;;\r\n';
    const document = await extractDocument({ bytes: encode(csv), fileName: '상품.csv' });
    assert.equal(document.title, '상품');
    assert.deepEqual(sectionTexts(document, 'table-row'), [
      '상품: 사과; 가격: 1000; 설명: 빨갛고 "달콤한" 사과',
      '상품: 배; 가격: 2000; 설명: 줄바꿈 포함',
    ]);
    assert.ok(document.text.startsWith('상품 | 가격 | 설명\n\n'));
  });

  test('English CSV with commas and tabs', async () => {
    const comma = await extractDocument({ bytes: encode('name,price\n"Widget, large",10\n'), fileName: 'p.csv' });
    assert.deepEqual(sectionTexts(comma, 'table-row'), ['name: Widget, large; price: 10']);
    const tabs = await extractDocument({ bytes: encode('name\tprice\nGadget\t5\n'), fileName: 'p.tsv' });
    assert.deepEqual(sectionTexts(tabs, 'table-row'), ['name: Gadget; price: 5']);
  });

  test('JSON objects become key paths; arrays of records become rows', async () => {
    const object = await extractDocument({
      bytes: encode(
        JSON.stringify({ title: '요금 정보', plan: { name: '기본', price: 10000, tags: ['월간', '개인'] }, items: [{ id: 1 }] }),
      ),
      fileName: 'plan.json',
    });
    assert.equal(object.title, '요금 정보');
    assert.match(object.text, /plan\.name: 기본\nplan\.price: 10000\nplan\.tags: 월간, 개인/u);
    assert.match(object.text, /items\[0\]\.id: 1/u);
    const list = await extractDocument({
      bytes: encode('[{"q":"Refund?","a":"Within 7 days"},{"q":"Shipping?","a":"2 days"}]'),
      fileName: 'faq.json',
    });
    assert.deepEqual(sectionTexts(list, 'table-row'), ['q: Refund?; a: Within 7 days', 'q: Shipping?; a: 2 days']);
  });

  test('JSON Lines: one table row per line in Korean and English', async () => {
    const document = await extractDocument({
      bytes: encode('{"질문":"환불?","답":"7일 이내"}\n\n{"question":"Ship?","answer":{"days":2}}\n'),
      fileName: 'faq.jsonl',
    });
    assert.deepEqual(sectionTexts(document, 'table-row'), ['질문: 환불?; 답: 7일 이내', 'question: Ship?; answer.days: 2']);
  });
});
