// English documents for round 39, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyNineDocumentsB: readonly IndependentText[] = [
  {
    text:
      'BAY CREST MOTORS — TESLA-CERTIFIED PRE-OWNED & LEASING\n' +
      '3550 Stevens Creek Blvd, San Jose, CA 95117 | Sales (408) 555-0162 | Dealer No. 61284\n' +
      'CALIFORNIA MOTOR VEHICLE LEASE AGREEMENT (CLOSED END) — Deal #BC-25-03117    Date: 02/21/2025\n' +
      '\n' +
      'LESSEE\n' +
      'Name: Marisol Andrea Quintero    Date of birth: 06/14/1988\n' +
      'Address: 1874 Pruneridge Ave Apt 210, Santa Clara, CA 95050\n' +
      'Cell: (408) 663-2175    Email: marisol.quintero88@gmail.com\n' +
      'Driver license: CA Y4816273, exp. 06/14/2029\n' +
      "Employer: Lucile Packard Children's Hospital (RN), 6 years\n" +
      'CO-LESSEE\n' +
      'Name: Devon Michael Quintero    Date of birth: 01/30/1986\n' +
      'Address: same as Lessee    Cell: (408) 663-9048\n' +
      'Driver license: CA B2290415\n' +
      '\n' +
      'VEHICLE\n' +
      'Year/Make/Model: 2023 Tesla Model 3 Long Range AWD    Color: Midnight Silver\n' +
      'VIN: 5YJ3E1EA0PF412873    Odometer: 8,412 mi    License plate: 9KTR582 (CA)\n' +
      'Primary use: personal, family or household\n' +
      '\n' +
      '1. AMOUNTS DUE AT LEASE SIGNING\n' +
      'Capitalized cost reduction $2,500.00 + first monthly payment $489.37 + acquisition fee $695.00\n' +
      '+ registration and title $412.00 = Total due at signing $4,096.37\n' +
      '2. MONTHLY PAYMENTS\n' +
      '36 payments of $489.37 (incl. sales tax 9.375%) due on the 21st of each month beginning 03/21/2025.\n' +
      'Gross capitalized cost $38,950.00; residual value $23,370.00 (60%); rent charge $3,841.28.\n' +
      '3. MILEAGE\n' +
      '12,000 miles per year; excess mileage charge $0.25 per mile. Estimated total at lease end: 36,000 miles.\n' +
      '4. EARLY TERMINATION\n' +
      'You may terminate early. The charge may be substantial (see Section 19). If you terminate in the first\n' +
      '12 months the charge could be several thousand dollars.\n' +
      '5. INSURANCE\n' +
      'Lessee must maintain liability 100/300/50 and comprehensive/collision with deductible not over $1,000.\n' +
      'Insurer: State Farm, policy 553-9127-E08, agent office 408-555-0179. Lessor named as additional insured and loss payee.\n' +
      '6. PURCHASE OPTION\n' +
      'Lessee has an option to purchase the vehicle at lease end for $23,370.00 plus a $350 purchase option fee.\n' +
      '\n' +
      'ODOMETER DISCLOSURE STATEMENT (49 U.S.C. 32705)\n' +
      'I, Terrence Vu, state that the odometer reading of 8,412 miles reflects the actual mileage to the best of my knowledge.\n' +
      'Transferor: Bay Crest Motors. Transferee: Marisol A. Quintero and Devon M. Quintero.\n' +
      '\n' +
      'CREDIT CARD AUTHORIZATION — DUE AT SIGNING (detach and shred after processing)\n' +
      'Cardholder: Marisol A. Quintero    Card type: Visa\n' +
      'Card number: 4078 8716 7124 5507    Expiration: 08/28    CVV: 417\n' +
      'Billing address: same as Lessee address above    Amount authorized: $4,096.37\n' +
      'I authorize Bay Crest Motors to charge the above card once for the amount shown.\n' +
      'Signature: /s/ M. Quintero    Processed by: Alisha Grewal (F&I), approval code 08841C, terminal 3\n' +
      'Note: card statement descriptor will read "BAYCREST MTRS SJ".\n' +
      '\n' +
      'CREDIT APPLICATION SUMMARY (internal)\n' +
      'Bureau: Experian FICO Auto 8 — Marisol 781, Devon 702. Tier A1 approval, money factor 0.00215.\n' +
      'Lessor: Tesla Lease Trust, funding via Tesla Finance LLC, PO Box 15430, Wilmington, DE 19850.\n' +
      'Stipulations: proof of income (pay stubs x2) — received; proof of residence (PG&E bill) — received.\n' +
      'Prior address for co-lessee (less than 2 years at current): 662 Kiely Blvd #3, Santa Clara, CA 95051.\n' +
      'Reference given by Lessee: Camila Ortega (sister), (650) 387-1120.\n' +
      '\n' +
      'DELIVERY CHECKLIST\n' +
      "[x] Two key cards issued and paired to lessee's phone app account marisol.quintero88@gmail.com\n" +
      "[x] Temporary operating permit issued; plates will be mailed to the Lessee's address by DMV\n" +
      "[x] Charging adapter, floor mats, owner's manual\n" +
      '[x] Walkaround with Terrence Vu (Sales Consultant, ID 1187)\n' +
      '\n' +
      'SIGNATURES\n' +
      'Lessee: /s/ Marisol Andrea Quintero    Co-Lessee: /s/ Devon Michael Quintero    02/21/2025\n' +
      'Dealer: Bay Crest Motors, by Alisha Grewal, Finance Manager\n' +
      'NOTICE TO THE LESSEE: Do not sign this lease before you read it or if it contains any blank spaces.\n' +
      'You are entitled to an exact copy of the lease you sign.',
    pii: [
      ['PERSON', 'Marisol Andrea Quintero'],
      ['DATE_OF_BIRTH', '06/14/1988'],
      ['ADDRESS', '1874 Pruneridge Ave Apt 210, Santa Clara, CA 95050'],
      ['PHONE', '(408) 663-2175'],
      ['EMAIL', 'marisol.quintero88@gmail.com'],
      ['DRIVER_LICENSE', 'Y4816273'],
      ['PERSON', 'Devon Michael Quintero'],
      ['DATE_OF_BIRTH', '01/30/1986'],
      ['PHONE', '(408) 663-9048'],
      ['DRIVER_LICENSE', 'B2290415'],
      ['VIN', '5YJ3E1EA0PF412873'],
      ['VEHICLE_PLATE', '9KTR582'],
      ['PERSON', 'Terrence Vu'],
      ['PERSON', 'Marisol A. Quintero'],
      ['PERSON', 'Devon M. Quintero'],
      ['PERSON', 'Marisol A. Quintero'],
      ['CREDIT_CARD', '4078 8716 7124 5507'],
      ['CARD_EXPIRY', '08/28'],
      ['CARD_CVV', '417'],
      ['PERSON', 'M. Quintero'],
      ['PERSON', 'Alisha Grewal'],
      ['PERSON', 'Marisol'],
      ['PERSON', 'Devon'],
      ['ADDRESS', '662 Kiely Blvd #3, Santa Clara, CA 95051'],
      ['PERSON', 'Camila Ortega'],
      ['PHONE', '(650) 387-1120'],
      ['EMAIL', 'marisol.quintero88@gmail.com'],
      ['PERSON', 'Terrence Vu'],
      ['PERSON', 'Marisol Andrea Quintero'],
      ['PERSON', 'Devon Michael Quintero'],
      ['PERSON', 'Alisha Grewal'],
    ],
  },
  {
    text:
      'KEYSTONE PINNACLE HEALTH PLAN — UTILIZATION MANAGEMENT\n' +
      'PRIOR AUTHORIZATION CASE FILE    Auth #: PA-2025-0338817    Type: Outpatient surgery, standard review\n' +
      'Plan: PPO Select 2500 (employer group 00731-A, Lehigh Regional School District)\n' +
      'UM phone 1-800-555-0147 | UM fax 610-555-0112 | PO Box 7720, Harrisburg, PA 17105\n' +
      '\n' +
      'MEMBER\n' +
      'Name: Raymond Theodore Kaczmarek    DOB: 09/27/1962    Sex: M\n' +
      'Member ID: KPH884617203    Relationship to subscriber: spouse\n' +
      'Subscriber: Linda Kaczmarek, DOB 04/02/1964, subscriber ID KPH884617200\n' +
      'Address: 419 Fox Hollow Rd, Macungie, PA 18062\n' +
      'Phone: (610) 966-3471\n' +
      '\n' +
      'REQUESTING PROVIDER\n' +
      'Sunil Varghese, MD — Orthopaedic Surgery, Valley Bone & Joint Associates, NPI 1487726391, TIN 23-1998470\n' +
      'Facility: Lehigh Valley Surgical Center (ASC), NPI 1073592280\n' +
      'Facility MRN for member: E004871265\n' +
      'Office contact: Tasha Green, surgical scheduler, 610-555-0190 ext. 214\n' +
      '\n' +
      'REQUEST (received 01/13/2025 by fax, 14 pages)\n' +
      'CPT 29881 — Arthroscopy, knee, surgical; with meniscectomy (medial OR lateral), including debridement\n' +
      'CPT 29877-59 — chondroplasty (separate compartment) — requested\n' +
      'ICD-10 M23.221 — Derangement of posterior horn of medial meniscus due to old tear, right knee\n' +
      'ICD-10 M17.11 — Unilateral primary osteoarthritis, right knee\n' +
      'Proposed date of service: 02/06/2025\n' +
      '\n' +
      'CLINICAL SUMMARY (from records)\n' +
      '62-year-old male, warehouse manager, right knee pain 9 months with locking and catching episodes 2–3 times a week.\n' +
      'MRI 11/20/2024: complex tear of posterior horn medial meniscus with displaced flap; Kellgren-Lawrence grade 2.\n' +
      'Conservative care: physical therapy 12 visits (10/01–11/15/2024), NSAIDs (meloxicam 15 mg), one corticosteroid\n' +
      "injection 09/12/2024 with 3 weeks' relief. BMI 31.2. HbA1c 6.1%.\n" +
      '\n' +
      'REVIEW NOTES\n' +
      '01/14/2025 — Nurse reviewer Carla Brightwater, RN: Criteria InterQual 2024 Knee Arthroscopy applied.\n' +
      '  29881 meets criteria (mechanical symptoms + MRI-confirmed displaced flap + failed 6 wks conservative care).\n' +
      '  29877 does not meet criteria as a separate service (same knee, bundled). Referred to physician reviewer.\n' +
      '01/16/2025 — Physician reviewer Howard Feinstein, MD (Medical Director): 29881 approved. 29877-59 not medically\n' +
      '  necessary as separately reportable. Peer-to-peer offered to Dr. Varghese.\n' +
      '01/20/2025 — Peer-to-peer call, 12 minutes. Dr. Varghese agreed that chondroplasty would be in the medial\n' +
      '  compartment. Denial of 29877-59 upheld. Dr. Feinstein documented rationale.\n' +
      '\n' +
      'CALL LOG\n' +
      '01/17/2025 10:22 — Inbound from Amy Kaczmarek-Doyle (daughter), (484) 221-7736, asking about status.\n' +
      '  HIPAA authorized representative form not on file; no PHI disclosed. Advised member to call or submit form.\n' +
      '01/17/2025 14:05 — Inbound from member Raymond Kaczmarek, verified by member ID and DOB. Added Amy as authorized\n' +
      '  representative (verbal, valid 90 days; written form mailed). Member email for documents: rkaczmarek62@ptd.net.\n' +
      '01/21/2025 09:40 — Outbound to Amy Kaczmarek-Doyle: explained partial approval; appeal rights for 29877 explained.\n' +
      '\n' +
      'DETERMINATION\n' +
      '29881 (right knee) — APPROVED, 1 unit, valid 02/01/2025–04/30/2025 at Lehigh Valley Surgical Center.\n' +
      '29877-59 — DENIED (not medically necessary as a separate procedure; Plan Policy MP-ORTHO-114).\n' +
      'Letters mailed 01/21/2025 to member at the address above and faxed to the requesting provider.\n' +
      'Appeal: member or provider may file a first-level appeal within 180 days (ERISA 29 CFR 2560.503-1).\n' +
      '\n' +
      'Case owner: Carla Brightwater, RN, ext. 4482    Closed: 01/21/2025',
    pii: [
      ['PERSON', 'Raymond Theodore Kaczmarek'],
      ['DATE_OF_BIRTH', '09/27/1962'],
      ['HEALTH_INSURANCE', 'KPH884617203'],
      ['PERSON', 'Linda Kaczmarek'],
      ['DATE_OF_BIRTH', '04/02/1964'],
      ['HEALTH_INSURANCE', 'KPH884617200'],
      ['ADDRESS', '419 Fox Hollow Rd, Macungie, PA 18062'],
      ['PHONE', '(610) 966-3471'],
      ['PERSON', 'Sunil Varghese'],
      ['MEDICAL_RECORD', 'E004871265'],
      ['PERSON', 'Tasha Green'],
      ['PERSON', 'Carla Brightwater'],
      ['PERSON', 'Howard Feinstein'],
      ['PERSON', 'Varghese'],
      ['PERSON', 'Varghese'],
      ['PERSON', 'Feinstein'],
      ['PERSON', 'Amy Kaczmarek-Doyle'],
      ['PHONE', '(484) 221-7736'],
      ['PERSON', 'Raymond Kaczmarek'],
      ['PERSON', 'Amy'],
      ['EMAIL', 'rkaczmarek62@ptd.net'],
      ['PERSON', 'Amy Kaczmarek-Doyle'],
      ['PERSON', 'Carla Brightwater'],
    ],
  },
  {
    text:
      'THAMESBRIDGE BANK PLC — FRAUD & FINANCIAL CRIME OPERATIONS\n' +
      'CASE FILE: AUTHORISED PUSH PAYMENT SCAM + CARD COMPROMISE    Case ID: FRD-25-0077412\n' +
      'Opened: 09/01/2025 16:48    Priority: P1 (vulnerable customer)    Analyst: Imran Chaudhry    Team lead: Sophie Tranter\n' +
      'Action Fraud crime ref: NFRC250104417    PSR reimbursement claim ref: RC-0199283\n' +
      '\n' +
      'CUSTOMER\n' +
      'Name: Margaret Ellen Whitlock    DOB: 03/04/1952    Customer since 1987\n' +
      'Address: 28 Caversham Park Road, Reading RG4 6RB\n' +
      'Mobile: 07384 226 519    Landline: 0118 947 2281    Email: maggie.whitlock@talktalk.net\n' +
      'Online banking user ID: mwhitlock52\n' +
      'Accounts: current account 40-12-76 61308845; easy-access saver 40-12-76 71144029\n' +
      'Debit card (Mastercard): 5448 0257 1400 6661, expiry 11/27\n' +
      'Power of attorney: son, Peter Whitlock (registered LPA, OPG ref 7000-2219-8841), mobile 07922 508 316\n' +
      '\n' +
      'SUMMARY\n' +
      'On 09/01/2025 between 13:05 and 14:40 Mrs Whitlock received a call from someone claiming to be from "Thamesbridge\n' +
      'Fraud Prevention", spoofing our number 0345 555 0190. She was told her account was being used by a criminal and\n' +
      'persuaded to (1) read out her card number, expiry and the three digits on the back, and (2) move her savings to a\n' +
      '"safe account". She also read out two one-time passcodes.\n' +
      '\n' +
      'TIMELINE (UK time)\n' +
      '13:12  Login to online banking from new device, IP 185.220.101.47 (anonymising network), password correct.\n' +
      '13:14  New payee added: "C RAFFERTY", sort code 04-00-75, account 29417730 (Confirmation of Payee: close match,\n' +
      '       name held Callum Rafferty). OTP sent to 07384 226 519 and entered.\n' +
      '13:19  Transfer saver → current £14,800.00.\n' +
      '13:21  Faster Payment £9,500.00 to C Rafferty — released after customer confirmed "safe account" in app.\n' +
      '13:26  Faster Payment £5,250.00 to new payee "K BRIGHT", sort code 60-83-71, account 61553902 (CoP: no match,\n' +
      '       name held Kerry-Ann Bright). Warning shown and overridden.\n' +
      '13:41  Card-not-present purchase £1,289.00 at an electronics retailer, 3DS challenge passed via OTP.\n' +
      '14:02  Card-not-present attempt £2,150.00 declined by velocity rule.\n' +
      '14:40  Customer logged in from her usual home IP 81.103.62.19 and saw her balance; called Peter.\n' +
      '16:31  Peter Whitlock called fraud line; card blocked, online banking suspended, case opened by Imran Chaudhry.\n' +
      '\n' +
      'ACTIONS\n' +
      '- Card ending 6661 cancelled; replacement card ordered to the home address (no expedited delivery per customer).\n' +
      '- Beneficiary bank notifications sent via Best Practice Standards at 16:55: Monzo (for the 04-00-75 payee) and\n' +
      '  Starling (for the 60-83-71 payee). Monzo froze £6,120.00 on 10/01/2025. Starling: funds already dispersed.\n' +
      '- Chargeback raised for the £1,289.00 card transaction (reason code 4837).\n' +
      '- Credentials reset; new password set by customer in branch 13/01/2025 with ID (passport 541873209 sighted).\n' +
      '- Vulnerability recorded (age, recent bereavement — husband Dennis Whitlock died November 2024); Vulnerable\n' +
      '  Customer team member Rachel Ong assigned as single point of contact.\n' +
      '\n' +
      'ASSESSMENT UNDER PSR REIMBURSEMENT REQUIREMENT (effective 07/10/2024)\n' +
      'Payments were authorised Faster Payments to UK accounts; customer is a consumer; claim made within 13 months.\n' +
      'Consumer standard of caution: no gross negligence — customer is vulnerable and the call spoofed our number.\n' +
      'Reimbursable amount: £14,750.00 less £6,120.00 recovered from Monzo = £8,630.00 (excess not applied, vulnerable).\n' +
      'Liability split 50/50 with the receiving PSPs under the PSR rules.\n' +
      'Card transaction handled separately under Payment Services Regulations 2017 reg. 76: refunded in full £1,289.00.\n' +
      '\n' +
      'OUTCOME\n' +
      '10/01/2025 Interim credit £1,289.00 to current account 61308845.\n' +
      '15/01/2025 Reimbursement £8,630.00 credited; £6,120.00 returned from Monzo 17/01/2025. Total loss to customer: nil.\n' +
      'Letter to Mrs Whitlock with copy to Mr Peter Whitlock (LPA) sent 17/01/2025. Case closed by Sophie Tranter 20/01/2025.\n' +
      'Intelligence shared with Cifas: mule accounts held by Callum Rafferty and Kerry-Ann Bright; attacker IP 185.220.101.47.',
    pii: [
      ['PERSON', 'Imran Chaudhry'],
      ['PERSON', 'Sophie Tranter'],
      ['PERSON', 'Margaret Ellen Whitlock'],
      ['DATE_OF_BIRTH', '03/04/1952'],
      ['ADDRESS', '28 Caversham Park Road, Reading RG4 6RB'],
      ['PHONE', '07384 226 519'],
      ['PHONE', '0118 947 2281'],
      ['EMAIL', 'maggie.whitlock@talktalk.net'],
      ['USERNAME', 'mwhitlock52'],
      ['BANK_ACCOUNT', '61308845'],
      ['BANK_ACCOUNT', '71144029'],
      ['CREDIT_CARD', '5448 0257 1400 6661'],
      ['CARD_EXPIRY', '11/27'],
      ['PERSON', 'Peter Whitlock'],
      ['PHONE', '07922 508 316'],
      ['PERSON', 'Whitlock'],
      ['IP_ADDRESS', '185.220.101.47'],
      ['PERSON', 'C RAFFERTY'],
      ['BANK_ACCOUNT', '29417730'],
      ['PERSON', 'Callum Rafferty'],
      ['PHONE', '07384 226 519'],
      ['PERSON', 'C Rafferty'],
      ['PERSON', 'K BRIGHT'],
      ['BANK_ACCOUNT', '61553902'],
      ['PERSON', 'Kerry-Ann Bright'],
      ['IP_ADDRESS', '81.103.62.19'],
      ['PERSON', 'Peter'],
      ['PERSON', 'Peter Whitlock'],
      ['PERSON', 'Imran Chaudhry'],
      ['PASSPORT', '541873209'],
      ['PERSON', 'Dennis Whitlock'],
      ['PERSON', 'Rachel Ong'],
      ['BANK_ACCOUNT', '61308845'],
      ['PERSON', 'Whitlock'],
      ['PERSON', 'Peter Whitlock'],
      ['PERSON', 'Sophie Tranter'],
      ['PERSON', 'Callum Rafferty'],
      ['PERSON', 'Kerry-Ann Bright'],
      ['IP_ADDRESS', '185.220.101.47'],
    ],
  },
  {
    text:
      'PRAIRIE SUMMIT ENGINEERING LTD. — NEW EMPLOYEE ONBOARDING PACK\n' +
      'Calgary office: 700 2 St SW, Suite 1400, Calgary, AB T2P 2W2 | Reception 403-555-0133 | people@prairiesummit.ca\n' +
      'Employee no.: 20418    Start date: Monday, March 3, 2025    Position: Structural EIT, Bridges Group\n' +
      'Hiring manager: Gwendolyn Achterberg, P.Eng.    HR coordinator: Tyler Bouchard    Onboarding buddy: Sanjay Iyer\n' +
      '\n' +
      'SECTION 1 — PERSONAL INFORMATION (completed by employee)\n' +
      'Legal name: Joseph Mabini Santiago    Preferred name: Joey\n' +
      'Date of birth: 1994-12-09    Citizenship: Philippines (work permit holder, open work permit, spouse of student)\n' +
      'Home address: 1209 17 Ave SW, Unit 806, Calgary, AB T2T 0B4\n' +
      'Personal mobile: 403-889-2714    Personal email: joey.santiago.pe@gmail.com\n' +
      'Social Insurance Number: 933 299 604 (9-series; expiry matches work permit 2027-08-31)\n' +
      'Passport: Republic of the Philippines P4829173A, expires 2031-05-18 (copy taken for right-to-work file)\n' +
      "Driver's licence (needed for site visits): Alberta 158274-903, Class 5\n" +
      'Alberta Health Care Insurance Plan no.: 41827-3350\n' +
      '\n' +
      'SECTION 2 — EMERGENCY CONTACTS\n' +
      "Primary: Rowena Santiago (spouse), mobile +1 587 330 6158; if no answer try her parents' home in Manila +63 2 8921 4407\n" +
      'Secondary: Dennis Lacson (cousin, Calgary), mobile 403-512-6690\n' +
      'Medical information the employee chose to share: allergic to penicillin (rash). Carries no auto-injector.\n' +
      '\n' +
      'SECTION 3 — PAYROLL AND DIRECT DEPOSIT\n' +
      'Pay frequency: semi-monthly (15th and last business day). Annual salary: $72,500. Grade: E2.\n' +
      'Bank: Royal Bank of Canada    Institution no. 003    Transit no. 01842    Account no. 5129047\n' +
      'Void cheque received: yes (name on cheque: Joseph M. Santiago and Rowena L. Santiago, joint)\n' +
      'TD1 (federal) claim code 1; TD1AB claim code 1. No additional tax deducted.\n' +
      'Note from payroll (Marguerite Leblanc): first pay on March 14 will be prorated for 10 working days.\n' +
      '\n' +
      'SECTION 4 — BENEFITS ENROLMENT\n' +
      'Carrier: Canada Life, group policy 166204 (Prairie Summit Engineering), Class 2, waiting period waived.\n' +
      'Member certificate no.: CL-7702841 (to be used at pharmacies and dentists)\n' +
      'Coverage: family (spouse Rowena; no dependants). Health spending account $750 per year.\n' +
      'Beneficiary for life insurance: Rowena L. Santiago, 100%.\n' +
      'RRSP matching: 4% after 3 months; enrolment window opens June 3, 2025.\n' +
      '\n' +
      'SECTION 5 — IT PROVISIONING (Harjit Sandhu, IT Service Desk, ticket REQ-30872)\n' +
      'Network login: jsantiago    Temporary password: Bow-River-2025! (must be changed at first sign-in)\n' +
      'Laptop: Dell Precision 5680, asset tag PSE-LT-1193. MFA to be registered on the personal mobile above.\n' +
      'GitHub access to the bridges-analysis repository: a personal access token was issued for the setup script only:\n' +
      'ghp_Zqumpm08hsE8JNpjJOQGa2rb19FlY0mG1ylv — revoke after first clone and replace with SSO. Do not paste in Teams.\n' +
      'Software: CSiBridge, midas Civil, AutoCAD Civil 3D 2025, Bluebeam Revu 21.\n' +
      '\n' +
      'SECTION 6 — SITE SAFETY\n' +
      'Mandatory: Alberta Construction Safety Association CSTS-2020 (completed 2025-02-26, cert. 4418-22097),\n' +
      'H2S Alive (not required for Bridges Group). PPE issued: CSA Grade 1 boots (size 10), hard hat, Class 2 vest.\n' +
      'Parking permit (P2 staff lot): personal vehicle 2016 Honda Civic, Alberta plate CTR-4418; pool trucks booked via fleet calendar.\n' +
      '\n' +
      'SECTION 7 — ACKNOWLEDGEMENTS\n' +
      'I confirm the information above is accurate and consent to its use for employment, payroll and benefits administration\n' +
      'in line with the Personal Information Protection Act (Alberta).\n' +
      'Employee: /s/ Joseph M. Santiago    Date: 2025-03-03\n' +
      'HR: /s/ Tyler Bouchard    Date: 2025-03-03\n' +
      'Filed in HRIS (Dayforce) by Tyler; paper copy shredded 2025-03-07. Passport copy retained in restricted right-to-work folder.',
    pii: [
      ['PERSON', 'Gwendolyn Achterberg'],
      ['PERSON', 'Tyler Bouchard'],
      ['PERSON', 'Sanjay Iyer'],
      ['PERSON', 'Joseph Mabini Santiago'],
      ['PERSON', 'Joey'],
      ['DATE_OF_BIRTH', '1994-12-09'],
      ['ADDRESS', '1209 17 Ave SW, Unit 806, Calgary, AB T2T 0B4'],
      ['PHONE', '403-889-2714'],
      ['EMAIL', 'joey.santiago.pe@gmail.com'],
      ['CA_SIN', '933 299 604'],
      ['PASSPORT', 'P4829173A'],
      ['DRIVER_LICENSE', '158274-903'],
      ['HEALTH_INSURANCE', '41827-3350'],
      ['PERSON', 'Rowena Santiago'],
      ['PHONE', '+1 587 330 6158'],
      ['PHONE', '+63 2 8921 4407'],
      ['PERSON', 'Dennis Lacson'],
      ['PHONE', '403-512-6690'],
      ['BANK_ACCOUNT', '5129047'],
      ['PERSON', 'Joseph M. Santiago'],
      ['PERSON', 'Rowena L. Santiago'],
      ['PERSON', 'Marguerite Leblanc'],
      ['HEALTH_INSURANCE', 'CL-7702841'],
      ['PERSON', 'Rowena'],
      ['PERSON', 'Rowena L. Santiago'],
      ['PERSON', 'Harjit Sandhu'],
      ['USERNAME', 'jsantiago'],
      ['PASSWORD', 'Bow-River-2025!'],
      ['SECRET', 'ghp_Zqumpm08hsE8JNpjJOQGa2rb19FlY0mG1ylv'],
      ['VEHICLE_PLATE', 'CTR-4418'],
      ['PERSON', 'Joseph M. Santiago'],
      ['PERSON', 'Tyler Bouchard'],
      ['PERSON', 'Tyler'],
    ],
  },
  {
    text:
      'KOOKABURRA MOBILE — CUSTOMER CARE INTERACTION HISTORY (EXPORT)\n' +
      'Account: 7004 5521 8830    Segment: Consumer Postpaid    Exported: 02/04/2025 by Jess Aldana (Resolutions Team)\n' +
      'Reason for export: complaint escalated to the Telecommunications Industry Ombudsman, TIO ref. 2025/03/04117\n' +
      '\n' +
      'ACCOUNT HOLDER\n' +
      'Name: Rhiannon Claire Boswell    DOB: 22/10/1988\n' +
      'Billing address (until 14/03): 3/17 Lygon Street, Brunswick East VIC 3057\n' +
      'Billing address (from 14/03): 45 Rathmines Road, Hawthorn East VIC 3123\n' +
      'Email: rhiannon.boswell@outlook.com.au    My Kookaburra username: rhi.boswell88\n' +
      'Services: mobile 0423 771 086 (Unlimited 80GB plan); nbn 100 at home\n' +
      'Account PIN: 7392 (verified by agents — do not read back to caller)\n' +
      'Handset: Samsung Galaxy S24, IMEI 357415734501140 (on 24-month device plan, 14 of 24 paid)\n' +
      '\n' +
      'INTERACTION LOG\n' +
      '01/03 09:12 Chat — Rhiannon requests nbn relocation from Brunswick East to Hawthorn East, move date 14/03.\n' +
      '      Agent Marco booked relocation order ORD-88214077, technician window 14/03 08:00–12:00.\n' +
      '03/03 18:40 Call (inbound, unverified caller, 04:31) — Caller asked to port 0423 771 086 to another carrier and\n' +
      '      give the "port-out code". Caller could not give the PIN and gave DOB as 22/01/1988. Agent Nikhil refused and\n' +
      '      added a port-out block. Flag: possible fraud attempt.\n' +
      '03/03 18:58 SMS alert sent to the service: "We\'ve blocked a request to transfer your number."\n' +
      '04/03 08:05 Call — Rhiannon verified with PIN. Confirms she made no port request. Agent Grace Oyelaran raised\n' +
      '      fraud case FR-20417 and sent a new SIM by post to the Brunswick East address (customer said she was still there).\n' +
      '      Transcript extract: "Can you read the number back to me? — Sure, zero four two three, seven seven one, oh eight six.\n' +
      "      — That's right, and please don't let anyone move it.\"\n" +
      '      Customer also asked to change email to rhi.boswell.work@gmail.com — NOT actioned, request came after verification\n' +
      '      timed out; customer to do it in the app.\n' +
      '07/03 14:22 Chat — new SIM ICCID 8961355912312833322 activated by customer in the app; old SIM\n' +
      '      8961369820897515699 deactivated.\n' +
      '14/03 12:40 Call — technician did not attend. Agent Marco rebooked for 19/03. Customer without home internet;\n' +
      '      offered 50GB data boost on mobile (applied).\n' +
      '19/03 10:15 Tech note: modem replaced (old modem faulty on new line). New modem MAC 3C:84:6A:1F:B2:07,\n' +
      '      serial KBM-5G-2291804. Service active 10:52.\n' +
      '24/03 16:03 Call — customer disputes March bill $214.80: relocation fee $99 and a $45 late fee. Says she was told\n' +
      '      relocation was free on her plan. Call recording from 01/03 is a chat; chat shows Marco did not mention a fee.\n' +
      '      Agent Hannah credited $45 late fee; relocation fee dispute escalated to Resolutions (ticket RES-110482).\n' +
      '27/03 11:30 Email from customer (rhiannon.boswell@outlook.com.au): "I also never got a reply about someone trying to\n' +
      '      steal my number. My partner Tom Fairweather is on 0438 204 917 if you can\'t get me."\n' +
      '28/03 09:00 Resolutions — Jess Aldana called Rhiannon, no answer; called Tom (authorised contact since 2023) and left\n' +
      '      a message asking her to call back. Customer lodged TIO complaint same day.\n' +
      '31/03 15:45 Resolutions — spoke with Rhiannon. Outcome agreed:\n' +
      '      • relocation fee $99 waived (agent error — fee should have been disclosed);\n' +
      '      • $150 goodwill credit for 5 days without home internet and for the fraud handling delay;\n' +
      '      • port-out block remains; security upgraded to PIN + SMS one-time code;\n' +
      '      • written confirmation to the new Hawthorn East address and by email.\n' +
      '02/04 Export prepared for TIO. Customer informed of TIO conciliation ref above.\n' +
      '\n' +
      'INTERNAL NOTE\n' +
      'Fraud team (Deepak Raval) linked the 03/03 attempt to a data set of customers from a third-party breach; no evidence\n' +
      "of internal access. Caller's number was withheld. No further action on the account. Device plan unchanged.",
    pii: [
      ['PERSON', 'Jess Aldana'],
      ['PERSON', 'Rhiannon Claire Boswell'],
      ['DATE_OF_BIRTH', '22/10/1988'],
      ['ADDRESS', '3/17 Lygon Street, Brunswick East VIC 3057'],
      ['ADDRESS', '45 Rathmines Road, Hawthorn East VIC 3123'],
      ['EMAIL', 'rhiannon.boswell@outlook.com.au'],
      ['USERNAME', 'rhi.boswell88'],
      ['PHONE', '0423 771 086'],
      ['PASSWORD', '7392'],
      ['IMEI', '357415734501140'],
      ['PERSON', 'Rhiannon'],
      ['PERSON', 'Marco'],
      ['PHONE', '0423 771 086'],
      ['DATE_OF_BIRTH', '22/01/1988'],
      ['PERSON', 'Nikhil'],
      ['PERSON', 'Rhiannon'],
      ['PERSON', 'Grace Oyelaran'],
      ['PHONE', 'zero four two three, seven seven one, oh eight six'],
      ['EMAIL', 'rhi.boswell.work@gmail.com'],
      ['ICCID', '8961355912312833322'],
      ['ICCID', '8961369820897515699'],
      ['PERSON', 'Marco'],
      ['MAC_ADDRESS', '3C:84:6A:1F:B2:07'],
      ['PERSON', 'Marco'],
      ['PERSON', 'Hannah'],
      ['EMAIL', 'rhiannon.boswell@outlook.com.au'],
      ['PERSON', 'Tom Fairweather'],
      ['PHONE', '0438 204 917'],
      ['PERSON', 'Jess Aldana'],
      ['PERSON', 'Rhiannon'],
      ['PERSON', 'Tom'],
      ['PERSON', 'Rhiannon'],
      ['PERSON', 'Deepak Raval'],
    ],
  },
  {
    text:
      'SAHYADRI FINANCE LIMITED (NBFC-ICC, RBI Reg. No. N-13.02418)\n' +
      'Baner Branch, Office No. 402, Pride Icon, Baner Road, Pune 411045 | Customer care 020-6655-0170\n' +
      'CREDIT APPRAISAL MEMO AND SANCTION LETTER — PERSONAL LOAN\n' +
      'Application No.: SFL/PL/PUN/2025/007716    Date: 11 February 2025    Product: Salaried Personal Loan (Prime)\n' +
      '\n' +
      'A. APPLICANT\n' +
      "Name: Aditya Vinayak Kulkarni    Father's name: Vinayak Shridhar Kulkarni\n" +
      'Date of birth: 16-04-1989    Gender: Male    Marital status: Married\n' +
      'Residential address: Flat 603, Wing B, Ganga Skies, Pashan–Sus Road, Pashan, Pune 411021 (owned, 4 years)\n' +
      'Permanent address: House No. 218, Shanivar Peth, near Omkareshwar Temple, Satara 415002\n' +
      'Mobile: +91 98201 44736    Email: aditya.kulkarni89@gmail.com\n' +
      'KYC documents: Passport R4719362 (valid to 2032), Driving Licence MH12 20110048213 — both verified\n' +
      'through DigiLocker on 10/02/2025.\n' +
      'Employer: Tarangan Software Pvt. Ltd., Hinjawadi Phase 2 — Senior Engineer, 7 years, employee code TS-44718\n' +
      'Net monthly salary: Rs. 1,42,600 (last 3 slips verified)\n' +
      'Salary account: HDFC Bank, Aundh branch, A/c No. 50100234871652, IFSC HDFC0001754\n' +
      '\n' +
      'B. CO-APPLICANT\n' +
      'Name: Snehal Aditya Kulkarni (spouse)    Date of birth: 02-09-1991\n' +
      'Mobile: +91 97654 20183    Occupation: Lecturer, MIT College of Commerce (Rs. 58,000 p.m.)\n' +
      'Bank account: State Bank of India, Pashan, A/c No. 38914427761, IFSC SBIN0011672\n' +
      '\n' +
      'C. REFERENCES (both contacted by tele-verification on 10/02/2025, positive)\n' +
      '1. Rohan Deshpande, colleague, +91 98904 11527\n' +
      '2. Farhan Qureshi, neighbour, +91 99220 86614\n' +
      '\n' +
      'D. CREDIT ASSESSMENT\n' +
      'Bureau: CIBIL score 781 (applicant), 744 (co-applicant). No DPD in 36 months. 2 enquiries in last 6 months.\n' +
      'Existing obligations: home loan EMI Rs. 38,450 (LIC Housing Finance); credit card outstanding Rs. 22,180.\n' +
      'FOIR after proposed EMI: 47.6% (policy cap 55%). Residence and office field verification by Santosh Jadhav on\n' +
      "09/02/2025 — residence confirmed, met applicant's mother Sunanda Kulkarni; office confirmed through HR desk.\n" +
      'Purpose: renovation of residence and medical expenses of father (cardiac surgery scheduled March 2025).\n' +
      'Deviation: none. Risk category: Low.\n' +
      'Recommended by: Neha Bhosale, Credit Officer    Approved by: Prakash Iyengar, Branch Credit Manager\n' +
      '\n' +
      'E. SANCTION TERMS\n' +
      'Loan amount: Rs. 8,00,000    Tenure: 48 months    Rate of interest: 11.25% p.a. (fixed)\n' +
      'EMI: Rs. 20,778 payable on the 5th of each month    Processing fee: 1.5% + GST = Rs. 14,160\n' +
      'Annual Percentage Rate (APR): 12.08%    Foreclosure: nil after 12 EMIs; 4% before that\n' +
      'Repayment mode: NACH e-mandate on the salary account above (UMRN to be generated on registration)\n' +
      "Disbursement: to the applicant's salary account after e-sign of agreement and NACH registration.\n" +
      'Insurance: optional credit life cover declined by the applicant (signed declaration on file).\n' +
      '\n' +
      'F. PRE-DISBURSEMENT CONDITIONS\n' +
      '1. E-sign of loan agreement by applicant and co-applicant via Aadhaar OTP (no Aadhaar number to be stored).\n' +
      '2. NACH registration success. 3. Copy of latest Form 16 (FY 2023-24). 4. Video KYC if physical verification lapses.\n' +
      '\n' +
      'G. GRIEVANCE REDRESSAL\n' +
      'Grievance Redressal Officer: Ms. Lata Menon, Sahyadri Finance Limited, Corporate Office, Senapati Bapat Road, Pune 411016,\n' +
      'gro@sahyadrifinance.in. If not resolved within 30 days, the borrower may approach the RBI Ombudsman under the RB-IOS, 2021.\n' +
      '\n' +
      'Accepted: /s/ Aditya V. Kulkarni (Applicant)    /s/ Snehal A. Kulkarni (Co-applicant)    Date: 12/02/2025\n' +
      'For Sahyadri Finance Limited: /s/ Prakash Iyengar, Authorised Signatory',
    pii: [
      ['PERSON', 'Aditya Vinayak Kulkarni'],
      ['PERSON', 'Vinayak Shridhar Kulkarni'],
      ['DATE_OF_BIRTH', '16-04-1989'],
      ['ADDRESS', 'Flat 603, Wing B, Ganga Skies, Pashan–Sus Road, Pashan, Pune 411021'],
      ['ADDRESS', 'House No. 218, Shanivar Peth, near Omkareshwar Temple, Satara 415002'],
      ['PHONE', '+91 98201 44736'],
      ['EMAIL', 'aditya.kulkarni89@gmail.com'],
      ['PASSPORT', 'R4719362'],
      ['DRIVER_LICENSE', 'MH12 20110048213'],
      ['BANK_ACCOUNT', '50100234871652'],
      ['PERSON', 'Snehal Aditya Kulkarni'],
      ['DATE_OF_BIRTH', '02-09-1991'],
      ['PHONE', '+91 97654 20183'],
      ['BANK_ACCOUNT', '38914427761'],
      ['PERSON', 'Rohan Deshpande'],
      ['PHONE', '+91 98904 11527'],
      ['PERSON', 'Farhan Qureshi'],
      ['PHONE', '+91 99220 86614'],
      ['PERSON', 'Santosh Jadhav'],
      ['PERSON', 'Sunanda Kulkarni'],
      ['PERSON', 'Neha Bhosale'],
      ['PERSON', 'Prakash Iyengar'],
      ['PERSON', 'Lata Menon'],
      ['PERSON', 'Aditya V. Kulkarni'],
      ['PERSON', 'Snehal A. Kulkarni'],
      ['PERSON', 'Prakash Iyengar'],
    ],
  },
  {
    text:
      'RESIDENTIAL TENANCIES BOARD — ADJUDICATION REPORT\n' +
      'Dispute reference: DR0824-99317    Tenancy registration no.: RT000418826    Adjudicator: Gráinne Walsh\n' +
      'Hearing: 11 December 2024, by telephone    Report date: 20 January 2025\n' +
      'RTB, PO Box 47, Clonakilty, Co. Cork | 0818 303 037\n' +
      '\n' +
      'PARTIES\n' +
      'Applicants (former tenants): Aoife Dunleavy and Kacper Wiśniewski\n' +
      '   Forwarding address: Apartment 12, Block C, The Maltings, Bow Lane West, Dublin 8, D08 F6W2\n' +
      '   Contact: 085 274 1196 (Ms Dunleavy); kacper.wisniewski@gmail.com\n' +
      'Respondent (landlord): Brendan Tierney\n' +
      '   Address for service: Ardmore, 9 Seafield Road East, Clontarf, Dublin 3, D03 T2H8\n' +
      '   Represented by: Cathal Moran, Liffey Lettings Ltd (PSRA licence 004417)\n' +
      'Dwelling: Flat 2, 31 Manor Street, Stoneybatter, Dublin 7, D07 KX96\n' +
      '\n' +
      '1. BACKGROUND\n' +
      'The tenancy began on 1 September 2022 at a monthly rent of €1,950 and ended on 31 July 2024 when the Applicants\n' +
      'vacated by agreement. A deposit of €1,950 was paid at the start. The Respondent retained the full deposit, citing\n' +
      'cleaning, a damaged sofa, redecoration and unpaid utilities. The Applicants referred a dispute under section 76 of the\n' +
      'Residential Tenancies Act 2004 (as amended) on 19 August 2024.\n' +
      '\n' +
      '2. SUBMISSIONS OF THE APPLICANTS\n' +
      'Ms Dunleavy gave evidence that the flat was professionally cleaned on 30 July 2024 (receipt from SparkleHome, €260)\n' +
      'and that the sofa had a torn seam when they moved in, shown in photographs emailed to Mr Moran on 3 September 2022.\n' +
      'Mr Wiśniewski said the walls had not been painted since at least 2019 and that marks were normal wear and tear.\n' +
      'They accepted that an electricity bill of €118.40 for June–July 2024 remained unpaid.\n' +
      '\n' +
      '3. SUBMISSIONS OF THE RESPONDENT\n' +
      'Mr Moran, for the Respondent, said the check-out inspection on 1 August 2024 found grease in the oven and mould in\n' +
      'the bathroom. He produced an invoice for repainting (€680) and a quote for a replacement sofa (€899).\n' +
      'Mr Tierney attended and said he had not received the September 2022 email; the inventory he held did not mention\n' +
      'a tear. Neither party produced a signed inventory.\n' +
      '\n' +
      '4. FINDINGS AND REASONS\n' +
      "4.1 Cleaning: the Adjudicator accepts the Applicants' receipt and dated photographs. The deduction is not justified.\n" +
      "4.2 Sofa: the Applicants' photographs are dated 2 September 2022 and show the tear. No deduction allowed.\n" +
      '4.3 Redecoration: painting after a tenancy of almost two years is normal landlord maintenance. No deduction.\n' +
      '4.4 Utilities: €118.40 is conceded and may be deducted.\n' +
      '4.5 The Respondent retained the deposit without giving an itemised account within a reasonable time; the\n' +
      '    Adjudicator awards €300 damages for the breach of section 12(1)(d).\n' +
      '\n' +
      '5. DETERMINATION\n' +
      'The Respondent, Brendan Tierney, shall pay the Applicants, Aoife Dunleavy and Kacper Wiśniewski, the total sum of\n' +
      '€2,131.60, being the deposit of €1,950 less €118.40 for utilities, plus €300 damages, within 28 days of the issue of\n' +
      'the Determination Order, to the account nominated by the Applicants:\n' +
      '   Account name: A Dunleavy    IBAN: IE93AIBK93115234984520    BIC: AIBKIE2D\n' +
      '6. NEXT STEPS\n' +
      'Either party may appeal to a Tenancy Tribunal within 21 days of receipt of this report (fee €100).\n' +
      'If no appeal is received, the Board will make a Determination Order in these terms.\n' +
      'Copies sent to: Aoife Dunleavy; Kacper Wiśniewski; Brendan Tierney c/o Cathal Moran, cathal@liffeylettings.ie.\n' +
      '\n' +
      'Gráinne Walsh, Adjudicator, 20 January 2025',
    pii: [
      ['PERSON', 'Gráinne Walsh'],
      ['PERSON', 'Aoife Dunleavy'],
      ['PERSON', 'Kacper Wiśniewski'],
      ['ADDRESS', 'Apartment 12, Block C, The Maltings, Bow Lane West, Dublin 8, D08 F6W2'],
      ['PHONE', '085 274 1196'],
      ['PERSON', 'Dunleavy'],
      ['EMAIL', 'kacper.wisniewski@gmail.com'],
      ['PERSON', 'Brendan Tierney'],
      ['ADDRESS', 'Ardmore, 9 Seafield Road East, Clontarf, Dublin 3, D03 T2H8'],
      ['PERSON', 'Cathal Moran'],
      ['ADDRESS', 'Flat 2, 31 Manor Street, Stoneybatter, Dublin 7, D07 KX96'],
      ['PERSON', 'Dunleavy'],
      ['PERSON', 'Moran'],
      ['PERSON', 'Wiśniewski'],
      ['PERSON', 'Moran'],
      ['PERSON', 'Tierney'],
      ['PERSON', 'Brendan Tierney'],
      ['PERSON', 'Aoife Dunleavy'],
      ['PERSON', 'Kacper Wiśniewski'],
      ['PERSON', 'A Dunleavy'],
      ['IBAN', 'IE93AIBK93115234984520'],
      ['PERSON', 'Aoife Dunleavy'],
      ['PERSON', 'Kacper Wiśniewski'],
      ['PERSON', 'Brendan Tierney'],
      ['PERSON', 'Cathal Moran'],
      ['EMAIL', 'cathal@liffeylettings.ie'],
      ['PERSON', 'Gráinne Walsh'],
    ],
  },
  {
    text:
      'SAPPHIRE TRUST BANK PLC — TRADE & REMITTANCE OPERATIONS, ABUJA\n' +
      'INWARD REMITTANCE INVESTIGATION MEMO    Ref: STB/IRI/2025/0419    Date: 18 February 2025\n' +
      'Prepared by: Chidinma Eze, Remittance Investigations    Checked by: Yusuf Garba, Head, Treasury Operations\n' +
      'Copy: Chief Compliance Officer; Funmilayo Adeleke, Relationship Manager, Wuse II branch\n' +
      '\n' +
      '1. TRANSACTION\n' +
      'Message: MT103 received 11/02/2025 10:47 via correspondent Citibank London (BIC CITIGB2L); UETR 6f1c9a3e-41b2-4d0e-9a7c-2be4f1d0c863\n' +
      "Sender's bank: Barclays Bank UK PLC (BIC BARCGB22)    Amount: GBP 4,500.00    Value date: 11/02/2025\n" +
      'Ordering customer (field 50K): OLUMIDE ADEWALE BANKOLE, Flat 9, Wren Court, 41 Coldharbour Lane, London SE5 9NR\n' +
      '   Account (IBAN): GB09BARC20457746543904\n' +
      'Beneficiary (field 59): /3087214559 ZAINAB H. BELO\n' +
      'Remittance information (field 70): "SCHOOL FEES AND UPKEEP FEB"    Charges: SHA\n' +
      '\n' +
      '2. ISSUE\n' +
      'Account 3087214559 is held by Zainab Halima Bello (savings, Wuse II branch). The beneficiary name in the MT103\n' +
      '("BELO") does not match the account name ("BELLO"). Automated screening held the payment under name-match rule NM-07\n' +
      '(score 0.82, threshold 0.90). Under the CBN Guidelines on International Money Transfer Services, the funds were held\n' +
      'pending confirmation rather than returned.\n' +
      '\n' +
      '3. BENEFICIARY KYC REVIEW\n' +
      'Name: Zainab Halima Bello    Date of birth: 03/08/1997    Account opened: 14/06/2019 (Tier 3)\n' +
      'Address: House 12, Aminu Kano Crescent, Wuse II, Abuja\n' +
      'Phone: +234 803 662 1457    Email: zainabhbello@gmail.com\n' +
      'ID on file: Nigerian passport A09873412 (valid to 2029); utility bill (AEDC) dated 01/2025.\n' +
      'Account profile: regular inflows from the same ordering customer, GBP 3,000–5,000 monthly since 2021, consistent with\n' +
      'declared relationship (sender is her maternal uncle). No adverse media. No sanctions match.\n' +
      '\n' +
      '4. CONTACT WITH PARTIES\n' +
      '12/02/2025 — Funmilayo Adeleke called the beneficiary on +234 803 662 1457. Ms Bello confirmed she expects monthly\n' +
      '  support from her uncle Mr Olumide Bankole in London for her postgraduate fees at the University of Abuja.\n' +
      '13/02/2025 — Email to Barclays (payments investigations) via SWIFT MT199 requesting confirmation of beneficiary name.\n' +
      '14/02/2025 — Sender emailed the branch directly from olu.bankole@btinternet.com with a copy of his instruction\n' +
      '  showing "ZAINAB H. BELLO"; the typo occurred in Barclays\' online form. He gave his UK mobile +44 7946 118 302.\n' +
      '17/02/2025 — Barclays MT199 reply: name amended to "ZAINAB HALIMA BELLO", same account.\n' +
      "17/02/2025 — Beneficiary's brother, Abdullahi Bello (+234 809 114 3726), visited the branch asking for the funds\n" +
      '  on her behalf. Declined: no mandate on file. He was advised that Zainab must contact the branch herself.\n' +
      '\n' +
      '5. CONCLUSION\n' +
      "The mismatch is a clerical error by the ordering customer's bank. Relationship and purpose are consistent with the\n" +
      'account profile. No indication of fraud or money laundering. Recommended: release and credit at the rate of the\n' +
      'value date (N1,912.40/GBP), NGN 8,605,800.00, less charges N2,500.00.\n' +
      '\n' +
      '6. APPROVAL AND ACTION\n' +
      'Approved for release by Yusuf Garba 18/02/2025 11:20. Credited 18/02/2025 11:34. SMS and email advice sent to the\n' +
      'beneficiary. Screening rule NM-07 feedback logged (false positive, transliteration LL/L).\n' +
      'File closed. Retention: 10 years under the Money Laundering (Prevention and Prohibition) Act 2022.\n' +
      'Sapphire Trust Bank Plc, Plot 1098 Cadastral Zone A0, Central Business District, Abuja. Contact centre 0700 555 0100.',
    pii: [
      ['PERSON', 'Chidinma Eze'],
      ['PERSON', 'Yusuf Garba'],
      ['PERSON', 'Funmilayo Adeleke'],
      ['PERSON', 'OLUMIDE ADEWALE BANKOLE'],
      ['ADDRESS', 'Flat 9, Wren Court, 41 Coldharbour Lane, London SE5 9NR'],
      ['IBAN', 'GB09BARC20457746543904'],
      ['BANK_ACCOUNT', '3087214559'],
      ['PERSON', 'ZAINAB H. BELO'],
      ['BANK_ACCOUNT', '3087214559'],
      ['PERSON', 'Zainab Halima Bello'],
      ['PERSON', 'BELO'],
      ['PERSON', 'BELLO'],
      ['PERSON', 'Zainab Halima Bello'],
      ['DATE_OF_BIRTH', '03/08/1997'],
      ['ADDRESS', 'House 12, Aminu Kano Crescent, Wuse II, Abuja'],
      ['PHONE', '+234 803 662 1457'],
      ['EMAIL', 'zainabhbello@gmail.com'],
      ['PASSPORT', 'A09873412'],
      ['PERSON', 'Funmilayo Adeleke'],
      ['PHONE', '+234 803 662 1457'],
      ['PERSON', 'Bello'],
      ['PERSON', 'Olumide Bankole'],
      ['EMAIL', 'olu.bankole@btinternet.com'],
      ['PERSON', 'ZAINAB H. BELLO'],
      ['PHONE', '+44 7946 118 302'],
      ['PERSON', 'ZAINAB HALIMA BELLO'],
      ['PERSON', 'Abdullahi Bello'],
      ['PHONE', '+234 809 114 3726'],
      ['PERSON', 'Zainab'],
      ['PERSON', 'Yusuf Garba'],
    ],
  },
  {
    text:
      'TAMPINES REGIONAL HOSPITAL — WARD 76 (GENERAL MEDICINE) — NURSING HANDOVER SHEET\n' +
      'Shift: Night (21:00–07:00) → AM (07:00–14:30)    Date: 26/03/2025\n' +
      'Handing over: SN Joanne Lee    Receiving: SN Farhana Ismail    Nurse Clinician in charge: NC Melissa Wong\n' +
      'Doctors on call overnight: MO Dr Benjamin Goh (pager 4172); HO Dr Aisyah Rahman\n' +
      'Ward census: 28/30 beds occupied; 1 expected admission from ED; 2 discharges planned.\n' +
      '\n' +
      'BED 12 — Mdm Tan Siew Lan, 82F, MRN TRH-00418822\n' +
      'Dx: community-acquired pneumonia (right lower lobe), background HTN, T2DM, mild dementia.\n' +
      'Overnight: T 37.9 °C at 02:00, paracetamol 1 g PO given; SpO2 94% on 2 L NC. IV co-amoxiclav 1.2 g q8h, next due 08:00.\n' +
      'Confused at 03:00, pulling at IV line; re-oriented, bed rails up, 1:1 sitter requested.\n' +
      'NOK: daughter Karen Lim, +65 9338 2047 — updated by phone 23:30; she will visit at 10:00 and wants to speak to the team.\n' +
      'Plan: repeat CXR today, review for step-down to oral antibiotics. Falls risk high (Morse 65).\n' +
      '\n' +
      'BED 14 — Mr Ravi Shankar s/o Muthusamy, 67M, MRN TRH-00377105\n' +
      'Dx: acute decompensated heart failure (EF 30%). Fluid restriction 1.2 L/day, strict I/O.\n' +
      'Overnight: IV furosemide 40 mg at 22:00, output 1,450 mL. K+ 3.4 mmol/L — KCl 600 mg PO given per Dr Goh.\n' +
      'Daily weight 06:00: 71.8 kg (yesterday 73.1 kg). BP 108/66.\n' +
      'Son Suresh called at 21:15 asking about discharge date; informed the team will decide after ECHO review.\n' +
      'Mr Ravi prefers Tamil; son can interpret, or use interpreter service ext. 6220.\n' +
      '\n' +
      'BED 17 — Mr Hafiz bin Osman, 45M, MRN TRH-00522961\n' +
      'Dx: DKA (new diagnosis T1DM vs LADA), resolving. Insulin infusion stopped 04:00, SC insulin glargine 14 units at 22:00.\n' +
      'Capillary glucose 02:00 11.2, 06:00 8.7 mmol/L. Ketones 0.4. Eating breakfast.\n' +
      'Wife Farah stayed until 23:00, very anxious; diabetes nurse educator referral done for today.\n' +
      'Billing counsellor to see: Integrated Shield plan with Great Eastern, policy no. GE-IS-44718203; LOG requested.\n' +
      '\n' +
      'BED 21 — Ms Chloe Ng Hui Min, 29F, MRN TRH-00610478\n' +
      'Dx: dengue fever day 5 (NS1 positive), critical phase. Platelets 42 ×10⁹/L (from 58), Hct 44%.\n' +
      'Vitals 4-hourly: stable, no bleeding, no abdominal pain. Oral intake 1.8 L overnight. Urine output adequate.\n' +
      'Identity re-checked for blood transfusion consent (not needed so far): DOB 02/11/1995 confirmed against wristband.\n' +
      'Boyfriend Daryl is not NOK; patient asks that updates go to her mother only, Mdm Wendy Ng +65 8117 6032.\n' +
      '\n' +
      'BED 23 — vacant. Expected admission from ED: Mr Lim Chee Keong, 74M, cellulitis left leg, ED no. E25-118406.\n' +
      'Mr Lim has MRSA history — single room 23 prepared with contact precautions.\n' +
      '\n' +
      'DISCHARGES PLANNED\n' +
      'BED 8 — Mdm Siti Zubaidah binte Kassim (MRN TRH-00298117), UTI, completed antibiotics; TTO meds ready\n' +
      '  in pharmacy, transport by family at 11:00 (son Rizal, +65 9472 5518).\n' +
      'BED 26 — Mr Gopal Krishnan, COPD exacerbation; awaiting physio clearance for stairs. Home O2 not required (SpO2 95% RA).\n' +
      '\n' +
      'INCIDENTS / SAFETY\n' +
      '03:00 near-miss: Bed 12 pulled IV cannula partly; resited by Dr Rahman at 03:20. Incident report IR-2025-03-7711 filed.\n' +
      'Controlled drug count correct at 06:30 (witnessed by SN Joanne Lee and EN Ronald Pascual).\n' +
      'Fridge temperatures in range. Crash trolley checked 06:45.\n' +
      '\n' +
      'Handover completed 07:25 at bedside. Signed: J. Lee / F. Ismail',
    pii: [
      ['PERSON', 'Joanne Lee'],
      ['PERSON', 'Farhana Ismail'],
      ['PERSON', 'Melissa Wong'],
      ['PERSON', 'Benjamin Goh'],
      ['PERSON', 'Aisyah Rahman'],
      ['PERSON', 'Tan Siew Lan'],
      ['MEDICAL_RECORD', 'TRH-00418822'],
      ['PERSON', 'Karen Lim'],
      ['PHONE', '+65 9338 2047'],
      ['PERSON', 'Ravi Shankar s/o Muthusamy'],
      ['MEDICAL_RECORD', 'TRH-00377105'],
      ['PERSON', 'Goh'],
      ['PERSON', 'Suresh'],
      ['PERSON', 'Ravi'],
      ['PERSON', 'Hafiz bin Osman'],
      ['MEDICAL_RECORD', 'TRH-00522961'],
      ['PERSON', 'Farah'],
      ['HEALTH_INSURANCE', 'GE-IS-44718203'],
      ['PERSON', 'Chloe Ng Hui Min'],
      ['MEDICAL_RECORD', 'TRH-00610478'],
      ['DATE_OF_BIRTH', '02/11/1995'],
      ['PERSON', 'Daryl'],
      ['PERSON', 'Wendy Ng'],
      ['PHONE', '+65 8117 6032'],
      ['PERSON', 'Lim Chee Keong'],
      ['PERSON', 'Lim'],
      ['PERSON', 'Siti Zubaidah binte Kassim'],
      ['MEDICAL_RECORD', 'TRH-00298117'],
      ['PERSON', 'Rizal'],
      ['PHONE', '+65 9472 5518'],
      ['PERSON', 'Gopal Krishnan'],
      ['PERSON', 'Rahman'],
      ['PERSON', 'Joanne Lee'],
      ['PERSON', 'Ronald Pascual'],
      ['PERSON', 'J. Lee'],
      ['PERSON', 'F. Ismail'],
    ],
  },
  {
    text:
      'PERSONAL DATA PROTECTION COMMISSION, SINGAPORE\n' +
      'DECISION UNDER SECTION 48J OF THE PERSONAL DATA PROTECTION ACT 2012\n' +
      'Case No. DP-2403-C1187\n' +
      'In the matter of an investigation into Lumen Dental Group Pte. Ltd. (UEN 201533904M) ("the Organisation")\n' +
      'Decision of the Deputy Commissioner for Personal Data Protection, 14 February 2025 (published version; names of\n' +
      'individuals and identifying particulars have been redacted)\n' +
      '\n' +
      'INTRODUCTION\n' +
      '1. On 11 March 2024 the Commission received a complaint from a patient of the Organisation ("the Complainant")\n' +
      'that appointment reminder emails sent by the Organisation contained the personal data of other patients.\n' +
      '2. The Organisation operates 9 dental clinics in Singapore. Its head office is at 1 Raffles Place, #20-61,\n' +
      'Singapore 048616. It uses a cloud-based practice management system (the "System") supplied by a vendor ("the Vendor").\n' +
      '\n' +
      'FACTS\n' +
      '3. On 8 March 2024 an employee of the Organisation ran a bulk reminder campaign for 1,214 patients with\n' +
      'appointments between 11 and 16 March 2024. A mail-merge template was configured with the wrong data range.\n' +
      '4. As a result, each reminder email attached a spreadsheet listing the names, mobile numbers, email addresses,\n' +
      'appointment times and treatment types of up to 52 other patients. The spreadsheet did not contain NRIC numbers,\n' +
      'dates of birth or payment card data.\n' +
      '5. In total, the personal data of 1,214 individuals was disclosed to 1,211 recipients. 37 emails bounced.\n' +
      '6. The Organisation became aware of the incident on 9 March 2024 when two patients called its hotline. It\n' +
      'issued recall requests on 9 March, emailed all recipients asking them to delete the attachment, and notified\n' +
      'the Commission on 12 March 2024, within 3 calendar days of assessing that the breach was notifiable under\n' +
      'section 26D.\n' +
      '7. The Organisation engaged a forensic consultant, which confirmed that the System had not been accessed by\n' +
      'unauthorised parties and that no other campaigns used the faulty template.\n' +
      '\n' +
      'ISSUES\n' +
      '8. The issues are (a) whether the Organisation breached the Protection Obligation in section 24 of the PDPA,\n' +
      'and (b) whether the Organisation complied with the Accountability Obligation in sections 11 and 12.\n' +
      '\n' +
      'FINDINGS ON THE PROTECTION OBLIGATION\n' +
      '9. Bulk communications to patients involve routine processing of large volumes of personal data, including data\n' +
      'on treatment types that patients would regard as sensitive. The Organisation had no written procedure for bulk\n' +
      'emails, no requirement for a second person to check the template, and no test send before the campaign.\n' +
      '10. The Deputy Commissioner finds that the Organisation did not make reasonable security arrangements and\n' +
      'breached section 24(a) of the PDPA.\n' +
      '\n' +
      'FINDINGS ON THE ACCOUNTABILITY OBLIGATION\n' +
      '11. The Organisation had appointed a data protection officer and had data protection policies, but they did not\n' +
      'address outbound communications. Staff training records showed the employee concerned had completed training in 2021\n' +
      'only. The Deputy Commissioner finds a breach of section 12(a) and (c).\n' +
      '\n' +
      'MITIGATING AND AGGRAVATING FACTORS\n' +
      '12. Mitigating: prompt notification; cooperation with the investigation; deletion confirmations from 1,046 recipients;\n' +
      'voluntary acceptance of the facts. Aggravating: the number of individuals affected and the nature of treatment data.\n' +
      '\n' +
      'DIRECTIONS AND FINANCIAL PENALTY\n' +
      "13. Having regard to section 48J(6) and the Organisation's annual turnover, the Organisation is directed to pay a\n" +
      'financial penalty of S$18,000 within 30 days of the date of this decision, failing which interest at the rate\n' +
      'specified in the Rules of Court 2021 shall accrue.\n' +
      '14. The Organisation is further directed, within 60 days, to (a) put in place a written procedure for bulk\n' +
      'communications with a maker-checker step and a test send; (b) train all front-desk and marketing staff; and\n' +
      '(c) inform the Commission when (a) and (b) are complete.\n' +
      "15. The Organisation may contact its data protection officer mailbox at dpo@lumendental.com.sg or the Commission's\n" +
      'general line for queries on compliance. Any appeal lies to the Data Protection Appeal Panel within 28 days.\n' +
      '\n' +
      'DEPUTY COMMISSIONER FOR PERSONAL DATA PROTECTION',
    pii: [],
  },
];
