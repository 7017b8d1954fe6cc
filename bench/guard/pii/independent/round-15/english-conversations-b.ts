// English conversations for round 15, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundFifteenConversationsB: readonly IndependentText[] = [
  {
    text: 'ㅋㅋ 관리비 bill came, Nov is 214,300원 so my half is 107,150원. Kang Min-ji 언니 send ur half to my 토스뱅크 1000-4127-8836 whenever 🙏',
    pii: [
      ['PERSON', 'Kang Min-ji'],
      ['BANK_ACCOUNT', '1000-4127-8836'],
    ],
  },
  {
    text: 'Customer: will my Galaxy Watch6 bands fit the Watch7?\nAgent: Yes, the 20mm quick-release bands fit both. The Sport Band ET-SFR90 is £24.99 if you want a spare.\nCustomer: sweet, add it to order SA-88213407 then',
    pii: [],
  },
  {
    text: 'Nurse triage: caller is son, Tomasz Wierzbicki, re father Henryk (DOB 14/02/1941), fall at home approx 2h ago, no LOC, on apixaban, small scalp lac. Advised 999 / ED for CT head. MRN 00739152.',
    pii: [
      ['PERSON', 'Tomasz Wierzbicki'],
      ['PERSON', 'Henryk'],
      ['DATE_OF_BIRTH', '14/02/1941'],
      ['MEDICAL_RECORD', '00739152'],
    ],
  },
  {
    text: "Hi all, Coach Ingrid here - Saturday kickoff moved to 9:30, field 4. Can't make it? text my cell 503 281 4470 by Fri",
    pii: [
      ['PERSON', 'Ingrid'],
      ['PHONE', '503 281 4470'],
    ],
  },
  {
    text: "Customer: hi, I want to move a line into my son's name, he turned 19\nAgent: Sure, which number is it?\nCustomer: 010 8824 3360. He is Lee Jun-seo, I'm Lee Sang-hoon the account holder\nAgent: Thank you. To confirm, transferring 010 8824 3360 to Lee Jun-seo, he'll need to visit a store with his ID.",
    pii: [
      ['PHONE', '010 8824 3360'],
      ['PERSON', 'Lee Jun-seo'],
      ['PERSON', 'Lee Sang-hoon'],
      ['PHONE', '010 8824 3360'],
      ['PERSON', 'Lee Jun-seo'],
    ],
  },
  {
    text: "Agent: G'day, I've got booking HZ-20491 up, whose name's it under?\nCustomer: Bianca Moretti\nAgent: And your date of birth for the licence check?\nCustomer: 3/11/88\nAgent: Too easy. Licence number?\nCustomer: it's a Vic one, 052 118 743\nAgent: Beauty, car's in bay 12.",
    pii: [
      ['PERSON', 'Bianca Moretti'],
      ['DATE_OF_BIRTH', '3/11/88'],
      ['DRIVER_LICENSE', '052 118 743'],
    ],
  },
  {
    text: 'Customer: Landlord in Berlin wants the €950 deposit to DE62 1005 0000 0190 4457 31, is there a fee?\nAgent: SEPA payments in euros are free. Just make sure the payee name matches the account, is it Greta Hoffmann?\nCustomer: yep thats her',
    pii: [
      ['IBAN', 'DE62 1005 0000 0190 4457 31'],
      ['PERSON', 'Greta Hoffmann'],
    ],
  },
  {
    text: 'Hyejin unnie ur 이사 is on the 14th right?? gonna send u a plant 🌱 new place is 서울특별시 마포구 월드컵북로12길 34, 301호 맞지?',
    pii: [
      ['PERSON', 'Hyejin'],
      ['ADDRESS', '서울특별시 마포구 월드컵북로12길 34, 301호'],
    ],
  },
  {
    text: "Morning, this is Rhodri from Pontcanna Dental, just confirming Ffion's check-up on Thursday at 10.40. If that's no good give me a ring direct on 02920 347712. Diolch!",
    pii: [
      ['PERSON', 'Rhodri'],
      ['PERSON', 'Ffion'],
      ['PHONE', '02920 347712'],
    ],
  },
  {
    text: "Customer: contactless got declined at Tesco but the money still left my account?? £18.45, card ending 0394\nAgent: Sorry about that Oluwaseun, that's a temporary hold and it'll reverse within 5 working days. Your ref is CHB-772104.",
    pii: [['PERSON', 'Oluwaseun']],
  },
  {
    text: 'Lost my wallet somewhere around Hongdae station last night, my US passport was in it (A04418273). Lost & found gave me ref LF-0311 but who else do I call? my number here is 010-3395-8814',
    pii: [
      ['PASSPORT', 'A04418273'],
      ['PHONE', '010-3395-8814'],
    ],
  },
  {
    text: 'AGENT: Thanks for holding. Can I take the address on the policy?\nCALLER: 14 Cardigan Road, Headingley, Leeds, LS6 2QT.\nAGENT: And the policy number if you have it?\nCALLER: HM-4471-0928.\nAGENT: Lovely. And who am I speaking with?\nCALLER: Siobhán Ní Bhriain, the Ní is N-I with a fada.',
    pii: [
      ['ADDRESS', '14 Cardigan Road, Headingley, Leeds, LS6 2QT'],
      ['PERSON', 'Siobhán Ní Bhriain'],
    ],
  },
  {
    text: "Got an email from 'Royal Mail' saying my parcel's on hold, pay £1.45 at royalmail-redelivery.info, tracking RM0048221GB. I am actually waiting on a parcel, is it legit?",
    pii: [],
  },
  {
    text: 'Hi Marguerite, this is Oakfield Pharmacy. Your repeat prescription (ref RX-40917) is ready to collect. We are open until 6:30pm. Reply STOP to opt out.',
    pii: [['PERSON', 'Marguerite']],
  },
  {
    text: 'staging is on 2.8.0-rc3 but prod is still 2.7.9, can someone bump the helm chart before the 4pm deploy? see OPS-1184',
    pii: [],
  },
  {
    text: 'UA1532 delayed to 11:45pm 😩 can u still grab me?? new number btw 929-447-0318 — Keisha',
    pii: [
      ['PHONE', '929-447-0318'],
      ['PERSON', 'Keisha'],
    ],
  },
  {
    text: '@mods can someone nuke my msg in #general, i pasted my steam login by accident 💀 user xXkaiXx_99 pass Mochi!2024',
    pii: [
      ['USERNAME', 'xXkaiXx_99'],
      ['PASSWORD', 'Mochi!2024'],
    ],
  },
  {
    text: 'Customer: Tracking 5829 4410 3372 says delivered but nothing here. 인천광역시 연수구 송도과학로16번길 27, 109동 801호 is my place.\nAgent: 불편을 드려 죄송합니다, checking with the driver now.',
    pii: [['ADDRESS', '인천광역시 연수구 송도과학로16번길 27, 109동 801호']],
  },
  {
    text: 'my twins turned 3 today!! 🎂 Zainab & Idris, born 22.05.2022 at 4am in a thunderstorm and I still have not slept',
    pii: [
      ['PERSON', 'Zainab'],
      ['PERSON', 'Idris'],
      ['DATE_OF_BIRTH', '22.05.2022'],
    ],
  },
  {
    text: "Agent: What's the BattleTag on the account?\nCustomer: Gukbap#1187, email sunwoo.kang92@naver.com\nAgent: Thanks, I've removed the authenticator. Your case number is 2024-KR-558913.",
    pii: [
      ['USERNAME', 'Gukbap#1187'],
      ['EMAIL', 'sunwoo.kang92@naver.com'],
    ],
  },
  {
    text: "Customer: Selling my Kia Sportage to a dealer in Suwon, they asked for the VIN. Is it KNAPU81B9M7046213 from the 자동차등록증?\nAgent: Yes, that's it. They'll also check the plate 152라 6619 against the registration.",
    pii: [
      ['VIN', 'KNAPU81B9M7046213'],
      ['VEHICLE_PLATE', '152라 6619'],
    ],
  },
  {
    text: 'Hi Tomás,\n\nJust confirming the second viewing at Flat 3, 22 Elm Park Gardens, London SW10 9PA on Saturday at 11. The agent said the asking rent is £2,450 pcm.\n\nIf anything changes my mobile is +44 7911 508362.\n\nThanks,\nAnjali',
    pii: [
      ['PERSON', 'Tomás'],
      ['ADDRESS', 'Flat 3, 22 Elm Park Gardens, London SW10 9PA'],
      ['PHONE', '+44 7911 508362'],
      ['PERSON', 'Anjali'],
    ],
  },
  {
    text: '언니!! 어제 dinner was sooo good 🥹 send me the pics pls, my kakao id changed → hae.won_77 ✨',
    pii: [['USERNAME', 'hae.won_77']],
  },
  {
    text: "Customer: what's the difference between Unlimited Plus and Unlimited Ultra?\nAgent: Ultra adds 60GB hotspot and 4K streaming, it's $85/mo with autopay.\nCustomer: and the Plus?\nAgent: $65/mo, 30GB hotspot.",
    pii: [],
  },
  {
    text: 'Hi, attaching our 사업자등록증 for supplier onboarding. BRN 214-86-39020 (제조업). Payments to 우리은행 1005-803-442917, 예금주 (주)다온정밀. PO-2025-0417 is the first order. Any questions: Oh Seung-min, 031-8042-5517',
    pii: [
      ['BRN', '214-86-39020'],
      ['BANK_ACCOUNT', '1005-803-442917'],
      ['PERSON', 'Oh Seung-min'],
      ['PHONE', '031-8042-5517'],
    ],
  },
];
