// Standard normal draws from a uniform source by Box–Muller, keeping the second draw of each pair.

/**
 * @example
 * const nextNormal = standardNormalSource(seededRandom(1));
 * nextNormal(); // −0.43…
 */
export function standardNormalSource(random: () => number): () => number {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    // 1 − random() lies in (0, 1], so the logarithm stays finite.
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    spare = radius * Math.sin(angle);
    hasSpare = true;
    return radius * Math.cos(angle);
  };
}
