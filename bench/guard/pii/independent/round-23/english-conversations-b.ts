// English conversations for round 23, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwentyThreeConversationsB: readonly IndependentText[] = [
  {
    text: "Eunji-ya 엄마 wants me to do her 건강보험 thing online but it keeps rejecting her 생년월일, it's 1962년 3월 14일 right?? also her login id is kimsoon62 i think. call me when ur off work 010-7730-2418",
    pii: [
      ['PERSON', 'Eunji'],
      ['DATE_OF_BIRTH', '1962년 3월 14일'],
      ['USERNAME', 'kimsoon62'],
      ['PHONE', '010-7730-2418'],
    ],
  },
  {
    text: "Hello Mr Pryce, Ffion at Heath Road Surgery here. Dr Lewis would like a quick chat about your ECG. When you ring 029 2061 3340 please have your patient ID handy (HR-0078215) and we'll confirm your DOB, we have 11/02/1958 on file. Diolch!",
    pii: [
      ['PERSON', 'Pryce'],
      ['PERSON', 'Ffion'],
      ['PERSON', 'Lewis'],
      ['PHONE', '029 2061 3340'],
      ['MEDICAL_RECORD', 'HR-0078215'],
      ['DATE_OF_BIRTH', '11/02/1958'],
    ],
  },
  {
    text: 'Customer: the ATM at Tesco Extra ate my card, can u cancel it, number is 4929 8130 2247 5517\nAgent: Thanks, the card ending 5517 is now cancelled. Can you confirm your date of birth for the replacement?\nCustomer: 23.08.1991\nAgent: Perfect, Kwame. Your new card will arrive in 3-5 working days. Ref CX-20931.',
    pii: [
      ['CREDIT_CARD', '4929 8130 2247 5517'],
      ['DATE_OF_BIRTH', '23.08.1991'],
      ['PERSON', 'Kwame'],
    ],
  },
  {
    text: 'Lost my wallet on the 740 bus in Gangnam this morning. It had my 운전면허 13-19-447203-51 and my Shinhan check card 9410 6172 3305 8821. Please stop the card now, my number is 010-4418-9023. Lost item report no. 2025-05192',
    pii: [
      ['DRIVER_LICENSE', '13-19-447203-51'],
      ['CREDIT_CARD', '9410 6172 3305 8821'],
      ['PHONE', '010-4418-9023'],
    ],
  },
  {
    text: "AGENT: Thanks for holding. Can I take your membership number?\nCALLER: Yeah it's 8 0 3 3, 2 1 9 4, 0 6.\nAGENT: And the name on the policy?\nCALLER: Siobhán Mac Giolla Phádraig. Phádraig with a fada on the second a.\nAGENT: Date of birth?\nCALLER: Fourteenth of March, eighty-six.\nAGENT: And a number in case we get cut off?\nCALLER: Oh-eight-seven, four-four-one, nine-two-six-three.",
    pii: [
      ['HEALTH_INSURANCE', '8 0 3 3, 2 1 9 4, 0 6'],
      ['PERSON', 'Siobhán Mac Giolla Phádraig'],
      ['PERSON', 'Phádraig'],
      ['DATE_OF_BIRTH', 'Fourteenth of March, eighty-six'],
      ['PHONE', 'Oh-eight-seven, four-four-one, nine-two-six-three'],
    ],
  },
  {
    text: "Got an email from 'Royal Mail' saying my parcel RM482913776GB is held and I need to pay £1.99 at royalmail-redelivery-uk.com before 18:00. I am actually waiting on an eBay order so is this real??",
    pii: [],
  },
  {
    text: "Dr Osei's clinic: reminder that Zainab (DOB 04/11/2017) has her asthma review on 22/10 at 09:40. Please bring her inhalers. Patient no. 00418837. To cancel call 0161 498 2270 or reply CANCEL.",
    pii: [
      ['PERSON', 'Osei'],
      ['PERSON', 'Zainab'],
      ['DATE_OF_BIRTH', '04/11/2017'],
      ['MEDICAL_RECORD', '00418837'],
      ['PHONE', '0161 498 2270'],
    ],
  },
  {
    text: 'Build 4.0.2-rc3 still crashes opening any PDF over 20MB on Android 14 (ticket #58213). Can we ship the 4.0.1 hotfix on Thursday instead and hold rc3 till next sprint?',
    pii: [],
  },
  {
    text: "Flight's delayed, BA117 now lands 9:35pm 🙄 if my phone dies call my sister Latoya on 929-407-3318, she's got the car seat. Also venmo me for parking, it's tre_holloway22. - Tremaine",
    pii: [
      ['PERSON', 'Latoya'],
      ['PHONE', '929-407-3318'],
      ['USERNAME', 'tre_holloway22'],
      ['PERSON', 'Tremaine'],
    ],
  },
  {
    text: '@mods pls nuke my screenshot above 🙏 it shows my steam login kaiju_ryu2008 + pw Tsunami!2008 AND my mums number 07712 448903 in the corner. thx',
    pii: [
      ['USERNAME', 'kaiju_ryu2008'],
      ['PASSWORD', 'Tsunami!2008'],
      ['PHONE', '07712 448903'],
    ],
  },
  {
    text: 'Customer: my Coupang id is parkmj0720, can you change the recipient on my last order to my grandma? 박순자, 010-3320-8817, 대구광역시 수성구 달구벌대로 2450, 107동 803호\nAgent: 네 고객님, 변경 완료되었습니다. Order 2025110348871 will ship tomorrow (2 boxes).',
    pii: [
      ['USERNAME', 'parkmj0720'],
      ['PERSON', '박순자'],
      ['PHONE', '010-3320-8817'],
      ['ADDRESS', '대구광역시 수성구 달구벌대로 2450, 107동 803호'],
    ],
  },
  {
    text: 'passed my driving test first try 🎉🚗 only 2 minors!! the licence came today with ADEBA052146T99KL printed massive on it lol. not bad for someone born 14/02/06 who failed cycling proficiency twice',
    pii: [
      ['DRIVER_LICENSE', 'ADEBA052146T99KL'],
      ['DATE_OF_BIRTH', '14/02/06'],
    ],
  },
  {
    text: "Agent: What's the phone number linked to your Kakao account?\nCustomer: 010-9172-4405, login ID is sungmin_kr93\nAgent: I'm seeing sungminkr93 without the underscore, is that the one?\nCustomer: oh yeah that one sorry\nAgent: Thanks, a 6-digit verification code is on its way.",
    pii: [
      ['PHONE', '010-9172-4405'],
      ['USERNAME', 'sungmin_kr93'],
      ['USERNAME', 'sungminkr93'],
    ],
  },
  {
    text: 'Customer: picking up a rental in Jeju on the 14th, booking JJ-220814 under Hana Whitfield. Is my Victorian licence 053118442 enough or do I need the IDP?\nAgent: You need the International Driving Permit plus your passport. Your car is a white K5, plate 101허 4472.\nCustomer: ok passport is PA4472819, mobile +61 412 736 905 if the shuttle driver needs me',
    pii: [
      ['PERSON', 'Hana Whitfield'],
      ['DRIVER_LICENSE', '053118442'],
      ['VEHICLE_PLATE', '101허 4472'],
      ['PASSPORT', 'PA4472819'],
      ['PHONE', '+61 412 736 905'],
    ],
  },
  {
    text: 'Hi Meera,\n\nDone, I sent the £336 just now. My DOB is 2 Dec 1994 and the right mobile is 07984 221630 (the old one was my work phone).\n\nThanks,\nSeun\n\nOn Tue 4 Mar, Meera Chaudhry wrote:\n> Hi Oluwaseun, referencing came back clear. Please pay the holding deposit to sort code 20-45-77, account 43118902, ref FLAT4-HARROW.',
    pii: [
      ['PERSON', 'Meera'],
      ['DATE_OF_BIRTH', '2 Dec 1994'],
      ['PHONE', '07984 221630'],
      ['PERSON', 'Seun'],
      ['PERSON', 'Meera Chaudhry'],
      ['PERSON', 'Oluwaseun'],
      ['BANK_ACCOUNT', '43118902'],
    ],
  },
  {
    text: '언니!! thank you for the 축의금 🥹💕 btw send the 회비 to my new account pls → 토스뱅크 1000-4471-2290 (예금주 윤하린). my number changed too, 010-6624-0318 now ✌️',
    pii: [
      ['BANK_ACCOUNT', '1000-4471-2290'],
      ['PERSON', '윤하린'],
      ['PHONE', '010-6624-0318'],
    ],
  },
  {
    text: "Agent: Thanks Lucía! The Pixel 9 is $27.77/mo over 36 months, $0 down.\nCustomer: ok go ahead. put it on my line 512-384-9907 not my husband's\nAgent: Got it. For the $35 activation fee, what card would you like to use?\nCustomer: 5412 7534 0091 2262 exp 09/28 cvv 418\nAgent: All done, order #W88213407 ships in 2 days.",
    pii: [
      ['PERSON', 'Lucía'],
      ['PHONE', '512-384-9907'],
      ['CREDIT_CARD', '5412 7534 0091 2262'],
      ['CARD_EXPIRY', '09/28'],
      ['CARD_CVV', '418'],
    ],
  },
  {
    text: 'Following up on PO 2025-0341 (₩4,840,000 incl. VAT): please remit to IBK 기업은행 221-071453-01-018, account holder 주식회사 대원정밀. Our BRN for the 세금계산서 is 214-86-33104. Questions, call me direct on 010-8842-3106 or desk 02-3452-7710 (ext. 214). Yoon Seo-ah, Accounting',
    pii: [
      ['BANK_ACCOUNT', '221-071453-01-018'],
      ['BRN', '214-86-33104'],
      ['PHONE', '010-8842-3106'],
      ['PHONE', '02-3452-7710'],
      ['PERSON', 'Yoon Seo-ah'],
    ],
  },
  {
    text: 'Agent: What username do you sign in to the laptop with?\nCustomer: jmartinez2, domain is CORP. ipconfig says 10.44.12.87 and the wifi adapter is 3C-52-82-1F-A0-7E\nAgent: Thanks. And a callback number if the session drops?\nCustomer: desk is ext 4471 but cell is better, 415-690-2274',
    pii: [
      ['USERNAME', 'jmartinez2'],
      ['IP_ADDRESS', '10.44.12.87'],
      ['MAC_ADDRESS', '3C-52-82-1F-A0-7E'],
      ['PHONE', '415-690-2274'],
    ],
  },
  {
    text: 'Dear Dr Eze,\nKindly review Mrs Folasade Bankole (Hosp. No. MSC/2024/08817, DOB 12-05-1968), G4P3, 31/40, BP 150/100 this morning. Her husband can be reached on 0805 772 1930.\n\nWarm regards,\nDr. Tunde Alabi\nMedical Officer, Marina Specialist Clinic\nMobile: +234 803 417 2290',
    pii: [
      ['PERSON', 'Eze'],
      ['PERSON', 'Folasade Bankole'],
      ['MEDICAL_RECORD', 'MSC/2024/08817'],
      ['DATE_OF_BIRTH', '12-05-1968'],
      ['PHONE', '0805 772 1930'],
      ['PERSON', 'Tunde Alabi'],
      ['PHONE', '+234 803 417 2290'],
    ],
  },
  {
    text: 'Customer: Does the 4월 update fix the Watch6 battery drain?\nAgent: Yes, build R935XXU1CXD4 includes battery optimisation. It is about 312MB, so please install over Wi-Fi with at least 30% charge.',
    pii: [],
  },
  {
    text: 'Cb from client Harjit Singh Gill re OAS. SIN 375 192 606, DOB 04/11/1954 (dd/mm). Updating direct deposit: inst 004, transit 08152, acct 6614729. Best # 604-832-1957 after 2pm. Told him form ISP-3000 not needed.',
    pii: [
      ['PERSON', 'Harjit Singh Gill'],
      ['CA_SIN', '375 192 606'],
      ['DATE_OF_BIRTH', '04/11/1954'],
      ['BANK_ACCOUNT', '6614729'],
      ['PHONE', '604-832-1957'],
    ],
  },
  {
    text: 'Customer: want to port 0412 558 903 across from Optus, new SIM ICCID is 8961 0127 4402 9935 180\nAgent: No worries Bilal. What DOB is on the Optus account?\nCustomer: 19/06/1988\nAgent: And the 4-digit port PIN they texted you?\nCustomer: 6619\nAgent: Lodged, should complete within 3 hours. Ref PRT-77201.',
    pii: [
      ['PHONE', '0412 558 903'],
      ['ICCID', '8961 0127 4402 9935 180'],
      ['PERSON', 'Bilal'],
      ['DATE_OF_BIRTH', '19/06/1988'],
      ['PASSWORD', '6619'],
    ],
  },
  {
    text: 'Customer: How much to send a 2kg parcel to Auckland express?\nAgent: Express International, 2kg to NZ is $61.45, usually 3-5 business days with tracking.\nCustomer: and do I need a customs form?\nAgent: Yes, the CN23 for anything over 500g. You can fill it in online before you drop it off.',
    pii: [],
  },
  {
    text: "Yuna ya 엄마 appointment is tomorrow 10시 at 세브란스 내과, her 등록번호 is 01482736 and 생년월일 560907 if they ask at reception. Min-jae oppa is driving, his number 010-5528-4073. I'll be there by 11!",
    pii: [
      ['PERSON', 'Yuna'],
      ['MEDICAL_RECORD', '01482736'],
      ['DATE_OF_BIRTH', '560907'],
      ['PERSON', 'Min-jae'],
      ['PHONE', '010-5528-4073'],
    ],
  },
];
