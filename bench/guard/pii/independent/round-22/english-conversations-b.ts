// English conversations for round 22, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwentyTwoConversationsB: readonly IndependentText[] = [
  {
    text: 'Chae-won 언니!! 관리비 came out 187,400원 this month so your half is 93,700. Send to my 신한 110-482-915573 (NOT the old 카뱅 one 3333-09-4417281, I closed it). Also new number → 010 7720 4158 저장해줘 🙏 - Kang Ha-neul',
    pii: [
      ['PERSON', 'Chae-won'],
      ['BANK_ACCOUNT', '110-482-915573'],
      ['BANK_ACCOUNT', '3333-09-4417281'],
      ['PHONE', '010 7720 4158'],
      ['PERSON', 'Kang Ha-neul'],
    ],
  },
  {
    text: 'Customer: will the Pixel 9 Pro case fit the 9 Pro XL?\nAgent: Unfortunately not, the XL is 10.5mm taller. The XL case is GA05633-WW, £29.99.\nCustomer: ugh I already ordered the wrong one, order #GS-58812047\nAgent: Returns are free within 30 days, print label RMA-20931 from your order page.',
    pii: [],
  },
  {
    text: 'Nurse triage 14:20: caller Tomasz Wójcik re his father Henryk Wójcik (DOB 11/02/1941, UR 00583127, Medicare 2950 61847 1). SOB worse since this AM, SpO2 89% on home oximeter, ankles swollen. Advised 000 now. Callback if cut off: 0412 663 981. Ref TRG-7734.',
    pii: [
      ['PERSON', 'Tomasz Wójcik'],
      ['PERSON', 'Henryk Wójcik'],
      ['DATE_OF_BIRTH', '11/02/1941'],
      ['MEDICAL_RECORD', '00583127'],
      ['HEALTH_INSURANCE', '2950 61847 1'],
      ['PHONE', '0412 663 981'],
    ],
  },
  {
    text: "Hi it's Graciela, Mateo's mom (Ms. Pruitt's 3rd grade). Bake sale came to $214.50, can I Zelle it to you? My # is 773.418.2096 or Venmo Gracie-Albornoz-7 if that's easier",
    pii: [
      ['PERSON', 'Graciela'],
      ['PERSON', 'Mateo'],
      ['PERSON', 'Pruitt'],
      ['PHONE', '773.418.2096'],
      ['USERNAME', 'Gracie-Albornoz-7'],
    ],
  },
  {
    text: "Customer: Need my PAC to move my number 07723 418690 to giffgaff. My daughter's line 07931 205 447 is on the same account, does that move too?\nAgent: Only if you request both. For security, what's the account PIN?\nCustomer: 8302. no sorry, 8320\nAgent: And the account holder's date of birth?\nCustomer: 14/03/1971, I'm Femi Adeyemi-Brooks\nAgent: Thanks Femi, both PACs will be texted within 60 seconds. Early termination on the second line is £58.00.",
    pii: [
      ['PHONE', '07723 418690'],
      ['PHONE', '07931 205 447'],
      ['PASSWORD', '8302'],
      ['PASSWORD', '8320'],
      ['DATE_OF_BIRTH', '14/03/1971'],
      ['PERSON', 'Femi Adeyemi-Brooks'],
      ['PERSON', 'Femi'],
    ],
  },
  {
    text: "Agent: G'day, just need your licence and a card for the $500 bond.\nCustomer: VIC licence 043 918 275. Card 5217 2940 3381 6601, exp 09/27\nAgent: And the 3 digits on the back?\nCustomer: 418. Oh and my partner's driving too, Liam Hargreaves, QLD 109442817\nAgent: Ta Siobhan, added him for $12/day. Car's in bay 14, keys at the kiosk.",
    pii: [
      ['DRIVER_LICENSE', '043 918 275'],
      ['CREDIT_CARD', '5217 2940 3381 6601'],
      ['CARD_EXPIRY', '09/27'],
      ['CARD_CVV', '418'],
      ['PERSON', 'Liam Hargreaves'],
      ['DRIVER_LICENSE', '109442817'],
      ['PERSON', 'Siobhan'],
    ],
  },
  {
    text: 'Customer: can the refund go to my bank instead? the card it was paid with is cancelled\nAgent: No problem, what are the details?\nCustomer: Monzo, sort 04-00-04, acc 51873309. or my Irish one IE88 AIBK 9320 8847 1902 55 if sterling is a problem\nAgent: Monzo is fine. Name on the account?\nCustomer: Aoife Ní Bhriain\nAgent: Lovely, £126.40 will land in 3-5 working days, ref RF-220871.',
    pii: [
      ['BANK_ACCOUNT', '51873309'],
      ['IBAN', 'IE88 AIBK 9320 8847 1902 55'],
      ['PERSON', 'Aoife Ní Bhriain'],
    ],
  },
  {
    text: 'Yuna-ya 엄마 wants you to send the 김치통 straight to 할머니. 받는분 박순자, 전북 전주시 완산구 효자로 112, 103동 804호, 010-3318-2290. 우체국 택배 is like 5,500원 just do it today pls 🙏',
    pii: [
      ['PERSON', 'Yuna'],
      ['PERSON', '박순자'],
      ['ADDRESS', '전북 전주시 완산구 효자로 112, 103동 804호'],
      ['PHONE', '010-3318-2290'],
    ],
  },
  {
    text: "Hiya, Gareth here from Llandaff Dental with a message for Eirlys Pritchard. Your check-up's moved to Tues 14th at 10.40, surgery 3. The online form asks for your patient no., it's LD0048817. Any problem ring me direct on 029 2056 3317, not the main line. Ta!",
    pii: [
      ['PERSON', 'Gareth'],
      ['PERSON', 'Eirlys Pritchard'],
      ['MEDICAL_RECORD', 'LD0048817'],
      ['PHONE', '029 2056 3317'],
    ],
  },
  {
    text: "Customer: PureGym took £24.99 by direct debit and I've never been a member. Acct 31926819 sort 20-45-77\nAgent: Hi Callum, I've raised an indemnity claim, ref IND-6630912. It goes back to the account ending 6819 by tomorrow.\nCustomer: cheers. also locked out of the app, membership no. 4417 2290 18 if that helps\nAgent: Reset done, a new passcode letter will arrive in 5 working days.",
    pii: [
      ['BANK_ACCOUNT', '31926819'],
      ['PERSON', 'Callum'],
      ['USERNAME', '4417 2290 18'],
    ],
  },
  {
    text: 'Bought a 10-day tourist SIM at Incheon T1 yesterday (₩27,500, receipt 0418-223), still no data. ICCID 8982300924011587440, number +82 10 7715 0392. Registered it with my passport 548812903 (UK). Can you re-activate pls',
    pii: [
      ['ICCID', '8982300924011587440'],
      ['PHONE', '+82 10 7715 0392'],
      ['PASSPORT', '548812903'],
    ],
  },
  {
    text: "AGENT: Thanks for holding. Can I take the policy number?\nCALLER: It's HM-7734019... sorry, HM-7734091.\nAGENT: And the name on the policy?\nCALLER: Gwendolyn Achterberg. Mrs.\nAGENT: Thank you Mrs Achterberg. Date of birth?\nCALLER: Ninth of December, sixty-two.\nAGENT: And a number in case we get cut off?\nCALLER: Oh seven nine five six, two two one, four oh eight.",
    pii: [
      ['PERSON', 'Gwendolyn Achterberg'],
      ['PERSON', 'Achterberg'],
      ['DATE_OF_BIRTH', 'Ninth of December, sixty-two'],
      ['PHONE', 'Oh seven nine five six, two two one, four oh eight'],
    ],
  },
  {
    text: "Had a call from a withheld number, man said he's from 'BT Openreach' and my broadband gets cut off at 5pm unless I install AnyDesk and pay a £49.99 reconnection fee. I'm with Sky not BT. Scam right? Should I forward anything to 7726?",
    pii: [],
  },
  {
    text: "Dr Oduya's surgery: Hi Nadia, the repeat prescription for Leo Hartigan (DOB 03/11/2016) has gone to Boots, Wilmslow Rd. They'll ask for his patient ID 60214478 and collection code 7714. Reply STOP to opt out.",
    pii: [
      ['PERSON', 'Oduya'],
      ['PERSON', 'Nadia'],
      ['PERSON', 'Leo Hartigan'],
      ['DATE_OF_BIRTH', '03/11/2016'],
      ['MEDICAL_RECORD', '60214478'],
      ['PASSWORD', '7714'],
    ],
  },
  {
    text: 'build v4.2.10.118 fails on node 20.11 with ERR_MODULE_NOT_FOUND in packages/ui/index.ts:214. worked on 4.2.9. tagged it in JIRA-4471, can someone pin the dep to 2.3.0 till monday?',
    pii: [],
  },
  {
    text: "BA0283 lands 14:35 tomorrow. My UK sim won't work over there so WhatsApp me on +44 7911 304286. If I'm not answering try my sister Temperance +1 (929) 441-0873, she's got the car booking (X7KQ2L). - Kofi",
    pii: [
      ['PHONE', '+44 7911 304286'],
      ['PERSON', 'Temperance'],
      ['PHONE', '+1 (929) 441-0873'],
      ['PERSON', 'Kofi'],
    ],
  },
  {
    text: '@mods urgent pls delete my last 2 msgs in #bot-dev 🤦 pasted my whole .env by accident: STRIPE_SECRET_KEY=sk_live_51Nq8XbL2kT4vRr9mWc3HhJpQ0aYz7eUd and DB_PASS=tacoTuesday!88. rotating them now but still. (its me @vexnine)',
    pii: [
      ['SECRET', 'sk_live_51Nq8XbL2kT4vRr9mWc3HhJpQ0aYz7eUd'],
      ['PASSWORD', 'tacoTuesday!88'],
      ['USERNAME', '@vexnine'],
    ],
  },
  {
    text: 'Customer: Driver marked it 부재중 but I was home all day. Order 31004478215. 받는분 정하윤, 서울특별시 마포구 월드컵북로 396, 1203호\nCustomer: oh wait the phone on the order is wrong, it says 010-8821-4360 but mine is 010-8821-4630\nAgent: 확인했습니다, updated to 010-8821-4630 and rebooked for tomorrow 9-12.',
    pii: [
      ['PERSON', '정하윤'],
      ['ADDRESS', '서울특별시 마포구 월드컵북로 396, 1203호'],
      ['PHONE', '010-8821-4360'],
      ['PHONE', '010-8821-4630'],
      ['PHONE', '010-8821-4630'],
    ],
  },
  {
    text: "6 years in Manchester today 🥹 landed 12 March 2019 on EK017 with 2 suitcases (23kg each) and £340 in my pocket. still can't handle the rain",
    pii: [],
  },
  {
    text: 'Agent: Which email is linked to your Riot account?\nCustomer: either kimtaeyang.lol@naver.com or the old one ty_kim03@daum.net. riot id is Yangnyeom#KR1\nAgent: Found it under the naver one. Birthdate on the account?\nCustomer: 2003.05.17\nAgent: Thanks, reset link sent. Your 4,900 RP is still there.',
    pii: [
      ['EMAIL', 'kimtaeyang.lol@naver.com'],
      ['EMAIL', 'ty_kim03@daum.net'],
      ['USERNAME', 'Yangnyeom#KR1'],
      ['DATE_OF_BIRTH', '2003.05.17'],
    ],
  },
  {
    text: "Customer: I got a speeding 과태료 notice (no. 2025-1148-08832, ₩40,000) for 58러 2291 but I sold that car in May to a guy called 윤태식.\nAgent: You'll need to send the 이전등록 certificate. What's the VIN on it?\nCustomer: KNAPX81DBN5063327. My ARC no. is 880914-5274360 if the form needs it.\nAgent: Yes please, plus a scan of the certificate.",
    pii: [
      ['VEHICLE_PLATE', '58러 2291'],
      ['PERSON', '윤태식'],
      ['VIN', 'KNAPX81DBN5063327'],
      ['FRN', '880914-5274360'],
    ],
  },
  {
    text: "Hi Marek,\n\nThanks, holding deposit of £475 received (ref 14B-HD-0622). Referencing are chasing two things: your passport no. and a working number for your guarantor, your dad's mobile 07845 331 209 on the form doesn't connect.\n\nBest,\nOksana\n\nOn Tue, Marek Zieliński wrote:\n> Sorry! Passport EE4471925, Polish. Dad (Andrzej) is 07845 331 290, I swapped the last digits. DOB 19.02.1997 if they ask again",
    pii: [
      ['PERSON', 'Marek'],
      ['PHONE', '07845 331 209'],
      ['PERSON', 'Oksana'],
      ['PERSON', 'Marek Zieliński'],
      ['PASSPORT', 'EE4471925'],
      ['PERSON', 'Andrzej'],
      ['PHONE', '07845 331 290'],
      ['DATE_OF_BIRTH', '19.02.1997'],
    ],
  },
  {
    text: '수고했어 today!! 회식 was 128,000원 for 4 so 32,000 each → 카카오뱅크 3333-21-7740918 (오지유). oh and my number changed too 010-4492-7813, insta is @jiyu.draws now 😆',
    pii: [
      ['BANK_ACCOUNT', '3333-21-7740918'],
      ['PERSON', '오지유'],
      ['PHONE', '010-4492-7813'],
      ['USERNAME', '@jiyu.draws'],
    ],
  },
  {
    text: "Agent: Hi Teresa! Happy to look at upgrades. What's the number on the account?\nCustomer: 919-442-7781, but the upgrade's for my son's line 919-442-7790\nAgent: Got it. Can you verify the 6-digit account PIN?\nCustomer: 552190\nAgent: Thanks. Marco's line is eligible, the iPhone 16 128GB is $0 down, $27.77/mo for 36 months.",
    pii: [
      ['PERSON', 'Teresa'],
      ['PHONE', '919-442-7781'],
      ['PHONE', '919-442-7790'],
      ['PASSWORD', '552190'],
      ['PERSON', 'Marco'],
    ],
  },
  {
    text: 'Hi Mr. Tanaka, for the 세금계산서 please issue to Dongwoo Precision Co., Ltd., 사업자번호 214-87-39105 / 법인번호 134811-0072314, 대표 Park Sang-hoon. Invoices to our accounting ar.dongwoo@dwprecision.co.kr or call Ms. Lee direct on 031-8041-2276 (ext. 3). PO DW-PO-2025-0871. Payment to 우리은행 1005-803-447291.',
    pii: [
      ['PERSON', 'Tanaka'],
      ['BRN', '214-87-39105'],
      ['CRN', '134811-0072314'],
      ['PERSON', 'Park Sang-hoon'],
      ['EMAIL', 'ar.dongwoo@dwprecision.co.kr'],
      ['PERSON', 'Lee'],
      ['PHONE', '031-8041-2276'],
      ['BANK_ACCOUNT', '1005-803-447291'],
    ],
  },
];
