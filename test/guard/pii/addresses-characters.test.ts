// The character tests of the Korean address search agree with the regex classes they replace, for every UTF-16 unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAdministrativeWordBoundary, isAsciiLetterOrDigit } from '../../../src/guard/pii/addresses/address-characters.ts';
import { findKoreanAddresses } from '../../../src/guard/pii/addresses/korean-addresses.ts';
import { isRegexWhitespace } from '../../../src/guard/pii/regex-whitespace.ts';

test('isAdministrativeWordBoundary is /[\\s(,:"\'=]/ for every UTF-16 unit, Unicode spaces included', () => {
  for (let code = 0; code <= 0xffff; code += 1)
    assert.equal(isAdministrativeWordBoundary(code), /[\s(,:"'=]/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
});

test('isRegexWhitespace is /\\s/ for every UTF-16 unit', () => {
  for (let code = 0; code <= 0xffff; code += 1)
    assert.equal(isRegexWhitespace(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
});

test('isAsciiLetterOrDigit is /[0-9A-Za-z]/ for every UTF-16 unit', () => {
  for (let code = 0; code <= 0xffff; code += 1)
    assert.equal(isAsciiLetterOrDigit(code), /[0-9A-Za-z]/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
});

test('an ideographic space still separates a province from its district', () => {
  const texts = findKoreanAddresses('서울\u3000중구 세종대로 110').map((finding) => finding.text);
  assert.deepEqual(texts, ['중구 세종대로 110']);
});

test('a road with a spaced or glued number, a numbered road and a numbered 동 are read; a letter glued to the number is not', () => {
  const read = (text: string) => findKoreanAddresses(text).map((finding) => [finding.text, finding.score]);
  assert.deepEqual(read('서울 강남구 테헤란로 152 3층'), [['서울 강남구 테헤란로 152 3층', 0.95]]);
  assert.deepEqual(read('세종대로23길 7'), [['세종대로23길 7', 0.55]]);
  assert.deepEqual(read('강남구 역삼1동 55'), [['강남구 역삼1동 55', 0.7]]);
  assert.deepEqual(read('서울 강남구 테헤란로12A'), []);
});
