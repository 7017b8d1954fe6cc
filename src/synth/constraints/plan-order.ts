// Orders plan steps so every step runs after the steps that restore the columns it reads (a < b < c chains, formulas of formulas).
import { GenstackError } from '../../core/errors.ts';
import { expressionColumns, parseExpression } from './expression.ts';
import type { PlanStep } from './types.ts';

/**
 * Columns a step restores.
 * @example
 * producedBy({ kind: 'gap', low: '시작일', high: '종료일', gapColumn: '종료일#gap', rawColumn: null, unit: 86_400_000, strict: true }); // ['종료일']
 */
export function producedBy(step: PlanStep): string[] {
  if (step.kind === 'combine') return step.columns;
  if (step.kind === 'gap') return [step.high];
  return [step.column];
}

/**
 * Columns a step reads (besides its own helper columns).
 * @example
 * neededBy({ kind: 'formula', column: '금액', expression: '수량 * 단가' }); // ['수량', '단가']
 */
export function neededBy(step: PlanStep): string[] {
  if (step.kind === 'combine') return [];
  if (step.kind === 'gap') return [step.low];
  return expressionColumns(parseExpression(step.expression));
}

/**
 * Whether `from` reads `target`, directly or through the steps that produce what it reads.
 * @example
 * dependsOn('b', 'a', [gapStep('a', 'b')]); // true: b is restored from a
 */
export function dependsOn(from: string, target: string, steps: PlanStep[]): boolean {
  const producers = new Map<string, PlanStep>();
  for (const step of steps) for (const name of producedBy(step)) producers.set(name, step);
  const visited = new Set<string>();
  const pending = [from];
  while (pending.length > 0) {
    const name = pending.pop() ?? '';
    if (name === target) return true;
    if (visited.has(name)) continue;
    visited.add(name);
    const step = producers.get(name);
    if (step) pending.push(...neededBy(step));
  }
  return false;
}

/**
 * Topological order of the steps (stable otherwise).
 * @example
 * orderSteps([gap('b', 'c'), gap('a', 'b')]); // [gap('a', 'b'), gap('b', 'c')]
 */
export function orderSteps(steps: PlanStep[]): PlanStep[] {
  const produced = new Set(steps.flatMap(producedBy));
  const ready = new Set<string>();
  const ordered: PlanStep[] = [];
  let remaining = [...steps];
  while (remaining.length > 0) {
    const next = remaining.find((step) => neededBy(step).every((name) => !produced.has(name) || ready.has(name)));
    if (!next) throw new GenstackError({ code: 'internal_error', message: 'Constraint steps depend on each other in a loop.' });
    ordered.push(next);
    for (const name of producedBy(next)) ready.add(name);
    remaining = remaining.filter((step) => step !== next);
  }
  return ordered;
}
