// Turns a long table of per-entity rows into grouped, time-ordered sequences, and finds the entity, time and context columns.
import { GenstackError } from '../../core/index.ts';
import { expressionColumns, parseExpression, type Constraint } from '../constraints/index.ts';
import type { ColumnSpec, EncodedTable, RawTable, TypedTable } from '../table/types.ts';

/**
 * The column naming the entity: the one given, else a column with an id-like name whose values repeat.
 * @example
 * detectEntityColumn(raw); // 'machine_id'
 */
export function detectEntityColumn(raw: RawTable, given?: string): string {
  if (given) {
    if (!raw.columns.includes(given))
      throw new GenstackError({ code: 'invalid_request', message: `No column '${given}' for the entity.`, param: 'entityColumn' });
    return given;
  }
  const idLike = /(^id$|_id$|Id$|ID$|번호$|코드$)/;
  for (const [index, name] of raw.columns.entries()) {
    if (!idLike.test(name)) continue;
    const distinct = new Set(raw.rows.map((row) => row[index] ?? ''));
    if (distinct.size >= 2 && distinct.size <= raw.rows.length / 2) return name;
  }
  throw new GenstackError({
    code: 'invalid_request',
    message: 'Could not tell which column names the entity of each sequence; pass it (--entity <column> / entityColumn).',
    param: 'entityColumn',
  });
}

/** Row order that groups entities (in first-seen order) and sorts each by time, keeping ties in file order. */
export function sequenceOrder(typed: TypedTable, options: { entityColumn: string; timeColumn: string | null }): number[] {
  const entityValues = typed.columns.find((column) => column.spec.name === options.entityColumn)?.values ?? [];
  const timeValues = options.timeColumn ? typed.columns.find((column) => column.spec.name === options.timeColumn)?.values : undefined;
  const firstSeen = new Map<string, number>();
  for (const value of entityValues) {
    const key = String(value ?? '');
    if (!firstSeen.has(key)) firstSeen.set(key, firstSeen.size);
  }
  const order = Array.from({ length: typed.rowCount }, (_, row) => row);
  const timeOf = (row: number) => {
    const value = timeValues?.[row];
    return typeof value === 'number' ? value : Number.POSITIVE_INFINITY;
  };
  order.sort(
    (a, b) =>
      (firstSeen.get(String(entityValues[a] ?? '')) ?? 0) - (firstSeen.get(String(entityValues[b] ?? '')) ?? 0) ||
      timeOf(a) - timeOf(b) ||
      a - b,
  );
  return order;
}

/** Rearranges a typed table's rows. */
export function reorderRows(typed: TypedTable, order: readonly number[]): TypedTable {
  return {
    rowCount: order.length,
    columns: typed.columns.map((column) => ({ spec: column.spec, values: order.map((row) => column.values[row] ?? null) })),
  };
}

/** Where each entity's rows start and how many there are, for rows already grouped by entity. */
export function sequenceRuns(entityValues: readonly unknown[]): { starts: number[]; lengths: number[] } {
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let row = 0; row < entityValues.length; row += 1) {
    if (row === 0 || entityValues[row] !== entityValues[row - 1]) {
      starts.push(row);
      lengths.push(0);
    }
    lengths[lengths.length - 1] = (lengths[lengths.length - 1] ?? 0) + 1;
  }
  return { starts, lengths };
}

/** Encoded columns whose value never changes within an entity: the entity's context (line, model, segment). */
export function contextColumns(table: EncodedTable, runs: { starts: number[]; lengths: number[] }, timeColumn: string | null): string[] {
  return table.columns
    .filter((column) => column.name !== timeColumn && !column.name.startsWith(`${timeColumn}#`))
    .filter((column) =>
      runs.starts.every((start, entity) => {
        const first = column.values[start];
        for (let row = start + 1; row < start + (runs.lengths[entity] ?? 0); row += 1) if (column.values[row] !== first) return false;
        return true;
      }),
    )
    .map((column) => column.name);
}

/**
 * Sequences are sampled whole, so no row can be rejected on its own: a timeseries model keeps only constraints that hold
 * by construction (ranges and signs within the training range, learned gaps, recomputed formulas, seen combinations)
 * and never reshapes the entity or time column.
 */
export function checkSequenceConstraints(constraints: Constraint[], options: { entityColumn: string; timeColumn: string | null }): void {
  constraints.forEach((constraint, index) => {
    const named = constraintColumns(constraint);
    const reserved = named.find((column) => column === options.entityColumn || column === options.timeColumn);
    if (constraint.type === 'unique' || reserved)
      throw new GenstackError({
        code: 'invalid_request',
        message:
          constraint.type === 'unique'
            ? `Constraint ${index + 1}: a timeseries model makes each sequence's entity id unique itself; 'unique' applies to tabular synthesizers.`
            : `Constraint ${index + 1} names '${reserved}', the entity or time column of the sequences; constraints apply to the other columns.`,
        param: 'constraints',
      });
  });
}

function constraintColumns(constraint: Constraint): string[] {
  if (constraint.type === 'unique' || constraint.type === 'fixed-combinations') return constraint.columns;
  if (constraint.type === 'inequality') return [constraint.low, constraint.high];
  if (constraint.type === 'formula') return [constraint.column, ...expressionColumns(parseExpression(constraint.expression))];
  return [constraint.column];
}

/** The time column given, else the first datetime column, else none (row order is the time). */
export function sequenceTimeColumn(columns: ColumnSpec[], given: string | null | undefined): string | null {
  const timeColumn = given ?? columns.find((spec) => spec.kind === 'datetime')?.name ?? null;
  if (timeColumn && !columns.some((spec) => spec.name === timeColumn && (spec.kind === 'datetime' || spec.kind === 'numeric')))
    throw new GenstackError({
      code: 'invalid_request',
      message: `The time column '${timeColumn}' must hold dates or numbers.`,
      param: 'timeColumn',
    });
  return timeColumn;
}
