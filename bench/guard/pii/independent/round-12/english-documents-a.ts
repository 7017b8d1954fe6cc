// English documents for round 12, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwelveDocumentsA: readonly IndependentText[] = [
  {
    text: "Riverbend Pediatric Dentistry - New Patient Form\nChild's name: Mateo Alvarez-Quinn   Goes by: Teo\nBirthdate: 11-02-2018   School grade: 2nd\nParent/guardian completing form: Lucia Alvarez (mother)\nMailing address:\n5807 Ridgecrest Ln\nFort Collins, CO 80528\nBest # to reach: 970 482 3317 (texts ok)   Email: lucia.alvarez.q@yahoo.com\nDental insurance: Delta Dental PPO   Subscriber: Lucia Alvarez   Subscriber ID: 0412558903\nLast cleaning: about 8 months ago   Referred by: school nurse   Chart opened 03/04/2026",
    pii: [
      ['PERSON', 'Mateo Alvarez-Quinn'],
      ['PERSON', 'Teo'],
      ['DATE_OF_BIRTH', '11-02-2018'],
      ['PERSON', 'Lucia Alvarez'],
      ['ADDRESS', '5807 Ridgecrest Ln\nFort Collins, CO 80528'],
      ['PHONE', '970 482 3317'],
      ['EMAIL', 'lucia.alvarez.q@yahoo.com'],
      ['PERSON', 'Lucia Alvarez'],
      ['HEALTH_INSURANCE', '0412558903'],
    ],
  },
  {
    text: 'Seasonal hire packet - Copper Ridge Resort (Lift Ops)\nEmployee: Tran, Kevin D.   EE ID 7731-S   Housing: Staff Dorm B, Room 14 (no mail delivery)\nDOB 1/5/2003   SSN 447 62 1093\nPermanent address: 88 Juniper Hollow Rd, Leadville, CO 80461\nPay card declined - direct deposit to Ent Credit Union, RTN 307070115, acct # 1180 0462 57\nI-9: passport book 567193428 (exp 08/14/2033), no List B/C needed\nWage $19.50/hr + $2.00 ski-day differential   Season 12/01-04/12   Uniform size L',
    pii: [
      ['PERSON', 'Tran, Kevin D.'],
      ['DATE_OF_BIRTH', '1/5/2003'],
      ['US_SSN', '447 62 1093'],
      ['ADDRESS', '88 Juniper Hollow Rd, Leadville, CO 80461'],
      ['BANK_ACCOUNT', '1180 0462 57'],
      ['PASSPORT', '567193428'],
    ],
  },
  {
    text: '[ALERT] Impossible travel - severity MEDIUM - 2026-03-04T06:52:11Z\nuser: k.osei@fernhill-legal.com   samAccountName: kosei\ndisplayName: Kwabena Osei   dept: Litigation Support\nsign-in 1: 102.176.88.41 (Accra, GH) 06:31Z - success, legacy auth blocked\nsign-in 2: 24.48.119.203 (Toronto, CA) 06:49Z - MFA satisfied\nclient: Outlook 16.0.18025.20160, unmanaged device, NIC 9c-b6-d0-4e-21-7f\nanalyst note: user travelling per manager (see CHG-22107); 2nd IP is his home ISP. Closed as benign, rule IT-114 tuned.',
    pii: [
      ['EMAIL', 'k.osei@fernhill-legal.com'],
      ['USERNAME', 'kosei'],
      ['PERSON', 'Kwabena Osei'],
      ['IP_ADDRESS', '102.176.88.41'],
      ['IP_ADDRESS', '24.48.119.203'],
      ['MAC_ADDRESS', '9c-b6-d0-4e-21-7f'],
    ],
  },
  {
    text: 'RX 0447129   ORIG 11/03/2025   REFILLS LEFT: 0 - CALL PRESCRIBER\nGUTIERREZ, ESPERANZA        DOB 02-14-1944\nLEVOTHYROXINE 75 MCG TABLET   QTY 90\nTAKE ONE TABLET BY MOUTH EVERY MORNING ON AN EMPTY STOMACH 30-60 MIN BEFORE BREAKFAST\nDR: NAKAMURA, KENJI MD\nMFR MYLAN   LOT 8P41172   USE BY 09/2027\nKROGER PHARMACY #622 - PICK UP BY 03/14 OR RETURNED TO STOCK',
    pii: [
      ['PERSON', 'GUTIERREZ, ESPERANZA'],
      ['DATE_OF_BIRTH', '02-14-1944'],
      ['PERSON', 'NAKAMURA, KENJI'],
    ],
  },
  {
    text: 'FedEx Home Delivery        SHIP DATE: 02MAR26   ACT WGT: 11.20 LB\nTO  2714 MAGNOLIA TRACE DR\n    SUGAR LAND TX 77479\n    ATTN: OKONJO, CHIDINMA\n    (832) 941-0376\nTRK# 7794 2210 8836   FORM 0201\nREF: RMA 4471-22   DEPT: WARRANTY\nDELIVER WITHOUT SIGNATURE',
    pii: [
      ['ADDRESS', '2714 MAGNOLIA TRACE DR\n    SUGAR LAND TX 77479'],
      ['PERSON', 'OKONJO, CHIDINMA'],
      ['PHONE', '(832) 941-0376'],
    ],
  },
  {
    text: 'Valley BlueShield - Claim Summary (this is not a bill)\nPatient: Leah Marchetti (dependent 02)   Subscriber ID: XJH 420 771 865-02\nClaim 2026-0311-77480 processed 03/11/2026\nIn-network: Sunrise Imaging Center | MRI knee w/o contrast (73721)\nBilled $2,180.00 | Allowed $614.22 | Deductible applied $500.00 | Coinsurance 20% $22.84\nYour responsibility: $522.84   Deductible met YTD: $500 of $500\nQuestions? Call the number on the back of your ID card.',
    pii: [
      ['PERSON', 'Leah Marchetti'],
      ['HEALTH_INSURANCE', 'XJH 420 771 865-02'],
    ],
  },
  {
    text: "payroll - Amara (emp #4471, Tempe store) got married and wants her name changed before the next run. new legal name Amara Okeke-Lindgren (was Amara Okeke). SSN stays the same obviously, 538-77-2106, I checked it against the new card she brought in.\nshe's also moved: 1640 E Apache Blvd Unit 3021, Tempe AZ 85281\nnew personal email amaraol.dance@outlook.com, mobile unchanged 480-662-9175\nmarriage cert copy is in the shared drive under /HR/2026/Q1, delete once you've seen it pls\n-- Teodoro",
    pii: [
      ['PERSON', 'Amara'],
      ['PERSON', 'Amara Okeke-Lindgren'],
      ['PERSON', 'Amara Okeke'],
      ['US_SSN', '538-77-2106'],
      ['ADDRESS', '1640 E Apache Blvd Unit 3021, Tempe AZ 85281'],
      ['EMAIL', 'amaraol.dance@outlook.com'],
      ['PHONE', '480-662-9175'],
      ['PERSON', 'Teodoro'],
    ],
  },
  {
    text: "To: Bereavement Team, Northfield Savings Bank\n\nRe: Estate of Walter J. Brzezinski (died 2/9/2026)\n\nI am the executor of my father's estate and am writing to close his savings account, no. 0071-284419-6, and have the balance sent by check to me at 19 Larkspur Court, Schenectady, NY 12309. A certified copy of the death certificate and the Letters Testamentary (Surrogate's Court file 2026-0388) are enclosed.\n\nHis statements were still going to 412 Hamilton St, Albany, NY 12203. That house has been sold, so please stop mailing there.\n\nYou can reach me on (518) 280-6631 after 4pm.\n\nRespectfully,\nJoanne Brzezinski Kowalczyk",
    pii: [
      ['PERSON', 'Walter J. Brzezinski'],
      ['BANK_ACCOUNT', '0071-284419-6'],
      ['ADDRESS', '19 Larkspur Court, Schenectady, NY 12309'],
      ['ADDRESS', '412 Hamilton St, Albany, NY 12203'],
      ['PHONE', '(518) 280-6631'],
      ['PERSON', 'Joanne Brzezinski Kowalczyk'],
    ],
  },
  {
    text: 'CITY OF GREELEY WATER & SEWER\nACCOUNT NUMBER 004419-338201          BILLING DATE 03/02/2026\nMARISOL & DEREK FONTAINE\n2231 W 24TH ST RD\nGREELEY CO 80634-7708\nSERVICE PERIOD 01/28 - 02/27 (30 DAYS)\nPREVIOUS READ 0884120   CURRENT READ 0888460   USAGE 4,340 GAL\nWATER BASE $38.14   USAGE $21.70   SEWER $41.06   STORMWATER $9.80\nTOTAL DUE $110.70 BY 03/23/2026 - ENROLLED IN AUTOPAY, DO NOT PAY',
    pii: [
      ['PERSON', 'MARISOL'],
      ['PERSON', 'DEREK FONTAINE'],
      ['ADDRESS', '2231 W 24TH ST RD\nGREELEY CO 80634-7708'],
    ],
  },
  {
    text: "Calder Valley Building Society\nACCOUNT CONFIRMATION\n\nWe confirm that the account below is held with us in the name of MISS PRIYANKA J DESAI.\nCorrespondence address: 7 Rookery Lane, Hebden Bridge, HX7 8AQ\nAccount type: Instant Access Saver (Issue 4)\nSort code: 60-83-71      Account number: 31449027\nFor international payments: IBAN GB68 CVBS 6083 7131 4490 27, BIC CVBSGB21\nBalance at close of business 27/02/2026: £8,412.55   Rate 3.10% AER variable\nIssued by branch 0412 at the customer's request (visa application).",
    pii: [
      ['PERSON', 'PRIYANKA J DESAI'],
      ['ADDRESS', '7 Rookery Lane, Hebden Bridge, HX7 8AQ'],
      ['BANK_ACCOUNT', '31449027'],
      ['IBAN', 'GB68 CVBS 6083 7131 4490 27'],
    ],
  },
  {
    text: "Our ref: REP/26/04471\n\n2 March 2026\n\nMr Tunde Bakare\n16 Marlowe House\nCressingham Estate\nLondon SE5 0NW\n\nDear Mr Bakare,\n\nFollowing your call on 24 February about mould in the rear bedroom, our surveyor will attend on Wednesday 11 March between 8am and 12pm. The inspection takes about 45 minutes. If you need to rearrange, please contact me directly on 020 7946 0381 rather than the main repairs line (0300 123 4560).\n\nYours sincerely,\n\nMaeve O'Sullivan\nRepairs Officer, Southbank Homes",
    pii: [
      ['PERSON', 'Tunde Bakare'],
      ['ADDRESS', '16 Marlowe House\nCressingham Estate\nLondon SE5 0NW'],
      ['PERSON', 'Bakare'],
      ['PHONE', '020 7946 0381'],
      ['PERSON', "Maeve O'Sullivan"],
    ],
  },
  {
    text: 'Claim no. CLM-7781204      Policy: Gadget Cover Plus (£9.99/month, excess £75)\nPolicyholder: Callum Fraser-McLeod\nD.O.B. 14/12/1989\nAddress: 3F2, 18 Marchmont Crescent, Edinburgh EH9 1HN\nNumber on affected device: +44 7712 908 344\nDevice: Google Pixel 9 Pro 128GB Obsidian   IMEI 35 884211 502763 6\nReplacement SIM issued, ICCID 89441000302158847715\nIncident: left on a no. 23 bus 27/02; Lothian lost property checked 02/03. Crime ref not needed for loss.\nStatus: APPROVED - replacement dispatched via DPD, tracking 15502239874416',
    pii: [
      ['PERSON', 'Callum Fraser-McLeod'],
      ['DATE_OF_BIRTH', '14/12/1989'],
      ['ADDRESS', '3F2, 18 Marchmont Crescent, Edinburgh EH9 1HN'],
      ['PHONE', '+44 7712 908 344'],
      ['IMEI', '35 884211 502763 6'],
      ['ICCID', '89441000302158847715'],
    ],
  },
  {
    text: 'Dermatology Outpatients, Royal Derby Hospital\nClinic date: 26/02/2026    Typed: 03/03/2026\n\nDr P. Mensah\nAllestree Medical Centre\n\nDear Dr Mensah\n\nMr Graham Ashworth-Lyle   DOB 08 May 1961   NHS No 438 112 6041\n9 Kedleston Close, Allestree, Derby DE22 2QE\n\nDiagnosis: 7 mm nodular BCC, left nasal ala. He has been listed for Mohs surgery (current wait approx. 10 weeks). No action needed from you at this stage.\n\nYours sincerely\n\nDr Ifeoma Chukwu\nSpecialty Registrar in Dermatology\ncc: patient',
    pii: [
      ['PERSON', 'P. Mensah'],
      ['PERSON', 'Mensah'],
      ['PERSON', 'Graham Ashworth-Lyle'],
      ['DATE_OF_BIRTH', '08 May 1961'],
      ['HEALTH_INSURANCE', '438 112 6041'],
      ['ADDRESS', '9 Kedleston Close, Allestree, Derby DE22 2QE'],
      ['PERSON', 'Ifeoma Chukwu'],
    ],
  },
  {
    text: "From: Becky Ainsworth <becky.a.1988@btinternet.com>\nTo: PulseFit Membership Team\nSubject: Re: Membership 0044817 - STILL being charged after cancelling\n\nI cancelled in person at the Kirkstall club on 30 Jan and was told the Feb payment would be the last one. You've now taken £34.99 on 1 March as well (ref PFT-DD-883104). I have the cancellation slip, number C-2291. Please refund it and confirm in writing or I'll raise an indemnity claim with my bank.\n\nBecky",
    pii: [
      ['PERSON', 'Becky Ainsworth'],
      ['EMAIL', 'becky.a.1988@btinternet.com'],
      ['PERSON', 'Becky'],
    ],
  },
  {
    text: 'Prairie Community Lab - Outpatient Requisition\nPatient: Hendricks, Owen T.    Sex: M    Birth date: 1983 Jun 27\nAHCIP PHN: 41823-6670\nPhone (home): 403-286-5519\nClinic MRN: NWC-00733218\nTests: HbA1c, lipid panel (fasting), creatinine/eGFR, urine ACR\nCopy to: ordering clinic #22\nCollect on or after 2026-03-16. Fasting 10-12 hr, water ok.',
    pii: [
      ['PERSON', 'Hendricks, Owen T.'],
      ['DATE_OF_BIRTH', '1983 Jun 27'],
      ['HEALTH_INSURANCE', '41823-6670'],
      ['PHONE', '403-286-5519'],
      ['MEDICAL_RECORD', 'NWC-00733218'],
    ],
  },
  {
    text: 'Northlink Mobile - Port-In Request\nSubscriber name (as on old account): Ximena Castillo Reyes\nNumber to transfer: (514) 903-7741\nCurrent provider: Vidéotron   Old account #: 8417 2209 314\nOld provider account PIN: 0592\nDevice: Motorola edge 2025 (unlocked)   IMEI 351284119730450\nPlan: 60 GB 5G, $45/mo, promo price until 2027-03\nSubmitted 2026-03-05 14:07 by agent T-4418, Laval kiosk 3',
    pii: [
      ['PERSON', 'Ximena Castillo Reyes'],
      ['PHONE', '(514) 903-7741'],
      ['PASSWORD', '0592'],
      ['IMEI', '351284119730450'],
    ],
  },
  {
    text: "Hello Marc-André,\n\nThanks for showing us the 2-bedroom on Young St yesterday, we'd like to apply. As you asked, my employment reference is my supervisor at the bakery, Leanne Fitzgerald, 902-466-1187 (she's in from 5am so morning calls are best).\n\nMy mom Bernadette Gillis has agreed to co-sign. She lives at 27 Birch Hill Drive, Antigonish, NS B2G 1K8 and her cell is 902 863 4410.\n\nWe're fine with the $1,795 rent and a half-month damage deposit, and could take possession June 1. Credit check consent form is signed and attached.\n\nThanks again,\nTyler Gillis\n902-220-5068",
    pii: [
      ['PERSON', 'Marc-André'],
      ['PERSON', 'Leanne Fitzgerald'],
      ['PHONE', '902-466-1187'],
      ['PERSON', 'Bernadette Gillis'],
      ['ADDRESS', '27 Birch Hill Drive, Antigonish, NS B2G 1K8'],
      ['PHONE', '902 863 4410'],
      ['PERSON', 'Tyler Gillis'],
      ['PHONE', '902-220-5068'],
    ],
  },
  {
    text: "NEW CLIENT FORM - Kedron Physio & Pilates\nFamily name: O'BRIEN-TUALA\nFirst name(s): Manaia James\nDOB: 03.09.2009     Age: 16\nResidential address: 7 Wattlebird Cres, Kedron QLD 4031\nParent/guardian mobile: 0433 612 098\nMedicare card: 2953 61842 1    Ref no. 3\nPrivate health fund: Medibank, member no. 71 204 8836\nInjury: R ankle sprain (Sat rugby)   Referred by: club coach",
    pii: [
      ['PERSON', "O'BRIEN-TUALA"],
      ['PERSON', 'Manaia James'],
      ['DATE_OF_BIRTH', '03.09.2009'],
      ['ADDRESS', '7 Wattlebird Cres, Kedron QLD 4031'],
      ['PHONE', '0433 612 098'],
      ['HEALTH_INSURANCE', '2953 61842 1'],
      ['HEALTH_INSURANCE', '71 204 8836'],
    ],
  },
  {
    text: "hi Hana, re the Christchurch trip next wk - details for the campervan booking:\nname as on licence: Dylan Kereama Walsh\nNZ licence DK482091 (version 207)\nbday 22/11/1990\nI'll pay the bond on my own card so it doesn't hit the company account: Visa 4556 7302 1184 9924, expires 08/28\nflight is NZ 521 landing CHC 10:40 so pickup 11:30 earliest. 4-berth is fine, $1,240 for the week quoted\nta!",
    pii: [
      ['PERSON', 'Hana'],
      ['PERSON', 'Dylan Kereama Walsh'],
      ['DRIVER_LICENSE', 'DK482091'],
      ['DATE_OF_BIRTH', '22/11/1990'],
      ['CREDIT_CARD', '4556 7302 1184 9924'],
      ['CARD_EXPIRY', '08/28'],
    ],
  },
  {
    text: 'CANDIDATE SUBMISSION   Role: HV Electrician (FIFO 2:1)   Job ID RR-11092\nCandidate: Bart Kowalski-Hine\nPh 0409 771 530  |  bart.kh.sparky@outlook.com.au\nTickets: WA electrical licence (sighted), HR truck, EWP, working at heights - all current\nLast role: shutdown electrician, Pilbara contracts 2021-2026\nReferee: Shane Doherty, site supervisor - mob 0418 942 067, best after 5pm AWST\nRate: $68/hr + super   Available: next swing from 16/03\nConsultant: Tegan Ward, Redgum Recruitment',
    pii: [
      ['PERSON', 'Bart Kowalski-Hine'],
      ['PHONE', '0409 771 530'],
      ['EMAIL', 'bart.kh.sparky@outlook.com.au'],
      ['PERSON', 'Shane Doherty'],
      ['PHONE', '0418 942 067'],
      ['PERSON', 'Tegan Ward'],
    ],
  },
  {
    text: 'AIR NEW ZEALAND - Advance Passenger Information received\nFAMILY NAME: MORALES ITURBE    GIVEN NAMES: JUAN PABLO    TITLE: MR\nTravel document: PASSPORT   No. G41837265   Issued by: MEX   Expiry: 19 JAN 2031\nFlight NZ 5   LAX 21:35 - AKL 06:10 (+2)   Seat 42C   Economy\nBooking ref: 7QHRT2   Airpoints no.: not provided\nNZeTA: approved   IVL paid NZD 100\nCheck-in closes 60 min before departure.',
    pii: [
      ['PERSON', 'MORALES ITURBE'],
      ['PERSON', 'JUAN PABLO'],
      ['PASSPORT', 'G41837265'],
    ],
  },
  {
    text: "CORK UNIVERSITY HOSPITAL - RADIOLOGY REPORT\nHospital no.: M0419862     Accession: RAD-26-118203\nName: O'Mahony, Brendan     D.O.B.: 11-Mar-1952\nAddr: Rathcoursey East, Midleton, Co. Cork, P25 X2F6\nExam: CT thorax with contrast, 02/03/2026 14:32. Referrer: Resp OPD.\nFindings: 9 mm spiculated nodule RUL (series 4, image 87). No mediastinal lymphadenopathy. No effusion.\nImpression: suspicious for primary lung malignancy. Suggest PET-CT and MDT discussion.\nReported by: Dr Cian Moriarty, Consultant Radiologist   Verified 03/03/2026 09:10",
    pii: [
      ['MEDICAL_RECORD', 'M0419862'],
      ['PERSON', "O'Mahony, Brendan"],
      ['DATE_OF_BIRTH', '11-Mar-1952'],
      ['ADDRESS', 'Rathcoursey East, Midleton, Co. Cork, P25 X2F6'],
      ['PERSON', 'Cian Moriarty'],
    ],
  },
  {
    text: "Hiya, tracking H01ZXA0048812734 says \"delivered to front porch\" at 13:52 but there's nothing here and we haven't even got a porch. The photo in the app shows a blue door, ours is grey. Address is 31 Cherrytree Walk, Kirkby-in-Ashfield, Nottingham NG17 8PL - could the driver have left it at no. 13 by mistake? Please ring or text 07481 556203, name's Kerry-Ann Bostock. It's about £64 of school uniform so I need it before Monday!!",
    pii: [
      ['ADDRESS', '31 Cherrytree Walk, Kirkby-in-Ashfield, Nottingham NG17 8PL'],
      ['PHONE', '07481 556203'],
      ['PERSON', 'Kerry-Ann Bostock'],
    ],
  },
  {
    text: '{\n  "refundId": "RF-2026-031877",\n  "orderNumber": "NL7704129",\n  "customer": {\n    "firstName": "Sanne",\n    "lastName": "van der Veen",\n    "email": "sanne.vdveen@ziggo.nl",\n    "phone": "06-41837290"\n  },\n  "iban": "NL28 RABO 0318 4427 91",\n  "amountEur": 89.95,\n  "reason": "wrong size",\n  "status": "approved"\n}',
    pii: [
      ['PERSON', 'Sanne'],
      ['PERSON', 'van der Veen'],
      ['EMAIL', 'sanne.vdveen@ziggo.nl'],
      ['PHONE', '06-41837290'],
      ['IBAN', 'NL28 RABO 0318 4427 91'],
    ],
  },
  {
    text: 'MERIDIAN GLOBAL HEALTH - Insurance certificate for visa purposes\nThis certifies that Mr Tharindu Wickramasinghe, date of birth 5 December 1998, is insured under our International Student Plan (group scheme ISP-EU-26) with member number MGH 0073 1146 02.\nPeriod of cover: 15.03.2026 - 14.03.2027 (365 days). Territory: Schengen area, plus home country max. 30 days.\nMedical expenses covered up to EUR 100,000, repatriation included, no deductible.\nValid for: national visa (D), student, Germany.\nIssued Dublin, 4 March 2026. Certificate ID C-88204-X',
    pii: [
      ['PERSON', 'Tharindu Wickramasinghe'],
      ['DATE_OF_BIRTH', '5 December 1998'],
      ['HEALTH_INSURANCE', 'MGH 0073 1146 02'],
    ],
  },
];
