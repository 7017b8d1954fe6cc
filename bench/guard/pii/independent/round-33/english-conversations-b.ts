// English conversations for round 33, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyThreeConversationsB: readonly IndependentText[] = [
  {
    text:
      '민수 oppa!! 내 new number 010-4827-3316 이야, save it ok? 예전 번호는 이제 안 써 🙅‍♀️\n' +
      '그리고 housewarming party 토요일 7pm, 주소는 서울시 마포구 성미산로17길 25, 302호. ' +
      '1층 편의점 옆 entrance로 들어오면 돼. 비번 알려줄게 나중에 ㅋㅋ\n' +
      '— 지원',
    pii: [
      ['PERSON', '민수'],
      ['PHONE', '010-4827-3316'],
      ['ADDRESS', '서울시 마포구 성미산로17길 25, 302호'],
      ['PERSON', '지원'],
    ],
  },
  {
    text:
      '[KakaoTalk · Admissions – Hanbit International School]\n' +
      "Ms. Grant: Good morning! To finish Seo-yeon's enrolment we still need the 주민등록번호 for the NEIS record and a home address.\n" +
      '이재원: Good morning 선생님~ Seo-yeon 주민번호 is 150823-4808338. 주소는 경기도 성남시 분당구 판교역로 235, 103동 1502호 예요.\n' +
      'Ms. Grant: Thank you! And the emergency contact other than you?\n' +
      '이재원: her dad, Kim Dong-hyun, 010 7719 2084. 제 email은 jaewon.lee.mom@naver.com 이에요\n' +
      'Ms. Grant: Perfect. Bus route 3 stops at Pangyo Station exit 4 at 7:40. Tuition invoice INV-2024-0311 will come by email.',
    pii: [
      ['PERSON', 'Grant'],
      ['PERSON', 'Seo-yeon'],
      ['PERSON', '이재원'],
      ['PERSON', 'Seo-yeon'],
      ['RRN', '150823-4808338'],
      ['ADDRESS', '경기도 성남시 분당구 판교역로 235, 103동 1502호'],
      ['PERSON', 'Grant'],
      ['PERSON', '이재원'],
      ['PERSON', 'Kim Dong-hyun'],
      ['PHONE', '010 7719 2084'],
      ['EMAIL', 'jaewon.lee.mom@naver.com'],
      ['PERSON', 'Grant'],
    ],
  },
  {
    text:
      "Chase: A $86.12 transaction at TRADER JOE'S #552 was approved on your card ending in 4419 on 03/14 at 6:02 PM ET. " +
      'Not you? Call 1-800-935-9935 or reply NO. Reply STOP to opt out of texts.',
    pii: [],
  },
  {
    text:
      'Comment on JazzCash official page:\n' +
      'Sir plz help urgent!! I sent Rs 25,000 yesterday 9 pm to wrong number 0301-5528417 instead of 0301-5528471 (last 2 digits ' +
      'ulta ho gaye 😢). TID 7739201844. Called 4444 helpline, they said 72 hours wait but the other person is not picking up. ' +
      "My JazzCash account is 0345-7716290, name Muhammad Usman Qureshi, Rawalpindi. Please reverse it, this is my sister's " +
      'university fee. Allah aap ko jaza de.',
    pii: [
      ['PHONE', '0301-5528417'],
      ['PHONE', '0301-5528471'],
      ['PHONE', '0345-7716290'],
      ['PERSON', 'Muhammad Usman Qureshi'],
    ],
  },
  {
    text:
      'Trade Me listing Q&A – 2011 Toyota Aqua hybrid, 118,000 km, $8,450 buy now\n' +
      "Q: Hi, is the hybrid battery original? And what's the plate so I can check on CarJam?\n" +
      'A: Original battery, tested fine at 110k service. Plate is HKP552. WOF till Nov, rego till Aug.\n' +
      'Q: Great, can I view Sunday?\n' +
      'A: Sunday after 1pm works. Pick up from 18 Kowhai Street, Frankton, Hamilton 3204. Flick a text to Aroha on 021 884 3071 ' +
      'before you leave. Cash or bank transfer on pickup, no Afterpay sorry.',
    pii: [
      ['VEHICLE_PLATE', 'HKP552'],
      ['ADDRESS', '18 Kowhai Street, Frankton, Hamilton 3204'],
      ['PERSON', 'Aroha'],
      ['PHONE', '021 884 3071'],
    ],
  },
  {
    text:
      'New voicemail from (559) 255-1100, 2:17 PM\n' +
      '"hi this message is for Miguel Hernández, date of birth April seventeenth nineteen sixty-two, um this is Rosa calling ' +
      "from Dr. Patel's office at Valley Family Medicine. Your lab results from last Tuesday are in and the doctor would like " +
      "to go over them with you, nothing urgent. When you call back please have your chart number ready, it's 00482917. " +
      'Our front desk is 559-255-1100, we\'re open till five. Thank you, bye bye"',
    pii: [
      ['PERSON', 'Miguel Hernández'],
      ['DATE_OF_BIRTH', 'April seventeenth nineteen sixty-two'],
      ['PERSON', 'Rosa'],
      ['PERSON', 'Patel'],
      ['MEDICAL_RECORD', '00482917'],
    ],
  },
  {
    text:
      '[Call notes + transcript excerpt – Liberty Tax, Fresno office, prep appt 3/9]\n' +
      "Preparer: okay Mr. Castillo, let's get the household right. Your social?\n" +
      'Client: 523-41-8876\n' +
      'Preparer: and your wife, does she have a social or an ITIN?\n' +
      "Client: ITIN, it's 912 78 4410, she's Rosalinda Castillo, born uh 2 of February '79\n" +
      'Preparer: got it. Kids?\n' +
      "Client: Daniel, he's 11, same address, 4471 E Shields Ave Apt 22, Fresno CA 93726\n" +
      "Preparer: and for the 1095, what's the member ID on your Anthem card?\n" +
      'Client: hold on... YRK884190327\n' +
      'Preparer: great. Refund estimate is $3,214, fee is $289, deposit or check?',
    pii: [
      ['PERSON', 'Castillo'],
      ['US_SSN', '523-41-8876'],
      ['US_ITIN', '912 78 4410'],
      ['PERSON', 'Rosalinda Castillo'],
      ['DATE_OF_BIRTH', "2 of February '79"],
      ['PERSON', 'Daniel'],
      ['ADDRESS', '4471 E Shields Ave Apt 22, Fresno CA 93726'],
      ['HEALTH_INSURANCE', 'YRK884190327'],
    ],
  },
  {
    text:
      "Hi Ballarat Physio, it's Shannon Kelly, I've got a 9:30 with Liam tomorrow for my knee. Just confirming you bulk bill with " +
      'the CDM referral? My Medicare is 2281 27130 1, IRN 2, and my private is HCF if that matters. New mobile 0438 915 266, ' +
      "old one's disconnected. Cheers!",
    pii: [
      ['PERSON', 'Shannon Kelly'],
      ['PERSON', 'Liam'],
      ['HEALTH_INSURANCE', '2281 27130 1'],
      ['PHONE', '0438 915 266'],
    ],
  },
  {
    text:
      'Sharma ji, namaste 🙏 sending details for the Schengen appointment for me and Mrs.\n' +
      '1) Rajesh Kumar Sharma – passport Z4829173, DOB 11-09-1968\n' +
      '2) Sunita Sharma – passport Z4829188, DOB 02-01-1972\n' +
      'Address as per passport: B-14, Sector 62, Noida, UP 201309\n' +
      'Travel dates 12 to 26 June, Rome in, Paris out. Hotel booking nos. 88213409 & 88213410. My no. is +91 98110 37462, ' +
      'beta Ankit will come to VFS with the originals, his no. 98733 20519. Fees ₹7,400 paid by GPay, ref 407122993811.',
    pii: [
      ['PERSON', 'Sharma'],
      ['PERSON', 'Rajesh Kumar Sharma'],
      ['PASSPORT', 'Z4829173'],
      ['DATE_OF_BIRTH', '11-09-1968'],
      ['PERSON', 'Sunita Sharma'],
      ['PASSPORT', 'Z4829188'],
      ['DATE_OF_BIRTH', '02-01-1972'],
      ['ADDRESS', 'B-14, Sector 62, Noida, UP 201309'],
      ['PHONE', '+91 98110 37462'],
      ['PERSON', 'Ankit'],
      ['PHONE', '98733 20519'],
    ],
  },
  {
    text:
      'Slack DM · #people-ops\n' +
      "Ellie Brennan 10:12: hiya! first payslip says emergency tax code 1257L W1/M1 😬 I think it's because you don't have my NI number\n" +
      "Ellie Brennan 10:12: it's JT 48 29 17 C\n" +
      "Callum (People Ops) 10:20: thanks Ellie, updated in Sage. It'll correct on the 28th run. Employee no. is E-20417 for any future queries\n" +
      'Ellie Brennan 10:21: legend, ta',
    pii: [
      ['PERSON', 'Ellie Brennan'],
      ['PERSON', 'Ellie Brennan'],
      ['UK_NINO', 'JT 48 29 17 C'],
      ['PERSON', 'Callum'],
      ['PERSON', 'Ellie'],
      ['PERSON', 'Ellie Brennan'],
    ],
  },
  {
    text:
      'Re: 2016 Golf GTI DSG – P0741 and judder from cold\n' +
      'Had the same on mine at 68k miles. Indie diagnosed mechatronic, part no 0AM 325 025 D, dealer quoted £1,680 fitted, ' +
      'indie did it for £940 with a recon unit. Also make sure they do the adaptation with VCDS after. ' +
      "TSB 2042719/3 covers some of it if you're still in the extended warranty. Good luck 👍",
    pii: [],
  },
  {
    text:
      "Hi Thabo 👋 Lerato here, we spoke on Friday. I'm still keen on the 2-bed in Morningside, listing P24-112394455, R12,500 pm. " +
      'Can I view Saturday 10:00? My email is lerato.m.dlamini@outlook.com for the application forms and my cell is 082 614 3390. ' +
      "My partner Sizwe will come with, he works from home so he'd love to see the fibre box lol",
    pii: [
      ['PERSON', 'Thabo'],
      ['PERSON', 'Lerato'],
      ['EMAIL', 'lerato.m.dlamini@outlook.com'],
      ['PHONE', '082 614 3390'],
      ['PERSON', 'Sizwe'],
    ],
  },
  {
    text:
      'Posted by u/devnull_dana · r/aws · 2h\n' +
      'Deploy script suddenly 403s, what am I missing??\n' +
      '```\nexport AWS_ACCESS_KEY_ID=AKIAZ3MQ7RW2XK5TLP4N\nexport AWS_SECRET_ACCESS_KEY=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\n' +
      'export GH_TOKEN=ghp_4fT9kLm2QxR7vB1nZ8cW3yH6pD0sJ5gA2eUo\naws s3 cp build/ s3://my-bucket-prod --recursive\n```\n' +
      'region is us-east-1, cli v2.15.30\n\n' +
      'Top comment (u/cloudcat_ops): DELETE THIS and rotate those keys right now, bots scrape reddit in minutes',
    pii: [
      ['USERNAME', 'devnull_dana'],
      ['SECRET', 'AKIAZ3MQ7RW2XK5TLP4N'],
      ['SECRET', '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'],
      ['SECRET', 'ghp_4fT9kLm2QxR7vB1nZ8cW3yH6pD0sJ5gA2eUo'],
      ['USERNAME', 'cloudcat_ops'],
    ],
  },
  {
    text:
      'Hi Mr Li, this is Zhang Yiming (you can call me Eddie 😊), the new tenant for room 2 from 1 March. ' +
      "I've transferred the bond $1,240 and first 2 weeks rent $620 to the account you gave me, BSB 063-182 acct 1047 2291, " +
      'reference ZHANG R2. Could you please send me the condition report and the gate code? My uni email is ' +
      'yzhang47@student.unimelb.edu.au. Thank you!',
    pii: [
      ['PERSON', 'Li'],
      ['PERSON', 'Zhang Yiming'],
      ['PERSON', 'Eddie'],
      ['BANK_ACCOUNT', '1047 2291'],
      ['EMAIL', 'yzhang47@student.unimelb.edu.au'],
    ],
  },
  {
    text:
      'Chat penjual – Tokopedia\n' +
      'Buyer: Kak, barang ready? mau order 2 pcs yang size L warna sage\n' +
      'Seller: ready kak, silakan checkout ya 🙏\n' +
      'Buyer: sudah checkout, INV/20240312/MPL/3871104552. Alamat kirim tolong dicek ya: Jl. Kaliurang Km 7 No. 15, Sinduadi, ' +
      'Mlati, Sleman, DIY 55581, a.n. Dewi Lestari (bukan penyanyinya lol), hp 0813-2744-5190\n' +
      'Seller: siap kak, dikirim JNE hari ini, resi nanti muncul otomatis',
    pii: [
      ['ADDRESS', 'Jl. Kaliurang Km 7 No. 15, Sinduadi, Mlati, Sleman, DIY 55581'],
      ['PERSON', 'Dewi Lestari'],
      ['PHONE', '0813-2744-5190'],
    ],
  },
  {
    text:
      'LINE chat – Baan Talay Resort, Krabi (guest relations)\n' +
      'Guest: Hi, we arrive tomorrow on the 15:40 ferry, booking BT-66201. Do you need passports before?\n' +
      'Resort: Sawasdee ka! Yes please, for the TM30 form. Name and passport no. for each guest ka\n' +
      'Guest: Felix Hartmann C4J9RKW27, and my girlfriend Lena Schulz C7FL2M9X1. Can we get a late checkout on the 19th?\n' +
      'Resort: Noted ka Khun Felix, late checkout until 14:00 is 800 THB. Longtail transfer is included 😊 – Ploy',
    pii: [
      ['PERSON', 'Felix Hartmann'],
      ['PASSPORT', 'C4J9RKW27'],
      ['PERSON', 'Lena Schulz'],
      ['PASSPORT', 'C7FL2M9X1'],
      ['PERSON', 'Felix'],
      ['PERSON', 'Ploy'],
    ],
  },
  {
    text:
      'Unitel online chat\n' +
      "Me: Sain baina uu, my SIM stopped working after I changed phone, shows 'No SIM'. Number is +976 9911 4527\n" +
      'Agent Oyuka: Sain baina uu! Please send the ICCID printed on the SIM card\n' +
      'Me: 8997670192252019958\n' +
      'Agent Oyuka: Thank you Bat-Erdene. The SIM is active, please restart and select network manually. If still problem, visit ' +
      'any branch with ID, SIM replacement is 5,000₮.\n' +
      "Me: worked!! bayarlalaa 🙏 also horse-trek club asks my new email, it's baterdene.g@gmail.com, can you update on the account too",
    pii: [
      ['PHONE', '+976 9911 4527'],
      ['PERSON', 'Oyuka'],
      ['ICCID', '8997670192252019958'],
      ['PERSON', 'Oyuka'],
      ['PERSON', 'Bat-Erdene'],
      ['EMAIL', 'baterdene.g@gmail.com'],
    ],
  },
  {
    text:
      'Leboncoin – Vélo cargo Yuba Spicy Curry, 2 900 €\n' +
      "Acheteur: Bonjour, still available? I'm in Lyon 7e, can pick up Thursday evening\n" +
      'Vendeur: Bonjour, oui toujours dispo. Battery 500Wh, 3 200 km. I prefer virement before, then you collect.\n' +
      'Acheteur: ok, send IBAN?\n' +
      'Vendeur: FR57 3720 1289 7907 4750 6343 349, titulaire Mathieu Girard. Adresse pour récupérer: 23 rue Chevreul, 69007 Lyon, ' +
      'code porte 4B19A, 3e étage gauche.\n' +
      'Acheteur: parfait, virement fait, je suis Inès, à jeudi 19h',
    pii: [
      ['IBAN', 'FR57 3720 1289 7907 4750 6343 349'],
      ['PERSON', 'Mathieu Girard'],
      ['ADDRESS', '23 rue Chevreul, 69007 Lyon'],
      ['PASSWORD', '4B19A'],
      ['PERSON', 'Inès'],
    ],
  },
  {
    text:
      'Airbnb message from Giulia (Host)\n' +
      'Ciao Sam! Everything is ready for tomorrow 🍝\n' +
      'Address: Via della Lungaretta 88, interno 6, 00153 Roma (green door next to the gelateria)\n' +
      'Keybox on the right of the door, code 7316, then 3rd floor, no lift sorry!\n' +
      'WiFi: Lungaretta88 / password Trastevere_2024!\n' +
      'Tourist tax is €3.50 pp per night, cash on the table is fine. If any problem WhatsApp me +39 347 218 6604. Buon viaggio!',
    pii: [
      ['PERSON', 'Giulia'],
      ['PERSON', 'Sam'],
      ['ADDRESS', 'Via della Lungaretta 88, interno 6, 00153 Roma'],
      ['PASSWORD', '7316'],
      ['PASSWORD', 'Trastevere_2024!'],
      ['PHONE', '+39 347 218 6604'],
    ],
  },
  {
    text:
      'Developer response · Mar 14\n' +
      'Hi there, thanks for taking the time to leave a review, and sorry about the crash at login. This was fixed in version ' +
      '5.12.3 (build 5123018), rolling out today. If it still happens after updating, please email help@fitloop.app with ' +
      'ticket 2024-0314-77 in the subject or call our support line 1-800-555-0199 (Mon–Fri, 9–5 ET). – The FitLoop team',
    pii: [],
  },
  {
    text:
      "[Order line recording, Tony's Pizzeria, 7:48 PM]\n" +
      "Tony's: Tony's, pickup or delivery?\n" +
      'Caller: delivery please, um, large pepperoni, large half margherita half veggie, and the garlic knots\n' +
      "Tony's: $41.75 before tip. Name and address?\n" +
      'Caller: Kayla Brooks, 1190 Maple Ridge Drive, apartment 3C, Columbus Ohio 43221, buzzer says Brooks/Nguyen\n' +
      "Tony's: Phone number?\n" +
      'Caller: 614- uh 614-387-2260\n' +
      "Tony's: Card or cash?\n" +
      "Caller: card, it's a Visa, 4524 7305 2410 8165, expires 08/27, and the code on the back is 319\n" +
      "Tony's: Got it, 40 to 45 minutes, order number 112.",
    pii: [
      ['PERSON', 'Kayla Brooks'],
      ['ADDRESS', '1190 Maple Ridge Drive, apartment 3C, Columbus Ohio 43221'],
      ['PERSON', 'Brooks'],
      ['PERSON', 'Nguyen'],
      ['PHONE', '614-387-2260'],
      ['CREDIT_CARD', '4524 7305 2410 8165'],
      ['CARD_EXPIRY', '08/27'],
      ['CARD_CVV', '319'],
    ],
  },
  {
    text:
      '[SK텔레콤 대리점 chat, 안산 원곡점]\n' +
      'Customer: hello po, I want 개통 new phone, Galaxy S24, the 55 plan. my 외국인등록번호 is 920415-6618075\n' +
      'Staff: 네~ name on ARC please?\n' +
      'Customer: SANTOS MARICEL DELA CRUZ. you can call me Maricel 😊\n' +
      'Staff: ok Maricel 씨, 주소 same as ARC? 경기도 안산시 단원구 원곡로 45, 2층 201호?\n' +
      'Customer: yes po same. my number now is 010-5582-9017, please keep same number\n' +
      'Staff: 네 번호이동 아니고 기기변경이라 same number ok. 할부 24개월, 월 89,000원이에요. 문의는 114 or 1599-0011',
    pii: [
      ['FRN', '920415-6618075'],
      ['PERSON', 'SANTOS MARICEL DELA CRUZ'],
      ['PERSON', 'Maricel'],
      ['PERSON', 'Maricel'],
      ['ADDRESS', '경기도 안산시 단원구 원곡로 45, 2층 201호'],
      ['PHONE', '010-5582-9017'],
    ],
  },
  {
    text:
      'QBK7XH21MN Confirmed. Ksh2,500.00 sent to JOHN OTIENO 0711502384 on 3/4/24 at 6:12 PM. New M-PESA balance is Ksh4,118.40. ' +
      'Transaction cost, Ksh34.00.\n\n' +
      'Forwarded to Safaricom (100) by customer: Hi, I sent this to the wrong person, it was meant for my landlord Mr Njoroge. ' +
      'Please reverse. My line is 0733 290 615, name Faith Achieng.',
    pii: [
      ['PERSON', 'JOHN OTIENO'],
      ['PHONE', '0711502384'],
      ['PERSON', 'Njoroge'],
      ['PHONE', '0733 290 615'],
      ['PERSON', 'Faith Achieng'],
    ],
  },
  {
    text:
      'FNOL – Auto – inbound call 03/11, 08:14 CT, rep: Jordan (ext 4412)\n' +
      'Rep: State Farm claims, this is Jordan. Is anybody hurt?\n' +
      "Caller: no, no, we're okay, just shook up. Somebody ran the light at Lamar and 38th and hit my passenger side\n" +
      "Rep: I'm glad you're okay. Can I get your name and date of birth to pull up the policy?\n" +
      'Caller: Alejandra Reyes, 10/02/1990\n' +
      'Rep: Thank you, Alejandra. Garaging address still 5807 Bull Creek Rd, Austin, TX 78756?\n' +
      'Caller: yes\n' +
      'Rep: Vehicle is the 2020 Honda Accord, VIN ending 026944?\n' +
      'Caller: yeah, full VIN is 1HGCV1F30LA026944, plate is RHX 4127\n' +
      'Rep: And the other driver?\n' +
      'Caller: Travis, um, Travis Boone, he gave me his license, Texas 41827703, and his insurance card says Progressive, and ' +
      'his truck plate is MKD 9052. his phone is 512-960-3318\n' +
      'Rep: Police on scene?\n' +
      'Caller: APD, report number 24-0711582\n' +
      'Rep: Got it. Claim 47-8812-Q90. Can I text updates to 737-214-6605?\n' +
      "Caller: yes that's my cell",
    pii: [
      ['PERSON', 'Jordan'],
      ['PERSON', 'Jordan'],
      ['PERSON', 'Alejandra Reyes'],
      ['DATE_OF_BIRTH', '10/02/1990'],
      ['PERSON', 'Alejandra'],
      ['ADDRESS', '5807 Bull Creek Rd, Austin, TX 78756'],
      ['VIN', '1HGCV1F30LA026944'],
      ['VEHICLE_PLATE', 'RHX 4127'],
      ['PERSON', 'Travis'],
      ['PERSON', 'Travis Boone'],
      ['DRIVER_LICENSE', '41827703'],
      ['VEHICLE_PLATE', 'MKD 9052'],
      ['PHONE', '512-960-3318'],
      ['PHONE', '737-214-6605'],
    ],
  },
  {
    text:
      "MyChart message to: Dr. Adeyemi's team, Sunnybrook Family Practice\n" +
      'Subject: refill + form\n' +
      "Hi, it's Priyanka Sethi (DOB 1987-05-30, hospital no. SB-2290418). Could I get a refill of the ramipril 5 mg, 90 days? " +
      "Also my insurer needs the disability form signed, I'll drop it at reception. For their records they asked for my health card " +
      '4873-624-664, version KT. My BP this week is around 128/82. Thanks so much, Priyanka',
    pii: [
      ['PERSON', 'Adeyemi'],
      ['PERSON', 'Priyanka Sethi'],
      ['DATE_OF_BIRTH', '1987-05-30'],
      ['MEDICAL_RECORD', 'SB-2290418'],
      ['HEALTH_INSURANCE', '4873-624-664'],
      ['PERSON', 'Priyanka'],
    ],
  },
];
