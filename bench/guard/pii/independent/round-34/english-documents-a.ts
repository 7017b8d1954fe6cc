// English documents for round 34, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyFourDocumentsA: readonly IndependentText[] = [
  {
    text: 'NORTHMERE ENERGY — Your electricity bill\nBill date: 14 March 2025    Bill no. 000418873265\nAccount holder: Mrs Philippa Ansell-Hart\nSupply address: Flat 3, 27 Grantley Road, Leamington Spa CV32 5QE\nCustomer account: A-7F3C2910\nSupply number (MPAN core): 14 5012 3345 678   Meter serial: 19K0482217\nTariff: Northmere Fix 12M v4 (E-1R-NFIX-12M-25-01-C)\nReadings: 01 Feb 2025 41,882 (A) — 28 Feb 2025 42,317 (E)\nUnits used: 435 kWh @ 24.86p = £108.14\nStanding charge: 28 days @ 53.35p = £14.94\nVAT 5%: £6.15\nTotal to pay: £129.23\nPaid by Direct Debit from account 31926819 on or after 28 March 2025.\nQuestions? 0800 048 7722 (Mon–Fri 8am–8pm) or help@northmere-energy.co.uk\nMobile on file for outage texts: 07723 418 506',
    pii: [
      ['PERSON', 'Philippa Ansell-Hart'],
      ['ADDRESS', 'Flat 3, 27 Grantley Road, Leamington Spa CV32 5QE'],
      ['BANK_ACCOUNT', '31926819'],
      ['PHONE', '07723 418 506'],
    ],
  },
  {
    text: 'HARBOR LANE PHARMACY #4471\n1180 Ocean Ave, Santa Cruz, CA 95060   (831) 426-0190\nRx# 6028451-04471   Filled 03/11/2025   Refills: 2 until 09/14/2025\nDELFINA MARQUEZ-OYELARAN\n2214 Brommer St Apt 6, Santa Cruz, CA 95062\nDOB 07/22/1958   Ph (831) 713-5528\nATORVASTATIN 40 MG TABLET   Qty 90\nNDC 68180-0635-09   Lot 4G02917   Exp 11/2026\nTAKE 1 TABLET BY MOUTH AT BEDTIME\nPrescriber: Dr. Anjali Rao\nPlan: BIN 004336  PCN ADV  GRP RX8831  ID W482197365\nCopay $10.00   Pharmacist counsel: declined',
    pii: [
      ['PERSON', 'DELFINA MARQUEZ-OYELARAN'],
      ['ADDRESS', '2214 Brommer St Apt 6, Santa Cruz, CA 95062'],
      ['DATE_OF_BIRTH', '07/22/1958'],
      ['PHONE', '(831) 713-5528'],
      ['PERSON', 'Anjali Rao'],
      ['HEALTH_INSURANCE', 'W482197365'],
    ],
  },
  {
    text: 'HANBIT CARD — Monthly Statement (English)\nStatement date 2025.04.05 | Payment due 2025.04.25 | Statement no. 2504-0091-44718\nCardholder: NGUYEN THI THANH HUONG\nForeigner Reg. No.: 880211-5287465\nBilling address: 302-ho, 34 Worldcup-buk-ro 12-gil, Mapo-gu, Seoul 03991\nCard: Hanbit Deep Travel Visa 4062-53**-****-8648\nDate   Merchant                        Amount (KRW)   Approval\n03/07  GS25 Mangwon Station Br.             4,800     30418827\n03/09  Coupang Corp.                       29,900     30471162\n03/15  Korean Air (3-mo installment)      412,000     30589014\n03/21  Mangwon Dental Clinic               85,000     30655209\nTotal this month                          531,700\nAuto-debit from: Woori Bank 1002-853-719264 on 2025.04.25\nRegistered mobile: 010-4172-8853\nCustomer Center 1588-8100 | Overseas +82-2-3420-7000 | Lost card (24h) 1588-8111',
    pii: [
      ['PERSON', 'NGUYEN THI THANH HUONG'],
      ['FRN', '880211-5287465'],
      ['ADDRESS', '302-ho, 34 Worldcup-buk-ro 12-gil, Mapo-gu, Seoul 03991'],
      ['BANK_ACCOUNT', '1002-853-719264'],
      ['PHONE', '010-4172-8853'],
    ],
  },
  {
    text: 'COMMERCIAL INVOICE / PACKING LIST\nInvoice No: KHT/EXP/2025/0317   Date: 17-Mar-2025\nShipper: Kericho Highlands Tea Exporters Ltd, Plot 44 Moi Highway, Kericho, Kenya. Tel +254 20 445 8810, exports@kerichohighlands.co.ke\nConsignee: Mme Aurélie Fontaine-Marchetti\n14 rue des Capucins, Bât. B, 69001 Lyon, France\nTel +33 6 48 21 77 09 | aurelie.fontaine.m@free.fr\nAWB: 706-48291035 (Kenya Airways)   Routing NBO-CDG-LYS\nHS Code 0902.30.00  Black tea, immediate packings ≤3 kg\nQty 24 x 250 g   Net 6.0 kg   Gross 7.4 kg   Dims 40x30x30 cm\nUnit value USD 8.50   Total USD 204.00   Incoterms DAP Lyon\nCountry of origin: KE   Export entry: KE-NBO-2025-T-0093381\nReason for export: gift / personal use, not for resale',
    pii: [
      ['PERSON', 'Aurélie Fontaine-Marchetti'],
      ['ADDRESS', '14 rue des Capucins, Bât. B, 69001 Lyon, France'],
      ['PHONE', '+33 6 48 21 77 09'],
      ['EMAIL', 'aurelie.fontaine.m@free.fr'],
    ],
  },
  {
    text: 'MERIDIAN CLINICAL LABORATORIES — 4100 N Kedzie Ave, Chicago IL 60618 — Client services 1-800-447-2210\nFINAL REPORT   Printed 2025-03-13 09:02\nPatient: Chinedu E. Okafor   Sex: M   DOB: 1979-02-14   Age: 46 y\nMRN: 00731845   Accession: MCL25-071-04418   Specimen: blood, EDTA + SST\nCollected: 2025-03-12 07:42   Received: 2025-03-12 11:05\nOrdering provider: Hemant Patel, MD (Northside Family Medicine, fax 773-588-0417)\nTest                 Result   Flag   Units     Reference\nHemoglobin A1c       6.4      H      %         4.0-5.6\nGlucose, fasting     118      H      mg/dL     70-99\nLDL cholesterol      131      H      mg/dL     <100\nCreatinine           0.98            mg/dL     0.76-1.27\neGFR                 97              mL/min    >59\nTSH                  2.310           uIU/mL    0.450-4.500\nReagent lot HA1C-24117B, calibrated 2025-03-11. CLIA 14D0418827.\nCritical values: none. Results phoned to Dr. Patel 2025-03-12 14:20 (read back).',
    pii: [
      ['PERSON', 'Chinedu E. Okafor'],
      ['DATE_OF_BIRTH', '1979-02-14'],
      ['MEDICAL_RECORD', '00731845'],
      ['PERSON', 'Hemant Patel'],
      ['PERSON', 'Patel'],
    ],
  },
  {
    text: 'PURCHASE ORDER PO-2025-00871\nIssued: 02/04/2025   Deliver by: 18/04/2025\nBuyer: Castlebar Precision Ltd, Unit 9 IDA Business Park, Castlebar, Co. Mayo F23 X9K2, Ireland — VAT IE6388047V\nSupplier: Brennan & Walsh Fasteners, Ballymount Road, Dublin 12, tel +353 1 450 2281, orders@brennanwalsh.ie\nLine 1  M8x25 DIN 912 A2 cap screw   PN BW-91208-025   Qty 2,000   €0.084   €168.00\nLine 2  Nyloc nut M8 A2              PN BW-98508       Qty 2,000   €0.031   €62.00\nLine 3  Washer M8 form A             PN BW-12508-A     Qty 4,000   €0.012   €48.00\nNet €278.00   VAT 23% €63.94   Total €341.94\nTerms: 30 days EOM. Quote ref Q-11482. Please quote the PO number on all delivery dockets.\nAuthorised: Purchasing Dept (ext. 214)',
    pii: [],
  },
  {
    text: '2025-03-18T09:14:02.118Z INFO  auth-svc v3.14.2 (build 8841) req_id=7f3c9a12-4b7e-4d21-9a0c-2e6b41f8d053 POST /v2/login 200 182ms user=m.adeyemi@lagosfreight.ng ip=102.89.34.17 ua=okhttp/4.12.0\n2025-03-18T09:14:02.344Z WARN  auth-svc ratelimit bucket=login:ng-west remaining=3 window=60s\n2025-03-18T09:14:05.901Z DEBUG token-svc issued access_token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzQ4MjEzIiwiZXhwIjoxNzY3MjI1NjAwfQ.US6X7X-X2ri5vMmekH9UwBfzXaTrMWsNOjTTaLyFcDR ttl=3600\n2025-03-18T09:14:06.020Z INFO  gateway route=/v2/profile upstream=profile-svc:8443 200 14ms etag=W/9f2c41ab\n2025-03-18T09:14:09.515Z ERROR profile-svc avatar not found key=avatars/48213/3c1e0d.png 404 trace=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    pii: [
      ['EMAIL', 'm.adeyemi@lagosfreight.ng'],
      ['IP_ADDRESS', '102.89.34.17'],
      [
        'SECRET',
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzQ4MjEzIiwiZXhwIjoxNzY3MjI1NjAwfQ.US6X7X-X2ri5vMmekH9UwBfzXaTrMWsNOjTTaLyFcDR',
      ],
    ],
  },
  {
    text: 'DAEHAN PRECISION CO., LTD. — PAYSLIP March 2025 (pay date 2025-03-25)\nBusiness Reg. No. 124-81-45336 | 42, Sinwon-ro 88beon-gil, Yeongtong-gu, Suwon | HR 031-8041-2270 (ext. 3)\nEmployee ID: DP-20170344   Dept: QA-2 / Grade S2 / Cost centre 4410\nName: Seo Ji-hoon   RRN: 850314-1764293\nHome: 301-dong 1704-ho, 152 Gwanggyohosu-ro, Yeongtong-gu, Suwon-si, Gyeonggi-do\nEARNINGS   1010 Base pay 3,420,000 | 1120 Overtime 14h 312,500 | 1310 Meal allowance 200,000\nDEDUCTIONS 2010 National Pension 153,900 | 2020 Health Ins. 121,230 | 2021 Long-term care 15,700 | 2030 Employment Ins. 30,780 | 2110 Income tax 131,460 | 2120 Local income tax 13,140\nGross 3,932,500   Deductions 466,210   Net 3,466,290\nPaid to: Kookmin Bank 482-21-0713-558\nQueries: payroll@daehanprecision.co.kr',
    pii: [
      ['BRN', '124-81-45336'],
      ['PERSON', 'Seo Ji-hoon'],
      ['RRN', '850314-1764293'],
      ['ADDRESS', '301-dong 1704-ho, 152 Gwanggyohosu-ro, Yeongtong-gu, Suwon-si, Gyeonggi-do'],
      ['BANK_ACCOUNT', '482-21-0713-558'],
    ],
  },
  {
    text: 'CRESCENT CITY HONDA — Service Dept., 4400 Veterans Memorial Blvd, Metairie, LA 70006 — (504) 455-2300\nREPAIR ORDER RO# 418227   Opened 03/19/2025 08:12   Promised 03/19/2025 17:00\nAdvisor: K. Lindqvist (#14)   Hang tag: B17\nCustomer: Marcus Thibodeaux   Cell 504-881-2740   Pref. contact: text\nVehicle: 2023 Honda Accord EX   VIN 1HGCV1F31PA012847   Plate BHX 412 (LA)   Color: Lunar Silver\nMileage in 31,408 / out 31,411\nOp 1  04OLZ0  Engine oil & filter — 15400-PLM-A02 x1, 08798-9036 0W-20 x4.4 qt   $69.95\nOp 2  Recall 23V-512 (low-pressure fuel pump) — 16700-6A0-A01 x1   $0.00 (warranty)\nOp 3  Tire rotation   $24.95\nTech #2291   Labor 1.3 hr   Shop supplies $6.50   Tax $13.45\nTotal $114.85   Paid Visa ****2376   Auth 091844',
    pii: [
      ['PERSON', 'K. Lindqvist'],
      ['PERSON', 'Marcus Thibodeaux'],
      ['PHONE', '504-881-2740'],
      ['VIN', '1HGCV1F31PA012847'],
      ['VEHICLE_PLATE', 'BHX 412'],
    ],
  },
  {
    text: "HIGHER SECONDARY EXAMINATION MARCH 2025 — STATEMENT OF MARKS (provisional, downloaded)\nRegister No: 2518047731   Seat: B-214   School code: 07041   Centre: Govt. HSS Pattom, Thiruvananthapuram\nCandidate: ANUSHKA MENON   Date of birth: 09-11-2007\nFather's name: Suresh Menon\nSubject (code)      CE   TE   Total   Grade\nEnglish (01)        20   64   84      A\nMalayalam (02)      20   71   91      A+\nPhysics (24)        18   60   78      B+\nChemistry (25)      19   69   88      A\nMathematics (26)    20   75   95      A+\nBiology (27)        20   70   90      A+\nAggregate 526/600   Result: ELIGIBLE FOR HIGHER STUDIES\nRegistered mobile: +91 94470 31862\nDate of issue: 09-05-2025. Helpline 0471-2546832 (10 am–5 pm).",
    pii: [
      ['PERSON', 'ANUSHKA MENON'],
      ['DATE_OF_BIRTH', '09-11-2007'],
      ['PERSON', 'Suresh Menon'],
      ['PHONE', '+91 94470 31862'],
    ],
  },
  {
    text: 'Shipment progress — Tracking 1Z4R8W170391842275\nService: Ground   Weight: 3.20 lbs   Reference: PO 55-20418 / INV 2025-0912\n03/24/2025 21:14   Hodgkins, IL, US        Departed from facility\n03/24/2025 16:02   Hodgkins, IL, US        Arrived at facility\n03/23/2025 23:50   Indianapolis, IN, US    Departed from facility\n03/23/2025 18:31   Indianapolis, IN, US    Origin scan\n03/23/2025 14:05   United States           Label created, package not yet received\nScheduled delivery: Wednesday 03/26/2025 by end of day\nQuestions? 1-800-742-5877. Claim window closes 04/22/2025.',
    pii: [],
  },
  {
    text: 'E-TICKET RECEIPT / ITINERARY\nBooking ref (PNR): 6KQ2XR   Ticket: 618 2417839065   Issued 02APR25 SIN\nPassenger: TAN/WEIMING MR\nPassport: K4938176P (SGP)  exp 14AUG2031   DOB 03MAR1986\nSQ 638  SIN-HND  22APR25  dep 22:35  arr 06:25+1  Seat 43K  Class V  Bag 30K\nSQ 631  HND-SIN  29APR25  dep 11:20  arr 17:35     Seat 44A  Class V  Bag 30K\nFare SGD 742.00   Taxes/fees SGD 98.40   Total SGD 840.40\nForm of payment: CCVI XXXXXXXXXXXX4512   Endorsement: NON-REF/CHG FEE APPLIES\nContact: +65 9127 4408 / weiming.tan86@gmail.com\nReservations hotline +65 6223 8888',
    pii: [
      ['PERSON', 'TAN/WEIMING'],
      ['PASSPORT', 'K4938176P'],
      ['DATE_OF_BIRTH', '03MAR1986'],
      ['PHONE', '+65 9127 4408'],
      ['EMAIL', 'weiming.tan86@gmail.com'],
    ],
  },
  {
    text: 'RESIDENTIAL TENANCY AGREEMENT — Schedule (page 1 of 9)\nAgreement no. RTA-2025-4417   Bond lodgement no. 0482915\nAgent: Harcourt Lane Property, Shop 2/118 Military Rd, Neutral Bay NSW 2089, ABN 41 624 118 903, (02) 9953 4100, leasing@harcourtlane.com.au\nTenant 1: Siobhan Kearney-Walsh   NSW licence 18429306   Mob 0412 637 905\nTenant 2: Dario Mendes   Passport (BRA) FZ714208   Mob 0433 218 647\nPremises: Unit 12/45 Ben Boyd Road, Neutral Bay NSW 2089 (Lot 12 in Strata Plan SP 41870)\nTerm: 12 months from 01/05/2025. Rent $780 per week, payable fortnightly in advance.\nBond: $3,120 (4 weeks). Holding deposit receipt HD-00917.\nRent to agent trust account BSB 062-141 Acc 1049 8826, ref KEARNEY12\nKey safe code for move-in day: 8253 (changed after handover)',
    pii: [
      ['PERSON', 'Siobhan Kearney-Walsh'],
      ['DRIVER_LICENSE', '18429306'],
      ['PHONE', '0412 637 905'],
      ['PERSON', 'Dario Mendes'],
      ['PASSPORT', 'FZ714208'],
      ['PHONE', '0433 218 647'],
      ['ADDRESS', 'Unit 12/45 Ben Boyd Road, Neutral Bay NSW 2089'],
      ['PASSWORD', '8253'],
    ],
  },
  {
    text: 'SERVICE JOB CARD   Job #: JHB-SND-250318-0412\nReceived: 18/03/2025 14:06   Branch: Shop U47, Sandton City, 83 Rivonia Rd, Sandown 2196 | 011 783 4421\nCustomer: Thandeka Mokoena   Cell: +27 82 714 3360   Email: thandeka.mokoena@webmail.co.za\nDevice: Galaxy A55 5G (SM-A556E/DS)   Colour: Navy   S/N: R5CX21LM8QH\nIMEI 1: 351259314248474   IMEI 2: 357617578054140\nFault reported: not charging, screen flicker after drop\nWarranty: IN WARRANTY until 2026-01-11 (proof of purchase inv. 0092-77148)\nScreen lock PIN given for testing: 0582\nAccessories received: none   Quote ref Q-118842   Est. turnaround 5 working days',
    pii: [
      ['PERSON', 'Thandeka Mokoena'],
      ['PHONE', '+27 82 714 3360'],
      ['EMAIL', 'thandeka.mokoena@webmail.co.za'],
      ['IMEI', '351259314248474'],
      ['IMEI', '357617578054140'],
      ['PASSWORD', '0582'],
    ],
  },
  {
    text: 'CREDIT CARD AUTHORIZATION FORM — The Bayou Crest Hotel, 1010 Prairie St, Houston TX 77002, (713) 228-9510\nConfirmation #: 84417293   Arrival 04/17/2025   Departure 04/20/2025   Rate code: GOVT1   Room type: K1\nCardholder name: Rebecca J. Halvorsen\nCard type: Mastercard   Card number: 5199 9706 7451 3613\nExpiration: 08/27   CVV: 418\nBilling address: 6120 Wiltshire Ln, Plano, TX 75093\nPhone: 469-312-0875   Email: rhalvorsen@outlook.com\nAuthorized amount: $1,187.40 (3 nights + incidentals $150/night)\nSignature: R. Halvorsen   Date: 04/02/2025\nFax completed form to 713-228-9511 or email reservations@bayoucrest.com',
    pii: [
      ['PERSON', 'Rebecca J. Halvorsen'],
      ['CREDIT_CARD', '5199 9706 7451 3613'],
      ['CARD_EXPIRY', '08/27'],
      ['CARD_CVV', '418'],
      ['ADDRESS', '6120 Wiltshire Ln, Plano, TX 75093'],
      ['PHONE', '469-312-0875'],
      ['EMAIL', 'rhalvorsen@outlook.com'],
      ['PERSON', 'R. Halvorsen'],
    ],
  },
  {
    text: 'CHEMISTRY QC LOG — Analyzer: cobas c503 S/N 1841-07   Site: Core Lab, Level 2\nDate: 2025-03-21   Shift: Night   Tech ID: 4471\nControl                        | Lot     | Level | Analyte / target          | Result | SDI  | Status\nPreciControl ClinChem Multi 1  | 571 308 | L1    | Glucose 5.42 mmol/L       | 5.38   | -0.4 | OK\nPreciControl ClinChem Multi 2  | 571 309 | L2    | Glucose 15.9 mmol/L       | 16.4   | +1.6 | OK\nPreciControl ClinChem Multi 1  | 571 308 | L1    | Creatinine 98 µmol/L      | 104    | +2.1 | 1-2s WARN\nPreciControl ClinChem Multi 2  | 571 309 | L2    | Creatinine 412 µmol/L     | 409    | -0.3 | OK\nCalibrator CFAS lot 47 118 900, exp 2025-11-30, calibrated 2025-03-20 06:12\nReagent pack CREJ2 lot 813 446, opened 2025-03-18, on-board stability 28 days\nAction: repeated L1 creatinine at 02:40 — 101 µmol/L, within 1s. Run released.\nService hotline 1800 641 133 (no ticket needed)',
    pii: [],
  },
  {
    text: 'FLEET HANDOVER RECORD — Corran Logistics Ltd (Company No. 08841276)\nWork order WO-55102   Date 11/03/2025   Depot: Unit 4, Trident Park, Warrington WA1 1RW\nVehicle: Ford Transit Custom 320 L1 2.0 EcoBlue   Reg: LB72 XKM\nVIN: WF0XXXTTGXNB27418   Odometer: 18,442 mi   Fuel: 3/4   AdBlue: OK\nDamage: scuff N/S rear bumper (photo 0412), tyres 5 mm all round\nAssigned driver: Kieran Doherty   Payroll no. 30417\nDriving licence: DOHER802146KJ9LM   Categories B, C1   Checked online 11/03/2025\nPrevious van returned to pool: Reg MX19 ODP (service due 20,000 mi)\nFuel card: ending 0913   Tracker unit: TK-7718-04\nSigned off by depot supervisor, ext. 2207',
    pii: [
      ['VEHICLE_PLATE', 'LB72 XKM'],
      ['VIN', 'WF0XXXTTGXNB27418'],
      ['PERSON', 'Kieran Doherty'],
      ['DRIVER_LICENSE', 'DOHER802146KJ9LM'],
      ['VEHICLE_PLATE', 'MX19 ODP'],
    ],
  },
  {
    text: 'CRESTBRIDGE BANK PLC — STATEMENT OF ACCOUNT   01-Feb-2025 to 28-Feb-2025\nAccount name: ADEBAYO OLUWASEUN FOLARIN\nAccount no: 2208417739   Type: Savings   Currency: NGN\nAddress: 14B Adeola Odeku Street, Victoria Island, Lagos\nBranch: Allen Avenue, Ikeja (sort code 057150013)\nOpening balance                                                    412,880.15\n03-Feb  NIP/TRF FROM CHIOMA NWANKWO/Rent share  Session 000015250203141822004418   +150,000.00\n05-Feb  POS PURCHASE SHOPRITE IKEJA TID 2057LX41                           -23,450.00\n11-Feb  AIRTIME MTN 08031472259 REF 91822047                               -2,000.00\n14-Feb  USSD TRF TO 0123481172 GTB/EMEKA OBI                               -45,000.00\n20-Feb  SMS ALERT CHARGES                                                     -52.00\n28-Feb  INTEREST                                                             +287.11\nClosing balance                                                    492,665.26\nFor enquiries: 0700 222 4000, care@crestbridgebank.com',
    pii: [
      ['PERSON', 'ADEBAYO OLUWASEUN FOLARIN'],
      ['BANK_ACCOUNT', '2208417739'],
      ['ADDRESS', '14B Adeola Odeku Street, Victoria Island, Lagos'],
      ['PERSON', 'CHIOMA NWANKWO'],
      ['PHONE', '08031472259'],
      ['BANK_ACCOUNT', '0123481172'],
      ['PERSON', 'EMEKA OBI'],
    ],
  },
  {
    text: "T4 — Statement of Remuneration Paid / État de la rémunération payée — Year 2024\nEmployer: Laurentide Timber Products Inc., 2250 boul. Industriel, Chambly QC J3L 4V2\n(54) Employer's account number: 873214509RP0001\nEmployee: Élodie Gagnon-Tremblay\n(12) Social insurance number: 465 913 614\nAddress: 318 rue Bourgogne, app. 4, Chambly QC J3L 1Y6\n(10) Province of employment: QC   (29) Employment code: 11\n(14) Employment income          58,412.66\n(17) QPP contributions           3,754.45\n(18) EI premiums                   771.58\n(22) Income tax deducted         9,883.07\n(24) EI insurable earnings      58,412.66\n(44) Union dues                    712.00\n(46) Charitable donations          240.00\n(50) RPP or DPSP registration    0581231\n(55) PPIP premiums                 288.56\nPrepared 2025-02-21 by Payroll, ext. 4410",
    pii: [
      ['PERSON', 'Élodie Gagnon-Tremblay'],
      ['CA_SIN', '465 913 614'],
      ['ADDRESS', '318 rue Bourgogne, app. 4, Chambly QC J3L 1Y6'],
    ],
  },
  {
    text: 'ST. BENEDICT MEDICAL CENTER, 1140 E. Rodriguez Sr. Ave., Quezon City — Billing (02) 8723-0101 loc. 2210\nSTATEMENT OF ACCOUNT   SOA No. 25-0311-0447   Printed 2025-03-11 09:48\nHospital No.: 2019-044718\nPatient: Maria Angelica R. Dela Cruz   Age/Sex: 34/F   Birthdate: 1990-06-19\nAdmitted: 2025-03-08 22:41   Discharged: 2025-03-11 10:15   Room 512-B (semi-private)\nAttending physician: Dr. Ramon V. Villaseñor\nPhilHealth PIN: 12-051938476-3 (member: Jose Miguel T. Dela Cruz, spouse)\nHMO: Maxicare, card no. 1102-8830-7714-06, LOA 25-0309-5512\nRoom & board (3 days)                10,500.00\nLaboratory & imaging                  6,882.50\nPharmacy & supplies                   9,317.25\nProfessional fees                    15,000.00\nLess PhilHealth case rate (J18.9)   -15,000.00\nLess HMO (per LOA)                  -20,000.00\nBALANCE DUE                     PHP   6,699.75\nPay at the Cashier (2/F); an official receipt will be issued.',
    pii: [
      ['MEDICAL_RECORD', '2019-044718'],
      ['PERSON', 'Maria Angelica R. Dela Cruz'],
      ['DATE_OF_BIRTH', '1990-06-19'],
      ['PERSON', 'Ramon V. Villaseñor'],
      ['HEALTH_INSURANCE', '12-051938476-3'],
      ['PERSON', 'Jose Miguel T. Dela Cruz'],
      ['HEALTH_INSURANCE', '1102-8830-7714-06'],
    ],
  },
  {
    text: 'SKU\tDescription\tLot\tExpiry\tBin\tQty\tUnit cost (SGD)\nMED-20417\tNitrile gloves M (box 100)\tNG240918\t2027-09-30\tA-03-2\t140\t6.80\nMED-20418\tNitrile gloves L (box 100)\tNG240921\t2027-09-30\tA-03-3\t96\t6.80\nMED-31102\tSurgical mask 3-ply (50)\tSM2411-07\t2026-11-15\tA-05-1\t310\t4.25\nMED-44810\tAlcohol swab 70% (200)\tAS25-0114\t2027-01-14\tB-01-4\t58\t3.10\nMED-51277\tSaline 0.9% 10 mL (amp x20)\t5127-7KQ\t2026-06-30\tC-12-1\t24\t11.60\nMED-60903\tThermometer probe cover (25)\tPC-88120\t—\tC-02-2\t410\t1.95\nTotal lines: 6\tStock value: SGD 4,180.00\tLast count: 2025-03-31 (WH team 2)',
    pii: [],
  },
  {
    text: 'TEMPORARY RESIDENCE DECLARATION — exported from hotel PMS\nHotel: Saigon Riverside Suites, 22 Tôn Đức Thắng, Bến Nghé, Quận 1, TP.HCM — Tel (028) 3822 4190\nGuest: Marta Anna KOWALCZYK   Sex: F   DOB: 21/09/1991   Nationality: POL\nPassport: EK4718263   Passport expiry: 03/02/2032\nVisa type: EV (e-visa, 90 days, single entry)   Entry: 14/03/2025 via SGN\nRoom 1807   Check-in 14/03/2025 23:10   Check-out 21/03/2025   Folio 70418827\nHome address: ul. Słowackiego 17 m. 24, 31-159 Kraków, Poland\nMobile: +48 512 307 846\nPurpose of stay: tourism\nSubmitted to ward police portal, ref CA-Q1-0314-2291',
    pii: [
      ['PERSON', 'Marta Anna KOWALCZYK'],
      ['DATE_OF_BIRTH', '21/09/1991'],
      ['PASSPORT', 'EK4718263'],
      ['ADDRESS', 'ul. Słowackiego 17 m. 24, 31-159 Kraków, Poland'],
      ['PHONE', '+48 512 307 846'],
    ],
  },
  {
    text: 'INVOICE No. 2025/031\nDate: 31 March 2025   Due: 30 April 2025\nFrom: Lucía Ortega Benavides — translation & subtitling\nC/ de Sant Joan de la Salle 42, 3º 2ª, 08022 Barcelona\nlucia.ortega.trad@gmail.com · +34 654 218 937\nTo: Nordlicht Media GmbH, Schanzenstraße 22, 20357 Hamburg — USt-IdNr. DE318845207\nPO ref: NLM-PO-7781\n1. Subtitling EN>ES, Ostsee Stories ep. 4–6, 142 min @ €4.20/min   €596.40\n2. Rush surcharge 15%   €89.46\nSubtotal €685.86\nVAT: reverse charge (art. 84 LIVA / Art. 196 Directive 2006/112/EC)\nTotal €685.86\nPlease pay by transfer to IBAN ES03 8107 8594 6233 7621 5334 (BIC CAIXESBBXXX) within 30 days.',
    pii: [
      ['PERSON', 'Lucía Ortega Benavides'],
      ['ADDRESS', 'C/ de Sant Joan de la Salle 42, 3º 2ª, 08022 Barcelona'],
      ['EMAIL', 'lucia.ortega.trad@gmail.com'],
      ['PHONE', '+34 654 218 937'],
      ['IBAN', 'ES03 8107 8594 6233 7621 5334'],
    ],
  },
  {
    text: "JEONSE LEASE CONTRACT — English reference translation (the Korean original prevails)\nContract No. 2025-SC-00318   Signed 2025-04-03 at Banpo Raemian Realty\n1. Property: 서울특별시 서초구 반포대로 58, 105동 803호 (parcel 반포동 18-1, land share 41.2㎡, exclusive area 84.97㎡, building ledger no. 11650-100-2817)\n2. Deposit: KRW 350,000,000 — down payment 35,000,000 today; balance 315,000,000 on 2025-05-30 (move-in)\n3. Term: 2025-05-30 to 2027-05-29 (24 months)\n4. Landlord: Choi Eun-young, RRN 920827-2962161, address 서울특별시 강남구 압구정로 165, 12동 504호, mobile 010-3318-7742\n5. Tenant: Lim Seo-yeon, RRN 010519-4248237, mobile 010-6721-0984\n6. Broker: Banpo Raemian Realty (representative Kang Min-seok), office reg. no. 11650-2021-00287, BRN 214-25-31478, tel 02-534-8800\n7. Balance to landlord's account: Shinhan 110-482-771093\n8. Special terms: landlord to discharge the existing mortgage (KB loan 2019-0418827) before the balance date.",
    pii: [
      ['ADDRESS', '서울특별시 서초구 반포대로 58, 105동 803호'],
      ['PERSON', 'Choi Eun-young'],
      ['RRN', '920827-2962161'],
      ['ADDRESS', '서울특별시 강남구 압구정로 165, 12동 504호'],
      ['PHONE', '010-3318-7742'],
      ['PERSON', 'Lim Seo-yeon'],
      ['RRN', '010519-4248237'],
      ['PHONE', '010-6721-0984'],
      ['PERSON', 'Kang Min-seok'],
      ['BRN', '214-25-31478'],
      ['BANK_ACCOUNT', '110-482-771093'],
    ],
  },
  {
    text: 'Transaction Date,Post Date,Description,Category,Amount,Card,Memo\n03/03/2025,03/04/2025,UBER *TRIP HELP.UBER.COM CA,Travel,-38.42,x4412,client visit\n03/04/2025,03/05/2025,AMZN Mktp US*2K4L91TZ0 Amzn.com/bill WA,Office supplies,-64.17,x4412,toner TN-760\n03/06/2025,03/07/2025,DELTA AIR 0062418829104 ATLANTA,Airfare,-412.80,x4412,DL 1183 ATL-BOS\n03/07/2025,03/08/2025,HARBORVIEW INN BOSTON 617-227-0850,Lodging,-589.66,x4412,conf 81442907\n03/11/2025,03/11/2025,PAYMENT THANK YOU,Payment,1105.05,x4412,\nExport generated 03/12/2025 10:41 by Finance (report ID EXP-2025-0311-77)',
    pii: [],
  },
];
