// The overlap index answers as `overlapsAny` does, for the few spans of a chat turn and the thousands of a long export,
// while the spans it reads grow between questions; empty spans included, which overlap what they stand strictly inside.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { overlapIndex, overlapsAny } from '../../../src/guard/pii/resolve-overlaps.ts';

/** A small deterministic generator, so a failure names the same spans on every run. */
function seeded(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % below;
  };
}

function randomSpan(next: (below: number) => number, textLength: number): { start: number; end: number } {
  const start = next(textLength);
  // Mostly a value's few characters, sometimes empty, sometimes a paragraph longer than the index's stretches.
  const length = next(10) === 0 ? 0 : next(10) === 0 ? next(400) : 1 + next(20);
  return { start, end: start + length };
}

test('answers as overlapsAny while the spans grow, from a handful to thousands', () => {
  for (const textLength of [200, 5_000, 200_000]) {
    const next = seeded(textLength);
    const spans: Array<{ start: number; end: number }> = [];
    const overlapsFound = overlapIndex(spans);
    let overlapping = 0;
    for (let question = 0; question < 6_000; question += 1) {
      const span = randomSpan(next, textLength);
      const expected = overlapsAny(spans, span);
      assert.equal(overlapsFound(span), expected, `${JSON.stringify(span)} among ${spans.length} spans`);
      if (expected) overlapping += 1;
      else if (next(3) > 0) spans.push(span);
    }
    // Both answers came up, so the comparison tested something at each length.
    assert.ok(overlapping > 100 && overlapping < 5_900, `${overlapping} overlapping at ${textLength}`);
  }
});

test('an empty span overlaps a span it stands strictly inside, not one it touches', () => {
  const spans = Array.from({ length: 40 }, (_, index) => ({ start: index * 100, end: index * 100 + 10 }));
  const overlapsFound = overlapIndex(spans);
  assert.equal(overlapsFound({ start: 105, end: 105 }), true);
  assert.equal(overlapsFound({ start: 110, end: 110 }), false);
  assert.equal(overlapsFound({ start: 100, end: 100 }), false);
  spans.push({ start: 5_000, end: 5_000 });
  assert.equal(overlapsFound({ start: 4_990, end: 5_010 }), true);
  assert.equal(overlapsFound({ start: 5_000, end: 5_010 }), false);
});
