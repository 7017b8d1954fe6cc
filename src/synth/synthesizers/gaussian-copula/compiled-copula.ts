// What sampling derives from params once (flat correlation, per-column samplers, interval ends, conditionals), cached per params object.
import { normalQuantile } from '../../stats/index.ts';
import type { ContinuousColumnParams, DiscreteColumnParams, GaussianCopulaParams } from './params.ts';
import { conditionalNormal, type ConditionalNormal } from './conditional-normal.ts';
import { intervalStarts } from './category-intervals.ts';
import { createMarginalSampler } from './marginals/marginal-sampler.ts';

export interface CompiledDiscrete {
  params: DiscreteColumnParams;
  /** Interval start by code. */
  starts: Float64Array;
  /** Cumulative interval ends in `order`, as normal scores Φ⁻¹(end). */
  scoreEnds: Float64Array;
}

export interface CompiledContinuous {
  params: ContinuousColumnParams;
  sampler: (z: number) => number;
}

export interface CompiledCopula {
  size: number;
  correlation: Float64Array;
  columns: (CompiledContinuous | CompiledDiscrete)[];
  conditional(fixed: readonly number[]): ConditionalNormal;
}

const cache = new WeakMap<GaussianCopulaParams, CompiledCopula>();

function compile(params: GaussianCopulaParams): CompiledCopula {
  const size = params.columns.length;
  const correlation = new Float64Array(size * size);
  params.correlation.forEach((row, i) => row.forEach((value, j) => (correlation[i * size + j] = value)));
  const columns = params.columns.map((column): CompiledContinuous | CompiledDiscrete => {
    if (column.type === 'continuous') return { params: column, sampler: createMarginalSampler(column) };
    let cumulative = 0;
    const scoreEnds = Float64Array.from(column.order, (code) => normalQuantile((cumulative += column.probabilities[code] ?? 0)));
    return { params: column, starts: intervalStarts(column.probabilities, column.order), scoreEnds };
  });
  const conditionals = new Map<string, ConditionalNormal>();
  return {
    size,
    correlation,
    columns,
    conditional(fixed) {
      const key = fixed.join(',');
      let found = conditionals.get(key);
      if (!found) {
        found = conditionalNormal(correlation, { size, fixed });
        conditionals.set(key, found);
      }
      return found;
    },
  };
}

/**
 * The compiled form of params, built on first use and reused while the same params object is sampled again.
 * @example
 * compiledCopula(params).conditional([2]).regression;
 */
export function compiledCopula(params: GaussianCopulaParams): CompiledCopula {
  let compiled = cache.get(params);
  if (!compiled) {
    compiled = compile(params);
    cache.set(params, compiled);
  }
  return compiled;
}
