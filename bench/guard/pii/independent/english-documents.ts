// Hand-written English documents and records (forms, clinical notes, statements, claims, HR, logs, bookings, letters) from the US, UK, Canada, Australia, Ireland, Germany, India and Korea, with their PII labelled.
import type { IndependentText } from './types.ts';

export const englishDocuments: readonly IndependentText[] = [
  {
    text: 'NEW PATIENT REGISTRATION - Lakeview Family Medicine\nPatient name: Dolores M. Whitfield\nDOB: 04/17/1958    Sex: F    Preferred language: English\nHome address: 2210 Kessler Blvd N Dr, Indianapolis, IN 46222\nCell: (317) 924-6618   Email: dwhitfield58@att.net\nPrimary insurance: Anthem Blue Cross PPO\nMember ID: YRP884720139   Group #: 174302\nEmergency contact: Ray Whitfield (spouse) 317-924-6620\nCopay collected: $25.00   Visit date: 03/02/2026',
    pii: [
      ['PERSON', 'Dolores M. Whitfield'],
      ['DATE_OF_BIRTH', '04/17/1958'],
      ['ADDRESS', '2210 Kessler Blvd N Dr, Indianapolis, IN 46222'],
      ['PHONE', '(317) 924-6618'],
      ['EMAIL', 'dwhitfield58@att.net'],
      ['HEALTH_INSURANCE', 'YRP884720139'],
      ['PERSON', 'Ray Whitfield'],
      ['PHONE', '317-924-6620'],
    ],
  },
  {
    text: 'OUTGOING DOMESTIC WIRE - CONFIRMATION\nReference: FW2026031100487\nDate: March 11, 2026   Amount: USD 48,250.00   Fee: USD 30.00\nOriginator: Anthony J. Ferraro, checking acct ending 4471\nBeneficiary: Kimberly Osei\nBeneficiary bank: Wells Fargo Bank, N.A.   ABA 121000248\nBeneficiary account: 8310047265\nPurpose: earnest money deposit, escrow file 26-0419\nIMAD: 20260311MMQFMP9K000412   Status: COMPLETED',
    pii: [
      ['PERSON', 'Anthony J. Ferraro'],
      ['PERSON', 'Kimberly Osei'],
      ['BANK_ACCOUNT', '8310047265'],
    ],
  },
  {
    text: 'Employee onboarding checklist - Harbor Point Logistics\nName: Marcus Delgado | Employee #: 200417 | Start date: 04/06/2026\nSSN: 521-38-9047 | DOB: 09/23/1991\nAddress: 4417 W Cactus Rd Apt 212, Glendale, AZ 85304\nDirect deposit: routing 122105155, checking 000457812093\nI-9 List A document: U.S. passport A04718293, exp 11/2031\nPay rate: $21.75/hr   Dept 310 (Warehouse)   Shift: 2nd',
    pii: [
      ['PERSON', 'Marcus Delgado'],
      ['US_SSN', '521-38-9047'],
      ['DATE_OF_BIRTH', '09/23/1991'],
      ['ADDRESS', '4417 W Cactus Rd Apt 212, Glendale, AZ 85304'],
      ['BANK_ACCOUNT', '000457812093'],
      ['PASSPORT', 'A04718293'],
    ],
  },
  {
    text: '{"client_id": 88213, "tax_year": 2025,\n "taxpayer": {"name": "Guadalupe Ramírez Torres", "itin": "927-78-4416", "dob": "1986-12-02"},\n "dependents": 2, "phone": "+1 915-422-0871", "filing_status": "HOH",\n "refund_est": 3412.00, "efile_batch": "B-0311-07"}',
    pii: [
      ['PERSON', 'Guadalupe Ramírez Torres'],
      ['US_ITIN', '927-78-4416'],
      ['DATE_OF_BIRTH', '1986-12-02'],
      ['PHONE', '+1 915-422-0871'],
    ],
  },
  {
    text: 'Ticket INC0048211 | Priority: P3 | Opened 2026-02-18 09:14 CST\nCaller: Brittany Nguyen (Accounts Payable), ext. 4412\nIssue: locked out after password reset, MFA prompts not arriving on phone\nAD username: bnguyen2\nDevice: Dell Latitude 5440, asset tag LT-01932, OS build 10.0.22631.3155\nLast sign-in from 73.162.44.219 (Comcast, Houston TX)\nWi-Fi MAC 3C:22:FB:91:0E:4A\nResolution: unlocked account, re-registered Authenticator app. Closed by L2 desk.',
    pii: [
      ['PERSON', 'Brittany Nguyen'],
      ['USERNAME', 'bnguyen2'],
      ['IP_ADDRESS', '73.162.44.219'],
      ['MAC_ADDRESS', '3C:22:FB:91:0E:4A'],
    ],
  },
  {
    text: 'CHASE SAPPHIRE PREFERRED - Statement closing date 02/14/2026\nHelen R. Kowalczyk\n87 Maple Ridge Rd, Ithaca, NY 14850\nAccount number ending in 3012\nNew balance: $2,184.63   Minimum payment due: $40.00   Payment due date: 03/11/2026\n02/03  WEGMANS #072 ITHACA NY          $118.42\n02/07  DELTA AIR 0062371849205         $486.20\n02/11  PAYMENT THANK YOU               -$1,500.00\nQuestions? Call 1-800-432-3117',
    pii: [
      ['PERSON', 'Helen R. Kowalczyk'],
      ['ADDRESS', '87 Maple Ridge Rd, Ithaca, NY 14850'],
    ],
  },
  {
    text: 'Rx #: 6128834-01   Fill date: 01/29/2026   Qty: 30   Refills: 2\nPatient: Oluwaseun Adeyemi   DOB 07/08/1979\nMETFORMIN ER 500 MG TAB - take 1 tablet by mouth once daily with evening meal\nPrescriber: Dr. Laura Feinberg\nWalgreens #10492 Arlington TX   NDC 68180-0338-07   Copay $4.00\nDo not crush or chew. Discard after 03/2027.',
    pii: [
      ['PERSON', 'Oluwaseun Adeyemi'],
      ['DATE_OF_BIRTH', '07/08/1979'],
      ['PERSON', 'Laura Feinberg'],
    ],
  },
  {
    text: 'AUTO LOSS NOTICE - Claim 0719-44-208831\nPolicy: PAP 4418 2290 17   Date of loss: 12/19/2025 approx. 5:40 PM\nInsured driver: Keisha Montgomery, DL# 058214937 (GA)\nVehicle: 2021 Honda CR-V EX, VIN 7FARW2H59ME018364\nOther party: Trent Baldwin, (404) 617-2295, carrier Progressive\nLocation: Peachtree Industrial Blvd at Holcomb Bridge Rd, Peachtree Corners\nOV rear-ended insured at red light. Est. damage $3,900. No injuries reported.',
    pii: [
      ['PERSON', 'Keisha Montgomery'],
      ['DRIVER_LICENSE', '058214937'],
      ['VIN', '7FARW2H59ME018364'],
      ['PERSON', 'Trent Baldwin'],
      ['PHONE', '(404) 617-2295'],
    ],
  },
  {
    text: 'UPS GROUND\nSHIP TO:\nJESSICA TANAKA-BROOKS\n1908 NE ALBERTA ST UNIT 3, PORTLAND OR 97211-5524\n503-281-4407\nTRACKING #: 1Z 9R4 F29 03 6178 2245\nWT: 4 LBS   DIMS: 12x10x8   REF: PO 55120-B',
    pii: [
      ['PERSON', 'JESSICA TANAKA-BROOKS'],
      ['ADDRESS', '1908 NE ALBERTA ST UNIT 3, PORTLAND OR 97211-5524'],
      ['PHONE', '503-281-4407'],
    ],
  },
  {
    text: '2026-03-04T22:17:09Z INFO  api-gw req_id=7f3a9c21 POST /v2/payments 201 84ms client=98.207.113.46\n2026-03-04T22:17:09Z WARN  api-gw deprecated header X-Api-Key used by client=98.207.113.46 key=sk_live_51NbQx7HkT2vR9mWcYp4LzA0d\n2026-03-04T22:17:12Z INFO  api-gw req_id=7f3a9c3e GET /healthz 200 2ms upstream=pay-svc:8080',
    pii: [
      ['IP_ADDRESS', '98.207.113.46'],
      ['IP_ADDRESS', '98.207.113.46'],
      ['SECRET', 'sk_live_51NbQx7HkT2vR9mWcYp4LzA0d'],
    ],
  },
  {
    text: 'EXPLANATION OF BENEFITS - THIS IS NOT A BILL\nMember: Harold Jenkins   Medicare ID: 4TR9-KD2-WX58\nClaim #: 22603118450371   Provider: Tri-County Orthopedics\nDate of service 01/14/2026   CPT 20610 (arthrocentesis, major joint)\nBilled $412.00 | Medicare approved $96.37 | Plan paid $77.10 | You may owe $19.27\nQuestions: 1-877-553-2280 (TTY 711)',
    pii: [
      ['PERSON', 'Harold Jenkins'],
      ['HEALTH_INSURANCE', '4TR9-KD2-WX58'],
    ],
  },
  {
    text: 'SOUTHWEST   BOARDING PASS\nGARCIA/ELENA MS\nConfirmation # 7QXK2M   Flight 1587   HOU -> DEN\nDate: 04/02/2026   Boards 6:35 AM   Gate 41   Group A  Position 22\nRapid Rewards #: --',
    pii: [['PERSON', 'GARCIA/ELENA']],
  },
  {
    text: "Hi team, new hire paperwork for Priya Venkataraman is attached. Few notes:\n- SSN 608-21-4473 (she sent it over text so pls don't forward this email)\n- home: 3120 Bryant St #5, San Francisco, CA 94110\n- personal email priya.venkat@gmail.com, cell 415.730.2289\nOffer was $142k base + 0.04% equity, start date 3/23. Badge order #B-7714 already placed.\nThanks, Dana",
    pii: [
      ['PERSON', 'Priya Venkataraman'],
      ['US_SSN', '608-21-4473'],
      ['ADDRESS', '3120 Bryant St #5, San Francisco, CA 94110'],
      ['EMAIL', 'priya.venkat@gmail.com'],
      ['PHONE', '415.730.2289'],
      ['PERSON', 'Dana'],
    ],
  },
  {
    text: 'DENTAL CLAIM FORM (ADA 2019) - excerpt\nPolicyholder name: Victor Alvarez | Policyholder DOB: 02/11/1974 | Member ID: DLT6603184912\nPatient name: Sofia Alvarez | Relationship: Child | Patient DOB: 08/30/2012\nTooth 30 | Surface MOD | Proc D2393 | Fee $265.00\nTooth 19 | Surface O   | Proc D1351 | Fee $58.00\nTotal fee: $323.00   Place of treatment: 11 (office)',
    pii: [
      ['PERSON', 'Victor Alvarez'],
      ['DATE_OF_BIRTH', '02/11/1974'],
      ['HEALTH_INSURANCE', 'DLT6603184912'],
      ['PERSON', 'Sofia Alvarez'],
      ['DATE_OF_BIRTH', '08/30/2012'],
    ],
  },
  {
    text: 'Dear Customer Service,\n\nPlease update the mailing address on my checking account. My old address was 56 Fairview Ave, Trenton, NJ 08618; my new address is 2407 Overlook Drive, Lansdale, PA 19446 as of April 1.\n\nName on account: Cheryl Ann Dobbins\nAccount no.: 4402 8817 3365\nDaytime phone: (267) 388-1914\n\nSincerely,\nCheryl Dobbins',
    pii: [
      ['ADDRESS', '56 Fairview Ave, Trenton, NJ 08618'],
      ['ADDRESS', '2407 Overlook Drive, Lansdale, PA 19446'],
      ['PERSON', 'Cheryl Ann Dobbins'],
      ['BANK_ACCOUNT', '4402 8817 3365'],
      ['PHONE', '(267) 388-1914'],
      ['PERSON', 'Cheryl Dobbins'],
    ],
  },
  {
    text: "applicant_id,full_name,email,phone,position,stage,score\nA-3310,Jamal Whitaker,jwhitaker.dev@protonmail.com,(612) 874-7734,Backend Engineer II,onsite,4.2\nA-3311,Megan O'Rourke,megorourke@yahoo.com,651-403-2291,Backend Engineer II,phone screen,3.6\nA-3312,Luis Fernando Ortega,lf.ortega@icloud.com,763-218-0957,Data Analyst,rejected,2.1",
    pii: [
      ['PERSON', 'Jamal Whitaker'],
      ['EMAIL', 'jwhitaker.dev@protonmail.com'],
      ['PHONE', '(612) 874-7734'],
      ['PERSON', "Megan O'Rourke"],
      ['EMAIL', 'megorourke@yahoo.com'],
      ['PHONE', '651-403-2291'],
      ['PERSON', 'Luis Fernando Ortega'],
      ['EMAIL', 'lf.ortega@icloud.com'],
      ['PHONE', '763-218-0957'],
    ],
  },
  {
    text: 'PUGET SOUND ENERGY - Your bill for service 01/08/2026 - 02/06/2026\nNATHAN J LINDQVIST\nService address: 14822 NE 8th St, Bellevue, WA 98007\nAccount 2201 7745 8830   Meter 0038814427\nElectric: 1,046 kWh @ $0.1187   $124.16\nNatural gas: 62 therms          $93.41\nAmount due $217.57 by 02/27/2026.  Pay by phone 1-888-225-5773.',
    pii: [
      ['PERSON', 'NATHAN J LINDQVIST'],
      ['ADDRESS', '14822 NE 8th St, Bellevue, WA 98007'],
    ],
  },
  {
    text: 'DISCHARGE SUMMARY - Ward 24, Leeds General Infirmary\nPatient: Margaret Ellen Holloway   NHS No: 621 742 1801\nHospital No: L2840193   DOB: 12/05/1941\nAdmitted 21/01/2026, discharged 28/01/2026\nDiagnosis: community-acquired pneumonia (CURB-65 score 2); AKI stage 1, resolved\nOn discharge: amoxicillin 500 mg TDS for a further 2 days; ramipril restarted at 2.5 mg OD\nGP: Dr Imran Qureshi, Chapel Allerton Medical Centre\nFollow-up: repeat chest X-ray in 6 weeks.',
    pii: [
      ['PERSON', 'Margaret Ellen Holloway'],
      ['HEALTH_INSURANCE', '621 742 1801'],
      ['MEDICAL_RECORD', 'L2840193'],
      ['DATE_OF_BIRTH', '12/05/1941'],
      ['PERSON', 'Imran Qureshi'],
    ],
  },
  {
    text: 'Statement of account   1 Feb 2026 - 28 Feb 2026\nMr Daniel Okafor\nFlat 4, 29 Stanmore Road, Birmingham B16 9SY\nSort code 20-03-53   Account number 55274913\nIBAN GB19 BARC 2003 5355 2749 13   BIC BARCGB22\nDate | Description | Paid out | Paid in | Balance\n03 Feb | TESCO STORES 2214 | 46.18 | | 1,208.77\n05 Feb | SALARY HALCYON ENGINEERING | | 2,431.60 | 3,640.37\n09 Feb | DD SEVERN TRENT WATER | 38.50 | | 3,601.87',
    pii: [
      ['PERSON', 'Daniel Okafor'],
      ['ADDRESS', 'Flat 4, 29 Stanmore Road, Birmingham B16 9SY'],
      ['BANK_ACCOUNT', '55274913'],
      ['IBAN', 'GB19 BARC 2003 5355 2749 13'],
    ],
  },
  {
    text: 'PAYSLIP   Period 11 (Feb 2026)   Pay date 27/02/2026\nEmployee: Chloe Barrington   Employee no. 00731   Dept: Marketing\nNI number: JT 48 61 92 C   Tax code: 1257L   NI category: A\nBasic pay 2,916.67 | Overtime 184.20 | Pension (5%) -155.04\nPAYE tax -412.60 | NI -176.33 | Student loan Plan 2 -96.00\nNet pay: £2,260.90 paid to account ****8815\nYear to date taxable pay: £33,118.54',
    pii: [
      ['PERSON', 'Chloe Barrington'],
      ['UK_NINO', 'JT 48 61 92 C'],
    ],
  },
  {
    text: '14 March 2026\n\nDear Aisha Rahman,\n\nRe: Flat 7, Kingsley Court, 118 Wilmslow Road, Manchester M14 5AJ\n\nThank you for your email of 9 March. I can confirm your deposit of £1,150 is protected with the DPS under reference 0391-8827-4410. The check-out inspection is booked for Thursday 26 March at 10am; if that does not suit, please ring me on 07723 418 906.\n\nKind regards,\nGareth Lloyd-Evans',
    pii: [
      ['PERSON', 'Aisha Rahman'],
      ['ADDRESS', 'Flat 7, Kingsley Court, 118 Wilmslow Road, Manchester M14 5AJ'],
      ['PHONE', '07723 418 906'],
      ['PERSON', 'Gareth Lloyd-Evans'],
    ],
  },
  {
    text: 'HALLAM AUTOCARE LTD   Invoice 24817   VAT reg 318 4471 62\nCustomer: Steven Marsh   Mobile 07851 226 043\nVehicle: 2017 Ford Focus 1.0 EcoBoost   VIN WF0NXXGCXHBS28417   Mileage 68,412\n- Front brake discs & pads (part no. 2121903)   £164.00\n- Coolant leak traced to water pump, pump replaced   £289.50\nLabour 3.2 hrs @ £72.00   £230.40\nSubtotal £683.90   VAT 20% £136.78   TOTAL £820.68\nNext service due at 78,000 miles.',
    pii: [
      ['PERSON', 'Steven Marsh'],
      ['PHONE', '07851 226 043'],
      ['VIN', 'WF0NXXGCXHBS28417'],
    ],
  },
  {
    text: 'Pay Monthly Agreement - Contract Summary\nAccount holder: Rhiannon Pryce   Date of birth: 3 August 1995\nBilling address: 22 Heol Y Nant, Whitchurch, Cardiff CF14 1SQ\nMobile number: 07946 302 771\nHandset: Samsung Galaxy S25 256GB   IMEI 353659159010921\nSIM serial (ICCID): 8944777412154728033\nPlan: Unlimited Max, 36 months, £38.00/month; annual price rise each April of £1.80\nOrder ref: MK-20260219-88410',
    pii: [
      ['PERSON', 'Rhiannon Pryce'],
      ['DATE_OF_BIRTH', '3 August 1995'],
      ['ADDRESS', '22 Heol Y Nant, Whitchurch, Cardiff CF14 1SQ'],
      ['PHONE', '07946 302 771'],
      ['IMEI', '353659159010921'],
      ['ICCID', '8944777412154728033'],
    ],
  },
  {
    text: 'Candidate: Tomasz Wiśniewski\nEmail: t.wisniewski@outlook.com | Mobile: +44 7812 550 463 | GitHub: tkwisniewski\nLocation: Bristol (relocating from Gdańsk); right to work: EU Settled Status, verified\nRole applied: Senior QA Engineer (REQ-2291)\nNotice period: 1 month | Expected salary: £58-62k\nScreening notes: strong Playwright/Cypress, ISTQB Advanced. 2nd interview 17/03 with panel.',
    pii: [
      ['PERSON', 'Tomasz Wiśniewski'],
      ['EMAIL', 't.wisniewski@outlook.com'],
      ['PHONE', '+44 7812 550 463'],
      ['USERNAME', 'tkwisniewski'],
    ],
  },
  {
    text: 'Dear Dr Okonkwo,\n\nRe: Sandra Whitlock, DOB 19.11.1967, NHS number 4929081009\n5 Orchard Close, Thornbury, Bristol BS35 2LX\n\nThank you for seeing this lady who has had three episodes of painless rectal bleeding since December. FIT result 142 µg/g. Hb 118, ferritin 9. No weight loss. Please assess under the 2-week-wait pathway.\n\nYours sincerely,\nDr Hannah Cole, GP Partner, Thornbury Health Centre',
    pii: [
      ['PERSON', 'Okonkwo'],
      ['PERSON', 'Sandra Whitlock'],
      ['DATE_OF_BIRTH', '19.11.1967'],
      ['HEALTH_INSURANCE', '4929081009'],
      ['ADDRESS', '5 Orchard Close, Thornbury, Bristol BS35 2LX'],
      ['PERSON', 'Hannah Cole'],
    ],
  },
  {
    text: 'VEHICLE RENTAL AGREEMENT  RA No. 7718204\nRenter: Oliver James Pemberton\nLicence no.: PEMBE806143OJ9WK   issued by DVLA\nDate of birth: 14/06/1983\nPayment card: Visa 4526 0181 5908 3012  exp 09/28\nPick-up: Glasgow Airport 02/04/2026 08:30   Return: 06/04/2026 08:30\nGroup C (VW Golf or similar), fuel full/full, excess £1,250',
    pii: [
      ['PERSON', 'Oliver James Pemberton'],
      ['DRIVER_LICENSE', 'PEMBE806143OJ9WK'],
      ['DATE_OF_BIRTH', '14/06/1983'],
      ['CREDIT_CARD', '4526 0181 5908 3012'],
      ['CARD_EXPIRY', '09/28'],
    ],
  },
  {
    text: "From: jack.harwood@hotmail.co.uk\nTo: Customer Services\nSubject: Account 60-44-118372-9 - bill still wrong\n\nHi, this is the third time I'm writing. You've billed me for 2,140 kWh on my Jan bill when my meter reading (photo attached) was 48871, so it should be 612 kWh. Invoice INV-00482913, amount £611.24. Please sort this before the DD comes out on the 15th.\nJack",
    pii: [
      ['EMAIL', 'jack.harwood@hotmail.co.uk'],
      ['PERSON', 'Jack'],
    ],
  },
  {
    text: 'NEW EMPLOYEE INFORMATION FORM - Maple Crest Home Care Inc.\nLegal name: Jean-François Tremblay\nSocial Insurance Number: 585 995 285\nDate of birth (YYYY-MM-DD): 1989-05-27\nAddress: 1185 rue Saint-Mathieu, app. 304, Montréal, QC H3H 2P6\nDirect deposit: Transit 04512  Institution 004  Account 5209417\nTD1 federal claim amount: $16,129   Union dues: Local 298',
    pii: [
      ['PERSON', 'Jean-François Tremblay'],
      ['CA_SIN', '585 995 285'],
      ['DATE_OF_BIRTH', '1989-05-27'],
      ['ADDRESS', '1185 rue Saint-Mathieu, app. 304, Montréal, QC H3H 2P6'],
      ['BANK_ACCOUNT', '5209417'],
    ],
  },
  {
    text: 'Patient Intake - Bloor West Walk-In Clinic\nName: Anika Sharma-Reid      DOB: 1996-10-03\nOntario Health Card: 5584-486-673-KT\nPhone: 416-769-3302\nReason for visit: sore throat x 4 days, fever 38.6\nAllergies: penicillin (rash)\nChart #: BW-0114527   Seen by: NP on duty   Time in: 14:20',
    pii: [
      ['PERSON', 'Anika Sharma-Reid'],
      ['DATE_OF_BIRTH', '1996-10-03'],
      ['HEALTH_INSURANCE', '5584-486-673-KT'],
      ['PHONE', '416-769-3302'],
      ['MEDICAL_RECORD', 'BW-0114527'],
    ],
  },
  {
    text: 'COLLISION REPORT - Calgary Police Service (driver copy)\nReport no. 26-118402   Date/time: 2026-01-22 07:55   Road: icy\nDriver 1: Brandon Kowalchuk   AB licence 183944-507\nAddress: 242 Cranford Way SE, Calgary, AB T3M 1R7\nVehicle 1: 2019 Ford F-150   VIN 1FTEW1EP4KFA42817   Insurer: Intact, policy 5530 1198 04\nDriver 2: Mei-Ling Cho   ph (403) 829-4417\nSummary: V1 lost traction on Deerfoot Trail southbound ramp and struck V2 in merge lane.',
    pii: [
      ['PERSON', 'Brandon Kowalchuk'],
      ['DRIVER_LICENSE', '183944-507'],
      ['ADDRESS', '242 Cranford Way SE, Calgary, AB T3M 1R7'],
      ['VIN', '1FTEW1EP4KFA42817'],
      ['PERSON', 'Mei-Ling Cho'],
      ['PHONE', '(403) 829-4417'],
    ],
  },
  {
    text: 'Rogers - Service Agreement\nCustomer: Devon Achterberg\nMobile #: 604-710-2286   Device: iPhone 16 128GB   IMEI: 359791159013961\nPlan: Infinite 100GB Canada-US, $75.00/mo before taxes; device financing $33.29/mo x 24\nEarly cancellation fee on device balance: $799.00\nAccount PIN: 4417\nAgreement # 201-88-4462103   Store: Metrotown',
    pii: [
      ['PERSON', 'Devon Achterberg'],
      ['PHONE', '604-710-2286'],
      ['IMEI', '359791159013961'],
      ['PASSWORD', '4417'],
    ],
  },
  {
    text: 'Canada Post - Delivery Notice Card\nItem: 7312 8840 3159 2210   Signature required\nAddressee: M. Lefebvre-Hassan\nWe tried to deliver your item on 02-03 at 11:42. Pick up after 1 p.m. next business day at:\nShoppers Drug Mart post office (Bank St at Heron Rd)\nBring this card and government-issued photo ID.',
    pii: [['PERSON', 'M. Lefebvre-Hassan']],
  },
  {
    text: "Hi Sunita,\n\nFollowing up on the rental application for Unit 1207. I've attached my last two pay stubs and my Equifax report (score 781). My current landlord is Gord Pellerin, you can reach him at 250-388-6611. My current address is 918 Pandora Ave, Suite 402, Victoria, BC V8V 3P4.\n\nI can do a 12 month lease starting May 1 at $2,350.\n\nThanks so much,\nKaitlyn Moreau\n778-557-0240",
    pii: [
      ['PERSON', 'Sunita'],
      ['PERSON', 'Gord Pellerin'],
      ['PHONE', '250-388-6611'],
      ['ADDRESS', '918 Pandora Ave, Suite 402, Victoria, BC V8V 3P4'],
      ['PERSON', 'Kaitlyn Moreau'],
      ['PHONE', '778-557-0240'],
    ],
  },
  {
    text: 'Air Canada - Booking confirmation\nBooking reference: QH4T9N    Ticket number: 014 2193847720\nPassenger: MR ANDREW PATEL\nPassport: AK482105 (CAN)   Expiry 2031-08-14\nAC 849  YYZ-LHR  2026-05-18 21:15  Economy (K)   Seat 33C\nAC 848  LHR-YYZ  2026-06-01 12:50  Economy (K)   Seat 33C\nTotal fare CAD 1,284.66 incl. taxes. Aeroplan points: 3,900',
    pii: [
      ['PERSON', 'ANDREW PATEL'],
      ['PASSPORT', 'AK482105'],
    ],
  },
  {
    text: 'PATIENT REGISTRATION - Bondi Junction Family Practice\nSurname: NGUYEN   Given names: Thi Lan\nDate of birth: 21/02/1988\nAddress: 12/44 Ebley Street, Bondi Junction NSW 2022\nMobile: 0412 883 507\nMedicare no.: 4701 74687 1   IRN: 2   Valid to: 11/2029\nPrivate health: Bupa (extras only)\nHow did you hear about us? Google',
    pii: [
      ['PERSON', 'NGUYEN'],
      ['PERSON', 'Thi Lan'],
      ['DATE_OF_BIRTH', '21/02/1988'],
      ['ADDRESS', '12/44 Ebley Street, Bondi Junction NSW 2022'],
      ['PHONE', '0412 883 507'],
      ['HEALTH_INSURANCE', '4701 74687 1'],
    ],
  },
  {
    text: 'CommBank - Transaction details\nFrom: Smart Access  BSB 062-000  Acc 1482 7730\nTo: LIAM OCONNELL  BSB 033-172  Acc 287 314\nAmount: $640.00   Date: Sat 7 Mar 2026 4:12pm\nDescription: rent wk 10\nReceipt: N0307167221409   Status: Sent (Osko)',
    pii: [
      ['BANK_ACCOUNT', '1482 7730'],
      ['PERSON', 'LIAM OCONNELL'],
      ['BANK_ACCOUNT', '287 314'],
    ],
  },
  {
    text: 'Hey Josh - for the hire car booking tomorrow here are my details:\nfull name Rebecca Louise Tran, VIC licence 043918275, DOB 9 Jan 1992\ncard is Mastercard 5382199351819096 exp 04/29\npick up Melbourne Airport 9am, drop off Hobart on the 14th (one way fee is $95, already checked)\ncheers!!',
    pii: [
      ['PERSON', 'Josh'],
      ['PERSON', 'Rebecca Louise Tran'],
      ['DRIVER_LICENSE', '043918275'],
      ['DATE_OF_BIRTH', '9 Jan 1992'],
      ['CREDIT_CARD', '5382199351819096'],
      ['CARD_EXPIRY', '04/29'],
    ],
  },
  {
    text: 'AGL  Tax invoice  Electricity\nAccount name: Mr Kieran Walsh\nSupply address: 7 Barrington Crescent, Mawson Lakes SA 5095\nNMI 2002187741   Meter 0519883   Invoice no. 8834 1120 7731\nBilling period 03 Dec 2025 - 02 Mar 2026 (90 days)\nPeak 612.4 kWh | Off peak 388.0 kWh | Supply charge 90 days @ $1.0923\nTotal due $412.88 by 23 Mar 2026   Enquiries 131 245',
    pii: [
      ['PERSON', 'Kieran Walsh'],
      ['ADDRESS', '7 Barrington Crescent, Mawson Lakes SA 5095'],
    ],
  },
  {
    text: "Position: Registered Nurse - Emergency (Req 26-0418), Royal Brisbane & Women's Hospital\nApplicant: Siobhan McAllister\nAHPRA registration: general, no conditions (verified 02/03/2026)\nContact: siobhan.mca@bigpond.com / +61 438 227 915\nCurrent employer: Gold Coast University Hospital, ED, 2019-present\nReferee 1: Craig Henning (NUM), 07 5687 3120\nAvailable to start: 4 weeks notice",
    pii: [
      ['PERSON', 'Siobhan McAllister'],
      ['EMAIL', 'siobhan.mca@bigpond.com'],
      ['PHONE', '+61 438 227 915'],
      ['PERSON', 'Craig Henning'],
      ['PHONE', '07 5687 3120'],
    ],
  },
  {
    text: 'Telstra - SIM activation\nCustomer: Harpreet Sandhu\nNew number: 0476 210 884\nSIM (ICCID): 8961852808414852533\nPlan: Upfront Mobile Plan M, $58/30 days, 150GB\nOrder: 1-88213004729   Activated 11/03/2026 10:22 AEDT',
    pii: [
      ['PERSON', 'Harpreet Sandhu'],
      ['PHONE', '0476 210 884'],
      ['ICCID', '8961852808414852533'],
    ],
  },
  {
    text: 'QANTAS  E-Ticket Itinerary / Receipt\nPassenger: CHEN/WEIMING MR\nBooking reference: 5LXQ7P   E-ticket: 081 2176039944\nQF 11  SYD 21:30 - LAX 17:30 (same day)  Economy\nPassport PA4418276  Nationality AUS  Expiry 03 Jul 2030\nFrequent flyer: not provided   Baggage: 2pc 23kg\nFare AUD 1,612.00  Taxes/carrier charges AUD 488.36',
    pii: [
      ['PERSON', 'CHEN/WEIMING'],
      ['PASSPORT', 'PA4418276'],
    ],
  },
  {
    text: 'AIB Internet Banking - Payment confirmation\nPayee name: Ciarán Ó Súilleabháin\nPayee IBAN: IE56AIBK93208641739205   BIC: AIBKIE2D\nAmount: €1,480.00   Reference: RENT MARCH APT 3\nPayment date: 02/03/2026   Confirmation no. 8842107735\nPayments made after 3pm are processed the next banking day.',
    pii: [
      ['PERSON', 'Ciarán Ó Súilleabháin'],
      ['IBAN', 'IE56AIBK93208641739205'],
    ],
  },
  {
    text: "St James's Hospital, Dublin 8 - Haematology Outpatients\nMRN: 0842715\nPatient: Niamh Gallagher   DOB: 30/09/1979\nAddress: 41 Griffith Avenue, Drumcondra, Dublin 9, D09 K2C4\nClinic date 24/02/2026. Iron deficiency anaemia, Hb improved 96 -> 121 g/L after 2 x ferric carboxymaltose 1000 mg.\nPlan: repeat FBC and ferritin in 3 months via GP. OGD requested (waiting list approx. 14 weeks).\nDictated by Aoife Brennan, Clinical Nurse Specialist",
    pii: [
      ['MEDICAL_RECORD', '0842715'],
      ['PERSON', 'Niamh Gallagher'],
      ['DATE_OF_BIRTH', '30/09/1979'],
      ['ADDRESS', '41 Griffith Avenue, Drumcondra, Dublin 9, D09 K2C4'],
      ['PERSON', 'Aoife Brennan'],
    ],
  },
  {
    text: 'Electric Ireland - Your electricity bill\nPatrick Fitzgerald\nBallyvolane House Cottage, Castlelyons, Co. Cork P61 WR62\nMPRN 10006218447   Meter no. 28417730   Account no. 9 0183 4416 7\nBilling period: 08 Jan 2026 - 09 Mar 2026\nDay units 702 @ 33.12c | Night units 311 @ 17.43c | Standing charge 61 days\nPSO levy €3.23   VAT 9%   Total due €412.17   Direct debit on 27/03/2026',
    pii: [
      ['PERSON', 'Patrick Fitzgerald'],
      ['ADDRESS', 'Ballyvolane House Cottage, Castlelyons, Co. Cork P61 WR62'],
    ],
  },
  {
    text: "Hi there,\nI missed a delivery today (tracking CE 447 219 806 IE), can you redeliver Saturday or leave it with a neighbour? I'm Dearbhla Quinn, No. 9 The Paddocks, Clonee, Co. Meath D15 A3T9. Neighbour at no. 11 is usually in. Best number is 087 442 1968.\nThanks!",
    pii: [
      ['PERSON', 'Dearbhla Quinn'],
      ['ADDRESS', 'No. 9 The Paddocks, Clonee, Co. Meath D15 A3T9'],
      ['PHONE', '087 442 1968'],
    ],
  },
  {
    text: 'Motor claim notification - FBD Insurance\nPolicy no.: MP-0419-2281-73   Claim ref: CL26-004417\nPolicyholder: Seán Kavanagh   Driving licence no.: 184720936\nVehicle: 2020 Volkswagen Golf 1.5 TSI   Chassis no. WVWZZZCD7LW104728\nIncident: 14/02/2026, car park at Liffey Valley SC; third party reversed into driver door.\nThird party: Gráinne Doyle, +353 86 331 0472\nEstimate from Naas Road Motors: €1,870.00 incl. VAT',
    pii: [
      ['PERSON', 'Seán Kavanagh'],
      ['DRIVER_LICENSE', '184720936'],
      ['VIN', 'WVWZZZCD7LW104728'],
      ['PERSON', 'Gráinne Doyle'],
      ['PHONE', '+353 86 331 0472'],
    ],
  },
  {
    text: '{\n  "employeeId": "IE-00488",\n  "name": "Róisín Dunne",\n  "email": "roisin.dunne@eircom.net",\n  "mobile": "+353 85 127 6690",\n  "salaryBankIban": "IE02BOFI90001789341622",\n  "costCentre": "GAL-OPS-12",\n  "annualLeaveRemaining": 11.5\n}',
    pii: [
      ['PERSON', 'Róisín Dunne'],
      ['EMAIL', 'roisin.dunne@eircom.net'],
      ['PHONE', '+353 85 127 6690'],
      ['IBAN', 'IE02BOFI90001789341622'],
    ],
  },
  {
    text: 'SEPA Direct Debit Mandate\nCreditor: Stadtwerke Nordspree GmbH   Creditor ID: DE71ZZZ00001738402\nMandate reference: SWM-2026-0041187\nDebtor name: Jörg Achenbach\nAddress: Schönhauser Allee 112, 10439 Berlin\nIBAN: DE75 1203 0000 1058 4472 63   BIC: BYLADEM1001\nType of payment: recurrent   Place/date: Berlin, 05.03.2026',
    pii: [
      ['PERSON', 'Jörg Achenbach'],
      ['ADDRESS', 'Schönhauser Allee 112, 10439 Berlin'],
      ['IBAN', 'DE75 1203 0000 1058 4472 63'],
    ],
  },
  {
    text: 'Techniker Krankenkasse - Certificate of membership (for employer / visa purposes)\nWe confirm that Ana Lúcia Ferreira, born 17.04.1993, has been a compulsorily insured member since 01.10.2025.\nHealth insurance number: K482917367\nInstitution code (IK): 101575519\nCoverage includes statutory long-term care insurance. Contribution rate 14.6% + additional contribution 2.45%.\nHamburg, 06.03.2026',
    pii: [
      ['PERSON', 'Ana Lúcia Ferreira'],
      ['DATE_OF_BIRTH', '17.04.1993'],
      ['HEALTH_INSURANCE', 'K482917367'],
    ],
  },
  {
    text: 'Autohaus Krämer GmbH - Workshop order no. 26-1187\nCustomer: Dr. Felix Brandt, mobile 0171 4829337\nVehicle: BMW 320d Touring (F31), first reg. 03/2016, VIN WBA8E1109GK739162, odometer 141,208 km\nCustomer complaint: rattling noise from front axle over bumps; service light on\nWork: replace both front anti-roll bar links; oil service incl. filter (5W-30 LL-04, 5.2 l)\nParts 186.40 EUR | Labour 2.1 AW-h 239.40 EUR | net 425.80 | VAT 19% 80.90 | total 506.70 EUR\nReady for collection Fri 13.03. from 15:00',
    pii: [
      ['PERSON', 'Felix Brandt'],
      ['PHONE', '0171 4829337'],
      ['VIN', 'WBA8E1109GK739162'],
    ],
  },
  {
    text: 'Lufthansa - Your booking confirmation\nBooking code: 6RTW2K\nPassenger 1: Mr Maximilian Hoffmann   Passport C8KX24R7T (DEU)\nPassenger 2: Ms Lea Hoffmann   Passport CF3Y71LN9 (DEU)\nLH 712  FRA 21:55 - HND 18:00 (+1)  Economy Light\nLH 717  HND 11:50 - FRA 18:25       Economy Light\nMiles & More: 0 miles credited (Light fare). Seat reservation 2 x 45.00 EUR.',
    pii: [
      ['PERSON', 'Maximilian Hoffmann'],
      ['PASSPORT', 'C8KX24R7T'],
      ['PERSON', 'Lea Hoffmann'],
      ['PASSPORT', 'CF3Y71LN9'],
    ],
  },
  {
    text: '[Ticket #DE-20260307-0192]  Category: Network / VPN\nReported by: Katrin Weißmüller (Controlling, Munich office)\nUser ID: kweissmueller\nProblem: GlobalProtect disconnects every ~10 min since client update to 6.2.4\nHome public IP: 84.153.27.206 (Telekom)   Laptop ThinkPad T14 Gen 4, hostname MUC-NB-2291\nEthernet MAC: 98-FA-9B-4C-11-D7\nAction: rolled back client to 6.1.3, reset password; temp password Herbst#2026!kw (must change at next logon)',
    pii: [
      ['PERSON', 'Katrin Weißmüller'],
      ['USERNAME', 'kweissmueller'],
      ['IP_ADDRESS', '84.153.27.206'],
      ['MAC_ADDRESS', '98-FA-9B-4C-11-D7'],
      ['PASSWORD', 'Herbst#2026!kw'],
    ],
  },
  {
    text: 'Vodafone Cable Internet - Installation record\nCustomer: Emre Yıldırım\nInstallation address: Bergstraße 27, 3. OG links, 69120 Heidelberg\nLandline: 06221 7389451\nRouter: FRITZ!Box 6660 Cable, serial 2231.884.19.117.554, CM MAC 2C:91:AB:7E:03:F6\nWi-Fi name: FRITZ!Box 6660 WL   Wi-Fi key: 84917236502817339046\nTariff: GigaZuhause 1000 Kabel, 24 months, 49.99 EUR/month from month 7\nTechnician visit: 09.03.2026, 08:00-12:00, signal level OK (downstream 3.2 dBmV)',
    pii: [
      ['PERSON', 'Emre Yıldırım'],
      ['ADDRESS', 'Bergstraße 27, 3. OG links, 69120 Heidelberg'],
      ['PHONE', '06221 7389451'],
      ['MAC_ADDRESS', '2C:91:AB:7E:03:F6'],
      ['PASSWORD', '84917236502817339046'],
    ],
  },
  {
    text: 'Employment record - personnel file extract (confidential)\nName: Sven Kühnert | Personnel no.: 40218 | Entry date: 01.07.2021\nDate of birth: 08.12.1984 | Tax class: III | Church tax: none\nSalary account: DE61760501010012845907 (Sparkasse Nürnberg)\nPosition: Quality Engineer, cost centre 4410, pay grade E11\nPrivate address: Äußere Sulzbacher Str. 58, 90491 Nürnberg\nEmergency contact: Julia Kühnert, +49 1512 3847719',
    pii: [
      ['PERSON', 'Sven Kühnert'],
      ['DATE_OF_BIRTH', '08.12.1984'],
      ['IBAN', 'DE61760501010012845907'],
      ['ADDRESS', 'Äußere Sulzbacher Str. 58, 90491 Nürnberg'],
      ['PERSON', 'Julia Kühnert'],
      ['PHONE', '+49 1512 3847719'],
    ],
  },
  {
    text: 'HDFC Bank NetBanking - NEFT Transaction Successful\nTransaction reference (UTR): HDFCN52026031148827134\nDebit account: XXXXXXXXXX4519\nBeneficiary name: Ramesh Krishnamurthy\nBeneficiary account no.: 50100238471926\nIFSC: ICIC0001842   Bank: ICICI Bank, Jayanagar branch\nAmount: INR 85,000.00   Remarks: Advance for flat interiors\nDate: 11-03-2026 14:07:52   Charges: 0.00',
    pii: [
      ['PERSON', 'Ramesh Krishnamurthy'],
      ['BANK_ACCOUNT', '50100238471926'],
    ],
  },
  {
    text: 'APOLLO HOSPITALS - OPD CONSULTATION\nUHID: APJ1.0018827416   Visit no.: OP-26-118702\nPatient: Mrs. Lakshmi Subramanian   Age/Sex: 61 Y / F\nMobile: +91 98410 72235\nConsultant: Dr. Arvind Menon, MD, DM (Cardiology)\nComplaints: exertional breathlessness x 2 months. BP 148/92, HR 84, SpO2 97%\nAdvice: 2D Echo, TMT, lipid profile, HbA1c. Tab. Telmisartan 40 mg OD. Review after reports.',
    pii: [
      ['MEDICAL_RECORD', 'APJ1.0018827416'],
      ['PERSON', 'Lakshmi Subramanian'],
      ['PHONE', '+91 98410 72235'],
      ['PERSON', 'Arvind Menon'],
    ],
  },
  {
    text: 'DELHIVERY   AWB 2884419023374   COD: Rs. 1,349.00\nDeliver to:\nMohd. Faizan Qureshi\nH.No. 4-1-118/2, Near Masjid-e-Noor, Tolichowki, Hyderabad, Telangana 500008\nMob: 9866023417\nSeller: Kurtawala Ethnic Pvt Ltd, GSTIN 36AAJCK4481M1Z7\nOrder ID: KW-IN-558201   Weight 0.6 kg   Pieces 1/1',
    pii: [
      ['PERSON', 'Mohd. Faizan Qureshi'],
      ['ADDRESS', 'H.No. 4-1-118/2, Near Masjid-e-Noor, Tolichowki, Hyderabad, Telangana 500008'],
      ['PHONE', '9866023417'],
    ],
  },
  {
    text: 'Reliance Jio - SIM activation (eKYC completed)\nCustomer name: Pooja Deshpande\nJio number: +91 70457 83120\nSIM no. (ICCID): 89918666392332146888\nDevice IMEI: 353433459571176\nPlan: Rs. 349 / 28 days, 2GB/day, unlimited voice\nActivation request no.: 6114082931   POS: Jio Point, Kothrud, Pune',
    pii: [
      ['PERSON', 'Pooja Deshpande'],
      ['PHONE', '+91 70457 83120'],
      ['ICCID', '89918666392332146888'],
      ['IMEI', '353433459571176'],
    ],
  },
  {
    text: 'IRCTC E-Ticket (ERS)\nPNR No.: 4217730958   Train: 12951 MUMBAI RAJDHANI   Class: 3A\nFrom: MUMBAI CENTRAL (MMCT)  To: NEW DELHI (NDLS)   Date of journey: 22-Mar-2026\n# | Name | Age | Gender | Booking status | Current status\n1 | SURESH AGARWAL | 58 | M | CNF/B4/33 | CNF/B4/33\n2 | KAVITA AGARWAL | 54 | F | CNF/B4/36 | CNF/B4/36\nTotal fare: Rs. 9,390.00   Transaction ID: 100004882117364',
    pii: [
      ['PERSON', 'SURESH AGARWAL'],
      ['PERSON', 'KAVITA AGARWAL'],
    ],
  },
  {
    text: 'Subject: Offer acceptance - documents for joining\n\nDear HR team,\n\nPlease find my joining details below.\nName: Aditya Narayan Singh\nDate of birth: 14-08-1997\nPassport no.: P4827196\nSalary account: SBI, A/c no. 38214477290, IFSC SBIN0005943\nPermanent address: Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar 2nd Stage, Bengaluru, Karnataka 560038\n\nI will report on 01-Apr-2026 at the Whitefield campus.\n\nRegards,\nAditya',
    pii: [
      ['PERSON', 'Aditya Narayan Singh'],
      ['DATE_OF_BIRTH', '14-08-1997'],
      ['PASSPORT', 'P4827196'],
      ['BANK_ACCOUNT', '38214477290'],
      ['ADDRESS', 'Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar 2nd Stage, Bengaluru, Karnataka 560038'],
      ['PERSON', 'Aditya'],
    ],
  },
  {
    text: 'Motor Claim Intimation - Bajaj Allianz\nPolicy no.: OG-26-1901-1801-00004471   Claim no.: OC-26-1901-1801-00012266\nInsured: Vikram Rathore   Contact: 98290 11462\nVehicle: Maruti Suzuki Brezza ZXi   Chassis no.: MA3ZFDE17RS412803\nDriver at time of accident: insured; DL no. RJ14 20150034871\nAccident on 03-03-2026 near Ajmer Road flyover, Jaipur: front bumper and headlamp damaged by cattle crossing.\nWorkshop: Prem Motors (network garage), estimate Rs. 38,400',
    pii: [
      ['PERSON', 'Vikram Rathore'],
      ['PHONE', '98290 11462'],
      ['VIN', 'MA3ZFDE17RS412803'],
      ['DRIVER_LICENSE', 'RJ14 20150034871'],
    ],
  },
  {
    text: 'Dr. Meera Kulkarni  MBBS, DCH - Child Care Clinic, Reg. No. KMC 48217\nDate: 09/03/2026\nPatient: Master Arjun Iyer   Age: 7 yrs   Wt: 22 kg\nDx: Acute otitis media (R)\n1. Syp. Amoxicillin-Clavulanate 228.5 mg/5 ml - 5 ml twice daily x 7 days\n2. Syp. Paracetamol 250 mg/5 ml - 5 ml SOS if fever > 100 F (max 4 doses/day)\n3. Nasal saline drops 2 drops each nostril TDS\nReview after 1 week or earlier if ear discharge.',
    pii: [
      ['PERSON', 'Meera Kulkarni'],
      ['PERSON', 'Arjun Iyer'],
    ],
  },
  {
    text: 'HDFC Bank Millennia Credit Card - Statement\nName: NEHA RASTOGI\nAddress: B-204, Gulmohar Residency, Sector 50, Noida, Uttar Pradesh 201301\nCard No: 5522 60XX XXXX 7314   Statement date: 18/02/2026   Payment due date: 09/03/2026\nTotal dues: Rs. 23,418.55   Minimum due: Rs. 1,180.00   Credit limit: Rs. 2,50,000\n05/02  AMAZON PAY INDIA          2,199.00\n11/02  SWIGGY BANGALORE            486.00\n14/02  IRCTC                     1,870.40',
    pii: [
      ['PERSON', 'NEHA RASTOGI'],
      ['ADDRESS', 'B-204, Gulmohar Residency, Sector 50, Noida, Uttar Pradesh 201301'],
    ],
  },
  {
    text: "INC-INB-77120 | Assigned: Desktop Support, Pune\nEmployee: Sandeep Chaudhary (emp. code 1104872), desk 4F-118\nIssue: Outlook keeps asking for password after laptop reimage. Can't access shared mailbox finance-ops.\nLogin: sandeep.chaudhary   Laptop: HP EliteBook 840 G9, serial 5CG3218KQX\nVPN assigned IP 10.118.42.77, external 49.36.184.12\nFix: cleared Credential Manager, rebuilt OST profile. User confirmed working at 16:40.",
    pii: [
      ['PERSON', 'Sandeep Chaudhary'],
      ['USERNAME', 'sandeep.chaudhary'],
      ['IP_ADDRESS', '10.118.42.77'],
      ['IP_ADDRESS', '49.36.184.12'],
    ],
  },
  {
    text: 'PERSONNEL RECORD - Hanil Precision Co., Ltd. (Ansan plant)\nName: TRAN VAN HIEU (Vietnam)   Employee no.: H-2291\nAlien registration no.: 850919-5102381   Visa: E-9, stay until 2027-08-30\nAddress: 경기도 안산시 단원구 원곡로 45, 3층 302호 (company dormitory)\nMobile: 010-4827-1193\nWage account: Woori Bank 1002-658-482177\nLine: CNC 2, night shift   Safety training completed 2026-01-12',
    pii: [
      ['PERSON', 'TRAN VAN HIEU'],
      ['FRN', '850919-5102381'],
      ['ADDRESS', '경기도 안산시 단원구 원곡로 45, 3층 302호'],
      ['PHONE', '010-4827-1193'],
      ['BANK_ACCOUNT', '1002-658-482177'],
    ],
  },
  {
    text: 'CERTIFICATE OF EMPLOYMENT\nName: Kim Jihoon (김지훈)\nResident registration no.: 880314-1284711\nAddress: Apt 1104, Bldg 302, 396 World Cup buk-ro, Mapo-gu, Seoul\nPosition: Senior Manager, Overseas Sales Team\nPeriod of employment: 2014-03-03 to present\nPurpose: visa application (Embassy of Canada)\nThis is to certify that the above is true and correct. Issued 2026-03-09, HR Team, Daesung Electronics Co., Ltd. (Tel. 1588-4107)',
    pii: [
      ['PERSON', 'Kim Jihoon'],
      ['PERSON', '김지훈'],
      ['RRN', '880314-1284711'],
      ['ADDRESS', 'Apt 1104, Bldg 302, 396 World Cup buk-ro, Mapo-gu, Seoul'],
    ],
  },
  {
    text: 'Severance Hospital - International Health Care Center\nPatient No.: 1-2847-3306   Name: Olivia Grant (F/34)\nNHIS card no.: 52843719062 (employee-insured, foreigner)\nVisit: 2026-02-26, Dermatology, Prof. Lee Sang-woo\nCC: itchy erythematous plaques on both elbows x 3 months\nImp: psoriasis vulgaris, BSA ~4%\nPlan: topical calcipotriol/betamethasone ointment qd, f/u 4 weeks. Interpreter not needed.',
    pii: [
      ['MEDICAL_RECORD', '1-2847-3306'],
      ['PERSON', 'Olivia Grant'],
      ['HEALTH_INSURANCE', '52843719062'],
      ['PERSON', 'Lee Sang-woo'],
    ],
  },
  {
    text: "CUSTOMER TRANSFER (MT103) - copy for beneficiary\nSender's ref: 20260305OR7741   Value date: 2026-03-05   Amount: USD 12,400.00\nOrdering customer: Grace Yoon, 4521 Wilshire Blvd Apt 908, Los Angeles, CA 90010\nBeneficiary bank: KEB Hana Bank, Seoul   SWIFT: KOEXKRSE\nBeneficiary: YOON YOUNGJA\nBeneficiary account: 357-910482-16507\nRemittance info: family support   Charges: OUR",
    pii: [
      ['PERSON', 'Grace Yoon'],
      ['ADDRESS', '4521 Wilshire Blvd Apt 908, Los Angeles, CA 90010'],
      ['PERSON', 'YOON YOUNGJA'],
      ['BANK_ACCOUNT', '357-910482-16507'],
    ],
  },
  {
    text: "TRAFFIC ACCIDENT CONFIRMATION (English translation)\nDate/time: 2026-01-17 18:20   Place: Intersection in front of Pangyo Station, Bundang-gu, Seongnam\nVehicle A: Hyundai Sonata (DN8), plate 38무 4172, VIN KMHL14JA3PA318204\nDriver A: Daniel Cho, driver's licence 11-19-384712-61\nVehicle B: Kia Sportage, plate 152가 7720, driver Jung Ha-eun (010-3318-2704)\nDescription: Vehicle B made a left turn on a flashing yellow and collided with the right side of vehicle A.\nReceipt no. 2026-0117-00832, Bundang Police Station traffic unit",
    pii: [
      ['VEHICLE_PLATE', '38무 4172'],
      ['VIN', 'KMHL14JA3PA318204'],
      ['PERSON', 'Daniel Cho'],
      ['DRIVER_LICENSE', '11-19-384712-61'],
      ['VEHICLE_PLATE', '152가 7720'],
      ['PERSON', 'Jung Ha-eun'],
      ['PHONE', '010-3318-2704'],
    ],
  },
  {
    text: 'CJ대한통운 택배   운송장번호 6848-2210-3971\n받는 분: Sophie Laurent\n주소: 서울특별시 용산구 이태원로 211, 3층 301호\n연락처: 010-7720-3148\n보내는 분: Coupang Fulfillment (고객센터 1577-7011)\n품목: shoes 1 / 수량 1   배송메모: leave at door, no call please',
    pii: [
      ['PERSON', 'Sophie Laurent'],
      ['ADDRESS', '서울특별시 용산구 이태원로 211, 3층 301호'],
      ['PHONE', '010-7720-3148'],
    ],
  },
  {
    text: 'SK telecom - Mobile subscription application (Foreigner)\nSubscriber: Oksana Melnyk   Nationality: Ukraine\nPassport no.: FT418275   Alien reg. no.: 990203-6201472\nAssigned number: 010-2184-6637\nUSIM serial (ICCID): 89823001973699356321   Device: Galaxy A35, IMEI 353659159011648\nPlan: 5GX Prime, 36-month selective discount 25%   Activation fee 7,200 won\nCustomer center: 114 (from SKT mobile) or 1599-0011',
    pii: [
      ['PERSON', 'Oksana Melnyk'],
      ['PASSPORT', 'FT418275'],
      ['FRN', '990203-6201472'],
      ['PHONE', '010-2184-6637'],
      ['ICCID', '89823001973699356321'],
      ['IMEI', '353659159011648'],
    ],
  },
  {
    text: 'VENDOR REGISTRATION FORM\nCompany name: Nuri Software Co., Ltd.\nBusiness registration no.: 214-87-06356\nCorporate registration no.: 110111-4839209\nRepresentative: Choi Minjun\nBusiness address: 서울특별시 강남구 테헤란로 427, 8층\nContact person: Park Seoyeon (Procurement), sy.park@nurisoft.co.kr, 02-6952-1180\nPayment terms: 30 days EOM   Currency: KRW',
    pii: [
      ['BRN', '214-87-06356'],
      ['CRN', '110111-4839209'],
      ['PERSON', 'Choi Minjun'],
      ['ADDRESS', '서울특별시 강남구 테헤란로 427, 8층'],
      ['PERSON', 'Park Seoyeon'],
      ['EMAIL', 'sy.park@nurisoft.co.kr'],
      ['PHONE', '02-6952-1180'],
    ],
  },
  {
    text: 'KOREAN AIR  e-Ticket Receipt\nPassenger name: LEE/DOYUN MR\nPassport no.: M702K3318   Date of birth: 15MAY88\nBooking ref.: 4JZ8QX   Ticket no.: 180-2417730915\nKE081  ICN 10:00 -> JFK 10:20   Prestige (J)   Seat 7A\nKE082  JFK 13:00 -> ICN 17:20 (+1)   Prestige (J)   Seat 7A\nSKYPASS no.: not entered   Baggage 2PC',
    pii: [
      ['PERSON', 'LEE/DOYUN'],
      ['PASSPORT', 'M702K3318'],
      ['DATE_OF_BIRTH', '15MAY88'],
    ],
  },
  {
    text: 'Dear Mr. Jang,\n\nAs my lease for 부산광역시 해운대구 센텀중앙로 79, 1502호 ends on March 31, I would like to confirm the move-out inspection and the return of my deposit (KRW 10,000,000). Please transfer the deposit to my Shinhan Bank account 110-482-917305 (holder: Ethan Brooks). The gas final reading was arranged with Busan City Gas for 3/30.\n\nI am available any weekday after 6pm, my number is 010-9146-2250.\n\nBest regards,\nEthan Brooks',
    pii: [
      ['PERSON', 'Jang'],
      ['ADDRESS', '부산광역시 해운대구 센텀중앙로 79, 1502호'],
      ['BANK_ACCOUNT', '110-482-917305'],
      ['PERSON', 'Ethan Brooks'],
      ['PHONE', '010-9146-2250'],
      ['PERSON', 'Ethan Brooks'],
    ],
  },
  {
    text: 'CREDIT CARD AUTHORIZATION FORM - Lotte Hotel Jeju\nGuest name: Hyun-woo Kang   Confirmation no. 88410273   Arrival 2026-04-11, 3 nights\nCardholder name: KANG HYUNWOO\nCard type: VISA   Card number: 4257029296111249\nExpiry date: 11/27   CVC: 318\nI authorize Lotte Hotel Jeju to charge KRW 1,146,000 (room + breakfast) and incidentals.\nSignature: (signed)   Date: 2026-03-10',
    pii: [
      ['PERSON', 'Hyun-woo Kang'],
      ['PERSON', 'KANG HYUNWOO'],
      ['CREDIT_CARD', '4257029296111249'],
      ['CARD_EXPIRY', '11/27'],
      ['CARD_CVV', '318'],
    ],
  },
  {
    text: 'emp_no,name_ko,name_en,dept,email,mobile\n20190412,정하윤,Jeong Hayoon,경영지원팀,hayoon.jeong@hanbitlogis.com,010-5531-8827\n20200117,최서준,Choi Seojun,해외영업팀,seojun.choi@hanbitlogis.com,010-2207-4419\n20221003,이지아,Lee Jia,물류운영팀,jia.lee@hanbitlogis.com,010-8846-0372',
    pii: [
      ['PERSON', '정하윤'],
      ['PERSON', 'Jeong Hayoon'],
      ['EMAIL', 'hayoon.jeong@hanbitlogis.com'],
      ['PHONE', '010-5531-8827'],
      ['PERSON', '최서준'],
      ['PERSON', 'Choi Seojun'],
      ['EMAIL', 'seojun.choi@hanbitlogis.com'],
      ['PHONE', '010-2207-4419'],
      ['PERSON', '이지아'],
      ['PERSON', 'Lee Jia'],
      ['EMAIL', 'jia.lee@hanbitlogis.com'],
      ['PHONE', '010-8846-0372'],
    ],
  },
  {
    text: "Jeju Rent-a-Car - Rental contract\nRenter: Michael Ahn   Date of birth: 1990-07-22\nDriver's licence: International Driving Permit (USA) + California DL D4827193\nVehicle: Kia K5 hybrid, plate 67허 2381, fuel full\nPeriod: 2026-04-11 14:00 ~ 2026-04-14 12:00 (70 hrs)   Insurance: super CDW\nTotal 312,000 won, paid by card ending 0917   Contact during rental: +1 (213) 480-6615",
    pii: [
      ['PERSON', 'Michael Ahn'],
      ['DATE_OF_BIRTH', '1990-07-22'],
      ['DRIVER_LICENSE', 'D4827193'],
      ['VEHICLE_PLATE', '67허 2381'],
      ['PHONE', '+1 (213) 480-6615'],
    ],
  },
  {
    text: '2026-03-08 02:41:17.219 [WARN] auth-svc login failed user=minji_0219 ip=211.36.142.88 reason=BAD_PASSWORD attempts=4\n2026-03-08 02:41:20.004 [INFO] auth-svc login ok user=minji_0219 ip=211.36.142.88 session=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI4ODQxMiIsImV4cCI6MTc3MzAzNzY4MH0.kM2f8VqXr0bN4tYw1HsZcP7uLd3EaJ9gQ6oTiW5nR8s\n2026-03-08 02:41:22.561 [INFO] order-svc GET /api/orders?page=1 200 31ms',
    pii: [
      ['USERNAME', 'minji_0219'],
      ['IP_ADDRESS', '211.36.142.88'],
      ['USERNAME', 'minji_0219'],
      ['IP_ADDRESS', '211.36.142.88'],
      ['SECRET', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI4ODQxMiIsImV4cCI6MTc3MzAzNzY4MH0.kM2f8VqXr0bN4tYw1HsZcP7uLd3EaJ9gQ6oTiW5nR8s'],
    ],
  },
  {
    text: 'KEPCO - Electricity bill (English notice for foreign residents)\nCustomer: Rahul Mehta\nAddress: Gyeonggi-do, Suwon-si, Yeongtong-gu, Gwanggyo-ro 145, 201-1703\nCustomer no. 06-2814-4417-37   Billing month: 2026.02\nUsage 318 kWh (progressive tier 2)   Base charge 1,600 won   Energy charge 42,310 won\nClimate/environment 2,862 won   VAT 4,677 won   Electricity fund 1,730 won\nTotal 53,170 won   Due 2026-03-18   Auto-debit: registered',
    pii: [
      ['PERSON', 'Rahul Mehta'],
      ['ADDRESS', 'Gyeonggi-do, Suwon-si, Yeongtong-gu, Gwanggyo-ro 145, 201-1703'],
    ],
  },
  {
    text: 'CALL NOTE - Horizon Travel (agent: desk 3)   11:52 ET\nCaller Patricia Lindgren booking 2 pax Orlando package, Apr 18-25, quote #Q-40417 $2,876.40 total.\nPaid by Amex 3786-252760-18957 exp 06/27 CID 4402, billing ZIP 02451.\nSecond traveler: Eric Lindgren, DOB 10/02/1961 (needs wheelchair at MCO).\nCb number 781-893-4476. Sent confirmation to plindgren@comcast.net.',
    pii: [
      ['PERSON', 'Patricia Lindgren'],
      ['CREDIT_CARD', '3786-252760-18957'],
      ['CARD_EXPIRY', '06/27'],
      ['CARD_CVV', '4402'],
      ['PERSON', 'Eric Lindgren'],
      ['DATE_OF_BIRTH', '10/02/1961'],
      ['PHONE', '781-893-4476'],
      ['EMAIL', 'plindgren@comcast.net'],
    ],
  },
  {
    text: 'employee_id;last_name;first_name;sin;province;pay_freq;net_pay\n10442;Bouchard;Émilie;607866662;MB;biweekly;2114.37\n10451;Kaur;Jasleen;176031375;NS;biweekly;1988.02',
    pii: [
      ['PERSON', 'Bouchard'],
      ['PERSON', 'Émilie'],
      ['CA_SIN', '607866662'],
      ['PERSON', 'Kaur'],
      ['PERSON', 'Jasleen'],
      ['CA_SIN', '176031375'],
    ],
  },
  {
    text: 'Tenant self-disclosure (Mieterselbstauskunft) - flat no. 14, 2nd floor, 78 m², cold rent 1,240 EUR\nApplicant: Lukas Bergmann, born 22.03.1990\nCurrent address: Holsteinische Str. 41, 12163 Berlin\nEmployer: Zalando SE, permanent contract since 2019; net income 3,850 EUR/month\nCo-applicant: Hanna Sørensen, born 05.11.1991, hanna.sorensen@posteo.de\nPets: none   Insolvency proceedings in last 5 years: no   SCHUFA: attached\nPhone: +49 176 21984430',
    pii: [
      ['PERSON', 'Lukas Bergmann'],
      ['DATE_OF_BIRTH', '22.03.1990'],
      ['ADDRESS', 'Holsteinische Str. 41, 12163 Berlin'],
      ['PERSON', 'Hanna Sørensen'],
      ['DATE_OF_BIRTH', '05.11.1991'],
      ['EMAIL', 'hanna.sorensen@posteo.de'],
      ['PHONE', '+49 176 21984430'],
    ],
  },
  {
    text: 'Passport Seva - Appointment Confirmation\nApplication reference no. (ARN): 26-1008427716   File no.: BN3074193822726\nApplicant: Farhana Begum Shaikh   Date of birth: 02/06/1994\nService: Re-issue of passport (expiry)   Old passport no.: J8369854\nPassport Seva Kendra: PSK Lalbagh, Lucknow   Appointment: 19/03/2026, 10:15 AM\nFee paid: Rs. 1,500 (online, SBI ePay)\nMobile: +91 94150 28317   Email: farhana.shaikh94@rediffmail.com',
    pii: [
      ['PERSON', 'Farhana Begum Shaikh'],
      ['DATE_OF_BIRTH', '02/06/1994'],
      ['PASSPORT', 'J8369854'],
      ['PHONE', '+91 94150 28317'],
      ['EMAIL', 'farhana.shaikh94@rediffmail.com'],
    ],
  },
  {
    text: '# .env.production  (pasted in #ops by mistake - ROTATE)\nAPP_ENV=production\nAPP_VERSION=4.18.2\nDATABASE_URL=postgres://billing_app:Tq7!vZ2mRx9w@db-prod-3.internal:5432/billing\nAWS_ACCESS_KEY_ID=AKIAW4KX7T2QZ3N8RBLY\nAWS_SECRET_ACCESS_KEY=h8Fz2mQk/Xp7RtW3vL9sN4bJyC0dE6aU1iGoK5eT\nSENTRY_DSN_SAMPLE_RATE=0.25\nMAX_UPLOAD_MB=20',
    pii: [
      ['PASSWORD', 'Tq7!vZ2mRx9w'],
      ['SECRET', 'AKIAW4KX7T2QZ3N8RBLY'],
      ['SECRET', 'h8Fz2mQk/Xp7RtW3vL9sN4bJyC0dE6aU1iGoK5eT'],
    ],
  },
  {
    text: 'INVOICE  No. 2026-00871        Date: 03/06/2026        Terms: Net 30\nBill to: Riverside Dental Group LLC, Accounts Payable\nPO #: RDG-44127\nQty | Item | Unit price | Amount\n40 | Nitrile exam gloves, M (box/200) SKU GLV-N-M200 | $14.95 | $598.00\n12 | Prophy paste, mint (200 ct) SKU PP-MNT-200 | $31.20 | $374.40\nSubtotal $972.40   Sales tax 6.35% $61.75   Freight $18.00   TOTAL DUE $1,052.15\nRemit by ACH: routing 026009593, reference invoice number. Questions: 1-866-414-2290',
    pii: [],
  },
  {
    text: "Important information about your energy prices\nFrom 1 April 2026 the Energy Price Cap changes. For a typical dual fuel customer paying by Direct Debit:\nElectricity unit rate 24.86p/kWh (was 25.73p)   Standing charge 53.80p/day (was 51.37p)\nGas unit rate 6.33p/kWh (was 6.34p)   Standing charge 32.67p/day (was 31.65p)\nAnnual cost for typical use (2,700 kWh elec / 11,500 kWh gas): £1,720, up £9.\nYou don't need to do anything. To compare fixed tariffs visit your online account or call 0800 062 4471.",
    pii: [],
  },
  {
    text: '[2026-03-09 04:00:02] deploy pipeline #18834 started (branch: release/7.3, commit 9f2c41e7b8a0d35c61f4e2a9b07c8d1e5f3a6b29)\n[2026-03-09 04:00:47] building image registry.internal/checkout:7.3.0-rc.2 (sha256:4e1a9d27c0b3f85e...)\n[2026-03-09 04:03:15] running migrations 20260301_add_index_orders_created_at ... done (1.82s)\n[2026-03-09 04:05:02] canary 10% -> healthy (p99 212ms, error rate 0.03%)\n[2026-03-09 04:12:40] rollout 100% complete, 24/24 pods ready, node pool v1.29.4-gke.1043000',
    pii: [],
  },
  {
    text: 'sku,ean,description,qty_on_hand,reorder_point,unit_cost\nTSH-ORG-BLK-M,5012345678900,Organic cotton tee black M,412,150,6.20\nTSH-ORG-BLK-L,5012345678917,Organic cotton tee black L,96,150,6.20\nHDY-ZIP-GRY-XL,5012345679112,Zip hoodie grey XL,38,40,17.85\nCAP-6P-NVY,5012345680019,6-panel cap navy,1204,300,3.10',
    pii: [],
  },
  {
    text: "SCHEDULE CHANGE NOTICE - Booking 8HKZ3R\nWe're sorry, the timing of your flight has changed.\nOriginal: EI 105  DUB 11:25 -> JFK 13:45  Thu 16 Apr 2026\nNew:      EI 105  DUB 12:40 -> JFK 15:00  Thu 16 Apr 2026\nYour seat (14C) and baggage allowance (1 x 23kg) are unchanged. If the new time doesn't suit, you may change for free within 14 days or request a refund.",
    pii: [],
  },
  {
    text: 'DISCHARGE INSTRUCTIONS - Laparoscopic cholecystectomy\n- Remove outer dressings after 48 hours; small strips can stay until they fall off (7-10 days).\n- Pain: paracetamol 1 g every 6 hours (max 4 g/24h) plus ibuprofen 400 mg every 8 hours with food, for 3-5 days.\n- No lifting over 5 kg for 2 weeks. You may shower from day 2.\n- Call the ward or attend ED if: temperature over 38.0 C, yellow skin or eyes, increasing abdominal pain, vomiting.\nFollow-up: telephone review at 6 weeks (no clinic visit needed).',
    pii: [],
  },
  {
    text: 'COMMERCIAL PROPERTY SCHEDULE\nPolicy number: CPP 0081 4472 19   Period: 01/04/2026 - 31/03/2027\nInsured premises: unit 3, retail (florist), single storey, steel frame, 1995 construction\nBuildings sum insured £420,000 | Contents £65,000 | Business interruption 12 months, £180,000\nExcess: £250 standard; £1,000 escape of water; £2,500 subsidence\nEndorsements: E12 (intruder alarm - NACOSS Gold), E31 (unoccupancy > 30 days)\nPremium £1,284.60 + IPT 12% £154.15 = £1,438.75',
    pii: [],
  },
  {
    text: 'RECHNUNG / INVOICE  Nr. RE-2026-0419\nNordlicht Messebau GmbH, HRB 118473 (Amtsgericht Hamburg), VAT ID DE284117930\nCustomer no. K-20881, order no. 4500312876\nPos. 1  Stand construction 6 x 4 m, Hall B2, 24 m² x 118.00 EUR = 2,832.00 EUR\nPos. 2  LED light box 2,000 x 1,000 mm, 2 pcs x 640.00 EUR = 1,280.00 EUR\nNet 4,112.00 EUR   VAT 19% 781.28 EUR   Total 4,893.28 EUR\nPayable within 14 days without deduction. Service date: 24.-27.02.2026',
    pii: [],
  },
  {
    text: 'TAX INVOICE   Invoice no.: SKT/25-26/01184   Date: 06-03-2026\nSupplier: Shree Krishna Textiles, GSTIN 24AAKFS3318M1ZQ, Surat, Gujarat\nRecipient: Vasundhara Fashions Pvt Ltd, GSTIN 27AADCV2271K1Z4, Place of supply: Maharashtra (27)\nHSN 5407 | Polyester dyed fabric 58" | 1,250 m | Rs. 84.00 | Rs. 1,05,000.00\nIGST @ 5%: Rs. 5,250.00   Freight: Rs. 2,400.00   Total: Rs. 1,12,650.00\nE-way bill no. 331008871245   Vehicle dispatched via transporter ID 24AABCR7714G1Z2',
    pii: [],
  },
  {
    text: 'COMMERCIAL INVOICE  No. HK-EX-26031\nShipper: Hankook Kitchenware Co., Ltd., Incheon, Korea\nConsignee: Pacific Home Imports Inc., Long Beach, CA\nB/L no. HDMU KRI 2604417   Vessel: HMM GARNET 0052E   Port of loading: Busan\nHS 7323.93 | Stainless steel pots, 3-pc set | 1,200 sets | USD 18.40 | USD 22,080.00\nHS 3924.10 | Silicone utensils, 5-pc | 3,000 sets | USD 3.15 | USD 9,450.00\nIncoterms FOB Busan   Total USD 31,530.00   Gross weight 8,412 kg   42 pallets',
    pii: [],
  },
  {
    text: 'Vehicle service checklist - 15,000 km / 12 month (Toyota HiLux SR5)\n[x] Engine oil & filter (0W-20, 6.2 L)\n[x] Tyre rotation, pressures set to 29 psi F / 29 psi R (unladen)\n[x] Brake pads: front 7 mm, rear 6 mm\n[ ] Cabin filter - recommend replace ($48.00 fitted)\n[x] Battery test: 12.6 V, CCA 610/650 - good\nNext service due: 30,000 km or 02/2027, whichever comes first. Capped price service $295.00',
    pii: [],
  },
  {
    text: 'RENTAL RETURN INSPECTION  Unit 4471-ONT   Class: SUV midsize\nCheck-out: 2026-02-27 09:10  Odometer 38,104 km  Fuel 8/8\nCheck-in:  2026-03-02 17:45  Odometer 39,227 km  Fuel 5/8\nDamage: new chip in windshield (passenger side, 8 mm), no other new damage\nRefuel charge: 3/8 tank @ $2.49/L est. 27 L = $67.23\nInspector initials: ___   Lot: YYZ Terminal 1, row F',
    pii: [],
  },
  {
    text: 'Dublin courier surcharges from 1 March 2026 (per parcel, excl. VAT)\nRouting key | Zone | Next-day surcharge | Saturday delivery\nD01-D08 | City centre | EUR 0.00 | EUR 6.50\nD09-D18 | North & south suburbs | EUR 0.80 | EUR 7.50\nA94, A96, K67, K78 | Outer county | EUR 1.60 | EUR 9.00\nIslands & remote (e.g. H91 Aran) | Zone 4 | EUR 4.20 | not available',
    pii: [],
  },
  {
    text: 'Ticket #44817 - Printer PRN-3F-EAST offline\nStatus: Resolved   Category: Hardware > Printers   SLA: 8h (met)\nSymptom: queue shows "Error - offline", 27 jobs pending since 08:12\nCause: printer picked up new DHCP lease after firmware update 2.81.1 -> 3.0.4; queue still pointed at old reservation\nFix: recreated reservation in DHCP scope, cleared spooler, test page OK\nRelated change: CHG0012280 (firmware rollout, 3rd floor)',
    pii: [],
  },
  {
    text: '{\n  "service": "payments-webhook",\n  "region": "eu-west-1",\n  "apiKey": "<YOUR_API_KEY>",\n  "webhookSecret": "${WEBHOOK_SECRET}",\n  "timeoutMs": 5000,\n  "retry": {"max": 5, "backoff": "exponential"},\n  "allowedCurrencies": ["EUR", "GBP", "USD"]\n}',
    pii: [],
  },
  {
    text: 'Dear Customer,\n\nYour claim CLM-2026-0418873 has been reviewed. We have approved EUR 1,240.00 for the damaged laptop, less your policy excess of EUR 150.00. The settlement of EUR 1,090.00 will be paid to the bank account on file within 5 working days.\n\nPolicy: HCP-IE-0044712   Date of loss: 03/02/2026\n\nKind regards,\nClaims Team',
    pii: [],
  },
];
