// What the fifty-first round of hand-written texts (energy, utilities and field work) showed about e-mail addresses: an
// energy retailer's, a water or grid company's, an installer's, a council's and a co-operative's desks keep boxes for
// installs, home moves, grants, permits, welfare, data requests, shares and a building's concierge, named by the local
// part's words, a team's or an office's display name, or a Korean team's label right before the address; a person's work
// address in the same layout stays a person's, as does any address at a webmail.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("utilities' and installers' mailboxes: an organisation's desks are no one's, a person's stay theirs", () => {
  test("a utility's or an installer's desk word in the local part, alone, joined or with a site (en, ko)", () => {
    assertFound(
      [
        ['Moving house? Email homemoves@tidewater-energy.example or moves@tidewater-energy.example.', []],
        ['Cc: installs@sparkline-ev.example', []],
        ['For a burst pipe rebate send the invoice to leakadjust@riverford-water.example within 60 days.', []],
        ['Boil notice questions: waterquality@riverford-water.example', []],
        ['Priority register queries: psr.data@eastmoor-grid.example', []],
        ['Subject access requests: data.requests@kiloflow.example', []],
        ['Buy community shares: shares@fenland-power.example', []],
        ['Send drawings to design@heatwell.example for sign-off.', []],
        ['Field safety: hse.field@northgate-energy.example', []],
        ['Residents: harbourview.concierge@citygrid-heat.example', []],
        ['설치 신청은 install@chungeon-ev.example 로 보내 주세요.', []],
        ['인허가 서류: permit@pureun-energy.example', []],
        ['요금 복지 문의 welfare.mapo@hanbit-power.example', []],
        ['구매 담당 메일: energy.purchase@saebyeok-tex.example', []],
        // A person beside the same words: a name before a desk's word, a surname after it, a first name that is a word.
        ['Your installer: marcus.install@sparkline-ev.example', ['EMAIL:marcus.install@sparkline-ev.example']],
        ['Data officer: data.kim@kiloflow.example', ['EMAIL:data.kim@kiloflow.example']],
        ['Grant handles your case: grant@fenland-power.example', ['EMAIL:grant@fenland-power.example']],
        ['설치 기사: sj.park@chungeon-ev.example', ['EMAIL:sj.park@chungeon-ev.example']],
        // At a webmail, a desk's word is someone's own box.
        ['my email is install@gmail.com', ['EMAIL:install@gmail.com']],
        ['메일은 moves@naver.com 입니다', ['EMAIL:moves@naver.com']],
      ],
      'EMAIL',
    );
  });

  test("a council's team or a flat block's management office in the display name, and no person's (en, ko)", () => {
    assertFound(
      [
        ['To: Retrofit Grants <retrofitgrants@eastshire.gov.example>', []],
        ['받는사람: 햇살마을3단지 관리사무소 <hsmaeul3@apt-office.example>', []],
        ['To: 한빛전력 마포지사 <mapo.office@hanbit-power.example>', []],
        // A person's name in the display name keeps the address theirs, whatever the office.
        ['To: Nadia Okafor, Grants <nokafor@eastshire.gov.example>', ['EMAIL:nokafor@eastshire.gov.example']],
        ['받는사람: 김서준 관리사무소 <sjkim@apt-office.example>', ['EMAIL:sjkim@apt-office.example']],
        ['받는사람: 관리사무소 <hs.maeul@gmail.com>', ['EMAIL:hs.maeul@gmail.com']],
      ],
      'EMAIL',
    );
  });

  test("a Korean team's or secretariat's label right before the address, a phone number between (ko)", () => {
    assertFound(
      [
        ['문의: 설비운영팀 om@hanul-solar.example / 061-555-0192', []],
        ['조합 사무국 063-555-0144 · ssc@saessak-coop.example', []],
        ['고객센터 메일: cs2@hanbit-power.example', []],
        // A person's name on the line, or the team in a person's bracket, keeps the address theirs.
        ['담당 최유진 | 설비운영팀 yujin@hanul-solar.example', ['EMAIL:yujin@hanul-solar.example']],
        ['담당자 박지호 (운영팀) jiho@hanul-solar.example', ['EMAIL:jiho@hanul-solar.example']],
        ['운영팀 김도윤 doyun@hanul-solar.example', ['EMAIL:doyun@hanul-solar.example']],
      ],
      'EMAIL',
    );
  });
});
