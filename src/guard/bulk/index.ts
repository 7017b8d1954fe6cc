// Bulk scanning: a long text (a data export, a log) read in pieces, in this thread or in worker threads side by side.
export { scanPieces, type ScannedPiece, type ScanPiecesOptions } from './scan-pieces.ts';
export { toScanPiiOptions, type PieceScanOptions } from './piece-scan-options.ts';
