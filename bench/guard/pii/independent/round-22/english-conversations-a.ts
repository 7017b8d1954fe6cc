// English conversations for round 22, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwentyTwoConversationsA: readonly IndependentText[] = [
  {
    text: "omg hi its Marnie from netball 🏐 got a new mobile, 0431 662 018, the 0402 one is dead dead. also pls update my email for the rego thing to marnie.k94@outlook.com. they want dob too, it's 17/04/1994. training thurs 6:30 court 3, $12 fee x",
    pii: [
      ['PERSON', 'Marnie'],
      ['PHONE', '0431 662 018'],
      ['EMAIL', 'marnie.k94@outlook.com'],
      ['DATE_OF_BIRTH', '17/04/1994'],
    ],
  },
  {
    text: 'Hi Funke,\n\nFollowing up on the onboarding checklist (offer ref HR/OFF/2025/117), here are my payroll details:\n\nBank: Zenith Bank\nAccount no: 2087415536\nAccount name: Obi Emeka Chukwuma\nDate of birth: 21/09/1991\n\nI will bring the original certificates on my first day, 3 March.\n\nWarm regards,\nEmeka Obi\nBusiness Analyst\n+234 806 552 1903 | emekaobi.c@gmail.com',
    pii: [
      ['PERSON', 'Funke'],
      ['BANK_ACCOUNT', '2087415536'],
      ['PERSON', 'Obi Emeka Chukwuma'],
      ['DATE_OF_BIRTH', '21/09/1991'],
      ['PERSON', 'Emeka Obi'],
      ['PHONE', '+234 806 552 1903'],
      ['EMAIL', 'emekaobi.c@gmail.com'],
    ],
  },
  {
    text: "yeah hiya, it's Siobhan Gallagher, G-A-L-L-A-G-H-E-R, I've just moved into flat 2, 41 Dunmore Road, Coleraine BT52 1EL and the electric's still in the last fella's name. date of birth, em, ninth of November nineteen eighty-seven. and the best number for me is 07700 918 346, sorry, 07700 918 364, I always get that backwards. meter reading's 04417 if that helps",
    pii: [
      ['PERSON', 'Siobhan Gallagher'],
      ['ADDRESS', 'flat 2, 41 Dunmore Road, Coleraine BT52 1EL'],
      ['DATE_OF_BIRTH', 'ninth of November nineteen eighty-seven'],
      ['PHONE', '07700 918 346'],
      ['PHONE', '07700 918 364'],
    ],
  },
  {
    text: 'Customer: 안녕하세요, the 홍삼 gift set came in 30포 size but I paid for 60포 (₩89,000)\nAgent: 불편을 드려 죄송합니다! Is it order KR-20250614-0213? I have opened exchange EX-55120, courier will pick up Thursday 10:00-14:00.\nCustomer: 네 맞아요. Do I need to call?\nAgent: No need, but our centre is 1588-4702 if anything changes.',
    pii: [],
  },
  {
    text: "Customer: My debit card got skimmed at a gas station I think, two ATM withdrawals of $300.00 in Tijuana last night. Card number 5412 7534 9021 6640.\nAgent: I'm so sorry, Ms. Delgado. For verification, can you confirm your date of birth?\nCustomer: 03/22/1979\nAgent: Thank you. That card is now closed and claim CLM-2291845 is open. Your checking account 004417829361 wasn't touched beyond those two withdrawals, and provisional credit of $600.00 should post within 2 business days.",
    pii: [
      ['CREDIT_CARD', '5412 7534 9021 6640'],
      ['PERSON', 'Delgado'],
      ['DATE_OF_BIRTH', '03/22/1979'],
      ['BANK_ACCOUNT', '004417829361'],
    ],
  },
  {
    text: "Agent: I can unlock the Galaxy S24 (SM-S921U) for you. First, the account passcode please?\nCustomer: bluebird88\nAgent: Thanks. Dial *#06# and read me the IMEI.\nCustomer: 35 209611 478233 9\nAgent: Got it. Which lines are on the account?\nCustomer: mine 415-802-3367 and my daughter's 415-802-3391\nAgent: Unlock request UNL-480127 submitted, allow 48 hours. Your $45/mo plan doesn't change.",
    pii: [
      ['PASSWORD', 'bluebird88'],
      ['IMEI', '35 209611 478233 9'],
      ['PHONE', '415-802-3367'],
      ['PHONE', '415-802-3391'],
    ],
  },
  {
    text: 'Tel. triage 14:20 — Mrs Chiamaka Nwosu, hosp no LUTH/22/018734, DOB 12/03/1968, NHIA no 10294857, called re: redness + swelling at old cannula site L forearm, T 37.9. Advised to attend ward 4B clinic tomorrow 9am. Daughter Adaeze to bring her; daughter on 0813 774 2098, pt own line 0708 331 5620. Dr Folake Adeyemi aware.',
    pii: [
      ['PERSON', 'Chiamaka Nwosu'],
      ['MEDICAL_RECORD', 'LUTH/22/018734'],
      ['DATE_OF_BIRTH', '12/03/1968'],
      ['HEALTH_INSURANCE', '10294857'],
      ['PERSON', 'Adaeze'],
      ['PHONE', '0813 774 2098'],
      ['PHONE', '0708 331 5620'],
      ['PERSON', 'Folake Adeyemi'],
    ],
  },
  {
    text: "Ioniq 5 ICCU died again at 41,200 km, second time this year. 12V warning then 'Check EV system' on the 401 near Oshawa. Dealer says recall 251 was already done, part no. 36400-GI100 on backorder. Case #HMC-0087731, still waiting. Anyone got a loaner out of them?",
    pii: [],
  },
  {
    text: "Customer: Hi, booking ref 8FJ2KT, flights KL1008 and KL0691 on 2 Sep. I need to add my son's passport details, the app won't save them.\nAgent: Of course. Full name as printed, date of birth and passport number please.\nCustomer: OKONKWO, David Chukwudi, born 05 Jan 2012, passport B03847261\nCustomer: sorry it's B03847216, I misread the 6 and 1\nAgent: Thanks, updated. Seat 34C is kept for him.",
    pii: [
      ['PERSON', 'OKONKWO, David Chukwudi'],
      ['DATE_OF_BIRTH', '05 Jan 2012'],
      ['PASSPORT', 'B03847261'],
      ['PASSPORT', 'B03847216'],
    ],
  },
  {
    text: 'Dear Rohan,\n\nWelcome to Nexora Tech! Your employee code is NXT-40718 and you can log in to the HR portal with user ID rmenon and temporary password Welcome@4821 (you will be asked to change it).\n\nPlease confirm the salary account we have on record: HDFC Bank A/c 50100234871962, IFSC HDFC0001234. Your DOB shows as 14-08-1996, kindly let us know if this is wrong.\n\nRegards,\nLakshmi Narayanan\nHR Operations, Nexora Tech\nM: 98860 41275',
    pii: [
      ['PERSON', 'Rohan'],
      ['USERNAME', 'rmenon'],
      ['PASSWORD', 'Welcome@4821'],
      ['BANK_ACCOUNT', '50100234871962'],
      ['DATE_OF_BIRTH', '14-08-1996'],
      ['PERSON', 'Lakshmi Narayanan'],
      ['PHONE', '98860 41275'],
    ],
  },
  {
    text: 'Customer: hi moving into 3/58 Glebe Point Rd, Glebe NSW 2037 on 1 July, need power connected\nAgent: Happy to help! Full name and date of birth?\nCustomer: Priya Raghunathan, 2 Feb 1990\nAgent: Thanks Priya. For the ID check, your NSW licence number?\nCustomer: 14882039\nAgent: And a good mobile?\nCustomer: 0419 207 553\nAgent: All set, connection ref MV-3308172, the $38.50 connection fee will be on your first bill.',
    pii: [
      ['ADDRESS', '3/58 Glebe Point Rd, Glebe NSW 2037'],
      ['PERSON', 'Priya Raghunathan'],
      ['DATE_OF_BIRTH', '2 Feb 1990'],
      ['PERSON', 'Priya'],
      ['DRIVER_LICENSE', '14882039'],
      ['PHONE', '0419 207 553'],
    ],
  },
  {
    text: 'Hello, my name is Lee Seo-yeon (이서연). I booked 2 nights, reservation HTL-880231. Please issue the invoice to my company, business no. 214-87-00215. My passport is M72946183 and my mobile +82 10-5528-9031. Receipt to email seoyeon.lee0412@naver.com please. 감사합니다!',
    pii: [
      ['PERSON', 'Lee Seo-yeon'],
      ['PERSON', '이서연'],
      ['BRN', '214-87-00215'],
      ['PASSPORT', 'M72946183'],
      ['PHONE', '+82 10-5528-9031'],
      ['EMAIL', 'seoyeon.lee0412@naver.com'],
    ],
  },
  {
    text: "Customer: the app keeps failing the licence photo step, can I just type the last 4 digits instead?\nAgent: Yes, enter the last four and we'll verify manually.\nCustomer: ok 8812, done\nAgent: Thanks! Ticket #CS-661904 is open, you should hear back within 24 hours.",
    pii: [],
  },
  {
    text: 'Thanks\nTobias\n\nTobias Lindqvist-Hart\nSite Supervisor | Brackenridge Builders Ltd\nT: 0161 496 0732 x214\nM: 07823 551906\nOut of hours: 07459 208 113\ntobias.lh@brackenridge-builders.co.uk\nCompany no. 08817452 | Plot 17, job ref BB-2291',
    pii: [
      ['PERSON', 'Tobias'],
      ['PERSON', 'Tobias Lindqvist-Hart'],
      ['PHONE', '0161 496 0732'],
      ['PHONE', '07823 551906'],
      ['PHONE', '07459 208 113'],
      ['EMAIL', 'tobias.lh@brackenridge-builders.co.uk'],
    ],
  },
  {
    text: 'Hi Renata, your 2019 Toyota RAV4 (plate 8KTR417, VIN JTMRWRFV5KD012874) is ready for pickup after the 60k service. Total $389.50, RO #662190. Questions? Text your advisor Dale directly at 909-481-2275. – Valley Toyota Service',
    pii: [
      ['PERSON', 'Renata'],
      ['VEHICLE_PLATE', '8KTR417'],
      ['VIN', 'JTMRWRFV5KD012874'],
      ['PERSON', 'Dale'],
      ['PHONE', '909-481-2275'],
    ],
  },
  {
    text: "Customer: someone reversed into me in the Tesco car park, I got the other driver's details, do you want them now?\nAgent: Yes please, name, registration and licence number if you have it.\nCustomer: Gareth Llewellyn-Price, reg WN19 KXP, licence LLEWE704120GL9HK, his mobile 07984 226150\nAgent: Thanks. And your own vehicle is still CF68 TZR?\nCustomer: yes\nAgent: Claim CLM/884/2025 opened, excess is £250.",
    pii: [
      ['PERSON', 'Gareth Llewellyn-Price'],
      ['VEHICLE_PLATE', 'WN19 KXP'],
      ['DRIVER_LICENSE', 'LLEWE704120GL9HK'],
      ['PHONE', '07984 226150'],
      ['VEHICLE_PLATE', 'CF68 TZR'],
    ],
  },
  {
    text: "Hi Mrs Tran, Kyle from The Good Guys here, we're delivering your Bosch washer to 27 Wattle Cres, Doncaster East VIC 3109 tmrw between 12-4pm. Order 71182603. Pls reply or ring me on 0438 552 907, or my offsider Jesse 0477 013 284 if I'm driving",
    pii: [
      ['PERSON', 'Tran'],
      ['PERSON', 'Kyle'],
      ['ADDRESS', '27 Wattle Cres, Doncaster East VIC 3109'],
      ['PHONE', '0438 552 907'],
      ['PERSON', 'Jesse'],
      ['PHONE', '0477 013 284'],
    ],
  },
  {
    text: 'Reception note: Ms Aleksandra Wójcik (DOB 07/06/1985), NHS no 943 476 5919, phoned asking for results of bloods taken 2 June. Also has a hospital letter from Manchester Royal, hosp no K448210, re: follow-up in 6/52. Prefers contact on 07562 310 847. Tasked to Dr Hamish Grant.',
    pii: [
      ['PERSON', 'Aleksandra Wójcik'],
      ['DATE_OF_BIRTH', '07/06/1985'],
      ['HEALTH_INSURANCE', '943 476 5919'],
      ['MEDICAL_RECORD', 'K448210'],
      ['PHONE', '07562 310 847'],
      ['PERSON', 'Hamish Grant'],
    ],
  },
  {
    text: "Hi Ines,\n\ndeposit received, thank you! For the monthly Nebenkosten (€180) please set up a Dauerauftrag to my Austrian account:\nIBAN: AT65 2011 1827 1548 3920\nKontoinhaber: Matthias Ebner\n\nWi-Fi is 'FRITZ!Box 7590 KL', password 4471 8823 9910 5532. Key safe by the door: 2580.\nIf anything breaks, call me on +43 664 218 5590.\n\nLG\nMatthias",
    pii: [
      ['PERSON', 'Ines'],
      ['IBAN', 'AT65 2011 1827 1548 3920'],
      ['PERSON', 'Matthias Ebner'],
      ['PASSWORD', '4471 8823 9910 5532'],
      ['PASSWORD', '2580'],
      ['PHONE', '+43 664 218 5590'],
      ['PERSON', 'Matthias'],
    ],
  },
  {
    text: "Stripe webhook keeps failing with 'No signatures found matching the expected signature for payload'. Running locally on port 4242, API version 2024-06-20. My .env (test mode, will rotate):\n\nSTRIPE_SECRET_KEY=sk_test_51NxQ2vLk8dR3aP0tYh7mW2cJ9eB4sZ6uF1gKq0Lr\nSTRIPE_WEBHOOK_SECRET=whsec_5f8a1c3e9b2d47f6a0e8c4b1d7f3a926\n\nEvent evt_1PQx8aLk8dR3aP0t fails every time. Any ideas?",
    pii: [
      ['SECRET', 'sk_test_51NxQ2vLk8dR3aP0tYh7mW2cJ9eB4sZ6uF1gKq0Lr'],
      ['SECRET', 'whsec_5f8a1c3e9b2d47f6a0e8c4b1d7f3a926'],
    ],
  },
  {
    text: 'Good evening, please I did a transfer of ₦45,000 from my GTBank account 0158842297 on 12/06 at 7:42pm, it debited but the receiver did not get it. Session ID 000013250612194233. My name is Ifeanyi Okeke, phone 0812 447 3320 or 0905 118 2046, email ify.okeke@gmail.com. Kindly help sir.',
    pii: [
      ['BANK_ACCOUNT', '0158842297'],
      ['PERSON', 'Ifeanyi Okeke'],
      ['PHONE', '0812 447 3320'],
      ['PHONE', '0905 118 2046'],
      ['EMAIL', 'ify.okeke@gmail.com'],
    ],
  },
  {
    text: 'Agent: Can I take the full name on the reservation?\nCustomer: Shirley Chen. Actually the passport says CHEN XIAOLING, Chen Xiaoling is my Chinese name\nAgent: Thank you. Date of birth?\nCustomer: 15 March 1993\nAgent: And the passport number?\nCustomer: E93718264\nAgent: Great, and a contact number while you travel?\nCustomer: +86 139 1762 0485',
    pii: [
      ['PERSON', 'Shirley Chen'],
      ['PERSON', 'CHEN XIAOLING'],
      ['PERSON', 'Chen Xiaoling'],
      ['DATE_OF_BIRTH', '15 March 1993'],
      ['PASSPORT', 'E93718264'],
      ['PHONE', '+86 139 1762 0485'],
    ],
  },
  {
    text: "Quick question before I file: my wife doesn't qualify for an SSN so we got her an ITIN through the W-7, it's 943-82-1175. Mine is a regular SSN, 523-71-9048. Filing MFJ, Form 1040 with Schedule C, and the software throws error F1040-164-01 for her. Her name on the CP565 notice is Maria Fernanda Ruiz Ortega, born 08/14/1990. Do I enter both last names?",
    pii: [
      ['US_ITIN', '943-82-1175'],
      ['US_SSN', '523-71-9048'],
      ['PERSON', 'Maria Fernanda Ruiz Ortega'],
      ['DATE_OF_BIRTH', '08/14/1990'],
    ],
  },
  {
    text: 'Anyone on EE in Leeds lost 5G since the iOS 17.5.1 update? iPhone 15 Pro, was fine in Headingley till Tuesday, now stuck on 4G. Tried resetting network settings and a new SIM, no joy. Thinking of moving to O2 when my contract ends in August.',
    pii: [],
  },
  {
    text: "It's Valentina 🙋‍♀️ changed banks, so for the Bariloche trip money send it to CBU 0720168788000037495210, titular Valentina Rojas Ferreyra. If it bounces msg me on WhatsApp +54 9 351 627 4480 or ask Nico, +54 9 351 590 1163. $85.000 each pls",
    pii: [
      ['PERSON', 'Valentina'],
      ['BANK_ACCOUNT', '0720168788000037495210'],
      ['PERSON', 'Valentina Rojas Ferreyra'],
      ['PHONE', '+54 9 351 627 4480'],
      ['PERSON', 'Nico'],
      ['PHONE', '+54 9 351 590 1163'],
    ],
  },
];
