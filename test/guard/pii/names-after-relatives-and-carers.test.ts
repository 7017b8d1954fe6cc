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
      ['obs stable, wife Halina visiting 2pm', ['PERSON:Halina']],
      ['Marguerite Delacroix in our Montreal office will send the contract', ['PERSON:Marguerite Delacroix']],
      // A surname's particles before a relation in brackets: the whole name, not its last word.
      ['Accompanied by: Femke van den Berg (wife), Sem (son, 11)', ['PERSON:Femke van den Berg', 'PERSON:Sem']],
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

  test("a child's order, a form's 모 and 부, a slash between the word and the name (ko)", () => {
    assertFound([
      ['저는 큰딸 하윤경이고 연락은 010 5531 2048 로 주세요', ['PERSON:하윤경', 'PHONE:010 5531 2048']],
      ['[추가] 문지아(따님) / 010 7740 2951', ['PERSON:문지아', 'PHONE:010 7740 2951']],
      ['부양가족2: 자녀 / 제갈하은 / 120415-4163823', ['PERSON:제갈하은', 'RRN:120415-4163823']],
      ['친권자: 모 진숙희, 연락처 010-6630-1234', ['PERSON:진숙희', 'PHONE:010-6630-1234']],
      ['가입자 명의자: 부 남궁민철, 위임장 첨부', ['PERSON:남궁민철']],
      // 모 and 부 alone are "a certain" and a deputy's title as often: a particle after the word does not make it a name.
      ['모 회사 다니는 친구가 추천했어요', []],
      ['모 김영희가 왔어요', []],
      ['부 회장님 오셨어요', []],
    ]);
  });

  test('a given name no list holds before a close relation in brackets, in a sentence (en, ko)', () => {
    assertFound(
      [
        ['If buyer unavailable, hand over to Lekha (wife) 97450 61208', ['PERSON:Lekha']],
        ['부재 시 Lekha (wife) 에게 전달해 주세요', ['PERSON:Lekha']],
        // A field's label before the bracket, at a line's start or past a form's gap; a firm's or a desk's word.
        ['Home ph: 317.856.0492   Cell (daughter manages it)', []],
        ['Contact (son): see the form', []],
        ['Contact Sales (mother company) for pricing', []],
      ],
      'PERSON',
    );
  });

  test('a name in care of whom post goes (en, ko)', () => {
    assertFound(
      [
        ['Deliver c/o Mark Ellis, 12 High St', ['PERSON:Mark Ellis']],
        ['택배는 c/o Pradeep Hegde 로 보내주세요', ['PERSON:Pradeep Hegde']],
        ['Deliver C/O Harbour Freight Ltd, 12 High St', []],
      ],
      'PERSON',
    );
  });

  test('an English relative and a first name the lists did not hold (en, ko)', () => {
    assertFound([
      ['Emergency contact: wife Halyna Kowalczyk, +48 601 234 567', ['PERSON:Halyna Kowalczyk', 'PHONE:+48 601 234 567']],
      ['보호자: 딸 Marguerite Dubois (010-2345-6789)', ['PERSON:Marguerite Dubois', 'PHONE:010-2345-6789']],
    ]);
  });

  test('any name right after a relative: in brackets, after a dash, in capitals, alone before a number (en, ko)', () => {
    assertFound(
      [
        ['Tel call from daughter (Funmi Adeyinka) re mother Mrs Bisola Adeyinka', ['PERSON:Funmi Adeyinka', 'PERSON:Bisola Adeyinka']],
        ['Emergency contact (father, Serik Abdrakhmanov): +7 701 448 2093', ['PERSON:Serik Abdrakhmanov']],
        ['Customer: son - LUIS DELA CRUZ, passport on file', ['PERSON:LUIS DELA CRUZ']],
        ['Alt contact: wife Kerryn 0409 771 236', ['PERSON:Kerryn']],
        ['my wife RAHMAN FARIDA will join later', ['PERSON:RAHMAN FARIDA']],
        ['Alt contact: father (Diego) 647 821 0412', ['PERSON:Diego']],
        ['긴급 연락처: father Gurung Dil Bahadur, +977 984-6127305', ['PERSON:Gurung Dil Bahadur']],
        ['송금 목적: 학비 (for son CHAN Tsz Hin, exchange student)', ['PERSON:CHAN Tsz Hin']],
        // A bracket after a name says who that person is, and what it holds is a place; a word alone before a verb, a
        // capital that opens a sentence.
        ['Emergency contact: Slamet Riyadi (father, Surabaya) +62 812-3390-4417', ['PERSON:Slamet Riyadi']],
        ['비상연락처: Mariana Santos (mother, Brazil) +55 11 98472-3106', ['PERSON:Mariana Santos']],
        ['The mother Board failed again', []],
        ['my grandson Fraser says it is your end', []],
      ],
      'PERSON',
    );
  });
});
