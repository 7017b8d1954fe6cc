// Turns an uploaded file into an ExtractedDocument: size and type checks, decoding, the per-format extractor, title and language.
import { GenstackError } from '../../core/errors.ts';
import { detectLanguage } from '../../models/builtin/index.ts';
import type { DocumentSection, ExtractedDocument } from '../types.ts';
import { decodeText } from './decode-text.ts';
import { extractDocx } from './extract-docx.ts';
import { extractHtml } from './extract-html.ts';
import { extractMarkdown } from './extract-markdown.ts';
import { extractPdf } from './extract-pdf.ts';
import { extractPlainText } from './extract-plain-text.ts';
import { extractCsv, extractJson, extractJsonLines } from './extract-table-data.ts';
import { detectMediaType, mediaTypes, normalizeMediaType, titleFromFileName, type SupportedMediaType } from './media-types.ts';

export interface ExtractDocumentInput {
  bytes: Uint8Array;
  fileName: string;
  /** Stored as the document's path; the file name when absent. */
  path?: string;
  /** The client's media type; magic bytes still win for PDF and DOCX. */
  mediaType?: string;
  /** Default 50 MB. */
  maxBytes?: number;
}

export const defaultMaxBytes = 50 * 1024 * 1024;

interface Extracted {
  text: string;
  sections: DocumentSection[];
  title?: string | null;
}

async function extractByType(type: SupportedMediaType, input: ExtractDocumentInput): Promise<Extracted> {
  if (type === mediaTypes.pdf) return extractPdf(input.bytes);
  if (type === mediaTypes.docx) return extractDocx(input.bytes);
  const text = decodeText(input.bytes, input.fileName);
  switch (type) {
    case mediaTypes.markdown:
      return extractMarkdown(text);
    case mediaTypes.html:
      return extractHtml(text);
    case mediaTypes.csv:
      return extractCsv(text);
    case mediaTypes.tsv:
      return extractCsv(text, '\t');
    case mediaTypes.json:
      return extractJson(text);
    case mediaTypes.jsonl:
      return extractJsonLines(text);
    default:
      return extractPlainText(text);
  }
}

function resolveType(input: ExtractDocumentInput): SupportedMediaType {
  const detected = detectMediaType(input.fileName, input.bytes);
  const given = normalizeMediaType(input.mediaType);
  // Binary formats are recognised by their bytes; a client's label cannot turn a PDF into text.
  const type = detected === mediaTypes.pdf || detected === mediaTypes.docx ? detected : (given ?? detected);
  if (type) return type;
  throw new GenstackError({
    code: 'unsupported_media_type',
    message: `Unsupported file type for '${input.fileName}'${input.mediaType ? ` (${input.mediaType})` : ''}. Supported: txt, md, html, pdf, docx, csv, tsv, json, jsonl.`,
    param: 'file',
  });
}

/** Samples the start, middle and end: language detection over megabytes would cost more than it tells. */
function languageOf(text: string): 'ko' | 'en' {
  const size = 20_000;
  if (text.length <= size * 3) return detectLanguage(text);
  const middle = Math.floor(text.length / 2);
  return detectLanguage(`${text.slice(0, size)} ${text.slice(middle, middle + size)} ${text.slice(-size)}`);
}

/**
 * Extracts the plain text, sections, title and language of a file; every section offset points into `text`.
 * @example
 * const document = await extractDocument({ bytes: new TextEncoder().encode('# 안내\n\n환불은 7일 이내 가능합니다.'), fileName: 'faq.md' });
 * document.title; // '안내'
 * document.sections[0]; // { kind: 'heading', level: 1, title: '안내', start: 0, end: 2 }
 */
export async function extractDocument(input: ExtractDocumentInput): Promise<ExtractedDocument> {
  const maxBytes = input.maxBytes ?? defaultMaxBytes;
  if (input.bytes.length === 0) {
    throw new GenstackError({ code: 'invalid_request', message: `'${input.fileName}' is an empty file.`, param: 'file' });
  }
  if (input.bytes.length > maxBytes) {
    throw new GenstackError({
      code: 'payload_too_large',
      message: `'${input.fileName}' is ${input.bytes.length} bytes; the limit is ${maxBytes}.`,
      param: 'file',
    });
  }
  const type = resolveType(input);
  let extracted: Extracted;
  try {
    extracted = await extractByType(type, input);
  } catch (error) {
    if (error instanceof GenstackError) throw error;
    // Hostile input (absurd nesting, parser bugs) must end as a clean error, never a crash.
    const reason = error instanceof Error ? error.message : String(error);
    throw new GenstackError({ code: 'unprocessable', message: `Could not read '${input.fileName}': ${reason}`, cause: error });
  }
  if (!extracted.text.trim()) {
    throw new GenstackError({
      code: 'unprocessable',
      message: `No text could be extracted from '${input.fileName}'${type === mediaTypes.pdf ? ' (a scanned PDF needs OCR first)' : ''}.`,
    });
  }
  return {
    path: input.path ?? input.fileName,
    title: extracted.title?.trim() || titleFromFileName(input.fileName),
    mediaType: type,
    text: extracted.text,
    sections: extracted.sections,
    language: languageOf(extracted.text),
  };
}
