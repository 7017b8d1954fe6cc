// English conversations for round 10, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTenConversationsA: readonly IndependentText[] = [
  {
    text: 'omg hiii its Keziah!! got a new phone, number is 07700 914 382 now, delete the old one x',
    pii: [
      ['PERSON', 'Keziah'],
      ['PHONE', '07700 914 382'],
    ],
  },
  {
    text: "Hello HR team,\n\nAttached are my completed tax declaration form and a scan of my work visa. I'll bring the originals to induction on Monday 12 May.\n\nKind regards,\nMateus Carvalho Ribeiro\nSite Engineer (Civil)\n+55 21 98734-5120 | mateus.cribeiro@outlook.com",
    pii: [
      ['PERSON', 'Mateus Carvalho Ribeiro'],
      ['PHONE', '+55 21 98734-5120'],
      ['EMAIL', 'mateus.cribeiro@outlook.com'],
    ],
  },
  {
    text: "hiya, yeah, it's Siobhan Gallagher, that's S-I-O-B-H-A-N, I'm calling cos the broadband's been dropping out every night since Tuesday, the account's the one ending two-nine-oh-six, and I work from home so it's a nightmare",
    pii: [['PERSON', 'Siobhan Gallagher']],
  },
  {
    text: "Customer: Two payments to ALIEXPRESS.COM this morning, £219.40 and £37.15, neither were me. It's my Mastercard 5412 7534 9981 2043.\nAgent: Thanks for flagging this, Mrs Adeyemi-Clarke. The card is now frozen and I've raised fraud case FRD-2025-448173. Your new card should arrive within 5 working days.",
    pii: [
      ['CREDIT_CARD', '5412 7534 9981 2043'],
      ['PERSON', 'Adeyemi-Clarke'],
    ],
  },
  {
    text: 'Agent: Before I can unlock the handset I need the 15-digit IMEI (dial *#06# to see it) and the security passcode on the account.\nCustomer: ok it says 353918104726555. passcode is ferret22\nAgent: Thanks. And the mobile number on the account is 0412 660 318?\nCustomer: correct',
    pii: [
      ['IMEI', '353918104726555'],
      ['PASSWORD', 'ferret22'],
      ['PHONE', '0412 660 318'],
    ],
  },
  {
    text: 'Phone triage 14:20 - Mrs Halima Yusuf (hosp no. RX7741290) reports swelling L ankle since cast removed Fri. Advised elevate + ice 20 min, attend fracture clinic tmrw 09:00. Daughter Amina will ring back on 07834 215 906 if any change. Ortho reg Dr Gareth Mills aware.',
    pii: [
      ['PERSON', 'Halima Yusuf'],
      ['MEDICAL_RECORD', 'RX7741290'],
      ['PERSON', 'Amina'],
      ['PHONE', '07834 215 906'],
      ['PERSON', 'Gareth Mills'],
    ],
  },
  {
    text: 'Has anyone else had the ICCU go on their Ioniq 5? Mine died on the M6 near J16 at 31,000 miles. Dealer says part 36400-GI100 is on back order until 22 Sept and the job card (88231) has been sitting there for a week.',
    pii: [],
  },
  {
    text: "Customer: Hi, reservation code 8KD4TW, I'm on QF1 SYD-LHR on 3 Dec. My old passport expired last month so I've got a new one.\nAgent: No worries. Please send the new passport number, issuing country and expiry date.\nCustomer: PA4719582, Australia, expiry 11 Oct 2034",
    pii: [['PASSPORT', 'PA4719582']],
  },
  {
    text: "Customer: hi, closing my account, I'm moving out of 2218 N Kedzie Ave Apt 3R, Chicago, IL 60647 on the 31st\nAgent: Thanks Dolores, I've scheduled the final read for July 31. Your final bill will be mailed to the forwarding address once you add it in the app.",
    pii: [
      ['ADDRESS', '2218 N Kedzie Ave Apt 3R, Chicago, IL 60647'],
      ['PERSON', 'Dolores'],
    ],
  },
  {
    text: 'Hello, I am Tanaka Haruto. Please change my delivery place to 東京都世田谷区三軒茶屋2-14-7 ハイツ三茶305. My phone number is +81 90 4417 2806. よろしくお願いします',
    pii: [
      ['PERSON', 'Tanaka Haruto'],
      ['ADDRESS', '東京都世田谷区三軒茶屋2-14-7 ハイツ三茶305'],
      ['PHONE', '+81 90 4417 2806'],
    ],
  },
  {
    text: "Customer: the app keeps asking for my SIN, is that legit?? i don't wanna give it out\nAgent: We never ask for the full number in chat, only the last 3 digits to match your file.\nCustomer: ah ok. 718",
    pii: [],
  },
  {
    text: 'Hi Priyanka, your 2019 Toyota RAV4 (VIN JTMRWRFVXKD512387) is due for fuel pump recall 20V-012. We have you booked Thu 10:15am, shuttle available. Reply C to confirm. - Lakeside Toyota Service',
    pii: [
      ['PERSON', 'Priyanka'],
      ['VIN', 'JTMRWRFVXKD512387'],
    ],
  },
  {
    text: 'Customer: rental counter at Denver airport wants my license # before pickup, ok to send it here?\nAgent: Yes that works, please include the issuing state.\nCustomer: Florida, S530-418-72-461-0. name on it is Marisol Echeverría-Suárez',
    pii: [
      ['DRIVER_LICENSE', 'S530-418-72-461-0'],
      ['PERSON', 'Marisol Echeverría-Suárez'],
    ],
  },
  {
    text: "Kia ora, Wiremu from Noel Leeming here, your washing machine install is booked Sat between 8am-12pm. Reply YES to confirm or flick me a txt on 021 438 9172 if that doesn't suit",
    pii: [
      ['PERSON', 'Wiremu'],
      ['PHONE', '021 438 9172'],
    ],
  },
  {
    text: 'Front desk msg: Mrs Agnieszka Wróblewska, OHIP 5284-917-306-KT, asking for a copy of her bloodwork from 2 Apr. Told her Dr Naveen Raghunathan reviews results Thursdays and someone will call back.',
    pii: [
      ['PERSON', 'Agnieszka Wróblewska'],
      ['HEALTH_INSURANCE', '5284-917-306-KT'],
      ['PERSON', 'Naveen Raghunathan'],
    ],
  },
  {
    text: 'Olá Siddharth,\n\nFor the house in Sintra the balance is €780 (the €200 cleaning deposit comes back after checkout). Please transfer to:\nIBAN PT80 0035 0651 0004 7382 9160 5\nTitular: Inês Marques Valente\n\nObrigada!\nInês',
    pii: [
      ['PERSON', 'Siddharth'],
      ['IBAN', 'PT80 0035 0651 0004 7382 9160 5'],
      ['PERSON', 'Inês Marques Valente'],
      ['PERSON', 'Inês'],
    ],
  },
  {
    text: 'Good morning, I booked the Nairobi-Mombasa SGR economy ticket (ref MDT-408812) and KSh 1,500 was deducted from M-Pesa but no confirmation SMS came. My email is wanjiku.kamau88@gmail.com and number 0722 619 384. Asante sana.',
    pii: [
      ['EMAIL', 'wanjiku.kamau88@gmail.com'],
      ['PHONE', '0722 619 384'],
    ],
  },
  {
    text: "Agent: Could you confirm the traveller's full name exactly as on the passport?\nCustomer: Chen Yu-ting. Most people here call me Tina Chen but the passport says CHEN YU-TING\nAgent: Thanks Tina. And the passport number?\nCustomer: 312847596",
    pii: [
      ['PERSON', 'Chen Yu-ting'],
      ['PERSON', 'Tina Chen'],
      ['PERSON', 'CHEN YU-TING'],
      ['PERSON', 'Tina'],
      ['PASSPORT', '312847596'],
    ],
  },
  {
    text: "My ITIN is 927-84-5610 and the state portal keeps saying 'TIN/name mismatch' (error ST-2207). On the CP565 notice my name is Oyelaran Adewale Femi but I typed Femi Oyelaran. Is that why?",
    pii: [
      ['US_ITIN', '927-84-5610'],
      ['PERSON', 'Oyelaran Adewale Femi'],
      ['PERSON', 'Femi Oyelaran'],
    ],
  },
  {
    text: "Thinking of leaving Telstra for Optus - how's the 5G around Parramatta and Westmead? I'm on the $65 plan with 80GB and my contract ends 9 Nov.",
    pii: [],
  },
  {
    text: "running 10 min late sorry!! grab a table at Nando's on Princes St and tell Ruairi to order me the wrap 🙏",
    pii: [['PERSON', 'Ruairi']],
  },
  {
    text: 'Agent: Could you read me the long number printed under the barcode on the SIM holder? It should start with 89.\nCustomer: 8961 0234 7105 8293 649\nAgent: Thank you Ms Haddad, the SIM swap is done. Please restart your phone in about 2 minutes.',
    pii: [
      ['ICCID', '8961 0234 7105 8293 649'],
      ['PERSON', 'Haddad'],
    ],
  },
  {
    text: "Got a text 'Royal Mail: your parcel is held, pay £1.45 redelivery fee at royalmail-redeliver-uk.com' and I put my card details in before I realised 🤦 who do I ring first, the bank or Action Fraud??",
    pii: [],
  },
  {
    text: "Agent: Good morning, my name is Tomás and I'll be helping you today.\nCustomer: morning Tomás, I need to pause my meal kit deliveries for 3 weeks, subscription ID SUB-55102937\nAgent: Sure thing! Can you confirm the ZIP code on the delivery address?\nCustomer: 30307",
    pii: [
      ['PERSON', 'Tomás'],
      ['PERSON', 'Tomás'],
    ],
  },
  {
    text: "Agent: Hi Rashida, we've issued a £23.50 credit for the late delivery on order #EV-771204. It'll show on your Amex ending 1007 within 3-5 working days.\nCustomer: ah brilliant, cheers 👍",
    pii: [['PERSON', 'Rashida']],
  },
];
