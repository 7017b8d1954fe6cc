// English conversations for round 32, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyTwoConversationsB: readonly IndependentText[] = [
  {
    text: "Help me write a warm welcome message for my Airbnb guests arriving Friday. Include this:\n- street door code 4096\n- keys are in the grey lockbox on the left, lockbox code 1103\n- Wi-Fi network CasaLuz_5G, password girasol2019\n- address Calle de Lavapiés 23, 3º izq, 28012 Madrid\n- my cell +34 655 201 847, I'm Javier\n- check-out 11:00, bins go down on Sunday",
    pii: [
      ['PASSWORD', '4096'],
      ['PASSWORD', '1103'],
      ['PASSWORD', 'girasol2019'],
      ['ADDRESS', 'Calle de Lavapiés 23, 3º izq, 28012 Madrid'],
      ['PHONE', '+34 655 201 847'],
      ['PERSON', 'Javier'],
    ],
  },
  {
    text: "Can you draft an English reply to this ticket from our Hamburg office?\n\n'Hallo, my VPN drops every 5 minutes since Monday. Login is m.schneider, laptop MAC 00:1A:2B:9C:4D:E7, my home public IP is 91.64.213.18. Fehler 809. Router is a FRITZ!Box 7590 on FRITZ!OS 7.57. Gruß, Markus Schneider, Durchwahl -214'",
    pii: [
      ['USERNAME', 'm.schneider'],
      ['MAC_ADDRESS', '00:1A:2B:9C:4D:E7'],
      ['IP_ADDRESS', '91.64.213.18'],
      ['PERSON', 'Markus Schneider'],
    ],
  },
  {
    text: "Make this email less angry please:\n\n'Siobhán, I've asked you three times now. You took the €600 deposit for the room in Rathmines and then let it to someone else. Pay it back to IBAN IE20BOFI90583817204936 (account name Ciarán Ó Briain) by Friday or I'm going to the RTB. My number's 087 391 5526 if you'd rather ring.'",
    pii: [
      ['PERSON', 'Siobhán'],
      ['IBAN', 'IE20BOFI90583817204936'],
      ['PERSON', 'Ciarán Ó Briain'],
      ['PHONE', '087 391 5526'],
    ],
  },
  {
    text: 'My flight EI 154 DUB-LHR on 22 May got moved from 07:10 to 09:45. Booking ref 6TQ8LZ, seat 14C, 1 bag 20kg. Does that mean I miss the 11:30 connection to Toronto on AC 849? What are my options under EU261?',
    pii: [],
  },
  {
    text: 'Can you fill in this Korean form for me? Put it into Korean where needed.\nName: Daniel Okafor\nAlien registration no.: 880412-5183224\nAddress: 서울특별시 용산구 이태원로27가길 15, 201호\nMobile: 010-7291-4438\nSpouse: Kim Soo-jin, 주민등록번호 910827-2148307\nEmployer: 주식회사 한빛소프트, 사업자등록번호 214-87-01521, 법인등록번호 110111-4827311\nVisa type: E-7, arrived 2019-09-02',
    pii: [
      ['PERSON', 'Daniel Okafor'],
      ['FRN', '880412-5183224'],
      ['ADDRESS', '서울특별시 용산구 이태원로27가길 15, 201호'],
      ['PHONE', '010-7291-4438'],
      ['PERSON', 'Kim Soo-jin'],
      ['RRN', '910827-2148307'],
      ['BRN', '214-87-01521'],
      ['CRN', '110111-4827311'],
    ],
  },
  {
    text: "Tidy up this call transcript for the complaint file.\n\nAdvisor: Can I take your National Insurance number please?\nCaller: Yeah it's PW 62 84 19 A.\nAdvisor: Thank you, and your full name?\nCaller: Gwen Pritchard. Gwendolyn on the letters.\nAdvisor: And a contact number?\nCaller: Oh seven nine eight three, four one six, two two nine.\nAdvisor: Lovely. I can see the overpayment letter dated 4 January, reference OP/2024/118204.",
    pii: [
      ['UK_NINO', 'PW 62 84 19 A'],
      ['PERSON', 'Gwen Pritchard'],
      ['PERSON', 'Gwendolyn'],
      ['PHONE', 'Oh seven nine eight three, four one six, two two nine'],
    ],
  },
  {
    text: "Hi Mrs Papadopoulos, it's Leanne, Mia's mum. Mia won't be in today, she's had a temp of 38.4 overnight. Should be back Wednesday. Can you let Mr Feng know she'll miss the excursion? Thanks",
    pii: [
      ['PERSON', 'Papadopoulos'],
      ['PERSON', 'Leanne'],
      ['PERSON', 'Mia'],
      ['PERSON', 'Mia'],
      ['PERSON', 'Feng'],
    ],
  },
  {
    text: 'Can you check this contractor W-9 info before I send it to accounting?\nName: Rosa Elena Guzmán\nBusiness name: Sparkle Home Cleaning\nTIN: ITIN 912-78-4431\nAddress: 1847 W Cermak Rd Apt 2F, Chicago, IL 60608\nEmail: rosa.guzman.cleaning@gmail.com\nInvoice #2291 for $1,340.00, net 15',
    pii: [
      ['PERSON', 'Rosa Elena Guzmán'],
      ['US_ITIN', '912-78-4431'],
      ['ADDRESS', '1847 W Cermak Rd Apt 2F, Chicago, IL 60608'],
      ['EMAIL', 'rosa.guzman.cleaning@gmail.com'],
    ],
  },
  {
    text: 'Summarise this bill for me in one line: Meter no. E12Z048213, reading 48213 on 02/04, tariff code E7, unit rate 24.50p/kWh, standing charge 53.35p/day, 31 days, total £96.18 incl. VAT at 5%. Ref INV-773102. Pay by 20/04.',
    pii: [],
  },
  {
    text: 'My dad was discharged from the hospital in Tokyo and the paper is half in English, can you explain it in plain words?\n\nPatient: SATO Hiroshi\nPatient ID: 20-118437\nDOB: 1951.06.14\nInsurance no.: 06137421\nAdmitted 2024.03.02, discharged 2024.03.09\nBP 142/88, HbA1c 7.2%, eGFR 58\nRx: metformin 500mg bid, amlodipine 5mg qd\nFollow-up: Dr. Kobayashi, 4 weeks',
    pii: [
      ['PERSON', 'SATO Hiroshi'],
      ['MEDICAL_RECORD', '20-118437'],
      ['DATE_OF_BIRTH', '1951.06.14'],
      ['HEALTH_INSURANCE', '06137421'],
      ['PERSON', 'Kobayashi'],
    ],
  },
  {
    text: "my email changed btw, it's k.osei@protonmail.com now — Kwame",
    pii: [
      ['EMAIL', 'k.osei@protonmail.com'],
      ['PERSON', 'Kwame'],
    ],
  },
  {
    text: "[10:42] Ananya Iyer: hey Rohit can you check why the standup bot isn't posting? token is xoxb-4829103756-5720391846-aQ8rT2vLm9XkP4sW1yZc7nBd\n[10:44] Rohit Kumar: pls don't paste tokens in #eng-general 😅 rotate it\n[10:45] Ananya Iyer: oops. done, new one is in the vault\n[10:46] Rohit Kumar: 👍 also the bot runs on build-agent-07, v2.3.1",
    pii: [
      ['PERSON', 'Ananya Iyer'],
      ['PERSON', 'Rohit'],
      ['SECRET', 'xoxb-4829103756-5720391846-aQ8rT2vLm9XkP4sW1yZc7nBd'],
      ['PERSON', 'Rohit Kumar'],
      ['PERSON', 'Ananya Iyer'],
      ['PERSON', 'Rohit Kumar'],
    ],
  },
  {
    text: 'Make a rooming list (twin share, women together) from this:\n1. CHEN Jiahui, passport E82719364, F, 1988-03-12\n2. WANG Lei, passport EJ4829105, M, 1985-11-30\n3. Siti Nurhaliza bte Rahman, passport K1847293A, F, 1992-07-08\n4. Lee Jun Hao, passport K3092718D, M, 1990-01-25\nGroup code SGTOUR-0614, Hotel Nikko Kyoto, 14–18 Jun',
    pii: [
      ['PERSON', 'CHEN Jiahui'],
      ['PASSPORT', 'E82719364'],
      ['DATE_OF_BIRTH', '1988-03-12'],
      ['PERSON', 'WANG Lei'],
      ['PASSPORT', 'EJ4829105'],
      ['DATE_OF_BIRTH', '1985-11-30'],
      ['PERSON', 'Siti Nurhaliza bte Rahman'],
      ['PASSPORT', 'K1847293A'],
      ['DATE_OF_BIRTH', '1992-07-08'],
      ['PERSON', 'Lee Jun Hao'],
      ['PASSPORT', 'K3092718D'],
      ['DATE_OF_BIRTH', '1990-01-25'],
    ],
  },
  {
    text: 'Summarize the key terms of this lease in bullets:\nLease between Harborview Property Management LLC (Landlord) and Marcus Bell and Tanya Whitfield-Bell (Tenants) for Unit 4B, 2210 Elm Street, Dallas, TX 75201. Term 12 months from 06/01/2024. Rent $2,150/mo due on the 1st, late fee $75 after the 5th. Security deposit $2,150. Garage remote issued at move-in; alarm code 8261 to be changed by Tenants within 7 days. Office: 214-555-0100, Mon–Fri.',
    pii: [
      ['PERSON', 'Marcus Bell'],
      ['PERSON', 'Tanya Whitfield-Bell'],
      ['ADDRESS', 'Unit 4B, 2210 Elm Street, Dallas, TX 75201'],
      ['PASSWORD', '8261'],
    ],
  },
  {
    text: "Translate to Spanish for our customers: 'Your package with tracking number 1Z 4E7 F92 03 8841 2270 will arrive Thursday between 12:00 and 16:00. Delivery reference DLV-55720. If you're not home, we'll leave it at the nearest Access Point. Questions? Call 1-800-742-5877.'",
    pii: [],
  },
  {
    text: 'I was charged twice for the same hotel night, can you write the dispute message for me? Card is Amex 3726 987776 24256, expiry 11/26, the 4-digit code on the front is 7093. Name Gareth Llewellyn, mobile +44 7923 418 556. Both charges £184.00 on 12/02, merchant ref TRV-88231.',
    pii: [
      ['CREDIT_CARD', '3726 987776 24256'],
      ['CARD_EXPIRY', '11/26'],
      ['CARD_CVV', '7093'],
      ['PERSON', 'Gareth Llewellyn'],
      ['PHONE', '+44 7923 418 556'],
    ],
  },
  {
    text: "Please translate into Korean for the parking office: 'Hello, I'm Ji-hoon Park, the new tenant at 경기도 성남시 분당구 정자일로 95, 101동 1203호. My car is a grey Hyundai Tucson, plate 218누 6034. Please register it for the underground car park. My number is +82 10-4418-2093. Thank you!'",
    pii: [
      ['PERSON', 'Ji-hoon Park'],
      ['ADDRESS', '경기도 성남시 분당구 정자일로 95, 101동 1203호'],
      ['VEHICLE_PLATE', '218누 6034'],
      ['PHONE', '+82 10-4418-2093'],
    ],
  },
  {
    text: "Check the grammar in this affidavit paragraph:\n\n'I, Pieter Jacobus van der Merwe, an adult male residing at 17 Protea Avenue, Durbanville, Cape Town, 7550, do hereby make oath and state that on 3 March 2023 the Defendant, Ms L. Dlamini, transferred R250 000 from account number 62819304417 held at First National Bank, branch code 250655, without my knowledge. Case No. 4471/2023.'",
    pii: [
      ['PERSON', 'Pieter Jacobus van der Merwe'],
      ['ADDRESS', '17 Protea Avenue, Durbanville, Cape Town, 7550'],
      ['PERSON', 'L. Dlamini'],
      ['BANK_ACCOUNT', '62819304417'],
    ],
  },
  {
    text: "hey, can you help me word a ticket to IT? I'm on the road in Kamloops.\n- can't log into Okta, user is cbouchard@northwindlogistics.ca\n- tried my current pw Summer2024!! three times, now locked\n- backup phone on file is 604-318-2270\n- also I think I pasted my GitHub token into the wiki page by accident: ghp_7Rk2vQ9mXz4LpW8nT3yB6cJ1hF5dS0aE2gUo\nthanks, Chantal",
    pii: [
      ['EMAIL', 'cbouchard@northwindlogistics.ca'],
      ['PASSWORD', 'Summer2024!!'],
      ['PHONE', '604-318-2270'],
      ['SECRET', 'ghp_7Rk2vQ9mXz4LpW8nT3yB6cJ1hF5dS0aE2gUo'],
      ['PERSON', 'Chantal'],
    ],
  },
  {
    text: "Door code's 7734, I'm at the taquería till 9. Buzz 3B if it doesn't work – Diego",
    pii: [
      ['PASSWORD', '7734'],
      ['PERSON', 'Diego'],
    ],
  },
  {
    text: "[14:03] Fernanda Costa: Lu, can you book my physio for me? I'm stuck in a meeting\n[14:03] Fernanda Costa: my Bradesco Saúde card is 784 218 0049 3316 0\n[14:04] Luana: ok! which clinic, the one on Rua Oscar Freire?\n[14:05] Fernanda Costa: yes, and tell them I'm still on the 10-session plan, guia 55812",
    pii: [
      ['PERSON', 'Fernanda Costa'],
      ['PERSON', 'Lu'],
      ['PERSON', 'Fernanda Costa'],
      ['HEALTH_INSURANCE', '784 218 0049 3316 0'],
      ['PERSON', 'Luana'],
      ['PERSON', 'Fernanda Costa'],
    ],
  },
  {
    text: "What's the difference between ABA routing number 021000021 and SWIFT CHASUS33? Our vendor in Manila asked for both on invoice PH-2024-0381 and I don't want to send the wrong one.",
    pii: [],
  },
  {
    text: "Make this reference letter sound more professional:\n\n'To whom it may concern, Grace Achieng worked with us at Savannah Foods from 2019 to 2023 as an assistant accountant. She is honest and hardworking and never late. If you want to talk you can call me on +254 722 418 093 or email p.mwangi@savannahfoods.co.ke. Peter Mwangi, HR Manager'",
    pii: [
      ['PERSON', 'Grace Achieng'],
      ['PHONE', '+254 722 418 093'],
      ['EMAIL', 'p.mwangi@savannahfoods.co.ke'],
      ['PERSON', 'Peter Mwangi'],
    ],
  },
  {
    text: 'Could you put this into a short English email to payroll?\nBitte Gehaltskonto ändern ab 1. Juli.\nKontoinhaber: Jonas Weber\nNeue IBAN: DE69 5001 0517 5418 2930 47\nBIC: INGDDEFFXXX\nPersonalnummer: 20418\nDanke!',
    pii: [
      ['PERSON', 'Jonas Weber'],
      ['IBAN', 'DE69 5001 0517 5418 2930 47'],
    ],
  },
  {
    text: "Help me write to the phone shop in English and Vietnamese: I bought a Samsung Galaxy A55 there on 12/05, invoice HD-0048213, IMEI 354849675698643, and the screen died after 3 weeks. It's still under the 12-month warranty. My name is Tran Minh Khoa, call me on 0912 384 771.",
    pii: [
      ['IMEI', '354849675698643'],
      ['PERSON', 'Tran Minh Khoa'],
      ['PHONE', '0912 384 771'],
    ],
  },
];
