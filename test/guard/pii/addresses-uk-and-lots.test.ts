// ADDRESS spans that run to the end: UK town and postcode after the street, a flat before the number, and a 동 that is also an everyday word.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addressRecognizer } from '../../../src/guard/pii/addresses/index.ts';

function addresses(text: string): string[] {
  const findings = addressRecognizer.find(text, {});
  for (const finding of findings) assert.equal(finding.text, text.slice(finding.start, finding.end));
  return findings.filter((finding) => finding.score >= 0.5).map((finding) => finding.text);
}

describe('addressRecognizer (UK and full-line English addresses)', () => {
  const positives: Array<[string, string[]]> = [
    ['He lives at 36 Church Lane, London SW1A 2AA.', ['36 Church Lane, London SW1A 2AA']],
    ['Ship to:\nChloe Hughes\n52 High Street, Leeds LS1 4DY\nPhone: 0113', ['52 High Street, Leeds LS1 4DY']],
    [
      'from Flat 3, 103 Queens Road, Manchester M1 1AE to 32 Sunset Blvd, San Jose, CA 95112, please',
      ['Flat 3, 103 Queens Road, Manchester M1 1AE', '32 Sunset Blvd, San Jose, CA 95112'],
    ],
    ['Deliver to 123 5th Avenue, New York, NY 10001 today', ['123 5th Avenue, New York, NY 10001']],
    ['I live at 221B Baker Street, London NW1 6XE', ['221B Baker Street, London NW1 6XE']],
  ];
  for (const [text, expected] of positives) {
    test(`finds ${expected.join(' | ')}`, () => {
      assert.deepEqual(addresses(text), expected);
    });
  }

  test('does not swallow the next words when a town has no postcode or punctuation after it', () => {
    assert.deepEqual(addresses('Office at 12 Main Street, Springfield and more'), ['12 Main Street']);
  });

  test('does not read a sort code or a flat alone as an address', () => {
    assert.deepEqual(addresses('Sort code 20-00-00, Flat 9 booked'), []);
  });
});

describe('addressRecognizer (Korean lot addresses whose 동 is an everyday word)', () => {
  test('keeps 연동 when a province and a city lead to it', () => {
    assert.deepEqual(addresses('주소 제주특별자치도 제주시 연동 156번지 17층'), ['제주특별자치도 제주시 연동 156번지 17층']);
  });

  test('ignores 연동 as "linkage" without an administrative chain', () => {
    assert.deepEqual(addresses('서비스 연동 2건, 앱과 연동 3회 완료'), []);
  });
});
