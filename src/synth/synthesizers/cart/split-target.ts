// What a tree predicts: class codes (Gini) or real values (variance), plus the reusable scratch buffers of its search.

export type SplitTarget = { kind: 'classification'; codes: Int32Array; classCount: number } | { kind: 'regression'; values: Float64Array };

/** Buffers reused by every node of one tree; counters are reset through the rows that touched them, never in full. */
export interface SplitScratch {
  bucketedRows: Int32Array;
  binRows: Int32Array;
  binSum: Float64Array;
  binMajority: Int32Array;
  binStart: Int32Array;
  binLeft: Uint8Array;
  nodeClass: Int32Array;
  leftClass: Int32Array;
  rightClass: Int32Array;
}

/** Allocates scratch for `rowCount` rows, predictors with up to `maxBins` bins and the target's classes. */
export function createSplitScratch(rowCount: number, maxBins: number, target: SplitTarget): SplitScratch {
  const classCount = target.kind === 'classification' ? target.classCount : 0;
  return {
    bucketedRows: new Int32Array(rowCount),
    binRows: new Int32Array(maxBins),
    binSum: new Float64Array(maxBins),
    binMajority: new Int32Array(maxBins),
    binStart: new Int32Array(maxBins),
    binLeft: new Uint8Array(maxBins),
    nodeClass: new Int32Array(classCount),
    leftClass: new Int32Array(classCount),
    rightClass: new Int32Array(classCount),
  };
}
