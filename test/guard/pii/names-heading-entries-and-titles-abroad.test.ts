// The names the thirty-ninth round of hand-written texts showed heading a thread's or a case file's entries: a speaker
// before the team in brackets, an author after a middle dot or a team in a bracket, a checker's or a meter reader's duty;
// an employee, a corporal or a madam before an English name; and a resident number that is also a barcode's.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("names heading a thread's entries, titles abroad", () => {
  test("a speaker before the team in brackets, an entry's author after a middle dot or a team (ko)", () => {
    assertFound(
      [
        [
          '[01-06 09:14] 하예진 (인사팀): 온보딩 시작합니다.\n[01-06 09:18] 주원석 (인사팀장): 채널 설명 읽어 주세요~',
          ['PERSON:하예진', 'PERSON:주원석'],
        ],
        ['[2] 문재석 (FDS모니터링팀) 09-03 10:20\nFDS 로그 봤습니다.', ['PERSON:문재석']],
        ['11/07 08:15 [최초 사고 접수 · 콜센터 나혜진]\n- 신고 접수', ['PERSON:나혜진']],
        ['11/18 11:25 [대인 합의 · 곽민채]\n- 치료 종결', ['PERSON:곽민채']],
        ['■ 10/11 11:30 콜 아웃바운드 (환불팀 최유진)', ['PERSON:최유진']],
        ['[상담 품질 메모] 검수자 차민결\n- 마스킹 처리', ['PERSON:차민결']],
        ['■ 03/07 09:48 현장 기사 메모 · 검침원 우태진 (기사번호 GT-117)', ['PERSON:우태진']],
        // What a copy is for, after a team, is no one ("공유용", "기록용"); a team's bracket alone neither.
        ['카드정보가 평문 기록됨 (보안팀 공유용)', []],
        ['해외 면허 교환 완료 확인 (국제학생지원센터 기록용)', []],
        ['[공지] 회의록 (인사팀)', []],
      ],
      'PERSON',
    );
  });

  test('an employee, a colleague, a corporal or a madam before a name (en)', () => {
    assertFound(
      [
        ['Service 0423 518 774 (used by employee Jack Hennessy) has no service since', ['PERSON:Jack Hennessy']],
        ['Recovered by the desk officer with Corporal Emmanuel Edet.', ['PERSON:Emmanuel Edet']],
        ['Patient asks that updates go to her mother only, Mdm Wendy Ng.', ['PERSON:Wendy Ng']],
        ['BED 8 — Madam Siti Zubaidah binte Kassim, UTI, completed antibiotics', ['PERSON:Siti Zubaidah binte Kassim']],
        // A capitalised product after a role's word, and Madam in a sentence, name no one.
        ['The employee Self Service portal is down again.', []],
        ['Madam, your parcel is at the depot.', []],
      ],
      'PERSON',
    );
  });

  test("a resident number that is also a barcode's digits, beside a name, is a resident number (ko)", () => {
    assertFound(
      [
        ['D000001 088 110482730915     0000003250000 강태민     8503141744762', ['RRN:8503141744762']],
        // Korea's barcode prefix 880 still reads as a barcode, and so does a number whose resident check digit fails.
        ['상품 바코드 8801234567893 재고 12개', []],
      ],
      'RRN',
    );
  });
});
