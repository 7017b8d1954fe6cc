// English conversations for round 33, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyThreeConversationsA: readonly IndependentText[] = [
  {
    text:
      'Voicemail 09:42 AM, 1 min 18 s (transcribed automatically, accuracy may vary)\n' +
      'hi um yeah this is Darnell Whitaker calling about uh about a claim I guess my car got rear-ended this morning on 285 ' +
      'near the Ashford Dunwoody exit the claim number the website gave me is CLM 20931 77 and um the tag on my car is ' +
      "Georgia CTX4418 the other driver was a lady named Monique I didn't get her last name but she gave me her number " +
      'four oh four five five no wait 404-817-3362 and uh you can call me back on my cell 678 224 9051 anytime before six ' +
      'okay thanks bye',
    pii: [
      ['PERSON', 'Darnell Whitaker'],
      ['VEHICLE_PLATE', 'CTX4418'],
      ['PERSON', 'Monique'],
      ['PHONE', '404-817-3362'],
      ['PHONE', '678 224 9051'],
    ],
  },
  {
    text:
      "Domino's: Your order #4417 is out for delivery! Est. arrival 7:25pm. Total paid £23.48 (card ending 0921). " +
      'Track it at dominos.co.uk/t/4417 or call the store on 0161 834 2200. Reply STOP to 60163 to opt out.',
    pii: [],
  },
  {
    text:
      '[Marketplace · 2014 Mazda3 Maxx hatch · $9,800 ONO · Box Hill South VIC]\n' +
      'Buyer: hi is this still available?\n' +
      'Seller: yep still got it mate. 142k on the clock, rego till Sept, timing chain not belt\n' +
      'Buyer: can u send the VIN so I can run a PPSR before I come out\n' +
      'Seller: JM1BL1SF1A1166028 and plate is 1XT 9RW\n' +
      "Buyer: cheers. I'm Jess btw, could do sat arvo?\n" +
      "Seller: sat after 2 is good. 27 Elgar Rd, Box Hill South VIC 3128, it's the one with the green fence. ask for Tom, " +
      'or text 0412 557 093 when ur out front\n' +
      'Buyer: sweet see u then 👍',
    pii: [
      ['VIN', 'JM1BL1SF1A1166028'],
      ['VEHICLE_PLATE', '1XT 9RW'],
      ['PERSON', 'Jess'],
      ['ADDRESS', '27 Elgar Rd, Box Hill South VIC 3128'],
      ['PERSON', 'Tom'],
      ['PHONE', '0412 557 093'],
    ],
  },
  {
    text:
      'CALL TRANSCRIPT – Card Services – 14:07\n' +
      "AGENT: Thanks for calling Barclays, you're through to Priya, how can I help today?\n" +
      "CUSTOMER: yeah hiya, um, I've, I've lost me debit card, think it got nicked at the gym to be honest\n" +
      'AGENT: Oh no, sorry to hear that. Can I take your full name please?\n' +
      "CUSTOMER: it's Gareth Llewellyn-Price, that's double L, E, W, hyphen Price\n" +
      'AGENT: Lovely. And your date of birth?\n' +
      'CUSTOMER: nineteenth of the sixth, eighty-one\n' +
      'AGENT: And the postcode on the account?\n' +
      'CUSTOMER: CF14 3NR\n' +
      "AGENT: Thank you, you're verified. I've cancelled the card ending 2207, the new one'll be with you in three to five working days.\n" +
      "CUSTOMER: brilliant. oh and while I've got you, my mate in Dublin wants to send me money back, what does he need, the IBAN thing?\n" +
      'AGENT: Yes, so sort code 47-92-28, account 24071725, or the IBAN is GB64 BARC 4792 2824 0717 25, BIC BARCGB22.\n' +
      'CUSTOMER: sound, cheers Priya\n' +
      'AGENT: Anything else? ... Okay, your reference for today is 55-190-338. Bye now.',
    pii: [
      ['PERSON', 'Priya'],
      ['PERSON', 'Gareth Llewellyn-Price'],
      ['DATE_OF_BIRTH', 'nineteenth of the sixth, eighty-one'],
      ['BANK_ACCOUNT', '24071725'],
      ['IBAN', 'GB64 BARC 4792 2824 0717 25'],
      ['PERSON', 'Priya'],
    ],
  },
  {
    text:
      'Alexa activity – Kitchen Echo\n' +
      '06:58 "Alexa, set an alarm for six fifteen tomorrow"\n' +
      '07:02 "Alexa, add oat milk and AA batteries to my shopping list"\n' +
      '07:03 "Alexa, where\'s my order ending 7731" – Response: arriving today by 9 PM\n' +
      '07:10 "Alexa, play BBC Radio 4"\n' +
      '07:41 "Alexa, turn the thermostat to 20 degrees"',
    pii: [],
  },
  {
    text:
      '★☆☆☆☆ Worst app ever\n' +
      'Paid ₹1,499 for Premium yearly on 12 March, UPI txn ID 403218455277, money gone from my account but premium still ' +
      'not active. Raised ticket #88213 three times, only bot replies. My registered mobile is 98201 44763 and email ' +
      'rohit.kulkarni88@gmail.com, someone pls call back or refund. Otherwise going to consumer forum. – Rohit K, Pune',
    pii: [
      ['PHONE', '98201 44763'],
      ['EMAIL', 'rohit.kulkarni88@gmail.com'],
      ['PERSON', 'Rohit K'],
    ],
  },
  {
    text:
      'Clementi Greens Residents 🏠\n' +
      '[08:14] Auntie Mei Ling: Morning all, anyone lost a black wallet near lift lobby B? Got IC inside, name is Tan Wei Jie, ' +
      'address on the card Blk 318 Clementi Ave 5 #07-142. I already pass to the guardhouse ok\n' +
      '[08:20] Hafiz: wah good samaritan 👍 also reminder town council aircon servicing this Sat 9am-1pm, $45 per unit\n' +
      "[08:31] Wei Jie: omg that's mine!! thank you so much auntie 🙏🙏 if anyone sees my EZ-Link card also pls WhatsApp me 9127 4405\n" +
      '[08:33] Auntie Mei Ling: welcome boy. next time keep properly lah',
    pii: [
      ['PERSON', 'Mei Ling'],
      ['PERSON', 'Tan Wei Jie'],
      ['ADDRESS', 'Blk 318 Clementi Ave 5 #07-142'],
      ['PERSON', 'Hafiz'],
      ['PERSON', 'Wei Jie'],
      ['PHONE', '9127 4405'],
      ['PERSON', 'Mei Ling'],
    ],
  },
  {
    text:
      'About me\n' +
      'Tolu 🇳🇬 | 29 | South London\n' +
      "Jollof > everything, fight me. Nurse by day, amateur DJ by weekend. Birthday is 14 Feb '95 so yes, a Valentine's baby 🙃\n" +
      'Not on here much, find me on IG @toluwanimi.a or snap tolu.adebayo_\n' +
      'Looking for: someone who can hold a conversation past "wyd"',
    pii: [
      ['PERSON', 'Tolu'],
      ['DATE_OF_BIRTH', "14 Feb '95"],
      ['USERNAME', '@toluwanimi.a'],
      ['USERNAME', 'tolu.adebayo_'],
    ],
  },
  {
    text:
      'Hi Siobhán, registering both lads for the U10s and U8s this season 🏐\n' +
      'Cian Ó Briain, DOB 03/07/2015\n' +
      'Oisín Ó Briain, DOB 22/11/2016\n' +
      'Address: 14 Ard na Gréine, Ballincollig, Co. Cork P31 X2K8\n' +
      "My mobile is 087 391 4420, Declan's is 086 722 0518 if you can't get me. Sent the €90 family fee by Revolut to the " +
      'club account this morning (ref BALL-REG-24). Cian has asthma, inhaler is in his bag. Thanks a million, Aoife',
    pii: [
      ['PERSON', 'Siobhán'],
      ['PERSON', 'Cian Ó Briain'],
      ['DATE_OF_BIRTH', '03/07/2015'],
      ['PERSON', 'Oisín Ó Briain'],
      ['DATE_OF_BIRTH', '22/11/2016'],
      ['ADDRESS', '14 Ard na Gréine, Ballincollig, Co. Cork P31 X2K8'],
      ['PHONE', '087 391 4420'],
      ['PERSON', 'Declan'],
      ['PHONE', '086 722 0518'],
      ['PERSON', 'Cian'],
      ['PERSON', 'Aoife'],
    ],
  },
  {
    text:
      'Lost property report – Kilimani Police Station, OB 44/18/03/2024, 19:20 hrs\n' +
      'Complainant Wanjiru Kamau, tel +254 722 418 903, states that on 18/03 at around 5pm she boarded a matatu at Yaya ' +
      'Centre stage towards Ngong Rd and later noticed her phone missing. Phone: Samsung Galaxy A54 5G, black, purple cover, ' +
      'IMEI 350293726697474. Safaricom line to be blocked. Suspect described as male, approx 25 yrs, grey hoodie. ' +
      'Complainant advised to return with the box and receipt. Officer on duty: PC Otieno.',
    pii: [
      ['PERSON', 'Wanjiru Kamau'],
      ['PHONE', '+254 722 418 903'],
      ['IMEI', '350293726697474'],
      ['PERSON', 'Otieno'],
    ],
  },
  {
    text:
      'Zoom meeting chat – Vendor onboarding, Thu 10:00 KST / Wed 18:00 PT\n' +
      '10:03 From 최민서 (Minseo Choi) to Everyone: hi all! for the invoice pls use our 사업자등록번호 972-11-85694 and ' +
      '법인등록번호 110111-1431660, billing goes to finance@lumiwave.co.kr\n' +
      "10:05 From Ben Ortiz to Everyone: got it, thanks Minseo. here's the staging key so your team can test: " +
      'sk-proj-Qm7vT2xL9cR4eWn8ZpH3sK6yBd1FgJ5aUo0iNc_r8TbW2mXq4LzVe7JpKs3HdYf9GaN1uCt6RwE5oBi\n' +
      "10:05 From Ben Ortiz to Everyone: wait no that's prod 😬 ignore, I'll rotate it\n" +
      '10:07 From Hana Yoon to Everyone: lol. Ben can you also add my personal email hana.yoon.dev@gmail.com to the Slack connect? work one is blocked\n' +
      '10:09 From Ben Ortiz to Everyone: done. next sync 3/28 same time, PO 4500021187',
    pii: [
      ['PERSON', '최민서'],
      ['PERSON', 'Minseo Choi'],
      ['BRN', '972-11-85694'],
      ['CRN', '110111-1431660'],
      ['PERSON', 'Ben Ortiz'],
      ['PERSON', 'Minseo'],
      ['SECRET', 'sk-proj-Qm7vT2xL9cR4eWn8ZpH3sK6yBd1FgJ5aUo0iNc_r8TbW2mXq4LzVe7JpKs3HdYf9GaN1uCt6RwE5oBi'],
      ['PERSON', 'Ben Ortiz'],
      ['PERSON', 'Hana Yoon'],
      ['PERSON', 'Ben'],
      ['EMAIL', 'hana.yoon.dev@gmail.com'],
      ['PERSON', 'Ben Ortiz'],
    ],
  },
  {
    text:
      'FS: iPhone 13 128GB Midnight, 87% BH, ₱24,500 nego pa\n' +
      'Complete box, may konting gasgas sa gilid. Meet-up SM North EDSA or Trinoma lang po. Text/Viber 0917 845 2206, look for Migs. ' +
      'IMEI 355385880114570 pwede niyo i-check.\n\n' +
      'Comment: sir pa-reserve po! si Carla to, send ko na lang ₱2k DP sa GCash mo\n' +
      'Reply: sige po, GCash 0917 845 2206 din, Miguel S. name. Hanggang Friday lang reserve ha',
    pii: [
      ['PHONE', '0917 845 2206'],
      ['PERSON', 'Migs'],
      ['IMEI', '355385880114570'],
      ['PERSON', 'Carla'],
      ['PHONE', '0917 845 2206'],
      ['PERSON', 'Miguel S.'],
    ],
  },
  {
    text:
      "Energy Ombudsman – online complaint form, 'Tell us what happened' box:\n" +
      "My name is Beverley Okafor and I've been with them 6 years at Flat 3, 21 Moss Lane, Sale M33 6GF. In January they " +
      'put me on a smart meter (serial 19P0473321) and since then my bills have gone from £96 a month to £412.66, which they ' +
      'just took by direct debit from my Nationwide account 31884590 without asking. I rang 0330 088 5503 four times, each time ' +
      'told someone will call back within 48 hours, nobody did. Complaint ref with them is CMP-7782104. I am a pensioner and ' +
      'this has left me short for my rent. Please contact me on 07823 516 044 or bev.okafor@btinternet.com, my son Chidi ' +
      'can also speak for me.',
    pii: [
      ['PERSON', 'Beverley Okafor'],
      ['ADDRESS', 'Flat 3, 21 Moss Lane, Sale M33 6GF'],
      ['BANK_ACCOUNT', '31884590'],
      ['PHONE', '07823 516 044'],
      ['EMAIL', 'bev.okafor@btinternet.com'],
      ['PERSON', 'Chidi'],
    ],
  },
  {
    text:
      'DPD: Your parcel 15501234567890 from ASOS will be delivered today between 13:41 - 14:41. Not in? Choose Pickup shop ' +
      '(Londis, 88 High St) or safe place at dpd.co.uk/r/XJ72KQ. Driver vehicle: Van 214. Reply STOP to 60163.',
    pii: [],
  },
  {
    text:
      "St Peter's Welcome Team – March rota 🙏\n" +
      'Sun 3rd: Kwame Mensah & Abena Owusu\n' +
      'Sun 10th: Deacon Frimpong + Efua (Efua on tea)\n' +
      'Sun 17th: Kofi A. & Grace Boateng\n' +
      'Sun 24th (Palm Sunday, 2 services 8:00 & 10:30): everyone please!\n' +
      "If you can't make your slot call Abena on 024 471 8836 at least 2 days before. Key safe on the side door is 4907, please " +
      "don't share outside the team. Church office line is 030 221 5548 (Mon–Fri only).",
    pii: [
      ['PERSON', 'Kwame Mensah'],
      ['PERSON', 'Abena Owusu'],
      ['PERSON', 'Frimpong'],
      ['PERSON', 'Efua'],
      ['PERSON', 'Efua'],
      ['PERSON', 'Kofi A.'],
      ['PERSON', 'Grace Boateng'],
      ['PERSON', 'Abena'],
      ['PHONE', '024 471 8836'],
      ['PASSWORD', '4907'],
    ],
  },
  {
    text:
      'Mummies of 3 Bestari 👩‍👧\n' +
      'Puan Rohana: pls pass the permission slip by Thurs ya, RM15 for bus to Zoo Negara\n' +
      "Me: Hi all, Aiman's water bottle got mixed up on Monday, blue Tupperware with name sticker AIMAN HAKIMI 3B. If found " +
      'pls WhatsApp me 012-338 7165. Tq!\n' +
      'Shu Fen: ok will check with Jia Hui. btw anyone got BM tuition teacher contact? my girl fail again lah 😩\n' +
      'Puan Rohana: Cikgu Salmah very good, 019-442 0518, tell her I refer. RM120 for 4 classes',
    pii: [
      ['PERSON', 'Rohana'],
      ['PERSON', 'Aiman'],
      ['PERSON', 'AIMAN HAKIMI'],
      ['PHONE', '012-338 7165'],
      ['PERSON', 'Shu Fen'],
      ['PERSON', 'Jia Hui'],
      ['PERSON', 'Rohana'],
      ['PERSON', 'Salmah'],
      ['PHONE', '019-442 0518'],
    ],
  },
  {
    text:
      '[Payroll support call, auto transcript, speaker labels may be wrong]\n' +
      'Speaker 1: okay so for the T4 to be right I just need to confirm a few things, your full name\n' +
      'Speaker 2: Marc-André Tremblay\n' +
      'Speaker 1: and your SIN\n' +
      'Speaker 2: one three seven, zero one zero, six six six\n' +
      'Speaker 1: got it and the home address we should have is\n' +
      'Speaker 2: 2210 Hurontario Street unit 1504 Mississauga Ontario L5B 1M8\n' +
      'Speaker 1: perfect and for direct deposit, institution 004, transit 00422, and the account number\n' +
      "Speaker 2: 5201334 yeah that's TD\n" +
      'Speaker 1: and HR asked for a copy of your licence for the company car, can you read it\n' +
      'Speaker 2: T7714-20936-50812 expires 2027\n' +
      "Speaker 1: thanks Marc, you'll see it on the March 15 run, ticket is PAY-33190",
    pii: [
      ['PERSON', 'Marc-André Tremblay'],
      ['CA_SIN', 'one three seven, zero one zero, six six six'],
      ['ADDRESS', '2210 Hurontario Street unit 1504 Mississauga Ontario L5B 1M8'],
      ['BANK_ACCOUNT', '5201334'],
      ['DRIVER_LICENSE', 'T7714-20936-50812'],
      ['PERSON', 'Marc'],
    ],
  },
  {
    text:
      "oi! ordered the linen set on the 2nd, order #BR-55820, tracking says 'aguardando retirada' for a week now 😭 " +
      'can you resend or check with Correios? address again: Rua Harmonia 412, apto 31, Vila Madalena, São Paulo - SP, 05435-000. ' +
      'WhatsApp is +55 11 98472-3016 if easier. obrigada! Luana Ferraz',
    pii: [
      ['ADDRESS', 'Rua Harmonia 412, apto 31, Vila Madalena, São Paulo - SP, 05435-000'],
      ['PHONE', '+55 11 98472-3016'],
      ['PERSON', 'Luana Ferraz'],
    ],
  },
  {
    text:
      'Rento depa 2 rec in Roma Norte 🏙️ $14,500 MXN/mes, pet friendly, 1 cajón de estacionamiento, available April 1.\n' +
      'Serious inquiries only pls. DM me or WhatsApp +52 55 4128 9031, ask for Memo (Guillermo Ruiz). ' +
      'First month + deposit to my BBVA CLABE 012180015538822048 before keys. Showing Saturday 11 to 2, building is on ' +
      'Colima near Parque Pushkin.',
    pii: [
      ['PHONE', '+52 55 4128 9031'],
      ['PERSON', 'Memo'],
      ['PERSON', 'Guillermo Ruiz'],
      ['BANK_ACCOUNT', '012180015538822048'],
    ],
  },
  {
    text:
      'Chat with Vodafone Kabel support\n' +
      'You: hi my internet drops every evening since tuesday. FRITZ!Box 6660 Cable, firmware 7.57. public IP shows 91.64.203.117 ' +
      'when it works\n' +
      'Agent Sven: Hallo! Can you confirm name and customer number please?\n' +
      'You: Jonas Vogel, customer no 600473281\n' +
      'Agent Sven: Thanks Herr Vogel. Is it all devices or only one?\n' +
      'You: mostly my laptop, MAC 3C:22:FB:9A:41:0E, the TV is fine i think\n' +
      "Agent Sven: I see 14 reconnects in the log. I've booked a technician Fri 08:00–12:00, order 7300912. Confirmation goes to j.vogel@posteo.de",
    pii: [
      ['IP_ADDRESS', '91.64.203.117'],
      ['PERSON', 'Sven'],
      ['PERSON', 'Jonas Vogel'],
      ['PERSON', 'Sven'],
      ['PERSON', 'Vogel'],
      ['MAC_ADDRESS', '3C:22:FB:9A:41:0E'],
      ['PERSON', 'Sven'],
      ['EMAIL', 'j.vogel@posteo.de'],
    ],
  },
  {
    text:
      'hi, my login is kasia_nowak93 and password is Truskawka!2024 but app says account locked?? I need to pay the invoice ' +
      'FV/2024/03/118 today\n' +
      "— Please never send your password in chat, Katarzyna! I've unlocked the account and forced a reset, check your SMS. " +
      'The refund of 89,99 zł for the double charge will go to PL47 8489 8626 6573 9893 8962 7181 within 5 working days.\n' +
      'ok dziękuję 🙏',
    pii: [
      ['USERNAME', 'kasia_nowak93'],
      ['PASSWORD', 'Truskawka!2024'],
      ['PERSON', 'Katarzyna'],
      ['IBAN', 'PL47 8489 8626 6573 9893 8962 7181'],
    ],
  },
  {
    text:
      'Harbour Cycling Club – Sunday bunch ride\n' +
      'Meet 7:00 sharp at Coogee Pavilion, rolling 7:10. 62 km, avg 28 km/h, regroup at La Perouse. Bring a spare tube + CO2.\n' +
      'Club kit order closes 30 April: jersey $85, bibs $110, gilet $95. Sizes chart on the website. ' +
      'Strava club ID 481220. Wet weather call by 5:30am on the club page.',
    pii: [],
  },
  {
    text:
      'GrabBike chat\n' +
      "Driver: Chị ơi em tới rồi, I'm at the gate, xe Honda Vision đỏ biển 59X3-482.17, áo xanh lá\n" +
      "Me: ok anh wait 2 mins, I'm coming down from the lobby\n" +
      'Driver: dạ ok chị. Em tên Phúc\n' +
      "Me: thanks Phúc! going to 7A Lê Thánh Tôn, Bến Nghé, Quận 1, my friend's house, 5th floor\n" +
      'Driver: dạ. 32,000đ cash or GrabPay chị?',
    pii: [
      ['VEHICLE_PLATE', '59X3-482.17'],
      ['PERSON', 'Phúc'],
      ['PERSON', 'Phúc'],
      ['ADDRESS', '7A Lê Thánh Tôn, Bến Nghé, Quận 1'],
    ],
  },
  {
    text:
      'Voicemail for Front Office, Harbourview Hotel, left 23:51\n' +
      'Hello, good evening, this is Kenji Watanabe, I have reservation for the 14th to the 17th, confirmation number JP8821-04. ' +
      'On the online form I wrote my passport number wrong, so please update, the correct is T Z four four... sorry, TZ4471290. ' +
      'Also my wife Yuko Watanabe, her passport is TR8830562. We arrive late, maybe 1 am, flight NH 847. ' +
      'My mobile is plus eight one, 90 3318 7724. Thank you very much.',
    pii: [
      ['PERSON', 'Kenji Watanabe'],
      ['PASSPORT', 'TZ4471290'],
      ['PERSON', 'Yuko Watanabe'],
      ['PASSPORT', 'TR8830562'],
      ['PHONE', 'plus eight one, 90 3318 7724'],
    ],
  },
  {
    text:
      'Home claim – first notice of loss (call recording summary + verbatim)\n' +
      "Handler: Thanks for holding, Hollard claims, Naledi speaking. Can I get the policyholder's name?\n" +
      "Caller: Ja it's me, Pieter van der Merwe. We came home Saturday night and the back door was kicked in\n" +
      "Handler: I'm so sorry. What's the risk address?\n" +
      'Caller: 16 Jacaranda Close, Lynnwood Glen, Pretoria, 0081\n' +
      'Handler: And what was taken?\n' +
      "Caller: the TV, a Samsung 65 inch QA65Q70, my wife's laptop, MacBook Air serial C02FN4K1Q6L4, and her handbag with her " +
      'card in it, we already stopped it, it ended in 6318\n' +
      'Handler: Was a case opened with SAPS?\n' +
      'Caller: yes, Garsfontein, CAS 112/03/2024. The neighbour Anneke saw a white Polo hanging around, she got the plate, ' +
      'HJ 47 KM GP\n' +
      'Handler: Great, that helps. Best number for the assessor?\n' +
      'Caller: my cell 083 552 7190 or my wife Marietjie, 072 318 4406\n' +
      'Handler: Your claim number is HC-0098112, assessor will call within 48 hours.',
    pii: [
      ['PERSON', 'Naledi'],
      ['PERSON', 'Pieter van der Merwe'],
      ['ADDRESS', '16 Jacaranda Close, Lynnwood Glen, Pretoria, 0081'],
      ['PERSON', 'Anneke'],
      ['VEHICLE_PLATE', 'HJ 47 KM GP'],
      ['PHONE', '083 552 7190'],
      ['PERSON', 'Marietjie'],
      ['PHONE', '072 318 4406'],
    ],
  },
];
