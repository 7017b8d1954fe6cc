// English conversations for round 21, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwentyOneConversationsA: readonly IndependentText[] = [
  {
    text: 'Customer: Hi, I\'m on EI0105 DUB-JFK on 22 Sept, booking ref 7KWPXN. The app won\'t take my passport details, keeps saying "document invalid".\nAgent: Sorry about that! I can add them for you. Full name exactly as on the passport, the number and your date of birth please.\nCustomer: FITZGERALD AOIFE MARIE, PU4418273, 19 April 1990\nAgent: Thanks Aoife. I have PU4418273 saved. Is +353 87 614 2298 still the best mobile for flight alerts?\nCustomer: no use 087 209 5531, the other one is my work phone\nAgent: Updated. Seat 32K and 1 checked bag are unchanged.',
    pii: [
      ['PERSON', 'FITZGERALD AOIFE MARIE'],
      ['PASSPORT', 'PU4418273'],
      ['DATE_OF_BIRTH', '19 April 1990'],
      ['PERSON', 'Aoife'],
      ['PASSPORT', 'PU4418273'],
      ['PHONE', '+353 87 614 2298'],
      ['PHONE', '087 209 5531'],
    ],
  },
  {
    text: 'Subject: RE: Offer – Business Analyst – joining formalities\n\nDear Harini,\n\nThank you for the offer. As requested, sharing my details for payroll and PF setup:\n\nName as per bank records: Rohit Suresh Kulkarni\nDOB: 07-11-1994\nBank a/c no.: 50100234781196 (HDFC Bank, Baner branch, IFSC HDFC0001829)\nMobile: 98201 46637 / alternate 020 2729 8814\n\nScanned PAN copy and masked Aadhaar are attached. I will join on 2nd June as discussed.\n\nWarm regards,\nRohit Kulkarni',
    pii: [
      ['PERSON', 'Harini'],
      ['PERSON', 'Rohit Suresh Kulkarni'],
      ['DATE_OF_BIRTH', '07-11-1994'],
      ['BANK_ACCOUNT', '50100234781196'],
      ['PHONE', '98201 46637'],
      ['PHONE', '020 2729 8814'],
      ['PERSON', 'Rohit Kulkarni'],
    ],
  },
  {
    text: 'Customer: hi, moving into Unit 5, 112 Glenferrie Rd, Malvern VIC 3144 on Sat 12 July and need the power connected\nAgent: Happy to help! Can I grab your full name, DOB and a licence or Medicare number for the ID check?\nCustomer: Tran Thi Mai, 04/09/1997, VIC licence 082 417 395\nAgent: Thanks Mai. Best contact number?\nCustomer: 0468 213 970\nAgent: All set, connection booked for 12/07 on the Flexi Saver plan, $0 connection fee (ref MOV-2290471). Welcome pack will be emailed within 48 hrs.',
    pii: [
      ['ADDRESS', 'Unit 5, 112 Glenferrie Rd, Malvern VIC 3144'],
      ['PERSON', 'Tran Thi Mai'],
      ['DATE_OF_BIRTH', '04/09/1997'],
      ['DRIVER_LICENSE', '082 417 395'],
      ['PERSON', 'Mai'],
      ['PHONE', '0468 213 970'],
    ],
  },
  {
    text: 'Hello, this is Lee Seo-yeon (이서연). My parcel came back to you because courier said wrong address. Correct address is 부산광역시 해운대구 센텀중앙로 79, 2304호 (48058). Please resend. Mobile 010-4827-1953 or email seoyeon.lee92@naver.com. Order no. 20250603-118842. 감사합니다',
    pii: [
      ['PERSON', 'Lee Seo-yeon'],
      ['PERSON', '이서연'],
      ['ADDRESS', '부산광역시 해운대구 센텀중앙로 79, 2304호 (48058)'],
      ['PHONE', '010-4827-1953'],
      ['EMAIL', 'seoyeon.lee92@naver.com'],
    ],
  },
  {
    text: "Customer: the verification text isn't coming, tried 3 times now\nAgent: Sorry about that. Are you receiving other texts OK?\nCustomer: yes\nAgent: We're seeing delays to some carriers this morning (incident INC0048812). Please use \"Call me instead\" on the login screen, you'll get an automated call with a 6-digit code that's valid for 10 minutes.\nCustomer: ok trying now... worked, thanks",
    pii: [],
  },
  {
    text: "Thanks Aisling, I'll get the draft lease over to you by Thursday.\n\nRory\n\nRory Mac an tSaoir\nAssociate Solicitor | Brennan Doyle Solicitors\nDDI: 028 9024 6613 | Mob: 07700 183529\nr.macantsaoir@brennandoyle.co.uk\nOur ref: RMS/0419/22 | DX 422 NR Belfast",
    pii: [
      ['PERSON', 'Aisling'],
      ['PERSON', 'Rory'],
      ['PERSON', 'Rory Mac an tSaoir'],
      ['PHONE', '028 9024 6613'],
      ['PHONE', '07700 183529'],
      ['EMAIL', 'r.macantsaoir@brennandoyle.co.uk'],
    ],
  },
  {
    text: 'Hi Daniela, your 2020 Mazda CX-5 (VIN JM3KFBCM5L0812437, plate 8KDM214) passed inspection. Total $389.40 incl. 2 tires, RO# 118204. Ready after 3pm. Questions? Text your advisor Jerome at 714-392-8806. – Orange Coast Mazda',
    pii: [
      ['PERSON', 'Daniela'],
      ['VIN', 'JM3KFBCM5L0812437'],
      ['VEHICLE_PLATE', '8KDM214'],
      ['PERSON', 'Jerome'],
      ['PHONE', '714-392-8806'],
    ],
  },
  {
    text: "Customer: adding a second driver to booking GTW-33817, what do you need?\nAgent: Full name, licence number and date of birth for each driver please.\nCustomer: main is me, Bethan Lloyd, LLOYD915231BE9KW, 23/10/1991. second is Huw Jenkins, JENKI705078HW8TZ, born 7 May 78\nAgent: Thanks Bethan. Huw's licence isn't validating as JENKI705078HW8TZ, can you double check the last 2 letters?\nCustomer: sorry it's JENKI705078HW8TX\nAgent: Perfect, both drivers added. Additional driver fee is £12/day, payable at the desk.",
    pii: [
      ['PERSON', 'Bethan Lloyd'],
      ['DRIVER_LICENSE', 'LLOYD915231BE9KW'],
      ['DATE_OF_BIRTH', '23/10/1991'],
      ['PERSON', 'Huw Jenkins'],
      ['DRIVER_LICENSE', 'JENKI705078HW8TZ'],
      ['DATE_OF_BIRTH', '7 May 78'],
      ['PERSON', 'Bethan'],
      ['PERSON', 'Huw'],
      ['DRIVER_LICENSE', 'JENKI705078HW8TZ'],
      ['DRIVER_LICENSE', 'JENKI705078HW8TX'],
    ],
  },
  {
    text: "Hi, Kane from Jim's Plumbing, on my way for the hot water job at 27 Wattle Cres, Rooty Hill NSW 2766. ETA 10:40. Office notes say side gate code is 4471, still right? Call/txt 0417 552 093",
    pii: [
      ['PERSON', 'Kane'],
      ['ADDRESS', '27 Wattle Cres, Rooty Hill NSW 2766'],
      ['PASSWORD', '4471'],
      ['PHONE', '0417 552 093'],
    ],
  },
  {
    text: 'Reception note: Mrs Parveen Akhtar, DOB 02/08/1961, NHS no 612 904 3376, EMIS no 40213, phoned re blood results (HbA1c). Prefers callback on mobile 07823 550194 after 2pm, not the landline. Booked tel consult with Dr Owen Gallagher Thu 11:20.',
    pii: [
      ['PERSON', 'Parveen Akhtar'],
      ['DATE_OF_BIRTH', '02/08/1961'],
      ['HEALTH_INSURANCE', '612 904 3376'],
      ['MEDICAL_RECORD', '40213'],
      ['PHONE', '07823 550194'],
      ['PERSON', 'Owen Gallagher'],
    ],
  },
  {
    text: 'Hi Mr. Janssen,\n\nThanks for the viewing yesterday, we would like to take the flat on Vechtstraat from 1 September. For the rental contract:\n\nName: Bartosz Wieczorek\nDate of birth: 11.06.1993\nPassport: EM4829175 (Poland)\nPhone: +48 601 338 205 (Dutch number coming next week)\nCurrent address: ul. Długa 14/3, 80-827 Gdańsk\n\nFor the deposit return later, my IBAN is PL56 1140 2004 0000 3302 7634 1829.\n\nPozdrawiam,\nBartek',
    pii: [
      ['PERSON', 'Janssen'],
      ['PERSON', 'Bartosz Wieczorek'],
      ['DATE_OF_BIRTH', '11.06.1993'],
      ['PASSPORT', 'EM4829175'],
      ['PHONE', '+48 601 338 205'],
      ['ADDRESS', 'ul. Długa 14/3, 80-827 Gdańsk'],
      ['IBAN', 'PL56 1140 2004 0000 3302 7634 1829'],
      ['PERSON', 'Bartek'],
    ],
  },
  {
    text: 'Staging deploy fails with `password authentication failed for user "svc_billing"` but the exact same .env works locally:\n\nDATABASE_URL=postgresql://svc_billing:Kq7!vR2m#pL9@10.20.3.41:5432/billing\nSTRIPE_SECRET_KEY=sk_test_51NfQ2aH7xK9pLmR4tYvB3cW8eJ0uZsQ1dF6gH2\n\nNode 20.11.1, pg 8.11.3, Docker 24.0.7. Could the # in the password be breaking the URL parsing?',
    pii: [
      ['USERNAME', 'svc_billing'],
      ['USERNAME', 'svc_billing'],
      ['PASSWORD', 'Kq7!vR2m#pL9'],
      ['IP_ADDRESS', '10.20.3.41'],
      ['SECRET', 'sk_test_51NfQ2aH7xK9pLmR4tYvB3cW8eJ0uZsQ1dF6gH2'],
    ],
  },
  {
    text: "Good morning sir, my name is Ifeoma Nwachukwu. On Saturday I transferred ₦85,000 from my account 2093817465 to my brother Obinna's GTBank account 0159428836. I was debited but he did not receive it till now. Session ID 000013250614093211084420. My phone number is 0813 402 7719. Please help me, it is urgent.",
    pii: [
      ['PERSON', 'Ifeoma Nwachukwu'],
      ['BANK_ACCOUNT', '2093817465'],
      ['PERSON', 'Obinna'],
      ['BANK_ACCOUNT', '0159428836'],
      ['PHONE', '0813 402 7719'],
    ],
  },
  {
    text: "Agent: Can I take the name on the reservation please?\nCustomer: Chen Xiaoling. Maybe it's under Xiaoling Chen, or my English name Cherry Chen\nAgent: Found it under CHEN/XIAOLING MS. Date of birth to verify?\nCustomer: 1996-08-27\nAgent: Thank you. For check-in the hotel also needs your passport number.\nCustomer: EK6290318",
    pii: [
      ['PERSON', 'Chen Xiaoling'],
      ['PERSON', 'Xiaoling Chen'],
      ['PERSON', 'Cherry Chen'],
      ['PERSON', 'CHEN/XIAOLING'],
      ['DATE_OF_BIRTH', '1996-08-27'],
      ['PASSPORT', 'EK6290318'],
    ],
  },
  {
    text: 'Hi, my e-file got rejected twice with IND-507-01 "dependent SSN already used on another return". I\'m the custodial parent. My SSN 529-41-8836, my son Mateo Ruiz, SSN 611-28-0493, DOB 03/22/2016. His dad shouldn\'t be claiming him this year (we alternate, 2024 is mine). Do I have to paper file now?',
    pii: [
      ['US_SSN', '529-41-8836'],
      ['PERSON', 'Mateo Ruiz'],
      ['US_SSN', '611-28-0493'],
      ['DATE_OF_BIRTH', '03/22/2016'],
    ],
  },
  {
    text: "Anyone on Octopus Agile in a 3-bed semi? We're on a fixed at 24.50p/kWh + 53.35p standing charge, about £142/month. Heat pump is a Vaillant aroTHERM plus 7kW, installed Feb. Does Agile actually work out cheaper or is Cosy better? Leeds area, EPC C.",
    pii: [],
  },
  {
    text: "soy Flor!! my phone died at the airport, writing from my mum's. reach me here +54 9 351 612 4408 til tonight, or at tía Marta's landline (0351) 421-7730",
    pii: [
      ['PERSON', 'Flor'],
      ['PHONE', '+54 9 351 612 4408'],
      ['PERSON', 'Marta'],
      ['PHONE', '(0351) 421-7730'],
    ],
  },
  {
    text: "Dear Sir/Madam,\n\nRE: APPLICATION FOR ACCOUNTS ASSISTANT (REF: FIN/AA/07/2025)\n\nI wish to apply for the above position as advertised in the Daily Nation of 4th July. I hold a B.Com (Finance) and CPA Section 4, with 2 years' experience at KPMG Nairobi. My referee is Mr. Peter Njoroge, Finance Manager, reachable on 0733 291 604.\n\nYours faithfully,\nWanjiru Kamau-Otieno\nP.O. Box 14207-00100, Nairobi\nTel: +254 722 418 903\nEmail: wanjiru.kamauotieno@gmail.com",
    pii: [
      ['PERSON', 'Peter Njoroge'],
      ['PHONE', '0733 291 604'],
      ['PERSON', 'Wanjiru Kamau-Otieno'],
      ['ADDRESS', 'P.O. Box 14207-00100, Nairobi'],
      ['PHONE', '+254 722 418 903'],
      ['EMAIL', 'wanjiru.kamauotieno@gmail.com'],
    ],
  },
  {
    text: "Customer: hello I am Tran Minh Khoa, E-9 visa. for the phone contract the form ask 외국인등록번호. mine is 910805-5127349, ok to write here?\nAgent: Please don't type it in chat, Mr. Tran. I'll text you a secure link instead. Is your number 010-4418-2705?\nCustomer: no that is old. new one 010 9327 6614\nAgent: 감사합니다, link sent to 010-9327-6614. It expires in 30 minutes.",
    pii: [
      ['PERSON', 'Tran Minh Khoa'],
      ['FRN', '910805-5127349'],
      ['PERSON', 'Tran'],
      ['PHONE', '010-4418-2705'],
      ['PHONE', '010 9327 6614'],
      ['PHONE', '010-9327-6614'],
    ],
  },
  {
    text: "omw, the 401 is a parking lot rn 🙄 grab a table, ill get a double double when i'm there. ~20 min",
    pii: [],
  },
  {
    text: "Agent: To move the number onto an eSIM I'll need the IMEI. Dial *#06# and it'll show on screen.\nCustomer: 35 391110 482736 6\nAgent: Thanks. And the account PIN please?\nCustomer: 0815. no sorry thats my old one, try 5092\nAgent: 5092 is correct, thank you Mrs Adeyemi. The eSIM QR code will go to f.adeyemi@btinternet.com within 15 minutes, please don't delete it.",
    pii: [
      ['IMEI', '35 391110 482736 6'],
      ['PASSWORD', '0815'],
      ['PASSWORD', '5092'],
      ['PASSWORD', '5092'],
      ['PERSON', 'Adeyemi'],
      ['EMAIL', 'f.adeyemi@btinternet.com'],
    ],
  },
  {
    text: "Just had a call from an 0203 number saying it's Amazon and a £749.99 iPhone 15 Pro order will ship unless I press 1. I didn't press anything and hung up. The order number they read out was 204-9918273-4410291 and there's nothing like that in my account. Do I need to do anything else or just ignore it?",
    pii: [],
  },
  {
    text: "Agent: Hi, you're chatting with Ryan. What can I do for you today?\nCustomer: hi Ryan, need to freeze my membership for 2 months, broke my ankle 🙃\nAgent: Ouch, sorry to hear that! Can I take your full name and date of birth?\nCustomer: Chloe Ashworth-Bains, 17/01/2001\nAgent: Thanks Chloe. The freeze is £4.99/month, taken by card. Card number, expiry and security code please?\nCustomer: 5354 4127 0983 6157, 11/28, 204\nAgent: All done, the freeze runs 01/08 to 30/09. Confirmation is on its way to your inbox.",
    pii: [
      ['PERSON', 'Ryan'],
      ['PERSON', 'Ryan'],
      ['PERSON', 'Chloe Ashworth-Bains'],
      ['DATE_OF_BIRTH', '17/01/2001'],
      ['PERSON', 'Chloe'],
      ['CREDIT_CARD', '5354 4127 0983 6157'],
      ['CARD_EXPIRY', '11/28'],
      ['CARD_CVV', '204'],
    ],
  },
  {
    text: "Hi love, the hospital needs Grandad's details before his op on Tues. Medicare 2951 48375 1 (he's no. 2 on the card), DOB 9/4/1938, UR number at Fiona Stanley 0847215. If they ask for anything else ring Aunty Rosa on 0409 662 118 x",
    pii: [
      ['HEALTH_INSURANCE', '2951 48375 1'],
      ['DATE_OF_BIRTH', '9/4/1938'],
      ['MEDICAL_RECORD', '0847215'],
      ['PERSON', 'Rosa'],
      ['PHONE', '0409 662 118'],
    ],
  },
  {
    text: "Agent: Hi Dmitri, I've updated the delivery address on order #114-7730291-5523018 to 1187 Birchwood Dr, Apt 4B, Naperville, IL 60540. It's still on track for Thursday.\nCustomer: great thx. can the driver call me when he's outside? 630-418-2290\nAgent: Done, I've added that to the delivery notes. Tracking updates will go to d.volkov88@gmail.com as usual.\nCustomer: 👍",
    pii: [
      ['PERSON', 'Dmitri'],
      ['ADDRESS', '1187 Birchwood Dr, Apt 4B, Naperville, IL 60540'],
      ['PHONE', '630-418-2290'],
      ['EMAIL', 'd.volkov88@gmail.com'],
    ],
  },
];
