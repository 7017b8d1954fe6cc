// Shared statistics for the synthesizers and reports: normal distribution and draws, special functions, Cholesky, correlation, KS, sampling.
export { normalCdf, normalPdf, normalQuantile } from './normal-distribution.ts';
export { standardNormal, standardNormalSource } from './normal-draws.ts';
export { logGamma, regularizedBeta, regularizedGammaP } from './special-functions.ts';
export { cholesky, choleskyFlat, choleskyOrNull, solveWithCholesky, type CholeskyResult } from './cholesky.ts';
export { correlationMatrix, pearsonCorrelation, pearsonOrNull } from './pearson-correlation.ts';
export { ksAgainstCdf, ksStatistic, type CdfPair } from './ks-statistic.ts';
export { nearestCorrelation, symmetricEigen, type SymmetricEigen } from './symmetric-eigen.ts';
export { sampleIndices } from './sample-indices.ts';
