// Finds Korean driver's licence numbers (운전면허번호): region NN (11–28) or region name, then NN-NNNNNN-NN.
import type { PiiFinding, PiiRecognizer } from '../types.ts';
import { hasContextBefore } from './context-window.ts';
import { createFinding } from './create-finding.ts';
import { digitEnd, digitStart } from './digit-boundaries.ts';
import { findInNumericRuns, type RunMatch } from './numeric-runs.ts';

const name = 'driver-license';
// Region codes 11 (서울) … 26 (울산) and 28 (경기북부); the separator must be the same throughout.
const numericPattern = new RegExp(String.raw`${digitStart}(?:1[1-9]|2[0-68])([- ]?)\d{2}\1\d{6}\1\d{2}${digitEnd}`, 'g');
const regionNamePattern = new RegExp(
  String.raw`(?:서울|부산|경기(?:북부)?|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산) ?\d{2}-?\d{6}-?\d{2}${digitEnd}`,
  'g',
);
const licenseContext = /면허|운전|driver|licen[cs]e|\bdl\b/i;

/**
 * Hyphenated 0.8, space-separated 0.7, with a region name 0.85; a label (면허, driver's license) adds 0.15.
 * Twelve bare digits are counted only with the label.
 *
 * @example
 * driverLicenseRecognizer.find('운전면허번호 11-12-345678-90', {})[0]?.score; // 0.95
 */
export const driverLicenseRecognizer: PiiRecognizer = {
  name,
  types: ['DRIVER_LICENSE'],
  find(text) {
    const findings: PiiFinding[] = [];
    const add = ({ start, match }: RunMatch, baseScore: number): void => {
      const labelled = hasContextBefore(text, { start, pattern: licenseContext });
      if (baseScore === 0 && !labelled) return;
      const score = baseScore === 0 ? 0.85 : baseScore + (labelled ? 0.15 : 0);
      findings.push(createFinding({ type: 'DRIVER_LICENSE', text: match[0], start, score, recognizer: name }));
    };
    for (const found of findInNumericRuns(text, { pattern: numericPattern, minDigits: 12 })) {
      add(found, found.match[1] === '-' ? 0.8 : found.match[1] === ' ' ? 0.7 : 0);
    }
    // Region names are at most four syllables and a space before the run.
    for (const found of findInNumericRuns(text, { pattern: regionNamePattern, minDigits: 10, before: 6 })) add(found, 0.85);
    return findings;
  },
};
