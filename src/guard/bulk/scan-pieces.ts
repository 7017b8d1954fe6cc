// The findings of a long text read in pieces, in order: in this thread, or in worker threads side by side for an input of
// more than one piece. Either way each piece is read after the header of a table of names the pieces before left open,
// so the findings are the same.
import { openTableHeader, type PiiFinding } from '../pii/index.ts';
import { toScanPiiOptions, type PieceScanOptions } from './piece-scan-options.ts';
import { PieceScanPool } from './piece-scan-pool.ts';
import { scanPiece, type PieceRequest } from './scan-piece.ts';

export interface ScannedPiece {
  piece: string;
  /** Offsets within `piece`. */
  findings: PiiFinding[];
}

export interface ScanPiecesOptions {
  pieces: AsyncIterable<string>;
  scan: PieceScanOptions;
  /** Worker threads to scan with (default 1: this thread). Workers start only once a second piece comes. */
  jobs?: number;
}

/**
 * @example
 * for await (const { piece, findings } of scanPieces({ pieces, scan: { custom: [] }, jobs: 4 })) write(redact(piece, findings));
 */
export async function* scanPieces(options: ScanPiecesOptions): AsyncGenerator<ScannedPiece> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const requests = piecesWithContext(options.pieces);
  if (jobs === 1) {
    const scan = toScanPiiOptions(options.scan);
    for await (const { piece, request } of requests) yield { piece, findings: scanPiece(request, scan) };
    return;
  }
  const first = await requests.next();
  if (first.done) return;
  const second = await requests.next();
  if (second.done) {
    yield { piece: first.value.piece, findings: scanPiece(first.value.request, toScanPiiOptions(options.scan)) };
    return;
  }
  const pool = new PieceScanPool(options.scan, jobs);
  // Pieces sent ahead, in order; twice the workers keep each busy while the oldest is written out.
  const inFlight: Array<{ piece: string; findings: Promise<PiiFinding[]> }> = [];
  const send = ({ piece, request }: { piece: string; request: PieceRequest }) => {
    const findings = pool.scan(request);
    // Awaited in order later; a failure meanwhile must not count as unhandled.
    findings.catch(() => undefined);
    inFlight.push({ piece, findings });
  };
  try {
    send(first.value);
    send(second.value);
    for await (const next of requests) {
      send(next);
      if (inFlight.length >= jobs * 2) {
        const oldest = inFlight.shift()!;
        yield { piece: oldest.piece, findings: await oldest.findings };
      }
    }
    for (const { piece, findings } of inFlight.splice(0)) yield { piece, findings: await findings };
  } finally {
    await pool.close();
  }
}

/** Each piece with the text it is scanned as: the header of a table the pieces before left open, then the piece. */
async function* piecesWithContext(pieces: AsyncIterable<string>): AsyncGenerator<{ piece: string; request: PieceRequest }> {
  let header: string | undefined;
  for await (const piece of pieces) {
    const before = header === undefined ? '' : `${header}\n`;
    const text = before + piece;
    header = openTableHeader(text);
    yield { piece, request: { text, pieceStart: before.length } };
  }
}
