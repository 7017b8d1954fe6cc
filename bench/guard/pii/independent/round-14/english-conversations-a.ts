// English conversations for round 14, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundFourteenConversationsA: readonly IndependentText[] = [
  {
    text: "yo it's Dane from footy, Mick gave me ur number. can u flick me ur email for the team spreadsheet? mine's dane.w.kowalczyk@outlook.com 🏉",
    pii: [
      ['PERSON', 'Dane'],
      ['PERSON', 'Mick'],
      ['EMAIL', 'dane.w.kowalczyk@outlook.com'],
    ],
  },
  {
    text: "Hi Priya,\n\nThanks for sending the onboarding pack. My salary account details are below:\n\nBank: GTBank\nAccount name: Chukwuemeka Nwosu\nAccount number: 0123984471\n\nI've also attached my NIN slip and two passport photos. I noticed the contract says employee no. EMP-20417, grade L4; please let me know if that's correct.\n\nKind regards,\nEmeka Nwosu\n0809 552 3318",
    pii: [
      ['PERSON', 'Priya'],
      ['PERSON', 'Chukwuemeka Nwosu'],
      ['BANK_ACCOUNT', '0123984471'],
      ['PERSON', 'Emeka Nwosu'],
      ['PHONE', '0809 552 3318'],
    ],
  },
  {
    text: "hiya, it's Mrs Doreen Halloway, Halloway with an A, I'm phoning for my husband Bernard because he's in the hospital, and we've had this letter about the water meter at 7 Crabtree Close, Barnsley S70 4HQ, reference WM 2284 119, and it says £212 and I don't know what it's for",
    pii: [
      ['PERSON', 'Doreen Halloway'],
      ['PERSON', 'Bernard'],
      ['ADDRESS', '7 Crabtree Close, Barnsley S70 4HQ'],
    ],
  },
  {
    text: 'Customer: hello, 배송 언제 와요? I ordered the 홍삼 red ginseng set on 6/12\nAgent: Hi! Your parcel is with CJ대한통운, tracking 6829 4417 0352. It should arrive by Friday.\nCustomer: 네 감사합니다 😊',
    pii: [],
  },
  {
    text: "Customer: I left my debit card in a cab last night, can you cancel it? Last four are 7781. Someone's already taken £120 out at an ATM.\nAgent: I'm sorry to hear that. For security, can you confirm your date of birth and account number?\nCustomer: 02/11/1979, sort code 20-45-77, account 53190846\nAgent: Thank you, Mrs. Adeyemi-Clarke. The card is cancelled and I've raised claim CLM-0093315 for the £120.",
    pii: [
      ['DATE_OF_BIRTH', '02/11/1979'],
      ['BANK_ACCOUNT', '53190846'],
      ['PERSON', 'Adeyemi-Clarke'],
    ],
  },
  {
    text: 'Agent: Happy to move your line onto the new phone. Which number is it for?\nCustomer: (773) 208-4419\nAgent: Got it. And the IMEI of the new device? Dial *#06# to see it.\nCustomer: 35 209911 478356 2\nAgent: Thanks. Last thing, the account passcode please.\nCustomer: bluefinch88\nAgent: All set, the eSIM QR code is on its way. Order #ESM-448120.',
    pii: [
      ['PHONE', '(773) 208-4419'],
      ['IMEI', '35 209911 478356 2'],
      ['PASSWORD', 'bluefinch88'],
    ],
  },
  {
    text: 'Tel call from daughter (Funmi Adeyinka) re mother Mrs Bisola Adeyinka, DOB 14/03/1948, hosp no. LUTH-2093381. Home BP 168/94 this am, no chest pain, taking amlodipine 10mg OD. Advised ED if headache or visual change. Next OPD review 22/07. Contact 0802 774 1093. - Nurse A. Okonkwo',
    pii: [
      ['PERSON', 'Funmi Adeyinka'],
      ['PERSON', 'Bisola Adeyinka'],
      ['DATE_OF_BIRTH', '14/03/1948'],
      ['MEDICAL_RECORD', 'LUTH-2093381'],
      ['PHONE', '0802 774 1093'],
      ['PERSON', 'A. Okonkwo'],
    ],
  },
  {
    text: "Anyone else's Ioniq 5 throwing P1A1100 after the 12V battery warning? Dealer in Oakville says the ICCU campaign 250 update isn't out for my build month yet. Car's at 41,200 km, bought Mar 2022.",
    pii: [],
  },
  {
    text: "Customer: Hi, my daughter's ticket has her birthday wrong. Booking 8ZTRWA, flight EK0038 DXB-BHX on 3 Sept.\nAgent: Sorry about that! What should it be?\nCustomer: 19 May 2016. Her name is Zara Malik, that part's right\nAgent: Thank you. And which passport is she travelling on?\nCustomer: her Pakistani one, EV7204518\nAgent: Updated, no fee charged.",
    pii: [
      ['DATE_OF_BIRTH', '19 May 2016'],
      ['PERSON', 'Zara Malik'],
      ['PASSPORT', 'EV7204518'],
    ],
  },
  {
    text: 'Dear Ms. Rao,\n\nThank you for the offer. Please find attached my PAN card, masked Aadhaar and a cancelled cheque. For salary credit, my account no. is 50100234417862 with HDFC Bank, Kakkanad branch (IFSC HDFC0001187).\n\nThe joining date of 2nd June works for me.\n\nThanks & regards,\nSreeja Menon\n+91-94470 38126',
    pii: [
      ['PERSON', 'Rao'],
      ['BANK_ACCOUNT', '50100234417862'],
      ['PERSON', 'Sreeja Menon'],
      ['PHONE', '+91-94470 38126'],
    ],
  },
  {
    text: "Customer: hi, moving into Unit 3, 58 Gregory Tce, Spring Hill QLD 4000 on the 12th, can you connect the power in my name?\nAgent: Sure can! Can I grab your full name and date of birth?\nCustomer: Matilda Rose Hennessy, 08/09/1996\nAgent: Thanks Matilda, connection's booked for 12 July, NMI 3120445891. You'll be on the Flexi Saver plan at 31.9c/kWh.",
    pii: [
      ['ADDRESS', 'Unit 3, 58 Gregory Tce, Spring Hill QLD 4000'],
      ['PERSON', 'Matilda Rose Hennessy'],
      ['DATE_OF_BIRTH', '08/09/1996'],
      ['PERSON', 'Matilda'],
    ],
  },
  {
    text: 'Hello, I am Sato Yuki (佐藤 由紀). I ordered running shoes, order 2025-0611-88412, but size 24.5 is too small. Please send the exchange 25.0 to 東京都渋谷区神宮前4-12-10 メゾン神宮前305. My phone +81 90-4418-2736. よろしくお願いします',
    pii: [
      ['PERSON', 'Sato Yuki'],
      ['PERSON', '佐藤 由紀'],
      ['ADDRESS', '東京都渋谷区神宮前4-12-10 メゾン神宮前305'],
      ['PHONE', '+81 90-4418-2736'],
    ],
  },
  {
    text: "Customer: why is the app suddenly asking for my driver's license??\nAgent: It's a one-time ID check because you raised your transfer limit to $10,000. You can upload a photo of the front instead of typing the number.\nCustomer: ok i'll do the photo then",
    pii: [],
  },
  {
    text: 'Kind regards\n\nDr Rhys Llewellyn-Price BVSc MRCVS\nVeterinary Surgeon, Copperfield Vets\nT 029 2076 5513 ext 204\nrhys.lp@copperfieldvets.co.uk\nEmergencies (24h): 0800 917 4420',
    pii: [
      ['PERSON', 'Rhys Llewellyn-Price'],
      ['PHONE', '029 2076 5513'],
      ['EMAIL', 'rhys.lp@copperfieldvets.co.uk'],
    ],
  },
  {
    text: 'Hi Priscilla, your Kia Sportage (reg BV21 XKT) has passed its MOT and is ready for collection from 3pm. Total £286.40 incl. 2 front tyres. Job ref JOB-55281. - Arnold Clark Kia Stirling',
    pii: [
      ['PERSON', 'Priscilla'],
      ['VEHICLE_PLATE', 'BV21 XKT'],
    ],
  },
  {
    text: 'Customer: want to add my partner as a named driver on the policy, what do you need?\nAgent: Full name, date of birth and licence number please.\nCustomer: Sean Patrick Dunleavy, born 23 Oct 1988\nCustomer: licence DUNLE810238SP9XY\nAgent: Thanks, that adds £74.12 to the annual premium, policy MTR-4471902.',
    pii: [
      ['PERSON', 'Sean Patrick Dunleavy'],
      ['DATE_OF_BIRTH', '23 Oct 1988'],
      ['DRIVER_LICENSE', 'DUNLE810238SP9XY'],
    ],
  },
  {
    text: "Hey Glenys, Jono from Rapid Plumbing. On my way to 22 Banksia St, Mount Druitt now, ETA 10 min. Quote Q-3381 for the Rheem 315L unit is $2,940 inc GST. Ring me on 0408 331 592 if the gate's locked",
    pii: [
      ['PERSON', 'Glenys'],
      ['PERSON', 'Jono'],
      ['ADDRESS', '22 Banksia St, Mount Druitt'],
      ['PHONE', '0408 331 592'],
    ],
  },
  {
    text: "Reception note: Ms Aoife Brennan-Walsh (DOB 07.02.1991, NHS 943 476 5919) phoned re fit note extension, off work since 3/6 with back pain. Booked telephone appt Thurs 10:40 with Dr Kwame Mensah. Pt's new mobile 07700 918264 updated on system.",
    pii: [
      ['PERSON', 'Aoife Brennan-Walsh'],
      ['DATE_OF_BIRTH', '07.02.1991'],
      ['HEALTH_INSURANCE', '943 476 5919'],
      ['PERSON', 'Kwame Mensah'],
      ['PHONE', '07700 918264'],
    ],
  },
  {
    text: 'Ciao Matteo,\n\nkey handover at Via Carlo Farini 17, int. 6, 20159 Milano is confirmed for Saturday at 10:00. The code for the street door is 4827B.\n\nPlease transfer the balance (€980 rent + €120 condominio) before then to:\nIT31 X030 6909 6061 0000 0073 219\nIntestato a: Giulia Bertolini\n\nA sabato!\nGiulia',
    pii: [
      ['PERSON', 'Matteo'],
      ['ADDRESS', 'Via Carlo Farini 17, int. 6, 20159 Milano'],
      ['PASSWORD', '4827B'],
      ['IBAN', 'IT31 X030 6909 6061 0000 0073 219'],
      ['PERSON', 'Giulia Bertolini'],
      ['PERSON', 'Giulia'],
    ],
  },
  {
    text: "Stripe webhook keeps failing signature verification on Node 20:\n\nconst event = stripe.webhooks.constructEvent(req.body, sig, 'whsec_7Jq2mXv9LcR4tN8pWb3sKd6hYf1aZe5G');\n\nError: No signatures found matching the expected signature for payload. express 4.19.2, stripe-node 14.21.0. Is it the body parser?",
    pii: [['SECRET', 'whsec_7Jq2mXv9LcR4tN8pWb3sKd6hYf1aZe5G']],
  },
  {
    text: 'Good evening. I did a transfer of ₦85,000 to my brother Ikenna on Friday, it debited my account but he has not received it. My account is 2087341596, session ID 000013250614183522019847. You can call me on 08134429017. Please help me, God bless.',
    pii: [
      ['PERSON', 'Ikenna'],
      ['BANK_ACCOUNT', '2087341596'],
      ['PHONE', '08134429017'],
    ],
  },
  {
    text: 'Agent: What name is the reservation under?\nCustomer: Zhang Wei-Lun, but the booking site may have it as Weilun Zhang. Passport says ZHANG, WEILUN\nAgent: Found it as WEILUN ZHANG, confirmation 88172045, 3 nights. Which card for the deposit?\nCustomer: 5412 7534 9081 2265 exp 09/28, cvv 318',
    pii: [
      ['PERSON', 'Zhang Wei-Lun'],
      ['PERSON', 'Weilun Zhang'],
      ['PERSON', 'ZHANG, WEILUN'],
      ['PERSON', 'WEILUN ZHANG'],
      ['CREDIT_CARD', '5412 7534 9081 2265'],
      ['CARD_EXPIRY', '09/28'],
      ['CARD_CVV', '318'],
    ],
  },
  {
    text: "Hi Dolores, quick question before our appointment. My wife's ITIN isn't back yet, we mailed the W-7 in March. Can we still file jointly on the 1040? My SSN is 523-81-4479, her name is Mariana Gutiérrez Lozano, she has no number yet.",
    pii: [
      ['PERSON', 'Dolores'],
      ['US_SSN', '523-81-4479'],
      ['PERSON', 'Mariana Gutiérrez Lozano'],
    ],
  },
  {
    text: "Is EE's 5G actually any good in Leeds city centre? Thinking of going from my £18/month O2 SIM-only to their 100GB plan when my contract ends on 14 Sept.",
    pii: [],
  },
  {
    text: "hey it's Valen 👋 use this email for the reunion invites now: valentina.roldan.87@gmail.com, the hotmail one is dead. also pls add my cousin Nico to the group, his cel is +54 9 351 612-4408",
    pii: [
      ['PERSON', 'Valen'],
      ['EMAIL', 'valentina.roldan.87@gmail.com'],
      ['PERSON', 'Nico'],
      ['PHONE', '+54 9 351 612-4408'],
    ],
  },
];
