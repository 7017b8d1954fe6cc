// Mutual information (bits) between a binned attribute and a parent set, with reusable scratch buffers for speed.

/** A parent set's rows folded into one configuration index per row. */
export interface ParentCodes {
  codes: Int32Array;
  configurations: number;
  /** Entropy of the configurations (bits). */
  entropy: number;
}

export interface MutualInformationScorer {
  columnEntropy: Float64Array;
  parentCodes(parents: readonly number[]): ParentCodes;
  score(child: number, parents: ParentCodes): number;
}

/**
 * Builds a scorer over binned rows; a score costs one pass over the rows whatever the table size.
 * @example
 * const scorer = createMutualInformationScorer({ bins, binCounts });
 * scorer.score(1, scorer.parentCodes([0])); // I(X1; X0) in bits
 */
export function createMutualInformationScorer(data: { bins: Int32Array[]; binCounts: number[] }): MutualInformationScorer {
  const rowCount = data.bins[0]?.length ?? 0;
  const countLogCount = new Float64Array(rowCount + 1);
  for (let count = 2; count <= rowCount; count++) countLogCount[count] = count * Math.log2(count);
  const logRows = rowCount > 0 ? Math.log2(rowCount) : 0;
  let cells = new Int32Array(1024);
  const touched = new Int32Array(rowCount);

  /** Entropy of a row-wise cell index `outer[row] · radix + inner[row]`; only touched cells are read and reset. */
  const entropyOf = (cellCount: number, layout: { outer: Int32Array; radix: number; inner: Int32Array | null }): number => {
    if (cells.length < cellCount) cells = new Int32Array(cellCount);
    const { outer, radix, inner } = layout;
    let touchedCount = 0;
    for (let row = 0; row < rowCount; row++) {
      const cell = (outer[row] ?? 0) * radix + (inner ? (inner[row] ?? 0) : 0);
      const previous = cells[cell] ?? 0;
      cells[cell] = previous + 1;
      if (previous === 0) touched[touchedCount++] = cell;
    }
    let sum = 0;
    for (let index = 0; index < touchedCount; index++) {
      const cell = touched[index] ?? 0;
      sum += countLogCount[cells[cell] ?? 0] ?? 0;
      cells[cell] = 0;
    }
    return rowCount > 0 ? logRows - sum / rowCount : 0;
  };

  const columnEntropy = Float64Array.from(data.bins, (bins, column) =>
    entropyOf(data.binCounts[column] ?? 1, { outer: bins, radix: 1, inner: null }),
  );

  const parentCodes = (parents: readonly number[]): ParentCodes => {
    const codes = new Int32Array(rowCount);
    let configurations = 1;
    for (const parent of parents) {
      const bins = data.bins[parent];
      const radix = data.binCounts[parent] ?? 1;
      if (!bins) continue;
      for (let row = 0; row < rowCount; row++) codes[row] = (codes[row] ?? 0) + configurations * (bins[row] ?? 0);
      configurations *= radix;
    }
    return { codes, configurations, entropy: entropyOf(configurations, { outer: codes, radix: 1, inner: null }) };
  };

  const score = (child: number, parents: ParentCodes): number => {
    const bins = data.bins[child];
    const childCount = data.binCounts[child] ?? 1;
    if (!bins || parents.configurations <= 1) return 0;
    const joint = entropyOf(parents.configurations * childCount, { outer: parents.codes, radix: childCount, inner: bins });
    return Math.max(0, (columnEntropy[child] ?? 0) + parents.entropy - joint);
  };

  return { columnEntropy, parentCodes, score };
}
