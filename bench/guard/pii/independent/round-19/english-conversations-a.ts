// English conversations for round 19, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundNineteenConversationsA: readonly IndependentText[] = [
  {
    text: 'hey its Keely 🙋‍♀️ old sim carked it so ditch the 0407 one. new mob is 0431 062 558, home landline still (03) 9481 7730 if u need mum. also beach house wifi is Shack_5G pw Saltysea#22 now',
    pii: [
      ['PERSON', 'Keely'],
      ['PHONE', '0431 062 558'],
      ['PHONE', '(03) 9481 7730'],
      ['PASSWORD', 'Saltysea#22'],
    ],
  },
  {
    text: "Hi Folake,\n\nThanks for the onboarding pack. For payroll and the pension form, here are the details you asked for:\n\nAccount name: Chukwuemeka Nwosu\nBank: Zenith Bank, acct no. 2087461935\nDate of birth: 11/04/1990\nPFA: ARM Pensions (RSA PIN to follow)\n\nI'll bring the original of my degree certificate on day one.\n\nKind regards,\nEmeka Nwosu\n+234 816 093 2247 | emeka.nwosu90@outlook.com",
    pii: [
      ['PERSON', 'Folake'],
      ['PERSON', 'Chukwuemeka Nwosu'],
      ['BANK_ACCOUNT', '2087461935'],
      ['DATE_OF_BIRTH', '11/04/1990'],
      ['PERSON', 'Emeka Nwosu'],
      ['PHONE', '+234 816 093 2247'],
      ['EMAIL', 'emeka.nwosu90@outlook.com'],
    ],
  },
  {
    text: "yeah hello, it's Maureen Doyle here, I'm ringing on behalf of my mam, Bridget Doyle, she's eighty-four and she got a letter saying the electric will be cut off on the 12th, which is mad because she pays it every month. Her date of birth is the second of February nineteen forty-one if you need it for security. I want to put it on direct debit from my own account so this doesn't happen again, the IBAN is IE85 BOFI 9012 3845 6170 29. The meter number on the bill is 10 006 482 917, not sure if that's any use. You can ring me back on oh-eight-seven, two-two-six, four-nine-one-three, or the house, 021 438 6620.",
    pii: [
      ['PERSON', 'Maureen Doyle'],
      ['PERSON', 'Bridget Doyle'],
      ['DATE_OF_BIRTH', 'the second of February nineteen forty-one'],
      ['IBAN', 'IE85 BOFI 9012 3845 6170 29'],
      ['PHONE', 'oh-eight-seven, two-two-six, four-nine-one-three'],
      ['PHONE', '021 438 6620'],
    ],
  },
  {
    text: "Customer: Hi, I left my wallet in an Uber last night and now there's a pending $1,120.00 at BESTBUY #0417. Card number 5412 7534 9021 6681, exp 09/27.\nAgent: I'm sorry to hear that. For verification, can you confirm your date of birth and the ZIP code on file?\nCustomer: 07/19/1968, 30318\nAgent: Thank you, Ms. Okonkwo-Reyes. The card is now frozen and the Best Buy authorization is flagged under claim CLM-4471093. Was your debit card in the wallet too?\nCustomer: yes, the one ending 2290",
    pii: [
      ['CREDIT_CARD', '5412 7534 9021 6681'],
      ['CARD_EXPIRY', '09/27'],
      ['DATE_OF_BIRTH', '07/19/1968'],
      ['PERSON', 'Okonkwo-Reyes'],
    ],
  },
  {
    text: "Agent: Thanks for holding. Before I move your line onto the eSIM I need to verify you. What's the account PIN?\nCustomer: 90214. wait no, that's the old one. It's 38807\nAgent: That's it. And the number we're moving?\nCustomer: 773 618 2045\nAgent: Great. Last thing, the new phone's IMEI, it's under Settings > General > About, use the one marked IMEI2.\nCustomer: 35 209871 447516 5\nAgent: Got it. You'll get a text with the QR code shortly, order ES-8812074.",
    pii: [
      ['PASSWORD', '90214'],
      ['PASSWORD', '38807'],
      ['PHONE', '773 618 2045'],
      ['IMEI', '35 209871 447516 5'],
    ],
  },
  {
    text: "Tel call from daughter (Adaeze Nwachukwu) re mother Mrs Comfort Nwachukwu, DOB 04.11.1952, Hosp no. LUTH/2019/004718. Home BP 168/95 x3 days on amlodipine 5mg. Advised increase to 10mg as per Dr Ibrahim's plan, review in clinic Thu. HMO card no. NHIS-7730-2281-04 to be brought. Daughter's line 0813 447 2095.",
    pii: [
      ['PERSON', 'Adaeze Nwachukwu'],
      ['PERSON', 'Comfort Nwachukwu'],
      ['DATE_OF_BIRTH', '04.11.1952'],
      ['MEDICAL_RECORD', 'LUTH/2019/004718'],
      ['PERSON', 'Ibrahim'],
      ['HEALTH_INSURANCE', 'NHIS-7730-2281-04'],
      ['PHONE', '0813 447 2095'],
    ],
  },
  {
    text: "Customer: Hi, booking ref ZR4KTN, I'm flying with my son on VS0025 LHR-JFK on 2 Sep and the app won't let me add his passport.\nAgent: I can add it for you. Full name as on the passport, date of birth and passport number please.\nCustomer: SOLOMONS, ELIJAH JAMES, born 23/05/2014, passport 127604839. Mine's on there but it's the old one, the new one is 560392718\nAgent: Both updated. Seats 41D and 41E are unchanged.",
    pii: [
      ['PERSON', 'SOLOMONS, ELIJAH JAMES'],
      ['DATE_OF_BIRTH', '23/05/2014'],
      ['PASSPORT', '127604839'],
      ['PASSPORT', '560392718'],
    ],
  },
  {
    text: 'Dear Ms. Raghunathan,\n\nPlease find attached my PAN copy and masked Aadhaar (XXXX XXXX 7721). For salary credit:\nA/c No: 50100238847162\nIFSC: HDFC0001753 (Koramangala branch)\nName as per bank: SREEKANTH P NAIR\n\nAlso, my DOB in the offer letter is printed as 14-08-1996, it should be 14-06-1996. Kindly correct.\n\nThanks & regards,\nSreekanth Nair\n+91 97410 55283',
    pii: [
      ['PERSON', 'Raghunathan'],
      ['BANK_ACCOUNT', '50100238847162'],
      ['PERSON', 'SREEKANTH P NAIR'],
      ['DATE_OF_BIRTH', '14-08-1996'],
      ['DATE_OF_BIRTH', '14-06-1996'],
      ['PERSON', 'Sreekanth Nair'],
      ['PHONE', '+91 97410 55283'],
    ],
  },
  {
    text: 'Customer: hi, moving into 3/118 Glebe Point Rd, Glebe NSW 2037 on the 1st, want power + gas connected in my name\nAgent: Easy done! Can I grab your full name and DOB for the credit check?\nCustomer: Mei-Ling Tan, 02/12/1994\nAgent: Thanks Mei-Ling. Best number to reach you on?\nCustomer: 0402 775 139. also can i do direct debit? BSB 062-118 acc 1047 3365\nAgent: All set, connection ref CN-2206415, the $49.50 connection fee will be on your first bill.',
    pii: [
      ['ADDRESS', '3/118 Glebe Point Rd, Glebe NSW 2037'],
      ['PERSON', 'Mei-Ling Tan'],
      ['DATE_OF_BIRTH', '02/12/1994'],
      ['PERSON', 'Mei-Ling'],
      ['PHONE', '0402 775 139'],
      ['BANK_ACCOUNT', '1047 3365'],
    ],
  },
  {
    text: 'Hello, I ordered the 한우 gift box (order no. 20250603-114827) on 3 June for my parents but CJ대한통운 tracking 5874 2209 6613 shows 배송중 since 4 days. Is it lost? It was ₩189,000 and it is meat so I worry. 감사합니다',
    pii: [],
  },
  {
    text: "Hi Mrs Abernethy,\n\nJust confirming we've updated your record (patient no. HLD-08813): new mobile 07700 918 342, and your Denplan membership no. DP5540 7781 is now on file. Your hygienist appt is still Thurs 12 June at 10:40 with Gail.\n\nKind regards,\nSeonaid MacLeod\nReception | Harbour Lane Dental\nD: 0131 662 4809",
    pii: [
      ['PERSON', 'Abernethy'],
      ['MEDICAL_RECORD', 'HLD-08813'],
      ['PHONE', '07700 918 342'],
      ['HEALTH_INSURANCE', 'DP5540 7781'],
      ['PERSON', 'Gail'],
      ['PERSON', 'Seonaid MacLeod'],
      ['PHONE', '0131 662 4809'],
    ],
  },
  {
    text: 'Hi Renata, your 2018 Honda CR-V (plate CJX 4821, VIN 2HKRW2H8XJH601447) is ready for pickup. Total $389.12 for the oil service + rear brake pads, RO# 118730. Questions? Text your advisor Dale directly at 503-288-4061. – Westside Honda Service',
    pii: [
      ['PERSON', 'Renata'],
      ['VEHICLE_PLATE', 'CJX 4821'],
      ['VIN', '2HKRW2H8XJH601447'],
      ['PERSON', 'Dale'],
      ['PHONE', '503-288-4061'],
    ],
  },
  {
    text: "Customer: adding my husband as 2nd driver on booking EDI-HZ-447120, what do you need?\nAgent: His full name, DOB and licence number please, and he'll need the photocard at the desk.\nCustomer: Gareth Llewellyn-Hughes, 09/03/1979, licence LLEWE703099G99XK\nAgent: Thanks. That's £13.50/day for the additional driver. A mobile for the desk in case of delays?\nCustomer: his, 07823 554019\nAgent: Done. Same card as the deposit?\nCustomer: yes the one ending 8812",
    pii: [
      ['PERSON', 'Gareth Llewellyn-Hughes'],
      ['DATE_OF_BIRTH', '09/03/1979'],
      ['DRIVER_LICENSE', 'LLEWE703099G99XK'],
      ['PHONE', '07823 554019'],
    ],
  },
  {
    text: "Hey mate, Tayla from The Good Guys Auburn delivery team. Running early for your washer at 27 Kingsland Rd, Bexley NSW 2207, is the side gate code still 4471? If no one's home I'll try 0419 302 866 then the alt no. on the docket 02 9597 3318. Docket TGG-7708152",
    pii: [
      ['PERSON', 'Tayla'],
      ['ADDRESS', '27 Kingsland Rd, Bexley NSW 2207'],
      ['PASSWORD', '4471'],
      ['PHONE', '0419 302 866'],
      ['PHONE', '02 9597 3318'],
    ],
  },
  {
    text: "Reception note 11:42: Mrs Parveen Akhtar, DOB 21.07.1958, NHS 943 476 5919, rang re bloods done at Wythenshawe (hosp no. M0284471). Wants a call back before 3pm on 07984 220 615, her son Imran may answer. Added to Dr Helen Wardle's list.",
    pii: [
      ['PERSON', 'Parveen Akhtar'],
      ['DATE_OF_BIRTH', '21.07.1958'],
      ['HEALTH_INSURANCE', '943 476 5919'],
      ['MEDICAL_RECORD', 'M0284471'],
      ['PHONE', '07984 220 615'],
      ['PERSON', 'Imran'],
      ['PERSON', 'Helen Wardle'],
    ],
  },
  {
    text: 'Hallo Frau Brandt,\n\nthank you for the viewing yesterday! As asked, my details for the Mietvertrag:\n\nName: Lucas Ferreira Almeida\nGeburtsdatum: 30.01.1993\nPassport no.: CB481927 (Portugal)\nMobile: +49 176 4418 2093\n\nFor the Kaution (€2,100) please tell me if you prefer a transfer or a Mietkautionskonto. My IBAN for any refunds is PT12 0035 0182 0003 9457 6301 3.\n\nLiebe Grüße\nLucas',
    pii: [
      ['PERSON', 'Brandt'],
      ['PERSON', 'Lucas Ferreira Almeida'],
      ['DATE_OF_BIRTH', '30.01.1993'],
      ['PASSPORT', 'CB481927'],
      ['PHONE', '+49 176 4418 2093'],
      ['IBAN', 'PT12 0035 0182 0003 9457 6301 3'],
      ['PERSON', 'Lucas'],
    ],
  },
  {
    text: 'Keep getting 429s from the Geocoding API even though billing is enabled:\n\n{"error_message": "You have exceeded your rate-limit for this API.", "status": "OVER_QUERY_LIMIT"}\n\nBatching ~12,000 rows with a 50ms sleep, Python 3.11, googlemaps==4.10.0, project geo-batch-prod. Is the quota per key or per project?',
    pii: [],
  },
  {
    text: 'Good evening sir, please my name on the ticket (booking GIG-30418, Enugu to Port Harcourt, 22nd June) was written as Ngozi Okeke instead of Ngozika Okeke-Umeh. I paid N18,500 by transfer from my GTB account 0123874590. My number is 0809 114 6627 and WhatsApp 0706 552 3190. Thank you and God bless',
    pii: [
      ['PERSON', 'Ngozi Okeke'],
      ['PERSON', 'Ngozika Okeke-Umeh'],
      ['BANK_ACCOUNT', '0123874590'],
      ['PHONE', '0809 114 6627'],
      ['PHONE', '0706 552 3190'],
    ],
  },
  {
    text: "Agent: For the visa invitation letter I need your name exactly as in your passport.\nCustomer: ZHANG, XIAOYU. But everyone calls me Sherry Zhang, that's the name on the booking\nAgent: No problem. Date of birth and passport number?\nCustomer: 1997-10-08, E73019284\nAgent: And which email should the letter go to?\nCustomer: sherry.zxy97@163.com\nAgent: Done, letter ref VL-2025-0914 will arrive within 24h.",
    pii: [
      ['PERSON', 'ZHANG, XIAOYU'],
      ['PERSON', 'Sherry Zhang'],
      ['DATE_OF_BIRTH', '1997-10-08'],
      ['PASSPORT', 'E73019284'],
      ['EMAIL', 'sherry.zxy97@163.com'],
    ],
  },
  {
    text: "Does anyone know how long the IRS takes on a W-7 renewal right now? Mailed mine Feb 18 with the 1040-X, USPS tracking 9405 5036 9930 0481 2267 54, and the e-file rejection was IND-181-01. It's been 11 weeks. The Taxpayer Advocate line (877) 777-4778 just keeps me on hold.",
    pii: [],
  },
  {
    text: "ugh stuck on the subte Línea D, been stopped 20 min 😩 start without me, order the 4 quesos one, I'll send u the $12.500 by MP later",
    pii: [],
  },
  {
    text: 'Dear Ms Fashola,\n\nPlease find attached my CV for the Graduate Trainee (Audit) position, ref GT-2025-11. I graduated from UNILAG with a 2:1 in Accounting in 2023 and completed my NYSC in Kano.\n\nMy LinkedIn is linkedin.com/in/tobi-adeyemi-aca and I can be reached on either number below.\n\nYours sincerely,\nOluwatobiloba Adeyemi\n+234 703 228 9915 / 0812 604 1170\ntobi.adeyemi23@gmail.com',
    pii: [
      ['PERSON', 'Fashola'],
      ['USERNAME', 'tobi-adeyemi-aca'],
      ['PERSON', 'Oluwatobiloba Adeyemi'],
      ['PHONE', '+234 703 228 9915'],
      ['PHONE', '0812 604 1170'],
      ['EMAIL', 'tobi.adeyemi23@gmail.com'],
    ],
  },
  {
    text: 'Customer: Hi, I try to open 적금 online but the app says 외국인등록번호 is invalid. I typed 890517-5248163\nAgent: For foreign residents, your name must be exactly as on the ARC, in capitals.\nCustomer: NGUYEN VAN HUNG. and the phone 010-5172-9934 is under my wife name 김하나, is that problem? Salary account is 신한 110-482-771306 if you need\nAgent: Yes, phone verification has to be in your own name. Please visit a branch or call 1599-8000.',
    pii: [
      ['FRN', '890517-5248163'],
      ['PERSON', 'NGUYEN VAN HUNG'],
      ['PHONE', '010-5172-9934'],
      ['PERSON', '김하나'],
      ['BANK_ACCOUNT', '110-482-771306'],
    ],
  },
  {
    text: "Agent: Welcome back. To do the SIM swap I'll need the 19-digit number printed on the new card.\nCustomer: 8944 1103 9921 4470 589\nAgent: That's 8944 1103 9921 4470 589, correct? And for security, your date of birth?\nCustomer: yes. 3rd Jan 1961\nAgent: Thank you Mrs Okafor-Bell. Your number 07488 315 902 will move to the new SIM within 2 hours, order SW-6620917.",
    pii: [
      ['ICCID', '8944 1103 9921 4470 589'],
      ['ICCID', '8944 1103 9921 4470 589'],
      ['DATE_OF_BIRTH', '3rd Jan 1961'],
      ['PERSON', 'Okafor-Bell'],
      ['PHONE', '07488 315 902'],
    ],
  },
  {
    text: "Agent: Hi, you're chatting with Kwame. How can I help today?\nCustomer: hi kwame my direct debit bounced, can i pay the £34.99 arrears by card here\nAgent: I can send you a secure payment link, please don't type card details in chat.\nCustomer: oh too late lol 4921 8306 1254 7719 exp 11/26 cvv 058\nAgent: I've redacted that message. Please ask your bank to cancel that card to be safe. Link sent to the email on file.\nCustomer: ok ta Kwame",
    pii: [
      ['PERSON', 'Kwame'],
      ['PERSON', 'kwame'],
      ['CREDIT_CARD', '4921 8306 1254 7719'],
      ['CARD_EXPIRY', '11/26'],
      ['CARD_CVV', '058'],
      ['PERSON', 'Kwame'],
    ],
  },
];
