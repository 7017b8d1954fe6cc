// Counts rows per cell of a family (an attribute with its parents): the raw material of every conditional table.

/**
 * Cell counts over `members` (mixed radix, the first member varying fastest), as a dense array.
 * @example
 * countFamily({ bins, binCounts }, [0, 2]); // Float64Array of binCounts[0] · binCounts[2] counts
 */
export function countFamily(data: { bins: Int32Array[]; binCounts: number[] }, members: readonly number[]): Float64Array {
  const rowCount = data.bins[0]?.length ?? 0;
  const cellCount = members.reduce((product, member) => product * (data.binCounts[member] ?? 1), 1);
  const cells = new Int32Array(rowCount);
  let radix = 1;
  for (const member of members) {
    const bins = data.bins[member];
    if (bins) for (let row = 0; row < rowCount; row++) cells[row] = (cells[row] ?? 0) + radix * (bins[row] ?? 0);
    radix *= data.binCounts[member] ?? 1;
  }
  const counts = new Float64Array(cellCount);
  for (let row = 0; row < rowCount; row++) {
    const cell = cells[row] ?? 0;
    counts[cell] = (counts[cell] ?? 0) + 1;
  }
  return counts;
}

/**
 * Sums a dense table over `members` down to `kept` (a subset, in the order wanted; the first varies fastest).
 * @example
 * marginalize(joint, { members: [0, 2], kept: [2], binCounts }); // counts per bin of column 2
 */
export function marginalize(
  table: Float64Array,
  layout: { members: readonly number[]; kept: readonly number[]; binCounts: readonly number[] },
): Float64Array {
  const { members, kept, binCounts } = layout;
  const radices = members.map((member) => binCounts[member] ?? 1);
  const keptStrides = members.map((member) => {
    const position = kept.indexOf(member);
    if (position < 0) return 0;
    return kept.slice(0, position).reduce((product, column) => product * (binCounts[column] ?? 1), 1);
  });
  const result = new Float64Array(kept.reduce((product, column) => product * (binCounts[column] ?? 1), 1));
  for (let cell = 0; cell < table.length; cell++) {
    let rest = cell;
    let target = 0;
    for (let index = 0; index < radices.length; index++) {
      const radix = radices[index] ?? 1;
      target += (rest % radix) * (keptStrides[index] ?? 0);
      rest = Math.floor(rest / radix);
    }
    result[target] = (result[target] ?? 0) + (table[cell] ?? 0);
  }
  return result;
}
