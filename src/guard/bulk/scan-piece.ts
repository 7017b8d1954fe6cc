// One piece of a long text scanned after what the pieces before left open (a table's header), its findings within the piece.
import { scanPii, type PiiFinding, type ScanPiiOptions } from '../pii/index.ts';

/** A piece to scan: `text` is the carried context and the piece, the piece starting at `pieceStart`. */
export interface PieceRequest {
  text: string;
  pieceStart: number;
}

/**
 * The findings of the piece in `request.text`, with offsets into the piece; a finding of the carried context alone is
 * dropped.
 *
 * @example
 * scanPiece({ text: '성명,연락처\n김민수,010-1234-5678\n', pieceStart: 7 }, {}); // findings in '김민수,010-1234-5678\n'
 */
export function scanPiece(request: PieceRequest, options: ScanPiiOptions): PiiFinding[] {
  const findings = scanPii(request.text, options);
  const start = request.pieceStart;
  if (start === 0) return findings;
  return findings
    .filter((finding) => finding.start >= start)
    .map((finding) => ({ ...finding, start: finding.start - start, end: finding.end - start }));
}
