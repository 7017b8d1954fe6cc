// English support chats, SMS, e-mails and call notes with people's names and other personal values (round 8, set B), written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundEightConversationsB: readonly IndependentText[] = [
  {
    text: "Hi Tomasz, it's Gemma at Riverside Vets 🐾 Biscuit's booster is overdue (last done Mar 2024). Reply BOOK or call reception. If Agnieszka is bringing him in, pls ask her to bring the blue vaccination card. Ref PET-20931",
    pii: [
      ['PERSON', 'Tomasz'],
      ['PERSON', 'Gemma'],
      ['PERSON', 'Agnieszka'],
    ],
  },
  {
    text: "Customer: hey I want to freeze my membership, having knee surgery on the 14th\nAgent: Sorry to hear that! Can I grab your member number and DOB?\nCustomer: PG-0048817, dob 22/11/1993. name's Callum Fraser-Boyd\nAgent: Thanks Callum, frozen from 14 May for up to 3 months, no fee. Feel better!",
    pii: [
      ['DATE_OF_BIRTH', '22/11/1993'],
      ['PERSON', 'Callum Fraser-Boyd'],
      ['PERSON', 'Callum'],
    ],
  },
  {
    text: "Customer: 안녕하세요, I'm moving out of the officetel next month. Landlord 박정호 says the deposit goes back to my Shinhan 110-482-915736, 맞죠?\nAgent: Yes, once the 관리비 is settled. Final meter reading is on the 30th.\nCustomer: ok thx, pls tell Sunhee at the 부동산 too",
    pii: [
      ['PERSON', '박정호'],
      ['BANK_ACCOUNT', '110-482-915736'],
      ['PERSON', 'Sunhee'],
    ],
  },
  {
    text: "AGENT: Motor claims, you're speaking with Declan. Can I take the policy number?\nCALLER: It's HM-77120394. The car's in my husband's name, Kwabena Asante, but I was driving.\nAGENT: And the registration?\nCALLER: LK19 XWP.\nAGENT: Thanks Mrs Asante. Anyone injured?\nCALLER: No, just the rear bumper.",
    pii: [
      ['PERSON', 'Declan'],
      ['PERSON', 'Kwabena Asante'],
      ['VEHICLE_PLATE', 'LK19 XWP'],
      ['PERSON', 'Asante'],
    ],
  },
  {
    text: 'Agent: 외국인등록번호 please, for the phone contract\nCustomer: 960314-5827140, name on ARC is PHAM VAN DUC\nAgent: Thanks Mr Pham, the Galaxy A35 plan is 33,000원/month for 24 months, 개통 today.',
    pii: [
      ['FRN', '960314-5827140'],
      ['PERSON', 'PHAM VAN DUC'],
      ['PERSON', 'Pham'],
    ],
  },
  {
    text: "Hi Mrs Delacroix,\n\nJust to let you know Noémie and her friend Priya were collected today by Noémie's grandad. He gave his name as Étienne and knew the pickup password, but he isn't on our list yet. Could you add him via the parent portal (parents.stmarksprimary.org.uk)?\n\nThanks,\nMr Oduya\nYear 3",
    pii: [
      ['PERSON', 'Delacroix'],
      ['PERSON', 'Noémie'],
      ['PERSON', 'Priya'],
      ['PERSON', 'Noémie'],
      ['PERSON', 'Étienne'],
      ['PERSON', 'Oduya'],
    ],
  },
  {
    text: 'Customer: will the Ioniq 5 charge on a 7kW wallbox overnight?\nAgent: Yes, 10-100% takes about 11h 50m at 7.2kW. On a 350kW DC charger 10-80% is ~18 min.\nCustomer: sweet, booking the test drive for Sat 10:30 then',
    pii: [],
  },
  {
    text: 'Agent: For the e-visa I need your passport number exactly as printed.\nCustomer: C4821390, surname NGUYEN, given names THI HONG NHUNG\nAgent: And date of birth?\nCustomer: 04 MAR 1996\nAgent: Thank you Ms Nguyen, application EV-2025-118374 is submitted. Fee is $25.',
    pii: [
      ['PASSPORT', 'C4821390'],
      ['PERSON', 'NGUYEN'],
      ['PERSON', 'THI HONG NHUNG'],
      ['DATE_OF_BIRTH', '04 MAR 1996'],
      ['PERSON', 'Nguyen'],
    ],
  },
  {
    text: "hi it's Marisol from Rivera Tax — for ur mom's return I still need her ITIN, is it 912-78-4436? and Jorge's SSN ends 0192 right? need the full one, call me 956-318-2274 not the office line",
    pii: [
      ['PERSON', 'Marisol'],
      ['US_ITIN', '912-78-4436'],
      ['PERSON', 'Jorge'],
      ['PHONE', '956-318-2274'],
    ],
  },
  {
    text: "Hi Siobhan,\n\nWelcome aboard! Payroll still need your NI number and bank details before the 25th cut-off, so reply here or pop them in Workday.\n\nYour buddy for the first month is Gareth Llewellyn (Ops) — he'll meet you at reception at 9 on Monday.\n\nCheers,\nFatima\nPeople Team",
    pii: [
      ['PERSON', 'Siobhan'],
      ['PERSON', 'Gareth Llewellyn'],
      ['PERSON', 'Fatima'],
    ],
  },
  {
    text: "Hi Fatima, NI no. is JT 48 21 97 B, Nationwide account 31926819 sort code 07-04-36. Tell Gareth I'll be there for 9! Siobhan x",
    pii: [
      ['PERSON', 'Fatima'],
      ['UK_NINO', 'JT 48 21 97 B'],
      ['BANK_ACCOUNT', '31926819'],
      ['PERSON', 'Gareth'],
      ['PERSON', 'Siobhan'],
    ],
  },
  {
    text: "[14:02] Hyejin: 선생님 can I move my scaling appt to next Thurs?\n[14:05] Dr. Moon's office: Sure, 3:30pm ok? Pls bring your 건강보험증, the number we have looks old\n[14:06] Hyejin: oh right, it's 5-2281947310 now\n[14:06] Hyejin: chart no. D-20417 if u need",
    pii: [
      ['PERSON', 'Hyejin'],
      ['PERSON', 'Moon'],
      ['PERSON', 'Hyejin'],
      ['HEALTH_INSURANCE', '5-2281947310'],
      ['PERSON', 'Hyejin'],
      ['MEDICAL_RECORD', 'D-20417'],
    ],
  },
  {
    text: "Customer: someone logged into my Upbit account from 91.208.44.173, not me!!\nAgent: Thanks Donghyun, we've locked the account. Did you share your API key anywhere?\nCustomer: only with a trading bot... it started with kx9P\nAgent: Please revoke it in Open API settings. Ticket #UB-552018.",
    pii: [
      ['IP_ADDRESS', '91.208.44.173'],
      ['PERSON', 'Donghyun'],
    ],
  },
  {
    text: "Girls!! seating plan v3 attached. Aunty Funmilayo is NOT next to Uncle Tunde this time 😂 Kemi & Zainab on the welcome table. Caterer wants final numbers by Fri — 142 guests incl 9 veg. Any q's ring me 07931 446 208 xx Ronke",
    pii: [
      ['PERSON', 'Funmilayo'],
      ['PERSON', 'Tunde'],
      ['PERSON', 'Kemi'],
      ['PERSON', 'Zainab'],
      ['PHONE', '07931 446 208'],
      ['PERSON', 'Ronke'],
    ],
  },
  {
    text: "Customer: Leaving for another network, need my PAC\nAgent: No problem. Is this for 07818 302 559?\nCustomer: yes, account's under my dad Rajesh Menon tho\nAgent: Then I'll text the PAC to the account holder. It's valid 30 days and there's no exit fee after month 24.",
    pii: [
      ['PHONE', '07818 302 559'],
      ['PERSON', 'Rajesh Menon'],
    ],
  },
  {
    text: 'Halfords Autocentre: your MOT is booked for Tue 09:15, bay 2. Quote Q-77318 £54.85 + any parts. Reply C to cancel.',
    pii: [],
  },
  {
    text: 'Call notes 11:42 — Spoke to Mr Haruto Sasaki, 22 Kirkstall Mews, Leeds LS5 3HT, re smart meter fault. MPAN 19 1200 0483 2210 7, meter serial 21L4417783. IHD blank since Sun. Engineer Priti booked 3 Jun AM. Callback 0113 496 0871 (home).',
    pii: [
      ['PERSON', 'Haruto Sasaki'],
      ['ADDRESS', '22 Kirkstall Mews, Leeds LS5 3HT'],
      ['PERSON', 'Priti'],
      ['PHONE', '0113 496 0871'],
    ],
  },
  {
    text: "Hi it's Lorraine on ward 7B. Your mum Dorothy Pemberton is ready for discharge after 2pm. Her MRN is RX0093418 if the GP asks. Meds: Apixaban 5mg BD, Bisoprolol 2.5mg OD. Please bring her coat, it's cold out! 🙂",
    pii: [
      ['PERSON', 'Lorraine'],
      ['PERSON', 'Dorothy Pemberton'],
      ['MEDICAL_RECORD', 'RX0093418'],
    ],
  },
  {
    text: "hi is the IKEA MALM still available? my name is 이수빈 (Subin). can you deliver to 서울특별시 마포구 월드컵북로12길 33, 201호? I'll add 5,000원 for gas, so 40,000원 total ok?",
    pii: [
      ['PERSON', '이수빈'],
      ['PERSON', 'Subin'],
      ['ADDRESS', '서울특별시 마포구 월드컵북로12길 33, 201호'],
    ],
  },
  {
    text: 'Dear Mr Abernathy-Kaur,\n\nThank you for the signed TR1. Completion on 27 June remains on track. The balance of £38,412.50 is due 2 working days before — our client account details were sent by post and we will NEVER change them by email.\n\nKind regards\n\nHelena Szymańska\nAssociate, Residential Conveyancing\nDirect: 0161 823 4409\nhelena.szymanska@brookfieldlaw.co.uk',
    pii: [
      ['PERSON', 'Abernathy-Kaur'],
      ['PERSON', 'Helena Szymańska'],
      ['PHONE', '0161 823 4409'],
      ['EMAIL', 'helena.szymanska@brookfieldlaw.co.uk'],
    ],
  },
  {
    text: 'Customer: adding my daughter to the booking, ref 6KQ2ZT\nAgent: Sure. Full name as on passport, DOB and passport no. please\nCustomer: Léa Martin-Dubois, 09/04/2016, passport 19AV48211 (French)\nAgent: Thanks! Child fare difference is €84 on AF1481 CDG-LHR, 2 Aug.',
    pii: [
      ['PERSON', 'Léa Martin-Dubois'],
      ['DATE_OF_BIRTH', '09/04/2016'],
      ['PASSPORT', '19AV48211'],
    ],
  },
  {
    text: "Agent: I've reset it. Temp password is Spring#2025-qx, you'll be asked to change it at login.\nUser: thanks. username still j.okafor2?\nAgent: Yep. Also Julie from Finance says pls don't send the VPN config over Teams.\nUser: noted. my laptop MAC is 3C:22:FB:91:0E:7D if you need to whitelist it",
    pii: [
      ['PASSWORD', 'Spring#2025-qx'],
      ['USERNAME', 'j.okafor2'],
      ['PERSON', 'Julie'],
      ['MAC_ADDRESS', '3C:22:FB:91:0E:7D'],
    ],
  },
  {
    text: "Customer: I think I typed my card into a fake DHL page 🤦‍♀️ 5355 8102 4476 9016, exp 08/27 and the 3 digits 418\nAgent: Thank you Aaliyah, I've cancelled that card and the £1.99 'redelivery fee' is blocked. New card in 5-7 working days.",
    pii: [
      ['CREDIT_CARD', '5355 8102 4476 9016'],
      ['CARD_EXPIRY', '08/27'],
      ['CARD_CVV', '418'],
      ['PERSON', 'Aaliyah'],
    ],
  },
  {
    text: "Reminder: St Columba's food bank needs tinned veg & nappies (size 4-5) this week. Drop-off Sat 10-12 at the church hall, 14 volunteers signed up so far. Thank you all 🙏",
    pii: [],
  },
  {
    text: 'Hey Mrs. Tremblay, Olivier did great on the chem unit test (84%)! For the SAT prep site I made him the login otremblay_sci, temp pw Maple!9921 — he should change it. Next session Thu 4:15 at the Côte-des-Neiges library. – Anjali',
    pii: [
      ['PERSON', 'Tremblay'],
      ['PERSON', 'Olivier'],
      ['USERNAME', 'otremblay_sci'],
      ['PASSWORD', 'Maple!9921'],
      ['PERSON', 'Anjali'],
    ],
  },
];
