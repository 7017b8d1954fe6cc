// Exact spans of Latin-script addresses at the edges the search reads by character: the window start, the boundary and trailing blanks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEnglishAddresses } from '../../../src/guard/pii/addresses/english-addresses.ts';

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
