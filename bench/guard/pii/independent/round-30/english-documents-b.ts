// English documents for round 30, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyDocumentsB: readonly IndependentText[] = [
  {
    text:
      'SHINHAN BANK - Account Opening for Foreign Residents (English form)   Branch: Ansan Wongok (code 0417)\n' +
      'Name (as in passport): NGUYEN VAN THANH\n' +
      'Nationality: VIETNAM     Passport No.: C4471829\n' +
      'Alien Registration No.: 880514-5847525\n' +
      'Date of Birth: 14 May 1988\n' +
      'Mobile: 010-4827-3316\n' +
      'Address in Korea: 302-ho, 45 Wongok-ro, Danwon-gu, Ansan-si, Gyeonggi-do\n' +
      'Employer: Daesung Casting Co. (BRN 571-83-04705), monthly salary KRW 2,450,000\n' +
      'Account opened: 110-482-719305 (Salary Savings)   Date: 2024.05.20\n' +
      'Customer center 1599-8000 / Global desk 1577-8380',
    pii: [
      ['PERSON', 'NGUYEN VAN THANH'],
      ['PASSPORT', 'C4471829'],
      ['FRN', '880514-5847525'],
      ['DATE_OF_BIRTH', '14 May 1988'],
      ['PHONE', '010-4827-3316'],
      ['ADDRESS', '302-ho, 45 Wongok-ro, Danwon-gu, Ansan-si, Gyeonggi-do'],
      ['BRN', '571-83-04705'],
      ['BANK_ACCOUNT', '110-482-719305'],
    ],
  },
  {
    text:
      'SUPPLIER MASTER DATA FORM          Vendor code: V-300482   Incoterms: FOB Busan\n' +
      'Legal name: Hanbit Precision Co., Ltd.\n' +
      'Business Registration No.: 156-59-22800\n' +
      'Corporate Registration No.: 345113-6125063\n' +
      'Representative Director: Park Ji-hoon\n' +
      'Remittance: Woori Bank, KRW account 1005-803-471926, SWIFT HVBKKRSE\n' +
      'AP contact: Seo Yuna, yuna.seo@hanbitprecision.co.kr, mobile +82-10-7319-4428\n' +
      'Main office tel: +82-31-428-7700   Payment terms: 60 days EOM   PO limit USD 250,000',
    pii: [
      ['BRN', '156-59-22800'],
      ['CRN', '345113-6125063'],
      ['PERSON', 'Park Ji-hoon'],
      ['BANK_ACCOUNT', '1005-803-471926'],
      ['PERSON', 'Seo Yuna'],
      ['EMAIL', 'yuna.seo@hanbitprecision.co.kr'],
      ['PHONE', '+82-10-7319-4428'],
    ],
  },
  {
    text:
      'GLOBAL MOBILITY - ASSIGNEE PROFILE (Seoul -> Austin, 24 months)\n' +
      'Assignee: Kim Min-seo                 Employee ID: E-77120\n' +
      'Resident Registration No. (KR): 910203-2692599\n' +
      'Date of birth: 3 Feb 1991\n' +
      'Korean passport: M37829164, valid to 2033-05-18\n' +
      'US SSN (issued 2024-03-27): 614-20-9357\n' +
      'Home-country pay account: KB Kookmin Bank 472101-04-183920\n' +
      'Host housing: 2600 S Lamar Blvd, Apt 1214, Austin, TX 78704\n' +
      'Tax equalisation case TEQ-2024-0318; COLA 12%; shipment allowance 20 ft container',
    pii: [
      ['PERSON', 'Kim Min-seo'],
      ['RRN', '910203-2692599'],
      ['DATE_OF_BIRTH', '3 Feb 1991'],
      ['PASSPORT', 'M37829164'],
      ['US_SSN', '614-20-9357'],
      ['BANK_ACCOUNT', '472101-04-183920'],
      ['ADDRESS', '2600 S Lamar Blvd, Apt 1214, Austin, TX 78704'],
    ],
  },
  {
    text:
      'DIRECT DEPOSIT ENROLMENT - Prairie Ridge Co-operative Ltd.      Employee #6631\n' +
      'Employee name: Gurpreet Kaur Sandhu\n' +
      'Social Insurance Number: 375 672 615\n' +
      'Date of birth (YYYY/MM/DD): 1994/10/02\n' +
      'Institution no. 003   Transit no. 08172   Account no. 5098143\n' +
      '(void cheque #047 attached, RBC Royal Bank)\n' +
      'Home address: 1417 Avenue P South, Saskatoon SK S7M 2X1\n' +
      'Phone: 306-281-4407\n' +
      'Effective pay period: PP14 (2024-07-05)',
    pii: [
      ['PERSON', 'Gurpreet Kaur Sandhu'],
      ['CA_SIN', '375 672 615'],
      ['DATE_OF_BIRTH', '1994/10/02'],
      ['BANK_ACCOUNT', '5098143'],
      ['ADDRESS', '1417 Avenue P South, Saskatoon SK S7M 2X1'],
      ['PHONE', '306-281-4407'],
    ],
  },
  {
    text:
      'client_id\tname\ttin_type\ttin\tdob\tfiling_status\trefund_routing\trefund_account\tprep_fee\n' +
      'C-2291\tRosa Elena M\u00e1rquez\tITIN\t912-78-4405\t1978-03-30\tHOH\t111000025\t488102937716\t$225.00\n' +
      'C-2292\tDarnell Hughes\tSSN\t231-58-0947\t1966-09-14\tMFJ\t122000661\t0003318842\t$310.00\n' +
      'C-2293\tBeatriz Quiroga\tITIN\t943-91-2286\t1989-12-11\tS\t\t\t$150.00\n' +
      '# exported 2024-04-09 from TaxDesk Pro 23.4, office #14 (Santa Ana)',
    pii: [
      ['PERSON', 'Rosa Elena M\u00e1rquez'],
      ['US_ITIN', '912-78-4405'],
      ['DATE_OF_BIRTH', '1978-03-30'],
      ['BANK_ACCOUNT', '488102937716'],
      ['PERSON', 'Darnell Hughes'],
      ['US_SSN', '231-58-0947'],
      ['DATE_OF_BIRTH', '1966-09-14'],
      ['BANK_ACCOUNT', '0003318842'],
      ['PERSON', 'Beatriz Quiroga'],
      ['US_ITIN', '943-91-2286'],
      ['DATE_OF_BIRTH', '1989-12-11'],
    ],
  },
  {
    text:
      'RENTAL AGREEMENT RA 9014-33872          Dublin Airport T2, counter 6\n' +
      'Renter: Siobh\u00e1n N\u00ed Bhriain       DOB: 22/08/1983\n' +
      'Driving licence: 184273659 (IRL), valid to 2031\n' +
      'Payment card: AMEX 3747 865180 82229  exp 06/26  (pre-auth EUR 1,500)\n' +
      'Vehicle: Skoda Octavia Estate, reg 232-D-18471, fuel full, 12,884 km out\n' +
      'Return: 21/06/2024 10:00, Cork Airport (one-way fee EUR 65)\n' +
      'Deposit refund IBAN: IE13 AIBK 9311 5227 5378 15\n' +
      'Roadside assistance 1800 304 304',
    pii: [
      ['PERSON', 'Siobh\u00e1n N\u00ed Bhriain'],
      ['DATE_OF_BIRTH', '22/08/1983'],
      ['DRIVER_LICENSE', '184273659'],
      ['CREDIT_CARD', '3747 865180 82229'],
      ['CARD_EXPIRY', '06/26'],
      ['VEHICLE_PLATE', '232-D-18471'],
      ['IBAN', 'IE13 AIBK 9311 5227 5378 15'],
    ],
  },
  {
    text:
      '# values-prod.yaml  (committed by mistake in PR #2291, chart route-api 0.9.4)\n' +
      'image:\n' +
      '  repository: registry.internal/route-api\n' +
      '  tag: 1.18.3\n' +
      'replicaCount: 3\n' +
      'postgres:\n' +
      '  host: pg-prod.cluster.local\n' +
      '  port: 5432\n' +
      '  username: orders_rw\n' +
      '  password: "gH7#qLm2!vX9pEr4"\n' +
      'slack:\n' +
      '  botToken: xoxb-626686940944-7879091655491-wwjhCS6jkdFKsvw8f46QqXYi\n' +
      '  channel: "#ops-alerts"\n' +
      'github:\n' +
      '  token: ghp_BahcyXic6YOZq0M7qO60lI5QfecJUyGTelVE\n' +
      'openai:\n' +
      '  apiKey: sk-proj-wQ2d8m3Dze9n2cldhT-7JZjyUDevwBJSMglyU59Fo95X07mV\n' +
      '  model: gpt-4o-mini\n' +
      'resources:\n' +
      '  limits: { cpu: 500m, memory: 512Mi }',
    pii: [
      ['USERNAME', 'orders_rw'],
      ['PASSWORD', 'gH7#qLm2!vX9pEr4'],
      ['SECRET', 'xoxb-626686940944-7879091655491-wwjhCS6jkdFKsvw8f46QqXYi'],
      ['SECRET', 'ghp_BahcyXic6YOZq0M7qO60lI5QfecJUyGTelVE'],
      ['SECRET', 'sk-proj-wQ2d8m3Dze9n2cldhT-7JZjyUDevwBJSMglyU59Fo95X07mV'],
    ],
  },
  {
    text:
      '81.143.27.209 - jmorrow [11/Jun/2024:08:41:17 +0000] "GET /api/v2/orders/ORD-55120?access_token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzQ4MjEzIiwiaWF0IjoxNzE4MDIzMzQ0LCJleHAiOjE3MTgxMDk3NDR9.ZWYdzAeAY2omtTtvM5riija1IYLsD6c060ZGUfpDNhm HTTP/1.1" 200 1873 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n' +
      '81.143.27.209 - jmorrow [11/Jun/2024:08:41:18 +0000] "GET /static/app.4f9c2e.js HTTP/1.1" 304 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n' +
      '2a02:c7f:8c14:4d00:9d1b:3e2f:61a0:7c44 - - [11/Jun/2024:08:42:03 +0000] "POST /login HTTP/2.0" 302 0 "https://portal.example-freight.co.uk/login" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"\n',
    pii: [
      ['IP_ADDRESS', '81.143.27.209'],
      ['USERNAME', 'jmorrow'],
      [
        'SECRET',
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzQ4MjEzIiwiaWF0IjoxNzE4MDIzMzQ0LCJleHAiOjE3MTgxMDk3NDR9.ZWYdzAeAY2omtTtvM5riija1IYLsD6c060ZGUfpDNhm',
      ],
      ['IP_ADDRESS', '81.143.27.209'],
      ['USERNAME', 'jmorrow'],
      ['IP_ADDRESS', '2a02:c7f:8c14:4d00:9d1b:3e2f:61a0:7c44'],
    ],
  },
  {
    text:
      'EXPLANATION OF BENEFITS - THIS IS NOT A BILL\n' +
      'BlueCross BlueShield of Tennessee        Statement date: 06/04/2024\n' +
      'Subscriber: Ashley N. Trent-Boyd      Member ID: ZGP981742306      Group: 00041872\n' +
      'Patient: Caleb Trent-Boyd (dependent)   DOB: 06/30/2016\n' +
      "Provider: Le Bonheur Children's Hospital   Patient MRN: 70018842\n" +
      'Claim #: 2024151008817  Service date: 05/22/2024  CPT 99284, 71046\n' +
      'Billed $1,284.00 | Allowed $612.40 | Plan paid $489.92 | You may owe $122.48\n' +
      'Questions: 1-800-565-9140 (TTY 711)',
    pii: [
      ['PERSON', 'Ashley N. Trent-Boyd'],
      ['HEALTH_INSURANCE', 'ZGP981742306'],
      ['PERSON', 'Caleb Trent-Boyd'],
      ['DATE_OF_BIRTH', '06/30/2016'],
      ['MEDICAL_RECORD', '70018842'],
    ],
  },
  {
    text:
      'unit_id;vin;plate;tracker_imei;sim_iccid;driver;last_fix_utc;odometer_km\n' +
      'TRK-0412;WBA8E9C53GK007200;M-KL 4821;350254759465833;89492168579071953297;Jonas Weber;2024-06-12T05:41:09Z;118204\n' +
      'TRK-0413;WVWZZZ1K28W976260;B-TX 3907;352876599013312;89499720941946353978;Aylin Demir;2024-06-12T05:40:55Z;201377\n' +
      'TRK-0419;VF1RFB00962220038;HH-QR 118;355947415518516;;(pool);2024-06-11T22:18:30Z;44120\n' +
      '# export fleetview 3.7.2 | depot Muenchen-Nord | tracker model FMB920',
    pii: [
      ['VIN', 'WBA8E9C53GK007200'],
      ['VEHICLE_PLATE', 'M-KL 4821'],
      ['IMEI', '350254759465833'],
      ['ICCID', '89492168579071953297'],
      ['PERSON', 'Jonas Weber'],
      ['VIN', 'WVWZZZ1K28W976260'],
      ['VEHICLE_PLATE', 'B-TX 3907'],
      ['IMEI', '352876599013312'],
      ['ICCID', '89499720941946353978'],
      ['PERSON', 'Aylin Demir'],
      ['VIN', 'VF1RFB00962220038'],
      ['VEHICLE_PLATE', 'HH-QR 118'],
      ['IMEI', '355947415518516'],
    ],
  },
  {
    text:
      'GUEST REGISTRATION / PARTE DE ENTRADA DE VIAJEROS - Hotel Miramar Sitges\n' +
      'Booking 88-204417   Check-in 14/07/2024   Room 312   Nights 4   Rate EUR 186.00\n' +
      'Guest 1: Oliver Brandt-Lindgren   Passport (SWE): 94827316   DOB: 1979-04-25\n' +
      'Guest 2: Maja Lindgren            Passport (SWE): 95031842   DOB: 1982-11-09\n' +
      'Garage: vehicle plate MLN 48F (S), space P2-17\n' +
      'Third-party card authorisation: card 4160-8932-1175-9143, expiry 11/2025, CVC 907, limit EUR 900\n' +
      'Reception +34 938 94 11 00',
    pii: [
      ['PERSON', 'Oliver Brandt-Lindgren'],
      ['PASSPORT', '94827316'],
      ['DATE_OF_BIRTH', '1979-04-25'],
      ['PERSON', 'Maja Lindgren'],
      ['PASSPORT', '95031842'],
      ['DATE_OF_BIRTH', '1982-11-09'],
      ['VEHICLE_PLATE', 'MLN 48F'],
      ['CREDIT_CARD', '4160-8932-1175-9143'],
      ['CARD_EXPIRY', '11/2025'],
      ['CARD_CVV', '907'],
    ],
  },
  {
    text:
      'Balham Park Surgery, 92 Balham Park Road, London SW12 8EA\n' +
      'To: DWP PIP Assessment Service                       Date: 04/06/2024\n' +
      'Re: Mr Declan Fairweather, DOB 30.01.1971, NI No. PC 84 71 06 D\n' +
      'Address: 19 Tooting Bec Gardens, London SW16 1RB\n' +
      "St George's hospital no.: K0048213\n\n" +
      'I confirm that Mr Fairweather has severe COPD (FEV1 38% predicted) and uses home oxygen 2 L/min ' +
      'for 16 h/day. He cannot walk more than 20 metres without stopping.\n' +
      'Dr Priyanka Rao, GP (GMC 7048213)',
    pii: [
      ['PERSON', 'Declan Fairweather'],
      ['DATE_OF_BIRTH', '30.01.1971'],
      ['UK_NINO', 'PC 84 71 06 D'],
      ['ADDRESS', '19 Tooting Bec Gardens, London SW16 1RB'],
      ['MEDICAL_RECORD', 'K0048213'],
      ['PERSON', 'Fairweather'],
      ['PERSON', 'Priyanka Rao'],
    ],
  },
  {
    text:
      '[Call transcript - auto-generated, case FR-0771832, fraud line]\n' +
      'Agent: Thanks for holding. Can I take your full name?\n' +
      'Caller: Jade Okonkwo-Reilly.\n' +
      'Agent: And your date of birth?\n' +
      'Caller: twelfth of March, nineteen eighty-five.\n' +
      'Agent: Which card is it, can you read the long number?\n' +
      'Caller: four nine four two, seven four zero zero, one nine two seven, one five four seven.\n' +
      'Agent: Expiry?\n' +
      'Caller: oh three twenty-eight.\n' +
      "Agent: And the account it's linked to?\n" +
      'Caller: sort code oh four double oh zero four, account three one seven... sorry, three one eight two nine nine four oh.\n' +
      "Agent: Thanks. I can see two payments of \u00a3249.99 to ELECTRO-HUB on 09/06, reference 44120. I'll block the card now.",
    pii: [
      ['PERSON', 'Jade Okonkwo-Reilly'],
      ['DATE_OF_BIRTH', 'twelfth of March, nineteen eighty-five'],
      ['CREDIT_CARD', 'four nine four two, seven four zero zero, one nine two seven, one five four seven'],
      ['CARD_EXPIRY', 'oh three twenty-eight'],
      ['BANK_ACCOUNT', 'three one eight two nine nine four oh'],
    ],
  },
  {
    text:
      'UNIFORM RESIDENTIAL LOAN APPLICATION - Section 1a / 2a        Loan No. 3300418827\n' +
      'Borrower: Jennifer L. Abernathy-Cole\n' +
      'SSN: 487-39-2251      DOB (mm/dd/yyyy): 11/08/1982      Citizenship: U.S. Citizen\n' +
      'Current address: 5521 Wildflower Ln, Apt 207, Boise, ID 83713   Housing: Rent $1,650/mo, 3 yrs 4 mos\n' +
      'Cell: 208-519-7741    Email: jen.abcole@outlook.com\n' +
      'Assets:\n' +
      '  Checking - Idaho Central CU - acct 7710482293 - $18,442.17\n' +
      '  Savings  - Ally Bank        - acct 2194837615 - $41,006.00\n' +
      'Loan originator NMLS ID 1482203   Application date 05/28/2024',
    pii: [
      ['PERSON', 'Jennifer L. Abernathy-Cole'],
      ['US_SSN', '487-39-2251'],
      ['DATE_OF_BIRTH', '11/08/1982'],
      ['ADDRESS', '5521 Wildflower Ln, Apt 207, Boise, ID 83713'],
      ['PHONE', '208-519-7741'],
      ['EMAIL', 'jen.abcole@outlook.com'],
      ['BANK_ACCOUNT', '7710482293'],
      ['BANK_ACCOUNT', '2194837615'],
    ],
  },
  {
    text:
      '[\n' +
      '  {\n' +
      '    "deviceName": "FIN-LT-0442",\n' +
      '    "serialNumber": "C02F4482Q6LR",\n' +
      '    "userPrincipalName": "r.haddad@corvalis-fin.com",\n' +
      '    "osVersion": "14.5",\n' +
      '    "wiFiMacAddress": "3C:22:FB:91:7A:04",\n' +
      '    "lastIpAddress": "77.138.41.206",\n' +
      '    "complianceState": "compliant"\n' +
      '  },\n' +
      '  {\n' +
      '    "deviceName": "FIN-MB-0119",\n' +
      '    "serialNumber": "F4GX82KLQ1",\n' +
      '    "userPrincipalName": "l.moreau@corvalis-fin.com",\n' +
      '    "imei": "358305635155006",\n' +
      '    "phoneNumber": "+33 6 41 82 73 09",\n' +
      '    "wiFiMacAddress": "A6:4E:0B:2C:91:D7",\n' +
      '    "complianceState": "noncompliant",\n' +
      '    "model": "iPhone 15 (A3090)"\n' +
      '  }\n' +
      ']',
    pii: [
      ['EMAIL', 'r.haddad@corvalis-fin.com'],
      ['MAC_ADDRESS', '3C:22:FB:91:7A:04'],
      ['IP_ADDRESS', '77.138.41.206'],
      ['EMAIL', 'l.moreau@corvalis-fin.com'],
      ['IMEI', '358305635155006'],
      ['PHONE', '+33 6 41 82 73 09'],
      ['MAC_ADDRESS', 'A6:4E:0B:2C:91:D7'],
    ],
  },
  {
    text:
      'MERCY WESTSIDE LABORATORY - PATHOLOGY REPORT        [scanned fax, OCR]\n' +
      'Lab accession: 24-HM-118204          Page 1 of 1\n' +
      'Pt name: ADEKUNLE-HAYES, BUKOLA      Hosp# : 0 0 4 8 2 1 7 3\n' +
      'D.O.B: 1 9 / 0 7 / 1 9 5 8     Sex: F     Loc: 5W-22\n' +
      'Medicaid ID: YK48219C\n' +
      'Collected: 06/10/2024 07:42    Received: 06/10/2024 08:15\n' +
      'HGB        10.9  g/dL   (L)  [12.0-15.5]\n' +
      'WBC         7.2  K/uL        [4.0-11.0]\n' +
      'CREATININE  1.41 mg/dL  (H)  [0.57-1.00]\n' +
      'Ordering provider: NPI on file, callback ext 4471',
    pii: [
      ['PERSON', 'ADEKUNLE-HAYES, BUKOLA'],
      ['MEDICAL_RECORD', '0 0 4 8 2 1 7 3'],
      ['DATE_OF_BIRTH', '1 9 / 0 7 / 1 9 5 8'],
      ['HEALTH_INSURANCE', 'YK48219C'],
    ],
  },
  {
    text:
      'HR copy - Salary transfer letter request        Ref: HR/STL/2024/0419\n' +
      'Employee: Joseph Mathew Kuriakose      Staff no. 30882 (payroll grade 7)\n' +
      'Passport: Z3918274 (India)      DOB: 09-Dec-1987\n' +
      'Salary account IBAN: AE79 6501 2701 7179 6248 652\n' +
      'Mobile: +971 50 482 7193\n' +
      'Basic AED 9,500 + housing AED 4,000 + transport AED 1,200, total AED 14,700 per month.\n' +
      'Company: Gulf Horizon Facilities LLC, P.O. Box 118204, Dubai. Tel 04 339 8800',
    pii: [
      ['PERSON', 'Joseph Mathew Kuriakose'],
      ['PASSPORT', 'Z3918274'],
      ['DATE_OF_BIRTH', '09-Dec-1987'],
      ['IBAN', 'AE79 6501 2701 7179 6248 652'],
      ['PHONE', '+971 50 482 7193'],
    ],
  },
  {
    text:
      'Secret scanning alerts - repo acme-logistics/route-planner (opened 2024-06-12)\n' +
      '#41  AWS Access Key ID     AKIAGNF3KGYS57ZM3QSF            scripts/deploy.sh:14      commit 9f3e2a1c\n' +
      '#42  GitLab PAT            glpat-oQ-_xZ90txdegvcU-G7l      .gitlab-ci.yml:88         commit 9f3e2a1c\n' +
      '#43  SendGrid API key      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   config/mail.rb:7   commit 1b77d0e4\n' +
      'Pushed by: dpetrovic (Dragan Petrovi\u0107), push source IP 109.175.22.61\n' +
      'Status: revoked 2 of 3; SendGrid key pending rotation (ticket SEC-882)',
    pii: [
      ['SECRET', 'AKIAGNF3KGYS57ZM3QSF'],
      ['SECRET', 'glpat-oQ-_xZ90txdegvcU-G7l'],
      ['SECRET', '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'],
      ['USERNAME', 'dpetrovic'],
      ['PERSON', 'Dragan Petrovi\u0107'],
      ['IP_ADDRESS', '109.175.22.61'],
    ],
  },
  {
    text:
      '[boot] 2024-06-12T18:01:58Z wallbox PulsarPlus fw 6.4.11 serial WBX-22-018204\n' +
      '[net]  wlan0 up mac=D8:3A:DD:5C:71:0B ssid=Zonnebloem-5G psk="Zonnebloem!2024" public_ip=31.205.140.88\n' +
      '[ocpp] BootNotification accepted interval=300 cp=NL-EVB-E7731\n' +
      '[15118] PnC contract cert ok, EVCCID from vehicle VIN 5YJ3E1EA7KF699833\n' +
      '[ocpp] StartTransaction connector=1 meterStart=18442 Wh tariff=NL-DAL-2024\n' +
      '[app]  session owner=b.vanderhoek vehicle plate GZ-481-K, target SoC 80%',
    pii: [
      ['MAC_ADDRESS', 'D8:3A:DD:5C:71:0B'],
      ['PASSWORD', 'Zonnebloem!2024'],
      ['IP_ADDRESS', '31.205.140.88'],
      ['VIN', '5YJ3E1EA7KF699833'],
      ['USERNAME', 'b.vanderhoek'],
      ['VEHICLE_PLATE', 'GZ-481-K'],
    ],
  },
  {
    text:
      '[scan 2 of 3 - OCR]\n' +
      'CHANGE OF BANK DETAILS - Northfield Pension Trust       Member ref: NPT/0048213\n' +
      'Full name: Margaret Anne Cullinane-Shaw\n' +
      'Date of birth: 0 7 / 1 1 / 1 9 4 9\n' +
      'National Insurance no: J G 1 0 3 8 4 7 C\n' +
      'New bank: Nationwide BS    Sort code: 07-04-36    Account no: 4418\n' +
      '2297\n' +
      'Pension payable from: 01/07/2024     Signature: ________     Date: 03/06/2024',
    pii: [
      ['PERSON', 'Margaret Anne Cullinane-Shaw'],
      ['DATE_OF_BIRTH', '0 7 / 1 1 / 1 9 4 9'],
      ['UK_NINO', 'J G 1 0 3 8 4 7 C'],
      ['BANK_ACCOUNT', '4418\n2297'],
    ],
  },
  {
    text:
      '{"requestId":"esim-act-7f21c09a","carrier":"Southern Cross Mobile","plan":"SC-PLUS-40GB",\n' +
      ' "customer":{"name":"Mereana Tuhiwai","dob":"07/05/1990","accountPin":"805513"},\n' +
      ' "msisdn":"+61 412 907 358","iccid":"89614417963329061848","imei":"352345247253621",\n' +
      ' "eid":"(withheld)","status":"PROFILE_DOWNLOADED","ts":"2024-06-13T02:14:50Z","orderRef":"SCM-4471203"}',
    pii: [
      ['PERSON', 'Mereana Tuhiwai'],
      ['DATE_OF_BIRTH', '07/05/1990'],
      ['PASSWORD', '805513'],
      ['PHONE', '+61 412 907 358'],
      ['ICCID', '89614417963329061848'],
      ['IMEI', '352345247253621'],
    ],
  },
  {
    text:
      'PARTS INVOICE INV-DP-0048213       Date: 06/05/2024      PO: 4500118204\n' +
      'Bill to: Lakeside Auto Body, Shop #2 (account 88120)\n' +
      'Qty  Part number          Description                       Unit      Total\n' +
      '2    68412953AA           Headlamp assy LH                  $412.18   $824.36\n' +
      '1    5LN11DX8AA           Bumper cover front, primed        $389.00   $389.00\n' +
      '4    06509473AA           Push pin retainer                 $1.14     $4.56\n' +
      'Core charge reversed on RMA 77120. Freight $38.00. Total due $1,255.92 NET 30.\n' +
      'Parts desk: 1-800-348-4696 ext 2   Remit to: Mopar Dealer Parts, PO Box 71150, Detroit MI 48271',
    pii: [],
  },
  {
    text:
      'Release notes - AirLink AX3000 mesh node, firmware 3.2.118 (build 20240611-1842)\n' +
      '- Fixes DHCP lease renewal on models AX3000-M2 and AX3000-M2E (hw rev C4)\n' +
      '- Vendor OUI range 3C:52:A1 now included in band-steering allowlist\n' +
      '- WPA3-SAE transition mode default on; channel 36/80 MHz\n' +
      '- Known issue KI-2207: LED stays amber after upgrade from 3.1.95\n' +
      'Checksum (SHA-256): 9b1f0c4e2a77d83e61a0b5c9f2e4d7a813c6b0f95e2d4a7c18f3b6e0d9a2c571\n' +
      'Support: 1-888-402-7720 | RMA portal case format RMA-YYYY-NNNNN',
    pii: [],
  },
  {
    text:
      'manifest_id,tracking_no,service,weight_kg,dims_cm,hs_code,declared_value,origin,dest_postcode\n' +
      'MNF-240612-03,1Z8V72W30418820461,UPS Express Saver,2.40,30x22x12,8517.62,189.00 USD,Louisville,SW1A 1AA\n' +
      'MNF-240612-03,7781 4420 9318,FedEx Priority,11.85,60x40x35,8471.30,1240.00 USD,Memphis,75008\n' +
      'MNF-240612-03,JD014600004418820413,DHL Parcel,0.75,20x15x5,4202.31,45.00 USD,Leipzig,10117\n' +
      '# 3 pieces, total 14.99 kg, pickup window 14:00-16:00, dock 7',
    pii: [],
  },
  {
    text:
      'CENTRAL PHARMACY - FORMULARY RESTOCK LIST (Ward 6B)       Req no. PR-2024-06-0418\n' +
      'NDC 0409-4888-01  Heparin sodium 5,000 units/mL, 1 mL vial   x 50   lot 2231784  exp 2026-03\n' +
      'NDC 0338-0049-04  Sodium chloride 0.9% 1,000 mL bag          x 24   lot G118204   exp 2025-11\n' +
      'NDC 63323-0262-01 Ondansetron 2 mg/mL, 2 mL vial             x 30   lot 6104429   exp 2025-09\n' +
      'NDC 0641-6142-25  Hydromorphone 1 mg/mL (CII, count sheet)   x 10   lot 3308112   exp 2026-01\n' +
      'Requested 06/12/2024 14:20, approved by charge RN badge 44810. Pharmacy ext. 5-7720.',
    pii: [],
  },
];
