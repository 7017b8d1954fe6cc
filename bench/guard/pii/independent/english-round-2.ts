// English texts of the independent PII set's second round (a dev-only extension), written by hand apart from the recognisers.
import type { IndependentText } from './types.ts';

export const englishRoundTwo: readonly IndependentText[] = [
  // ── Conversations ──
  {
    text: 'hi its Marcus from the gym, my new mob is 0438 916 274. can u send me the roster for next week? cheers',
    pii: [
      ['PERSON', 'Marcus'],
      ['PHONE', '0438 916 274'],
    ],
  },
  {
    text: "[09:14] Chidinma Okeke: Good morning all. Please who has Uncle Emeka's new line?\n[09:16] Tunde: 0803 417 2258, he changed it last week\n[09:17] Chidinma Okeke: Thank you o 🙏",
    pii: [
      ['PERSON', 'Chidinma Okeke'],
      ['PERSON', 'Emeka'],
      ['PERSON', 'Tunde'],
      ['PHONE', '0803 417 2258'],
      ['PERSON', 'Chidinma Okeke'],
    ],
  },
  {
    text: "Hi Priya,\n\nThanks for sending the contract over. I've signed page 4 and will post it back today. My bank details for the first invoice are sort code 20-31-58, account 97905374, and my NI number for the CIS form is NE 73 48 20 C.\n\nKind regards,\nOwen Pritchard\nPritchard Joinery Ltd\n07824 519 663",
    pii: [
      ['PERSON', 'Priya'],
      ['BANK_ACCOUNT', '97905374'],
      ['UK_NINO', 'NE 73 48 20 C'],
      ['PERSON', 'Owen Pritchard'],
      ['PHONE', '07824 519 663'],
    ],
  },
  {
    text: "AGENT: Thank you for calling Brightline Wireless, this is Keisha, how can I help?\nCALLER: Hi, yeah, I'm trying to port my number over. It's 312-846-9027.\nAGENT: Sure. Can I get the name on the account?\nCALLER: Daniel Kowalski.\nAGENT: And for verification, your date of birth?\nCALLER: June ninth, 1984.\nAGENT: Thanks Daniel. Your port-out PIN is 662041, please keep it handy. Your ticket number is BW-2291-7730.",
    pii: [
      ['PERSON', 'Keisha'],
      ['PHONE', '312-846-9027'],
      ['PERSON', 'Daniel Kowalski'],
      ['DATE_OF_BIRTH', 'June ninth, 1984'],
      ['PERSON', 'Daniel'],
      ['PASSWORD', '662041'],
    ],
  },
  {
    text: 'Anyone else notice the 511 streetcar has been skipping the stop at Bathurst and Bloor after 10pm? Reported it to the TTC twice (ref #TTC-448812) and got nothing back.',
    pii: [],
  },
  {
    text: 'Voicemail from +353 86 417 9023, received 14:32: "Hi, this is Siobhán Ní Bhriain calling about the viewing for the apartment. I\'m free Thursday after six. You can call me back on this number or email siobhan.nibhriain@eircom.net. Thanks, bye."',
    pii: [
      ['PHONE', '+353 86 417 9023'],
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['EMAIL', 'siobhan.nibhriain@eircom.net'],
    ],
  },
  {
    text: 'Ticket #INC-0048213\nPriority: P2\nRaised by: Ananya Krishnamurthy (ananya.k@veltrix-solutions.in)\nSubject: VPN drops every 20 mins\nDescription: Since the update to client v5.2.1 my VPN disconnects every 20 minutes. My laptop IP on the office LAN is 10.42.7.118 and the adapter MAC is 3C:22:FB:9A:41:07. Error code 0x800704C9 shows in the log.',
    pii: [
      ['PERSON', 'Ananya Krishnamurthy'],
      ['EMAIL', 'ananya.k@veltrix-solutions.in'],
      ['IP_ADDRESS', '10.42.7.118'],
      ['MAC_ADDRESS', '3C:22:FB:9A:41:07'],
    ],
  },
  {
    text: 'yo its jake. locked out of my insta again lol. username is jake.m.rivera_ and i think the pw was Sunflower!1994 can u try logging in for me',
    pii: [
      ['PERSON', 'jake'],
      ['USERNAME', 'jake.m.rivera_'],
      ['PASSWORD', 'Sunflower!1994'],
    ],
  },
  {
    text: 'Wei Ling: eh you reach already?\nMe: not yet lah, stuck at Tampines MRT. train fault\nWei Ling: ok I wait at Starbucks level 2\nWei Ling: if cannot find me call 9178 4420',
    pii: [
      ['PERSON', 'Wei Ling'],
      ['PERSON', 'Wei Ling'],
      ['PERSON', 'Wei Ling'],
      ['PHONE', '9178 4420'],
    ],
  },
  {
    text: 'Dear Mr. Hartmann,\n\nplease find attached the signed lease for the flat at Kastanienallee 42, 10435 Berlin. The deposit of EUR 2,400 will be transferred from my account DE75558852277837562372 by Friday.\n\nWith best regards\nLena Vogt\n+49 151 2384 7716',
    pii: [
      ['PERSON', 'Hartmann'],
      ['ADDRESS', 'Kastanienallee 42, 10435 Berlin'],
      ['IBAN', 'DE75558852277837562372'],
      ['PERSON', 'Lena Vogt'],
      ['PHONE', '+49 151 2384 7716'],
    ],
  },
  {
    text: "Advisor: You're through to Halden Bank, my name's Craig. Can I take your full name please?\nCustomer: It's Margaret Ann Doyle.\nAdvisor: Thank you, Mrs Doyle. And your date of birth?\nCustomer: Twenty-third of November, nineteen fifty-two.\nAdvisor: Lovely. And the first line of your address and postcode?\nCustomer: 14 Fernlea Crescent, LS17 6QD.\nAdvisor: Perfect, that's all matched.",
    pii: [
      ['PERSON', 'Craig'],
      ['PERSON', 'Margaret Ann Doyle'],
      ['PERSON', 'Doyle'],
      ['DATE_OF_BIRTH', 'Twenty-third of November, nineteen fifty-two'],
      ['ADDRESS', '14 Fernlea Crescent, LS17 6QD'],
    ],
  },
  {
    text: 'Your parcel 7731 0042 8816 is out for delivery today between 10:00 and 14:00. Track it at dpd.co.uk/track. Reply STOP to opt out.',
    pii: [],
  },
  {
    text: 'Tell Wanjiru to send the school fees to my Mpesa 0722 418 937, the name will show as GRACE AKINYI OTIENO. Fees are KSh 18,500 for term 2.',
    pii: [
      ['PERSON', 'Wanjiru'],
      ['PHONE', '0722 418 937'],
      ['PERSON', 'GRACE AKINYI OTIENO'],
    ],
  },
  {
    text: "Hi Ma'am Joy,\n\nGood day! Just following up on my salary loan application. Attached is my valid ID. My contact number is 0917 845 2316 and my address is Blk 12 Lot 7, Camella Homes, Brgy. Molino III, Bacoor, Cavite 4102.\n\nThank you po,\nRodelio M. Santos",
    pii: [
      ['PERSON', 'Joy'],
      ['PHONE', '0917 845 2316'],
      ['ADDRESS', 'Blk 12 Lot 7, Camella Homes, Brgy. Molino III, Bacoor, Cavite 4102'],
      ['PERSON', 'Rodelio M. Santos'],
    ],
  },
  {
    text: 'PSA for anyone with the Grace Cleaner GC-450 robot vac: firmware 3.1.8 bricks the dock. Harvey Norman swapped mine under warranty (invoice INV-20931, paid $649). Error E17 on the display is the giveaway.',
    pii: [],
  },
  {
    text: "[Chat] Customer (Tyler): hi i see a charge i don't recognize on my card ending 3806\n[Chat] Agent Rosa: I'm sorry to hear that, Tyler. Can you confirm the full card number so I can lock it?\n[Chat] Customer (Tyler): 5375 0199 2045 3806 exp 09/27\n[Chat] Agent Rosa: Thanks. Please don't share the security code. I've frozen the card and opened dispute DSP-88120.",
    pii: [
      ['PERSON', 'Tyler'],
      ['PERSON', 'Rosa'],
      ['PERSON', 'Tyler'],
      ['PERSON', 'Tyler'],
      ['CREDIT_CARD', '5375 0199 2045 3806'],
      ['CARD_EXPIRY', '09/27'],
      ['PERSON', 'Rosa'],
    ],
  },
  {
    text: "Howzit Thabo, it's Pieter. Bakkie is ready at the panelbeater, reg is CA 418-295. Call me on 082 447 1903 when you're on your way.",
    pii: [
      ['PERSON', 'Thabo'],
      ['PERSON', 'Pieter'],
      ['VEHICLE_PLATE', 'CA 418-295'],
      ['PHONE', '082 447 1903'],
    ],
  },
  {
    text: 'Dear Sir,\n\nI am writing to request a duplicate fee challan for my son Hamza Tariq, Class VIII-B, roll no. 27. Kindly send it to our home address: House 118, Street 9, Sector G-11/2, Islamabad 44000.\n\nRegards,\nTariq Mahmood Qureshi\n0321-5528914',
    pii: [
      ['PERSON', 'Hamza Tariq'],
      ['ADDRESS', 'House 118, Street 9, Sector G-11/2, Islamabad 44000'],
      ['PERSON', 'Tariq Mahmood Qureshi'],
      ['PHONE', '0321-5528914'],
    ],
  },
  {
    text: "Mom: Jiwoo-ya did you renew your license?? DMV letter came\nJiwoo: omg yes mom i did it online\nMom: ok. also halmeoni's new phone is 213-604-8872, save it\nJiwoo: got it 👍",
    pii: [
      ['PERSON', 'Jiwoo'],
      ['PERSON', 'Jiwoo'],
      ['PHONE', '213-604-8872'],
      ['PERSON', 'Jiwoo'],
    ],
  },
  {
    text: "Kia ora, it's Aroha from Harbourside Physio calling for Liam Tūhoe-Parker about tomorrow's 9:15 appointment. If you need to reschedule give us a ring on 0800 742 100. Ka kite.",
    pii: [
      ['PERSON', 'Aroha'],
      ['PERSON', 'Liam Tūhoe-Parker'],
    ],
  },
  {
    text: "Hola Marta! I'm landing in Madrid on Friday at 18:40 on IB3167. My Spanish number is +34 612 845 930 if you need to reach me. See you at Sol? — Carlos",
    pii: [
      ['PERSON', 'Marta'],
      ['PHONE', '+34 612 845 930'],
      ['PERSON', 'Carlos'],
    ],
  },
  {
    text: 'Ticket 55201 | Customer: Beatriz Almeida Costa | Issue: refund for duplicate charge on order #BR-77314 (R$ 389,90) | Contact: bia.costa88@gmail.com / +55 11 98734-2210 | Notes: customer asked for the refund to IBAN BR7110079068808605066007073P1',
    pii: [
      ['PERSON', 'Beatriz Almeida Costa'],
      ['EMAIL', 'bia.costa88@gmail.com'],
      ['PHONE', '+55 11 98734-2210'],
      ['IBAN', 'BR7110079068808605066007073P1'],
    ],
  },
  {
    text: 'Does anyone know if the Spark Smart Modem 3 supports bridge mode? The support line (0800 800 123) said no, but the manual v2.4 suggests otherwise.',
    pii: [],
  },
  {
    text: 'Bonjour Julien,\n\nAs discussed, here are the details for the wire: IBAN FR21 3000 4028 3700 0104 7291 836, holder Camille Rousseau. Please mention invoice F-2024-0312 as the reference.\n\nMerci,\nCamille\n06 47 82 19 33',
    pii: [
      ['PERSON', 'Julien'],
      ['IBAN', 'FR21 3000 4028 3700 0104 7291 836'],
      ['PERSON', 'Camille Rousseau'],
      ['PERSON', 'Camille'],
      ['PHONE', '06 47 82 19 33'],
    ],
  },
  {
    text: "AGENT: Before we continue, can you give me your social insurance number?\nCALLER: Sure, it's 495 387 680.\nAGENT: And your full name and date of birth?\nCALLER: Harpreet Singh Gill, 1979-08-02.\nAGENT: Thank you. And the address we have on file is 2207-1001 Bay Street, Toronto, ON M5S 3A6, is that still correct?\nCALLER: Yes. But my cell changed, it's 647-281-5530 now.",
    pii: [
      ['CA_SIN', '495 387 680'],
      ['PERSON', 'Harpreet Singh Gill'],
      ['DATE_OF_BIRTH', '1979-08-02'],
      ['ADDRESS', '2207-1001 Bay Street, Toronto, ON M5S 3A6'],
      ['PHONE', '647-281-5530'],
    ],
  },
  {
    text: "Hiya hen, it's yer auntie Morag. Moved intae the new flat, it's 3F2, 17 Marchmont Road, Edinburgh EH9 1HY. Landline's 0131 229 8741 x",
    pii: [
      ['PERSON', 'Morag'],
      ['ADDRESS', '3F2, 17 Marchmont Road, Edinburgh EH9 1HY'],
      ['PHONE', '0131 229 8741'],
    ],
  },
  {
    text: "Linh ơi, I sent you the deposit already. My Vietcombank account is 0071000728463, name NGUYEN THI MAI ANH. Call 090 418 3362 if it doesn't arrive by 5pm.",
    pii: [
      ['PERSON', 'Linh'],
      ['BANK_ACCOUNT', '0071000728463'],
      ['PERSON', 'NGUYEN THI MAI ANH'],
      ['PHONE', '090 418 3362'],
    ],
  },
  {
    text: 'Hi Denise,\n\nFor the W-4 update, my SSN is 342-25-2683 and my new mailing address is 88 Orchard Hill Rd, Apt 3B, Burlington, VT 05401. Cell is still 802-399-1457.\n\nThanks!\nTerrence Bell',
    pii: [
      ['PERSON', 'Denise'],
      ['US_SSN', '342-25-2683'],
      ['ADDRESS', '88 Orchard Hill Rd, Apt 3B, Burlington, VT 05401'],
      ['PHONE', '802-399-1457'],
      ['PERSON', 'Terrence Bell'],
    ],
  },
  {
    text: 'Reminder: team offsite is on 14 March at the Grand Hyatt, Level 3, 9am sharp. Bring your badge (EMP-20417 style IDs work at the door). Dial-in for remote folks: 1-800-930-4412, access code 448 201#.',
    pii: [],
  },
  {
    text: "Beta, Nani's address update is done. New address is H.No. 12-3-45/B, Vijaynagar Colony, Hyderabad, Telangana 500057. Call Suresh mama on 98201 47763 for the courier.",
    pii: [
      ['ADDRESS', 'H.No. 12-3-45/B, Vijaynagar Colony, Hyderabad, Telangana 500057'],
      ['PERSON', 'Suresh'],
      ['PHONE', '98201 47763'],
    ],
  },
  {
    text: 'Hey Sam, the staging deploy is failing because the payments key in .env expired. Use this one for now: sk_test_51Nq8XeK2vT7rLpQ0aZ3mW9yBcD6fG8hJ1kLx4Tn and rotate it after the demo. Build #4471 log attached. — Ravi',
    pii: [
      ['PERSON', 'Sam'],
      ['SECRET', 'sk_test_51Nq8XeK2vT7rLpQ0aZ3mW9yBcD6fG8hJ1kLx4Tn'],
      ['PERSON', 'Ravi'],
    ],
  },
  {
    text: "Hey, it's Brandon Okafor, returning your call about the Honda. The VIN is 1HGCV1F37LA012314 if you want to run the history. I'm at 617-294-3381. Thanks man.",
    pii: [
      ['PERSON', 'Brandon Okafor'],
      ['VIN', '1HGCV1F37LA012314'],
      ['PHONE', '617-294-3381'],
    ],
  },
  {
    text: 'Bore da Rhys,\n\nCould you update my details on the club register? New address: Tŷ Newydd, 4 Heol y Felin, Aberaeron, Ceredigion SA46 0BN. Mobile stays the same.\n\nDiolch,\nGwenllian Hughes',
    pii: [
      ['PERSON', 'Rhys'],
      ['ADDRESS', 'Tŷ Newydd, 4 Heol y Felin, Aberaeron, Ceredigion SA46 0BN'],
      ['PERSON', 'Gwenllian Hughes'],
    ],
  },
  {
    text: "Customer: My phone was stolen, can you block it? IMEI 352460291052413.\nAgent Farah: I'm sorry to hear that. I've blacklisted the IMEI. For the replacement SIM, the new ICCID is 8944442787795589406, it'll arrive in 2-3 working days.\nCustomer: thanks. It's for Aidan Murphy, same account.",
    pii: [
      ['IMEI', '352460291052413'],
      ['PERSON', 'Farah'],
      ['ICCID', '8944442787795589406'],
      ['PERSON', 'Aidan Murphy'],
    ],
  },
  {
    text: "Anyone been to the new Nando's on Queen Street? Table for 6 at 7:30 on Saturday, booked under ref NAN-3391. Half chicken went up to $24.90 though.",
    pii: [],
  },
  {
    text: 'Hi Ms. Alvarez, this is Trevor from Pinecrest Property Mgmt. Your lease renewal for Unit 214, 5120 W Camelback Rd, Phoenix, AZ 85031 is ready to sign. Rent stays $1,385/mo. Text back or call my cell 602-718-4439.',
    pii: [
      ['PERSON', 'Alvarez'],
      ['PERSON', 'Trevor'],
      ['ADDRESS', 'Unit 214, 5120 W Camelback Rd, Phoenix, AZ 85031'],
      ['PHONE', '602-718-4439'],
    ],
  },
  {
    text: 'Lupita: I sent the money to your CLABE, check it\nDiego: which one? I gave you two\nLupita: 012180001527843903, the BBVA one\nDiego: ok got it, gracias prima',
    pii: [
      ['PERSON', 'Lupita'],
      ['PERSON', 'Diego'],
      ['PERSON', 'Lupita'],
      ['BANK_ACCOUNT', '012180001527843903'],
      ['PERSON', 'Diego'],
    ],
  },
  {
    text: 'Hi Kylie,\n\nCan you pay the bond refund into my account please? BSB 062-184, account number 1047 2291. Account name: Jordan T. Whitfield.\n\nThanks heaps,\nJordan',
    pii: [
      ['PERSON', 'Kylie'],
      ['BANK_ACCOUNT', '1047 2291'],
      ['PERSON', 'Jordan T. Whitfield'],
      ['PERSON', 'Jordan'],
    ],
  },
  {
    text: "REP: Thanks for holding, Mr. Haddad. Can you read me the member ID on your card?\nMEMBER: It's 4TN7-RK2-WD58.\nREP: And date of birth?\nMEMBER: Oh-four, seventeen, forty-nine.\nREP: Got it, April 17, 1949. I see the claim from St. Vincent's was denied for a missing referral. I'll flag it.",
    pii: [
      ['PERSON', 'Haddad'],
      ['HEALTH_INSURANCE', '4TN7-RK2-WD58'],
      ['DATE_OF_BIRTH', 'Oh-four, seventeen, forty-nine'],
      ['DATE_OF_BIRTH', 'April 17, 1949'],
    ],
  },
  {
    text: "Server's back up. Root cause was the 3.4.1 → 3.4.2 migration, error ORA-01555 on the nightly job. Incident INC-77120 closed at 02:14 UTC.",
    pii: [],
  },
  {
    text: "Ellie: hi mum can u text me my national insurance number, its on the letter in the kitchen drawer x\nMum: Here you go love SK 58 30 62 B. Don't lose it again xx",
    pii: [
      ['PERSON', 'Ellie'],
      ['UK_NINO', 'SK 58 30 62 B'],
    ],
  },
  {
    text: 'Dear Hiring Manager,\n\nPlease find attached my CV for the Graduate Trainee role at Lekki Capital. I can be reached on +234 809 662 1045 or at adaeze.nwosu@yahoo.com. I live at 27B Admiralty Way, Lekki Phase 1, Lagos.\n\nYours faithfully,\nAdaeze Nwosu',
    pii: [
      ['PHONE', '+234 809 662 1045'],
      ['EMAIL', 'adaeze.nwosu@yahoo.com'],
      ['ADDRESS', '27B Admiralty Way, Lekki Phase 1, Lagos'],
      ['PERSON', 'Adaeze Nwosu'],
    ],
  },
  {
    text: "Kai: anyone wanna duo tonight?\nBen: im down, add me, steam is lilbean_04\nKai: sent. also @mira.codes said she's joining at 9",
    pii: [
      ['PERSON', 'Kai'],
      ['PERSON', 'Ben'],
      ['USERNAME', 'lilbean_04'],
      ['PERSON', 'Kai'],
      ['USERNAME', '@mira.codes'],
    ],
  },
  {
    text: 'Hello sir, this is Rohit from the Koramangala branch. Your new chequebook is ready. Please also update the payroll form — IFSC is HDFC0001753 and your account number is 50100238847162. For any queries call me on my mobile 98450 32716. Thank you.',
    pii: [
      ['PERSON', 'Rohit'],
      ['BANK_ACCOUNT', '50100238847162'],
      ['PHONE', '98450 32716'],
    ],
  },
  {
    text: 'Had my MRI at Royal Perth Hospital last Tuesday at 11:20, bulk-billed. Took about 40 minutes. Results in 5 business days apparently.',
    pii: [],
  },
  {
    text: "Aoife: what's the address for the party again?\nCiarán: 12 Ashgrove Lawn, Ballincollig, Co. Cork P31 X2W8\nAoife: legend, see you at 8",
    pii: [
      ['PERSON', 'Aoife'],
      ['PERSON', 'Ciarán'],
      ['ADDRESS', '12 Ashgrove Lawn, Ballincollig, Co. Cork P31 X2W8'],
      ['PERSON', 'Aoife'],
    ],
  },
  {
    text: 'Hi Mei,\n\nHere are my details for the group booking: full name as on passport WONG KA MAN ALICE, passport no. K18374529 (HKSAR), DOB 03/11/1990. Seat near the window if possible!\n\nAlice',
    pii: [
      ['PERSON', 'Mei'],
      ['PERSON', 'WONG KA MAN ALICE'],
      ['PASSPORT', 'K18374529'],
      ['DATE_OF_BIRTH', '03/11/1990'],
      ['PERSON', 'Alice'],
    ],
  },
  {
    text: "#4471 — Device won't join guest Wi-Fi\nReporter: Oluwaseun Adeyemi\nDevice: Pixel 8, IMEI 352940756136645, MAC d4:3a:2c:91:7e:05, last IP 172.16.40.23\nSteps tried: rebooted AP-3F-East, forgot network.\nStatus: open",
    pii: [
      ['PERSON', 'Oluwaseun Adeyemi'],
      ['IMEI', '352940756136645'],
      ['MAC_ADDRESS', 'd4:3a:2c:91:7e:05'],
      ['IP_ADDRESS', '172.16.40.23'],
    ],
  },
  {
    text: 'Reminder from Lakeside Dental: your appointment is Tue 10/14 at 3:45 PM. Reply C to confirm or call 1-888-402-7716. Msg&data rates may apply.',
    pii: [],
  },
  {
    text: "Callum: mate the car hire place needs my licence number and i left it at yours, can you read it off\nFinlay: MACKE807153CJ9AK? that's what it says under 5\nCallum: ye that's it cheers",
    pii: [
      ['PERSON', 'Callum'],
      ['PERSON', 'Finlay'],
      ['DRIVER_LICENSE', 'MACKE807153CJ9AK'],
      ['PERSON', 'Callum'],
    ],
  },
  {
    text: 'Dear Dr. Mwangi,\n\nI am writing about my mother, Mrs. Esther Njeri Kariuki (DOB 12/05/1958), who has been attending your clinic at the Aga Khan University Hospital. She will need a follow-up in July. Her NHIF member number is 44178820. Please contact me on +254 711 305 482.\n\nKind regards,\nPaul Kariuki',
    pii: [
      ['PERSON', 'Mwangi'],
      ['PERSON', 'Esther Njeri Kariuki'],
      ['DATE_OF_BIRTH', '12/05/1958'],
      ['HEALTH_INSURANCE', '44178820'],
      ['PHONE', '+254 711 305 482'],
      ['PERSON', 'Paul Kariuki'],
    ],
  },
  {
    text: 'Jonas: can you send me your tax ID for the flat share contract?\nAnnika: later, also my new address from 1.10 is Bergmannstraße 7, 3. OG links, 10961 Berlin\nJonas: ok danke',
    pii: [
      ['PERSON', 'Jonas'],
      ['PERSON', 'Annika'],
      ['ADDRESS', 'Bergmannstraße 7, 3. OG links, 10961 Berlin'],
      ['PERSON', 'Jonas'],
    ],
  },
  {
    text: "OPERATOR: Medicare, you're speaking with Dean.\nCALLER: Hi Dean, I need to add my newborn to my card.\nOPERATOR: No worries. What's your Medicare card number?\nCALLER: 4198 01254 2, I'm number one on the card.\nOPERATOR: And bub's full name and date of birth?\nCALLER: Isla Grace Tran, born 2 September 2024.",
    pii: [
      ['PERSON', 'Dean'],
      ['PERSON', 'Dean'],
      ['HEALTH_INSURANCE', '4198 01254 2'],
      ['PERSON', 'Isla Grace Tran'],
      ['DATE_OF_BIRTH', '2 September 2024'],
    ],
  },
  {
    text: 'AusPost: Your item AP884120937AU is held at our depot. Pay the $2.99 redelivery fee at auspost-redeliver.info within 24 hrs. Ref 66120.',
    pii: [],
  },
  {
    text: 'Hi Hui Min,\n\nFor the tenancy agreement, my details are: Rajesh Kumar Balakrishnan, passport E2281947K. Current address: Blk 628 Ang Mo Kio Avenue 4, #11-1092, Singapore 560628. HP: 8236 1574.\n\nThanks,\nRajesh',
    pii: [
      ['PERSON', 'Hui Min'],
      ['PERSON', 'Rajesh Kumar Balakrishnan'],
      ['PASSPORT', 'E2281947K'],
      ['ADDRESS', 'Blk 628 Ang Mo Kio Avenue 4, #11-1092, Singapore 560628'],
      ['PHONE', '8236 1574'],
      ['PERSON', 'Rajesh'],
    ],
  },
  {
    text: "Re: best credit union in Denver?\n\nI switched to one last year, no complaints so far. DM me here (I'm @dana_skis on Insta too) if you want the referral link. — Dana",
    pii: [
      ['USERNAME', '@dana_skis'],
      ['PERSON', 'Dana'],
    ],
  },
  {
    text: 'NURSE: Can I have your Ontario health card number?\nPATIENT: 4417-382-916-KT.\nNURSE: And a phone number we can reach you at?\nPATIENT: 416-738-2941.\nNURSE: Thank you, Mr. Boateng, Dr. Lam will see you shortly.',
    pii: [
      ['HEALTH_INSURANCE', '4417-382-916-KT'],
      ['PHONE', '416-738-2941'],
      ['PERSON', 'Boateng'],
      ['PERSON', 'Lam'],
    ],
  },
  {
    text: 'Tita Baby: Anak, send mo na lang sa GCash ko, 0998 214 7730, Rosalinda D. Cruz ang name.\nMe: sige po tita, sending now',
    pii: [
      ['PERSON', 'Baby'],
      ['PHONE', '0998 214 7730'],
      ['PERSON', 'Rosalinda D. Cruz'],
    ],
  },
  {
    text: "Subject: repeat prescription\n\nHello, could I please order my repeat of sertraline 50mg. My NHS number is 691 136 1087, date of birth 30.06.1971. I'll collect from Boots on Market Street as usual.\n\nMany thanks,\nHelen Marsh",
    pii: [
      ['HEALTH_INSURANCE', '691 136 1087'],
      ['DATE_OF_BIRTH', '30.06.1971'],
      ['PERSON', 'Helen Marsh'],
    ],
  },
  {
    text: 'Hi Sophie, welcome to Valencia! Door code is 4718#, wifi is CasaMar_5G, password: olas2024mar. Checkout is 11am, leave the keys on the table. – Javier',
    pii: [
      ['PERSON', 'Sophie'],
      ['PASSWORD', '4718'],
      ['PASSWORD', 'olas2024mar'],
      ['PERSON', 'Javier'],
    ],
  },
  {
    text: 'Naledi: Hey, what are your banking details for the stokvel?\nZanele: Capitec, acc 1842 603 957, branch code 470010. Use your surname as reference please\nNaledi: done ✅',
    pii: [
      ['PERSON', 'Naledi'],
      ['PERSON', 'Zanele'],
      ['BANK_ACCOUNT', '1842 603 957'],
      ['PERSON', 'Naledi'],
    ],
  },
  {
    text: "Hi, this is Guadalupe Reyes, my tax preparer asked me to call. My ITIN is 970-78-0878 and I need last year's return mailed to 2231 S Kedzie Ave, Chicago, IL 60623. My number is 773-905-2164. Gracias.",
    pii: [
      ['PERSON', 'Guadalupe Reyes'],
      ['US_ITIN', '970-78-0878'],
      ['ADDRESS', '2231 S Kedzie Ave, Chicago, IL 60623'],
      ['PHONE', '773-905-2164'],
    ],
  },
  {
    text: 'anyone going to the H Mart sale in Koreatown on Saturday? galbi is $9.99/lb till 2pm. parking at Western & 8th is a nightmare tho',
    pii: [],
  },
  {
    text: 'Hi Pablo,\n\nFinal invoice FAC-2024/118 is attached (€3.250,00 + IVA). Payment goes to ES2814587132318645983659 as before.\n\nSaludos,\nInés Fernández Ruiz\nDirectora, Estudio Olmo S.L.',
    pii: [
      ['PERSON', 'Pablo'],
      ['IBAN', 'ES2814587132318645983659'],
      ['PERSON', 'Inés Fernández Ruiz'],
    ],
  },
  {
    text: "Ayesha: Bhai, the caterer wants the advance today. Send it to Faisal bhai's Meezan acc 0201 0104 7729 35, title Faisal Ahmed Siddiqui\nUsman: ok, how much\nAyesha: Rs 150,000, I'll send the rest after the mehndi",
    pii: [
      ['PERSON', 'Ayesha'],
      ['PERSON', 'Faisal'],
      ['BANK_ACCOUNT', '0201 0104 7729 35'],
      ['PERSON', 'Faisal Ahmed Siddiqui'],
      ['PERSON', 'Usman'],
      ['PERSON', 'Ayesha'],
    ],
  },
  {
    text: 'Ticket 90117 — Login issue\nFrom: Grzegorz Nowak <g.nowak@fastmail.com>\nMy username is gnowak_pl and after the 2.14 update it says "Invalid credentials (ERR-401)". I already reset the password to Wrzesien#2024 twice. Please help.',
    pii: [
      ['PERSON', 'Grzegorz Nowak'],
      ['EMAIL', 'g.nowak@fastmail.com'],
      ['USERNAME', 'gnowak_pl'],
      ['PASSWORD', 'Wrzesien#2024'],
    ],
  },
  {
    text: 'Is Galeries Lafayette Haussmann open on 15 August? I need to return a Sézane blouse, order n° SZ-448120, €95. The Printemps desk said ask them.',
    pii: [],
  },
  {
    text: 'AGENT: I can take that payment now. Card number?\nCALLER: 4549 1210 3503 4465.\nAGENT: Expiry?\nCALLER: Eleven twenty-eight.\nAGENT: And the three digits on the back?\nCALLER: 307.\nAGENT: Thank you, Ms. Lindqvist, $84.16 has been applied to policy AUT-5531-02.',
    pii: [
      ['CREDIT_CARD', '4549 1210 3503 4465'],
      ['CARD_EXPIRY', 'Eleven twenty-eight'],
      ['CARD_CVV', '307'],
      ['PERSON', 'Lindqvist'],
    ],
  },
  {
    text: 'Hi Niamh,\n\nThe deposit refund can go to IE44AIBK93115212852815 (account name Declan Ó Súilleabháin). My new address is Apt 6, The Maltings, Bridge Street, Westport, Co. Mayo F28 K7P3.\n\nThanks a mil,\nDeclan',
    pii: [
      ['PERSON', 'Niamh'],
      ['IBAN', 'IE44AIBK93115212852815'],
      ['PERSON', 'Declan Ó Súilleabháin'],
      ['ADDRESS', 'Apt 6, The Maltings, Bridge Street, Westport, Co. Mayo F28 K7P3'],
      ['PERSON', 'Declan'],
    ],
  },
  {
    text: "Hey it's Gord. Send the seed invoice to RR 2, Site 4, Box 17, Olds, AB T4H 1P3, not the shop. Cell is 403-507-8826.",
    pii: [
      ['PERSON', 'Gord'],
      ['ADDRESS', 'RR 2, Site 4, Box 17, Olds, AB T4H 1P3'],
      ['PHONE', '403-507-8826'],
    ],
  },
  // ── Documents ──
  {
    text: 'PATIENT INTAKE FORM\nName: Rosalind T. Abernathy\nDOB: 02/14/1968\nSex: F\nAddress: 4410 Magnolia Blvd, Apt 12, Burbank, CA 91505\nPhone: (818) 462-3307\nEmail: rabernathy68@outlook.com\nInsurance: Blue Harbor PPO, Member ID BHX 884 201 557\nEmergency contact: Curtis Abernathy (husband) (818) 462-3390\nReason for visit: follow-up, hypertension',
    pii: [
      ['PERSON', 'Rosalind T. Abernathy'],
      ['DATE_OF_BIRTH', '02/14/1968'],
      ['ADDRESS', '4410 Magnolia Blvd, Apt 12, Burbank, CA 91505'],
      ['PHONE', '(818) 462-3307'],
      ['EMAIL', 'rabernathy68@outlook.com'],
      ['HEALTH_INSURANCE', 'BHX 884 201 557'],
      ['PERSON', 'Curtis Abernathy'],
      ['PHONE', '(818) 462-3390'],
    ],
  },
  {
    text: 'PC: SOB on exertion x2/52\nHx: 71M, ex-smoker 40 pk-yr. Known COPD.\nO/E: SpO2 91% RA, RR 22, scattered wheeze.\nPlan: CXR, FBC, CRP. Salbutamol neb. Review by Dr Sandhu PM ward round.\nPt: Mr Kenneth Rowbotham, MRN 0048812, NHS 677 054 6140',
    pii: [
      ['PERSON', 'Sandhu'],
      ['PERSON', 'Kenneth Rowbotham'],
      ['MEDICAL_RECORD', '0048812'],
      ['HEALTH_INSURANCE', '677 054 6140'],
    ],
  },
  {
    text: 'Northside Family Medical\n\n3 May 2024\n\nDr Hannah Lieu\nBrisbane Dermatology\n\nDear Hannah,\n\nRe: Mr Tomasz Wiśniewski, DOB 19/07/1985, Medicare 6255 15673 1\n4/18 Leckie Road, Kedron QLD 4031\n\nThank you for seeing Tomasz, who has a changing pigmented lesion on his left shoulder. Dermoscopy here was equivocal.\n\nKind regards,\nDr Fiona McAllister',
    pii: [
      ['PERSON', 'Hannah Lieu'],
      ['PERSON', 'Hannah'],
      ['PERSON', 'Tomasz Wiśniewski'],
      ['DATE_OF_BIRTH', '19/07/1985'],
      ['HEALTH_INSURANCE', '6255 15673 1'],
      ['ADDRESS', '4/18 Leckie Road, Kedron QLD 4031'],
      ['PERSON', 'Tomasz'],
      ['PERSON', 'Fiona McAllister'],
    ],
  },
  {
    text: 'CURRENT ACCOUNT STATEMENT\nAccount holder: MR OLUWADAMILARE J. ADEBAYO\nFlat 9, Carrick House, 61 Stockwell Road, London SW9 9TJ\nSort code: 60-16-13   Account no: 17757819\nIBAN: GB73NWBK60161317757819\nPeriod: 01/04/2024 – 30/04/2024\n\n02/04  TESCO STORES 2281          -23.47\n05/04  TFL TRAVEL CH               -8.90\n12/04  SALARY ACME LOGISTICS   +2,341.06\n19/04  FASTER PAYMENT TO K MENSAH  -150.00',
    pii: [
      ['PERSON', 'OLUWADAMILARE J. ADEBAYO'],
      ['ADDRESS', 'Flat 9, Carrick House, 61 Stockwell Road, London SW9 9TJ'],
      ['BANK_ACCOUNT', '17757819'],
      ['IBAN', 'GB73NWBK60161317757819'],
      ['PERSON', 'K MENSAH'],
    ],
  },
  {
    text: 'AUTO CLAIM FORM — Claim # 2024-QC-118273\nPolicyholder: Mélanie Tremblay-Gagnon\nPolicy #: QC-HA-4419027\nAddress: 1185, rue Saint-Denis, app. 4, Montréal (Québec) H2X 3J5\nVehicle: 2010 Mazda3, VIN JM1BL1SF7A1167314, plate V51 KJR\nDate of loss: 11/02/2024\nOther driver: Samuel Osei, Ontario licence S4182-60417-80915\nDescription: rear-ended at Sherbrooke & Papineau while stopped at the light.',
    pii: [
      ['PERSON', 'Mélanie Tremblay-Gagnon'],
      ['ADDRESS', '1185, rue Saint-Denis, app. 4, Montréal (Québec) H2X 3J5'],
      ['VIN', 'JM1BL1SF7A1167314'],
      ['VEHICLE_PLATE', 'V51 KJR'],
      ['PERSON', 'Samuel Osei'],
      ['DRIVER_LICENSE', 'S4182-60417-80915'],
    ],
  },
  {
    text: 'EMPLOYEE MASTER RECORD\nEmp Code: VTX-00872 | Dept: Finance\nName: Meenakshi Sundaram Iyer\nDate of Birth: 04-Jan-1991\nPermanent Address: No. 14, 2nd Cross, Malleshwaram, Bengaluru, Karnataka 560003\nMobile: +91 99001 27845\nBank: SBI, IFSC SBIN0040187, A/c No. 38120447913\nPassport: T4419826\nDL No.: KA01 20150041827',
    pii: [
      ['PERSON', 'Meenakshi Sundaram Iyer'],
      ['DATE_OF_BIRTH', '04-Jan-1991'],
      ['ADDRESS', 'No. 14, 2nd Cross, Malleshwaram, Bengaluru, Karnataka 560003'],
      ['PHONE', '+91 99001 27845'],
      ['BANK_ACCOUNT', '38120447913'],
      ['PASSPORT', 'T4419826'],
      ['DRIVER_LICENSE', 'KA01 20150041827'],
    ],
  },
  {
    text: 'SHIP TO:\nKEVIN NGUYEN\n1873 E 17TH ST APT 5\nSANTA ANA CA 92705-3421\nFROM: OAKLINE OUTFITTERS, RENO NV\nTRACKING: 1Z 84W 692 03 1187 4402\nWEIGHT: 3.2 LB   SERVICE: GROUND',
    pii: [
      ['PERSON', 'KEVIN NGUYEN'],
      ['ADDRESS', '1873 E 17TH ST APT 5\nSANTA ANA CA 92705-3421'],
    ],
  },
  {
    text: 'TAX INVOICE  INV-30418\nKōwhai Plumbing Ltd   GST 112-448-903\nBill to: Hemi Walker, 7 Rata Street, Te Awamutu 3800\nDate: 18/06/2024\nReplace HWC element, 2 hrs labour ........ $310.50\nPlease pay to 12-3140-0418227-00, ref INV-30418',
    pii: [
      ['PERSON', 'Hemi Walker'],
      ['ADDRESS', '7 Rata Street, Te Awamutu 3800'],
      ['BANK_ACCOUNT', '12-3140-0418227-00'],
    ],
  },
  {
    text: '{"booking_ref":"QK7PZM","flight":"EK 431","date":"2024-09-14","passengers":[{"name":"Abdullah Al-Rashid","dob":"1982-03-22","passport":"P7730418"},{"name":"Noura Al-Rashid","dob":"1986-11-05","passport":"P7730419"}],"contact":{"email":"a.alrashid@gmail.com","phone":"+971 50 418 2273"},"payment":{"card":"3569159564190693","exp":"07/27","cvv":"552"}}',
    pii: [
      ['PERSON', 'Abdullah Al-Rashid'],
      ['DATE_OF_BIRTH', '1982-03-22'],
      ['PASSPORT', 'P7730418'],
      ['PERSON', 'Noura Al-Rashid'],
      ['DATE_OF_BIRTH', '1986-11-05'],
      ['PASSPORT', 'P7730419'],
      ['EMAIL', 'a.alrashid@gmail.com'],
      ['PHONE', '+971 50 418 2273'],
      ['CREDIT_CARD', '3569159564190693'],
      ['CARD_EXPIRY', '07/27'],
      ['CARD_CVV', '552'],
    ],
  },
  {
    text: 'customer_id,full_name,email,phone,city,signup_date\n10442,Fatima Zahra Benali,fz.benali@laposte.net,+33 1 42 68 53 07,Paris,2023-02-11\n10443,Hamish Drummond,hamish.d@btinternet.com,07911 482 306,Perth,2023-02-12\n10444,Beatriz Ortega,bortega@gmail.com,+52 55 4178 2093,Ciudad de México,2023-02-12',
    pii: [
      ['PERSON', 'Fatima Zahra Benali'],
      ['EMAIL', 'fz.benali@laposte.net'],
      ['PHONE', '+33 1 42 68 53 07'],
      ['PERSON', 'Hamish Drummond'],
      ['EMAIL', 'hamish.d@btinternet.com'],
      ['PHONE', '07911 482 306'],
      ['PERSON', 'Beatriz Ortega'],
      ['EMAIL', 'bortega@gmail.com'],
      ['PHONE', '+52 55 4178 2093'],
    ],
  },
  {
    text: 'timestamp\tuser\tsrc_ip\taction\tstatus\n2024-05-02T08:14:22Z\tm.kovacs\t81.174.22.109\tLOGIN\tOK\n2024-05-02T08:15:03Z\tm.kovacs\t81.174.22.109\tEXPORT_REPORT\tOK\n2024-05-02T08:22:10Z\tp.ferreira\t2a02:8070:d183:4f00:9c1e:77ff:fe2a:3b10\tLOGIN\tFAIL_2FA',
    pii: [
      ['USERNAME', 'm.kovacs'],
      ['IP_ADDRESS', '81.174.22.109'],
      ['USERNAME', 'm.kovacs'],
      ['IP_ADDRESS', '81.174.22.109'],
      ['USERNAME', 'p.ferreira'],
      ['IP_ADDRESS', '2a02:8070:d183:4f00:9c1e:77ff:fe2a:3b10'],
    ],
  },
  {
    text: "RENTAL APPLICATION — Maple Court Apartments\nApplicant: Jasmine Okoro-Fields\nDate of birth: September 3, 1995\nSSN: 039-52-6271\nCurrent address: 912 Birch Ln, Apt 2C, Columbus, OH 43215\nEmployer: Nationwide Children's Hospital (RN), 4 yrs\nMonthly income: $6,200\nEmail: jas.okorofields@gmail.com\nDriver's license: OH RS418273\nVehicle: 2016 Honda Civic, plate JKL 4821\nPrevious landlord: Gary Pfeiffer, (614) 297-6610",
    pii: [
      ['PERSON', 'Jasmine Okoro-Fields'],
      ['DATE_OF_BIRTH', 'September 3, 1995'],
      ['US_SSN', '039-52-6271'],
      ['ADDRESS', '912 Birch Ln, Apt 2C, Columbus, OH 43215'],
      ['EMAIL', 'jas.okorofields@gmail.com'],
      ['DRIVER_LICENSE', 'RS418273'],
      ['VEHICLE_PLATE', 'JKL 4821'],
      ['PERSON', 'Gary Pfeiffer'],
      ['PHONE', '(614) 297-6610'],
    ],
  },
  {
    text: 'ASSURED SHORTHOLD TENANCY AGREEMENT\n\nThis agreement is made on 1 September 2024 between:\nLandlord: Mr Rupert Ashcombe of 2 The Paddocks, Much Wenlock, Shropshire TF13 6JQ\nTenant(s): Ms Chloe Barrington-Hayes and Mr Kwame Asante\nProperty: Flat 3, 118 Wellington Road, Manchester M14 6BH\nRent: £1,050 per calendar month, payable on the 1st\nDeposit: £1,211.53, protected with the DPS',
    pii: [
      ['PERSON', 'Rupert Ashcombe'],
      ['ADDRESS', '2 The Paddocks, Much Wenlock, Shropshire TF13 6JQ'],
      ['PERSON', 'Chloe Barrington-Hayes'],
      ['PERSON', 'Kwame Asante'],
      ['ADDRESS', 'Flat 3, 118 Wellington Road, Manchester M14 6BH'],
    ],
  },
  {
    text: 'LEARNER PROFILE — Grade 10\nSurname: Mokoena\nFirst names: Lerato Palesa\nDate of birth: 2009/04/27\nHome language: Sesotho\nParent/Guardian: Mrs Dineo Mokoena\nCell: 072 318 4406\nResidential address: 1482 Vilakazi Street, Orlando West, Soweto, 1804\nPrevious school: Orlando High School',
    pii: [
      ['PERSON', 'Mokoena'],
      ['PERSON', 'Lerato Palesa'],
      ['DATE_OF_BIRTH', '2009/04/27'],
      ['PERSON', 'Dineo Mokoena'],
      ['PHONE', '072 318 4406'],
      ['ADDRESS', '1482 Vilakazi Street, Orlando West, Soweto, 1804'],
    ],
  },
  {
    text: '| Aminata Diallo | Finance | ext. 4412 | aminata.diallo@corvane.com |\n| Sebastián Ruiz | Legal | ext. 4418 | sebastian.ruiz@corvane.com |\n| Yuki Tanaka-Brooks | IT | ext. 4430 | yuki.tb@corvane.com |',
    pii: [
      ['PERSON', 'Aminata Diallo'],
      ['EMAIL', 'aminata.diallo@corvane.com'],
      ['PERSON', 'Sebastián Ruiz'],
      ['EMAIL', 'sebastian.ruiz@corvane.com'],
      ['PERSON', 'Yuki Tanaka-Brooks'],
      ['EMAIL', 'yuki.tb@corvane.com'],
    ],
  },
  {
    text: '{"level":"error","ts":"2024-06-02T11:04:51Z","svc":"billing-api","version":"2.8.3","msg":"upstream 502 from payments gateway","retry":3}\n{"level":"debug","ts":"2024-06-02T11:04:52Z","svc":"billing-api","msg":"using credentials","aws_access_key_id":"AKIA4QX7ZJ2M8RTW5LNE","aws_secret_access_key":"h7Kq2+Vt9xWm4LpR0sZcYb8NfGd3Ju6eTa1oPiQw"}',
    pii: [
      ['SECRET', 'AKIA4QX7ZJ2M8RTW5LNE'],
      ['SECRET', 'h7Kq2+Vt9xWm4LpR0sZcYb8NfGd3Ju6eTa1oPiQw'],
    ],
  },
  {
    text: 'Ref: LSG/HR/2024/118\n\n14th June 2024\n\nMr. Babatunde Olawale Adeyemi\n16 Ogunlana Drive, Surulere, Lagos\n\nDear Mr. Adeyemi,\n\nOFFER OF EMPLOYMENT\n\nWe are pleased to offer you the position of Senior Accountant. Please report to our Victoria Island office on Monday, 1st July 2024.\n\nYours faithfully,\nFolasade Bankole (Mrs)\nHead, Human Resources',
    pii: [
      ['PERSON', 'Babatunde Olawale Adeyemi'],
      ['ADDRESS', '16 Ogunlana Drive, Surulere, Lagos'],
      ['PERSON', 'Adeyemi'],
      ['PERSON', 'Folasade Bankole'],
    ],
  },
  {
    text: 'CHANGE OF ADDRESS FORM (Form CA-12, rev. 03/2023)\nFull name: ______________\nDate of birth: __/__/____\nNew address: ______________\nPostcode: ________\nSignature: ______________\nReturn to: Records Office, Level 2. Processing time 5–7 working days.',
    pii: [],
  },
  {
    text: 'TRANSFER CONFIRMATION\nOrdering party: Klaus-Dieter Brenner\nIBAN: DE92375234632026874965\nBeneficiary: Ayşe Demir\nBeneficiary IBAN: NL26INGB4237518078\nAmount: EUR 1.250,00\nReference: Miete Juli 2024 / Whg. 3\nExecution date: 28.06.2024',
    pii: [
      ['PERSON', 'Klaus-Dieter Brenner'],
      ['IBAN', 'DE92375234632026874965'],
      ['PERSON', 'Ayşe Demir'],
      ['IBAN', 'NL26INGB4237518078'],
    ],
  },
  {
    text: 'INVOICE #A-77201\nDate: 2024-04-30\nBill to: Northwind Traders Pty Ltd, Accounts Payable\nItem: 4× Samsung QM55C displays via Harvey Norman Commercial, SKU QM55C-AU @ $1,849.00\nSubtotal: $7,396.00  GST: $739.60  Total: $8,135.60\nTerms: 30 days. Enquiries: 1300 362 114',
    pii: [],
  },
  {
    text: 'OPD SLIP | Sunrise Multispeciality Hospital, Pune\nUHID: SMH-2024-0187734\nPt: Sunita Deshpande, 58F\nC/O: fever x 3d, dysuria\nBP 130/84, T 101.2F\nAdv: CBC, urine R/M, C/S. Tab. Nitrofurantoin 100mg BD x5d\nAttending: Dr. Anil Kulkarni\nAttendant: Rahul Deshpande (son), 98231 60447',
    pii: [
      ['MEDICAL_RECORD', 'SMH-2024-0187734'],
      ['PERSON', 'Sunita Deshpande'],
      ['PERSON', 'Anil Kulkarni'],
      ['PERSON', 'Rahul Deshpande'],
      ['PHONE', '98231 60447'],
    ],
  },
  {
    text: 'PAX,NAME,SEAT,FF_NO\n1,DELA CRUZ/JUAN MIGUEL MR,14A,\n2,DELA CRUZ/MARICEL MRS,14B,\n3,VILLANUEVA/ANGELICA MS,14C,MB2219047',
    pii: [
      ['PERSON', 'DELA CRUZ/JUAN MIGUEL'],
      ['PERSON', 'DELA CRUZ/MARICEL'],
      ['PERSON', 'VILLANUEVA/ANGELICA'],
    ],
  },
  {
    text: 'NEW HIRE — I-9 / W-4 SUMMARY\nEmployee: Luis Fernando Castañeda\nBadge #: 40918\nSSN: 804-84-8314\nDOB: 7/22/1988\nHome: 3301 Mission St #4, San Francisco, CA 94110\nCell: (415) 826-3094\nPersonal email: lf.castaneda@proton.me\nDirect deposit: routing 121000358, account 4418 0027 9631\nStart date: 08/05/2024',
    pii: [
      ['PERSON', 'Luis Fernando Castañeda'],
      ['US_SSN', '804-84-8314'],
      ['DATE_OF_BIRTH', '7/22/1988'],
      ['ADDRESS', '3301 Mission St #4, San Francisco, CA 94110'],
      ['PHONE', '(415) 826-3094'],
      ['EMAIL', 'lf.castaneda@proton.me'],
      ['BANK_ACCOUNT', '4418 0027 9631'],
    ],
  },
  {
    text: 'MOTOR INSURANCE CERTIFICATE\nCertificate no: MIC-0048812-24\nPolicyholder: Priyanka Chaudhary\nVehicle registration: LK19 XWM\nVIN: SALGA2BE9LA519023\nPersons entitled to drive: the policyholder and Vikram Chaudhary\nPeriod of cover: 00:01 12/03/2024 to 23:59 11/03/2025',
    pii: [
      ['PERSON', 'Priyanka Chaudhary'],
      ['VEHICLE_PLATE', 'LK19 XWM'],
      ['VIN', 'SALGA2BE9LA519023'],
      ['PERSON', 'Vikram Chaudhary'],
    ],
  },
  {
    text: 'DISCHARGE SUMMARY\nPatient: Harold Jefferson   MRN: 00731846   DOB: 1947-10-09\nAdmit: 05/18/2024  Discharge: 05/23/2024\nAttending: Maria Esposito, MD\nDx: NSTEMI s/p PCI to LAD\nMeds: ASA 81 mg daily, ticagrelor 90 mg BID, atorvastatin 80 mg\nFollow-up: Cardiology clinic, Mercy General, 2 weeks\nPCP: Dr. Stephen Yoon',
    pii: [
      ['PERSON', 'Harold Jefferson'],
      ['MEDICAL_RECORD', '00731846'],
      ['DATE_OF_BIRTH', '1947-10-09'],
      ['PERSON', 'Maria Esposito'],
      ['PERSON', 'Stephen Yoon'],
    ],
  },
  {
    text: 'Order confirmation #112-4482019-7730412\nThanks for your order, Priscilla!\nShipping to: Priscilla Mahlangu, 22 Jan Smuts Avenue, Parktown, Johannesburg, 2193\nItems: Le Creuset Signature casserole 24cm (R 4,299.00)\nEstimated delivery: Thu 12 Sep\nPaid with Visa ending 1068',
    pii: [
      ['PERSON', 'Priscilla'],
      ['PERSON', 'Priscilla Mahlangu'],
      ['ADDRESS', '22 Jan Smuts Avenue, Parktown, Johannesburg, 2193'],
    ],
  },
  {
    text: 'BOOKING CONFIRMATION\nHotel Mirador del Albaicín, Granada\nConfirmation no.: 8841-2207\nGuest: Sr. Alejandro Martín Gómez\nPassport: PAB418273\nCheck-in: 21/10/2024 15:00   Check-out: 24/10/2024 12:00\nCard guarantee: Mastercard 5558 0335 5860 8218, exp. 03/26\nPhone: +34 655 210 847\nEmail: amartin.gomez@telefonica.net',
    pii: [
      ['PERSON', 'Alejandro Martín Gómez'],
      ['PASSPORT', 'PAB418273'],
      ['CREDIT_CARD', '5558 0335 5860 8218'],
      ['CARD_EXPIRY', '03/26'],
      ['PHONE', '+34 655 210 847'],
      ['EMAIL', 'amartin.gomez@telefonica.net'],
    ],
  },
  {
    text: '| Member No | Name | Phone |\n|---|---|---|\n| M-0412 | Joseph Kiprotich Rono | 0710 448 209 |\n| M-0413 | Faith Achieng Ouma | 0733 602 115 |\n| M-0414 | Mohamed Abdi Hassan | 0790 221 384 |',
    pii: [
      ['PERSON', 'Joseph Kiprotich Rono'],
      ['PHONE', '0710 448 209'],
      ['PERSON', 'Faith Achieng Ouma'],
      ['PHONE', '0733 602 115'],
      ['PERSON', 'Mohamed Abdi Hassan'],
      ['PHONE', '0790 221 384'],
    ],
  },
  {
    text: 'SUPERIOR COURT OF WASHINGTON FOR KING COUNTY\nJUROR SUMMONS\n\nJuror ID: 2024-118-40417\n\nTO: ELEANOR M. HUTCHINS\n4627 42ND AVE SW\nSEATTLE WA 98116\n\nYou are summoned to appear for jury service on October 7, 2024 at 8:00 a.m. at the King County Courthouse in downtown Seattle. Questions: see the juror line on the back of this form.',
    pii: [
      ['PERSON', 'ELEANOR M. HUTCHINS'],
      ['ADDRESS', '4627 42ND AVE SW\nSEATTLE WA 98116'],
    ],
  },
  {
    text: 'STUDENT RECORD — Ōtaki College\nName: Tamati Rangihuna\nNSN: 0124418207\nDOB: 3 March 2011\nCaregiver 1: Mere Rangihuna (mother), 027 448 1906\nCaregiver 2: Rawiri Rangihuna (father)\nHome address: 41 Mill Road, Ōtaki 5512\nMedical notes: asthma – inhaler kept in office',
    pii: [
      ['PERSON', 'Tamati Rangihuna'],
      ['DATE_OF_BIRTH', '3 March 2011'],
      ['PERSON', 'Mere Rangihuna'],
      ['PHONE', '027 448 1906'],
      ['PERSON', 'Rawiri Rangihuna'],
      ['ADDRESS', '41 Mill Road, Ōtaki 5512'],
    ],
  },
  {
    text: 'Rx# 4418207   Shoppers Drug Mart #1142\nPATEL, NIKHIL\nAmoxicillin 500 mg cap — take 1 cap three times daily x 10 days\nQty: 30   Refills: 0\nDr. A. Fontaine\nFilled: 2024-03-02',
    pii: [
      ['PERSON', 'PATEL, NIKHIL'],
      ['PERSON', 'A. Fontaine'],
    ],
  },
  {
    text: 'PERSONAL LOAN APPLICATION\nFull name: Trần Minh Khoa\nDate of birth: 15/08/1992\nPassport: C7418829 (Viet Nam)\nPermanent address: 27 Ngõ 52 Tô Ngọc Vân, Quảng An, Tây Hồ, Hà Nội\nMobile: +84 912 448 207\nEmail: khoa.tranminh92@gmail.com\nSalary account: 19034418827013 (Techcombank)\nRequested amount: 250,000,000 VND, 36 months',
    pii: [
      ['PERSON', 'Trần Minh Khoa'],
      ['DATE_OF_BIRTH', '15/08/1992'],
      ['PASSPORT', 'C7418829'],
      ['ADDRESS', '27 Ngõ 52 Tô Ngọc Vân, Quảng An, Tây Hồ, Hà Nội'],
      ['PHONE', '+84 912 448 207'],
      ['EMAIL', 'khoa.tranminh92@gmail.com'],
      ['BANK_ACCOUNT', '19034418827013'],
    ],
  },
  {
    text: 'txn_id,cardholder,pan,exp,cvv_match,amount,merchant\nT-99120,Olivia Grant,4637956309454631,08/26,Y,129.99,Argos\nT-99121,Wei Zhang,375577601432796,11/25,N,2450.00,Apple Store\nT-99122,Sandeep Bhatt,6011561405323523,02/27,Y,18.40,Pret A Manger',
    pii: [
      ['PERSON', 'Olivia Grant'],
      ['CREDIT_CARD', '4637956309454631'],
      ['CARD_EXPIRY', '08/26'],
      ['PERSON', 'Wei Zhang'],
      ['CREDIT_CARD', '375577601432796'],
      ['CARD_EXPIRY', '11/25'],
      ['PERSON', 'Sandeep Bhatt'],
      ['CREDIT_CARD', '6011561405323523'],
      ['CARD_EXPIRY', '02/27'],
    ],
  },
  {
    text: 'SPEC SHEET — Grace Cleaner GC-900 Pro\nModel no.: GC900P-EU   Firmware: 4.0.12\nBattery: 5200 mAh Li-ion, 180 min\nSuction: 6000 Pa\nWarranty: 24 months, register via the support line 0800 048 2211\nBarcode: 5060412398821',
    pii: [],
  },
  {
    text: 'HEALTH FUND CLAIM\nMember: Natalie Kowalczyk\nMembership no: 70418826\nPatient: Oscar Kowalczyk (dependant), born 14/01/2016\nProvider: Dr Imran Siddiqui, Provider no. 2418392K\nService date: 09/05/2024   Item 23   Fee $95.00\nPay benefit to: BSB 633-000, account 1548 2290 17',
    pii: [
      ['PERSON', 'Natalie Kowalczyk'],
      ['HEALTH_INSURANCE', '70418826'],
      ['PERSON', 'Oscar Kowalczyk'],
      ['DATE_OF_BIRTH', '14/01/2016'],
      ['PERSON', 'Imran Siddiqui'],
      ['BANK_ACCOUNT', '1548 2290 17'],
    ],
  },
  {
    text: 'VISITOR VISA APPLICATION — SECTION 1\n1.1 Surname: KHAN\n1.2 Given names: MUHAMMAD BILAL\n1.3 Date of birth: 21 DEC 1989\n1.4 Passport number: AB4418207\n1.5 Home address: House No. 45-C, Block 6, PECHS, Karachi 75400\n1.6 Telephone: +92 300 4817265\n1.7 Email: bilal.khan89@hotmail.com\n1.8 Sponsor in UK: Dr Samina Khan, 31 Hazelwood Grove, Bradford BD9 5QY',
    pii: [
      ['PERSON', 'KHAN'],
      ['PERSON', 'MUHAMMAD BILAL'],
      ['DATE_OF_BIRTH', '21 DEC 1989'],
      ['PASSPORT', 'AB4418207'],
      ['ADDRESS', 'House No. 45-C, Block 6, PECHS, Karachi 75400'],
      ['PHONE', '+92 300 4817265'],
      ['EMAIL', 'bilal.khan89@hotmail.com'],
      ['PERSON', 'Samina Khan'],
      ['ADDRESS', '31 Hazelwood Grove, Bradford BD9 5QY'],
    ],
  },
  {
    text: 'SIM REGISTRATION RECORD\nMSISDN: 0806 217 4493\nICCID: 89148592174167885878\nSubscriber: Ngozi Chukwuemeka\nDOB: 1994-12-02\nAddress: Plot 22, Ahmadu Bello Way, Kaduna\nDevice IMEI: 868575545326953',
    pii: [
      ['PHONE', '0806 217 4493'],
      ['ICCID', '89148592174167885878'],
      ['PERSON', 'Ngozi Chukwuemeka'],
      ['DATE_OF_BIRTH', '1994-12-02'],
      ['ADDRESS', 'Plot 22, Ahmadu Bello Way, Kaduna'],
      ['IMEI', '868575545326953'],
    ],
  },
  {
    text: 'hostname\tmac\tip\towner\nlap-0412\t3c:22:fb:9a:41:08\t10.42.7.119\tIrene Castellanos\nlap-0413\t00:1b:63:84:45:e6\t10.42.7.121\tMoses Otieno',
    pii: [
      ['MAC_ADDRESS', '3c:22:fb:9a:41:08'],
      ['IP_ADDRESS', '10.42.7.119'],
      ['PERSON', 'Irene Castellanos'],
      ['MAC_ADDRESS', '00:1b:63:84:45:e6'],
      ['IP_ADDRESS', '10.42.7.121'],
      ['PERSON', 'Moses Otieno'],
    ],
  },
  {
    text: 'Strathmore Engineering Ltd\n\n12 August 2024\n\nTo whom it may concern,\n\nI confirm that Mr Lachlan Fraser (DOB 05/02/1990), of 8 Glenview Terrace, Kirriemuir, Angus DD8 4JH, has been employed by us as a CNC machinist since March 2017. His National Insurance number is PR 91 04 77 A.\n\nYours faithfully,\nMoira Sinclair\nOperations Manager',
    pii: [
      ['PERSON', 'Lachlan Fraser'],
      ['DATE_OF_BIRTH', '05/02/1990'],
      ['ADDRESS', '8 Glenview Terrace, Kirriemuir, Angus DD8 4JH'],
      ['UK_NINO', 'PR 91 04 77 A'],
      ['PERSON', 'Moira Sinclair'],
    ],
  },
  {
    text: 'CONFERENCE PROGRAMME — Day 2 (Thu 17 Oct)\n09:00 Keynote, Hall A\n10:30 Panel: Payments in 2030 (Room 4.12)\n12:00 Lunch, sponsored by Northwind Bank\n14:00 Workshop WS-07, bring a laptop with Python 3.12\nWi-Fi details are printed on the back of your badge.',
    pii: [],
  },
  {
    text: 'STATEMENT OF ACCOUNT\nCustomer Name: MOHAMMED IRFAN SHAIKH\nAddress: Flat 302, Sai Krupa CHS, Plot 17, Sector 19, Kharghar, Navi Mumbai, Maharashtra 410210\nMobile: +91 97690 22814   Email: irfan.shaikh84@rediffmail.com\nA/c No: 917010048823716   IFSC: UTIB0002187\nPeriod: 01-Apr-2024 to 30-Apr-2024\n03-04  UPI/412398/Swiggy              -420.00\n07-04  NEFT/SALARY/Infomatrix      +84,500.00\n15-04  IMPS/RAMESH PILLAI/rent      -2,000.00',
    pii: [
      ['PERSON', 'MOHAMMED IRFAN SHAIKH'],
      ['ADDRESS', 'Flat 302, Sai Krupa CHS, Plot 17, Sector 19, Kharghar, Navi Mumbai, Maharashtra 410210'],
      ['PHONE', '+91 97690 22814'],
      ['EMAIL', 'irfan.shaikh84@rediffmail.com'],
      ['BANK_ACCOUNT', '917010048823716'],
      ['PERSON', 'RAMESH PILLAI'],
    ],
  },
  {
    text: 'INCIDENT REPORT\nRef: 2024/118/4471\nReporting member: Garda Eoin Gallagher\nComplainant: Bridget Nolan, DOB 22/09/1961, 4 Sycamore Close, Tullamore, Co. Offaly R35 F6K2, tel 057 932 4418\nVehicle involved: 191-D-44827, silver Toyota Corolla\nDetails: complainant reports the vehicle reversed into her garden wall at approx. 21:40.',
    pii: [
      ['PERSON', 'Eoin Gallagher'],
      ['PERSON', 'Bridget Nolan'],
      ['DATE_OF_BIRTH', '22/09/1961'],
      ['ADDRESS', '4 Sycamore Close, Tullamore, Co. Offaly R35 F6K2'],
      ['PHONE', '057 932 4418'],
      ['VEHICLE_PLATE', '191-D-44827'],
    ],
  },
  {
    text: '{"id":88124,"username":"tolu_bakes","email":"tolulope.bakes@gmail.com","display_name":"Tolulope A.","created_at":"2023-07-19T10:22:00Z","last_ip":"102.89.34.17","plan":"pro","api_token":"tok_live_9fK2mQ7xR4vB8nL1pZ6wE3cY"}',
    pii: [
      ['USERNAME', 'tolu_bakes'],
      ['EMAIL', 'tolulope.bakes@gmail.com'],
      ['PERSON', 'Tolulope A.'],
      ['IP_ADDRESS', '102.89.34.17'],
      ['SECRET', 'tok_live_9fK2mQ7xR4vB8nL1pZ6wE3cY'],
    ],
  },
  {
    text: 'LABORATORIO CLÍNICO — RESULTS\nPatient: Rocío Hernández Ríos\nExpediente (MRN): 2024-MX-88312\nDate of birth: 11/06/1979\nTel.: 33 1846 7720\nRequesting physician: Dra. Verónica Salinas\nGlucose 142 mg/dL (70–100)\nHbA1c 7.4 %\nSample date: 03/07/2024',
    pii: [
      ['PERSON', 'Rocío Hernández Ríos'],
      ['MEDICAL_RECORD', '2024-MX-88312'],
      ['DATE_OF_BIRTH', '11/06/1979'],
      ['PHONE', '33 1846 7720'],
      ['PERSON', 'Verónica Salinas'],
    ],
  },
  {
    text: '| 1Z84W6920311874402 | Kwabena Mensah-Bonsu | 14 Harrow Road, Leytonstone, London E11 3PU | 2.1 kg |\n| 1Z84W6920311874419 | Inês Carvalho | Rua das Flores 112, 2.º Esq., 4050-265 Porto | 0.8 kg |\n| 1Z84W6920311874426 | Cheng Hao Lim | 8 Jalan Kemuning, Taman Sri Muda, 40400 Shah Alam, Selangor | 1.5 kg |',
    pii: [
      ['PERSON', 'Kwabena Mensah-Bonsu'],
      ['ADDRESS', '14 Harrow Road, Leytonstone, London E11 3PU'],
      ['PERSON', 'Inês Carvalho'],
      ['ADDRESS', 'Rua das Flores 112, 2.º Esq., 4050-265 Porto'],
      ['PERSON', 'Cheng Hao Lim'],
      ['ADDRESS', '8 Jalan Kemuning, Taman Sri Muda, 40400 Shah Alam, Selangor'],
    ],
  },
  {
    text: 'Release 5.3.0 (2024-06-18)\n- Fixed crash on startup (error 0xC0000005) on Windows 11 23H2\n- Bumped openssl to 3.0.14\n- Removed the deprecated /v1/export endpoint\n- Known issue: sync delay tracked in PLAT-4471',
    pii: [],
  },
  {
    text: 'PAYROLL SETUP\nEmployee name: Aaliyah Desjardins-Brown\nSIN: 166 536 706\nDate of birth: 1998-05-30\nAddress: 45 rue Principale, Unit 3, Gatineau, QC J9H 3K9\nPhone: 819-604-3318\nEmail: aaliyah.db@videotron.ca\nBank: transit 00412, institution 004, account 5281930\nStart date: 2024-09-03',
    pii: [
      ['PERSON', 'Aaliyah Desjardins-Brown'],
      ['CA_SIN', '166 536 706'],
      ['DATE_OF_BIRTH', '1998-05-30'],
      ['ADDRESS', '45 rue Principale, Unit 3, Gatineau, QC J9H 3K9'],
      ['PHONE', '819-604-3318'],
      ['EMAIL', 'aaliyah.db@videotron.ca'],
      ['BANK_ACCOUNT', '5281930'],
    ],
  },
  {
    text: 'PASSPORT RENEWAL WORKSHEET\nLast name: Park\nFirst and middle name: Min-jun Daniel\nDate of birth: 06/18/1993\nPlace of birth: Seoul, Korea\nMost recent passport number: 584471920\nMailing address: 2250 W Olympic Blvd, Apt 711, Los Angeles, CA 90006\nEmail: mj.daniel.park@gmail.com\nPhone: 213-380-5527',
    pii: [
      ['PERSON', 'Park'],
      ['PERSON', 'Min-jun Daniel'],
      ['DATE_OF_BIRTH', '06/18/1993'],
      ['PASSPORT', '584471920'],
      ['ADDRESS', '2250 W Olympic Blvd, Apt 711, Los Angeles, CA 90006'],
      ['EMAIL', 'mj.daniel.park@gmail.com'],
      ['PHONE', '213-380-5527'],
    ],
  },
  {
    text: 'HOME INSURANCE CLAIM Nº 2024-0072291\nInsured: Thiago Ribeiro Nascimento\nProperty: Rua Oscar Freire, 1204, apto 82, Jardim Paulista, São Paulo - SP, 01426-001\nTelephone: (11) 3348-1197\nE-mail: thiago.rnasc@uol.com.br\nDescription: water damage from the unit upstairs on 14/05/2024.',
    pii: [
      ['PERSON', 'Thiago Ribeiro Nascimento'],
      ['ADDRESS', 'Rua Oscar Freire, 1204, apto 82, Jardim Paulista, São Paulo - SP, 01426-001'],
      ['PHONE', '(11) 3348-1197'],
      ['EMAIL', 'thiago.rnasc@uol.com.br'],
    ],
  },
  {
    text: 'DRIVER RECORD SUMMARY\nLicence number: OKAFO762199NA9HT\nName: Nkechi Amara Okafor\nDate of birth: 19 Dec 1979\nAddress: 27 Beechwood Avenue, Coventry CV5 6DG\nEntitlements: AM, B, f, k, l, n, p, q\nEndorsements: SP30 (2022) — 3 points',
    pii: [
      ['DRIVER_LICENSE', 'OKAFO762199NA9HT'],
      ['PERSON', 'Nkechi Amara Okafor'],
      ['DATE_OF_BIRTH', '19 Dec 1979'],
      ['ADDRESS', '27 Beechwood Avenue, Coventry CV5 6DG'],
    ],
  },
  {
    text: 'Name,Side,Table,Dietary\nSanjay & Rekha Malhotra,Groom,4,Veg\nDr. Farhan Qureshi,Bride,7,Halal\nBaby Aarav (age 2),Groom,4,\nNanaji (Om Prakash Sethi),Groom,1,Jain',
    pii: [
      ['PERSON', 'Sanjay'],
      ['PERSON', 'Rekha Malhotra'],
      ['PERSON', 'Farhan Qureshi'],
      ['PERSON', 'Aarav'],
      ['PERSON', 'Om Prakash Sethi'],
    ],
  },
  {
    text: 'MORTGAGE PRE-APPROVAL — BORROWER INFO\nBorrower: Caleb J. Whitaker   SSN 490-90-3412   DOB 12/01/1983\nCo-borrower: Hana Whitaker   ITIN 946-93-3372   DOB 04/27/1985\nCurrent residence: 7719 Prairie Wind Dr, Lincoln, NE 68516 (owned, 6 yrs)\nBest contact: 402-416-7730\nAssets: checking acct 000148220917, routing 104000016\nLoan amount requested: $412,000',
    pii: [
      ['PERSON', 'Caleb J. Whitaker'],
      ['US_SSN', '490-90-3412'],
      ['DATE_OF_BIRTH', '12/01/1983'],
      ['PERSON', 'Hana Whitaker'],
      ['US_ITIN', '946-93-3372'],
      ['DATE_OF_BIRTH', '04/27/1985'],
      ['ADDRESS', '7719 Prairie Wind Dr, Lincoln, NE 68516'],
      ['PHONE', '402-416-7730'],
      ['BANK_ACCOUNT', '000148220917'],
    ],
  },
  {
    text: 'May 14 03:12:09 mail01 postfix/smtpd[22841]: NOQUEUE: reject: RCPT from unknown[185.220.101.47]: 554 5.7.1 <j.obrien@kestrelmail.ie>: Relay access denied\nMay 14 03:12:44 mail01 sshd[22907]: Failed password for invalid user admin from 45.133.1.82 port 51122 ssh2',
    pii: [
      ['IP_ADDRESS', '185.220.101.47'],
      ['EMAIL', 'j.obrien@kestrelmail.ie'],
      ['IP_ADDRESS', '45.133.1.82'],
    ],
  },
  {
    text: 'PRIVATE VEHICLE SALE AGREEMENT (NSW)\nSeller: Bronwyn Macready, 16 Koala Crescent, Bathurst NSW 2795, licence no. 18442730\nBuyer: Dang Van Hieu, Unit 5/2 Eldridge Road, Bankstown NSW 2200, ph 0451 209 837\nVehicle: 2018 Toyota Corolla Hybrid, rego CZ84LK, VIN 2T1BURHE9JC041512\nPrice: $21,500, paid by bank transfer on 04/08/2024',
    pii: [
      ['PERSON', 'Bronwyn Macready'],
      ['ADDRESS', '16 Koala Crescent, Bathurst NSW 2795'],
      ['DRIVER_LICENSE', '18442730'],
      ['PERSON', 'Dang Van Hieu'],
      ['ADDRESS', 'Unit 5/2 Eldridge Road, Bankstown NSW 2200'],
      ['PHONE', '0451 209 837'],
      ['VEHICLE_PLATE', 'CZ84LK'],
      ['VIN', '2T1BURHE9JC041512'],
    ],
  },
  {
    text: 'PRICE LIST — Kestrel Self Storage\n25 sq ft locker: £18.50/wk\n50 sq ft unit: £29.00/wk\n100 sq ft unit: £47.50/wk (min. 4 weeks)\nOffice hours 08:00–18:00, Mon–Sat. Gate codes change monthly, ask at reception.\nCompany reg. no. 08841227',
    pii: [],
  },
  {
    text: 'ELECTRICITY BILL\nAccount no: 4418207-01\nMeter no: 14428830017\nName: Wambui Njoroge\nPremises: Apartment C4, Kileleshwa Court, Othaya Road, Nairobi\nPostal: P.O. Box 52218-00100, Nairobi\nTel: 0711 846 302\nBill period: 01/05/2024 – 31/05/2024   Amount due: KSh 3,418.00\nPay via M-Pesa Paybill 888880, account 4418207-01',
    pii: [
      ['PERSON', 'Wambui Njoroge'],
      ['ADDRESS', 'Apartment C4, Kileleshwa Court, Othaya Road, Nairobi'],
      ['ADDRESS', 'P.O. Box 52218-00100, Nairobi'],
      ['PHONE', '0711 846 302'],
    ],
  },
  {
    text: 'April 22, 2024\n\nRe: Deshawn Marcus Reid\nDOB: 10/30/2001\nMRN: KP-77120483\n\nDear Dr. Feldman,\n\nI am referring Mr. Reid for evaluation of treatment-resistant depression. He has trialled sertraline and bupropion without sustained response. His mother, Angela Reid, may be contacted at (404) 818-2275.\n\nSincerely,\nPriya Venkataraman, MD',
    pii: [
      ['PERSON', 'Deshawn Marcus Reid'],
      ['DATE_OF_BIRTH', '10/30/2001'],
      ['MEDICAL_RECORD', 'KP-77120483'],
      ['PERSON', 'Feldman'],
      ['PERSON', 'Reid'],
      ['PERSON', 'Angela Reid'],
      ['PHONE', '(404) 818-2275'],
      ['PERSON', 'Priya Venkataraman'],
    ],
  },
  {
    text: 'TRACKING 9400 1112 0268 4471 2290 31\nJun 03 07:12  Departed Regional Facility, Memphis TN\nJun 03 21:40  Arrived at Hub, Atlanta GA\nJun 04 09:05  Out for Delivery\nJun 04 13:22  Delivered, Front Door/Porch',
    pii: [],
  },
  {
    text: 'SEPA DIRECT DEBIT MANDATE\nCreditor: FitLab GmbH, Creditor ID DE41ZZZ00001188204\nMandate ref: FL-2024-11873\nDebtor name: Jan-Erik Lindholm\nDebtor address: Schanzenstraße 31, 20357 Hamburg\nIBAN: DE72 7005 0000 0418 8273 61\nDate/place: 02.09.2024, Hamburg\nSignature: J.-E. Lindholm',
    pii: [
      ['PERSON', 'Jan-Erik Lindholm'],
      ['ADDRESS', 'Schanzenstraße 31, 20357 Hamburg'],
      ['IBAN', 'DE72 7005 0000 0418 8273 61'],
      ['PERSON', 'J.-E. Lindholm'],
    ],
  },
  {
    text: 'Sailing: Oban–Craignure 09:55, 22/07/2024\nSurname\tForename\tDOB\tVehicle\nMacLeod\tIain\t14/02/1958\tSK63 HBD\nMacLeod\tCatriona\t30/08/1961\t\nBhattacharya\tAnirban\t09/11/1994\tFoot passenger',
    pii: [
      ['PERSON', 'MacLeod'],
      ['PERSON', 'Iain'],
      ['DATE_OF_BIRTH', '14/02/1958'],
      ['VEHICLE_PLATE', 'SK63 HBD'],
      ['PERSON', 'MacLeod'],
      ['PERSON', 'Catriona'],
      ['DATE_OF_BIRTH', '30/08/1961'],
      ['PERSON', 'Bhattacharya'],
      ['PERSON', 'Anirban'],
      ['DATE_OF_BIRTH', '09/11/1994'],
    ],
  },
];
