// Per-channel value transform: log for skewed non-negative channels (amounts, counts) so levels and noise act multiplicatively.

export type ChannelTransform = { kind: 'identity' } | { kind: 'log'; offset: number };

/**
 * Log when the channel is non-negative, right-skewed and less skewed after the log; identity otherwise.
 * @example
 * chooseTransform(amounts); // { kind: 'log', offset: 0 }
 */
export function chooseTransform(values: Float64Array): ChannelTransform {
  let minimum = Number.POSITIVE_INFINITY;
  let smallestPositive = Number.POSITIVE_INFINITY;
  for (const value of values) {
    if (value < minimum) minimum = value;
    if (value > 0 && value < smallestPositive) smallestPositive = value;
  }
  if (!(minimum >= 0) || !Number.isFinite(smallestPositive)) return { kind: 'identity' };
  const rawSkew = skewness(values);
  if (rawSkew <= 1) return { kind: 'identity' };
  const offset = minimum > 0 ? 0 : smallestPositive / 2;
  const logged = values.map((value) => Math.log(value + offset));
  return Math.abs(skewness(logged)) < rawSkew ? { kind: 'log', offset } : { kind: 'identity' };
}

/**
 * Value → model space.
 * @example
 * applyTransform({ kind: 'log', offset: 0 }, Math.E); // 1
 */
export function applyTransform(transform: ChannelTransform, value: number): number {
  return transform.kind === 'log' ? Math.log(value + transform.offset) : value;
}

/**
 * Model space → value.
 * @example
 * invertTransform({ kind: 'log', offset: 0 }, 1); // 2.718…
 */
export function invertTransform(transform: ChannelTransform, value: number): number {
  return transform.kind === 'log' ? Math.exp(Math.min(700, value)) - transform.offset : value;
}

function skewness(values: Float64Array): number {
  const count = values.length;
  if (count < 3) return 0;
  let mean = 0;
  for (const value of values) mean += value;
  mean /= count;
  let second = 0;
  let third = 0;
  for (const value of values) {
    const deviation = value - mean;
    second += deviation * deviation;
    third += deviation * deviation * deviation;
  }
  second /= count;
  third /= count;
  return second > 0 ? third / Math.pow(second, 1.5) : 0;
}
