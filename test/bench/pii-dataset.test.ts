// The PII evaluation set: reproducible byte for byte, labels on exactly the values they name, and the scoring rule for matches.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildPiiDataset, datasetStatistics, serialiseDataset, type GeneratedText } from '../../bench/guard/pii/dataset.ts';
import { datasetPath } from '../../bench/guard/pii/paths.ts';
import { allTemplates } from '../../bench/guard/pii/templates/index.ts';
import { scoreTexts, spansMatch } from '../../bench/guard/pii/score.ts';
import { ibanRemainder, passesLuhn } from './checksums.ts';

const texts = buildPiiDataset();
const valuesOf = (type: string, lang?: 'ko' | 'en') =>
  texts
    .filter((text) => !lang || text.lang === lang)
    .flatMap((text) => text.labels.filter((label) => label.type === type).map((label) => text.text.slice(label.start, label.end)));
const digitsOf = (value: string) => value.replace(/\D/g, '');

function residentChecksumValid(digits: string): boolean {
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

describe('PII evaluation set', () => {
  it('is reproduced byte for byte by the generator and matches the committed file', () => {
    assert.equal(serialiseDataset(buildPiiDataset()), serialiseDataset(texts));
    assert.equal(readFileSync(datasetPath, 'utf8'), serialiseDataset(texts), 'run bench/guard/pii/write-dataset.ts');
  });

  it('has the promised size and mix: both languages, hard negatives, texts without PII, many templates', () => {
    const statistics = datasetStatistics(texts);
    assert.ok(statistics.texts >= 1200);
    assert.equal(statistics.byLanguage.ko, statistics.byLanguage.en);
    assert.ok(statistics.withHardNegatives / statistics.texts >= 0.3);
    assert.ok(statistics.withoutPii / statistics.texts >= 0.05 && statistics.withoutPii / statistics.texts <= 0.15);
    assert.ok(statistics.templates >= 60);
    assert.ok(new Set(texts.map((text) => text.template)).size >= 60);
  });

  it('labels lie inside the text, do not overlap and have no padding whitespace', () => {
    for (const text of texts) {
      const sorted = [...text.labels].sort((left, right) => left.start - right.start);
      sorted.forEach((label, index) => {
        const value = text.text.slice(label.start, label.end);
        assert.ok(label.start >= 0 && label.end <= text.text.length && label.start < label.end, text.id);
        assert.equal(value, value.trim(), `${text.id} ${label.type}`);
        if (index > 0) assert.ok(sorted[index - 1]!.end <= label.start, `${text.id} overlapping labels`);
      });
    }
  });

  it('labels Korean identifiers with valid structure: RRNs with and without the pre-2020 checksum, Korean phones', () => {
    const rrns = valuesOf('RRN').map(digitsOf);
    assert.ok(rrns.every((digits) => digits.length === 13 && /^[1-4]$/.test(digits[6]!)));
    for (const digits of rrns) {
      const year = (/[34]/.test(digits[6]!) ? 2000 : 1900) + Number(digits.slice(0, 2));
      const birth = new Date(Date.UTC(year, Number(digits.slice(2, 4)) - 1, Number(digits.slice(4, 6))));
      assert.equal(birth.getUTCDate(), Number(digits.slice(4, 6)), `${digits} has a real birth date`);
    }
    assert.ok(
      valuesOf('FRN')
        .map(digitsOf)
        .every((digits) => /^[5-8]$/.test(digits[6]!)),
    );
    assert.ok(rrns.some(residentChecksumValid), 'checksum-valid RRNs present');
    assert.ok(
      rrns.some((digits) => !residentChecksumValid(digits)),
      'post-2020 RRNs without checksum present',
    );
    const koreanPhones = valuesOf('PHONE', 'ko').filter((value) => !/^\+(1|44)/.test(value));
    assert.ok(
      koreanPhones.some((value) => value.startsWith('02')) &&
        koreanPhones.some((value) => value.startsWith('0505')) &&
        koreanPhones.some((value) => value.startsWith('+82')),
    );
    assert.ok(
      valuesOf('PERSON', 'ko').every((value) => /^[가-힣]{2,5}$/.test(value) || /^[A-Z][a-z'’]+( [A-Z]\.)? [A-Z][A-Za-z']+$/.test(value)),
    );
    assert.ok(
      valuesOf('ADDRESS', 'ko').some((value) => /[로길] \d/.test(value)) &&
        valuesOf('ADDRESS', 'ko').some((value) => /동 \d+-\d+/.test(value)),
    );
  });

  it('labels English and international identifiers with valid checksums: Luhn cards, mod-97 IBANs, issuable SSNs', () => {
    assert.ok(valuesOf('CREDIT_CARD').map(digitsOf).every(passesLuhn));
    assert.ok(valuesOf('IBAN').every((value) => ibanRemainder(value) === 1));
    assert.ok(valuesOf('US_SSN').every((value) => /^(?!000|666|9)\d{3}[- ](?!00)\d{2}[- ](?!0000)\d{4}$/.test(value)));
    assert.ok(valuesOf('EMAIL', 'en').every((value) => /^[^\s@]+@[^\s@]+\.[a-z]+$/.test(value)));
    assert.ok(valuesOf('PERSON', 'en').length > 0);
  });

  it('keeps hard negatives unlabelled: a text from a no-PII template has no labels but does contain digits', () => {
    const withoutPii: GeneratedText[] = texts.filter((text) => text.labels.length === 0);
    const noPiiTemplates = new Set(allTemplates.filter((template) => template.noPii).map((template) => template.name));
    assert.deepEqual(new Set(withoutPii.map((text) => text.template)), noPiiTemplates);
    assert.ok(withoutPii.some((text) => text.lang === 'ko' && /1588|1644|1577|1566|1600|1899/.test(text.text)));
    assert.ok(withoutPii.some((text) => text.lang === 'en' && /\d{12}|1-800/.test(text.text)));
  });
});

describe('PII scoring', () => {
  it('matches same-type spans overlapping at least half the longer one, and no others', () => {
    assert.equal(spansMatch({ type: 'PERSON', start: 0, end: 3 }, { type: 'PERSON', start: 0, end: 5 }), true);
    assert.equal(spansMatch({ type: 'PERSON', start: 0, end: 2 }, { type: 'PERSON', start: 0, end: 5 }), false);
    assert.equal(spansMatch({ type: 'PHONE', start: 0, end: 5 }, { type: 'RRN', start: 0, end: 5 }), false);
  });

  it('counts one finding per label and reports precision, recall and micro averages', () => {
    const score = scoreTexts([
      {
        labels: [
          { type: 'PHONE', start: 0, end: 13 },
          { type: 'PERSON', start: 20, end: 23 },
        ],
        findings: [
          { type: 'PHONE', start: 0, end: 13 },
          { type: 'PHONE', start: 0, end: 12 },
        ],
      },
    ]);
    assert.deepEqual(score.perType.PHONE, {
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 0,
      precision: 0.5,
      recall: 1,
      f1: 0.6667,
    });
    assert.equal(score.namesAddresses.recall, 0);
    assert.equal(score.namesAddresses.precision, null);
    assert.equal(score.structured.precision, 0.5);
  });
});
