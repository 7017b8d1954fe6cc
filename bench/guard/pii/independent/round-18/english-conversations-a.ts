// English conversations for round 18, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundEighteenConversationsA: readonly IndependentText[] = [
  {
    text: "its Mitch btw, mob still 0409 772 156 but if it drops out ring the landline at mum's 02 6251 8843. wifi at the shack is Sunbird#2219 🏖️ see u sat",
    pii: [
      ['PERSON', 'Mitch'],
      ['PHONE', '0409 772 156'],
      ['PHONE', '02 6251 8843'],
      ['PASSWORD', 'Sunbird#2219'],
    ],
  },
  {
    text: "Hi Grace,\n\nThanks for the welcome pack. Payroll details as requested:\n\nDate of birth: 09/11/1990\nBank: GTBank, acct no. 0123847765\nOffer ref: OFR/25/0318\n\nI'll bring my passport (A09384712) on day one for the right-to-work check, and the NYSC certificate.\n\nKind regards\nFolasade Ogunleye\n+234 817 204 6631 | folasade.ogunleye@outlook.com",
    pii: [
      ['PERSON', 'Grace'],
      ['DATE_OF_BIRTH', '09/11/1990'],
      ['BANK_ACCOUNT', '0123847765'],
      ['PASSPORT', 'A09384712'],
      ['PERSON', 'Folasade Ogunleye'],
      ['PHONE', '+234 817 204 6631'],
      ['EMAIL', 'folasade.ogunleye@outlook.com'],
    ],
  },
  {
    text: "yeah hiya, it's Doreen Haworth, H-A-W-O-R-T-H, I'm ringing because the electric's still in my husband's name, Geoffrey, he passed in January, and I want it put over to me. Date of birth? Fourteenth of March nineteen fifty-one. And the house phone is oh one two five four, six seven three, nine one eight. The bill number on the top is 40021-778 if that helps, it says £212.60 owing",
    pii: [
      ['PERSON', 'Doreen Haworth'],
      ['PERSON', 'Geoffrey'],
      ['DATE_OF_BIRTH', 'Fourteenth of March nineteen fifty-one'],
      ['PHONE', 'oh one two five four, six seven three, nine one eight'],
    ],
  },
  {
    text: "Customer: hi, the 홍삼 red ginseng set I got says best before 2025.03.14, is it still ok to drink?\nAgent: Thanks for checking! It's fine until the printed date. After opening keep it in the fridge and finish within 30 days. Is the lot no. on the bottom RG2411-07?\nCustomer: RG2411-07 yes\nAgent: That lot is all good 😊 If you'd still like an exchange, order #KR-20250702-0113 qualifies for one free swap.",
    pii: [],
  },
  {
    text: "Customer: My wallet got nicked at the station. Debit card 5355 2104 8871 0463, exp 09/27.\nAgent: I'm sorry to hear that. For security, can you confirm your date of birth?\nCustomer: 22/07/1983\nAgent: Thank you, Ms Adeyemi-Clarke. That card is now cancelled. Do you also want your online banking login reset? It's showing as tadeyemi83.\nCustomer: yes pls\nAgent: Done. Case CAS-4481093, new card in 3-5 working days, no fee.",
    pii: [
      ['CREDIT_CARD', '5355 2104 8871 0463'],
      ['CARD_EXPIRY', '09/27'],
      ['DATE_OF_BIRTH', '22/07/1983'],
      ['PERSON', 'Adeyemi-Clarke'],
      ['USERNAME', 'tadeyemi83'],
    ],
  },
  {
    text: "Agent: Thanks for holding. To release the device lock I need the IMEI and your 4-digit account security code.\nCustomer: *#06# shows 35 209311 482071 4, and the code is 9016\nAgent: 9016 matches, thank you. Which line is the device on?\nCustomer: the 773 one, (773) 415-2286\nAgent: Great. Unlock request UNL-2025-448812 is in; it can take up to 48 hours. We'll text (773) 415-2286 when it's done.",
    pii: [
      ['IMEI', '35 209311 482071 4'],
      ['PASSWORD', '9016'],
      ['PASSWORD', '9016'],
      ['PHONE', '(773) 415-2286'],
      ['PHONE', '(773) 415-2286'],
    ],
  },
  {
    text: "Tel call 14:20 - daughter Chiamaka Obi rang on behalf of Mrs Felicia Obi (MRN 00517306, DOB 03/02/1948). Ankle swelling since Sat, on amlodipine 10mg. Advised GP review within 24h, elevate legs. NHIS no. 10-4471-9982 confirmed for billing. Daughter's no. 0813 447 2091. Discussed with Dr Ifeoma Nwosu.",
    pii: [
      ['PERSON', 'Chiamaka Obi'],
      ['PERSON', 'Felicia Obi'],
      ['MEDICAL_RECORD', '00517306'],
      ['DATE_OF_BIRTH', '03/02/1948'],
      ['HEALTH_INSURANCE', '10-4471-9982'],
      ['PHONE', '0813 447 2091'],
      ['PERSON', 'Ifeoma Nwosu'],
    ],
  },
  {
    text: "Anyone else's Ioniq 5 throwing P1A1000 after the ICCU recall (campaign 245)? Dealer in Oakville says parts backordered till Nov 18. 12V died twice this week, CAA tow was covered at least. Firmware says 1.0.3.2.",
    pii: [],
  },
  {
    text: "Customer: Booking ZR4NQT, I need to add my son's passport details for AC0857 YYZ-LHR on 3 Sep\nAgent: Of course. Full name as on the passport, date of birth, and passport number please.\nCustomer: ESPINOZA-REYES, MATEO ANDRES / 11 Jan 2016 / AB482917\nAgent: Thank you. And is the lead passenger's still HK903316?\nCustomer: yes mine hasn't changed\nAgent: All set, Mateo's details are saved against ticket 014 2188473902.",
    pii: [
      ['PERSON', 'ESPINOZA-REYES, MATEO ANDRES'],
      ['DATE_OF_BIRTH', '11 Jan 2016'],
      ['PASSPORT', 'AB482917'],
      ['PASSPORT', 'HK903316'],
      ['PERSON', 'Mateo'],
    ],
  },
  {
    text: 'Dear Rohit,\n\nThank you for sending your joining documents. Payroll has flagged a mismatch: the account number on the cancelled cheque is 50100338217465 (HDFC Bank, IFSC HDFC0001234) but the form says 50100338217456. Could you confirm which is correct? Also please recheck your date of birth, the form shows 17-08-1996.\n\nJoining date remains 1 July, 9:30 AM, Whitefield campus.\n\nRegards,\nSowmya Raghunathan\nHR Operations, InfoTrek Solutions\nM: +91 99001 47352',
    pii: [
      ['PERSON', 'Rohit'],
      ['BANK_ACCOUNT', '50100338217465'],
      ['BANK_ACCOUNT', '50100338217456'],
      ['DATE_OF_BIRTH', '17-08-1996'],
      ['PERSON', 'Sowmya Raghunathan'],
      ['PHONE', '+91 99001 47352'],
    ],
  },
  {
    text: 'Customer: Hi, moving into Unit 3, 41 Beach Rd, Coogee NSW 2034 from 1 July, need the power on. Siobhan Teo, DOB 05/12/1997, mob 0466 201 837\nAgent: Thanks Siobhan! For ID can I grab your driver licence number?\nCustomer: 14 882 905 NSW\nAgent: Perfect. Connection booked for 1 July, ref CN-330917. The $0 connection fee promo is applied.',
    pii: [
      ['ADDRESS', 'Unit 3, 41 Beach Rd, Coogee NSW 2034'],
      ['PERSON', 'Siobhan Teo'],
      ['DATE_OF_BIRTH', '05/12/1997'],
      ['PHONE', '0466 201 837'],
      ['PERSON', 'Siobhan'],
      ['DRIVER_LICENSE', '14 882 905'],
    ],
  },
  {
    text: 'Hi, I am Tran Minh Khoa. I order 2 pcs phone case (order 583301927) but I move house already. New address is 27 Nguyễn Thị Minh Khai, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh. My phone +84 903 118 452, also Zalo 0903118452. Email khoa.tranminh92@gmail.com. Thank you so much',
    pii: [
      ['PERSON', 'Tran Minh Khoa'],
      ['ADDRESS', '27 Nguyễn Thị Minh Khai, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh'],
      ['PHONE', '+84 903 118 452'],
      ['PHONE', '0903118452'],
      ['EMAIL', 'khoa.tranminh92@gmail.com'],
    ],
  },
  {
    text: 'Customer: is it safe to read you the code you just texted me?\nAgent: Please never share that code with anyone, including us. Just type it into the screen yourself.\nCustomer: oh ok. done, it says verified\nAgent: Great. Reset request #RST-20914 is complete. The phone on file ends in 82.\nCustomer: ty',
    pii: [],
  },
  {
    text: 'Hi Eluned,\n\nYour Bupa membership no. 88401276 is on file and pre-authorisation PA-9931-K was approved for 6 sessions. See you at 3:40 on the 12th.\n\nWarm regards\nRhys Llewellyn-Ward\nOffice Manager · Pennant Physiotherapy\nT 029 2075 5310 ext. 204\nM 07700 918443\nrhys@pennantphysio.co.uk',
    pii: [
      ['PERSON', 'Eluned'],
      ['HEALTH_INSURANCE', '88401276'],
      ['PERSON', 'Rhys Llewellyn-Ward'],
      ['PHONE', '029 2075 5310'],
      ['PHONE', '07700 918443'],
      ['EMAIL', 'rhys@pennantphysio.co.uk'],
    ],
  },
  {
    text: 'Hi Priscilla, your 2019 Ford F-150 (VIN 1FTFW1E50KFA72318, plate 749 LKR) is ready for pickup. Total $412.87 incl. parts, RO# 55291. Questions? Text Jenelle direct at 503-660-2194. – Cascade Ford Service',
    pii: [
      ['PERSON', 'Priscilla'],
      ['VIN', '1FTFW1E50KFA72318'],
      ['VEHICLE_PLATE', '749 LKR'],
      ['PERSON', 'Jenelle'],
      ['PHONE', '503-660-2194'],
    ],
  },
  {
    text: "Customer: can I add my partner as a second driver on booking GTW-448190?\nAgent: Yes, it's £12.99 a day. I'll need his full name, date of birth and licence number.\nCustomer: Gethin Morgan-Evans, 02/06/1989, MORGA806209G99XY\nAgent: That licence number doesn't validate, could you check it?\nCustomer: sorry typo, MORGA806029G99XY\nAgent: That's the one. Gethin is added, he'll need the physical card at the desk.",
    pii: [
      ['PERSON', 'Gethin Morgan-Evans'],
      ['DATE_OF_BIRTH', '02/06/1989'],
      ['DRIVER_LICENSE', 'MORGA806209G99XY'],
      ['DRIVER_LICENSE', 'MORGA806029G99XY'],
      ['PERSON', 'Gethin'],
    ],
  },
  {
    text: 'Hey, Jarrod from The Good Guys install team. Running about 40 min late for your dishwasher at 12 Wattle Cres, Bayswater VIC 3153, sorry! If ur not home can u txt the side gate code? Or ring me 0488 305 712\n\nReply: no worries jarrod, gate code is 4471 then hash. dog is friendly lol. my partner Kirra is on 0431 620 098 if u cant get me',
    pii: [
      ['PERSON', 'Jarrod'],
      ['ADDRESS', '12 Wattle Cres, Bayswater VIC 3153'],
      ['PHONE', '0488 305 712'],
      ['PERSON', 'jarrod'],
      ['PASSWORD', '4471'],
      ['PERSON', 'Kirra'],
      ['PHONE', '0431 620 098'],
    ],
  },
  {
    text: 'Reception note: Ms Aoife Gallagher-Núñez, DOB 19.11.1979, NHS 943 476 5919, phoned re: HbA1c result (48 mmol/mol). Wants call back on mobile 07823 114906 after 5pm, NOT the landline 0161 448 2093. Passed to Nurse Precious Moyo.',
    pii: [
      ['PERSON', 'Aoife Gallagher-Núñez'],
      ['DATE_OF_BIRTH', '19.11.1979'],
      ['HEALTH_INSURANCE', '943 476 5919'],
      ['PHONE', '07823 114906'],
      ['PHONE', '0161 448 2093'],
      ['PERSON', 'Precious Moyo'],
    ],
  },
  {
    text: 'Hi Margit,\n\nThe Nebenkosten statement came back, we each owe €187,40. Please send your share to:\nIBAN: AT18 2081 5000 3482 9117\nBIC: STSPAT2GXXX\nName: Lukas Brandstätter\nVerwendungszweck: NK 2024 Top 7\n\nAlso the router got reset, new Wi-Fi password is Kaiserschmarrn!84\n\nLG\nLukas\n+43 664 381 2277',
    pii: [
      ['PERSON', 'Margit'],
      ['IBAN', 'AT18 2081 5000 3482 9117'],
      ['PERSON', 'Lukas Brandstätter'],
      ['PASSWORD', 'Kaiserschmarrn!84'],
      ['PERSON', 'Lukas'],
      ['PHONE', '+43 664 381 2277'],
    ],
  },
  {
    text: 'Container can\'t reach Postgres, log says:\n\n2025-06-18 09:14:02 UTC FATAL: password authentication failed for user "svc_orders"\n\n.env has\nDATABASE_URL=postgres://svc_orders:Vq8mLr2tTe44@172.18.0.4:5432/orders_prod\nJWT_SECRET=9f4c1ab7e2d05836c7a1f09b4e6d2c81\n\nimage is postgres:16.3-alpine, compose v2.27.1. what am I missing?',
    pii: [
      ['USERNAME', 'svc_orders'],
      ['USERNAME', 'svc_orders'],
      ['PASSWORD', 'Vq8mLr2tTe44'],
      ['IP_ADDRESS', '172.18.0.4'],
      ['SECRET', '9f4c1ab7e2d05836c7a1f09b4e6d2c81'],
    ],
  },
  {
    text: "Good evening sir, I was debited twice for my Port Harcourt to Owerri ticket, ₦18,500 each, booking PHX-30417. Kindly refund one to my account 2084417736 (Zenith, name Emeka Nwachukwu). Email emeka.nwachukwu84@gmail.com or call me 0806 771 3392, or my brother Ikenna 0915 208 4467 if I don't pick. Thank you sir.",
    pii: [
      ['BANK_ACCOUNT', '2084417736'],
      ['PERSON', 'Emeka Nwachukwu'],
      ['EMAIL', 'emeka.nwachukwu84@gmail.com'],
      ['PHONE', '0806 771 3392'],
      ['PERSON', 'Ikenna'],
      ['PHONE', '0915 208 4467'],
    ],
  },
  {
    text: 'Agent: Can I get your full name exactly as on your residence card?\nCustomer: LIU YANG. In Chinese 刘洋, some places I write Yang Liu\nAgent: Thank you. And your alien registration number?\nCustomer: 930517-6281346\nAgent: And date of birth to confirm?\nCustomer: 1993.05.17\nAgent: Perfect, Ms Liu, your account is unlocked.',
    pii: [
      ['PERSON', 'LIU YANG'],
      ['PERSON', '刘洋'],
      ['PERSON', 'Yang Liu'],
      ['FRN', '930517-6281346'],
      ['DATE_OF_BIRTH', '1993.05.17'],
      ['PERSON', 'Liu'],
    ],
  },
  {
    text: "Quick q, filing jointly this year. I have an ITIN, 943-82-1175 (letter says RODRIGUEZ PENA, JULIO CESAR), and my wife Mariela just got her SSN 611-48-2093. Software keeps throwing F1040-164-01 on our daughter Sofía's line, DOB 08/23/2019. Do we both sign the 8879?",
    pii: [
      ['US_ITIN', '943-82-1175'],
      ['PERSON', 'RODRIGUEZ PENA, JULIO CESAR'],
      ['PERSON', 'Mariela'],
      ['US_SSN', '611-48-2093'],
      ['PERSON', 'Sofía'],
      ['DATE_OF_BIRTH', '08/23/2019'],
    ],
  },
  {
    text: "Thinking of moving to giffgaff's £10 plan (20GB). Anyone used eSIM on a Pixel 8 with them? My EE contract ends 14 July and I don't want to lose the number when I text PAC to 65075.",
    pii: [],
  },
  {
    text: "hey it's Valentina!! phone got stolen at Retiro 😭 use this one for now +54 9 341 552 0917 (my cousin Agustina's). email still works vale.ferreyra@hotmail.com. for the asado money CBU is 0140123301504312867215, thanks!!",
    pii: [
      ['PERSON', 'Valentina'],
      ['PHONE', '+54 9 341 552 0917'],
      ['PERSON', 'Agustina'],
      ['EMAIL', 'vale.ferreyra@hotmail.com'],
      ['BANK_ACCOUNT', '0140123301504312867215'],
    ],
  },
];
