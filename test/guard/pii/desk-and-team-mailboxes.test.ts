// What the forty-ninth and fiftieth rounds of hand-written texts (automotive and manufacturing; retail, e-commerce,
// marketplaces and gig work) showed about e-mail addresses: the boxes of a plant's, a dealer's, a broker's, a store's and a
// platform's desks and teams are no one's, read from the local part's words, a team's display name or a desk's label before
// the address; a person's work address in the same layout stays a person's, as does any address at a webmail.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("desks' and teams' mailboxes: an organisation's boxes are no one's, a person's stay theirs", () => {
  test("a desk's words in the local part, joined, numbered or tagged with a site (en, ko)", () => {
    assertFound(
      [
        ['Send the signed PSW to quality@ostrava-castings.example before Friday.', []],
        ['Trade-in paperwork goes to usedcars@riverbendmotors.example, deposits to deposits@riverbendmotors.example.', []],
        ['Vendor forms: vendorsetup@talbot-trailers.example', []],
        ['Cc: sqe.izmir@anadolu-oto.example; qc-plant3@hkauto.example', []],
        ['Invoices to: invoices.gdansk@baltic-axle.example (PDF only).', []],
        ['Our Leeds branch: leeds.store@norththread.example', []],
        ['Chargebacks: chargeback@paygate.example · payouts: payouts-uk@marketly.example', []],
        ['부품 변경 요청은 purchase3@hanul-motors.example 로 회신 바랍니다.', []],
        ['통관 서류는 clearance2@daesung-customs.example 로 보내 주세요.', []],
        ['인사 문의 hr.pyeongtaek@wecanlogis.example', []],
        // A person's address beside the same words stays a person's: a name before a desk's word, a surname after a desk's
        // initials, initials and a surname.
        ['Quality contact: nadia.support@ostrava-castings.example', ['EMAIL:nadia.support@ostrava-castings.example']],
        ['담당: hr.choi@wecanlogis.example', ['EMAIL:hr.choi@wecanlogis.example']],
        ['To: jw.park@hanul-motors.example', ['EMAIL:jw.park@hanul-motors.example']],
        ['Ship docs to t.okafor@baltic-axle.example', ['EMAIL:t.okafor@baltic-axle.example']],
        // A desk's word at a webmail is someone's own address.
        ['우리 대행사 메일은 eushop.help@gmail.com 이에요', ['EMAIL:eushop.help@gmail.com']],
        ['reach me at quality@yahoo.co.uk', ['EMAIL:quality@yahoo.co.uk']],
      ],
      'EMAIL',
    );
  });

  test("a team's or a desk's display name before the address, and no person's (en, ko)", () => {
    assertFound(
      [
        [
          'From: Supplier Quality <sqsubmit@aurora-motors.example>\nTo: Dana Whitlock <dwhitlock@kestrel-fast.example>',
          ['EMAIL:dwhitlock@kestrel-fast.example'],
        ],
        ['To: Customs Brokerage <brk@coastline-entries.example>', []],
        ['On Tue, Oct 8, SwiftDrop Onboarding <welcome@swiftdrop.example> wrote:', []],
        ['받는사람: 관세법인 한솔 통관2팀 <hansol2@hansol-customs.example>', []],
        ['To: 성우정밀(주) 관리팀 <gm@sungwoo-precision.example>', []],
        ['To: 조립2공장 생산관리 <pcm@hkauto.example>', []],
        // The same layouts with a person in the display name: a first name, a person's name after a desk's, a post in brackets.
        ['To: Joanna Byrne, Quality <jbyrne@aurora-motors.example>', ['EMAIL:jbyrne@aurora-motors.example']],
        ['From: Fleet desk — Kirsty Gallagher <kgallagher@hartwell-eng.example>', ['EMAIL:kgallagher@hartwell-eng.example']],
        ['To: Tomasz Nowak (Supplier Quality) <tnowak@aurora-motors.example>', ['EMAIL:tnowak@aurora-motors.example']],
        ['받는사람: 김도윤 통관2팀 <dykim@hansol-customs.example>', ['EMAIL:dykim@hansol-customs.example']],
        ['받는사람: 품질팀 <hj.seo@hkauto.example>', ['EMAIL:hj.seo@hkauto.example']],
      ],
      'EMAIL',
    );
  });

  test("a desk's label right before the address, and a person's name between them (en, ko)", () => {
    assertFound(
      [
        ['Escalation queue: connected.escalations@hyundai-care.example', []],
        ['Corporate LP hotline: 1-844-555-0199 · lp@pinecrest.example', []],
        ['※ 변경 건은 구매1팀 공용메일 buy1@hanul-motors.example 로만 받습니다.', []],
        ['대표 메일: contact@sejong-mold.example', []],
        ['Loss-prevention desk: Marcus Reyes, mreyes@pinecrest.example', ['EMAIL:mreyes@pinecrest.example']],
        ['구매팀 공용메일 말고 제 메일 ys.han@hanul-motors.example 로 주세요', ['EMAIL:ys.han@hanul-motors.example']],
        ['Questions: dlopez@pinecrest.example', ['EMAIL:dlopez@pinecrest.example']],
      ],
      'EMAIL',
    );
  });
});
