// Known "First Last" pairs and Latin names after a label: the edges of reading a pair where a listed first name starts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findKnownEnglishNames } from '../../../src/guard/pii/names/english-known-names.ts';
import { findEnglishNames } from '../../../src/guard/pii/names/english-names.ts';
import { personNameRecognizer } from '../../../src/guard/pii/names/index.ts';

const known = (text: string) => findKnownEnglishNames(text).map((finding) => finding.text);
const labelled = (text: string) => findEnglishNames(text).map((finding) => [finding.text, finding.score]);

describe('known English name pairs', () => {
  test('finds a pair after a word that is not a first name ("Dear Noah Wright")', () => {
    assert.deepEqual(known('Dear Noah Wright'), ['Noah Wright']);
  });

  test('reads surname prefixes, a typographic apostrophe and a middle initial', () => {
    assert.deepEqual(known('Emma MacDonald and Jack McCoy'), ['Emma MacDonald', 'Jack McCoy']);
    assert.deepEqual(known('Michael O’Brien called'), ['Michael O’Brien']);
    assert.deepEqual(known('John A. Smith'), ['John A. Smith']);
  });

  test('takes the stand-in names of forms and test records for people ("John Doe, 123 Main St")', () => {
    assert.deepEqual(known('John Doe, 123 Main St'), ['John Doe']);
    assert.deepEqual(known('Jane Roe filed the claim'), ['Jane Roe']);
  });

  test('consumes a listed first name with the word after it: in "John Sarah Smith" Sarah starts no pair', () => {
    assert.deepEqual(known('John Sarah Smith'), []);
  });

  test('does not read a first name inside a longer word or after a hyphen', () => {
    assert.deepEqual(known('Johnson Smith'), []);
    assert.deepEqual(known('Jean-Luc Martin'), []);
  });

  test('skips pairs that name a place or a business', () => {
    assert.deepEqual(known('Grace Kelly Foundation'), []);
    assert.deepEqual(known('Noah Wright Street'), []);
  });

  test('finds a pair next to Korean text', () => {
    assert.deepEqual(
      personNameRecognizer.find('담당자 Sarah Martin 님께 전달', {}).some((finding) => finding.text === 'Sarah Martin'),
      true,
    );
  });
});

describe('Latin names after a label', () => {
  test('keeps a trailing initial but not a lone one', () => {
    assert.deepEqual(labelled('Name: John S.'), [['John S.', 0.85]]);
    assert.deepEqual(labelled('Name: J.'), []);
  });

  test('reads an all-capital name after an explicit label', () => {
    assert.deepEqual(labelled('Name: JOHN SMITH'), [['JOHN SMITH', 0.85]]);
  });

  test('ends a name where a tab or several spaces start the next field (en, ko)', () => {
    assert.deepEqual(labelled('Name: John\tSmith'), [['John', 0.7]]);
    assert.deepEqual(labelled('Name: John  Smith'), [['John', 0.7]]);
    assert.deepEqual(labelled('Insured: Vikram Rathore   Contact: 98290 11462'), [['Vikram Rathore', 0.85]]);
    assert.deepEqual(
      personNameRecognizer.find('성명: Vikram Rathore   국적: 인도', {}).map((finding) => finding.text),
      ['Vikram Rathore'],
    );
  });

  test('rejects a name followed by a company suffix', () => {
    assert.deepEqual(labelled('Dear Anna Lee Inc'), []);
  });
});
