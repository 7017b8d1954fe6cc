// English conversations for round 24, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwentyFourConversationsB: readonly IndependentText[] = [
  {
    text: 'Seo-yeon here 오빠!! 관리비 ₩185,000 보냈어 from my Shinhan 110-482-915307 (not the Toss one). landlord also wants my 생년월일 for the 계약서 → 1998.03.14. and pls save my new number 010-7742-1586 ㅋㅋ',
    pii: [
      ['PERSON', 'Seo-yeon'],
      ['BANK_ACCOUNT', '110-482-915307'],
      ['DATE_OF_BIRTH', '1998.03.14'],
      ['PHONE', '010-7742-1586'],
    ],
  },
  {
    text: 'Customer: will my Galaxy Watch4 bands fit the Watch7?\nAgent: Yes, both take standard 20mm quick-release straps, so the Sport Band (ET-SFR94) fits too.\nCustomer: nice, saves me 49.99',
    pii: [],
  },
  {
    text: "Nurse triage 14:20: son Piotr calling re father Tomasz Wieczorek, DOB 03/11/1941, MRN 00731946. Chest tightness x20 min, on warfarin, BP 162/94 per home cuff. Advised 999 now. Son's cb 07812 664 309, NHS 111 case ref 4471-C.",
    pii: [
      ['PERSON', 'Piotr'],
      ['PERSON', 'Tomasz Wieczorek'],
      ['DATE_OF_BIRTH', '03/11/1941'],
      ['MEDICAL_RECORD', '00731946'],
      ['PHONE', '07812 664 309'],
    ],
  },
  {
    text: "Hi!! it's Marisol, Leo's mom from room 12 🙂 for the carpool sheet my cell is 508-442-7319, or Dan's 508-442-9021 if I don't pick up. Office also needs Leo's DOB again for the field trip form - 4/22/2016. thx!!",
    pii: [
      ['PERSON', 'Marisol'],
      ['PERSON', 'Leo'],
      ['PHONE', '508-442-7319'],
      ['PERSON', 'Dan'],
      ['PHONE', '508-442-9021'],
      ['PERSON', 'Leo'],
      ['DATE_OF_BIRTH', '4/22/2016'],
    ],
  },
  {
    text: "Customer: I want to move my dad's line onto my account. He's Lee Jae-sung, 생년월일 1961년 5월 2일, number 010-3381-6620\nAgent: Okay, his 5GX 프라임 plan (₩89,000/mo) will carry over. Is the T world login under his name?\nCustomer: yes, id is jslee0502. my own number is 010-9176-2044",
    pii: [
      ['PERSON', 'Lee Jae-sung'],
      ['DATE_OF_BIRTH', '1961년 5월 2일'],
      ['PHONE', '010-3381-6620'],
      ['USERNAME', 'jslee0502'],
      ['PHONE', '010-9176-2044'],
    ],
  },
  {
    text: "Agent: G'day, is the booking under Kowalczyk? Ref HZ-55831.\nCustomer: yep that's me\nAgent: Can I grab your licence number and a card for the $500 bond?\nCustomer: VIC licence 048771905, card's 4532 7719 0281 6656, exp 09/27\nAgent: And the 3 digits on the back?\nCustomer: 118\nAgent: Cheers Daniel, the Corolla's in bay 14.",
    pii: [
      ['PERSON', 'Kowalczyk'],
      ['DRIVER_LICENSE', '048771905'],
      ['CREDIT_CARD', '4532 7719 0281 6656'],
      ['CARD_EXPIRY', '09/27'],
      ['CARD_CVV', '118'],
      ['PERSON', 'Daniel'],
    ],
  },
  {
    text: "Customer: my new employer needs my account details for wages but the app only shows the long card number 4659 2210 8731 0049??\nAgent: Please don't share your card number in chat. Your sort code is 30-94-57 and your account number is 41786620.\nCustomer: ta. also the app logs me out every time, my user ID is FMcLeod1984 if that helps\nAgent: Thanks Fiona, I've raised ticket 55102 with our digital team.",
    pii: [
      ['CREDIT_CARD', '4659 2210 8731 0049'],
      ['BANK_ACCOUNT', '41786620'],
      ['USERNAME', 'FMcLeod1984'],
      ['PERSON', 'Fiona'],
    ],
  },
  {
    text: "Hyejin-a I'm doing the 카카오 선물하기 thing for your bday 🎁 it asks for your 생일, 2000년 11월 8일 맞지? and phone 010-6632-9018 or did u change it lol",
    pii: [
      ['PERSON', 'Hyejin'],
      ['DATE_OF_BIRTH', '2000년 11월 8일'],
      ['PHONE', '010-6632-9018'],
    ],
  },
  {
    text: "Voicemail transcript (0:41): Hi, this is a message for Mrs Eirlys Pugh, date of birth the 2nd of March 1950. It's Gareth from Llanishen Surgery, your repeat prescription's ready to collect. If you ring, quote patient number 60331875, or call my direct line 029 2075 1142. Thanks, bye.",
    pii: [
      ['PERSON', 'Eirlys Pugh'],
      ['DATE_OF_BIRTH', '2nd of March 1950'],
      ['PERSON', 'Gareth'],
      ['MEDICAL_RECORD', '60331875'],
      ['PHONE', '029 2075 1142'],
    ],
  },
  {
    text: "Customer: card declined at Tesco for £23.40 but I've got money in??\nAgent: Hi Connor, I can see a fraud check on it. Can you confirm your date of birth?\nCustomer: 23/06/1995. do u need the card no? 4929 0087 6615 3392\nAgent: No need to send the full number in chat. Card ending 3392 is now unblocked.\nCustomer: legend. also my online banking login is connor_mac95, it says locked",
    pii: [
      ['PERSON', 'Connor'],
      ['DATE_OF_BIRTH', '23/06/1995'],
      ['CREDIT_CARD', '4929 0087 6615 3392'],
      ['USERNAME', 'connor_mac95'],
    ],
  },
  {
    text: 'Lost my wallet on line 2 between Hongik Univ. and Hapjeong stn around 11pm. Had my ARC (외국인등록번호 950817-5123451), Woori check card 9410-8823-1507-4464 and my bankbook for acc 1002-459-318274. Lost112 report no. LF2025-000871. Reach me on +82 10 4417 2290 pls',
    pii: [
      ['FRN', '950817-5123451'],
      ['CREDIT_CARD', '9410-8823-1507-4464'],
      ['BANK_ACCOUNT', '1002-459-318274'],
      ['PHONE', '+82 10 4417 2290'],
    ],
  },
  {
    text: "AGENT: Bupa, you're speaking to Owen. Can I take your membership number?\nCALLER: It's 8820 1147 65.\nAGENT: And the name on the policy?\nCALLER: Siobhán Ní Bhriain. Bhriain is B-H-R-I-A-I-N.\nAGENT: Date of birth?\nCALLER: Twenty-ninth of February, nineteen eighty-four.\nAGENT: And a contact number?\nCALLER: 07712 348991. No sorry, 07712 348919, I always get that wrong.",
    pii: [
      ['PERSON', 'Owen'],
      ['HEALTH_INSURANCE', '8820 1147 65'],
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['PERSON', 'Bhriain'],
      ['DATE_OF_BIRTH', 'Twenty-ninth of February, nineteen eighty-four'],
      ['PHONE', '07712 348991'],
      ['PHONE', '07712 348919'],
    ],
  },
  {
    text: "Is this legit? Got 'Royal Mail: your parcel RM482190GB has a £1.99 unpaid redelivery fee, pay at royalmail-redeliver.info' but I am expecting something from Etsy this week.",
    pii: [],
  },
  {
    text: "Hi Fatima, Dr Okafor's clinic here. Zainab's (DOB 12/03/2021, file no. 0048213) 3-year check is on 02/10 at 9:40am, room 4. Reply C to confirm. New portal login: fyusuf21 – reset pwd on first visit.",
    pii: [
      ['PERSON', 'Fatima'],
      ['PERSON', 'Okafor'],
      ['PERSON', 'Zainab'],
      ['DATE_OF_BIRTH', '12/03/2021'],
      ['MEDICAL_RECORD', '0048213'],
      ['USERNAME', 'fyusuf21'],
    ],
  },
  {
    text: "Build 2025.06.2 still throws ERR_CONN_RESET on the Reports tab (ticket #4821). Staging is on 2025.05.9 and that one's fine, so it's something in the last merge.",
    pii: [],
  },
  {
    text: "Flight BA117 pushed to 19:40 🙄 my UK sim won't work there so WhatsApp +44 7700 918442 or text my US one (929) 331-0475. Hotel needs the name as on passport - MARTINEZ ROJAS, LUCIA, no. PAE871204 - and DOB 05/19/1993 for the car. See u at arrivals! - Lu",
    pii: [
      ['PHONE', '+44 7700 918442'],
      ['PHONE', '(929) 331-0475'],
      ['PERSON', 'MARTINEZ ROJAS, LUCIA'],
      ['PASSPORT', 'PAE871204'],
      ['DATE_OF_BIRTH', '05/19/1993'],
      ['PERSON', 'Lu'],
    ],
  },
  {
    text: '@support someone hacked my acc 😭 username was pixelgrim_07, they changed the email AND bought 2 skins on my card 5412 7534 1208 9968 exp 08/26. do i need to cancel it?? birthday on the acc is 2006-01-17 if u need to verify',
    pii: [
      ['USERNAME', 'pixelgrim_07'],
      ['CREDIT_CARD', '5412 7534 1208 9968'],
      ['CARD_EXPIRY', '08/26'],
      ['DATE_OF_BIRTH', '2006-01-17'],
    ],
  },
  {
    text: 'Customer: CJ 기사님 keeps calling my old number 010-2290-4471, please use 010-8835-1207. 운송장 6892-4410-3317.\nAgent: 확인했습니다. Address is 인천광역시 연수구 컨벤시아대로 81, 207동 1502호 correct?\nCustomer: yes, 공동현관 비번 4829. and the 착불 refund goes to 카카오뱅크 3333-07-5541928 (윤서아)',
    pii: [
      ['PHONE', '010-2290-4471'],
      ['PHONE', '010-8835-1207'],
      ['ADDRESS', '인천광역시 연수구 컨벤시아대로 81, 207동 1502호'],
      ['PASSWORD', '4829'],
      ['BANK_ACCOUNT', '3333-07-5541928'],
      ['PERSON', '윤서아'],
    ],
  },
  {
    text: 'PSA for my fellow Naija people in the UK: Monzo froze my account cos my BRP says ADEYEMI TOLULOPE and the app had Tolu Adeyemi 😩 they made me send my DOB 14/11/1997 three times. sorted now, acc 18834452 sort code 04-00-04 if anybody owes me 😂 follow @tolu.spends for more bank wahala',
    pii: [
      ['PERSON', 'ADEYEMI TOLULOPE'],
      ['PERSON', 'Tolu Adeyemi'],
      ['DATE_OF_BIRTH', '14/11/1997'],
      ['BANK_ACCOUNT', '18834452'],
      ['USERNAME', '@tolu.spends'],
    ],
  },
  {
    text: "[21:03] Agent Minji: Can you confirm the phone number linked to the account?\n[21:04] Customer: +82 10-4471-3380\n[21:04] Agent Minji: And the login ID?\n[21:05] Customer: mintchoco_sy ... wait no that's my sister's, mine is sy_mint98\n[21:06] Agent Minji: Thanks. For the 55,000원 refund (order GA2504-118273) please send your refund account\n[21:07] Customer: 신한 110-331-584920 이수연",
    pii: [
      ['PERSON', 'Minji'],
      ['PHONE', '+82 10-4471-3380'],
      ['PERSON', 'Minji'],
      ['USERNAME', 'mintchoco_sy'],
      ['USERNAME', 'sy_mint98'],
      ['PERSON', 'Minji'],
      ['BANK_ACCOUNT', '110-331-584920'],
      ['PERSON', '이수연'],
    ],
  },
  {
    text: 'Customer: Hi, I want to add my Korean licence to my car insurance. 면허번호 11-19-448213-60, car is 152가 3391\nAgent: Sure. Date of birth and contact number please?\nCustomer: 1990.07.25, 010-5527-8814\nAgent: Thank you Mr. Okonjo. Your premium changes to ₩742,000/yr from the 1st.',
    pii: [
      ['DRIVER_LICENSE', '11-19-448213-60'],
      ['VEHICLE_PLATE', '152가 3391'],
      ['DATE_OF_BIRTH', '1990.07.25'],
      ['PHONE', '010-5527-8814'],
      ['PERSON', 'Okonjo'],
    ],
  },
  {
    text: "Hi Joanna,\n\nSorry for the delay, I've paid the £450 holding deposit (ref HLD-3382). My DOB for the referencing is 03/08/1992. For the deposit return it's Barclays sort 20-11-47, acc no. 60398821. If Goodlord need to call me it's 07931 552 804 (not the landline).\n\nThanks,\nTomás Ferreira",
    pii: [
      ['PERSON', 'Joanna'],
      ['DATE_OF_BIRTH', '03/08/1992'],
      ['BANK_ACCOUNT', '60398821'],
      ['PHONE', '07931 552 804'],
      ['PERSON', 'Tomás Ferreira'],
    ],
  },
  {
    text: "언니 thank you for the 반찬!! 🥹 also 병원 원무과 asked for your 환자번호 when I picked up your 처방전, I gave 2023-081194, and 생년월일 1969.10.02 맞지? they'll text 010-3358-2271 when the rest of the meds are in",
    pii: [
      ['MEDICAL_RECORD', '2023-081194'],
      ['DATE_OF_BIRTH', '1969.10.02'],
      ['PHONE', '010-3358-2271'],
    ],
  },
  {
    text: "Customer: why is my bill $94.17 when the plan is $65??\nAgent: It's $65 for the plan, $12.99 device payment (14 of 36), $8.50 taxes & fees and a one-time $7.68 roaming charge from 3/14.\nCustomer: ugh ok, the Cancun trip",
    pii: [],
  },
  {
    text: 'For payment of INV-2025-0418 (₩13,420,000 incl. VAT) please remit to our corporate account: IBK기업은행 241-118832-04-017, 예금주 (주)다온소재, 사업자번호 214-87-33910. Questions → 김태윤 과장, direct 02-6952-3318 / mobile 010-4182-7750.\nKim Tae-yoon (김태윤) | Procurement, Daon Materials',
    pii: [
      ['BANK_ACCOUNT', '241-118832-04-017'],
      ['BRN', '214-87-33910'],
      ['PERSON', '김태윤'],
      ['PHONE', '02-6952-3318'],
      ['PHONE', '010-4182-7750'],
      ['PERSON', 'Kim Tae-yoon'],
      ['PERSON', '김태윤'],
    ],
  },
];
