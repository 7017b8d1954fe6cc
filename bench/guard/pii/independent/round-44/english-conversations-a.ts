// English conversations for round 44, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundFortyFourConversationsA: readonly IndependentText[] = [
  {
    text:
      '[14/03, 19:02] Claire: ok booked!! TAP TP1351 Heathrow→Lisbon Fri 11 Apr 07:40, ref QZ7K4M, £612.40 for all four\n' +
      '[14/03, 19:03] Claire: the site wants passport details for everyone by Wednesday, can you send me yours\n' +
      '[14/03, 19:10] Owen: mine is 561847293 exp 2031, DOB 22/06/1987\n' +
      '[14/03, 19:11] Claire: and the kids? Their passports are in the blue folder I think\n' +
      '[14/03, 19:15] Owen: Freya 538204716, born 03/09/2015. Alfie 549172038, born 17/01/2019\n' +
      "[14/03, 19:16] Claire: legend. Mine's 527730614, I'll do the APIS tonight\n" +
      "[14/03, 19:20] Owen: rows 23A-D are free but don't pay the £9 each for seats",
    pii: [
      ['PERSON', 'Claire'],
      ['PERSON', 'Claire'],
      ['PERSON', 'Owen'],
      ['PASSPORT', '561847293'],
      ['DATE_OF_BIRTH', '22/06/1987'],
      ['PERSON', 'Claire'],
      ['PERSON', 'Owen'],
      ['PERSON', 'Freya'],
      ['PASSPORT', '538204716'],
      ['DATE_OF_BIRTH', '03/09/2015'],
      ['PERSON', 'Alfie'],
      ['PASSPORT', '549172038'],
      ['DATE_OF_BIRTH', '17/01/2019'],
      ['PERSON', 'Claire'],
      ['PASSPORT', '527730614'],
      ['PERSON', 'Owen'],
    ],
  },
  {
    text:
      'Chat transcript — Maple Air Customer Care\n' +
      'Agent (Priya): Hi, thanks for waiting. How can I help today?\n' +
      'Customer: Hi Priya, I need to move my Calgary–Halifax flight. Booking ref HX4R2P, ticket 014 2389 441705.\n' +
      "Agent (Priya): I see you on MA 664 on 18 May, seat 14C. May I have the passenger's full name and a contact number?\n" +
      'Customer: Denise Arsenault, cell 403-862-1947\n' +
      'Agent (Priya): Thank you, Denise. MA 668 on 19 May has space; the fare difference is $84.10 plus tax. Your loyalty number 31 775 2049 stays on the booking.\n' +
      'Customer: Fine. Can you email the new itinerary to d.arsenault@telus.net?\n' +
      'Agent (Priya): Done. For anything else our line is 1-888-247-2262.',
    pii: [
      ['PERSON', 'Priya'],
      ['PERSON', 'Priya'],
      ['PERSON', 'Priya'],
      ['PERSON', 'Denise Arsenault'],
      ['PHONE', '403-862-1947'],
      ['PERSON', 'Priya'],
      ['PERSON', 'Denise'],
      ['EMAIL', 'd.arsenault@telus.net'],
      ['PERSON', 'Priya'],
    ],
  },
  {
    text:
      'From: Marcus Feldman <mfeldman.travel@gmail.com>\n' +
      'To: reservations@thealderhotel.co.uk\n' +
      'Subject: Re: Confirmation 88413027 – early check-in\n' +
      '\n' +
      'Hello,\n' +
      'Thanks for confirming the Deluxe King for 6–9 June (£189/night). We land on BA0117 at 06:50, so an early check-in would be a lifesaver.\n' +
      'To guarantee it, please use my Visa 4864 2325 9013 9214, expiry 08/27, security code 341. Name on card M J Feldman.\n' +
      'My wife Hannah arrives separately on the 7th — can she collect a key at the desk?\n' +
      'Best,\n' +
      'Marcus\n' +
      '+1 917 406 2283',
    pii: [
      ['PERSON', 'Marcus Feldman'],
      ['EMAIL', 'mfeldman.travel@gmail.com'],
      ['CREDIT_CARD', '4864 2325 9013 9214'],
      ['CARD_EXPIRY', '08/27'],
      ['CARD_CVV', '341'],
      ['PERSON', 'M J Feldman'],
      ['PERSON', 'Hannah'],
      ['PERSON', 'Marcus'],
      ['PHONE', '+1 917 406 2283'],
    ],
  },
  {
    text:
      'Call notes — RoadReady Assist, case RA-2291754, 02/11 21:14 CT\n' +
      'Member: Luis Ocampo, membership 4471 0092 8815 (Plus tier)\n' +
      'Callback: (512) 739-4058\n' +
      'Vehicle: 2020 Toyota Prius, silver, TX plate LKP-4429, VIN JTDKARFU5L3116592\n' +
      'Location: I-35 southbound near mile marker 221, right shoulder\n' +
      'Issue: rear driver-side flat, spare also low. Caller says wife Marisol and two kids in the car, AC running.\n' +
      'Dispatched: Hill Country Towing, unit 12, ETA 45 min. No charge under plan.\n' +
      'Luis asked for a text when the truck is 10 min out.',
    pii: [
      ['PERSON', 'Luis Ocampo'],
      ['PHONE', '(512) 739-4058'],
      ['VEHICLE_PLATE', 'LKP-4429'],
      ['VIN', 'JTDKARFU5L3116592'],
      ['PERSON', 'Marisol'],
      ['PERSON', 'Luis'],
    ],
  },
  {
    text:
      'which sailing should we book? pasting the summer timetable:\n' +
      '\n' +
      'Ullapool → Stornoway   dep 07:00  arr 09:45\n' +
      'Ullapool → Stornoway   dep 13:00  arr 15:45\n' +
      'Ullapool → Stornoway   dep 17:30  arr 20:15 (not Sun)\n' +
      'Car up to 6m: £58.20 single, driver incl. Foot passenger £11.60\n' +
      'Bookings 0800 917 2440, check-in closes 40 min before departure.\n' +
      '\n' +
      "we're leaving the cottage at 10ish so the 13:00 right?",
    pii: [],
  },
  {
    text:
      'Live chat — Skyline Car Hire, Edinburgh Airport\n' +
      "Customer: hi, I'm pre-registering for tomorrow's pickup, reservation ECH-551902. The form keeps rejecting my licence number\n" +
      'Agent Kirsty: Can you type it here exactly as it appears on the card?\n' +
      'Customer: MORGA753116SM9IJ, UK licence\n' +
      'Agent Kirsty: Thanks, there was a space in it. And your home address for the agreement?\n' +
      'Customer: 14 Glebe Terrace, Llandaff, Cardiff CF5 2DN\n' +
      'Agent Kirsty: Lovely. Group C (Vauxhall Astra or similar), 3 days, £147.96, plus a £250 deposit hold at the desk. We open at 06:00, desk phone 0131 344 3800.\n' +
      "Customer: great, it'll be me, Sian Morgan, plus my partner Gethin as second driver\n" +
      "Agent Kirsty: He'll need to show his licence in person too. See you tomorrow!",
    pii: [
      ['PERSON', 'Kirsty'],
      ['DRIVER_LICENSE', 'MORGA753116SM9IJ'],
      ['PERSON', 'Kirsty'],
      ['ADDRESS', '14 Glebe Terrace, Llandaff, Cardiff CF5 2DN'],
      ['PERSON', 'Kirsty'],
      ['PERSON', 'Sian Morgan'],
      ['PERSON', 'Gethin'],
      ['PERSON', 'Kirsty'],
    ],
  },
  {
    text:
      'Subject: Complaint – ride on 21 Feb, trip 7F3C22A9\n' +
      '\n' +
      'Hi,\n' +
      'Last night\'s ride from Ikeja City Mall to Lekki Phase 1 (fare ₦8,450) was a nightmare. The driver, Emeka, in a grey Toyota Corolla, plate EKY 482 FX, went through Ojota and then demanded ₦3,000 cash "for the traffic".\n' +
      'When I refused he ended the trip early at the toll gate. My friend Bisola was with me and can confirm.\n' +
      'Please refund the difference and look into this. My account email is tolu.adeyemi92@yahoo.com and you can reach me on 0803 417 6259.\n' +
      '\n' +
      'Tolulope Adeyemi',
    pii: [
      ['PERSON', 'Emeka'],
      ['VEHICLE_PLATE', 'EKY 482 FX'],
      ['PERSON', 'Bisola'],
      ['EMAIL', 'tolu.adeyemi92@yahoo.com'],
      ['PHONE', '0803 417 6259'],
      ['PERSON', 'Tolulope Adeyemi'],
    ],
  },
  {
    text:
      'Rocío: ¡Hola Tom! Welcome to Sevilla 😊 Self check-in from 15:00, reservation HMQ4Z8PX2T.\n' +
      'Rocío: Spanish law asks me to register every guest with the police. Could you send full name, passport number, nationality and date of birth for both of you?\n' +
      'Tom: Sure — Thomas Whitfield, British, passport 133642957, DOB 04/12/1990. My partner is Alyssa Brennan, Irish, passport PA3718264, DOB 19/07/1992.\n' +
      'Rocío: Perfect, gracias. The key box code is 5813 and the flat is 3ºB, lift to the left. Late arrival after 22:00 is €20.\n' +
      'Tom: Amazing, see you around 4!',
    pii: [
      ['PERSON', 'Rocío'],
      ['PERSON', 'Tom'],
      ['PERSON', 'Rocío'],
      ['PERSON', 'Tom'],
      ['PERSON', 'Thomas Whitfield'],
      ['PASSPORT', '133642957'],
      ['DATE_OF_BIRTH', '04/12/1990'],
      ['PERSON', 'Alyssa Brennan'],
      ['PASSPORT', 'PA3718264'],
      ['DATE_OF_BIRTH', '19/07/1992'],
      ['PERSON', 'Rocío'],
      ['PASSWORD', '5813'],
      ['PERSON', 'Tom'],
    ],
  },
  {
    text:
      'Baggage Services chat — file BOSEW41827\n' +
      "Agent: Hello, I'm Darnell with Baggage Services. I can see your file for the black Samsonite, tag EW 417893, last scanned in Dublin.\n" +
      "You: Yes that's mine. Any idea when it'll come?\n" +
      "Agent: It's booked on tomorrow's EW 137, arriving 13:25. We'll courier it to you — please confirm the delivery address.\n" +
      "You: 88 Pleasant Street, Apt 3, Brookline, MA 02446. I'm out until 6pm but my roommate Kayla can sign.\n" +
      'Agent: Got it. A contact number for the courier?\n' +
      'You: 617-294-8831\n' +
      'Agent: Thanks. Keep receipts for essentials — we reimburse up to $50/day for 5 days. Our baggage line is 1-866-991-3321.',
    pii: [
      ['PERSON', 'Darnell'],
      ['ADDRESS', '88 Pleasant Street, Apt 3, Brookline, MA 02446'],
      ['PERSON', 'Kayla'],
      ['PHONE', '617-294-8831'],
    ],
  },
  {
    text:
      'To: claims@globetrekinsure.com\n' +
      'Subject: Claim TRV-2024-118305 – medical expenses, Bangkok\n' +
      '\n' +
      'Hello,\n' +
      'Following my call with Anneke on Tuesday, here are the documents for my claim:\n' +
      '- Discharge summary from Sukhumvit Medical Centre, hospital number (HN) 63-041872, admitted 2 March, discharged 4 March (dengue fever).\n' +
      '- Invoice THB 94,320, paid with my own card.\n' +
      'Please reimburse to IBAN NL32RABO2708586157, account holder J. de Vries.\n' +
      'For identification: Jeroen de Vries, born 27-08-1984.\n' +
      '\n' +
      'Regards,\n' +
      'Jeroen',
    pii: [
      ['PERSON', 'Anneke'],
      ['MEDICAL_RECORD', '63-041872'],
      ['IBAN', 'NL32RABO2708586157'],
      ['PERSON', 'J. de Vries'],
      ['PERSON', 'Jeroen de Vries'],
      ['DATE_OF_BIRTH', '27-08-1984'],
      ['PERSON', 'Jeroen'],
    ],
  },
  {
    text:
      'Welcome message (automated) — Harbour View Apartments\n' +
      'Check-in 15:00–22:00, check-out by 10:30. Late check-out €25/hour, subject to availability.\n' +
      'Quiet hours 22:00–08:00. No parties; maximum occupancy as booked.\n' +
      'Bins: glass Tuesday, general Thursday. Recycling point at the end of the pier.\n' +
      'Lost keys: €60 replacement. Reception (24h): +30 2810 300 455.\n' +
      'Booking 5120 8834 — please quote it in all messages.',
    pii: [],
  },
  {
    text:
      '#dispatch\n' +
      'Dana Kowalczyk: Roster for Thu 14 Nov, pls check your slot\n' +
      'unit 07 (Escalade) — Andre Whitlock, IL DL W423-6518-2047, cell 773-508-2216 — O’Hare runs 05:00–13:00\n' +
      'unit 11 (Sprinter) — Mei Lin Zhou, IL DL Z500-7732-9514, cell 312-441-9870 — Kellogg shuttle\n' +
      'unit 14 (S-Class) — Reggie Banks, IL DL B520-4118-6603, cell 708-226-0413 — on call\n' +
      'Dana Kowalczyk: Andre, your medical card renewal is due the 30th\n' +
      'Andre Whitlock: 👍 booked for the 22nd',
    pii: [
      ['PERSON', 'Dana Kowalczyk'],
      ['PERSON', 'Andre Whitlock'],
      ['DRIVER_LICENSE', 'W423-6518-2047'],
      ['PHONE', '773-508-2216'],
      ['PERSON', 'Mei Lin Zhou'],
      ['DRIVER_LICENSE', 'Z500-7732-9514'],
      ['PHONE', '312-441-9870'],
      ['PERSON', 'Reggie Banks'],
      ['DRIVER_LICENSE', 'B520-4118-6603'],
      ['PHONE', '708-226-0413'],
      ['PERSON', 'Dana Kowalczyk'],
      ['PERSON', 'Andre'],
      ['PERSON', 'Andre Whitlock'],
    ],
  },
  {
    text:
      'VoltPoint Support — chat #552901\n' +
      'Customer: my home charger dropped off the app after I changed router. Serial VP7-22K-0918834, firmware 4.2.1\n' +
      "Agent (Jonas): Let's check. Can you see it on your router's device list?\n" +
      'Customer: yes, MAC 3C:71:BF:4A:9E:12, and my home IP is 86.147.203.58 if that helps\n' +
      'Agent (Jonas): The charger still has the old Wi-Fi profile. Is the account under the username fnoor_ev?\n' +
      'Customer: yes fnoor_ev, email farah.noor@outlook.co.uk\n' +
      "Agent (Jonas): I've pushed a reset. Your RFID card (ends 4471) keeps working at public points meanwhile, and the off-peak rate stays 7.5p/kWh.",
    pii: [
      ['PERSON', 'Jonas'],
      ['MAC_ADDRESS', '3C:71:BF:4A:9E:12'],
      ['IP_ADDRESS', '86.147.203.58'],
      ['PERSON', 'Jonas'],
      ['USERNAME', 'fnoor_ev'],
      ['USERNAME', 'fnoor_ev'],
      ['EMAIL', 'farah.noor@outlook.co.uk'],
      ['PERSON', 'Jonas'],
    ],
  },
  {
    text:
      'ShareDrive Berlin — Support\n' +
      "Customer: Hi, the app won't verify my licence. I'm Australian but living in Berlin.\n" +
      "Agent (Lena): Hi! Which licence do you have? After 6 months' residence you need a German one.\n" +
      'Customer: I swapped it in January. Führerschein number B072RRE2I55, issued Berlin.\n' +
      'Agent (Lena): Thanks. Is the account under jack.oconnell@gmx.de, date of birth 02.05.1996?\n' +
      "Customer: Yes that's right. Username is jackoc_96 if that's easier.\n" +
      'Agent (Lena): Found it. The photo of the back side was blurry — please re-upload; it usually clears within 2 hours. Your first 30 minutes are on us with code SPRING30.',
    pii: [
      ['PERSON', 'Lena'],
      ['DRIVER_LICENSE', 'B072RRE2I55'],
      ['PERSON', 'Lena'],
      ['EMAIL', 'jack.oconnell@gmx.de'],
      ['DATE_OF_BIRTH', '02.05.1996'],
      ['USERNAME', 'jackoc_96'],
      ['PERSON', 'Lena'],
    ],
  },
  {
    text:
      'Subject: Challenge to PCN WK84519273 – vehicle AB19 XCV\n' +
      '\n' +
      'Dear Sir/Madam,\n' +
      'I am writing to challenge the penalty charge notice issued at 14:12 on 3 October in High Street bay 4 to my car, registration AB19 XCV.\n' +
      'I had a valid RingGo session (location 80217, ref 4410932) until 14:30; the screenshot is attached. The £70 charge should be cancelled.\n' +
      'Please send your response to my home address: Flat 2, 31 Chertsey Road, Woking GU21 5AB.\n' +
      '\n' +
      'Yours faithfully,\n' +
      'Priyanka Shah\n' +
      '07583 219 466',
    pii: [
      ['VEHICLE_PLATE', 'AB19 XCV'],
      ['VEHICLE_PLATE', 'AB19 XCV'],
      ['ADDRESS', 'Flat 2, 31 Chertsey Road, Woking GU21 5AB'],
      ['PERSON', 'Priyanka Shah'],
      ['PHONE', '07583 219 466'],
    ],
  },
  {
    text:
      'Call transcript — Aurora Cruises guest services, booking 7741926\n' +
      'Agent: Thank you for calling Aurora Cruises, this is Marco.\n' +
      "Caller: Hi Marco, this is Siobhan Kerr. I'd like to add my mother to our cabin for the Norway sailing on 12 July, cabin 8214.\n" +
      'Agent: Of course. I need her full name as on her passport, date of birth, nationality and passport number.\n' +
      "Caller: It's Margaret Ellen Doyle, born fifth of April 1949, Irish, passport PK9021735.\n" +
      "Agent: Lovely. There's a third-guest fare of £749 plus £96 port fees. Will you pay by card today?\n" +
      'Caller: Yes, Mastercard 5195 4529 9982 1819, expires 11/28, the code on the back is 604.\n' +
      'Agent: Thanks Siobhan, Margaret is all set. Your new confirmation is 7741926-C.',
    pii: [
      ['PERSON', 'Marco'],
      ['PERSON', 'Marco'],
      ['PERSON', 'Siobhan Kerr'],
      ['PERSON', 'Margaret Ellen Doyle'],
      ['DATE_OF_BIRTH', 'fifth of April 1949'],
      ['PASSPORT', 'PK9021735'],
      ['CREDIT_CARD', '5195 4529 9982 1819'],
      ['CARD_EXPIRY', '11/28'],
      ['CARD_CVV', '604'],
      ['PERSON', 'Siobhan'],
      ['PERSON', 'Margaret'],
    ],
  },
  {
    text:
      'Subject: Special assistance – W6 3021 LTN–OTP, 9 Aug\n' +
      '\n' +
      'Hello,\n' +
      "I'd like to request wheelchair assistance (WCHS: he can walk short distances but can't manage the steps) for my father, Ion Popescu, born 14.02.1946, travelling alone on W6 3021 from Luton to Bucharest on 9 August, booking S7XQ2L.\n" +
      "He has a folding walker that he'd like to take to the gate. He speaks little English.\n" +
      "I'll drop him at the terminal; please call me if anything changes: +44 7912 603 518. In Bucharest my cousin Andreea will meet him, her number is +40 722 418 093.\n" +
      '\n' +
      'Many thanks,\n' +
      'Elena Popescu-Ward',
    pii: [
      ['PERSON', 'Ion Popescu'],
      ['DATE_OF_BIRTH', '14.02.1946'],
      ['PHONE', '+44 7912 603 518'],
      ['PERSON', 'Andreea'],
      ['PHONE', '+40 722 418 093'],
      ['PERSON', 'Elena Popescu-Ward'],
    ],
  },
  {
    text:
      'ok so from the rail pass site (2nd class, adult / youth 12–27):\n' +
      'Global Pass 4 days in 1 month    €283 / €212\n' +
      'Global Pass 7 days in 1 month    €335 / €251\n' +
      'Global Pass 15 days continuous   €485 / €364\n' +
      'Seat reservations extra: TGV ~€10–20, Eurostar €30, night trains from €20.\n' +
      'Is the 7-day one worth it if we only do Paris–Milan–Vienna–Prague? Departing 28 June, back 9 July.',
    pii: [],
  },
  {
    text:
      '[09:14] Sharma Holidays: Namaste ji 🙏 For the Dubai package (5N/6D, Rs 1,18,500 per person) please send passport details of all travellers\n' +
      '[09:31] Rajesh: Rajesh Kumar Gupta, passport V4819273, DOB 11/08/1978\n' +
      '[09:32] Rajesh: Wife Sunita Gupta, passport W2076481, DOB 30/01/1982\n' +
      '[09:33] Rajesh: Son Aarav, passport Z5532108, DOB 05/06/2011\n' +
      '[09:40] Sharma Holidays: Thank you Rajesh ji. Visa fee Rs 7,200 each, 4-5 working days. Flight EK 505 BOM–DXB 14 Dec 04:25, PNR 8KQ2LM\n' +
      '[09:41] Sharma Holidays: Please share one mobile number for the hotel voucher\n' +
      '[09:45] Rajesh: +91 98203 47716',
    pii: [
      ['PERSON', 'Rajesh'],
      ['PERSON', 'Rajesh Kumar Gupta'],
      ['PASSPORT', 'V4819273'],
      ['DATE_OF_BIRTH', '11/08/1978'],
      ['PERSON', 'Rajesh'],
      ['PERSON', 'Sunita Gupta'],
      ['PASSPORT', 'W2076481'],
      ['DATE_OF_BIRTH', '30/01/1982'],
      ['PERSON', 'Rajesh'],
      ['PERSON', 'Aarav'],
      ['PASSPORT', 'Z5532108'],
      ['DATE_OF_BIRTH', '05/06/2011'],
      ['PERSON', 'Rajesh'],
      ['PERSON', 'Rajesh'],
      ['PHONE', '+91 98203 47716'],
    ],
  },
  {
    text:
      'Hi Chloe,\n' +
      'Great to meet you on Saturday. Here is the summary for the paperwork on the 2022 Hyundai Tucson Elite (stock S2214, drive-away $41,990, trade-in allowance $14,500):\n' +
      '- Buyer: Chloe Tran, DOB 23/09/1993\n' +
      '- Address: 7/118 Sydney Road, Brunswick VIC 3056\n' +
      '- Licence: 048173295 (VIC)\n' +
      '- VIN: KMHD341C7NU204718, new plates 1XY 4RB\n' +
      '- Trade-in: 2015 Mazda3, rego ZHT418\n' +
      'Your $500 overpayment will be refunded to BSB 033-089, account 48 219 7730 within 3 business days.\n' +
      'Cheers,\n' +
      'Nathan Pereira\n' +
      'Sales Consultant, Northside Hyundai · (03) 9380 4411',
    pii: [
      ['PERSON', 'Chloe'],
      ['PERSON', 'Chloe Tran'],
      ['DATE_OF_BIRTH', '23/09/1993'],
      ['ADDRESS', '7/118 Sydney Road, Brunswick VIC 3056'],
      ['DRIVER_LICENSE', '048173295'],
      ['VIN', 'KMHD341C7NU204718'],
      ['VEHICLE_PLATE', '1XY 4RB'],
      ['VEHICLE_PLATE', 'ZHT418'],
      ['BANK_ACCOUNT', '48 219 7730'],
      ['PERSON', 'Nathan Pereira'],
    ],
  },
  {
    text:
      'Me: fwd — "91 Express Lanes: toll for plate 7KDM219 on 03/18 at 17:42, $12.85 due by 04/07. Notice 20240318-55102. Pay online or call 1-800-600-9191."\n' +
      "Dan: that's the Honda, I had the transponder in the other car 🙄\n" +
      "Me: can you pay it? my card's frozen after the Vegas thing\n" +
      'Dan: done, confirmation 883201',
    pii: [
      ['VEHICLE_PLATE', '7KDM219'],
      ['PERSON', 'Dan'],
      ['PERSON', 'Dan'],
    ],
  },
  {
    text:
      'Subject: Someone redeemed my points — member 41 7720 8853\n' +
      '\n' +
      'Hi,\n' +
      'I got an alert that 120,000 points were redeemed for a stay at your Cancún property (confirmation 92017734) that I never booked. The login notification said it came from IP 185.220.101.34 at 03:12 UTC.\n' +
      "My login is kwabena.asante and I've since changed my password — the old one was Sunbird#2019 and I suspect it leaked from another site.\n" +
      'Please freeze the account and reverse the redemption. You can reach me at kasante.gh@gmail.com or +233 24 418 7725.\n' +
      '\n' +
      'Kwabena Asante',
    pii: [
      ['IP_ADDRESS', '185.220.101.34'],
      ['USERNAME', 'kwabena.asante'],
      ['PASSWORD', 'Sunbird#2019'],
      ['EMAIL', 'kasante.gh@gmail.com'],
      ['PHONE', '+233 24 418 7725'],
      ['PERSON', 'Kwabena Asante'],
    ],
  },
  {
    text:
      'Incident summary IR-0412 (anonymised for the weekly safety huddle)\n' +
      'Date: 9 Jan, approx. 23:40. Vehicle: fleet unit 318 (Skoda Octavia).\n' +
      'A passenger reported that the driver took a longer route via the ring road; the GPS trace shows +6.2 km against the suggested route. Fare €31.40 vs estimate €22–25.\n' +
      'The driver states the direct road was closed for roadworks (confirmed by council notice 2024/117).\n' +
      'Outcome: no fault; €7 goodwill credit applied to the rider account. Dispatch line 01 872 2222 to be printed on receipts from 1 Feb.',
    pii: [],
  },
  {
    text:
      'From: Josephine Thibodeaux <jo@crescentwalkingtours.com>\n' +
      'To: Beau Landry <beau.landry504@gmail.com>\n' +
      'Subject: Re: payroll setup — spring season\n' +
      '\n' +
      '> Beau, you sent your ITIN as 912-78-4361 but the W-9 says SSN. Which one do we use?\n' +
      '\n' +
      'Sorry Jo! Use my SSN, I got it last year: 418-62-0937. The ITIN was retired.\n' +
      'Direct deposit: routing 065000184, checking 8841207763.\n' +
      'My address changed too — 2217 Dauphine Street, New Orleans, LA 70116.\n' +
      'Tours start March 4, right? Route 2 (Garden District), $28 a head?\n' +
      'Beau',
    pii: [
      ['PERSON', 'Josephine Thibodeaux'],
      ['EMAIL', 'jo@crescentwalkingtours.com'],
      ['PERSON', 'Beau Landry'],
      ['EMAIL', 'beau.landry504@gmail.com'],
      ['PERSON', 'Beau'],
      ['US_ITIN', '912-78-4361'],
      ['PERSON', 'Jo'],
      ['US_SSN', '418-62-0937'],
      ['BANK_ACCOUNT', '8841207763'],
      ['ADDRESS', '2217 Dauphine Street, New Orleans, LA 70116'],
      ['PERSON', 'Beau'],
    ],
  },
  {
    text: '[SMS to +48 601 372 948] FlexiRide: Tomasz (4.92★) is 3 min away — silver Skoda Octavia, WX 4821K. PIN for this ride: 7306. Trip 55-KP-9921, est. 38 zł.',
    pii: [
      ['PHONE', '+48 601 372 948'],
      ['PERSON', 'Tomasz'],
      ['VEHICLE_PLATE', 'WX 4821K'],
      ['PASSWORD', '7306'],
    ],
  },
];
