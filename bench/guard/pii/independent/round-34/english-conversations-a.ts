// English conversations for round 34, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyFourConversationsA: readonly IndependentText[] = [
  {
    text: "EnergyHub live chat · Ref CH-20241009-7731\nAgent: Hi, you're through to Priya at EnergyHub. How can I help?\nYou: Hi, my bill for 14 Aug – 13 Sep came out at £212.48, nearly double. Account A-7F3D2291, meter serial 19L4402817.\nAgent: Sorry to hear that! For security, can you confirm your full name and the supply address?\nYou: Harriet Okafor, Flat 3, 27 Mill Lane, Bristol BS3 4EJ\nAgent: Thanks Harriet. The 02/09 read of 48790 was estimated (E). You're on tariff E-1R-VAR-22-11-01-J at 24.50p/kWh plus 60.10p/day standing charge, MPAN ending 0045 221.\nYou: I sent a photo of the real read on 06/09, it was 47612. Text me on 07912 448306 if you need another.\nAgent: Got it. I've raised case CAS-00918274 to rebill; a corrected statement follows within 5 working days. Billing is on 0330 102 7517 if you'd rather call.",
    pii: [
      ['PERSON', 'Priya'],
      ['PERSON', 'Harriet Okafor'],
      ['ADDRESS', 'Flat 3, 27 Mill Lane, Bristol BS3 4EJ'],
      ['PERSON', 'Harriet'],
      ['PHONE', '07912 448306'],
    ],
  },
  {
    text: "Kestrel Mobile chat transcript · 09/10/2024 19:42 AEDT · Ticket KM-2291-04417\nMe: hi, activating the replacement SIM for my service +61 412 583 907. SIM pack number is 89614348187104496698 and it's going into a phone with IMEI 356507188084465\nTomás (Kestrel): Hi there! Before I move the number across, can you confirm your date of birth?\nMe: 3 March 1991\nTomás (Kestrel): Thanks. You're on PLN-MAX-45GB at $45.00/mo, next bill 21/10/2024, order AU-ORD-5581902. The old SIM ending 7731 will stop working within 2 hours.\nMe: the card also has PUK 40918273 printed on it, do you need that?\nTomás (Kestrel): No need, and please don't share your PUK with anyone. If anything goes wrong call 13 47 37 or visit our Chadstone store, Shop 1044, 1341 Dandenong Rd, Chadstone VIC 3148.",
    pii: [
      ['PHONE', '+61 412 583 907'],
      ['ICCID', '89614348187104496698'],
      ['IMEI', '356507188084465'],
      ['PERSON', 'Tomás'],
      ['DATE_OF_BIRTH', '3 March 1991'],
      ['PERSON', 'Tomás'],
      ['PASSWORD', '40918273'],
      ['PERSON', 'Tomás'],
    ],
  },
  {
    text: "[Thu 10:14] Ops desk: MSCU4821937 discharged at Felixstowe, customs entry pending. HS code on the commercial invoice says 8471.30.00 but the packing list says 8471.50.00 – which is right?\n[Thu 10:16] Broker: 8471.30.00 for the laptops, 8473.30.20 for the spare keyboards. EORI on the entry is GB482917364000 (importer's).\n[Thu 10:17] Ops desk: ok. AWB for the air part is 176-48213392, 3 pcs, 212.5 kg chargeable. Invoice INV-24-00871, USD 48,210.00, Incoterms DAP.\n[Thu 10:21] Broker: Entry MRN 24GB3F7K2L9M0N1A2 lodged, duty £0.00, VAT £9,642.00 postponed. Ring the HMRC helpline on 0300 322 9434 if CDS rejects it again.",
    pii: [],
  },
  {
    text: "Patient portal message · Thread #PM-7718204\nFrom: Gloria Castellanos\nTo: Dr. Ansel Whitford, Internal Medicine\nHi Dr. Whitford, I got the results from my draw on 10/02 (accession 24-CH-118042) but the portal only shows part of it. My MRN is 00482913 and DOB 07/22/1968 in case you need to pull it up. Glucose says 112 mg/dL (ref 70–99) and LDL 141 – is that why I was flagged? Also the flu shot they gave me was lot 4F29KX, exp 06/2025, do I need to record that anywhere? My Aetna member ID is W284719305 if billing asks.\n— Gloria\n\nReply from Keisha Boateng, RN: Hi Gloria, Dr. Whitford reviewed it. The CMP (CPT 80053) is final, the lipid panel is still pending. We'll call you at 520-847-3316 once it posts. For billing questions please use 1-877-412-9000.",
    pii: [
      ['PERSON', 'Gloria Castellanos'],
      ['PERSON', 'Ansel Whitford'],
      ['PERSON', 'Whitford'],
      ['MEDICAL_RECORD', '00482913'],
      ['DATE_OF_BIRTH', '07/22/1968'],
      ['HEALTH_INSURANCE', 'W284719305'],
      ['PERSON', 'Gloria'],
      ['PERSON', 'Keisha Boateng'],
      ['PERSON', 'Gloria'],
      ['PERSON', 'Whitford'],
      ['PHONE', '520-847-3316'],
    ],
  },
  {
    text: "Call transcript – Bayview Pharmacy refill line, 2024-10-11 14:05\nAGENT: Bayview Pharmacy, this is Marc. Refill or new prescription?\nCALLER: Refill please. Rx number 7402918, the atorvastatin 20 mg.\nAGENT: Sure. Name and date of birth?\nCALLER: Anjali Raman, the fourteenth of May, 1979.\nAGENT: Thanks. I see DIN 02242963, 90 tablets, last filled September 3rd, two refills left. Is your OHIP card still 4827-391-056-KT?\nCALLER: Yes, same card. Can you text when it's ready? 647-382-9014.\nAGENT: Will do. Pickup is at 2200 Bayview Ave, Unit 4; call us at 416-921-4400 if it's not ready by 5. Copay should be $2.00.",
    pii: [
      ['PERSON', 'Marc'],
      ['PERSON', 'Anjali Raman'],
      ['DATE_OF_BIRTH', 'the fourteenth of May, 1979'],
      ['HEALTH_INSURANCE', '4827-391-056-KT'],
      ['PHONE', '647-382-9014'],
    ],
  },
  {
    text: 'Service request SRV/2024/118734 – opened via WhatsApp\nCustomer: Hi, my Galaxy A54 (model SM-A546E, serial R58W41KZ9PX) stopped charging. IMEI 1: 352889102494499, IMEI 2: 352889102494507. Bought at the Croma store, Phoenix Marketcity, LBS Marg, Kurla West, Mumbai 400070 on 12-06-2024, invoice INV-MH-48213, ₹38,999.\nSupport: Sorry about that! Please share your name, an alternate mobile number and the pickup address.\nCustomer: Rohit Deshmukh, +91 98204 17653, B-702 Sai Krupa CHS, Hiranandani Gardens, Powai, Mumbai 400076. Email rohit.deshmukh88@gmail.com\nSupport: Thanks Rohit. Pickup booked for 15-10-2024 between 10:00–13:00, job no. JB-MUM-0048821. Toll-free 1800 40 7267864 for updates. Warranty valid till 11-06-2025.',
    pii: [
      ['IMEI', '352889102494499'],
      ['IMEI', '352889102494507'],
      ['PERSON', 'Rohit Deshmukh'],
      ['PHONE', '+91 98204 17653'],
      ['ADDRESS', 'B-702 Sai Krupa CHS, Hiranandani Gardens, Powai, Mumbai 400076'],
      ['EMAIL', 'rohit.deshmukh88@gmail.com'],
      ['PERSON', 'Rohit'],
    ],
  },
  {
    text: "#inc-2291-checkout\nDana Whitcombe 09:12: p95 on checkout-api jumped to 4.8s right after v3.18.2 (build 4471, commit 9f3e2a1c). Seeing this over and over:\n`2024-10-09T09:10:44Z ERROR req_id=7f3c2a9e-41b8-4d6e-9a2f-0c8b5e1d7a34 user=m.lopez@brightfield.io client_ip=81.140.22.197 status=502 upstream=payments:8443 dur=4812ms`\nKwame Asante 09:14: that's one user retrying. but the DEBUG line above it has the whole bearer token: `Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImstMjAyNC0wOSJ9.eyJzdWIiOiJ1Xzc3MTA0MiIsImVtYWlsIjoibS5sb3BlekBicmlnaHRmaWVsZC5pbyIsInNjb3BlIjoiY2hlY2tvdXQ6d3JpdGUiLCJleHAiOjE3Mjg0NzEwNDR9.z1BVXBt7wRkl8OZfIa2AUk7z7gTqBu4wweocv81k2lsNaWQrZzhB4GZqT8hqt0pmpsLww0sAO_DGpUxjKbgRBW`\nDana Whitcombe 09:15: ugh. revoking that session now and opening SEC-1187 to drop DEBUG in prod. Roll back to v3.18.1?\nKwame Asante 09:16: yes, roll back. Page schedule P7QX2LM if it's not green by 09:30.",
    pii: [
      ['PERSON', 'Dana Whitcombe'],
      ['EMAIL', 'm.lopez@brightfield.io'],
      ['IP_ADDRESS', '81.140.22.197'],
      ['PERSON', 'Kwame Asante'],
      [
        'SECRET',
        'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImstMjAyNC0wOSJ9.eyJzdWIiOiJ1Xzc3MTA0MiIsImVtYWlsIjoibS5sb3BlekBicmlnaHRmaWVsZC5pbyIsInNjb3BlIjoiY2hlY2tvdXQ6d3JpdGUiLCJleHAiOjE3Mjg0NzEwNDR9.z1BVXBt7wRkl8OZfIa2AUk7z7gTqBu4wweocv81k2lsNaWQrZzhB4GZqT8hqt0pmpsLww0sAO_DGpUxjKbgRBW',
      ],
      ['PERSON', 'Dana Whitcombe'],
      ['PERSON', 'Kwame Asante'],
    ],
  },
  {
    text: "Subject: Payslip Sept 2024 – overtime missing\nHi Payroll,\nMy September payslip (employee no. EMP-20918, cost centre 4410-JHB) shows pay code 0101 Basic R28 450.00 and UIF R177.12 but no pay code 0215 overtime for the 11.5 hrs on 14/09 and 21/09. Also, I've changed banks – from October please pay into FNB cheque account 62841937015, branch code 250655.\nMy cell is 082 614 3379 if you need to confirm.\nThanks,\nLerato Mokoena\nWarehouse Supervisor, Midrand DC\n\nReply – Payroll Helpdesk: Hi Lerato, noted. Bank changes need form HR-B12 signed plus a bank letter; send both to payroll@vukani-logistics.co.za before the 20th cut-off. Ref PR-24-10-0392.",
    pii: [
      ['BANK_ACCOUNT', '62841937015'],
      ['PHONE', '082 614 3379'],
      ['PERSON', 'Lerato Mokoena'],
      ['PERSON', 'Lerato'],
    ],
  },
  {
    text: 'WhatsApp · Skyway Travel SG\nCustomer: Hi, booking ref 6HTQ2L, SQ 322 SIN–LHR on 18 Dec, seat 41K. The app says my APIS is incomplete.\nAgent (Jia Hui): Hi! Please send the passenger name as in the passport, passport no., expiry and date of birth.\nCustomer: TAN WEI LING, K4928173N, exp 14/02/2031, born 19/11/1988. Mobile +65 9127 4480.\nAgent (Jia Hui): Updated, thank you! E-ticket 618-2417738291 is unchanged, fare basis YLOWSG, total S$1,842.60. Our office at 78 Shenton Way #12-01 is open till 6pm, or call 6221 8800.',
    pii: [
      ['PERSON', 'Jia Hui'],
      ['PERSON', 'TAN WEI LING'],
      ['PASSPORT', 'K4928173N'],
      ['DATE_OF_BIRTH', '19/11/1988'],
      ['PHONE', '+65 9127 4480'],
      ['PERSON', 'Jia Hui'],
    ],
  },
  {
    text: "Customer: There are two charges on my statement I don't recognise. Card ending 4417, both on 10/03: AMZN MKTP US*2K4TL0 for $84.19 and SQ *BLUE BOTTLE for $12.75.\nAgent: Thanks. I'm looking at transaction refs 74821933021847 and 74821933021903. The Amazon one has merchant ID 0000418 2290 and posted 10/04. If you don't recognise it I can open a dispute.\nCustomer: Yes please, the coffee one is fine.\nAgent: Dispute DSP-2024-1048213 is open and a provisional credit of $84.19 will show within 2 business days. Questions: 1-800-347-2683, option 3.",
    pii: [],
  },
  {
    text: "[12/10/2024, 18:03] Niamh (tenant): Hi Declan, the keys are back at the agency (Sherry Property, 40 Baggot St Upper) as agreed. Meter reads at move-out: electricity 18420, gas 07713.\n[12/10/2024, 18:05] Declan: Thanks Niamh, I'll check the apartment Monday. RTB registration for the tenancy is TR0824-71392 if you need it.\n[12/10/2024, 18:11] Niamh (tenant): Grand. For the €1,850 deposit please use IBAN IE67AIBK93115247161689, account name Niamh Gallagher. Forwarding address is 9 Ashgrove Park, Ballincollig, Co. Cork P31 KX28.\n[12/10/2024, 18:12] Declan: Will do within 14 days as per the lease (contract no. 2023/114).",
    pii: [
      ['PERSON', 'Niamh'],
      ['PERSON', 'Declan'],
      ['PERSON', 'Declan'],
      ['PERSON', 'Niamh'],
      ['PERSON', 'Niamh'],
      ['IBAN', 'IE67AIBK93115247161689'],
      ['PERSON', 'Niamh Gallagher'],
      ['ADDRESS', '9 Ashgrove Park, Ballincollig, Co. Cork P31 KX28'],
      ['PERSON', 'Declan'],
    ],
  },
  {
    text: "Service advisor call notes – RO# 618204, Sunnyvale Honda service drive\nAdvisor: Thanks for calling, this is Luis. Can I get the VIN or the plate?\nCustomer: Plate is 8KXW214, California. VIN 1HG91LP92NL174167.\nAdvisor: Got it, 2022 Accord, 41,208 miles. We'll do the B12 service: oil filter 15400-PLM-A02, cabin filter 80292-TBA-A11, plus recall campaign 23V-412 for the fuel pump.\nCustomer: How much?\nAdvisor: $289.95 before tax; the recall is no charge. Name and cell for the text updates?\nCustomer: Mei Hartono, 408-316-7725.\nAdvisor: Perfect, Mei. Work order WO-77104 is open, drop-off Tuesday 7:30am at 1325 Kifer Rd.",
    pii: [
      ['PERSON', 'Luis'],
      ['VEHICLE_PLATE', '8KXW214'],
      ['VIN', '1HG91LP92NL174167'],
      ['PERSON', 'Mei Hartono'],
      ['PHONE', '408-316-7725'],
      ['PERSON', 'Mei'],
    ],
  },
  {
    text: 'SwiftLink Express – customs hold\nAgent: Your shipment AWB 4418273950 from Guangzhou (2 pcs, 14.2 kg, HS 8517.62.00, declared USD 640) is on hold at MMIA for Form M / PAAR. Please confirm the consignee details.\nCustomer: Consignee is Chukwuemeka Adeyemi, 14 Adeola Odeku Street, Victoria Island, Lagos. Phone +234 803 417 2290, email emeka.adeyemi@yahoo.com\nAgent: Thank you. Duty assessed is NGN 187,450.00 under SGD ref 2024-LOS-0048217. Pay at any bank branch into the Customs collection account, never into a personal account. Our Ikeja office: 32 Oba Akran Avenue, 0700 794 5465.',
    pii: [
      ['PERSON', 'Chukwuemeka Adeyemi'],
      ['ADDRESS', '14 Adeola Odeku Street, Victoria Island, Lagos'],
      ['PHONE', '+234 803 417 2290'],
      ['EMAIL', 'emeka.adeyemi@yahoo.com'],
    ],
  },
  {
    text: "Parents' WhatsApp group – 5 Bestari, SMK Taman Desa\nCikgu Farah: Reminder: SPM trial results are out. Index numbers start with KA047, seat numbers are on the slip. Class mean grade is 4.21. Office line 03-7982 4410 for slip reprints.\nMr Ravi: Thank you cikgu. Siddharth's index is KA047A019, he got 7As but BM shows TH (tidak hadir). He was sick on 12 Sept, MC from Klinik Desa attached.\nCikgu Farah: Noted, Mr Ravi. Please WhatsApp me directly at 012-384 7719 and I'll update the record before the 25th.",
    pii: [
      ['PERSON', 'Farah'],
      ['PERSON', 'Ravi'],
      ['PERSON', 'Siddharth'],
      ['PERSON', 'Farah'],
      ['PERSON', 'Ravi'],
      ['PHONE', '012-384 7719'],
    ],
  },
  {
    text: 'Can you help me write a firm but polite complaint in German to my bank? Details:\n- Bank: Sparkasse Berlin, Kundenservice 030 869 869 69\n- Me: Jonas Bräuer, Lindenstraße 42, 10969 Berlin\n- IBAN: DE87 1701 0626 0048 5423 79\n- Transaction: SEPA direct debit, Mandatsreferenz MD-2024-0048213, Gläubiger-ID DE41ZZZ00001382960, €149,90 on 01.10.2024, Verwendungszweck "Abo 10/2024 Kd-Nr 771042"\nI cancelled that gym contract (Vertrags-Nr. 55-02918) on 15.07.2024 and want the money back under the 8-week rule.',
    pii: [
      ['PERSON', 'Jonas Bräuer'],
      ['ADDRESS', 'Lindenstraße 42, 10969 Berlin'],
      ['IBAN', 'DE87 1701 0626 0048 5423 79'],
    ],
  },
  {
    text: 'From: zakupy@hydromet-sp.pl\nTo: orders@nordvalve.de\nSubject: PO 4500182913 – confirmation needed\nHello, please confirm PO 4500182913 dated 07.10.2024: 120 pcs ball valve DN50 PN40 (part no. BV-50-40-SS316) at €84.20, and 40 pcs gasket kit GK-50 at €6.15. Delivery DAP to our warehouse, ul. Porcelanowa 23, 40-246 Katowice, gate 3. Our VAT number is PL6342918374, please put it on the invoice. Payment 60 days to our usual account. Questions: +48 32 204 18 00 (purchasing desk).\nRegards,\nPurchasing Team, Hydromet Sp. z o.o.',
    pii: [],
  },
  {
    text: "Ticket #58213 · Priority: High · Product: Ledgerly Cloud v7.4.1\nCustomer wrote: I'm locked out after the 2FA reset. Username is jbautista_ops, recovery email jbautista.ops@protonmail.com. Error says ERR_AUTH_4021 (session 3b9e7c21). Your article KB-00417 didn't help.\nAgent (L2): I've reset it. Temporary password: Tq7#rW2m!pLx – you'll be forced to change it on first login. New backup codes are under Settings > Security; one of them is 4827-1930 in case the page doesn't load.\nCustomer: I'm in, thanks. Workspace ws_8841002 looks fine now.",
    pii: [
      ['USERNAME', 'jbautista_ops'],
      ['EMAIL', 'jbautista.ops@protonmail.com'],
      ['PASSWORD', 'Tq7#rW2m!pLx'],
      ['PASSWORD', '4827-1930'],
    ],
  },
  {
    text: "Transcript – card services, call ID 0918-44712\nAgent: You're through to card services, my name is Callum. Can I take the long card number?\nCaller: It's 4431 4359 1193 5012.\nAgent: And the expiry?\nCaller: Zero nine twenty-seven. Do you need the three digits on the back, 318?\nAgent: Please don't read that out, we'll never need it. Can you confirm your date of birth?\nCaller: 22nd of August 1957. My name's Brenda Ashworth.\nAgent: Thank you Mrs Ashworth. I can see three payments on 08/10 to TRAVELBOOK-EU, £640.00, £640.00 and £12.99, merchant ref TB8841-0027. I'll block the card, raise fraud case FR-24-0071823 and post a replacement to the address we hold. If you're abroad call +44 1733 574 910.",
    pii: [
      ['PERSON', 'Callum'],
      ['CREDIT_CARD', '4431 4359 1193 5012'],
      ['CARD_EXPIRY', 'Zero nine twenty-seven'],
      ['CARD_CVV', '318'],
      ['DATE_OF_BIRTH', '22nd of August 1957'],
      ['PERSON', 'Brenda Ashworth'],
      ['PERSON', 'Ashworth'],
    ],
  },
  {
    text: "Pension tracing webchat\nBot: Thanks for waiting, Olu will be with you shortly.\nAgent: Hi, I'm Olu. I can see you're asking about a workplace pension from 2009–2013. Employer name and PAYE reference if you have it?\nVisitor: It was Grantham Cold Stores Ltd, PAYE ref 120/GA48213 from an old P60. My National Insurance number is JT 48 21 93 B and I was Sandra Mbeki-Hall back then, now Sandra Hall.\nAgent: Thanks. Scheme PSTR 00748213RL, policy GCS-DC-0091. Date of birth?\nVisitor: 30.04.1975\nAgent: Found it – transfer value £14,218.33 as at 01/10/2024. The statement will go by post; the scheme admin line is 0800 138 7710.",
    pii: [
      ['PERSON', 'Olu'],
      ['PERSON', 'Olu'],
      ['UK_NINO', 'JT 48 21 93 B'],
      ['PERSON', 'Sandra Mbeki-Hall'],
      ['PERSON', 'Sandra Hall'],
      ['DATE_OF_BIRTH', '30.04.1975'],
    ],
  },
  {
    text: "HR onboarding chat – Maple Ridge Foods\nHR (Gurpreet): Welcome aboard! To set up payroll I need your SIN, direct deposit info and an emergency contact.\nNew hire: Sure. SIN 565 264 967. Bank is TD, institution 004, transit 04412, account 5209381.\nNew hire: Emergency contact is my sister Chloé Tremblay, 514-772-0391.\nHR (Gurpreet): Thanks! Your employee number is 300482, first pay date 2024-11-01, TD1 claim code 1. Our CRA payroll account 84129 3375 RP0001 is ours, you won't need it. Questions: 1-888-402-7713 ext. 214.",
    pii: [
      ['PERSON', 'Gurpreet'],
      ['CA_SIN', '565 264 967'],
      ['BANK_ACCOUNT', '5209381'],
      ['PERSON', 'Chloé Tremblay'],
      ['PHONE', '514-772-0391'],
      ['PERSON', 'Gurpreet'],
    ],
  },
  {
    text: "KakaoTalk – Dream Realty (Mapo)\nAgent Ms. Yoon: Hello! For the 전세 contract on the Mangwon-dong unit we need your 외국인등록번호 and a phone number for the 확정일자.\nLucas: Sure, 외국인등록번호 880517-5295815, phone 010-4827-1936. Current address is 서울특별시 마포구 망원로 72, 3층 until the 30th.\nAgent Ms. Yoon: Thank you Lucas. Details: 지번 망원동 412-18, 보증금 ₩180,000,000, 계약번호 DR-2024-1107. The landlord runs the building as a business, 사업자등록번호 745-42-52203, so he'll issue a 세금계산서. Our office registration is 11440-2019-00214, tel 02-332-7180.",
    pii: [
      ['PERSON', 'Yoon'],
      ['PERSON', 'Lucas'],
      ['FRN', '880517-5295815'],
      ['PHONE', '010-4827-1936'],
      ['ADDRESS', '서울특별시 마포구 망원로 72, 3층'],
      ['PERSON', 'Yoon'],
      ['PERSON', 'Lucas'],
      ['BRN', '745-42-52203'],
    ],
  },
  {
    text: 'Re: Reservation 7710-482193 – Hotel Sakura Nihonbashi\nDear Guest,\nWe have received your request. Check-in 14 Nov 2024 (Thu), 3 nights, Moderate Double, JPY 61,500 incl. tax, plan code SKR-NR-07. For the guest register required by Japanese law, please reply with the passport number of each foreign guest.\nFront Desk (Sato) · 03-3270-4411\n\n> Thanks! Guests are Ingrid Solberg, passport FN4829173 (Norway), and Kenji Aoyama, who lives in Japan (phone 090-4827-1136). Our flight JL 44 lands at HND at 06:15, so early check-in would be great.\n> Ingrid',
    pii: [
      ['PERSON', 'Sato'],
      ['PERSON', 'Ingrid Solberg'],
      ['PASSPORT', 'FN4829173'],
      ['PERSON', 'Kenji Aoyama'],
      ['PHONE', '090-4827-1136'],
      ['PERSON', 'Ingrid'],
    ],
  },
  {
    text: "Customer: Hi, I sent ₱15,000 via InstaPay to my mom yesterday but she hasn't received it. Ref no. 2024100914321877.\nAgent: Hi! Please provide the sender and receiver details.\nCustomer: Sender Mark Anthony Villanueva, BDO account 0048 2917 3305. Receiver Rosalinda Villanueva, GCash 0917 482 6619.\nAgent: Thank you, Mark. Trace ticket BDO-CC-771928 created. InstaPay transfers can take up to 24h; if it's still not credited after 10/11, call our hotline (02) 8631-8000.",
    pii: [
      ['PERSON', 'Mark Anthony Villanueva'],
      ['BANK_ACCOUNT', '0048 2917 3305'],
      ['PERSON', 'Rosalinda Villanueva'],
      ['PHONE', '0917 482 6619'],
      ['PERSON', 'Mark'],
    ],
  },
  {
    text: 'M-PESA: SFK7Q2X1LP Confirmed. Ksh4,350.00 paid to JAMII HARDWARE Till 522533 on 9/10/24 at 3:41 PM. New M-PESA balance is Ksh1,208.50. Transaction cost, Ksh0.00.\n---\nCustomer: Habari, I paid for 2 bags cement + 1 roll BRC mesh A142, code SFK7Q2X1LP. When will it be delivered?\nJamii Hardware: Asante! Order JH-0918 goes out on the 2pm run, delivery fee Ksh 300 on arrival. Cement is Bamburi 42.5N, batch 24K09. Our office line is 0709 482 000.',
    pii: [],
  },
  {
    text: '#ops-alerts\n[PagerDuty] TRIGGERED: disk usage > 90% on db-replica-03 (eu-west-1b). Incident #PD-48213.\n[bot] Runbook RB-017: check /var/lib/postgresql/16/main and WAL retention. Last snapshot snap-0a9f3c7e21b84d6f2 at 2024-10-09T02:00:00Z.\n[bot] Deploy pipeline #8841 (sha 3f9e1b7c0a2d4e6f8b1c3d5e7f9a0b2c4d6e8f10) promoted chart api-gateway 2.41.0 → 2.41.1.\n[bot] RESOLVED automatically at 09:48 UTC after autovacuum; 71% used. Status page: status.northwind-ops.io, support@northwind-ops.io.',
    pii: [],
  },
];
