// SDMetrics ContingencySimilarity: 1 − total variation distance between the normalised joint tables of two coded columns.

export interface CodedColumn {
  real: Int32Array;
  synthetic: Int32Array;
  cardinality: number;
}

/** Reused count buffers, so 100+ pairs do not allocate a table each. */
export class ContingencyWorkspace {
  private realCounts = new Float64Array(0);
  private syntheticCounts = new Float64Array(0);

  /**
   * ContingencySimilarity of two coded columns; null when either table has no rows.
   * @example
   * new ContingencyWorkspace().similarity(first, second); // 1 when both joint tables match
   */
  similarity(first: CodedColumn, second: CodedColumn): number | null {
    const realRows = first.real.length;
    const syntheticRows = first.synthetic.length;
    if (realRows === 0 || syntheticRows === 0) return null;
    const cells = first.cardinality * second.cardinality;
    if (this.realCounts.length < cells) {
      this.realCounts = new Float64Array(cells);
      this.syntheticCounts = new Float64Array(cells);
    }
    const realCounts = this.realCounts;
    const syntheticCounts = this.syntheticCounts;
    const width = second.cardinality;
    for (let row = 0; row < realRows; row += 1) {
      const cell = (first.real[row] ?? 0) * width + (second.real[row] ?? 0);
      realCounts[cell] = (realCounts[cell] ?? 0) + 1;
    }
    for (let row = 0; row < syntheticRows; row += 1) {
      const cell = (first.synthetic[row] ?? 0) * width + (second.synthetic[row] ?? 0);
      syntheticCounts[cell] = (syntheticCounts[cell] ?? 0) + 1;
    }
    // Visit only the cells some row touched, and zero them on the way so the buffers are clean for the next pair.
    let variation = 0;
    const visit = (cell: number): void => {
      const realCount = realCounts[cell] ?? 0;
      const syntheticCount = syntheticCounts[cell] ?? 0;
      if (realCount === 0 && syntheticCount === 0) return;
      variation += Math.abs(realCount / realRows - syntheticCount / syntheticRows);
      realCounts[cell] = 0;
      syntheticCounts[cell] = 0;
    };
    for (let row = 0; row < realRows; row += 1) visit((first.real[row] ?? 0) * width + (second.real[row] ?? 0));
    for (let row = 0; row < syntheticRows; row += 1) {
      visit((first.synthetic[row] ?? 0) * width + (second.synthetic[row] ?? 0));
    }
    return 1 - variation / 2;
  }
}
