// Public surface of the synthetic-data reports: quality, diagnostics, privacy, utility, the combined report and HTML.
export { qualityReport } from './quality-report.ts';
export { diagnosticReport, boundaryAdherence, categoryAdherence, keyUniqueness } from './diagnostic-report.ts';
export { privacyReport, closerShare, type PrivacyReportOptions } from './privacy-report.ts';
export { utilityReport, type UtilityReportOptions } from './utility-report.ts';
export { buildSynthReport, type BuildSynthReportOptions } from './build-report.ts';
export { renderHtmlReport, type RenderHtmlReportOptions } from './render-html-report.ts';
export { ksComplement } from './ks-complement.ts';
export { tvComplement, totalVariation } from './tv-complement.ts';
export { correlationSimilarity, pearson } from './correlation-similarity.ts';
export { escapeHtml } from './html-escape.ts';
export type * from './types.ts';
