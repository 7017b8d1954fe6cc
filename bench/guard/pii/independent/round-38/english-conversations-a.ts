// English conversations for round 38, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyEightConversationsA: readonly IndependentText[] = [
  {
    text:
      'Getting a bunch of 499s on checkout since the 09:30 deploy. Are these clients timing out or is it us?\n' +
      '82.132.219.47 - - [14/Jun/2024:09:41:07 +0000] "POST /api/v2/checkout?cart=CRT-884120&email=ines.ferreira84%40gmail.com HTTP/1.1" 499 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)" rt=30.001 upstream=10.12.4.17:8080 req_id=7f3c9a1e0b2d\n' +
      '174.63.88.201 - - [14/Jun/2024:09:41:12 +0000] "GET /api/v2/orders/ORD-2024-118734 HTTP/1.1" 200 1843 "-" "okhttp/4.12.0" rt=0.087 upstream=10.12.4.18:8080 req_id=a41e07bc93f0\n' +
      '82.132.219.47 - - [14/Jun/2024:09:41:44 +0000] "POST /api/v2/checkout?cart=CRT-884120&email=ines.ferreira84%40gmail.com HTTP/1.1" 499 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)" rt=30.000 upstream=10.12.4.17:8080 req_id=c2d9e80f1a77\n' +
      '10.12.0.5 - - [14/Jun/2024:09:41:45 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001 upstream=- req_id=-',
    pii: [
      ['IP_ADDRESS', '82.132.219.47'],
      ['EMAIL', 'ines.ferreira84%40gmail.com'],
      ['IP_ADDRESS', '174.63.88.201'],
      ['IP_ADDRESS', '82.132.219.47'],
      ['EMAIL', 'ines.ferreira84%40gmail.com'],
    ],
  },
  {
    text:
      'Partner says our activation endpoint gives them a 422 for this one. What is wrong with the payload?\n' +
      '$ curl -sS -X POST https://api.wattlemobile.com.au/v3/activations \\\n' +
      "  -H 'Content-Type: application/json' \\\n" +
      "  -H 'X-Request-Id: 5b0e2c1f-88a4-4d0e-b1c7-2f9e6a3d7c10' \\\n" +
      '  -d \'{"order_id":"ACT-55102","plan_code":"PLN_40GB_2023","msisdn":"+61412738905","iccid":"8961274214881410816","imei":"350328891383961","subscriber":{"name":"Harper Nguyen","dob":"1993-11-07","address":"Unit 4, 17 Wattle St, Fitzroy VIC 3065"},"port_in":false}\'\n' +
      'HTTP/1.1 422 Unprocessable Entity\n' +
      '{"error":"plan_code_invalid","detail":"PLN_40GB_2023 retired on 2024-05-31","trace":"9d41c0e7a2b35f68"}',
    pii: [
      ['PHONE', '+61412738905'],
      ['ICCID', '8961274214881410816'],
      ['IMEI', '350328891383961'],
      ['PERSON', 'Harper Nguyen'],
      ['DATE_OF_BIRTH', '1993-11-07'],
      ['ADDRESS', 'Unit 4, 17 Wattle St, Fitzroy VIC 3065'],
    ],
  },
  {
    text:
      'Why did this webhook hit our endpoint twice? The customer got two receipt emails for one order.\n' +
      '{\n' +
      '  "id": "evt_3PQx8KLmC2a9Fh1d0r7Zt4Yw",\n' +
      '  "type": "charge.succeeded",\n' +
      '  "created": 1718356201,\n' +
      '  "data": {"object": {\n' +
      '    "id": "ch_3PQx8KLmC2a9Fh1d0b1Qe5Nn",\n' +
      '    "amount": 8499, "currency": "eur",\n' +
      '    "billing_details": {"name": "Siobhán Gallagher", "email": "siobhan.gallagher@eircom.net", "phone": "+353 87 214 6630", "address": "12 Lansdowne Park, Ballsbridge, Dublin 4, D04 K2X8"},\n' +
      '    "payment_method_details": {"card": {"brand": "visa", "last4": "0208", "exp_month": 8, "exp_year": 2027}},\n' +
      '    "receipt_email": "siobhan.gallagher@eircom.net",\n' +
      '    "metadata": {"order_id": "IE-55190"}\n' +
      '  }},\n' +
      '  "request": {"id": "req_Vb81kQ2fHs0pLm", "idempotency_key": "ord-IE-55190-pay"}\n' +
      '}',
    pii: [
      ['PERSON', 'Siobhán Gallagher'],
      ['EMAIL', 'siobhan.gallagher@eircom.net'],
      ['PHONE', '+353 87 214 6630'],
      ['ADDRESS', '12 Lansdowne Park, Ballsbridge, Dublin 4, D04 K2X8'],
      ['EMAIL', 'siobhan.gallagher@eircom.net'],
    ],
  },
  {
    text:
      'Pods keep crashlooping after the 2.14.0 rollout. kubectl describe + last log line below, any idea?\n' +
      'Name:         payments-worker-7d9c6b8f5-xk2lp\n' +
      'Namespace:    billing-prod\n' +
      'Node:         ip-10-40-3-118.eu-west-1.compute.internal/10.40.3.118\n' +
      'Image:        registry.internal.acme-pay.io/payments-worker:2.14.0\n' +
      'Last State:   Terminated  Reason: OOMKilled  Exit Code: 137\n' +
      'Limits:       memory: 512Mi  cpu: 500m\n' +
      'Events:       Back-off restarting failed container (x14 over 22m)\n' +
      '{"level":"error","ts":"2024-06-14T08:02:11Z","msg":"pool exhausted","host":"pg-billing-primary.billing-prod.svc","port":5432,"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","batch":"INV-RUN-20240614-02"}\n' +
      'Vendor escalation line in the runbook is 1-800-341-2290 if we need them.',
    pii: [],
  },
  {
    text:
      'Interface engine rejects this ADT^A04 from registration with AE on PID. Can you spot the problem?\n' +
      'MSH|^~\\&|REGADT|MERCYGEN|EPICADT|MERCYGEN|202406140915||ADT^A04|MSG00418832|P|2.5.1\n' +
      'EVN|A04|202406140915\n' +
      'PID|1||004718823^^^MERCYGEN^MR||WASHINGTON^DENISE^L||19780922|F|||2210 Oakwood Dr^^Columbus^OH^43219^USA||(614)828-3391|||M||||397-52-8814\n' +
      'PV1|1|O|CLINIC^205^1||||1447382910^PATEL^ARJUN^^^DR\n' +
      'IN1|1|PPO|ANTH01|ANTHEM BLUE CROSS|PO BOX 105187^^ATLANTA^GA^30348||||||||||||WASHINGTON^DENISE^L|SEL|19780922|||||||||||||||||YRX884210573',
    pii: [
      ['MEDICAL_RECORD', '004718823'],
      ['PERSON', 'WASHINGTON^DENISE^L'],
      ['DATE_OF_BIRTH', '19780922'],
      ['ADDRESS', '2210 Oakwood Dr^^Columbus^OH^43219'],
      ['PHONE', '(614)828-3391'],
      ['US_SSN', '397-52-8814'],
      ['PERSON', 'PATEL^ARJUN'],
      ['PERSON', 'WASHINGTON^DENISE^L'],
      ['DATE_OF_BIRTH', '19780922'],
      ['HEALTH_INSURANCE', 'YRX884210573'],
    ],
  },
  {
    text:
      'Can you dedupe this by email and tell me which rows are the same person? Greenhouse export, trimmed:\n' +
      'candidate_id,full_name,email,phone,location,applied_at,req_id,source\n' +
      'C-104882,"Oluwaseun Adeyemi",seun.adeyemi@yahoo.com,+234 803 417 2290,"Lagos, NG",2024-05-02T10:14:00Z,REQ-2291,LinkedIn\n' +
      'C-104915,"Seun Adeyemi",SEUN.ADEYEMI@YAHOO.COM,08034172290,"Lagos",2024-05-19T16:40:12Z,REQ-2291,Referral\n' +
      'C-105003,"Mei-Ling Chow",meiling.chow@proton.me,+852 6123 4871,"Hong Kong",2024-05-21T03:02:55Z,REQ-2304,Careers page\n' +
      'C-105117,"Tomás Ríos",tomas.rios.dev@gmail.com,+34 612 48 90 37,"Valencia, ES",2024-06-01T08:30:00Z,REQ-2291,Indeed',
    pii: [
      ['PERSON', 'Oluwaseun Adeyemi'],
      ['EMAIL', 'seun.adeyemi@yahoo.com'],
      ['PHONE', '+234 803 417 2290'],
      ['PERSON', 'Seun Adeyemi'],
      ['EMAIL', 'SEUN.ADEYEMI@YAHOO.COM'],
      ['PHONE', '08034172290'],
      ['PERSON', 'Mei-Ling Chow'],
      ['EMAIL', 'meiling.chow@proton.me'],
      ['PHONE', '+852 6123 4871'],
      ['PERSON', 'Tomás Ríos'],
      ['EMAIL', 'tomas.rios.dev@gmail.com'],
      ['PHONE', '+34 612 48 90 37'],
    ],
  },
  {
    text:
      'Dan on my team got this "account locked" mail. Headers below, legit or phishing?\n' +
      'Return-Path: <bounce-7731@mailer.secure-natwest-alerts.com>\n' +
      'Received: from mailer.secure-natwest-alerts.com (unknown [185.220.101.47])\n' +
      '\tby mx2.hollisgroup.co.uk (Postfix) with ESMTP id 4W1kQx0Zr9z9sRk\n' +
      '\tfor <d.okafor@hollisgroup.co.uk>; Fri, 14 Jun 2024 07:12:03 +0100 (BST)\n' +
      'From: "NatWest Security" <no-reply@secure-natwest-alerts.com>\n' +
      'Reply-To: verify-team@natwest-verify-help.com\n' +
      'To: "Daniel Okafor" <d.okafor@hollisgroup.co.uk>\n' +
      'Subject: Action required: unusual sign-in on account ending 4471\n' +
      'Message-ID: <20240614061203.8842.noreply@secure-natwest-alerts.com>\n' +
      'X-Mailer: PHPMailer 6.1.6\n' +
      'Authentication-Results: mx2.hollisgroup.co.uk; spf=fail smtp.mailfrom=secure-natwest-alerts.com; dkim=none',
    pii: [
      ['PERSON', 'Dan'],
      ['EMAIL', 'd.okafor@hollisgroup.co.uk'],
      ['PERSON', 'Daniel Okafor'],
      ['EMAIL', 'd.okafor@hollisgroup.co.uk'],
    ],
  },
  {
    text:
      'docker compose is not picking up my .env, the app still connects with the default creds. The file:\n' +
      'NODE_ENV=production\n' +
      'PORT=8080\n' +
      'DB_HOST=db.internal\n' +
      'DB_PORT=5432\n' +
      'DB_USER=svc_orders\n' +
      'DB_PASSWORD=Tr0ub4dor&Kestrel!29\n' +
      'REDIS_URL=redis://cache.internal:6379/0\n' +
      'STRIPE_SECRET_KEY=sk_live_51UMcbl1OiMLfB1wdfsHLlfOEVdHpp8z\n' +
      'AWS_ACCESS_KEY_ID=AKIAGBUFA4M4D27GBT5T\n' +
      'AWS_SECRET_ACCESS_KEY=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\n' +
      'ADMIN_EMAIL=rafael.mendes@ordersly.io\n' +
      'SUPPORT_EMAIL=support@ordersly.io\n' +
      'SENTRY_RELEASE=orders-api@3.8.2',
    pii: [
      ['PASSWORD', 'Tr0ub4dor&Kestrel!29'],
      ['SECRET', 'sk_live_51UMcbl1OiMLfB1wdfsHLlfOEVdHpp8z'],
      ['SECRET', 'AKIAGBUFA4M4D27GBT5T'],
      ['SECRET', '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'],
      ['EMAIL', 'rafael.mendes@ordersly.io'],
    ],
  },
  {
    text:
      'The correspondent bounced this MT103 with "beneficiary account invalid". Field 59 looks fine to me?\n' +
      '{1:F01BARCGB22AXXX0000000000}{2:I103DEUTDEFFXXXXN}{4:\n' +
      ':20:TRF2406140017\n' +
      ':23B:CRED\n' +
      ':32A:240614EUR12500,00\n' +
      ':50K:/GB48BARC20041549096871\n' +
      'MARGARET ELLIS\n' +
      '7 HOLLYBANK CL, HARROGATE HG2 8QF\n' +
      ':57A:DEUTDEFF370\n' +
      ':59:/DE22370400449237700768\n' +
      'JONAS WEBER\n' +
      ':70:INV 2024-0611 CONSULTING\n' +
      ':71A:SHA\n' +
      '-}',
    pii: [
      ['IBAN', 'GB48BARC20041549096871'],
      ['PERSON', 'MARGARET ELLIS'],
      ['ADDRESS', '7 HOLLYBANK CL, HARROGATE HG2 8QF'],
      ['IBAN', 'DE22370400449237700768'],
      ['PERSON', 'JONAS WEBER'],
    ],
  },
  {
    text:
      'I printed this QR on my business cards but iPhones show the name as "Kaur;Jaspreet". What is wrong with the vCard?\n' +
      'BEGIN:VCARD\n' +
      'VERSION:3.0\n' +
      'N:Kaur;Jaspreet;;;\n' +
      'FN:Jaspreet Kaur\n' +
      'ORG:Maple Ridge Realty\n' +
      'TITLE:Sales Associate\n' +
      'TEL;TYPE=CELL:+1 604 812 5573\n' +
      'EMAIL:jaspreet.kaur@mapleridgerealty.ca\n' +
      'ADR;TYPE=WORK:;;1180 Kingsway Suite 300;Vancouver;BC;V5V 3C9;Canada\n' +
      'URL:https://mapleridgerealty.ca/agents/ag-2207\n' +
      'NOTE:Office front desk +1 604 270 1100\\, Mon-Sat 9-6\n' +
      'REV:2024-06-10T18:22:00Z\n' +
      'END:VCARD',
    pii: [
      ['PERSON', 'Kaur;Jaspreet'],
      ['PERSON', 'Kaur;Jaspreet'],
      ['PERSON', 'Jaspreet Kaur'],
      ['PHONE', '+1 604 812 5573'],
      ['EMAIL', 'jaspreet.kaur@mapleridgerealty.ca'],
    ],
  },
  {
    text:
      "Seeing this in prod for one customer's autopay. Why is the expiry parse failing? (and yes I know we should not log the body)\n" +
      '2024-06-14 10:22:31.447 DEBUG [autopay-scheduler,6f1d2c3b9a0e4f11,9a0e4f116f1d2c3b] 1 --- [pool-3-thread-7] c.f.billing.AutopayJob : tokenize request {"schedule":"AP-2281904-06","pan":"5177504817149708","exp":"1/2027","cvc":"418","amount":"212.40"}\n' +
      '2024-06-14 10:22:31.448 ERROR [autopay-scheduler,6f1d2c3b9a0e4f11,9a0e4f116f1d2c3b] 1 --- [pool-3-thread-7] c.f.billing.AutopayJob : Autopay failed for customer_id=CUS-2281904\n' +
      "com.finserv.cards.CardValidationException: Unable to parse expiry '1/2027' (holder=Rebecca Lindqvist)\n" +
      '\tat com.finserv.cards.ExpiryParser.parse(ExpiryParser.java:58)\n' +
      '\tat com.finserv.cards.CardValidator.validate(CardValidator.java:112)\n' +
      '\tat com.finserv.billing.AutopayJob.charge(AutopayJob.java:204)\n' +
      '\t... 14 common frames omitted\n' +
      "Caused by: java.time.format.DateTimeParseException: Text '1/2027' could not be parsed at index 0",
    pii: [
      ['CREDIT_CARD', '5177504817149708'],
      ['CARD_EXPIRY', '1/2027'],
      ['CARD_CVV', '418'],
      ['CARD_EXPIRY', '1/2027'],
      ['PERSON', 'Rebecca Lindqvist'],
      ['CARD_EXPIRY', '1/2027'],
    ],
  },
  {
    text:
      'Summarise this ticket for standup please, two lines max.\n' +
      'PLAT-4471 · Bug · Priority: High · Status: In Progress · Assignee: Unassigned\n' +
      'Summary: Invoice PDFs render blank pages for orders > 250 lines\n' +
      'Components: billing-service, pdf-renderer\n' +
      'Affects Version: 5.3.1 | Fix Version: 5.3.2\n' +
      'Environment: prod-eu (pdf-renderer-2.eu.internal, 10.8.1.22)\n' +
      'Description:\n' +
      'Orders ORD-99120044 and ORD-99120198 (both 312 lines) produce 14-page PDFs where pages 3-14 are blank. Reproducible on staging with fixture order-large-312.json. Renderer logs show "glyph cache exhausted" at 2024-06-13T22:14:09Z, request id 0c7e1a55-2d4f-4b8e-9a31-77f0d2c6b118.\n' +
      'Impact: 37 tickets via support@billingly.com; hotline 1-800-872-4410 has been briefed.\n' +
      'Linked: PLAT-4402 (font subsetting), commit 9f3ab21.',
    pii: [],
  },
  {
    text:
      'Getting a duplicate key error on this insert, but the VIN is brand new stock?\n' +
      'INSERT INTO sales_deals (deal_no, stock_no, vin, plate, buyer_name, buyer_dl, buyer_dl_state, buyer_phone, price_cents, created_at) VALUES\n' +
      "  ('D-24-06117', 'STK-88412', '1HGCV1F32G0090589', '8XKR214', 'Marcus Bell', 'B7724013', 'CA', '(916) 447-2083', 2899000, now()),\n" +
      "  ('D-24-06118', 'STK-88430', '1FTFW1E58J8944213', NULL, 'Alicia Moreno', 'M3308152', 'CA', '+1 530 296 7741', 4150000, now());\n" +
      'ERROR:  duplicate key value violates unique constraint "vehicles_vin_key"\n' +
      'DETAIL:  Key (vin)=(1FTFW1E58J8944213) already exists.\n' +
      'CONTEXT:  SQL statement "INSERT INTO vehicles (vin, stock_no) VALUES (NEW.vin, NEW.stock_no)" PL/pgSQL function trg_deal_vehicle() line 4',
    pii: [
      ['VIN', '1HGCV1F32G0090589'],
      ['VEHICLE_PLATE', '8XKR214'],
      ['PERSON', 'Marcus Bell'],
      ['DRIVER_LICENSE', 'B7724013'],
      ['PHONE', '(916) 447-2083'],
      ['VIN', '1FTFW1E58J8944213'],
      ['PERSON', 'Alicia Moreno'],
      ['DRIVER_LICENSE', 'M3308152'],
      ['PHONE', '+1 530 296 7741'],
      ['VIN', '1FTFW1E58J8944213'],
    ],
  },
  {
    text:
      'Our check-in mutation returns null for this passenger and no error at all. Query and variables:\n' +
      'mutation CheckIn($input: CheckInInput!) { checkIn(input: $input) { boardingPass { seat barcode } errors { code message } } }\n' +
      '{\n' +
      '  "input": {\n' +
      '    "pnr": "K7Q2XM",\n' +
      '    "flight": "LH 1617",\n' +
      '    "passenger": {\n' +
      '      "givenName": "Katarzyna",\n' +
      '      "surname": "Wiśniewska",\n' +
      '      "dateOfBirth": "1989-03-17",\n' +
      '      "nationality": "POL",\n' +
      '      "document": {"type": "P", "number": "EM4418273", "expiry": "2031-08-21", "issuingCountry": "POL"},\n' +
      '      "email": "k.wisniewska89@wp.pl",\n' +
      '      "phone": "+48 602 318 774"\n' +
      '    },\n' +
      '    "seatPreference": "AISLE"\n' +
      '  }\n' +
      '}\n' +
      'response: {"data":{"checkIn":null},"extensions":{"traceId":"e3b0c442-98fc-1c14-9afb-f4c8996fb924","cost":42}}',
    pii: [
      ['PERSON', 'Katarzyna'],
      ['PERSON', 'Wiśniewska'],
      ['DATE_OF_BIRTH', '1989-03-17'],
      ['PASSPORT', 'EM4418273'],
      ['EMAIL', 'k.wisniewska89@wp.pl'],
      ['PHONE', '+48 602 318 774'],
    ],
  },
  {
    text:
      'Customer Graham Tate disputes these roaming charges. Were these calls really made from Spain? CDRs:\n' +
      'record_type|start_time|duration_s|a_number|b_number|imei|cell_id|mcc_mnc|charge_gbp\n' +
      'MOC|2024-06-02T14:11:08Z|412|447911482306|34655120948|359994512557845|21407-3A1F|21407|3.94\n' +
      'MOC|2024-06-02T19:40:51Z|58|447911482306|901|359994512557845|21407-3A22|21407|0.00\n' +
      'MTC|2024-06-03T08:02:17Z|903|447883019254|447911482306|359994512557845|21401-0B7C|21401|0.00\n' +
      'Dispute ref DSP-0618-2291, bill period 2024-05-28 to 2024-06-27.',
    pii: [
      ['PERSON', 'Graham Tate'],
      ['PHONE', '447911482306'],
      ['PHONE', '34655120948'],
      ['IMEI', '359994512557845'],
      ['PHONE', '447911482306'],
      ['IMEI', '359994512557845'],
      ['PHONE', '447883019254'],
      ['PHONE', '447911482306'],
      ['IMEI', '359994512557845'],
    ],
  },
  {
    text:
      'Are these meter events a comms fault or a tamper? Trying to decide whether to send an engineer out.\n' +
      '2024-06-12T02:14:07Z site=SITE-448120 meter=E17UP04418 fw=4.2.11 evt=0x8F03 SUPPLY_ARMED\n' +
      '2024-06-12T02:14:09Z site=SITE-448120 meter=E17UP04418 fw=4.2.11 evt=0x8F1C TAMPER_COVER_OPEN\n' +
      '2024-06-12T02:19:44Z site=SITE-448120 meter=E17UP04418 fw=4.2.11 evt=0x8F20 COMMS_LOSS hub=CH-77A2 rssi=-101dBm\n' +
      '2024-06-12T06:00:00Z site=SITE-448120 meter=E17UP04418 reg1=18842.6kWh reg2=9120.3kWh tariff=E7-ECO voltage=251.3V\n' +
      '2024-06-12T06:00:02Z site=SITE-448120 meter=E17UP04418 evt=0x8F21 COMMS_RESTORED\n' +
      'Field team booking line is 0800 048 2210, job template FT-TMP-07.',
    pii: [],
  },
  {
    text:
      'Summarise this ticket and draft a reply, the customer is pretty angry.\n' +
      'Ticket #884213 | Status: Open | Priority: Urgent | Channel: Web form | Brand: QuickBasket UK\n' +
      'Requester: Ayesha Siddiqui <ayesha.siddiqui@hotmail.co.uk>\n' +
      'Phone: 07459 213 880\n' +
      'Created: 2024-06-13 18:42 BST\n' +
      'Order: QB-UK-20240613-55812 | Store: QuickBasket Croydon, 145 London Rd, Croydon CR0 2RG\n' +
      'Delivery address: Flat 3, 28 Whitehorse Road, Croydon CR0 2JA\n' +
      'Description:\n' +
      '"Driver marked my order as delivered at 18:05 but nothing arrived. I was home the whole time. Ring me on 07459 213880 please, not email."\n' +
      'Tags: missing_order, refund_request | Macro applied: "Missing item - L1"',
    pii: [
      ['PERSON', 'Ayesha Siddiqui'],
      ['EMAIL', 'ayesha.siddiqui@hotmail.co.uk'],
      ['PHONE', '07459 213 880'],
      ['ADDRESS', 'Flat 3, 28 Whitehorse Road, Croydon CR0 2JA'],
      ['PHONE', '07459 213880'],
    ],
  },
  {
    text:
      'Outlook shows this invite in UTC instead of Berlin time. What is wrong with the .ics?\n' +
      'BEGIN:VCALENDAR\n' +
      'PRODID:-//Recruitee//Interview Scheduler 2.3//EN\n' +
      'VERSION:2.0\n' +
      'METHOD:REQUEST\n' +
      'BEGIN:VEVENT\n' +
      'UID:int-7781-20240618@recruitee-mail.io\n' +
      'DTSTAMP:20240614T091500Z\n' +
      'DTSTART:20240618T100000\n' +
      'DTEND:20240618T110000\n' +
      'SUMMARY:Interview - Senior Data Engineer (REQ-3310)\n' +
      'ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@bergwerk-analytics.de\n' +
      'ATTENDEE;CN=Emeka Nwosu;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:emeka.nwosu@gmail.com\n' +
      'ATTENDEE;CN=Raum Spree;CUTYPE=ROOM:mailto:room.spree@bergwerk-analytics.de\n' +
      'LOCATION:Bergwerk Analytics, Torstraße 140, 10119 Berlin\n' +
      'DESCRIPTION:Video link in the candidate portal. Meeting ID 884 2210 9931.\n' +
      'END:VEVENT\n' +
      'END:VCALENDAR',
    pii: [
      ['PERSON', 'Lena Hoffmann'],
      ['EMAIL', 'lena.hoffmann@bergwerk-analytics.de'],
      ['PERSON', 'Emeka Nwosu'],
      ['EMAIL', 'emeka.nwosu@gmail.com'],
    ],
  },
  {
    text:
      'Build on main broke overnight. Who touched the migration? git log:\n' +
      'commit 9c1e4f7a2b3d5e6f708192a3b4c5d6e7f8091a2b\n' +
      'Author: Priya Raghunathan <priya.r@loomcart.dev>\n' +
      'Date:   Thu Jun 13 23:48:02 2024 +0530\n' +
      '\n' +
      '    feat(db): add nullable column shipping_tier (LC-2291)\n' +
      '\n' +
      'commit 4a7d2e19f0c3b8a6d5e4f3c2b1a0988776655443\n' +
      'Author: Joel Andersson <joel@andersson.se>\n' +
      'Date:   Thu Jun 13 17:05:44 2024 +0200\n' +
      '\n' +
      '    fix: revert index on orders(created_at)\n' +
      '\n' +
      '    Co-authored-by: Mateus Carvalho <mateus.carvalho@loomcart.dev>\n' +
      '\n' +
      'commit e01b77c3d9a8f6e5b4c3d2e1f0a9b8c7d6e5f4a3\n' +
      'Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\n' +
      'Date:   Thu Jun 13 06:00:12 2024 +0000\n' +
      '\n' +
      '    chore(deps): bump pg from 8.11.3 to 8.12.0',
    pii: [
      ['PERSON', 'Priya Raghunathan'],
      ['EMAIL', 'priya.r@loomcart.dev'],
      ['PERSON', 'Joel Andersson'],
      ['EMAIL', 'joel@andersson.se'],
      ['PERSON', 'Mateus Carvalho'],
      ['EMAIL', 'mateus.carvalho@loomcart.dev'],
    ],
  },
  {
    text:
      'Payroll import crashed halfway (processed 1,412 of 2,980 rows). The NI number looks right to me?\n' +
      'Traceback (most recent call last):\n' +
      '  File "/opt/payroll/importer/run.py", line 214, in <module>\n' +
      '    main()\n' +
      '  File "/opt/payroll/importer/run.py", line 188, in main\n' +
      '    emp = Employee.from_row(row)\n' +
      '  File "/opt/payroll/importer/models.py", line 77, in from_row\n' +
      '    nino=validate_nino(row["ni_number"]),\n' +
      '  File "/opt/payroll/importer/validators.py", line 31, in validate_nino\n' +
      '    raise ValueError(f"invalid NINO {value!r} for employee {row_id}")\n' +
      "ValueError: invalid NINO 'NR 47 19 82 D ' for employee E-20431 (surname='Whitfield', dob=1986-04-02, batch=PAY-2024-06-M)",
    pii: [
      ['UK_NINO', 'NR 47 19 82 D'],
      ['PERSON', 'Whitfield'],
      ['DATE_OF_BIRTH', '1986-04-02'],
    ],
  },
  {
    text:
      'Which of these should I index first?\n' +
      '2024-06-14 03:12:44.118 UTC [48213] svc_reporting@analytics LOG:  duration: 8421.337 ms  execute <unnamed>: SELECT o.id, o.total_cents FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.created_at >= $1 AND i.sku = $2\n' +
      "2024-06-14 03:12:44.118 UTC [48213] svc_reporting@analytics DETAIL:  parameters: $1 = '2024-05-01', $2 = 'SKU-TRK-4410-BLK'\n" +
      "2024-06-14 03:14:02.907 UTC [48240] svc_reporting@analytics LOG:  duration: 5210.004 ms  statement: SELECT warehouse_id, count(*) FROM shipments WHERE status = 'IN_TRANSIT' AND carrier_code = 'DPD-UK' GROUP BY 1\n" +
      '2024-06-14 03:20:31.552 UTC [48302] svc_etl@analytics LOG:  duration: 2988.610 ms  statement: UPDATE invoices SET exported_at = now() WHERE batch_id = 771204',
    pii: [],
  },
  {
    text:
      'The consumer keeps dead-lettering this message with "schema mismatch". From the DLQ:\n' +
      'topic=deliveries.assigned.v2 partition=7 offset=18422091 key=DLV-55812-03 timestamp=1718371203512\n' +
      'headers={"schema-id":"412","producer":"dispatch-svc/3.4.0","traceparent":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"}\n' +
      '{"delivery_id":"DLV-55812-03","courier":{"id":"CR-2210","name":"Bongani Dlamini","phone":"+27 82 441 9073","vehicle_reg":"CA 418-226"},"recipient":{"name":"Thandiwe Mokoena","phone":"+27 71 308 5562","address":"14 Kloof Nek Rd, Tamboerskloof, Cape Town, 8001"},"eta":"2024-06-14T14:30:00+02:00","items":3,"cod_amount":null}',
    pii: [
      ['PERSON', 'Bongani Dlamini'],
      ['PHONE', '+27 82 441 9073'],
      ['VEHICLE_PLATE', 'CA 418-226'],
      ['PERSON', 'Thandiwe Mokoena'],
      ['PHONE', '+27 71 308 5562'],
      ['ADDRESS', '14 Kloof Nek Rd, Tamboerskloof, Cape Town, 8001'],
    ],
  },
  {
    text:
      'Bank portal rejects our payroll batch on the second transaction ("CH16 invalid format"). Which part is off?\n' +
      '<CdtTrfTxInf>\n' +
      '  <PmtId><EndToEndId>SAL-202406-0041</EndToEndId></PmtId>\n' +
      '  <Amt><InstdAmt Ccy="EUR">3812.40</InstdAmt></Amt>\n' +
      '  <CdtrAgt><FinInstnId><BICFI>ABNANL2A</BICFI></FinInstnId></CdtrAgt>\n' +
      '  <Cdtr><Nm>Sanne de Vries</Nm></Cdtr>\n' +
      '  <CdtrAcct><Id><IBAN>NL22ABNA8298711586</IBAN></Id></CdtrAcct>\n' +
      '</CdtTrfTxInf>\n' +
      '<CdtTrfTxInf>\n' +
      '  <PmtId><EndToEndId>SAL-202406-0042</EndToEndId></PmtId>\n' +
      '  <Amt><InstdAmt Ccy="EUR">4190.00</InstdAmt></Amt>\n' +
      '  <Cdtr><Nm>Marco Bianchi</Nm></Cdtr>\n' +
      '  <CdtrAcct><Id><IBAN>IT89 X054 2811 1013 1802 4987 093</IBAN></Id></CdtrAcct>\n' +
      '</CdtTrfTxInf>',
    pii: [
      ['PERSON', 'Sanne de Vries'],
      ['IBAN', 'NL22ABNA8298711586'],
      ['PERSON', 'Marco Bianchi'],
      ['IBAN', 'IT89 X054 2811 1013 1802 4987 093'],
    ],
  },
  {
    text:
      'Made this QR for my holiday-let guests but Android says "invalid network". The string I encoded:\n' +
      'WIFI:T:WPA;S:Casa_Girasol_5G;P:Terraza-azul-2291;H:false;;\n' +
      'Router is a TP-Link Archer AX55, firmware 1.1.4 Build 20230219, listing #884120377. Thanks! - Lucía',
    pii: [
      ['PASSWORD', 'Terraza-azul-2291'],
      ['PERSON', 'Lucía'],
    ],
  },
  {
    text:
      'OCR pulled this from a scanned TD1 form. Can you map the fields to our HRIS import columns?\n' +
      'INC0048821 | Category: HR / Payroll | Opened: 2024-06-12 09:14 | Assignment group: HR-Ops-CA\n' +
      '--- OCR output (confidence 0.91) ---\n' +
      'Last name / Nom de famille: Tremblay\n' +
      'First name / Prénom: Geneviève\n' +
      'Date of birth / Date de naissance: 1991-07-23\n' +
      "Social insurance number / Numéro d'assurance sociale: 458 416 344\n" +
      'Address / Adresse: 2285 rue Saint-Denis, app. 4, Montréal QC H2X 3K7\n' +
      "Employee number / Numéro d'employé: 300418\n" +
      'Total claim amount / Montant total: 15 705,00 $\n' +
      'Form version: TD1 2024 (E/F)',
    pii: [
      ['PERSON', 'Tremblay'],
      ['PERSON', 'Geneviève'],
      ['DATE_OF_BIRTH', '1991-07-23'],
      ['CA_SIN', '458 416 344'],
      ['ADDRESS', '2285 rue Saint-Denis, app. 4, Montréal QC H2X 3K7'],
    ],
  },
];
