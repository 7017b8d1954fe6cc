// English conversations for round 24, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundTwentyFourConversationsA: readonly IndependentText[] = [
  {
    text: "yo its Kayden 🙌 mum said u need my stuff for the club rego form: dob 14/02/2009, mob 0437 220 918 (not mums, hers is 0408 551 372 lol). jersey size M, number 23 if its free. fees $185 she'll transfer thurs",
    pii: [
      ['PERSON', 'Kayden'],
      ['DATE_OF_BIRTH', '14/02/2009'],
      ['PHONE', '0437 220 918'],
      ['PHONE', '0408 551 372'],
    ],
  },
  {
    text: 'Hi Funmilayo,\n\nThanks for the welcome pack. For payroll ahead of my 1 April start, please use the details below:\n\nBank: Zenith Bank\nAccount No: 2087 114 639 (sorry, it should read 2087114693, NUBAN, I mistyped)\nDate of birth: 19/09/1991\nHRIS login: cnwosu2\n\nPension PIN to follow once my PFA sends it.\n\nBest regards,\nChukwuemeka Nwosu\nSenior Data Analyst\n+234 816 230 4417 | emeka.nwosu91@gmail.com',
    pii: [
      ['PERSON', 'Funmilayo'],
      ['BANK_ACCOUNT', '2087 114 639'],
      ['BANK_ACCOUNT', '2087114693'],
      ['DATE_OF_BIRTH', '19/09/1991'],
      ['USERNAME', 'cnwosu2'],
      ['PERSON', 'Chukwuemeka Nwosu'],
      ['PHONE', '+234 816 230 4417'],
      ['EMAIL', 'emeka.nwosu91@gmail.com'],
    ],
  },
  {
    text: "hiya, aye, it's Morag Dunlop, D-U-N-L-O-P, I'm phoning because yous have took the direct debit twice this month, eighty-six pound forty both times, and my date of birth is the twelfth of May nineteen sixty-eight before you ask, the money comes out my Clydesdale account, that's eight one, two two, four oh, five seven, so can somebody phone me back on oh seven seven one two, four eight three, nine oh six, thanks",
    pii: [
      ['PERSON', 'Morag Dunlop'],
      ['DATE_OF_BIRTH', 'twelfth of May nineteen sixty-eight'],
      ['BANK_ACCOUNT', 'eight one, two two, four oh, five seven'],
      ['PHONE', 'oh seven seven one two, four eight three, nine oh six'],
    ],
  },
  {
    text: 'Customer: hello, the 정관장 홍삼 set shows 배송완료 (delivered) since yesterday but nothing came 😢\nAgent: 불편을 드려 죄송합니다! CJ대한통운 shows it was left at the 경비실 (security office) at 14:32, tracking 5683-2219-0471. Could you check there first?\nCustomer: ah ok I go down now\nCustomer: found it, thank u!!',
    pii: [],
  },
  {
    text: "Agent: Thanks for holding. Before I look at the transaction, can you confirm your date of birth?\nCustomer: 03/27/1979\nAgent: Thank you. And which card is it on?\nCustomer: debit, 5412 7534 0091 6628, exp 11/27. the $1,209.00 at BESTBUY #00412, I was at work in Tempe all day\nAgent: I see it pending, Ms. Delgado-Ruiz. I've frozen the card and filed claim CLM-2290415. Where should the provisional credit go?\nCustomer: checking, 4100 2938 5576",
    pii: [
      ['DATE_OF_BIRTH', '03/27/1979'],
      ['CREDIT_CARD', '5412 7534 0091 6628'],
      ['CARD_EXPIRY', '11/27'],
      ['PERSON', 'Delgado-Ruiz'],
      ['BANK_ACCOUNT', '4100 2938 5576'],
    ],
  },
  {
    text: "Agent: I can request the unlock for you. First, the account holder's date of birth?\nCustomer: july 9th 86\nAgent: Thanks. And your online username?\nCustomer: dre.castillo86 but i think i changed it to andres.c.86 last year\nAgent: It shows andres.c.86, that's fine. And the 4-digit account PIN?\nCustomer: 0619\nAgent: Great. The line you want unlocked is (773) 408-2961, the Galaxy S23?\nCustomer: yes, balance is paid off, I sent $212.50 on the 3rd\nAgent: Confirmed, request UNL-0093381. The unlock code is texted to that number within 48 hours.",
    pii: [
      ['DATE_OF_BIRTH', 'july 9th 86'],
      ['USERNAME', 'dre.castillo86'],
      ['USERNAME', 'andres.c.86'],
      ['USERNAME', 'andres.c.86'],
      ['PASSWORD', '0619'],
      ['PHONE', '(773) 408-2961'],
    ],
  },
  {
    text: 'Tel call 14:20 from daughter Amaka Obi (0813 477 2051) re: her mother, Pt Grace Obi, DOB 04/11/1947, hosp no. LUTH/22/118304, NHIA no. 1408-7723-9105. Reports bilat ankle swelling x2/7, SOB on exertion, on amlodipine 10mg OD. Advised to attend MOPD Thu, slot 10:40, Rm 6. Dr Ifeoma Nnaji to review. – SN F. Adeyemi',
    pii: [
      ['PERSON', 'Amaka Obi'],
      ['PHONE', '0813 477 2051'],
      ['PERSON', 'Grace Obi'],
      ['DATE_OF_BIRTH', '04/11/1947'],
      ['MEDICAL_RECORD', 'LUTH/22/118304'],
      ['HEALTH_INSURANCE', '1408-7723-9105'],
      ['PERSON', 'Ifeoma Nnaji'],
      ['PERSON', 'F. Adeyemi'],
    ],
  },
  {
    text: "Ioniq 5 (2022 Limited AWD) threw 'Check EV system' at 38% on the 401 near Kingston, 12V died right after. Dealer says it's the ICCU, part 36400-GI200 backordered 6+ weeks, RO 771402. Anyone actually get a loaner out of Hyundai Canada for this?",
    pii: [],
  },
  {
    text: "Customer: Hi, booking ref 8HJ2TW, I need to add my daughter's passport for the API details\nAgent: Of course. Please give her name as in the passport, date of birth and passport number.\nCustomer: OKONKWO-REID, AMARA JANE, born 21 Feb 2014, passport 561209847\nCustomer: sorry 561209874, swapped the last two!\nAgent: Thanks, updated for VS0401 on 3 Sep. Is +44 7583 221 946 still the best number for disruption alerts?\nCustomer: yes, or my husband Tobenna on 07429 118 503",
    pii: [
      ['PERSON', 'OKONKWO-REID, AMARA JANE'],
      ['DATE_OF_BIRTH', '21 Feb 2014'],
      ['PASSPORT', '561209847'],
      ['PASSPORT', '561209874'],
      ['PHONE', '+44 7583 221 946'],
      ['PERSON', 'Tobenna'],
      ['PHONE', '07429 118 503'],
    ],
  },
  {
    text: 'Dear Rohit,\n\nWelcome to Kestrel Infotech! Ahead of your joining on 2 June, a few items from our side:\n\n- Employee code: KIT-20417\n- HRMS login: rohit.kulkarni (temporary password will come by SMS)\n- DOB as per our records: 09-08-1996. Please reply if this is not correct, as it flows to PF.\n- Salary a/c: HDFC Bank, A/c no. 50100234871165, IFSC HDFC0001234\n\nKindly bring original PAN and degree certificates on day one.\n\nRegards,\nShalini Menon\nHR Operations, Kestrel Infotech\nM: +91 97311 40582',
    pii: [
      ['PERSON', 'Rohit'],
      ['USERNAME', 'rohit.kulkarni'],
      ['DATE_OF_BIRTH', '09-08-1996'],
      ['BANK_ACCOUNT', '50100234871165'],
      ['PERSON', 'Shalini Menon'],
      ['PHONE', '+91 97311 40582'],
    ],
  },
  {
    text: 'Customer: hi, moving into 3/41 Ocean St, Bondi NSW 2026 on 1 July, need elec + gas connected\nAgent: Happy to help! Can I grab your full name and DOB?\nCustomer: Siobhan Trần, 22/10/94\nAgent: Thanks Siobhan. Best contact number?\nCustomer: 0459 304 817\nAgent: And would you like to pay by direct debit?\nCustomer: yes BSB 062-914 acc 1047 2281\nAgent: All set. Connection fee of $42.90 will be on your first bill, ref MV-338190.',
    pii: [
      ['ADDRESS', '3/41 Ocean St, Bondi NSW 2026'],
      ['PERSON', 'Siobhan Trần'],
      ['DATE_OF_BIRTH', '22/10/94'],
      ['PERSON', 'Siobhan'],
      ['PHONE', '0459 304 817'],
      ['BANK_ACCOUNT', '1047 2281'],
    ],
  },
  {
    text: 'Hello, this is Lee Seo-yeon (이서연). For my order 2025061744821, courier please call 010-4827-3315 before coming, and the 공동현관 password is #1204* — sorry, it is 1204# (star is wrong). My account ID is seoyeon_lee92 if you need. 감사합니다',
    pii: [
      ['PERSON', 'Lee Seo-yeon'],
      ['PERSON', '이서연'],
      ['PHONE', '010-4827-3315'],
      ['PASSWORD', '#1204*'],
      ['PASSWORD', '1204#'],
      ['USERNAME', 'seoyeon_lee92'],
    ],
  },
  {
    text: "Customer: got a text saying my account is locked and to reply with my PIN?? is that you guys\nAgent: No, we will never ask for your PIN or passcode by text. Please don't reply, you can forward it free to 7726.\nCustomer: ok deleted, thanks",
    pii: [],
  },
  {
    text: 'Thanks Gwen. Patient is Bethan Ellis-Price, DOB 02/06/1958, hosp no. K448120, if you need to pull the referral from the 14th.\n\nWarm regards,\nTamsin Achterberg\nReferrals Coordinator | Northgate Orthodontics\nT: 0113 322 8841 ext 212 | M: 07823 604119',
    pii: [
      ['PERSON', 'Gwen'],
      ['PERSON', 'Bethan Ellis-Price'],
      ['DATE_OF_BIRTH', '02/06/1958'],
      ['MEDICAL_RECORD', 'K448120'],
      ['PERSON', 'Tamsin Achterberg'],
      ['PHONE', '0113 322 8841'],
      ['PHONE', '07823 604119'],
    ],
  },
  {
    text: "Hi Priya, your 2019 Toyota RAV4 (7KPL294) is ready for pickup. Total $418.66 incl. front brakes, RO 55102. We still need a copy of your driver's license for the loaner paperwork – is it still D4471926? Questions, text Dale at 916-402-7735. – Rancho Cordova Toyota Service",
    pii: [
      ['PERSON', 'Priya'],
      ['VEHICLE_PLATE', '7KPL294'],
      ['DRIVER_LICENSE', 'D4471926'],
      ['PERSON', 'Dale'],
      ['PHONE', '916-402-7735'],
    ],
  },
  {
    text: "Customer: hi, booked a car from Edinburgh airport, ref EZ-H48213, can I add my partner as 2nd driver?\nAgent: Of course, it's £11/day. Full name, DOB and licence number please.\nCustomer: Gethin Lloyd-Morgan, 30/01/1988, licence LLOYD801308GM9XY\nAgent: Thanks. The £1,200 excess hold goes on the lead driver's card at the desk, want to pre-register it?\nCustomer: yes, 4659 4402 1187 3355 exp 08/27, cvc 318",
    pii: [
      ['PERSON', 'Gethin Lloyd-Morgan'],
      ['DATE_OF_BIRTH', '30/01/1988'],
      ['DRIVER_LICENSE', 'LLOYD801308GM9XY'],
      ['CREDIT_CARD', '4659 4402 1187 3355'],
      ['CARD_EXPIRY', '08/27'],
      ['CARD_CVV', '318'],
    ],
  },
  {
    text: "Hey mate, Trent the sparky here re ur oven install Sat 8am. $240 cash or transfer to T Walsh BSB 633-000 acc 148 327 691, ref ur surname. Any probs call 0491 226 803, if I'm up on a roof try the missus on 0412 775 390 👍",
    pii: [
      ['PERSON', 'Trent'],
      ['PERSON', 'T Walsh'],
      ['BANK_ACCOUNT', '148 327 691'],
      ['PHONE', '0491 226 803'],
      ['PHONE', '0412 775 390'],
    ],
  },
  {
    text: "Reception note: Mrs Aoife Gallagher (DOB 17.03.1962, NHS 943 476 5919) rang re: bloods from Tues. Also asking us to chase St James's, her hosp no. there is RJ1-K773310. Pls call back on mob 07845 330912 after 2pm (works mornings). Passed to Dr Kwame Asante.",
    pii: [
      ['PERSON', 'Aoife Gallagher'],
      ['DATE_OF_BIRTH', '17.03.1962'],
      ['HEALTH_INSURANCE', '943 476 5919'],
      ['MEDICAL_RECORD', 'RJ1-K773310'],
      ['PHONE', '07845 330912'],
      ['PERSON', 'Kwame Asante'],
    ],
  },
  {
    text: 'Hi Małgorzata,\n\nthank you for the viewing yesterday! As asked, here is my info for the application (Warmmiete €1,180 is fine for me):\n\nGeburtsdatum: 05.11.1993\nHandy: +49 176 4821 9930\nCurrent landlord, for a reference: Herr Dietmar Brandt, 030 4471 2285\n\nFor the deposit return later: DE10 1203 0000 1049 3827 16\n\nViele Grüße\nJonas Albrecht',
    pii: [
      ['PERSON', 'Małgorzata'],
      ['DATE_OF_BIRTH', '05.11.1993'],
      ['PHONE', '+49 176 4821 9930'],
      ['PERSON', 'Dietmar Brandt'],
      ['PHONE', '030 4471 2285'],
      ['IBAN', 'DE10 1203 0000 1049 3827 16'],
      ['PERSON', 'Jonas Albrecht'],
    ],
  },
  {
    text: "My Twilio SMS never arrives, status just stays 'queued':\n\nclient = Client(os.environ['TWILIO_SID'], 'e94c1a07b3d25f68a0c4e7d9b12f3a56')\nclient.messages.create(to='+61421906337', from_=os.environ['TWILIO_FROM'], body='test 123')\n\nThe to number is my own mobile. Logged into the console as dev.yusuf.k and the account is upgraded, not trial. twilio-python 9.0.4. Ideas?",
    pii: [
      ['SECRET', 'e94c1a07b3d25f68a0c4e7d9b12f3a56'],
      ['PHONE', '+61421906337'],
      ['USERNAME', 'dev.yusuf.k'],
    ],
  },
  {
    text: 'Good evening, pls I was debited twice for Abuja-Kaduna train ticket, ₦38,500 each (ref NRC-7731840). Kindly reverse the second one to my account 0231849567 (Access Bank), account name Ibrahim Sani Danladi. My line is 0814 602 3375 and WhatsApp 0903 118 4426. Thank you sir.',
    pii: [
      ['BANK_ACCOUNT', '0231849567'],
      ['PERSON', 'Ibrahim Sani Danladi'],
      ['PHONE', '0814 602 3375'],
      ['PHONE', '0903 118 4426'],
    ],
  },
  {
    text: 'Agent: To verify, can I get your date of birth?\nCustomer: 1990.04.17 — sorry, April 17, 1990\nAgent: Thanks. And the user ID you sign in with?\nCustomer: zhangwei_0417. the account is under Zhang Wei but I also use Vivian Zhang, my bank card says ZHANG WEI\nAgent: No problem. Registered mobile ending 2297?\nCustomer: yes +86 138 1046 2297',
    pii: [
      ['DATE_OF_BIRTH', '1990.04.17'],
      ['DATE_OF_BIRTH', 'April 17, 1990'],
      ['USERNAME', 'zhangwei_0417'],
      ['PERSON', 'Zhang Wei'],
      ['PERSON', 'Vivian Zhang'],
      ['PERSON', 'ZHANG WEI'],
      ['PHONE', '+86 138 1046 2297'],
    ],
  },
  {
    text: 'Hi, my e-file got rejected with R0000-504-02. My SSN is 531-07-2298 and DOB 08/14/1985, and my SSA card says Maria Guadalupe Reyes Soto but the W-2 just says Maria Reyes. Do I have to use the full name? Also for the refund direct deposit, routing 121000358, account 3308117499 goes on line 35b right?',
    pii: [
      ['US_SSN', '531-07-2298'],
      ['DATE_OF_BIRTH', '08/14/1985'],
      ['PERSON', 'Maria Guadalupe Reyes Soto'],
      ['PERSON', 'Maria Reyes'],
      ['BANK_ACCOUNT', '3308117499'],
    ],
  },
  {
    text: 'Thinking of porting from EE to giffgaff. Does the PAC code still go through in one working day? And does Wi-Fi calling work on a Pixel 7a with them? Contract ends 12 Sept, paying £38/month for 100GB atm.',
    pii: [],
  },
  {
    text: "Ma it's Sofi 😬 bank app locked me out, what's my CBU again, it's on the paper in the drawer. oh wait found it: 0170099220000067797370. use this number for now +54 9 351 622 4189",
    pii: [
      ['PERSON', 'Sofi'],
      ['BANK_ACCOUNT', '0170099220000067797370'],
      ['PHONE', '+54 9 351 622 4189'],
    ],
  },
];
