// Dates said in words, as a call transcript writes them: a month's name with a day and a year, three numbers in US order,
// or a card's month and year; anything else is no date.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSpokenDate } from '../../../src/guard/pii/spoken-dates.ts';

test('a spoken date is read whole, in the orders callers say it (en)', () => {
  assert.deepEqual(readSpokenDate('Second of October, nineteen seventy-nine'), { year: 1979, month: 10, day: 2 });
  assert.deepEqual(readSpokenDate('June ninth, 1984'), { year: 1984, month: 6, day: 9 });
  assert.deepEqual(readSpokenDate('Twenty-third of November, nineteen fifty-two'), { year: 1952, month: 11, day: 23 });
  assert.deepEqual(readSpokenDate('Oh-four, seventeen, forty-nine'), { year: 1949, month: 4, day: 17 });
  assert.deepEqual(readSpokenDate('twelve, fifteen, two thousand and one'), { year: 2001, month: 12, day: 15 });
  assert.deepEqual(readSpokenDate('Eleven twenty-eight'), { year: 2028, month: 11 });
});

test('words left over, a day no month has, or a count are no date (en)', () => {
  for (const value of [
    'sometime next week',
    'three people',
    'thirty-first of February, nineteen ninety',
    'June ninth at noon',
    'two thousand four',
  ])
    assert.equal(readSpokenDate(value), undefined, value);
});
