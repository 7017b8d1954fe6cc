// English documents (forms, records, receipts, notices) for round 8, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundEightDocumentsB: readonly IndependentText[] = [
  {
    text: 'ASSURED SHORTHOLD TENANCY AGREEMENT - Schedule 1 (Particulars)\nLandlord: Mr Gareth Pryce-Jones, c/o Hartwell Lettings Ltd\nTenant(s): Ms Aoife Brennan and Mr Tomasz Wiśniewski (jointly and severally liable)\nProperty: Flat 2, 14 Cavendish Road, Redland, Bristol BS6 7RL\nTerm: 12 months from 01/05/2026   Rent: £1,375.00 pcm, payable on the 1st by standing order\nDeposit: £1,586.00, protected with the DPS, certificate no. DPS-8841-2207\nGuarantor for Tomasz: Mrs Halina Wiśniewska, 7 Orchard Close, Swindon SN3 4PQ, tel 07912 448306\nCheck-in inventory: Clerk & Co, 29/04/2026 at 10:00. Keys: 2 x front door, 1 x bike store (fob #118)',
    pii: [
      ['PERSON', 'Gareth Pryce-Jones'],
      ['PERSON', 'Aoife Brennan'],
      ['PERSON', 'Tomasz Wiśniewski'],
      ['ADDRESS', 'Flat 2, 14 Cavendish Road, Redland, Bristol BS6 7RL'],
      ['PERSON', 'Tomasz'],
      ['PERSON', 'Halina Wiśniewska'],
      ['ADDRESS', '7 Orchard Close, Swindon SN3 4PQ'],
      ['PHONE', '07912 448306'],
    ],
  },
  {
    text: "PRICELINE PHARMACY CHERMSIDE   Ph (07) 3350 4412\nRx 1184726   Repeats left: 5 of 5   PBS item 8511B\nATORVASTATIN 40MG TABLETS (generic for Lipitor) x30\nTake ONE tablet at night. Do not take with grapefruit juice.\nPatient: Dimitri Papadakis   Medicare 4167 28309 1 (IRN 2)\nPrescriber: Dr Sunita Raghavan   Dispensed 12/03/26   Pharmacist: Bec O'Hare\nPatient contribution $31.60 (general)   Keep out of reach of children",
    pii: [
      ['PERSON', 'Dimitri Papadakis'],
      ['HEALTH_INSURANCE', '4167 28309 1'],
      ['PERSON', 'Sunita Raghavan'],
      ['PERSON', "Bec O'Hare"],
    ],
  },
  {
    text: 'FINAL INSPECTION REPORT   FIR-26-0312-07\nPart: Bracket, mounting LH   P/N 5523-0418-B rev C   Customer PO 4500918273\nLot: L260305-2   Qty inspected 125 (AQL 1.0, level II, sample size 20)\nChar | Nominal | Tol | Min | Max | Result\nØ hole A | 8.50 | +0.10/-0 | 8.52 | 8.58 | OK\nFlatness | 0.15 max | - | 0.04 | 0.11 | OK\nPowder coat (µm) | 60-90 | - | 64 | 83 | OK\nDisposition: ACCEPT. CoC and material cert (EN 10149-2 S355MC, heat 71824) attached. Stamp QC-07.',
    pii: [],
  },
  {
    text: 'Maple Grove Elementary - Student Enrollment Form 2026-27\nStudent (last, first middle): Ramírez Ortega, Sofía Isabel   Grade: 2   DOB: 08/14/2018\nHome address: 2231 W Larkspur Ln, Apt 6B, Phoenix, AZ 85023\nParent/guardian 1: Luis Ramírez (father)   cell (602) 418-9375\nParent/guardian 2: Marisol Ortega Vega (mother)   email marisol.ortegav@gmail.com\nEmergency contact (not a parent): grandmother Carmen Vega, 602-771-0348\nBus route 14, stop #3   Lunch: free/reduced application pending\nSiblings at this school: Mateo (grade 5)   Custody orders on file: none',
    pii: [
      ['PERSON', 'Ramírez Ortega, Sofía Isabel'],
      ['DATE_OF_BIRTH', '08/14/2018'],
      ['ADDRESS', '2231 W Larkspur Ln, Apt 6B, Phoenix, AZ 85023'],
      ['PERSON', 'Luis Ramírez'],
      ['PHONE', '(602) 418-9375'],
      ['PERSON', 'Marisol Ortega Vega'],
      ['EMAIL', 'marisol.ortegav@gmail.com'],
      ['PERSON', 'Carmen Vega'],
      ['PHONE', '602-771-0348'],
      ['PERSON', 'Mateo'],
    ],
  },
  {
    text: 'DIRECT DEPOSIT ENROLMENT - Payroll (Form HR-114, rev. 2025)\nEmployee name: Nguyen, Bao Tran   Employee #: 60218   Dept: Distribution Centre - Mississauga\nSIN: 526 417 902\nFinancial institution: Desjardins (815)   Transit: 30412   Account no.: 0584217\nVoid cheque attached: yes   Split deposit: no\nEffective pay period: PP07 (pay date 2026-03-27)\nEntered by: K. Lindqvist, Payroll Coordinator',
    pii: [
      ['PERSON', 'Nguyen, Bao Tran'],
      ['CA_SIN', '526 417 902'],
      ['BANK_ACCOUNT', '0584217'],
      ['PERSON', 'K. Lindqvist'],
    ],
  },
  {
    text: 'V5C VEHICLE REGISTRATION CERTIFICATE (extract)\nRegistration number: LK19 XHR   Date of first registration: 14 03 2019\nRegistered keeper: MRS PRIYA CHANDRASEKAR\n41 WOODSTOCK AVENUE\nISLEWORTH\nTW7 4BQ\nMake: VOLKSWAGEN   Model: GOLF MATCH EDITION TSI EVO   Colour: GREY\nVIN/Chassis/Frame no.: WVWZZZAUZKW217436   Cylinder capacity: 1498 cc   CO2: 118 g/km\nPrevious registered keepers: 1   Document reference number: 8 2219 4470 631',
    pii: [
      ['VEHICLE_PLATE', 'LK19 XHR'],
      ['PERSON', 'PRIYA CHANDRASEKAR'],
      ['ADDRESS', '41 WOODSTOCK AVENUE\nISLEWORTH\nTW7 4BQ'],
      ['VIN', 'WVWZZZAUZKW217436'],
    ],
  },
  {
    text: 'URGENT PRODUCT RECALL - consumer level\nProduct: KidsCalm Paracetamol Oral Suspension 5-12 years, 250 mg/5 mL, 100 mL bottle\nAUST R 284117   Batches: 24K0193 and 24K0207   Expiry: 11/2026\nReason: a small number of bottles may have a faulty child-resistant cap.\nWhat to do: stop using the product and return it to the place of purchase for a full refund. No receipt needed.\nRecall ref. PRA 2026/20841   Sponsor hotline 1800 220 417 (Mon-Fri 8:30am-5pm AEST)',
    pii: [],
  },
  {
    text: 'Greenbank Veterinary Clinic - Consultation note\nClient: Siobhan McAllister   Tel: 07700 918254 (mobile)\nPatient: "Biscuit", Cocker Spaniel, M/N, 7y, 14.2 kg   Microchip 985141002617734\nSeen by: Eilidh Fraser MRCVS   Nurse: Connor\nHx: owner reports Biscuit scratching L ear x5 days; her partner Dev noticed head shaking at night.\nExam: erythema + brown discharge AS, AD normal. Cytology: Malassezia ++.\nTx: Osurnia gel 1 tube AS, repeat in 7 days. Recheck 20/03 with Eilidh.\nInvoice INV-55173 £86.40 paid (card)',
    pii: [
      ['PERSON', 'Siobhan McAllister'],
      ['PHONE', '07700 918254'],
      ['PERSON', 'Eilidh Fraser'],
      ['PERSON', 'Connor'],
      ['PERSON', 'Dev'],
      ['PERSON', 'Eilidh'],
    ],
  },
  {
    text: 'FlexFit Dublin - Membership application\nMember: Cian Ó Murchú   DOB: 03/11/1997\nAddress: 18 Ashgrove Park, Ranelagh, Dublin 6, D06 K7X2\nMobile: 087 264 9130   Email: cian.omurchu@outlook.ie\nPlan: Off-Peak 12-month, €39.99/month, joining fee €0 (promo SPRING26)\nSEPA Direct Debit mandate ref: FFD-000418827   Creditor ID: IE98ZZZ301744\nIBAN: IE48 AIBK 9311 5271 0466 32   BIC: AIBKIE2D\nReferred by member: Niamh Costello (#M-22914)',
    pii: [
      ['PERSON', 'Cian Ó Murchú'],
      ['DATE_OF_BIRTH', '03/11/1997'],
      ['ADDRESS', '18 Ashgrove Park, Ranelagh, Dublin 6, D06 K7X2'],
      ['PHONE', '087 264 9130'],
      ['EMAIL', 'cian.omurchu@outlook.ie'],
      ['IBAN', 'IE48 AIBK 9311 5271 0466 32'],
      ['PERSON', 'Niamh Costello'],
    ],
  },
  {
    text: 'Pulse Mobile - SIM-only plans from 1 April 2026 (prices incl. GST)\nPlan | Data | Price/month | Intl calls | Term\nStarter 15 | 15 GB | $25 | - | month to month\nEveryday 60 | 60 GB | $40 | 300 mins to 20 countries | month to month\nMax 150 | 150 GB | $55 | unlimited to 30 countries | 12 months ($50 after bonus)\nData banking up to 200 GB. 5G where available. eSIM activation via app, SIM kit $2.\nExisting customers: current price held until your next bill after 30 April 2026.',
    pii: [],
  },
  {
    text: 'NORTHSIDE PATHOLOGY   Lab no. 26-071-48812\nPatient: HALVORSEN, Ingrid M   DOB: 29/01/1961   Sex: F\nMRN (Royal North Shore): 0049217\nRequested by: Dr A. Tsoukalas, Crows Nest Family Practice   Copy to: Dr Mei-Ling Chua\nCollected 10/03/2026 07:45 (fasting)\nHbA1c 7.4 % (H) [<6.5]   Glucose 8.1 mmol/L (H) [3.0-5.4]\nCreatinine 72 umol/L   eGFR >90   LDL 2.9 mmol/L\nComment: HbA1c result phoned to practice nurse Janelle 10/03 at 14:20.',
    pii: [
      ['PERSON', 'HALVORSEN, Ingrid M'],
      ['DATE_OF_BIRTH', '29/01/1961'],
      ['MEDICAL_RECORD', '0049217'],
      ['PERSON', 'A. Tsoukalas'],
      ['PERSON', 'Mei-Ling Chua'],
      ['PERSON', 'Janelle'],
    ],
  },
  {
    text: 'PadalaNow Remittance - Transaction Receipt\nRef no.: PN-8841-2270-96   Date: 08-Mar-2026 19:42 (GST)\nSender: Rowena Bautista Dizon, Al Qusais 2, Dubai, UAE   Mobile: +971 52 418 3306\nReceiver: Editha Dizon (mother)   Mobile: +63 917 482 1035\nPayout: BDO Unibank, savings account 004870219463\nAmount sent: AED 1,500.00   Rate: 15.21   Receiver gets: PHP 22,815.00   Fee: AED 16.00\nPurpose: family support   Branch: Al Qusais 2, teller ID 0714',
    pii: [
      ['PERSON', 'Rowena Bautista Dizon'],
      ['PHONE', '+971 52 418 3306'],
      ['PERSON', 'Editha Dizon'],
      ['PHONE', '+63 917 482 1035'],
      ['BANK_ACCOUNT', '004870219463'],
    ],
  },
  {
    text: 'v4.12.0 (2026-03-10)\nAdded\n- CSV export for the audit log (#2211)\n- Support for Postgres 16.2 connection strings with sslmode=verify-full\nFixed\n- Wrong offset for Australia/Lord_Howe (+10:30/+11) in scheduled reports (#2198)\n- Memory leak in the websocket reconnect loop, ~40 MB/hour (#2203)\nDeprecated\n- /api/v1/exports will be removed in 5.0.0; use /api/v2/exports instead\nUpgrade: npm i @ledgerline/server@4.12.0 && npx ledgerline migrate',
    pii: [],
  },
  {
    text: 'Hotel Palazzo Albani, Firenze - Guest registration card\nSurname: SANTOS DA SILVA   Given names: JOÃO PEDRO\nDate of birth: 17/09/1983   Place of birth: Porto Alegre (BRA)\nDocument: Passport   No. FV392817   Issued by: Polícia Federal, 04/2022\nAccompanying guests: SANTOS DA SILVA, MARIANA (spouse), passport FV392818; LUÍSA (daughter, 9)\nRoom 312   Arrival 13/03/2026   Departure 16/03/2026\nCity tax: €6.00 x 2 adults x 3 nights = €36.00 (children under 12 exempt)',
    pii: [
      ['PERSON', 'SANTOS DA SILVA'],
      ['PERSON', 'JOÃO PEDRO'],
      ['DATE_OF_BIRTH', '17/09/1983'],
      ['PASSPORT', 'FV392817'],
      ['PERSON', 'SANTOS DA SILVA, MARIANA'],
      ['PASSPORT', 'FV392818'],
      ['PERSON', 'LUÍSA'],
    ],
  },
  {
    text: 'ServiceDesk ticket INC0048217 - New starter setup (RESOLVED)\nNew starter: Amara Nwosu-Bell, Claims Handler, start date 16/03/2026\nLine manager: Pieter van der Berg\nAD username: anwosubell   Temp password: Welcome!Mar26#7 (forced change at first logon)\nLaptop: Dell Latitude 5440, asset TAG-11482, Wi-Fi MAC 7C:5C:F8:A1:3E:92\nMobile: iPhone 15, IMEI 359176110837247, number 07831 602947\nGroups: GRP-Claims-RO, VPN-Users, M365-E3   Closed by: Rhys (L1) 13/03 16:05',
    pii: [
      ['PERSON', 'Amara Nwosu-Bell'],
      ['PERSON', 'Pieter van der Berg'],
      ['USERNAME', 'anwosubell'],
      ['PASSWORD', 'Welcome!Mar26#7'],
      ['MAC_ADDRESS', '7C:5C:F8:A1:3E:92'],
      ['IMEI', '359176110837247'],
      ['PHONE', '07831 602947'],
      ['PERSON', 'Rhys'],
    ],
  },
  {
    text: 'EXPLANATION OF BENEFITS - THIS IS NOT A BILL\nBlueRidge Health Plan   Member: Kayla M. Brennan-Shaw   Member ID: BRH884102637\nGroup #: 0074418   Patient: Owen Brennan-Shaw (dependent, age 6)\nProvider: Lakeside Pediatrics / Dr. Farah Haddad   Claim #: 26061-0098821\nDate of service: 02/19/2026\nService | Billed | Allowed | Plan paid | You owe\n99213 office visit | $185.00 | $112.40 | $82.40 | $30.00 copay\n87880 rapid strep test | $42.00 | $18.65 | $18.65 | $0.00\nQuestions? Member Services 1-800-447-2210 (TTY 711)',
    pii: [
      ['PERSON', 'Kayla M. Brennan-Shaw'],
      ['HEALTH_INSURANCE', 'BRH884102637'],
      ['PERSON', 'Owen Brennan-Shaw'],
      ['PERSON', 'Farah Haddad'],
    ],
  },
  {
    text: "BILL OF LADING No. MEDUXN518820 (non-negotiable copy)\nShipper: Guangzhou Haoyu Furniture Co., Ltd., Nansha District\nConsignee: Bellmont Home Retail Ltd, Felixstowe   Notify: same as consignee\nVessel/voyage: MSC ARINA / FY609W   POL: Nansha   POD: Felixstowe   ETA 18 Apr 2026\nContainer: MSCU 738210-4, 40' HC, seal FJ2284419\nPackages: 312 CTNS dining chairs, 9,846.0 kg gross, 67.4 CBM   HS 9401.61\nFreight prepaid   Incoterms FOB Nansha   Shipped on board 09 Mar 2026",
    pii: [],
  },
  {
    text: "Cedar Hollow HOA - Board Meeting Minutes, March 5, 2026\nPresent: Gloria Estrada (President), Ken Watanabe (Treasurer), Bob Fennimore, Latisha Greene. Absent: Marcus Hale.\n1. Treasurer's report: operating $41,820.16; reserve $212,300. Ken to move $20k into a 6-month CD.\n2. Violations: 4418 Cedar Hollow Dr (trailer in driveway >72 hrs), second notice; owner Dale Pruitt to be invited to the April hearing.\n3. Pool resurfacing bid from AquaBlue Pools, $38,900 - approved 4-0.\n4. Resident comment: Mrs. Yun (lot 27) asked about the dead oak by the mailbox kiosk; Bob will get a quote.\nAdjourned 8:12 pm. Minutes taken by L. Greene.",
    pii: [
      ['PERSON', 'Gloria Estrada'],
      ['PERSON', 'Ken Watanabe'],
      ['PERSON', 'Bob Fennimore'],
      ['PERSON', 'Latisha Greene'],
      ['PERSON', 'Marcus Hale'],
      ['PERSON', 'Ken'],
      ['ADDRESS', '4418 Cedar Hollow Dr'],
      ['PERSON', 'Dale Pruitt'],
      ['PERSON', 'Yun'],
      ['PERSON', 'Bob'],
      ['PERSON', 'L. Greene'],
    ],
  },
  {
    text: 'TRANSFER REQUEST - Personal Pension\nScheme member: Mr Hamish J. Calder   Date of birth: 22 July 1968\nNational Insurance number: JT 48 31 92 B\nCeding scheme: Aviva, policy no. ST-4417-0928-11   Transfer value approx. £86,240\nReceiving scheme: Nest, member ref 20184477613\nAddress: Croft House, Balnakeil, Durness, Lairg IV27 4PT\nTelephone (home): 01971 511284\nFinancial adviser: Morag Sutherland, Highland Wealth Partners (FCA no. 604218)',
    pii: [
      ['PERSON', 'Hamish J. Calder'],
      ['DATE_OF_BIRTH', '22 July 1968'],
      ['UK_NINO', 'JT 48 31 92 B'],
      ['ADDRESS', 'Croft House, Balnakeil, Durness, Lairg IV27 4PT'],
      ['PHONE', '01971 511284'],
      ['PERSON', 'Morag Sutherland'],
    ],
  },
  {
    text: "St Aidan's Academy - Year 11 Mock Examinations, March 2026\nDate | Session | Subject | Paper | Duration | Room\nMon 16 Mar | AM | English Language | Paper 1 (8700/1) | 1h 45m | Sports Hall\nMon 16 Mar | PM | Combined Science | Biology 1H (8464/B/1H) | 1h 15m | Sports Hall\nTue 17 Mar | AM | Mathematics | Paper 1 non-calculator (8300/1H) | 1h 30m | Sports Hall\nWed 18 Mar | AM | History | Paper 2 | 2h | Room B14\nCandidates arrive by 8:40. Clear pencil cases only; no smartwatches. Candidate numbers are on the seating plan.",
    pii: [],
  },
  {
    text: 'Form W-9 (Rev. March 2024) - received 03/09/2026\n1 Name: Graciela Montoya Ruiz\n2 Business name/disregarded entity: GMR Cleaning Services\n3 Federal tax classification: Individual/sole proprietor\n5-6 Address (number, street, apt, city, state, ZIP): 1740 Alcott St, Unit 2, Denver, CO 80204\nPart I TIN: SSN ___-__-____   or   ITIN 912-78-4416\nVendor set up by: Tom Rasmussen (AP)   Vendor no. V-30871   Terms: Net 15   1099-NEC: yes',
    pii: [
      ['PERSON', 'Graciela Montoya Ruiz'],
      ['ADDRESS', '1740 Alcott St, Unit 2, Denver, CO 80204'],
      ['US_ITIN', '912-78-4416'],
      ['PERSON', 'Tom Rasmussen'],
    ],
  },
  {
    text: "Summit Ridge Credit Union - Auto Loan Application (page 1 of 3)\nApplicant: Jun-seo Park   SSN: 521-47-3098   DOB: 10/30/1992\nCo-applicant: Hannah Park (spouse)   SSN: 634-20-8817\nResidence: 88 Pinecrest Rd, Boise, ID 83706 (own, 3 yrs)\nEmployer: St. Luke's Health System, RN, gross $7,240/mo\nVehicle: 2023 Subaru Outback Premium, VIN 4S4BTAFC3P3148826, odometer 18,402\nAmount requested $26,500, 60 months, quoted APR 6.49%\nLoan officer: Trish Delgado, ext. 4127",
    pii: [
      ['PERSON', 'Jun-seo Park'],
      ['US_SSN', '521-47-3098'],
      ['DATE_OF_BIRTH', '10/30/1992'],
      ['PERSON', 'Hannah Park'],
      ['US_SSN', '634-20-8817'],
      ['ADDRESS', '88 Pinecrest Rd, Boise, ID 83706'],
      ['VIN', '4S4BTAFC3P3148826'],
      ['PERSON', 'Trish Delgado'],
    ],
  },
  {
    text: 'Solar feed-in tariffs 2026-27 - regional customers (c/kWh, excl. GST)\nTime band | Hours | Rate\nEvening peak | 3pm-9pm | 10.0\nDay | 9am-3pm | 0.5\nOvernight/morning | 9pm-9am | 4.8\nApplies to systems up to 10 kW per phase. Export limit 5 kW unless approved.\nMeter exchange (if required): $0 for the first change, then $198.00 per visit.',
    pii: [],
  },
  {
    text: "CARD DISPUTE FORM - Westfield Community Bank\nCardholder: Ewa Kaczmarek-Lloyd   Card number: 5379 4182 0063 5718   Expiry: 09/28\nDaytime phone: 0161 832 5571\nTransaction disputed: 02/03/2026   SKYLINE TICKETS LTD   £214.50   (auth code 771204)\nReason: [x] Goods/services not received  [ ] Duplicate  [ ] Not authorised\nDetails: concert cancelled 20/02. Merchant's agent (Jordan) said by email the refund would come in 5 days, nothing received after 14.\nI still have the card and have not shared it. Signed: E. Kaczmarek-Lloyd   Date: 11/03/2026",
    pii: [
      ['PERSON', 'Ewa Kaczmarek-Lloyd'],
      ['CREDIT_CARD', '5379 4182 0063 5718'],
      ['CARD_EXPIRY', '09/28'],
      ['PHONE', '0161 832 5571'],
      ['PERSON', 'Jordan'],
      ['PERSON', 'E. Kaczmarek-Lloyd'],
    ],
  },
  {
    text: "Store handover - lunaandfern.co.uk (prepared by Callum for Freya, 10 Mar 2026)\nShopify admin login: freya@lunaandfern.co.uk (owner). Callum's staff account removed after handover.\nDomain (123-reg): same email, password Fern&Luna2024! - please change it\nKlaviyo private API key: pk_4f1e9a27c83b60d5e18a2f7c09b4d63e1a\nRoyal Mail Click & Drop: 46 orders in 'ready to print'; 2nd Class Large Letter £2.70\nStock: 212 SKUs, low stock on LF-CANDLE-FIG-200 (8 left)\nMeta ads: billing moved to Freya Whitcombe's card, budget £15/day",
    pii: [
      ['PERSON', 'Callum'],
      ['PERSON', 'Freya'],
      ['EMAIL', 'freya@lunaandfern.co.uk'],
      ['PERSON', 'Callum'],
      ['PASSWORD', 'Fern&Luna2024!'],
      ['SECRET', 'pk_4f1e9a27c83b60d5e18a2f7c09b4d63e1a'],
      ['PERSON', 'Freya Whitcombe'],
    ],
  },
];
