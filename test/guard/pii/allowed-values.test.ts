// Allowed values (`pii.allow`): an organisation's public contact details are never findings, however they are written,
// while the same kinds of value that are not on the list still are — Korean and English.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allowListSchema, isAllowedValue, scanPii, valueKey } from '../../../src/guard/pii/index.ts';

const allow = ['02-1234-5678', 'help@hanbit.co.kr', '서울특별시 중구 세종대로 110', '221B Baker Street, London NW1 6XE'];
const found = (text: string, options: { allow?: readonly string[] } = { allow }) =>
  scanPii(text, options).map((finding) => `${finding.type}:${finding.text}`);

describe('allowed values', () => {
  test('a number matches however it is spaced or dashed; an address in other case and spacing (ko, en)', () => {
    assert.equal(valueKey('(02) 1234 5678'), valueKey('02-1234-5678'));
    assert.equal(valueKey('공일공 일이삼사 오육칠팔'), '01012345678');
    assert.equal(valueKey('０２-１２３４-５６７８'), valueKey('02-1234-5678'));
    assert.equal(valueKey('O2ㅡ1234ㅡ5678'), valueKey('02-1234-5678'));
    assert.equal(valueKey('010 일이삼사 오육칠팔'), '01012345678');
    // An email written to slip past a filter is the address it stands for.
    assert.equal(valueKey('Help at Hanbit dot co dot kr'), 'help@hanbit.co.kr');
    assert.equal(valueKey('help 골뱅이 hanbit.co.kr'), 'help@hanbit.co.kr');
    assert.equal(valueKey('john (dot) smith (at) gmail (dot) com'), 'john.smith@gmail.com');
    // A number spelled out in English words is the digits it stands for.
    assert.equal(valueKey('oh two, one two three four, five six seven eight'), valueKey('02-1234-5678'));
    assert.equal(valueKey('010 one two three four 5678'), '01012345678');
    assert.ok(isAllowedValue('help(at)hanbit.co.kr', allow));
    assert.ok(isAllowedValue('02 1234 5678', allow));
    assert.ok(isAllowedValue('HELP@Hanbit.co.kr', allow));
    assert.ok(isAllowedValue('221b baker street, london nw1 6xe', allow));
    assert.ok(!isAllowedValue('02-1234-5679', allow));
  });

  test('a part of an allowed value is allowed, a short one only whole', () => {
    assert.ok(isAllowedValue('세종대로 110', allow));
    assert.ok(!isAllowedValue('Li', ['Lime Street, London']));
  });

  test('the company line and address are not found, the customer’s own number is (ko)', () => {
    const text = '한빛에너지 02-1234-5678, 주소 서울특별시 중구 세종대로 110. 제 번호는 010-2345-6789예요';
    assert.deepEqual(found(text), ['PHONE:010-2345-6789']);
    assert.deepEqual(found(text, {}), ['PHONE:02-1234-5678', 'ADDRESS:서울특별시 중구 세종대로 110', 'PHONE:010-2345-6789']);
  });

  test('the support address is not found, the customer’s is (en)', () => {
    assert.deepEqual(found('Write to help@hanbit.co.kr or to me at minjun.kim@example.com'), ['EMAIL:minjun.kim@example.com']);
    assert.deepEqual(found('Our office: 221B Baker Street, London NW1 6XE'), []);
  });

  test('the list takes values of 3 to 300 characters, at most 500', () => {
    assert.equal(allowListSchema.safeParse(['ab']).success, false);
    assert.equal(allowListSchema.safeParse(Array.from({ length: 501 }, (_, index) => `value-${index}`)).success, false);
    assert.deepEqual(allowListSchema.parse(['  1588-1234 ']), ['1588-1234']);
  });
});
