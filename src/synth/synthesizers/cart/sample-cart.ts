// Samples rows from fitted CART params: column by column in the fitted order, all rows routed through each tree at once.
import type { EncodedTable } from '../../table/types.ts';
import type { SampleContext } from '../types.ts';
import type { CartParams } from './cart-params.ts';
import { packTree, routeRows } from './route-rows.ts';
import { drawClass, drawContinuous, leafLineColumn } from './sample-leaf.ts';
import { validateCartParams } from './validate-params.ts';

/**
 * @example
 * const synthetic = sampleCart(params, { rows: 1000, random: seededRandom(1) });
 */
export function sampleCart(params: CartParams, context: SampleContext): EncodedTable {
  validateCartParams(params);
  const rows = Math.max(0, Math.floor(context.rows));
  const columns = params.columns.map(() => new Float64Array(rows));
  const discrete = params.columns.map((column) => column.type === 'discrete');
  params.order.forEach((columnIndex, position) => {
    const tree = params.trees[position];
    const schema = params.columns[columnIndex];
    const output = columns[columnIndex];
    if (!tree || !schema || !output) return;
    const packed = packTree(tree);
    const leaves = routeRows(packed, { columns, discrete, rows });
    if (schema.type === 'discrete') {
      for (let row = 0; row < rows; row += 1)
        output[row] = drawClass(packed.leafData, { offset: leaves[row] ?? 0, random: context.random });
    } else {
      const min = schema.min ?? -Infinity;
      const max = schema.max ?? Infinity;
      const draw = { offset: 0, random: context.random, smoothing: params.smoothing, noiseFloor: schema.noiseFloor ?? 0, lineInput: 0 };
      for (let row = 0; row < rows; row += 1) {
        draw.offset = leaves[row] ?? 0;
        draw.lineInput = columns[leafLineColumn(packed.leafData, draw.offset)]?.[row] ?? 0;
        const value = Math.min(max, Math.max(min, drawContinuous(packed.leafData, draw)));
        output[row] = schema.integer === true ? Math.round(value) : value;
      }
    }
    context.onProgress?.((position + 1) / params.order.length);
  });
  return {
    rowCount: rows,
    columns: params.columns.map((schema, index) => ({
      name: schema.name,
      type: schema.type,
      values: columns[index] ?? new Float64Array(rows),
      ...(schema.type === 'discrete' ? { cardinality: schema.cardinality ?? 1 } : { integer: schema.integer === true }),
    })),
  };
}
