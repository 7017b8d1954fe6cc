// English conversations for round 17, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundSeventeenConversationsB: readonly IndependentText[] = [
  {
    text: 'Park So-yeon here again 😅 언니 관리비 나왔어, 38,400원 each. I already paid 전기 from my 신한 110-482-739105 so send your half to 카카오뱅크 3333-07-5512846 (NOT the 신한 one). 집주인 아저씨 number is 010-8824-3310 if the boiler dies again',
    pii: [
      ['PERSON', 'Park So-yeon'],
      ['BANK_ACCOUNT', '110-482-739105'],
      ['BANK_ACCOUNT', '3333-07-5512846'],
      ['PHONE', '010-8824-3310'],
    ],
  },
  {
    text: "Customer: does the Galaxy Watch7 take the same straps as my Watch5?\nAgent: Yes, both use 20mm quick-release bands, so the ET-SFR94 sport band fits either.\nCustomer: even the 44mm one?\nAgent: Yep, 40mm and 44mm are both 20mm. It's £39 on the site.",
    pii: [],
  },
  {
    text: 'Nurse triage 06:52: caller is daughter (Kerry) of Loretta Fairweather, DOB 14/02/1938, UR 0338127, Medicare 4127 39051 2. Fall in bathroom ~0630, no LOC, R wrist swollen/deformed, on apixaban. Callback 0417 552 908. Advised ED via ambulance, 000 already called by family. Previously Ward 4B bed 12.',
    pii: [
      ['PERSON', 'Kerry'],
      ['PERSON', 'Loretta Fairweather'],
      ['DATE_OF_BIRTH', '14/02/1938'],
      ['MEDICAL_RECORD', '0338127'],
      ['HEALTH_INSURANCE', '4127 39051 2'],
      ['PHONE', '0417 552 908'],
    ],
  },
  {
    text: "Hi, Nkechi from the PTA again! If I don't pick up try my work line 617 832 4470 ext 215, or my husband Tunde 857-204-6613. Bake sale money to Venmo @nkechi-adeyemi-4 pls, tickets $5",
    pii: [
      ['PERSON', 'Nkechi'],
      ['PHONE', '617 832 4470'],
      ['PERSON', 'Tunde'],
      ['PHONE', '857-204-6613'],
      ['USERNAME', '@nkechi-adeyemi-4'],
    ],
  },
  {
    text: "Customer: I want to move my daughter's line onto my family plan. Her name is Seo Ji-an, 010-3178-2264\nAgent: Sure. I'll need her 주민번호 and the account holder's mobile.\nCustomer: hers is 060914-4218531, mine is 010 9902 4415\nAgent: Thank you Mrs Kwak. The account is under Kwak Eun-hee, correct?\nCustomer: yes that's me",
    pii: [
      ['PERSON', 'Seo Ji-an'],
      ['PHONE', '010-3178-2264'],
      ['RRN', '060914-4218531'],
      ['PHONE', '010 9902 4415'],
      ['PERSON', 'Kwak'],
      ['PERSON', 'Kwak Eun-hee'],
    ],
  },
  {
    text: "Agent: Morning! Booking ref?\nCustomer: HRZ-703316, under Callaghan\nAgent: Got it, Brodie. Licence number and state for the hire agreement?\nCustomer: Queensland, 083 174 552\nAgent: And DOB as it is on the licence?\nCustomer: 21/11/1996\nAgent: Best mobile in case the car's held up?\nCustomer: 0423 618 097\nAgent: Ta. $500 bond goes on the card at pickup, released 7-10 business days after return.",
    pii: [
      ['PERSON', 'Callaghan'],
      ['PERSON', 'Brodie'],
      ['DRIVER_LICENSE', '083 174 552'],
      ['DATE_OF_BIRTH', '21/11/1996'],
      ['PHONE', '0423 618 097'],
    ],
  },
  {
    text: "Customer: Can I send my rent to my landlord in Spain from my account?\nAgent: Yes, through International Payments in the app. You'll need his IBAN and the name on the account.\nCustomer: ES23 0081 0216 7300 0614 8923, name is Javier Montoya Ruiz\nAgent: Great. And which account is it going from?\nCustomer: the savings one, 30941157. Sorry, 30941175\nAgent: No worries. €850 is about £724.10 at today's rate, plus a £5 fee.\nCustomer: cheers",
    pii: [
      ['IBAN', 'ES23 0081 0216 7300 0614 8923'],
      ['PERSON', 'Javier Montoya Ruiz'],
      ['BANK_ACCOUNT', '30941157'],
      ['BANK_ACCOUNT', '30941175'],
    ],
  },
  {
    text: 'Jiwoo-ya 엄마 is sending 김장김치 10kg tomorrow, is your address still 서울특별시 마포구 월드컵북로 396, 1203호? she has your number as 010-4471-8820 but I told her you changed it to 010-3356-9127?? 운송장 번호 6089 2241 7735 btw',
    pii: [
      ['PERSON', 'Jiwoo'],
      ['ADDRESS', '서울특별시 마포구 월드컵북로 396, 1203호'],
      ['PHONE', '010-4471-8820'],
      ['PHONE', '010-3356-9127'],
    ],
  },
  {
    text: "Hello, it's Gareth from Heol Fawr Surgery with a message for Mrs Eleri Pugh, date of birth 09/04/1952. Could you ring me direct on 01792 814 306 to book your B12 injection? Please quote patient number 6643918. Diolch!",
    pii: [
      ['PERSON', 'Gareth'],
      ['PERSON', 'Eleri Pugh'],
      ['DATE_OF_BIRTH', '09/04/1952'],
      ['PHONE', '01792 814 306'],
      ['MEDICAL_RECORD', '6643918'],
    ],
  },
  {
    text: "Customer: there's a £12.99 payment to DISNEYPLUS I don't recognise, card ending 3308\nAgent: Thanks Callum, I've frozen that card for now. To raise a dispute can you confirm your date of birth?\nCustomer: 14.02.88\nAgent: Perfect. And the mobile we'd text the one-time code to is 07853 220 914?\nCustomer: yes but I've got a new one now, 07412 608 335\nAgent: Updated. For security, characters 2 and 5 of your passcode please.\nCustomer: R and 7",
    pii: [
      ['PERSON', 'Callum'],
      ['DATE_OF_BIRTH', '14.02.88'],
      ['PHONE', '07853 220 914'],
      ['PHONE', '07412 608 335'],
    ],
  },
  {
    text: 'Lost my iPad Air at Incheon T2 yesterday near gate 253. Serial DMPXK4H2Q1GC, IMEI 35 882109 441276 1, SIM ICCID 8982 3012 2405 1176 6583. Lost & found ref LF-250311-88. Please lock it and contact me on +82 10 4128 9907 or mikaela.rosen@outlook.com',
    pii: [
      ['IMEI', '35 882109 441276 1'],
      ['ICCID', '8982 3012 2405 1176 6583'],
      ['PHONE', '+82 10 4128 9907'],
      ['EMAIL', 'mikaela.rosen@outlook.com'],
    ],
  },
  {
    text: "AGENT: Thanks for holding. Can I have your membership number?\nCALLER: It's 40917732-02.\nAGENT: Lovely. And the name on the policy?\nCALLER: Siobhán Ní Bhriain. On the card it might still say Siobhan O'Brien, I changed it back last year.\nAGENT: And your date of birth?\nCALLER: Twenty-third of March, nineteen eighty-six.\nAGENT: And a contact number in case we're cut off?\nCALLER: 087 229 4161.",
    pii: [
      ['HEALTH_INSURANCE', '40917732-02'],
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['PERSON', "Siobhan O'Brien"],
      ['DATE_OF_BIRTH', 'Twenty-third of March, nineteen eighty-six'],
      ['PHONE', '087 229 4161'],
    ],
  },
  {
    text: "Got an email from 'Royal Mail' saying my parcel is on hold and I need to pay a £1.45 redelivery fee at royalmail-redelivery-uk.info. It gives tracking RM 4882 1763 GB. I'm not expecting anything, is this real?",
    pii: [],
  },
  {
    text: 'Elmwood Paediatrics: Hi Mrs Ferreira, Dr Lindqvist would like to review Tomás (DOB 22/01/2018, chart EP-058214) on 04/10 at 9:40. Reply C to confirm, or ring Nadia direct on 0161 238 7715. Appt ref 7731.',
    pii: [
      ['PERSON', 'Ferreira'],
      ['PERSON', 'Lindqvist'],
      ['PERSON', 'Tomás'],
      ['DATE_OF_BIRTH', '22/01/2018'],
      ['MEDICAL_RECORD', 'EP-058214'],
      ['PERSON', 'Nadia'],
      ['PHONE', '0161 238 7715'],
    ],
  },
  {
    text: 'Build 3.12.4 fails on staging again, E4012 on any upload over 25 MB. Started after the 10:45 deploy, ticket #88213. Can someone check client_max_body_size in the nginx config?',
    pii: [],
  },
  {
    text: "Boarding now, UA 1782 lands Newark 9:15pm. New number btw +1 (929) 441-0862, the old 646 one is dead. If I don't pick up hit my sister Keisha 646-283-9051. Venmo me for the Uber @marcus-okafor-3 😂 – Marcus",
    pii: [
      ['PHONE', '+1 (929) 441-0862'],
      ['PERSON', 'Keisha'],
      ['PHONE', '646-283-9051'],
      ['USERNAME', '@marcus-okafor-3'],
      ['PERSON', 'Marcus'],
    ],
  },
  {
    text: '@mods can you blur my screenshot in the Order Issues thread 🙏 it shows my email jess.tremblay92@yahoo.ca and my cell 514-882-0476. order #CA-55201 if that helps, my username here is jesst_92 (used to be jtremblay)',
    pii: [
      ['EMAIL', 'jess.tremblay92@yahoo.ca'],
      ['PHONE', '514-882-0476'],
      ['USERNAME', 'jesst_92'],
      ['USERNAME', 'jtremblay'],
    ],
  },
  {
    text: "Customer: My order still hasn't come, tracking 4512 8830 2196. Address is 인천광역시 연수구 송도과학로 16, 301동 708호, receiver 탁지현 010-7725-3140\nAgent: 확인해보겠습니다. It shows out for delivery, the driver will call before 6pm.\nCustomer: if I miss it call my husband 010 4418 2207, he's home",
    pii: [
      ['ADDRESS', '인천광역시 연수구 송도과학로 16, 301동 708호'],
      ['PERSON', '탁지현'],
      ['PHONE', '010-7725-3140'],
      ['PHONE', '010 4418 2207'],
    ],
  },
  {
    text: 'me and my little brother Chidubem share a birthday 🎂 me 14 Aug 1998, him 14 Aug 2003, so ifeoma is hosting a joint party AGAIN. jollof attempt no. 4 loading… follow @ifeoma.cooks for the damage',
    pii: [
      ['PERSON', 'Chidubem'],
      ['DATE_OF_BIRTH', '14 Aug 1998'],
      ['DATE_OF_BIRTH', '14 Aug 2003'],
      ['PERSON', 'ifeoma'],
      ['USERNAME', '@ifeoma.cooks'],
    ],
  },
  {
    text: 'Customer: i got hacked on maplestory, someone changed my id to xXshadowXx77\nAgent: Sorry to hear that. What was the original ID and email?\nCustomer: mingyu_0927 and kmg0927@naver.com\nAgent: For verification please confirm your birthday and the phone number on the account.\nCustomer: 2005.09.27, 010-5517-9024\nAgent: Thank you. Ticket #NX-3318402 is open, we will reply within 48 hours.',
    pii: [
      ['USERNAME', 'xXshadowXx77'],
      ['USERNAME', 'mingyu_0927'],
      ['EMAIL', 'kmg0927@naver.com'],
      ['DATE_OF_BIRTH', '2005.09.27'],
      ['PHONE', '010-5517-9024'],
    ],
  },
  {
    text: "Customer: I'm selling my Kia K5 to a dealer in Suwon, 차량번호 157가 3904, VIN KNAE341A3PA203817. They want a photo of my 면허증 (11-19-338201-60) and my 주민번호 880421-1523719 on KakaoTalk for the 이전등록. Is that normal?\nAgent: They do need ID for the transfer, but we'd recommend showing it in person rather than sending photos.",
    pii: [
      ['VEHICLE_PLATE', '157가 3904'],
      ['VIN', 'KNAE341A3PA203817'],
      ['DRIVER_LICENSE', '11-19-338201-60'],
      ['RRN', '880421-1523719'],
    ],
  },
  {
    text: 'Hi Tom,\n\nQuick one before I send the tenancy agreement over for Flat 3, 41 Cranbrook Road, London E17 9PL. I have the lead tenant as Oluwaseun Bakare, DOB 07/12/1993, passport no. 548830217 (checked against the original on Tuesday). The £415 holding deposit came from sort code 20-45-77, account 61445290. Is that the account the rent will come from too?\n\nViewing ref WL-2207 if you need it. Call me on 07961 305 882 if easier.\n\nKind regards,\nImogen Hartley-Shaw\nLettings Negotiator',
    pii: [
      ['PERSON', 'Tom'],
      ['ADDRESS', 'Flat 3, 41 Cranbrook Road, London E17 9PL'],
      ['PERSON', 'Oluwaseun Bakare'],
      ['DATE_OF_BIRTH', '07/12/1993'],
      ['PASSPORT', '548830217'],
      ['BANK_ACCOUNT', '61445290'],
      ['PHONE', '07961 305 882'],
      ['PERSON', 'Imogen Hartley-Shaw'],
    ],
  },
  {
    text: "언니 새 번호야!! 010-6624-1138 📱 the old one 010-2283-5570 is 해지됨 so don't text it lol. 인스타도 바꿨어 → @hana.bakes_ 🍰 다음주 coffee?",
    pii: [
      ['PHONE', '010-6624-1138'],
      ['PHONE', '010-2283-5570'],
      ['USERNAME', '@hana.bakes_'],
    ],
  },
  {
    text: 'Customer: does Unlimited Plus include hotspot?\nAgent: Yes, 50GB of high-speed hotspot a month, then it drops to 3 Mbps.\nCustomer: and calling Mexico?\nAgent: Calls and texts to Mexico and Canada are included.\nCustomer: ok switch me when my cycle ends on the 15th\nAgent: Done, the change is scheduled for 06/15. Order # 7720-118453.',
    pii: [],
  },
  {
    text: 'Hi, please update our payment details for the Q3 invoices: 기업은행 482-071193-01-015, 예금주 (주)다온솔루션. Business reg. no. 214-87-03359. For the 세금계산서 contact 경리팀 Kim Soo-ah, direct 02-3452-7781 or soo-ah.kim@daonsol.co.kr. PO-2025-0419 total ₩4,620,000 VAT incl.',
    pii: [
      ['BANK_ACCOUNT', '482-071193-01-015'],
      ['BRN', '214-87-03359'],
      ['PERSON', 'Kim Soo-ah'],
      ['PHONE', '02-3452-7781'],
      ['EMAIL', 'soo-ah.kim@daonsol.co.kr'],
    ],
  },
];
