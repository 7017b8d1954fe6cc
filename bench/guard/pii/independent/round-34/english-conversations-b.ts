// English conversations for round 34, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyFourConversationsB: readonly IndependentText[] = [
  {
    text: "Billing call – Riverside Medical Group, 10/08/2024\nRep: Patient account services, this is Shawna. Do you have the statement in front of you?\nCaller: Yes, statement ID ST-0928-44172, balance $1,146.20. I'm calling for my husband, Darnell Price, date of birth 2/14/1971. He's next to me on speaker.\nRep: Thank you. I see claim 24271E00418 for the MRI (CPT 72148) billed to BlueCross under member ID XEH928471035, group 0048213. It denied for no prior auth. Also the subscriber Social on file looks incomplete, can he give me the full number?\nCaller: It's 524-86-9848. His doctor's office got auth number PA-7718290 on 9/3.\nRep: Perfect, I'll resubmit with the auth. Anything left after insurance you can pay now.\nCaller: Put it on the Amex, 3731 424847 76173.\nRep: Got it. For the appeal letter our NPI is 1487293016 and the fax is 951-788-4410.",
    pii: [
      ['PERSON', 'Shawna'],
      ['PERSON', 'Darnell Price'],
      ['DATE_OF_BIRTH', '2/14/1971'],
      ['HEALTH_INSURANCE', 'XEH928471035'],
      ['US_SSN', '524-86-9848'],
      ['CREDIT_CARD', '3731 424847 76173'],
    ],
  },
  {
    text: 'TaxEase chat · Case 2024-TX-558201\nPreparer (Alma): Hi! To finish your 1040 I need your ITIN, your W-2 totals and where you want the refund.\nClient: ITIN 992-71-8199. W-2 from Sunbelt Landscaping LLC, EIN 74-2918376, box 1 $38,412.50, box 2 $2,104.00.\nPreparer (Alma): Great. Direct deposit details?\nClient: Routing 111000025, checking 4820193376.\nPreparer (Alma): Thanks. Estimated refund is $1,318. The e-file confirmation goes to the email on file; the IRS line is 1-800-829-1040 if a renewal letter for the ITIN comes.',
    pii: [
      ['PERSON', 'Alma'],
      ['US_ITIN', '992-71-8199'],
      ['PERSON', 'Alma'],
      ['BANK_ACCOUNT', '4820193376'],
      ['PERSON', 'Alma'],
    ],
  },
  {
    text: "Claims chat – Mutua Rápida Seguros\nAgent: Hola, claim SIN-2024-0482913 is open for the incident on 05/10 in the Centro Comercial La Cañada car park, policy AUTO-7710-2291.\nCustomer: Yes. My car is the Seat Arona 4827 KTB, the other car was a white van, 2291 LMZ, and he left a note.\nAgent: Understood. Talleres Costa del Sol (Av. Ricardo Soriano 18, Marbella) quoted €612.40 under repair order OR-1187. Please confirm the driver's licence number and a mobile.\nCustomer: Licence 48291735K, Álvaro Ruiz Medina, mobile +34 612 483 907.\nAgent: Gracias Álvaro, an assessor will call within 48h. Claims line 900 102 447.",
    pii: [
      ['VEHICLE_PLATE', '4827 KTB'],
      ['VEHICLE_PLATE', '2291 LMZ'],
      ['DRIVER_LICENSE', '48291735K'],
      ['PERSON', 'Álvaro Ruiz Medina'],
      ['PHONE', '+34 612 483 907'],
      ['PERSON', 'Álvaro'],
    ],
  },
  {
    text: "Lumio Télécom – chat support\nCustomer: Hello, I'm moving on 28/10 and want to transfer my Lumio Fibre box (model LB-6 Pro, serial LB6P24A0918273). Customer number 1.04829137.\nAgent (Hugo): Of course! What's the new address?\nCustomer: 14 rue des Tanneurs, Apt 3B, 67000 Strasbourg. Mobile 06 48 27 19 36. Please also switch the direct debit to FR69 9909 6139 1058 4697 0667 847.\nAgent (Hugo): Noted. Technician slot 29/10 between 8h and 12h, order TRF-2024-77102, the €49.00 transfer fee is waived. Your box registers on our side as 4C:ED:FB:12:9A:07, so keep the same box. Hotline 3900 if the technician is late.",
    pii: [
      ['PERSON', 'Hugo'],
      ['ADDRESS', '14 rue des Tanneurs, Apt 3B, 67000 Strasbourg'],
      ['PHONE', '06 48 27 19 36'],
      ['IBAN', 'FR69 9909 6139 1058 4697 0667 847'],
      ['PERSON', 'Hugo'],
      ['MAC_ADDRESS', '4C:ED:FB:12:9A:07'],
    ],
  },
  {
    text: "Customer: Oi! My order from Lojas Aurora (pedido 884120-A) has been stuck since 03/10. Tracking NL482917355BR.\nAgent: Hi! The last Correios scan says 'objeto aguardando retirada' at the AC Pinheiros agency (Rua Cardeal Arcoverde 1234, São Paulo – SP, 05408-001). Nota fiscal 000.184.223, série 1.\nCustomer: Why? I paid for home delivery. Recipient is Beatriz Nogueira Lima, Rua Mourato Coelho 936, apto 82, Pinheiros, São Paulo – SP, 05417-001. WhatsApp +55 11 98472-3016.\nAgent: Sorry Beatriz, the courier marked it 'endereço incompleto'. I've requested redelivery under protocol 2024100918832. Our SAC is 0800 727 4410.",
    pii: [
      ['PERSON', 'Beatriz Nogueira Lima'],
      ['ADDRESS', 'Rua Mourato Coelho 936, apto 82, Pinheiros, São Paulo – SP, 05417-001'],
      ['PHONE', '+55 11 98472-3016'],
      ['PERSON', 'Beatriz'],
    ],
  },
  {
    text: 'Soporte – Viajes Mar Azul\nCliente: Hello, my Cancún package (folio MA-2024-11872, hotel voucher HV-48213) was cancelled by you on 01/10. You promised a refund of MXN $18,420.00.\nAgente (Itzel): Correct, refunds go out by SPEI. Please share the account holder and the CLABE.\nCliente: Holder Ricardo Treviño Ortega, CLABE 012180663923321467. My cell is +52 55 4821 7730.\nAgente (Itzel): Listo. Refund reference REF-SPEI-0918273, paid within 5–7 business days; the clave de rastreo will be MBAN01002410090048213. Our line 55 5340 2200 is open Mon–Sat.',
    pii: [
      ['PERSON', 'Itzel'],
      ['PERSON', 'Ricardo Treviño Ortega'],
      ['BANK_ACCOUNT', '012180663923321467'],
      ['PHONE', '+52 55 4821 7730'],
      ['PERSON', 'Itzel'],
    ],
  },
  {
    text: "Dispo Hamburg – Teams chat\n[08:02] Dispo: Container HLXU 812734 5 (40' HC) is at CTA, release order RO-HH-48213, free time until 14.10. Seal no. 0918273.\n[08:05] Customs desk: ATB for MRN 24DE482913748201E9 is open, T1 transit to Duisburg. Tariff number 8708 29 90 00.\n[08:06] Dispo: Truck slot at CTA 10:30–11:00, slot ID 7718-2210, haulier Spedition Nordkap, tour 4471.\n[08:11] Customs desk: OK, papers match. 21,480 kg, 1,148 cartons, invoice 2024-00918. Zoll hotline 0351 44834-510 if the T1 gets stuck.",
    pii: [],
  },
  {
    text: 'Hanbit University Hospital – International Healthcare Center (chat)\nCoordinator: Hello Ms. Novak, your 환자번호 (patient number) is 10482913. For the pharmacy, could you confirm your 외국인등록번호 and your 건강보험증 번호?\nPatient: Sure. 외국인등록번호 950103-6751511, health insurance card 72418390152.\nCoordinator: Thank you. Prescription 교부번호 2024-10-09-00418: Amoxicillin 500mg TID x 5 days, 보험코드 642102570, copay ₩4,800. Follow-up 16 Oct 10:30 with Dr. Kang Min-seo, 본관 3층. Reception 1599-1004.\nPatient: Can you text the reminders to 010-7723-4108?',
    pii: [
      ['PERSON', 'Novak'],
      ['MEDICAL_RECORD', '10482913'],
      ['FRN', '950103-6751511'],
      ['HEALTH_INSURANCE', '72418390152'],
      ['PERSON', 'Kang Min-seo'],
      ['PHONE', '010-7723-4108'],
    ],
  },
  {
    text: "CarLink messages – listing #CL-40918273\nBuyer: Hi, is the 2020 Sonata still available? ₩18,900,000, 48,210 km right?\nSeller: Yes. Plate 157러 2846, VIN KMHJ8J530LG371348. One insurance claim in 2022, repair ₩840,000, 성능점검 record 2024-0918-7731 is in the listing.\nBuyer: Can we meet Saturday? My number is 010-5218-3390.\nSeller: OK, 2pm at the 장안평 used car market, building C, gate 3. I'm Park Jun-ho, 010-9184-2275.",
    pii: [
      ['VEHICLE_PLATE', '157러 2846'],
      ['VIN', 'KMHJ8J530LG371348'],
      ['PHONE', '010-5218-3390'],
      ['PERSON', 'Park Jun-ho'],
      ['PHONE', '010-9184-2275'],
    ],
  },
  {
    text: 'DMV virtual assistant transcript\nUser: I need to renew my license before it expires on 03/15/2025. Number is F7304182, name Kei Nakamura.\nAssistant: I can help with that. Please confirm your date of birth and the last 4 of your SSN.\nUser: DOB 11-08-1984, last four 2713.\nAssistant: Thanks. The renewal fee is $45. Appointment confirmation 4F7K2Q at the Santa Clara field office, 3665 Flora Vista Ave, 10/22 at 9:40 AM. Bring form DL 44. DMV line 1-800-777-0133.\nUser: Also update my mailing address to 2207 Bellomy St Apt 5, Santa Clara, CA 95050 and my email to k.nakamura84@icloud.com',
    pii: [
      ['DRIVER_LICENSE', 'F7304182'],
      ['PERSON', 'Kei Nakamura'],
      ['DATE_OF_BIRTH', '11-08-1984'],
      ['ADDRESS', '2207 Bellomy St Apt 5, Santa Clara, CA 95050'],
      ['EMAIL', 'k.nakamura84@icloud.com'],
    ],
  },
  {
    text: 'Security bot: ⚠️ Secret scanning alert #42 in acme-data/etl-pipelines: GitHub personal access token in config/settings.py at commit 5e8c1d09b7f4a2e3c6d1f0a9b8e7d6c5b4a3f2e1 (PR #918).\nRaj Malhotra: that\'s mine, sorry. `GITHUB_TOKEN = "ghp_5kxE3IPf9tGwwan4u8ZcGQVv4hRDQEZwNlVi"` – revoking now.\nEmma Lindqvist: same commit also has `AWS_ACCESS_KEY_ID=AKIAQGUPF2OXXQ3XFWMI` in .env.example. Was that a live key?\nRaj Malhotra: yes, from my IAM user raj.malhotra-dev. Rotating both. Workflow run 11283004471 used them.\nEmma Lindqvist: ok. I\'ll rewrite history and tag etl-pipelines 2.7.3. Thanks Raj.',
    pii: [
      ['PERSON', 'Raj Malhotra'],
      ['SECRET', 'ghp_5kxE3IPf9tGwwan4u8ZcGQVv4hRDQEZwNlVi'],
      ['PERSON', 'Emma Lindqvist'],
      ['SECRET', 'AKIAQGUPF2OXXQ3XFWMI'],
      ['PERSON', 'Raj Malhotra'],
      ['USERNAME', 'raj.malhotra-dev'],
      ['PERSON', 'Emma Lindqvist'],
      ['PERSON', 'Raj'],
    ],
  },
  {
    text: "Why does this return 401? I'm on openai-python 1.51.0, Python 3.12.4, macOS 14.6.\n```\nimport os\nfrom openai import OpenAI\nclient = OpenAI(api_key=\"sk-proj-6bISVG4OgIRixTgi3g1OswHFqE07soNFpce75J3e97t2rltM\")\nresp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=msgs)\n```\nError: openai.AuthenticationError: Error code: 401 - {'error': {'code': 'invalid_api_key'}} (request id req_8f2a91c4e07b4d3f9a6b2e1c0d7f5a38, org org-Xq82LkP0aNv41tY7). It worked yesterday from my home connection, 73.158.42.211, but not from the office VPN.",
    pii: [
      ['SECRET', 'sk-proj-6bISVG4OgIRixTgi3g1OswHFqE07soNFpce75J3e97t2rltM'],
      ['IP_ADDRESS', '73.158.42.211'],
    ],
  },
  {
    text: '#platform-alerts\nbot: Slack app A07QH2LM4KD (standup-bot) lost scope chat:write after the workspace migration on 2024-10-07. Token xoxb-****-****-redacted was rotated by policy POL-17.\nbot: Reinstall required: https://api.slack.com/apps/A07QH2LM4KD · channel C05R8T1GX9Q · bot user U06BT4K9Z2P\nbot: Jira OPS-2291 created (priority P3), linked change CHG0048213, runbook v1.4.2.\nbot: Reinstalled at 11:02 UTC by the platform team rota; 14 scheduled standups re-sent. Questions to platform-help@internal.',
    pii: [],
  },
  {
    text: "Northline Internet – tech support chat\nAgent (Sam): Hi, thanks for waiting. To verify the account, what's your 4-digit account PIN?\nCustomer: 7351\nAgent (Sam): Thanks. Modem model XB8-T, serial 2409TX8812744, firmware 7.2p3s1, last sync 09/10 03:14. Your WAN IP right now is 142.118.73.204.\nCustomer: The TV is fine, it's my work laptop that keeps dropping. Its MAC is 3C:22:FB:7A:91:0E.\nAgent (Sam): I see it on 5 GHz channel 149 at -78 dBm, that's weak. I'll push firmware 7.2p4 and open ticket NT-0048213. Outage map at northline.ca/status, or call 1-866-482-9100.\nCustomer: ok, email the ticket to theo.fournier@videotron.ca",
    pii: [
      ['PERSON', 'Sam'],
      ['PASSWORD', '7351'],
      ['PERSON', 'Sam'],
      ['IP_ADDRESS', '142.118.73.204'],
      ['MAC_ADDRESS', '3C:22:FB:7A:91:0E'],
      ['PERSON', 'Sam'],
      ['EMAIL', 'theo.fournier@videotron.ca'],
    ],
  },
  {
    text: 'From: Katarzyna Wójcik <k.wojcik.biuro@wp.pl>\nTo: faktury@printex.pl\nSubject: FV/2024/10/0412 – wrong amount\nGood morning, invoice FV/2024/10/0412 of 02.10.2024 charges 2,460.00 PLN gross for 500 business cards, but your offer OF-0918 said 1,230.00 PLN (order ZAM-48213). I already paid 1,230.00 from my account PL32 9214 9826 2680 3379 5089 4536 on 04.10. Please issue a correcting invoice; your NIP 7792482913 on it is fine. The cards were delivered to ul. Kwiatowa 14/3, 60-101 Poznań.\nRegards,\nKatarzyna Wójcik\ntel. +48 601 482 917',
    pii: [
      ['PERSON', 'Katarzyna Wójcik'],
      ['EMAIL', 'k.wojcik.biuro@wp.pl'],
      ['IBAN', 'PL32 9214 9826 2680 3379 5089 4536'],
      ['ADDRESS', 'ul. Kwiatowa 14/3, 60-101 Poznań'],
      ['PERSON', 'Katarzyna Wójcik'],
      ['PHONE', '+48 601 482 917'],
    ],
  },
  {
    text: "Guest: Hi, booking 4417829103, two nights 19–21 Sep. You pre-authorised a €250 security deposit on 19/09 and it's still not released.\nCanal House Suites, Front Office: Sorry about that! Our terminal failed to reverse the hold. We refunded it on 24/09 to the card ending 0931, amount €250.00, ARN 74987504268091823374126. Banks can take up to 10 working days to show it.\nGuest: OK, and the city tax?\nCanal House Suites, Front Office: City tax was 12.5% of the room rate, €61.25, invoice CHS-2024-0918. Reception +31 20 624 1180 if it hasn't arrived by 08/10.",
    pii: [],
  },
  {
    text: 'Phone booking notes – Ryokan Kiyomizu, Kyoto\nStaff (Fujita): Reservation RK-20241120-07, 2 guests, kaiseki plan, ¥86,000 total; 50% cancellation fee from 3 days before.\nGuest: Can I guarantee it with my JCB? 3566 9347 1164 7677, valid to 08/26.\nStaff: Thank you. The name on the card?\nGuest: TANABE YUKI. Contact 080-3318-2947.\nStaff: Noted, Tanabe-sama. Check-in from 15:00; our address is 2-118 Kiyomizu, Higashiyama-ku, Kyoto, front desk 075-561-0048.',
    pii: [
      ['PERSON', 'Fujita'],
      ['CREDIT_CARD', '3566 9347 1164 7677'],
      ['CARD_EXPIRY', '08/26'],
      ['PERSON', 'TANABE YUKI'],
      ['PHONE', '080-3318-2947'],
      ['PERSON', 'Tanabe'],
    ],
  },
  {
    text: "Northgate General Hospital – outpatient bookings webchat\nPatient: Hello, I need to move my cardiology appointment on 23/10 at 14:20 (clinic code CARD-OP-4). Hospital number N4829173, born 06/01/1962.\nAdvisor: Thanks. Can I take your name and postcode?\nPatient: Derek Fairbairn, LS6 2QT.\nAdvisor: Thank you Derek. Your referral UBRN 0048 2913 7718 is still active. Next slot is 06/11 09:40 in Dr Adeyemi's clinic, Wing B level 2, with an ECG first in room 14. Bookings line 0113 392 4410.\nPatient: Please text me the letter on 07825 391 406.",
    pii: [
      ['MEDICAL_RECORD', 'N4829173'],
      ['DATE_OF_BIRTH', '06/01/1962'],
      ['PERSON', 'Derek Fairbairn'],
      ['PERSON', 'Derek'],
      ['PERSON', 'Adeyemi'],
      ['PHONE', '07825 391 406'],
    ],
  },
  {
    text: "Customer: Why is my bill £68.40 this month? It's normally £32.\nAgent: Let me check. Invoice INV-0918273 for 01/09–30/09 has a one-off £24.00 for roaming (EU Day Pass ×4, 12–15 Sep) and £12.40 for calls to 0871 and 09 numbers, for example 0871 222 3100 on 17/09 for 42 minutes. Your plan SIM-30GB-24M is still £32.00.\nCustomer: The 0871 number was the visa centre.\nAgent: Premium numbers aren't in the bundle, sorry. I've added a £6.20 goodwill credit, ref GW-24-0071, and a free premium-rate bar, order BAR-PRS-2291.",
    pii: [],
  },
  {
    text: 'WhatsApp – AutoDisc Renewals (Cape Town)\nCustomer: Hi, my licence disc expires end of October. Reg CA 482-193, VIN JTD7YPC98MJ234042 (2021 Yaris), engine no. 1NR4829173.\nAgent: Hi! The renewal fee for a 1,050 kg vehicle is R612.00 + R99 service fee. Please send a copy of the previous disc (control no. A0482913X) and proof of address.\nCustomer: Sent. The name on the NaTIS record is Thandiwe Nkosi. Deliver to 17 Protea Road, Claremont, Cape Town 7708. Phone 071 482 3309.\nAgent: Thank you Thandiwe, order AD-0918 confirmed, delivery 3–5 working days. Pay by EFT to AutoDisc (Pty) Ltd, FNB branch 250655, reference AD-0918.',
    pii: [
      ['VEHICLE_PLATE', 'CA 482-193'],
      ['VIN', 'JTD7YPC98MJ234042'],
      ['PERSON', 'Thandiwe Nkosi'],
      ['ADDRESS', '17 Protea Road, Claremont, Cape Town 7708'],
      ['PHONE', '071 482 3309'],
      ['PERSON', 'Thandiwe'],
    ],
  },
  {
    text: 'Service chat – Autohaus Lindner GmbH, München-Pasing\nCustomer: Hi, I booked an inspection for Thursday. Plate M-KL 4827, VIN WBARKPCF8LK934763, BMW 320d, 68,410 km.\nService (Mr Yilmaz): Hello! Job AU-2024-11820 is set up: oil service plus brake fluid, oil filter part no. 11 42 8 575 211, about €389.00 incl. VAT. Do you need a courtesy car?\nCustomer: Yes please. Mobile 0151 4829 1736, name Stefanie Krüger.\nService: Noted, Ms Krüger. Drop-off 07:30 at Landsberger Str. 402, 81241 München. Questions: 089 89 66 57-0.',
    pii: [
      ['VEHICLE_PLATE', 'M-KL 4827'],
      ['VIN', 'WBARKPCF8LK934763'],
      ['PERSON', 'Yilmaz'],
      ['PHONE', '0151 4829 1736'],
      ['PERSON', 'Stefanie Krüger'],
      ['PERSON', 'Krüger'],
    ],
  },
  {
    text: 'Zalo chat – Lotus Riverside Hotel, Da Nang\nReception: Hello! For booking LRH-77104 (3–6 Nov, Deluxe River View, 4,200,000 VND/night) we need passport details for the temporary residence declaration.\nGuest: Sure. Kim Soyeon, passport M48291735, DOB 26 FEB 1993. Second guest Lee Dong-hyun, passport M71902846.\nReception: Thank you! Airport pickup at DAD for flight 7C 2901 at 14:35, the driver will hold a sign with booking code LRH-77104. Hotline +84 236 3919 888.\nGuest: My Vietnamese SIM for the driver is +84 912 483 076.',
    pii: [
      ['PERSON', 'Kim Soyeon'],
      ['PASSPORT', 'M48291735'],
      ['DATE_OF_BIRTH', '26 FEB 1993'],
      ['PERSON', 'Lee Dong-hyun'],
      ['PASSPORT', 'M71902846'],
      ['PHONE', '+84 912 483 076'],
    ],
  },
  {
    text: 'HR chat – Hanul Systems, Seoul office\nHR (Ms. Choi): Hi Daniel, for 연말정산 I need to confirm your 주민등록번호 and salary account.\nDaniel Jung: 870412-1090738. Salary goes to 국민은행 482901-01-293847.\nHR (Ms. Choi): Thanks. Employee ID HS-20418, pay code A01 base ₩4,120,000, B07 meal allowance ₩200,000 (non-taxable), 국민연금 ₩185,400. The payslip goes to daniel.jung@hanulsys.co.kr.\nDaniel Jung: Please also add my daughter 정하윤 as a dependent, 190823-4881971.\nHR (Ms. Choi): Done. Payroll hotline 02-6281-4400 ext. 3.',
    pii: [
      ['PERSON', 'Choi'],
      ['PERSON', 'Daniel'],
      ['PERSON', 'Daniel Jung'],
      ['RRN', '870412-1090738'],
      ['BANK_ACCOUNT', '482901-01-293847'],
      ['PERSON', 'Choi'],
      ['EMAIL', 'daniel.jung@hanulsys.co.kr'],
      ['PERSON', 'Daniel Jung'],
      ['PERSON', '정하윤'],
      ['RRN', '190823-4881971'],
      ['PERSON', 'Choi'],
    ],
  },
  {
    text: "Customer: Hi, is Panadol Extra 24s back in stock? Barcode 9300673839225. And Voltaren Emulgel 1% 100g?\nPharmacist: Hi! Panadol Extra arrived today, $8.99, limit 2 per customer. Voltaren 100g is $19.49, batch V24K118, expiry 09/2026. Both can go on click & collect, order CC-24-48213, ready in 2h at our Bondi Junction store, Shop 3, 500 Oxford St, (02) 9389 4410.\nCustomer: And the flu vaccine?\nPharmacist: Walk-ins 9am–5pm, $24.99, or free if you're eligible under the NIP. Dose is 0.5 mL, this year's lot is AU24-FLQ-117.",
    pii: [],
  },
  {
    text: "Sales chat – CloudDesk Korea\nCustomer: We'd like the annual Business plan (₩1,188,000 + VAT). Company: 주식회사 한결테크, 법인등록번호 110111-2185927, 사업자등록번호 165-92-94324.\nAgent: Thanks! For the 세금계산서 we also need the representative's name and a billing contact.\nCustomer: 대표 남궁현우. Billing contact is me, 하지수, 010-3381-4927, jisu.ha@hangyeol.kr\nAgent: Great. Quote Q-2024-0918, the invoice issues on 2024-10-15 and the 승인번호 comes from 홈택스. Support 1588-4410.",
    pii: [
      ['CRN', '110111-2185927'],
      ['BRN', '165-92-94324'],
      ['PERSON', '남궁현우'],
      ['PERSON', '하지수'],
      ['PHONE', '010-3381-4927'],
      ['EMAIL', 'jisu.ha@hangyeol.kr'],
    ],
  },
];
