// Writes real PDF and DOCX files by hand (no office suite needed) so extraction and ingestion tests read genuine bytes.
// PDF layout per ISO 32000-1 §7.5 (header, objects, xref table, trailer); DOCX per ECMA-376 (a zip of WordprocessingML parts).
import { strToU8, zipSync } from 'fflate';

export interface PdfOptions {
  /** Written to the document information dictionary (/Title); non-ASCII titles are stored as UTF-16BE. */
  title?: string;
  fontSize?: number;
}

function pdfLiteral(text: string): string {
  if (/[^\u0020-\u00ff]/u.test(text)) throw new Error(`makePdf writes Latin-1 text only (standard Type1 font): ${JSON.stringify(text)}`);
  return `(${text.replace(/[\\()]/gu, (character) => `\\${character}`)})`;
}

function pdfTextString(text: string): string {
  if (/^[\u0020-\u007e]*$/u.test(text)) return pdfLiteral(text);
  const utf16 = Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
  return `<FEFF${utf16}>`;
}

/**
 * A valid PDF with one page per entry; each page lists its lines top to bottom, and an empty line leaves a gap
 * (a paragraph break). Text uses Helvetica, so only Latin-1 characters can be written.
 * @example
 * const bytes = makePdf([['Refund policy', '', 'Refunds within 7 days.'], ['Page two.']], { title: 'Policy' });
 */
export function makePdf(pages: string[][], options: PdfOptions = {}): Uint8Array {
  const fontSize = options.fontSize ?? 12;
  const objects: string[] = [];
  const pageIds: number[] = [];
  // Object numbers: 1 catalog, 2 page tree, 3 font, 4 info, then a page and its content stream per page.
  pages.forEach((lines, index) => {
    const pageId = 5 + index * 2;
    pageIds.push(pageId);
    const body = lines.map((line) => (line === '' ? 'T*' : `${pdfLiteral(line)} Tj T*`)).join('\n');
    const stream = `BT /F1 ${fontSize} Tf ${Math.round(fontSize * 1.2)} TL 72 740 Td\n${body}\nET`;
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = `<< /Producer (genstack test fixtures)${options.title === undefined ? '' : ` /Title ${pdfTextString(options.title)}`} >>`;
  let output = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id += 1) {
    offsets[id] = Buffer.byteLength(output, 'latin1');
    output += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xrefOffset = Buffer.byteLength(output, 'latin1');
  output += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id += 1) output += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  output += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(output, 'latin1'));
}

/** A file that starts like a PDF but has no cross-reference table, no trailer and a broken object. */
export function makeCorruptPdf(): Uint8Array {
  return new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nstream\n\u0000\u0001garbage\n%%EO', 'latin1'));
}

export type DocxBlock = { heading: string; level?: number } | { paragraph: string } | { table: string[][] };

export interface DocxOptions {
  /** Written as a Title-styled first paragraph and as the document property dc:title. */
  title?: string;
  blocks: DocxBlock[];
}

function xml(text: string): string {
  return text.replace(/[<>&"]/gu, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[character] ?? character);
}

function paragraphXml(text: string, style?: string): string {
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${xml(text)}</w:t></w:r></w:p>`;
}

function blockXml(block: DocxBlock): string {
  if ('heading' in block) return paragraphXml(block.heading, `Heading${block.level ?? 1}`);
  if ('paragraph' in block) return paragraphXml(block.paragraph);
  const rows = block.table.map((cells) => `<w:tr>${cells.map((cell) => `<w:tc>${paragraphXml(cell)}</w:tc>`).join('')}</w:tr>`);
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.join('')}</w:tbl>`;
}

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const relationshipTypes = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function stylesXml(): string {
  const headings = [1, 2, 3, 4, 5, 6].map(
    (level) => `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/></w:style>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${wordNamespace}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>${headings.join('')}</w:styles>`;
}

/**
 * A real .docx (zip of WordprocessingML) with heading styles, paragraphs and tables.
 * @example
 * const bytes = makeDocx({ title: '이용 약관', blocks: [{ heading: '환불', level: 1 }, { paragraph: '7일 이내 환불됩니다.' }] });
 */
export function makeDocx(options: DocxOptions): Uint8Array {
  const title = options.title === undefined ? '' : paragraphXml(options.title, 'Title');
  const body = `${title}${options.blocks.map(blockXml).join('')}<w:sectPr/>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${relationshipTypes}/officeDocument" Target="word/document.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${relationshipTypes}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'word/styles.xml': strToU8(stylesXml()),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${wordNamespace}"><w:body>${body}</w:body></w:document>`,
    ),
    'docProps/core.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
        `${options.title === undefined ? '' : `<dc:title>${xml(options.title)}</dc:title>`}</cp:coreProperties>`,
    ),
  };
  return zipSync(files, { level: 6 });
}

/**
 * A broken .docx: `truncated` cuts a real one in half (the zip directory is lost); `bad-xml` is a complete zip whose
 * document part is not XML.
 */
export function makeCorruptDocx(kind: 'truncated' | 'bad-xml' = 'truncated'): Uint8Array {
  if (kind === 'truncated') {
    const whole = makeDocx({ blocks: [{ paragraph: 'This document will be cut in half. '.repeat(40) }] });
    return whole.slice(0, Math.floor(whole.length / 2));
  }
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8('<w:document <<< this is not xml'),
  });
}
