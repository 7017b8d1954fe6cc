// English documents for round 14, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundFourteenDocumentsB: readonly IndependentText[] = [
  {
    text: 'Austrian Airlines - Booking confirmation\nBooking code: K7QXM4   Ticket numbers: 257-2418830917 to 257-2418830919\nPassengers / travel documents (API data):\n1. MAG. STEFAN GRUBER  ADT  P, AUT, P4718290, DOB 14.02.1981\n2. MRS ELIF GRUBER-DEMIR  ADT  P, TUR, U27493816, DOB 30.09.1984\n3. MSTR JONAS GRUBER  CHD  P, AUT, P6031574, DOB 07.06.2017\nOS 25  VIE 13:05 - BKK 05:30 (+1)  Economy Classic\nOS 26  BKK 23:15 - VIE 05:55 (+1)  Economy Classic\nBaggage 1 x 23 kg per person, child seat on request. Seats 31A-C assigned free of charge (family).',
    pii: [
      ['PERSON', 'STEFAN GRUBER'],
      ['PASSPORT', 'P4718290'],
      ['DATE_OF_BIRTH', '14.02.1981'],
      ['PERSON', 'ELIF GRUBER-DEMIR'],
      ['PASSPORT', 'U27493816'],
      ['DATE_OF_BIRTH', '30.09.1984'],
      ['PERSON', 'JONAS GRUBER'],
      ['PASSPORT', 'P6031574'],
      ['DATE_OF_BIRTH', '07.06.2017'],
    ],
  },
  {
    text: 'Deutsche Glasfaser - Hausanschluss & activation protocol\nCustomer: Katarzyna Wiśniewska-Brandt\nConnection address: Am Mühlbach 14a, EG rechts, 48653 Coesfeld\nMobile (appointment SMS): +49 151 2837 6604\nONT: Nokia G-010G-Q, serial ALCLB3E91C27, fibre from HÜP port 3, optical level -19.4 dBm\nRouter: FRITZ!Box 5530 Fiber, WAN MAC 3C:A6:2F:18:D4:7B\nWLAN: FRITZ!Box 5530 KW   key 5120 8847 3309 6612 7745 (label left on router)\nCustomer portal login: k.brandt.coesfeld\nProduct: DG classic 300, 44.99 EUR/month, 24 months; activated 10.03.2026 11:42, sync 300/150 Mbit/s\nTechnician: M. Özkan (subcontractor TeleNord GmbH), job 7731-0419',
    pii: [
      ['PERSON', 'Katarzyna Wiśniewska-Brandt'],
      ['ADDRESS', 'Am Mühlbach 14a, EG rechts, 48653 Coesfeld'],
      ['PHONE', '+49 151 2837 6604'],
      ['MAC_ADDRESS', '3C:A6:2F:18:D4:7B'],
      ['PASSWORD', '5120 8847 3309 6612 7745'],
      ['USERNAME', 'k.brandt.coesfeld'],
      ['PERSON', 'M. Özkan'],
    ],
  },
  {
    text: 'Axis Bank Mobile - IMPS Fund Transfer\nStatus: SUCCESS   RRN: 607011482293\nFrom A/c: 9180100XXXXX2264 (Savings)\nTo: Sunita Devi Prajapati\nA/c No. 0472000100938815   IFSC: PUNB0047200 (Punjab National Bank, Varanasi Cantt)\nAmount: ₹ 12,500.00   Purpose: Rent March - room no. 4\nBeneficiary mobile: +91-81274 50396\nDate & Time: 10/03/2026 21:46:09\nIMPS charges: ₹ 5.00 + GST ₹ 0.90',
    pii: [
      ['PERSON', 'Sunita Devi Prajapati'],
      ['BANK_ACCOUNT', '0472000100938815'],
      ['PHONE', '+91-81274 50396'],
    ],
  },
  {
    text: 'BLUE DART   Surface Express   Waybill No. 90834417265\nSHIP TO\nMs. Anjali Menon\nFlat 7C, Skyline Ivy League, Kakkanad\nErnakulam, Kerala - 682030\nPh: 0484-2427718 / 94470 61385\nReturn to: Brightwear Retail LLP (seller), Pune\nInv No. BW/2526/30411   Declared value Rs. 2,799   Prepaid   Wt 1.2 kg   Dims 30x25x8 cm',
    pii: [
      ['PERSON', 'Anjali Menon'],
      ['ADDRESS', 'Flat 7C, Skyline Ivy League, Kakkanad\nErnakulam, Kerala - 682030'],
      ['PHONE', '0484-2427718'],
      ['PHONE', '94470 61385'],
    ],
  },
  {
    text: "redBus m-Ticket   Ticket no.: TS8K41920377   PNR: 7781204463\nSRS Travels | Bengaluru -> Hyderabad | Volvo Multi-Axle A/C Sleeper (2+1)\nJourney date: 14 Mar 2026   Reporting 21:15   Departure 21:45   Boarding point: Madiwala (opp. St John's Hospital)\nSeat | Passenger | Age | Gender\nL4 | Pradeep Kumar Reddy | 36 | Male\nL5 | Lakshmi Reddy | 33 | Female\nU12 | Aarav | 9 | Male\nContact: 9741 228 053   Email: pradeepkreddy.blr@gmail.com\nTotal fare ₹ 4,140 (incl. GST)   Cancellation: 50% refund up to 12 hrs before departure",
    pii: [
      ['PERSON', 'Pradeep Kumar Reddy'],
      ['PERSON', 'Lakshmi Reddy'],
      ['PERSON', 'Aarav'],
      ['PHONE', '9741 228 053'],
      ['EMAIL', 'pradeepkreddy.blr@gmail.com'],
    ],
  },
  {
    text: 'Star Health and Allied Insurance - Claim Form Part A (Reimbursement)\nClaim intimation no.: CIR/2026/141117/0912734   Health ID card no.: SHAI-8820-4471-63\nPrimary insured: Ganesh Balasubramanian   Patient: Meenakshi Ganesh (spouse), DOB 21-08-1972\nHospital: Kauvery Hospital, Alwarpet, Chennai   IP no.: KH/IP/26/018472\nAdmitted 02-03-2026, discharged 06-03-2026   Diagnosis: acute cholecystitis, lap. cholecystectomy\nClaimed amount: Rs. 1,86,420 (hospital bill Rs. 1,71,900 + pharmacy Rs. 14,520)\nNEFT details for settlement: A/c 20198841337 (Indian Bank, IFSC IDIB000A012)\nMobile: 98400 73215',
    pii: [
      ['HEALTH_INSURANCE', 'SHAI-8820-4471-63'],
      ['PERSON', 'Ganesh Balasubramanian'],
      ['PERSON', 'Meenakshi Ganesh'],
      ['DATE_OF_BIRTH', '21-08-1972'],
      ['MEDICAL_RECORD', 'KH/IP/26/018472'],
      ['BANK_ACCOUNT', '20198841337'],
      ['PHONE', '98400 73215'],
    ],
  },
  {
    text: 'ICICI Bank - Statement of Transactions in Savings Account\nMR. ARJUN VENKATESH IYER\nNo. 12, 3rd Cross Street, Kasturba Nagar, Adyar, Chennai 600020\nAccount number: 602701518834   Period: 01/02/2026 - 28/02/2026   Branch: Adyar\nDate | Particulars | Withdrawal | Deposit | Balance\n01/02 | NEFT-INFY SALARY FEB26 | | 1,42,380.00 | 1,98,411.27\n03/02 | ACH/HDFCLTD-HOMELOAN/EMI 0412 | 48,215.00 | | 1,50,196.27\n09/02 | UPI/BIGBASKET/604019923871 | 3,618.40 | | 1,46,577.87\n17/02 | ATM WDL ADYAR BR 17FEB 18:42 | 10,000.00 | | 1,36,577.87\nClosing balance: Rs. 1,36,577.87',
    pii: [
      ['PERSON', 'ARJUN VENKATESH IYER'],
      ['ADDRESS', 'No. 12, 3rd Cross Street, Kasturba Nagar, Adyar, Chennai 600020'],
      ['BANK_ACCOUNT', '602701518834'],
    ],
  },
  {
    text: 'NEW HIRE CHECKLIST - Daesung Plastics Co. (Hwaseong factory)\nWorker: GURUNG BIKASH   Nationality: Nepal   Employee no. DS-0417\nPassport: PA0734185 (exp. 2033-05-11)   ARC no. 960714-5482917\nVisa E-9, entry 2026-02-19, EPS batch 2026-NP-07\nDorm: 경기도 화성시 향남읍 발안공단로 88, B동 204호 (shared, 3 persons)\nPhone: 010 7726 4190 (new SIM, opened 02-24)\nSalary account: NH Nonghyup 352-1184-7720-13\nEmergency contact (Nepal): Sita Gurung (wife) +977 984-1527736\nForklift licence: not held   PPE issued: safety shoes 270 mm, gloves x 10',
    pii: [
      ['PERSON', 'GURUNG BIKASH'],
      ['PASSPORT', 'PA0734185'],
      ['FRN', '960714-5482917'],
      ['ADDRESS', '경기도 화성시 향남읍 발안공단로 88, B동 204호'],
      ['PHONE', '010 7726 4190'],
      ['BANK_ACCOUNT', '352-1184-7720-13'],
      ['PERSON', 'Sita Gurung'],
      ['PHONE', '+977 984-1527736'],
    ],
  },
  {
    text: 'Asan Medical Center - International Healthcare Center\nOutpatient summary (English copy for patient)\nReg. no. 38174092 | Jean-Baptiste Moreau | M | 52 | DOB 1973-11-04\nNHIS no. 7319004822 (regional-insured, foreigner)\nSeen 2026-03-05 by Dr. Kim Ji-yeon (Cardiology); coordinator Hannah Seo\nHx: exertional chest tightness x 6 weeks, HTN on amlodipine 5 mg\nECG: NSR 72 bpm, no ST changes; TMT positive at stage 3\nPlan: coronary CT angiography 2026-03-12 09:30 (NPO 4 hrs), bring this sheet. Lab order no. L26-0305-1172',
    pii: [
      ['MEDICAL_RECORD', '38174092'],
      ['PERSON', 'Jean-Baptiste Moreau'],
      ['DATE_OF_BIRTH', '1973-11-04'],
      ['HEALTH_INSURANCE', '7319004822'],
      ['PERSON', 'Kim Ji-yeon'],
      ['PERSON', 'Hannah Seo'],
    ],
  },
  {
    text: 'CERTIFICATE OF DEREGISTRATION (EXPORT) - English translation\nRegistration no.: 219나 4630 (plates returned)\nVehicle: Genesis G80 (RG3) 2.5T AWD, model year 2023, colour Vik Black, engine type G4KR\nVIN: KMTGB41EDPU117294\nOwner: Choi Min-seok   Owner ID: 840917-1******\nOwner address: 102-1804, 97 Centum jungang-ro, Haeundae-gu, Busan 48058\nDeregistration date: 2026-02-27   Reason: export (B/L no. BSNTBS260418)\nIssued by Haeundae-gu Office, Transport Division. Translated by Hana Translation Services; translator Yoon Seo-ah',
    pii: [
      ['VEHICLE_PLATE', '219나 4630'],
      ['VIN', 'KMTGB41EDPU117294'],
      ['PERSON', 'Choi Min-seok'],
      ['ADDRESS', '102-1804, 97 Centum jungang-ro, Haeundae-gu, Busan 48058'],
      ['PERSON', 'Yoon Seo-ah'],
    ],
  },
  {
    text: 'LG U+ Home Internet & IPTV - Service application (Foreign resident)\nApplicant: Ahmad Fauzi bin Rahman   Nationality: Malaysia\nAlien registration no.: 010326-7184552   Passport no.: A52841937\nInstall address: 서울특별시 동대문구 이문로 107, 3층 301호\nContact: 010-5583-2946 / e-mail a.fauzi.rahman@gmail.com\nProducts: Internet 500M + U+tv basic, 3-year contract, 38,500 won/month (incl. VAT)\nWi-Fi router: GAPD-7500 (Wi-Fi 6), MAC 90:9F:33:C1:5E:08\nAuto-pay: card ending 7718   Install visit 2026-03-13 14:00-16:00\nCustomer center 101 / 1544-0010',
    pii: [
      ['PERSON', 'Ahmad Fauzi bin Rahman'],
      ['FRN', '010326-7184552'],
      ['PASSPORT', 'A52841937'],
      ['ADDRESS', '서울특별시 동대문구 이문로 107, 3층 301호'],
      ['PHONE', '010-5583-2946'],
      ['EMAIL', 'a.fauzi.rahman@gmail.com'],
      ['MAC_ADDRESS', '90:9F:33:C1:5E:08'],
    ],
  },
  {
    text: 'ASIANA AIRLINES  Electronic Ticket Itinerary/Receipt\nName: PARK/SEOYEON MS      Ticket number: 988 2415528730\nName: PARK/JIAN MISS (CHD)  Ticket number: 988 2415528731\nReservation no.: 1728-4417   Issued: 2026-03-08 SEL OZ\nOZ 741  ICN 09:05 -> BKK 13:05  Economy (Y)  Baggage 1PC\nOZ 742  BKK 21:20 -> ICN 05:00 (+1)  Economy (Y)  Baggage 1PC\nTravel document PARK/SEOYEON: M482K9153, DOB 03JAN91\nTravel document PARK/JIAN: M93071284, DOB 22OCT19\nFare KRW 1,284,400   Tax KRW 96,200   Fuel surcharge KRW 187,000',
    pii: [
      ['PERSON', 'PARK/SEOYEON'],
      ['PERSON', 'PARK/JIAN'],
      ['PERSON', 'PARK/SEOYEON'],
      ['PASSPORT', 'M482K9153'],
      ['DATE_OF_BIRTH', '03JAN91'],
      ['PERSON', 'PARK/JIAN'],
      ['PASSPORT', 'M93071284'],
      ['DATE_OF_BIRTH', '22OCT19'],
    ],
  },
  {
    text: "THIRD-PARTY CREDIT CARD AUTHORIZATION - The Shilla Seoul\nPlease return to Reservations by e-mail at least 72 hrs before arrival.\nGuest(s): Tomás Herrera / Lucía Herrera   Confirmation no.: 60219377   Stay 2026-04-02 ~ 2026-04-05 (3 nights), Deluxe Twin\nCharges covered: [x] room & tax  [ ] F&B  [ ] all incidentals\nCardholder: MARGARET O'CONNELL (Globex Events Ltd.)\nCard: MasterCard  5412 7534 9018 2263   Valid thru 08/28   Security code 442\nCardholder phone: +44 7700 918 354   E-mail: m.oconnell@globexevents.co.uk\nAmount authorized: KRW 1,485,000\nSigned: M. O'Connell   Date: 11 Mar 2026",
    pii: [
      ['PERSON', 'Tomás Herrera'],
      ['PERSON', 'Lucía Herrera'],
      ['PERSON', "MARGARET O'CONNELL"],
      ['CREDIT_CARD', '5412 7534 9018 2263'],
      ['CARD_EXPIRY', '08/28'],
      ['CARD_CVV', '442'],
      ['PHONE', '+44 7700 918 354'],
      ['EMAIL', 'm.oconnell@globexevents.co.uk'],
      ['PERSON', "M. O'Connell"],
    ],
  },
  {
    text: 'Lotte Rent-a-car Jeju Auto House - Additional driver registration\nContract no. JJ-260411-0388   Vehicle: Hyundai Ioniq 5 (EV), plate 51호 8830, battery 92%\nMain driver: Sophie Morgan (UK)   DOB 12/03/1985\n  Licence: UK photocard MORGA853125SE9IJ + IDP issued 2026-02-02\nAdditional driver: Yoon Jae-won   DOB 30 Sep 1987\n  Licence: 11-13-482915-72 (class 1 ordinary)\nMobile (main driver, roaming): +44 7911 402 887\nPeriod 2026-04-11 10:00 ~ 2026-04-15 10:00   Full coverage (no excess)   EV charging card JEJU-EV-0214',
    pii: [
      ['VEHICLE_PLATE', '51호 8830'],
      ['PERSON', 'Sophie Morgan'],
      ['DATE_OF_BIRTH', '12/03/1985'],
      ['DRIVER_LICENSE', 'MORGA853125SE9IJ'],
      ['PERSON', 'Yoon Jae-won'],
      ['DATE_OF_BIRTH', '30 Sep 1987'],
      ['DRIVER_LICENSE', '11-13-482915-72'],
      ['PHONE', '+44 7911 402 887'],
    ],
  },
  {
    text: 'Seoul City Gas - Gas bill (English guide for foreign customers)\nCustomer: Chen Jiahui (陈佳慧)\nSupply address: Seoul, Mapo-gu, Yeonhui-ro 11ga-gil 23, 2F\nCustomer no. 4100-2718-0936   Meter no. G4-0087214   Billing period 2026.01.20 - 2026.02.19\nReading 4,812 -> 4,977 (165 m3)   Usage 7,301 MJ\nBase charge 1,250 won   Usage charge 124,114 won   VAT 12,536 won\nTotal 137,900 won   Due date 2026-03-31   Payment: convenience store or virtual account on reverse\nSafety inspection: April 2026. Questions: 1588-5788',
    pii: [
      ['PERSON', 'Chen Jiahui'],
      ['PERSON', '陈佳慧'],
      ['ADDRESS', 'Seoul, Mapo-gu, Yeonhui-ro 11ga-gil 23, 2F'],
    ],
  },
  {
    text: '# dd_batch_2026-03-13.csv  (payroll run PR-2026-05, 3 records)\nemp_no,name,dob,sin,inst,transit,account,amount\n20117,"Tremblay, Marc-André",1979-05-28,529-173-841,815,30227,0418832,2386.51\n20132,"Oyelaran, Funmilayo",1991-12-03,130-692-544,003,01562,1002447,1974.09\n20140,"Nguyen, Bao",1988-08-17,562-418-335,004,12081,5209163,2210.40',
    pii: [
      ['PERSON', 'Tremblay, Marc-André'],
      ['DATE_OF_BIRTH', '1979-05-28'],
      ['CA_SIN', '529-173-841'],
      ['BANK_ACCOUNT', '0418832'],
      ['PERSON', 'Oyelaran, Funmilayo'],
      ['DATE_OF_BIRTH', '1991-12-03'],
      ['CA_SIN', '130-692-544'],
      ['BANK_ACCOUNT', '1002447'],
      ['PERSON', 'Nguyen, Bao'],
      ['DATE_OF_BIRTH', '1988-08-17'],
      ['CA_SIN', '562-418-335'],
      ['BANK_ACCOUNT', '5209163'],
    ],
  },
  {
    text: 'Parivahan Sewa - Sarathi | Acknowledgement: Renewal of Driving Licence\nApplication no.: 4471208926   Date: 10-03-2026   RTO: MH12 Pune\nDL no.: MH12 20110045821   Validity (NT): expired 14-01-2026\nApplicant: Rohan Shrikant Deshpande   S/o: Shrikant Vasant Deshpande\nDOB: 27-08-1986   Blood group: B+\nPresent address: Flat 302, Wing B, Ganga Kalash Society, Baner Road, Baner, Pune 411045\nMobile: 9822 417 306   Email: rohan.deshpande86@yahoo.co.in\nFee: Rs. 400 + service charge Rs. 200   Slot: 18-03-2026 11:30 (biometrics)',
    pii: [
      ['DRIVER_LICENSE', 'MH12 20110045821'],
      ['PERSON', 'Rohan Shrikant Deshpande'],
      ['PERSON', 'Shrikant Vasant Deshpande'],
      ['DATE_OF_BIRTH', '27-08-1986'],
      ['ADDRESS', 'Flat 302, Wing B, Ganga Kalash Society, Baner Road, Baner, Pune 411045'],
      ['PHONE', '9822 417 306'],
      ['EMAIL', 'rohan.deshpande86@yahoo.co.in'],
    ],
  },
  {
    text: 'PACKING SLIP   Order #SO-558207   Ship date: 03/10/2026   Carrier: UPS Ground 1Z84F2190344715528\nShip to: Maple Grove Veterinary Clinic, receiving\nAttn: Dr. Priya Raman\nOrdered | Shipped | B/O | Item\n6 | 6 | 0 | Isoflurane USP 250 mL, NDC 66794-017-25\n24 | 18 | 6 | Suture PGA 3-0 FS-2, box/12, SKU SUT-PGA30\n2 | 2 | 0 | Digital thermometer, 10-sec (model VT-801)\nBackordered items ship by 03/20/2026 at no extra freight.   Received by: ____________\nCustomer service: 1-800-552-7317, Mon-Fri 8-6 ET',
    pii: [['PERSON', 'Priya Raman']],
  },
  {
    text: '[2026-03-10 02:00:01] backup job pg-nightly started (cluster: orders-prod, postgres 15.6)\n[2026-03-10 02:00:03] snapshot snap-0a7f93c2e41d8b56 requested for vol-0c19e2f7a3b84d611 (500 GiB gp3)\n[2026-03-10 02:14:38] base backup complete: 212.4 GiB, last WAL segment 000000010000A4C70000003E\n[2026-03-10 02:15:10] upload to s3://acme-db-backups/orders-prod/2026/03/10/ ... 100% (1,912 parts)\n[2026-03-10 02:31:52] retention: deleted 3 backups older than 35 days (2026-02-02, 2026-02-03, 2026-02-04)\n[2026-03-10 02:31:53] job finished rc=0, duration 31m52s, next run 2026-03-11 02:00:00 UTC',
    pii: [],
  },
  {
    text: 'DELAYED BAGGAGE - File reference DUBEI41827\nPassenger: Ms Siobhán Ní Bhriain   Flight EI 104 JFK -> DUB, 09 Mar 2026\nBag: 1 x hardside suitcase, navy, tag EI 532118, last seen JFK\nDelivery address (temporary): 14 Ashgrove Terrace, Dundrum, Dublin 14, D14 X2F7\nContact: 087 341 9026 (mobile), siobhan.nibhriain@eircom.net\nInterim expenses up to EUR 50 per day may be claimed with receipts. Track your bag online using the file reference above.',
    pii: [
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['ADDRESS', '14 Ashgrove Terrace, Dundrum, Dublin 14, D14 X2F7'],
      ['PHONE', '087 341 9026'],
      ['EMAIL', 'siobhan.nibhriain@eircom.net'],
    ],
  },
  {
    text: "LANDLORD INSURANCE SCHEDULE\nPolicyholder: Mr Gareth Pryce-Llewellyn\nCorrespondence address: 7 Heol y Wern, Pontypridd, CF37 4TQ\nRisk address: Flat 2, 41 Cathedral Road, Cardiff, CF11 9HB (let to 1 tenant on an AST)\nPolicy number: LLP-7730-2291   Period: 15/03/2026 - 14/03/2027\nBuildings £210,000 | Landlord's contents £5,000 | Loss of rent 12 months | Property owner's liability £2m\nExcess: £250 standard; £500 escape of water; £1,000 subsidence\nPremium £412.80 + IPT 12% £49.54 = £462.34",
    pii: [
      ['PERSON', 'Gareth Pryce-Llewellyn'],
      ['ADDRESS', '7 Heol y Wern, Pontypridd, CF37 4TQ'],
      ['ADDRESS', 'Flat 2, 41 Cathedral Road, Cardiff, CF11 9HB'],
    ],
  },
  {
    text: 'DELIVERY CHALLAN - for job work (not for sale)\nChallan no.: NDP/JW/0219   Date: 09-03-2026   Nature of processing: dyeing & finishing\nConsignor: Navkar Dyeing & Printing Mills, GSTIN 24AAGFN6402K1Z9, Sachin GIDC, Surat\nConsignee (job worker): Laxmi Embroidery Works, GSTIN 24AAHFL7731Q1ZK, Pandesara, Surat\nSr | Description | HSN | Qty | Approx. value\n1 | Grey georgette 44", lot G-118 | 5407 | 1,800 m | Rs. 1,15,200\n2 | Grey chiffon 44", lot C-052 | 5407 | 650 m | Rs. 37,050\nGoods to be returned within one year under Sec. 143 CGST Act.   LR no. 44718 dt 09-03-2026, Ambica Roadlines',
    pii: [],
  },
  {
    text: 'JOB CARD #41877   Booked: Tue 10/03/2026 7:45am   Service advisor: Kym\nCustomer: Bradley Nguyen-Tait (goes by Brad)   Mob 0412 775 318\nVehicle: 2021 Ford Ranger XLT 3.2 (PX III)   Rego: DQ 84 KR (NSW)   VIN MNAUMFF50MW914382\nOdo in: 58,214 km   Fuel: 1/4\nConcern: grinding noise front left under braking, A/C not cold\n[x] Road test with customer   [ ] Diag fee $129 approved   [x] Loan car declined\nNotes: pads 2 mm FL/FR - replace pads + machine rotors, quote $486.00 incl GST; regas A/C $189.00\nPick-up ETA 4:30pm - call before any extra work over $200',
    pii: [
      ['PERSON', 'Kym'],
      ['PERSON', 'Bradley Nguyen-Tait'],
      ['PERSON', 'Brad'],
      ['PHONE', '0412 775 318'],
      ['VEHICLE_PLATE', 'DQ 84 KR'],
      ['VIN', 'MNAUMFF50MW914382'],
    ],
  },
  {
    text: 'Fuel surcharge index - domestic parcels, Ireland (week commencing 09 Mar 2026)\nDiesel band (EUR/litre, ex VAT) | Surcharge on base rate\n1.30 - 1.39 | 8.50%\n1.40 - 1.49 | 9.75%\n1.50 - 1.59 | 11.00%\n1.60 - 1.69 | 12.25%\nCurrent reference price: 1.47 (weekly national average, 06/03/2026) -> 9.75%\nNot applied to: prepaid returns labels; pallets and Zone 4 islands are quoted separately.',
    pii: [],
  },
  {
    text: '{\n  "service": "notifications-worker",\n  "env": "staging",\n  "queue": "sqs://notifications-staging-v2",\n  "smtp": {"host": "smtp.mailgun.org", "port": 587, "user": "${SMTP_USER}", "pass": "${SMTP_PASS}"},\n  "sms": {"provider": "twilio", "fromNumber": "${TWILIO_FROM}", "accountSid": "<TWILIO_ACCOUNT_SID>"},\n  "rateLimitPerMin": 1200,\n  "templatesVersion": "2026.03.2",\n  "featureFlags": {"digestEmails": true, "whatsapp": false}\n}',
    pii: [],
  },
];
