// The differential-privacy building blocks: Laplace noise, the exponential mechanism and PrivBayes' sensitivity of MI.

/**
 * A Laplace(0, scale) draw from the seeded source.
 * @example
 * laplaceNoise(seededRandom(1), 0.01); // e.g. -0.0042
 */
export function laplaceNoise(random: () => number, scale: number): number {
  const centred = random() - 0.5;
  // 1 − 2|u| is 0 only for u = −0.5; keep the logarithm finite.
  const tail = Math.max(1 - 2 * Math.abs(centred), Number.MIN_VALUE);
  return -scale * Math.sign(centred) * Math.log(tail);
}

/**
 * Picks an index with probability ∝ exp(ε · score / (2Δ)) (McSherry–Talwar exponential mechanism).
 * @example
 * exponentialMechanism([0.1, 0.9], { epsilon: 1, sensitivity: 0.01, random: seededRandom(1) }); // 1 almost surely
 */
export function exponentialMechanism(
  scores: readonly number[],
  options: { epsilon: number; sensitivity: number; random: () => number },
): number {
  const factor = options.epsilon / (2 * options.sensitivity);
  const best = Math.max(...scores);
  const weights = scores.map((score) => Math.exp(factor * (score - best)));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = options.random() * total;
  for (let index = 0; index < weights.length; index++) {
    target -= weights[index] ?? 0;
    if (target < 0) return index;
  }
  return weights.length - 1;
}

/**
 * Sensitivity of mutual information (bits) between an attribute and a parent set over n rows, from PrivBayes
 * (Zhang et al., SIGMOD 2014 / TODS 2017, Lemma 4.1): (1/n)·log2 n + ((n−1)/n)·log2(n/(n−1)) when either side is
 * binary, and the larger (2/n)·log2((n+1)/2) + ((n−1)/n)·log2((n+1)/(n−1)) otherwise.
 * @example
 * mutualInformationSensitivity(1000, true); // ≈ 0.0114
 */
export function mutualInformationSensitivity(rowCount: number, binary: boolean): number {
  const n = Math.max(rowCount, 2);
  if (binary) return (1 / n) * Math.log2(n) + ((n - 1) / n) * Math.log2(n / (n - 1));
  return (2 / n) * Math.log2((n + 1) / 2) + ((n - 1) / n) * Math.log2((n + 1) / (n - 1));
}
