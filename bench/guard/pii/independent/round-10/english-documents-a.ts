// English documents for round 10, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTenDocumentsA: readonly IndependentText[] = [
  {
    text: 'NEW PATIENT INFORMATION - Riverbend Internal Medicine\nName (Last, First MI): Kowalczyk, Gerald T.\nDate of Birth: 12/09/1953   Gender: M   Marital status: Widowed\nAddress: 5817 Old Hickory Blvd, Hermitage, TN 37076\nHome phone: (615) 883-2740   Cell: (615) 406-1198\nEmail: gkowal53@bellsouth.net\nInsurance: Humana Gold Plus HMO   Member ID: H48302917-01   Group: 7Y114\nEmergency contact / relationship: Donna Kowalczyk-Reyes (daughter), 629-221-0457\nReferred by: Dr. Ames   First appt: 03/10/2026 9:40 AM   Room 4',
    pii: [
      ['PERSON', 'Kowalczyk, Gerald T.'],
      ['DATE_OF_BIRTH', '12/09/1953'],
      ['ADDRESS', '5817 Old Hickory Blvd, Hermitage, TN 37076'],
      ['PHONE', '(615) 883-2740'],
      ['PHONE', '(615) 406-1198'],
      ['EMAIL', 'gkowal53@bellsouth.net'],
      ['HEALTH_INSURANCE', 'H48302917-01'],
      ['PERSON', 'Donna Kowalczyk-Reyes'],
      ['PHONE', '629-221-0457'],
      ['PERSON', 'Ames'],
    ],
  },
  {
    text: "NEW HIRE SETUP - Summit Ridge Manufacturing (Plant 2)\nEmployee: Tamika R. Holloway          Emp ID: 30882\nPosition: CNC Operator II             Hire date: 03/16/2026\nSSN: 447-09-3186    DOB: 02/11/1988\nHome address: 1190 Brookfield Ct, Apt 3B, Florence, KY 41042\nDirect deposit - Fifth Third, ABA 042000314, acct 7301948826 (checking, 100%)\nI-9: List B - KY driver's license T02-481-937, exp 02/11/2030; List C - SS card\nHourly rate $23.40   Shift: 3rd (10p-6:30a)   Locker #: 118",
    pii: [
      ['PERSON', 'Tamika R. Holloway'],
      ['US_SSN', '447-09-3186'],
      ['DATE_OF_BIRTH', '02/11/1988'],
      ['ADDRESS', '1190 Brookfield Ct, Apt 3B, Florence, KY 41042'],
      ['BANK_ACCOUNT', '7301948826'],
      ['DRIVER_LICENSE', 'T02-481-937'],
    ],
  },
  {
    text: 'INC0061573 | Sev 3 | Assignment group: Service Desk L1 | Created 2026-03-03 07:52 EST\nReported by: Rafael Quintero-Ames (Claims Processing), desk x2218\nShort description: VPN connects but Outlook keeps prompting for credentials\nLogin: rquintero\nHostname: WKS-CLM-0447 (HP EliteBook 840 G10), Windows 11 23H2, build 22631.3296\nGlobalProtect logs show public IP 98.207.153.41 (Spectrum, Tampa FL), gateway gp-east-02\nAdapter: Intel Wi-Fi 6E AX211, MAC A4:6B:B6:2F:09:D3\nWork notes: cleared Credential Manager, rebuilt OST. User confirmed working 08:31. Resolved - KB0010427.',
    pii: [
      ['PERSON', 'Rafael Quintero-Ames'],
      ['USERNAME', 'rquintero'],
      ['IP_ADDRESS', '98.207.153.41'],
      ['MAC_ADDRESS', 'A4:6B:B6:2F:09:D3'],
    ],
  },
  {
    text: 'RX 0448172   DATE FILLED 02/21/2026   QTY 90   REFILLS LEFT: 3\nFOR: ECHEVERRIA, ROSALINDA          DOB: 05/30/1966\nLISINOPRIL 20 MG TABLET\nTAKE ONE TABLET BY MOUTH EVERY MORNING FOR BLOOD PRESSURE\nDR: Kimberly Oyelaran, MD\nMFG: LUPIN   NDC 68180-0514-09\nCVS Pharmacy #5523 Mesa AZ   You pay: $0.00\nMay cause dizziness. DISCARD AFTER 02/2027',
    pii: [
      ['PERSON', 'ECHEVERRIA, ROSALINDA'],
      ['DATE_OF_BIRTH', '05/30/1966'],
      ['PERSON', 'Kimberly Oyelaran'],
    ],
  },
  {
    text: 'USPS PRIORITY MAIL 2-DAY      C011\nSHIP TO:\nESPERANZA VILLALOBOS\n8830 SW CANYON LN APT 14\nBEAVERTON OR 97005-3310\nPH 971.240.6615\nUSPS TRACKING # 9405 5118 9956 1843 2207 71\nORDER 118-4420917-5530641   PKG 1 OF 2   WT 2 LB 6 OZ',
    pii: [
      ['PERSON', 'ESPERANZA VILLALOBOS'],
      ['ADDRESS', '8830 SW CANYON LN APT 14\nBEAVERTON OR 97005-3310'],
      ['PHONE', '971.240.6615'],
    ],
  },
  {
    text: 'Explanation of Benefits - This is not a bill\nUnitedHealthcare Community Plan of Georgia\nSubscriber: ANTOINETTE V BRISCOE   Member ID: 918442730-00\nPatient: Jaylen Briscoe (dependent)\nClaim number: 2026031177X4102   Processed 03/11/2026\nProvider: Peachtree Pediatric Dentistry   Date of service 02/24/2026\nD1120 Prophylaxis - child    Charged $96.00   Allowed $58.40   Plan paid $58.40\nD1206 Fluoride varnish       Charged $42.00   Allowed $22.15   Plan paid $22.15\nYour share: $0.00   Questions? 1-866-633-2446 (TTY 711)',
    pii: [
      ['PERSON', 'ANTOINETTE V BRISCOE'],
      ['HEALTH_INSURANCE', '918442730-00'],
      ['PERSON', 'Jaylen Briscoe'],
    ],
  },
  {
    text: "hey all - forwarding onboarding stuff for our new PM Tomasz Wierzbicki (starts Mon 4/13)\ncouple things for payroll:\n- ssn 563-47-2190 (he sent it over Slack DM, I've deleted it there, pls don't paste it anywhere)\n- address 2604 E Olive St, Seattle WA 98122\n- personal gmail tomek.wierzbicki@gmail.com, cell 206 551 0384\nlaptop req is REQ-20418 (MBP 14\" M4, 32GB). comp approved at $168,500 + $10k signing, level L5.\nty!\nKendra",
    pii: [
      ['PERSON', 'Tomasz Wierzbicki'],
      ['US_SSN', '563-47-2190'],
      ['ADDRESS', '2604 E Olive St, Seattle WA 98122'],
      ['EMAIL', 'tomek.wierzbicki@gmail.com'],
      ['PHONE', '206 551 0384'],
      ['PERSON', 'Kendra'],
    ],
  },
  {
    text: 'To whom it may concern,\n\nI would like to close my savings account and move the remaining balance into my checking account. I am also moving, so please send the closing statement to my new address below and not to 311 Linden Street, Apt 2, Worcester, MA 01609.\n\nAccount holder: Bernard J. Fitzsimmons\nSavings account number: 0073 5518 204\nChecking account number: 0073 5518 219\nNew address (effective March 28): 48 Cobble Hill Road, Shrewsbury, MA 01545\nHome phone: 508-842-6671\n\nThank you for your help,\nBernard Fitzsimmons',
    pii: [
      ['ADDRESS', '311 Linden Street, Apt 2, Worcester, MA 01609'],
      ['PERSON', 'Bernard J. Fitzsimmons'],
      ['BANK_ACCOUNT', '0073 5518 204'],
      ['BANK_ACCOUNT', '0073 5518 219'],
      ['ADDRESS', '48 Cobble Hill Road, Shrewsbury, MA 01545'],
      ['PHONE', '508-842-6671'],
      ['PERSON', 'Bernard Fitzsimmons'],
    ],
  },
  {
    text: 'XCEL ENERGY   Statement date 02/12/2026   Page 1 of 2\nSERVICE ADDRESS\n3306 W 44TH AVE\nDENVER CO 80211\nACCOUNT HOLDER  TOBIAS K ENGQUIST\nAccount no. 53-0081947726-4   Premise no. 302114598\nElectricity   688 kWh      $97.52\nNatural gas   141 therms   $118.06\nTotal amount due $215.58   Due by 03/04/2026\nPay by phone: 1-800-895-4999',
    pii: [
      ['ADDRESS', '3306 W 44TH AVE\nDENVER CO 80211'],
      ['PERSON', 'TOBIAS K ENGQUIST'],
    ],
  },
  {
    text: 'Nationwide FlexAccount   Statement no. 112   11 Feb 2026 to 10 Mar 2026\nMrs Parveen Akhtar-Hussain\n27 Moorland Crescent\nBradford\nBD9 5LN\nSort code 07-01-16   Account no. 39104827\nIBAN GB37 NAIA 0701 1639 1048 27   BIC NAIAGB21\nDate     Description                 Out      In       Balance\n12 Feb   ASDA SUPERSTORE 4471        62.35             874.19\n14 Feb   CHILD BENEFIT                        102.40   976.59\n20 Feb   DD YORKSHIRE WATER          41.00             935.59',
    pii: [
      ['PERSON', 'Parveen Akhtar-Hussain'],
      ['ADDRESS', '27 Moorland Crescent\nBradford\nBD9 5LN'],
      ['BANK_ACCOUNT', '39104827'],
      ['IBAN', 'GB37 NAIA 0701 1639 1048 27'],
    ],
  },
  {
    text: "3 April 2026\n\nDear Mr Szymański,\n\nProperty: 14B Heathfield Terrace, Leeds LS6 2PQ\n\nFurther to our call this morning, I'm writing to confirm that the boiler engineer (Apex Heating, job no. AH-55812) will attend on Tuesday 7 April between 8am and 12pm. Your rent of £895 for April has been received, thank you. If nobody will be in, let me know and I'll arrange for them to collect the spare key from the office - my mobile is 07811 936 204.\n\nBest wishes,\nFiona McTaggart\nProperty Manager",
    pii: [
      ['PERSON', 'Szymański'],
      ['ADDRESS', '14B Heathfield Terrace, Leeds LS6 2PQ'],
      ['PHONE', '07811 936 204'],
      ['PERSON', 'Fiona McTaggart'],
    ],
  },
  {
    text: 'Contract Summary - Vodafone UK\nCustomer: Callum Fraser-Whyte   DOB: 14/06/2001\nAddress: 9 Braeside Gardens, Dundee DD3 8HT\nYour number: 07519 448 203 (ported from EE, PAC verified)\nDevice: Apple iPhone 16 Pro 256GB Desert Titanium\nIMEI: 356937148205563\nSIM no.: 8944100381227049164\nAirtime plan: Unlimited Lite, 24 months, £29.00/month; device plan £31.50/month x 36\nPrice rise each April: £2.00/month   Order no.: VF-7720041938',
    pii: [
      ['PERSON', 'Callum Fraser-Whyte'],
      ['DATE_OF_BIRTH', '14/06/2001'],
      ['ADDRESS', '9 Braeside Gardens, Dundee DD3 8HT'],
      ['PHONE', '07519 448 203'],
      ['IMEI', '356937148205563'],
      ['ICCID', '8944100381227049164'],
    ],
  },
  {
    text: 'Dear Dr Abernethy,\n\nRe: Mr Clive Ostrowski   DOB 02.05.1951   NHS No. 485 777 3457\nFlat 2, 17 Coronation Road, Southville, Bristol BS3 1AS\n\nI would be grateful if you could see this 74-year-old retired electrician with a 6-week history of progressive dysphagia to solids and 4 kg unintentional weight loss. He is an ex-smoker (40 pack-years). Hb 109, MCV 78. I have started omeprazole 20 mg OD in the meantime. Please see urgently under the suspected upper GI cancer pathway.\n\nYours sincerely,\n\nDr Imran Qureshi\nBedminster Family Practice',
    pii: [
      ['PERSON', 'Abernethy'],
      ['PERSON', 'Clive Ostrowski'],
      ['DATE_OF_BIRTH', '02.05.1951'],
      ['HEALTH_INSURANCE', '485 777 3457'],
      ['ADDRESS', 'Flat 2, 17 Coronation Road, Southville, Bristol BS3 1AS'],
      ['PERSON', 'Imran Qureshi'],
    ],
  },
  {
    text: "From: Lorraine Tegg <l.tegg64@btinternet.com>\nSent: 02 March 2026 21:47\nTo: Customer Accounts\nSubject: RE: Your account 8841 0273 3619 - final bill\n\nI moved out of the property on 30 January and gave you a final reading of 31562 on the day. Your final bill (FB-3318820) uses 33,104, which is obviously the new tenant's reading. You're asking me for £287.90 and threatening a debt collector. I want this corrected and a written apology. I've already rung twice (call refs 20260211-4471 and 20260219-0932).\nL. Tegg",
    pii: [
      ['PERSON', 'Lorraine Tegg'],
      ['EMAIL', 'l.tegg64@btinternet.com'],
      ['PERSON', 'L. Tegg'],
    ],
  },
  {
    text: 'Clinic Intake Form - Crowfoot Walk-In Medical (Calgary)\nSurname, Given: MACKENZIE-ROSS, Isla\nDate of birth (YYYY/MM/DD): 2011/07/19\nParent/guardian: Fergus Mackenzie-Ross   Cell 403-862-5519\nAHCIP #: 49382-1057\nPresenting complaint: R ear pain x 2 days, temp 38.1\nMeds: none   Allergies: NKDA\nPatient chart no.: CW-229041   Triage: 3   Arrival: 10:05',
    pii: [
      ['PERSON', 'MACKENZIE-ROSS, Isla'],
      ['DATE_OF_BIRTH', '2011/07/19'],
      ['PERSON', 'Fergus Mackenzie-Ross'],
      ['PHONE', '403-862-5519'],
      ['HEALTH_INSURANCE', '49382-1057'],
      ['MEDICAL_RECORD', 'CW-229041'],
    ],
  },
  {
    text: 'TELUS - Service Agreement\nAccount holder: Mélanie Tremblay-Gagnon\nPhone number: 514-739-8802 (new activation)\nDevice: Samsung Galaxy S25 FE 128GB   IMEI: 350412368819028\nRate plan: Unlimited 75 GB Canada, $60.00/mo; connection fee $45.00\nDevice balance $612.00 over 24 mo. (TELUS Easy Payment), $25.50/mo\nSecurity passcode on account: tulip88\nContract # 3361-90-22704   Sold by: rep 77410, Carrefour Laval',
    pii: [
      ['PERSON', 'Mélanie Tremblay-Gagnon'],
      ['PHONE', '514-739-8802'],
      ['IMEI', '350412368819028'],
      ['PASSWORD', 'tulip88'],
    ],
  },
  {
    text: "Hello Mr. Barzani,\n\nThank you for showing us the basement suite on Saturday. As discussed, here are the references for our application:\n- Current landlord: Linda Choy, 604-299-4518 (we've rented from her since 2021)\n- My manager at work, Tevita Fifita, tevita.fifita@fraserhealth.ca\n\nOur current address is 5520 Joyce St, Unit 308, Vancouver, BC V5R 4H1. We are hoping to move in on June 1, and the $1,975/month rent and half-month deposit ($987.50) both work for us.\n\nBest regards,\nHana Kurosawa\n604-833-7012",
    pii: [
      ['PERSON', 'Barzani'],
      ['PERSON', 'Linda Choy'],
      ['PHONE', '604-299-4518'],
      ['PERSON', 'Tevita Fifita'],
      ['EMAIL', 'tevita.fifita@fraserhealth.ca'],
      ['ADDRESS', '5520 Joyce St, Unit 308, Vancouver, BC V5R 4H1'],
      ['PERSON', 'Hana Kurosawa'],
      ['PHONE', '604-833-7012'],
    ],
  },
  {
    text: 'NEW PATIENT DETAILS - Fremantle Medical Centre\nFamily name: PAPADOPOULOS      Given name(s): Georgios (George)\nDOB: 03/12/1974   Gender: M\nResidential address: 6 Marine Tce, South Fremantle WA 6162\nMobile: 0437 115 862   Home: (08) 9335 4071\nMedicare card: 2953 61842 2   Ref: 1   Exp: 08/2028\nConcession/DVA: No\nNext of kin: Eleni Papadopoulos (wife), same mobile\nPreferred GP: any   Interpreter needed: No',
    pii: [
      ['PERSON', 'PAPADOPOULOS'],
      ['PERSON', 'Georgios'],
      ['PERSON', 'George'],
      ['DATE_OF_BIRTH', '03/12/1974'],
      ['ADDRESS', '6 Marine Tce, South Fremantle WA 6162'],
      ['PHONE', '0437 115 862'],
      ['PHONE', '(08) 9335 4071'],
      ['HEALTH_INSURANCE', '2953 61842 2'],
      ['PERSON', 'Eleni Papadopoulos'],
    ],
  },
  {
    text: "hi Priyanka, thanks heaps for sorting the van for the move!! details for the booking:\nname on licence Matthew James Kovač\nNSW licence no 18 447 392 (exp 2029)\ndob 27/03/1990\npay with my Visa 4532 7718 0946 2216 expiry 11/28, I'll read you the CVV over the phone\npickup Artarmon depot Sat 7:30am, back Sunday by 5, plus 2 blankets + trolley ($18)\nthx, Matt",
    pii: [
      ['PERSON', 'Priyanka'],
      ['PERSON', 'Matthew James Kovač'],
      ['DRIVER_LICENSE', '18 447 392'],
      ['DATE_OF_BIRTH', '27/03/1990'],
      ['CREDIT_CARD', '4532 7718 0946 2216'],
      ['CARD_EXPIRY', '11/28'],
      ['PERSON', 'Matt'],
    ],
  },
  {
    text: 'Req #: 26-1177   Enrolled Nurse - Residential Aged Care (Mosman), 0.8 FTE\nCandidate: Marites Dela Cruz\nRegistration: AHPRA EN, no conditions (checked 17/02/2026)\nEmail: marites.delacruz88@outlook.com\nMobile: 0423 918 406\nCurrent role: Assistant in Nursing, Uniting War Memorial Hospital, 2022-present\nReferee: Jennifer Abbott-Lowe (Care Manager) - 02 9387 6214\nVisa: subclass 482, valid to 2028\nInterview: Thu 5/3 at 2:30pm with DON',
    pii: [
      ['PERSON', 'Marites Dela Cruz'],
      ['EMAIL', 'marites.delacruz88@outlook.com'],
      ['PHONE', '0423 918 406'],
      ['PERSON', 'Jennifer Abbott-Lowe'],
      ['PHONE', '02 9387 6214'],
    ],
  },
  {
    text: 'Air New Zealand - Electronic Ticket Receipt\nPassenger name: TAUFA/SIONE MR\nBooking ref: Q7HMRT     Ticket number: 086 2419031587\nNZ 5   AKL 19:45 - LAX 11:05 (same day)   Seat 42C   Economy\nPassport number: LM248117   Issuing country: NZL   Date of expiry: 19 Nov 2031\nAirpoints: not provided   Bags: 2 x 23kg\nFare NZD 1,894.00   Taxes and charges NZD 212.60',
    pii: [
      ['PERSON', 'TAUFA/SIONE'],
      ['PASSPORT', 'LM248117'],
    ],
  },
  {
    text: 'Cork University Hospital - Diabetes & Endocrinology Day Centre\nHospital No.: 1193487\nName: Pádraig Ó Súilleabháin      D.O.B.: 08/01/1962\nAddress: 12 Ballinlough Road, Ballintemple, Cork T12 EV2K\nReviewed 02/03/2026. Type 2 DM, HbA1c 71 mmol/mol (prev. 84). Started semaglutide 0.25 mg weekly, increase to 0.5 mg after 4 weeks. eGFR 68.\nPlan: retinal screening due 09/2026, dietitian referral sent. Review in clinic in 6 months.\nDictated but not read: Orla Keane, Clinical Nurse Specialist',
    pii: [
      ['MEDICAL_RECORD', '1193487'],
      ['PERSON', 'Pádraig Ó Súilleabháin'],
      ['DATE_OF_BIRTH', '08/01/1962'],
      ['ADDRESS', '12 Ballinlough Road, Ballintemple, Cork T12 EV2K'],
      ['PERSON', 'Orla Keane'],
    ],
  },
  {
    text: "hello, got a card through the door saying you tried to deliver parcel AN 6621 0473 88 while I was at work. Can you leave it in the safe place next time - the bin shed at the side of the house. Name is Cormac Devlin, 14 Slievegallion Drive, Belfast BT11 8JN, mobile 07594 213 880. I'm off on Friday the 20th if you want to try then.\ncheers",
    pii: [
      ['PERSON', 'Cormac Devlin'],
      ['ADDRESS', '14 Slievegallion Drive, Belfast BT11 8JN'],
      ['PHONE', '07594 213 880'],
    ],
  },
  {
    text: '{\n  "employee_id": 40217,\n  "first_name": "Joost",\n  "last_name": "van der Meulen",\n  "personal_email": "joost.vdmeulen@ziggo.nl",\n  "phone": "+31 6 4172 9083",\n  "iban": "NL07 INGB 0007 4419 28",\n  "department": "Fleet Maintenance",\n  "fte": 0.8,\n  "contract_end": "2026-12-31"\n}',
    pii: [
      ['PERSON', 'Joost'],
      ['PERSON', 'van der Meulen'],
      ['EMAIL', 'joost.vdmeulen@ziggo.nl'],
      ['PHONE', '+31 6 4172 9083'],
      ['IBAN', 'NL07 INGB 0007 4419 28'],
    ],
  },
  {
    text: 'AOK Bayern - Confirmation of insurance cover (for submission to the immigration office)\nWe hereby confirm that Mr Tuan Anh Nguyen, date of birth 22.09.1990, has been insured with us as an employed member with entitlement to sick pay since 15.02.2024.\nHealth insurance number: N813476290\nInstitution code (IK): 108310400\nCover includes statutory long-term care insurance. General contribution rate 14.6% plus additional contribution 2.69%.\nMunich, 11.03.2026\nThis certificate was produced electronically and is valid without signature.',
    pii: [
      ['PERSON', 'Tuan Anh Nguyen'],
      ['DATE_OF_BIRTH', '22.09.1990'],
      ['HEALTH_INSURANCE', 'N813476290'],
    ],
  },
];
