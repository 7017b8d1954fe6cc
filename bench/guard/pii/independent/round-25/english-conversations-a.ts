// English conversations for round 25, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwentyFiveConversationsA: readonly IndependentText[] = [
  {
    text: "Customer: Hi, booking ref ZK4TRA, VS0127 MAN-JFK on 3 Sept. I need to add my son's passport details before online check-in opens.\nAgent: Of course. Surname/first name as printed, date of birth and passport number please.\nCustomer: HOLLOWAY/FINN, born 09/11/2014, passport 131948275\nAgent: Thank you. And a mobile number for disruption alerts?\nCustomer: 07824 305 619. Sorry, typo, it's 07824 305 691",
    pii: [
      ['PERSON', 'HOLLOWAY/FINN'],
      ['DATE_OF_BIRTH', '09/11/2014'],
      ['PASSPORT', '131948275'],
      ['PHONE', '07824 305 619'],
      ['PHONE', '07824 305 691'],
    ],
  },
  {
    text: 'Hi Pradeep,\n\nPlease find my details for the payroll form below as requested:\nName (as per PAN): Sowmya Raghunathan\nDOB: 17-04-1996\nSalary a/c no: 50100384729163, HDFC Bank, IFSC HDFC0001642\nUAN: not generated yet (first job)\nEmergency contact: father, R. Raghunathan - 94431 60287\n\nThanks & regards,\nSowmya\n+91 99620 48175',
    pii: [
      ['PERSON', 'Pradeep'],
      ['PERSON', 'Sowmya Raghunathan'],
      ['DATE_OF_BIRTH', '17-04-1996'],
      ['BANK_ACCOUNT', '50100384729163'],
      ['PERSON', 'R. Raghunathan'],
      ['PHONE', '94431 60287'],
      ['PERSON', 'Sowmya'],
      ['PHONE', '+91 99620 48175'],
    ],
  },
  {
    text: "Customer: hi moving into a rental at 9 Carrington St, Lewisham NSW 2049, need elec + gas on from Mon 7 July\nAgent: Happy to help! Can I grab your full name and date of birth for the ID check?\nCustomer: Tahlia Brennan-Moss, 22/01/1993\nAgent: Thanks Tahlia. And a licence or Medicare number?\nCustomer: NSW licence 1840 2937\nAgent: Perfect. Did you want to set up direct debit while we're here?\nCustomer: yep BSB 062-914 acct 1047 3382\nAgent: All set. Connection fee is $47.30 on your first bill, ref CN-2291847.",
    pii: [
      ['ADDRESS', '9 Carrington St, Lewisham NSW 2049'],
      ['PERSON', 'Tahlia Brennan-Moss'],
      ['DATE_OF_BIRTH', '22/01/1993'],
      ['PERSON', 'Tahlia'],
      ['DRIVER_LICENSE', '1840 2937'],
      ['BANK_ACCOUNT', '1047 3382'],
    ],
  },
  {
    text: 'Hello shop, my name Tran Minh Khoa. I order 2 pcs item HB-2291 (order #448120) but payment fail 3 times. Card is 4024 0071 5236 8816 exp 11/27 cvv 318, what is wrong? Or I can pay bank transfer from Vietcombank acc 0071004528391. My Zalo phone 090 318 4472. Cảm ơn nhiều',
    pii: [
      ['PERSON', 'Tran Minh Khoa'],
      ['CREDIT_CARD', '4024 0071 5236 8816'],
      ['CARD_EXPIRY', '11/27'],
      ['CARD_CVV', '318'],
      ['BANK_ACCOUNT', '0071004528391'],
      ['PHONE', '090 318 4472'],
    ],
  },
  {
    text: "Customer: the app keeps asking for the 6-digit code you texted but it says expired\nAgent: Codes are only valid for 10 minutes. I've sent a fresh one, please don't read it out to anyone, including us.\nCustomer: ok that worked. why is the card ending 7720 showing twice tho\nAgent: One is a $1.00 pending authorisation, it drops off within 3 business days.",
    pii: [],
  },
  {
    text: "Hi Funmilayo,\n\nJust confirming your follow-up with Callum on Wed 12th at 2:15pm (room 3). Your patient no. with us is NP-20417 and we have your DOB as 03.06.1958 - shout if that's wrong, the insurer bounced the last claim over it.\n\nCheers,\nRavi Sandhu\nClinic Coordinator | Northgate Physio\nT: 0113 496 2270 | M: 07723 814 392",
    pii: [
      ['PERSON', 'Funmilayo'],
      ['PERSON', 'Callum'],
      ['MEDICAL_RECORD', 'NP-20417'],
      ['DATE_OF_BIRTH', '03.06.1958'],
      ['PERSON', 'Ravi Sandhu'],
      ['PHONE', '0113 496 2270'],
      ['PHONE', '07723 814 392'],
    ],
  },
  {
    text: 'Hi Priya, your 2019 Mazda CX-5 (plate 7KDM284) is ready after the 60k service. Total $612.40 incl tax, invoice SV-30718. Pay online at MyMazdaService under user ID pkaur_cx5 or call Dana on (408) 726-3190 before 6pm. - Bayview Mazda Service',
    pii: [
      ['PERSON', 'Priya'],
      ['VEHICLE_PLATE', '7KDM284'],
      ['USERNAME', 'pkaur_cx5'],
      ['PERSON', 'Dana'],
      ['PHONE', '(408) 726-3190'],
    ],
  },
  {
    text: "Customer: picking up at Malaga airport on the 9th, booking says the card must be the main driver's, my husband is paying tho\nAgent: The deposit card has to match the main driver. Who will be driving?\nCustomer: me, Gwen Lloyd-Harris. licence LLOYD759143G99JT\nAgent: Thanks. And the card for the €300 excess hold?\nCustomer: 5412 7534 0021 9874 exp 08/28\nAgent: Is that card in your own name, Gwen?\nCustomer: yes it's my Monzo one",
    pii: [
      ['PERSON', 'Gwen Lloyd-Harris'],
      ['DRIVER_LICENSE', 'LLOYD759143G99JT'],
      ['CREDIT_CARD', '5412 7534 0021 9874'],
      ['CARD_EXPIRY', '08/28'],
      ['PERSON', 'Gwen'],
    ],
  },
  {
    text: "Hi Mel, Jarrod here, the Telstra tech for tmrw's install at 22 Wattle Cres, Glenroy VIC 3046. Running bit late, prob there 10:40ish. Gate code still 4471 yeah? If ur not home need the acct holder's DOB to sign off. Call/txt 0417 552 803\n\nMel: yep 4471. might be at work, DOB is 5/3/88",
    pii: [
      ['PERSON', 'Mel'],
      ['PERSON', 'Jarrod'],
      ['ADDRESS', '22 Wattle Cres, Glenroy VIC 3046'],
      ['PASSWORD', '4471'],
      ['PHONE', '0417 552 803'],
      ['PERSON', 'Mel'],
      ['PASSWORD', '4471'],
      ['DATE_OF_BIRTH', '5/3/88'],
    ],
  },
  {
    text: 'Reception note 10:42: Mrs Gráinne Mulholland rang, DOB 02/12/1947, H&C no 327 114 9089, chart 55810. Daughter Siobhan (07845 219 663) asking if Thurs home visit can move to Fri am. Dr Kieran Doherty aware, will ring back after morning surgery.',
    pii: [
      ['PERSON', 'Gráinne Mulholland'],
      ['DATE_OF_BIRTH', '02/12/1947'],
      ['HEALTH_INSURANCE', '327 114 9089'],
      ['MEDICAL_RECORD', '55810'],
      ['PERSON', 'Siobhan'],
      ['PHONE', '07845 219 663'],
      ['PERSON', 'Kieran Doherty'],
    ],
  },
  {
    text: 'Hallo Herr Brandstätter,\n\nhere are my details for the Meldezettel, sorry it took so long:\nName: Mateusz Wróblewski\nGeb. 14.02.1991 in Gdańsk\nPassport: EK4821937\n\nFor returning the Kaution (€1,200) at the end please use my Polish account:\nPL34 1020 5561 0000 3202 0184 7318\n\nMy Austrian number is +43 660 418 2297 now.\n\nDanke und schöne Grüße\nMateusz',
    pii: [
      ['PERSON', 'Brandstätter'],
      ['PERSON', 'Mateusz Wróblewski'],
      ['DATE_OF_BIRTH', '14.02.1991'],
      ['PASSPORT', 'EK4821937'],
      ['IBAN', 'PL34 1020 5561 0000 3202 0184 7318'],
      ['PHONE', '+43 660 418 2297'],
      ['PERSON', 'Mateusz'],
    ],
  },
  {
    text: 'Twilio webhook keeps timing out, console shows error 11200 after ~15s:\n\napp.post("/sms", async (req, res) => { await saveToDb(req.body); res.type("text/xml").send(twiml); });\n\nExpress 4.18.2 on Node 20.11.1, tunnelled through ngrok on port 3000. Works fine with curl locally. Is the DB write the problem?',
    pii: [],
  },
  {
    text: 'Good evening sir, I mistakenly sent ₦45,000 to account 8034417729 instead of 8034417792 on Opay today 6:12pm, session ID 100004240611181203. My own account is 7062118435, registered phone 0706 211 8435, app username tunde_adeyemi87. Please help me reverse it, I beg. Tunde',
    pii: [
      ['BANK_ACCOUNT', '8034417729'],
      ['BANK_ACCOUNT', '8034417792'],
      ['BANK_ACCOUNT', '7062118435'],
      ['PHONE', '0706 211 8435'],
      ['USERNAME', 'tunde_adeyemi87'],
      ['PERSON', 'Tunde'],
    ],
  },
  {
    text: "Agent: Can I take the full name on the plan?\nCustomer: Zhang Wei-Ling. On my PR card it's ZHANG WEILING, but everyone calls me Vivian\nAgent: Thanks, and date of birth?\nCustomer: 1988-09-23\nAgent: And a phone number to reach you?\nCustomer: 778-345-0912, no wait that's my old one, use 604-873-2291",
    pii: [
      ['PERSON', 'Zhang Wei-Ling'],
      ['PERSON', 'ZHANG WEILING'],
      ['PERSON', 'Vivian'],
      ['DATE_OF_BIRTH', '1988-09-23'],
      ['PHONE', '778-345-0912'],
      ['PHONE', '604-873-2291'],
    ],
  },
  {
    text: "Hi, my refund came back rejected by the bank. I entered routing 322271627 and account 0049381172 at Chase. The account is joint with my wife Rosa Elena Márquez Villanueva but I filed single with my ITIN 944-71-2038, is that why? Also the CP53 letter shows my birth date as 03/14/1979 but it's 03/04/1979.",
    pii: [
      ['BANK_ACCOUNT', '0049381172'],
      ['PERSON', 'Rosa Elena Márquez Villanueva'],
      ['US_ITIN', '944-71-2038'],
      ['DATE_OF_BIRTH', '03/14/1979'],
      ['DATE_OF_BIRTH', '03/04/1979'],
    ],
  },
  {
    text: 'Anyone know if EE 5G actually works on the Elizabeth line between Paddington and Liverpool Street? Thinking of the SIM-only deal, 100GB for £20/month on 24 months, but my mate says it drops to 3G underground.',
    pii: [],
  },
  {
    text: "hey it's Valentina!! old number (+56 9 7734 1029) got nicked on the metro 😭 save this one: +56 9 8421 3307. also my ig is @vale.rojas.m now, the old acc got hacked",
    pii: [
      ['PERSON', 'Valentina'],
      ['PHONE', '+56 9 7734 1029'],
      ['PHONE', '+56 9 8421 3307'],
      ['USERNAME', '@vale.rojas.m'],
    ],
  },
  {
    text: 'Dear Ms Wanjiru,\n\nThank you for the offer for the Credit Analyst role (ref CA-1124). As requested for the background check and payroll:\nPassport No: AK0418273\nDate of Birth: 19 May 1994\nKCB salary a/c: 1284009366\n\nI can resume on 1st July.\n\nKind regards,\nBrian Otieno Ochieng\n+254 722 618 094\nb.ochieng94@gmail.com',
    pii: [
      ['PERSON', 'Wanjiru'],
      ['PASSPORT', 'AK0418273'],
      ['DATE_OF_BIRTH', '19 May 1994'],
      ['BANK_ACCOUNT', '1284009366'],
      ['PERSON', 'Brian Otieno Ochieng'],
      ['PHONE', '+254 722 618 094'],
      ['EMAIL', 'b.ochieng94@gmail.com'],
    ],
  },
  {
    text: "Customer: payment keeps failing in the app, my id is hyejin.k0412. card is 4579 7212 3386 4010, 04/28, cvc 562. 뭐가 문제죠?\nAgent: Please don't post card details in chat, I've asked for this message to be masked. Could you check that overseas online payments are switched on for the card?",
    pii: [
      ['USERNAME', 'hyejin.k0412'],
      ['CREDIT_CARD', '4579 7212 3386 4010'],
      ['CARD_EXPIRY', '04/28'],
      ['CARD_CVV', '562'],
    ],
  },
  {
    text: "[9:14 pm] Rohan: yo who has Harjot's number, my phone got wiped\n[9:15 pm] Simran: 647-318-2209\n[9:15 pm] Simran: or just dm him he's @harjot.sandhu_ on insta\n[9:16 pm] Rohan: bet. also etransfer me the $18 for the pizza, rohan.mehta22@gmail.com\n[9:20 pm] Simran: sent 👍",
    pii: [
      ['PERSON', 'Rohan'],
      ['PERSON', 'Harjot'],
      ['PERSON', 'Simran'],
      ['PHONE', '647-318-2209'],
      ['PERSON', 'Simran'],
      ['USERNAME', '@harjot.sandhu_'],
      ['PERSON', 'Rohan'],
      ['EMAIL', 'rohan.mehta22@gmail.com'],
      ['PERSON', 'Simran'],
    ],
  },
  {
    text: "Agent: Thanks for holding. For security, can you confirm your date of birth?\nCustomer: Fourteenth of March, 1981.\nAgent: And the number you're bringing across?\nCustomer: 07583 226 410\nAgent: Lovely. Could you dial star hash zero six and read me the IMEI?\nCustomer: 35 693810 472183 3\nAgent: That handset's unlocked, so your new SIM will arrive in 1-2 working days, order MO-7734129. Anything else, Mrs Achterberg?",
    pii: [
      ['DATE_OF_BIRTH', 'Fourteenth of March, 1981'],
      ['PHONE', '07583 226 410'],
      ['IMEI', '35 693810 472183 3'],
      ['PERSON', 'Achterberg'],
    ],
  },
  {
    text: 'Is this legit?? Text says "Royal Mail: your parcel RM48213GB is held due to a £1.45 unpaid shipping fee. Pay within 24h at royalmail-redelivery-uk.info". I am actually waiting on a Vinted parcel so now idk',
    pii: [],
  },
  {
    text: "Agent: Hi, you're through to Kwabena. What can I do for you today?\nCustomer: hi need to change the bank my membership comes out of\nAgent: Sure, can I take your member number and date of birth first?\nCustomer: 00918263, 30/11/2001\nAgent: Thanks Ellie. New sort code and account number?\nCustomer: 20-45-77 then 63019854\nAgent: Done, the £27.99 on the 1st will come from the new account.",
    pii: [
      ['PERSON', 'Kwabena'],
      ['DATE_OF_BIRTH', '30/11/2001'],
      ['PERSON', 'Ellie'],
      ['BANK_ACCOUNT', '63019854'],
    ],
  },
  {
    text: "Hi darling, Grandad's details for when you ring the ward, they'll ask: he's on 7B at Fiona Stanley, UMRN A4482771, DOB 12/4/1936. Visiting is 2-8pm. If they won't tell you anything ring Aunty Rosalind on 0409 771 362. Love Mum x",
    pii: [
      ['MEDICAL_RECORD', 'A4482771'],
      ['DATE_OF_BIRTH', '12/4/1936'],
      ['PERSON', 'Rosalind'],
      ['PHONE', '0409 771 362'],
    ],
  },
  {
    text: "Agent: Hi Bartosz, thanks for waiting. I can see two charges of $41.20 for order 100-4471928. Could you confirm the username on the account?\nCustomer: bart_nowak91\nAgent: Thanks! And was it paid with the Visa ending 3319?\nCustomer: yes, 4916 3382 1047 3319 if u need the full thing lol\nAgent: No need at all, please don't send that. The duplicate is refunded, 5-7 business days.",
    pii: [
      ['PERSON', 'Bartosz'],
      ['USERNAME', 'bart_nowak91'],
      ['CREDIT_CARD', '4916 3382 1047 3319'],
    ],
  },
];
