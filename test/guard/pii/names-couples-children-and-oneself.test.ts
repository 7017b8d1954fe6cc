// The names session 73 read from the fortieth round's misses: a couple joined by "and", children listed with their ages,
// a spouse after a possessive, a full name before a relation only a person has; in Korean one's own name after 저 with a
// copula and an addressee before 앞으로.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('couples, children and oneself', () => {
  test('a couple joined by "and", children with their ages, a spouse, a relation in brackets (en)', () => {
    assertFound(
      [
        ['Host family: Colin and Denise Ashworth\nAddress: 58 Ditchling Rise', ['PERSON:Colin', 'PERSON:Denise Ashworth']],
        ['Room 2 — Thomas and Ellen Greene', ['PERSON:Thomas', 'PERSON:Ellen Greene']],
        ['Dependants: children Mateo (9) and Lucía (6)', ['PERSON:Mateo', 'PERSON:Lucía']],
        ['Family: daughters Emma (4), Zoe (2) and Ivy (1)', ['PERSON:Emma', 'PERSON:Zoe', 'PERSON:Ivy']],
        ['Also, is your spouse Aiko joining on the dependant visa?', ['PERSON:Aiko']],
        ['Named driver for insurance: Lim Hui Shan (wife)', ['PERSON:Lim Hui Shan']],
        ['Emergency contact in Japan: Kenta Morishita (colleague), 090-3382-7145', ['PERSON:Kenta Morishita']],
        // A form's headings name no one; a show joined by "and" in a sentence neither.
        ['Emergency Contact (Friend)\nPolicy Holder (wife)\nSecondary Contact (neighbour) - none', []],
        ['Bill to: Harlow & Finch Architects LLP', []],
        ['children (2) attending, no names given', []],
      ],
      'PERSON',
    );
  });

  test("one's own full name after 저 with a copula, an addressee before 앞으로 (ko)", () => {
    assertFound(
      [
        ['세대주는 저 조은비고요 동생 조은호도 같이 옮겨요', ['PERSON:조은비', 'PERSON:조은호']],
        ['명의자는 저 홍가은이고 생년월일 2002.04.18 이에요', ['PERSON:홍가은']],
        ['요금제 변경하려고요. 명의자는 저 남궁민이고요.', ['PERSON:남궁민']],
        ['아 그리고 이다인 앞으로 온 택배 박스도 문앞에 있는데', ['PERSON:이다인']],
        ['범어자이 105동 2201호 도경민 앞으로요', ['PERSON:도경민']],
        // 저 before a day, a plan or a thanks, and 앞으로 meaning "from now on", name no one.
        ['저 내일 가요. 저 회사원이고요, 저 정말 고마워요', []],
        ['저도 앞으로 잘 부탁드려요', []],
      ],
      'PERSON',
    );
  });
});
