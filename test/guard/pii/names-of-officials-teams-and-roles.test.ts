// The names the ninth and tenth rounds of hand-written texts showed: after an official's or a job's title, a team's name,
// a handover's or an approval line's word, a relative; after an English role, "is", "under" or "for", a form's role label,
// thanks mid-turn; a speaker with an initial, a middle initial without its dot.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('names of officials, teams and roles', () => {
  test("after an official's or a job's title, a team's name, an approval line's words (ko)", () => {
    assertFound(
      [
        ['담당: 첨단1동 행정복지센터 주무관 은하준', ['PERSON:은하준']],
        ['주무관 변소희    환경정책팀장 안태근    환경정책과장 전결 성기범\n시행', ['PERSON:변소희', 'PERSON:안태근', 'PERSON:성기범']],
        ['1차 면접: 6/12(목) 15:00, 면접관 하태인·노유리', ['PERSON:하태인', 'PERSON:노유리']],
        ['담당 공인중개사 진다솜 010-3387-6201', ['PERSON:진다솜']],
        ['미납자는 신한 110-482-951036 (총무 표은정)', ['PERSON:표은정']],
        ['진료일: 2025.05.28 / 담당수의사: 구본찬', ['PERSON:구본찬']],
        ['문의: 인사팀 심소정 (내선 2214)', ['PERSON:심소정']],
        ['처리자: CS2팀 반지훈\n게임 ID: dragon_07', ['PERSON:반지훈']],
        ['인계 김나연 → 인수 윤슬기', ['PERSON:김나연', 'PERSON:윤슬기']],
        ['인사팀 확인: 2025.06.20 / 담당 노재석', ['PERSON:노재석']],
        ['채권자  구윤희 (연락처 010-2716-8843)', ['PERSON:구윤희']],
        // A team's or a desk's word before a noun, a title or a spaced surname names no one.
        ['개발팀 회의록 공유', []],
        ['인사팀 김 대리: 확인 완료요', []],
        ['영업팀장 회의 참석', []],
        ['총무 담당이 누구죠', []],
        ['위임자(본인): 진석호', ['PERSON:진석호']],
        ['주무관 예승현   장학사 권도희   교육과장 전결\n시행', ['PERSON:예승현', 'PERSON:권도희']],
      ],
      'PERSON',
    );
  });

  test('a foreign name in Hangul filling a field, a surname of two syllables written apart (ko)', () => {
    assertFound(
      [
        ['성명(영문): GURUNG BIKASH\n성명(한글): 구룽 비카스\n국적: 네팔', ['PERSON:GURUNG BIKASH', 'PERSON:구룽 비카스']],
        ['소유자 성명: 황보 민재\n차대번호: KMHJ381C4MU662094', ['PERSON:황보 민재']],
        ['성명: 응우옌 반 투안', ['PERSON:응우옌 반 투안']],
        ['이름: 김민수 고객', ['PERSON:김민수']],
        ['주소: 서울 강남구', []],
      ],
      'PERSON',
    );
  });

  test('after a relative or a colleague, with a copula, before a phone after a dash, an account holder before 입니다 (ko)', () => {
    assertFound(
      [
        ['저는 아내 오은비고요', ['PERSON:오은비']],
        ['피보험자 구하람의 아빠 구본철입니다.', ['PERSON:구하람', 'PERSON:구본철']],
        ['제2운전자는 와이프 배수련이고 면허', ['PERSON:배수련']],
        ['성함은 문기철이시고 생년월일 1958.11.02', ['PERSON:문기철']],
        ['팀플 4조 연락처 정리함\n1. 배서진 - 010.4472.9180\n2. 오태민 - 01056201347', ['PERSON:배서진', 'PERSON:오태민']],
        ['모: 김보람 010-6612-4093\n부: 정상원 010-2207-8851', ['PERSON:김보람', 'PERSON:정상원']],
        ['토뱅 1000-2948-3317 남궁소율 입니다', ['PERSON:남궁소율']],
        ['친구 결혼식에 가요', []],
        ['안녕하세요 콩이 보호자입니다', []],
      ],
      'PERSON',
    );
  });

  test('after a role and "is", "under" or "for", after a role\'s label, with a middle initial without its dot (en)', () => {
    assertFound(
      [
        ["Our current landlord is Desmond Achterberg, he's happy to give a reference.", ['PERSON:Desmond Achterberg']],
        ['Reference: previous landlord Gilles Ouellet', ['PERSON:Gilles Ouellet']],
        ['Agent: The account is under Reginald Oduya, is that you?', ['PERSON:Reginald Oduya']],
        ['Loan officer: Trish Delgado, ext. 4127', ['PERSON:Trish Delgado']],
        ['Name as per bank records: Rohit Suresh Kulkarni\nDOB: 07-11-1994', ['PERSON:Rohit Suresh Kulkarni']],
        ['예금주명(통장 기준): 김민수\n생년월일: 1994-11-07', ['PERSON:김민수']],
        ['Requester: Farah Siddiqui (Finance Systems)', ['PERSON:Farah Siddiqui']],
        ['Booking midwife: Emer Kinsella   Next appt: 16/04/2026', ['PERSON:Emer Kinsella']],
        ['Parent/carer 1: Leilani Fonoti (mother)', ['PERSON:Leilani Fonoti']],
        ['Signed up by: Kiara (club manager)', ['PERSON:Kiara']],
        ['Account name: Tariq H Siddiqui\nSort code: 20-45-77', ['PERSON:Tariq H Siddiqui']],
        ['COD: Rs. 1,349.00\nDeliver to:\nMohd. Faizan Qureshi\nH.No. 4-1-118/2', ['PERSON:Mohd. Faizan Qureshi']],
        ["Title: Mr   First name: Hamish   Last name: O'BRIEN-WALSH\n", ['PERSON:Hamish', "PERSON:O'BRIEN-WALSH"]],
        ["Full name: O'CONNOR, LIAM PATRICK\nDOB: Aug 22, 1990", ["PERSON:O'CONNOR, LIAM PATRICK"]],
        ['Referees: Principal Glen McKinnon; mentor teacher Ana Fifita (021 661 0985)', ['PERSON:Glen McKinnon', 'PERSON:Ana Fifita']],
        // A firm in a role's place, a tier after a member's label, a system after "by".
        ['the owner is Canada Post', []],
        ['Member: Gold Tier', []],
        ['Reported by: Monitoring System', []],
      ],
      'PERSON',
    );
  });

  test('a listed first name and a surname with no context word, a Korean or a Vietnamese name as written (en, ko)', () => {
    assertFound(
      [
        ['Our current landlord is away; can you deliver to Bridget Lenihan, 22 Sycamore Drive', ['PERSON:Bridget Lenihan']],
        ['His CP565 letter says Rahul Mehta Venkataraman, do I put Mehta as a middle name?', ['PERSON:Rahul Mehta Venkataraman']],
        ['Destinatario: Lucía Ibarra de la Fuente\nC/ de Embajadores 77', ['PERSON:Lucía Ibarra de la Fuente']],
        ['신한 110-482-915273 확인 부탁해 - Park Soo-ah', ['PERSON:Park Soo-ah']],
        ['회의 참석: Park Seoyeon, 010-2287-4410', ['PERSON:Park Seoyeon']],
        ["Does the name need to match exactly? It's Nguyen Thi Lan on the ITIN letter.", ['PERSON:Nguyen Thi Lan']],
        ['S-30048,Lan Pho House,305-12-44702,Nguyen Thi Lan,010-7764-0319\nS-30049,Lan Pho House,305-12-44703', ['PERSON:Nguyen Thi Lan']],
        ['Ho Chi Minh City', []],
        // A longer proper name, a street, a firm, a heading.
        ['the Logan Central State School', []],
        ['Unit 9/41 Alfred St, Fortitude Valley', []],
        ['Carlos Cafe opens at nine', []],
        ['ok see u at 7 at the Tim Hortons on Yonge', []],
        ['Hotel Santa Maria Novella - Firenze', []],
      ],
      'PERSON',
    );
  });

  test('thanks mid-turn, Olá, thx, a speaker with an initial (en)', () => {
    assertFound(
      [
        ['Agent: Perfect, thanks Keisha. The Corolla is in bay 1', ['PERSON:Keisha']],
        ['Agent: Thanks for waiting Ciarán, the second one is a prepaid card', ['PERSON:Ciarán']],
        // Each turn of a transcript reads its own thanks.
        [
          'Agent: Perfect, thanks Keisha. Anything else?\nCustomer: no, cheers\nAgent: Thanks for waiting Ciarán.',
          ['PERSON:Keisha', 'PERSON:Ciarán'],
        ],
        ['상담원: 네 확인했습니다, thanks Keisha.\n고객: 네\n상담원: Cheers Ciarán!', ['PERSON:Keisha', 'PERSON:Ciarán']],
        ['Olá Siddharth,\n\nFor the house in Sintra', ['PERSON:Siddharth']],
        ['see you then\nthx, Matt', ['PERSON:Matt']],
        ['Salut Élodie,\n\nFor the Biarritz house', ['PERSON:Élodie']],
        ['Morning Leanne, re the van hire for Sat', ['PERSON:Leanne']],
        ['Thanks again, talk soon.\n\nYours sincerely,\n\nTom Ashworth\nLettings Negotiator', ['PERSON:Tom Ashworth']],
        ['Morning all, meeting at 10', []],
        [
          '[22:41] Lily W: omg lost my whole wallet\n[22:41] Lily W: cancelled the cards\n[22:43] Jas: nooo. was ur licence in it??\n[22:44] Jas: post on the page',
          ['PERSON:Lily W', 'PERSON:Lily W', 'PERSON:Jas', 'PERSON:Jas'],
        ],
        ['Agent: thanks Amazon, ok', []],
      ],
      'PERSON',
    );
  });
});
