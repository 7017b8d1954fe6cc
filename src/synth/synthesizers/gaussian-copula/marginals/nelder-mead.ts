// A small Nelder–Mead minimizer for two-parameter likelihood fits (truncated normal).

type Point = [number, number];

/**
 * Minimizes a function of two variables from a start point; returns the best point found.
 * @example
 * minimizeTwoParameters(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, { start: [0, 0] }); // ≈ [1, −2]
 */
export function minimizeTwoParameters(
  objective: (point: Point) => number,
  options: { start: Point; step?: number; iterations?: number },
): Point {
  const step = options.step ?? 0.5;
  const [x0, y0] = options.start;
  let simplex: { point: Point; value: number }[] = (
    [
      [x0, y0],
      [x0 + step, y0],
      [x0, y0 + step],
    ] as Point[]
  ).map((point) => ({ point, value: objective(point) }));
  const evaluate = (point: Point) => ({ point, value: objective(point) });
  const blend = (from: Point, to: Point, factor: number): Point => [
    from[0] + factor * (to[0] - from[0]),
    from[1] + factor * (to[1] - from[1]),
  ];
  for (let iteration = 0; iteration < (options.iterations ?? 200); iteration++) {
    simplex.sort((left, right) => left.value - right.value);
    const [best, middle, worst] = simplex as [(typeof simplex)[0], (typeof simplex)[0], (typeof simplex)[0]];
    if (Math.abs(worst.value - best.value) < 1e-12 * (1 + Math.abs(best.value))) break;
    const centroid: Point = [(best.point[0] + middle.point[0]) / 2, (best.point[1] + middle.point[1]) / 2];
    const reflected = evaluate(blend(centroid, worst.point, -1));
    if (reflected.value < best.value) {
      const expanded = evaluate(blend(centroid, worst.point, -2));
      simplex = [best, middle, expanded.value < reflected.value ? expanded : reflected];
    } else if (reflected.value < middle.value) {
      simplex = [best, middle, reflected];
    } else {
      const contracted = evaluate(blend(centroid, worst.point, 0.5));
      if (contracted.value < worst.value) simplex = [best, middle, contracted];
      else simplex = [best, evaluate(blend(best.point, middle.point, 0.5)), evaluate(blend(best.point, worst.point, 0.5))];
    }
  }
  simplex.sort((left, right) => left.value - right.value);
  return simplex[0]?.point ?? options.start;
}
