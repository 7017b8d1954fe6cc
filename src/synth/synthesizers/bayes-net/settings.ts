// Tuning constants of the bayes-net synthesizer, in one place so the privacy and speed trade-offs are easy to review.

/** Most bins a continuous column gets without differential privacy (equal-frequency). */
export const maxQuantileBins = 20;
/** Within-bin quantile knots (intervals) so values sampled inside a bin follow the data. */
export const knotsPerBin = 8;
/** Discrete columns with more categories keep this many and pool the rest into an 'other' bucket. */
export const maxKeptCategories = 64;
/** Bounds for the equal-width bin count under differential privacy (chosen from n·ε, see choose-private-bin-count.ts). */
export const minPrivateBins = 4;
export const maxPrivateBins = 16;

/** PrivBayes: share of ε spent on the structure (ε1 = β·ε); the rest (ε2) goes to the conditionals. */
export const structureBudgetShare = 0.3;
/** PrivBayes θ-usefulness: a noisy table is kept useful when its average cell mass is θ times the noise scale. */
export const usefulnessTheta = 4;
/** Highest network degree (parents per attribute) considered. */
export const maxDegree = 3;
/** Product of parent cardinalities allowed for one parent set. */
export const maxParentConfigurations = 2048;
/** Rows used to score candidate parent sets (a seeded sub-sample beyond this; all rows still feed the conditionals). */
export const structureMaxRows = 30000;
/** (child, parent set) scores computed over the whole structure search; new parent sets are sub-sampled past this. */
export const structureEvaluationBudget = 6000;
/** Pseudo-count spread over a child's marginal in every non-private conditional, so unseen parent values stay sensible. */
export const smoothingPseudoCount = 0.1;
/** Significant digits kept for stored noisy probabilities (keeps model files small; sampling reads the stored values). */
export const storedDigits = 6;
/**
 * Without differential privacy, a (child, parents) table may have at most rows / minRowsPerCell cells: sparser tables
 * replay training rows. Birdstrikes, 5k training rows, two splits: no cap scored 0.960 with 64% of synthetic rows
 * closer to training than to holdout rows; 2 → 0.952 / 0.55–0.57; 3 → 0.947 / 0.54–0.55; 4 → 0.937 / 0.53.
 */
export const minRowsPerCell = 4;
