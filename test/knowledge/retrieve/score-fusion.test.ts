// Score fusion keeps the lexical leg's margins and lets a weaker vector leg only lift, not reorder, close calls.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fuseScores } from '../../../src/knowledge/retrieve/score-fusion.ts';

test('blends scores relative to each list best, weighted, in [0,1]', () => {
  const lexical = [
    { rowid: 1, relevance: 10 },
    { rowid: 2, relevance: 9 },
    { rowid: 3, relevance: 2 },
  ];
  const vector = [
    { rowid: 3, relevance: 0.9 },
    { rowid: 2, relevance: 0.8 },
  ];
  const fused = fuseScores([lexical, vector], { weights: [0.75, 0.25] });
  assert.deepEqual(
    fused.map((entry) => entry.rowid),
    [2, 1, 3],
  );
  assert.ok(fused.every((entry) => entry.relevance >= 0 && entry.relevance <= 1));
  assert.equal(fused[1]?.relevance, 0.75);
});

test('an empty leg hands its weight to the other', () => {
  const fused = fuseScores([[{ rowid: 7, relevance: 3 }], []], { weights: [0.75, 0.25] });
  assert.deepEqual(fused, [{ rowid: 7, relevance: 1 }]);
  assert.deepEqual(fuseScores([[], []], { weights: [0.5, 0.5] }), []);
});
