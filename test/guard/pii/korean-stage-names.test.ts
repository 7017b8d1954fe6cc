// A stage name or a pen name after its Korean label, as the forty-eighth round of hand-written texts (media, entertainment
// and creators) showed it in agencies', labels' and web-novel platforms' records.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('stage and pen names after their Korean labels', () => {
  test('예명, 활동명 and 필명 before a name in Hangul or Latin letters (ko, en)', () => {
    assertFound(
      [
        ['성명: 배도윤\n예명: 도니 (가칭)\n생년월일: 2005.11.30', ['PERSON:배도윤', 'PERSON:도니']],
        ['Legal name: Olivia Tremblay (활동명 Liv)\nDOB: 1991-06-27', ['PERSON:Olivia Tremblay', 'PERSON:Liv']],
        ['정산 정보 변경 신청서 (작가용)\n필명: 은하수고양이\n작품: <회귀한 악역 영애는 연애를 거절합니다>', ['PERSON:은하수고양이']],
        ['성명(한글): 진세아 | 영문: JIN SEA | 활동명: LUNE', ['PERSON:진세아', 'PERSON:JIN SEA', 'PERSON:LUNE']],
        // A label with no name after it names no one.
        ['예명: 없음 / 활동명: 미정', []],
      ],
      'PERSON',
    );
  });
});
