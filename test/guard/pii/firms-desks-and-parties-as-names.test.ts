// What the fifty-second to fifty-fourth rounds of hand-written texts (telecom care; insurance claims and underwriting; law
// firms, courts and community groups) showed about words read as names: a carrier, an insurer or a law firm answering a
// call or preparing a paper, a desk an "Attn:" or an email addresses, a firm's national arm, a city before its state and
// ZIP, a firm's teams and numbered desks, a brand before its desk, a committee's chair, a lawsuit's and a temple's parties,
// an adjuster's and a card's words. Each shape stands beside a real name in the same layout, which is still found.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe('firms, desks and parties as names: English', () => {
  test("a firm answering a call before the agent's own name; a person called before a voicemail's introduction", () => {
    assertFound(
      [
        ['AGENT (Dana): Northpoint Wireless, this is Dana. Who am I speaking with?', ['PERSON:Dana', 'PERSON:Dana']],
        ['REP: Harbourline Mutual, this is Kenji. How can I help?', ['PERSON:Kenji']],
        [
          'Call log — Okafor Reyes Employment Law\nRECEPTIONIST (Mia Clarke): Okafor Reyes, this is Mia.\nCALLER: hi, Attorney Reyes asked me to call.',
          ['PERSON:Mia Clarke', 'PERSON:Mia', 'PERSON:Reyes'],
        ],
        ['Tom Becker, this is Sarah Lin from accounts, call me back on 0161 496 0321.', ['PERSON:Tom Becker', 'PERSON:Sarah Lin']],
      ],
      'PERSON',
    );
  });

  test("a firm's words after a label or above an address, a desk an Attn: or an email addresses, a lawyer's title", () => {
    assertFound(
      [
        ['Prepared by: Heather Ridge Elder Law, 700 Lavaca St', []],
        ['Prepared by: Heather Ridge, 700 Lavaca St', ['PERSON:Heather Ridge']],
        ['Instructing solicitors: Hargreave Criminal Defence, Derby', []],
        ['Attn: Disputes\nP.O. Box 4410\nTulsa, OK 74101', []],
        ['Attn: Priya Raman\nP.O. Box 4410\nTulsa, OK 74101', ['PERSON:Priya Raman']],
        ['From: Jo Park <jo.park@keelins.com>\nTo: SIU Referrals <siu@keelins.com>', ['PERSON:Jo Park']],
        ['Meridian UK\nPO Box 1290, Leeds LS1 4AB', []],
        ['Counsel for Defendant: Attorney 이하람, 법무법인 동서, tel. 02-555-0192', ['PERSON:이하람']],
        ['Hi Attorney Reyes,\nThanks for the update.', ['PERSON:Reyes']],
      ],
      'PERSON',
    );
  });

  test('a city before its state and ZIP, a place after a Korean surname; a person named so', () => {
    assertFound(
      [
        ["Clerk's office: 220 W Main St, Ann Arbor, MI 48104.", []],
        ['Pick up from Ann Walsh, she has the keys.', ['PERSON:Ann Walsh']],
        ['Dinner at the club, Park Place, at 7pm.', []],
        ['please call Park Seoyeon tomorrow.', ['PERSON:Park Seoyeon']],
      ],
      'PERSON',
    );
  });
});

describe('firms, desks and parties as names: Korean', () => {
  test("a firm's team, a numbered desk, a brand before its desk, a committee's chair", () => {
    assertFound(
      [
        ['문의: 대성정밀 설비팀 차장', []],
        ['문의: 대성정밀 설비팀 허재원 차장', ['PERSON:허재원']],
        ['To: 법무법인 새빛 공증팀 <notary@saebit.kr>', []],
        ['참조: 지능3팀 경위', []],
        ['참조: 한결 법인지원 <biz@hangyeol.co.kr>', []],
        ['참조: 노하윤 팀장 <hayoon@corp.co.kr>', ['PERSON:노하윤']],
        ['이건 장학위원장 Emily Shin 선배님께도 말씀드릴게요.', ['PERSON:Emily Shin']],
      ],
      'PERSON',
    );
  });

  test("a temple's, a court's and an insurer's parties and words; the people they name", () => {
    assertFound(
      [
        ['신도: 여보세요, 연등 접수하려고요.\n종무실장: 네, 성함이요?\n신도: 오말순이요.', ['PERSON:오말순']],
        ['급여 입금 내역 (진정인 카카오뱅크 3333-01-2245567)', []],
        ['송금 수수료는 예수금에서 차감되며, 반환 후 예수금 원장 사본을 발송합니다.', []],
        ['보호자: 네 그건 사정사님이 오시면 말씀드릴게요.', []],
        ['보호자: 네 그건 조민철님이 오시면 말씀드릴게요.', ['PERSON:조민철']],
        ['참조: 견적 담당', []],
        ['속도: 1G (이중화), IT 인프라 팀장 문서준', ['PERSON:문서준']],
        ['978,000원 승인 본인 아닐시 문의', []],
        ['비밀번호가 생일(0311)이라고 본인 진술', []],
      ],
      'PERSON',
    );
  });
});
