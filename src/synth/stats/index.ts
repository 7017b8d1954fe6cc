// Shared statistics for the synthesizers and reports: normal distribution, special functions, Cholesky, correlation, KS.
export { normalCdf, normalPdf, normalQuantile } from './normal-distribution.ts';
export { logGamma, regularizedBeta, regularizedGammaP } from './special-functions.ts';
export { cholesky, choleskyFlat, type CholeskyResult } from './cholesky.ts';
export { correlationMatrix, pearsonCorrelation } from './pearson-correlation.ts';
export { ksAgainstCdf, ksStatistic, type CdfPair } from './ks-statistic.ts';
export { nearestCorrelation, symmetricEigen, type SymmetricEigen } from './symmetric-eigen.ts';
