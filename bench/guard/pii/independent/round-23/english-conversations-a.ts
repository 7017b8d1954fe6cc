// English conversations for round 23, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwentyThreeConversationsA: readonly IndependentText[] = [
  {
    text: "Customer: Hi, need to add my daughter's passport details to booking 7RTWJD before online check-in, VS0019 to JFK on 3 Sept\nAgent: Of course. Full name exactly as on the passport, date of birth and passport number please.\nCustomer: HARGREAVES, ELODIE MAY / 19 Nov 2016 / 129584317\nAgent: Thank you. And a mobile number for disruption alerts?\nCustomer: mine is fine, 07723 614 085. oh wait her DOB is 19 Nov 2015 not 2016, sorry typo\nAgent: No problem, amended to 19NOV2015. Her seat 42K is still held next to you in 42J.",
    pii: [
      ['PERSON', 'HARGREAVES, ELODIE MAY'],
      ['DATE_OF_BIRTH', '19 Nov 2016'],
      ['PASSPORT', '129584317'],
      ['PHONE', '07723 614 085'],
      ['DATE_OF_BIRTH', '19 Nov 2015'],
      ['DATE_OF_BIRTH', '19NOV2015'],
    ],
  },
  {
    text: 'Hi Sowmya,\n\nPlease find below my details for payroll setup as requested.\n\nName (as per bank records): Harish Kumar Ramaswamy\nDOB: 07-04-1996\nBank A/c No.: 50100234871562 (HDFC Bank, Koramangala branch)\nIFSC: HDFC0001753\nEmergency contact: father, R. Ramaswamy - 94433 18207\n\nJoining on 2nd June is fine for me. Scanned documents attached (4 files, 2.3 MB).\n\nThanks & regards,\nHarish\n+91 99001 47362',
    pii: [
      ['PERSON', 'Sowmya'],
      ['PERSON', 'Harish Kumar Ramaswamy'],
      ['DATE_OF_BIRTH', '07-04-1996'],
      ['BANK_ACCOUNT', '50100234871562'],
      ['PERSON', 'R. Ramaswamy'],
      ['PHONE', '94433 18207'],
      ['PERSON', 'Harish'],
      ['PHONE', '+91 99001 47362'],
    ],
  },
  {
    text: 'Customer: hi, moving into 3/117 Glenhuntly Rd, Elsternwick VIC 3185 on the 12th, need the power connected\nAgent: Happy to help! Can I grab your full name and date of birth for the ID check?\nCustomer: Priya Natarajan, 22/09/1990\nAgent: Thanks Priya. Best contact number?\nCustomer: 0432 771 590\nAgent: And would you like to pay by direct debit?\nCustomer: yes pls, BSB 063-182 acct 1049 5527\nAgent: All set. The connection fee is $42.35 on your first bill, reference VIC-CN-448120.',
    pii: [
      ['ADDRESS', '3/117 Glenhuntly Rd, Elsternwick VIC 3185'],
      ['PERSON', 'Priya Natarajan'],
      ['DATE_OF_BIRTH', '22/09/1990'],
      ['PERSON', 'Priya'],
      ['PHONE', '0432 771 590'],
      ['BANK_ACCOUNT', '1049 5527'],
    ],
  },
  {
    text: 'Hello, my name is 王思远 (Wang Siyuan). I cannot login my account, the username is siyuan_w88 and I forget the password. Registered phone is 138 1726 4093 but now I am in Korea and use 010-7214-3358, so I cannot receive the code. My order 2025061488213 is still waiting. Please help, 谢谢',
    pii: [
      ['PERSON', '王思远'],
      ['PERSON', 'Wang Siyuan'],
      ['USERNAME', 'siyuan_w88'],
      ['PHONE', '138 1726 4093'],
      ['PHONE', '010-7214-3358'],
    ],
  },
  {
    text: "Customer: the app is asking for the last 4 of my card and my billing zip, is that normal??\nAgent: Yes, that's our standard check. We will never ask for the full card number or the 3-digit code.\nCustomer: ok 8812 and 60614\nAgent: Thank you, you're verified. I've opened case 00418823 for the duplicate $19.99 charge.",
    pii: [],
  },
  {
    text: 'Hi Mr Okonkwo-Hale,\n\nJust confirming your hygienist appointment has moved to Thurs at 14:20. For the new patient portal your patient no. is CDC-0038271 and your username is rokonkwohale (temporary password sent separately by text).\n\nKind regards\nSaoirse Lennon\nTreatment Coordinator | Canonmills Dental Care\nDD: 0131 557 2904 | Mob: 07852 340 617',
    pii: [
      ['PERSON', 'Okonkwo-Hale'],
      ['MEDICAL_RECORD', 'CDC-0038271'],
      ['USERNAME', 'rokonkwohale'],
      ['PERSON', 'Saoirse Lennon'],
      ['PHONE', '0131 557 2904'],
      ['PHONE', '07852 340 617'],
    ],
  },
  {
    text: "Hi Dwayne, it's Carla at Eastgate Toyota service. Your 2020 RAV4 (plate 8KZW217, VIN JTMW1RFV6LD052731) is ready for pickup, total $389.42 for the 30k service. When you return the loaner please bring the same license you showed us, CA D4482917. Text me here or call my direct line 714-836-2270.",
    pii: [
      ['PERSON', 'Dwayne'],
      ['PERSON', 'Carla'],
      ['VEHICLE_PLATE', '8KZW217'],
      ['VIN', 'JTMW1RFV6LD052731'],
      ['DRIVER_LICENSE', 'D4482917'],
      ['PHONE', '714-836-2270'],
    ],
  },
  {
    text: "Customer: the card on booking CHX4471902 has expired, can I swap it before pickup at Edinburgh Airport tomorrow?\nAgent: Sure. Please send the new card number and expiry, the desk will take the security code in person.\nCustomer: 5355 2190 4408 1178 exp 09/29\nAgent: Updated. Also the main driver's DOB shows as 03/06/1988, is that correct?\nCustomer: no!! 06/03/1988, day first\nAgent: Corrected. And licence MACLE803068F99KT is still valid?\nCustomer: yes that's me, Fraser MacLeod",
    pii: [
      ['CREDIT_CARD', '5355 2190 4408 1178'],
      ['CARD_EXPIRY', '09/29'],
      ['DATE_OF_BIRTH', '03/06/1988'],
      ['DATE_OF_BIRTH', '06/03/1988'],
      ['DRIVER_LICENSE', 'MACLE803068F99KT'],
      ['PERSON', 'Fraser MacLeod'],
    ],
  },
  {
    text: "Hi it's Jarrah from The Good Guys delivery, running about 20 min late with your washer, ETA 10:40. Need someone 18+ to sign. Call or txt 0419 552 803\n> no worries mate, I'm at work but my partner Sione is home, his mob is 0466 201 378. it's on finance so u might need his licence, it's 14882037. gate code is 4471 if nobody answers the buzzer",
    pii: [
      ['PERSON', 'Jarrah'],
      ['PHONE', '0419 552 803'],
      ['PERSON', 'Sione'],
      ['PHONE', '0466 201 378'],
      ['DRIVER_LICENSE', '14882037'],
      ['PASSWORD', '4471'],
    ],
  },
  {
    text: "Reception note 11:05: Mrs Gwendolyn Pryce-Evans (DOB 14.02.1949, NHS 943 476 5919) re: blood results from Royal Gwent, hosp no. RG0772315. Daughter Carys rang on her behalf, callback 07700 928 416 (Carys's mobile, mum is hard of hearing). Tasked to Dr Hamid Qureshi, routine.",
    pii: [
      ['PERSON', 'Gwendolyn Pryce-Evans'],
      ['DATE_OF_BIRTH', '14.02.1949'],
      ['HEALTH_INSURANCE', '943 476 5919'],
      ['MEDICAL_RECORD', 'RG0772315'],
      ['PERSON', 'Carys'],
      ['PHONE', '07700 928 416'],
      ['PERSON', 'Carys'],
      ['PERSON', 'Hamid Qureshi'],
    ],
  },
  {
    text: 'Hallo Malik,\n\nthe Nebenkosten settlement finally came, we each owe €87.40 for 2024. My German account is closed now, so please send your part to my Polish one:\nnr konta 61 1090 1014 0000 0712 1981 2874 (Santander, Zofia Wróblewska)\n\nAlso the new WLAN password is Kastanienhof!77 and my new Handynummer is +49 1573 4418902.\n\nDzięki!\nZofia',
    pii: [
      ['PERSON', 'Malik'],
      ['BANK_ACCOUNT', '61 1090 1014 0000 0712 1981 2874'],
      ['PERSON', 'Zofia Wróblewska'],
      ['PASSWORD', 'Kastanienhof!77'],
      ['PHONE', '+49 1573 4418902'],
      ['PERSON', 'Zofia'],
    ],
  },
  {
    text: "Stripe webhook keeps failing with 400 \"No signatures found matching the expected signature for payload\":\n\napp.post('/hooks/stripe', express.raw({ type: 'application/json' }), handler)\n\nstripe-node 14.21.0, Node 20.11, deployed on Render. Works with the CLI (stripe listen) but not from the dashboard test event evt_1PXq2kLmN4. What am I missing?",
    pii: [],
  },
  {
    text: 'Good afternoon sir, I paid school fees for my son Chukwuemeka Obi (JSS2, admission no SFA/2021/0448) by transfer from my Access account 0691 447 203 on 3rd May, amount ₦185,000, but the portal still shows he is owing. Please call me on 0805 912 3347 or WhatsApp 0812 660 1458. Thank you. Mrs Obi',
    pii: [
      ['PERSON', 'Chukwuemeka Obi'],
      ['BANK_ACCOUNT', '0691 447 203'],
      ['PHONE', '0805 912 3347'],
      ['PHONE', '0812 660 1458'],
      ['PERSON', 'Obi'],
    ],
  },
  {
    text: "Agent: Could you confirm your name exactly as it appears on the account?\nCustomer: MOHAMED ABDELRAHMAN. Some letters come as Mohammed Abdel-Rahman, sorry for confusion\nAgent: No problem. And your date of birth?\nCustomer: 1987-10-05\nAgent: Thank you. Which passport did you open the account with?\nCustomer: A27719354 but it expired, the new one is A31184620\nAgent: Thanks Mr Abdelrahman, I've updated it. Is +44 7946 318 502 still the best number for you?\nCustomer: yes\nAgent: Perfect. Your debit card ending 4471 will keep working as normal.",
    pii: [
      ['PERSON', 'MOHAMED ABDELRAHMAN'],
      ['PERSON', 'Mohammed Abdel-Rahman'],
      ['DATE_OF_BIRTH', '1987-10-05'],
      ['PASSPORT', 'A27719354'],
      ['PASSPORT', 'A31184620'],
      ['PERSON', 'Abdelrahman'],
      ['PHONE', '+44 7946 318 502'],
    ],
  },
  {
    text: "E-file rejected again with 'dependent SSN/name/DOB does not match' (reject code IND-996-01). Son's SSN is 614-38-2270, DOB 08/19/2019, and his card says Mateo Alejandro Ruiz-Castillo but I entered Mateo Ruiz. Do I need both last names? Also the refund is set to checking 7820 3316 4492, routing 322271627, could that be part of it?",
    pii: [
      ['US_SSN', '614-38-2270'],
      ['DATE_OF_BIRTH', '08/19/2019'],
      ['PERSON', 'Mateo Alejandro Ruiz-Castillo'],
      ['PERSON', 'Mateo Ruiz'],
      ['BANK_ACCOUNT', '7820 3316 4492'],
    ],
  },
  {
    text: "Anyone using giffgaff's £10 goodybag in Spain? Heard the EU roaming cap is 5GB. I'm in Málaga 12-19 Oct, is an eSIM worth it or just grab an Orange ES SIM at the airport for €15?",
    pii: [],
  },
  {
    text: "hola, Valen here 🙈 phone got nicked at the concert. use +56 9 8841 3027 for now pls. and if you get weird DMs from my insta @valen.rojas_ don't click anything",
    pii: [
      ['PERSON', 'Valen'],
      ['PHONE', '+56 9 8841 3027'],
      ['USERNAME', '@valen.rojas_'],
    ],
  },
  {
    text: 'Dear Sir/Madam,\n\nRE: APPLICATION FOR GRADUATE TRAINEE (REF GTP/2025/11)\n\nI wish to apply for the above position. I graduated from UNILAG with Second Class Upper in Mechanical Engineering and completed NYSC in Kaduna in March 2025.\n\nDate of Birth: 14th July 1999\nState of Origin: Ogun\nPhone: 0814 227 3096 / 0907 118 5542\n\nYours faithfully,\nOluwadamilare Sanusi (Mr)\noluwadamilare.sanusi99@gmail.com',
    pii: [
      ['DATE_OF_BIRTH', '14th July 1999'],
      ['PHONE', '0814 227 3096'],
      ['PHONE', '0907 118 5542'],
      ['PERSON', 'Oluwadamilare Sanusi'],
      ['EMAIL', 'oluwadamilare.sanusi99@gmail.com'],
    ],
  },
  {
    text: "Customer: hi, 카드 발급 is stuck, it says 외국인등록번호 not match. I typed 880612-5384210\nAgent: Thank you. For your safety please don't type ID numbers in chat. Is the name on your ARC exactly TRAN VAN DUC?\nCustomer: yes TRAN VAN DUC. 생년월일 1988.06.12, phone 010-4418-2975\nAgent: Our card team will call you on that number within 1 business day.",
    pii: [
      ['FRN', '880612-5384210'],
      ['PERSON', 'TRAN VAN DUC'],
      ['PERSON', 'TRAN VAN DUC'],
      ['DATE_OF_BIRTH', '1988.06.12'],
      ['PHONE', '010-4418-2975'],
    ],
  },
  {
    text: "yo Anmol's cousin Harjot lands at Pearson sat 4:15, AC857 from Heathrow. can u grab him? his cell is 647-882-1904 or msg him on insta @harjot.s22 if his roaming's dead",
    pii: [
      ['PERSON', 'Anmol'],
      ['PERSON', 'Harjot'],
      ['PHONE', '647-882-1904'],
      ['USERNAME', '@harjot.s22'],
    ],
  },
  {
    text: "Agent: For security, can I take your date of birth please?\nCustomer: Twelfth of January, nineteen seventy-four.\nAgent: Thank you. And the mobile number you're calling about?\nCustomer: 07481 226 903. No, sorry, 07481 226 930.\nAgent: Got it. And the IMEI? You can get it by dialling star hash zero six hash.\nCustomer: 35 209611 447182 6\nAgent: Lovely. The unlock code will come by text within 48 hours, Mrs Achterberg.",
    pii: [
      ['DATE_OF_BIRTH', 'Twelfth of January, nineteen seventy-four'],
      ['PHONE', '07481 226 903'],
      ['PHONE', '07481 226 930'],
      ['IMEI', '35 209611 447182 6'],
      ['PERSON', 'Achterberg'],
    ],
  },
  {
    text: 'Is this legit?? Text says my Royal Mail parcel needs a £1.45 redelivery fee at royalmail-redelivery-uk.info, tracking RM429118843GB. I am expecting an Amazon order but it said DPD 🤔',
    pii: [],
  },
  {
    text: "Agent: Hi, you're chatting with Tomás. What can I do for you today?\nCustomer: hey Tomás, want to freeze my membership for 2 months, broke my ankle 🙄 username is ellie_b_runs\nAgent: Ouch, sorry to hear that! Can I confirm your date of birth?\nCustomer: 30/11/97\nAgent: Thanks Ellie. The freeze is £5/month, shall I take it from the account ending 2290?\nCustomer: no, new one pls. sort code 20-45-77, acc 63019482\nAgent: Done, the freeze starts 1 July. Ref FRZ-20931.",
    pii: [
      ['PERSON', 'Tomás'],
      ['PERSON', 'Tomás'],
      ['USERNAME', 'ellie_b_runs'],
      ['DATE_OF_BIRTH', '30/11/97'],
      ['PERSON', 'Ellie'],
      ['BANK_ACCOUNT', '63019482'],
    ],
  },
  {
    text: "Hi darl, Pop's been moved to Fiona Stanley, ward 6A bed 12. If you ring they'll ask for his UR number, it's 00731522, and DOB 4/3/1938. Aunty Lorraine is with him, her mobile is 0407 318 256. Visiting til 8pm xx",
    pii: [
      ['MEDICAL_RECORD', '00731522'],
      ['DATE_OF_BIRTH', '4/3/1938'],
      ['PERSON', 'Lorraine'],
      ['PHONE', '0407 318 256'],
    ],
  },
  {
    text: "Agent: Hi Bartholomew, the payment for order #A-228194 ($129.00) was declined. Could you check your card details?\nCustomer: weird. card is 4147 2031 8825 6610 exp 11/27 cvc 381, maybe i typed the zip wrong? it's 97214\nAgent: Please don't send card details in chat, I've masked them. You can update the card under Account > Payments, your login is bart.nwosu\nCustomer: ok thx",
    pii: [
      ['PERSON', 'Bartholomew'],
      ['CREDIT_CARD', '4147 2031 8825 6610'],
      ['CARD_EXPIRY', '11/27'],
      ['CARD_CVV', '381'],
      ['USERNAME', 'bart.nwosu'],
    ],
  },
];
