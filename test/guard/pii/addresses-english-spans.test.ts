// Exact spans of Latin-script addresses at the edges the search reads by character: the window start, the boundary and trailing blanks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEnglishAddresses } from '../../../src/guard/pii/addresses/english-addresses.ts';
import { found } from './pii-test-helpers.ts';

const spans = (text: string) => findEnglishAddresses(text).map((finding) => [finding.text, finding.start, finding.end]);

test('a romanised road at the very start of the text keeps its first letter', () => {
  assert.deepEqual(spans('Teheran-ro 152, Gangnam-gu, Seoul'), [['Teheran-ro 152, Gangnam-gu, Seoul', 0, 33]]);
  assert.deepEqual(spans('152 Teheran-ro, Gangnam-gu'), [['152 Teheran-ro, Gangnam-gu', 0, 26]]);
});

test('a bracket or a space before the number is not part of the address', () => {
  assert.deepEqual(spans('(9 Elm Rd) please'), [['9 Elm Rd', 1, 9]]);
  assert.deepEqual(spans('Ship to 221B Baker Street  '), [['221B Baker Street', 8, 25]]);
});

test('trailing blanks are cut from the span, a tab after an abbreviated street type too', () => {
  assert.deepEqual(spans('123 Main St.\tthen'), [['123 Main St.', 0, 12]]);
});

test('a number glued to an underscore is not a street number', () => {
  assert.deepEqual(spans('_12 Oak Ave'), []);
});

test('a labelled or stated address ends where the line goes on to a phone (en, ko)', () => {
  assert.deepEqual(found('Current address: Blk 628 Ang Mo Kio Avenue 4, #11-1092, Singapore 560628. HP: 8236 1574.'), [
    'ADDRESS:Blk 628 Ang Mo Kio Avenue 4, #11-1092, Singapore 560628',
    'PHONE:8236 1574',
  ]);
  assert.deepEqual(found('My mom lives at 27 Birch Hill Drive, Antigonish, NS B2G 1K8 and her cell is 902 863 4410.'), [
    'ADDRESS:27 Birch Hill Drive, Antigonish, NS B2G 1K8',
    'PHONE:902 863 4410',
  ]);
  assert.deepEqual(found('싱가포르 주소 Address: Blk 628 Ang Mo Kio Avenue 4, #11-1092, Singapore 560628, Tel: 8236 1574'), [
    'ADDRESS:Blk 628 Ang Mo Kio Avenue 4, #11-1092, Singapore 560628',
    'PHONE:8236 1574',
  ]);
  // A street named like a contact word stays whole.
  assert.deepEqual(found('Address: 12 Phone Street, Leeds, LS1 4AB'), ['ADDRESS:12 Phone Street, Leeds, LS1 4AB']);
});
