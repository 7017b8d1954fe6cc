// English documents (statements, forms, exports, logs, CRM notes, tickets) for round five, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundFiveDocumentsA: readonly IndependentText[] = [
  {
    text: 'NORTHGATE BANK plc\nStatement of Account\nMr Rupert H. Ellingham\nFlat 4, 22 Larkspur Road\nLeeds LS6 2PT\nSort code 40-17-62  Account 31958476\nStatement period 01/03/2024 to 31/03/2024   Sheet no. 118\nDate | Description | Paid out | Paid in | Balance\n04 Mar | DD YORKSHIRE WATER REF 66120934 | 38.50 | | 1,204.17\n11 Mar | FPI SALARY HARTWELL LOGISTICS | | 2,316.40 | 3,520.57\n19 Mar | CARD 4236 TESCO STORES 2291 | 64.12 | | 3,456.45\nCustomer service 0345 600 2290',
    pii: [
      ['PERSON', 'Rupert H. Ellingham'],
      ['ADDRESS', 'Flat 4, 22 Larkspur Road\nLeeds LS6 2PT'],
      ['BANK_ACCOUNT', '31958476'],
    ],
  },
  {
    text: "[14:02] Kayleigh (Brightmart Support): Hi, thanks for waiting. Which order is this about?\n[14:03] customer: order BM-7730418, the blender never came\n[14:03] customer: can u just refund to a different card, its 4539 1488 0343 6467 exp 09/27 cvv 382\n[14:04] Kayleigh (Brightmart Support): Please don't share full card details in chat, I've masked them. The refund of £89.99 goes back to the original payment method within 5-7 working days.",
    pii: [
      ['PERSON', 'Kayleigh'],
      ['CREDIT_CARD', '4539 1488 0343 6467'],
      ['CARD_EXPIRY', '09/27'],
      ['CARD_CVV', '382'],
      ['PERSON', 'Kayleigh'],
    ],
  },
  {
    text: 'contact_id,full_name,email,phone,dob,plan,mrr_usd\n10482,"Okonkwo, Chidinma",chidi.okonkwo@fastmail.com,+1 (312) 555-0187,1988-11-03,Pro,49.00\n10483,Matías Ferreyra-Luna,mferreyra@protonmail.com,+54 9 11 4823-6617,03/07/1979,Team,199.00\n10484,ACME FREIGHT LTD,,,,Enterprise,1450.00',
    pii: [
      ['PERSON', 'Okonkwo, Chidinma'],
      ['EMAIL', 'chidi.okonkwo@fastmail.com'],
      ['PHONE', '+1 (312) 555-0187'],
      ['DATE_OF_BIRTH', '1988-11-03'],
      ['PERSON', 'Matías Ferreyra-Luna'],
      ['EMAIL', 'mferreyra@protonmail.com'],
      ['PHONE', '+54 9 11 4823-6617'],
      ['DATE_OF_BIRTH', '03/07/1979'],
    ],
  },
  {
    text: '2024-05-14T08:41:27.118Z INFO auth.login ok user_id=u_84213 username=jpatel_ops ip=203.0.113.47 mfa=totp latency_ms=182\n2024-05-14T08:41:29.004Z WARN auth.login failed username=m.schreiber ip=198.51.100.23 reason=bad_password attempts=3\n2024-05-14T08:41:31.950Z ERROR billing.webhook stripe_key=sk_live_51NxQ2fKp8RzL4vYt7Hc0aWbE9uJm3sDq status=401 req_id=req_7HqP2c',
    pii: [
      ['USERNAME', 'u_84213'],
      ['USERNAME', 'jpatel_ops'],
      ['IP_ADDRESS', '203.0.113.47'],
      ['USERNAME', 'm.schreiber'],
      ['IP_ADDRESS', '198.51.100.23'],
      ['SECRET', 'sk_live_51NxQ2fKp8RzL4vYt7Hc0aWbE9uJm3sDq'],
    ],
  },
  {
    text: 'INSTRUCTION TO YOUR BANK OR BUILDING SOCIETY TO PAY BY DIRECT DEBIT\nService user number  9 4 2 1 7 3\nNarne(s) of account holder(s): MRS AGNIESZKA WÓJCIK\nBank/building society account number\n7 1 0 4 9 3 2 8\nBranch sort code  2 0 - 4 1 - 0 8\nReference (energy acct)  ELX-00382716\nAddress of supply: 17 Tennyson Cl, Swindon SN2 7QJ\nSignature ______   Date 02/04/2024',
    pii: [
      ['PERSON', 'AGNIESZKA WÓJCIK'],
      ['BANK_ACCOUNT', '7 1 0 4 9 3 2 8'],
      ['ADDRESS', '17 Tennyson Cl, Swindon SN2 7QJ'],
    ],
  },
  {
    text: "NEW SERVICE APPLICATION - Postpaid Mobile\nApplicant: Liam O'Sullivan-Tran\nDOB: 23 Feb 1995\nResidential address: Unit 9/41 Alfred St, Fortitude Valley QLD 4006\nID type: QLD driver licence, no. 084 512 339\nMobile to port: 0412 758 093 (from Vodafone)\nSIM ICCID 8961 0212 3456 7890 123\nPlan: Ultra 120GB $65/mth, 24 mth handset repayment, IMEI 356938035643809\nDirect debit BSB 064-128 Acct 1049 2276\nApplication ref APP-2024-558132",
    pii: [
      ['PERSON', "Liam O'Sullivan-Tran"],
      ['DATE_OF_BIRTH', '23 Feb 1995'],
      ['ADDRESS', 'Unit 9/41 Alfred St, Fortitude Valley QLD 4006'],
      ['DRIVER_LICENSE', '084 512 339'],
      ['PHONE', '0412 758 093'],
      ['ICCID', '8961 0212 3456 7890 123'],
      ['IMEI', '356938035643809'],
      ['BANK_ACCOUNT', '1049 2276'],
    ],
  },
  {
    text: 'Shipment update - AWB 784 2231 9046\nStatus: Held at customs, Frankfurt hub (FRA3)\nPieces: 2 / Weight 14.6 kg / Declared value EUR 1,240.00\nHS code 8471.30.00 (portable computers)\nNext attempt: 16 May 2024, 09:00-13:00\nQuestions? Call 0800 123 4455 (free) or visit track.example-express.com/help\nCase 55-0091823',
    pii: [],
  },
  {
    text: 'FORM W-9 INTAKE - Riverbend County Treasurer (scanned)\n1 Name (as shown on your income tax return): Darnell K. Whitaker\n2 Business name: Whitaker Lawn & Snow LLC\n5 Address (number, street, city, state, ZIP): 4418 Sycamore Ridge Dr, Columbus, OH 43229\nPart I  Social security number: 512-84-0937\n        or Employer identification number: __-_______\nSpouse ITIN on file: 912-78-4406\nPermit no. RC-HV-22817   Fee paid $125.00 chk #1042',
    pii: [
      ['PERSON', 'Darnell K. Whitaker'],
      ['ADDRESS', '4418 Sycamore Ridge Dr, Columbus, OH 43229'],
      ['US_SSN', '512-84-0937'],
      ['US_ITIN', '912-78-4406'],
    ],
  },
  {
    text: 'BLUE BADGE APPLICATION - Kirklees Council (internal record)\nApplicant: Mrs Gwendolyn Ama Boateng\nD.O.B. 14.08.1951\nNHS number 485 720 3197\nHome: 6 Orchard Mews, Huddersfield HD4 5RT\nGP practice: Lindley Group Practice, patient ref LGP-00471823\nEvidence: PIP award letter dated 12/01/2024 (ref PIP/DL/8832)\nContact: daughter Abena Boateng 07700 914 382\nBadge no. issued: pending   Fee £10.00',
    pii: [
      ['PERSON', 'Gwendolyn Ama Boateng'],
      ['DATE_OF_BIRTH', '14.08.1951'],
      ['HEALTH_INSURANCE', '485 720 3197'],
      ['ADDRESS', '6 Orchard Mews, Huddersfield HD4 5RT'],
      ['MEDICAL_RECORD', 'LGP-00471823'],
      ['PERSON', 'Abena Boateng'],
      ['PHONE', '07700 914 382'],
    ],
  },
  {
    text: '{\n  "studentId": "S2023-04417",\n  "name": {"given": "Priyanka", "family": "Raghunathan"},\n  "dateOfBirth": "2006-01-29",\n  "email": "priya.r2006@gmail.com",\n  "portalLogin": "praghunathan06",\n  "guardian": {"name": "Venkatesh Raghunathan", "mobile": "+44 7911 402 658"},\n  "course": "A-Level Maths/Physics/CS",\n  "feeBalance": 0.0,\n  "enrolledOn": "2023-09-04"\n}',
    pii: [
      ['PERSON', 'Priyanka'],
      ['PERSON', 'Raghunathan'],
      ['DATE_OF_BIRTH', '2006-01-29'],
      ['EMAIL', 'priya.r2006@gmail.com'],
      ['USERNAME', 'praghunathan06'],
      ['PERSON', 'Venkatesh Raghunathan'],
      ['PHONE', '+44 7911 402 658'],
    ],
  },
  {
    text: 'Tenancy application - listing RL-40921 (2 bed unit, $720 p/w)\nApplicant 1: HASHIMOTO Rina (passport: Japan, TR4829175, exp 2031-06-18)\nApplicant 2: Lucas Fernandes de Oliveira, Brazilian passport FZ882047, NSW licence 16 583 920\nCurrent address: 5/12 Mary St, Surry Hills NSW 2010\nRent history: 14 months via Belle Property, weekly $650\nHolding deposit paid via BPAY biller 12345 ref 9008231\nInspection 11 May 10:30am',
    pii: [
      ['PERSON', 'HASHIMOTO Rina'],
      ['PASSPORT', 'TR4829175'],
      ['PERSON', 'Lucas Fernandes de Oliveira'],
      ['PASSPORT', 'FZ882047'],
      ['DRIVER_LICENSE', '16 583 920'],
      ['ADDRESS', '5/12 Mary St, Surry Hills NSW 2010'],
    ],
  },
  {
    text: "Subject: Fwd: can't log into admin console\n\n---------- Forwarded message ---------\nFrom: Tomasz Wiśniewski <t.wisniewski@kolejbud.pl>\nDate: Tue, 7 May 2024 at 09:12\nTo: support@cloudfolio.io\n\nHello, my login is twisniewski_admin and I reset password to Kolej!2024maj but still error 0x80070005. Workspace: kolejbud-prod, plan Business (42 seats).\nPlease help urgent.\n\nTomasz Wiśniewski\nKierownik IT\ntel. +48 601 338 274",
    pii: [
      ['PERSON', 'Tomasz Wiśniewski'],
      ['EMAIL', 't.wisniewski@kolejbud.pl'],
      ['USERNAME', 'twisniewski_admin'],
      ['PASSWORD', 'Kolej!2024maj'],
      ['PERSON', 'Tomasz Wiśniewski'],
      ['PHONE', '+48 601 338 274'],
    ],
  },
  {
    text: 'SKU\tDescription\tStore\tOn hand\tReorder pt\tUnit cost\n4006381-333931\tStabilo Boss highlighter 4pk\tST-0142\t218\t60\t2.35\n8711253-001246\tPhilips HD9252 air fryer\tST-0142\t7\t10\t54.90\n0194252-707418\tiPhone 15 case clear (A3090)\tST-0207\t42\t25\t6.10\nNote: HD9252 recall batch 2309-B, return to DC Tilburg by 31-05-2024.',
    pii: [],
  },
  {
    text: "Agent (Shanice): Thanks for calling Verimo Mobile, you're through to Shanice. Can I take the account number?\nCaller: Yeah it's 7 7 0 4 1 9 2 2 8.\nAgent: And the name on the account?\nCaller: Desmond Achterberg. Des.\nAgent: Thanks Des. For security, your date of birth?\nCaller: Fourth of December, nineteen sixty-two.\nAgent: And your four-digit account PIN?\nCaller: 5831.\nAgent: Lovely. I can see the roaming bolt-on RB-EU10 was added on the 2nd at £2.50 a day, that's the £37.50 on this bill.",
    pii: [
      ['PERSON', 'Shanice'],
      ['PERSON', 'Shanice'],
      ['PERSON', 'Desmond Achterberg'],
      ['PERSON', 'Des'],
      ['PERSON', 'Des'],
      ['DATE_OF_BIRTH', 'Fourth of December, nineteen sixty-two'],
      ['PASSWORD', '5831'],
    ],
  },
  {
    text: 'WIRE TRANSFER REQUEST #WT-2024-03817\nOrdering customer: Hendrik-Jan van der Berg\nDebit account: NL77 RABO 0312 4478 91\nBeneficiary: Sofía Castellanos Ruiz\nBeneficiary IBAN: ES76 2077 0024 0031 0257 5766\nBIC: CAIXESBBXXX\nAmount: EUR 12,500.00   Value date: 20/05/2024\nPurpose: deposit apartment purchase, notary ref 1187/2024\nCallback verified with client on +31 6 4129 8870 by R. Mahabir (Ops)',
    pii: [
      ['PERSON', 'Hendrik-Jan van der Berg'],
      ['IBAN', 'NL77 RABO 0312 4478 91'],
      ['PERSON', 'Sofía Castellanos Ruiz'],
      ['IBAN', 'ES76 2077 0024 0031 0257 5766'],
      ['PHONE', '+31 6 4129 8870'],
      ['PERSON', 'R. Mahabir'],
    ],
  },
  {
    text: 'Ticket #48213 | Priority: Normal | Channel: Web form\nCustomer: Rosalind Mbeki-Hart\nIssue: pharmacy charged full price, says my insurance card is inactive??\nMember ID: XHP928471036  Group: 0074512  RxBIN 610014\nPlan: BlueRidge Silver PPO, effective 01/01/2024\nDOB (for verification): 7/19/1983\nReceipt total $312.48, store #5512, receipt 0441-2290\nAgent note (Jorge): verified eligibility with carrier, ref CV-77120; advised reprocess.',
    pii: [
      ['PERSON', 'Rosalind Mbeki-Hart'],
      ['HEALTH_INSURANCE', 'XHP928471036'],
      ['DATE_OF_BIRTH', '7/19/1983'],
      ['PERSON', 'Jorge'],
    ],
  },
  {
    text: 'ROUTE SHEET  Depot: Bristol Avonmouth  Route R-14  Date 15/05/2024\nDriver: Kacper Zieliński   Van: WX71 KJO   VIN WF0XXXTTGXKM41287\n# | Consignee | Delivery address | Parcels | Notes\n1 | Harriet Pym | 33 Cotham Vale, Bristol BS6 6HS | 2 | leave w/ neighbour no.35\n2 | Coffee#1 Gloucester Rd | (business) | 5 | tail lift\n3 | Oluwaseun Adeyemi | Flat 12, Vanguard Court, 8 Whiteladies Rd, Bristol BS8 2LG | 1 | key safe code 4471\n4 | Parcel locker BS7-0031 | - | 3 |\nTotal stops 4 / parcels 11',
    pii: [
      ['PERSON', 'Kacper Zieliński'],
      ['VEHICLE_PLATE', 'WX71 KJO'],
      ['VIN', 'WF0XXXTTGXKM41287'],
      ['PERSON', 'Harriet Pym'],
      ['ADDRESS', '33 Cotham Vale, Bristol BS6 6HS'],
      ['PERSON', 'Oluwaseun Adeyemi'],
      ['ADDRESS', 'Flat 12, Vanguard Court, 8 Whiteladies Rd, Bristol BS8 2LG'],
      ['PASSWORD', '4471'],
    ],
  },
  {
    text: '{"ts":"2024-05-12T22:17:03+00:00","event":"device_register","app_ver":"5.12.3","account":{"email":"kwame.asante87@outlook.com","user":"kasante"},"device":{"model":"SM-S918B","imei":"354712098834561","wifi_mac":"3C:A6:F6:1B:92:E4","os":"Android 14"},"carrier":"AirtelTigo GH","sim_iccid":"89233010000412875566","ip":"41.66.203.118","result":"ok","trace_id":"a91f2c0e7b3d"}',
    pii: [
      ['EMAIL', 'kwame.asante87@outlook.com'],
      ['USERNAME', 'kasante'],
      ['IMEI', '354712098834561'],
      ['MAC_ADDRESS', '3C:A6:F6:1B:92:E4'],
      ['ICCID', '89233010000412875566'],
      ['IP_ADDRESS', '41.66.203.118'],
    ],
  },
  {
    text: 'HM Passport Office: Your application 7710-4482-9031 has been received. Fee £88.50 paid. We will post your new passport within 3 weeks. Track at gov.uk/track-passport-application. Do not reply.',
    pii: [],
  },
  {
    text: 'CREDIT CARD APPLICATION - Maple Trust Bank (branch 0427)\nSurname: TREMBLAY-NGUYEN   Given names: Élodie Marie\nDate of birth (YYYY/MM/DD): 1990/06/12\nSIN: 512 873 498\nHome address: 2215 rue Beaubien Est, app. 3, Montréal QC H2G 1M5\nHome phone: 514-555-0142\nAnnual income: $78,400   Employer: Hydro-Québec (since 2017)\nExisting chequing acct: transit 00427 inst 006 acct 5102873\nCard requested: Cashback World Elite, limit $8,000\nApp ID MTB-CC-2024-118044',
    pii: [
      ['PERSON', 'TREMBLAY-NGUYEN'],
      ['PERSON', 'Élodie Marie'],
      ['DATE_OF_BIRTH', '1990/06/12'],
      ['CA_SIN', '512 873 498'],
      ['ADDRESS', '2215 rue Beaubien Est, app. 3, Montréal QC H2G 1M5'],
      ['PHONE', '514-555-0142'],
      ['BANK_ACCOUNT', '5102873'],
    ],
  },
  {
    text: "Hi Mrs Adebayo,\n\nFollowing up on the Year 9 Paris trip (trip code FR-Y9-0524, balance £215.00). Could you refund the deposit for my son Jayden Clarke-Osei (born 2 March 2010, form 9R) to 20-45-77 63019284 please, as he can't travel now.\n\nThanks,\nMarcia Clarke\n07834 226 915",
    pii: [
      ['PERSON', 'Adebayo'],
      ['PERSON', 'Jayden Clarke-Osei'],
      ['DATE_OF_BIRTH', '2 March 2010'],
      ['BANK_ACCOUNT', '20-45-77 63019284'],
      ['PERSON', 'Marcia Clarke'],
      ['PHONE', '07834 226 915'],
    ],
  },
  {
    text: '2024-05-15 03:00:01,442 INFO  [scheduler] job=meter_read_import batch=MR-20240515-03 files=128\n2024-05-15 03:00:07,915 WARN  [parser] file=hh_0317.csv row=4411 value=-3.2kWh rule=NEG_READ action=skip\n2024-05-15 03:00:12,288 ERROR [db] pool=readings-rw timeout after 30000 ms (host readings-db-2:5432)\n2024-05-15 03:00:12,290 INFO  [retry] attempt 2/5 backoff=4s\n2024-05-15 03:01:44,006 INFO  [scheduler] job done imported=1,204,772 rejected=318 duration=103s',
    pii: [],
  },
  {
    text: "CLAIM FORM - Income Protection (page 2 of 4)\nClaim no.: IP-CL-0098815     Policy no.: LPX 4471 2093\nInsured person: Mr Nikhil PATEL\nDate of Birth: 30 / 09 / 1976\nNI no. JT 48 29 61 C\nTreating hospital: St Aldric's General, Hospital No. K0448217\nAdmitted 02/04/2024  Discharged 09/04/2024\nPrivate health cover: Bupa membership no. 8831 0047 62\nPayment to: Lloyds, sort code 30-94-51, account no. 18827364\nGP: Dr. H. Lindqvist",
    pii: [
      ['PERSON', 'Nikhil PATEL'],
      ['DATE_OF_BIRTH', '30 / 09 / 1976'],
      ['UK_NINO', 'JT 48 29 61 C'],
      ['MEDICAL_RECORD', 'K0448217'],
      ['HEALTH_INSURANCE', '8831 0047 62'],
      ['BANK_ACCOUNT', '18827364'],
      ['PERSON', 'H. Lindqvist'],
    ],
  },
  {
    text: 'CRM note - Fraud review, order #SHP-55120937 ($1,849.00, 2x Sony WH-1000XM5 + MacBook Air M3)\n05/13 10:22 - Called cardholder Brittany Okafor on 646-555-0193. Confirms she placed the order. Card ending 4417, exp on file. Shipping to her sister Danielle at 91 Linden Blvd Apt 4C, Brooklyn, NY 11226.\n05/13 10:31 - Asked for ID: NY DL 742 918 306, DOB 04-22-1992, matches Experian. Released hold. - agent rwashington',
    pii: [
      ['PERSON', 'Brittany Okafor'],
      ['PHONE', '646-555-0193'],
      ['PERSON', 'Danielle'],
      ['ADDRESS', '91 Linden Blvd Apt 4C, Brooklyn, NY 11226'],
      ['DRIVER_LICENSE', '742 918 306'],
      ['DATE_OF_BIRTH', '04-22-1992'],
      ['USERNAME', 'rwashington'],
    ],
  },
  {
    text: 'WhatsApp · Voltline Energy billing\n[09:14] Voltline: Hi Mohammed, your bill VB-2024-04-88172 of £142.36 is overdue. Reply PAY to settle by card.\n[09:20] Mohammed: PAY\n[09:20] Mohammed: 5412 7534 8821 0092\n[09:21] Mohammed: expires 11/26\n[09:21] Mohammed: the 3 digits on the back are 719\n[09:22] Voltline: Thanks. Please never send card details over chat, use the secure link voltline.co.uk/pay instead. Your meter ref M-0093 is unaffected.',
    pii: [
      ['PERSON', 'Mohammed'],
      ['PERSON', 'Mohammed'],
      ['PERSON', 'Mohammed'],
      ['CREDIT_CARD', '5412 7534 8821 0092'],
      ['PERSON', 'Mohammed'],
      ['CARD_EXPIRY', '11/26'],
      ['PERSON', 'Mohammed'],
      ['CARD_CVV', '719'],
    ],
  },
];
