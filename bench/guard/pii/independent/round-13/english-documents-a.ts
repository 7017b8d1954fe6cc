// English documents for round 13, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirteenDocumentsA: readonly IndependentText[] = [
  {
    text: "Sunnybrook Pediatrics - New Patient Information (Rev. 08/2024)\nChild's legal name: Mateo Alejandro Ruiz     Preferred name: Teo\nDate of birth: 11/02/2019   Sex: M   School/grade: Forest Creek Elem., 1st\nHome address: 815 Oak Hollow Ln, Round Rock, TX 78681\nParent/guardian #1: Valeria Ruiz (mother)   cell 512-843-2096   vruiz.atx@yahoo.com\nInsurance: Superior HealthPlan STAR (Medicaid)   Member ID: 718204639\nAlso OK to pick up: grandfather Ernesto Salinas, 512-219-7730\nOffice use: acct 00-44817   VFC eligible: Y   Intake by: front desk",
    pii: [
      ['PERSON', 'Mateo Alejandro Ruiz'],
      ['PERSON', 'Teo'],
      ['DATE_OF_BIRTH', '11/02/2019'],
      ['ADDRESS', '815 Oak Hollow Ln, Round Rock, TX 78681'],
      ['PERSON', 'Valeria Ruiz'],
      ['PHONE', '512-843-2096'],
      ['EMAIL', 'vruiz.atx@yahoo.com'],
      ['HEALTH_INSURANCE', '718204639'],
      ['PERSON', 'Ernesto Salinas'],
      ['PHONE', '512-219-7730'],
    ],
  },
  {
    text: 'NEW HIRE SETUP - Crestline Freight Lines, Inc.   (HR use only)\nEmployee: Tyrell Jamison          Emp ID: CF-88104\nPosition: CDL-A Regional Driver   Terminal: Columbus, OH   Start: 03/30/2026\nSocial Security #  287 40 6612      Birth date  02/14/1988\nMailing addr: 1562 Brentnell Ave, Columbus, OH 43219\nI-9 List B: Ohio DL TQ492817 (CDL class A, exp 02/14/2030)   List C: SS card sighted\nDirect deposit - Fifth Third, ABA 042000314, savings acct 7730 0148 2219 (100%)\nPer diem $0.19/mi, orientation 3 days at $160/day. DOT medical card on file.',
    pii: [
      ['PERSON', 'Tyrell Jamison'],
      ['US_SSN', '287 40 6612'],
      ['DATE_OF_BIRTH', '02/14/1988'],
      ['ADDRESS', '1562 Brentnell Ave, Columbus, OH 43219'],
      ['DRIVER_LICENSE', 'TQ492817'],
      ['BANK_ACCOUNT', '7730 0148 2219'],
    ],
  },
  {
    text: 'REQ-0177342 | Category: Network > VPN | Priority 3 - Moderate\nRequested by: Tomasz Wiśniewski (Finance - Treasury), working from home\nSummary: GlobalProtect 6.2.1 drops every ~10 min, error "portal-eu2 gateway unreachable"\nUser ID (Okta): twisniewski\nPublic IP at time of failure: 98.207.133.41 (Xfinity)\nLaptop: Lenovo ThinkPad T14 Gen 4, asset HW-20931, Ethernet MAC a4-83-e7-2f-19-c0\nAction: cleared cached portal config, pushed client 6.2.4 via Intune. User confirmed stable after 2h. Resolved 2026-03-04 16:52.',
    pii: [
      ['PERSON', 'Tomasz Wiśniewski'],
      ['USERNAME', 'twisniewski'],
      ['IP_ADDRESS', '98.207.133.41'],
      ['MAC_ADDRESS', 'a4-83-e7-2f-19-c0'],
    ],
  },
  {
    text: 'CVS/pharmacy #04471  MESA AZ\nRX# 0418822        DATE FILLED: 02/11/2026\nHOLLOWAY, GRACE E          DOB: 12/30/1947\nAMOXICILLIN 500 MG CAPSULE        QTY: 21\nTAKE 1 CAPSULE BY MOUTH THREE TIMES DAILY FOR 7 DAYS UNTIL ALL TAKEN\nDR. SURESH KAMATH\nMFG: AUROBINDO   NO REFILLS - DR AUTH REQUIRED\nUSE BY 02/11/2027      PLAN PAID - YOU PAY $0.00',
    pii: [
      ['PERSON', 'HOLLOWAY, GRACE E'],
      ['DATE_OF_BIRTH', '12/30/1947'],
      ['PERSON', 'SURESH KAMATH'],
    ],
  },
  {
    text: 'FedEx Home Delivery\nSHIP DATE: 26FEB26   ACTWGT: 2.30 LB   CAD: 7718204/INET4610\nTO\n77 CARRIAGE HILL RD\nBROOKFIELD CT 06804\nATTN: KWAME O. BOATENG   (203) 775-0192\nTRK# 7739 4410 2856    0221\nREF: ORD# W-3318852   DEPT: EXCHANGES',
    pii: [
      ['ADDRESS', '77 CARRIAGE HILL RD\nBROOKFIELD CT 06804'],
      ['PERSON', 'KWAME O. BOATENG'],
      ['PHONE', '(203) 775-0192'],
    ],
  },
  {
    text: 'Aetna - Explanation of Benefits (This is not a bill)\nStatement date: 02/20/2026\nSubscriber: Linda Carraway\nPatient: Owen Carraway (son)     Member ID: W283661904\nGroup: 0862114-10-002 BRIGHTSTAR DENTAL LABS INC\nClaim ID EJ8N4RV2K00 | Provider: Quest Diagnostics | Service date 02/03/2026\nCBC w/ diff (85025)   Billed $58.00   Allowed $11.42   Applied to deductible $11.42   You owe $11.42\nMember Services 1-800-872-3862 (TTY 711)',
    pii: [
      ['PERSON', 'Linda Carraway'],
      ['PERSON', 'Owen Carraway'],
      ['HEALTH_INSURANCE', 'W283661904'],
    ],
  },
  {
    text: "Hey Marcy -\nSetting up Lucía Ferrández as a 1099 contractor for the Spanish-language voiceover work. She doesn't have an SSN, her W-9 has ITIN 912-78-4410 instead, so please key it as ITIN in the vendor master (not SSN, it bounced last time).\nMailing address for the 1099: 6021 Lomitas Dr, Apt 3B, El Paso, TX 79912\nShe prefers email: lferrandez.vo@outlook.com, but cell is 915 603 8847 if needed.\nRate is $350 per finished hour, PO 4500188210, vendor # pending. First invoice should land around the 10th.\nthx\nRob",
    pii: [
      ['PERSON', 'Marcy'],
      ['PERSON', 'Lucía Ferrández'],
      ['US_ITIN', '912-78-4410'],
      ['ADDRESS', '6021 Lomitas Dr, Apt 3B, El Paso, TX 79912'],
      ['EMAIL', 'lferrandez.vo@outlook.com'],
      ['PHONE', '915 603 8847'],
      ['PERSON', 'Rob'],
    ],
  },
  {
    text: "To whom it may concern,\n\nI am writing to ask you to close my savings account, number 0071-552918-3, and send me a cashier's check for the balance. Please do not mail it to my old house at 19 Birchwood Lane, Erie, PA 16509 as it has been sold. I now live with my daughter Carol Benning at 4410 Sheridan Road, Apt 6, Kenosha, WI 53140.\n\nIf you need to talk to me, my daughter's phone is 262-654-3017, she helps me with the paperwork.\n\nThank you for 41 years of good service.\nMrs. Evelyn R. Pastore",
    pii: [
      ['BANK_ACCOUNT', '0071-552918-3'],
      ['ADDRESS', '19 Birchwood Lane, Erie, PA 16509'],
      ['PERSON', 'Carol Benning'],
      ['ADDRESS', '4410 Sheridan Road, Apt 6, Kenosha, WI 53140'],
      ['PHONE', '262-654-3017'],
      ['PERSON', 'Evelyn R. Pastore'],
    ],
  },
  {
    text: 'CITY OF ROCHESTER HILLS - Water & Sewer Quarterly Statement\nBill date 02/25/2026   Account # 118-04420-07   Cycle 4\nPRIYANKA S IYER\n2875 CRANBROOK CT\nROCHESTER HILLS MI 48307-4411\nPrevious read 4,812   Current read 5,097   Usage 285 units (100 cu ft)\nWater $142.50   Sewer $188.10   Ready-to-serve charge $21.60\nTOTAL DUE $352.20 by 03/20/2026 - pay online at rochesterhills.org/pay',
    pii: [
      ['PERSON', 'PRIYANKA S IYER'],
      ['ADDRESS', '2875 CRANBROOK CT\nROCHESTER HILLS MI 48307-4411'],
    ],
  },
  {
    text: 'Royal Bank of Scotland - Select Account statement\nPeriod 01/02/2026 to 28/02/2026   Sheet 014\nMs Eilidh MacLeod\n3F2, 14 Marchmont Crescent\nEdinburgh\nEH9 1HN\nSort code 83-16-15   Account 44210937\nIBAN GB11 RBOS 8316 1544 2109 37   BIC RBOSGB2L\nDate    Description                     Paid out   Paid in    Balance\n02 Feb  CARD PAYMENT LIDL GB EDINBURGH  23.47                 812.05\n06 Feb  FPI UNIVERSITY OF EDINBURGH SAL            1,984.22   2,796.27\n11 Feb  DD CITY OF EDINBURGH COUNCIL    146.00                2,650.27',
    pii: [
      ['PERSON', 'Eilidh MacLeod'],
      ['ADDRESS', '3F2, 14 Marchmont Crescent\nEdinburgh\nEH9 1HN'],
      ['BANK_ACCOUNT', '44210937'],
      ['IBAN', 'GB11 RBOS 8316 1544 2109 37'],
    ],
  },
  {
    text: 'Our ref: GS/2026/0412\n\n3 March 2026\n\nMr Tobias Fairweather\n28 Alma Road\nClifton\nBristol BS8 2DE\n\nDear Tobias,\n\nAnnual gas safety inspection\n\nYour landlord is required by law to have the boiler and gas appliances at the above property checked every 12 months. Our engineer, Wayne, will attend on Tuesday 17 March between 8am and 12pm. If you cannot give access that day, please text me on 07814 229 360 by Friday so we can rebook. The current certificate (CP12 no. 55108274) expires on 31 March.\n\nYours sincerely,\n\nPriya Marchetti\nLettings Negotiator, Avonside Lettings',
    pii: [
      ['PERSON', 'Tobias Fairweather'],
      ['ADDRESS', '28 Alma Road\nClifton\nBristol BS8 2DE'],
      ['PERSON', 'Tobias'],
      ['PERSON', 'Wayne'],
      ['PHONE', '07814 229 360'],
      ['PERSON', 'Priya Marchetti'],
    ],
  },
  {
    text: 'Upgrade confirmation - please keep for your records\nOrder no. UPG-4471902   Order date 20/02/2026\nName: Ms Harpreet Kaur Sandhu   Date of birth: 11/06/1990\nDelivery & billing address: 7 Fernlea Gardens, Leicester LE5 6QW\nNew handset: Google Pixel 10 Pro 256GB Obsidian, IMEI 352894116214073\nPhysical SIM (sent separately), ICCID 8944110234871506625\nTariff: 24-month airtime £22.00/m + device plan £31.50/m over 36 months; credit check ref CC-88041\nYour number 07583 416 229 will move to the new SIM automatically within 24 hours of activation.',
    pii: [
      ['PERSON', 'Harpreet Kaur Sandhu'],
      ['DATE_OF_BIRTH', '11/06/1990'],
      ['ADDRESS', '7 Fernlea Gardens, Leicester LE5 6QW'],
      ['IMEI', '352894116214073'],
      ['ICCID', '8944110234871506625'],
      ['PHONE', '07583 416 229'],
    ],
  },
  {
    text: 'Dermatology Department, Royal Derby Hospital\nClinic letter   Dictated 04/03/2026   Typed 09/03/2026\n\nDr M. Baxter, Littleover Medical Centre\n\nDear Dr Baxter,\n\nMr Keith Pennington   DOB 02/08/1961   NHS No 640 218 7356\n11 Sunnyhill Avenue, Littleover, Derby DE23 1JL\n\nDiagnosis: superficial basal cell carcinoma, left scapula, 9 mm. Excised today with 4 mm margins, histology to follow. Please arrange suture removal at day 10-14 with the practice nurse.\n\nYours sincerely,\nMr Imran Qureshi, Consultant Dermatological Surgeon\ncc: patient',
    pii: [
      ['PERSON', 'M. Baxter'],
      ['PERSON', 'Baxter'],
      ['PERSON', 'Keith Pennington'],
      ['DATE_OF_BIRTH', '02/08/1961'],
      ['HEALTH_INSURANCE', '640 218 7356'],
      ['ADDRESS', '11 Sunnyhill Avenue, Littleover, Derby DE23 1JL'],
      ['PERSON', 'Imran Qureshi'],
    ],
  },
  {
    text: 'From: Bev Tolliver <bev.tolliver58@btinternet.com>\nSent: 02 March 2026 21:47\nTo: Customer Complaints\nSubject: RE: Your reference CMP-2291774 - price rise\n\nI was told on the phone on 12 Feb that my contract (account 1903 8842 617) was fixed at £29.99 until Oct 2026. Your letter now says £33.99 from 1 April. That is NOT what I was promised. I want the call recording from 12 Feb around 14:05 listened to and the £4 a month taken off, otherwise I will go to the ombudsman after 8 weeks.\n\nBev\n\nSent from my iPad',
    pii: [
      ['PERSON', 'Bev Tolliver'],
      ['EMAIL', 'bev.tolliver58@btinternet.com'],
      ['PERSON', 'Bev'],
    ],
  },
  {
    text: 'Clinique médicale Plateau - Walk-in / Sans rendez-vous\nINTAKE SHEET\nName: Chloé Bouchard        Date of birth: 15 July 1992\nRAMQ card: BOUC 9257 1512   exp. 2028-07\nTel: 514 288-7319 (cell)\nReason: painful urination x 2 days, no fever\nMeds: Alesse (OCP)   Allergies: NKDA\nFile no.: 00 48 1127   Triage: 3   Arrival: 09:47',
    pii: [
      ['PERSON', 'Chloé Bouchard'],
      ['DATE_OF_BIRTH', '15 July 1992'],
      ['HEALTH_INSURANCE', 'BOUC 9257 1512'],
      ['PHONE', '514 288-7319'],
      ['MEDICAL_RECORD', '00 48 1127'],
    ],
  },
  {
    text: 'Bell Mobility - Order Summary #BM-7730512\nCustomer name: Harjit Grewal\nNumber porting in from Fido: 647-381-9024 (transfer in progress, allow up to 2.5 h)\nDevice: Samsung Galaxy S25 FE 128GB   IMEI: 356648110943723\nRate plan: Ultimate 175 with 5G+, $95.00/mo; Device Return Option $245 at month 24\nAccount security passcode (required for all account changes): marmot22\nConnection fee $70.00 (waived)   Store: Square One, #2208',
    pii: [
      ['PERSON', 'Harjit Grewal'],
      ['PHONE', '647-381-9024'],
      ['IMEI', '356648110943723'],
      ['PASSWORD', 'marmot22'],
    ],
  },
  {
    text: "Hello Mr. Oyelaran,\n\nThank you for showing me the 2-bedroom on Tuesday (listing HFX-2207). I'd like to apply. As requested, my employer reference is my manager at the hospital, Denise Comeau, 902-473-5518 (she knows to expect a call). I'm currently at 27 Tulip Street, Dartmouth, NS B3A 2S5 and my lease there ends June 30.\n\nRent of $2,195 plus $45 for parking works for me. I have one cat (spayed, 6 yrs).\n\nBest regards,\nMarc-André Leblanc\ncell 902-830-1146",
    pii: [
      ['PERSON', 'Oyelaran'],
      ['PERSON', 'Denise Comeau'],
      ['PHONE', '902-473-5518'],
      ['ADDRESS', '27 Tulip Street, Dartmouth, NS B3A 2S5'],
      ['PERSON', 'Marc-André Leblanc'],
      ['PHONE', '902-830-1146'],
    ],
  },
  {
    text: "Swan River Physiotherapy - Client Details\nTitle: Mr   First name: Declan   Last name: O'Sullivan\nD.O.B: 07 / 03 / 1983\nResidential address: 5/18 Hampden Rd, Nedlands WA 6009\nPhone (mob): 0421 570 316\nMedicare card no. 5184 73024 1   Ref no. 3\nHealth fund: HBF   Member no. 40078214\nReferred by: self   Claim type: Private   WorkCover/CTP: N",
    pii: [
      ['PERSON', 'Declan'],
      ['PERSON', "O'Sullivan"],
      ['DATE_OF_BIRTH', '07 / 03 / 1983'],
      ['ADDRESS', '5/18 Hampden Rd, Nedlands WA 6009'],
      ['PHONE', '0421 570 316'],
      ['HEALTH_INSURANCE', '5184 73024 1'],
      ['HEALTH_INSURANCE', '40078214'],
    ],
  },
  {
    text: 'Hi Mel,\nThanks heaps for sorting the campervan! Driver details as you asked:\nDriver: Hamish Bruce Kilgour (me) - NSW licence no. 19482733, born 22/05/1986\nPayment: Visa 4532 7188 0429 6131, expiry 11/27 - pls only take the $600 deposit now and the balance ($2,140) at pick up\nPick up Christchurch depot 27 March, drop off Queenstown 5 April.\nCheers\nHamish',
    pii: [
      ['PERSON', 'Mel'],
      ['PERSON', 'Hamish Bruce Kilgour'],
      ['DRIVER_LICENSE', '19482733'],
      ['DATE_OF_BIRTH', '22/05/1986'],
      ['CREDIT_CARD', '4532 7188 0429 6131'],
      ['CARD_EXPIRY', '11/27'],
      ['PERSON', 'Hamish'],
    ],
  },
  {
    text: 'Vacancy: Year 5/6 Classroom Teacher (fixed term, 0.8 FTE) - Ref 2026-014\nCandidate: Losaline Taufa\nTeaching Council registration: full, practising certificate valid to 02/2028\nEmail: l.taufa@xtra.co.nz   Mobile: 021 448 3092\nCurrently: Mangere Bridge School, 2021 - present\nReferees: (1) Michael Tuhoe, Principal, 09 636 2205  (2) Heather Bryce (former AP) 027 339 1174\nShortlisted: Y   Interview panel 19/03, 3:30pm',
    pii: [
      ['PERSON', 'Losaline Taufa'],
      ['EMAIL', 'l.taufa@xtra.co.nz'],
      ['PHONE', '021 448 3092'],
      ['PERSON', 'Michael Tuhoe'],
      ['PHONE', '09 636 2205'],
      ['PERSON', 'Heather Bryce'],
      ['PHONE', '027 339 1174'],
    ],
  },
  {
    text: 'CATHAY PACIFIC   ELECTRONIC TICKET ITINERARY RECEIPT\nNAME: LAM/KA YAN MS\nTICKET NUMBER: 160 2419873365   BOOKING REF: QH7M2T\nISSUED: 14FEB26  HONG KONG\nCX 251  HKG 23:55 - LHR 06:25+1  17MAR  ECONOMY (Y)  SEAT 54A  MEAL VGML\nALLOWANCE 1PC 23KG\nDOCS: P/HKG/K08316452/HKG/05AUG92/F/21NOV31/LAM/KA YAN\nFARE HKD 6,480   TAX/FEES HKD 1,122   TOTAL HKD 7,602',
    pii: [
      ['PERSON', 'LAM/KA YAN'],
      ['PASSPORT', 'K08316452'],
      ['DATE_OF_BIRTH', '05AUG92'],
      ['PERSON', 'LAM/KA YAN'],
    ],
  },
  {
    text: 'Cork University Hospital - Department of Rheumatology\nOutpatient review 18/02/2026\nHosp. No: CUH 1174093\nName: Pádraig Ó Súilleabháin     D.O.B. 14/12/1954\nAddress: Ardnalee, Ballinhassig, Co. Cork P43 XV62\nSeropositive RA, stable on methotrexate 15 mg weekly + folic acid 5 mg. DAS28-CRP 2.4, LFTs normal.\nPlan: continue current dose, bloods 3-monthly via GP, review in 6 months (clinic 4B).\nDr Fionnuala Keane, SpR Rheumatology',
    pii: [
      ['MEDICAL_RECORD', 'CUH 1174093'],
      ['PERSON', 'Pádraig Ó Súilleabháin'],
      ['DATE_OF_BIRTH', '14/12/1954'],
      ['ADDRESS', 'Ardnalee, Ballinhassig, Co. Cork P43 XV62'],
      ['PERSON', 'Fionnuala Keane'],
    ],
  },
  {
    text: 'hiya, got a card saying you tried to deliver today, parcel H01KTA0043718826. Could you leave it in the safe place next time please? blue recycling box behind the side gate. Address is 41 Braemar Street, Falkirk FK1 5EP, name on it is Callum Reid. If the driver needs me just ring 07955 620 184 but I work nights so might not answer before 2pm\nta',
    pii: [
      ['ADDRESS', '41 Braemar Street, Falkirk FK1 5EP'],
      ['PERSON', 'Callum Reid'],
      ['PHONE', '07955 620 184'],
    ],
  },
  {
    text: '{\n  "payeeType": "contractor",\n  "payeeRef": "NL-C-0073",\n  "fullName": "Joëlle van den Bergh",\n  "contact": { "email": "joelle.vdbergh@ziggo.nl", "phone": "+31 6 4172 9058" },\n  "bank": { "iban": "NL07RABO0341877205", "bic": "RABONL2U" },\n  "invoiceCurrency": "EUR",\n  "dayRate": 640,\n  "vatReverseCharge": true\n}',
    pii: [
      ['PERSON', 'Joëlle van den Bergh'],
      ['EMAIL', 'joelle.vdbergh@ziggo.nl'],
      ['PHONE', '+31 6 4172 9058'],
      ['IBAN', 'NL07RABO0341877205'],
    ],
  },
  {
    text: 'BARMER - Confirmation of insurance for university enrolment\nOur reference: M-2026-0227-5531\nTo whom it may concern,\nMr Mehmet Emre Yıldız, date of birth 02.02.2001, insurance number T771204853, is insured with BARMER from 01.04.2026 under the statutory health insurance for students (KVdS). The monthly contribution of EUR 141.70 includes long-term care insurance. This confirmation has also been sent electronically to the university (transmission ID 89041577).\nWuppertal, 27.02.2026',
    pii: [
      ['PERSON', 'Mehmet Emre Yıldız'],
      ['DATE_OF_BIRTH', '02.02.2001'],
      ['HEALTH_INSURANCE', 'T771204853'],
    ],
  },
];
