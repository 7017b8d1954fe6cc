// One batch of sampled rows in the model's column layout: synthesizer output decoded, then id and text columns generated.
import { decodeTable, sampleIds, sampleText } from '../table/index.ts';
import type { Cell, ColumnSpec, EncodedTable, TypedTable } from '../table/types.ts';
import type { SynthModel } from './synth-model.ts';

/** Blanks a share of generated values so id and text columns keep their missing rate. */
function withMissing(values: Cell[], options: { rate: number; random: () => number }): Cell[] {
  if (options.rate <= 0) return values;
  return values.map((value) => (options.random() < options.rate ? null : value));
}

function sideColumn(model: SynthModel, options: { spec: ColumnSpec; count: number; random: () => number }): Cell[] {
  const { spec, count, random } = options;
  if (spec.kind === 'id') {
    const idModel = model.idModels[spec.name];
    if (!idModel) return new Array<Cell>(count).fill(null);
    return withMissing(sampleIds(idModel, { count, random }), { rate: spec.missingRate, random });
  }
  const textModel = model.textModels[spec.name];
  if (!textModel) return new Array<Cell>(count).fill(null);
  return withMissing(sampleText(textModel, { count, random }), { rate: spec.missingRate, random });
}

/**
 * Decodes a synthesizer's sample and completes it with id and text columns, in `model.modelColumns` order.
 * @example
 * const batch = completeSample(model, { encoded, random });
 */
export function completeSample(model: SynthModel, options: { encoded: EncodedTable; random: () => number }): TypedTable {
  const decoded = decodeTable(options.encoded, model.encoding, model.modelColumns);
  const byName = new Map(decoded.columns.map((column) => [column.spec.name, column.values]));
  const count = options.encoded.rowCount;
  return {
    rowCount: count,
    columns: model.modelColumns.map((spec) => ({
      spec,
      values: byName.get(spec.name) ?? sideColumn(model, { spec, count, random: options.random }),
    })),
  };
}

/** Replaces one column's values (e.g. ids generated once for the whole output, so they are unique across batches). */
export function replaceColumn(table: TypedTable, options: { name: string; values: Cell[] }): TypedTable {
  return {
    rowCount: table.rowCount,
    columns: table.columns.map((column) => (column.spec.name === options.name ? { spec: column.spec, values: options.values } : column)),
  };
}
