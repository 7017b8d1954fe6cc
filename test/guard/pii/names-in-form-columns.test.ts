// A name in a form's column mid-line ("Vehicle no.: GJ05 BX 7719   Driver: Jigneshbhai Parmar   DL: …"), read like a
// field that opens its line; and a title after a Korean full name ("조동훈 반장님"). Firms, places and offices in the same
// places stay unnamed. An employer or an owner labelled before a name ("사업주 한기석", "Employer: Grace Kim"). A scanned
// form's spaced labels, names and colons ("신 청 인 : 김 진 호", "Name : Kim Young Ja").
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('names in form columns', () => {
  test('a labelled name after a tab or two blanks on a form’s line (en)', () => {
    assertFound(
      [
        ['Vehicle no.: GJ05 BX 7719   Driver: Jigneshbhai Parmar   DL: GJ05 20110087734', ['PERSON:Jigneshbhai Parmar']],
        ['Store #1123 Surrey Central   Rep: Arjun (emp 55120)', ['PERSON:Arjun']],
        ['Risk rating: MEDIUM      Reviewed by: Pieter van der Merwe (Compliance)', ['PERSON:Pieter van der Merwe']],
        ['Matter: 26/IMM/0388\tFee earner: Rachel Kinsella\tDate: 04/03/2026', ['PERSON:Rachel Kinsella']],
      ],
      'PERSON',
    );
  });

  test('a firm, a place or an office in such a column is no one (en)', () => {
    assertFound(
      [
        ['Departure: 23:15   Boarding point: Anand Rao Circle (report by 22:45)', []],
        ['Claim #: 2026-041-778203   Dentist: Lakeshore Smiles PC, Traverse City', []],
        ['No. FV392817   Issued by: Polícia Federal, 04/2022', []],
      ],
      'PERSON',
    );
  });

  test('a name in a Korean form’s column, and a title after a full name (ko)', () => {
    assertFound(
      [
        ['차량번호: 12가 3456   운전자: 김민수   면허: 11-17-338201-71', ['PERSON:김민수']],
        ['금형 교체 중이었고 옆에 조동훈 반장님이 비상정지 버튼 누른 상태였음', ['PERSON:조동훈']],
        ['3반 반장님이 말했어요', []],
      ],
      'PERSON',
    );
  });

  test('an employer’s or an owner’s label before a name (ko, en)', () => {
    assertFound(
      [
        ['사업장: 대성정밀 (사업자등록번호 305-09-26174) / 사업주 한기석', ['PERSON:한기석']],
        ['업주: 정미란 010-1234-5678', ['PERSON:정미란']],
        ['사업주 부담금 납부 안내', []],
        ['사업주: 세븐일레븐 상도역점 (점주 공태식, 사업자등록번호 108-24-61739)', ['PERSON:공태식']],
        ['점주 회의는 다음 주에 있습니다', []],
        ['Franchisee: Tom Baxter, store 2231', ['PERSON:Tom Baxter']],
        ['Employer: Grace Kim   Business no.: 305-09-26174', ['PERSON:Grace Kim']],
      ],
      'PERSON',
    );
  });

  test('a scanned form spaces its labels, its names and its colons (ko, en)', () => {
    assertFound(
      [
        ['가 입 자 명 : 김 영 자          생 년 월 일 : 1948. 03. 02', ['PERSON:김 영 자']],
        ['신 청 인 : 김 진 호 (관계 : 자)   연 락 처 : 010 4419 8820', ['PERSON:김 진 호']],
        ['환 자 명 : 엄 태 식      차트No. 0O4-71825', ['PERSON:엄 태 식']],
        // Three syllables a blank apart that make no name stay unnamed.
        ['수 신 : 전 직 원', []],
        ['Name : Kim Young Ja   DOB 1948', ['PERSON:Kim Young Ja']],
        ['Name : Jiwoo', ['PERSON:Jiwoo']],
        ['Time : 3:00   Note : call back', []],
      ],
      'PERSON',
    );
  });
});
