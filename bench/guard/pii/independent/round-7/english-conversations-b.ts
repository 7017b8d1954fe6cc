// English conversations (chat, SMS, calls, short emails) for round 7, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundSevenConversationsB: readonly IndependentText[] = [
  {
    text: "Hey it's Tomasz, Agnieszka's brother. She asked me to send you her new number 07700 914 362 cos her old phone died. She's on shift till 5",
    pii: [
      ['PERSON', 'Tomasz'],
      ['PERSON', 'Agnieszka'],
      ['PHONE', '07700 914 362'],
    ],
  },
  {
    text: "Customer: I need to add my daughter as a named driver. Keeley-Ann Fitzgerald, DOB 14/02/2003, licence FITZG052143KA9ZX\nAgent: Thanks Mr Fitzgerald, that'll be an extra £118.40 on the policy ending 2291.\nCustomer: ok go ahead",
    pii: [
      ['PERSON', 'Keeley-Ann Fitzgerald'],
      ['DATE_OF_BIRTH', '14/02/2003'],
      ['DRIVER_LICENSE', 'FITZG052143KA9ZX'],
      ['PERSON', 'Fitzgerald'],
    ],
  },
  {
    text: 'Ward 6B handover: bed 12 Mrs Dorothy Pembleton, 84, MRN 00731846, post-op day 2 hemiarthroplasty. Daughter Gail visiting at 2pm, ring her on 0412 558 093 if any change. Dr Okafor to review bloods.',
    pii: [
      ['PERSON', 'Dorothy Pembleton'],
      ['MEDICAL_RECORD', '00731846'],
      ['PERSON', 'Gail'],
      ['PHONE', '0412 558 093'],
      ['PERSON', 'Okafor'],
    ],
  },
  {
    text: "Customer: Does the Dyson V15 Detect fit the wall dock from my V11?\nAgent: Unfortunately not, the V15 uses dock part 971392-01. It's £39.99 on our site.\nCustomer: cheers anyway",
    pii: [],
  },
  {
    text: 'Mum says can u pick up Nana Ife from 14 Adeola Close, Lekki Phase 1, Lagos at 4, her driver Sunday is sick again. - Tobi',
    pii: [
      ['PERSON', 'Ife'],
      ['ADDRESS', '14 Adeola Close, Lekki Phase 1, Lagos'],
      ['PERSON', 'Sunday'],
      ['PERSON', 'Tobi'],
    ],
  },
  {
    text: "[21:04] Jaz: who's adding kev to the gc\n[21:04] Marcus: his insta is @kevv.otieno\n[21:05] Jaz: ok done. also marcus ur still owing me £6 for the cinema 😤",
    pii: [
      ['PERSON', 'Jaz'],
      ['PERSON', 'kev'],
      ['PERSON', 'Marcus'],
      ['USERNAME', '@kevv.otieno'],
      ['PERSON', 'Jaz'],
      ['PERSON', 'marcus'],
    ],
  },
  {
    text: "AGENT: Can I take the long card number please?\nCALLER: 4539 1488 0343 6467\nAGENT: And the expiry?\nCALLER: Zero nine, twenty-seven.\nAGENT: Thank you Mr Nakamura-Bell. I can see a Priya on the account too?\nCALLER: That's my wife, Priya Nakamura-Bell, she's a joint holder.",
    pii: [
      ['CREDIT_CARD', '4539 1488 0343 6467'],
      ['CARD_EXPIRY', 'Zero nine, twenty-seven'],
      ['PERSON', 'Nakamura-Bell'],
      ['PERSON', 'Priya'],
      ['PERSON', 'Priya Nakamura-Bell'],
    ],
  },
  {
    text: 'Hi Malik, this is Rosa at Brightsmile Dental. Reminder: your appt with Dr. Efe Adebayo-Hart is Tue 3 June at 10:40. Reply C to confirm or call 0800 028 4417 to change.',
    pii: [
      ['PERSON', 'Malik'],
      ['PERSON', 'Rosa'],
      ['PERSON', 'Efe Adebayo-Hart'],
    ],
  },
  {
    text: "Hi Siobhán, payroll are chasing Declan Mulvey's NI number, he's on emergency tax until they get it. He says it's JT 48 21 93 C but can you double check against his P45? Thx, Gráinne",
    pii: [
      ['PERSON', 'Siobhán'],
      ['PERSON', 'Declan Mulvey'],
      ['UK_NINO', 'JT 48 21 93 C'],
      ['PERSON', 'Gráinne'],
    ],
  },
  {
    text: 'Flight BA0287 to SFO delayed to 19:55, now gate B42. Anyone know if the Plaza Premium lounge takes Priority Pass?',
    pii: [],
  },
  {
    text: "Customer: my router keeps dropping, the MAC on the sticker is 3C:84:6A:E1:07:B2\nAgent: Thanks Oluwaseun. Your line synced at 38.2 Mbps last night, I'll book an engineer, ref INC0048812.\nCustomer: can he call my husband Femi first? 07931 206558",
    pii: [
      ['MAC_ADDRESS', '3C:84:6A:E1:07:B2'],
      ['PERSON', 'Oluwaseun'],
      ['PERSON', 'Femi'],
      ['PHONE', '07931 206558'],
    ],
  },
  {
    text: 'Hyejin 언니!! my 외국인등록번호 is 950817-6123458 for the 부동산 contract, 집주인 박상훈 아저씨 asked for it. Is it ok to send here? 😅',
    pii: [
      ['PERSON', 'Hyejin'],
      ['FRN', '950817-6123458'],
      ['PERSON', '박상훈'],
    ],
  },
  {
    text: 'Hi Greg and Nadia,\n\nGood news, the vendor has accepted $812,000 for 22 Wattle Grove, Ringwood East VIC 3135. Settlement is 60 days. Your conveyancer Lorraine Tse will be in touch this week.\n\nKind regards\nBen Castellano\nRay White Ringwood\nM 0423 771 905',
    pii: [
      ['PERSON', 'Greg'],
      ['PERSON', 'Nadia'],
      ['ADDRESS', '22 Wattle Grove, Ringwood East VIC 3135'],
      ['PERSON', 'Lorraine Tse'],
      ['PERSON', 'Ben Castellano'],
      ['PHONE', '0423 771 905'],
    ],
  },
  {
    text: "Agent: Can I grab your member number off the Medibank card?\nCustomer: 4417 20938, I'm number 2 on the card, it's Harriet\nAgent: Thanks Harriet. The physio claim from the 4th came to $95, you'll get $62 back.",
    pii: [
      ['HEALTH_INSURANCE', '4417 20938'],
      ['PERSON', 'Harriet'],
      ['PERSON', 'Harriet'],
    ],
  },
  {
    text: 'Driver note: parcel JD014600006281930. Customer Haruto Saito asked to leave with neighbour at no. 9 (Mrs Bellweather) if out. Tel 07903 318842. Safe place: blue bin.',
    pii: [
      ['PERSON', 'Haruto Saito'],
      ['PERSON', 'Bellweather'],
      ['PHONE', '07903 318842'],
    ],
  },
  {
    text: "[09:12] Inês (IT): can you give me your username + the IP on the VPN screen?\n[09:13] Raj Patel: rpatel2, it says 10.42.7.118\n[09:13] Inês (IT): ok and DON'T send me your password lol\n[09:14] Raj Patel: too late it's Monsoon!2024 😬",
    pii: [
      ['PERSON', 'Inês'],
      ['PERSON', 'Raj Patel'],
      ['USERNAME', 'rpatel2'],
      ['IP_ADDRESS', '10.42.7.118'],
      ['PERSON', 'Inês'],
      ['PERSON', 'Raj Patel'],
      ['PASSWORD', 'Monsoon!2024'],
    ],
  },
  {
    text: "Agent: Your order #UK-7720419 left our Daventry warehouse this morning, tracking 1Z 999 AA1 0123 4567 84.\nCustomer: and it's the 2TB not the 1TB right? the SKU said SN850X-2000\nAgent: Correct, the 2TB.",
    pii: [],
  },
  {
    text: 'Voicemail from +44 7812 660491: "Hiya, it\'s Auntie Grace, just ringing to say Kwame got his results, three A\'s! Ring me back love, and tell Abena."',
    pii: [
      ['PHONE', '+44 7812 660491'],
      ['PERSON', 'Grace'],
      ['PERSON', 'Kwame'],
      ['PERSON', 'Abena'],
    ],
  },
  {
    text: "Customer: I don't have an SSN yet, can I still file with my ITIN? It's 912-78-4406\nAgent: Yes Ms Guerrero, the ITIN works on the 1040. Is your son Mateo still listed as a dependent?\nCustomer: yes, his SSN is 521-63-0874",
    pii: [
      ['US_ITIN', '912-78-4406'],
      ['PERSON', 'Guerrero'],
      ['PERSON', 'Mateo'],
      ['US_SSN', '521-63-0874'],
    ],
  },
  {
    text: 'CareRx: Hi Wen, the prescription for ZHANG, WEN JIE is ready at our Yonge & Eglinton store. Health card 4528-617-392-AB on file. Rx #8839021. Pickup before 9pm.',
    pii: [
      ['PERSON', 'Wen'],
      ['PERSON', 'ZHANG, WEN JIE'],
      ['HEALTH_INSURANCE', '4528-617-392-AB'],
    ],
  },
  {
    text: "lol Ngozi's bday is 3 March 2001 not the 4th, stop putting it on the 4th every year Chidi 🙄 also the collection is going to her Monzo, acc 83019274 sort 04-00-04",
    pii: [
      ['PERSON', 'Ngozi'],
      ['DATE_OF_BIRTH', '3 March 2001'],
      ['PERSON', 'Chidi'],
      ['BANK_ACCOUNT', '83019274'],
    ],
  },
  {
    text: "Customer: Just checking my Tiguan's ready? Reg is LK19 XPT\nAgent: Hi Fraser, yes the service is done, £286.50 incl. the brake fluid. Ask for Danny at the front desk.\nCustomer: sound",
    pii: [
      ['VEHICLE_PLATE', 'LK19 XPT'],
      ['PERSON', 'Fraser'],
      ['PERSON', 'Danny'],
    ],
  },
  {
    text: 'Does anyone know if the council tax band changes when you add a loft conversion? Ours is band D and the quote from Lofty Ltd is £48k.',
    pii: [],
  },
  {
    text: "---------- Forwarded message ---------\nFrom: Marguerite Duval-Okoye <m.duvalokoye@proton.me>\nDate: Mon, 12 May 2025 at 08:14\nSubject: Re: tenancy deposit\n\nJonah, the agent still hasn't returned the £1,450. The DPS ref is 3192-8804. Can your firm send them a letter? My mobile is +33 6 71 42 88 09 while I'm in Lyon.",
    pii: [
      ['PERSON', 'Marguerite Duval-Okoye'],
      ['EMAIL', 'm.duvalokoye@proton.me'],
      ['PERSON', 'Jonah'],
      ['PHONE', '+33 6 71 42 88 09'],
    ],
  },
  {
    text: 'Agent: For the Emirates booking I need the name exactly as on the passport.\nCustomer: SILVA SANTOS/JOAO PEDRO, passport FT492813, expires 2031\nAgent: Thanks João Pedro, and the second traveller?\nCustomer: my mum, Maria do Carmo Silva',
    pii: [
      ['PERSON', 'SILVA SANTOS/JOAO PEDRO'],
      ['PASSPORT', 'FT492813'],
      ['PERSON', 'João Pedro'],
      ['PERSON', 'Maria do Carmo Silva'],
    ],
  },
];
