// English documents for round 13, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirteenDocumentsB: readonly IndependentText[] = [
  {
    text: 'SWISS - Booking details\nBooking reference: K7PQ2M   Issued: 04 Mar 2026   Ticket type: Economy Classic\nPax | Name | Travel document\n1 | GERBER/ANNA-LENA MS | Passport X4829173, CHE, valid to 08.2031\n2 | GERBER/NOAH MSTR (child, 9 yrs) | Passport X5103862, CHE\nLX 180  ZRH 13:05 - SIN 07:15 (+1)  Seats 41A/41B\nLX 177  SIN 23:25 - ZRH 06:10 (+1)  Seats 38H/38K\nBaggage 1 x 23 kg per passenger. Total fare CHF 1,842.30 incl. taxes and surcharges.',
    pii: [
      ['PERSON', 'GERBER/ANNA-LENA'],
      ['PASSPORT', 'X4829173'],
      ['PERSON', 'GERBER/NOAH'],
      ['PASSPORT', 'X5103862'],
    ],
  },
  {
    text: "Virgin Media - Engineer job sheet   Job ref: VM-JS-77418302\nAccount holder: Mr Callum O'Rourke   Account no. 418227-03\nInstall address: Flat 2, 17 Carlton Terrace, Leeds LS6 2AB\nHome phone (new line): 0113 496 0718\nEquipment: Hub 5 (F3896LG), S/N 3496-2210-7784, MAC A4-91-B1-3C-7E-0D; TV 360 box x1\nNetwork name VM4718326 / password on sticker: vxgr7Khm2dnq (customer told to keep it safe)\nPackage: M500 broadband + phone, 18 months at £48.00/month, then £67.00\nLevels: DS +2.1 dBmV, US 41.5 dBmV, SNR 39 dB - in spec. On site 09:10-10:55",
    pii: [
      ['PERSON', "Callum O'Rourke"],
      ['ADDRESS', 'Flat 2, 17 Carlton Terrace, Leeds LS6 2AB'],
      ['PHONE', '0113 496 0718'],
      ['MAC_ADDRESS', 'A4-91-B1-3C-7E-0D'],
      ['PASSWORD', 'vxgr7Khm2dnq'],
    ],
  },
  {
    text: 'GTBank - Transaction Receipt\nTransaction Type: NIP Transfer   Status: SUCCESSFUL\nSession ID: 100004260311154522187634\nSender Account: 02******87\nBeneficiary Name: CHIAMAKA ADAEZE OKONKWO\nBeneficiary Bank: Access Bank   Account Number: 0691457238\nAmount: NGN 245,000.00   Fee: NGN 26.88 (incl. VAT)\nNarration: 2nd term school fees - Tobenna\nDate: 11-Mar-2026 15:45:22',
    pii: [
      ['PERSON', 'CHIAMAKA ADAEZE OKONKWO'],
      ['BANK_ACCOUNT', '0691457238'],
      ['PERSON', 'Tobenna'],
    ],
  },
  {
    text: 'J&T EXPRESS   Waybill 830271946551   COD PHP 1,295.00\nSHOPEE ORDER 260311KQ8TR4VX\nReceiver: Ma. Cristina dela Cruz-Santos  09174823391\nBlk 7 Lot 22 Phase 2 Camella Springville, Brgy. Molino III, Bacoor City, Cavite 4102\nSender: HomeNest Essentials (Shopee Mall), Valenzuela Hub\nItem: Rattan laundry basket x1   Wt 1.2kg   Sort: CAV-BAC-03',
    pii: [
      ['PERSON', 'Ma. Cristina dela Cruz-Santos'],
      ['PHONE', '09174823391'],
      ['ADDRESS', 'Blk 7 Lot 22 Phase 2 Camella Springville, Brgy. Molino III, Bacoor City, Cavite 4102'],
    ],
  },
  {
    text: 'Trenitalia - Biglietto / Ticket   PNR: XK4R7T   Ticket code: 2619 4471 0382\nFrecciarossa 9541  ROMA TERMINI 08:10 -> NAPOLI C.LE 09:20   Date 28/03/2026\nCoach | Seat | Passenger | Offer | Price\n5 | 9A | ESPOSITO GENNARO | Base | 39,90 €\n5 | 9B | ESPOSITO MARIA CONCETTA | Senior | 31,90 €\n5 | 10A | ESPOSITO LUCA | Ragazzi (under 15) | 0,00 €\nCartaFRECCIA: not applied   Total 71,80 €   Change allowed up to departure',
    pii: [
      ['PERSON', 'ESPOSITO GENNARO'],
      ['PERSON', 'ESPOSITO MARIA CONCETTA'],
      ['PERSON', 'ESPOSITO LUCA'],
    ],
  },
  {
    text: 'AAMI - Motor Claim Lodgement Summary\nClaim number: MOT264418275   Policy: MPA044172839 (Comprehensive)\nPolicyholder: Bree Tavita   Best contact: 0412 738 506\nVehicle: 2021 Mazda CX-5 Maxx Sport, rego 1XW4LP (QLD), VIN JM0KF4W7A00418263\nDriver at time of incident: Sione Tavita (spouse, listed driver), QLD licence 084219775\nIncident 02/03/2026 approx 5:40pm, Westfield Garden City car park level 2: third party reversed out of a bay and struck the rear passenger door.\nAssessed at Capital Smart Repairs, quote $4,270.00   Excess: $800 (basic) - waived if third party at fault',
    pii: [
      ['PERSON', 'Bree Tavita'],
      ['PHONE', '0412 738 506'],
      ['VEHICLE_PLATE', '1XW4LP'],
      ['VIN', 'JM0KF4W7A00418263'],
      ['PERSON', 'Sione Tavita'],
      ['DRIVER_LICENSE', '084219775'],
    ],
  },
  {
    text: 'Barclaycard Platinum - Your statement\nMRS JOANNE OYELARAN-WHITFIELD\n42 Ashby Road\nLoughborough\nLE11 3AF\nCard number ending 8827   Statement date 14 Feb 2026   Minimum payment £25.00 by 10 Mar 2026\nNew balance £612.48   Credit limit £4,500   Purchase rate 24.9% p.a. (variable)\n03 Feb  TESCO STORES 2871 LOUGHBOROUGH    £47.62\n07 Feb  TRAINLINE.COM                      £38.10\n12 Feb  PAYMENT RECEIVED - THANK YOU     -£300.00',
    pii: [
      ['PERSON', 'JOANNE OYELARAN-WHITFIELD'],
      ['ADDRESS', '42 Ashby Road\nLoughborough\nLE11 3AF'],
    ],
  },
  {
    text: 'WORKER REGISTER - Daedong Plastics Co. (Gimhae plant, subcontract line)\nEmp. ID: GDP-0417   Name: RAI SUMAN KUMAR   Country: Nepal\nARC no. 920414-5283716 (E-9-1, entered 2024-05-20, stay valid to 2027-05-19)\nDormitory: Bldg B Rm 105, 80-16 Goldenroot-ro, Juchon-myeon, Gimhae-si, Gyeongsangnam-do\nPhone 010 7731 2048\nSalary paid to NH Nonghyup 302-1183-4471-61 (holder: RAI SUMAN KUMAR)\nDept: Injection molding, 2-shift rotation   Health check 2026-02-03: normal',
    pii: [
      ['PERSON', 'RAI SUMAN KUMAR'],
      ['FRN', '920414-5283716'],
      ['ADDRESS', 'Bldg B Rm 105, 80-16 Goldenroot-ro, Juchon-myeon, Gimhae-si, Gyeongsangnam-do'],
      ['PHONE', '010 7731 2048'],
      ['BANK_ACCOUNT', '302-1183-4471-61'],
      ['PERSON', 'RAI SUMAN KUMAR'],
    ],
  },
  {
    text: 'Asan Medical Center - International Healthcare Center\nReg. No. 3847-1029   Patient: LINDQVIST, NOAH (M/6y)   Guardian: Elin Lindqvist (mother)\nNHIS cert. no. 7-1843902716 (dependant of employee-insured)\nDate: 2026-03-05   Dept: Pediatric ENT   Attending: Dr. Choi Min-jae\nS/O: recurrent otitis media, 5 episodes in 6 months; bilateral effusion on otoscopy\nA: chronic OME with conductive hearing loss (PTA 30 dB R / 25 dB L)\nP: bilat. ventilation tube insertion under GA, pre-op labs; consent to be signed by guardian',
    pii: [
      ['MEDICAL_RECORD', '3847-1029'],
      ['PERSON', 'LINDQVIST, NOAH'],
      ['PERSON', 'Elin Lindqvist'],
      ['HEALTH_INSURANCE', '7-1843902716'],
      ['PERSON', 'Choi Min-jae'],
    ],
  },
  {
    text: 'CERTIFICATE OF TRAFFIC ACCIDENT (translated from Korean, for insurer)\nOccurred: 2026-02-08 08:45, Haeundae-ro 570, near Jung-dong Station exit 7, Busan\nParty 1 (rear vehicle): Kim Tae-yang, licence no. 12-21-493821-70, Genesis G70, 58오 3342\nParty 2 (front vehicle, stopped at red signal): Mateo Fernández Ruiz, tel. 010-9182-4403\n  Tesla Model 3, 231누 6018, VIN LRW3E7FA1PC902715\nSummary: Party 1 failed to keep a safe distance and struck the rear bumper of Party 2. No injuries reported at scene.\nCase no. Haeundae PS 2026-00418, reported by Party 2 via 112',
    pii: [
      ['PERSON', 'Kim Tae-yang'],
      ['DRIVER_LICENSE', '12-21-493821-70'],
      ['VEHICLE_PLATE', '58오 3342'],
      ['PERSON', 'Mateo Fernández Ruiz'],
      ['PHONE', '010-9182-4403'],
      ['VEHICLE_PLATE', '231누 6018'],
      ['VIN', 'LRW3E7FA1PC902715'],
    ],
  },
  {
    text: 'LG U+ Mobile Service Application - Foreign National (prepaid to postpaid)\nName as in passport: NGUYEN THI THU HA\nPassport C4718392 (Viet Nam)   ARC 030911-8274615   Status: D-2 student\nNew number: 010-5527-3814   Number porting: N\nUSIM ICCID: 89820602719433851765\nHandset: iPhone 15 (own device), IMEI 35-672819-048213-9\nPlan: 5G Lite+ 33,000 won/mo, youth discount 10%   USIM fee 7,700 won\nHelp: 114 from an LG U+ phone / 1544-0010 (English available)',
    pii: [
      ['PERSON', 'NGUYEN THI THU HA'],
      ['PASSPORT', 'C4718392'],
      ['FRN', '030911-8274615'],
      ['PHONE', '010-5527-3814'],
      ['ICCID', '89820602719433851765'],
      ['IMEI', '35-672819-048213-9'],
    ],
  },
  {
    text: 'ASIANA AIRLINES   ELECTRONIC TICKET ITINERARY/RECEIPT\nNAME: PARK/SEOYEON MS            TICKET NUMBER: 988 2417338190\nBOOKING REFERENCE: 7XKQ4N (1A)\nFOID: PP M41839266   DOB: 03NOV79   NATIONALITY: KOR\nOZ541  25MAR  ICN 1305  FRA 1820      BUSINESS  C  OK  2PC\nOZ542  02APR  FRA 2030  ICN 1505+1    BUSINESS  C  OK  2PC\nFARE KRW 5,812,000   TAX/FEE/CHARGE KRW 418,300   TOTAL KRW 6,230,300\nENDORSEMENTS: NON-REF/CHG FEE APPLIES',
    pii: [
      ['PERSON', 'PARK/SEOYEON'],
      ['PASSPORT', 'M41839266'],
      ['DATE_OF_BIRTH', '03NOV79'],
    ],
  },
  {
    text: 'THIRD-PARTY CREDIT CARD AUTHORIZATION - Four Seasons Hotel Seoul\nGuest: Ms Aiko Tanaka   Confirmation #: 71402958   Stay: 2026-05-06 to 2026-05-09 (3 nights, Deluxe King)\nCardholder: MARTIN J BRANDT   Company: Rheinwerk Analytics GmbH\nCharges authorized: [ ] room & tax only   [X] room, tax & incidentals\nCard: American Express   No.: 3741 829475 31004\nExp: 08/2028   Security code (4 digits, front of card): 4417\nCardholder signature: M. Brandt   Date: 11 Mar 2026\nForms received less than 72 hours before arrival cannot be processed.',
    pii: [
      ['PERSON', 'Aiko Tanaka'],
      ['PERSON', 'MARTIN J BRANDT'],
      ['CREDIT_CARD', '3741 829475 31004'],
      ['CARD_EXPIRY', '08/2028'],
      ['CARD_CVV', '4417'],
      ['PERSON', 'M. Brandt'],
    ],
  },
  {
    text: 'LOTTE RENT-A-CAR  Incheon Airport T1 branch   Contract no. 2604-IC1-00731\nRenter: Priya Raman-Holt   DOB 1985.12.04\nLicence: Ontario class G, no. R0182-47528-56204 (with IDP issued by CAA)\nCar: Hyundai Avante CN7 1.6, reg. 28호 5194, odometer out 41,206 km\nOut 2026-04-02 09:30 / due back 2026-04-09 09:30 at T1 P4   Fuel: full-to-full\nCover: standard CDW, deductible 300,000 won   Hi-pass card issued\n7-day rate 389,000 won, deposit 300,000 won held on card ending 6632\nRenter mobile in Korea: +1 647 839 2075 (roaming)',
    pii: [
      ['PERSON', 'Priya Raman-Holt'],
      ['DATE_OF_BIRTH', '1985.12.04'],
      ['DRIVER_LICENSE', 'R0182-47528-56204'],
      ['VEHICLE_PLATE', '28호 5194'],
      ['PHONE', '+1 647 839 2075'],
    ],
  },
  {
    text: 'Samchully - City Gas Bill (English service for foreign customers)\nCustomer no. 1-2038-44718   Meter no. G4-1183920\nName: Ivan Petrov\nSupply address: 230 Convensia-daero, Yeonsu-gu, Incheon, Apt 105-2204\nBilling period 2026.01.18 ~ 2026.02.17   Usage 142 m³ (x 43.41 MJ/m³ = 6,164 MJ)\nBasic charge 1,250 won   Usage charge 118,392 won   VAT 11,964 won\nAmount due 131,606 won by 2026-03-10 (bank transfer to virtual account or auto-debit)',
    pii: [
      ['PERSON', 'Ivan Petrov'],
      ['ADDRESS', '230 Convensia-daero, Yeonsu-gu, Incheon, Apt 105-2204'],
    ],
  },
  {
    text: 'emp_no,full_name,sin,hire_date,prov,hourly_rate,union_local\nA-3107,"Tremblay, Jean-Philippe",247 183 924,2019-08-12,QC,31.85,Unifor 62\nA-3122,"Nakamura-Ross, Keiko",718 390 248,2023-01-09,BC,27.40,\nA-3140,"Okafor, Daniel",462 819 376,2025-11-03,ON,24.10,Unifor 62',
    pii: [
      ['PERSON', 'Tremblay, Jean-Philippe'],
      ['CA_SIN', '247 183 924'],
      ['PERSON', 'Nakamura-Ross, Keiko'],
      ['CA_SIN', '718 390 248'],
      ['PERSON', 'Okafor, Daniel'],
      ['CA_SIN', '462 819 376'],
    ],
  },
  {
    text: 'VFS Global - Appointment Letter (UK Visa Application Centre, Chennai)\nGWF reference: GWF078421936   VFS ref: CHEN/260318/0417\nApplicant: Lakshmi Priya Venkatesan   DOB: 27-11-1989\nPassport number: V4172638 (issued at Chennai)\nCategory: Standard Visitor (6 months)   Appointment: 18/03/2026, 09:45 AM, Hall B\nOptional services: Priority Visa (INR 21,550), SMS alerts\nContact given: 98401 73226 / lakshmipriya.v89@gmail.com\nPlease bring this letter, your original passport and the printed application form.',
    pii: [
      ['PERSON', 'Lakshmi Priya Venkatesan'],
      ['DATE_OF_BIRTH', '27-11-1989'],
      ['PASSPORT', 'V4172638'],
      ['PHONE', '98401 73226'],
      ['EMAIL', 'lakshmipriya.v89@gmail.com'],
    ],
  },
  {
    text: 'INVOICE #NB-118204    Invoice date: 02/27/2026    Due: 03/29/2026\nNorthbay Office Supply Co.\nBill to: Harlow & Finch Architects LLP - Attn: Front desk\nCustomer PO: HF-2026-031   Account: 66120\nQty | Item | SKU | Unit | Ext.\n6 | Copy paper, letter, 20 lb (case/10 reams) | CP-LTR-20C | $52.99 | $317.94\n2 | Toner, HP 58X black (CF258X) | TN-HP58X | $189.50 | $379.00\n10 | Binder clips, medium (12 pk) | BC-MED-12 | $3.49 | $34.90\nSubtotal $731.84   Tax (8.875%) $64.95   Delivery: free over $250\nAmount due $796.79   Pay online: northbayoffice.com/pay   Billing questions: 1-888-627-4410',
    pii: [],
  },
  {
    text: '2026-03-10T01:00:00Z backup-nightly[4412]: starting snapshot of volume pg-orders-prod (812 GiB)\n2026-03-10T01:00:03Z backup-nightly[4412]: pg_backup_start label=nightly-20260310 lsn=3A/7F00C128\n2026-03-10T01:27:51Z backup-nightly[4412]: uploaded 1,204 WAL segments to s3://ops-backups-eu/orders/ (14.6 GiB, 9.1 MB/s)\n2026-03-10T01:28:02Z backup-nightly[4412]: snapshot snap-0c4e7a19f2b83d605 completed, crc32c=9f1e44ab\n2026-03-10T01:28:04Z backup-nightly[4412]: retention: pruned 3 snapshots older than 35 days\n2026-03-10T01:28:04Z backup-nightly[4412]: exit 0 (duration 28m04s)',
    pii: [],
  },
  {
    text: 'Brittany Ferries - Important: change to your sailing\nBooking reference: BF7713942\nYour outbound crossing Portsmouth -> Caen on Sat 11 Apr 2026 has been retimed due to berth works at Ouistreham.\nWas: Normandie, dep 08:15, arr 14:00 (local time)\nNow: Normandie, dep 10:45, arr 16:30 (local time)\nYour cabin (2-berth inside, no. 8127) and vehicle booking (car up to 1.85 m high) are unchanged.\nCheck-in closes 45 minutes before departure. You can amend or cancel free of charge until 25 Mar in My Account.',
    pii: [],
  },
  {
    text: 'PROFESSIONAL INDEMNITY - POLICY SCHEDULE\nPolicy no. PI/26/0419827   Period of insurance: 15/03/2026 to 14/03/2027 (both days inclusive)\nBusiness description: architectural technicians and planning consultants, 6 staff\nLimit of indemnity £1,000,000 any one claim, costs in addition\nExcess £2,500 each and every claim (costs inclusive)\nRetroactive date: 15/03/2018   Territorial limits: UK   Jurisdiction: courts of the UK\nExtensions: loss of documents £250,000; defamation included; fee recovery £50,000\nPremium £1,912.00 + IPT 12% £229.44 = £2,141.44',
    pii: [],
  },
  {
    text: 'TAX INVOICE   No. ANB/INV/2026/0634   Date: 09/03/2026\nSupplier: Al Nahda Building Materials Trading LLC, Sharjah   TRN 100384726500003\nCustomer: Crescent Interiors Contracting LLC, Dubai   TRN 100517293400003\nLPO ref: CIC-PO-1187   Delivery note: DN-26-2291   Terms: 60 days PDC\nItem | Description | Qty | Rate (AED) | Amount (AED)\n1 | Gypsum board 12.5mm 1200x2400, fire-rated | 320 sht | 27.50 | 8,800.00\n2 | Metal stud 70mm x 3m, 0.5mm gauge | 600 pcs | 6.25 | 3,750.00\nTotal excl. VAT 12,550.00   VAT 5% 627.50   Total incl. VAT AED 13,177.50',
    pii: [],
  },
  {
    text: 'PM checklist - 500 hr service - Toyota 8FBE18 electric counterbalance (asset FLT-07), hour meter 4,512\nOK  | Hydraulic oil level & leaks - topped up 0.4 L ISO VG 32\nOK  | Mast chains: elongation 1.1% (limit 3%), lubricated\nADV | Drive tyres (press-on 18x7x12.1): 38 mm left - replace at next service, quote £640 + VAT\nOK  | Battery 48V 565Ah: SG 1.275-1.285, water topped up, cables sound\nOK  | Brakes, horn, lights, seat switch, blue spot - all functional\nNext: 1,000 hr service or 09/2026. LOLER thorough examination due 14/06/2026.',
    pii: [],
  },
  {
    text: 'Highlands & Islands delivery surcharges - effective 6 April 2026 (per consignment, ex VAT)\nPostcode districts | Band | Surcharge 1-30 kg | Lead time\nIV1-IV28, PH19-PH26 | Highlands mainland | £4.95 | +1 day\nKW1-KW14 | Caithness & Sutherland | £6.50 | +1 day\nHS1-HS9, ZE1-ZE3, KW15-KW17 | Western Isles, Shetland, Orkney | £18.75 | +2-3 days\nBT (all) | Northern Ireland | £9.20 | +1 day\nIM, GY, JE | Isle of Man & Channel Islands | quote on request | n/a',
    pii: [],
  },
  {
    text: '# notifier.yaml - copy to notifier.local.yaml and fill in from the vault; never commit real values\nservice: order-notifier\nenv: staging\nsmtp:\n  host: smtp.sendgrid.net\n  port: 587\n  username: ${SMTP_USER}\n  password: ${SMTP_PASSWORD}\ntwilio:\n  account_sid: ${TWILIO_ACCOUNT_SID}\n  auth_token: "<paste from vault>"\n  from_number: ${TWILIO_FROM}\nrate_limit_per_min: 120\ntemplates: [order_shipped, order_delayed, refund_issued]',
    pii: [],
  },
];
