// English conversations for round 13, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirteenConversationsA: readonly IndependentText[] = [
  {
    text: 'new phone who dis 😂 jk its Rangi, lost my old sim at Piha on sat. this is me now → 021 448 3392',
    pii: [
      ['PERSON', 'Rangi'],
      ['PHONE', '021 448 3392'],
    ],
  },
  {
    text: "Hi Priya,\n\nThanks for the call earlier. I've signed the NDA and the contractor agreement via DocuSign (envelope 7F3A-22C1) and I'm happy with Monday 7 April as my first day.\n\nKind regards\nMateus Oliveira Santos\nSupply Chain Planner (contract)\nmob. +351 912 487 306 · mateus.osantos@outlook.pt",
    pii: [
      ['PERSON', 'Priya'],
      ['PERSON', 'Mateus Oliveira Santos'],
      ['PHONE', '+351 912 487 306'],
      ['EMAIL', 'mateus.osantos@outlook.pt'],
    ],
  },
  {
    text: "hiya, yeah, it's Siobhan Ní Bhriain, Ní Bhriain is two words with the accent on the i, and I'm calling cos the broadband keeps dropping every evening around eight, the account's the one ending two nine oh six, and I've done the unplug-the-router thing twice already",
    pii: [['PERSON', 'Siobhan Ní Bhriain']],
  },
  {
    text: 'Customer: こんにちは, the matcha starter set (SKU MT-KIT-02) came today but the tin is dented and lid wont close\nAgent: 申し訳ございません! We will send a replacement tin free of charge. Just to confirm, this is order JP-240918-3321 for ¥6,480?\nCustomer: yes thats it',
    pii: [],
  },
  {
    text: "Customer: Theres two charges of £59.00 from SQ *BLUEFIN CAFE LISBOA on the 3rd and I've never been to Portugal. card 5412751903862240\nAgent: Thank you for confirming, Mrs Adeyemi-Clarke. I've cancelled the card ending 2240 and raised claim CLM-40028815. Your new card should arrive within 3-5 working days and the £118.00 will show as a temporary credit.",
    pii: [
      ['CREDIT_CARD', '5412751903862240'],
      ['PERSON', 'Adeyemi-Clarke'],
    ],
  },
  {
    text: "Agent: I'm sorry your phone was stolen. To bar the handset I'll need your account passcode first.\nCustomer: it's bluefinch22\nAgent: Thanks. And the IMEI? It's on the original box or in your online account under Devices.\nCustomer: box says 35 209911 438870 1\nAgent: Got it. Which number was in the phone?\nCustomer: +44 7723 418590. can I keep that number on a new sim?\nAgent: Yes, a replacement SIM is on its way, order ref SR-884102.",
    pii: [
      ['PASSWORD', 'bluefinch22'],
      ['IMEI', '35 209911 438870 1'],
      ['PHONE', '+44 7723 418590'],
    ],
  },
  {
    text: 'Tel call 14:20 from mum re: Lily-Mae Hargreaves, 2y (Hosp No. K4471203). Temp 38.9 since last night, drinking OK, wet nappies x4. Advised paracetamol 180mg 4-6hrly, max 4 doses/24h, push fluids. Mum to ring back if rash/drowsy, mob 07384 552917. Discussed w/ Dr Anand Raghunathan - no review needed today.',
    pii: [
      ['PERSON', 'Lily-Mae Hargreaves'],
      ['MEDICAL_RECORD', 'K4471203'],
      ['PHONE', '07384 552917'],
      ['PERSON', 'Anand Raghunathan'],
    ],
  },
  {
    text: "2022 Ioniq 5 threw 'Check EV system' on the M62 last week and now the 12V battery dies overnight. Dealer in Wakefield says it's the ICCU, campaign 251, job card JC-0048213, parts ETA 6 weeks?? Anyone else been stuck this long?",
    pii: [],
  },
  {
    text: "Customer: hi, booking HXR4TQ, flights WS2412 YYZ-CUN on 22 Dec. my son's passport got renewed so the number on the booking is wrong\nAgent: Happy to fix that. Can you give me the new passport number and expiry?\nCustomer: sure its GM 304871, expiry 11 Jun 2030\nAgent: Updated. You'll get a revised itinerary by email within the hour.",
    pii: [['PASSPORT', 'GM 304871']],
  },
  {
    text: 'Customer: we are moving into 1149 W Addison St Apt 3F, Chicago, IL 60613 on Aug 1 and need the gas turned on in my name\nAgent: Got it, Desmond! Service start is set for 08/01 between 8am and 12pm, confirmation # GS-5520917. Someone 18+ will need to be home for the meter check.',
    pii: [
      ['ADDRESS', '1149 W Addison St Apt 3F, Chicago, IL 60613'],
      ['PERSON', 'Desmond'],
    ],
  },
  {
    text: 'Hi, this is Wong Ka Yan from order #HK88213. Please deliver to 香港九龍旺角彌敦道688號15樓B室 not my office. My mobile +852 6193 4527, call before come please. Thx 🙏',
    pii: [
      ['PERSON', 'Wong Ka Yan'],
      ['ADDRESS', '香港九龍旺角彌敦道688號15樓B室'],
      ['PHONE', '+852 6193 4527'],
    ],
  },
  {
    text: "Customer: why does the benefits chatbot keep asking for the last 4 of my social??\nAgent: It's just to match you to your record. You can use your member ID from your card instead if you prefer.\nCustomer: don't have the card on me, fine, 6051",
    pii: [],
  },
  {
    text: 'Thanks heaps\nRavindra Pillai\nSenior Conveyancing Clerk | Marsh & Ledger Lawyers\nT (03) 9602 4418 ext 212   M 0417 553 208\nLiability limited by a scheme approved under Professional Standards Legislation.',
    pii: [
      ['PERSON', 'Ravindra Pillai'],
      ['PHONE', '(03) 9602 4418'],
      ['PHONE', '0417 553 208'],
    ],
  },
  {
    text: 'Westfield Toyota: Your RAV4 Hybrid (VIN JTMW43FV80D112846) has finished its 60,000 km service and is ready to collect, Priscilla. Total $489.50 incl GST. We close 5:30pm today. Reply STOP to opt out',
    pii: [
      ['VIN', 'JTMW43FV80D112846'],
      ['PERSON', 'Priscilla'],
    ],
  },
  {
    text: 'Customer: the rental counter at DEN asks for license number and state, do they need anything else?\nAgent: Just the expiry date and a second ID if the license is under 6 months old.\nCustomer: ok. Colorado, 17-284-9031, exp 09/2027. name on it is Beatriz Solano-Whitaker',
    pii: [
      ['DRIVER_LICENSE', '17-284-9031'],
      ['PERSON', 'Beatriz Solano-Whitaker'],
    ],
  },
  {
    text: 'Front desk msg 10:45: Yolanda Castellanos-Brière called (OHIP 4829-173-605-KT) - needs her requisition for HbA1c + lipid panel renewed before Fri. Pls route to Dr. Hamid Qureshi, she said no callback needed.',
    pii: [
      ['PERSON', 'Yolanda Castellanos-Brière'],
      ['HEALTH_INSURANCE', '4829-173-605-KT'],
      ['PERSON', 'Hamid Qureshi'],
    ],
  },
  {
    text: 'Hi Fergus,\n\nFor your half of the Algarve villa (€780) could you send it here please:\nAcct name: Inês Carvalho Duarte\nIBAN PT36 0027 0287 0001 4429 1308 7\n\nObrigada!\nInês',
    pii: [
      ['PERSON', 'Fergus'],
      ['PERSON', 'Inês Carvalho Duarte'],
      ['IBAN', 'PT36 0027 0287 0001 4429 1308 7'],
      ['PERSON', 'Inês'],
    ],
  },
  {
    text: 'python requests to football-data keeps giving 403:\n\nheaders = {"X-Auth-Token": "c91e4b07d3a2458f9e6b21d07a8f3c55"}\nr = requests.get("https://api.football-data.org/v4/competitions/PL/matches", headers=headers)\n\nfree tier, signed up yesterday. do i need to wait for activation or is the header name wrong?',
    pii: [['SECRET', 'c91e4b07d3a2458f9e6b21d07a8f3c55']],
  },
  {
    text: 'Good morning, please I paid GH₵ 450 by MoMo for the STC Accra-Kumasi bus on Friday (ref STC-KMS-30418) but no SMS came. Kindly call me on 024 661 7730 or resend to efua.mensah88@gmail.com. God bless.',
    pii: [
      ['PHONE', '024 661 7730'],
      ['EMAIL', 'efua.mensah88@gmail.com'],
    ],
  },
  {
    text: "Agent: For the visa-on-arrival letter I need the passport number first.\nCustomer: C2847195\nAgent: Thank you. And the name exactly as it's printed?\nCustomer: NGUYEN VAN HUNG. In Vietnamese it's Nguyễn Văn Hùng but my booking account says Hung Nguyen, is that a problem?\nAgent: No, we go by the passport.",
    pii: [
      ['PASSPORT', 'C2847195'],
      ['PERSON', 'NGUYEN VAN HUNG'],
      ['PERSON', 'Nguyễn Văn Hùng'],
      ['PERSON', 'Hung Nguyen'],
    ],
  },
  {
    text: "Trying to open a brokerage account with my ITIN and it keeps failing with 'TIN/name mismatch (E-204)'. ITIN is 983 91 2075. The CP565 notice says Oyelaran Babatunde Adekunle but on everything else I'm Babatunde Oyelaran. Which order do I type?",
    pii: [
      ['US_ITIN', '983 91 2075'],
      ['PERSON', 'Oyelaran Babatunde Adekunle'],
      ['PERSON', 'Babatunde Oyelaran'],
    ],
  },
  {
    text: 'Thinking of moving from Telstra to Optus prepaid. Anyone had dropouts between Parramatta and Penrith on the T1 line? Is the $35/28-day plan with 40GB actually worth it?',
    pii: [],
  },
  {
    text: "Customer: the phone shop app wants my 외국인등록번호 to sign up. its 950827-6120453, ok to type it here?\nAgent: Please don't send it over chat. I'll text you a secure verification link to finish the contract instead.",
    pii: [['FRN', '950827-6120453']],
  },
  {
    text: "Agent: Thanks for holding, Mrs Abernethy. For the replacement SIM, could you read me the long number under the barcode?\nCustomer: hang on, glasses... 8961 0187 2204 5539 172\nAgent: Perfect, that one's live now. The old SIM will stop working within the hour.",
    pii: [
      ['PERSON', 'Abernethy'],
      ['ICCID', '8961 0187 2204 5539 172'],
    ],
  },
  {
    text: "Agent: Hey there, I'm Tomás from FlexiFit support 💪 what can I do for you?\nCustomer: hey Tomás, need to freeze my membership for 2 months, broke my ankle lol. member ID FF-2290417\nAgent: Ouch, sorry to hear! Can you confirm the postcode we have for you?\nCustomer: BS6 7QX",
    pii: [
      ['PERSON', 'Tomás'],
      ['PERSON', 'Tomás'],
    ],
  },
];
