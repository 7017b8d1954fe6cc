// English banking, card, payment, fraud-call, loan, telecom and energy-billing conversations from many countries, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundFiveConversationsA: readonly IndependentText[] = [
  {
    text: "[09:14] Kayla (Harborline Bank): Hi, you're chatting with Kayla. What can I help with today?\n[09:15] You: my debit card got declined at the gas station twice this morning\n[09:15] Kayla (Harborline Bank): Sorry about that! To verify, please give your full name, DOB and online banking user ID.\n[09:16] You: Marcus Tolliver, 03/22/1987, user id mtolliver87\n[09:17] Kayla (Harborline Bank): Thanks Marcus. There was a fraud hold at 6:02 AM for a $1.00 pre-auth at pump 7. It's released now, ref FR-20931-B.",
    pii: [
      ['PERSON', 'Kayla'],
      ['PERSON', 'Kayla'],
      ['PERSON', 'Kayla'],
      ['PERSON', 'Marcus Tolliver'],
      ['DATE_OF_BIRTH', '03/22/1987'],
      ['USERNAME', 'mtolliver87'],
      ['PERSON', 'Kayla'],
      ['PERSON', 'Marcus'],
    ],
  },
  {
    text: "CALL TRANSCRIPT - inbound, 14 Mar, 11:42 (flagged: suspected impersonation)\nCALLER: Good morning, I'm calling from your bank's fraud team, my name is Daniel. Am I speaking with Mrs Patricia Hollings?\nCUSTOMER: Yes, that's me.\nCALLER: We've got a payment of £849.99 to Currys pending on your account. To cancel it I need to verify the card. Can you read me the long number?\nCUSTOMER: 4658 5840 1123 9076.\nCALLER: And the expiry and the three digits on the back?\nCUSTOMER: Expires 09/27, and it's 614.\nCALLER: Lovely. Now I'll move your money to a safe account, sort code 20-45-77, account 83920156.\nCUSTOMER: Hang on, my son Gareth said never to do that.",
    pii: [
      ['PERSON', 'Daniel'],
      ['PERSON', 'Patricia Hollings'],
      ['CREDIT_CARD', '4658 5840 1123 9076'],
      ['CARD_EXPIRY', '09/27'],
      ['CARD_CVV', '614'],
      ['BANK_ACCOUNT', '83920156'],
      ['PERSON', 'Gareth'],
    ],
  },
  {
    text: 'CoastalMobile: Your bill of $89.00 for account ending 4471 is due 12 Jun. Pay via coastalmobile.com.au/pay or BPAY biller code 230441. Questions? Call 13 14 88. Invoice INV-0048392. Reply STOP to opt out.',
    pii: [],
  },
  {
    text: 'Subject: Direct debit change - customer no. 5512093\n\nHi there,\n\nI moved house last month and want my direct debit taken from my new account. The IBAN is IE25 AIBK 9311 5248 1039 27 (AIB). New supply address is 14 Ashgrove Lawn, Ballincollig, Co. Cork, P31 X2K8, MPRN 10006543218.\n\nYou can ring me on 087 342 9918 after 5.\n\nThanks,\nSiobhán Ní Bhriain',
    pii: [
      ['IBAN', 'IE25 AIBK 9311 5248 1039 27'],
      ['ADDRESS', '14 Ashgrove Lawn, Ballincollig, Co. Cork, P31 X2K8'],
      ['PHONE', '087 342 9918'],
      ['PERSON', 'Siobhán Ní Bhriain'],
    ],
  },
  {
    text: '[4/11/24, 10:02] Ravi HDFC Loans: Good morning sir, your personal loan EMI of ₹14,250 for loan no. PL00982217 bounced on 05-Nov. Kindly arrange funds.\n[4/11/24, 10:05] Anil Kumar: I changed salary account. Please update to account 50100384729163, IFSC HDFC0001234\n[4/11/24, 10:06] Ravi HDFC Loans: Ok sir, for NACH mandate change I need your DOB as per PAN and registered email\n[4/11/24, 10:09] Anil Kumar: 17-08-1979, anil.kumar79@rediffmail.com\n[4/11/24, 10:10] Ravi HDFC Loans: Noted. Bounce charges ₹590 incl GST will be applied. Mandate form sent to your mail.',
    pii: [
      ['PERSON', 'Ravi'],
      ['PERSON', 'Anil Kumar'],
      ['BANK_ACCOUNT', '50100384729163'],
      ['PERSON', 'Ravi'],
      ['PERSON', 'Anil Kumar'],
      ['DATE_OF_BIRTH', '17-08-1979'],
      ['EMAIL', 'anil.kumar79@rediffmail.com'],
      ['PERSON', 'Ravi'],
    ],
  },
  {
    text: 'NEW ACCOUNT - IDENTITY CHECK (branch copy)\nApplicant: Chloe Vanderbeek\nD.O.B.: 2 Feb 1995\nResidential: Unit 7, 22 Pearson St, Brunswick East VIC 3057\nID 1: VIC driver licence 048 273 915\nID 2: Medicare 2953 41870 1 (IRN 2)\nMobile: 0412 558 301\nNominated acct for interest: BSB 063-182 Acc 1049 2275\nProduct: Everyday Saver (ES-02) - bonus rate 4.85% p.a.\nStaff: J. Okoro, Br 3218',
    pii: [
      ['PERSON', 'Chloe Vanderbeek'],
      ['DATE_OF_BIRTH', '2 Feb 1995'],
      ['ADDRESS', 'Unit 7, 22 Pearson St, Brunswick East VIC 3057'],
      ['DRIVER_LICENSE', '048 273 915'],
      ['HEALTH_INSURANCE', '2953 41870 1'],
      ['PHONE', '0412 558 301'],
      ['BANK_ACCOUNT', '1049 2275'],
      ['PERSON', 'J. Okoro'],
    ],
  },
  {
    text: "Posted in: Scams & Security > Banking NZ\n\nAnyone else getting these? Got a text from 'NZTA' this arvo saying I owe $3.50 for a toll on the Northern Gateway and to pay at nzta-tolls-pay[.]info before 5pm or cop a $75 fine. The real tolls page says they never text links. Forwarded it to 7726 like the DIA says. Screenshot attached (IMG_4821.jpg).\n\nEdit: bank says nothing went through, their reference is SR-118204.",
    pii: [],
  },
  {
    text: "From: Priya Raghunathan <priya.r.84@outlook.com>\nTo: mortgages@northlakecu.ca\nSubject: Re: Pre-approval docs - file MTG-24-3381\n\nHi Brent,\n\nAs requested, here's what was missing from the application:\n- SIN: 527 403 190\n- Ontario driver's licence: R1029-48378-45412\n- Date of birth: April 12, 1984\n- Current address: 88 Bellwood Crescent, Unit 3, Ottawa ON K2G 4T9\n\nThe down payment ($62,500) is in my TFSA at another bank; I'll send the statement Monday.\n\nPriya\n613-555-0147",
    pii: [
      ['PERSON', 'Priya Raghunathan'],
      ['EMAIL', 'priya.r.84@outlook.com'],
      ['PERSON', 'Brent'],
      ['CA_SIN', '527 403 190'],
      ['DRIVER_LICENSE', 'R1029-48378-45412'],
      ['DATE_OF_BIRTH', 'April 12, 1984'],
      ['ADDRESS', '88 Bellwood Crescent, Unit 3, Ottawa ON K2G 4T9'],
      ['PERSON', 'Priya'],
      ['PHONE', '613-555-0147'],
    ],
  },
  {
    text: "Live chat - LionTel Support\nWei Ling: Hi, I'm Wei Ling. How may I help?\nCustomer: hi i lost my phone yesterday, need a replacement SIM and block the handset pls\nWei Ling: So sorry to hear! May I have the mobile number and the passport no. registered on the account?\nCustomer: +65 9176 4402. passport 552183907, British\nWei Ling: Thank you. I've barred IMEI 356938035643809 on our network. Your new SIM (ICCID 8965 0101 2345 6789 019) will be ready at the Orchard outlet after 3pm, ticket LT-0093318. Replacement fee $10.70 goes on next month's bill.\nCustomer: cheers",
    pii: [
      ['PERSON', 'Wei Ling'],
      ['PERSON', 'Wei Ling'],
      ['PERSON', 'Wei Ling'],
      ['PHONE', '+65 9176 4402'],
      ['PASSPORT', '552183907'],
      ['PERSON', 'Wei Ling'],
      ['IMEI', '356938035643809'],
      ['ICCID', '8965 0101 2345 6789 019'],
    ],
  },
  {
    text: "Good day\n\nI wish to dispute a debit order of R1 249,00 from 'PowerFlex Prepaid' that went off my Capitec account 1482 093 716 on 01/07. I never signed any mandate with them. The description on my statement is PFX*774102.\n\nPlease reverse it and stop all future debits.\n\nThabo Mokoena\n17 Jacaranda Street, Silverton, Pretoria, 0184\nCell: 082 447 3910",
    pii: [
      ['BANK_ACCOUNT', '1482 093 716'],
      ['PERSON', 'Thabo Mokoena'],
      ['ADDRESS', '17 Jacaranda Street, Silverton, Pretoria, 0184'],
      ['PHONE', '082 447 3910'],
    ],
  },
  {
    text: 'Me: Good afternoon. I did transfer of N250,000 to my brother Chukwuemeka since 9am, it has debited me but he has not received it\nBank (Ada): Good afternoon sir, sorry for the delay. Please share the beneficiary account number and bank\nMe: Zenith 2087415530, Okafor Chukwuemeka J.\nBank (Ada): Thank you. Session ID 000015240611093012345678901234 shows pending at NIBSS. It will auto-reverse within 24hrs if not credited. Ticket #ZB-7719024.\nMe: Ehn 24 hours?? Abeg escalate it. My number is 0803 612 4478',
    pii: [
      ['PERSON', 'Chukwuemeka'],
      ['PERSON', 'Ada'],
      ['BANK_ACCOUNT', '2087415530'],
      ['PERSON', 'Okafor Chukwuemeka J.'],
      ['PERSON', 'Ada'],
      ['PHONE', '0803 612 4478'],
    ],
  },
  {
    text: 'hey bes can u send the 1,500 for the concert tix na? gcash 0917 845 2210 or BDO savings 0056 1023 4471 under Cristina Dela Cruz. thanks!! ❤️ deadline sa Ticketnet is 11:59pm, order no. TN-55810923',
    pii: [
      ['PHONE', '0917 845 2210'],
      ['BANK_ACCOUNT', '0056 1023 4471'],
      ['PERSON', 'Cristina Dela Cruz'],
    ],
  },
  {
    text: 'PRIORITY SERVICES REGISTER - application\nSupplier acct: 7720 115 340 (electric) / meter serial 19L3382014\nName: Mr Reginald A. Pemberton-Lowe\nDOB: 11.05.1941\nAddress: Flat 2, Orchard Court, 9 Mill Lane, Kidderminster DY11 6RW\nTel: 01562 748 203\nReason: home oxygen concentrator (EverFlo 5L) - needs advance notice of planned outages\nNHS no. (optional): 485 777 3457\nNominee: daughter, Mrs Joanne Fairweather, 07723 481 906\nPassword for callers: bluebell',
    pii: [
      ['PERSON', 'Reginald A. Pemberton-Lowe'],
      ['DATE_OF_BIRTH', '11.05.1941'],
      ['ADDRESS', 'Flat 2, Orchard Court, 9 Mill Lane, Kidderminster DY11 6RW'],
      ['PHONE', '01562 748 203'],
      ['HEALTH_INSURANCE', '485 777 3457'],
      ['PERSON', 'Joanne Fairweather'],
      ['PHONE', '07723 481 906'],
      ['PASSWORD', 'bluebell'],
    ],
  },
  {
    text: 'Subject: Your Brightwave Wireless statement is ready\n\nStatement date: Jan 14, 2025\nAccount ending in 0392\nAmount due: $142.37 by Feb 8, 2025\n\nLine charges: Unlimited Plus x3 ($105.00)\nDevice payment: iPhone 15 128GB (installment 14 of 36) $23.05\nTaxes & fees: $14.32\n\nAutoPay is ON for Visa ending 4236.\nQuestions? Call 1-800-555-0199 or dial *611 from your phone.\nOrder #BW-88230-11',
    pii: [],
  },
  {
    text: "AGENT (Tasha): Thank you for calling Ridgeway Auto Finance, this is Tasha on a recorded line. Who am I speaking with?\nCALLER: Hi, this is Luis Ortega Ramírez, I applied for a car loan online last night, application 4471-0092.\nAGENT (Tasha): Okay Mr. Ortega. I don't see a social on the application.\nCALLER: I don't have one, I file with an ITIN. It's 912-78-4403.\nAGENT (Tasha): Got it. And date of birth?\nCALLER: June ninth, 1988.\nAGENT (Tasha): Thanks. Vehicle is the 2021 Toyota RAV4, VIN 2T3P1RFV9MW184732, $24,990 financed at 7.49% APR for 72 months, correct?\nCALLER: Yes ma'am.",
    pii: [
      ['PERSON', 'Tasha'],
      ['PERSON', 'Tasha'],
      ['PERSON', 'Luis Ortega Ramírez'],
      ['PERSON', 'Tasha'],
      ['PERSON', 'Ortega'],
      ['US_ITIN', '912-78-4403'],
      ['PERSON', 'Tasha'],
      ['DATE_OF_BIRTH', 'June ninth, 1988'],
      ['PERSON', 'Tasha'],
      ['VIN', '2T3P1RFV9MW184732'],
    ],
  },
  {
    text: "Dear Sir/Madam,\n\nThis is regarding unauthorised transaction of Rs. 38,499/- on my SBI credit card no. 4726 4190 0283 5517 on 22.09.2024 at 'AMZN MKTPLACE' which I have not done. Card was with me only. I have blocked the card via SMS. Kindly raise chargeback. Complaint ref given by call centre: CC/24/0918834.\n\nName: Deepa Venkataraman\nRegistered mobile: +91 98450 22617\nDOB: 1982-12-03\n\nRegards,\nDeepa V.",
    pii: [
      ['CREDIT_CARD', '4726 4190 0283 5517'],
      ['PERSON', 'Deepa Venkataraman'],
      ['PHONE', '+91 98450 22617'],
      ['DATE_OF_BIRTH', '1982-12-03'],
      ['PERSON', 'Deepa V.'],
    ],
  },
  {
    text: "[2:41 pm] Josh (Ampere Energy): G'day, Josh here. What's up?\n[2:42 pm] bec_h: cant log into the app, says my username doesnt exist. its rebecca.hartigan91\n[2:43 pm] Josh (Ampere Energy): Looks like your login is actually rhartigan - the old one got merged when we moved platforms. Account 4000 3291 77.\n[2:43 pm] bec_h: oh ok. do u need my password, its Koala!Sunset22\n[2:44 pm] Josh (Ampere Energy): Please don't share that here! I'd change it now to be safe. Your next bill (est. $318.40) is due 3 Oct.\n[2:44 pm] bec_h: lol oops",
    pii: [
      ['PERSON', 'Josh'],
      ['PERSON', 'Josh'],
      ['USERNAME', 'bec_h'],
      ['USERNAME', 'rebecca.hartigan91'],
      ['PERSON', 'Josh'],
      ['USERNAME', 'rhartigan'],
      ['USERNAME', 'bec_h'],
      ['PASSWORD', 'Koala!Sunset22'],
      ['PERSON', 'Josh'],
      ['USERNAME', 'bec_h'],
    ],
  },
  {
    text: "Quote Originally Posted by DublinDave88\nRevolut froze my account for a 'routine review' and I can't get at my wages\n\nSame happened me in March. Took 9 days. What worked was going into the in-app chat every morning and asking for the case number (mine was RVL-CS-2231908) and then lodging a complaint with the Central Bank. @sorcha_mcg had the same thing, she might chime in.",
    pii: [
      ['USERNAME', 'DublinDave88'],
      ['USERNAME', '@sorcha_mcg'],
    ],
  },
  {
    text: 'CellNet: A SIM swap was requested for 083 219 6604 on 14/02 at 10:12. If this was not you, dial 135 within 60 min or visit a store with your ID. Ref SS-22019.',
    pii: [['PHONE', '083 219 6604']],
  },
  {
    text: 'Subject: INTERAC e-Transfer: Mathieu Bélanger-Roy sent you money.\n\nHi Olivia Chen,\n\nMathieu Bélanger-Roy (m.belangerroy@videotron.ca) has sent you $85.00 (CAD) and the money has been automatically deposited into your bank account at Tangerine.\n\nMessage: hydro + internet split for Nov 🙂\n\nReference Number: CAfGkXY2q9Pn\n\nPlease do not reply to this email.',
    pii: [
      ['PERSON', 'Mathieu Bélanger-Roy'],
      ['PERSON', 'Olivia Chen'],
      ['PERSON', 'Mathieu Bélanger-Roy'],
      ['EMAIL', 'm.belangerroy@videotron.ca'],
    ],
  },
  {
    text: "Transcript excerpt - Salary Loan verification (recorded)\nOfficer: Ma'am, for the ID on file, is it your passport or your LTO license?\nClient: Both po. Passport P4827163B, and license N04-15-027731.\nOfficer: And your birthday, ma'am?\nClient: October 3, 1990.\nOfficer: Thank you, Ms. Joy Anne Bautista. The loan is ₱120,000 payable in 24 months, first amortization on the 15th, credited to your payroll account 3091-0847-52.\nClient: Salamat po.",
    pii: [
      ['PASSPORT', 'P4827163B'],
      ['DRIVER_LICENSE', 'N04-15-027731'],
      ['DATE_OF_BIRTH', 'October 3, 1990'],
      ['PERSON', 'Joy Anne Bautista'],
      ['BANK_ACCOUNT', '3091-0847-52'],
    ],
  },
  {
    text: '{"event":"payment_intent.payment_failed","id":"pi_3Oq8ZL2eZvKYlo2C1x9RkQ7n","amount":4599,"currency":"gbp","customer":{"name":"Hannah O\'Driscoll","email":"h.odriscoll@btinternet.com","phone":"+44 7911 204 583"},"card":{"brand":"visa","last4":"4242","exp":"03/26"},"ip":"81.174.22.190","decline_code":"insufficient_funds","created":1714042211}',
    pii: [
      ['PERSON', "Hannah O'Driscoll"],
      ['EMAIL', 'h.odriscoll@btinternet.com'],
      ['PHONE', '+44 7911 204 583'],
      ['CARD_EXPIRY', '03/26'],
      ['IP_ADDRESS', '81.174.22.190'],
    ],
  },
  {
    text: 'Dear Customer, your postpaid bill of Rs 1,179.82 for 05-Mar to 04-Apr is generated. Due date 22-Apr. Pay via app or https://www.airtel.in/pay. Bill no. BM2409I004471823. Ignore if already paid.',
    pii: [],
  },
  {
    text: 'Voicemail transcript (auto) - 10/02 3:17 PM\n"Hi, this message is for Denise Whitaker. This is Carl from patient financial services at St. Brendan Medical Center. I\'m calling about the balance of $1,846.20 for the visit on August 14th, medical record number 00472918, statement SB-510933. We can set up a payment plan, or check whether Blue Horizon can reprocess the claim under member ID XHB884213907. Call me back directly at 469-555-0182, extension 214. Thanks, bye."',
    pii: [
      ['PERSON', 'Denise Whitaker'],
      ['PERSON', 'Carl'],
      ['MEDICAL_RECORD', '00472918'],
      ['HEALTH_INSURANCE', 'XHB884213907'],
      ['PHONE', '469-555-0182'],
    ],
  },
  {
    text: "Hi Aroha, thanks for your time on the phone today. Just confirming the details for your home loan top-up ($35,000, loan 0004-221874):\n- Repayments: $412.60 fortnightly from 06-0142-0873391-00 (your everyday acct)\n- ID sighted: NZ driver licence EK482913, version 204\n- Your DOB 27/11/1979 - let me know if that's not right, the system had 1997.\nIf anything's changed, flick me an email or text 021 845 602.\nNgā mihi,\nTama Ruawai\nMobile Lending Manager",
    pii: [
      ['PERSON', 'Aroha'],
      ['BANK_ACCOUNT', '06-0142-0873391-00'],
      ['DRIVER_LICENSE', 'EK482913'],
      ['DATE_OF_BIRTH', '27/11/1979'],
      ['PHONE', '021 845 602'],
      ['PERSON', 'Tama Ruawai'],
    ],
  },
];
