// DOCX via mammoth: Word → HTML (heading styles → h1–h6, tables kept) → the HTML extractor; the title from dc:title.
import { unzipSync, strFromU8 } from 'fflate';
import { GenstackError } from '../../core/errors.ts';
import type { DocumentSection } from '../types.ts';
import { extractHtml } from './extract-html.ts';

/** Refuses archives that would inflate past this: a zip bomb must not take the process down. */
const maxUnpackedBytes = 256 * 1024 * 1024;

function unprocessable(reason: string, cause?: unknown): GenstackError {
  return new GenstackError({ code: 'unprocessable', message: `Could not read the DOCX: ${reason}`, cause });
}

/** Reads the zip directory (nothing is inflated except the small core properties) and returns dc:title. */
function inspectArchive(bytes: Uint8Array): string | null {
  let unpacked = 0;
  let hasDocument = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (file.name === 'word/document.xml') hasDocument = true;
        return file.name === 'docProps/core.xml' && file.originalSize < 1024 * 1024;
      },
    });
  } catch (error) {
    throw unprocessable(`not a valid zip archive (${error instanceof Error ? error.message : String(error)})`, error);
  }
  if (!hasDocument) throw unprocessable('word/document.xml is missing');
  if (unpacked > maxUnpackedBytes) {
    throw new GenstackError({ code: 'payload_too_large', message: `The DOCX unpacks to ${unpacked} bytes (limit ${maxUnpackedBytes}).` });
  }
  const core = files['docProps/core.xml'];
  const title = core ? /<dc:title>([^<]*)<\/dc:title>/u.exec(strFromU8(core))?.[1] : undefined;
  return (
    title
      ?.replace(/&(lt|gt|amp|quot|apos);/gu, (_m, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? '')
      .trim() || null
  );
}

/**
 * Extracts a .docx document.
 * @example
 * const document = await extractDocx(bytes); // headings as heading sections, tables as table-row sections
 */
export async function extractDocx(bytes: Uint8Array): Promise<{ text: string; sections: DocumentSection[]; title: string | null }> {
  const metadataTitle = inspectArchive(bytes);
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) },
      {
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
        // Images carry no text; dropping them avoids inlining megabytes of base64.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
      },
    );
    html = result.value;
  } catch (error) {
    throw unprocessable(error instanceof Error ? error.message : String(error), error);
  }
  const extracted = extractHtml(html);
  return { ...extracted, title: metadataTitle ?? extracted.title };
}
