// English conversations for round 17, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundSeventeenConversationsA: readonly IndependentText[] = [
  {
    text: "hey it's Jarrah 🙃 phone carked it at the beach, use 0401 662 938 til fri or Mum's landline (07) 3847 2291. tell Bree the bbq is still on sat 6pm",
    pii: [
      ['PERSON', 'Jarrah'],
      ['PHONE', '0401 662 938'],
      ['PHONE', '(07) 3847 2291'],
      ['PERSON', 'Bree'],
    ],
  },
  {
    text: "Hi Funmilayo,\n\nThanks for the call this morning. As requested, here are my details for payroll and the HMO enrolment:\n\nAccount name: Chukwuemeka Obi\nBank: Zenith Bank, acct 2087451396\nDate of birth: 22/09/1990\nHome address: Flat 4, 12 Bode Thomas Street, Surulere, Lagos\n\nI understand the first salary (₦850,000 gross) runs on 25 March. I'll bring the originals on Monday.\n\nKind regards,\nChukwuemeka Obi\n+234 806 227 9143 | emeka.obi90@outlook.com",
    pii: [
      ['PERSON', 'Funmilayo'],
      ['PERSON', 'Chukwuemeka Obi'],
      ['BANK_ACCOUNT', '2087451396'],
      ['DATE_OF_BIRTH', '22/09/1990'],
      ['ADDRESS', 'Flat 4, 12 Bode Thomas Street, Surulere, Lagos'],
      ['PERSON', 'Chukwuemeka Obi'],
      ['PHONE', '+234 806 227 9143'],
      ['EMAIL', 'emeka.obi90@outlook.com'],
    ],
  },
  {
    text: "hiya, it's Morag Dunlop, D-U-N-L-O-P, I'm phoning about my mum's electric, she passed away last month and I need to close the account, her name was Agnes Dunlop, date of birth second of May nineteen thirty-nine, the meter reading today is 48213, and you can get me on oh seven eight one two, three three four, nine oh one, sorry, I'm a bit all over the place",
    pii: [
      ['PERSON', 'Morag Dunlop'],
      ['PERSON', 'Agnes Dunlop'],
      ['DATE_OF_BIRTH', 'second of May nineteen thirty-nine'],
      ['PHONE', 'oh seven eight one two, three three four, nine oh one'],
    ],
  },
  {
    text: 'Customer: hi, 주문 취소 가능해요? I ordered 2 boxes of the 홍삼 stick (SKU HS-240-30) yesterday, order KR-20250609-0215\nAgent: 네 고객님! It has not shipped yet so I can cancel now. ₩89,000 will be refunded in 3-5 business days.\nCustomer: 감사합니다 🙏 can i reorder the 60-stick box later?\nAgent: Of course, it is back in stock from 20 June.',
    pii: [],
  },
  {
    text: "Customer: My card keeps getting declined paying the electric bill online, $217.40. Card 5412 7534 9021 6673, exp 09/27, security code 318\nAgent: Thank you, Ms. Okonkwo-Reyes. Please never share the security code in chat, I've noted it for this session only. The decline was code 05 from our fraud filter. Can I text a code to the mobile on file ending 44?\nCustomer: that's my old phone, it's (469) 802-3375 now\nAgent: Updated. I've approved the merchant, ticket CS-4418027. Please retry the payment.",
    pii: [
      ['CREDIT_CARD', '5412 7534 9021 6673'],
      ['CARD_EXPIRY', '09/27'],
      ['CARD_CVV', '318'],
      ['PERSON', 'Okonkwo-Reyes'],
      ['PHONE', '(469) 802-3375'],
    ],
  },
  {
    text: "Agent: I can submit the unlock request for you. Can you confirm the account holder's name and date of birth?\nCustomer: Renata Sokolowski, 11/03/1987\nAgent: Thanks Renata. And the account PIN?\nCustomer: 5183. oh wait I changed it in April, it's 5813\nAgent: That matches. Last thing, dial *#06# and read me the IMEI.\nCustomer: 35 209611 482907 2\nAgent: Done. Request UNL-4482019 for the line 773-208-4416, you'll get an email within 2 business days.",
    pii: [
      ['PERSON', 'Renata Sokolowski'],
      ['DATE_OF_BIRTH', '11/03/1987'],
      ['PERSON', 'Renata'],
      ['PASSWORD', '5183'],
      ['PASSWORD', '5813'],
      ['IMEI', '35 209611 482907 2'],
      ['PHONE', '773-208-4416'],
    ],
  },
  {
    text: "Pt Chiamaka Nwosu, DOB 04/11/1962, hosp no. LUTH/0371552, NHIS 10428837-01, rang re: home BP 168/98 x3 days on amlodipine 5mg. No chest pain/headache. Advised increase to 10mg per Dr's plan, recheck Fri clinic 10am. Husband Emeka on 0813 447 2086 (alt 0705 991 3318). Discussed with Dr Folake Adeyemi.",
    pii: [
      ['PERSON', 'Chiamaka Nwosu'],
      ['DATE_OF_BIRTH', '04/11/1962'],
      ['MEDICAL_RECORD', 'LUTH/0371552'],
      ['HEALTH_INSURANCE', '10428837-01'],
      ['PERSON', 'Emeka'],
      ['PHONE', '0813 447 2086'],
      ['PHONE', '0705 991 3318'],
      ['PERSON', 'Folake Adeyemi'],
    ],
  },
  {
    text: "Anyone else getting the 'Check 12V battery' warning on a 2022 Ioniq 5 after the ICCU update? Dealer in Brampton replaced the fuse (part 37514-GI000) and it's back after 3 days. RO 448210, 31,400 km on the clock, firmware 1.1.2.",
    pii: [],
  },
  {
    text: "Customer: Hi, I need to add my daughter to booking ZK4TRN, EK0022 Manchester to Dubai on 3 Sept\nAgent: Certainly. Her name exactly as in the passport, date of birth and passport number please.\nCustomer: HOLLOWAY-SINGH, AMARA PRIYA, born 17 Jan 2014, passport 561204873\nAgent: Thank you. And the expiry?\nCustomer: 09/2029. oh and mine got renewed too, new number is 132948571\nAgent: Updated both. Fare difference is £0 as she's on the family fare.",
    pii: [
      ['PERSON', 'HOLLOWAY-SINGH, AMARA PRIYA'],
      ['DATE_OF_BIRTH', '17 Jan 2014'],
      ['PASSPORT', '561204873'],
      ['PASSPORT', '132948571'],
    ],
  },
  {
    text: 'Dear Rohan,\n\nThank you for confirming your availability. Your technical round is scheduled for Thursday, 12 June at 11:00 AM IST (Teams link to follow). Candidate ID: ITS-CND-20931.\n\nKindly verify the details we have on file and reply if anything is incorrect:\nName: Rohan Suresh Kulkarni\nDOB: 08/02/1996\nMobile: 99204 61735\nPersonal email: rohan.kulkarni96@gmail.com\n\nRegards,\nMeenakshi Sundaram\nTalent Acquisition, InfoTrek Solutions\nM: +91 94441 70268 | Helpdesk: 1800 425 7799',
    pii: [
      ['PERSON', 'Rohan'],
      ['PERSON', 'Rohan Suresh Kulkarni'],
      ['DATE_OF_BIRTH', '08/02/1996'],
      ['PHONE', '99204 61735'],
      ['EMAIL', 'rohan.kulkarni96@gmail.com'],
      ['PERSON', 'Meenakshi Sundaram'],
      ['PHONE', '+91 94441 70268'],
    ],
  },
  {
    text: "Customer: hi, moving into 3/58 Campbell Pde, Bondi Beach NSW 2026 on 1 July, need the power connected. Siobhan Tran, DOB 19/04/1993, mob 0422 781 056\nAgent: Thanks Siobhan! For ID I'll need your driver licence number please.\nCustomer: NSW licence 14392807\nAgent: Perfect. Connection is booked for 1 July, fee is $43.10 and the meter NMI is 4102883017.",
    pii: [
      ['ADDRESS', '3/58 Campbell Pde, Bondi Beach NSW 2026'],
      ['PERSON', 'Siobhan Tran'],
      ['DATE_OF_BIRTH', '19/04/1993'],
      ['PHONE', '0422 781 056'],
      ['PERSON', 'Siobhan'],
      ['DRIVER_LICENSE', '14392807'],
    ],
  },
  {
    text: 'Hello, this is Lee Seo-yeon (이서연). My order no. 1138-5520-77 still not arrive after 9 days. Please deliver to 부산광역시 해운대구 센텀중앙로 97, 105동 2203호, not my old address. My phone 010-4827-1193, if no answer please call my husband Choi Dong-hyun 010 7702 5568. Thank you so much',
    pii: [
      ['PERSON', 'Lee Seo-yeon'],
      ['PERSON', '이서연'],
      ['ADDRESS', '부산광역시 해운대구 센텀중앙로 97, 105동 2203호'],
      ['PHONE', '010-4827-1193'],
      ['PERSON', 'Choi Dong-hyun'],
      ['PHONE', '010 7702 5568'],
    ],
  },
  {
    text: "Customer: whats the routing number for direct deposit? my new job needs it by friday\nAgent: For accounts opened in Texas it's 111000614. It's also printed at the bottom left of your checks.\nCustomer: and checking is the one ending 2290 right\nAgent: Yes, that's your Everyday Checking. Deposits posted before 5 PM CT show the same day.\nCustomer: ok thx",
    pii: [],
  },
  {
    text: 'Hi Gareth,\n\nPatient Elspeth Mowbray (DOB 03.08.1951, our ref LWD/04427) has cracked her upper denture at the midline again. Impressions go out with DPD tonight, consignment 15501 2298 7741. Could we have it back by Wed 18th?\n\nCheers,\nRhona Gillespie\nLead Dental Nurse | Leith Walk Dental Care\nD: 0131 554 7032 M: 07723 509184',
    pii: [
      ['PERSON', 'Gareth'],
      ['PERSON', 'Elspeth Mowbray'],
      ['DATE_OF_BIRTH', '03.08.1951'],
      ['MEDICAL_RECORD', 'LWD/04427'],
      ['PERSON', 'Rhona Gillespie'],
      ['PHONE', '0131 554 7032'],
      ['PHONE', '07723 509184'],
    ],
  },
  {
    text: 'Hi Priya, your 2019 Honda CR-V (plate 8KTR512, VIN 2HKRW2H84KH604118) is ready for pickup. Total $389.42 incl. front brake pads, RO #77215. Questions? Text Danny, your advisor, at 916-274-8830. – Northgate Honda Service',
    pii: [
      ['PERSON', 'Priya'],
      ['VEHICLE_PLATE', '8KTR512'],
      ['VIN', '2HKRW2H84KH604118'],
      ['PERSON', 'Danny'],
      ['PHONE', '916-274-8830'],
    ],
  },
  {
    text: "Customer: booking ref HRZ-4471209, picking up at Edinburgh airport 2pm Friday. Can my husband be an additional driver?\nAgent: Of course, that's £13.50 a day. I'll need his full name, date of birth and licence number.\nCustomer: Gwilym Rhys Parry, 30/06/1979, licence PARRY706309GR9TX\nAgent: Thanks. And a mobile number for him in case we can't reach you?\nCustomer: 07832 614509. I'm the main driver, Carys Parry",
    pii: [
      ['PERSON', 'Gwilym Rhys Parry'],
      ['DATE_OF_BIRTH', '30/06/1979'],
      ['DRIVER_LICENSE', 'PARRY706309GR9TX'],
      ['PHONE', '07832 614509'],
      ['PERSON', 'Carys Parry'],
    ],
  },
  {
    text: "Hi Sharon, Nikhil from JB Hi-Fi Home deliveries. On my way to 27 Wattle Cres, Ferntree Gully VIC 3156 with your washer (order 5521-0098), ETA 2:40pm. Gate code 4471 isn't working - pls call me 0468 203 519 or txt back",
    pii: [
      ['PERSON', 'Sharon'],
      ['PERSON', 'Nikhil'],
      ['ADDRESS', '27 Wattle Cres, Ferntree Gully VIC 3156'],
      ['PASSWORD', '4471'],
      ['PHONE', '0468 203 519'],
    ],
  },
  {
    text: 'Reception note: Mrs Bronagh McAleese, DOB 21/12/1958, NHS 9434765919, called to cancel physio appt Thurs 10:20 (rebooked 2 July, room 3). Daughter Siobhán can be reached on 07845 219 663 if needed. Passed to Dr Cathal Devlin.',
    pii: [
      ['PERSON', 'Bronagh McAleese'],
      ['DATE_OF_BIRTH', '21/12/1958'],
      ['HEALTH_INSURANCE', '9434765919'],
      ['PERSON', 'Siobhán'],
      ['PHONE', '07845 219 663'],
      ['PERSON', 'Cathal Devlin'],
    ],
  },
  {
    text: 'Hallo Jonas,\n\nthe Strom bill came: €68 a month from August, so €34 each. Please set up a Dauerauftrag to:\nIBAN AT86 2011 1829 1736 4501\nKontoinhaberin: Lena Hofbauer-Kranz\n\nAlso for your Meldezettel the address is Gumpendorfer Straße 81/14, 1060 Wien (Tür 14, not 41!).\n\nLG Lena\n+43 664 382 1907',
    pii: [
      ['PERSON', 'Jonas'],
      ['IBAN', 'AT86 2011 1829 1736 4501'],
      ['PERSON', 'Lena Hofbauer-Kranz'],
      ['ADDRESS', 'Gumpendorfer Straße 81/14, 1060 Wien'],
      ['PERSON', 'Lena'],
      ['PHONE', '+43 664 382 1907'],
    ],
  },
  {
    text: "keep getting 403 from our staging API even with a fresh key:\n\nfetch('https://staging-api.parcelhub.io/v2/orders?limit=50', {\n  headers: { 'X-Api-Key': 'k7Qp2Vn9Xr4Lm8Bt3Wz6Hs1Yd5Fc0Ja2', Authorization: 'Basic ' + btoa('deploy-bot:Tr0mb0ne!Lake42') }\n})\n\nsame key works in Postman. node 20.11.1. what am I missing?",
    pii: [
      ['SECRET', 'k7Qp2Vn9Xr4Lm8Bt3Wz6Hs1Yd5Fc0Ja2'],
      ['USERNAME', 'deploy-bot'],
      ['PASSWORD', 'Tr0mb0ne!Lake42'],
    ],
  },
  {
    text: 'Good morning sir, my name is Babatunde Alabi. I booked Ibadan to Port Harcourt for 23rd (booking GUO-77310, ₦18,500) but the bus left before the time on the ticket. Please refund to my GTBank account 0153928476, account name Alabi Babatunde Olamide. My number 0816 420 7731 or WhatsApp 0902 338 1450, email tunde.alabi@gmail.com. Thank you sir.',
    pii: [
      ['PERSON', 'Babatunde Alabi'],
      ['BANK_ACCOUNT', '0153928476'],
      ['PERSON', 'Alabi Babatunde Olamide'],
      ['PHONE', '0816 420 7731'],
      ['PHONE', '0902 338 1450'],
      ['EMAIL', 'tunde.alabi@gmail.com'],
    ],
  },
  {
    text: "Agent: Could I have your full name as it appears on your ID?\nCustomer: Tanaka Haruto. On the residence card it's TANAKA HARUTO, but everyone calls me Haru\nAgent: Thank you. Date of birth?\nCustomer: 1994/10/05\nAgent: And your passport number?\nCustomer: TR3841962\nAgent: TR3841962, correct? And a contact number?\nCustomer: yes. 080-4417-2953",
    pii: [
      ['PERSON', 'Tanaka Haruto'],
      ['PERSON', 'TANAKA HARUTO'],
      ['PERSON', 'Haru'],
      ['DATE_OF_BIRTH', '1994/10/05'],
      ['PASSPORT', 'TR3841962'],
      ['PASSPORT', 'TR3841962'],
      ['PHONE', '080-4417-2953'],
    ],
  },
  {
    text: "Hi, my return keeps getting rejected (code IND-507-01) saying my dependent's SSN was already used. My daughter María Elena Gutiérrez Ruiz, born 03/15/2006, SSN 603-42-1187, is a full-time student and did not file herself. I file with my ITIN 927-81-5520. Tax year 2024. Do I need to paper file?",
    pii: [
      ['PERSON', 'María Elena Gutiérrez Ruiz'],
      ['DATE_OF_BIRTH', '03/15/2006'],
      ['US_SSN', '603-42-1187'],
      ['US_ITIN', '927-81-5520'],
    ],
  },
  {
    text: "Is anyone else's EE broadband dropping out every evening around 8pm? Smart Hub 2, firmware v0.23.02.01, 145Mb package. Fault ref 1-8834120577 was closed as 'no fault found'. Thinking of moving to Sky, worth it?",
    pii: [],
  },
  {
    text: "Hola! It's Lucía from the Córdoba office 👋 my Argentine line +54 9 351 627 4410 has no roaming, so use my Spanish one +34 612 48 93 07 while I'm in Madrid till the 20th. Or email lucia.benitez.c@gmail.com",
    pii: [
      ['PERSON', 'Lucía'],
      ['PHONE', '+54 9 351 627 4410'],
      ['PHONE', '+34 612 48 93 07'],
      ['EMAIL', 'lucia.benitez.c@gmail.com'],
    ],
  },
];
