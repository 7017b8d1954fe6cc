// The media types the knowledge extractor understands, and how a file is recognised as one of them.

export const mediaTypes = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  json: 'application/json',
  jsonl: 'application/x-ndjson',
} as const;

export type SupportedMediaType = (typeof mediaTypes)[keyof typeof mediaTypes];

const byExtension: Record<string, SupportedMediaType> = {
  txt: mediaTypes.text,
  text: mediaTypes.text,
  log: mediaTypes.text,
  md: mediaTypes.markdown,
  markdown: mediaTypes.markdown,
  mdx: mediaTypes.markdown,
  html: mediaTypes.html,
  htm: mediaTypes.html,
  xhtml: mediaTypes.html,
  pdf: mediaTypes.pdf,
  docx: mediaTypes.docx,
  csv: mediaTypes.csv,
  tsv: mediaTypes.tsv,
  json: mediaTypes.json,
  jsonl: mediaTypes.jsonl,
  ndjson: mediaTypes.jsonl,
};

/** Aliases clients send for the same formats. */
const aliases: Record<string, SupportedMediaType> = {
  'text/x-markdown': mediaTypes.markdown,
  'application/xhtml+xml': mediaTypes.html,
  'application/jsonl': mediaTypes.jsonl,
  'application/json-lines': mediaTypes.jsonl,
  'application/x-jsonlines': mediaTypes.jsonl,
  'application/csv': mediaTypes.csv,
};

const supported = new Set<string>(Object.values(mediaTypes));

/** The supported media type a client-given type names (parameters like `; charset` ignored), or null. */
export function normalizeMediaType(mediaType: string | undefined): SupportedMediaType | null {
  if (!mediaType) return null;
  const bare = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (supported.has(bare)) return bare as SupportedMediaType;
  return aliases[bare] ?? null;
}

/** The lower-case extension of a file name without the dot, or '' when there is none. */
export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The file name without folders and extension: the title of last resort. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  const title = (dot > 0 ? base.slice(0, dot) : base).trim();
  return title || fileName;
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function startsWith(bytes: Uint8Array, magic: number[], from = 0): boolean {
  return magic.every((byte, index) => bytes[from + index] === byte);
}

function isDocxZip(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, zipMagic)) return false;
  // Local file headers and the central directory both store names in plain ASCII.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf('word/document.xml') >= 0;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 512))
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/u, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  return !sample.includes(0);
}

/**
 * The media type of a file from its magic bytes (PDF, DOCX) and then its extension; null when unknown.
 * @example
 * detectMediaType('report.pdf', bytes); // 'application/pdf'
 * detectMediaType('notes.md', bytes); // 'text/markdown'
 * detectMediaType('photo.png', bytes); // null
 */
export function detectMediaType(fileName: string, bytes: Uint8Array): SupportedMediaType | null {
  const extension = fileExtension(fileName);
  // A file named .pdf may carry junk before its header (PDF 32000-1 Annex H.3); pdf.js copes with it.
  if (startsWith(bytes, pdfMagic) || extension === 'pdf') return mediaTypes.pdf;
  if (isDocxZip(bytes)) return mediaTypes.docx;
  const known = byExtension[extension];
  if (known) return known;
  if (looksLikeHtml(bytes)) return mediaTypes.html;
  // A file without any extension (README, LICENSE) that reads as text is plain text.
  if (extension === '' && looksLikeText(bytes)) return mediaTypes.text;
  return null;
}
