// The options of a scan of text pieces, as plain data: a worker thread receives them by copy and builds the same scan.
import { customRecognizers, type CustomPattern } from '../pii/custom/index.ts';
import type { PiiEntityType, PiiLanguage, PiiType, ScanPiiOptions } from '../pii/index.ts';

/** What `scanPii` is given for each piece, with custom types as their declarations rather than compiled recognisers. */
export interface PieceScanOptions {
  custom: readonly CustomPattern[];
  allow?: readonly string[];
  lang?: PiiLanguage;
  types?: readonly PiiEntityType[];
  minScore?: number;
  nameExpected?: boolean;
  asked?: readonly PiiType[];
}

/**
 * The `scanPii` options of `options`, custom types compiled.
 *
 * @example
 * scanPii(text, toScanPiiOptions({ custom: [], lang: 'ko' }));
 */
export function toScanPiiOptions(options: PieceScanOptions): ScanPiiOptions {
  const { custom, ...rest } = options;
  return { ...rest, extraRecognizers: customRecognizers(custom) };
}
