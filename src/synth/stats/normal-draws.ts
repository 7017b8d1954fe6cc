// Standard normal draws from a seeded uniform source (Box–Muller): one draw at a time, or a source that keeps each pair.

/**
 * One standard normal draw from two uniforms of `random` (1 − u keeps the logarithm finite).
 * @example
 * 120 + 10 * standardNormal(seededRandom(1)); // a systolic pressure around 120
 */
export function standardNormal(random: () => number): number {
  const radius = Math.sqrt(-2 * Math.log(1 - random()));
  return radius * Math.cos(2 * Math.PI * random());
}

/**
 * A generator of standard normal draws that uses both values of each Box–Muller pair (half the uniforms per draw).
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
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    spare = radius * Math.sin(angle);
    hasSpare = true;
    return radius * Math.cos(angle);
  };
}
