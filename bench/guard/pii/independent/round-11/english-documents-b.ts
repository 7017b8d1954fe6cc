// English documents for round 11, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundElevenDocumentsB: readonly IndependentText[] = [
  {
    text: 'Air France - Booking confirmation\nBooking reference: QX7L2M\nPassengers\n  1. Mrs Amandine ROUSSEL - passport 19AV58321 (FRA), valid until 04/2031\n  2. Miss Chloé ROUSSEL (child, 9) - passport 22CK04719 (FRA)\nAF 1680  CDG 07:15 - LIS 08:55   Economy Standard\nAF 1681  LIS 19:40 - CDG 23:15   Economy Standard\nFlying Blue: 1,248 Miles pending. Checked baggage 1 x 23 kg per passenger included. Total paid 612.38 EUR.',
    pii: [
      ['PERSON', 'Amandine ROUSSEL'],
      ['PASSPORT', '19AV58321'],
      ['PERSON', 'Chloé ROUSSEL'],
      ['PASSPORT', '22CK04719'],
    ],
  },
  {
    text: 'Orange - Fibre installation report (intervention no. INT-2026-0348-7721)\nSubscriber: Mme Camille Lefèvre-Martin\nAddress: 14 rue des Tanneurs, bâtiment B, 2e étage, 67000 Strasbourg\nFixed line (VoIP): 03 88 41 72 96\nEquipment: Livebox 6, S/N LK2214DP803317, WAN MAC A4:3E:51:9C:27:D0\nWi-Fi network: Livebox-27D0   Security key: qR7vXm2eTn9sKfW4zP\nOffer: Livebox Max Fibre, 12-month commitment, 42.99 EUR/month for 12 months then 56.99 EUR\nOptical power at ONT: -18.4 dBm (OK). Technician badge no. 40817, visit closed 10/03/2026 15:20',
    pii: [
      ['PERSON', 'Camille Lefèvre-Martin'],
      ['ADDRESS', '14 rue des Tanneurs, bâtiment B, 2e étage, 67000 Strasbourg'],
      ['PHONE', '03 88 41 72 96'],
      ['MAC_ADDRESS', 'A4:3E:51:9C:27:D0'],
      ['PASSWORD', 'qR7vXm2eTn9sKfW4zP'],
    ],
  },
  {
    text: 'CommBank - Transfer receipt\nReceipt number: N031126498217\nFrom: Smart Access ****8804\nTo: Chloe Whitfield\nBSB: 063-019   Account number: 1047 2236\nAmount: $1,340.00   Description: bond refund share Unit 5\nTransfer type: Osko (fast payment)   Date: 11 Mar 2026 9:42pm AEDT\nStatus: Completed',
    pii: [
      ['PERSON', 'Chloe Whitfield'],
      ['BANK_ACCOUNT', '1047 2236'],
    ],
  },
  {
    text: 'J&T EXPRESS   Waybill No. 780246615392   COD: PHP 1,299.00\nRECEIVER: Ma. Cristina D. Villanueva   0917 482 3361\nBlk 12 Lot 7 Phase 2, Camella Homes Springville, Brgy. Molino III, Bacoor, Cavite 4102\nSENDER: HomeNest Manila (Lazada seller), Pasig hub\nOrder No.: 2603115K8Q7WJ   Wt: 1.20 kg   Item: 3-tier shoe rack\nSorting code: CAV-BCR-02   Pcs 1 of 1',
    pii: [
      ['PERSON', 'Ma. Cristina D. Villanueva'],
      ['PHONE', '0917 482 3361'],
      ['ADDRESS', 'Blk 12 Lot 7 Phase 2, Camella Homes Springville, Brgy. Molino III, Bacoor, Cavite 4102'],
    ],
  },
  {
    text: 'redBus - e-Ticket\nTicket no.: TN5Q28471036   PNR: 8871204559\nOperator: SRS Travels   Bus: A/C Sleeper (2+1)   Bengaluru (Madiwala) -> Kochi (Vyttila)\nJourney date: 27-Mar-2026   Reporting time: 20:45   Departure: 21:15\nSeat | Passenger | Age | Gender\nL14 | Priyanka Menon | 29 | Female\nL15 | Arjun Nair | 31 | Male\nTotal fare: Rs. 2,780.00 (incl. GST Rs. 132.38)   Cancellation: 50% charge after 18:00 on 26-Mar',
    pii: [
      ['PERSON', 'Priyanka Menon'],
      ['PERSON', 'Arjun Nair'],
    ],
  },
  {
    text: 'Two Wheeler Claim Registration - ICICI Lombard\nClaim ref.: MOT08291744   Policy no.: 3005/2817/64492901/00/000\nInsured: Sneha Kulkarni   Mobile: 77380 24519\nVehicle: Honda Activa 6G, Reg. no. MH12 TK 4471, Frame no. ME4JF91AKMG038127\nRider at time of accident: Rohan Kulkarni (brother), DL MH14 20190087734\nLoss: skidded on wet road near Aundh ITI signal, Pune on 07-03-2026; front fairing and brake lever broken.\nSurvey: spot survey waived (estimate below Rs. 15,000). Garage: Kothari Honda, Baner',
    pii: [
      ['PERSON', 'Sneha Kulkarni'],
      ['PHONE', '77380 24519'],
      ['VEHICLE_PLATE', 'MH12 TK 4471'],
      ['VIN', 'ME4JF91AKMG038127'],
      ['PERSON', 'Rohan Kulkarni'],
      ['DRIVER_LICENSE', 'MH14 20190087734'],
    ],
  },
  {
    text: "Barclaycard Rewards - Your statement\nMR DECLAN O'SULLIVAN\nFlat 4, 27 Harcourt Road\nLeeds\nLS6 3NQ\nCard number ending 6610   Statement date 14 February 2026   Payment due 10 March 2026\nNew balance £1,206.44   Minimum payment £25.00   Credit limit £4,500\n19 Jan  TESCO STORES 2094 LEEDS        £62.18\n26 Jan  TRAINLINE.COM                  £48.90\n02 Feb  NETFLIX.COM                    £10.99",
    pii: [
      ['PERSON', "DECLAN O'SULLIVAN"],
      ['ADDRESS', 'Flat 4, 27 Harcourt Road\nLeeds\nLS6 3NQ'],
    ],
  },
  {
    text: 'EMPLOYEE REGISTRATION CARD - Daesung Marine Partners (Okpo yard)\nEmployee no. DS-0417   Name: GURUNG BIKASH   Nationality: Nepal\nForeign resident reg. no. 920417-5813063   Visa E-9 (valid to 2028-02-14)\nDormitory: 경상남도 거제시 옥포대첩로 212, B동 411호\nPhone 010-7731-4028   Emergency: brother in Pokhara, +977 984-6120337\nSalary to: NH Nonghyup 302-8841-2750-61\nTeam: hull welding 3, day shift   Medical check done 2026-02-03',
    pii: [
      ['PERSON', 'GURUNG BIKASH'],
      ['FRN', '920417-5813063'],
      ['ADDRESS', '경상남도 거제시 옥포대첩로 212, B동 411호'],
      ['PHONE', '010-7731-4028'],
      ['PHONE', '+977 984-6120337'],
      ['BANK_ACCOUNT', '302-8841-2750-61'],
    ],
  },
  {
    text: 'Asan Medical Center - International Clinic (Pediatrics)\nReg. No.: 4471-0928   Patient: Mateo Fernández (M/6)\nGuardian: Lucía Fernández (mother), 010-2957-3384\nNHI no.: 71408263519 (dependant of employee-insured)\nDate: 2026-03-04   Physician: Dr. Yoon Seo-jin\nS: barking cough, stridor at night x 2 days, T 38.4\nA: croup, mild (Westley score 2)\nP: dexamethasone 0.6 mg/kg PO single dose, humidified air, return if stridor at rest. F/U prn.',
    pii: [
      ['MEDICAL_RECORD', '4471-0928'],
      ['PERSON', 'Mateo Fernández'],
      ['PERSON', 'Lucía Fernández'],
      ['PHONE', '010-2957-3384'],
      ['HEALTH_INSURANCE', '71408263519'],
      ['PERSON', 'Yoon Seo-jin'],
    ],
  },
  {
    text: "CERTIFICATE OF TRAFFIC ACCIDENT (translation prepared by applicant)\nReceipt no. 2026-0302-01147   Issued by: Haeundae Police Station, Traffic Investigation Team\nOccurred: 2026-03-02 08:45, Haeundae-ro 570 junction, Busan (rear-end collision at red light)\nParty 1 (victim): Sarah Whitmore, British, rental car Hyundai Avante, plate 18하 3306\n  Licence: International Driving Permit (UK), passport no. 562914873\nParty 2 (at fault): Park Sung-min, Kia Carnival, plate 221두 5084, VIN KNAKU811DP5318742\n  Driver's licence 12-19-551304-70, tel. 010-9046-5512\nDamage: rear bumper and trunk lid of party 1 vehicle. No injuries reported.",
    pii: [
      ['PERSON', 'Sarah Whitmore'],
      ['VEHICLE_PLATE', '18하 3306'],
      ['PASSPORT', '562914873'],
      ['PERSON', 'Park Sung-min'],
      ['VEHICLE_PLATE', '221두 5084'],
      ['VIN', 'KNAKU811DP5318742'],
      ['DRIVER_LICENSE', '12-19-551304-70'],
      ['PHONE', '010-9046-5512'],
    ],
  },
  {
    text: 'LG U+ Prepaid Subscription Form - Foreign National\nName (as in passport): NGUYEN THI LAN   Nationality: Viet Nam\nPassport No.: C4471926   ARC No.: 010527-8204417\nMobile number issued: 010-5902-3178\nUSIM ICCID: 8982060125117738206   Handset: own device (iPhone 13), IMEI 356938112456786\nPlan: Prepaid Data 7GB, 33,000 won/month   USIM fee 7,700 won (paid cash)\nCustomer centre: 1544-0010   Store: Ansan Station branch, staff code U-2281',
    pii: [
      ['PERSON', 'NGUYEN THI LAN'],
      ['PASSPORT', 'C4471926'],
      ['FRN', '010527-8204417'],
      ['PHONE', '010-5902-3178'],
      ['ICCID', '8982060125117738206'],
      ['IMEI', '356938112456786'],
    ],
  },
  {
    text: 'ASIANA AIRLINES  e-Ticket Itinerary/Receipt\nName: PARK/SEOYEON MS    Passport: M391B8054    DOB: 03NOV95\nReservation no.: 7QH2LW (OZ)   Ticket no.: 988-2319447602\nOZ 741  ICN 18:40 -> BKK 22:35   Economy (Y)   Seat 38K\nOZ 742  BKK 23:55 -> ICN 07:10 (+1)   Economy (Y)   Seat 41A\nFare basis: YLE3M   Baggage: 1PC 23KG   Endorsement: NON-END/CHG FEE APPLY',
    pii: [
      ['PERSON', 'PARK/SEOYEON'],
      ['PASSPORT', 'M391B8054'],
      ['DATE_OF_BIRTH', '03NOV95'],
    ],
  },
  {
    text: "THIRD-PARTY CREDIT CARD AUTHORISATION - Grand Hyatt Seoul\nReservation no.: 71903284   Guest: Ji-min Seo   Stay: 2026-05-02 to 2026-05-05 (3 nights), Grand King\nCardholder (if different from guest): WILLIAM J HARTLEY   Relationship: employer\nCard: Mastercard   No.: 5413 3309 1846 2277   Exp.: 08/28   Security code: 507\nCharges authorised: room and tax only (KRW 1,452,000). Incidentals to be settled by the guest at check-out.\nPlease attach a copy of the front of the card and the cardholder's photo ID. Not valid without signature.",
    pii: [
      ['PERSON', 'Ji-min Seo'],
      ['PERSON', 'WILLIAM J HARTLEY'],
      ['CREDIT_CARD', '5413 3309 1846 2277'],
      ['CARD_EXPIRY', '08/28'],
      ['CARD_CVV', '507'],
    ],
  },
  {
    text: 'Lotte Rent-a-Car (Gimhae Airport branch) - Rental Agreement No. GH260419-0082\nMain driver: Thomas Beckford (UK)   DOB: 14/09/1987   Tel. +44 7700 918342\nLicence: IDP (1949 Convention) + UK DVLA licence BECKF809147T99AB\nAdditional driver: none\nCar: Hyundai Tucson hybrid (white), plate 19하 4420, odometer out 38,214 km, fuel 8/8\nOut 2026-04-19 10:30 / due back 2026-04-23 10:30 at Busan Station branch (one-way fee 30,000 won)\nCover: full CDW (zero excess)   Deposit: pre-auth 300,000 won on card ending 3358',
    pii: [
      ['PERSON', 'Thomas Beckford'],
      ['DATE_OF_BIRTH', '14/09/1987'],
      ['PHONE', '+44 7700 918342'],
      ['DRIVER_LICENSE', 'BECKF809147T99AB'],
      ['VEHICLE_PLATE', '19하 4420'],
    ],
  },
  {
    text: 'Seoul City Gas - Monthly Gas Bill (English service for foreign residents)\nCustomer name: Anna Kowalczyk   Customer no. 3100-4728-61\nSupply address: 12, World Cup buk-ro 21-gil, Mapo-gu, Seoul, #402\nMeter reading 2026.02.25: 4,127 m³ (previous 4,039 m³)   Usage 88 m³ (4,061 MJ)\nBasic charge 1,250 won   Usage charge 78,904 won   VAT 8,015 won\nAmount due 88,169 won   Due date 2026-03-31   Payment: virtual account (see reverse side)\nRegular safety inspection: 2nd half of 2026',
    pii: [
      ['PERSON', 'Anna Kowalczyk'],
      ['ADDRESS', '12, World Cup buk-ro 21-gil, Mapo-gu, Seoul, #402'],
    ],
  },
  {
    text: 'EmpNo,FirstName,LastName,SIN,Prov,Dept,RegHrs,GrossPay\n2207,Marc-André,Gagnon,275 114 361,QC,Warehouse,80.00,2456.80\n2213,Priya,Sandhu,458 209 178,ON,Dispatch,75.50,2189.50\n2219,Oluwaseun,Adeyemi,613 940 584,AB,Fleet,80.00,2760.00',
    pii: [
      ['PERSON', 'Marc-André'],
      ['PERSON', 'Gagnon'],
      ['CA_SIN', '275 114 361'],
      ['PERSON', 'Priya'],
      ['PERSON', 'Sandhu'],
      ['CA_SIN', '458 209 178'],
      ['PERSON', 'Oluwaseun'],
      ['PERSON', 'Adeyemi'],
      ['CA_SIN', '613 940 584'],
    ],
  },
  {
    text: 'VFS Global - Appointment Letter (Netherlands Visa Application Centre, Mumbai)\nReference no.: NLMB/260318/0412/11\nApplicant: Aditya Raghunath Deshpande   Date of birth: 17-11-1989   Nationality: Indian\nPassport no.: V4718206   Visa type: Short stay (C) - Business\nAppointment: 18-03-2026, 09:30 (slot 3)   Centre: Trade Centre, BKC\nService fee paid: INR 2,032 (incl. GST)   Visa fee: EUR 90, payable in INR at the centre\nContact: +91 98203 54176 / adi.deshpande89@gmail.com\nPlease carry this letter, your original passport and the signed application form. Mobile phones are not allowed inside.',
    pii: [
      ['PERSON', 'Aditya Raghunath Deshpande'],
      ['DATE_OF_BIRTH', '17-11-1989'],
      ['PASSPORT', 'V4718206'],
      ['PHONE', '+91 98203 54176'],
      ['EMAIL', 'adi.deshpande89@gmail.com'],
    ],
  },
  {
    text: 'INVOICE #INV-40918            Issue date: 02/27/2026       Due: 03/29/2026\nFrom: Lakeshore Print & Signs Inc.\nTo: Maple Grove Unified School District, Purchasing Dept.   PO # MGUSD-26-0733\nQty | Description | Unit | Line total\n500 | Tri-fold brochures, 100# gloss, 4/4 (job 26-1187) | $0.42 | $210.00\n6 | Retractable banner 33"x80" w/ stand | $119.00 | $714.00\n2 | Design proof revisions (hrs) | $65.00 | $130.00\nSubtotal $1,054.00   Tax exempt (cert. EX-5520918)   Shipping $24.50   BALANCE DUE $1,078.50\nPay online at lakeshoreprint.com/pay or call 1-888-602-7741. Late fee 1.5%/month after due date.',
    pii: [],
  },
  {
    text: '2026-03-10T02:00:01Z INFO  backup-job v2.4.1 start: target=pg-orders-prod policy=daily-14d\n2026-03-10T02:00:03Z INFO  pg_dump --format=custom --jobs=4 db=orders schema=public\n2026-03-10T02:17:48Z INFO  dump complete: 38.6 GiB in 1065.2s, sha256=7c1e04b9a2f3...d81\n2026-03-10T02:18:02Z INFO  upload s3://acme-backups/orders/2026/03/10/orders_0200.dump (multipart, 78 parts)\n2026-03-10T02:31:40Z WARN  retention: 2 snapshots older than 14d pending delete (lock held by job #55120)\n2026-03-10T02:31:41Z INFO  backup-job finished status=OK exit_code=0 next_run=2026-03-11T02:00:00Z',
    pii: [],
  },
  {
    text: "LNER - Change to your journey\nBooking reference: KQ4T7P9X\nBecause of engineering works between Peterborough and Stevenage on Sunday 29 March 2026, your train has been retimed.\nOriginal: 10:03 London King's Cross -> 12:21 York (Coach K, Seat 42)\nNow:      09:48 London King's Cross -> 12:39 York, diverted via Hertford North\nYour reservation moves with you. If you'd rather not travel, you can claim a fee-free refund until 23:59 on the day before travel.",
    pii: [],
  },
  {
    text: 'PROFESSIONAL INDEMNITY - POLICY SCHEDULE\nPolicy no.: PI/26/0447815   Period of insurance: 15/05/2026 to 14/05/2027 (both days inclusive)\nBusiness description: structural engineering consultancy, 11 staff, fee income £1.9m\nLimit of indemnity: £2,000,000 any one claim, costs in addition\nExcess: £5,000 each and every claim (costs inclusive)\nRetroactive date: 15/05/2009   Territorial limits: worldwide excl. USA/Canada\nExtensions: loss of documents £250,000; defamation; breach of confidentiality\nPremium £6,840.00 + IPT 12% £820.80 = £7,660.80',
    pii: [],
  },
  {
    text: 'TAX INVOICE (Original for recipient)\nInvoice no.: BLS/2025-26/3391   Invoice date: 09-03-2026   Reverse charge: No\nService provider: BlueLine Logistics Solutions LLP, GSTIN 29AAQFB6620R1ZK, Bengaluru, Karnataka\nRecipient: Nilgiri Agro Foods Pvt Ltd, GSTIN 33AACCN4418P1Z9, Place of supply: Tamil Nadu (33)\nSAC 996511 | Road freight Hosur-Chennai, 14 trips (LR nos. 55201-55214) | Rs. 9,800.00/trip | Rs. 1,37,200.00\nIGST @ 12%: Rs. 16,464.00   Detention charges (2 days): Rs. 3,000.00   Total: Rs. 1,56,664.00\nAmount in words: Rupees One Lakh Fifty Six Thousand Six Hundred Sixty Four only',
    pii: [],
  },
  {
    text: 'Periodic maintenance - 24,000 km (Honda CB500X)\n[x] Engine oil 10W-30, 2.7 L + oil filter\n[x] Drive chain: slack set to 35-45 mm, cleaned & lubed; sprockets OK\n[x] Valve clearance - IN 0.16 / EX 0.27 mm (within spec, no shims needed)\n[ ] Brake fluid - dark, recommend flush (RM 85.00)\n[x] Spark plugs replaced (NGK CPR8EA-9 x 2)\nNext due: 36,000 km or 12 months. Labour 3.5 hrs @ RM 60.00/hr',
    pii: [],
  },
  {
    text: 'Parcel surcharges for Highlands & Islands postcodes (from 6 April 2026, per consignment, ex VAT)\nPostcode area | Districts | Surcharge | Transit\nIV | IV1-IV28, IV30-IV32, IV36, IV40-IV49 | £7.95 | 2-3 days\nKW | KW1-KW14 | £7.95 | 2-3 days\nHS | all (Outer Hebrides) | £14.50 | 3-5 days\nZE | all (Shetland) | £16.75 | 4-6 days\nBT | all (Northern Ireland) | £4.25 | 2 days',
    pii: [],
  },
  {
    text: '# docker-compose.override.yml (sample - copy and fill in locally, never commit real values)\nservices:\n  api:\n    image: ghcr.io/northwind/api:2.11.0\n    environment:\n      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app\n      JWT_SIGNING_KEY: ${JWT_SIGNING_KEY}\n      SMTP_PASSWORD: "<smtp-password>"\n      LOG_LEVEL: debug\n    ports: ["8080:8080"]',
    pii: [],
  },
];
