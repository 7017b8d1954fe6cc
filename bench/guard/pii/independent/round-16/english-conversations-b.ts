// English conversations for round 16, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundSixteenConversationsB: readonly IndependentText[] = [
  {
    text: 'Yoon Ha-neul 입니다~ 오빠 관리비 split is 63,500원 each this month, pls send to my Shinhan 110-482-991204 (NOT the old Woori one!!) and save my new num 010-7720-3185 📱',
    pii: [
      ['PERSON', 'Yoon Ha-neul'],
      ['BANK_ACCOUNT', '110-482-991204'],
      ['PHONE', '010-7720-3185'],
    ],
  },
  {
    text: 'Customer: will the Galaxy Watch7 44mm take the 20mm straps from my Watch4?\nAgent: Yes, both use the 20mm quick-release pins, the ET-SFR94 sport band fits.\nCustomer: sweet and is the LTE one (SM-L315F) unlocked\nAgent: It ships unlocked, eSIM only, RRP $549.',
    pii: [],
  },
  {
    text: 'Nurse triage 10:42: call from daughter Kasia re father Tomasz Wiśniewski, DOB 14/02/1941, MRN 00739215. Fall at home this am, c/o L hip pain, unable to weight bear, on apixaban. Medicare 2953 41786 1 ref 2. Advised ambulance, family dialled 000. Callback 0412 558 903.',
    pii: [
      ['PERSON', 'Kasia'],
      ['PERSON', 'Tomasz Wiśniewski'],
      ['DATE_OF_BIRTH', '14/02/1941'],
      ['MEDICAL_RECORD', '00739215'],
      ['HEALTH_INSURANCE', '2953 41786 1'],
      ['PHONE', '0412 558 903'],
    ],
  },
  {
    text: 'Bake sale drop-offs Fri 7:30-8:15 at the gym doors, cash box is in Room 114. Nut-free items only pls! Questions text Marisol 508-771-3394 or me at (617) 240-8816. Everything $2 - Tom Kowalczyk',
    pii: [
      ['PERSON', 'Marisol'],
      ['PHONE', '508-771-3394'],
      ['PHONE', '(617) 240-8816'],
      ['PERSON', 'Tom Kowalczyk'],
    ],
  },
  {
    text: "Customer: My father passed away last month and I want to move his line to my name. His number is 010.3348.2716\nAgent: I'm very sorry for your loss. May I have his full name and date of birth?\nCustomer: Oh Jae-sik, 1948년 3월 2일생\nAgent: And your name and the number on your own account?\nCustomer: Oh Min-ji, 010-9142-5530. I have the 사망진단서 ready to upload",
    pii: [
      ['PHONE', '010.3348.2716'],
      ['PERSON', 'Oh Jae-sik'],
      ['DATE_OF_BIRTH', '1948년 3월 2일'],
      ['PERSON', 'Oh Min-ji'],
      ['PHONE', '010-9142-5530'],
    ],
  },
  {
    text: "Agent: Morning! Booking HZ5582019, Corolla hybrid for 4 days?\nCustomer: that's the one\nAgent: Licence number and state please.\nCustomer: VIC, 032781645\nAgent: And the card for the $500 bond, long number and expiry?\nCustomer: 5217 2943 8806 1175 exp 09/27\nCustomer: oh can I leave my ute in your carpark? rego CU58NX\nAgent: No dramas Ngaio, bay 12, keys at the desk from 8.",
    pii: [
      ['DRIVER_LICENSE', '032781645'],
      ['CREDIT_CARD', '5217 2943 8806 1175'],
      ['CARD_EXPIRY', '09/27'],
      ['VEHICLE_PLATE', 'CU58NX'],
      ['PERSON', 'Ngaio'],
    ],
  },
  {
    text: "Customer: my landlord in Valencia sent his details, ES07 0182 1254 7102 0155 3907, name Joaquín Ruiz-Olmedo. Can I pay him from my savings?\nAgent: Yes, that's a SEPA payment. Which savings, the one ending 0082?\nCustomer: no the other one, 63019284 sort code 20-45-77\nAgent: Done, €850.00 arrives in 1-2 working days, reference RENT-MAR.\nCustomer: lush ta",
    pii: [
      ['IBAN', 'ES07 0182 1254 7102 0155 3907'],
      ['PERSON', 'Joaquín Ruiz-Olmedo'],
      ['BANK_ACCOUNT', '63019284'],
    ],
  },
  {
    text: 'Yuna-ya 엄마 gave the 택배 company my old number 010-4418-2093 AGAIN 🤦 new one is 010-6630-1872. 할머니 gift goes to 서울특별시 마포구 성미산로17길 45, 2층 and 받는 분 is 박순자 not me ㅋㅋ',
    pii: [
      ['PERSON', 'Yuna'],
      ['PHONE', '010-4418-2093'],
      ['PHONE', '010-6630-1872'],
      ['ADDRESS', '서울특별시 마포구 성미산로17길 45, 2층'],
      ['PERSON', '박순자'],
    ],
  },
  {
    text: "Hiya, Rhodri from Bryn Eithin Surgery again. The hospital has your dad's referral now (Emyr Pritchard, DOB 11/05/1952, hospital no. G1180337) so he should get a letter within 2 weeks. Ring my direct line 01286 672 941 or mobile 07723 448 105 if it doesn't come. Diolch!",
    pii: [
      ['PERSON', 'Rhodri'],
      ['PERSON', 'Emyr Pritchard'],
      ['DATE_OF_BIRTH', '11/05/1952'],
      ['MEDICAL_RECORD', 'G1180337'],
      ['PHONE', '01286 672 941'],
      ['PHONE', '07723 448 105'],
    ],
  },
  {
    text: "Customer: someone used my debit card at a petrol station in Leeds, I'm in Bristol!! £89.99 and £120.00\nAgent: So sorry Oluwaseun, I've frozen the card ending 3358. To order a new one, can you confirm your date of birth?\nCustomer: 22/11/1990\nAgent: Thanks. It'll go to 14 Greville Road, Bristol BS3 4QL, correct?\nCustomer: yes. and my online banking ID is oadeyemi90 if you need it\nAgent: No need, claim ref FRD-6610493 is open.",
    pii: [
      ['PERSON', 'Oluwaseun'],
      ['DATE_OF_BIRTH', '22/11/1990'],
      ['ADDRESS', '14 Greville Road, Bristol BS3 4QL'],
      ['USERNAME', 'oadeyemi90'],
    ],
  },
  {
    text: 'Lost my iPad Air (cellular) on bus 740 from Hongdae last night. IMEI 356728114093368, Apple ID tomas.vrba@icloud.com. Police need my ARC no. 930512-5184726 for the report, lost item receipt 2025-0588. Pls call +82 10 3391 8804 if anyone hands it in 🙏',
    pii: [
      ['IMEI', '356728114093368'],
      ['EMAIL', 'tomas.vrba@icloud.com'],
      ['FRN', '930512-5184726'],
      ['PHONE', '+82 10 3391 8804'],
    ],
  },
  {
    text: 'AGENT: Thanks for holding. Can I take your full name?\nCALLER: Siobhán Ní Bhriain. Siobhán with a fada on the second a.\nAGENT: Lovely. And your National Insurance number?\nCALLER: JT 48 93 17 C\nAGENT: Date of birth?\nCALLER: Thirtieth of January, nineteen eighty-eight.\nAGENT: And a number we can call you back on?\nCALLER: 07814 226 930, after half five is best.',
    pii: [
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['PERSON', 'Siobhán'],
      ['UK_NINO', 'JT 48 93 17 C'],
      ['DATE_OF_BIRTH', 'Thirtieth of January, nineteen eighty-eight'],
      ['PHONE', '07814 226 930'],
    ],
  },
  {
    text: "Got an email from 'Royal Mail' saying a parcel is held for £1.45 unpaid postage, link royalmail-redelivery-uk.info. I'm not expecting anything. Do I report it on the NCSC site or just delete it? Tracking no. on it was RM482913770GB lol",
    pii: [],
  },
  {
    text: 'Hi Grace, reminder from Dr Lindqvist: Ethan (DOB 03/03/2016) is booked for his check-up Tue 14 Oct at 3:45pm. Please bring his Medicaid card, ID 91844027B. Patient no. BS-20931. Reply C to confirm or R to reschedule.',
    pii: [
      ['PERSON', 'Grace'],
      ['PERSON', 'Lindqvist'],
      ['PERSON', 'Ethan'],
      ['DATE_OF_BIRTH', '03/03/2016'],
      ['HEALTH_INSURANCE', '91844027B'],
      ['MEDICAL_RECORD', 'BS-20931'],
    ],
  },
  {
    text: "Build 4.2.0-rc3 still throws a 504 on /reports when the CSV is over 50MB. Same stack trace as ticket #8812. Can we pin node to 18.19.1 until it's fixed?",
    pii: [],
  },
  {
    text: "lmaooo the fake @steamsupport_helpdesk dm'd me AGAIN asking for my login. for the record my acc is gh0stkn1ght_99 and no im not sending u my password. already changed it from Kestrel!2291 anyway so enjoy 💀",
    pii: [
      ['USERNAME', '@steamsupport_helpdesk'],
      ['USERNAME', 'gh0stkn1ght_99'],
      ['PASSWORD', 'Kestrel!2291'],
    ],
  },
  {
    text: "Customer: Your driver can't get into the building and he keeps calling my old number. New one is 010-2874-6619.\nCustomer: 공동현관 password is 2580, address 인천광역시 연수구 송도과학로 32, 108동 1502호\nAgent: 확인했습니다, I've added door code 2580 to order 2025031488120. Delivery tomorrow 9-12시.",
    pii: [
      ['PHONE', '010-2874-6619'],
      ['PASSWORD', '2580'],
      ['ADDRESS', '인천광역시 연수구 송도과학로 32, 108동 1502호'],
      ['PASSWORD', '2580'],
    ],
  },
  {
    text: 'Agent: Which account was taken over? I need the login ID, not the in-game name.\nCustomer: login is seulgi_2003kr, in game im SeulgiMain#KR1\nCustomer: they changed the email to xk.recover77@proton.me, mine was bae.seulgi03@naver.com\nAgent: Got it. What birthday did you register with?\nCustomer: 2003.08.19\nAgent: Thanks, ticket 5520-8817 is open. Check your Naver inbox within 24h.',
    pii: [
      ['USERNAME', 'seulgi_2003kr'],
      ['USERNAME', 'SeulgiMain#KR1'],
      ['EMAIL', 'xk.recover77@proton.me'],
      ['EMAIL', 'bae.seulgi03@naver.com'],
      ['DATE_OF_BIRTH', '2003.08.19'],
    ],
  },
  {
    text: 'Customer: Selling my 2021 Kia K5 to a coworker, VIN KNAG241A2M5087431, plate 157머 3304. He is American, does he need his passport?\nAgent: Yes, his passport and ARC, and the name must match the passport exactly.\nCustomer: ok passport 547193028, name MILLER JACOB THOMAS, ARC 880214-5937261\nAgent: Perfect. Transfer tax is about 7% of the 시가표준액, paid at the 차량등록사업소.',
    pii: [
      ['VIN', 'KNAG241A2M5087431'],
      ['VEHICLE_PLATE', '157머 3304'],
      ['PASSPORT', '547193028'],
      ['PERSON', 'MILLER JACOB THOMAS'],
      ['FRN', '880214-5937261'],
    ],
  },
  {
    text: "Hi Tomasz,\n\nGood news, referencing passed. Gerald (the landlord) wants the first month's rent of £1,425 straight to his account 71449302, sort code 40-11-62, ref FLAT2WILLOW. The deposit still comes to us.\n\nFor the DPS certificate I have your DOB as 14/06/1994, shout if that's wrong. Tenancy is for Flat 2, 18 Willow Grove, London E17 4PJ from Sat 3rd.\n\nMy mobile is 07911 556 204 if easier.\n\nBest,\nPriyanka",
    pii: [
      ['PERSON', 'Tomasz'],
      ['PERSON', 'Gerald'],
      ['BANK_ACCOUNT', '71449302'],
      ['DATE_OF_BIRTH', '14/06/1994'],
      ['ADDRESS', 'Flat 2, 18 Willow Grove, London E17 4PJ'],
      ['PHONE', '07911 556 204'],
      ['PERSON', 'Priyanka'],
    ],
  },
  {
    text: 'Re: PO 4500187732 - please issue the 세금계산서 to our BRN 214-86-39277 (corp. no. 110111-6029387), 대표자 Park Sang-hoon. Payment goes to your IBK account 531-044829-01-012 as on your vendor form. Finance contact: Lee Eun-ji, direct 02-3445-8810, mobile 010 8823 4471, eunji.lee@daon-precision.co.kr',
    pii: [
      ['BRN', '214-86-39277'],
      ['CRN', '110111-6029387'],
      ['PERSON', 'Park Sang-hoon'],
      ['BANK_ACCOUNT', '531-044829-01-012'],
      ['PERSON', 'Lee Eun-ji'],
      ['PHONE', '02-3445-8810'],
      ['PHONE', '010 8823 4471'],
      ['EMAIL', 'eunji.lee@daon-precision.co.kr'],
    ],
  },
  {
    text: 'Agent: Log in to the router page and read me the WAN IP and the router MAC.\nCustomer: WAN IP 58.229.143.86, MAC 9C-53-22-A1-0E-7F. wifi key on the sticker is hW7p9Kx2Lm\nAgent: Thanks. Now on the laptop run ipconfig /all\nCustomer: IPv4 192.168.0.23, physical address 3C-A9-F4-5B-11-D0\nAgent: DHCP looks fine, but firmware 1.0.14 is outdated, update to 1.2.3.',
    pii: [
      ['IP_ADDRESS', '58.229.143.86'],
      ['MAC_ADDRESS', '9C-53-22-A1-0E-7F'],
      ['PASSWORD', 'hW7p9Kx2Lm'],
      ['IP_ADDRESS', '192.168.0.23'],
      ['MAC_ADDRESS', '3C-A9-F4-5B-11-D0'],
    ],
  },
  {
    text: 'Dear Adaeze,\n\nThis confirms your antenatal booking with Dr. Okonkwo-Eze on Thursday 15 May, 9:30am. Please bring your HMO card (Enrollee ID HYG/2291/004817) and hospital number LH-OB-55120. We have your DOB as 04/08/1991.\n\nWarm regards\nFunmilayo Bakare (Mrs)\nPatient Relations, Lagoon Hospitals\nDirect: +234 1 271 8830 | WhatsApp 0809 441 2207\nf.bakare@lagoonhospitals.com',
    pii: [
      ['PERSON', 'Adaeze'],
      ['PERSON', 'Okonkwo-Eze'],
      ['HEALTH_INSURANCE', 'HYG/2291/004817'],
      ['MEDICAL_RECORD', 'LH-OB-55120'],
      ['DATE_OF_BIRTH', '04/08/1991'],
      ['PERSON', 'Funmilayo Bakare'],
      ['PHONE', '+234 1 271 8830'],
      ['PHONE', '0809 441 2207'],
      ['EMAIL', 'f.bakare@lagoonhospitals.com'],
    ],
  },
  {
    text: 'Customer: my Galaxy Tab S9 is stuck on One UI 6.1, is 7.0 coming?\nAgent: Yes, build X710XXU3BYD5 is scheduled for May in Korea, other regions after.\nCustomer: 그럼 the S Pen firmware too?\nAgent: That one updates automatically with the tablet.',
    pii: [],
  },
  {
    text: 'Called re OAS/GIS. Client Harjit Kaur Sandhu, SIN 527 318 646, DOB 1959-11-04. Spouse Baldev Sandhu (SIN 619-408-271) applying too. DD to RBC, transit 05422, inst 003, acct 5098831. Callback 905-791-4420 after 2pm. Mailed form ISP-3550, case 2025-OAS-77410.',
    pii: [
      ['PERSON', 'Harjit Kaur Sandhu'],
      ['CA_SIN', '527 318 646'],
      ['DATE_OF_BIRTH', '1959-11-04'],
      ['PERSON', 'Baldev Sandhu'],
      ['CA_SIN', '619-408-271'],
      ['BANK_ACCOUNT', '5098831'],
      ['PHONE', '905-791-4420'],
    ],
  },
];
