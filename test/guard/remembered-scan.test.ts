// A request's input scan runs once per text, whichever guard asks, and each caller gets its own array.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rememberedScan } from '../../src/guard/boundary/remembered-scan.ts';
import { scanPii, type PiiFinding } from '../../src/guard/pii/index.ts';

test('each Korean and English text is scanned once; callers get equal, separate arrays', () => {
  const scanned: string[] = [];
  const scan = rememberedScan((text: string): PiiFinding[] => {
    scanned.push(text);
    return scanPii(text);
  });
  const korean = '제 번호는 010-1234-5678이에요';
  const english = 'Call me at (415) 555-2671';
  const first = scan(korean);
  assert.deepEqual(
    first.map((finding) => finding.text),
    ['010-1234-5678'],
  );
  first.length = 0;
  assert.deepEqual(
    scan(korean).map((finding) => finding.text),
    ['010-1234-5678'],
  );
  assert.deepEqual(
    scan(english).map((finding) => finding.text),
    ['(415) 555-2671'],
  );
  scan(english);
  assert.deepEqual(scanned, [korean, english]);
});
