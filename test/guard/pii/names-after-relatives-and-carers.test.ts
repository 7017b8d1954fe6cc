// A first name after a relative's or a carer's word ("my cousin Nico", "spouse Irina Volkova", "Midwife Gráinne"), as the
// Korean cues already read "사촌 동생 김민지" and "배우자 이수진"; a firm or a school after such a role stays unnamed.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('names after relatives and carers', () => {
  test('a relative or a carer before a listed first name (en)', () => {
    assertFound([
      ['also pls add my cousin Nico to the group, his cel is +54 9 351 612-1234', ['PERSON:Nico', 'PHONE:+54 9 351 612-1234']],
      [
        'DOB 12-Nov-1958; spouse Irina Volkova SIN 527-318-604',
        ['DATE_OF_BIRTH:12-Nov-1958', 'PERSON:Irina Volkova', 'CA_SIN:527-318-604'],
      ],
      ['Midwife Gráinne aware, will review on the ward round', ['PERSON:Gráinne']],
      ['my neighbour Sarah has the spare key', ['PERSON:Sarah']],
      // A surname's particles before a relation in brackets: the whole name, not its last word.
      ['Accompanied by: Femke van den Berg (wife), Sem (son, 11)', ['PERSON:Femke van den Berg']],
    ]);
  });

  test('a firm or a school after such a role is no one (en)', () => {
    assertFound([
      ['Current role: Beginning teacher, Te Awamutu Intermediate, 2023-present', []],
      ['the tenant Starbucks pays rent monthly', []],
    ]);
  });

  test('relatives and carers before a full name (ko)', () => {
    assertFound([
      ['사촌 동생 김민지도 단톡방에 추가해 주세요', ['PERSON:김민지']],
      ['배우자 이수진 010-2345-6789', ['PERSON:이수진', 'PHONE:010-2345-6789']],
      ['조산사 박은영 선생님이 확인했어요', ['PERSON:박은영']],
      ['동반: 남궁소연(딸), 남궁현(아들)', ['PERSON:남궁소연', 'PERSON:남궁현']],
      ['세입자 카페 모먼트에서 월세를 보냈어요', []],
    ]);
  });
});
