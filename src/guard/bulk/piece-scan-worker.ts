// A worker thread's side of `PieceScanPool`: builds the scan once from the pool's options, then scans piece after piece.
import { parentPort, workerData } from 'node:worker_threads';
import { toScanPiiOptions, type PieceScanOptions } from './piece-scan-options.ts';
import { scanPiece, type PieceRequest } from './scan-piece.ts';

const options = toScanPiiOptions(workerData as PieceScanOptions);

parentPort?.on('message', (request: PieceRequest & { id: number }) => {
  try {
    parentPort?.postMessage({ id: request.id, findings: scanPiece(request, options) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
