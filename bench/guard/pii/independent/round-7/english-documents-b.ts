// English documents (bookings, records, forms, statements, notices) for round 7, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundSevenDocumentsB: readonly IndependentText[] = [
  {
    text: "ASSURED SHORTHOLD TENANCY AGREEMENT - Schedule 1 (Particulars)\nProperty: Flat 2, 41 Cranbrook Road, Bristol BS6 7BS\nLandlord: Mr Gareth Pryce-Jones, c/o Harbourside Lettings Ltd (agent ref. HL/2026/0318)\nTenant(s): Ms Aoife Brennan and Mr Tomasz Wójcik, jointly and severally\nGuarantor: Deirdre Brennan (Aoife's mother), tel. 07712 480 396\nTerm: 12 months from 01/04/2026   Rent: £1,150.00 pcm, payable on the 1st\nDeposit: £1,326.00, protected with the DPS, certificate no. 71829-44-0031\nOut-of-hours emergency repairs: 0800 046 1180",
    pii: [
      ['ADDRESS', 'Flat 2, 41 Cranbrook Road, Bristol BS6 7BS'],
      ['PERSON', 'Gareth Pryce-Jones'],
      ['PERSON', 'Aoife Brennan'],
      ['PERSON', 'Tomasz Wójcik'],
      ['PERSON', 'Deirdre Brennan'],
      ['PERSON', 'Aoife'],
      ['PHONE', '07712 480 396'],
    ],
  },
  {
    text: 'Emirates - eTicket Itinerary / Receipt\nBooking reference: QK7D2M   Issued: 04MAR26 DXB ATO\nPassenger 1: ALMANSOORI/KHALID MR   Passport N04418273 (ARE)   Skywards tier: Silver\nPassenger 2: ALMANSOORI/HESSA MRS   Passport N05129964 (ARE)\nPassenger 3: ALMANSOORI/RAYAN MSTR (CHD)   Passport N06830117 (ARE)   DOB 14SEP2017\nEK 1   DXB 07:45 -> LHR 11:50   Economy Flex   Seats 32A/32B/32C\nEK 4   LHR 21:40 -> DXB 08:25 (+1)   Economy Flex\nFare AED 9,840.00 + taxes AED 1,322.50   Child fare 75% of adult',
    pii: [
      ['PERSON', 'ALMANSOORI/KHALID'],
      ['PASSPORT', 'N04418273'],
      ['PERSON', 'ALMANSOORI/HESSA'],
      ['PASSPORT', 'N05129964'],
      ['PERSON', 'ALMANSOORI/RAYAN'],
      ['PASSPORT', 'N06830117'],
      ['DATE_OF_BIRTH', '14SEP2017'],
    ],
  },
  {
    text: "Royal Brisbane & Women's Hospital - Discharge Summary\nPatient: HENDERSON, Mark Anthony   URN: 1129384   DOB: 03/11/1961\nMedicare no.: 4281 60937 1 (IRN 2)   Admitted 28/02/2026, discharged 04/03/2026, Ward 9B\nTreating consultant: Dr Priya Natarajan (Cardiology)\nDx: NSTEMI; PCI to mid-LAD with 1 x DES. LVEF 50%.\nMeds on discharge: aspirin 100 mg mane, ticagrelor 90 mg bd, atorvastatin 80 mg nocte, metoprolol 23.75 mg daily\nGP: Dr Hamish Doyle, Paddington Family Practice - please review in 1 week, cardiac rehab referral sent\nNOK: Julie Henderson (wife) 0419 552 860",
    pii: [
      ['PERSON', 'HENDERSON, Mark Anthony'],
      ['MEDICAL_RECORD', '1129384'],
      ['DATE_OF_BIRTH', '03/11/1961'],
      ['HEALTH_INSURANCE', '4281 60937 1'],
      ['PERSON', 'Priya Natarajan'],
      ['PERSON', 'Hamish Doyle'],
      ['PERSON', 'Julie Henderson'],
      ['PHONE', '0419 552 860'],
    ],
  },
  {
    text: 'vendor_id,payee_name,tin_type,tin,mailing_address,form,box,amount_2025\nV-0087,"Delgado, Marisol",SSN,518-62-4097,"2210 W Alameda Ave, Denver, CO 80223",1099-NEC,1,14850.00\nV-0091,Nguyen Thi Lan,ITIN,912-78-3346,"5518 Bellaire Blvd Apt 12, Houston, TX 77081",1099-NEC,1,6200.00\nV-0104,Brightline Studio LLC,EIN,84-2917735,,1099-NEC,1,22400.00\nV-0112,Okoro Freight Services Inc,EIN,92-4408163,,1099-MISC,3,1750.00',
    pii: [
      ['PERSON', 'Delgado, Marisol'],
      ['US_SSN', '518-62-4097'],
      ['ADDRESS', '2210 W Alameda Ave, Denver, CO 80223'],
      ['PERSON', 'Nguyen Thi Lan'],
      ['US_ITIN', '912-78-3346'],
      ['ADDRESS', '5518 Bellaire Blvd Apt 12, Houston, TX 77081'],
    ],
  },
  {
    text: 'Sparkasse KölnBonn - Überweisung ausgeführt / Transfer executed\nAuftraggeber (payer): Jonas Albrecht   IBAN DE38 3705 0198 1027 7345 19\nEmpfänger (payee): Małgorzata Nowak\nIBAN: DE78 3002 0900 5320 4827 18   BIC: CMCIDEDD\nBetrag / amount: 640,00 EUR   Verwendungszweck: Miete April 2026 Whg. 3.OG re. inkl. NK\nAusführung: 31.03.2026   Auftragsnummer: 2026033118264401\nFreigabe per S-pushTAN auf Gerät "iPhone von Jonas"',
    pii: [
      ['PERSON', 'Jonas Albrecht'],
      ['IBAN', 'DE38 3705 0198 1027 7345 19'],
      ['PERSON', 'Małgorzata Nowak'],
      ['IBAN', 'DE78 3002 0900 5320 4827 18'],
      ['PERSON', 'Jonas'],
    ],
  },
  {
    text: "ADMISSION FORM - Class I, Session 2026-27   Registration no.: ADM/26/1187\nName of child: Aarav Malhotra   Date of birth: 17-08-2019   Gender: M   Blood group: B+\nFather's name: Rohit Malhotra   Occupation: Chartered Accountant   Mobile: 98110 47392\nMother's name: Sneha Malhotra   Occupation: Homemaker   Mobile: 99532 80164\nEmail (for school communication): sneha.malhotra84@gmail.com\nResidential address: House No. 1872, Sector 46, Gurugram, Haryana 122003\nSibling studying in school: Ishita Malhotra, Class IV-C, Adm. no. 20913\nTransport required: Yes - Route 14   Registration fee Rs. 1,000 received vide receipt 00482",
    pii: [
      ['PERSON', 'Aarav Malhotra'],
      ['DATE_OF_BIRTH', '17-08-2019'],
      ['PERSON', 'Rohit Malhotra'],
      ['PHONE', '98110 47392'],
      ['PERSON', 'Sneha Malhotra'],
      ['PHONE', '99532 80164'],
      ['EMAIL', 'sneha.malhotra84@gmail.com'],
      ['ADDRESS', 'House No. 1872, Sector 46, Gurugram, Haryana 122003'],
      ['PERSON', 'Ishita Malhotra'],
    ],
  },
  {
    text: 'NEW HIRE SETUP - Northern Ridge Logistics Inc. (Mississauga DC)\nEmployee: Gurpreet Singh Sandhu   Employee #: 40871   Start date: 2026-03-23   Shift B (14:00-22:30)\nSIN: 539 182 477   TD1 federal/ON: basic only\nDirect deposit: institution 004, transit 12702, account 5073921\nHome address: 88 Sandalwood Pkwy E, Unit 14, Brampton, ON L6Z 1Y5\nEmergency contact: Harjit Kaur (spouse), 416-739-2084\nReporting to: Dana Whitfield, Shift Supervisor\nForklift cert: Class 1 counterbalance, valid to 2027-11   Safety boots allowance $150',
    pii: [
      ['PERSON', 'Gurpreet Singh Sandhu'],
      ['CA_SIN', '539 182 477'],
      ['BANK_ACCOUNT', '5073921'],
      ['ADDRESS', '88 Sandalwood Pkwy E, Unit 14, Brampton, ON L6Z 1Y5'],
      ['PERSON', 'Harjit Kaur'],
      ['PHONE', '416-739-2084'],
      ['PERSON', 'Dana Whitfield'],
    ],
  },
  {
    text: "Department for Work and Pensions - Personal Independence Payment\nMrs Bernadette O'Rourke\n17 Larkspur Close\nWarrington\nWA5 3QF\nDate: 9 March 2026   National Insurance number: JT 48 21 93 C\nDear Mrs O'Rourke,\nWe have decided you are entitled to the daily living component at the standard rate of £73.90 a week from 12 January 2026 to 11 January 2029.\nYour appointee, Mr Kevin O'Rourke, has been sent a copy of this letter.\nIf you disagree, you must ask for a mandatory reconsideration within one month of the date of this letter. Call 0800 121 4433.",
    pii: [
      ['PERSON', "Bernadette O'Rourke"],
      ['ADDRESS', '17 Larkspur Close\nWarrington\nWA5 3QF'],
      ['UK_NINO', 'JT 48 21 93 C'],
      ['PERSON', "O'Rourke"],
      ['PERSON', "Kevin O'Rourke"],
    ],
  },
  {
    text: "MOTOR VEHICLE BILL OF SALE - State of Ohio\nSeller: Raymond L. Kowalczyk, 4410 Ridgewood Dr, Parma, OH 44134\nBuyer: Tiana Brooks-Whitaker, 1287 Euclid Heights Blvd, Cleveland Heights, OH 44106   Ohio DL# SX482913\nVehicle: 2017 Honda CR-V EX AWD, color Modern Steel Metallic, odometer 88,412 mi (actual mileage)\nVIN: 2HKRW2H57HH641937   Current plate: JKR 4471\nPrice: $14,300.00, paid by cashier's check no. 0048817 on 03/07/2026\nVehicle sold AS-IS, no warranty expressed or implied.\nSworn before me: Sharon Lutz, Notary Public, Cuyahoga County, commission expires 06/2029",
    pii: [
      ['PERSON', 'Raymond L. Kowalczyk'],
      ['ADDRESS', '4410 Ridgewood Dr, Parma, OH 44134'],
      ['PERSON', 'Tiana Brooks-Whitaker'],
      ['ADDRESS', '1287 Euclid Heights Blvd, Cleveland Heights, OH 44106'],
      ['DRIVER_LICENSE', 'SX482913'],
      ['VIN', '2HKRW2H57HH641937'],
      ['VEHICLE_PLATE', 'JKR 4471'],
      ['PERSON', 'Sharon Lutz'],
    ],
  },
  {
    text: "HOUSING LEASE CONTRACT (English summary of 주택임대차계약서) - monthly rent (wolse)\nProperty: Unit 201 (2F), 8 Seongmisan-ro 12-gil, Mapo-gu, Seoul 04003, exclusive area 33.1 m2\nLandlord: Park Young-sook (박영숙), RRN 560812-2******\nTenant: Lucas Moreau (France), Alien reg. no. 930405-5264118\nDeposit 10,000,000 won (contract money 1,000,000 won paid 2026-03-04), rent 650,000 won/month + maintenance 70,000 won\nRent to landlord's account: KB Kookmin Bank 408102-01-553917 (holder Park Young-sook), by the 25th of each month\nTerm: 2026-04-01 ~ 2028-03-31\nBroker: Hanbit Realty, agent Choi Min-jae (010-7724-3158), reg. no. 11440-2019-00217",
    pii: [
      ['ADDRESS', 'Unit 201 (2F), 8 Seongmisan-ro 12-gil, Mapo-gu, Seoul 04003'],
      ['PERSON', 'Park Young-sook'],
      ['PERSON', '박영숙'],
      ['PERSON', 'Lucas Moreau'],
      ['FRN', '930405-5264118'],
      ['BANK_ACCOUNT', '408102-01-553917'],
      ['PERSON', 'Park Young-sook'],
      ['PERSON', 'Choi Min-jae'],
      ['PHONE', '010-7724-3158'],
    ],
  },
  {
    text: 'GUEST REGISTRATION CARD - Hotel Granvia Kyoto\nRoom 1214   Arrival 2026/03/27   Departure 2026/03/30   Conf. no. KY2603-55817\nName (as in passport): SILVA PEREIRA, JOÃO MIGUEL\nNationality: Portugal   Date of birth: 08 OCT 1979   Passport no.: CB482917\nHome address: Rua de Cedofeita 214, 3.º Esq., 4050-174 Porto, Portugal\nAccompanying guests: Beatriz Silva Pereira (spouse), Tomás (son, 9)\nE-mail: jmsilvapereira@sapo.pt   Guarantee: VISA **** **** **** 6621\nGuest signature: __________   Checked in by: K. Yamada',
    pii: [
      ['PERSON', 'SILVA PEREIRA, JOÃO MIGUEL'],
      ['DATE_OF_BIRTH', '08 OCT 1979'],
      ['PASSPORT', 'CB482917'],
      ['ADDRESS', 'Rua de Cedofeita 214, 3.º Esq., 4050-174 Porto, Portugal'],
      ['PERSON', 'Beatriz Silva Pereira'],
      ['PERSON', 'Tomás'],
      ['EMAIL', 'jmsilvapereira@sapo.pt'],
      ['PERSON', 'K. Yamada'],
    ],
  },
  {
    text: "SECURITY INCIDENT REPORT   INC-2026-0412   Severity: P3   Status: Closed\nReported by: Fiona McAllister (Service Desk), 10/03/2026 08:52 GMT\nSummary: 14 failed VPN logins, then a successful one, for account r.oyelaran from 185.220.101.47 (known Tor exit) at 03:17, outside the user's normal hours.\nAffected user: Rotimi Oyelaran, Finance Business Partner. Usual source IP 81.134.22.196 (home broadband).\nActions: sessions revoked, password reset forced, MFA re-enrolled by Rotimi on a call with Jakub from IAM at 09:40.\nFirewall rule FW-BLK-2291 added. Conditional access policy v4.2 unchanged.\nLessons-learned review: Thu 12/03 10:00, room 3.14",
    pii: [
      ['PERSON', 'Fiona McAllister'],
      ['USERNAME', 'r.oyelaran'],
      ['IP_ADDRESS', '185.220.101.47'],
      ['PERSON', 'Rotimi Oyelaran'],
      ['IP_ADDRESS', '81.134.22.196'],
      ['PERSON', 'Rotimi'],
      ['PERSON', 'Jakub'],
    ],
  },
  {
    text: "Blue Cross Blue Shield of Illinois - EXPLANATION OF BENEFITS   THIS IS NOT A BILL\nSubscriber: CHEN, WEI   Member ID: XOF884120377   Group no.: 0271455\nPatient: Emily Chen (dependent, age 7)\nClaim no.: 2026061184402   Provider: Lurie Children's Primary Care - Dr. Sarah Okonkwo-Hale\nService date 02/19/2026 | Office visit 99214 | Billed $312.00 | Allowed $188.40 | Copay $30.00\nDeductible applied $0.00   Plan paid $158.40   Amount you may owe: $30.00\nQuestions? Call the number on the back of your ID card or 1-800-541-2767 (TTY 711).",
    pii: [
      ['PERSON', 'CHEN, WEI'],
      ['HEALTH_INSURANCE', 'XOF884120377'],
      ['PERSON', 'Emily Chen'],
      ['PERSON', 'Sarah Okonkwo-Hale'],
    ],
  },
  {
    text: 'EE - Pay Monthly Agreement Summary   Order ref. EE-ORD-77184420\nAccount holder: Callum Fraser-Reid   Date of birth: 22/07/1983\nBilling address: 3/2, 118 Hyndland Road, Glasgow G12 9PR\nMobile number: 07941 228 615   Plan: 30GB 5G Essentials, 24 months, £22.00 a month (+ CPI+3.9% each April)\nHandset: iPhone 15 128GB Black, IMEI 356938035643809   SIM ICCID 8944301726048817354\nDirect Debit: sort code 83-44-17, account 20581736, collected on the 5th\nAdditional line: Isla Fraser-Reid (daughter), 07941 330 072, Smart Parental Controls ON, spend cap £5',
    pii: [
      ['PERSON', 'Callum Fraser-Reid'],
      ['DATE_OF_BIRTH', '22/07/1983'],
      ['ADDRESS', '3/2, 118 Hyndland Road, Glasgow G12 9PR'],
      ['PHONE', '07941 228 615'],
      ['IMEI', '356938035643809'],
      ['ICCID', '8944301726048817354'],
      ['BANK_ACCOUNT', '20581736'],
      ['PERSON', 'Isla Fraser-Reid'],
      ['PHONE', '07941 330 072'],
    ],
  },
  {
    text: "IN THE COUNTY COURT AT LEEDS   Claim No. K9QZ31F7\nBETWEEN\nPRIYA DEVI CHAUHAN   Claimant\n-and-\nSTUART ALAN MERCER   Defendant\nNOTICE OF ALLOCATION TO THE SMALL CLAIMS TRACK (HEARING)\nThe hearing will take place at Leeds Combined Court Centre on 14 May 2026 at 10:00 (time estimate 2 hours).\nThe claimant's lay representative, Anil Chauhan, may address the court with the court's permission.\nEach party must deliver copies of all documents on which they intend to rely no later than 14 days before the hearing.\nDated 3 March 2026",
    pii: [
      ['PERSON', 'PRIYA DEVI CHAUHAN'],
      ['PERSON', 'STUART ALAN MERCER'],
      ['PERSON', 'Anil Chauhan'],
    ],
  },
  {
    text: 'SEUR - Albarán de entrega / Proof of delivery\nN.º envío: 0841 2296 7713 05   Bultos: 2   Peso: 11,4 kg   Servicio: SEUR 24\nDestinatario: Lucía Ibarra de la Fuente\nC/ de Embajadores 77, 4.º B, 28012 Madrid\nTel.: +34 651 482 907\nRemitente: Muebles Nórdicos S.L. - pedido MN-77410 (estantería KALLA 4x4)\nEntregado: 10/03/2026 12:37   Recibido por: Álvaro (portero), DNI ****514K\nRepartidor: Jorge M. (ruta MAD-12)   Incidencias: ninguna',
    pii: [
      ['PERSON', 'Lucía Ibarra de la Fuente'],
      ['ADDRESS', 'C/ de Embajadores 77, 4.º B, 28012 Madrid'],
      ['PHONE', '+34 651 482 907'],
      ['PERSON', 'Álvaro'],
      ['PERSON', 'Jorge M.'],
    ],
  },
  {
    text: 'IT ACCOUNT PROVISIONING   Ticket REQ0048812   Priority: normal\nNew starter: Siobhán Ní Bhriain   Dept: Legal Operations   Start: Mon 16 Mar 2026\nLine manager: Declan Moriarty (approved 09/03)\nAD username: snibhriain   Email: siobhan.nibhriain@carrowmorelaw.ie\nTemporary password: Harbour!Kite72 (change at first login)\nLaptop: Dell Latitude 7450, asset tag CML-LT-0937, Wi-Fi MAC 3C:A6:F6:19:8E:D2\nLicences: M365 E3, Adobe Acrobat Pro, iManage Work 10.4\nPrepared by ronan.g (IT Service Desk)',
    pii: [
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['PERSON', 'Declan Moriarty'],
      ['USERNAME', 'snibhriain'],
      ['EMAIL', 'siobhan.nibhriain@carrowmorelaw.ie'],
      ['PASSWORD', 'Harbour!Kite72'],
      ['MAC_ADDRESS', '3C:A6:F6:19:8E:D2'],
      ['USERNAME', 'ronan.g'],
    ],
  },
  {
    text: 'PAYSLIP   Period: Month 12 (March 2026)   Pay date: 27/03/2026\nEmployer: Whitcombe Engineering Ltd   PAYE ref: 120/WE44718\nEmployee 00318   Thandiwe Mokoena-Reilly   NI number: NX 71 58 23 B   Tax code: 1257L   NI cat: A\nBasic salary 3,291.67 | Overtime 12 hrs @ 28.49 = 341.88 | Gross pay 3,633.55\nPAYE tax 472.60 | Employee NI 145.34 | Pension (salary sacrifice 5%) 164.58\nNet pay 2,851.03 paid to Nationwide BS, sort code 07-01-16, a/c 41928307\nYTD gross 41,782.10   YTD tax 5,690.40   YTD NI 1,744.08\nPayroll queries: Mandy Okafor, ext. 2214',
    pii: [
      ['PERSON', 'Thandiwe Mokoena-Reilly'],
      ['UK_NINO', 'NX 71 58 23 B'],
      ['BANK_ACCOUNT', '41928307'],
      ['PERSON', 'Mandy Okafor'],
    ],
  },
  {
    text: 'Paws & Claws Veterinary Clinic - Consultation record\nPatient: "Biscuit" (Cavalier King Charles Spaniel, M/N, 6 y, 9.2 kg)\nOwner: Harriet Lindqvist   Mobile: 0412 774 309\nAddress: 9 Waratah Street, Katoomba NSW 2780\nMicrochip: 956000012847731   Vaccinations: C5 due 04/2026\nSeen 07/03/2026 by Dr Ben Ashworth: grade 3/6 left apical systolic murmur, refer for echo at Sydney specialist centre.\nSecondary contact: Erik (husband) 0423 618 205\nConsult $95.00, Holter deposit $90.00 - balance owing $184.50',
    pii: [
      ['PERSON', 'Harriet Lindqvist'],
      ['PHONE', '0412 774 309'],
      ['ADDRESS', '9 Waratah Street, Katoomba NSW 2780'],
      ['PERSON', 'Ben Ashworth'],
      ['PERSON', 'Erik'],
      ['PHONE', '0423 618 205'],
    ],
  },
  {
    text: 'Technical data - 18V LXT brushless combi drill, model DHP486Z (body only)\nChuck capacity: 1.5-13 mm   Max torque: 130 Nm hard / 65 Nm soft\nNo-load speed: 0-550 / 0-2,100 rpm   Impacts per minute: 0-8,250 / 0-31,500\nDrilling capacity: steel 13 mm, wood 76 mm, masonry 16 mm\nWeight (EPTA 01/2014): 2.6-3.0 kg depending on battery BL1815N-BL1860B\nVibration (masonry): 10.5 m/s2, uncertainty K = 1.5 m/s2\nEAN 0088381887624   RRP EUR 289.00',
    pii: [],
  },
  {
    text: 'Standard variable tariff - prices from 1 April 2026 (Direct Debit, incl. 5% VAT)\nRegion | Electricity unit rate | Elec. standing charge | Gas unit rate | Gas standing charge\nLondon | 26.14p/kWh | 47.21p/day | 6.33p/kWh | 31.66p/day\nNorth West | 24.87p/kWh | 56.09p/day | 6.21p/kWh | 31.43p/day\nNorth Scotland | 25.72p/kWh | 59.44p/day | 6.41p/kWh | 31.09p/day\nExit fees: none. Economy 7 night rate available on request. Price cap period Apr-Jun 2026.',
    pii: [],
  },
  {
    text: 'Release notes - FieldSync Mobile 5.8.2 (build 2026.03.114)\n- Fixed: offline sync could duplicate work orders when the device clock was >5 min ahead (FS-4471)\n- Fixed: photo attachments over 12 MB failed silently on Android 14\n- Changed: minimum iOS version is now 16.4; Android minSdk 26\n- Added: barcode scanning for GS1-128 and DataMatrix on asset tags\n- Known issue: SSO login via ADFS 3.0 may loop once; workaround: clear app cache\nChecksum (APK): sha256 9c1f77e0a4b2...e18d',
    pii: [],
  },
  {
    text: 'name: deploy-staging\non:\n  push:\n    branches: [ "release/*" ]\njobs:\n  deploy:\n    runs-on: ubuntu-22.04\n    environment: staging\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh --region ap-southeast-2 --replicas 3\n        env:\n          DB_PASSWORD: ${{ secrets.STAGING_DB_PASSWORD }}\n          SENTRY_DSN: ${{ vars.SENTRY_DSN }}',
    pii: [],
  },
  {
    text: "QUOTATION Q-26-0419   Valid until 31/03/2026\nMode: FCL sea freight, 1 x 40' HC, general cargo (furniture), 18,500 kg\nRoute: Shanghai (CNSHA) -> Felixstowe (GBFXT), transit approx. 34 days via Cape of Good Hope\nOcean freight USD 2,950.00 | BAF incl. | EU ETS surcharge USD 48.00\nTHC destination GBP 285.00 | Customs clearance GBP 75.00 | Delivery to NG2 postcode area GBP 420.00\nIncoterm FOB. Subject to space and equipment availability. Excludes duties, VAT and demurrage beyond 7 free days.",
    pii: [],
  },
  {
    text: 'MINUTES - Board of Directors, meeting no. 2026/03\nHeld: 11 March 2026, 09:30-12:05, Boardroom L4 and via Teams\nPresent: Chair, Chief Executive, Chief Financial Officer, three non-executive directors. Apologies: Company Secretary (minutes taken by Deputy Company Secretary)\n1. Minutes of meeting 2026/02 approved without amendment.\n2. FY26 Q3 results: revenue GBP 48.2m (+6.1% YoY), EBITDA margin 14.8%. Board noted working capital pressure from Project Atlas.\n3. Approved capex request CR-2026-07 (GBP 1.35m, line 4 packaging upgrade).\n4. Next meeting: 15 April 2026.',
    pii: [],
  },
];
