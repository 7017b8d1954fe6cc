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

  test("an elder, a child, a crew's ranks, a sale's parties, a relative before a topic particle or a bracket (ko)", () => {
    assertFound(
      [
        ['간병 인수인계 (김영자 어르신 댁, 11/7 야간)', ['PERSON:김영자']],
        ['[보건소 예방접종 알림] 이서준 어린이(2019.04.17생) 보호자님', ['PERSON:이서준']],
        ['구급대원: 소방교 기현수, 소방사 천다인', ['PERSON:기현수', 'PERSON:천다인']],
        ['민원인: 매수자 오경택, 주소 충청북도 청주시', ['PERSON:오경택']],
        ['제 번호는 010-4418-2795, 아빠 박준혁 번호는 010-6203-5581 입니다.', ['PERSON:박준혁']],
        ['남편은 홍기훈이고 남편 건강보험증 번호는 아직 몰라요', ['PERSON:홍기훈']],
        ['의견: 당시 동승한 아버지(백기철, 84세)가 흉통을 호소하여', ['PERSON:백기철']],
        // An elder's or a child's word after a common noun, and a verb's modifier before a parent, name no one.
        ['지역 어르신 대상 독감 접종 안내, 어린이 보호구역', []],
        ['엄마 생각나요. 아빠 회사에 가요', []],
      ],
      'PERSON',
    );
  });

  test("a shift, a factory, a sex, a walk or a diagnosis before a title is no one's name (ko)", () => {
    assertFound(
      [
        ['간병 인수인계 (11/7 야간 → 주간)\n\n주간 선생님 안녕하세요', []],
        ['[공장 사장님 ↔ 외국인노동자지원센터 통역 상담]', []],
        ['서울아산병원 외과 병동, 70대 남성 환자, 24시간 간병 구해요', []],
        ['상담원: 도보 10분 거리에 클리닉 있습니다', []],
        ['진단: 심방세동(I48.1), 울혈성 심부전(I50.0)', []],
        // A full name that opens with such a word stays one.
        ['여성민 님 안녕하세요, 예약 확인드립니다', ['PERSON:여성민']],
      ],
      'PERSON',
    );
  });
});
