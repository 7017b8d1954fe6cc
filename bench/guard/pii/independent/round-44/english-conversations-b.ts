// English conversations for round 44, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundFortyFourConversationsB: readonly IndependentText[] = [
  {
    text:
      'From: bookings@savannahtrails.co.ke\n' +
      'Subject: Final manifest – Maasai Mara 4-day, dep 16 Aug, group SVT-0816-B\n' +
      '\n' +
      'Dear Ingrid,\n' +
      'Please double-check the manifest below before we send it to the reserve and to the airline for flight SL 101 (Wilson 10:00). The balance of USD 3,840 is due by 1 Aug.\n' +
      '\n' +
      'name,nationality,dob,passport,dietary\n' +
      'Ingrid Halvorsen,NOR,1979-03-14,FV4417208,none\n' +
      'Lars Halvorsen,NOR,1977-11-02,FV2290654,none\n' +
      'Emma Halvorsen,NOR,2009-06-25,FV8813027,vegetarian\n' +
      'Sanne Bakker,NLD,1981-09-30,NRK7F2LP4,nut allergy\n' +
      '\n' +
      'Asante sana,\n' +
      'Wambui Njoroge\n' +
      'Reservations · +254 20 765 1200',
    pii: [
      ['PERSON', 'Ingrid'],
      ['PERSON', 'Ingrid Halvorsen'],
      ['DATE_OF_BIRTH', '1979-03-14'],
      ['PASSPORT', 'FV4417208'],
      ['PERSON', 'Lars Halvorsen'],
      ['DATE_OF_BIRTH', '1977-11-02'],
      ['PASSPORT', 'FV2290654'],
      ['PERSON', 'Emma Halvorsen'],
      ['DATE_OF_BIRTH', '2009-06-25'],
      ['PASSPORT', 'FV8813027'],
      ['PERSON', 'Sanne Bakker'],
      ['DATE_OF_BIRTH', '1981-09-30'],
      ['PASSPORT', 'NRK7F2LP4'],
      ['PERSON', 'Wambui Njoroge'],
    ],
  },
  {
    text:
      "Guest: Hello, we booked the room 'Kikyo' for 2 nights from 3 Nov, booking no. 1184-556-203.\n" +
      'Front desk (Sato): Thank you for contacting Ryokan Tsukimi. Under Japanese law we must record the passport number of every foreign guest. Please also tell us your arrival time.\n' +
      "Guest: Sure. Gabriel Moreau, passport 19AV42817 (French). My wife is Camille Moreau, passport 21CD08714. We'll arrive around 16:00 from Kyoto Station.\n" +
      'Front desk (Sato): Thank you, Moreau-sama. Kaiseki dinner is at 18:30; please tell us about any allergies. Your total is ¥96,800 including the onsen tax of ¥150 per person per night.\n' +
      "Guest: Camille can't eat shellfish. Also could you keep a bag we're sending by takkyubin? Tracking 4405-2291-8830.\n" +
      'Front desk (Sato): Of course. Please write "Gabriel Moreau, check-in 3 Nov" on the label.',
    pii: [
      ['PERSON', 'Sato'],
      ['PERSON', 'Gabriel Moreau'],
      ['PASSPORT', '19AV42817'],
      ['PERSON', 'Camille Moreau'],
      ['PASSPORT', '21CD08714'],
      ['PERSON', 'Sato'],
      ['PERSON', 'Moreau'],
      ['PERSON', 'Camille'],
      ['PERSON', 'Sato'],
      ['PERSON', 'Gabriel Moreau'],
    ],
  },
  {
    text:
      'Call transcript — Emerald Drive Rentals, Dublin Airport desk, agreement RA 55120937, unit 4471\n' +
      'Agent (Ciara): So another car reversed into you in the car park in Killarney?\n' +
      'Renter: Yes, at the supermarket. The other driver was very nice, a lady called Mairéad Fitzgerald. Her car is a red Ford Fiesta, reg 191-KY-2074.\n' +
      'Agent (Ciara): Did you get her details?\n' +
      'Renter: Her mobile is 087 552 9163 and her motor policy with her insurer is MT 4410 2287. A man from the shop, Declan, saw it all — 086 310 4478.\n' +
      "Agent (Ciara): Perfect. Because you took the Super CDW there's no excess for you. Can I confirm your name and a number we can reach you on?\n" +
      'Renter: Florian Schneider, +49 171 4408 562.\n' +
      "Agent (Ciara): Thanks Florian. I've opened damage report DR-20931; please return the car to the desk as planned on the 24th.",
    pii: [
      ['PERSON', 'Ciara'],
      ['PERSON', 'Mairéad Fitzgerald'],
      ['VEHICLE_PLATE', '191-KY-2074'],
      ['PERSON', 'Ciara'],
      ['PHONE', '087 552 9163'],
      ['PERSON', 'Declan'],
      ['PHONE', '086 310 4478'],
      ['PERSON', 'Ciara'],
      ['PERSON', 'Florian Schneider'],
      ['PHONE', '+49 171 4408 562'],
      ['PERSON', 'Ciara'],
      ['PERSON', 'Florian'],
    ],
  },
  {
    text:
      '🚐 Utah Parks Crew 🏜️\n' +
      'Jess: airbnb in Moab is locked in!! confirmation HM8YQ2K4ZT, $1,284 for 3 nights. Host says the lockbox code is 4419\n' +
      "Devin: lol don't post codes in here\n" +
      "Jess: it's a private group 🙄\n" +
      "Tariq: I'll drive the first leg SLC→Moab, my plate is C18 7RW (Utah) for the Arches parking permit\n" +
      'Jess: timed entry for Arches is 9–10am on the 14th, ticket ARC-23881\n' +
      'Devin: venmo me for gas @devin-oyelaran-3, $46 each\n' +
      "Tariq: sent. also the parks pass is on my account, tariq.haddad@proton.me, so I'll bring the card",
    pii: [
      ['PERSON', 'Jess'],
      ['PASSWORD', '4419'],
      ['PERSON', 'Devin'],
      ['PERSON', 'Jess'],
      ['PERSON', 'Tariq'],
      ['VEHICLE_PLATE', 'C18 7RW'],
      ['PERSON', 'Jess'],
      ['PERSON', 'Devin'],
      ['USERNAME', '@devin-oyelaran-3'],
      ['PERSON', 'Tariq'],
      ['EMAIL', 'tariq.haddad@proton.me'],
    ],
  },
  {
    text:
      'anyone know if this affects us on Saturday? copied from the station poster:\n' +
      '\n' +
      'Engineering works 2–6 October: no trains between Hamburg-Harburg and Lüneburg.\n' +
      'Replacement buses leave Harburg ZOB, stop 4, at :05 and :35; journey about 55 min.\n' +
      'RE 3 and ICE 1513 run Lüneburg → Hannover as normal. Bikes not carried on buses.\n' +
      'Tickets remain valid. Info: bahn.de/bauarbeiten or 030 2970.\n' +
      '\n' +
      'our ICE is 09:46 from Hamburg Hbf so I think we need the 08:35 bus??',
    pii: [],
  },
  {
    text:
      'Live chat — Lakeshore Toyota Financial\n' +
      "Agent (Imran): To run the credit application for the RAV4 lease (48 months, $512.37/mo + HST) I'll need your SIN, date of birth and driver's licence.\n" +
      'Customer: ok. SIN 257 263 988, DOB 1988-10-17\n' +
      'Agent (Imran): And the licence?\n' +
      'Customer: Ontario, K4217-53808-81017\n' +
      'Agent (Imran): Thanks Kateryna. Is your address still the one on the quote?\n' +
      'Customer: no, we moved. 2305-15 Windermere Ave, Toronto, ON M6S 5A2. Send the docs to k.bondarenko@rogers.com please\n' +
      'Agent (Imran): Approved, tier 2. Delivery appointment 22 Feb, stock T88215. The dealership line is 416-259-7660 if you need us.',
    pii: [
      ['PERSON', 'Imran'],
      ['CA_SIN', '257 263 988'],
      ['DATE_OF_BIRTH', '1988-10-17'],
      ['PERSON', 'Imran'],
      ['DRIVER_LICENSE', 'K4217-53808-81017'],
      ['PERSON', 'Imran'],
      ['PERSON', 'Kateryna'],
      ['ADDRESS', '2305-15 Windermere Ave, Toronto, ON M6S 5A2'],
      ['EMAIL', 'k.bondarenko@rogers.com'],
      ['PERSON', 'Imran'],
    ],
  },
  {
    text:
      'Roamly eSIM support\n' +
      "You: Hi, I bought the Japan 10GB plan (order RM-2291047, US$18) but the eSIM won't activate on my phone\n" +
      "Agent Hye-jin: Sorry about that! Can you give me the ICCID shown under Settings > About, and your phone's IMEI?\n" +
      "You: ICCID 8944357376425040585, IMEI 356558013269003. It's a Pixel 7 on Android 14\n" +
      'Agent Hye-jin: Thanks. The profile was installed on a different device, IMEI ending 1955. Did you scan the QR code on another phone?\n' +
      "You: oh yes, my husband's phone first, oops\n" +
      "Agent Hye-jin: No problem. I've reissued it to natalia.ferreira.br@gmail.com. Please delete the profile from the other phone.",
    pii: [
      ['PERSON', 'Hye-jin'],
      ['ICCID', '8944357376425040585'],
      ['IMEI', '356558013269003'],
      ['PERSON', 'Hye-jin'],
      ['PERSON', 'Hye-jin'],
      ['EMAIL', 'natalia.ferreira.br@gmail.com'],
    ],
  },
  {
    text:
      '[KakaoTalk] 제주 렌터카 고객센터\n' +
      'Staff 김도윤: 안녕하세요 고객님, 사고 접수 도와드리겠습니다. Reservation JJ-240517-0882 맞으시죠?\n' +
      'Me: Yes. A car hit my rental in the parking lot near Hyeopjae Beach. The other driver is 박성호, his car is 38나 7215 (white Sonata).\n' +
      'Staff 김도윤: 상대방 연락처 받으셨나요?\n' +
      'Me: He gave me 010-4827-3361 and showed his licence, 15-19-482736-51.\n' +
      'Staff 김도윤: 감사합니다. Your contract lists Emily Carter, passport 584019273 — is that you?\n' +
      "Me: Yes. I'm returning the car at 18:00 to the airport branch.\n" +
      'Staff 김도윤: 네, 자차보험 가입되어 있어서 면책금 30만원까지만 부담하시면 됩니다. Hotline 1588-3301.',
    pii: [
      ['PERSON', '김도윤'],
      ['PERSON', '박성호'],
      ['VEHICLE_PLATE', '38나 7215'],
      ['PERSON', '김도윤'],
      ['PHONE', '010-4827-3361'],
      ['DRIVER_LICENSE', '15-19-482736-51'],
      ['PERSON', '김도윤'],
      ['PERSON', 'Emily Carter'],
      ['PASSPORT', '584019273'],
      ['PERSON', '김도윤'],
    ],
  },
  {
    text:
      '[WhatsApp, to +1 646 318 2097]\n' +
      'BagExpress: Good morning, this is Rui, delivering your suitcase (file LISTP77812, tag TP 842019). I will be there between 11:00 and 13:00.\n' +
      "Me: Great! I'm at Hotel Miradouro, Rua de São Pedro de Alcântara 63, room 304. If I'm out, leave it at reception please\n" +
      'BagExpress: OK. Which name is on the reservation?\n' +
      'Me: Olusegun Bakare\n' +
      'BagExpress: Thank you Mr. Bakare. Reception will sign. Delivery is free, compensation forms at tap.pt/baggage.',
    pii: [
      ['PHONE', '+1 646 318 2097'],
      ['PERSON', 'Rui'],
      ['PERSON', 'Olusegun Bakare'],
      ['PERSON', 'Bakare'],
    ],
  },
  {
    text:
      'Claim call notes — SunCover Travel Insurance, claim SC-7719302, 18/07 10:42 AEST\n' +
      'Caller: Joanne Whitaker (policyholder), for her husband Graeme Whitaker, DOB 09/04/1958\n' +
      'Incident: slipped on ice in Queenstown NZ on 12/07, fractured left wrist. Treated at Lakes District Hospital, NHI ZKP4512.\n' +
      'Costs: NZ$2,340 (ED + cast), paid on credit card. Follow-up in Brisbane via Medicare, card 2953 41202 1 (Graeme is no. 2 on the card).\n' +
      'Refund by EFT: BSB 064-128, account 1038 5521.\n' +
      'Best contact: Joanne on 0412 338 907. Told her 10 business days; sent the form to her email.',
    pii: [
      ['PERSON', 'Joanne Whitaker'],
      ['PERSON', 'Graeme Whitaker'],
      ['DATE_OF_BIRTH', '09/04/1958'],
      ['MEDICAL_RECORD', 'ZKP4512'],
      ['HEALTH_INSURANCE', '2953 41202 1'],
      ['PERSON', 'Graeme'],
      ['BANK_ACCOUNT', '1038 5521'],
      ['PERSON', 'Joanne'],
      ['PHONE', '0412 338 907'],
    ],
  },
  {
    text:
      'Can you translate this into Spanish for our reception desk?\n' +
      '\n' +
      'GUEST REGISTRATION CARD\n' +
      'Surname: ______________   Given names: ______________\n' +
      'Date of birth: __/__/____   Nationality: __________\n' +
      'Passport / ID no.: ______________\n' +
      'Home address: _______________________________\n' +
      'Arrival: ______   Departure: ______   Room: ____\n' +
      'Signature: ______________\n' +
      'Hotel Bellavista · Av. del Mar 12, 29602 Marbella · +34 952 77 14 00',
    pii: [],
  },
  {
    text:
      "Hi, I'd like to report a taxi driver. Last Fri (8 Mar) around 11.45pm, Changi T3 to Tampines, taxi SHD4127T.\n" +
      'The name on the dashboard card was Lim Boon Keat. He refused card payment and said the terminal was "spoil", then charged $48 cash when the meter showed $31.20 plus the $8 airport surcharge.\n' +
      'I have the receipt (no. 0039128) and a photo of the meter.\n' +
      'Please call me at 9127 4483 or email wei.ling.tan@singnet.com.sg. Thanks, Tan Wei Ling',
    pii: [
      ['VEHICLE_PLATE', 'SHD4127T'],
      ['PERSON', 'Lim Boon Keat'],
      ['PHONE', '9127 4483'],
      ['EMAIL', 'wei.ling.tan@singnet.com.sg'],
      ['PERSON', 'Tan Wei Ling'],
    ],
  },
  {
    text:
      "Me: I can't log into SkyPontos. I type my membership number 2208 4471 93 and my password and it says invalid\n" +
      'Agent (Rafael): Olá! Yes, the membership number is your login. Does your password have special characters?\n' +
      "Me: yes, it's Lagoa!Azul77\n" +
      "Agent (Rafael): Please don't share your password here! I've locked it and sent a reset link to the email on file, f****@hotmail.com.\n" +
      'Me: ok got it. will my trip still show? PNR 5GHT2K, G3 1402 GRU–REC on 2 Dec\n' +
      'Agent (Rafael): Yes Fernanda, it stays linked, and the 4,200 points will post 72h after the flight.',
    pii: [
      ['USERNAME', '2208 4471 93'],
      ['PERSON', 'Rafael'],
      ['PASSWORD', 'Lagoa!Azul77'],
      ['PERSON', 'Rafael'],
      ['PERSON', 'Rafael'],
      ['PERSON', 'Fernanda'],
    ],
  },
  {
    text:
      'Subject: Guest details — booking 3391-7720, Caribbean Dream, 2–9 Feb, cabin 7152\n' +
      '\n' +
      'Dear Guest Services,\n' +
      'The online check-in keeps timing out, so here are our details:\n' +
      'Guest 1: Winston Clarke, DOB 12 Nov 1961, Jamaican passport A0841726\n' +
      'Guest 2: Pauline Clarke, DOB 3 May 1964, Jamaican passport A1173094\n' +
      'Home: 22 Paddington Terrace, Kingston 6, Jamaica\n' +
      'Emergency contact ashore: our daughter Simone Clarke-Baptiste, +1 876 812 4463\n' +
      'Please link our onboard account to my Amex 3717 974093 31123, exp 03/29, CID 7719.\n' +
      'We sail from Port Canaveral; embarkation time 12:30 please.\n' +
      '\n' +
      'Kind regards,\n' +
      'Winston',
    pii: [
      ['PERSON', 'Winston Clarke'],
      ['DATE_OF_BIRTH', '12 Nov 1961'],
      ['PASSPORT', 'A0841726'],
      ['PERSON', 'Pauline Clarke'],
      ['DATE_OF_BIRTH', '3 May 1964'],
      ['PASSPORT', 'A1173094'],
      ['ADDRESS', '22 Paddington Terrace, Kingston 6, Jamaica'],
      ['PERSON', 'Simone Clarke-Baptiste'],
      ['PHONE', '+1 876 812 4463'],
      ['CREDIT_CARD', '3717 974093 31123'],
      ['CARD_EXPIRY', '03/29'],
      ['CARD_CVV', '7719'],
      ['PERSON', 'Winston'],
    ],
  },
  {
    text:
      'Teams — Poznań depot, week 47\n' +
      'Agnieszka Wróbel: Van roster, please check:\n' +
      'Van  | Driver             | Licence no.    | Mobile          | Route\n' +
      'P-12 | Krzysztof Nowak    | 04821/19/3064  | +48 512 330 871 | R4 Swarzędz\n' +
      'P-15 | Oksana Melnyk      | 01177/22/3064  | +48 733 214 509 | R7 Luboń\n' +
      'P-19 | Paweł Zieliński    | 07730/15/3064  | +48 698 402 117 | R2 Stare Miasto\n' +
      'Oksana Melnyk: can I swap Thursday with Paweł? doctor at 10:00\n' +
      'Agnieszka Wróbel: ok if Paweł agrees. Depot opens 05:30, loading dock 3.',
    pii: [
      ['PERSON', 'Agnieszka Wróbel'],
      ['PERSON', 'Krzysztof Nowak'],
      ['DRIVER_LICENSE', '04821/19/3064'],
      ['PHONE', '+48 512 330 871'],
      ['PERSON', 'Oksana Melnyk'],
      ['DRIVER_LICENSE', '01177/22/3064'],
      ['PHONE', '+48 733 214 509'],
      ['PERSON', 'Paweł Zieliński'],
      ['DRIVER_LICENSE', '07730/15/3064'],
      ['PHONE', '+48 698 402 117'],
      ['PERSON', 'Oksana Melnyk'],
      ['PERSON', 'Paweł'],
      ['PERSON', 'Agnieszka Wróbel'],
      ['PERSON', 'Paweł'],
    ],
  },
  {
    text:
      'Agent (Joy): Good afternoon po! For your Schengen visa (Italy, tourism) we need your passport bio page details, home address, mobile and itinerary.\n' +
      'Client: Hi Joy! Maria Cristina Dela Cruz, passport P4728193B, born March 8, 1990\n' +
      'Client: Address: Blk 12 Lot 7, Camella Homes, Brgy. Talon Dos, Las Piñas City 1747\n' +
      'Client: Mobile 0917 482 6039\n' +
      'Agent (Joy): Salamat po, Ma’am Cristina. Your appointment is at the visa centre in Makati on 14 May, 9:30am. Fee PHP 4,700 + service fee PHP 1,850. Please bring the PR 0138 itinerary and hotel voucher.',
    pii: [
      ['PERSON', 'Joy'],
      ['PERSON', 'Joy'],
      ['PERSON', 'Maria Cristina Dela Cruz'],
      ['PASSPORT', 'P4728193B'],
      ['DATE_OF_BIRTH', 'March 8, 1990'],
      ['ADDRESS', 'Blk 12 Lot 7, Camella Homes, Brgy. Talon Dos, Las Piñas City 1747'],
      ['PHONE', '0917 482 6039'],
      ['PERSON', 'Joy'],
      ['PERSON', 'Cristina'],
    ],
  },
  {
    text:
      'Alejandro: mira, already got mine 👇\n' +
      'Alejandro: "AutoSur · Boleto confirmado ✅ Pasajero: Alejandro Ruiz Méndez · Asiento 23 · CDMX TAPO 22:30 → Oaxaca 05:10 · Folio 8812-40391 · $742 MXN · Dudas: 800 009 9090"\n' +
      "Hannah: ok booking now so I can pick 24 next to you. it asks for a phone, I'll put yours? 55 3187 4402\n" +
      'Alejandro: sí, that one works',
    pii: [
      ['PERSON', 'Alejandro'],
      ['PERSON', 'Alejandro'],
      ['PERSON', 'Alejandro Ruiz Méndez'],
      ['PERSON', 'Hannah'],
      ['PHONE', '55 3187 4402'],
      ['PERSON', 'Alejandro'],
    ],
  },
  {
    text:
      'is the short stay worth it for 3 hours? from the airport website:\n' +
      'Short Stay (P1): 0–30 min €4.50, each extra 30 min €3.00, max €45/day\n' +
      'Long Stay (P5): €12/day or €59/week pre-booked, shuttle every 10 min\n' +
      'EV bays on level -1, 22 kW, €0.49/kWh\n' +
      'Lost ticket: €60. Machines take card and cash. Help point: press the button or call 021 431 3131.',
    pii: [],
  },
  {
    text:
      '#backend-alerts\n' +
      'Ola: fleet telematics sync is failing again, 401 from the provider since build 2291 😩\n' +
      'Ola: the key in the staging .env is AKIAUJZDEGXDNCF32EPF / JBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxg, did someone rotate it?\n' +
      'Mateus: pls delete that message 🙈 yes I rotated it on Friday, commit 4e1b9c7\n' +
      'Mateus: also the deploy bot token ghp_JTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vUCsM expired, will fix after standup\n' +
      'Ola: ok ok. vehicles 1120–1184 are still showing offline in Lisbon zone B',
    pii: [
      ['PERSON', 'Ola'],
      ['PERSON', 'Ola'],
      ['SECRET', 'AKIAUJZDEGXDNCF32EPF'],
      ['SECRET', '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'],
      ['PERSON', 'Mateus'],
      ['PERSON', 'Mateus'],
      ['SECRET', 'ghp_JTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vUCsM'],
      ['PERSON', 'Ola'],
    ],
  },
  {
    text:
      'From: Harriet Cole <harriet@drivesmartleasing.co.uk>\n' +
      'To: Aisha Rahman\n' +
      'Subject: Re: Personal contract hire – Kia Niro EV, 36 months\n' +
      '\n' +
      '> Aisha, to finish the credit check please send your National Insurance number, date of birth, addresses for the last 3 years and the account for the direct debit.\n' +
      '\n' +
      'Hi Harriet,\n' +
      'NI number JR 41 86 27 C, DOB 19/02/1991.\n' +
      'Current: 58 Evington Lane, Leicester LE5 5PJ (since 2021). Before that 12 Hinckley Road, Leicester LE3 0RA.\n' +
      'Direct debit: sort code 20-45-77, account 53018826.\n' +
      'Monthly £329.99 with a 6x initial rental is fine; delivery after 10 June please.\n' +
      'Aisha',
    pii: [
      ['PERSON', 'Harriet Cole'],
      ['EMAIL', 'harriet@drivesmartleasing.co.uk'],
      ['PERSON', 'Aisha Rahman'],
      ['PERSON', 'Aisha'],
      ['PERSON', 'Harriet'],
      ['UK_NINO', 'JR 41 86 27 C'],
      ['DATE_OF_BIRTH', '19/02/1991'],
      ['ADDRESS', '58 Evington Lane, Leicester LE5 5PJ'],
      ['ADDRESS', '12 Hinckley Road, Leicester LE3 0RA'],
      ['BANK_ACCOUNT', '53018826'],
      ['PERSON', 'Aisha'],
    ],
  },
  {
    text:
      'AutoHilfe Club — breakdown chat (English)\n' +
      "Member: Hi, I'm stuck on the A8 near Irschenberg with a dead battery. VW Golf, plate M-KL 4821\n" +
      'Agent (Tobias): Sorry to hear that! Please switch on the hazard lights and wait behind the barrier. Can you confirm the VIN from your registration card?\n' +
      'Member: WVWZZZAU3KW093471\n' +
      'Agent (Tobias): Thanks, Ms Brandt. A patrol is about 35 min away, job 8823-A. If a local tow is needed we reimburse up to €300 — just send the invoice and your IBAN.\n' +
      'Member: DE08 1044 4505 2099 5433 73, account holder Sophie Brandt. My mobile is +49 151 2740 8836 in case the patrol calls.',
    pii: [
      ['VEHICLE_PLATE', 'M-KL 4821'],
      ['PERSON', 'Tobias'],
      ['VIN', 'WVWZZZAU3KW093471'],
      ['PERSON', 'Tobias'],
      ['PERSON', 'Brandt'],
      ['IBAN', 'DE08 1044 4505 2099 5433 73'],
      ['PERSON', 'Sophie Brandt'],
      ['PHONE', '+49 151 2740 8836'],
    ],
  },
  {
    text:
      'Subject: Re: Amalfi honeymoon – deposit\n' +
      '\n' +
      'Ciao Giulia,\n' +
      "We're so excited! Here's the card for the €1,200 deposit (I know, not ideal by email): Discover 6011 4856 9710 4971, exp 05/28, CVV 218. Billing address 4410 Elm Creek Drive, Plano, TX 75024.\n" +
      "Names exactly as on our passports: Brandon James Hollis and Ashley Nicole Ruiz (she'll change it after the trip 😄).\n" +
      'We land in Naples on AA 198 on 14 Sept at 09:10, so the private transfer to Positano (€160) is perfect.\n' +
      'Thanks!\n' +
      'Brandon\n' +
      '\n' +
      '> On 2 Aug, Giulia Esposito – Sirena Viaggi, Via dei Mille 14, Napoli, +39 081 764 2210 wrote:\n' +
      '> Proposal no. 2024-0877 attached, total €6,480 for 7 nights.',
    pii: [
      ['PERSON', 'Giulia'],
      ['CREDIT_CARD', '6011 4856 9710 4971'],
      ['CARD_EXPIRY', '05/28'],
      ['CARD_CVV', '218'],
      ['ADDRESS', '4410 Elm Creek Drive, Plano, TX 75024'],
      ['PERSON', 'Brandon James Hollis'],
      ['PERSON', 'Ashley Nicole Ruiz'],
      ['PERSON', 'Brandon'],
      ['PERSON', 'Giulia Esposito'],
    ],
  },
  {
    text:
      'EU261 check for one booking (names removed before sharing):\n' +
      'Flight FR 8342 BGY–STN on 21 April, scheduled arrival 22:05, actual 01:43 (+3h38).\n' +
      'Distance 1,035 km → €250 per passenger. Stated cause: crew duty limits (not extraordinary).\n' +
      'Passengers on booking: 3 adults. Claim value €750. Submitted 2 May, ref CLM-55-20391; the airline has 8 weeks to respond.',
    pii: [],
  },
  {
    text:
      'Instagram DM → Wild Condor Hostel, Cusco\n' +
      '@nele.rucksack: hola! arriving tonight from Lima on the overnight bus, ~21:00, booking HW-77120. can I check in late?\n' +
      'Wild Condor Hostel: ¡Claro! Reception is 24h. So we don’t have to charge the 18% IGV, we need your passport number and date of birth\n' +
      '@nele.rucksack: Nele Hoffmann, passport C4F7J2R9K (German), DOB 28.11.1998\n' +
      'Wild Condor Hostel: Gracias Nele! Bed 4B in the 6-bed dorm, S/ 45 per night. Free breakfast 7–10. See you!',
    pii: [
      ['USERNAME', '@nele.rucksack'],
      ['USERNAME', '@nele.rucksack'],
      ['PERSON', 'Nele Hoffmann'],
      ['PASSPORT', 'C4F7J2R9K'],
      ['DATE_OF_BIRTH', '28.11.1998'],
      ['PERSON', 'Nele'],
    ],
  },
  {
    text: '[voice note, auto-transcribed] ok so for the taxi tomorrow, the name is Greta Lindqvist, pickup at the Scandic by the central station at five fifteen, flight SK 1417 to Oslo leaves at seven ten. my number is plus four six seven oh two one four eight eight three six, and send the receipt to greta dot lindqvist at telia dot com. the card ending 7721 is on file, it was about 650 kronor last time',
    pii: [
      ['PERSON', 'Greta Lindqvist'],
      ['PHONE', 'plus four six seven oh two one four eight eight three six'],
      ['EMAIL', 'greta dot lindqvist at telia dot com'],
    ],
  },
];
