// What the sixty-fourth to sixty-sixth rounds of hand-written texts (public services; HR and payroll; hotels, travel, beauty
// and wellness) showed about record numbers and accounts: a counselling centre's client file, a clinic's chart under a
// surgery's heading, an NHIS member number, a salon's or a clinic's own social account after its channel's words, a registration certificate's
// 제…호 number and an answer that names which asked item it gives.
import { describe, test } from 'node:test';
import { assertFound } from './pii-test-helpers.ts';

describe("clinics', counsellors' and salons' numbers and accounts", () => {
  test("a counselling centre's client file number and 내담자 번호 (en, ko)", () => {
    assertFound(
      [
        ['Bright Path Counseling — Progress note\nClient file no.: BP-C-0418   Session 3 of 10', ['MEDICAL_RECORD:BP-C-0418']],
        ['Thank you for booking your first therapy session. Your client file number is RT-25-3390.', ['MEDICAL_RECORD:RT-25-3390']],
        ['온마음 심리상담센터 초기 면접지\n내담자 번호: OM-2025-0172   접수일: 2025.03.02', ['MEDICAL_RECORD:OM-2025-0172']],
        // A law firm's or an agency's client file is no record of care.
        ['Harlow & Finch Solicitors\nClient file no.: HF-2025-0418\nRe: conveyancing of 4 Mill Lane', []],
        ['Dear customer, your client number is 88120347. Our advisers will call you about the mortgage.', []],
      ],
      'MEDICAL_RECORD',
    );
  });

  test("a clinic's chart under a surgery's heading, one said with 'will be', and a certificate's 제…호 (en, ko)", () => {
    assertFound(
      [
        ['Subject: Surgery schedule & pre-op checklist — chart KR-40217', ['MEDICAL_RECORD:KR-40217']],
        ['Thanks for booking the telehealth intake. Your chart number will be TH-31877.', ['MEDICAL_RECORD:TH-31877']],
        ['Subject: Billboard chart KR-40217 this week', []],
        ['외국인환자 유치업 등록번호 (제B-2021-0977호)를 안내문에 넣어 주세요.', []],
        ['병원 관광사업 등록번호: 제2018-000214호 / 대표전화 02-555-0100', []],
      ],
      'MEDICAL_RECORD',
    );
  });

  test('an NHIS member number (en)', () => {
    assertFound(
      [
        ['Applicant: Seo Ha-neul\nNHIS member no.: 40218837715', ['HEALTH_INSURANCE:40218837715']],
        ['NHIS member services line: 1577-1000', []],
      ],
      'HEALTH_INSURANCE',
    );
  });

  test("a salon's or a clinic's own account is the business's, a customer's is theirs (en, ko)", () => {
    assertFound(
      [
        ["Photos may appear on the clinic's website / Instagram (@glowline_ps)", []],
        ['Front desk line 02-555-0142. Kakao channel @hairbyjun — reply to new DMs.', []],
        ['살롱: 살롱드봄 (공식 인스타그램 @salondebom_official)', []],
        // The inbox a DM thread's heading names is the business answering in it; its customer is a person.
        [
          'Instagram DMs — @salon.mist.itaewon\n\nyuna.k_: hi do u have a slot sat for a cut?\nsalon.mist.itaewon: Hi! 14:00 is free\nyuna.k_: 14:00 pls!!\nsalon.mist.itaewon: Booked ✨ see you then\nyuna.k_: yay thank u',
          ['USERNAME:yuna.k_', 'USERNAME:yuna.k_', 'USERNAME:yuna.k_'],
        ],
        // A heading that names two people names no inbox.
        ['Instagram · DMs · @dev.okafor and @mira.bt', ['USERNAME:@dev.okafor', 'USERNAME:@mira.bt']],
        ['my insta is @dana.skis', ['USERNAME:@dana.skis']],
        ['방문 경로: 친구 인스타그램 @minji_0412 보고 방문', ['USERNAME:@minji_0412']],
        // A creator's own studio account is still a person's.
        ['인스타그램(작업계정): @sora.studio', ['USERNAME:@sora.studio']],
        ['카카오톡 채널 @hairbysora 로 문의 주세요', []],
      ],
      'USERNAME',
    );
  });

  test('an answer that names which asked item it gives (en)', () => {
    assertFound([
      [
        'Agent: We saw your password used from a new device. Please confirm your username and a backup code.\nUser: username is mossfern_71. backup code 5920-1147.',
        ['USERNAME:mossfern_71', 'PASSWORD:5920-1147'],
      ],
    ]);
  });
});
