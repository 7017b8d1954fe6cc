// English documents (records, confirmations, forms, invoices, logs) for round 6, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundSixDocumentsB: readonly IndependentText[] = [
  {
    text: 'Leeds Teaching Hospitals NHS Trust - Discharge summary\nPatient: ELLISON, Margaret Anne   DOB: 14/09/1947   Hospital no.: K2284719\nAddress: 27 Harehills Lane, Leeds LS8 4HQ\nAdmitted: 02/03/2026 (Ward J24)   Discharged: 09/03/2026\nDiagnosis: community-acquired pneumonia, CURB-65 score 2; AKI stage 1 (resolved)\nMeds on discharge: amoxicillin 500 mg tds x 2 days (completes 7-day course); ramipril withheld until U&E review\nFollow-up: chest X-ray in 6 weeks via GP, Dr Tunde Okafor, Chapel Allerton Medical Centre',
    pii: [
      ['PERSON', 'ELLISON, Margaret Anne'],
      ['DATE_OF_BIRTH', '14/09/1947'],
      ['MEDICAL_RECORD', 'K2284719'],
      ['ADDRESS', '27 Harehills Lane, Leeds LS8 4HQ'],
      ['PERSON', 'Tunde Okafor'],
    ],
  },
  {
    text: 'Octopus Energy - Your new tariff from 1 April 2026\nTariff: Flexible Octopus (variable), electricity single-rate\nUnit rate: 24.86p/kWh (was 25.73p)   Standing charge: 53.68p/day (was 51.37p)\nEstimated annual cost at 2,700 kWh: £867.14 inc. VAT at 5%\nTariff comparison rate (TCR): 28.4p/kWh   Exit fees: none\nMPAN ending 4418   Meter serial: 19P0428831\nQuestions? 0808 164 1088 (free), Mon-Fri 9am-5pm',
    pii: [],
  },
  {
    text: 'ADP Workforce Now - New hire summary\nEmployee: Jasmine R. Whitfield   Position: Warehouse Associate II (Dept 410)\nSSN: 521-84-3307   Date of birth: 02/27/1996\nHome address: 4418 Linden Ave, Apt 2B, Cincinnati, OH 45223\nDirect deposit: Fifth Third Bank, routing 042000314, checking acct 7930418826 (100%)\nW-4: single, no adjustments   State withholding: OH IT-4, local: Cincinnati 1.8%\nStart date: 03/16/2026   Rate: $24.50/hr   Shift 2 (2:30 pm - 11:00 pm)',
    pii: [
      ['PERSON', 'Jasmine R. Whitfield'],
      ['US_SSN', '521-84-3307'],
      ['DATE_OF_BIRTH', '02/27/1996'],
      ['ADDRESS', '4418 Linden Ave, Apt 2B, Cincinnati, OH 45223'],
      ['BANK_ACCOUNT', '7930418826'],
    ],
  },
  {
    text: "Priceline Pharmacy Carindale - Dispensing record\nPatient: Liam O'Connor   DOB 03/05/1979\nAddress: 12 Banksia Crescent, Mount Gravatt QLD 4122   Mob: 0412 558 903\nMedicare: 2953 41876 1 / IRN 2   Concession: none\nRx: Rosuvastatin 20 mg tablets, 30   Sig: 1 at night   Repeats: 5 remaining\nPrescriber: Dr Mei Lin Tan\nPBS item 8721L   Patient charge $31.60   Script no. 884102   Dispensed 11/03/2026 10:42",
    pii: [
      ['PERSON', "Liam O'Connor"],
      ['DATE_OF_BIRTH', '03/05/1979'],
      ['ADDRESS', '12 Banksia Crescent, Mount Gravatt QLD 4122'],
      ['PHONE', '0412 558 903'],
      ['HEALTH_INSURANCE', '2953 41876 1'],
      ['PERSON', 'Mei Lin Tan'],
    ],
  },
  {
    text: 'RENTAL APPLICATION - Realstar Living (Montréal portfolio)\nApplicant: Marc-André Tremblay   Date of birth: 1989-11-03\nCurrent address: 2150 rue Sherbrooke Est, app. 6, Montréal QC H2K 1C1 (since 2021)\nEmployer: Desjardins, business analyst, 6 years   Gross annual income: $78,400\nSIN (optional, for credit check only): 046 454 286\nCell: 514-827-3390   Email: ma.tremblay89@videotron.ca\nUnit applied for: #1207, 2 1/2, $1,640/month, lease start 2026-05-01\nReference: previous landlord Gilles Ouellet, 450-663-1184',
    pii: [
      ['PERSON', 'Marc-André Tremblay'],
      ['DATE_OF_BIRTH', '1989-11-03'],
      ['ADDRESS', '2150 rue Sherbrooke Est, app. 6, Montréal QC H2K 1C1'],
      ['CA_SIN', '046 454 286'],
      ['PHONE', '514-827-3390'],
      ['EMAIL', 'ma.tremblay89@videotron.ca'],
      ['PERSON', 'Gilles Ouellet'],
      ['PHONE', '450-663-1184'],
    ],
  },
  {
    text: 'USED CAR SALES CONTRACT (private sale - English version)\nSeller: Jürgen Albrecht, Lindenstraße 8, 30159 Hannover, tel. 0511 84 27 390\nBuyer: Kateryna Bondar, Am Mühlenteich 3a, 31134 Hildesheim\nVehicle: VW Golf VII 1.4 TSI, first registration 05/2017, mileage 98,420 km\nVIN: WVWZZZAUZHW118372   Registration no.: H-JA 2871   Next HU (MOT): 08/2027\nPrice: EUR 11,900.00, paid in cash on handover 12.03.2026, 15:30\nThe vehicle is sold as seen, excluding any warranty, except for the accident-free condition stated by the seller.',
    pii: [
      ['PERSON', 'Jürgen Albrecht'],
      ['ADDRESS', 'Lindenstraße 8, 30159 Hannover'],
      ['PHONE', '0511 84 27 390'],
      ['PERSON', 'Kateryna Bondar'],
      ['ADDRESS', 'Am Mühlenteich 3a, 31134 Hildesheim'],
      ['VIN', 'WVWZZZAUZHW118372'],
      ['VEHICLE_PLATE', 'H-JA 2871'],
    ],
  },
  {
    text: 'PURCHASE ORDER  PO-2026-11873   Date: 10/03/2026\nBuyer: Northgate Foods Ltd, Goods-In Dock 4\nSupplier: Alpha Packaging Solutions (vendor no. 40028)\nLine | Part no. | Description | Qty | UoM | Unit price | Total\n10 | APS-TRY-2212 | PET tray 220x120x35 clear | 24,000 | EA | 0.041 | 984.00\n20 | APS-LID-2212F | Film lid, peelable, 40 mic | 24,000 | EA | 0.018 | 432.00\nDelivery: week 14 (30/03-03/04/2026), pallets max 1.8 m, ASN required 24 h before\nIncoterms: DAP   Payment: 60 days EOM   Currency: GBP',
    pii: [],
  },
  {
    text: 'Star Health and Allied Insurance - Cashless Pre-authorisation Request\nHospital: Apollo Hospitals, Chennai   Hospital ID: HOSP-33-00412\nPatient name: Lakshmi Venkataraman   Age/Sex: 61/F   UHID: APH.0017284193\nStar Health ID / Member ID: 26/SH/M-00489127/01\nPolicy: Family Health Optima (floater)   Proposer: S. Venkataraman (son)   Contact: 94440 61827\nDiagnosis: osteoarthritis right knee (ICD-10 M17.11); proposed TKR, 3 days stay, twin sharing room\nEstimated cost: Rs. 2,85,000   Amount requested: Rs. 2,40,000   Date of admission: 18/03/2026',
    pii: [
      ['PERSON', 'Lakshmi Venkataraman'],
      ['MEDICAL_RECORD', 'APH.0017284193'],
      ['HEALTH_INSURANCE', '26/SH/M-00489127/01'],
      ['PERSON', 'S. Venkataraman'],
      ['PHONE', '94440 61827'],
    ],
  },
  {
    text: 'KB Kookmin Bank - Account Opening Confirmation (Foreign Customer)\nCustomer name: NGUYEN THI LAN\nAlien registration no.: 970412-6873015   Passport no.: C4418273 (Viet Nam)\nProduct: KB Star ordinary deposit   Account no.: 657801-04-229184\nMobile: 010-7729-4108\nAddress: 22, Gwanak-ro 14-gil, Gwanak-gu, Seoul, Room 301\nLimited account applies: ATM/transfer limit KRW 300,000 per day until proof of employment is submitted\nBranch: Sillim Station (0412)   Handled by: 박지현',
    pii: [
      ['PERSON', 'NGUYEN THI LAN'],
      ['FRN', '970412-6873015'],
      ['PASSPORT', 'C4418273'],
      ['BANK_ACCOUNT', '657801-04-229184'],
      ['PHONE', '010-7729-4108'],
      ['ADDRESS', '22, Gwanak-ro 14-gil, Gwanak-gu, Seoul, Room 301'],
      ['PERSON', '박지현'],
    ],
  },
  {
    text: 'PROGRESSIVE   Auto Insurance Identification Card - TEXAS\nNAIC No. 24260   Policy number: 938472615   Effective 02/14/2026 - 08/14/2026\nNamed insured: Darnell T. Brooks\n  9021 Cedar Bend Dr\n  Austin, TX 78758\nVehicle: 2021 Honda Accord EX   VIN: 1HGCV1F34MA029184\nListed drivers: Darnell T. Brooks (DL TX 31874402); Keisha Brooks (DL TX 40261938)\nThis card must be carried in the insured vehicle. To report a claim call 1-800-776-4737.',
    pii: [
      ['PERSON', 'Darnell T. Brooks'],
      ['ADDRESS', '9021 Cedar Bend Dr\n  Austin, TX 78758'],
      ['VIN', '1HGCV1F34MA029184'],
      ['PERSON', 'Darnell T. Brooks'],
      ['DRIVER_LICENSE', '31874402'],
      ['PERSON', 'Keisha Brooks'],
      ['DRIVER_LICENSE', '40261938'],
    ],
  },
  {
    text: 'Veeam Backup & Replication - Job report\nJob: NAS-FS01-Nightly   Status: Success with warnings\nStart 2026-03-11 23:00:04   End 2026-03-12 01:47:19   Duration 2:47:15\nProcessed 4.1 TB   Read 212.6 GB   Transferred 88.3 GB (2.4x)\nVM fs01 (vSphere 8.0.2): 9 of 9 disks, CBT enabled\nWarning: repository REPO-02 free space 11.8% (threshold 15%)\nRestore points retained: 30   Next run: 2026-03-12 23:00',
    pii: [],
  },
  {
    text: 'Payslip   Period: Month 12 (March 2026)   Pay date: 27/03/2026\nEmployer: Harbour & Finch Ltd   PAYE ref: 120/HF48817\nEmployee: Chloe Barrett-Hughes   Payroll no.: 00417   NI number: JT 48 27 91 C   Tax code: 1257L   NI cat: A\nBasic salary 2,916.67 | Overtime 6.0 hrs @ 21.04 = 126.24 | Gross 3,042.91\nIncome tax 398.40 | Employee NI 162.17 | Pension (5%) 152.15 | Student loan Plan 2 87.00\nNet pay 2,243.19 paid to Nationwide BS, sort code 07-04-36, acc. 41827730',
    pii: [
      ['PERSON', 'Chloe Barrett-Hughes'],
      ['UK_NINO', 'JT 48 27 91 C'],
      ['BANK_ACCOUNT', '41827730'],
    ],
  },
  {
    text: 'Pan Pacific Singapore - Guest Registration Card\nSurname: OKONKWO   Given names: CHINEDU EMMANUEL\nNationality: Nigerian   Passport no.: A09384712   Date of birth: 21 AUG 1985\nHome address: Plot 14, Admiralty Way, Lekki Phase 1, Lagos\nEmail: c.okonkwo@zenithtradeng.com   Mobile: +234 803 417 2296\nRoom 2114 (Deluxe King)   Arrival 15 Mar 2026   Departure 19 Mar 2026   Rate SGD 385.00++\nGuarantee: Mastercard 5412 7534 1908 2263, exp. 08/28\nI agree to be personally liable for all charges should the above company fail to pay.',
    pii: [
      ['PERSON', 'OKONKWO'],
      ['PERSON', 'CHINEDU EMMANUEL'],
      ['PASSPORT', 'A09384712'],
      ['DATE_OF_BIRTH', '21 AUG 1985'],
      ['ADDRESS', 'Plot 14, Admiralty Way, Lekki Phase 1, Lagos'],
      ['EMAIL', 'c.okonkwo@zenithtradeng.com'],
      ['PHONE', '+234 803 417 2296'],
      ['CREDIT_CARD', '5412 7534 1908 2263'],
      ['CARD_EXPIRY', '08/28'],
    ],
  },
  {
    text: 'BATCH RECORD - Line 3 (tablet compression)\nProduct: Paracetamol 500 mg tablets   Batch no.: PC5-260311-02   Batch size: 1,200,000 tabs\nPress: Fette 2090i, 36 stations   Speed 62 rpm   Main compression force 14.2 kN\nIPC every 30 min: weight 588-603 mg (target 595 mg ± 3%), hardness 95-118 N, friability 0.21%\nDeviation DEV-2026-0147: 14:20-14:35 feeder jam, 3,400 tabs rejected\nYield 98.7%   Released to QA hold 12/03/2026',
    pii: [],
  },
  {
    text: 'Apple Support - Repair confirmation\nRepair ID: R382918433   Case ID: 102847739216\nCustomer: Sofia Marchetti   sofia.marchetti@icloud.com   +39 347 218 6604\nProduct: iPhone 15 Pro, 256 GB, Natural Titanium   Serial: F4GK29XQ1P\nIMEI: 356812749023188   IMEI2: 356812749155188\nService: display replacement (out of warranty)   Estimate: EUR 379.00 incl. VAT\nDrop-off: Apple Via del Corso, Roma   Estimated completion: 3-5 business days',
    pii: [
      ['PERSON', 'Sofia Marchetti'],
      ['EMAIL', 'sofia.marchetti@icloud.com'],
      ['PHONE', '+39 347 218 6604'],
      ['IMEI', '356812749023188'],
      ['IMEI', '356812749155188'],
    ],
  },
  {
    text: 'Deposit Protection Service - Deposit Protection Certificate\nDeposit ID: 1188204736   Date protected: 04/03/2026\nProperty address: Flat 3, 41 Cranbrook Road, Bristol BS6 7BS\nTenancy start: 01/03/2026   Term: 12 months   Deposit amount: £1,150.00\nLead tenant: Aisha Rahman   Joint tenant: Tom Whitcombe\nLandlord: Peter J. Garside, 9 Oakfield Grove, Clifton, Bristol BS8 2BN\nThe deposit is held in the DPS Custodial scheme and will be repaid at the end of the tenancy via the online repayment process.',
    pii: [
      ['ADDRESS', 'Flat 3, 41 Cranbrook Road, Bristol BS6 7BS'],
      ['PERSON', 'Aisha Rahman'],
      ['PERSON', 'Tom Whitcombe'],
      ['PERSON', 'Peter J. Garside'],
      ['ADDRESS', '9 Oakfield Grove, Clifton, Bristol BS8 2BN'],
    ],
  },
  {
    text: 'DB Navigator - Trip alert\nICE 577  Hamburg Hbf 09:01 -> München Hbf 15:16   +25 min (repairs on the track)\nYour connection in München Hbf: RE 57521 to Garmisch-Partenkirchen 15:32, platform 28 - connection may not be reached\nAlternative: RB 59509 at 16:32, platform 27, arr. 17:55\nBooking no. 6829 1447 0035 8812   Order date 02.03.2026\nPassenger rights: from 60 min delay at your destination, 25% of the fare may be refunded.',
    pii: [],
  },
  {
    text: 'ServiceNow  RITM0048812 - New starter account provisioning (CLOSED COMPLETE)\nName: Hannah Kowalczyk   Dept: Conveyancing   Start: 16/03/2026\nAD username: hkowalczyk\nTemporary password: Tulip-Quarry-82!   (must be changed at first logon)\nMailbox: hannah.kowalczyk@ashgrove-legal.co.uk   Licence: M365 E3\nLaptop: Dell Latitude 5450, asset AGL-LT-0931, Wi-Fi MAC 3C:A6:F6:2B:91:E4\nVPN: FortiClient, static IP 10.40.12.87\nRequested by: Mark Pettifer (Practice Manager)',
    pii: [
      ['PERSON', 'Hannah Kowalczyk'],
      ['USERNAME', 'hkowalczyk'],
      ['PASSWORD', 'Tulip-Quarry-82!'],
      ['EMAIL', 'hannah.kowalczyk@ashgrove-legal.co.uk'],
      ['MAC_ADDRESS', '3C:A6:F6:2B:91:E4'],
      ['IP_ADDRESS', '10.40.12.87'],
      ['PERSON', 'Mark Pettifer'],
    ],
  },
  {
    text: 'Travel Insurance - Summary of cover (Single Trip, Comprehensive)\nSection | Benefit | Limit | Excess\nA | Overseas medical & repatriation | $10,000,000 | $0\nB | Cancellation | $15,000 per person | $150\nC | Luggage & personal effects | $3,000 (single item $750) | $150\nD | Travel delay | $200 per 12 hours | nil\nAge limit 79 at date of issue. Existing medical conditions: online assessment required.\nClaims: 1800 010 075 (Mon-Fri 8am-6pm AEST)',
    pii: [],
  },
  {
    text: 'Integration handover - Shopify to Linnworks sync (production)\nPrepared by: Dev Raghunathan, 11 Mar 2026\nStore domain: harrowgate-outdoor.myshopify.com\nAdmin API access token: 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\nWebhook signing secret: 9f4b2e7a61d0c83f5b2a9e17d46c08ab\nScopes: read_orders, write_fulfillments, read_inventory   API version: 2026-01\nRate limit: 40 requests/app/store bucket, leak rate 2/sec\nRotate both secrets after go-live; call Dev on +44 7712 604 318 if orders stop syncing.',
    pii: [
      ['PERSON', 'Dev Raghunathan'],
      ['SECRET', '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'],
      ['SECRET', '9f4b2e7a61d0c83f5b2a9e17d46c08ab'],
      ['PERSON', 'Dev'],
      ['PHONE', '+44 7712 604 318'],
    ],
  },
  {
    text: 'Barclays - International payment confirmation\nPayment reference: IP26031187442   Date: 12/03/2026\nFrom: Premier Current Account ****8812\nPayee name: Katarzyna Wiśniewska\nPayee IBAN: PL84 1140 2004 0000 3502 7843 1965   BIC: BREXPLPWMBK\nAmount sent: £2,400.00   Exchange rate 1 GBP = 5.0218 PLN   Amount received: PLN 12,052.32\nCharges: SHA, £15.00 fee   Payment reason: family support\nPayments usually arrive within 1-2 working days.',
    pii: [
      ['PERSON', 'Katarzyna Wiśniewska'],
      ['IBAN', 'PL84 1140 2004 0000 3502 7843 1965'],
    ],
  },
  {
    text: "Container Loading Plan   Booking: MAEU 248813572   Vessel/Voyage: MAERSK KENSINGTON 612W\nPOL: Nhava Sheva (INNSA)   POD: Felixstowe (GBFXT)   ETD 18-Mar-2026   ETA 14-Apr-2026\nContainer MSKU 7741826 (40' HC), seal ML-4418273, tare 3,920 kg\nMarks & nos. | Packages | Description | Gross kg | CBM\nVFT/UK/01-420 | 420 cartons | Cotton bed linen sets, HS 6302.31 | 8,610 | 62.4\nVGM: 12,530 kg (method 2)   Freight: prepaid   Shipper's ref: EXP/26/0311",
    pii: [],
  },
  {
    text: "SMALL CLAIMS - PLAINTIFF'S CLAIM AND ORDER TO GO TO SMALL CLAIMS COURT (SC-100)\nSuperior Court of California, County of Alameda   Case No.: 26SC004417\nPlaintiff: Rosa Delgado-Ibarra\n1827 37th Ave, Oakland, CA 94601\nPhone: (510) 382-9046   Email: rdelgadoibarra@gmail.com\nDefendant: Brightline Auto Body Inc. (corporation)\nPlaintiff claims defendant owes $4,850.00 for paid repairs never performed on a 2019 Toyota Camry, license plate 8KQM214.\nHearing date: 05/07/2026, 8:30 AM, Dept. 512",
    pii: [
      ['PERSON', 'Rosa Delgado-Ibarra'],
      ['ADDRESS', '1827 37th Ave, Oakland, CA 94601'],
      ['PHONE', '(510) 382-9046'],
      ['EMAIL', 'rdelgadoibarra@gmail.com'],
      ['VEHICLE_PLATE', '8KQM214'],
    ],
  },
  {
    text: '# docker-compose.override.yml (staging)\nservices:\n  api:\n    image: ghcr.io/acme-retail/api:4.12.1\n    environment:\n      DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/orders\n      REDIS_URL: redis://cache:6379/0\n      LOG_LEVEL: debug\n    ports:\n      - "8080:8080"\n  db:\n    image: postgres:16.2-alpine\n    volumes:\n      - pgdata:/var/lib/postgresql/data',
    pii: [],
  },
  {
    text: '2025 Tax Organizer - Client intake (Rivera Tax Services)\nTaxpayer: Alejandro Ruiz Montoya   ITIN: 912-78-4431   DOB: 11/19/1984\nSpouse: Gabriela Soto de Ruiz   ITIN: 943-82-1067   DOB: 04/02/1987\nDependent: Mateo Ruiz Soto, son (SSN 612-40-8853, DOB 08/22/2015)\nAddress: 2206 W Polk St, Unit 3, Chicago, IL 60612   Phone: 773-491-2280\nRefund by direct deposit: Chase, routing 071000013, account 559201847\nIncome docs received: 2 x W-2, 1 x 1099-NEC ($6,420)   Prep fee $225.00',
    pii: [
      ['PERSON', 'Alejandro Ruiz Montoya'],
      ['US_ITIN', '912-78-4431'],
      ['DATE_OF_BIRTH', '11/19/1984'],
      ['PERSON', 'Gabriela Soto de Ruiz'],
      ['US_ITIN', '943-82-1067'],
      ['DATE_OF_BIRTH', '04/02/1987'],
      ['PERSON', 'Mateo Ruiz Soto'],
      ['US_SSN', '612-40-8853'],
      ['DATE_OF_BIRTH', '08/22/2015'],
      ['ADDRESS', '2206 W Polk St, Unit 3, Chicago, IL 60612'],
      ['PHONE', '773-491-2280'],
      ['BANK_ACCOUNT', '559201847'],
    ],
  },
];
