// English conversations for round 9, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundNineConversationsA: readonly IndependentText[] = [
  {
    text: "Agent: Thanks for calling the Riverbend Animal Rescue winter appeal, you're through to Shona. Can I take the name exactly as it appears on the card?\nCaller: Yes, it's Gwendolyn Ashby-Price. Mrs.\nAgent: Lovely. And the long number across the front?\nCaller: 5412 7539 0186 4426\nAgent: And the expiry date?\nCaller: it says oh-nine slash twenty-seven\nAgent: Perfect, and the last three digits on the signature strip?\nCaller: 318\nAgent: Thank you. That's a one-off gift of £25.00 with Gift Aid, donation reference RAR-W-66120. Your receipt goes out by post within 10 days.",
    pii: [
      ['PERSON', 'Shona'],
      ['PERSON', 'Gwendolyn Ashby-Price'],
      ['CREDIT_CARD', '5412 7539 0186 4426'],
      ['CARD_EXPIRY', 'oh-nine slash twenty-seven'],
      ['CARD_CVV', '318'],
    ],
  },
  {
    text: "Customer: hi is my mums prescription ready? its for Bernadette Mullally dob 14/02/1949\nPharmacy: Hi, this is Kieran at Meadowbank Pharmacy. Could you confirm her NHS number please?\nCustomer: 943 476 5870 i think, and her hospital no. from St James's is K0928374 if that helps\nPharmacy: Thanks, that matches. 28 x amlodipine 5mg and 56 x metformin 500mg, collection ref P-2291. We close at 6pm today, 1pm on Saturday.",
    pii: [
      ['PERSON', 'Bernadette Mullally'],
      ['DATE_OF_BIRTH', '14/02/1949'],
      ['PERSON', 'Kieran'],
      ['HEALTH_INSURANCE', '943 476 5870'],
      ['MEDICAL_RECORD', 'K0928374'],
    ],
  },
  {
    text: 'hi, re claim CLM-448203 (dental extraction on 02/04) – you paid $312.40 of the $890.00 invoice. Policy PET-7720-19 has a $250 excess per condition so why am I $577.60 short?? renewal was 1 May, AFTER the treatment. please explain',
    pii: [],
  },
  {
    text: "[14:02] SupportBot: Please enter the username of the account you want to recover.\n[14:02] You: xX_ShadowKoala_Xx\n[14:03] SupportBot: What email address was used to register the account?\n[14:03] You: koala.kid2009@outlook.com but i cant get into it anymore\n[14:04] SupportBot: Please enter the date of birth on the account.\n[14:04] You: 3 nov 2009\n[14:06] Agent Marisol: Hi! I've taken over from the bot. The last successful login was from 81.153.227.40 on 12 Jan, was that you?\n[14:06] You: yea thats my house wifi\n[14:07] Agent Marisol: Great, I'll send a reset link to a new email. Case #RC-5529017.",
    pii: [
      ['USERNAME', 'xX_ShadowKoala_Xx'],
      ['EMAIL', 'koala.kid2009@outlook.com'],
      ['DATE_OF_BIRTH', '3 nov 2009'],
      ['PERSON', 'Marisol'],
      ['IP_ADDRESS', '81.153.227.40'],
      ['PERSON', 'Marisol'],
    ],
  },
  {
    text: "Subject: Change of bank details – from June payroll\n\nHi Payroll team,\n\nI've switched banks so please pay my salary into the new account from the June run:\n\nAccount name: Tariq H Siddiqui\nSort code: 20-45-77\nAccount no: 63018852\n\nAlso my NI number was wrong on my last payslip, it should be JT 48 62 19 B not JT 48 62 91 B.\n\nThanks,\nTariq\nWarehouse Ops, Shift B – emp # 10442",
    pii: [
      ['PERSON', 'Tariq H Siddiqui'],
      ['BANK_ACCOUNT', '63018852'],
      ['UK_NINO', 'JT 48 62 19 B'],
      ['UK_NINO', 'JT 48 62 91 B'],
      ['PERSON', 'Tariq'],
    ],
  },
  {
    text: 'Hi this is Kwabena ur Bolt driver, im at pickup point by Door 3, grey Toyota Prius reg LB70 WXT. Pls come out I can only wait 2 mins',
    pii: [
      ['PERSON', 'Kwabena'],
      ['VEHICLE_PLATE', 'LB70 WXT'],
    ],
  },
  {
    text: 'Agent: Before we connect you with the provider, please confirm your full name and date of birth.\nPatient: Delphine Marchetti, 7/19/88\nAgent: Thanks Delphine. Is your insurance still Aetna, member ID W218 4470 93?\nPatient: no, switched to BCBS in January. new ID is XKP 903618442 01\nAgent: Updated. Your chart number with us is 2218-0457 for future reference. Visit copay is $40. Dr. Habib will join in about 5 minutes.',
    pii: [
      ['PERSON', 'Delphine Marchetti'],
      ['DATE_OF_BIRTH', '7/19/88'],
      ['PERSON', 'Delphine'],
      ['HEALTH_INSURANCE', 'W218 4470 93'],
      ['HEALTH_INSURANCE', 'XKP 903618442 01'],
      ['MEDICAL_RECORD', '2218-0457'],
      ['PERSON', 'Habib'],
    ],
  },
  {
    text: 'Customer: hi, picking up at Cairns Airport tmrw 10:40, res no 7HQ22841. my licence is QLD, no. 087 412 956 – do u need the card number too?\nAgent: Hi Mitchell, yes please, the 10-character card number on the back.\nCustomer: H7K2P91XQ4\nCustomer: sorry hard to read, its H7K2P91X04\nAgent: Thanks! Also confirming DOB 11/09/1996 on the booking, so no under-25 surcharge 👍 Your Corolla hybrid is in bay C12.',
    pii: [
      ['DRIVER_LICENSE', '087 412 956'],
      ['PERSON', 'Mitchell'],
      ['DRIVER_LICENSE', 'H7K2P91XQ4'],
      ['DRIVER_LICENSE', 'H7K2P91X04'],
      ['DATE_OF_BIRTH', '11/09/1996'],
    ],
  },
  {
    text: "nbn down AGAIN since 6am in werribee. ticket INC0093321 still says 'investigating'. modem is VX420-G2h fw 1.1.0 build 2304, DSL light solid red. paying $95/mo for this 🙃 anyone else on the 3030 side?",
    pii: [],
  },
  {
    text: 'Customer: Good morning. I made a transfer of ₦150,000 at 9:12am to 0245718863 but the correct account is 0245718836 (Adaeze Nwankwo, Access Bank). Please help me reverse it.\nAgent: Good morning ma, I am sorry about this. My name is Yusuf. Kindly send the session ID and your own account number.\nCustomer: Session ID 000013250611091244786201, my account 3108842957\nAgent: Thank you ma. Complaint logged, ticket CMS/2025/88413. Resolution within 72 hours.',
    pii: [
      ['BANK_ACCOUNT', '0245718863'],
      ['BANK_ACCOUNT', '0245718836'],
      ['PERSON', 'Adaeze Nwankwo'],
      ['PERSON', 'Yusuf'],
      ['BANK_ACCOUNT', '3108842957'],
    ],
  },
  {
    text: 'Dear Ms Lindqvist,\n\nThank you for sending your enrolment documents. Our records list your passport number as 91583726, but the copy of your residence permit shows passport 92604175. Could you confirm which one is current?\n\nWe also hold your date of birth as 03.06.2001 – please tell us if this is incorrect. Orientation starts on 8 September in Room G.14.\n\nKind regards,\nOwen Pritchett\nInternational Admissions Office\nStudent ref: UG25-004817',
    pii: [
      ['PERSON', 'Lindqvist'],
      ['PASSPORT', '91583726'],
      ['PASSPORT', '92604175'],
      ['DATE_OF_BIRTH', '03.06.2001'],
      ['PERSON', 'Owen Pritchett'],
    ],
  },
  {
    text: 'Call notes – 2025-06-11 14:22 – inbound\nCaller: Rhéal Thibodeau (plan member), cert # 4471029-01, verified w/ DOB 1979-12-04 + postal code.\nRe: claim 55-0193772, orthodontics for dependant Élodie Thibodeau (DOB 2011-08-30), paid $1,150.00 of $3,400.00 – lifetime max reached.\nMember asked us to remove his SIN from file, old enrolment form still shows 273 918 458. Sent to Enrolment, task ENR-20817.\nCallback requested at 514-881-2046 after 5pm. – N. Gagnon',
    pii: [
      ['PERSON', 'Rhéal Thibodeau'],
      ['HEALTH_INSURANCE', '4471029-01'],
      ['DATE_OF_BIRTH', '1979-12-04'],
      ['PERSON', 'Élodie Thibodeau'],
      ['DATE_OF_BIRTH', '2011-08-30'],
      ['CA_SIN', '273 918 458'],
      ['PHONE', '514-881-2046'],
      ['PERSON', 'N. Gagnon'],
    ],
  },
  {
    text: '[09:14] Priya: guys the airbnb host just sent everything\n[09:14] Priya: address is Calle de Lavapiés 27, 3º B, 28012 Madrid\n[09:15] Priya: door code 5831 then # and wifi pw is Lavapies2024!\n[09:15] Priya: host is Inés, her whatsapp +34 612 48 39 07 if we get stuck\n[09:17] Tom: legend. flight IB3167 lands 13:55 so check-in from 15:00 works',
    pii: [
      ['PERSON', 'Priya'],
      ['PERSON', 'Priya'],
      ['ADDRESS', 'Calle de Lavapiés 27, 3º B, 28012 Madrid'],
      ['PERSON', 'Priya'],
      ['PASSWORD', '5831'],
      ['PASSWORD', 'Lavapies2024!'],
      ['PERSON', 'Priya'],
      ['PERSON', 'Inés'],
      ['PHONE', '+34 612 48 39 07'],
      ['PERSON', 'Tom'],
    ],
  },
  {
    text: 'Agent: To complete Advance Passenger Information for QR1408 on 21 July I need, exactly as in the passport: surname, given names, date of birth, passport number and expiry.\nCustomer: OYELARAN, FOLASADE TITILOPE\nCustomer: dob 22 MAR 1990\nCustomer: passport A09917452 exp 11 JUN 2031\nAgent: Thank you Ms Oyelaran. Booking 6KT2ZQ is now APIS-complete for both sectors.',
    pii: [
      ['PERSON', 'OYELARAN, FOLASADE TITILOPE'],
      ['DATE_OF_BIRTH', '22 MAR 1990'],
      ['PASSPORT', 'A09917452'],
      ['PERSON', 'Oyelaran'],
    ],
  },
  {
    text: 'DHL: Your shipment 4829115603 from ASOS is on hold at customs. Import duty of £18.62 is due by 14/06. Pay securely at dhl.co.uk/ondemand using ref HX5521K. Do not reply to this message.',
    pii: [],
  },
  {
    text: "Agent: You're through to the fraud team, my name's Precious. Before I go any further can I take your full name and date of birth?\nCaller: Moira Abernethy, the fifth of August nineteen sixty-two.\nAgent: Thank you, Mrs Abernethy. Which account did the payment leave from?\nCaller: the current account, it's 41 09 22 76, sort code 83-91-04\nAgent: I can see £1,240.00 to 'HMRC Refund Service' at 14:07 today. Did you authorise that?\nCaller: I did, the man on the phone said my money wasn't safe...\nAgent: Okay Moira, don't worry. I'm raising a scam claim now, reference FRD-2025-338107.",
    pii: [
      ['PERSON', 'Precious'],
      ['PERSON', 'Moira Abernethy'],
      ['DATE_OF_BIRTH', 'the fifth of August nineteen sixty-two'],
      ['PERSON', 'Abernethy'],
      ['BANK_ACCOUNT', '41 09 22 76'],
      ['PERSON', 'Moira'],
    ],
  },
  {
    text: 'Leasing Office: Hi Jordan! Thanks for touring Unit 4B at The Linden yesterday. To start the application we need a photo ID number and your current address.\nJordan: Sure – CA driver license D4827361. Current address 1180 Alvarado St Apt 6, Los Angeles, CA 90006. Best # is (323) 847-2610\nLeasing Office: Perfect. App fee is $45 via the portal, your applicant ID is LND-0093. Move-in special ends 6/30.',
    pii: [
      ['PERSON', 'Jordan'],
      ['PERSON', 'Jordan'],
      ['DRIVER_LICENSE', 'D4827361'],
      ['ADDRESS', '1180 Alvarado St Apt 6, Los Angeles, CA 90006'],
      ['PHONE', '(323) 847-2610'],
    ],
  },
  {
    text: "User: my trading bot stopped placing orders since yesterday. UID 483920117. here's the key im using:\napi key = mK7pQ2vR9sT4wX8zA1bC3dE5fG6hJ0kL\nsecret = Zt9Yq3Wv8Ux2Rs7Pn4Mk1Lj6Hg5Fd0SaQw2Er3Ty4Ui\nSupport (Ahmed): Please DON'T share your API secret in chat. Delete that key now and create a new one. Error -1021 means your timestamp is outside recvWindow, check your server clock sync.\nUser: oh crap ok deleted",
    pii: [
      ['USERNAME', '483920117'],
      ['SECRET', 'mK7pQ2vR9sT4wX8zA1bC3dE5fG6hJ0kL'],
      ['SECRET', 'Zt9Yq3Wv8Ux2Rs7Pn4Mk1Lj6Hg5Fd0SaQw2Er3Ty4Ui'],
      ['PERSON', 'Ahmed'],
    ],
  },
  {
    text: "Hi Mrs Nakamura, it's Bec from the Year 4 office. Hiroshi's excursion form for Thursday is missing his Medicare details – could you text them through? Thanks!\n\nHi Bec, sorry! Medicare 2953 71846 1, he's number 3 on the card. Emergency contact is his dad Kenji on 0417 226 903. EpiPen is in the front pocket of his bag.",
    pii: [
      ['PERSON', 'Nakamura'],
      ['PERSON', 'Bec'],
      ['PERSON', 'Hiroshi'],
      ['PERSON', 'Bec'],
      ['HEALTH_INSURANCE', '2953 71846 1'],
      ['PERSON', 'Kenji'],
      ['PHONE', '0417 226 903'],
    ],
  },
  {
    text: 'Kia ora Shirin, your Mazda CX-5 (rego KPL482) is ready for pickup. WOF passed ✅ Invoice INV-20931 total $486.50 incl GST – front brake pads + 2 tyres. Open till 5:30 today. Cheers, Dave @ Onehunga Auto',
    pii: [
      ['PERSON', 'Shirin'],
      ['VEHICLE_PLATE', 'KPL482'],
      ['PERSON', 'Dave'],
    ],
  },
  {
    text: "[Tue 18:41] Guest: Hi, booking 88219034 for 2 nights from 12 Sep. The card you have on file was declined, can I give you a new one here?\n[Tue 18:43] Front Desk (Ana): Hi! Ideally use the secure link we emailed. If it doesn't work you can reply here and we'll delete the message after processing.\n[Tue 18:47] Guest: link doesn't open on my phone. 4024 0071 8876 5415 exp 08/28 cvc 071, name on card L. Castellanos-Ruiz\n[Tue 18:49] Front Desk (Ana): Thank you Luisa, the €312.00 deposit went through and I've deleted your message.",
    pii: [
      ['PERSON', 'Ana'],
      ['CREDIT_CARD', '4024 0071 8876 5415'],
      ['CARD_EXPIRY', '08/28'],
      ['CARD_CVV', '071'],
      ['PERSON', 'L. Castellanos-Ruiz'],
      ['PERSON', 'Ana'],
      ['PERSON', 'Luisa'],
    ],
  },
  {
    text: "Does Medicare cover the shingles vaccine if you're over 65? Chemist Warehouse quoted $560 for the 2 doses of Shingrix, my GP says it's free on the NIP from 65 but not if you had Zostavax in the last 5 yrs?? so confused",
    pii: [],
  },
  {
    text: 'Sister, regarding bed 12 in Ward 4B, patient Mr. Harish Venkataraman, UHID MH2304-118726. TPA approval from Star Health came through, card no. 28461903-01. His son Karthik will come at 4pm for discharge, please call him on 98401 77325 before that. Final bill IP/25/06/3391 still pending, ₹42,180.',
    pii: [
      ['PERSON', 'Harish Venkataraman'],
      ['MEDICAL_RECORD', 'MH2304-118726'],
      ['HEALTH_INSURANCE', '28461903-01'],
      ['PERSON', 'Karthik'],
      ['PHONE', '98401 77325'],
    ],
  },
  {
    text: '[22:41] Lily W: omg lost my whole wallet at the festival 😭😭\n[22:41] Lily W: cancelled the cards already (monzo ending 7781 + the amex)\n[22:43] Jas: nooo. was ur licence in it??\n[22:43] Lily W: yeah. WALSH957148LK9AB if anyone hands it in lol\n[22:44] Jas: post on the lost property page n tag @greenfieldsfest\n[22:46] Lily W: done, said dm me on insta @lily.wanders_',
    pii: [
      ['PERSON', 'Lily W'],
      ['PERSON', 'Lily W'],
      ['PERSON', 'Jas'],
      ['PERSON', 'Lily W'],
      ['DRIVER_LICENSE', 'WALSH957148LK9AB'],
      ['PERSON', 'Jas'],
      ['PERSON', 'Lily W'],
      ['USERNAME', '@lily.wanders_'],
    ],
  },
  {
    text: "From: Mateus Carvalho <mateus.c.carvalho@gmail.com>\nTo: Hannah Okafor <h.okafor@swiftbroker.co.uk>\nSubject: RE: Personal effects – AWB 176-48213395\n\nHi Hannah,\n\nAs requested for the ToR relief form:\nPassport: FX482193 (Brazil)\nDate of birth: 19/01/1987\nUK address: Flat 3, 41 Cranbrook Road, Bristol BS6 7BL\nMobile: +44 7723 519 046\n\nThe 14 boxes are used household goods only, nothing commercial.\n\nObrigado,\nMateus\n\n> On 9 Jun 2025, Hannah Okafor wrote:\n> We'll need the consignee's passport details and DOB before HMRC will release the shipment.",
    pii: [
      ['PERSON', 'Mateus Carvalho'],
      ['EMAIL', 'mateus.c.carvalho@gmail.com'],
      ['PERSON', 'Hannah Okafor'],
      ['EMAIL', 'h.okafor@swiftbroker.co.uk'],
      ['PERSON', 'Hannah'],
      ['PASSPORT', 'FX482193'],
      ['DATE_OF_BIRTH', '19/01/1987'],
      ['ADDRESS', 'Flat 3, 41 Cranbrook Road, Bristol BS6 7BL'],
      ['PHONE', '+44 7723 519 046'],
      ['PERSON', 'Mateus'],
      ['PERSON', 'Hannah Okafor'],
    ],
  },
];
