// Picks one continuous predictor whose straight line explains a continuous leaf well (costs that add up, price × volume),
// so the leaf stores residuals around that line instead of losing the relation inside a wide leaf.

/** Values of one earlier continuous column on the leaf's rows. */
export interface LeafRegressor {
  column: number;
  values: number[];
}

export interface LeafLine {
  column: number;
  slope: number;
  intercept: number;
}

/** Below this many rows or this share of explained variance a leaf keeps plain knots. */
const minRows = 20;
const minExplained = 0.5;

/**
 * The line `target ≈ intercept + slope · regressor` with the largest R² over `rows` (indices into the leaf), or null.
 * @example
 * fitLeafLine([2, 4, 6], { regressors: [{ column: 0, values: [1, 2, 3] }], rows: [0, 1, 2] }); // needs ≥ 20 rows → null
 */
export function fitLeafLine(target: number[], input: { regressors: LeafRegressor[]; rows: number[] }): LeafLine | null {
  const { rows } = input;
  if (rows.length < minRows) return null;
  let best: LeafLine | null = null;
  let bestExplained = minExplained;
  for (const regressor of input.regressors) {
    let meanX = 0;
    let meanY = 0;
    for (const row of rows) {
      meanX += (regressor.values[row] ?? 0) / rows.length;
      meanY += (target[row] ?? 0) / rows.length;
    }
    let cross = 0;
    let squaresX = 0;
    let squaresY = 0;
    for (const row of rows) {
      const deltaX = (regressor.values[row] ?? 0) - meanX;
      const deltaY = (target[row] ?? 0) - meanY;
      cross += deltaX * deltaY;
      squaresX += deltaX * deltaX;
      squaresY += deltaY * deltaY;
    }
    if (squaresX <= 0 || squaresY <= 0) continue;
    const explained = (cross * cross) / (squaresX * squaresY);
    if (explained > bestExplained) {
      bestExplained = explained;
      const slope = cross / squaresX;
      best = { column: regressor.column, slope, intercept: meanY - slope * meanX };
    }
  }
  return best;
}
