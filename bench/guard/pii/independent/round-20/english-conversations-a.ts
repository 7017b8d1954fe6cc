// English conversations for round 20, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwentyConversationsA: readonly IndependentText[] = [
  {
    text: "Customer: Booking ref ZR4KTN, flight QF0009 PER-LHR on 3 Nov. I need to add the passport details for my daughter, she's travelling with me.\nAgent: Sure thing. Full name as printed in the passport, date of birth and passport number please.\nCustomer: HOLLOWAY, ISLA MAE. born 17/04/2014, passport PA7730419\nCustomer: sorry typo, PA7730418\nAgent: Thanks, updated to PA7730418. Do you want an emergency contact on her record?\nCustomer: yes me, 0407 318 562",
    pii: [
      ['PERSON', 'HOLLOWAY, ISLA MAE'],
      ['DATE_OF_BIRTH', '17/04/2014'],
      ['PASSPORT', 'PA7730419'],
      ['PASSPORT', 'PA7730418'],
      ['PASSPORT', 'PA7730418'],
      ['PHONE', '0407 318 562'],
    ],
  },
  {
    text: 'Dear Sunitha,\n\nThank you for the offer. Please find attached my PAN copy, masked Aadhaar and a cancelled cheque. Details for salary credit:\nAccount No: 50100382916457\nBank: HDFC Bank, Koramangala branch, IFSC HDFC0000053\nDOB as per PAN: 11/09/1996\n\nMy notice period ends 14 Aug, so joining on 18 Aug works. Emergency contact: my father, R. Kulkarni, 0821 241 3376.\n\nThanks & regards,\nHarshvardhan Kulkarni\n+91 99001 64823',
    pii: [
      ['PERSON', 'Sunitha'],
      ['BANK_ACCOUNT', '50100382916457'],
      ['DATE_OF_BIRTH', '11/09/1996'],
      ['PERSON', 'R. Kulkarni'],
      ['PHONE', '0821 241 3376'],
      ['PERSON', 'Harshvardhan Kulkarni'],
      ['PHONE', '+91 99001 64823'],
    ],
  },
  {
    text: "Customer: Hi, moving into Unit 3, 41 Fitzroy St, St Kilda VIC 3182 on 12 July and need the power connected. Name's Priya Venkataraman, DOB 02/11/1990\nAgent: Thanks Priya! For the ID check I'll need a driver licence number and the state it's from\nCustomer: VIC, 048 213 776\nAgent: Great. Best number to reach you on?\nCustomer: 0431 552 089\nAgent: All booked, connection ref CN-4471902. The $41.80 connection fee will be on your first bill.",
    pii: [
      ['ADDRESS', 'Unit 3, 41 Fitzroy St, St Kilda VIC 3182'],
      ['PERSON', 'Priya Venkataraman'],
      ['DATE_OF_BIRTH', '02/11/1990'],
      ['PERSON', 'Priya'],
      ['DRIVER_LICENSE', '048 213 776'],
      ['PHONE', '0431 552 089'],
    ],
  },
  {
    text: 'Hi, this is Lee Seo-yeon (이서연). Order no. 20250618-443172, I want return pickup for the air fryer model AF-5500K, it does not heat. Pickup address is 부산광역시 해운대구 마린시티2로 38, 101동 2204호. My phone 010-4829-1175, if no answer please call my husband 010 7730 2281. Thank you! 수고하세요',
    pii: [
      ['PERSON', 'Lee Seo-yeon'],
      ['PERSON', '이서연'],
      ['ADDRESS', '부산광역시 해운대구 마린시티2로 38, 101동 2204호'],
      ['PHONE', '010-4829-1175'],
      ['PHONE', '010 7730 2281'],
    ],
  },
  {
    text: "Customer: locked out of online banking AGAIN\nAgent: Sorry about that! To verify you, please give me your date of birth and your online banking user ID.\nCustomer: march 22 1961. user id gpolanski61\nAgent: Thanks. And the last 4 of your SSN?\nCustomer: do u want the whole thing? 531-60-0982\nAgent: Just the last 4 is fine, please don't send the full number in chat. You're verified, and I've sent a one-time code to the phone ending 44.",
    pii: [
      ['DATE_OF_BIRTH', 'march 22 1961'],
      ['USERNAME', 'gpolanski61'],
      ['US_SSN', '531-60-0982'],
    ],
  },
  {
    text: "Hi Gemma,\n\nQuick one: Mr Halloran's crown fit has moved to Thu 14:20 in Surgery 2 (lab case LW-30418). Could you let him know? His mobile on file is 07825 331 049.\n\nThanks\nRavinder Sahota\nPractice Manager | Castlegate Orthodontics\nDDI: 0113 496 2270 | M: 07402 918664\nravinder@castlegateortho.co.uk",
    pii: [
      ['PERSON', 'Gemma'],
      ['PERSON', 'Halloran'],
      ['PHONE', '07825 331 049'],
      ['PERSON', 'Ravinder Sahota'],
      ['PHONE', '0113 496 2270'],
      ['PHONE', '07402 918664'],
      ['EMAIL', 'ravinder@castlegateortho.co.uk'],
    ],
  },
  {
    text: 'Hi Renée, your 2019 Toyota RAV4 (plate 8MKT421, VIN JTMRWRFV8KD512847) is ready for pickup. Total $612.40 for the 30k service + cabin filter. Questions? Text your advisor Luis Ortega directly at (408) 629-1174. – Stevens Creek Toyota Service',
    pii: [
      ['PERSON', 'Renée'],
      ['VEHICLE_PLATE', '8MKT421'],
      ['VIN', 'JTMRWRFV8KD512847'],
      ['PERSON', 'Luis Ortega'],
      ['PHONE', '(408) 629-1174'],
    ],
  },
  {
    text: "Customer: can I add my husband as a second driver on EC-88213? picking up at Bristol airport Fri\nAgent: Of course. His full name, date of birth and licence number please.\nCustomer: Owain Jenkins-Rees, 8 Dec 1991, licence JENKI912081OR9XY\nAgent: Thank you. The additional driver fee is £13.99/day. A contact mobile for him?\nCustomer: 07700 913554\nAgent: Lovely, Owain's added. He'll need his photocard and a DVLA check code at the desk.",
    pii: [
      ['PERSON', 'Owain Jenkins-Rees'],
      ['DATE_OF_BIRTH', '8 Dec 1991'],
      ['DRIVER_LICENSE', 'JENKI912081OR9XY'],
      ['PHONE', '07700 913554'],
      ['PERSON', 'Owain'],
    ],
  },
  {
    text: "Hey Kerry, Mitch here from Coolair, the installer for ur Daikin split system. Running about 40 min late from a job in Penrith, should be at 27 Banksia Cres, Glenmore Park by 11:15. Is the side gate code still 4471? If ur not home my offsider Jayden will ring from 0409 773 125, mine's 0417 226 903",
    pii: [
      ['PERSON', 'Kerry'],
      ['PERSON', 'Mitch'],
      ['ADDRESS', '27 Banksia Cres, Glenmore Park'],
      ['PASSWORD', '4471'],
      ['PERSON', 'Jayden'],
      ['PHONE', '0409 773 125'],
      ['PHONE', '0417 226 903'],
    ],
  },
  {
    text: 'Reception note 14:05: Mrs Parveen Akhtar, DOB 03.07.1958, NHS no. 728 306 1541, EMIS 118245, asking for results of bloods taken Mon. Prefers a call on mobile 07834 221906 (landline 0161 445 2093 not answered in the day). Son Imran Akhtar may ring on her behalf, consent form on file. Tasked to Dr Gareth Lloyd.',
    pii: [
      ['PERSON', 'Parveen Akhtar'],
      ['DATE_OF_BIRTH', '03.07.1958'],
      ['HEALTH_INSURANCE', '728 306 1541'],
      ['MEDICAL_RECORD', '118245'],
      ['PHONE', '07834 221906'],
      ['PHONE', '0161 445 2093'],
      ['PERSON', 'Imran Akhtar'],
      ['PERSON', 'Gareth Lloyd'],
    ],
  },
  {
    text: 'Hallo Élodie,\n\nwelcome to the WG! Rent (€620 warm) is due on the 3rd, please set up a Dauerauftrag to:\nIBAN DE03 1009 0000 2847 7156 03\nKontoinhaber: Matthias Brenner\n\nKey safe by the bike shed: 7315\nWLAN "FRITZ!Box 7530 KV", password Sonnenblume-Kreuzberg-22\nIf anything breaks call me on 0176 2291 4408.\n\nBis bald,\nMatze',
    pii: [
      ['PERSON', 'Élodie'],
      ['IBAN', 'DE03 1009 0000 2847 7156 03'],
      ['PERSON', 'Matthias Brenner'],
      ['PASSWORD', '7315'],
      ['PASSWORD', 'Sonnenblume-Kreuzberg-22'],
      ['PHONE', '0176 2291 4408'],
      ['PERSON', 'Matze'],
    ],
  },
  {
    text: 'Deploy to Render fails with:\n\nFATAL: password authentication failed for user "shop_api"\n\nmy .env:\nDATABASE_URL=postgresql://shop_api:Tq7#vR2mLx9p@172.31.44.18:5432/orders\nSTRIPE_SECRET_KEY=sk_test_51PbR8xKq3Hn2VwZ7cYt0LmA4dEf9GhJ\n\nWorks fine on localhost with Postgres 16.2. Do I need to URL-encode the #?',
    pii: [
      ['USERNAME', 'shop_api'],
      ['USERNAME', 'shop_api'],
      ['PASSWORD', 'Tq7#vR2mLx9p'],
      ['IP_ADDRESS', '172.31.44.18'],
      ['SECRET', 'sk_test_51PbR8xKq3Hn2VwZ7cYt0LmA4dEf9GhJ'],
    ],
  },
  {
    text: 'Good evening sir, I made a transfer of ₦38,500 for my GOtv Max renewal (IUC 7028419365) from my Access Bank account 0691538274 since 2pm and it is not showing. Transaction ref 000013250612143022918741. My name is Ifeoma Nwachukwu, phone 0814 227 3095 or 0907 662 1180, email ifeoma.nwachukwu88@gmail.com. Please help me, the children are disturbing me 😅',
    pii: [
      ['BANK_ACCOUNT', '0691538274'],
      ['PERSON', 'Ifeoma Nwachukwu'],
      ['PHONE', '0814 227 3095'],
      ['PHONE', '0907 662 1180'],
      ['EMAIL', 'ifeoma.nwachukwu88@gmail.com'],
    ],
  },
  {
    text: "Agent: Could I get your name exactly as it appears on your passport?\nCustomer: CHANG, YU-TING. In Chinese it's 張郁婷, but everyone calls me Tina Chang\nAgent: Thank you. And your date of birth?\nCustomer: 1993/11/02\nAgent: Passport number?\nCustomer: 312748095\nAgent: I have 312748059 on the old booking, is that different?\nCustomer: yes that was my old passport, please use 312748095",
    pii: [
      ['PERSON', 'CHANG, YU-TING'],
      ['PERSON', '張郁婷'],
      ['PERSON', 'Tina Chang'],
      ['DATE_OF_BIRTH', '1993/11/02'],
      ['PASSPORT', '312748095'],
      ['PASSPORT', '312748059'],
      ['PASSPORT', '312748095'],
    ],
  },
  {
    text: "Filing jointly for the first time. My wife Rosa María Delgado Fuentes has an SSN (524-71-3398) and I have an ITIN, 964-82-1057. The return keeps getting rejected with IND-181-01 and I think it's our son's info: Mateo Delgado, born 02/19/2019, SSN 618-44-2093. Using TurboTax 2024.r21.034. Anybody had this?",
    pii: [
      ['PERSON', 'Rosa María Delgado Fuentes'],
      ['US_SSN', '524-71-3398'],
      ['US_ITIN', '964-82-1057'],
      ['PERSON', 'Mateo Delgado'],
      ['DATE_OF_BIRTH', '02/19/2019'],
      ['US_SSN', '618-44-2093'],
    ],
  },
  {
    text: "Is it worth moving from EE to giffgaff for SIM-only? I'm paying £28/month for 100GB on a 24-month contract that ends in October. Mostly use it around Leeds and on the TransPennine train to Manchester, signal drops near Huddersfield.",
    pii: [],
  },
  {
    text: "Valentina aquí 👋 this is my Spanish number while I'm on exchange in Madrid: +34 612 48 93 07. WhatsApp is still on the Chilean one +56 9 8123 4471, and my new uni email is v.rojas@alumnos.upm.es",
    pii: [
      ['PERSON', 'Valentina'],
      ['PHONE', '+34 612 48 93 07'],
      ['PHONE', '+56 9 8123 4471'],
      ['EMAIL', 'v.rojas@alumnos.upm.es'],
    ],
  },
  {
    text: "Dear Sir/Madam,\n\nAPPLICATION FOR THE POSITION OF ADMINISTRATIVE ASSISTANT (REF: KMA/HR/2025/117)\n\nI write to apply for the above position as advertised in the Daily Graphic of 12th June 2025. I hold an HND in Secretaryship and Management Studies from Kumasi Technical University and have 2 years' experience at Vodafone Ghana. My referee is Mr Kwabena Owusu-Ansah (Head of Admin), reachable on 024 418 7702.\n\nYours faithfully,\nAbena Serwaa Mensah\nDate of Birth: 14th May 1997\nabena.s.mensah@outlook.com\n055 702 3148 / +233 20 611 4590",
    pii: [
      ['PERSON', 'Kwabena Owusu-Ansah'],
      ['PHONE', '024 418 7702'],
      ['PERSON', 'Abena Serwaa Mensah'],
      ['DATE_OF_BIRTH', '14th May 1997'],
      ['EMAIL', 'abena.s.mensah@outlook.com'],
      ['PHONE', '055 702 3148'],
      ['PHONE', '+233 20 611 4590'],
    ],
  },
  {
    text: 'Customer: 안녕하세요 the SKT store asks my 외국인등록번호 for the contract, 960417-6203518, and passport C4820173 (Vietnam one). ok to type here?\nAgent: 고객님, please do not share ID numbers in chat. I will send a secure upload link to your phone 010-5582-9047, is that correct?\nCustomer: yes correct',
    pii: [
      ['FRN', '960417-6203518'],
      ['PASSPORT', 'C4820173'],
      ['PHONE', '010-5582-9047'],
    ],
  },
  {
    text: "omw!! stuck on the 504 at King and Spadina 🙄 grab us a table by the window, I'll have a double double and a 10 pack of timbits. $ owing from last time is 7.85 btw lol",
    pii: [],
  },
  {
    text: "Agent: For the network unlock I need the IMEI. You can get it by dialling *#06#.\nCustomer: it shows two? IMEI1 351756092834417, IMEI2 351756092834425\nAgent: The first one's fine. Can you confirm the account security PIN?\nCustomer: 9021.. no sorry, 9012\nAgent: That's it. The unlock code will be texted to 07519 640283 within 48 hours, Ms Adeyemi-Clarke.",
    pii: [
      ['IMEI', '351756092834417'],
      ['IMEI', '351756092834425'],
      ['PASSWORD', '9021'],
      ['PASSWORD', '9012'],
      ['PHONE', '07519 640283'],
      ['PERSON', 'Adeyemi-Clarke'],
    ],
  },
  {
    text: 'Got a text from "Royal Mail" saying my parcel is held and there\'s a £1.45 redelivery fee, link was royalmail-redelivery-uk.info/track. Didn\'t click anything. Is forwarding it to 7726 enough or do I need to report it somewhere else too?',
    pii: [],
  },
  {
    text: "Agent: Hi, you're chatting with Rukhsana. What can I do for you today?\nCustomer: hiya, i need to freeze my membership for 2 months, broke my ankle 🙃\nAgent: Ouch, sorry to hear! Can I take your full name and date of birth?\nCustomer: Kelsey Brannigan 29/01/2001\nAgent: And the email you signed up with?\nCustomer: kels.brannigan01@hotmail.co.uk\nAgent: Done, frozen from 1 Aug to 30 Sep at £5/month. Anything else, Kelsey?",
    pii: [
      ['PERSON', 'Rukhsana'],
      ['PERSON', 'Kelsey Brannigan'],
      ['DATE_OF_BIRTH', '29/01/2001'],
      ['EMAIL', 'kels.brannigan01@hotmail.co.uk'],
      ['PERSON', 'Kelsey'],
    ],
  },
  {
    text: "Hi love, Grandad's hearing test has moved to Weds 10:40 at Specsavers in Joondalup, can you take him? He needs to be there 10 mins early with his Medicare card. I'll pay for the fuel. Mum x",
    pii: [],
  },
  {
    text: "Agent: Hi Dmitri, sorry the blender arrived with a cracked jug. I've created replacement order #113-4829176-5520183 at no charge ($0.00).\nCustomer: thanks!! can it go to my mom's place instead? I'm there all next week. 1840 Birchwood Ln Apt 6B, Naperville, IL 60540\nAgent: Updated. A phone number for the courier?\nCustomer: her cell 630-718-2246\nAgent: All set, Dmitri. Tracking 1Z9A47W80329517746 will be active tomorrow.",
    pii: [
      ['PERSON', 'Dmitri'],
      ['ADDRESS', '1840 Birchwood Ln Apt 6B, Naperville, IL 60540'],
      ['PHONE', '630-718-2246'],
      ['PERSON', 'Dmitri'],
    ],
  },
];
