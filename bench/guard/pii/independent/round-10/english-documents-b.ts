// English documents for round 10, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTenDocumentsB: readonly IndependentText[] = [
  {
    text: 'Emirates - Your booking is confirmed\nBooking reference: K7PQ2M\nPassenger 1: MRS GIULIA FERRARI-ROSSI   Passport YA4827193 (ITA)\nPassenger 2: MSTR TOMMASO ROSSI   Passport YB1093826 (ITA)\nEK 094  MXP 21:35 - DXB 06:05 (+1)  Economy Saver\nEK 384  DXB 03:30 - BKK 12:40       Economy Saver\nSkywards: 6,214 miles to be credited. Seat selection 2 x 39.00 EUR. Checked baggage 25 kg each.',
    pii: [
      ['PERSON', 'GIULIA FERRARI-ROSSI'],
      ['PASSPORT', 'YA4827193'],
      ['PERSON', 'TOMMASO ROSSI'],
      ['PASSPORT', 'YB1093826'],
    ],
  },
  {
    text: 'KPN Fibre - Installation report\nCustomer: Sanne de Wit-Bakker\nConnection address: Oudegracht 214 bis, 3511 NR Utrecht\nFixed line: 030 274 8193\nModem: KPN Box 14, s/n KB14-2249-0871-33, WAN MAC A4:2B:8C:19:E0:7D\nSSID: KPN7D1E0   WPA2 password: qR7mz4KpW9xT\nPackage: Internet 1 Gbit + TV Start, 1 year contract, EUR 62.50/month after promo\nEngineer visit: 17-03-2026, 13:00-17:00, ONT light levels ok (-18.4 dBm)',
    pii: [
      ['PERSON', 'Sanne de Wit-Bakker'],
      ['ADDRESS', 'Oudegracht 214 bis, 3511 NR Utrecht'],
      ['PHONE', '030 274 8193'],
      ['MAC_ADDRESS', 'A4:2B:8C:19:E0:7D'],
      ['PASSWORD', 'qR7mz4KpW9xT'],
    ],
  },
  {
    text: 'GTBank Internet Banking - Transfer Successful\nSession ID: 000013260311142207118840392817\nFrom account: 0231****58\nBeneficiary: Chukwuemeka Okafor\nBeneficiary account: 0123847569   Bank: Access Bank Plc\nAmount: NGN 450,000.00   Narration: Shop rent Q2 Ogba\nTransaction date: 11/03/2026 14:22:07   Fee: NGN 53.75 (incl. VAT)',
    pii: [
      ['PERSON', 'Chukwuemeka Okafor'],
      ['BANK_ACCOUNT', '0123847569'],
    ],
  },
  {
    text: 'J&T EXPRESS   Waybill 620384719205   COD: PHP 1,299.00\nRECEIVER:\nMa. Cristina Dela Cruz-Santos\nBlk 12 Lot 7, Phase 2, Camella Homes Springville, Brgy. Molino III, Bacoor, Cavite 4102\nCP#: 0917 482 3356\nSender: GadgetHub PH (Shopee Mall)   Order SN: 2603118KQW2R4T\nSort code: CAV-BCR-03   Wt 0.45 kg   1 of 1',
    pii: [
      ['PERSON', 'Ma. Cristina Dela Cruz-Santos'],
      ['ADDRESS', 'Blk 12 Lot 7, Phase 2, Camella Homes Springville, Brgy. Molino III, Bacoor, Cavite 4102'],
      ['PHONE', '0917 482 3356'],
    ],
  },
  {
    text: "Trenitalia - Biglietto / Ticket\nPNR: QX7H2B   Train: FR 9527 Frecciarossa   Level: Standard\nFrom: Roma Termini 08:10   To: Milano Centrale 11:20   Date: 28/03/2026\nPax | Name | Type | Coach | Seat | Offer\n1 | MARCO DELL'ACQUA | Adult | 7 | 11A | Economy\n2 | ANNA DELL'ACQUA | Adult | 7 | 11B | Economy\nTotal: EUR 137.80   Ticket code: 2617 8840 3391 02   Change before departure: free",
    pii: [
      ['PERSON', "MARCO DELL'ACQUA"],
      ['PERSON', "ANNA DELL'ACQUA"],
    ],
  },
  {
    text: "NRMA Insurance - Motor claim lodgement\nPolicy no.: MOT284771093   Claim no.: 23-0084-1175-MC\nPolicyholder: Bridget O'Sullivan   Mobile: 0412 883 506\nVehicle: 2021 Mazda CX-5 Maxx Sport   VIN: JM0KF4W7A00318462\nDriver at time of incident: policyholder, NSW licence no. 14829371\nIncident 10/03/2026 approx 6:40pm, Princes Hwy near Milton: kangaroo strike, bonnet, grille and LH headlight damaged. Vehicle driveable.\nRepairer: Ulladulla Smash Repairs (preferred), quote $6,842.30 inc GST",
    pii: [
      ['PERSON', "Bridget O'Sullivan"],
      ['PHONE', '0412 883 506'],
      ['VIN', 'JM0KF4W7A00318462'],
      ['DRIVER_LICENSE', '14829371'],
    ],
  },
  {
    text: 'Barclaycard Platinum - Your monthly statement\nMr Declan J Fitzpatrick\nFlat 4, 19 Marlborough Road\nCardiff\nCF23 5BU\nCard number: 4929 **** **** 8820   Statement date: 21/02/2026   Pay by: 16/03/2026\nNew balance: £1,846.27   Minimum payment: £25.00   Credit limit: £6,500\n03 Feb  TESCO STORES 3241 CARDIFF        £64.18\n09 Feb  TRAINLINE.COM                    £112.40\n15 Feb  NETFLIX.COM                       £12.99',
    pii: [
      ['PERSON', 'Declan J Fitzpatrick'],
      ['ADDRESS', 'Flat 4, 19 Marlborough Road\nCardiff\nCF23 5BU'],
    ],
  },
  {
    text: 'EMPLOYEE CARD - Daeseong Foods Co., Ltd. (Gimhae factory)\nName: GURUNG BIKASH (Nepal)   Emp. no.: DS-0417\nForeign registration no.: 930412-5184627   Visa: E-9, permitted stay until 2028-02-14\nResidence: 경상남도 김해시 주촌면 골든루트로 80-12, B동 204호 (company dormitory)\nMobile: 010-5938-2074\nSalary account: NH Nonghyup 352-1847-2930-83\nDept: packing line 3, day shift   Health check done 2026-02-03',
    pii: [
      ['PERSON', 'GURUNG BIKASH'],
      ['FRN', '930412-5184627'],
      ['ADDRESS', '경상남도 김해시 주촌면 골든루트로 80-12, B동 204호'],
      ['PHONE', '010-5938-2074'],
      ['BANK_ACCOUNT', '352-1847-2930-83'],
    ],
  },
  {
    text: 'Seoul National University Hospital - International Healthcare Center\nReg. No.: 40871236   Patient: Mateo Fernández (M/41)\nNHI card no.: 6-1038472915 (local subscriber, foreigner)\nVisit: 2026-03-05, Orthopaedic Surgery, Prof. Park Ji-hoon\nCC: R knee pain & locking after hiking (Bukhansan) x 2 wks\nImp: medial meniscus tear, R/O ACL injury\nPlan: MRI R knee (booked 03-12), celecoxib 200mg qd, knee brace, f/u after MRI. English OK.',
    pii: [
      ['MEDICAL_RECORD', '40871236'],
      ['PERSON', 'Mateo Fernández'],
      ['HEALTH_INSURANCE', '6-1038472915'],
      ['PERSON', 'Park Ji-hoon'],
    ],
  },
  {
    text: 'TRAFFIC ACCIDENT REPORT CERTIFICATE (translated)\nDate/time: 2026-02-08 07:45   Location: Olympic-daero, near Dongjak Bridge on-ramp, Dongjak-gu, Seoul\nVehicle 1: Genesis G80 (RG3), reg. 219너 8836, VIN KMTGB41CDPU084127\nDriver 1: Sophie Martin, licence no. 13-21-118294-40\nVehicle 2: Kia Carnival, reg. 72거 3051, driven by Park Min-jae, tel 010-7719-2043\nSummary: Vehicle 2 failed to stop in slow traffic and struck the rear of vehicle 1. No injuries reported.\nCase no. 2026-0208-01147, Dongjak Police Station, Traffic Investigation Team',
    pii: [
      ['VEHICLE_PLATE', '219너 8836'],
      ['VIN', 'KMTGB41CDPU084127'],
      ['PERSON', 'Sophie Martin'],
      ['DRIVER_LICENSE', '13-21-118294-40'],
      ['VEHICLE_PLATE', '72거 3051'],
      ['PERSON', 'Park Min-jae'],
      ['PHONE', '010-7719-2043'],
    ],
  },
  {
    text: 'LG U+ - Mobile Service Application (Foreign National)\nApplicant: Nguyen Thi Thu Trang   Nationality: Viet Nam\nPassport No.: C4829173   Foreign Reg. No.: 010617-8382915\nNew mobile no.: 010-9472-3108\nUSIM ICCID: 89820621049381726654   Handset: iPhone 15 128GB, IMEI 356938114207582\nRate plan: 5G Standard   Contract: 24 months, optional discount 25%   SIM fee 7,700 won\nHelp: 114 (from U+ phone) / 1544-0010',
    pii: [
      ['PERSON', 'Nguyen Thi Thu Trang'],
      ['PASSPORT', 'C4829173'],
      ['FRN', '010617-8382915'],
      ['PHONE', '010-9472-3108'],
      ['ICCID', '89820621049381726654'],
      ['IMEI', '356938114207582'],
    ],
  },
  {
    text: 'SINGAPORE AIRLINES   Electronic Ticket Itinerary/Receipt\nPassenger: TAN/WEILING MS\nPassport: K2847193C   DOB: 04NOV91\nBooking reference: 6M2QLX   Ticket number: 618 2419873305\nSQ 322  SIN 23:30 -> LHR 06:10 (+1)   Economy (Y)   Seat 48K\nSQ 317  LHR 11:30 -> SIN 07:40 (+1)   Economy (Y)   Seat 51A\nFrequent flyer: not entered   Baggage allowance 30KG',
    pii: [
      ['PERSON', 'TAN/WEILING'],
      ['PASSPORT', 'K2847193C'],
      ['DATE_OF_BIRTH', '04NOV91'],
    ],
  },
  {
    text: 'Shangri-La Bangkok - CREDIT CARD AUTHORISATION\nGuest: Priya Venkataraman   Reservation no.: 71940362   Check-in 02 May 2026 / 4 nights, Deluxe River View\nName on card: SURESH VENKATARAMAN\nCard: Mastercard   No.: 5412 7534 1928 4463\nValid thru: 08/28   Security code (3 digits on back): 542\nI authorise the hotel to charge THB 38,400 for room and breakfast plus any incidentals during the stay.\nCardholder signature: ______ (signed)   Date: 14/03/2026',
    pii: [
      ['PERSON', 'Priya Venkataraman'],
      ['PERSON', 'SURESH VENKATARAMAN'],
      ['CREDIT_CARD', '5412 7534 1928 4463'],
      ['CARD_EXPIRY', '08/28'],
      ['CARD_CVV', '542'],
    ],
  },
  {
    text: 'Apex Car Rentals - Rental Agreement (Christchurch Airport)\nHirer: Jonas Weber   DOB: 14/09/1987\nLicence: German Führerschein no. J010X7M4K21 (with English translation)\nVehicle: Toyota RAV4 Hybrid GX, rego RKP742, fuel 8/8, odo 48,213 km\nHire period: 02/04/2026 10:00 to 12/04/2026 10:00 (10 days)   Cover: Zero excess\nTotal NZD 1,148.00 charged to Visa ending 3306   Hirer mobile while in NZ: +49 171 4829306',
    pii: [
      ['PERSON', 'Jonas Weber'],
      ['DATE_OF_BIRTH', '14/09/1987'],
      ['DRIVER_LICENSE', 'J010X7M4K21'],
      ['VEHICLE_PLATE', 'RKP742'],
      ['PHONE', '+49 171 4829306'],
    ],
  },
  {
    text: 'Seoul City Gas - Monthly gas bill (English guide for foreign customers)\nCustomer: Amelia Novak\nSupply address: Seoul, Mapo-gu, Yeonnam-ro 3-gil 17, #402\nCustomer no. 1102-47-38291   Billing period: 2026.02.01 - 2026.02.28\nUsage 84 m3 (meter 3,217 -> 3,301)   Base fee 1,250 won   Usage fee 78,940 won\nVAT 8,019 won   Total 88,209 won\nPayment due 2026-03-25   Virtual account payment available at any bank ATM',
    pii: [
      ['PERSON', 'Amelia Novak'],
      ['ADDRESS', 'Seoul, Mapo-gu, Yeonnam-ro 3-gil 17, #402'],
    ],
  },
  {
    text: "staff_no,surname,forename,ni_number,tax_code,period,gross_pay\nE0317,O'Donnell,Siobhán,JT482913C,1257L,M12,2870.00\nE0342,Adeyemi-Clarke,Tobi,PR731844B,BR,M12,1450.50",
    pii: [
      ['PERSON', "O'Donnell"],
      ['PERSON', 'Siobhán'],
      ['UK_NINO', 'JT482913C'],
      ['PERSON', 'Adeyemi-Clarke'],
      ['PERSON', 'Tobi'],
      ['UK_NINO', 'PR731844B'],
    ],
  },
  {
    text: 'DFA Passport Online Appointment - Confirmation\nReference no.: 26031188417   Appointment code: MNL-AS-0402-0930-118\nApplicant: Jerome Paolo Villanueva Bautista   Birth date: March 7, 1989\nApplication type: Renewal (adult)   Previous passport no.: P4829173B\nSite: DFA Aseana, Parañaque City   Schedule: April 2, 2026, 9:30 AM\nPassport fee: PHP 950.00 (regular processing, paid via GCash)\nContact no.: +63 917 530 2284   E-mail: jp.bautista89@yahoo.com',
    pii: [
      ['PERSON', 'Jerome Paolo Villanueva Bautista'],
      ['DATE_OF_BIRTH', 'March 7, 1989'],
      ['PASSPORT', 'P4829173B'],
      ['PHONE', '+63 917 530 2284'],
      ['EMAIL', 'jp.bautista89@yahoo.com'],
    ],
  },
  {
    text: 'INVOICE  INV-24519        Invoice date: 12/03/2026        Due: 11/04/2026\nBill to: Harbourside Veterinary Clinic Ltd, Accounts Dept\nYour order ref: HVC-0932\nQty | Description | Unit price | Line total\n6 | Surgical gown, reinforced, L (case/30) code SG-RL-30 | £42.50 | £255.00\n20 | Cohesive bandage 7.5cm x 4.5m, assorted code CB-75-AS | £0.89 | £17.80\nNet £272.80   VAT @ 20% £54.56   Carriage £9.95   TOTAL £337.31\nPayment by BACS within 30 days, quoting the invoice number. VAT reg. GB 284 7391 06. Queries: 0800 046 1193',
    pii: [],
  },
  {
    text: '2026-03-10T02:00:01Z INFO  backup-runner 2.14.3 job=nightly-pg cluster=orders-primary\n2026-03-10T02:00:04Z INFO  pg_basebackup started, wal_level=replica, checkpoint=fast\n2026-03-10T02:11:46Z INFO  snapshot snap-0a7f3c91e42b8d605 uploaded to s3://backups-prod-euw1/pg/2026/03/10/ (48.7 GiB, 00:11:42)\n2026-03-10T02:11:49Z INFO  checksum sha256=7c4e19a0b2f6d83e5a91c0d47f2e8b6a3d15c9f0e7a2b4d68c3f1e5a9b0d7c2e4 verified\n2026-03-10T02:12:03Z INFO  retention: pruned 3 snapshots older than 35d, exit 0',
    pii: [],
  },
  {
    text: "IMPORTANT: Change to your sailing - Booking 61883027\nWe're writing to let you know that your crossing has been retimed due to a berth closure at Holyhead.\nWas: Holyhead 14:10 -> Dublin 17:25, Sat 11 Apr 2026 (Stena Adventurer)\nNow: Holyhead 15:30 -> Dublin 18:45, Sat 11 Apr 2026 (Stena Adventurer)\nYour vehicle (car up to 1.85m high, 2 adults) and lounge booking remain the same. Please arrive at check-in no later than 14:30. If the new time no longer works for you, you can amend free of charge or cancel for a full refund.",
    pii: [],
  },
  {
    text: 'PUBLIC & PRODUCTS LIABILITY - POLICY SCHEDULE\nPolicy no.: PL/4417/0926/22   Period of insurance: 15/03/2026 to 14/03/2027 (both days inclusive)\nBusiness description: landscape gardening and fencing, no work above 5m, no tree felling\nLimit of indemnity: public liability £5,000,000 any one occurrence | products £5,000,000 in the aggregate\nExcess: £250 each and every claim (property damage only)\nWageroll declared £96,000 (3 employees) | Turnover £310,000\nConditions: HT1 (heat work - hot works permit), BD2 (underground services - check plans before digging)\nPremium £892.40 + IPT 12% £107.09 = £999.49',
    pii: [],
  },
  {
    text: 'TAX INVOICE   Invoice No.: BCS/2025-26/3318   Date: 09-03-2026\nSupplier: Bharat Cement Stockists, GSTIN 33AAHFB4417C1Z8, Coimbatore, Tamil Nadu\nBuyer: Sri Venkateswara Builders, GSTIN 33ABCFS9026M1Z3, Place of supply: Tamil Nadu (33)\nHSN 2523 | OPC 53 Grade cement, 50 kg bags | 600 bags | Rs. 365.00 | Rs. 2,19,000.00\nCGST @ 14%: Rs. 30,660.00   SGST @ 14%: Rs. 30,660.00   Unloading: Rs. 1,800.00\nGrand total: Rs. 2,82,120.00   E-way bill no. 341009276518   LR no. KTC/1187 dt. 09-03-2026',
    pii: [],
  },
  {
    text: 'Inspection service record - 18,000 miles / 2 years (VW Golf 1.5 eTSI Life)\n[x] Engine oil & filter (VW 508 00, 0W-20, 4.3 L)\n[x] Pollen filter replaced\n[x] Tyre tread: OSF 5.1 mm, NSF 5.3 mm, OSR 6.0 mm, NSR 6.2 mm\n[x] Brake fluid test: 1.8% water content - due next service\n[ ] Wiper blades - advisory, front smearing (£34.99 fitted)\n[x] Service indicator reset, DSG fault memory clear\nNext inspection: 36,000 miles or 03/2028. Fixed price service £239.00 inc VAT',
    pii: [],
  },
  {
    text: 'Highlands & Islands delivery surcharges from 6 April 2026 (per parcel, ex VAT)\nPostcode area | Zone | Standard surcharge | Next-day available?\nIV1-IV28, AB31-AB38 | Highlands mainland | £3.95 | Yes\nIV40-IV56, PH30-PH44 | Highlands remote | £8.50 | No (2-3 days)\nHS1-HS9, KA27-KA28, PA41-PA49 | Scottish islands | £14.20 | No\nKW15-KW17, ZE1-ZE3 | Orkney & Shetland | £18.75 | No\nBT postcodes and Isle of Man: see separate tariff sheet NI-03.',
    pii: [],
  },
  {
    text: '{\n  "name": "notify-service",\n  "env": "staging",\n  "smtp": {"host": "smtp.example.com", "port": 587, "user": "${SMTP_USER}", "pass": "${SMTP_PASS}"},\n  "twilio": {"accountSid": "<ACCOUNT_SID>", "authToken": "<AUTH_TOKEN>"},\n  "rateLimitPerMin": 120,\n  "templates": ["order_shipped", "password_reset", "invoice_ready"],\n  "logLevel": "info"\n}',
    pii: [],
  },
];
