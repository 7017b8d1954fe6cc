// Names in a table pasted as text (CSV, tab-separated, Markdown): the cells of a column whose header names people, in
// Korean and English; a column called "name" of things stays clean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found } from './pii-test-helpers.ts';

test('the cells under a header of names are names, in CSV, tab-separated and Markdown tables (ko, en)', () => {
  assert.deepEqual(found('아래 명단입니다\n이름,부서,연락처\n김민수,영업팀,010-1234-5678\n박서연,인사팀,010-2222-3333'), [
    'PERSON:김민수',
    'PHONE:010-1234-5678',
    'PERSON:박서연',
    'PHONE:010-2222-3333',
  ]);
  assert.deepEqual(found('| 성명 | 연락처 |\n|---|---|\n| 홍길동 | 010-1234-5678 |'), ['PERSON:홍길동', 'PHONE:010-1234-5678']);
  assert.deepEqual(found('name,phone,email\nKim Minsu,010-1234-5678,minsu@example.com'), [
    'PERSON:Kim Minsu',
    'PHONE:010-1234-5678',
    'EMAIL:minsu@example.com',
  ]);
  assert.deepEqual(found('customer_name\tplan\n"Lee Jiwon"\t5G Premium\nPARK MINJUN\tLTE Basic'), [
    'PERSON:Lee Jiwon',
    'PERSON:PARK MINJUN',
  ]);
});

test('a column called "name" of products, and prose with commas, hold no names (en, ko)', () => {
  for (const text of [
    'product,name,price\nP-1,Galaxy S24,1200\nP-2,Pixel Nine,900',
    'name,qty\nApple Pie,3',
    '이름,가격\n갤럭시,1200\n아이폰,1500',
    '이름,수량,가격\n사과,3,5000\n배,2,4000',
    'Thanks, see the name list below\nWe will call you, Monday',
  ])
    assert.deepEqual(found(text), [], text);
});
