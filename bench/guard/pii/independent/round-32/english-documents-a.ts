// English documents for round 32, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyTwoDocumentsA: readonly IndependentText[] = [
  {
    text:
      "Can you tidy up this onboarding form I scanned? The OCR mangled it a bit.\n\nNEW STARTER FORM — Brennan & Hale Solicitors\nFull name: Siobhán Ní Bhriain\nDate of birth: 14/02/1993\nHome address: Apt 4, 27 Griffith Avenue, Drumcondra, Dublin 9, D09 X2K7\nMobile: +353 87 214 6690 |\nPersonal emai1: siobhan.nibhriain@gmail.com\nSalary bank: IBAN IE85AIBK93115248207316   BIC AIBKIE2D\nEmergency contact: Dónal Ó Briain (brother) 086 771 3025\nStart date: 03/03/2025   Employee no. BH-0419   Cost centre 220\nSigned: S. Ní Bhriain   Date: 24/02/2025",
    pii: [
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['DATE_OF_BIRTH', '14/02/1993'],
      ['ADDRESS', 'Apt 4, 27 Griffith Avenue, Drumcondra, Dublin 9, D09 X2K7'],
      ['PHONE', '+353 87 214 6690'],
      ['EMAIL', 'siobhan.nibhriain@gmail.com'],
      ['IBAN', 'IE85AIBK93115248207316'],
      ['PERSON', 'Dónal Ó Briain'],
      ['PHONE', '086 771 3025'],
      ['PERSON', 'S. Ní Bhriain'],
    ],
  },
  {
    text:
      "Why did my net pay drop this month? Here's the payslip text:\n\nPAYSLIP   Period 09   Pay date 27/12/2024\nEmployer: Northgate Logistics Ltd   PAYE ref 120/NA45821\nEmployee: Mr Kwame Asante   Emp No 00871\nNI number: JT 48 27 91 B   Tax code 1257L   NI cat A\nBasic pay            2,450.00\nOvertime 31.5h @ 18.40  579.60\nPAYE tax             -412.80\nNI                   -160.32\nStudent loan (Plan 2) -94.00\nPension 5%           -151.48\nNET PAY              2,211.00\nPaid to: sort code 20-31-54   acc 70563281",
    pii: [
      ['PERSON', 'Kwame Asante'],
      ['UK_NINO', 'JT 48 27 91 B'],
      ['BANK_ACCOUNT', '70563281'],
    ],
  },
  {
    text:
      "Please turn this into a clean table for the offsite deck:\n\nBooking ref: QX7LMR | SQ 638 SIN-NRT | Dep 14 Apr 2025 23:55\nPax 1: TAN/WEI MING MR   Passport K4417203M   KrisFlyer 8834215906\nPax 2: LIM/HUI SHAN MS   Passport K6120458Q\nPax 3: RAJARATNAM/ARUN MR   Passport A51730215 (Malaysia)   DOB 1989-11-02 (needed for APIS)\nHotel: Mitsui Garden Ginza, 3 nights, conf no. 48812093\nFare: SGD 1,284.60 per pax, cost centre SG-MKT-07\nApprover: Wei Ming (he's fine with economy)",
    pii: [
      ['PERSON', 'TAN/WEI MING'],
      ['PASSPORT', 'K4417203M'],
      ['PERSON', 'LIM/HUI SHAN'],
      ['PASSPORT', 'K6120458Q'],
      ['PERSON', 'RAJARATNAM/ARUN'],
      ['PASSPORT', 'A51730215'],
      ['DATE_OF_BIRTH', '1989-11-02'],
      ['PERSON', 'Wei Ming'],
    ],
  },
  {
    text:
      "Hi! Can you rewrite this welcome message so it sounds friendlier for our guests?\n\nWelcome Priya & Tom - check-in from 2pm Fri 7 Mar. Address: 12/48 Arden Street, Coogee NSW 2034. The lockbox is on the left of the garage, code 7391. Front door keypad: 5028 then the tick. Wi-Fi: CoogeeNest_5G, password saltwater88! Bins go out Tuesday night. Parking bay 12 only. Any problems text me (Jess) on 0412 558 903, not the agency line 02 9665 1200. Checkout 10am Mon 10 Mar.",
    pii: [
      ['PERSON', 'Priya'],
      ['PERSON', 'Tom'],
      ['ADDRESS', '12/48 Arden Street, Coogee NSW 2034'],
      ['PASSWORD', '7391'],
      ['PASSWORD', '5028'],
      ['PASSWORD', 'saltwater88!'],
      ['PERSON', 'Jess'],
      ['PHONE', '0412 558 903'],
    ],
  },
  {
    text:
      "INC0048213 | Priority P3 | Opened 2025-01-14 08:12 CST\nCaller: Darnell Whitaker (dwhitaker), Accounts Payable, ext. 4471\nIssue: laptop won't join corp Wi-Fi after reimage. Asset tag LT-20931, model Latitude 7440, BIOS 1.12.0\nWi-Fi adapter MAC: 3C:A9:F4:62:1B:D8   Last DHCP lease: 10.48.12.177\nError 0x80070005 in event log, KB5034441 pending.\nWork notes: reset AD password, temp password given by phone: Winter#2025kx (must change at next logon). Re-enrolled device cert.\nCallback cell: 312-874-2096\nAssigned to: R. Okafor (Service Desk L2)",
    pii: [
      ['PERSON', 'Darnell Whitaker'],
      ['USERNAME', 'dwhitaker'],
      ['MAC_ADDRESS', '3C:A9:F4:62:1B:D8'],
      ['IP_ADDRESS', '10.48.12.177'],
      ['PASSWORD', 'Winter#2025kx'],
      ['PHONE', '312-874-2096'],
      ['PERSON', 'R. Okafor'],
    ],
  },
  {
    text:
      "Summarise this invoice for the AP team in two lines:\n\nTAX INVOICE INV-2025-00387   Date: 02/02/2025   Due: 04/03/2025\nBill to: Harbourline Foods Pty Ltd, Unit 3, 15 Dock Road, Port Melbourne VIC 3207   ABN 51 824 753 556\nPO 77810-HF\nSKU 40-118-B  Insulated crate 60L   x24 @ $18.75   $450.00\nFreight (2 pallets)                          $65.00\nGST 10%                                      $51.50\nTOTAL AUD                                   $566.50\nQueries: accounts team 1300 652 880, Mon-Fri 8:30-5",
    pii: [],
  },
  {
    text:
      "WORK-STUDY PAYROLL SET-UP   Assiniboine Valley College\nStudent: Mateo Villanueva-Cruz   Student ID 7702841\nDOB: 2004-08-19\nSIN: 702 548 306\nMailing address: 1185 Pembina Hwy, Apt 1207, Winnipeg MB R3T 2B7\nPhone: (204) 881-4620\nDirect deposit: transit 00012   institution 003   account 5091138\nPosition: Lab assistant, 10 h/wk @ $16.25, budget line 4410-220\nSupervisor: Dr. Helen Kowalczyk, Biology (office ext. 6629)\n\n^ can you check if anything is missing before I send it to payroll?",
    pii: [
      ['PERSON', 'Mateo Villanueva-Cruz'],
      ['DATE_OF_BIRTH', '2004-08-19'],
      ['CA_SIN', '702 548 306'],
      ['ADDRESS', '1185 Pembina Hwy, Apt 1207, Winnipeg MB R3T 2B7'],
      ['PHONE', '(204) 881-4620'],
      ['BANK_ACCOUNT', '5091138'],
      ['PERSON', 'Helen Kowalczyk'],
    ],
  },
  {
    text:
      "Rewrite this in plain English for my client, she finds the legal wording hard:\n\nIN THE HIGH COURT OF LAGOS STATE\nIN THE IKEJA JUDICIAL DIVISION\nSUIT NO: ID/4417/GCM/2023\nBETWEEN: CHIEF ADEBAYO OGUNLEYE ... CLAIMANT\nAND: IFEOMA CHUKWUEMEKA-BELLO ... DEFENDANT\nWITNESS STATEMENT ON OATH OF MRS FOLASADE ADEYEMI\nI, Folasade Adeyemi, female, Nigerian, trader, of 14 Ogundana Street, Allen, Ikeja, Lagos, do make oath and state as follows:\n1. I know both the Claimant and the Defendant.\n2. On 3 March 2022 at about 4pm I saw the Defendant hand the sum of N2,500,000 to the Claimant's son, Tunde, at shop 22B, Computer Village.\n3. I can be reached on 0803 417 2285 if the court requires.",
    pii: [
      ['PERSON', 'ADEBAYO OGUNLEYE'],
      ['PERSON', 'IFEOMA CHUKWUEMEKA-BELLO'],
      ['PERSON', 'FOLASADE ADEYEMI'],
      ['PERSON', 'Folasade Adeyemi'],
      ['ADDRESS', '14 Ogundana Street, Allen, Ikeja, Lagos'],
      ['PERSON', 'Tunde'],
      ['PHONE', '0803 417 2285'],
    ],
  },
  {
    text:
      "Can you check this folio for overcharges? I think the minibar is wrong.\n\nHOTEL MINATO BAY TOKYO   GUEST FOLIO\nGuest: KIM MIN-JUN   Room 1418   Arr 11/05/2025   Dep 14/05/2025\nFolio No. 882014   Conf. 5520913   Rate code CORP2\nHome address: 서울특별시 마포구 성미산로 27, 1203호\nRoom charge  JPY 18,400 x 3\nMinibar      JPY 4,250\nLaundry      JPY 3,300\nPaid: VISA ending 7713\n\nAlso I gave them a second card at check-in, 4387 9811 3511 9713 exp 09/28, please tell me if they could have charged both.",
    pii: [
      ['PERSON', 'KIM MIN-JUN'],
      ['ADDRESS', '서울특별시 마포구 성미산로 27, 1203호'],
      ['CREDIT_CARD', '4387 9811 3511 9713'],
      ['CARD_EXPIRY', '09/28'],
    ],
  },
  {
    text:
      "Make this reference letter sound more professional:\n\nTo whom it may concern,\nI am writing to recommend Wanjiru Kamau who worked under me at Savanna Agritech from June 2019 to Aug 2024 as a field data officer. Wanjiru was very reliable and trained 14 new enumerators in Nakuru and Kericho. She can be reached at wanjiru.kamau88@yahoo.com or +254 722 418 903. I am available on my office line 020 445 0900 ext 12.\nRegards,\nPeter Otieno Odhiambo\nOperations Manager",
    pii: [
      ['PERSON', 'Wanjiru Kamau'],
      ['PERSON', 'Wanjiru'],
      ['EMAIL', 'wanjiru.kamau88@yahoo.com'],
      ['PHONE', '+254 722 418 903'],
      ['PERSON', 'Peter Otieno Odhiambo'],
    ],
  },
  {
    text:
      "Delivery instructions for order #UK-88213-04: if I'm out leave it with the neighbour at no. 14. Side gate code is 1966, then push hard. Please don't ring the bell, baby asleep. - Hannah 07723 914 382",
    pii: [
      ['PASSWORD', '1966'],
      ['PERSON', 'Hannah'],
      ['PHONE', '07723 914 382'],
    ],
  },
  {
    text:
      "Summarise this for the team channel:\nFLIGHT CHANGE NOTICE   Booking reference HK4Q2Z\nEK 433 BNE-DXB now departs 21:35 (was 20:50) on 18 Jun 2025, arrives 05:10 +1. Gate 79.\nBaggage allowance 30kg, seat assignments retained. Connection EK 29 DXB-LHR unchanged.\nManage your booking online or call Emirates on 1300 303 777.",
    pii: [],
  },
  {
    text:
      "Translate this into Afrikaans for my gran please:\n\nSPECIAL POWER OF ATTORNEY\nI, the undersigned, Johanna Petronella van der Merwe, born 15 July 1946, residing at 23 Jacaranda Crescent, Lynnwood, Pretoria, 0081, hereby appoint my grandson Ruan Pieter Botha to act on my behalf in respect of my Standard Bank savings account number 271 448 903, including withdrawals and the closing of the account.\nSigned at Pretoria on 9 January 2025.\nAS WITNESSES:\n1. L. Mokoena\n2. A. Naidoo",
    pii: [
      ['PERSON', 'Johanna Petronella van der Merwe'],
      ['DATE_OF_BIRTH', '15 July 1946'],
      ['ADDRESS', '23 Jacaranda Crescent, Lynnwood, Pretoria, 0081'],
      ['PERSON', 'Ruan Pieter Botha'],
      ['BANK_ACCOUNT', '271 448 903'],
      ['PERSON', 'L. Mokoena'],
      ['PERSON', 'A. Naidoo'],
    ],
  },
  {
    text:
      "why does this config fail? getting 403 from S3\n\n```\nAWS_REGION=ap-south-1\nAWS_ACCESS_KEY_ID=AKIA4LR2MKM4ZI6GHPQZ\nAWS_SECRET_ACCESS_KEY=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\nBUCKET=invoices-prod-aps1\nDB_URL=postgres://svc_billing:Rn8#qW2v@10.20.4.18:5432/billing\nLOG_LEVEL=debug\n```\nran it from my box 192.168.1.42, my user on the jump host is akshay.r",
    pii: [
      ['SECRET', 'AKIA4LR2MKM4ZI6GHPQZ'],
      ['SECRET', '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'],
      ['USERNAME', 'svc_billing'],
      ['PASSWORD', 'Rn8#qW2v'],
      ['IP_ADDRESS', '10.20.4.18'],
      ['IP_ADDRESS', '192.168.1.42'],
      ['USERNAME', 'akshay.r'],
    ],
  },
  {
    text:
      "ENROLMENT FORM - Kowhai Park School (Year 4)\nStudent legal name: Aroha Mereana Tipene   Preferred name: Roro\nDate of birth: 22/09/2016   Gender: F\nHome address: 41 Rimu Road, Raumati Beach, Paraparaumu 5032\nCaregiver 1: Hemi Tipene (father), mobile 021 448 9031, email hemi.tipene@xtra.co.nz\nCaregiver 2: Claire Duncan (mother), mobile 027 306 5512\nMedical: asthma, inhaler kept in bag (Ventolin 100mcg, 2 puffs as needed)\nNHI number: ZAC5361\nFamily doctor: Dr Sandeep Rao, Coastlands Medical 04 297 0880\nStart date: Term 2, 28 April",
    pii: [
      ['PERSON', 'Aroha Mereana Tipene'],
      ['PERSON', 'Roro'],
      ['DATE_OF_BIRTH', '22/09/2016'],
      ['ADDRESS', '41 Rimu Road, Raumati Beach, Paraparaumu 5032'],
      ['PERSON', 'Hemi Tipene'],
      ['PHONE', '021 448 9031'],
      ['EMAIL', 'hemi.tipene@xtra.co.nz'],
      ['PERSON', 'Claire Duncan'],
      ['PHONE', '027 306 5512'],
      ['MEDICAL_RECORD', 'ZAC5361'],
      ['PERSON', 'Sandeep Rao'],
    ],
  },
  {
    text:
      "pls make this more formal, sending to HR:\n\nhi maam Joy, i will be on leave Mar 17-21 for my sister's wedding in Iloilo. already endorsed my tickets to Carlo. my SL balance is 6 days, VL 9 days. if urgent pls contact me at 0917 623 4408. thanks!\n- Rhea Mae Dela Cruz, Emp ID 2019-0447, Team 3 (Night)",
    pii: [
      ['PERSON', 'Joy'],
      ['PERSON', 'Carlo'],
      ['PHONE', '0917 623 4408'],
      ['PERSON', 'Rhea Mae Dela Cruz'],
    ],
  },
  {
    text:
      "Can you draft an appeal letter from this denial?\n\nBlue Ridge Health Plan - EXPLANATION OF BENEFITS\nMember: Carla J. Whitfield   Member ID: BRX918274406   Group: 00481-02\nPatient: Ethan Whitfield (dependent)   DOB: 06/30/2012\nProvider: Piedmont Children's Orthopedics   NPI 1487652290\nClaim #: 2025031488201   Date of service: 01/22/2025\nCPT 29881   Billed $4,812.00   Allowed $0.00   Reason CO-50 (not medically necessary)\nHospital MRN: 00-734-2219\nQuestions? Member Services 1-888-462-7731 (TTY 711)",
    pii: [
      ['PERSON', 'Carla J. Whitfield'],
      ['HEALTH_INSURANCE', 'BRX918274406'],
      ['PERSON', 'Ethan Whitfield'],
      ['DATE_OF_BIRTH', '06/30/2012'],
      ['MEDICAL_RECORD', '00-734-2219'],
    ],
  },
  {
    text:
      "RENTAL APPLICATION - Willow Creek Apartments, unit #318 (2BR)\nApplicant: Marcus D. Lindqvist\nDOB: 03/11/1991   SSN: 541-72-3390\nDriver's license: OR 7734129, exp 2027\nCurrent address: 880 W 11th Ave, Apt 6, Eugene, OR 97402 (since 2021)\nCurrent landlord: Deb Harrington, 541-343-6071\nEmployer: Cascade Timber Supply, gross $4,650/mo\nCo-applicant: Jenna Lindqvist, SSN 540-18-2276, cell 458-221-9043\nPets: 1 dog (lab mix, 60 lb)\nApplication fee $45 paid, receipt 00921\n\nCan you score this against our criteria (3x rent, no evictions)?",
    pii: [
      ['PERSON', 'Marcus D. Lindqvist'],
      ['DATE_OF_BIRTH', '03/11/1991'],
      ['US_SSN', '541-72-3390'],
      ['DRIVER_LICENSE', '7734129'],
      ['ADDRESS', '880 W 11th Ave, Apt 6, Eugene, OR 97402'],
      ['PERSON', 'Deb Harrington'],
      ['PHONE', '541-343-6071'],
      ['PERSON', 'Jenna Lindqvist'],
      ['US_SSN', '540-18-2276'],
      ['PHONE', '458-221-9043'],
    ],
  },
  {
    text:
      "Translate to Spanish: Your package 1Z9X427E0355812194 is out for delivery today between 2:00 PM and 6:00 PM. Reschedule at ups.com/mychoice or call 1-800-742-5877.",
    pii: [],
  },
  {
    text:
      "Summarise this relocation form for the visa agent:\n\nEmployee: Park Ji-hoon (박지훈)\nKorean RRN: 910722-1200317\nPassport: M48217736 (ROK), expiry 2033-02-14\nCurrent address: 경기도 용인시 수지구 풍덕천로 118, 203동 904호\nDestination: Austin TX, corporate apartment downtown for 60 days\nSpouse: Lee Soo-min (이수민), passport M71350284\nKR mobile: +82 10-3318-2760 (US number TBD)\nSponsoring entity: Hanbit Precision Co., Ltd. - BRN 897-41-93809, CRN 110111-4827197\nStart date 1 Apr 2025, cost centre KR-ENG-41",
    pii: [
      ['PERSON', 'Park Ji-hoon'],
      ['PERSON', '박지훈'],
      ['RRN', '910722-1200317'],
      ['PASSPORT', 'M48217736'],
      ['ADDRESS', '경기도 용인시 수지구 풍덕천로 118, 203동 904호'],
      ['PERSON', 'Lee Soo-min'],
      ['PERSON', '이수민'],
      ['PASSPORT', 'M71350284'],
      ['PHONE', '+82 10-3318-2760'],
      ['BRN', '897-41-93809'],
      ['CRN', '110111-4827197'],
    ],
  },
  {
    text:
      "Can you draft a bill of sale from these details?\nSeller: Gareth Pryce, 9 Heol y Nant, Pontypridd CF37 4LH, 07842 336 915\nBuyer: Aisha Rahman, 112 Stretford Road, Manchester M15 5TJ\nVehicle: 2018 Ford Focus 1.0 EcoBoost Titanium, reg WN18 KXD, VIN WF05XXGCC5JR47213, mileage 61,240\nPrice £7,950, deposit £500 paid 12/02 by bank transfer, balance on collection\nSold as seen, MOT valid to Nov.",
    pii: [
      ['PERSON', 'Gareth Pryce'],
      ['ADDRESS', '9 Heol y Nant, Pontypridd CF37 4LH'],
      ['PHONE', '07842 336 915'],
      ['PERSON', 'Aisha Rahman'],
      ['ADDRESS', '112 Stretford Road, Manchester M15 5TJ'],
      ['VEHICLE_PLATE', 'WN18 KXD'],
      ['VIN', 'WF05XXGCC5JR47213'],
    ],
  },
  {
    text:
      "Rewrite for the residents' WhatsApp group, shorter please:\nWATER SHUT-OFF NOTICE\nBlock C, levels 3-9, Tuesday 11 Feb, 09:00-13:00. Work order WO-77142.\nContractor: Pipeline Plumbing Sdn Bhd (licence PL-20419).\nLift B will be out of service for the same period.\nBuilding management office: 03-2287 4410, Level G, Block A.",
    pii: [],
  },
  {
    text:
      "Help me write a dispute email to the bank. Details:\nCardholder: Nurul Aina binti Rahman\nCard: 5397 6260 0070 5618   exp 11/27   CVV 482\nTransaction: 03/01/2025  GRABPAY*SG  RM 389.00 - I never made it, I was in Ipoh that day\nMy address: No. 27, Jalan Kenari 5, Taman Puchong Jaya, 47100 Puchong, Selangor\nPhone 012-738 4419\nEmail nurulaina.rahman@outlook.my",
    pii: [
      ['PERSON', 'Nurul Aina binti Rahman'],
      ['CREDIT_CARD', '5397 6260 0070 5618'],
      ['CARD_EXPIRY', '11/27'],
      ['CARD_CVV', '482'],
      ['ADDRESS', 'No. 27, Jalan Kenari 5, Taman Puchong Jaya, 47100 Puchong, Selangor'],
      ['PHONE', '012-738 4419'],
      ['EMAIL', 'nurulaina.rahman@outlook.my'],
    ],
  },
  {
    text:
      "SUBLET AGREEMENT (Untermietvertrag) - English working copy\nMain tenant: Lukas Hoffmann, Körnerstraße 14, 3. OG links, 50823 Köln\nSubtenant: Camila Restrepo Gómez, passport AS418207 (Colombia), born 02.05.1998\nRoom: 14 m², furnished, 01.10.2024 to 31.03.2025\nRent €520 warm, deposit €1,040 to IBAN DE17 3704 0044 0581 7462 93 (account holder L. Hoffmann)\nKeys: 2 flat keys, 1 mailbox key. Building door code 4417.\nQuiet hours 22:00-06:00.\n\n-> does this cover everything a German landlord would expect?",
    pii: [
      ['PERSON', 'Lukas Hoffmann'],
      ['ADDRESS', 'Körnerstraße 14, 3. OG links, 50823 Köln'],
      ['PERSON', 'Camila Restrepo Gómez'],
      ['PASSPORT', 'AS418207'],
      ['DATE_OF_BIRTH', '02.05.1998'],
      ['IBAN', 'DE17 3704 0044 0581 7462 93'],
      ['PERSON', 'L. Hoffmann'],
      ['PASSWORD', '4417'],
    ],
  },
  {
    text:
      "oops pasted this in #eng-general, what do I need to rotate?\n`git remote set-url origin https://ghp_5kHvRwMzzuVtYkwMJFrCfZ4U2EqkNk6sEr6f@github.com/meridian-labs/infra.git`\nthanks, Oluwaseun",
    pii: [
      ['SECRET', 'ghp_5kHvRwMzzuVtYkwMJFrCfZ4U2EqkNk6sEr6f'],
      ['PERSON', 'Oluwaseun'],
    ],
  },
];
