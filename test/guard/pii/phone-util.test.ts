// libphonenumber with its pattern checks compiled once: every check answers as the library's own, which compiles the
// pattern anew each time, and numbers keep their verdicts (Korean and English numbers alike).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import libphonenumber from 'google-libphonenumber';
import { seededRandom } from '../../../src/core/index.ts';
import { phoneUtil } from '../../../src/guard/pii/recognizers/phone-util.ts';

type EntireMatch = (pattern: string | RegExp, value: string) => boolean;
const { matchesEntirely } = libphonenumber.PhoneNumberUtil as unknown as { matchesEntirely: EntireMatch };

/** The library's own check, as its source writes it. */
function libraryMatchesEntirely(pattern: string | RegExp, value: string): boolean {
  const source = typeof pattern === 'string' ? pattern : pattern.source;
  const match = value.match(new RegExp(`^(?:${source})$`, 'i'));
  return match !== null && match[0].length === value.length;
}

interface Desc {
  getNationalNumberPattern(): string;
}
interface Metadata {
  getGeneralDesc(): Desc;
  getMobile(): Desc;
  getFixedLine(): Desc;
  getTollFree(): Desc;
}
const metadataOf = (region: string) =>
  (phoneUtil as unknown as { getMetadataForRegion(region: string): Metadata }).getMetadataForRegion(region);

test('a pattern check answers as the library compiles it, on the numbering plans of KR, US, GB and AU', () => {
  const random = seededRandom(20261202);
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
  let checked = 0;
  for (const region of ['KR', 'US', 'GB', 'AU']) {
    const metadata = metadataOf(region);
    const patterns = [metadata.getGeneralDesc(), metadata.getMobile(), metadata.getFixedLine(), metadata.getTollFree()]
      .map((desc) => desc.getNationalNumberPattern())
      .filter((pattern) => pattern !== '');
    const values = ['1012345678', '212345678', '4155552671', '7911123456', '412345678', 'abc', ''];
    for (let index = 0; index < 200; index += 1) values.push(digits(7 + Math.floor(random() * 6)));
    for (const pattern of patterns)
      for (const value of values) {
        // Twice: the second check reads the remembered expression.
        for (const form of [pattern, new RegExp(pattern)]) {
          assert.equal(matchesEntirely(form, value), libraryMatchesEntirely(form, value), `${region} ${pattern} ${value}`);
          assert.equal(matchesEntirely(form, value), libraryMatchesEntirely(form, value), `${region} ${pattern} ${value}`);
        }
        checked += 1;
      }
  }
  assert.ok(checked > 1000);
});

test('Korean numbers keep their verdicts (ko)', () => {
  const { PhoneNumberType } = libphonenumber;
  assert.equal(phoneUtil.getNumberType(phoneUtil.parse('010-1234-5678', 'KR')), PhoneNumberType.MOBILE);
  assert.equal(phoneUtil.getNumberType(phoneUtil.parse('02-312-4567', 'KR')), PhoneNumberType.FIXED_LINE);
  assert.equal(phoneUtil.isValidNumber(phoneUtil.parse('010-123-456', 'KR')), false);
});

test('US and UK numbers keep their verdicts (en)', () => {
  assert.equal(phoneUtil.isValidNumber(phoneUtil.parse('(415) 555-2671', 'US')), true);
  assert.equal(phoneUtil.isValidNumber(phoneUtil.parse('07911 123456', 'GB')), true);
  assert.equal(phoneUtil.isValidNumber(phoneUtil.parse('(415) 555-26', 'US')), false);
});
