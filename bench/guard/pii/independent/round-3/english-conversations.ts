// English conversations of round 3 (chats, calls, SMS, emails, voicemail, forum posts from many countries), written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThreeConversations: readonly IndependentText[] = [
  {
    text: "[18:02] Shazza: mum's new number is 0412 558 903 btw, old one's dead\n[18:03] Dazza: cheers. she still at 14 Banksia Cres, Figtree?\n[18:03] Shazza: nah moved to 3/27 Kembla St, Wollongong NSW 2500 in march\n[18:05] Dazza: righto. flowers ordered, order #FL-558213, $89.95, arriving thurs arvo 💐",
    pii: [
      ['PERSON', 'Shazza'],
      ['PHONE', '0412 558 903'],
      ['PERSON', 'Dazza'],
      ['ADDRESS', '14 Banksia Cres, Figtree'],
      ['PERSON', 'Shazza'],
      ['ADDRESS', '3/27 Kembla St, Wollongong NSW 2500'],
      ['PERSON', 'Dazza'],
    ],
  },
  {
    text: "Agent: Thank you for calling Halden Bank, you're speaking with Priya. Can I take your full name please?\nCaller: Yeah, it's Gareth Pryce-Llewellyn.\nAgent: Thanks Gareth. And your date of birth?\nCaller: Fourteenth of February, nineteen seventy-nine.\nAgent: Lovely. Sort code and account number?\nCaller: 40-12-77, account 31847265.\nAgent: And the first line of your address with the postcode?\nCaller: 22 Heol Tawe, SA9 1GH.\nAgent: Perfect, you're through security. Today's call reference is HB-20931-K.",
    pii: [
      ['PERSON', 'Priya'],
      ['PERSON', 'Gareth Pryce-Llewellyn'],
      ['PERSON', 'Gareth'],
      ['DATE_OF_BIRTH', 'Fourteenth of February, nineteen seventy-nine'],
      ['BANK_ACCOUNT', '31847265'],
      ['ADDRESS', '22 Heol Tawe, SA9 1GH'],
    ],
  },
  {
    text: 'Customer: hello sir my sim is not working since yesterday evening. number is 98450 23117\nRohit (Agent): Sorry for the inconvenience sir. Kindly share the 20 digit SIM number printed on back side of the SIM card.\nCustomer: 89910274512773608821\nAgent: Thank you. Also please share IMEI of handset, you can dial *#06#\nCustomer: 354672118394020\nAgent: Request SR-7741209 has been raised. New SIM will activate within 4 hrs. Please do not share OTP with anyone.\nCustomer: ok thanku. name on connection is Venkatesh Subramaniam if needed',
    pii: [
      ['PHONE', '98450 23117'],
      ['PERSON', 'Rohit'],
      ['ICCID', '89910274512773608821'],
      ['IMEI', '354672118394020'],
      ['PERSON', 'Venkatesh Subramaniam'],
    ],
  },
  {
    text: 'Good evening Mr Adeyemi, this is Chiamaka from flat 4. I have paid the 2nd quarter rent N450,000 into your GTBank acct 0123984571 this afternoon, teller no 8823XJ. Pls confirm when u see it. God bless',
    pii: [
      ['PERSON', 'Adeyemi'],
      ['PERSON', 'Chiamaka'],
      ['BANK_ACCOUNT', '0123984571'],
    ],
  },
  {
    text: '[09:14] Support: Hi there! Thanks for reaching out to SkyWing. I can see booking ZK4QPT, flight SW 2217 Dublin to Lisbon, departing 14:35 on 12 Oct.\n[09:15] You: its showing delayed on the app, will I make the connection to SW 881?\n[09:16] Support: Current ETD is 16:10 and minimum connection time in LIS is 55 min, so you should be fine. Gate B14. A €10 meal voucher has been added to the booking.\n[09:16] You: grand, thanks a mil',
    pii: [],
  },
  {
    text: "Nurse: Parklands Medical Centre, Wanjiru speaking.\nCaller: Hallo, I am calling for my mother, Esther Achieng Otieno. She has a review with Dr. Kamau on Thursday.\nNurse: Okay. Do you have her hospital number?\nCaller: Yes, it is PMC-0048817.\nNurse: And her SHA member number, for the billing?\nCaller: It's 2874 1190 5521.\nNurse: Sawa. Her slot is 10:30am, room 6. Kindly bring the blood results from 3rd June and come 20 minutes early.",
    pii: [
      ['PERSON', 'Wanjiru'],
      ['PERSON', 'Esther Achieng Otieno'],
      ['PERSON', 'Kamau'],
      ['MEDICAL_RECORD', 'PMC-0048817'],
      ['HEALTH_INSURANCE', '2874 1190 5521'],
    ],
  },
  {
    text: 'Subject: Onboarding – missing details\n\nHi Lukas,\n\nthanks for sending the signed contract. For the payroll setup on 1 November I still need you to confirm:\n\n- Date of birth: 03.09.1994 (taken from your CV, correct?)\n- IBAN: DE83 8605 5592 0381 1477 02\n- Home address: Schillerstraße 18a, 04109 Leipzig\n\nYour employee number will be 100-4471 and your laptop (ThinkPad T14 Gen 4, asset TP-2291) ships next week.\n\nBeste Grüße\nJana Hoffmann\nPeople Operations',
    pii: [
      ['PERSON', 'Lukas'],
      ['DATE_OF_BIRTH', '03.09.1994'],
      ['IBAN', 'DE83 8605 5592 0381 1477 02'],
      ['ADDRESS', 'Schillerstraße 18a, 04109 Leipzig'],
      ['PERSON', 'Jana Hoffmann'],
    ],
  },
  {
    text: "Hi po, I sent 2,500 to the wrong number 0917 823 4410 instead of 0917 823 4401 😭 Ref no. 5012 339 884 210, 3:42 PM today. Acct name is Maria Cristina Dela Cruz. Pls help po, that's for my tuition huhu",
    pii: [
      ['PHONE', '0917 823 4410'],
      ['PHONE', '0917 823 4401'],
      ['PERSON', 'Maria Cristina Dela Cruz'],
    ],
  },
  {
    text: "Hi Mr Tan, confirming viewing tmr 7.30pm at Blk 412 Tampines Street 41, #08-233, Singapore 520412. Owner's mother will open the door. Asking is $3,200/mth, min 2-yr lease, 4-rm 92sqm. Can WhatsApp me at 9183 5527 if running late ya. Thanks! — Serene (CEA R058812C)",
    pii: [
      ['PERSON', 'Tan'],
      ['ADDRESS', 'Blk 412 Tampines Street 41, #08-233, Singapore 520412'],
      ['PHONE', '9183 5527'],
      ['PERSON', 'Serene'],
    ],
  },
  {
    text: 'r/tax • Posted by u/throwaway_taxq_2291 • 3h\n\nLetter says my ITIN expired?? refund on hold\n\nSo I got a letter saying my ITIN 912-78-4410 expired and my 2023 refund ($1,846) is on hold. I mailed the W-7 back in February with a certified passport copy. Is there any way to check status without waiting 2 hrs on the phone? The letter says call 1-800-829-1040 but nobody picks up. Thanks in advance 🙏\n\n12 comments • Share • Save',
    pii: [
      ['USERNAME', 'u/throwaway_taxq_2291'],
      ['US_ITIN', '912-78-4410'],
    ],
  },
  {
    text: 'Shift handover – Line 3, night shift\n- Down 02:20–03:05, part 7730-A22 jammed in feeder #2\n- 1,240 units scrapped, batch 24-117B quarantined\n- PO 4500221987 short by 3 pallets, supplier notified\n- Torque tool TQ-09 due calibration 18/11\nNo injuries. Next shift please check hopper sensor (fault code E-414).',
    pii: [],
  },
  {
    text: "Agent: Canada Revenue Agency, my name is Marc-André, agent ID 4471. How can I help?\nCaller: Hi, I'm calling about my GST credit, it stopped in July.\nAgent: I can look into that. Your social insurance number please?\nCaller: 130 728 561.\nAgent: Full name and date of birth?\nCaller: Geneviève Tremblay-Roy, July 2nd, 1961.\nAgent: And the address we have on file?\nCaller: 1187 rue Saint-Denis, app. 4, Montréal QC H2X 3J6.\nAgent: Thank you. I see your 2023 return is still being processed. If nothing changes in 30 days, call us back at 1-800-959-8281.",
    pii: [
      ['PERSON', 'Marc-André'],
      ['CA_SIN', '130 728 561'],
      ['PERSON', 'Geneviève Tremblay-Roy'],
      ['DATE_OF_BIRTH', 'July 2nd, 1961'],
      ['ADDRESS', '1187 rue Saint-Denis, app. 4, Montréal QC H2X 3J6'],
    ],
  },
  {
    text: 'Dear Ms. Park,\n\nI am Nguyen Van Thanh from the packaging team (employee no. GM-2207). My alien registration number is 920514-5832107. I moved last week, so please update my address for the payslip to: Room 302, 17 Gongdan-ro 45beon-gil, Gumi-si, Gyeongsangbuk-do 39371.\nMy phone is same, 010-7724-3158.\n\nThank you very much,\nThanh',
    pii: [
      ['PERSON', 'Park'],
      ['PERSON', 'Nguyen Van Thanh'],
      ['FRN', '920514-5832107'],
      ['ADDRESS', 'Room 302, 17 Gongdan-ro 45beon-gil, Gumi-si, Gyeongsangbuk-do 39371'],
      ['PHONE', '010-7724-3158'],
      ['PERSON', 'Thanh'],
    ],
  },
  {
    text: 'Hello, this is Lee Seo-yeon (이서연), exchange student from Korea (student ID 2024-EX-0391). For the health insurance waiver form you asked for my national ID. My Korean resident registration number is 010823-4172635 and my passport number is M48273916. Please let me know if the office in Room 1.14 needs to see the original.\n\nBest regards,\nSeo-yeon',
    pii: [
      ['PERSON', 'Lee Seo-yeon'],
      ['PERSON', '이서연'],
      ['RRN', '010823-4172635'],
      ['PASSPORT', 'M48273916'],
      ['PERSON', 'Seo-yeon'],
    ],
  },
  {
    text: 'Dear Mr. Whitaker,\n\nPlease find attached invoice HST-INV-25-0412 (USD 18,420.00) for PO 7781-22.\nFor your vendor registration, our details are:\nBusiness Registration No.: 214-87-39104\nCorporate Registration No.: 110111-6634021\nSWIFT: HVBKKRSE\n\nIf anything is missing please contact me directly at +82 2-3456-7812 or dh.kim@hanseong-tech.co.kr.\n\nBest regards,\nKim Do-hyun\nExport Sales Team | Hanseong Tech Co., Ltd.',
    pii: [
      ['PERSON', 'Whitaker'],
      ['BRN', '214-87-39104'],
      ['CRN', '110111-6634021'],
      ['PHONE', '+82 2-3456-7812'],
      ['EMAIL', 'dh.kim@hanseong-tech.co.kr'],
      ['PERSON', 'Kim Do-hyun'],
    ],
  },
  {
    text: 'Voicemail – 01 Apr, 11:52, 0:41\n"Hi, this is a message for Siobhán Ní Bhriain, it\'s Aoife, the practice nurse at Ballyfermot Family Practice. Your bloods from last week are back and Dr Hegarty just wants a quick word, nothing to worry about. Could you ring me on my direct line, 01 626 4418, any morning before twelve? If you get reception just quote your chart number, 55172. Thanks a million, bye."',
    pii: [
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['PERSON', 'Aoife'],
      ['PERSON', 'Hegarty'],
      ['PHONE', '01 626 4418'],
      ['MEDICAL_RECORD', '55172'],
    ],
  },
  {
    text: "Morag! flat's at 2F1, 9 Marchmont Crescent, Edinburgh EH9 1HL. key safe code is 1906, wifi is MarchmontGuest pw thistle-Brae92. check out's 10am sat. dinnae lose the fob ya numpty 😂 Callum x",
    pii: [
      ['PERSON', 'Morag'],
      ['ADDRESS', '2F1, 9 Marchmont Crescent, Edinburgh EH9 1HL'],
      ['PASSWORD', '1906'],
      ['PASSWORD', 'thistle-Brae92'],
      ['PERSON', 'Callum'],
    ],
  },
  {
    text: "Agent: Good day, Sentinel Insure claims, Thabo speaking.\nCaller: Hi Thabo, it's Annelie van der Merwe. I was rear-ended on the N1 this morning.\nAgent: Shame, are you okay? Can I have your policy number?\nCaller: MTR-5510932.\nAgent: Thanks. Vehicle registration?\nCaller: CA 412-887, it's the white Hilux.\nAgent: And the VIN, it's on your licence disc.\nCaller: AHTFR22G706041337.\nAgent: Claim number is CLM-88-20417. An assessor will call you on 082 447 9013 within 48 hours.",
    pii: [
      ['PERSON', 'Thabo'],
      ['PERSON', 'Thabo'],
      ['PERSON', 'Annelie van der Merwe'],
      ['VEHICLE_PLATE', 'CA 412-887'],
      ['VIN', 'AHTFR22G706041337'],
      ['PHONE', '082 447 9013'],
    ],
  },
  {
    text: 'Hi En. Faizal, your Proton X50 (VDK 3318) is ready for collection at our Shah Alam branch. Invoice INV-2209-4471, total RM 612.40 incl. SST. Pls bring job card JC-10392. Enquiries: 1300-88-2200. Tq',
    pii: [
      ['PERSON', 'Faizal'],
      ['VEHICLE_PLATE', 'VDK 3318'],
    ],
  },
  {
    text: '[14:05] Courier: Hi Mr Chan, parcel SF1402883917204 delivering today 3-6pm. Address correct? Flat B, 12/F, Kwong Fat Building, 88 Shantung Street, Mong Kok, Kowloon\n[14:09] 陳志明 Chan Chi-ming: yes correct but no one home after 5. pls leave with guard at G/F\n[14:10] Courier: OK but need signature. Can call you at 9634 2178 when arrive?\n[14:10] 陳志明 Chan Chi-ming: ok 👍',
    pii: [
      ['PERSON', 'Chan'],
      ['ADDRESS', 'Flat B, 12/F, Kwong Fat Building, 88 Shantung Street, Mong Kok, Kowloon'],
      ['PERSON', '陳志明'],
      ['PERSON', 'Chan Chi-ming'],
      ['PHONE', '9634 2178'],
      ['PERSON', '陳志明'],
      ['PERSON', 'Chan Chi-ming'],
    ],
  },
  {
    text: "From: Minh Anh <minhanh.tran92@gmail.com>\nTo: reservations@halcyonhotel.com.au\nSubject: Booking HLC-558102 – early check-in\n\nDear Sir/Madam,\n\nI am Tran Thi Minh Anh, I have a booking from 22/12 to 27/12 (Deluxe King, 2 adults). We arrive on flight VN 781 at 6:50am. Is it possible to check in early? For the registration, my passport number is C4567821 and my husband's is C3908154 (Le Quang Huy).\n\nThank you so much,\nMinh Anh",
    pii: [
      ['PERSON', 'Minh Anh'],
      ['EMAIL', 'minhanh.tran92@gmail.com'],
      ['PERSON', 'Tran Thi Minh Anh'],
      ['PASSPORT', 'C4567821'],
      ['PASSPORT', 'C3908154'],
      ['PERSON', 'Le Quang Huy'],
      ['PERSON', 'Minh Anh'],
    ],
  },
  {
    text: 'Hello, I try to pay since this morning and my card is always refused 😡 order FR-88213, 2x linen shirt size M, €118.00. Here are the details so you can check:\nCard: 4970 1074 5518 2635\nExp: 08/27\nCVC: 412\nName on card: ELODIE MARCHAND\nPlease answer fast, it is a gift for Saturday.\nÉlodie',
    pii: [
      ['CREDIT_CARD', '4970 1074 5518 2635'],
      ['CARD_EXPIRY', '08/27'],
      ['CARD_CVV', '412'],
      ['PERSON', 'ELODIE MARCHAND'],
      ['PERSON', 'Élodie'],
    ],
  },
  {
    text: 'Dear Mr Lindqvist,\n\nThank you for your interest in the flat. I confirm it is available from 1 March. The address is Calle de Ferraz 34, 3º izq., 28008 Madrid (metro Ventura Rodríguez). Rent is 1.450 € per month plus two months\' deposit (2.900 €).\n\nTo reserve it, please transfer the first month to my account ES64 2100 3817 4202 0019 4452, concept "Ferraz 34 – marzo".\n\nKind regards,\nMaría José Fernández de la Fuente\n+34 612 48 93 07',
    pii: [
      ['PERSON', 'Lindqvist'],
      ['ADDRESS', 'Calle de Ferraz 34, 3º izq., 28008 Madrid'],
      ['IBAN', 'ES64 2100 3817 4202 0019 4452'],
      ['PERSON', 'María José Fernández de la Fuente'],
      ['PHONE', '+34 612 48 93 07'],
    ],
  },
  {
    text: '[10:31] Rafael Bittencourt: hey! sent the final cut of the video, 3 versions (16:9, 9:16, 1:1) 🎬\n[10:33] Emma: amazing thanks!! how do you want to be paid?\n[10:34] Rafael Bittencourt: PIX is easiest, key is my email rafa.bittencourt@outlook.com.br. or Wise if you prefer\n[10:35] Emma: PIX it is. R$ 4.800 going out today\n[10:35] Rafael Bittencourt: valeu!! if any problem my whats is +55 11 98734-2210',
    pii: [
      ['PERSON', 'Rafael Bittencourt'],
      ['PERSON', 'Emma'],
      ['PERSON', 'Rafael Bittencourt'],
      ['EMAIL', 'rafa.bittencourt@outlook.com.br'],
      ['PERSON', 'Emma'],
      ['PERSON', 'Rafael Bittencourt'],
      ['PHONE', '+55 11 98734-2210'],
    ],
  },
  {
    text: 'Reminder from Clínica Dental Sonríe: your cleaning is on 14/11 at 4:30pm, office 3 (2nd floor). Reply YES to confirm or NO to reschedule. Consultation $650 MXN, card or transfer accepted. Ref 22-0931. To stop reminders reply STOP.',
    pii: [],
  },
  {
    text: "Hi,\n\nsince the update to GlobalProtect 6.1.3 my laptop cannot connect to VPN (error 'Gateway not reachable'). Details:\nUsername: k.wisniewska\nLaptop: Dell Latitude 5440, asset no. PL-WAW-01873\nMAC (Wi-Fi): 3C:22:FB:8A:41:0D\nPublic IP at home: 83.24.117.59\n\nI have a client call at 14:00 so it is quite urgent. Previous ticket was INC0042281 but it was closed without fix.\n\nThanks,\nKatarzyna Wiśniewska\nFinance, Warsaw office",
    pii: [
      ['USERNAME', 'k.wisniewska'],
      ['MAC_ADDRESS', '3C:22:FB:8A:41:0D'],
      ['IP_ADDRESS', '83.24.117.59'],
      ['PERSON', 'Katarzyna Wiśniewska'],
    ],
  },
  {
    text: 'Dear Kensington Park Hotel,\n\nThank you for confirmation of reservation no. 77310294. For the pre-registration form, here is my information:\n\nName: SATO HARUKI (surname first)\nDate of birth: 1988/04/11\nPassport No.: TR4827136\nNationality: Japan\n\nAlso, my wife SATO YUKI will arrive one day later (14 May) by herself. Please give her a key card.\n\nBest regards,\nHaruki Sato',
    pii: [
      ['PERSON', 'SATO HARUKI'],
      ['DATE_OF_BIRTH', '1988/04/11'],
      ['PASSPORT', 'TR4827136'],
      ['PERSON', 'SATO YUKI'],
      ['PERSON', 'Haruki Sato'],
    ],
  },
  {
    text: '[09:12] Desk: Good morning from Falcon Rent-a-Car! Can you send the driver details for booking FRC-20418?\n[09:20] Omar: Omar Al-Mansouri, UAE licence no. 2214837, mobile +971 50 318 4427\n[09:21] Desk: Thank you Mr Omar. Car is Nissan Patrol, plate P 48213 (Dubai), pick-up 2pm at Terminal 3. Deposit AED 1,500 will be blocked on the card.\n[09:22] Omar: ok, my brother Khalid will also drive, I send his licence photo later',
    pii: [
      ['PERSON', 'Omar'],
      ['PERSON', 'Omar Al-Mansouri'],
      ['DRIVER_LICENSE', '2214837'],
      ['PHONE', '+971 50 318 4427'],
      ['PERSON', 'Omar'],
      ['VEHICLE_PLATE', 'P 48213'],
      ['PERSON', 'Omar'],
      ['PERSON', 'Khalid'],
    ],
  },
  {
    text: "Pharmacist: Oakview Pharmacy, this is Dana, how can I help you?\nCaller: Hi Dana, I'm calling to refill my blood pressure pills. Name's Raymond Kowalczyk.\nPharmacist: Sure, date of birth?\nCaller: March seventeenth, 1952.\nPharmacist: Got it. I see Rx 6114872, lisinopril 20 mg, 90 tablets. Your insurance changed though, do you have the new member ID?\nCaller: Uh, it says W482917365 on the card, group 0047712.\nPharmacist: Perfect. Copay is $4.50, ready after 3 tomorrow. Want a text at 614-383-2917 when it's done?\nCaller: That's my cell, yes.",
    pii: [
      ['PERSON', 'Dana'],
      ['PERSON', 'Dana'],
      ['PERSON', 'Raymond Kowalczyk'],
      ['DATE_OF_BIRTH', 'March seventeenth, 1952'],
      ['HEALTH_INSURANCE', 'W482917365'],
      ['PHONE', '614-383-2917'],
    ],
  },
  {
    text: "jaylen: yo who's coming sat\nkay: me!! whats the addy again\njaylen: 1123 Maple Ridge Dr, the one w the basketball hoop\njaylen: wifi pw is Pepperoni2024! dont ask my mom lol\nkay: bet. add me on snap its kayy.marie_ i lost my old acc\njaylen: added. mine's @jay.lenn04 on insta too",
    pii: [
      ['PERSON', 'jaylen'],
      ['PERSON', 'kay'],
      ['PERSON', 'jaylen'],
      ['ADDRESS', '1123 Maple Ridge Dr'],
      ['PERSON', 'jaylen'],
      ['PASSWORD', 'Pepperoni2024!'],
      ['PERSON', 'kay'],
      ['USERNAME', 'kayy.marie_'],
      ['PERSON', 'jaylen'],
      ['USERNAME', '@jay.lenn04'],
    ],
  },
  {
    text: "Hi this is Brooke Hennessy, I need to book in for a cervical screening with Dr Nguyen next week pls. DOB 22/06/1990, Medicare 2953 41076 1 (I'm no. 2 on the card). New mobile 0431 207 664. Thanks!\n\n> Reply from Riverbend Family Medical: Hi Brooke, we have Tue 18th 9:15am or Thu 20th 3:40pm with Dr Nguyen. Bulk billed. Reply 1 or 2 to confirm.",
    pii: [
      ['PERSON', 'Brooke Hennessy'],
      ['PERSON', 'Nguyen'],
      ['DATE_OF_BIRTH', '22/06/1990'],
      ['HEALTH_INSURANCE', '2953 41076 1'],
      ['PHONE', '0431 207 664'],
      ['PERSON', 'Brooke'],
      ['PERSON', 'Nguyen'],
    ],
  },
  {
    text: "[19:40] Mum: Dinner at 7 on Sunday, Nana's turning 80!! 🎂\n[19:41] Dad: I've booked the back room at the Harbour Tavern, table for 12\n[19:44] Mum: Can someone pick up the cake? It's paid, order 3391, collect after 2pm\n[19:46] Dad: I'll grab it. Bring $20 each for the kitty\n[19:47] Mum: ❤️",
    pii: [],
  },
  {
    text: 'Good afternoon. On 14/05 at 10:22am I sent GHS 1,200 to my brother Kwabena on 024 551 8832 but he has not received it, transaction ID 4823119057. The money already left my wallet. My own line is 055 902 3174, registered name Abena Owusu-Ansah. Kindly reverse or resend. Thank you.',
    pii: [
      ['PERSON', 'Kwabena'],
      ['PHONE', '024 551 8832'],
      ['PHONE', '055 902 3174'],
      ['PERSON', 'Abena Owusu-Ansah'],
    ],
  },
  {
    text: 'Respected Sir/Madam,\n\nWith due respect it is stated that an amount of Rs. 35,000 was deducted from my account on 02-09-2024 through ATM (terminal ID 00488213) but cash was not dispensed. Complaint no. CMP-240902-7781 was lodged the same day but there is no reversal till date.\n\nMy IBAN is PK02ALFH0048000100662931. Kindly look into the matter at the earliest.\n\nRegards,\nMuhammad Usman Qureshi\nCell: 0300-4417825',
    pii: [
      ['IBAN', 'PK02ALFH0048000100662931'],
      ['PERSON', 'Muhammad Usman Qureshi'],
      ['PHONE', '0300-4417825'],
    ],
  },
  {
    text: 'Dear Sir or Madam,\n\nI wish to renew my resident parking permit (permit no. RP-CF83-00921, Zone C) which expires on 31 August. My details have not changed except the car:\n\nName: Rhiannon Jenkins\nAddress: 7 Heol y Nant, Caerffili CF83 2PL\nNew vehicle registration: CU19 WKD (Vauxhall Corsa, grey)\n\nI have paid the £45 fee online, receipt 7719-3320.\n\nDiolch,\nRhiannon Jenkins',
    pii: [
      ['PERSON', 'Rhiannon Jenkins'],
      ['ADDRESS', '7 Heol y Nant, Caerffili CF83 2PL'],
      ['VEHICLE_PLATE', 'CU19 WKD'],
      ['PERSON', 'Rhiannon Jenkins'],
    ],
  },
  {
    text: 'Hi Dean, sorry to bother you again, payroll still has me on the emergency tax code (0T M1) on my March payslip. My NI number is JT 48 21 93 B if you need to chase HMRC. Payslip ref 2025-03-0417. Cheers, Kerry-Ann',
    pii: [
      ['PERSON', 'Dean'],
      ['UK_NINO', 'JT 48 21 93 B'],
      ['PERSON', 'Kerry-Ann'],
    ],
  },
  {
    text: 'Dear Sir/Madam,\n\nMy father Mr. K. Lakshmi Narayanan (UHID: MH-2023-448102) was discharged from your hospital on 18-03-2025 after angioplasty. We still have not received the final discharge summary and bills needed for the insurance reimbursement. His DOB is 12-08-1947 and his Star Health member ID is 71042-88193.\n\nKindly email the documents to me at arjun.narayanan84@gmail.com or WhatsApp +91 98402 61573.\n\nThanks & regards,\nArjun Narayanan',
    pii: [
      ['PERSON', 'K. Lakshmi Narayanan'],
      ['MEDICAL_RECORD', 'MH-2023-448102'],
      ['DATE_OF_BIRTH', '12-08-1947'],
      ['HEALTH_INSURANCE', '71042-88193'],
      ['EMAIL', 'arjun.narayanan84@gmail.com'],
      ['PHONE', '+91 98402 61573'],
      ['PERSON', 'Arjun Narayanan'],
    ],
  },
  {
    text: "Hi Kendra,\n\nHere's everything for the pre-approval:\nSSN: 527-81-4093\nDOB: 11/02/1985\nCurrent address: 4410 W Camelback Rd Apt 212, Phoenix, AZ 85031 (renting 3 yrs)\nEmployer: Sonoran Logistics, $86,500/yr base\n\nLoan app # 2025-PHX-01193. Let me know if you need the last 2 W-2s too.\n\nThanks,\nMarcus Delgado\n(602) 718-4406",
    pii: [
      ['PERSON', 'Kendra'],
      ['US_SSN', '527-81-4093'],
      ['DATE_OF_BIRTH', '11/02/1985'],
      ['ADDRESS', '4410 W Camelback Rd Apt 212, Phoenix, AZ 85031'],
      ['PERSON', 'Marcus Delgado'],
      ['PHONE', '(602) 718-4406'],
    ],
  },
  {
    text: "[16:02] Tomás (customer): webhooks stopped firing after we rotated keys yesterday. new key is mlx_live_9c2f7a41e8b04d6fa3e1b7c5d28f0a96 if that helps\n[16:03] Support – Ife: Hi Tomás! Please never paste keys in chat 🙏 I've flagged it, you should revoke it in Settings > API. Which workspace?\n[16:04] Tomás (customer): ws_prod_eu, account owner is tomas.ibarra@kitepay.io\n[16:06] Support – Ife: Thanks. I see 412 failed deliveries since 22:10 UTC with HTTP 401. Once you revoke + create a new key, hit 'Resend failed' and they'll replay.",
    pii: [
      ['PERSON', 'Tomás'],
      ['SECRET', 'mlx_live_9c2f7a41e8b04d6fa3e1b7c5d28f0a96'],
      ['PERSON', 'Ife'],
      ['PERSON', 'Tomás'],
      ['PERSON', 'Tomás'],
      ['EMAIL', 'tomas.ibarra@kitepay.io'],
      ['PERSON', 'Ife'],
    ],
  },
  {
    text: "Title: Archer AX55 drops 5GHz every night after firmware 1.1.2 Build 20230512\n\nAnyone else? Since updating from 1.0.8 the 5GHz band disappears around 2–3am and comes back after a reboot. Fibre 500/50, channel 36, 80 MHz width. Tried factory reset twice, same thing. Log just shows 'wlan1: radio reset (code 0x1F)'. Support ticket 2411-08812 says wait for 1.1.4. Is there any way to roll back? Running out of patience here lol\n\nEdit: hardware version v1.0 (EU).",
    pii: [],
  },
  {
    text: "---------- Forwarded message ---------\nFrom: Niamh Gallagher <niamh.gallagher@eircom.net>\nDate: Tue, 4 Mar 2025 at 10:12\nSubject: Re: Sale of 14 Rathgar Avenue, Dublin 6\nTo: Conor Brady <cbrady@bradysolicitors.ie>\n\nConor,\n\nThe buyers' solicitor is asking for the BER cert and the planning exemption for the attic conversion (2009). I've the BER somewhere, will send it tonight. Closing still 28 March?\n\nNiamh\n087 219 4460",
    pii: [
      ['PERSON', 'Niamh Gallagher'],
      ['EMAIL', 'niamh.gallagher@eircom.net'],
      ['ADDRESS', '14 Rathgar Avenue, Dublin 6'],
      ['PERSON', 'Conor Brady'],
      ['EMAIL', 'cbrady@bradysolicitors.ie'],
      ['PERSON', 'Conor'],
      ['PERSON', 'Niamh'],
      ['PHONE', '087 219 4460'],
    ],
  },
  {
    text: 'DISPATCH 06:15 — Route 12 (Van 7)\nStops: 18 | Parcels: 64 | Est. 142 km\nPriority: 1Z88X4210355192871 (signature req.), JD014600003829144117 (before 12:00)\nDepot closes 19:30. Fuel card limit $180. Keep 3–8 °C for stops 4, 9, 11 (pharma cartons, SKU RX-PAL-220).\nReport damages in the app: D3 = crushed, D5 = wet.',
    pii: [],
  },
  {
    text: 'Dear Mrs Rahman,\n\nThis is a gentle reminder that Aisyah has not submitted the consent form for the Sec 2 Learning Journey to the Science Centre on 9 Aug (fee $18.50, payable via the Parents Gateway app). Please also note that her class has changed to 2E3 and her form teacher is now Mr Lim Wei Jie.\n\nThank you!\nMs Charmaine Goh\nCo-Form Teacher, 2E3',
    pii: [
      ['PERSON', 'Rahman'],
      ['PERSON', 'Aisyah'],
      ['PERSON', 'Lim Wei Jie'],
      ['PERSON', 'Charmaine Goh'],
    ],
  },
  {
    text: "Virtual Assistant: Hi! I'm the Brightwave Energy virtual assistant. How can I help today?\nYou: why is my bill so high this month\nVirtual Assistant: Your latest bill (issued 03 Feb) is £214.37 for 32 days. Usage was 1,146 kWh electricity and 2,980 kWh gas, up 38% on last year, mostly due to colder weather (avg 2.1°C).\nYou: can i pay in instalments\nVirtual Assistant: Yes — you can spread it over 3 months (£71.46/month). Tariff: Fixed Saver 12M v4. Type AGENT to speak to a person, lines open 8am–8pm on 0800 048 3310.",
    pii: [],
  },
  {
    text: "Agent: Northgrid Energy, you're speaking to Shona.\nCustomer: Hiya, I want to give a meter reading, I'm moving out Friday.\nAgent: No problem. Account holder's name?\nCustomer: Derek Ashworth.\nAgent: And the supply address?\nCustomer: Flat 6, 41 Whitworth Road, Rochdale OL12 0SB.\nAgent: Thanks Derek. Meter serial ending 4418?\nCustomer: Yep, reading's 0 4 7 2 1 9.\nAgent: Lovely, 047219 logged against account 8800 3127 64. Final bill goes to your new address within 2 weeks.",
    pii: [
      ['PERSON', 'Shona'],
      ['PERSON', 'Derek Ashworth'],
      ['ADDRESS', 'Flat 6, 41 Whitworth Road, Rochdale OL12 0SB'],
      ['PERSON', 'Derek'],
    ],
  },
  {
    text: "Hi Fergus,\n\nLovely to have you on Morning Brief tomorrow! Quick call sheet:\n• Car pick-up: 05:45 from 61 Kelvin Drive, Glasgow G20 8QN (driver will text on arrival)\n• Studio 4, make-up 06:30, live at 07:10 for ~6 mins\n• Segment: 'Heat pumps – worth it?' with second guest TBC\n\nIf anything changes overnight call me on 07700 918 244. No parking pass needed.\n\nBest,\nIsla McKenzie\nSenior Producer",
    pii: [
      ['PERSON', 'Fergus'],
      ['ADDRESS', '61 Kelvin Drive, Glasgow G20 8QN'],
      ['PHONE', '07700 918 244'],
      ['PERSON', 'Isla McKenzie'],
    ],
  },
  {
    text: 'From: People Team\nSubject: Open enrolment 2025 – reminder\n\nHi all,\n\nOpen enrolment for benefits closes on Friday 15 November at 17:00. If you do nothing, your current elections roll over. Drop-in sessions: Tues 12:30 in Room 4.02 and Thurs 09:00 on Teams (meeting ID 318 442 907 16). Dental premiums go up 3.5% from 1 Jan; vision stays at $6.20 per paycheck. Plan documents are on the intranet under Benefits > 2025 > Summary Plan Description (SPD v2.3).\n\nThanks,\nPeople Team',
    pii: [],
  },
  {
    text: "Hi it's Sione from FastFreight, I'm outside 18B Wairere Rd, Lower Hutt 5010 with ur fridge delivery. Gate code not working, tried 2580 twice. Can u call me on 021 448 7163? will wait 10 min then have to go to next drop (job FF-772019)",
    pii: [
      ['PERSON', 'Sione'],
      ['ADDRESS', '18B Wairere Rd, Lower Hutt 5010'],
      ['PASSWORD', '2580'],
      ['PHONE', '021 448 7163'],
    ],
  },
  {
    text: 'Faisal: bro can you send your share for the chalet? 850 SAR\nYousef: yalla send IBAN\nFaisal: SA74 4500 0000 1084 5229 1307 SAB, name Faisal Al-Harbi\nYousef: done ✅ transfer ref 20250611-1183\nFaisal: got it, shukran habibi',
    pii: [
      ['PERSON', 'Faisal'],
      ['PERSON', 'Yousef'],
      ['PERSON', 'Faisal'],
      ['IBAN', 'SA74 4500 0000 1084 5229 1307'],
      ['PERSON', 'Faisal Al-Harbi'],
      ['PERSON', 'Yousef'],
      ['PERSON', 'Faisal'],
    ],
  },
  {
    text: 'Eligibility check – Pediatrics West billing\nPatient: RAMIREZ, SOFIA | DOB 07/09/2016 | MRN 00382914\nSubscriber: Luis Ramirez (father)\nPayer: BlueRidge Health PPO | Member ID XJH884512903 | Group 0091854\nStatus: ACTIVE, copay $30, deductible met $1,150 / $2,000\nNote from Keisha: called payer 2:14pm, ref# 55-1190-AX, auth not required for CPT 99214.',
    pii: [
      ['PERSON', 'RAMIREZ, SOFIA'],
      ['DATE_OF_BIRTH', '07/09/2016'],
      ['MEDICAL_RECORD', '00382914'],
      ['PERSON', 'Luis Ramirez'],
      ['HEALTH_INSURANCE', 'XJH884512903'],
      ['PERSON', 'Keisha'],
    ],
  },
  {
    text: '{"session":"c-90412","started":"2025-05-02T08:14:07Z","messages":[{"from":"visitor","name":"Olumide Adebayo","text":"my order never arrived, ORD-55102-NG"},{"from":"agent","name":"Chidinma","text":"So sorry Olumide! Can you confirm your email?"},{"from":"visitor","name":"Olumide Adebayo","text":"olumide.adebayo@gmail.com"},{"from":"agent","name":"Chidinma","text":"Thanks, reshipping today, tracking will come by SMS."}]}',
    pii: [
      ['PERSON', 'Olumide Adebayo'],
      ['PERSON', 'Chidinma'],
      ['PERSON', 'Olumide'],
      ['PERSON', 'Olumide Adebayo'],
      ['EMAIL', 'olumide.adebayo@gmail.com'],
      ['PERSON', 'Chidinma'],
    ],
  },
  {
    text: 'hey can you fix the phone format in these before I import to the CRM? some have spaces\n\nname,phone,email,city\nYetunde Balogun,+234 803 445 1290,yetunde.b@yahoo.com,Lagos\nEkow Mensah,0244123987,ekow.mensah@gmail.com,Accra\nFatoumata Diallo,+221 77 634 20 18,f.diallo@orange.sn,Dakar\n\nthx!!',
    pii: [
      ['PERSON', 'Yetunde Balogun'],
      ['PHONE', '+234 803 445 1290'],
      ['EMAIL', 'yetunde.b@yahoo.com'],
      ['PERSON', 'Ekow Mensah'],
      ['PHONE', '0244123987'],
      ['EMAIL', 'ekow.mensah@gmail.com'],
      ['PERSON', 'Fatoumata Diallo'],
      ['PHONE', '+221 77 634 20 18'],
      ['EMAIL', 'f.diallo@orange.sn'],
    ],
  },
  {
    text: 'Harbourline Insurance: Your car insurance quote Q-55829013 is ready. Comprehensive, excess $800, annual premium $1,246.80 (or $108.90/month). Valid until 30/09. Retrieve it at harbourline.com.au/quote or call 13 24 77. Reply STOP to opt out.',
    pii: [],
  },
  {
    text: "Hi Priyanka,\n\nYour 2019 RAV4 trade-in appraisal is done: $24,750 (stock #U4471, 86,200 km). To complete the bill of sale we still need:\n- VIN confirmation: 2T3W1RFV3KW048217\n- Current plate: CKRT 418\n- Copy of your Ontario driver's licence (we have S4127-58390-15807 on file from the test drive, please confirm it's still valid)\n\nDelivery of the new Highlander is booked for Saturday 10am.\n\nThanks,\nBrett Halvorsen\nSales, Lakeshore Toyota",
    pii: [
      ['PERSON', 'Priyanka'],
      ['VIN', '2T3W1RFV3KW048217'],
      ['VEHICLE_PLATE', 'CKRT 418'],
      ['DRIVER_LICENSE', 'S4127-58390-15807'],
      ['PERSON', 'Brett Halvorsen'],
    ],
  },
  {
    text: "Customer: hi i cant log in to my account again, login is gkowalski88 and password is Lato2023!! i changed it last week\nAgent Jo: Hi there, I'm Jo. For your security please don't share your password here, I'll ask the team to force a reset. Which email is on the account?\nCustomer: grzegorz.kowalski88@wp.pl\nAgent Jo: Thanks Grzegorz. A reset link is on its way, valid 30 minutes. Case #00481127.",
    pii: [
      ['USERNAME', 'gkowalski88'],
      ['PASSWORD', 'Lato2023!!'],
      ['PERSON', 'Jo'],
      ['PERSON', 'Jo'],
      ['EMAIL', 'grzegorz.kowalski88@wp.pl'],
      ['PERSON', 'Jo'],
      ['PERSON', 'Grzegorz'],
    ],
  },
];
