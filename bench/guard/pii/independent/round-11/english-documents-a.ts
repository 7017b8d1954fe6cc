// English documents for round 11, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundElevenDocumentsA: readonly IndependentText[] = [
  {
    text: "PEDIATRIC NEW PATIENT FORM - Cedar Ridge Pediatrics\nChild's name: Mateo Alvarez-Quinn   DOB: 11/02/2019   Sex: M\nParent/guardian completing form: Lucia Alvarez (mother)\nHome address: 781 Juniper Hollow Ln, Round Rock, TX 78664\nMother's cell: 512-604-3318   Email: lucia.alvarez.rr@yahoo.com\nInsurance: BCBS of Texas HMO Blue   Subscriber: Lucia Alvarez\nMember ID: ZGH907331482   Group #: 0L4471\nPreferred pharmacy: H-E-B #612 (Round Rock)\nVaccines up to date? Y   First appt: 03/09/2026 9:40 AM   Room 4",
    pii: [
      ['PERSON', 'Mateo Alvarez-Quinn'],
      ['DATE_OF_BIRTH', '11/02/2019'],
      ['PERSON', 'Lucia Alvarez'],
      ['ADDRESS', '781 Juniper Hollow Ln, Round Rock, TX 78664'],
      ['PHONE', '512-604-3318'],
      ['EMAIL', 'lucia.alvarez.rr@yahoo.com'],
      ['PERSON', 'Lucia Alvarez'],
      ['HEALTH_INSURANCE', 'ZGH907331482'],
    ],
  },
  {
    text: 'NEW HIRE DATA SHEET - Greenfield Orchards LLC (seasonal)\nEmployee: Esperanza Ruiz Montoya\nEmp ID 7781 | Crew: Packing line B | Start: 03/16/2026\nDate of birth: 05/30/1987\nTaxpayer ID: ITIN 947-81-2053 (no SSN on file)\nMailing address: 1206 S 6th Ave Trlr 14, Yakima, WA 98902\nI-9 List B: WA driver license WDL4RT82M9QB, exp 05/30/2030\nPay: $17.40/hr on paycard (no direct deposit)   W-4: Single   Locker #118',
    pii: [
      ['PERSON', 'Esperanza Ruiz Montoya'],
      ['DATE_OF_BIRTH', '05/30/1987'],
      ['US_ITIN', '947-81-2053'],
      ['ADDRESS', '1206 S 6th Ave Trlr 14, Yakima, WA 98902'],
      ['DRIVER_LICENSE', 'WDL4RT82M9QB'],
    ],
  },
  {
    text: 'SR-20260304-0117 | Category: Security > Suspicious sign-in | Priority: P2\nReported by: Tomasz Wiśniewski (Finance, desk 3F-22)\nUPN: t.wisniewski@kellerbrandt.com   SAM account: twisniewski\nAlert: impossible travel - sign-in from 185.243.115.82 (NL) 6 min after 98.214.17.63 (Chicago, IL)\nDevice: Lenovo ThinkPad T14 Gen 4, asset KB-LT-0774, BIOS 1.21\nActions: forced sign-out, password reset, refresh tokens revoked, escalated to SOC (case 4471).\nStatus: Pending user callback',
    pii: [
      ['PERSON', 'Tomasz Wiśniewski'],
      ['EMAIL', 't.wisniewski@kellerbrandt.com'],
      ['USERNAME', 'twisniewski'],
      ['IP_ADDRESS', '185.243.115.82'],
      ['IP_ADDRESS', '98.214.17.63'],
    ],
  },
  {
    text: 'Rx 4471093   Date: 2026-02-11   Qty: 100 mL   Refills: 0\nFor: KOWALCZYK, EMMA   Born 2021-06-14\nAMOXICILLIN 250MG/5ML SUSP - Give 6 mL by mouth three times daily for 10 days\nDr. R. Banerjee-Holt\nShake well. Refrigerate. Discard unused portion after 14 days.\nShoppers Drug Mart #1207 Hamilton ON   DIN 02352931   You pay: $11.49',
    pii: [
      ['PERSON', 'KOWALCZYK, EMMA'],
      ['DATE_OF_BIRTH', '2021-06-14'],
      ['PERSON', 'R. Banerjee-Holt'],
    ],
  },
  {
    text: 'FEDEX 2DAY\nSHIP DATE: 04MAR26   ACT WGT: 7.3 LB   PKG 1 OF 2\nTO: DWAYNE OKORO-BELL\n    4420 GRANITE SPRINGS CT\n    COLORADO SPRINGS CO 80923\n    (719) 466-0381\nTRK# 7749 3021 8856\nREF: INV 88213 / CUST 40017   DEPT: RMA RETURNS\nBILL SENDER',
    pii: [
      ['PERSON', 'DWAYNE OKORO-BELL'],
      ['ADDRESS', '4420 GRANITE SPRINGS CT\n    COLORADO SPRINGS CO 80923'],
      ['PHONE', '(719) 466-0381'],
    ],
  },
  {
    text: 'DELTA DENTAL - EXPLANATION OF BENEFITS (not a bill)\nSubscriber: Marisol Fuentes   Subscriber ID: 8830471926\nPatient: Elena Fuentes (dependent child)\nClaim 2026-0214-77310   Dentist: Brightside Family Dental   Service date 02/02/2026\nD1120 prophylaxis - child   $95.00   plan paid $76.00\nD1206 fluoride varnish      $42.00   plan paid $42.00\nYour share: $19.00   Annual max remaining $1,284.00\nCustomer service 1-800-765-6003',
    pii: [
      ['PERSON', 'Marisol Fuentes'],
      ['HEALTH_INSURANCE', '8830471926'],
      ['PERSON', 'Elena Fuentes'],
    ],
  },
  {
    text: "hey payroll folks - quick one, we're rehiring Gabriel Sousa for the summer (same role as last yr, seasonal). Some of his info changed:\n- new address 88 Linden Terrace Apt 3R, Somerville, MA 02143\n- SSN should still be 034-62-7719 from his old file but pls double check\n- cell is now (857) 249-6130, email gabe.sousa.21@icloud.com\nRate $24/hr, starts 5/26. Laptop PO #PO-33817 is in, IT ticket 90214.\nthx!\n-Mel",
    pii: [
      ['PERSON', 'Gabriel Sousa'],
      ['ADDRESS', '88 Linden Terrace Apt 3R, Somerville, MA 02143'],
      ['US_SSN', '034-62-7719'],
      ['PHONE', '(857) 249-6130'],
      ['EMAIL', 'gabe.sousa.21@icloud.com'],
      ['PERSON', 'Mel'],
    ],
  },
  {
    text: 'To Whom It May Concern,\n\nI am writing to ask that my daughter, Jennifer Ruth Halvorsen, be added as a joint owner on my savings account, number 7710-0483-229. She has lived with me at 19 Birchwood Lane, Fairport, NY 14450 since my husband passed and she handles my bills now.\n\nMy date of birth is March 3, 1946 in case you need it to find the account. I can be reached at (585) 377-2041 in the mornings, or you may call Jennifer at (585) 820-6613.\n\nRespectfully yours,\nAgnes Halvorsen',
    pii: [
      ['PERSON', 'Jennifer Ruth Halvorsen'],
      ['BANK_ACCOUNT', '7710-0483-229'],
      ['ADDRESS', '19 Birchwood Lane, Fairport, NY 14450'],
      ['DATE_OF_BIRTH', 'March 3, 1946'],
      ['PHONE', '(585) 377-2041'],
      ['PERSON', 'Jennifer'],
      ['PHONE', '(585) 820-6613'],
      ['PERSON', 'Agnes Halvorsen'],
    ],
  },
  {
    text: 'LAKESHORE MUNICIPAL WATER - QUARTERLY STATEMENT\nBilling period 11/15/2025 - 02/14/2026\nACCOUNT NAME: OYELARAN, FOLASADE\nSERVICE LOCATION: 2215 Chamberlain Ave, Madison, WI 53726\nAcct # 0041-88273-02   Meter 71190488   Reading 4,412 -> 4,426\nWater 14 CCF $61.32 | Sewer $78.90 | Stormwater $18.44 | Public fire protection $9.21\nTOTAL DUE $167.87 by 03/10/2026   Autopay: NOT ENROLLED\nQuestions: 1-866-402-7719',
    pii: [
      ['PERSON', 'OYELARAN, FOLASADE'],
      ['ADDRESS', '2215 Chamberlain Ave, Madison, WI 53726'],
    ],
  },
  {
    text: 'Nationwide FlexDirect - Statement 14   10 Feb 2026 to 9 Mar 2026\nMrs Priya Chauhan & Mr Vikram Chauhan\n17 Beechcroft Gardens, Leicester LE3 6QH\nSort code 07-04-36   Account no. 31845520\nIBAN GB37 NAIA 0704 3631 8455 20\nDate        Description                       Out       In        Balance\n11 Feb      CARD PAYMENT SAINSBURYS 0412      62.84               2,018.55\n14 Feb      BACS DEMONTFORT UNI PAYROLL                 2,874.10  4,892.65\n18 Feb      DD LEICESTER CITY COUNCIL CTAX    143.00              4,749.65',
    pii: [
      ['PERSON', 'Priya Chauhan'],
      ['PERSON', 'Vikram Chauhan'],
      ['ADDRESS', '17 Beechcroft Gardens, Leicester LE3 6QH'],
      ['BANK_ACCOUNT', '31845520'],
      ['IBAN', 'GB37 NAIA 0704 3631 8455 20'],
    ],
  },
  {
    text: '2 March 2026\n\nDear Mr Adebayo,\n\nProperty: 3 Tannery Mews, Otley, Leeds LS21 3BN\n\nFollowing the annual review, your landlord, Mrs Felicity Harcourt, has asked us to propose a new rent of £1,045 pcm (currently £975) from 1 May 2026. The formal notice is enclosed. Your tenancy reference is WYL/22/0817. If you would like to discuss this before 20 March, my direct line is 0113 496 2287, or mobile 07831 264 590.\n\nYours sincerely,\n\nTom Ashworth\nLettings Negotiator, Wharfedale Lets',
    pii: [
      ['PERSON', 'Adebayo'],
      ['ADDRESS', '3 Tannery Mews, Otley, Leeds LS21 3BN'],
      ['PERSON', 'Felicity Harcourt'],
      ['PHONE', '0113 496 2287'],
      ['PHONE', '07831 264 590'],
      ['PERSON', 'Tom Ashworth'],
    ],
  },
  {
    text: 'Upgrade Confirmation - O2 Refresh\nBill payer: Gwen Tudor-Price   DOB 14/11/1979\nUser on this line: Cerys Tudor-Price (additional line)\nAddress: 6 Maes y Coed, Llandudno LL30 1HT\nNumber being upgraded: 07512 883 046\nNew device: iPhone 16e 128GB Black   IMEI 356938481127554\neSIM profile ICCID 89441000304418826570\nDevice Plan £17.50 x 36m + Airtime Plan £12.00 x 24m   Upfront £0.00\nOrder no. O2-77120548   Delivery: 2 working days',
    pii: [
      ['PERSON', 'Gwen Tudor-Price'],
      ['DATE_OF_BIRTH', '14/11/1979'],
      ['PERSON', 'Cerys Tudor-Price'],
      ['ADDRESS', '6 Maes y Coed, Llandudno LL30 1HT'],
      ['PHONE', '07512 883 046'],
      ['IMEI', '356938481127554'],
      ['ICCID', '89441000304418826570'],
    ],
  },
  {
    text: 'Dr Farrah Siddiqui\nGreenway Medical Practice\n\nDear Dr Siddiqui,\n\nRe: Mr Leonard Pike   DOB 02.06.1951   NHS No 485 777 3457   Hosp No R0938812\n44 Mill Lane, Wantage, Oxfordshire OX12 9AQ\n\nI reviewed Mr Pike in the heart failure clinic today. His echo shows LVEF 45% with mild MR; NT-proBNP 890 ng/L. I have started bisoprolol 1.25 mg od and would be grateful if you could check U&Es in 2 weeks. I will see him again in 3 months.\n\nYours sincerely\n\nDr Rajiv Menon\nConsultant Cardiologist',
    pii: [
      ['PERSON', 'Farrah Siddiqui'],
      ['PERSON', 'Siddiqui'],
      ['PERSON', 'Leonard Pike'],
      ['DATE_OF_BIRTH', '02.06.1951'],
      ['HEALTH_INSURANCE', '485 777 3457'],
      ['MEDICAL_RECORD', 'R0938812'],
      ['ADDRESS', '44 Mill Lane, Wantage, Oxfordshire OX12 9AQ'],
      ['PERSON', 'Pike'],
      ['PERSON', 'Rajiv Menon'],
    ],
  },
  {
    text: "From: Lorraine Budd <lbudd1962@sky.com>\nTo: Customer Complaints\nSubject: Re: Your ref CMP-2291847 - STILL being charged after cancelling\n\nI cancelled my broadband on 3 Jan and I have your confirmation email (ref CXL-558102). Your February bill has charged me £34.99 AGAIN plus a £12.50 late payment fee. Account number 200487331. I want the £47.49 refunded within 14 days or I'm going to the ombudsman.\n\nL. Budd",
    pii: [
      ['PERSON', 'Lorraine Budd'],
      ['EMAIL', 'lbudd1962@sky.com'],
      ['PERSON', 'L. Budd'],
    ],
  },
  {
    text: 'Urgent Care Triage - Crowfoot Urgent Care\nPt: Brody Kasper Lindgren   DOB 2004-01-22\nAHCIP #: 48221-7305\nPhone: 403-829-5561 (mom - Karin)\nC/C: L wrist injury, FOOSH snowboarding ~11:00, swelling, pain 7/10\nNKDA   Meds: none   CTAS 4\nChart #: UC-2026-0081934   X-ray ordered 13:05',
    pii: [
      ['PERSON', 'Brody Kasper Lindgren'],
      ['DATE_OF_BIRTH', '2004-01-22'],
      ['HEALTH_INSURANCE', '48221-7305'],
      ['PHONE', '403-829-5561'],
      ['PERSON', 'Karin'],
      ['MEDICAL_RECORD', 'UC-2026-0081934'],
    ],
  },
  {
    text: 'TELUS - Number Transfer & Service Agreement\nAccount holder: Mei-Ling Fortier\nNumber ported in: 514-682-0937 (from Fizz)\nDevice: BYOD Google Pixel 9   IMEI 358240516637428\nPlan: 5G+ 60GB, $55.00/mo, 2-year price lock; connection fee $45 waived\nSecurity PIN chosen in store: 7302\nAgreement # TQ-5581-22094   Rep ID 48817   Store: Laval',
    pii: [
      ['PERSON', 'Mei-Ling Fortier'],
      ['PHONE', '514-682-0937'],
      ['IMEI', '358240516637428'],
      ['PASSWORD', '7302'],
    ],
  },
  {
    text: "Hello Mr. Barakat,\n\nThank you for showing me the basement suite on Thursday. My mom, Rosa Espinoza, will co-sign the lease. Her number is 604-438-2917 and she lives at 5521 Rumble St, Burnaby, BC V5J 2B9. For an employment reference you can contact my manager Derek Yuen at 778-290-1374 (I've been at the restaurant 2 years).\n\nRent of $1,650 incl. utilities and a June 1 move-in both work for me. I can e-transfer the $825 damage deposit tonight.\n\nBest regards,\nIsabel Espinoza\n236-808-4412",
    pii: [
      ['PERSON', 'Barakat'],
      ['PERSON', 'Rosa Espinoza'],
      ['PHONE', '604-438-2917'],
      ['ADDRESS', '5521 Rumble St, Burnaby, BC V5J 2B9'],
      ['PERSON', 'Derek Yuen'],
      ['PHONE', '778-290-1374'],
      ['PERSON', 'Isabel Espinoza'],
      ['PHONE', '236-808-4412'],
    ],
  },
  {
    text: "NEW CLIENT FORM - Subiaco Sports Physio\nTitle: Mr   First name: Hamish   Last name: O'BRIEN-WALSH\nDate of birth: 7/5/1983\nStreet address: Unit 5/118 Rokeby Road, Subiaco WA 6008\nMobile: 0433 917 268\nMedicare card: 2953 41077 3   Ref no: 1\nHealth fund: HCF   Membership no: 60218837\nReferred by: self   Injury: R hamstring strain (footy, Sat)\nWorkers comp / MVA claim? N",
    pii: [
      ['PERSON', 'Hamish'],
      ['PERSON', "O'BRIEN-WALSH"],
      ['DATE_OF_BIRTH', '7/5/1983'],
      ['ADDRESS', 'Unit 5/118 Rokeby Road, Subiaco WA 6008'],
      ['PHONE', '0433 917 268'],
      ['HEALTH_INSURANCE', '2953 41077 3'],
      ['HEALTH_INSURANCE', '60218837'],
    ],
  },
  {
    text: "Morning Leanne, re the van hire for Sat (the 2 tonne one) - I'll be the driver, details below\nName: Callum James Whitford\nNSW licence no 19384725 (class C), dob 28/10/1990\nVisa 4557 8820 1943 6617 expiry 11/27, name on card C J WHITFORD\n$500 bond is fine. We'll pick up from the Penrith depot around 7.30am, back by 5\nta, Cal",
    pii: [
      ['PERSON', 'Leanne'],
      ['PERSON', 'Callum James Whitford'],
      ['DRIVER_LICENSE', '19384725'],
      ['DATE_OF_BIRTH', '28/10/1990'],
      ['CREDIT_CARD', '4557 8820 1943 6617'],
      ['CARD_EXPIRY', '11/27'],
      ['PERSON', 'C J WHITFORD'],
      ['PERSON', 'Cal'],
    ],
  },
  {
    text: 'Vacancy: Year 4 Teacher (fixed-term, Terms 2-4), Kowhai Primary School, Hamilton - Ref KPS-2026-07\nApplicant: Hinemoa Tawhiri-Smith\nTeaching Council registration: Full (Tūturu), police vet cleared 18/02/2026\nEmail: hinemoa.ts@xtra.co.nz   Mobile: 027 384 5512\nCurrent role: Beginning teacher, Te Awamutu Intermediate, 2023-present\nReferees: Principal Glen McKinnon, 07 871 6630 ext 2; mentor teacher Ana Fifita (021 661 0985)\nShortlisted - interview Tue 17 March 3.30pm, room B2',
    pii: [
      ['PERSON', 'Hinemoa Tawhiri-Smith'],
      ['EMAIL', 'hinemoa.ts@xtra.co.nz'],
      ['PHONE', '027 384 5512'],
      ['PERSON', 'Glen McKinnon'],
      ['PHONE', '07 871 6630'],
      ['PERSON', 'Ana Fifita'],
      ['PHONE', '021 661 0985'],
    ],
  },
  {
    text: 'EMIRATES   ELECTRONIC TICKET RECEIPT\nNAME: RODRIGUEZ GARCIA/ANA SOFIA MS\nBOOKING REF: K7TQ2M   TICKET NUMBER: 176 2419873306\nEK 413  27MAR  SYD-DXB  DEP 2110  ARR 0515+1  CLASS Y  BAG 30K\nEK 141  28MAR  DXB-MAD  DEP 0735  ARR 1305     CLASS Y  BAG 30K\nAPIS: PASSPORT ESP PAK771920 EXP 19AUG2031 DOB 02FEB1990 F\nFARE AUD 1988.00  TAX/FEES AUD 612.40  FOP CC VI XXXXXXXXXXXX4418',
    pii: [
      ['PERSON', 'RODRIGUEZ GARCIA/ANA SOFIA'],
      ['PASSPORT', 'PAK771920'],
      ['DATE_OF_BIRTH', '02FEB1990'],
    ],
  },
  {
    text: 'Cork University Maternity Hospital - Antenatal Clinic\nHospital No: M26-004731\nName: Caoimhe Ní Bhriain   DOB: 12/05/1994\nAddress: Apt 14, The Granary, Lower Glanmire Road, Cork T23 XK92\nGP: Dr Fergal Hennessy, Blackpool\nEDD 19/07/2026, G2 P1. BP 118/74, urine NAD, SFH 24 cm at 24+3 wks, FHR 142.\nGTT booked for 28 wks. Anti-D not required (Rh pos).\nSeen by Siobhán Ó Ceallaigh, CMM2',
    pii: [
      ['MEDICAL_RECORD', 'M26-004731'],
      ['PERSON', 'Caoimhe Ní Bhriain'],
      ['DATE_OF_BIRTH', '12/05/1994'],
      ['ADDRESS', 'Apt 14, The Granary, Lower Glanmire Road, Cork T23 XK92'],
      ['PERSON', 'Fergal Hennessy'],
      ['PERSON', 'Siobhán Ó Ceallaigh'],
    ],
  },
  {
    text: "Hello, my order no. 40018823 (the teak garden bench) is due Thursday but I won't be home. Could you deliver it to my mam's house instead? Bridget Lenihan, 22 Sycamore Drive, Ballincollig, Co. Cork P31 E6F8 - she's in all day, her phone is 021 487 3390. I'm Orla Kearney, the account email is orla.kearney@gmail.com.\nMany thanks",
    pii: [
      ['PERSON', 'Bridget Lenihan'],
      ['ADDRESS', '22 Sycamore Drive, Ballincollig, Co. Cork P31 E6F8'],
      ['PHONE', '021 487 3390'],
      ['PERSON', 'Orla Kearney'],
      ['EMAIL', 'orla.kearney@gmail.com'],
    ],
  },
  {
    text: '{\n  "contractorId": "CTR-2291",\n  "fullName": "Sven van den Berg",\n  "contactEmail": "s.vandenberg@ziggo.nl",\n  "phone": "+31 6 4173 8820",\n  "payoutIban": "NL52INGB0006841173",\n  "projectCode": "AMS-DATA-07",\n  "hourlyRate": 92.5,\n  "invoiceCurrency": "EUR",\n  "contractEnd": "2026-09-30"\n}',
    pii: [
      ['PERSON', 'Sven van den Berg'],
      ['EMAIL', 's.vandenberg@ziggo.nl'],
      ['PHONE', '+31 6 4173 8820'],
      ['IBAN', 'NL52INGB0006841173'],
    ],
  },
  {
    text: 'AOK Bayern - Provisional Replacement Certificate for the European Health Insurance Card\nSurname: Kowalski-Brandt   Given names: Jakub Tomasz\nDate of birth: 09.12.1988\nPersonal identification number: Y289471560\nIdentification number of the institution: 108310400 - AOK Bayern\nIdentification number of the card: 80276001080003567812\nPeriod of validity: 10.03.2026 - 30.04.2026\nRegensburg, 10.03.2026',
    pii: [
      ['PERSON', 'Kowalski-Brandt'],
      ['PERSON', 'Jakub Tomasz'],
      ['DATE_OF_BIRTH', '09.12.1988'],
      ['HEALTH_INSURANCE', 'Y289471560'],
      ['HEALTH_INSURANCE', '80276001080003567812'],
    ],
  },
];
