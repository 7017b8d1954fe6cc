// English documents for round 30, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyDocumentsA: readonly IndependentText[] = [
  {
    text:
      'ST. BRENDAN MEDICAL CENTER - DISCHARGE SUMMARY\n' +
      'Patient: Lorraine K. Whitfield          MRN: 00731846\n' +
      'DOB: 02/11/1957    Sex: F    Room: 4B-12\n' +
      'Admitted: 03/04/2024    Discharged: 03/09/2024\n' +
      'Attending: Samuel Okafor, MD\n' +
      'Payer: Aetna Medicare Advantage PPO   Member ID: W284715093   Group: 0087412\n' +
      'Home address: 4471 Refugee Rd, Apt 2C, Columbus, OH 43232\n' +
      'Principal dx: Community-acquired pneumonia (J18.9). SpO2 on discharge 95% RA, BP 132/78.\n' +
      'Discharge meds: amoxicillin-clavulanate 875/125 mg PO BID x 5 days; albuterol HFA 90 mcg 2 puffs q4-6h PRN.\n' +
      'Follow-up: PCP within 7 days. Scheduling line (614) 293-8000.',
    pii: [
      ['PERSON', 'Lorraine K. Whitfield'],
      ['MEDICAL_RECORD', '00731846'],
      ['DATE_OF_BIRTH', '02/11/1957'],
      ['PERSON', 'Samuel Okafor'],
      ['HEALTH_INSURANCE', 'W284715093'],
      ['ADDRESS', '4471 Refugee Rd, Apt 2C, Columbus, OH 43232'],
    ],
  },
  {
    text:
      'Barclays Bank UK PLC - Cash ISA opening confirmation\n' +
      'Our ref: ISA/24/0917731   Date issued: 08 April 2024\n\n' +
      'Account holder: Mr Gareth Price-Llewellyn\n' +
      'Flat 3, 27 Cathedral Road, Cardiff CF11 9HA\n' +
      'Date of birth: 14 Jun 1979\n' +
      'National Insurance number: SH 62 40 93 A\n\n' +
      'Your new Instant Cash ISA\n' +
      'Sort code: 20-04-15     Account number: 23834017\n' +
      'IBAN: GB90 BARC 2004 1523 8340 17     BIC: BARCGB22\n' +
      'Interest rate 4.11% AER (variable). Subscription limit for 2024/25: \u00a320,000.\n' +
      'Questions? Call 0345 734 5345 quoting the reference above.',
    pii: [
      ['PERSON', 'Gareth Price-Llewellyn'],
      ['ADDRESS', 'Flat 3, 27 Cathedral Road, Cardiff CF11 9HA'],
      ['DATE_OF_BIRTH', '14 Jun 1979'],
      ['UK_NINO', 'SH 62 40 93 A'],
      ['BANK_ACCOUNT', '23834017'],
      ['IBAN', 'GB90 BARC 2004 1523 8340 17'],
    ],
  },
  {
    text:
      'HDFC BANK - NRI ACCOUNT OPENING / KYC CHECKLIST (scanned, OCR)\n' +
      'Application No: NR/2024/0552918      Branch: Andheri (W), IFSC HDFC0000556\n' +
      'Applicant name : ANANYA SHARMA\n' +
      "Father's name  : RAJIV KUMAR SHARMA\n" +
      'Date of Birth  : 17/04/1989\n' +
      'Passport No    : P6183057   Place of issue: MUMBAI   Expiry: 22/09/2031\n' +
      'MRZ (line 2)   : P6183057<5IND8904171F3109225<<<<<<<<<<<<<<02\n' +
      'Overseas addr  : 12 Kestrel Court, 4 Hanover Rd, Singapore 159988\n' +
      'Mobile (Intl)  : +65 9127 4408\n' +
      'NRE A/c No. allotted: 50100482917365\n' +
      'Verified by: branch officer emp code 11873 on 03/05/2024',
    pii: [
      ['PERSON', 'ANANYA SHARMA'],
      ['PERSON', 'RAJIV KUMAR SHARMA'],
      ['DATE_OF_BIRTH', '17/04/1989'],
      ['PASSPORT', 'P6183057'],
      ['PASSPORT', 'P6183057'],
      ['DATE_OF_BIRTH', '890417'],
      ['ADDRESS', '12 Kestrel Court, 4 Hanover Rd, Singapore 159988'],
      ['PHONE', '+65 9127 4408'],
      ['BANK_ACCOUNT', '50100482917365'],
    ],
  },
  {
    text:
      '# activation_batch_2024-05-17.csv  (wholesale partner: FleetLink Ltd, batch 0517-B)\n' +
      'order_id,msisdn,iccid,imei,plan_code,activated_at,account_holder,holder_dob,status\n' +
      'ORD-5528190,+447911482736,89442976787888266947,352878391253252,FL-DATA-30GB,2024-05-17T09:12:44Z,Callum Reid,1998-02-14,ACTIVE\n' +
      'ORD-5528191,+447426 093815,89442975347279859015,359406065521995,FL-DATA-30GB,2024-05-17T09:13:02Z,Bethany Osei,12/09/1984,ACTIVE\n' +
      'ORD-5528192,,89492724422792536892,,FL-VOICE-UNL,,,,FAILED (ICCID not in range)\n' +
      '# rows: 3  ok: 2  failed: 1',
    pii: [
      ['PHONE', '+447911482736'],
      ['ICCID', '89442976787888266947'],
      ['IMEI', '352878391253252'],
      ['PERSON', 'Callum Reid'],
      ['DATE_OF_BIRTH', '1998-02-14'],
      ['PHONE', '+447426 093815'],
      ['ICCID', '89442975347279859015'],
      ['IMEI', '359406065521995'],
      ['PERSON', 'Bethany Osei'],
      ['DATE_OF_BIRTH', '12/09/1984'],
      ['ICCID', '89492724422792536892'],
    ],
  },
  {
    text:
      '2024-06-02T07:14:09Z hubd[812]: pairing ok device=thermo-v3 mac=48:A7:FE:2F:43:68 fw=4.2.17\n' +
      '2024-06-02T07:14:10Z hubd[812]: cloud register owner=mkowalczyk88 wan_ip=83.24.117.56 region=eu-central\n' +
      '2024-06-02T07:14:10Z hubd[812]: DEBUG auth hdr="Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6ImszIn0.eyJzdWIiOiJkZXYtNzczMSIsInNjb3BlIjoidGVsZW1ldHJ5OndyaXRlIiwiZXhwIjoxNzMzOTYxNjAwfQ.MLm43B3OjdK2OLMdNJTkzc_8pRXhWNEuCbY-e3ZVMkfcDWKbFYV6RZc123ybgnl8LzRRIC7wQqVThu1r2WZxfm"\n' +
      '2024-06-02T07:14:12Z hubd[812]: zigbee join nwk=0x4F2A part=TRV-ZB-220 rssi=-61 lqi=180\n' +
      '2024-06-02T07:14:15Z hubd[812]: pairing ok device=door-sensor-2 mac=30:F7:51:2B:03:3E fw=1.0.9\n' +
      '2024-06-02T07:14:20Z hubd[812]: schedule sync 21.5C/17.0C next=2024-06-02T17:30:00Z',
    pii: [
      ['MAC_ADDRESS', '48:A7:FE:2F:43:68'],
      ['USERNAME', 'mkowalczyk88'],
      ['IP_ADDRESS', '83.24.117.56'],
      [
        'SECRET',
        'eyJhbGciOiJSUzI1NiIsImtpZCI6ImszIn0.eyJzdWIiOiJkZXYtNzczMSIsInNjb3BlIjoidGVsZW1ldHJ5OndyaXRlIiwiZXhwIjoxNzMzOTYxNjAwfQ.MLm43B3OjdK2OLMdNJTkzc_8pRXhWNEuCbY-e3ZVMkfcDWKbFYV6RZc123ybgnl8LzRRIC7wQqVThu1r2WZxfm',
      ],
      ['MAC_ADDRESS', '30:F7:51:2B:03:3E'],
    ],
  },
  {
    text:
      'INC-0048712  staging deploy of billing-api 3.14.2 fails after key rotation\n' +
      'Reporter: Priya Natarajan (ext. 4471)   Priority: P2\n' +
      'Pasted from /srv/billing-api/.env on stg-app-02:\n' +
      'APP_ENV=staging\n' +
      'APP_VERSION=3.14.2\n' +
      'DB_HOST=db-staging.internal\n' +
      'DB_PORT=5432\n' +
      'DB_USER=billing_svc\n' +
      'DB_PASSWORD=Tr0ub4dor&Kestrel!29\n' +
      'AWS_REGION=eu-west-2\n' +
      'AWS_ACCESS_KEY_ID=AKIAG62SRS5MB7ECBJAF\n' +
      'AWS_SECRET_ACCESS_KEY=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\n' +
      'STRIPE_SECRET_KEY=sk_live_khOFosZYG9uVqv8ExVuo5Zbc\n' +
      'STRIPE_PRICE_ID=price_ANNUAL_PRO_2024\n' +
      'MAX_RETRIES=5\n' +
      'Error in log: InvalidClientTokenId (request id 4f1c2b7e-0a9d-4e52-b3a1-77d0c9e1a6f2)',
    pii: [
      ['PERSON', 'Priya Natarajan'],
      ['USERNAME', 'billing_svc'],
      ['PASSWORD', 'Tr0ub4dor&Kestrel!29'],
      ['SECRET', 'AKIAG62SRS5MB7ECBJAF'],
      ['SECRET', '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'],
      ['SECRET', 'sk_live_khOFosZYG9uVqv8ExVuo5Zbc'],
    ],
  },
  {
    text:
      'Helen Tremblay, MD CCFP - Bloor West Family Health Team\n' +
      '2270 Bloor St W, Toronto ON M6S 1N9   Tel 416-762-1410   Fax 416-762-1412\n' +
      'Rx date: 2024-02-19\n' +
      'Patient: Marcus Oyelaran        DOB: 1983-08-26\n' +
      'OHIP: 8487 333 117    Version: KT\n' +
      'Chart #: BW-0041187\n' +
      'Address: 58 Glenlake Ave, Unit 4, Toronto ON M6P 1E6\n' +
      'Rx: Ramipril 5 mg cap - 1 cap PO daily - Mitte 90 - Repeats x3 (DIN 02221837)\n' +
      'Rx: Atorvastatin 20 mg tab - 1 tab PO qhs - Mitte 90 - Repeats x3\n' +
      'Last BP 148/92, LDL 3.9 mmol/L',
    pii: [
      ['PERSON', 'Helen Tremblay'],
      ['PERSON', 'Marcus Oyelaran'],
      ['DATE_OF_BIRTH', '1983-08-26'],
      ['HEALTH_INSURANCE', '8487 333 117'],
      ['MEDICAL_RECORD', 'BW-0041187'],
      ['ADDRESS', '58 Glenlake Ave, Unit 4, Toronto ON M6P 1E6'],
    ],
  },
  {
    text:
      'IMPORTANT SAFETY RECALL - NHTSA Recall 24V-118 / Ford Campaign 24S12\n' +
      'Dwayne R. Castellanos\n' +
      '1180 Pecan Hollow Dr, Round Rock, TX 78664\n\n' +
      'Vehicle Identification Number: 1FTFW1E51MFA14897 (2021 F-150, built 03/2021)\n' +
      'Rear axle hub bolt (part ML3Z-4B477-A) may fracture. Remedy: replace bolt, approx. 1.5 hrs.\n' +
      'Ford Customer Relationship Center: 1-866-436-7332\n\n' +
      '--- Dealer service notes, Round Rock Ford, RO 318842 ---\n' +
      'Owner plate TX RDK-4917. Loaner issued: 2024 Escape, plate TX SGH-2718, fuel 7/8.\n' +
      'Loaner agreement: customer TX DL 41859627 verified, DOB 10/05/1971.',
    pii: [
      ['PERSON', 'Dwayne R. Castellanos'],
      ['ADDRESS', '1180 Pecan Hollow Dr, Round Rock, TX 78664'],
      ['VIN', '1FTFW1E51MFA14897'],
      ['VEHICLE_PLATE', 'RDK-4917'],
      ['VEHICLE_PLATE', 'SGH-2718'],
      ['DRIVER_LICENSE', '41859627'],
      ['DATE_OF_BIRTH', '10/05/1971'],
    ],
  },
  {
    text:
      "HARROGATE PRESTIGE MOTORS LTD - BUYER'S ORDER No. BO-33918     Date 12/04/2024\n" +
      'Purchaser: Sarah J. Morgan\n' +
      'Address: 14 Orchard Close, Harrogate HG2 8NL\n' +
      'Date of birth 14/03/1976     Driving licence no. MORGA753146SJ9LW\n' +
      'Vehicle: 2020 Land Rover Discovery Sport D180 SE, Santorini Black\n' +
      'VIN SALGA2BE9LA107569    Reg YD20 KXP    Mileage 28,411\n' +
      'Part exchange: reg YF16 WLN, 71,204 miles, settlement figure \u00a32,140.00\n' +
      'Cash price \u00a331,995.00  Deposit \u00a31,500.00 paid by Visa debit ending 2803\n' +
      'Finance proposal ref PX-77120-H (Black Horse).  Sales exec: stock no. 4471',
    pii: [
      ['PERSON', 'Sarah J. Morgan'],
      ['ADDRESS', '14 Orchard Close, Harrogate HG2 8NL'],
      ['DATE_OF_BIRTH', '14/03/1976'],
      ['DRIVER_LICENSE', 'MORGA753146SJ9LW'],
      ['VIN', 'SALGA2BE9LA107569'],
      ['VEHICLE_PLATE', 'YD20 KXP'],
      ['VEHICLE_PLATE', 'YF16 WLN'],
    ],
  },
  {
    text:
      'NEW HIRE PACKET - Cascade Timber Products, Inc.    Employee No. 20418\n' +
      'Legal name: Tomasz Wi\u015bniewski\n' +
      'SSN: 529-48-1736        Date of birth: 07/22/1990\n' +
      'Home address: 3318 NE Killingsworth St, Portland, OR 97211\n' +
      'Personal cell: (503) 418-2296\n' +
      'Form I-9, List A document: U.S. Passport # A03918274, expires 09/14/2031\n' +
      'Direct deposit (100%): OnPoint Community CU, routing 323075880, acct 0004471930215, checking\n' +
      'Start date: 06/03/2024    Pay rate: $27.40/hr    Dept: 310 Mill Ops\n' +
      'HR line: (503) 555-0100 ext 12',
    pii: [
      ['PERSON', 'Tomasz Wi\u015bniewski'],
      ['US_SSN', '529-48-1736'],
      ['DATE_OF_BIRTH', '07/22/1990'],
      ['ADDRESS', '3318 NE Killingsworth St, Portland, OR 97211'],
      ['PHONE', '(503) 418-2296'],
      ['PASSPORT', 'A03918274'],
      ['BANK_ACCOUNT', '0004471930215'],
    ],
  },
  {
    text:
      'PayrollExport_M06_2024.csv   Hartley & Dunn Facilities Ltd   PAYE ref 120/HD48213\n' +
      'emp_no,surname,forename,ni_number,dob,tax_code,sort_code,account_no,gross,net\n' +
      '10482,Adeyemi,Folasade,JK 48 29 17 B,1987-11-03,1257L,40-47-84,61839270,2916.67,2287.14\n' +
      '10517,McAllister,Ewan,WR563812A,1969-02-28,BR,09-01-28,37710452,3400.00,2598.73\n' +
      '10533,Nowak,Kinga,NP 73 19 04 C,2001-06-15,1257L M1,30-96-26,12094437,1845.00,1606.42\n' +
      'TOTAL,,,,,,,,8161.67,6492.29',
    pii: [
      ['PERSON', 'Adeyemi'],
      ['PERSON', 'Folasade'],
      ['UK_NINO', 'JK 48 29 17 B'],
      ['DATE_OF_BIRTH', '1987-11-03'],
      ['BANK_ACCOUNT', '61839270'],
      ['PERSON', 'McAllister'],
      ['PERSON', 'Ewan'],
      ['UK_NINO', 'WR563812A'],
      ['DATE_OF_BIRTH', '1969-02-28'],
      ['BANK_ACCOUNT', '37710452'],
      ['PERSON', 'Nowak'],
      ['PERSON', 'Kinga'],
      ['UK_NINO', 'NP 73 19 04 C'],
      ['DATE_OF_BIRTH', '2001-06-15'],
      ['BANK_ACCOUNT', '12094437'],
    ],
  },
  {
    text:
      'MOTOR VEHICLE CLAIM FORM        Claim No. MC-2024-0381726\n' +
      'Section A - Policyholder / driver\n' +
      'Name: Liam Fitzgerald-Hart        Date of birth: 3 September 1992\n' +
      'NSW driver licence no.: 17 482 936        Mobile: 0412 738 905\n' +
      'Your vehicle: 2007 Toyota Prius, rego DRF 18K (NSW), VIN JTDKB20U273007056\n' +
      'Section B - Incident: 14/05/2024 approx 5:40 pm, Parramatta Rd at Ross St, Glebe\n' +
      'Other party: Nguyen Thi Hoa, rego CX 42 LM, insurer advised\n' +
      'Section C - Injury: neck strain, seen at RPA ED 14/05/2024\n' +
      'Medicare card no.: 4533 31474 9   IRN: 1\n' +
      'Excess payable $800. Towing invoice T-44810 $385.00',
    pii: [
      ['PERSON', 'Liam Fitzgerald-Hart'],
      ['DATE_OF_BIRTH', '3 September 1992'],
      ['DRIVER_LICENSE', '17 482 936'],
      ['PHONE', '0412 738 905'],
      ['VEHICLE_PLATE', 'DRF 18K'],
      ['VIN', 'JTDKB20U273007056'],
      ['PERSON', 'Nguyen Thi Hoa'],
      ['VEHICLE_PLATE', 'CX 42 LM'],
      ['HEALTH_INSURANCE', '4533 31474 9'],
    ],
  },
  {
    text:
      'FIRST CITY MONUMENT BANK - INWARD NIP TRANSFER ADVICE\n' +
      'Session ID: 000015240517093811482916370    Value date: 17-May-2024\n' +
      'Beneficiary: CHUKWUEMEKA OBI-NWOSU\n' +
      'Beneficiary A/C (NUBAN): 3012847756\n' +
      'Originator: AISHA BELLO / GTBank / 0148823091\n' +
      'Amount: NGN 450,000.00   Fee: NGN 53.75   Narration: Q3 rent part payment\n' +
      'KYC snapshot (beneficiary): DOB 21-Jan-1988 | Intl passport A08847213 | mobile 0803 417 2285\n' +
      'Customer care: 0700 329 0000',
    pii: [
      ['PERSON', 'CHUKWUEMEKA OBI-NWOSU'],
      ['BANK_ACCOUNT', '3012847756'],
      ['PERSON', 'AISHA BELLO'],
      ['BANK_ACCOUNT', '0148823091'],
      ['DATE_OF_BIRTH', '21-Jan-1988'],
      ['PASSPORT', 'A08847213'],
      ['PHONE', '0803 417 2285'],
    ],
  },
  {
    text:
      'Ticket #771204  Subject: renewal charge failed\n' +
      'Channel: chat widget   Visitor IP: 88.97.204.13   Plan: PRO-ANNUAL ($189.00)\n' +
      '[10:02] Visitor: hi my renewal failed again, account email d.fairbanks@protonmail.com\n' +
      '[10:03] Visitor: card is 5330 0253 1352 2317 exp 08/27 cvv 418\n' +
      '[10:03] Visitor: sorry the expiry is 09/27 not 08/27\n' +
      "[10:05] Agent Marta: Thanks - please don't post card details in chat, I've flagged this for redaction. Invoice INV-2024-118204 is still open; you can pay it from Billing > Payment methods.",
    pii: [
      ['IP_ADDRESS', '88.97.204.13'],
      ['EMAIL', 'd.fairbanks@protonmail.com'],
      ['CREDIT_CARD', '5330 0253 1352 2317'],
      ['CARD_EXPIRY', '08/27'],
      ['CARD_CVV', '418'],
      ['CARD_EXPIRY', '09/27'],
      ['CARD_EXPIRY', '08/27'],
      ['PERSON', 'Marta'],
    ],
  },
  {
    text:
      '{\n' +
      '  "export_id": "sar-2024-06-11-0091",\n' +
      '  "generated_at": "2024-06-11T14:02:55Z",\n' +
      '  "user": {\n' +
      '    "id": 4471923,\n' +
      '    "full_name": "Hana Lindqvist",\n' +
      '    "username": "kestrel_vale",\n' +
      '    "email": "hana.lindqvist@gmail.com",\n' +
      '    "date_of_birth": "1995-10-07",\n' +
      '    "phone": "+46 70 318 42 97",\n' +
      '    "signup_ip": "94.254.33.128",\n' +
      '    "last_login_ip": "2a02:aa1:1021:7f3e:5c9d:41ff:fe02:bb17"\n' +
      '  },\n' +
      '  "payment_methods": [{ "brand": "visa", "last4": "7104" }],\n' +
      '  "orders": [{ "order_id": "SE-1188204", "total": "349.00 SEK", "placed": "2024-03-02" }]\n' +
      '}',
    pii: [
      ['PERSON', 'Hana Lindqvist'],
      ['USERNAME', 'kestrel_vale'],
      ['EMAIL', 'hana.lindqvist@gmail.com'],
      ['DATE_OF_BIRTH', '1995-10-07'],
      ['PHONE', '+46 70 318 42 97'],
      ['IP_ADDRESS', '94.254.33.128'],
      ['IP_ADDRESS', '2a02:aa1:1021:7f3e:5c9d:41ff:fe02:bb17'],
    ],
  },
  {
    text:
      'Northside Specialist Rooms - Referral\n' +
      'Re: Mr Rangi Parata-Walker    DOB 11.02.1964\n' +
      'Medicare 6328 80407 8 (IRN 2)    RBWH URN: 3108842\n' +
      'Address: 27 Kedron Park Rd, Wooloowin QLD 4030    Ph 0438 291 067\n\n' +
      'Dear Dr Chen,\n' +
      'Thank you for seeing Rangi, a 60-year-old man with type 2 diabetes, HbA1c 8.4% (Apr 2024), eGFR 52, ' +
      'now with exertional chest tightness. ECG 02/05/2024 showed no acute changes. Current meds: metformin XR 1 g BD, ' +
      'empagliflozin 10 mg mane, perindopril 5 mg.\n' +
      'Kind regards,\nDr Amelia Rossiter, GP (Provider No. 2447183K)',
    pii: [
      ['PERSON', 'Rangi Parata-Walker'],
      ['DATE_OF_BIRTH', '11.02.1964'],
      ['HEALTH_INSURANCE', '6328 80407 8'],
      ['MEDICAL_RECORD', '3108842'],
      ['ADDRESS', '27 Kedron Park Rd, Wooloowin QLD 4030'],
      ['PHONE', '0438 291 067'],
      ['PERSON', 'Chen'],
      ['PERSON', 'Rangi'],
      ['PERSON', 'Amelia Rossiter'],
    ],
  },
  {
    text:
      'Northern Gas & Power - price change notice (template v7, do not send without merge fields)\n' +
      'Tariff: Fixed Saver Jun25 v3 (code NGP-FS-0625-03)\n' +
      'Electricity unit rate 24.86p/kWh, standing charge 60.10p/day\n' +
      'Gas unit rate 6.04p/kWh, standing charge 31.65p/day\n' +
      'Meter serial: {{meter_serial}}   MPAN: {{mpan}}   Account: {{account_ref}}\n' +
      'Effective from 01/07/2024. Exit fee \u00a375 per fuel before 30/06/2025.\n' +
      'Customer services 0345 072 8810 (Mon-Fri 8am-6pm), textphone 18001 0345 072 8810',
    pii: [],
  },
  {
    text:
      'VENDOR SETUP - Independent contractor (Brazil)         Vendor ID: VEN-0088213\n' +
      'Contractor: Thiago Menezes Barbosa\n' +
      'Date of birth: 23/06/1991\n' +
      'Passport (BRA): FZ482913, issued 02/08/2019\n' +
      'Payout bank: Ita\u00fa Unibanco (341)   Ag\u00eancia: 0482   Conta corrente: 31729-4\n' +
      'PIX key (e-mail): thiago.mbarbosa@gmail.com\n' +
      'Form W-8BEN received 10/04/2024. Rate USD 45/h, invoice cycle monthly (NET 15).\n' +
      'AP approver: cost center 7140',
    pii: [
      ['PERSON', 'Thiago Menezes Barbosa'],
      ['DATE_OF_BIRTH', '23/06/1991'],
      ['PASSPORT', 'FZ482913'],
      ['BANK_ACCOUNT', '31729-4'],
      ['EMAIL', 'thiago.mbarbosa@gmail.com'],
    ],
  },
  {
    text:
      'TENANT SELF-DISCLOSURE (Mieterselbstauskunft) - English version\n' +
      'Property ref: WE-112-3L, Prenzlauer Berg, 2.5 rooms, 68 m\u00b2, cold rent EUR 1,240\n' +
      'Applicant: Dr. Felix Baumgartner-Oyelowo\n' +
      'Date of birth: 19.07.1986\n' +
      'Current address: Lindenstra\u00dfe 44, 50674 K\u00f6ln\n' +
      'Passport no.: C7HKL2T91 (Federal Republic of Germany)\n' +
      'IBAN for deposit return: DE12 9758 2233 5524 5407 89\n' +
      'Employer: Rheinwerk Logistik GmbH, net monthly income EUR 4,850, employed since 01.03.2019\n' +
      'Move-in wished: 01.09.2024',
    pii: [
      ['PERSON', 'Felix Baumgartner-Oyelowo'],
      ['DATE_OF_BIRTH', '19.07.1986'],
      ['ADDRESS', 'Lindenstra\u00dfe 44, 50674 K\u00f6ln'],
      ['PASSPORT', 'C7HKL2T91'],
      ['IBAN', 'DE12 9758 2233 5524 5407 89'],
    ],
  },
  {
    text:
      'Case 5520913 - intermittent broadband drops (Hub 5, fw 9.1.2311.200)\n' +
      'Caller verified: account holder Olumide Adebayo-Grant, security passcode maple4417\n' +
      'WAN IPv4: 86.14.203.77   Uptime 0d 03:12   SNR 38.2 dB\n' +
      'Connected devices (pasted by customer from hub page):\n' +
      '  A4:83:E7:19:5C:2D   iPhone             5GHz   -58 dBm\n' +
      '  F0:18:98:6E:0B:41   MacBookPro-Work    5GHz   -63 dBm\n' +
      '  7C:64:56:A2:90:1F   webOS TV OLED55C1  2.4GHz -71 dBm\n' +
      'Action: engineer visit booked job EV-448120, slot 13/06 AM.',
    pii: [
      ['PERSON', 'Olumide Adebayo-Grant'],
      ['PASSWORD', 'maple4417'],
      ['IP_ADDRESS', '86.14.203.77'],
      ['MAC_ADDRESS', 'A4:83:E7:19:5C:2D'],
      ['MAC_ADDRESS', 'F0:18:98:6E:0B:41'],
      ['MAC_ADDRESS', '7C:64:56:A2:90:1F'],
    ],
  },
  {
    text:
      'PORT-OUT REQUEST PO-7731940        Status: HELD - fraud review\n' +
      'Line: (720) 314-8862\n' +
      'Account PIN given by caller: 4719 (match)\n' +
      'SIM change same day: old ICCID 8901486393698917203 -> new ICCID 8901220537665295925\n' +
      'Device on line: IMEI 352147147820768 (iPhone 14, model A2649)\n' +
      'ID presented in store #2207: Colorado DL 14-227-3891\n' +
      'DOB on account 1979-12-05 / DOB on ID 1979-12-05\n' +
      'Note: account holder Jenna Whitcombe-Ruiz says she did not request the SIM change. Escalated to ticket FR-22871.',
    pii: [
      ['PHONE', '(720) 314-8862'],
      ['PASSWORD', '4719'],
      ['ICCID', '8901486393698917203'],
      ['ICCID', '8901220537665295925'],
      ['IMEI', '352147147820768'],
      ['DRIVER_LICENSE', '14-227-3891'],
      ['DATE_OF_BIRTH', '1979-12-05'],
      ['DATE_OF_BIRTH', '1979-12-05'],
      ['PERSON', 'Jenna Whitcombe-Ruiz'],
    ],
  },
  {
    text:
      '[OCR page 1/2  conf 0.81]\n' +
      'NEW YORK STATE   DRIVER LICENSE\n' +
      'ID: 731 482 906        CLASS D\n' +
      'WALSH-OKONJO\n' +
      'KEVIN  T\n' +
      'DOB: 04/ 19/ 1985    EXP 04/19/2029   ISS 03/22/2021\n' +
      '2217 DEAN ST APT 3R\n' +
      'BROOKLYN, NY 11233\n' +
      '[OCR page 2/2  conf 0.74]\n' +
      'VEHICLE REGISTRATION   PLATE KGH-4821   PASSENGER\n' +
      'VIN 3VW2B7AJ7H M317167   2017 VOLK  4DSD   FEE $26.00',
    pii: [
      ['DRIVER_LICENSE', '731 482 906'],
      ['PERSON', 'WALSH-OKONJO'],
      ['PERSON', 'KEVIN  T'],
      ['DATE_OF_BIRTH', '04/ 19/ 1985'],
      ['ADDRESS', '2217 DEAN ST APT 3R\nBROOKLYN, NY 11233'],
      ['VEHICLE_PLATE', 'KGH-4821'],
      ['VIN', '3VW2B7AJ7H M317167'],
    ],
  },
  {
    text:
      'RC TRANSFER WORKSHEET (Form 29/30) - RTO Pune, MH-12\n' +
      'Seller: Rohan Deshpande, DL No. MH12 20110012345\n' +
      'Buyer: Snehal Kulkarni, DL No. MH14 20190034871, DOB 05-11-1993\n' +
      'Vehicle: Maruti Suzuki Swift ZXi, Reg. No. MH 12 KX 4821\n' +
      'Chassis No.: MA3FJEB18S6996784\n' +
      'Sale consideration Rs 4,35,000/- paid to seller SBI a/c 38271946502 (IFSC SBIN0004471) on 22-04-2024\n' +
      'Form 29 receipt no. 4471/2024, fee Rs 150/-',
    pii: [
      ['PERSON', 'Rohan Deshpande'],
      ['DRIVER_LICENSE', 'MH12 20110012345'],
      ['PERSON', 'Snehal Kulkarni'],
      ['DRIVER_LICENSE', 'MH14 20190034871'],
      ['DATE_OF_BIRTH', '05-11-1993'],
      ['VEHICLE_PLATE', 'MH 12 KX 4821'],
      ['VIN', 'MA3FJEB18S6996784'],
      ['BANK_ACCOUNT', '38271946502'],
    ],
  },
  {
    text:
      '2024-06-11 09:14:02.118 INFO  checkout-svc v2.31.4 [req=7f3a9c1e-22b1-4d0e-9a41-c0b8f2e6d719] order=ORD-20240611-004812 items=3 subtotal=148.50 currency=GBP\n' +
      '2024-06-11 09:14:02.904 WARN  payment-adapter retry=1 provider=adyen pspReference=8815718204936617 resultCode=Refused refusalReason=NOT_ENOUGH_BALANCE\n' +
      '2024-06-11 09:14:05.377 INFO  payment-adapter retry=2 pspReference=8815718204936625 resultCode=Authorised amount=14850\n' +
      '2024-06-11 09:14:05.902 INFO  fulfilment shipment created carrier=UPS tracking=1Z4E7W820312948813 sku=HX-2210-BLK qty=2\n' +
      '2024-06-11 09:14:06.010 INFO  mailer queued template=order_confirmation_v12 order=ORD-20240611-004812',
    pii: [],
  },
  {
    text:
      'PRODUCT SAFETY RECALL - Kinderline ComfortRide 360 convertible car seats\n' +
      'Affected models: KR360-BLK, KR360-GRY, KR360-NVY\n' +
      'Manufactured 2023-01-09 through 2023-08-30; lot codes L2301A to L2308C\n' +
      'UPC 048213771046 / 048213771053\n' +
      'Hazard: harness buckle tongue (part KR-HBT-07) may not latch fully.\n' +
      'Remedy: free buckle kit KR-HBK-07, ships in 5-7 business days.\n' +
      'Register at kinderline.com/recall or call 1-888-271-4409, Mon-Fri 8am-8pm ET. Reference CPSC Recall 24-187.',
    pii: [],
  },
];
