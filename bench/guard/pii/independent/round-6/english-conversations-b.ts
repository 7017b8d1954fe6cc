// Short English conversations, chats, texts and call notes (some mixed with Korean), written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundSixConversationsB: readonly IndependentText[] = [
  {
    text: 'Customer: hi, need to update the mobile on my policy, new one is 0412 738 596\nAgent: Done. Can you read me your Medicare number for the claim?\nCustomer: 2953 61842 1\nAgent: Thanks Siobhan, the $86.40 rebate should land in 2 business days.',
    pii: [
      ['PHONE', '0412 738 596'],
      ['HEALTH_INSURANCE', '2953 61842 1'],
      ['PERSON', 'Siobhan'],
    ],
  },
  {
    text: "Customer: order #UK-558210 says delivered at 14:02 but nothing's here\nAgent: The courier photo shows it by a green door, is that yours?\nCustomer: no mine's blue lol",
    pii: [],
  },
  {
    text: 'Yejin unnie!! 내 계좌 바뀌었어, new one is 신한 110-482-615093 so send the 회비 there from now 🙏',
    pii: [
      ['PERSON', 'Yejin'],
      ['BANK_ACCOUNT', '110-482-615093'],
    ],
  },
  {
    text: 'Handover 6B: bed 14, Tomasz Wójcik, MRN 00739214, day 2 post lap chole, obs stable, wife Halina visiting 2pm. IV paracetamol 1g due 16:00.',
    pii: [
      ['PERSON', 'Tomasz Wójcik'],
      ['MEDICAL_RECORD', '00739214'],
      ['PERSON', 'Halina'],
    ],
  },
  {
    text: 'heyy its Marisol, new number!! 07946 318207 save it 💅',
    pii: [
      ['PERSON', 'Marisol'],
      ['PHONE', '07946 318207'],
    ],
  },
  {
    text: 'AGENT: For the renewal I need the number from your current passport.\nCALLER: 548213907, it expires next March.\nAGENT: And your name exactly as printed?\nCALLER: FERREIRA, JOAO PEDRO',
    pii: [
      ['PASSPORT', '548213907'],
      ['PERSON', 'FERREIRA, JOAO PEDRO'],
    ],
  },
  {
    text: "Customer: my phone's locked to Vodafone, IMEI 356938035643809, can u send the unlock code\nAgent: The account is under Reginald Oduya, is that you?\nCustomer: my grandad, he said its ok",
    pii: [
      ['IMEI', '356938035643809'],
      ['PERSON', 'Reginald Oduya'],
    ],
  },
  {
    text: 'Client called re amended 1040-X. Spouse Latoya Grant has no SSN yet, filing with ITIN 912-78-4563. Client SSN 431-52-8876 already on file. Refund est. $2,318.',
    pii: [
      ['PERSON', 'Latoya Grant'],
      ['US_ITIN', '912-78-4563'],
      ['US_SSN', '431-52-8876'],
    ],
  },
  {
    text: 'Agent: Your flight KE907 to Heathrow departs 13:40 from gate 251.\nCustomer: is there time to make the 17:05 connection?\nAgent: Minimum connecting time is 60 min, so yes.',
    pii: [],
  },
  {
    text: "Ngozi (HR Ops): Hi Callum, payroll can't run your first salary without your National Insurance number, can you send it?\nCallum: sorry!! it's JT 48 21 93 B",
    pii: [
      ['PERSON', 'Ngozi'],
      ['PERSON', 'Callum'],
      ['PERSON', 'Callum'],
      ['UK_NINO', 'JT 48 21 93 B'],
    ],
  },
  {
    text: 'Welcome Elif! Wi-Fi is Casa_Lumi_5G, password Mandarina#2291. Door code 4817, check-out by 11. Bins go out Tuesday 😊',
    pii: [
      ['PERSON', 'Elif'],
      ['PASSWORD', 'Mandarina#2291'],
      ['PASSWORD', '4817'],
    ],
  },
  {
    text: "Customer: my Camry's due for its service, rego 1SV 8ZX\nAgent: Thanks Graham, and your licence no. for the loan car?\nCustomer: 087 412 553\nAgent: Sorted, 8:15 Thursday for the 60,000km service, approx $395.",
    pii: [
      ['VEHICLE_PLATE', '1SV 8ZX'],
      ['PERSON', 'Graham'],
      ['DRIVER_LICENSE', '087 412 553'],
    ],
  },
  {
    text: "Customer: i'll pay the deposit by card\nCustomer: 5312 8840 2167 3396 exp 09/27 cvv 418\nAgent: Please don't post card details in chat! I've hidden your message, I'll ring you to take the £150 securely.",
    pii: [
      ['CREDIT_CARD', '5312 8840 2167 3396'],
      ['CARD_EXPIRY', '09/27'],
      ['CARD_CVV', '418'],
    ],
  },
  {
    text: 'Customer: Can I change the delivery address for order 2025031188412? New one is 서울특별시 마포구 월드컵북로 396, 1203호\nAgent: 네, updated! Arrival 3/14.',
    pii: [['ADDRESS', '서울특별시 마포구 월드컵북로 396, 1203호']],
  },
  {
    text: 'Thanks,\nMarcus Lindqvist\nSenior Account Manager | Northwind Freight AB\nT +46 8 402 118 36 | M +46 70 615 24 98\nmarcus.lindqvist@northwindfreight.se',
    pii: [
      ['PERSON', 'Marcus Lindqvist'],
      ['PHONE', '+46 8 402 118 36'],
      ['PHONE', '+46 70 615 24 98'],
      ['EMAIL', 'marcus.lindqvist@northwindfreight.se'],
    ],
  },
  {
    text: 'Agent: Which machine is it?\nCustomer: laptop asset tag LT-0442, IP shows 10.14.22.187, MAC 3C:52:82:9F:0A:D4\nAgent: Ok I see it in DHCP, try reconnecting to the VPN on port 443.',
    pii: [
      ['IP_ADDRESS', '10.14.22.187'],
      ['MAC_ADDRESS', '3C:52:82:9F:0A:D4'],
    ],
  },
  {
    text: 'oops I just pushed our Stripe key to the public repo 🤦 sk_live_51NqZx8Kf2LmT9vR4cYp0WeH3 can someone rotate it before the 4pm deploy?? - Tariq (@tariq_builds on slack)',
    pii: [
      ['SECRET', 'sk_live_51NqZx8Kf2LmT9vR4cYp0WeH3'],
      ['PERSON', 'Tariq'],
      ['USERNAME', '@tariq_builds'],
    ],
  },
  {
    text: "AGENT: Can I take your date of birth for security?\nCALLER: twenty-third of November, '86\nAGENT: And the address on the account?\nCALLER: 14 Cherrywood Close, Leicester LE4 7QB\nAGENT: Lovely, thank you Mrs Adeyemi.",
    pii: [
      ['DATE_OF_BIRTH', "twenty-third of November, '86"],
      ['ADDRESS', '14 Cherrywood Close, Leicester LE4 7QB'],
      ['PERSON', 'Adeyemi'],
    ],
  },
  {
    text: 'Customer: does the DeskJet 4155e take 62XL cartridges?\nAgent: No, it uses HP 305 / 305XL. The 62XL fits the ENVY 5540 range.\nCustomer: ugh ok ordering 2 then, £27.98',
    pii: [],
  },
  {
    text: 'Pt called for metformin 500mg refill, Ontario health card 4829 375 961 AB, pharmacy on file (Rexall Danforth). Callback 647-302-8814 - Priya Raman',
    pii: [
      ['HEALTH_INSURANCE', '4829 375 961 AB'],
      ['PHONE', '647-302-8814'],
      ['PERSON', 'Priya Raman'],
    ],
  },
  {
    text: 'Customer: adding my mom as a dependent for 연말정산, her RRN is 610527-2384917\nAgent: Thanks, and her name as on the ID card?\nCustomer: 박정숙',
    pii: [
      ['RRN', '610527-2384917'],
      ['PERSON', '박정숙'],
    ],
  },
  {
    text: 'Agent: For the prepaid plan we need your ARC number.\nCustomer: 910822-5147268, name NGUYEN THI LAN\nAgent: 감사합니다, the USIM will ship to your store in 2 days.',
    pii: [
      ['FRN', '910822-5147268'],
      ['PERSON', 'NGUYEN THI LAN'],
    ],
  },
  {
    text: "omg Keisha's bday is the 14th, she'll be 30 (born 14.03.1995 lmaooo) party at hers, flat 3, 22 Aldridge Road, Bristol BS6 5NE, bring snacks not wine",
    pii: [
      ['PERSON', 'Keisha'],
      ['DATE_OF_BIRTH', '14.03.1995'],
      ['ADDRESS', 'flat 3, 22 Aldridge Road, Bristol BS6 5NE'],
    ],
  },
  {
    text: 'Customer: my landlord in Berlin wants my IBAN for the Kaution, is it DE35 1002 0030 0612 8394 57?\nAgent: Yes, that is your Girokonto IBAN, Frau Schäfer. BIC is on the same screen.',
    pii: [
      ['IBAN', 'DE35 1002 0030 0612 8394 57'],
      ['PERSON', 'Schäfer'],
    ],
  },
  {
    text: "Agent: Ticket INC-0048213 is escalated to tier 2, expected resolution within 48h.\nCustomer: it's been 3 days since v2.8.1 went live tho, the export still times out",
    pii: [],
  },
];
