// English documents for round 33, set B, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyThreeDocumentsB: readonly IndependentText[] = [
  {
    text:
      'Fraud desk – call transcript (speech-to-text, 2 speakers), 11/06/2025 20:14\n' +
      "SPK1: good evening you're speaking to Themba from the fraud desk can I have your full names please\n" +
      "SPK2: yes it's Lerato Refilwe Mokoena\n" +
      "SPK1: thank you ma'am and the cellphone number linked to the profile\n" +
      'SPK2: zero eight two, four four one, nine oh six three\n' +
      'SPK1: thank you I see two transactions, R12 499 at an online store and R3 200 at a fuel garage in Polokwane\n' +
      "SPK2: no that's not me I'm in Pretoria and I still have the card right here, 4191 3959 8938 6854\n" +
      "SPK1: okay I'm blocking it now, the replacement card will go to 44 Jan Smuts Avenue, Saxonwold, Johannesburg 2196\n" +
      "SPK2: no no I moved in March, it's 18 Olivier Street, Brooklyn, Pretoria 0181\n" +
      'SPK1: updated, and is lerato.mokoena@icloud.com still correct\n' +
      'SPK2: yes\n' +
      'SPK1: your fraud case number is FR-2025-0611-5531, the disputed amount of R15 699 will be provisionally credited within 10 working days',
    pii: [
      ['PERSON', 'Themba'],
      ['PERSON', 'Lerato Refilwe Mokoena'],
      ['PHONE', 'zero eight two, four four one, nine oh six three'],
      ['CREDIT_CARD', '4191 3959 8938 6854'],
      ['ADDRESS', '44 Jan Smuts Avenue, Saxonwold, Johannesburg 2196'],
      ['ADDRESS', '18 Olivier Street, Brooklyn, Pretoria 0181'],
      ['EMAIL', 'lerato.mokoena@icloud.com'],
    ],
  },
  {
    text:
      'Onboarding call – Teams transcript, 02.06.2025, 09:30–09:48\n' +
      'Jana Hoffmann: Welcome again Marco! Just a few details for payroll. Which account should salary go to?\n' +
      'Marco Bianchi: For now my Italian account, IT89K0306909606757935750962. Is SEPA ok?\n' +
      'Jana Hoffmann: SEPA is fine. Your address for the contract?\n' +
      "Marco Bianchi: From the 15th I'm at Lindenstraße 9, 2nd floor left, 10969 Berlin\n" +
      'Jana Hoffmann: And date of birth – the system shows 30.03.1993, is that right?\n' +
      "Marco Bianchi: ah no, it's the 30th of April 1993, someone swapped it\n" +
      'Jana Hoffmann: fixed. Private email and mobile?\n' +
      "Marco Bianchi: marco.bianchi93@libero.it and +39 347 118 2094, I'll get a German SIM next week\n" +
      "Jana Hoffmann: Perfect. Your laptop is a ThinkPad T14 Gen 4, asset tag DE-IT-04471. Login is mbianchi and the first-time password is Sonnen#Blume7, you'll be asked to change it. Your employee number is 20817.",
    pii: [
      ['PERSON', 'Jana Hoffmann'],
      ['PERSON', 'Marco'],
      ['PERSON', 'Marco Bianchi'],
      ['IBAN', 'IT89K0306909606757935750962'],
      ['PERSON', 'Jana Hoffmann'],
      ['PERSON', 'Marco Bianchi'],
      ['ADDRESS', 'Lindenstraße 9, 2nd floor left, 10969 Berlin'],
      ['PERSON', 'Jana Hoffmann'],
      ['DATE_OF_BIRTH', '30.03.1993'],
      ['PERSON', 'Marco Bianchi'],
      ['DATE_OF_BIRTH', '30th of April 1993'],
      ['PERSON', 'Jana Hoffmann'],
      ['PERSON', 'Marco Bianchi'],
      ['EMAIL', 'marco.bianchi93@libero.it'],
      ['PHONE', '+39 347 118 2094'],
      ['PERSON', 'Jana Hoffmann'],
      ['USERNAME', 'mbianchi'],
      ['PASSWORD', 'Sonnen#Blume7'],
    ],
  },
  {
    text:
      'Flat 12, Harrington Court\n55 Romford Road\nLondon E15 4LJ\nTel: 07405 882 136 · seun.adebayoclarke@gmail.com\n\n' +
      "The Adjudicator's Office\n\nDear Sir or Madam,\n\n" +
      'Complaint about HMRC – your reference 1180 4427\n\n' +
      "My name is Oluwaseun Adebayo-Clarke (I go by Seun). My National Insurance number is SC 71 44 09 B. Since April 2024 HMRC has been matching my PAYE record to another person, Oluwaseun Adebayo, whose NI number is SC 71 44 09 A. As a result my tax code dropped to 0T, and his employer's income (PAYE reference 120/AB45678) appears on my personal tax account. I have phoned HMRC on five occasions and written twice. Each time I was told the records would be 'unmerged' within 15 working days.\n\n" +
      'I was born on 6 November 1990; he, according to the letter wrongly sent to me, on 6 November 1989. I would like the records separated and the £1,312.40 overpaid tax refunded.\n\nYours faithfully,\nSeun Adebayo-Clarke',
    pii: [
      ['ADDRESS', 'Flat 12, Harrington Court\n55 Romford Road\nLondon E15 4LJ'],
      ['PHONE', '07405 882 136'],
      ['EMAIL', 'seun.adebayoclarke@gmail.com'],
      ['PERSON', 'Oluwaseun Adebayo-Clarke'],
      ['PERSON', 'Seun'],
      ['UK_NINO', 'SC 71 44 09 B'],
      ['PERSON', 'Oluwaseun Adebayo'],
      ['UK_NINO', 'SC 71 44 09 A'],
      ['DATE_OF_BIRTH', '6 November 1990'],
      ['DATE_OF_BIRTH', '6 November 1989'],
      ['PERSON', 'Seun Adebayo-Clarke'],
    ],
  },
  {
    text:
      'FNOL – Auto (Ontario) – rep notes typed during call #A-55190, 14 Jun 16:05\n' +
      'Insured: Gurpreet Singh Sandhu · DOB 1989-12-03 · cell 905-461-3378\n' +
      'Address: 27 Cottonwood Crescent, Brampton, ON L6Y 2K9\n' +
      'Driver at time of loss: son Arjun Sandhu (listed occasional driver), DL S0318-72950-30719\n' +
      'Insured vehicle: 2021 RAV4 LE, plate CKMT 418, VIN 2T3H1RFV3MW152783\n' +
      'Loss: 14:20, Queen St E at Kennedy Rd. Arjun turning left on advance green, other vehicle ran red. Front bumper, hood, headlight. Airbags did not deploy. No injuries reported.\n' +
      'Other party: Ming Zhao, grey 2016 Civic, plate BXRN 907, insurer per pink slip Northbridge, ph 647-339-0821\n' +
      "Witness: Debbie (didn't get last name) 416-822-5176\n" +
      'Reported to Collision Reporting Centre, ref CRC-25-04417. Vehicle towed to Brampton Auto Body (905-450-1100). Rental requested, Enterprise Queen St.',
    pii: [
      ['PERSON', 'Gurpreet Singh Sandhu'],
      ['DATE_OF_BIRTH', '1989-12-03'],
      ['PHONE', '905-461-3378'],
      ['ADDRESS', '27 Cottonwood Crescent, Brampton, ON L6Y 2K9'],
      ['PERSON', 'Arjun Sandhu'],
      ['DRIVER_LICENSE', 'S0318-72950-30719'],
      ['VEHICLE_PLATE', 'CKMT 418'],
      ['VIN', '2T3H1RFV3MW152783'],
      ['PERSON', 'Arjun'],
      ['PERSON', 'Ming Zhao'],
      ['VEHICLE_PLATE', 'BXRN 907'],
      ['PHONE', '647-339-0821'],
      ['PERSON', 'Debbie'],
      ['PHONE', '416-822-5176'],
    ],
  },
  {
    text:
      'r/tax · posted by nervous_first_filer · 5h\n' +
      'IRS letter CP565 — is this my ITIN?? (pls help, first time filing)\n' +
      "Got the letter today. It says 'We assigned you an Individual Taxpayer Identification Number' and the number is 912-78-4430. My wife is a citizen and her SSN 529-41-8873 is on the same letter as the spouse. Do I need to file a new W-7 or can I e-file now? Our address is 1845 E Glenn St Apt 14, Tucson, AZ 85719 if that matters for which office.\n\n" +
      "  EA_in_Tucson · 4h\n  Please edit your post right now — you've posted your full ITIN, your wife's SSN and your home address. To answer: no new W-7, use that number on your 1040 from now on. Renewal is only needed if you don't file for 3 years.\n\n" +
      '  nervous_first_filer · 4h\n  oh no. edited, thank you!!\n\n' +
      '  [removed by moderator]',
    pii: [
      ['USERNAME', 'nervous_first_filer'],
      ['US_ITIN', '912-78-4430'],
      ['US_SSN', '529-41-8873'],
      ['ADDRESS', '1845 E Glenn St Apt 14, Tucson, AZ 85719'],
      ['USERNAME', 'EA_in_Tucson'],
      ['USERNAME', 'nervous_first_filer'],
    ],
  },
  {
    text:
      'SUBLET Roma Norte – recámara amueblada, July–September, $14,500 MXN/mes incl. internet + limpieza 1x semana\n' +
      'Shared 2BR with me (Valeria, 31, architect) and my cat Nube. Depa is at Colima 214, depto 5, Roma Norte, Cuauhtémoc, 06700 CDMX – 3 blocks from Metrobús Durango.\n' +
      'WhatsApp +52 55 4182 7730, no calls plis.\n\n' +
      '— WhatsApp —\n' +
      'Jordan: Hey Vale! soy Jordan from the Facebook group, still available for July?\n' +
      'Valeria Ortiz: Hola Jordan! yes 🙌 can you do a videollamada tomorrow at 7?\n' +
      'Jordan: perfect. for the deposit I have a Mexican account now, can I do SPEI?\n' +
      'Valeria Ortiz: claro, CLABE 012180015418273940 a nombre de Valeria Ortiz Treviño. Mándame el comprobante porfa\n' +
      'Jordan: done! $14,500 sent, folio 0048821. My full name for the contract is Jordan Mackenzie Ellery',
    pii: [
      ['PERSON', 'Valeria'],
      ['ADDRESS', 'Colima 214, depto 5, Roma Norte, Cuauhtémoc, 06700 CDMX'],
      ['PHONE', '+52 55 4182 7730'],
      ['PERSON', 'Jordan'],
      ['PERSON', 'Vale'],
      ['PERSON', 'Jordan'],
      ['PERSON', 'Valeria Ortiz'],
      ['PERSON', 'Jordan'],
      ['PERSON', 'Jordan'],
      ['PERSON', 'Valeria Ortiz'],
      ['BANK_ACCOUNT', '012180015418273940'],
      ['PERSON', 'Valeria Ortiz Treviño'],
      ['PERSON', 'Jordan'],
      ['PERSON', 'Jordan Mackenzie Ellery'],
    ],
  },
  {
    text:
      'Accra International Marathon 2025 – Water Station 4 (Independence Avenue, km 18) – Volunteer roster\n' +
      'Station lead: Kwame Asante-Boateng · 024 418 7732\n' +
      '1. Nana Ama Owusu · 020 339 1845 · nana.owusu@yahoo.com · T-shirt M\n' +
      '2. Kofi Badu (KB) · 055 762 0419 · T-shirt XL\n' +
      '3. Efua Mensah · 027 118 6630 · efuamensah@gmail.com · T-shirt S\n' +
      '4. Selorm Agbeko · 050 991 2274 · T-shirt L · arriving late, by 5:15\n' +
      'Report time 4:30am. Shuttle leaves Accra Sports Stadium gate 3 at 3:45am sharp. 800 cups per station, 40 crates of water.\n' +
      "Organiser hotline: 030 277 1100. Please don't call the lead after 10pm unless it's urgent ooo.",
    pii: [
      ['PERSON', 'Kwame Asante-Boateng'],
      ['PHONE', '024 418 7732'],
      ['PERSON', 'Nana Ama Owusu'],
      ['PHONE', '020 339 1845'],
      ['EMAIL', 'nana.owusu@yahoo.com'],
      ['PERSON', 'Kofi Badu'],
      ['PERSON', 'KB'],
      ['PHONE', '055 762 0419'],
      ['PERSON', 'Efua Mensah'],
      ['PHONE', '027 118 6630'],
      ['EMAIL', 'efuamensah@gmail.com'],
      ['PERSON', 'Selorm Agbeko'],
      ['PHONE', '050 991 2274'],
    ],
  },
  {
    text:
      'Tokyo Metropolitan Police Department – Asakusa Police Station\nREPORT OF LOSS / THEFT (English form for foreign visitors)\n' +
      'Name: Rebecca Lynn Thornbury      Nationality: U.S.A.      Date of birth: 02/17/1990\n' +
      'Passport No.: 583204719\n' +
      'Address in home country: 11906 Juniette St, Culver City, CA 90230\n' +
      'Contact in Japan: 080-4417-2290 (rental SIM)   Staying at: Asakusa View Hotel, room 1418 until 24 Jun\n' +
      'Date/time: 20 June, between 14:00 and 14:30   Place: Ginza Line train, Asakusa → Ueno\n' +
      'Item(s): black anello backpack. Contents: passport (above), iPhone 15 (IMEI 354648241657822), wallet with approx. ¥23,000, Chase card ending 7104, JR Pass exchange order.\n' +
      'Travelling companion: Maya Okonkwo-Hart (same hotel, room 1419), US mobile +1 310 614 8827 but she has no roaming.\n' +
      'Acceptance no. 2025-0620-1187. Please also contact the U.S. Embassy ACS unit for an emergency passport.',
    pii: [
      ['PERSON', 'Rebecca Lynn Thornbury'],
      ['DATE_OF_BIRTH', '02/17/1990'],
      ['PASSPORT', '583204719'],
      ['ADDRESS', '11906 Juniette St, Culver City, CA 90230'],
      ['PHONE', '080-4417-2290'],
      ['IMEI', '354648241657822'],
      ['PERSON', 'Maya Okonkwo-Hart'],
      ['PHONE', '+1 310 614 8827'],
    ],
  },
  {
    text:
      'Voice history – Kitchen speaker – exported 09/07/2025\n' +
      '07:02  "Nova, call Mum\'s mobile"  → Calling Mum (mobile)\n' +
      '07:15  "Nova, text Priyanka running ten minutes late"  → Message sent to Priyanka Shah\n' +
      '07:31  "what\'s the weather in Leicester"\n' +
      '07:40  "add Calpol and double A batteries to the shopping list"\n' +
      '18:22  "call oh seven nine five six, two two one, four oh eight"  → Calling 07956 221408\n' +
      '18:40  "remind me to pay Darren back forty quid on Friday"\n' +
      '19:05  "set the front door keypad code to six one nine oh two"  → Sorry, I can\'t change lock settings by voice. Use the SmartLock app.\n' +
      '19:06  "open the SmartLock app"',
    pii: [
      ['PERSON', 'Priyanka'],
      ['PERSON', 'Priyanka Shah'],
      ['PHONE', 'oh seven nine five six, two two one, four oh eight'],
      ['PHONE', '07956 221408'],
      ['PERSON', 'Darren'],
      ['PASSWORD', 'six one nine oh two'],
    ],
  },
  {
    text:
      'Maple Ridge Townhomes Strata – Council Meeting Minutes, 14 May 2025, 7:00pm, clubhouse\n' +
      'Present: 5 of 7 council members; property manager from Evergreen Property Services. Quorum confirmed.\n' +
      '1. Financials: operating fund $41,870.22; contingency reserve $182,400. Invoice INV-20931 ($4,280.00, roof flashing units 12–18) approved.\n' +
      '2. Gate: the entry code will be changed on 1 June; new code goes out by letter only, not by email.\n' +
      '3. Parking: stall P-44 to be re-assigned; visitor parking limited to 48 hours.\n' +
      '4. Bylaw 7.3 (short-term rentals) – vote deferred to AGM on 18 September.\n' +
      'After-hours emergencies: Evergreen 1-888-412-7700. Next meeting 11 June 2025. Adjourned 8:42pm.',
    pii: [],
  },
  {
    text:
      'BelanjaKu Customer Care – chat transcript #CS-88213045\n' +
      'Customer: hi kak, my package still not arrived, order INV/20250611/MPL/3391847702, tracking says delivered 😡\n' +
      'Rina (CS): Mohon maaf kak 🙏 may I have your name and phone number?\n' +
      'Customer: Dewi Kartika Sari, 0812-8830-4157\n' +
      'Rina (CS): and the delivery address?\n' +
      'Customer: Jl. Kemang Raya No. 18B, RT 05/RW 02, Bangka, Mampang Prapatan, Jakarta Selatan 12730, the gang next to Indomaret, green gate\n' +
      'Rina (CS): Thank you kak. The courier, Pak Budi, says he left it with security. His number is 0857-1102-3348 if you want to check\n' +
      'Customer: there is no security here!! also can I just pay again with card? 5247 1154 3983 5941 exp 08/27 cvv 902\n' +
      "Rina (CS): Kak, please don't send card details in chat, I have masked them. I'll open an investigation (3x24 hours) and refund Rp 459.000 if not found.",
    pii: [
      ['PERSON', 'Rina'],
      ['PERSON', 'Dewi Kartika Sari'],
      ['PHONE', '0812-8830-4157'],
      ['PERSON', 'Rina'],
      ['ADDRESS', 'Jl. Kemang Raya No. 18B, RT 05/RW 02, Bangka, Mampang Prapatan, Jakarta Selatan 12730'],
      ['PERSON', 'Rina'],
      ['PERSON', 'Budi'],
      ['PHONE', '0857-1102-3348'],
      ['CREDIT_CARD', '5247 1154 3983 5941'],
      ['CARD_EXPIRY', '08/27'],
      ['CARD_CVV', '902'],
      ['PERSON', 'Rina'],
    ],
  },
  {
    text:
      'Community Volunteer Income Tax Program – client intake sheet (Newton library clinic, Surrey BC)\n' +
      'Tax year: 2024          Appointment: 18 Mar, 2:30pm\n' +
      'Client: Harjit Kaur Dhillon      SIN: 645 052 309      DOB: 1958-08-14\n' +
      'BC PHN (for the health premium question): 9698 658 215\n' +
      'Spouse: Balwinder Singh Dhillon      SIN: 491 858 411      DOB: 1955-01-30\n' +
      'Address: 13254 88 Ave, Surrey, BC V3W 3K4       Phone: 604-597-3318\n' +
      'Direct deposit: institution 003, transit 01234, account 5098213\n' +
      "Slips brought: T4A(P), T4(OAS), T5 (interest $212.40). Rent receipts for the renter's credit: none.\n" +
      "Volunteer: Ravi. Returns e-filed 18 Mar, confirmation 1CK8M2Q4 and 1CK8M2Q9. Client's granddaughter Simran helped translate.",
    pii: [
      ['PERSON', 'Harjit Kaur Dhillon'],
      ['CA_SIN', '645 052 309'],
      ['DATE_OF_BIRTH', '1958-08-14'],
      ['HEALTH_INSURANCE', '9698 658 215'],
      ['PERSON', 'Balwinder Singh Dhillon'],
      ['CA_SIN', '491 858 411'],
      ['DATE_OF_BIRTH', '1955-01-30'],
      ['ADDRESS', '13254 88 Ave, Surrey, BC V3W 3K4'],
      ['PHONE', '604-597-3318'],
      ['BANK_ACCOUNT', '5098213'],
      ['PERSON', 'Ravi'],
      ['PERSON', 'Simran'],
    ],
  },
  {
    text:
      "Saigon Expats Buy & Sell · post by Liam O'Rourke\n" +
      'FS: Honda Air Blade 125 (2019), 31,000 km, new Michelin tyres last month, oil changed every 1,500 km. 21 million VND, a bit negotiable.\n' +
      "Plate 59-X2 318.47, blue card (cà vẹt) is in my Vietnamese friend's name, he'll come to the transfer.\n" +
      'Thảo Điền, District 2 – near the Masteri towers. Zalo 090 718 2264, ask for Liam.\n\n' +
      'Comments\n' +
      'Anh Thư Nguyễn: whose name is on the cà vẹt exactly? need it for ownership transfer\n' +
      "Liam O'Rourke: my friend Trần Văn Hoàng, he can meet Saturday morning\n" +
      "Ben Whitaker: PM'd you, can do 19tr cash today",
    pii: [
      ['PERSON', "Liam O'Rourke"],
      ['VEHICLE_PLATE', '59-X2 318.47'],
      ['PHONE', '090 718 2264'],
      ['PERSON', 'Liam'],
      ['PERSON', 'Anh Thư Nguyễn'],
      ['PERSON', "Liam O'Rourke"],
      ['PERSON', 'Trần Văn Hoàng'],
      ['PERSON', 'Ben Whitaker'],
    ],
  },
  {
    text: 'SBI: A/c XX4471 debited Rs 2,499.00 on 11-Jun-25 to VPA shop.merchant@ybl (UPI Ref 516234998812). Not you? Call 1800 1234 or SMS BLOCK 4471 to 5676791.',
    pii: [],
  },
  {
    text:
      'Objet : Déclaration de sinistre – vol de bagage / claim for stolen luggage – contrat VOY-88213\n\n' +
      'Hello, I am writing in English as agreed with your agent, Mme Rousseau, on the phone this morning.\n' +
      'Insured: Camille Dupont-Nguyen, born 11/06/1986\n' +
      'Address: 14 rue des Trois-Frères, 75018 Paris\n' +
      'Mobile: +33 6 72 18 44 09 · camille.dn@free.fr\n' +
      'Passport: 19AV48271 (stolen too, I have the temporary one now)\n\n' +
      'On 2 July at about 17:40 my suitcase was taken from the rack at Lisbon Santa Apolónia station while I was buying tickets. I reported it to the PSP (report no. 771/25, attached). Contents: clothes, a Nikon Z50 (approx. 650 €), chargers. Receipts attached for 1,120 € total. My partner Théo Marchal witnessed it.\n' +
      'Please pay the reimbursement to FR3130003012343186648529997.\nMerci, Camille',
    pii: [
      ['PERSON', 'Rousseau'],
      ['PERSON', 'Camille Dupont-Nguyen'],
      ['DATE_OF_BIRTH', '11/06/1986'],
      ['ADDRESS', '14 rue des Trois-Frères, 75018 Paris'],
      ['PHONE', '+33 6 72 18 44 09'],
      ['EMAIL', 'camille.dn@free.fr'],
      ['PASSPORT', '19AV48271'],
      ['PERSON', 'Théo Marchal'],
      ['IBAN', 'FR3130003012343186648529997'],
      ['PERSON', 'Camille'],
    ],
  },
  {
    text:
      "Ticket #88213 · Can't SSH into VPS after maintenance · Priority: High · Plan: VC2-2C-4GB\n\n" +
      'From: Tunde Bakare <tunde.bakare@proton.me>\n' +
      "Hi, since your maintenance window last night my VPS at 45.77.182.204 doesn't answer on port 22. My username on the box is tbakare. In case you need to pull our repo to check the config, here's the CI token: ghp_ahis3HLYOSBOHkAGKxgsTsoYlZxsqUWEV1Sn\n\n" +
      'Reply from Milan K. (Support, L2):\nHi Tunde, please revoke that token right away — tickets are visible to several teams. The host migration gave the instance a new NIC (MAC 56:00:04:a1:3c:7e) and the public IP changed to 45.77.182.211. Update your DNS A record and it should be fine. Refer to KB-1042 for firewall rules.\n\n' +
      'Tunde Bakare: revoked, thanks. Working now.',
    pii: [
      ['PERSON', 'Tunde Bakare'],
      ['EMAIL', 'tunde.bakare@proton.me'],
      ['IP_ADDRESS', '45.77.182.204'],
      ['USERNAME', 'tbakare'],
      ['SECRET', 'ghp_ahis3HLYOSBOHkAGKxgsTsoYlZxsqUWEV1Sn'],
      ['PERSON', 'Milan K.'],
      ['PERSON', 'Tunde'],
      ['MAC_ADDRESS', '56:00:04:a1:3c:7e'],
      ['IP_ADDRESS', '45.77.182.211'],
      ['PERSON', 'Tunde Bakare'],
    ],
  },
  {
    text:
      "consumidor.gov.br – Reclamação nº 2025061100488213 (sorry, writing in English, it's easier for me)\n" +
      'Company: ViaFibra Telecom\n' +
      'Consumer: Rafael Teixeira Lopes · born 23/01/1991\n' +
      'Address: Rua Harmonia 412, apto 71, Vila Madalena, São Paulo – SP, 05435-000\n' +
      'Phone: +55 11 98841-3076 · rafa.tlopes@uol.com.br\n\n' +
      "ViaFibra charged my June bill of R$ 249,90 twice (boleto and automatic debit). I called the SAC 0800 591 2200 three times, protocols 77120934, 77120991 and 77131002, and every attendant promised a refund in 5 business days. It's been 40 days. I want the R$ 249,90 back, with correction, to my account BR7057863349209612386557814C1 (titular Rafael T. Lopes).",
    pii: [
      ['PERSON', 'Rafael Teixeira Lopes'],
      ['DATE_OF_BIRTH', '23/01/1991'],
      ['ADDRESS', 'Rua Harmonia 412, apto 71, Vila Madalena, São Paulo – SP, 05435-000'],
      ['PHONE', '+55 11 98841-3076'],
      ['EMAIL', 'rafa.tlopes@uol.com.br'],
      ['IBAN', 'BR7057863349209612386557814C1'],
      ['PERSON', 'Rafael T. Lopes'],
    ],
  },
  {
    text:
      'Neighbours – Crestview & Allandale, Austin TX\n' +
      'Jenna Morales · Crestview · 2h\n' +
      "LOST DOG – Biscuit, 3 yr old male corgi, red/white, blue collar with a bone tag, microchipped (chip 985 112 004 371 926). Ran off Tues ~6:45pm near Brentwood Park when someone set off fireworks. He's friendly but won't come to strangers.\n" +
      "Please call or text me 512-633-0847 or my husband Marco 512-906-2175. We're at 7104 Shoal Creek Blvd, Austin, TX 78757. $300 reward!!\n\n" +
      'Tom Haskell · Allandale · 1h\nI think I saw him on Greenlawn Pkwy around 8 this morning heading north toward the Walgreens\n\n' +
      'Jenna Morales · Crestview · 58m\nTHANK YOU Tom heading there now 🙏',
    pii: [
      ['PERSON', 'Jenna Morales'],
      ['PHONE', '512-633-0847'],
      ['PERSON', 'Marco'],
      ['PHONE', '512-906-2175'],
      ['ADDRESS', '7104 Shoal Creek Blvd, Austin, TX 78757'],
      ['PERSON', 'Tom Haskell'],
      ['PERSON', 'Jenna Morales'],
      ['PERSON', 'Tom'],
    ],
  },
  {
    text:
      'KakaoTalk – chat with Jason (used car)\n' +
      'Me: Hi, is the 2020 Tucson still for sale? Saw it on the expat Facebook group\n' +
      'Jason: 네 still available ^^ 1,850만원, 62,000km, 무사고 no accident, 보험이력 clean\n' +
      'Me: Can you send the plate number? I want to check it on 카히스토리\n' +
      'Jason: 157라 3382, VIN is KMHJ381A8LU294418\n' +
      "Me: ok looks good. For 명의이전 do you need my ARC? it's 950817-6714023\n" +
      'Jason: yes and copy of 등록증. Car is registered to our company 주식회사 오토라인, 법인등록번호 110111-4382167, 사업자번호 211-88-04171. my name is 김정수, Jason is my English name, phone 010-6618-2934\n' +
      "Me: great, I'm Ana Sofia Reyes, 010-7715-0482. Is Saturday 2pm ok at your lot in 장안평?\n" +
      'Jason: ok!! 계약금 50만원 first pls, 국민은행 계좌 is in the company name, I send tomorrow',
    pii: [
      ['PERSON', 'Jason'],
      ['PERSON', 'Jason'],
      ['PERSON', 'Jason'],
      ['VEHICLE_PLATE', '157라 3382'],
      ['VIN', 'KMHJ381A8LU294418'],
      ['FRN', '950817-6714023'],
      ['PERSON', 'Jason'],
      ['CRN', '110111-4382167'],
      ['BRN', '211-88-04171'],
      ['PERSON', '김정수'],
      ['PERSON', 'Jason'],
      ['PHONE', '010-6618-2934'],
      ['PERSON', 'Ana Sofia Reyes'],
      ['PHONE', '010-7715-0482'],
      ['PERSON', 'Jason'],
    ],
  },
  {
    text:
      'Bradford Park Juniors Cricket Club – Player Registration 2025\n' +
      "Child's name: Zayan Iqbal      Date of birth: 21/10/2013      Age group: U12\n" +
      'Parent/carer: Faisal Iqbal      Mobile: 07868 334 219      Email: faisal.iqbal83@hotmail.co.uk\n' +
      'Home address: 61 Toller Lane, Bradford BD8 9BX\n' +
      'Medical info: mild asthma, blue inhaler in kit bag. GP: Picton Medical Centre.\n' +
      'Second emergency contact: Nani (grandmother) Shamim Akhtar, home 01274 497 312\n' +
      'Dietary: halal only for the end-of-season BBQ please 🙂\n' +
      'Photo consent: Yes   Kit: junior L shirt, 28" waist   Subs £85 paid by card ending 2290 on 02/04/2025',
    pii: [
      ['PERSON', 'Zayan Iqbal'],
      ['DATE_OF_BIRTH', '21/10/2013'],
      ['PERSON', 'Faisal Iqbal'],
      ['PHONE', '07868 334 219'],
      ['EMAIL', 'faisal.iqbal83@hotmail.co.uk'],
      ['ADDRESS', '61 Toller Lane, Bradford BD8 9BX'],
      ['PERSON', 'Shamim Akhtar'],
      ['PHONE', '01274 497 312'],
    ],
  },
  {
    text:
      'MetroLink North – Lost property\n' +
      'Items found on trams and at stops are kept for 14 days at the Piccadilly Gardens Travelshop, then donated or disposed of.\n' +
      'Call 0161 244 1000 (Mon–Sat 7am–8pm) and quote the route, the time you travelled and, if you know it, the tram fleet number (e.g. 3127).\n' +
      'Passports, driving licences and bank cards are passed to the issuing authority after 48 hours.\n' +
      "When we log your item you'll get a reference like LP-2025-004417. A £2.50 handling fee applies to items over £20 in value.",
    pii: [],
  },
  {
    text:
      'Subject: Dormitory application – Spring 2026 – Enkhjin Batbayar\n\n' +
      'Dear International Office,\n' +
      'My name is Enkhjin Batbayar and I was admitted to the Korean Language Program starting March 2026 (application no. DORM-26S-0113). I was born on 5 March 2004 in Ulaanbaatar.\n' +
      'Passport number: E1864420\n' +
      'Home address: Bayanzurkh District, 13th khoroo, Peace Avenue 44, apartment 27, Ulaanbaatar 13343\n' +
      'Phone: +976 9911 4827   WeChat / KakaoTalk ID: enkhjin_b04\n' +
      'For the double room I would like to share with my friend Li Xiaoyu from Harbin (passport EJ4471823, phone +86 138 4512 7709). We are both non-smokers.\n' +
      'I will pay the 300,000 won deposit by 15 November. Thank you very much.\nBest regards,\nEnkhjin',
    pii: [
      ['PERSON', 'Enkhjin Batbayar'],
      ['PERSON', 'Enkhjin Batbayar'],
      ['DATE_OF_BIRTH', '5 March 2004'],
      ['PASSPORT', 'E1864420'],
      ['ADDRESS', 'Bayanzurkh District, 13th khoroo, Peace Avenue 44, apartment 27, Ulaanbaatar 13343'],
      ['PHONE', '+976 9911 4827'],
      ['USERNAME', 'enkhjin_b04'],
      ['PERSON', 'Li Xiaoyu'],
      ['PASSPORT', 'EJ4471823'],
      ['PHONE', '+86 138 4512 7709'],
      ['PERSON', 'Enkhjin'],
    ],
  },
  {
    text:
      'LINE – Condo Sukhumvit 39 rental\n' +
      'Ploy (agent): Hello khun Mark, owner agree 28,000 baht/month, 1 year contract na ka\n' +
      'Mark Davies: brilliant, what do you need from me?\n' +
      'Ploy (agent): copy of passport + visa page, and deposit 2 months to owner account ka\n' +
      "Mark Davies: passport number is 133048271, I'll send the scan tonight\n" +
      'Ploy (agent): Owner is khun Supaporn Wattanakul, Kasikorn Bank 038-2-71449-6. Contract address: Baan Sathu Residence, 114/58 Soi Sukhumvit 39, Khlong Tan Nuea, Watthana, Bangkok 10110, unit 1802\n' +
      'Mark Davies: got it. my LINE is markd_bkk if owner wants to add, phone 095 228 4731\n' +
      'Ploy (agent): ok ka 🙏 move-in 1 Aug, keycard deposit 1,000 baht, electricity 8 baht/unit',
    pii: [
      ['PERSON', 'Ploy'],
      ['PERSON', 'Mark'],
      ['PERSON', 'Mark Davies'],
      ['PERSON', 'Ploy'],
      ['PERSON', 'Mark Davies'],
      ['PASSPORT', '133048271'],
      ['PERSON', 'Ploy'],
      ['PERSON', 'Supaporn Wattanakul'],
      ['BANK_ACCOUNT', '038-2-71449-6'],
      ['ADDRESS', 'Baan Sathu Residence, 114/58 Soi Sukhumvit 39, Khlong Tan Nuea, Watthana, Bangkok 10110, unit 1802'],
      ['PERSON', 'Mark Davies'],
      ['USERNAME', 'markd_bkk'],
      ['PHONE', '095 228 4731'],
      ['PERSON', 'Ploy'],
    ],
  },
  {
    text:
      'UMOJA WOMEN CHAMA – Minutes of the monthly meeting, 7 June 2025, 2:00pm\n' +
      'Venue: home of the chairlady, Esther Njeri Kariuki, House No. 14, Kamiti Road, Githurai 45, Nairobi\n' +
      'Present: 14 members. Apologies: 2.\n' +
      '1. Contributions: KSh 2,000 each, total KSh 28,000 received. Merry-go-round this month goes to Beatrice Akinyi.\n' +
      '2. Loans: Mary Wambui requested KSh 15,000 for school fees, approved, to repay in 3 months at 10%.\n' +
      '3. Treasurer Faith Chebet reminded members to send contributions by M-Pesa to her line 0711 904 226 by the 5th, and to write their name in the message.\n' +
      '4. AOB: table banking training by Co-op Bank on 21 June, 10am, at the Githurai branch.\n' +
      "Next meeting: 5 July 2025 at Beatrice's place. Minutes taken by secretary Lucy Atieno.",
    pii: [
      ['PERSON', 'Esther Njeri Kariuki'],
      ['ADDRESS', 'House No. 14, Kamiti Road, Githurai 45, Nairobi'],
      ['PERSON', 'Beatrice Akinyi'],
      ['PERSON', 'Mary Wambui'],
      ['PERSON', 'Faith Chebet'],
      ['PHONE', '0711 904 226'],
      ['PERSON', 'Beatrice'],
      ['PERSON', 'Lucy Atieno'],
    ],
  },
  {
    text: 'Sunrise Clinic Koramangala: your appointment BK-70331 is on 12 Jul at 10:30 AM, Room 4, 2nd floor. Consultation fee ₹800. To reschedule call 080 4612 0000 or reply R.',
    pii: [],
  },
];
