// English documents for round 15, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundFifteenDocumentsB: readonly IndependentText[] = [
  {
    text: 'Eurowings - Check-in confirmation\nBooking code: K7PQ4M\nPassenger: Mrs Katharina Weber-Steiner\nTravel document: Passport, AUT, no. U2478193, valid until 14.08.2031\nDate of birth: 03.11.1979\nEW 9462  VIE 06:40 - CGN 08:25  Seat 12F  Boarding 06:00  Gate C35\nHand luggage 1 x 8 kg included (BASIC fare). Your boarding pass has been sent to the app.',
    pii: [
      ['PERSON', 'Katharina Weber-Steiner'],
      ['PASSPORT', 'U2478193'],
      ['DATE_OF_BIRTH', '03.11.1979'],
    ],
  },
  {
    text: 'Telekom - Order confirmation MagentaZuhause L (Glasfaser)\nCustomer no.: 5581 207 3349   Order no.: AU-26-0882714\nAccount holder: Jana Kowalczyk\nConnection address: Am Hirschsprung 8, Hinterhaus EG, 14195 Berlin\nContact number: 0176 48219037\nSEPA direct debit: DE98100500006603184729 (Berliner Sparkasse), mandate ref. TK-SEPA-77120394\nCustomer centre login: jana.kowalczyk.dahlem\nRouter: Speedport Smart 4, rental 6.95 EUR/month\nSwitch-over: 17.03.2026 between 06:00 and 14:00, no technician required\nMonthly price 44.95 EUR, first 6 months 19.95 EUR, minimum term 24 months',
    pii: [
      ['PERSON', 'Jana Kowalczyk'],
      ['ADDRESS', 'Am Hirschsprung 8, Hinterhaus EG, 14195 Berlin'],
      ['PHONE', '0176 48219037'],
      ['IBAN', 'DE98100500006603184729'],
      ['USERNAME', 'jana.kowalczyk.dahlem'],
    ],
  },
  {
    text: 'Kotak Mahindra Bank - Beneficiary added successfully\nBeneficiary name: Anil Kumar Gowda\nNickname: Anil carpenter\nAccount number: 1846 2270 9531\nIFSC: SBIN0040182   Bank: State Bank of India, Basavanagudi\nAdded on: 10-03-2026 21:43:16   Request ID: KMBB260310884217\nCooling period: you can transfer up to Rs. 50,000 in the first 24 hours.\nOTP was sent to your registered mobile XXXXXX6604. Not you? Call 1860 266 2666.',
    pii: [
      ['PERSON', 'Anil Kumar Gowda'],
      ['PERSON', 'Anil'],
      ['BANK_ACCOUNT', '1846 2270 9531'],
    ],
  },
  {
    text: 'XPRESSBEES   AWB: 14237582910446   PREPAID\nShip To: Sneha Banerjee\nFlat 3C, Sreemoyee Apartment, 27/1 Jatin Das Road, Kolkata, West Bengal 700029\nPh: 7980 441 256 / Alt: 033-2466-1893\nSold by: HomeNest Decor LLP | Invoice HND/KOL/2526/04419 | Order #406-3318845-7720149\nContents: Cotton bedsheet set, king (1)   Dead wt: 1.10 kg   Dims: 32x24x6 cm\nIf undelivered, return to seller.',
    pii: [
      ['PERSON', 'Sneha Banerjee'],
      ['ADDRESS', 'Flat 3C, Sreemoyee Apartment, 27/1 Jatin Das Road, Kolkata, West Bengal 700029'],
      ['PHONE', '7980 441 256'],
      ['PHONE', '033-2466-1893'],
    ],
  },
  {
    text: 'redBus M-Ticket\nTicket No: TN6H47218830   Operator PNR: SRS-7741928\nVRL Travels | Bengaluru -> Hubballi | Volvo Multi-Axle A/C Sleeper (2+1)\nDeparture: 23:15, 14 Mar 2026   Boarding point: Anand Rao Circle (report by 22:45)\nPassenger | Seat | Age | Gender\nPrakash Hiremath | L4 | 61 | Male\nShobha Hiremath | L5 | 57 | Female\nContact: 98450 72316 / prakash.hiremath61@gmail.com\nTotal fare: Rs. 2,740 (incl. GST)   Cancellation: 75% refund up to 24 hrs before departure',
    pii: [
      ['PERSON', 'Prakash Hiremath'],
      ['PERSON', 'Shobha Hiremath'],
      ['PHONE', '98450 72316'],
      ['EMAIL', 'prakash.hiremath61@gmail.com'],
    ],
  },
  {
    text: 'Cashless Pre-Authorisation Request - Star Health & Allied Insurance\nIntimation no.: CIR/2026/141100/0287734   Date of request: 10-03-2026\nPatient: Meenakshi Sundaram   Relation to proposer: Spouse (Proposer: K. Rajagopal)\nMember ID: 0083917462-02   Date of birth: 14/08/1967   Age: 58\nHospital: Kauvery Hospital, Tiruchirappalli (network)   IP no.: KH/TRY/26/11874\nProvisional diagnosis: Cholelithiasis with acute cholecystitis (ICD K80.0)\nProposed treatment: Laparoscopic cholecystectomy   Expected stay: 3 days\nEstimated cost: Rs. 1,65,000   Room category: Single private AC, Rs. 4,500/day\nAttendant contact: 94432 18065 (son)',
    pii: [
      ['PERSON', 'Meenakshi Sundaram'],
      ['PERSON', 'K. Rajagopal'],
      ['HEALTH_INSURANCE', '0083917462-02'],
      ['DATE_OF_BIRTH', '14/08/1967'],
      ['MEDICAL_RECORD', 'KH/TRY/26/11874'],
      ['PHONE', '94432 18065'],
    ],
  },
  {
    text: 'Axis Bank - Statement of Account\nAccount holder: MR. ARJUN VENKATESAN\nAddress: No. 12, 3rd Cross, Indiranagar 2nd Stage, Bengaluru, Karnataka 560038\nAccount No: 918010047732651   Scheme: Easy Access Savings   Period: 01-02-2026 to 28-02-2026\nBranch: Indiranagar   IFSC: UTIB0000009   Currency: INR\nDate | Particulars | Debit | Credit | Balance\n01-02-2026 | Opening balance | | | 1,12,406.30\n03-02-2026 | UPI/604118827731/BESCOM | 2,318.00 | | 1,10,088.30\n07-02-2026 | NEFT/SALARY/ZYLO TECH | | 1,86,420.00 | 2,96,508.30\n15-02-2026 | ACH/HDFC LIFE/PREM | 12,500.00 | | 2,84,008.30',
    pii: [
      ['PERSON', 'ARJUN VENKATESAN'],
      ['ADDRESS', 'No. 12, 3rd Cross, Indiranagar 2nd Stage, Bengaluru, Karnataka 560038'],
      ['BANK_ACCOUNT', '918010047732651'],
    ],
  },
  {
    text: 'NEW HIRE CHECKLIST - Daesung Plastics Co. (Hwaseong factory)\nWorker: BISHNU PRASAD ADHIKARI   Nationality: Nepal   Entry: 2026-02-03 (EPS batch 26-02)\nPassport: PA1947382   ARC no.: 920714-5873102 (issued 2026-02-24)\nPhone (Korea): 010 7731 5086   Emergency contact: wife Sarita Adhikari, +977 984-1283370\nSalary account: NongHyup 351-1847-2290-13\n[x] Safety shoes size 270   [x] Dormitory room B-204   [ ] Departure guarantee insurance\nSupervisor: Yoon Jae-sung, injection molding line 3, day shift',
    pii: [
      ['PERSON', 'BISHNU PRASAD ADHIKARI'],
      ['PASSPORT', 'PA1947382'],
      ['FRN', '920714-5873102'],
      ['PHONE', '010 7731 5086'],
      ['PERSON', 'Sarita Adhikari'],
      ['PHONE', '+977 984-1283370'],
      ['BANK_ACCOUNT', '351-1847-2290-13'],
      ['PERSON', 'Yoon Jae-sung'],
    ],
  },
  {
    text: 'Asan Medical Center - International Clinic\nHospital Reg. No. 38215674   Patient: Kowalski, Tomasz (M, DOB 1984-09-02)\nCoverage: Cigna Global, member ID U4829 1173 06 - direct billing approved; NHIS not applicable (short-term visitor)\nVisit 2026-02-25, Gastroenterology, Dr. Park Ji-hoon\nS: epigastric pain after meals x 2 wks, no melena, no weight loss\nO: mild epigastric tenderness; UBT for H. pylori ordered\nA/P: r/o peptic ulcer. PPI 40 mg qd x 4 wks. EGD booked 2026-03-04 08:30 (NPO from midnight).',
    pii: [
      ['MEDICAL_RECORD', '38215674'],
      ['PERSON', 'Kowalski, Tomasz'],
      ['DATE_OF_BIRTH', '1984-09-02'],
      ['HEALTH_INSURANCE', 'U4829 1173 06'],
      ['PERSON', 'Park Ji-hoon'],
    ],
  },
  {
    text: 'CERTIFICATE OF MOTOR VEHICLE REGISTRATION (English translation)\nRegistration no.: 218나 6034   Vehicle type: passenger car, medium   Use: private\nModel: Genesis G70 2.0T   Model year: 2022   VIN: KMTG341ABNU108375\nEngine type: G4KL   First registered: 2022-05-19\nOwner: Seo Min-jae   Resident registration no.: 870412-1283051\nPrincipal place of use: 1204-ho, 101-dong, 300 Olympic-ro, Songpa-gu, Seoul\nInspection valid until 2026-05-18   Odometer at last inspection: 48,211 km\nI certify that this is a true translation of the original. Translator: Kim Hae-won (010-4470-2918), 2026-01-20',
    pii: [
      ['VEHICLE_PLATE', '218나 6034'],
      ['VIN', 'KMTG341ABNU108375'],
      ['PERSON', 'Seo Min-jae'],
      ['RRN', '870412-1283051'],
      ['ADDRESS', '1204-ho, 101-dong, 300 Olympic-ro, Songpa-gu, Seoul'],
      ['PERSON', 'Kim Hae-won'],
      ['PHONE', '010-4470-2918'],
    ],
  },
  {
    text: 'KT - Prepaid SIM activation form (short-term visitor)\nName (as in passport): FERREIRA DA SILVA, LUCAS\nNationality: Brazil   Passport no.: GB482917   Date of birth: 08/11/1996\nStatus: B-2 visa waiver, entered 2026-03-02 via ICN\nNew number: 010 5923 4418\nICCID: 8982 3000 2417 6639 1085   Device: iPhone 15, IMEI 35 391811 427205 3\nPlan: Prepaid 5G Unlimited 30 days, 49,500 won (paid in cash)   Valid until 2026-04-01\nStore: KT Plaza Myeongdong, staff code M-1127   Help: 1588-0010 (press 2 for English)',
    pii: [
      ['PERSON', 'FERREIRA DA SILVA, LUCAS'],
      ['PASSPORT', 'GB482917'],
      ['DATE_OF_BIRTH', '08/11/1996'],
      ['PHONE', '010 5923 4418'],
      ['ICCID', '8982 3000 2417 6639 1085'],
      ['IMEI', '35 391811 427205 3'],
    ],
  },
  {
    text: 'ASIANA AIRLINES  Itinerary / Receipt\nBooking reference: 7MQ2XA\nNAME                    TICKET NO.        DOC NO.      DOB\nCHOI/EUNJI MS           988-2419038871    M48K17726    02OCT85\nCHOI/SIHOO MSTR (CHD)   988-2419038872    M91P30584    19JUL17\nOZ 761  ICN 09:05 -> SGN 12:35   Economy (Y)   23K x 1\nOZ 762  SGN 00:05 -> ICN 07:25   Economy (Y)   23K x 1\nFare KRW 1,284,400   Form of payment: CC VI XXXXXXXXXXXX0418',
    pii: [
      ['PERSON', 'CHOI/EUNJI'],
      ['PASSPORT', 'M48K17726'],
      ['DATE_OF_BIRTH', '02OCT85'],
      ['PERSON', 'CHOI/SIHOO'],
      ['PASSPORT', 'M91P30584'],
      ['DATE_OF_BIRTH', '19JUL17'],
    ],
  },
  {
    text: 'GUEST REGISTRATION CARD - Park Hyatt Busan\nRoom 2107   Arrival 2026-04-08   Departure 2026-04-11   Rate code: BARBB   Adults 1\nSurname: NAKAMURA   Given names: YUKI\nNationality: Japan   Passport no.: TR4825017   Date of birth: 1987/06/21\nHome address: 3-14-2 Minami-Aoyama, Minato-ku, Tokyo 107-0062\nE-mail: yuki.nakamura.0621@icloud.com   Mobile: +81 90-4417-2286\nGuarantee: Mastercard 5412 7534 0918 2263   exp 08/28\nValet parking: none   Loyalty no.: not provided\nGuest signature: 中村 由貴',
    pii: [
      ['PERSON', 'NAKAMURA'],
      ['PERSON', 'YUKI'],
      ['PASSPORT', 'TR4825017'],
      ['DATE_OF_BIRTH', '1987/06/21'],
      ['ADDRESS', '3-14-2 Minami-Aoyama, Minato-ku, Tokyo 107-0062'],
      ['EMAIL', 'yuki.nakamura.0621@icloud.com'],
      ['PHONE', '+81 90-4417-2286'],
      ['CREDIT_CARD', '5412 7534 0918 2263'],
      ['CARD_EXPIRY', '08/28'],
      ['PERSON', '中村 由貴'],
    ],
  },
  {
    text: "SK Rent-a-car Jeju - Vehicle return inspection\nContract no. JJ-260405-0317   Renter: Sophie Laurent (France)\nLicence: French permis no. 170691300482 with IDP (1949 Geneva)\nAdditional driver: Julien Marchand, permis 150832200917\nVehicle: Hyundai Avante hybrid, 57하 4402   Odometer out 21,304 km / in 21,689 km\nFuel out: full   Fuel in: 3/8 -> refuel charge 38,500 won\nDamage: new scratch, rear bumper left, approx. 12 cm (photos 1-4); full CDW, no excess\nDeposit pre-authorisation on card ending 2093 released 2026-04-08 17:42\nRenter's phone: 06 47 28 91 50 (French mobile, roaming)",
    pii: [
      ['PERSON', 'Sophie Laurent'],
      ['DRIVER_LICENSE', '170691300482'],
      ['PERSON', 'Julien Marchand'],
      ['DRIVER_LICENSE', '150832200917'],
      ['VEHICLE_PLATE', '57하 4402'],
      ['PHONE', '06 47 28 91 50'],
    ],
  },
  {
    text: 'Samchully City Gas - Monthly gas bill (English guide for foreign residents)\nCustomer: Ana Beatriz Costa\nSupply address: 2-1108, 17 Gyeongsu-daero 1080beon-gil, Jangan-gu, Suwon-si, Gyeonggi-do 16312\nCustomer no. 7104-228-93015   Meter no. G-11-48327\nUsage period 2026.01.21 ~ 2026.02.20   Reading 4,512 -> 4,689 m3 (177 m3)\nBasic charge 1,250 won   Usage charge 163,184 won   VAT 16,443 won\nTotal 180,877 won   Payment due 2026-03-31   Auto-transfer: not registered\nSafety inspection: first half of 2026. The inspector will call 010-9182-6640 before visiting.',
    pii: [
      ['PERSON', 'Ana Beatriz Costa'],
      ['ADDRESS', '2-1108, 17 Gyeongsu-daero 1080beon-gil, Jangan-gu, Suwon-si, Gyeonggi-do 16312'],
      ['PHONE', '010-9182-6640'],
    ],
  },
  {
    text: 'emp_no,full_name,institution,transit,account,email\n20117,"Nguyen, Thi Lan",003,04821,5129847,lan.nguyen@northbaylogistics.ca\n20123,"Tremblay, Marc-André",815,30617,0049218,ma.tremblay@northbaylogistics.ca\n20130,"O\'Sullivan, Ciarán",002,71204,8830162,c.osullivan@northbaylogistics.ca',
    pii: [
      ['PERSON', 'Nguyen, Thi Lan'],
      ['BANK_ACCOUNT', '5129847'],
      ['EMAIL', 'lan.nguyen@northbaylogistics.ca'],
      ['PERSON', 'Tremblay, Marc-André'],
      ['BANK_ACCOUNT', '0049218'],
      ['EMAIL', 'ma.tremblay@northbaylogistics.ca'],
      ['PERSON', "O'Sullivan, Ciarán"],
      ['BANK_ACCOUNT', '8830162'],
      ['EMAIL', 'c.osullivan@northbaylogistics.ca'],
    ],
  },
  {
    text: 'Parivahan Sewa - Sarathi: Acknowledgement\nApplication no.: 4418207326   Service: Renewal of Driving Licence\nDL No.: MH12 20110048215   Valid (NT) till: 27/04/2026\nApplicant: Sandeep Vasant Kulkarni   S/o: Vasant Kulkarni\nDate of birth: 27-04-1976   Blood group: B+\nAddress: Flat 9, Shivneri Co-op Hsg Soc, Karve Nagar, Pune, Maharashtra 411052\nMobile: 98220 61473\nRTO: MH12 Pune   Slot: 24/03/2026 11:30-12:00   Fee paid: Rs. 416 (GRN MH009917341202526E)',
    pii: [
      ['DRIVER_LICENSE', 'MH12 20110048215'],
      ['PERSON', 'Sandeep Vasant Kulkarni'],
      ['PERSON', 'Vasant Kulkarni'],
      ['DATE_OF_BIRTH', '27-04-1976'],
      ['ADDRESS', 'Flat 9, Shivneri Co-op Hsg Soc, Karve Nagar, Pune, Maharashtra 411052'],
      ['PHONE', '98220 61473'],
    ],
  },
  {
    text: 'CREDIT MEMO  No. CM-2026-0114        Date: 03/04/2026        Ref. invoice: 2026-00812\nCustomer: Hartwell Family Dentistry PC   Acct: HFD-0087\nQty | Item | Unit price | Credit\n3 | Saliva ejectors, white/blue tip (100/bag) SKU SE-WB100 | $6.40 | $19.20\n1 | Curing light sleeves (500 ct) SKU CLS-500 - damaged in transit | $27.90 | $27.90\nRestocking fee waived. Credit total $47.10 applied to open balance; no refund check will be issued.\nQuestions: 1-877-382-6610',
    pii: [],
  },
  {
    text: '[2026-03-09 03:52:10] sshd[30412]: Accepted publickey for lmarchetti from 81.157.42.206 port 55318 ssh2\n[2026-03-09 03:52:44] sudo: lmarchetti : TTY=pts/0 ; PWD=/srv/checkout ; USER=root ; COMMAND=/usr/bin/systemctl restart pgbouncer\n[2026-03-09 03:53:02] pgbouncer[1190]: restarted, 0 clients dropped, pool_size=40\n[2026-03-09 03:55:37] sshd[30588]: Connection closed by 45.148.10.203 port 40122 [preauth]\n[2026-03-09 03:58:00] cron: nightly-pg backup started (snapshot snap-0a77c1d2e9f43b815, 412 GB)',
    pii: [
      ['USERNAME', 'lmarchetti'],
      ['IP_ADDRESS', '81.157.42.206'],
      ['USERNAME', 'lmarchetti'],
      ['IP_ADDRESS', '45.148.10.203'],
    ],
  },
  {
    text: 'CHECK-IN NOW OPEN - Booking 2LMV7D\nEI 3326  DUB 07:05 -> BHD 08:00  Mon 13 Apr 2026 (operated by Emerald Airlines)\nCheck in online up to 2 hours before departure. Bag drop closes 40 minutes before departure.\nIncluded: 1 small bag (40 x 30 x 15 cm). Add a 10kg cabin bag now for EUR 9.99.\nGate closes 20 minutes before departure. Boarding group 4.',
    pii: [],
  },
  {
    text: 'HOME INSURANCE - STATEMENT OF FACT\nPolicy ref: HH-5520-18837   Cover start: 12/03/2026\nPolicyholder: Mr Gareth Pryce-Jones   Date of birth: 19/11/1972   Occupation: Secondary school teacher\nJoint policyholder: Mrs Nia Pryce-Jones   Date of birth: 04/02/1975\nProperty: 7 Heol y Felin, Llandaff, Cardiff CF5 2LP - detached, 4 bedrooms, built 1988, standard construction\nClaims in last 5 years: 1 (escape of water, 2023, £3,420 paid)\nSecurity: 5-lever mortice deadlocks; alarm fitted, not monitored\nPlease check these facts carefully; incorrect information may invalidate your cover.',
    pii: [
      ['PERSON', 'Gareth Pryce-Jones'],
      ['DATE_OF_BIRTH', '19/11/1972'],
      ['PERSON', 'Nia Pryce-Jones'],
      ['DATE_OF_BIRTH', '04/02/1975'],
      ['ADDRESS', '7 Heol y Felin, Llandaff, Cardiff CF5 2LP'],
    ],
  },
  {
    text: 'DELIVERY CHALLAN   No.: DC/25-26/0392   Date: 04-03-2026\nConsignor: Maheshwari Yarn Processors, GSTIN 24AAGFM5519P1ZK, Surat\nConsignee: Om Sai Dyeing & Printing Mills, GSTIN 24AAECO7743R1Z9, Pandesara GIDC\nPurpose: Job work (dyeing) - not a supply for sale, Rule 55 CGST Rules\nHSN 5402 | Polyester filament yarn 80D/36F | 42 cartons | 1,512.40 kg | Value Rs. 2,64,670.00\nLR no. 77014 dated 04-03-2026, Shree Ganesh Roadways\nProcessed goods to be returned within 30 days.',
    pii: [],
  },
  {
    text: "JOB CARD #41877   Bay 3   Drop-off 7:30am, pick-up 4:00pm\nCustomer: Brendan O'Loughlin   Mob: 0412 608 935\nVehicle: 2021 Ford Ranger XLT 3.2 dsl, rego 618 KQZ (QLD), VIN MNAUMFF50LW874203, odo 58,412 km\nComplaint: clunk from front end over bumps, A/C not blowing cold\nWork: inspect front suspension, regas A/C (R134a 600 g), 60,000 km logbook service\nAuthorised up to $650 without further call. After hours: keys in lockbox, code sent to customer by SMS.",
    pii: [
      ['PERSON', "Brendan O'Loughlin"],
      ['PHONE', '0412 608 935'],
      ['VEHICLE_PLATE', '618 KQZ'],
      ['VIN', 'MNAUMFF50LW874203'],
    ],
  },
  {
    text: 'Parcel size bands - Dublin same-day & next-day (from 1 March 2026)\nBand | Max dimensions (cm) | Max weight | Same-day | Next-day\nXS | 35 x 25 x 5 | 2 kg | EUR 8.95 | EUR 4.60\nS | 45 x 35 x 16 | 5 kg | EUR 10.50 | EUR 5.90\nM | 61 x 46 x 46 | 15 kg | EUR 14.25 | EUR 7.80\nL | 100 x 50 x 50 | 30 kg | POA | EUR 12.40\nFuel surcharge 4.5% applies to all bands. Collections booked before 11:00 ship same day.',
    pii: [],
  },
  {
    text: '# config/production.yml  -- TODO move to vault before merge!!\nservice: payments-webhook\nregion: eu-west-1\nstripe:\n  secretKey: sk_live_51Nq8TfL2kVx0aB7cR4mYp9QeWz3HdJ6uS1gK8oXtE5vNiC2rFy7Ub\n  webhookSigningSecret: whsec_9f3K2mLq7RtX1vB8nC4pZ6yW0sHdA2\ndatabase:\n  host: pg-payments.internal\n  port: 5432\n  user: ${DB_USER}\n  password: Tr!ckyOtter-2026\ntimeoutMs: 5000',
    pii: [
      ['SECRET', 'sk_live_51Nq8TfL2kVx0aB7cR4mYp9QeWz3HdJ6uS1gK8oXtE5vNiC2rFy7Ub'],
      ['SECRET', 'whsec_9f3K2mLq7RtX1vB8nC4pZ6yW0sHdA2'],
      ['PASSWORD', 'Tr!ckyOtter-2026'],
    ],
  },
];
