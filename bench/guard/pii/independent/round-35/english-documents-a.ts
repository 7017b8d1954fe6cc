// English documents for round 35, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyFiveDocumentsA: readonly IndependentText[] = [
  {
    text: 'tool_call crm.get_customer {"customer_id": "c7f3a9e2-41b8-4d0e-9a6c-2f18d5b07e31", "include": ["accounts", "contacts"]}\ntool_result (200 OK, 142 ms, crm-api v3.8.2):\n{\n  "customer_id": "c7f3a9e2-41b8-4d0e-9a6c-2f18d5b07e31",\n  "full_name": "Marisol Echeverría",\n  "date_of_birth": "1986-11-04",\n  "segment": "RETAIL_PLUS",\n  "phones": [\n    {"type": "mobile", "number": "+1 512-739-4086", "verified": true},\n    {"type": "home_branch", "number": "1-800-872-4410", "verified": null}\n  ],\n  "email": "marisol.echeverria86@outlook.com",\n  "mailing_address": "2217 Oakmont Ridge Dr, Apt 3B, Austin, TX 78745",\n  "accounts": [\n    {"type": "checking", "number": "4830017726", "routing": "111000614", "balance": 3412.77, "currency": "USD"},\n    {"type": "credit", "pan_masked": "************7705", "status": "active"}\n  ],\n  "kyc_status": "verified",\n  "last_login": "2025-03-14T09:22:41Z"\n}',
    pii: [
      ['PERSON', 'Marisol Echeverría'],
      ['DATE_OF_BIRTH', '1986-11-04'],
      ['PHONE', '+1 512-739-4086'],
      ['EMAIL', 'marisol.echeverria86@outlook.com'],
      ['ADDRESS', '2217 Oakmont Ridge Dr, Apt 3B, Austin, TX 78745'],
      ['BANK_ACCOUNT', '4830017726'],
    ],
  },
  {
    text: "ehr=> SELECT mrn, patient_name, dob, ward, admitted_at, attending FROM admissions WHERE ward = 'W07' AND discharged_at IS NULL ORDER BY admitted_at;\n    mrn     |       patient_name        |    dob     | ward |     admitted_at     | attending\n------------+---------------------------+------------+------+---------------------+-----------\n SGH0418273 | Tan Wei Ming              | 1951-02-17 | W07  | 2025-06-02 14:10:00 | DR-2291\n SGH0520916 | Nurul Aisyah binte Rahman | 1978-09-30 | W07  | 2025-06-03 08:45:00 | DR-1874\n SGH0377105 | Rajendran s/o Kumaresan   | 1944-12-08 | W07  | 2025-06-04 22:31:00 | DR-2291\n(3 rows)\n\nTime: 18.442 ms",
    pii: [
      ['MEDICAL_RECORD', 'SGH0418273'],
      ['PERSON', 'Tan Wei Ming'],
      ['DATE_OF_BIRTH', '1951-02-17'],
      ['MEDICAL_RECORD', 'SGH0520916'],
      ['PERSON', 'Nurul Aisyah binte Rahman'],
      ['DATE_OF_BIRTH', '1978-09-30'],
      ['MEDICAL_RECORD', 'SGH0377105'],
      ['PERSON', 'Rajendran s/o Kumaresan'],
      ['DATE_OF_BIRTH', '1944-12-08'],
    ],
  },
  {
    text: 'Runbook RB-114 - SIM swap fraud check (v2.3, last reviewed 2024-11-19)\n\nStep 1. Open the line in Provisioning Console and compare the ICCID on the account with the one printed on the SIM the caller has in hand.\nStep 2. If the IMEI on the line changed in the last 72 hours, apply hold code SSW-07 for 24h and raise a ticket to fraud-ops.\nStep 3. Never read the PUK out before the caller passes security.\n\nWorked example, copied from INC-88214 (closed 2024-10-02):\n> Line +44 7911 452083 (account holder Gareth Pryce-Jones) reported no signal at 14:06. ICCID on account 8944991161985877267, IMEI before 354080338121118, IMEI after 357082991231611 (new handset, SM-S921B). Port-out request PRT-20241001-3318 was refused. Customer confirmed by callback at 15:20.\n\nEscalation: fraud-ops queue, or 0800 028 4410 (24/7 internal line).',
    pii: [
      ['PHONE', '+44 7911 452083'],
      ['PERSON', 'Gareth Pryce-Jones'],
      ['ICCID', '8944991161985877267'],
      ['IMEI', '354080338121118'],
      ['IMEI', '357082991231611'],
    ],
  },
  {
    text: 'POST /hooks/payments HTTP/1.1\nHost: api.northlane-retail.co.uk\nContent-Type: application/json\nX-Signature: t=1718012345,v1=9f2c61d8a0b47e35c1f0a9d27e68b3c4f5a1e09d7b2c6e84f3a0d9b1c7e52f60\n\n{"id":"evt_3PQk8sL2eZvKYlo21r0aX7mD","type":"charge.refunded","created":1718012345,"livemode":true,\n "data":{"object":{"id":"ch_3PQk7rL2eZvKYlo20bC1fGh9","amount":4599,"amount_refunded":4599,"currency":"gbp",\n "payment_method_details":{"type":"card","card":{"brand":"visa","last4":"8830","funding":"debit","country":"GB"}},\n "metadata":{"order_ref":"ORD-2024-118402","store":"LDN-017","sku":"NL-HDP-2210"},\n "receipt_number":"1842-7719","refunds":{"total_count":1}}}}\n\n-> 200 OK, handler payments-webhook@2.7.1, 38 ms',
    pii: [],
  },
  {
    text: 'From: Siobhán Ní Bhriain <siobhan.nibhriain@eircom.net>\nTo: Accounts <accounts@brightgrid-energy.ie>\nSubject: Re: Account 300418827 - direct debit returned (case CS-2025-04417)\nDate: Tue, 8 Apr 2025 07:52:19 +0100\n\nHi,\n\nThe direct debit of €186.40 for invoice INV-77210 came back unpaid because I closed my old account with the credit union. Please collect it from my new one instead:\nIBAN IE82BOFI90001761824095\nBIC BOFIIE2D\n\nThe meter is MPRN 10 013 884 572 and the supply address is 14 Ashgrove Lawn, Ballincollig, Co. Cork, P31 X2F7 (no change there).\nIf you need to talk to me, ring 087 214 6690 after 6pm. Your 1850 number keeps cutting me off.\n\nThanks,\nSiobhán',
    pii: [
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['EMAIL', 'siobhan.nibhriain@eircom.net'],
      ['IBAN', 'IE82BOFI90001761824095'],
      ['ADDRESS', '14 Ashgrove Lawn, Ballincollig, Co. Cork, P31 X2F7'],
      ['PHONE', '087 214 6690'],
      ['PERSON', 'Siobhán'],
    ],
  },
  {
    text: 'attachment: new_starters_july.csv (3 rows, uploaded by hr-bot, sha256 4e1f0c92ab7d...)\nemployee_no,first_name,last_name,dob,ni_number,sort_code,account_no,start_date,cost_centre\nE10482,Priya,Raghunathan,14/03/1992,JR 48 62 19 C,20-31-58,71640392,01/07/2025,CC-4410\nE10483,Tomasz,Wiśniewski,02/11/1988,NH 27 91 03 A,60-17-08,32857194,01/07/2025,CC-4410\nE10484,Adaeze,Okonkwo-Bell,27/06/1999,SK 71 50 84 D,,,07/07/2025,CC-2205',
    pii: [
      ['PERSON', 'Priya'],
      ['PERSON', 'Raghunathan'],
      ['DATE_OF_BIRTH', '14/03/1992'],
      ['UK_NINO', 'JR 48 62 19 C'],
      ['BANK_ACCOUNT', '71640392'],
      ['PERSON', 'Tomasz'],
      ['PERSON', 'Wiśniewski'],
      ['DATE_OF_BIRTH', '02/11/1988'],
      ['UK_NINO', 'NH 27 91 03 A'],
      ['BANK_ACCOUNT', '32857194'],
      ['PERSON', 'Adaeze'],
      ['PERSON', 'Okonkwo-Bell'],
      ['DATE_OF_BIRTH', '27/06/1999'],
      ['UK_NINO', 'SK 71 50 84 D'],
    ],
  },
  {
    text: 'Minutes - Line 4 weekly review, Ulsan Plant 2, 2025-05-21 09:00-09:40, room B-204\nPresent: production (shift A lead), QA, maintenance, supplier quality.\n\n1. OEE last week 78.4% (target 82%). Main loss: press P-12 unplanned stop, 3h 10m, ticket MNT-6621.\n2. NCR-2025-0318: torque on bracket 83910-2T000 measured 41 N·m against spec 45 ±3 N·m on 126 units; containment done, lot L250517-03 on hold.\n3. Supplier hotline 1588-2114 confirmed replacement bolts (part 11403-06161) ship 2025-05-23, PO 4500817723, KRW 2,340,000.\n4. Firmware on the vision station updated to v5.2.1; false rejects down from 1.9% to 0.6%.\nNext review 2025-05-28 10:00.',
    pii: [],
  },
  {
    text: 'dms.lookup_vehicle(rego="1HX 7QP", state="VIC")\n{\n  "status": 200,\n  "request_id": "3b7e2d10-9f4c-4a61-b8e5-71c0d2a9f346",\n  "vehicle": {"vin": "JTMW43FV60D128447", "make": "Toyota", "model": "RAV4 Hybrid GXL", "year": 2022, "rego": "1HX 7QP", "odometer_km": 48211},\n  "owner": {\n    "name": "Callum Fitzgerald",\n    "licence_no": "048213977",\n    "licence_state": "VIC",\n    "mobile": "0412 558 930",\n    "address": "7/22 Wattletree Rd, Malvern VIC 3144"\n  },\n  "service_history": [\n    {"ro": "RO-558120", "date": "2024-11-02", "type": "60,000 km logbook", "total_aud": 689.00},\n    {"ro": "RO-561944", "date": "2025-02-18", "type": "tyre rotation", "total_aud": 45.00}\n  ]\n}',
    pii: [
      ['VEHICLE_PLATE', '1HX 7QP'],
      ['VIN', 'JTMW43FV60D128447'],
      ['VEHICLE_PLATE', '1HX 7QP'],
      ['PERSON', 'Callum Fitzgerald'],
      ['DRIVER_LICENSE', '048213977'],
      ['PHONE', '0412 558 930'],
      ['ADDRESS', '7/22 Wattletree Rd, Malvern VIC 3144'],
    ],
  },
  {
    text: 'KB-3318 Case study: out-of-network ER claim reprocessed under the No Surprises Act (updated 2025-02-10)\n\nSummary: Member Darnell Whitaker (DOB 07/22/1979, member ID XKH904417236, group 0058812, plan PPO-Gold-2500) was balance-billed $2,418.60 after an ER visit on 12/29/2024. Claim CLM-24-9981732 had denied with CARC CO-242. On appeal APL-2025-00417 the claim was repriced at the in-network rate and member liability dropped to the $250.00 ER copay.\n\nWhat to check next time:\n- Place of service 23 (emergency room) means the NSA protections apply regardless of network status.\n- Do not ask the member to call the facility; use the IDR portal (turnaround 30 business days).',
    pii: [
      ['PERSON', 'Darnell Whitaker'],
      ['DATE_OF_BIRTH', '07/22/1979'],
      ['HEALTH_INSURANCE', 'XKH904417236'],
    ],
  },
  {
    text: '[2025-06-11 16:03:27.118] fn=refill.request args={"rx_number":"6130482","patient":{"name":"Lucía Paredes Villanueva","dob":"04/19/1963","phone":"(713) 884-2051"},"store_id":"TX-0417","pickup":"2025-06-12"}\n[2025-06-11 16:03:27.904] fn=refill.request result={"status":"QUEUED","refill_id":"RF-88310274","copay_usd":4.50,"drug":"atorvastatin 20 mg tab","qty":90,"refills_left":2}\n[2025-06-11 16:03:28.010] fn=notify.sms args={"to":"+17138842051","template":"RX_READY_V2","vars":{"first_name":"Lucía","store_phone":"(713) 555-0148"}}\n[2025-06-11 16:03:28.377] fn=notify.sms result={"status":"sent","provider_id":"SM7f21c0a4e9b3d58"}',
    pii: [
      ['PERSON', 'Lucía Paredes Villanueva'],
      ['DATE_OF_BIRTH', '04/19/1963'],
      ['PHONE', '(713) 884-2051'],
      ['PHONE', '+17138842051'],
      ['PERSON', 'Lucía'],
    ],
  },
  {
    text: 'Online Passport Appointment - application summary (retrieved by agent, 2025-06-12 10:14 PHT)\nReference: APT-MNL-250612-00731 | Site: Aseana, Parañaque | Slot: 2025-07-03 09:30\nType: Renewal (ePassport)\n\nSurname: DELA CRUZ\nGiven names: MARIA KRISTINA\nMiddle name: SANTOS\nDate of birth: 11 AUG 1990\nOld passport no.: P3827145B (issued 2016, expired)\nAddress: Blk 14 Lot 9, Mabini St., Brgy. San Isidro, Cainta, Rizal 1900\nMobile: 0917 482 6631\nEmail: krissantos.dc@yahoo.com\n\nFee: PHP 950.00 regular processing (12 working days), payment ref 7731-0428-5519, status PAID.',
    pii: [
      ['PERSON', 'DELA CRUZ'],
      ['PERSON', 'MARIA KRISTINA'],
      ['PERSON', 'SANTOS'],
      ['DATE_OF_BIRTH', '11 AUG 1990'],
      ['PASSPORT', 'P3827145B'],
      ['ADDRESS', 'Blk 14 Lot 9, Mabini St., Brgy. San Isidro, Cainta, Rizal 1900'],
      ['PHONE', '0917 482 6631'],
      ['EMAIL', 'krissantos.dc@yahoo.com'],
    ],
  },
  {
    text: 'Result of sis.list_guardians(section="7-B", term="2025-26 T1"), rendered:\n\n| Roll | Student | Guardian | Guardian phone | Guardian email | Fee status |\n|---|---|---|---|---|---|\n| 14 | Aarav Menon | Deepa Menon | +91 98470 31562 | deepa.menon@gmail.com | Paid ₹18,500 (RCPT-2025-0914) |\n| 15 | Ishita Banerjee | Sourav Banerjee | +91 90073 48821 | sourav.b1979@rediffmail.com | Due 15 Jul |\n| 16 | Mohammed Faizan Shaikh | Rukhsana Shaikh | 98201 66473 | - | Paid ₹18,500 (RCPT-2025-0921) |\n\nFront office: +91 22 2640 7711, office@stjudeshigh.in',
    pii: [
      ['PERSON', 'Aarav Menon'],
      ['PERSON', 'Deepa Menon'],
      ['PHONE', '+91 98470 31562'],
      ['EMAIL', 'deepa.menon@gmail.com'],
      ['PERSON', 'Ishita Banerjee'],
      ['PERSON', 'Sourav Banerjee'],
      ['PHONE', '+91 90073 48821'],
      ['EMAIL', 'sourav.b1979@rediffmail.com'],
      ['PERSON', 'Mohammed Faizan Shaikh'],
      ['PERSON', 'Rukhsana Shaikh'],
      ['PHONE', '98201 66473'],
    ],
  },
  {
    text: '## Deploying the transcoder (wiki page TRN-DEP, rev 41, edited 2024-09-03)\n\n1. Export credentials (TODO move these to the vault!!):\n```\nexport AWS_ACCESS_KEY_ID=AKIA4XQ7PLM2RZT9WK3N\nexport AWS_SECRET_ACCESS_KEY=Jx9mQ2vLr8TzK4pWn7Ys1Hc6Bd3Fg5Ua0Ee+Ri2o\nexport GITHUB_TOKEN=ghp_8Rk2LmZq7VtN4xWc1PyB6sJd9Hf3Ga0TeU5o\n```\n2. Run `make deploy ENV=prod REGION=eu-west-1` (about 6 min; image transcoder:4.12.0, digest sha256:a41c9e07d2).\n3. If the job table is locked: `psql -h db-transcode-01.internal -p 5432 -U transcoder_svc jobs`, password Vr!nk-42-Tamarind, then `SELECT pg_terminate_backend(...)`.\n4. Check the health endpoint returns 200 and the queue depth drops under 50.',
    pii: [
      ['SECRET', 'AKIA4XQ7PLM2RZT9WK3N'],
      ['SECRET', 'Jx9mQ2vLr8TzK4pWn7Ys1Hc6Bd3Fg5Ua0Ee+Ri2o'],
      ['SECRET', 'ghp_8Rk2LmZq7VtN4xWc1PyB6sJd9Hf3Ga0TeU5o'],
      ['USERNAME', 'transcoder_svc'],
      ['PASSWORD', 'Vr!nk-42-Tamarind'],
    ],
  },
  {
    text: 'KYC periodic review export - branch 0417, reviewer EMP-20931, exported 2025-05-30 11:02 KST\nName (KR): 윤서진\nName (EN): YOON SEOJIN\nRRN: 940718-2153827\nMobile: 010-4827-3391\nAddress: 서울특별시 마포구 월드컵북로 412, 상암리버뷰 104동 1502호 (postcode 03925)\nAccount: 110-482-917305 (savings, opened 2019-03-11)\nRisk grade: LOW | EDD: not required | Case: KYC-2025-0530-118 | Next review: 2028-05',
    pii: [
      ['PERSON', '윤서진'],
      ['PERSON', 'YOON SEOJIN'],
      ['RRN', '940718-2153827'],
      ['PHONE', '010-4827-3391'],
      ['ADDRESS', '서울특별시 마포구 월드컵북로 412, 상암리버뷰 104동 1502호'],
      ['BANK_ACCOUNT', '110-482-917305'],
    ],
  },
  {
    text: 'doc-extract v1.9 | job 5f1e0c7a-2d44-4b8e-a0f3-6c19e7d24b55 | form W-9 (Rev. March 2024) | confidence 0.97\nname_line_1: Hung Q. Tran\nbusiness_name: Tran Nail Supply\nfederal_tax_classification: individual/sole proprietor\ntin_type: SSN\ntin: 529-71-4086\naddress: 15862 Cedarwood Ln, Westminster, CA 92683\nexempt_payee_code: (blank)\nsignature_date: 01/14/2025\n---\nattached note (handwritten, OCR): "Spouse files separately - Thi Mai Nguyen, ITIN 927-81-5530. Please send 1099-NEC for $14,250.00 to the same address."',
    pii: [
      ['PERSON', 'Hung Q. Tran'],
      ['US_SSN', '529-71-4086'],
      ['ADDRESS', '15862 Cedarwood Ln, Westminster, CA 92683'],
      ['PERSON', 'Thi Mai Nguyen'],
      ['US_ITIN', '927-81-5530'],
    ],
  },
  {
    text: 'payroll.preview(run_id="PR-2025-06B", pay_date="2025-06-27") -> 2 of 214 rows shown\n\n| emp_id | name | SIN | prov | gross | CPP | EI | net |\n|---|---|---|---|---|---|---|---|\n| 40117 | Geneviève Tremblay | 164 885 956 | QC | 3,240.00 | 0.00 | 42.45 | 2,411.62 |\n| 40122 | Harpreet Sidhu | 465 100 741 | ON | 2,985.50 | 166.93 | 48.96 | 2,238.17 |\n\nQPP/QPIP handled for QC rows. Warnings: none. Generated in 0.8 s by payroll-svc 7.3.0.',
    pii: [
      ['PERSON', 'Geneviève Tremblay'],
      ['CA_SIN', '164 885 956'],
      ['PERSON', 'Harpreet Sidhu'],
      ['CA_SIN', '465 100 741'],
    ],
  },
  {
    text: 'web_search("replace lost Medicare card Australia") -> 3 results (0.41 s)\n\n1. Replace your Medicare card - Services Australia\n   "You can get a replacement card online through myGov or the Express Plus Medicare app. It will arrive in about 3 weeks. Call 132 011 if you need help."\n2. What the numbers on your Medicare card mean - consumer guide, updated 14 Mar 2025\n   "The 10-digit card number sits on the front, and the IRN (1-9) appears before each name. Never send a photo of the card in an email."\n3. Forum thread: "Temporary card for overseas trip?" - 27 replies, last post 2 days ago',
    pii: [],
  },
  {
    text: 'POST /v2/provisioning/esim/activate (trace 7c91e0b4d2a84f6e, client agent-desk 1.4)\nrequest:\n{"msisdn":"+60 12-783 4410","iccid":"89617088109437918930","imei":"864367755427406","plan":"POSTPAID_98","profile_type":"CONSUMER","subscriber":{"name":"Lim Kah Hoe","email":"kahhoe.lim@gmail.com","id_doc":"masked"}}\nresponse 201 Created:\n{"order_id":"PRV-2025-448192","state":"PENDING_DOWNLOAD","eta_s":90,"smdp_status":"CONFIRMED","charge_myr":10.00}\nfollow-up GET /v2/provisioning/orders/PRV-2025-448192 -> 200 {"state":"INSTALLED","installed_at":"2025-06-09T13:47:12+08:00"}',
    pii: [
      ['PHONE', '+60 12-783 4410'],
      ['ICCID', '89617088109437918930'],
      ['IMEI', '864367755427406'],
      ['PERSON', 'Lim Kah Hoe'],
      ['EMAIL', 'kahhoe.lim@gmail.com'],
    ],
  },
  {
    text: 'Ticket #SUP-771902 (helpdesk export, priority normal, channel web form)\nRequester: Camila Duarte Rocha <camila.rocha.88@uol.com.br>\nUsername on service: camiladrocha\nSubject: Account locked after a login from another country\n\n"My account was locked on 02/06 around 23:14. I only watch at home, on the TV."\n\nSign-in log attached by tier 1:\n| time (UTC) | ip | device | result |\n|---|---|---|---|\n| 2025-06-02 02:11:09 | 189.34.118.207 | Samsung TV (Tizen 6.5) | success |\n| 2025-06-02 02:14:55 | 45.142.77.19 | Chrome 125 / Windows | blocked (geo mismatch) |\n\nPlan PREMIUM_4K, R$ 59,90/month, last invoice FAT-2025-05-88213 paid. Macro used: ACC-LOCK-03.',
    pii: [
      ['PERSON', 'Camila Duarte Rocha'],
      ['EMAIL', 'camila.rocha.88@uol.com.br'],
      ['USERNAME', 'camiladrocha'],
      ['IP_ADDRESS', '189.34.118.207'],
      ['IP_ADDRESS', '45.142.77.19'],
    ],
  },
  {
    text: '2025-04-17T19:42:03+02:00 bng-jhb-02 dhcpd[2231]: DHCPACK on 102.218.44.93 to 3c:84:6a:1f:b2:7e (iPhone) via ppp0\n2025-04-17T19:42:03+02:00 bng-jhb-02 radius: subscriber FTTH-JHB-0093114 holder="Thandeka Mokoena" service_addr="23 Jacaranda St, Parkhurst, Johannesburg, 2193" plan=FIBRE-100/50\n2025-04-17T19:42:05+02:00 bng-jhb-02 dhcpd[2231]: DHCPACK on 102.218.44.94 to a8:5e:45:09:cc:d1 (DESKTOP-8KQ2LMP) via ppp0\n2025-04-17T19:45:00+02:00 bng-jhb-02 radius: Acct-Status-Type=Interim-Update Session-Id=0A1F22C7 Octets-In=48201993 Octets-Out=3920411',
    pii: [
      ['IP_ADDRESS', '102.218.44.93'],
      ['MAC_ADDRESS', '3c:84:6a:1f:b2:7e'],
      ['PERSON', 'Thandeka Mokoena'],
      ['ADDRESS', '23 Jacaranda St, Parkhurst, Johannesburg, 2193'],
      ['IP_ADDRESS', '102.218.44.94'],
      ['MAC_ADDRESS', 'a8:5e:45:09:cc:d1'],
    ],
  },
  {
    text: 'FAQ-CARD-012: I lost my debit card. What do I do?\nFreeze the card straight away in the app (Cards > Freeze). It takes effect within 30 seconds and you can unfreeze it later.\nThen call us on 1-800-872-4410 (24/7) or visit any branch. A replacement arrives in 5-7 business days; the fee is $0 for Platinum (product code PLT-22) and $5.00 for other cards.\nYour statement will show the old card as ****-****-****-5521 until the new one is active.\nRelated: FAQ-CARD-004 (disputing a charge), FAQ-SEC-019 (phishing texts).',
    pii: [],
  },
  {
    text: 'SEPA Direct Debit Mandate (retrieved from contracts-api, doc id MND-7f3e21, v2)\nMandate reference: MR-2025-0039217\nCreditor: Rheinstrom Energie GmbH, creditor ID DE71ZZZ00001284733\nAccount holder: Jürgen Hoffmann-Kessler\nAddress: Lindenstraße 48, 2. OG links, 50674 Köln\nIBAN: DE44500105175407324931\nBIC: INGDDEFFXXX\nTariff: ÖkoStrom Flex 24, advance payment 97,00 EUR per month, meter no. 1ESY1160582744\nSigned electronically on 2025-03-02 at 18:11 CET from IP 91.64.203.118 (user agent Firefox 123).',
    pii: [
      ['PERSON', 'Jürgen Hoffmann-Kessler'],
      ['ADDRESS', 'Lindenstraße 48, 2. OG links, 50674 Köln'],
      ['IBAN', 'DE44500105175407324931'],
      ['IP_ADDRESS', '91.64.203.118'],
    ],
  },
  {
    text: '{\n  "event": "transfer.success",\n  "delivered_at": "2025-06-11T18:32:07.441Z",\n  "data": {\n    "reference": "TRF_9x2kq7m1lz",\n    "amount": 2500000,\n    "currency": "NGN",\n    "fee": 5375,\n    "recipient": {\n      "name": "Chukwuemeka Adeyemi-Obi",\n      "account_number": "2038815749",\n      "bank_code": "057",\n      "phone": "+234 803 417 2265"\n    },\n    "narration": "June rent - Flat 3, 12 Admiralty Way, Lekki Phase 1, Lagos",\n    "session_id": "000015250611183201994782615203",\n    "status": "success"\n  }\n}',
    pii: [
      ['PERSON', 'Chukwuemeka Adeyemi-Obi'],
      ['BANK_ACCOUNT', '2038815749'],
      ['PHONE', '+234 803 417 2265'],
      ['ADDRESS', 'Flat 3, 12 Admiralty Way, Lekki Phase 1, Lagos'],
    ],
  },
  {
    text: 'From: claims.desk@mwangaza-hospital.co.ke\nTo: preauth@jubilant-health.co.ke\nSubject: Pre-authorisation request PA-88213 - admission 10/06/2025\n\nGood afternoon,\n\nPlease approve inpatient cover for the member below.\nPatient: Wanjiru Kamau\nDate of birth: 03/05/1987\nHospital file no.: MWH/2025/041877\nMembership no.: JHK-00482917-01\nContact: +254 722 618 403\nDiagnosis: acute appendicitis (ICD-10 K35.8); procedure: laparoscopic appendicectomy.\nEstimated cost KES 148,500 (theatre 62,000; ward 3 nights 27,000; consumables and drugs 59,500).\n\nRegards,\nClaims Desk, Mwangaza Hospital | 020 444 7100',
    pii: [
      ['PERSON', 'Wanjiru Kamau'],
      ['DATE_OF_BIRTH', '03/05/1987'],
      ['MEDICAL_RECORD', 'MWH/2025/041877'],
      ['HEALTH_INSURANCE', 'JHK-00482917-01'],
      ['PHONE', '+254 722 618 403'],
    ],
  },
  {
    text: 'Mail merge preview (campaign RCL-2025-07, template v3), record 118 of 2,406:\n\nDear Mrs Okafor,\n\nSafety recall R/2025/07: rear seat belt buckle on your vehicle\nVehicle: Range Rover Velar, registration LB19 XKM, VIN SALGA2BE2KA512963\nRegistered keeper: Adanna Okafor, 41 Cranbrook Road, Ilford, IG1 4PE\nLicence on file: OKAFO857214AC9XW\n\nThe repair takes about 45 minutes and is free of charge. Please book with your nearest retailer or call 0345 600 4455 quoting campaign code N473.\n\nCustomer Relationship Centre',
    pii: [
      ['PERSON', 'Okafor'],
      ['VEHICLE_PLATE', 'LB19 XKM'],
      ['VIN', 'SALGA2BE2KA512963'],
      ['PERSON', 'Adanna Okafor'],
      ['ADDRESS', '41 Cranbrook Road, Ilford, IG1 4PE'],
      ['DRIVER_LICENSE', 'OKAFO857214AC9XW'],
    ],
  },
];
