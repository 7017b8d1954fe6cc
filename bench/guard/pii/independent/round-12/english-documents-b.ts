// English documents for round 12, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwelveDocumentsB: readonly IndependentText[] = [
  {
    text: 'KLM Royal Dutch Airlines - Booking confirmation\nBooking code: Q7M2XP   Issued: 10 Mar 2026\nTravellers\n  DE VRIES-BAKKER/SANNE MRS   adult   NLD passport NXR4L81J2, exp. 14-08-2031\n  DE VRIES/MEES MSTR          child   NLD passport BP7K2H4D9, exp. 02-05-2029\nKL 1275  AMS 07:05 - BCN 09:20   Economy Standard   Seats 18A, 18B\nKL 1276  BCN 10:10 - AMS 12:30   Economy Standard   Seats 22E, 22F\nFlying Blue: miles pending. Extra baggage 1 x 23 kg EUR 50.00. Check-in opens 30 h before departure.',
    pii: [
      ['PERSON', 'DE VRIES-BAKKER/SANNE'],
      ['PASSPORT', 'NXR4L81J2'],
      ['PERSON', 'DE VRIES/MEES'],
      ['PASSPORT', 'BP7K2H4D9'],
    ],
  },
  {
    text: 'Virgin Media - Engineer job sheet #VM-JS-7718204\nAppointment: Tue 10 Mar 2026, AM slot (08:00-13:00)   Engineer ID: ENG4471\nService address: Flat 2, 14 Cranbrook Road, Redland, Bristol BS6 7BN\nAccount holder: Priya Ramanathan-Hughes   Contact no. on account: 0117 924 3806\nEquipment installed: Hub 5 (serial VMDG7XR0031882), 360 TV box\nHub 5 MAC: A4-91-B1-3C-7E-0F\nDefault network: VM2481937   Wireless password (on sticker): xpqmtvdkrhwa\nChecks: downstream 0.8 dBmV, SNR 40.1 dB, speed test 1,127 Mbps wired\nCustomer signature: obtained on device',
    pii: [
      ['ADDRESS', 'Flat 2, 14 Cranbrook Road, Redland, Bristol BS6 7BN'],
      ['PERSON', 'Priya Ramanathan-Hughes'],
      ['PHONE', '0117 924 3806'],
      ['MAC_ADDRESS', 'A4-91-B1-3C-7E-0F'],
      ['PASSWORD', 'xpqmtvdkrhwa'],
    ],
  },
  {
    text: 'GTBank - Transfer Receipt\nTransaction Type: Inter-Bank Transfer (NIP)\nSender Account: 0211****88\nBeneficiary: 0697124538 - OKAFOR CHIDINMA GRACE (Access Bank)\nAmount: NGN 450,000.00   Fee: NGN 53.75\nNarration: Shop rent Q2 Ogba plaza\nSession ID: 000013260311152207000489317264\nTransaction Date: 11/03/2026 15:22:07\nStatus: Successful',
    pii: [
      ['BANK_ACCOUNT', '0697124538'],
      ['PERSON', 'OKAFOR CHIDINMA GRACE'],
    ],
  },
  {
    text: 'J&T EXPRESS   Waybill: 7208 4419 3365   COD: PHP 1,289.00\nRECEIVER\nMa. Cristina Dela Cruz-Santos   0917 482 6630\nBlk 12 Lot 7 Phase 2, Greenbreeze Village, Brgy. San Isidro, Cainta, Rizal 1900\nSENDER: Lazada Fulfilment - Shop: HomeNest PH (Order #4418830271957)\nSort: NCR-RIZ-04   Weight 1.35 kg   Qty 1\nItem: Bedsheet set queen x1',
    pii: [
      ['PERSON', 'Ma. Cristina Dela Cruz-Santos'],
      ['PHONE', '0917 482 6630'],
      ['ADDRESS', 'Blk 12 Lot 7 Phase 2, Greenbreeze Village, Brgy. San Isidro, Cainta, Rizal 1900'],
    ],
  },
  {
    text: 'Trenitalia - Frecciarossa ticket\nPNR: KQ8T2M   Ticket code: 2417330988   Purchased 08/03/2026\nFR 9531  ROMA TERMINI 08:10 -> NAPOLI CENTRALE 09:20   Offer: Economy   Level: Standard   Coach 6\nPassenger            | Seat | Fare\nFERRANTE GIULIA      | 7A   | EUR 29.90\nFERRANTE TOMMASO     | 7B   | EUR 14.95 (Ragazzi)\nTotal EUR 44.85   Change/refund: allowed before departure with 20% penalty',
    pii: [
      ['PERSON', 'FERRANTE GIULIA'],
      ['PERSON', 'FERRANTE TOMMASO'],
    ],
  },
  {
    text: 'ICICI Lombard - Two Wheeler Claim Registration\nClaim ref: TW/26/0311/884127   Policy: 3005/2/281944671/00/000\nNature of loss: THEFT (FIR no. 0217/2026, Kothrud P.S., Pune)\nRegistered owner / insured: Sneha Vinayak Kulkarni\nVehicle: Honda Activa 6G, Reg. no. MH 12 TK 4471, Chassis ME4JF91CNR8047215, Engine JF91E-8047733\nDL of rider: MH12 20190048213 (valid till 2039)\nMobile (for surveyor): 97654 30218\nLast seen parked outside society gate on 07/03/2026 approx 21:30. Both keys with insured.\nIDV Rs. 68,500   Deductible Rs. 1,000',
    pii: [
      ['PERSON', 'Sneha Vinayak Kulkarni'],
      ['VEHICLE_PLATE', 'MH 12 TK 4471'],
      ['VIN', 'ME4JF91CNR8047215'],
      ['DRIVER_LICENSE', 'MH12 20190048213'],
      ['PHONE', '97654 30218'],
    ],
  },
  {
    text: 'Barclaycard Platinum - Your statement\nMR OLUWASEUN ADEYEMI\n27 Holloway Close\nHillmorton\nRugby\nCV21 4XR\nAccount number ending 5502   Statement date 14 February 2026\nPrevious balance £1,204.77   Payments -£1,204.77   New transactions £687.30\nNew balance £687.30   Minimum payment £25.00 by 11 March 2026\n03 Feb  TESCO STORES 2194 RUGBY        £64.18\n07 Feb  TRAINLINE.COM                  £118.40\n09 Feb  PAYPAL *EBAY                    £42.99\nCredit limit £6,500   Available credit £5,812.70',
    pii: [
      ['PERSON', 'OLUWASEUN ADEYEMI'],
      ['ADDRESS', '27 Holloway Close\nHillmorton\nRugby\nCV21 4XR'],
    ],
  },
  {
    text: 'FOREIGN WORKER REGISTER - Sejin Marine Outfitting Co. (Geoje yard)\nNo. | Item | Detail\n1 | Name (passport) | GURUNG BIKASH\n2 | Nationality / Visa | Nepal / E-9, stay until 2028-02-14\n3 | Registration card no. | 930411-5823106\n4 | Dormitory | 경상남도 거제시 옥포로 212, B동 105호\n5 | Phone | 010 7736 2084\n6 | Salary transfer | NH농협 352-1184-6620-93 (holder: GURUNG BIKASH)\n7 | Team | Piping team 3, day shift\nDeparture guarantee insurance enrolled 2026-02-20; next health check due 2026-09',
    pii: [
      ['PERSON', 'GURUNG BIKASH'],
      ['FRN', '930411-5823106'],
      ['ADDRESS', '경상남도 거제시 옥포로 212, B동 105호'],
      ['PHONE', '010 7736 2084'],
      ['BANK_ACCOUNT', '352-1184-6620-93'],
      ['PERSON', 'GURUNG BIKASH'],
    ],
  },
  {
    text: 'Asan Medical Center - International Clinic / Outpatient note\nReg. no. 41938207   Visit 2026-03-05   Dept: Orthopaedic Surgery (Dr. Park Ji-hoon)\nPatient: Mathieu Lefèvre, M/41, French national\nNHIS: 7214 3388 501 (regional-insured, foreigner)\nCC: R knee pain after skiing at Yongpyong 2 wks ago, giving way on stairs\nO/E: effusion +, Lachman positive, McMurray equivocal\nImp: ACL tear, r/o medial meniscus tear\nPlan: MRI R knee booked 2026-03-09 14:30, hinged brace, f/u after MRI',
    pii: [
      ['MEDICAL_RECORD', '41938207'],
      ['PERSON', 'Park Ji-hoon'],
      ['PERSON', 'Mathieu Lefèvre'],
      ['HEALTH_INSURANCE', '7214 3388 501'],
    ],
  },
  {
    text: "CONFIRMATION OF TRAFFIC ACCIDENT (translated from Korean)\nReceipt no.: 2026-0221-01174   Issued by: Haeundae Police Station, Traffic Investigation Division\nDate/time: 2026-02-21 08:45   Location: Haeundae-ro, in front of Centum City Station exit 3, Busan\nParty 1 (driver): Sophie Brennan, Korean driver's licence 12-21-005318-40, tel. 010-9142-3076\n   Vehicle: Genesis G70, 259서 8841, VIN KMTG341CDNU117482\nParty 2 (driver): Kwon Tae-yang\n   Vehicle: Hyundai Porter II (truck), 92마 3317\nSummary: Party 2 failed to keep a safe distance and struck the rear of Party 1 while stopped at a red light. Minor injury to Party 1 (neck strain, 2 weeks).",
    pii: [
      ['PERSON', 'Sophie Brennan'],
      ['DRIVER_LICENSE', '12-21-005318-40'],
      ['PHONE', '010-9142-3076'],
      ['VEHICLE_PLATE', '259서 8841'],
      ['VIN', 'KMTG341CDNU117482'],
      ['PERSON', 'Kwon Tae-yang'],
      ['VEHICLE_PLATE', '92마 3317'],
    ],
  },
  {
    text: 'KT - Prepaid mobile activation form (foreign nationals)\nName (as in passport): NGUYEN THI MAI ANH\nPassport: C4817265 (Viet Nam)   ARC: 020715-8438219 (Korea Univ. language program)\nNumber issued: 010-5629-0418   Plan: Prepaid data 11GB, 33,000 won / 30 days\nSIM ICCID 8982 3012 2401 5537 7184\nHandset: own device (iPhone 13), IMEI1 356712114872047\nTop-up: convenience store voucher or kt.com   Help desk: 1588-0010 / 100 (from a KT phone)',
    pii: [
      ['PERSON', 'NGUYEN THI MAI ANH'],
      ['PASSPORT', 'C4817265'],
      ['FRN', '020715-8438219'],
      ['PHONE', '010-5629-0418'],
      ['ICCID', '8982 3012 2401 5537 7184'],
      ['IMEI', '356712114872047'],
    ],
  },
  {
    text: 'SINGAPORE AIRLINES   ELECTRONIC TICKET ITINERARY / RECEIPT\nName: TAN/WEILING MS          Frequent flyer: not entered\nTicket number: 618 2417 739024   Booking reference: 5XQ2LM   Issued 02MAR26 SINGAPORE\nTravel document: P/SGP/K4419283M   DOB 07OCT79   Doc expiry 21AUG30\nSQ 308   SIN 09:05 -> LHR 15:45        Economy (Y)   Seat 48K   Baggage 30K\nSQ 317   LHR 12:00 -> SIN 08:00 (+1)   Economy (Y)   Seat 47A   Baggage 30K\nFare SGD 1,486.00   Taxes SGD 212.30   Total SGD 1,698.30',
    pii: [
      ['PERSON', 'TAN/WEILING'],
      ['PASSPORT', 'K4419283M'],
      ['DATE_OF_BIRTH', '07OCT79'],
    ],
  },
  {
    text: "THIRD-PARTY CREDIT CARD AUTHORISATION - Shangri-La Hotel, Kuala Lumpur\nReservation no.: 40917725   Guest: Aisyah binti Rahman, 2 adults   Check-in 18/04/2026, 2 nights, Deluxe King\nCharges to be settled by cardholder: [ ] Room & tax only  [x] All charges\nCardholder: ROSLAN BIN HASHIM (father of guest)\nCard: American Express   No. 3714 936128 40056   Valid thru 09/28   CID (4 digits, front of card): 7261\nTotal estimated: MYR 1,684.20 incl. SST\nCardholder's signature: (signed)   Date 11/03/2026\nPlease attach a copy of the front and back of the card.",
    pii: [
      ['PERSON', 'Aisyah binti Rahman'],
      ['PERSON', 'ROSLAN BIN HASHIM'],
      ['CREDIT_CARD', '3714 936128 40056'],
      ['CARD_EXPIRY', '09/28'],
      ['CARD_CVV', '7261'],
    ],
  },
  {
    text: 'Lotte Rent-a-Car Haeundae - Rental agreement (English)\nContract no. LR-2604-118327\nMain driver: Callum Whitfield   DOB: 14 Mar 1986   Nationality: GBR\nLicence: UK photocard WHITF803146JT9AB + IDP issued 02/2026\nCar: Hyundai Avante CN7 1.6, registration 34하 5172, fuel 8/8, odometer 21,408 km\nPick-up 2026-04-02 10:00 / Return 2026-04-05 10:00 (Gimhae Airport)\nCover: full self-coverage waiver (deductible 0)\nPhone while in Korea: 010-2918-7740 (local SIM); UK mobile +44 7824 316905\nPayment: Mastercard ****5513, deposit 300,000 won (released on return)',
    pii: [
      ['PERSON', 'Callum Whitfield'],
      ['DATE_OF_BIRTH', '14 Mar 1986'],
      ['DRIVER_LICENSE', 'WHITF803146JT9AB'],
      ['VEHICLE_PLATE', '34하 5172'],
      ['PHONE', '010-2918-7740'],
      ['PHONE', '+44 7824 316905'],
    ],
  },
  {
    text: 'Seoul City Gas - Monthly bill (English guide for foreign customers)\nCustomer number: 3108-552-07719   Meter no. G4-2211870\nBilling period: 2026.01.21 ~ 2026.02.20   Usage: 96 m3 (heating season)\nName: Hannah Okonkwo-Reyes\nSupply address: Seoul, Mapo-gu, World Cup buk-ro 12-gil 34, 302-ho\nBasic charge 1,250 won   Usage charge 88,914 won   VAT 9,016 won   Total 99,180 won\nPayment due 2026-03-10 (virtual account shown on the bill, or Toss / KakaoPay)\nSafety inspection: next visit in the first half of 2026',
    pii: [
      ['PERSON', 'Hannah Okonkwo-Reyes'],
      ['ADDRESS', 'Seoul, Mapo-gu, World Cup buk-ro 12-gil 34, 302-ho'],
    ],
  },
  {
    text: "EmpNo,Surname,GivenName,SIN,Prov,PeriodEnd,Gross,CPP_QPP,EI,NetPay\n2087,Tremblay-Roy,Marc-Antoine,230 692 543,QC,2026-03-06,2850.00,181.26,37.05,2101.44\n2093,Nguyen,Thi Lan,418 279 303,ON,2026-03-06,2410.00,131.87,39.28,1894.61\n2101,O'Sullivan,Bridget,722 164 894,BC,2026-03-06,3120.00,172.31,50.86,2317.02",
    pii: [
      ['PERSON', 'Tremblay-Roy'],
      ['PERSON', 'Marc-Antoine'],
      ['CA_SIN', '230 692 543'],
      ['PERSON', 'Nguyen'],
      ['PERSON', 'Thi Lan'],
      ['CA_SIN', '418 279 303'],
      ['PERSON', "O'Sullivan"],
      ['PERSON', 'Bridget'],
      ['CA_SIN', '722 164 894'],
    ],
  },
  {
    text: 'Passport Seva - Police Clearance Certificate (PCC) - Appointment Receipt\nARN: 26-2001839054   Applicant: Joseph Varghese Thekkekara\nDOB 14-11-1987   Place of birth: Kottayam, Kerala\nPassport held: T6158204 (issued at Cochin, valid till 2032)\nPurpose: Employment abroad (Qatar)\nPSK: Kochi   Appt. 24/03/2026 09:45 AM, token issued at counter\nFee: Rs. 500 paid via SBI ePay, Txn 8824170093\nRegistered mobile +91-94470 31862 / email joseph.thekkekara87@gmail.com',
    pii: [
      ['PERSON', 'Joseph Varghese Thekkekara'],
      ['DATE_OF_BIRTH', '14-11-1987'],
      ['PASSPORT', 'T6158204'],
      ['PHONE', '+91-94470 31862'],
      ['EMAIL', 'joseph.thekkekara87@gmail.com'],
    ],
  },
  {
    text: 'INVOICE #A-55219          Invoice date: 03/09/2026          Due: 04/08/2026 (Net 30)\nSold to: Northgate Collision Center Inc. - Attn: Parts Dept.\nCustomer acct: NCC-0412   Your PO: 7781-B\nLine | Part no. | Description | Qty | Unit | Ext.\n1 | 3M-06396 | Body filler, gallon | 6 | $38.75 | $232.50\n2 | PPG-DBC9700 | Basecoat, black, qt | 4 | $91.10 | $364.40\n3 | NRT-80P-50 | Sanding discs P80, 6 in (50/box) | 10 | $24.60 | $246.00\nMerchandise $842.90   Tax 8.25% $69.54   Shipping $0.00   Amount due $912.44\nPay online at payments.aplinesupply.com or call 1-888-552-0164 (toll-free). Wire: ABA 121000248',
    pii: [],
  },
  {
    text: '2026-03-10T02:00:00Z [backup-orchestrator] job nightly-pg-full (#5521) started, target s3://prod-db-backups/orders/2026-03-10/\n2026-03-10T02:00:04Z [pg_basebackup] server version 16.2, wal_level=replica, checkpoint requested\n2026-03-10T02:17:39Z [pg_basebackup] 412.6 GiB copied, throughput 398 MiB/s\n2026-03-10T02:18:02Z [verify] manifest checksum sha256 7c2e91f04ab3d5e8... OK, 18,442 files\n2026-03-10T02:18:05Z [retention] pruned 3 backups older than 35 days (2026-02-02, 2026-02-03, 2026-02-04)\n2026-03-10T02:18:06Z [backup-orchestrator] job #5521 finished SUCCESS in 18m06s, next run 2026-03-11T02:00:00Z',
    pii: [],
  },
  {
    text: "Your flight has been retimed - Booking reference 3KWP9D\nHi there, there's been a change to your upcoming trip.\nWas:  QF 429  SYD 07:00 -> MEL 08:35  Fri 24 Apr 2026\nNow:  QF 431  SYD 07:30 -> MEL 09:05  Fri 24 Apr 2026\nYour seat has moved from 12A to 15A. You'll still earn Qantas Points and Status Credits.\nIf the new flight doesn't work for you, you can pick another flight on the same route within 7 days of the original date, or request a refund to the original form of payment via Manage Booking.",
    pii: [],
  },
  {
    text: "LANDLORD INSURANCE - SCHEDULE OF COVER\nPolicy ref: LLD/3391827/02   Renewal date: 15/05/2026   Period: 12 months\nProperty: purpose-built flat, 2 bedrooms, 4th floor of 6, built 2004, let to 1 tenant on an AST\nCover | Sum insured | Excess\nBuildings | £210,000 | £350\nLandlord's contents | £10,000 | £100\nLoss of rent | 12 months, max £18,000 | nil\nProperty owner's liability | £5,000,000 | nil\nAnnual premium £396.40 including IPT at 12% (£42.47)\nConditions: annual gas safety certificate; property inspected at least every 6 months.",
    pii: [],
  },
  {
    text: 'TAX INVOICE (Original for Recipient)\nInvoice no.: BLR/SRV/2526/0642   Invoice date: 10-03-2026   Place of supply: Karnataka (29)\nFrom: Nimbus Cloudworks LLP, GSTIN 29AAPFN8812L1ZK, Bengaluru\nTo: Sahyadri Agro Foods Pvt Ltd, GSTIN 29AAGCS6140D1Z9\nSAC 998316 | Managed hosting & monitoring - Feb 2026 | 1 | Rs. 64,000.00\nSAC 998313 | Cloud migration consulting @ Rs. 2,500/hr | 18 hrs | Rs. 45,000.00\nTaxable value Rs. 1,09,000.00   CGST 9% Rs. 9,810.00   SGST 9% Rs. 9,810.00\nInvoice total Rs. 1,28,620.00 (Rupees One Lakh Twenty-Eight Thousand Six Hundred Twenty only)\nPayment within 15 days. TDS u/s 194J, if deducted, to be reflected in Form 26AS.',
    pii: [],
  },
  {
    text: 'Honda Jazz 1.5 e:HEV - 4 year / 40,000 mile service (Service B)\nPASS      Engine oil 0W-16 (3.6 L) and filter replaced\nPASS      Brake fluid replaced (DOT 4)\nPASS      Wiper blades - serviceable\nADVISORY  Front tyres 3.2 mm / 3.4 mm, rear 5.1 mm - replace fronts within 3,000 miles (quote £142.00 pair)\nPASS      12V battery 12.48 V, hybrid system check - no DTCs stored\nFAIL      Nearside rear number plate lamp - bulb replaced (W5W, £6.50)\nNext service: 50,000 miles or 03/2027. Invoice total £289.00 inc VAT.',
    pii: [],
  },
  {
    text: 'UK parcel surcharges - Highlands, Islands & Offshore (from 6 April 2026, per consignment, ex VAT)\nPostcode districts | Zone | Standard | Next day\nAB31-AB38, FK17-FK21, PA21-PA40, PH19-PH26, IV1-IV28 | Highlands | £7.95 | £12.50\nKW1-KW14, IV40-IV63 | Highlands remote | £11.40 | not available\nHS1-HS9, KW15-KW17, ZE1-ZE3 | Scottish islands | £18.20 | not available\nBT1-BT94 | Northern Ireland | £6.40 | £9.80\nIM, GY, JE | Crown dependencies | £14.75 | not available (customs declaration required)',
    pii: [],
  },
  {
    text: '{\n  "name": "notify-sms-worker",\n  "env": "staging",\n  "provider": {\n    "type": "twilio",\n    "accountSid": "${TWILIO_ACCOUNT_SID}",\n    "authToken": "<set in vault: secret/notify/twilio>",\n    "fromNumber": "${SMS_FROM_NUMBER}"\n  },\n  "rateLimitPerMinute": 600,\n  "templates": ["otp_v2", "delivery_eta", "appointment_reminder"],\n  "logLevel": "info"\n}',
    pii: [],
  },
];
