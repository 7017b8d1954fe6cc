// People and logins as records write them: a thread's speaker after the time, a report's reviewer after a comma, a
// Hangul spelling after its label, a login's label with the service it is for.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foundOfType as ofType } from './pii-test-helpers.ts';

describe("records' people and logins", () => {
  test("a thread's speaker after the message's time (en, ko)", () => {
    const thread = '09:12 Ngozi Eze: assistant returns 500 on every call\n09:14 Tunde Bello: checking now';
    assert.deepEqual(ofType(thread, 'PERSON'), ['PERSON:Ngozi Eze', 'PERSON:Tunde Bello']);
    assert.deepEqual(ofType('09:12 Meeting Room: booked\n09:14 Status Update: done', 'PERSON'), []);
    assert.deepEqual(ofType('14:02 김하늘: 배포 끝났습니다\n14:03 박서준: 확인했어요', 'PERSON'), ['PERSON:김하늘', 'PERSON:박서준']);
  });

  test("a report's reviewer after a comma; a review's result is no one (ko)", () => {
    assert.deepEqual(ofType('- 작성: 권태윤, 검토: 문상철\n- 타임라인(KST): 13:02 배포', 'PERSON'), ['PERSON:권태윤', 'PERSON:문상철']);
    assert.deepEqual(ofType('검토 결과 이상 없음, 승인 대기', 'PERSON'), []);
  });

  test('a Hangul spelling after its label beside the Latin name (ko, en)', () => {
    assert.deepEqual(ofType('성명(영문): Daniel Hyunwoo Park / 한글: 박현우\n생년월일: 1983-09-21', 'PERSON'), [
      'PERSON:Daniel Hyunwoo Park',
      'PERSON:박현우',
    ]);
  });

  test("a login's label with the service it is for (en, ko)", () => {
    assert.deepEqual(ofType('Username on service: camiladrocha\nSubject: Account locked', 'USERNAME'), ['USERNAME:camiladrocha']);
    assert.deepEqual(ofType('계정 잠김 문의입니다. Username for portal: minji_k88', 'USERNAME'), ['USERNAME:minji_k88']);
    assert.deepEqual(ofType('Password for wifi: Vr!nk-42-Tam', 'PASSWORD'), ['PASSWORD:Vr!nk-42-Tam']);
  });
});
