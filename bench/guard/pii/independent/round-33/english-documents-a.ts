// English documents for round 33, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyThreeDocumentsA: readonly IndependentText[] = [
  {
    text:
      'Claim intake call – auto – speech-to-text transcript, 03/11 09:42 ET, queue AUTO-FNOL-2\n' +
      'AGENT: thank you for calling Buckeye Mutual claims this is Dana can I get the name of the policyholder\n' +
      "CALLER: yeah hi um it's Marcus Whitfield\n" +
      'AGENT: and a good callback number Mr Whitfield\n' +
      'CALLER: my cell is 614 382 0917 no wait 614 382 0971 sorry I just got this phone\n' +
      'AGENT: no problem and date of birth for verification\n' +
      'CALLER: April 2nd 1979\n' +
      'AGENT: thank you what happened today\n' +
      'CALLER: so I was stopped at the light on Morse Road by the Kroger and a guy in a white F-150 rear ended me, his plate was Ohio JKV 4418 I think, he showed me his license it said Terrence Oyelaran-Biggs, license number SR481207\n' +
      'AGENT: okay and your vehicle is the 2019 CR-V on the policy\n' +
      'CALLER: yeah the VIN off the door is 5J6RW2H88KL003817\n' +
      'AGENT: is it drivable\n' +
      "CALLER: it drives but the tailgate won't latch, I'm home now at 2287 Sunbury Ridge Ct, Columbus, OH 43219\n" +
      "AGENT: alright I've opened claim 0417-88213-AU, a rental is authorized up to 30 dollars a day, and the adjuster will call you within one business day, our 24 hour line is 1-800-462-1190",
    pii: [
      ['PERSON', 'Dana'],
      ['PERSON', 'Marcus Whitfield'],
      ['PERSON', 'Whitfield'],
      ['PHONE', '614 382 0917'],
      ['PHONE', '614 382 0971'],
      ['DATE_OF_BIRTH', 'April 2nd 1979'],
      ['VEHICLE_PLATE', 'JKV 4418'],
      ['PERSON', 'Terrence Oyelaran-Biggs'],
      ['DRIVER_LICENSE', 'SR481207'],
      ['VIN', '5J6RW2H88KL003817'],
      ['ADDRESS', '2287 Sunbury Ridge Ct, Columbus, OH 43219'],
    ],
  },
  {
    text:
      'Financial Ombudsman Service – complaint form (online)\n' +
      'Your name: Bernadette Achterberg-Lowe (everyone calls me Bernie)\n' +
      'Address: 14 Harewood Close, Chapel Allerton, Leeds LS7 3QT\n' +
      'Phone: 07723 418 906   Email: bernie.al@btinternet.com\n' +
      'Date of birth: 22/09/1958   National Insurance number: JK 42 71 88 C\n' +
      'Business you are complaining about: Northfield Building Society, Headingley branch\n' +
      'Your account: sort code 40-22-19, account number 31882047\n' +
      "What happened: On 3 February at about 4pm a man rang saying he was from Northfield's fraud team. He knew my last card digits (0932) so I believed him. He told me to move £8,450 to a 'safe account', IBAN GB68MIDL40051519226777, in the name of K. Mensah. My son Declan realised it was a scam the same evening and we rang the society's 24-hour line 0345 600 2290 but they said it was 'authorised'. I have been refused a refund under the APP code (their ref NBS/CMP/118204). I would like the £8,450 back plus interest.",
    pii: [
      ['PERSON', 'Bernadette Achterberg-Lowe'],
      ['PERSON', 'Bernie'],
      ['ADDRESS', '14 Harewood Close, Chapel Allerton, Leeds LS7 3QT'],
      ['PHONE', '07723 418 906'],
      ['EMAIL', 'bernie.al@btinternet.com'],
      ['DATE_OF_BIRTH', '22/09/1958'],
      ['UK_NINO', 'JK 42 71 88 C'],
      ['BANK_ACCOUNT', '31882047'],
      ['IBAN', 'GB68MIDL40051519226777'],
      ['PERSON', 'K. Mensah'],
      ['PERSON', 'Declan'],
    ],
  },
  {
    text:
      'AN GARDA SÍOCHÁNA – PEARSE STREET\nStatement re: lost property (taken at public office, 15/06, 10:20)\n\n' +
      'I, Aoife Ní Bhriain, of Apt 6, 31 Gardiner Place, Dublin 1, D01 X2E7, wish to report the loss of my wallet. I last had it on the Luas at Abbey Street stop at about 23:10 on Saturday the 14th. I was with my friend Siobhán Carty. The wallet is brown leather, Fossil brand. Inside were my Irish driving licence, number 408127736, my passport card (passport no. PE4417203), a Revolut card ending 0932, an AIB debit card, my Leap card and about €60 cash. I have cancelled both bank cards. I can be contacted on 087 614 2290 or aoife.nibhriain@gmail.com.\n\n' +
      'Statement taken by Garda P. Kinsella, reg. 41177. Incident no. 2025-0615-0093.',
    pii: [
      ['PERSON', 'Aoife Ní Bhriain'],
      ['ADDRESS', 'Apt 6, 31 Gardiner Place, Dublin 1, D01 X2E7'],
      ['PERSON', 'Siobhán Carty'],
      ['DRIVER_LICENSE', '408127736'],
      ['PASSPORT', 'PE4417203'],
      ['PHONE', '087 614 2290'],
      ['EMAIL', 'aoife.nibhriain@gmail.com'],
      ['PERSON', 'P. Kinsella'],
    ],
  },
  {
    text:
      'FOR SALE – 2014 Toyota Hilux SR5 4x4 dual cab, 212,000 km, $27,500 ONO\n' +
      'Rego till October (QLD plate 482 KJT), RWC supplied. Timing belt done at 198k, new BFGs, tow bar, canopy.\n' +
      'VIN MR0FZ29G601385216 for anyone wanting to run a PPSR check.\n' +
      'Call or text Shane on 0412 608 335, no tyre kickers, no swaps. Toowoomba, near the Bunnings on Anzac Ave.\n\n' +
      '--- Messages ---\n' +
      'Priya Raman: Hi Shane, is it still available? Could I see it Saturday morning?\n' +
      'Shane: yeah mate come round to 17 Hume St, Harristown QLD 4350 after 10\n' +
      "Priya Raman: Great. If I take it I'd pay by bank transfer, is that ok?\n" +
      'Shane: all good. BSB 064-118 acct 1043 8827, name is S J Gorringe. Transfer has to clear before you drive off sorry\n' +
      "Priya Raman: Understood. My husband Vikram will come too, my number is 0433 271 964 if you're running late",
    pii: [
      ['VEHICLE_PLATE', '482 KJT'],
      ['VIN', 'MR0FZ29G601385216'],
      ['PERSON', 'Shane'],
      ['PHONE', '0412 608 335'],
      ['PERSON', 'Priya Raman'],
      ['PERSON', 'Shane'],
      ['PERSON', 'Shane'],
      ['ADDRESS', '17 Hume St, Harristown QLD 4350'],
      ['PERSON', 'Priya Raman'],
      ['PERSON', 'Shane'],
      ['BANK_ACCOUNT', '1043 8827'],
      ['PERSON', 'S J Gorringe'],
      ['PERSON', 'Priya Raman'],
      ['PERSON', 'Vikram'],
      ['PHONE', '0433 271 964'],
    ],
  },
  {
    text:
      'Hannam Hills Residents (English) – community board\n\n' +
      "jess_in_hannam · 2h\nDid the parcel room door code change AGAIN?? Mine doesn't work since yesterday 😩\n\n" +
      'Management office (Kwon Ji-hoon) · 1h\nHello residents. From Monday the new parcel room code is 4729, press # after. Please do not share it outside the complex. Office hours 09:00–18:00, 관리사무소 02-790-4400.\n\n' +
      "Mariel Rosales · 48m\nAlso FYI someone dropped a 주민등록증 in elevator B – name 이서연, 920726-2158366. I left it with security. Whoever owns the black Genesis 38나 7514, you're in the disabled spot again lol.\n" +
      "If anyone is missing a Coupang box, it's at my place: Seoul Yongsan-gu Hannam-daero 91, 102동 803호. Text me 010-4418-2093 or add my Kakao mariel.rosales\n\n" +
      'Management office (Kwon Ji-hoon) · 40m\nMariel, thank you. Please edit your post to remove the ID number 🙏',
    pii: [
      ['USERNAME', 'jess_in_hannam'],
      ['PERSON', 'Kwon Ji-hoon'],
      ['PASSWORD', '4729'],
      ['PERSON', 'Mariel Rosales'],
      ['PERSON', '이서연'],
      ['RRN', '920726-2158366'],
      ['VEHICLE_PLATE', '38나 7514'],
      ['ADDRESS', 'Seoul Yongsan-gu Hannam-daero 91, 102동 803호'],
      ['PHONE', '010-4418-2093'],
      ['USERNAME', 'mariel.rosales'],
      ['PERSON', 'Kwon Ji-hoon'],
      ['PERSON', 'Mariel'],
    ],
  },
  {
    text:
      'St. Lorenzo Ruiz Parish – Simbang Gabi Volunteer Roster (Dec 16–24)\n' +
      'Reminder po: if hindi kayo makakarating, text your coordinator at least one day before. Salamat!\n\n' +
      'USHERS (5:00am mass): Tito Rommel Dizon 647-882-0415 · Marivic Santos-Uy 416 339 7720\n' +
      'LECTORS: Jericho Villanueva (Eco) · Bea Lim\n' +
      'FOOD – puto bumbong & bibingka: Ate Lorna Pascual, lorna.pascual67@gmail.com\n' +
      'PARKING: Kuya Ben (Benedicto Ramos) 437-201-6638\n' +
      'CHOIR: practice Thursdays 7:30pm, Parish Hall room 2\n\n' +
      'Questions? Parish office 416-391-2010 ext 21 (Mon–Fri). Donations for the noche buena baskets: drop at the office, 3 kg rice or canned goods.',
    pii: [
      ['PERSON', 'Rommel Dizon'],
      ['PHONE', '647-882-0415'],
      ['PERSON', 'Marivic Santos-Uy'],
      ['PHONE', '416 339 7720'],
      ['PERSON', 'Jericho Villanueva'],
      ['PERSON', 'Eco'],
      ['PERSON', 'Bea Lim'],
      ['PERSON', 'Lorna Pascual'],
      ['EMAIL', 'lorna.pascual67@gmail.com'],
      ['PERSON', 'Ben'],
      ['PERSON', 'Benedicto Ramos'],
      ['PHONE', '437-201-6638'],
    ],
  },
  {
    text:
      'Eastern Suburbs Junior Rugby Club – 2025 Player Registration\n' +
      'Player name: Tama Rangihuna-Ellis        Date of birth: 08/03/2014        Grade: U11 Mako\n' +
      'Home address: 42B Taniwha Street, Glen Innes, Auckland 1072\n' +
      'Parent/guardian 1: Hine Rangihuna   Mobile: 021 448 7302   Email: hine.rangihuna@xtra.co.nz\n' +
      'Parent/guardian 2: Craig Ellis   Mobile: 027 319 5560\n' +
      'Medical conditions: asthma – Ventolin 100mcg, 2 puffs before games. NHI: ZJK4823\n' +
      'GP: Dr Anjali Mehta, Tāmaki Health Glen Innes (09 570 2245)\n' +
      'Photo consent: YES   Boot size: 4   Registration fee $120 paid – receipt ES-2025-0331',
    pii: [
      ['PERSON', 'Tama Rangihuna-Ellis'],
      ['DATE_OF_BIRTH', '08/03/2014'],
      ['ADDRESS', '42B Taniwha Street, Glen Innes, Auckland 1072'],
      ['PERSON', 'Hine Rangihuna'],
      ['PHONE', '021 448 7302'],
      ['EMAIL', 'hine.rangihuna@xtra.co.nz'],
      ['PERSON', 'Craig Ellis'],
      ['PHONE', '027 319 5560'],
      ['MEDICAL_RECORD', 'ZJK4823'],
      ['PERSON', 'Anjali Mehta'],
    ],
  },
  {
    text:
      'Customer reviews – Kelvar V12 Cordless Stick Vacuum (model KV-1200X), 4.1 out of 5, 2,318 ratings\n\n' +
      '★★★★★ Verified purchase · Reviewed in the United Kingdom on 12 March 2025\nOrdered on the 3rd (order 204-7718392-1150463), arrived the 5th. Battery lasts about 38 minutes on eco. Worth the £249.99.\n\n' +
      '★★☆☆☆ Verified purchase · Reviewed in the United Kingdom on 28 April 2025\nFilter FLT-88-21 clogs after every use. Customer care on 0800 028 4411 sent a replacement (case 00318842) but same issue. Serial starts KV12-2403-.\n\n' +
      '★★★★☆ Verified purchase · Reviewed in Ireland on 2 May 2025\nGood for pet hair. Spare battery pack BP-1200 is €79 though, a bit steep. Wall mount screws were 4 x 30mm, not included.',
    pii: [],
  },
  {
    text:
      'Meeting: Sprint 41 demo – Zoom transcript + chat (auto-saved)\n' +
      '[10:02:11] Rahul Menon: ok can everyone see my screen\n' +
      '[10:02:19] Katrin Vogel: yes. Rahul wait, your .env file is open\n' +
      '[10:02:24] Rahul Menon: oh shoot one sec\n' +
      '--- chat ---\n' +
      '10:02 Deepa S: lol the OpenAI key was on screen for like 10 sec: sk-proj-IiJA3jWYHj9hIq_Ik_mzzm5JogQQQJ4ys4KjRjufEd_Ji0R5 please rotate\n' +
      "10:03 Katrin Vogel: and AWS_ACCESS_KEY_ID=AKIAKHEGRUGSCWYG66MM with secret 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 — that's prod!!\n" +
      "10:03 Rahul Menon: rotating now. I'll also lock down the bastion at 34.201.118.92, my login there is rmenon_adm\n" +
      "10:04 Deepa S: also someone from 52.66.201.14 hit the admin panel at 02:13 last night, that's not our office range\n" +
      '10:05 Katrin Vogel: opening incident INC-2291. Rahul, post-mortem by Thursday pls\n' +
      '[10:06:40] Rahul Menon: ok, continuing the demo — release 3.8.2, ticket PAY-1184 is the new refund flow',
    pii: [
      ['PERSON', 'Rahul Menon'],
      ['PERSON', 'Katrin Vogel'],
      ['PERSON', 'Rahul'],
      ['PERSON', 'Rahul Menon'],
      ['PERSON', 'Deepa S'],
      ['SECRET', 'sk-proj-IiJA3jWYHj9hIq_Ik_mzzm5JogQQQJ4ys4KjRjufEd_Ji0R5'],
      ['PERSON', 'Katrin Vogel'],
      ['SECRET', 'AKIAKHEGRUGSCWYG66MM'],
      ['SECRET', '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'],
      ['PERSON', 'Rahul Menon'],
      ['IP_ADDRESS', '34.201.118.92'],
      ['USERNAME', 'rmenon_adm'],
      ['PERSON', 'Deepa S'],
      ['IP_ADDRESS', '52.66.201.14'],
      ['PERSON', 'Katrin Vogel'],
      ['PERSON', 'Rahul'],
      ['PERSON', 'Rahul Menon'],
    ],
  },
  {
    text:
      'Voicemail – Cards helpline callback queue – auto transcript (confidence 0.81)\n' +
      'hello this is uh Sunil Khatri calling from Pune regarding my credit card which got blocked yesterday the card number is 4610 6351 8755 8561 expiry 09/28 and the CVV is 417 if you need it there was one transaction of rupees 18,450 at Croma Aundh which is mine only please unblock it my complaint number is SR77120934 my date of birth is fifteenth August nineteen eighty one you can call me on +91 98220 41763 or my wife Meenal on 99230 18846 after 6 pm I already called your toll free 1800 102 3344 twice thank you',
    pii: [
      ['PERSON', 'Sunil Khatri'],
      ['CREDIT_CARD', '4610 6351 8755 8561'],
      ['CARD_EXPIRY', '09/28'],
      ['CARD_CVV', '417'],
      ['DATE_OF_BIRTH', 'fifteenth August nineteen eighty one'],
      ['PHONE', '+91 98220 41763'],
      ['PERSON', 'Meenal'],
      ['PHONE', '99230 18846'],
    ],
  },
  {
    text:
      'Wei Ling, 29 · Tanjong Pagar · 5 km away\n' +
      "About me: accountant by day, hawker-centre critic by night. Born 14 Feb '96 so yes I'm a Valentine's baby, no I don't want roses 🙃\n" +
      "Looking for: someone who'll queue 45 min for chicken rice with me\n" +
      "Prompts: Two truths and a lie — I've run the Standard Chartered marathon, I own 3 rice cookers, I'm afraid of pigeons\n" +
      'IG: @weiling.eats (mostly food)\n' +
      "I'm rarely on this app, Telegram is faster: @wl_tan96",
    pii: [
      ['PERSON', 'Wei Ling'],
      ['DATE_OF_BIRTH', "14 Feb '96"],
      ['USERNAME', '@weiling.eats'],
      ['USERNAME', '@wl_tan96'],
    ],
  },
  {
    text:
      'Consumer complaint submitted to the Consumer Financial Protection Bureau\n' +
      'Product: Credit reporting · Issue: Incorrect information on your report\n' +
      'Name: Jerome A. Castellanos\n' +
      'Mailing address: 5512 W Belmont Ave Apt 3R, Chicago, IL 60641\n' +
      'Phone: (773) 604-2198 · Email: jcastellanos.chi@outlook.com\n' +
      "SSN: 412-68-3095 (they asked for the last four but keep saying they can't find me, so here is the full number)\n" +
      'Date of birth: 11/30/1984\n\n' +
      "What happened: My Equifax report shows an auto loan from Midwest Auto Credit, account MAC-0048821, opened 06/2023 for $18,900. I never opened it. It also lists my old address 1220 N Kedzie Ave, Chicago, IL 60651 with someone else's phone number. I disputed on 02/14 (confirmation 2309-1187-4402) and 03/20, both times 'verified'. I filed a police report with CPD, RD# JF-118432.\n" +
      'Desired resolution: delete the tradeline and the hard inquiry dated 05/30/2023.',
    pii: [
      ['PERSON', 'Jerome A. Castellanos'],
      ['ADDRESS', '5512 W Belmont Ave Apt 3R, Chicago, IL 60641'],
      ['PHONE', '(773) 604-2198'],
      ['EMAIL', 'jcastellanos.chi@outlook.com'],
      ['US_SSN', '412-68-3095'],
      ['DATE_OF_BIRTH', '11/30/1984'],
      ['ADDRESS', '1220 N Kedzie Ave, Chicago, IL 60651'],
    ],
  },
  {
    text:
      'TO LET – 2 bedroom apartment, Kilimani, off Argwings Kodhek Rd near Yaya Centre\n' +
      'KSh 65,000 per month, 2 months deposit. Borehole water, backup generator, lift, 1 parking. Pets negotiable.\n' +
      'Call/WhatsApp Grace Wanjiru 0722 418 390 (no agents please)\n\n' +
      "[12/05/25, 14:21] Otieno Barasa: Hello madam, is the 2BR still available? I'm relocating from Kisumu end of month\n" +
      "[12/05/25, 14:25] Grace Wanjiru: Yes it's available. Viewing tomorrow 11am, ask the guard for Block C\n" +
      '[12/05/25, 14:30] Otieno Barasa: Sawa. For deposit can I pay through the bank?\n' +
      '[12/05/25, 14:33] Grace Wanjiru: Yes. Equity Bank account 0170293844157, name Grace W. Kamau. Or M-Pesa paybill 247247, account 0722418390\n' +
      "[12/05/25, 14:35] Otieno Barasa: Okay noted. I'll come with my wife Akinyi. Asante",
    pii: [
      ['PERSON', 'Grace Wanjiru'],
      ['PHONE', '0722 418 390'],
      ['PERSON', 'Otieno Barasa'],
      ['PERSON', 'Grace Wanjiru'],
      ['PERSON', 'Otieno Barasa'],
      ['PERSON', 'Grace Wanjiru'],
      ['BANK_ACCOUNT', '0170293844157'],
      ['PERSON', 'Grace W. Kamau'],
      ['PHONE', '0722418390'],
      ['PERSON', 'Otieno Barasa'],
      ['PERSON', 'Akinyi'],
    ],
  },
  {
    text:
      'FRAPORT LOST & FOUND – Report of loss (form LF-2)\n' +
      'Reference: LF-FRA-250611-0387   Date/time of loss: 11.06.2025 approx. 07:40   Location: Terminal 1, near gate B44   Flight: LH 1402 to Belgrade\n' +
      'Owner: Dr. Henrike Baumgartner\n' +
      'Date of birth: 19.01.1972\n' +
      'Item description: dark blue leather passport wallet (Aigner). Contents: German passport no. C4J7R2X91, EU driving licence no. J0103K7TP21, boarding pass, approx. 40 EUR.\n' +
      'Home address: Schillerstraße 27, 65183 Wiesbaden\n' +
      'Mobile: +49 171 4482093   E-mail: h.baumgartner@posteo.de\n' +
      'Please contact me if found; my colleague Jovana Petrović (+381 64 118 2207) can collect it on my behalf.\n' +
      'Lost & Found desk: Terminal 1, level 1, +49 69 690 66359',
    pii: [
      ['PERSON', 'Henrike Baumgartner'],
      ['DATE_OF_BIRTH', '19.01.1972'],
      ['PASSPORT', 'C4J7R2X91'],
      ['DRIVER_LICENSE', 'J0103K7TP21'],
      ['ADDRESS', 'Schillerstraße 27, 65183 Wiesbaden'],
      ['PHONE', '+49 171 4482093'],
      ['EMAIL', 'h.baumgartner@posteo.de'],
      ['PERSON', 'Jovana Petrović'],
      ['PHONE', '+381 64 118 2207'],
    ],
  },
  {
    text:
      'Voicemail transcript – Riverside Family Health Team, prescription line (auto-transcribed, 07:58)\n' +
      "hi it's uh it's Nadia Haddad calling for my dad Youssef Haddad he's a patient of doctor Leblanc his chart number is RFH-204817 date of birth is July 9th 1947 and his health card is 5584 219 363 XK he needs his metformin renewed the 500 milligram twice a day and the ramipril 5 milligrams the pharmacy is the Shoppers on Bank Street you can reach me at 613 790 4426 or his home line 613-733-5018 he's a bit hard of hearing so maybe call me first thanks bye",
    pii: [
      ['PERSON', 'Nadia Haddad'],
      ['PERSON', 'Youssef Haddad'],
      ['PERSON', 'Leblanc'],
      ['MEDICAL_RECORD', 'RFH-204817'],
      ['DATE_OF_BIRTH', 'July 9th 1947'],
      ['HEALTH_INSURANCE', '5584 219 363 XK'],
      ['PHONE', '613 790 4426'],
      ['PHONE', '613-733-5018'],
    ],
  },
  {
    text:
      'Skylark Mobile – live chat transcript, 09 Jun 2025\n' +
      "Ellie (Skylark): Hi, you're chatting with Ellie 😊 How can I help?\n" +
      'Customer: hi my phone got nicked on the 2 bus last night need to block the sim and the handset\n' +
      'Ellie (Skylark): So sorry to hear that. Can you confirm the mobile number on the account?\n' +
      'Customer: 07931 226 480\n' +
      'Ellie (Skylark): Thanks. And your 4-digit security PIN please?\n' +
      'Customer: 5581\n' +
      'Ellie (Skylark): Thank you. Full name and postcode?\n' +
      'Customer: Callum Fraser-McBride, G12 8QQ\n' +
      'Ellie (Skylark): Thanks Callum. Could you read me the IMEI from the box? We only show the last 4 digits (6531).\n' +
      'Customer: 358940603686531\n' +
      'Ellie (Skylark): Done – handset barred and SIM 8944581003682681996 cancelled. A replacement SIM will go to 3/2, 118 Hyndland Road, Glasgow G12 9PR, arriving 1–2 working days. Do you have a crime reference?\n' +
      'Customer: CR/0041182/25\n' +
      "Ellie (Skylark): Perfect, I've added it to case SKY-7734120.",
    pii: [
      ['PERSON', 'Ellie'],
      ['PERSON', 'Ellie'],
      ['PERSON', 'Ellie'],
      ['PHONE', '07931 226 480'],
      ['PERSON', 'Ellie'],
      ['PASSWORD', '5581'],
      ['PERSON', 'Ellie'],
      ['PERSON', 'Callum Fraser-McBride'],
      ['PERSON', 'Ellie'],
      ['PERSON', 'Callum'],
      ['IMEI', '358940603686531'],
      ['PERSON', 'Ellie'],
      ['ICCID', '8944581003682681996'],
      ['ADDRESS', '3/2, 118 Hyndland Road, Glasgow G12 9PR'],
      ['PERSON', 'Ellie'],
    ],
  },
  {
    text:
      "Owners' forum › 2017–2018 CX-5 › Infotainment reboot loop – summary of thread (pinned)\n" +
      "Symptom: CMU restarts every 2–3 minutes after the 74.00.324 update, sometimes with the 'Loading…' screen stuck.\n" +
      'Fix reported by several members: dealer reflash under service bulletin 09-020/17, or replace the CMU (part KD45-66-9U0B, about $640 plus 1.2 h labour).\n' +
      'Some dealers charged a $189.50 diagnostic fee; customer care at 1-800-222-5500 reimbursed it when quoting case numbers like 02419937.\n' +
      "Do NOT use the 70.00.367 firmware from unofficial sites. Check recall 5717F on the manufacturer's site before paying anything.\n" +
      'Last edited 14 May, 09:12. Thread views: 48,211.',
    pii: [],
  },
  {
    text:
      'Wiatr Cycling Club Kraków – member list export (members.csv), 12.03.2025\n' +
      'No;Name;Date of birth;Phone;Email;Emergency contact\n' +
      '014;Tomasz Wierzbicki;1987-05-19;+48 512 884 306;t.wierzbicki@wp.pl;Agnieszka (wife) 604 771 218\n' +
      '015;Magdalena Krupa;1995-11-02;+48 691 203 447;madzia.krupa@gmail.com;Jan Krupa 501 339 862\n' +
      '016;Oleksandr Hnatiuk;1990-02-27;+48 733 015 982;o.hnatiuk@ukr.net;—\n' +
      '017;Dominik Zając;2006-08-30;+48 789 402 155;zajac.d@onet.pl;Ewa Zając (mum) 602 118 734\n' +
      'Season fee 180 zł; jersey order closes 31.03; Sunday ride 8:00 from Rondo Mogilskie, 65 km.',
    pii: [
      ['PERSON', 'Tomasz Wierzbicki'],
      ['DATE_OF_BIRTH', '1987-05-19'],
      ['PHONE', '+48 512 884 306'],
      ['EMAIL', 't.wierzbicki@wp.pl'],
      ['PERSON', 'Agnieszka'],
      ['PHONE', '604 771 218'],
      ['PERSON', 'Magdalena Krupa'],
      ['DATE_OF_BIRTH', '1995-11-02'],
      ['PHONE', '+48 691 203 447'],
      ['EMAIL', 'madzia.krupa@gmail.com'],
      ['PERSON', 'Jan Krupa'],
      ['PHONE', '501 339 862'],
      ['PERSON', 'Oleksandr Hnatiuk'],
      ['DATE_OF_BIRTH', '1990-02-27'],
      ['PHONE', '+48 733 015 982'],
      ['EMAIL', 'o.hnatiuk@ukr.net'],
      ['PERSON', 'Dominik Zając'],
      ['DATE_OF_BIRTH', '2006-08-30'],
      ['PHONE', '+48 789 402 155'],
      ['EMAIL', 'zajac.d@onet.pl'],
      ['PERSON', 'Ewa Zając'],
      ['PHONE', '602 118 734'],
    ],
  },
  {
    text:
      'To: Korea Consumer Agency (1372 Consumer Counseling Center)\n' +
      'Subject: Gym refuses refund after injury – request for dispute mediation\n\n' +
      'Name: Daniel Okafor (foreign resident, E-2 visa)\n' +
      'Foreigner registration no.: 910203-5230187\n' +
      'Address: Seoul Mapo-gu Yeonnam-ro 27-3, 201호\n' +
      'Phone: 010-3372-9046   Email: dokafor.seoul@gmail.com\n\n' +
      'Business: FitZone Hongdae (대표 Park Seung-woo), business registration no. 314-87-02650\n' +
      "On 2025.02.03 I paid 1,080,000 won for a 12-month membership (contract FZ-2502-118) with my Shinhan card 5411 7774 5262 5978. On 3 April I tore a ligament in my knee (Severance Hospital, patient reg. no. 10482217, doctor's note attached) and asked to cancel. The manager said 'no refund policy' and offered only a 2-month hold. Under the fair trade guidelines I believe I am owed a pro-rata refund minus a 10% fee. I have called the gym at 02-332-8810 four times.",
    pii: [
      ['PERSON', 'Daniel Okafor'],
      ['FRN', '910203-5230187'],
      ['ADDRESS', 'Seoul Mapo-gu Yeonnam-ro 27-3, 201호'],
      ['PHONE', '010-3372-9046'],
      ['EMAIL', 'dokafor.seoul@gmail.com'],
      ['PERSON', 'Park Seung-woo'],
      ['BRN', '314-87-02650'],
      ['CREDIT_CARD', '5411 7774 5262 5978'],
      ['MEDICAL_RECORD', '10482217'],
    ],
  },
  {
    text:
      '[Carousell] iPhone 13 Pro 256GB Sierra Blue – RM2,150\n' +
      'Lightly used, battery health 87%, always with case + screen protector. Full box, IMEI on box match phone. COD at LRT Kelana Jaya or SS2 only, no postage.\n' +
      'IMEI 353498279580954 (so many ppl ask, here lah)\n\n' +
      'Chat\n' +
      '@hafiz_rides: bro still got? can nego 1.9k?\n' +
      '@mei_gadgets: sorry bro 2.1k lowest already\n' +
      '@hafiz_rides: ok deal. can bank in first then pickup tmr?\n' +
      '@mei_gadgets: ok. Maybank 1640 2297 3318, Lim Mei Xuan. send receipt to my whatsapp 012-738 4491 ya\n' +
      "@hafiz_rides: transferred RM2,100, ref 88217730. I'm Hafiz btw, my no. 019-552 0837",
    pii: [
      ['IMEI', '353498279580954'],
      ['USERNAME', '@hafiz_rides'],
      ['USERNAME', '@mei_gadgets'],
      ['USERNAME', '@hafiz_rides'],
      ['USERNAME', '@mei_gadgets'],
      ['BANK_ACCOUNT', '1640 2297 3318'],
      ['PERSON', 'Lim Mei Xuan'],
      ['PHONE', '012-738 4491'],
      ['USERNAME', '@hafiz_rides'],
      ['PERSON', 'Hafiz'],
      ['PHONE', '019-552 0837'],
    ],
  },
  {
    text:
      'NIGERIA POLICE FORCE – IKEJA DIVISION\nWITNESS STATEMENT\n\n' +
      'I, Chinedu Ikechukwu Obi, male, 34 years, of No. 12 Adeniyi Jones Avenue, Ikeja, Lagos, a civil servant, state as follows:\n' +
      "On 17th May 2025 at about 19:30hrs I was standing at the bus stop by Allen Avenue roundabout when a black Toyota Camry with registration number KJA 482 GH knocked down an okada rider and drove off towards Opebi. The rider, one Musa Abdullahi, was bleeding from the head. I and two others took him to LASUTH in a keke. I called the rider's brother, Sani, on 0803 417 2286 from the rider's phone. The Camry had a cracked rear bumper and a 'Jesus is Lord' sticker.\n" +
      'My phone number is +234 809 551 0372.\n\n' +
      'Statement recorded by Sgt. Bolanle Adeyemi, force no. 418827, at 21:05hrs. Case file IKJ/CR/2025/0517/11.',
    pii: [
      ['PERSON', 'Chinedu Ikechukwu Obi'],
      ['ADDRESS', 'No. 12 Adeniyi Jones Avenue, Ikeja, Lagos'],
      ['VEHICLE_PLATE', 'KJA 482 GH'],
      ['PERSON', 'Musa Abdullahi'],
      ['PERSON', 'Sani'],
      ['PHONE', '0803 417 2286'],
      ['PHONE', '+234 809 551 0372'],
      ['PERSON', 'Bolanle Adeyemi'],
    ],
  },
  {
    text:
      'WhatsApp chat export – 2B Parents 🍎 Ashgrove State School\n' +
      "[3/8/25, 7:12 pm] Kylie Brennan: Hi all! Reminder Olivia's 8th bday is this Sat 2–4pm at ours, 9 Waterworks Rd, Ashgrove QLD 4060. Park on Glen Lyon Dr if the street's full\n" +
      '[3/8/25, 7:15 pm] Sanjay Pillai: Thanks Kylie! Aarav is coming. FYI he has a peanut allergy, EpiPen is in his bag\n' +
      "[3/8/25, 7:21 pm] +61 438 902 117: Hi everyone it's Nguyen Thi Lan (Mia's mum), new number, pls save 🙏\n" +
      '[3/8/25, 7:40 pm] Kylie Brennan: Saved! Lan could you bring a fruit platter? Everyone RSVP to me on 0421 366 508 by Thursday x\n' +
      '[3/8/25, 7:52 pm] Sanjay Pillai: Also the uniform shop is open Wed 8–9am, jumpers are $38',
    pii: [
      ['PERSON', 'Kylie Brennan'],
      ['PERSON', 'Olivia'],
      ['ADDRESS', '9 Waterworks Rd, Ashgrove QLD 4060'],
      ['PERSON', 'Sanjay Pillai'],
      ['PERSON', 'Kylie'],
      ['PERSON', 'Aarav'],
      ['PHONE', '+61 438 902 117'],
      ['PERSON', 'Nguyen Thi Lan'],
      ['PERSON', 'Mia'],
      ['PERSON', 'Kylie Brennan'],
      ['PERSON', 'Lan'],
      ['PHONE', '0421 366 508'],
      ['PERSON', 'Sanjay Pillai'],
    ],
  },
  {
    text:
      'Home claims line – call transcript, ref 2506-HC-77213, 06:52\n' +
      "Agent: Good morning, you're through to home claims, my name is Aoibheann. Can I take your name please?\n" +
      "Caller: It's Ciarán Ó Dálaigh, although the policy is probably under Kieran Daly, the English version\n" +
      'Agent: I have Kieran Daly here. And the address of the property?\n' +
      'Caller: 7 Sycamore Lawn, Ballincollig, Co. Cork, P31 W8K6\n' +
      'Agent: And a mobile?\n' +
      'Caller: 086 304 7719\n' +
      "Agent: What's happened?\n" +
      "Caller: a pipe burst in the attic around six, water came through the kitchen ceiling, the plumber Noel from Noel Healy Plumbing is on his way. The ceiling's sagging\n" +
      "Agent: Don't go under it. Your excess is €350. For any payment, what account would you like it to go to?\n" +
      "Caller: IE49BOFI90001736117846, that's the joint account with my wife Sinéad\n" +
      'Agent: Grand. A loss adjuster will ring you today. Keep receipts for the plumber and any hotel.',
    pii: [
      ['PERSON', 'Aoibheann'],
      ['PERSON', 'Ciarán Ó Dálaigh'],
      ['PERSON', 'Kieran Daly'],
      ['PERSON', 'Kieran Daly'],
      ['ADDRESS', '7 Sycamore Lawn, Ballincollig, Co. Cork, P31 W8K6'],
      ['PHONE', '086 304 7719'],
      ['PERSON', 'Noel'],
      ['IBAN', 'IE49BOFI90001736117846'],
      ['PERSON', 'Sinéad'],
    ],
  },
  {
    text:
      'Ratings and reviews – CityRide: Bus & Train Times (version 4.12.0), 4.3 ★, 18K reviews\n\n' +
      "A Google user · ★★☆☆☆ · 2 June 2025\nSince 4.12 the route 42X live times are 6–8 minutes off. Stop ID 10073 shows the 7:15 as 'due' when it's still at the depot.\n\n" +
      'A Google user · ★★★★★ · 30 May 2025\nMonthly pass (ticket T-88213 type) now works offline. Great for the Red Line tunnel between Central and Harbour St.\n\n' +
      'Developer response · 3 June 2025\nThanks — 4.12.1 is rolling out and fixes the timing offset. If it continues, email support with your app version and device model (e.g. SM-A546E).',
    pii: [],
  },
  {
    text: 'Order #SG-44018-2217 confirmed: 2 x HX6730 brush heads, S$39.80. Delivery 14–16 Aug, 9am–6pm, to your saved address. Questions? 6235 1188 (Mon–Fri).',
    pii: [],
  },
];
