// English conversations (chats, calls, SMS, emails, notes) in the style of the round-6 examples, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundSevenConversationsA: readonly IndependentText[] = [
  {
    text: "hiya its Ffion 👋 got a new phone, number's 07823 604 119. tell gethin too pls",
    pii: [
      ['PERSON', 'Ffion'],
      ['PHONE', '07823 604 119'],
      ['PERSON', 'gethin'],
    ],
  },
  {
    text: 'Hi Rosalind,\n\nThanks for taking the reference call yesterday. Marguerite Delacroix in our Montreal office will send the contract over by Friday (req. #HR-22871).\n\nKind regards,\nTemitope Alade-Williams\nPeople Partner, Brightline Logistics\nT: +44 20 7946 0381 | temi.aladewilliams@outlook.com',
    pii: [
      ['PERSON', 'Rosalind'],
      ['PERSON', 'Marguerite Delacroix'],
      ['PERSON', 'Temitope Alade-Williams'],
      ['PHONE', '+44 20 7946 0381'],
      ['EMAIL', 'temi.aladewilliams@outlook.com'],
    ],
  },
  {
    text: "yeah hi it's, um, Siobhan Mulcahy, S-I-O-B-H-A-N, my husband Ciarán normally does the broadband stuff but he's away, and the router's been flashing orange since Tuesday, the ref on the letter is BB-440917",
    pii: [
      ['PERSON', 'Siobhan Mulcahy'],
      ['PERSON', 'Ciarán'],
    ],
  },
  {
    text: "Customer: hola, I bought the Nespresso Vertuo pods (SKU 7731-VRT-40) but got the 10-pack not the 40\nAgent: Lo siento mucho! I'll send the missing 30 today, tracking will be 1Z 8F4 W29 03 7715 4420.\nCustomer: gracias",
    pii: [],
  },
  {
    text: "Customer: Two charges of £39.99 from NETFLIX.COM on the 3rd, only one is mine. Card number 5412 7534 9021 6673.\nAgent: Thank you, Ms Achterberg. I've raised chargeback CB-0093381 for the duplicate, you'll see a temporary credit within 48 hours.\nCustomer: cheers, my partner Wim said the same thing happened on his card",
    pii: [
      ['CREDIT_CARD', '5412 7534 9021 6673'],
      ['PERSON', 'Achterberg'],
      ['PERSON', 'Wim'],
    ],
  },
  {
    text: 'Agent: Before I release the PAC, can you confirm the account password?\nCustomer: its bluebell1987\nAgent: Thanks. And the handset IMEI? You can dial *#06# to see it.\nCustomer: 352099115487262\nAgent: Great, your PAC code is XKT482913, valid for 30 days, Mr Oyelaran.',
    pii: [
      ['PASSWORD', 'bluebell1987'],
      ['IMEI', '352099115487262'],
      ['PERSON', 'Oyelaran'],
    ],
  },
  {
    text: 'Tel call from daughter (Mei Ling Tan) re: mother Mdm Lim Siew Hoon, MRN S0719284. Home BP 162/98 x3 days, no chest pain. Amlodipine 5mg OD continued, advised to attend polyclinic Thu 10:40. Daughter contactable on +65 9127 4408. Dr Rajesh Pillai to review.',
    pii: [
      ['PERSON', 'Mei Ling Tan'],
      ['PERSON', 'Lim Siew Hoon'],
      ['MEDICAL_RECORD', 'S0719284'],
      ['PHONE', '+65 9127 4408'],
      ['PERSON', 'Rajesh Pillai'],
    ],
  },
  {
    text: "Has anyone had the 'Pre-Collision Assist Not Available' warning on an F-150 after the 23.1.4 update? Dealer in Calgary says it's TSB 24-2091 but the camera module is back-ordered till May.",
    pii: [],
  },
  {
    text: "Customer: hi, booking 6HRTZQ, me and my son on EK0432 DXB-BNE 9 Nov. His passport got replaced\nAgent: Sure, what's the child's full name and the new passport number?\nCustomer: Arjun Menon, on the passport it's MENON ARJUN, number Z7318406\nAgent: Thanks, that's updated for Arjun now.",
    pii: [
      ['PERSON', 'Arjun Menon'],
      ['PERSON', 'MENON ARJUN'],
      ['PASSPORT', 'Z7318406'],
      ['PERSON', 'Arjun'],
    ],
  },
  {
    text: "Dear Thandiwe,\n\nWelcome aboard! Your first day is Monday 2 June at our Sandton office, 08:30. Please ask for Pieter at reception – he'll take you through induction and your laptop setup (asset tag LT-00418).\n\nWarm regards,\nNaledi Khumalo-Dlamini\nHR Business Partner\nCell: 082 551 3094",
    pii: [
      ['PERSON', 'Thandiwe'],
      ['PERSON', 'Pieter'],
      ['PERSON', 'Naledi Khumalo-Dlamini'],
      ['PHONE', '082 551 3094'],
    ],
  },
  {
    text: "Customer: hi, we're selling mum's house at 7 Ferndale Crescent, Tauranga 3110, settlement is 15 Aug, can you close the power account from then\nAgent: I'm sorry for your loss, Hemi. Can I check whose name the account is in?\nCustomer: Mere Te Awa, she passed in March",
    pii: [
      ['ADDRESS', '7 Ferndale Crescent, Tauranga 3110'],
      ['PERSON', 'Hemi'],
      ['PERSON', 'Mere Te Awa'],
    ],
  },
  {
    text: 'Hello, my name is Nguyen Van Duc. Please change delivery to 42 Lê Thánh Tôn, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh. My wife Hoa will receive it, her phone 090 318 4472. Cảm ơn',
    pii: [
      ['PERSON', 'Nguyen Van Duc'],
      ['ADDRESS', '42 Lê Thánh Tôn, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh'],
      ['PERSON', 'Hoa'],
      ['PHONE', '090 318 4472'],
    ],
  },
  {
    text: "Customer: the tax site wants my mom's SSN to add her as a dependent, can I just put the last 4, 2291?\nAgent: The full number is needed on the form itself, but please don't post it here in chat. I'll send a secure upload link to the email on file, Ms. Castellanos.\nCustomer: ok thx",
    pii: [['PERSON', 'Castellanos']],
  },
  {
    text: 'Thanks,\nRory\n\nRory Blackwood-Finch\nSite Supervisor | Kestrel Civil Ltd\nM: 07700 914 283 | O: 01632 960 775\nrory.bf@kestrelcivil.co.uk',
    pii: [
      ['PERSON', 'Rory'],
      ['PERSON', 'Rory Blackwood-Finch'],
      ['PHONE', '07700 914 283'],
      ['PHONE', '01632 960 775'],
      ['EMAIL', 'rory.bf@kestrelcivil.co.uk'],
    ],
  },
  {
    text: "Hi Priscilla, it's Dwayne at Lakeside Toyota. Your 2019 RAV4 (VIN 2T3P1RFV8KW041932) is ready after the 30k service, total $412.60 incl. tax. We're open til 6. Stock # T8841",
    pii: [
      ['PERSON', 'Priscilla'],
      ['PERSON', 'Dwayne'],
      ['VIN', '2T3P1RFV8KW041932'],
    ],
  },
  {
    text: "Customer: the rental counter at Dublin airport won't take my licence, says the number doesn't match\nAgent: Can you read me the number exactly as printed, and the name on it?\nCustomer: 094871263, and it says Saoirse Ní Bhriain\nAgent: Thanks Saoirse, that's an Irish licence, I'll add a note for the desk.",
    pii: [
      ['DRIVER_LICENSE', '094871263'],
      ['PERSON', 'Saoirse Ní Bhriain'],
      ['PERSON', 'Saoirse'],
    ],
  },
  {
    text: "Hey, Jaz here from Fantastic Furniture 🚚 your sofa's on the truck for tmrw 12-4pm. Any probs text me on 0431 772 058. Order #FF-3390127",
    pii: [
      ['PERSON', 'Jaz'],
      ['PHONE', '0431 772 058'],
    ],
  },
  {
    text: 'Front desk msg: Mrs Beverley Osei-Mensah rang, Medicare no. 2951 48371 2, wants to move her mammogram from 14/10 to the week after. Her son Kwabena will bring her in. Pls call back on (07) 3862 4410 after 2pm. – Chantelle',
    pii: [
      ['PERSON', 'Beverley Osei-Mensah'],
      ['HEALTH_INSURANCE', '2951 48371 2'],
      ['PERSON', 'Kwabena'],
      ['PHONE', '(07) 3862 4410'],
      ['PERSON', 'Chantelle'],
    ],
  },
  {
    text: "Hi Lukas,\n\nthe landlord (Herr Brandstätter) asked that this month's rent, €1.120,00, goes to his new account:\nIBAN: AT48 3200 0000 1234 5864\nBIC: RLNWATWW\nKontoinhaber: Johann Brandstätter\n\nLG\nMiri",
    pii: [
      ['PERSON', 'Lukas'],
      ['PERSON', 'Brandstätter'],
      ['IBAN', 'AT48 3200 0000 1234 5864'],
      ['PERSON', 'Johann Brandstätter'],
      ['PERSON', 'Miri'],
    ],
  },
  {
    text: "Deploy's failing on staging again, Stripe says the key is invalid?\n\nSTRIPE_SECRET_KEY=sk_test_51Nq8ZkLr2vT9xW4mYp0cHq3bG7dFsKe81QaPzUw6\n\nMarta did you rotate it last night? Build #1184, commit a3f9e21",
    pii: [
      ['SECRET', 'sk_test_51Nq8ZkLr2vT9xW4mYp0cHq3bG7dFsKe81QaPzUw6'],
      ['PERSON', 'Marta'],
    ],
  },
  {
    text: "hello, I'm doing the taxes for my uncle Hamid Rezaei, his ITIN is 944-71-6082 but the software says 'TIN mismatch' for his wife Leila, hers is 987-83-1150?? we typed the names exactly like the CP565 letter",
    pii: [
      ['PERSON', 'Hamid Rezaei'],
      ['US_ITIN', '944-71-6082'],
      ['PERSON', 'Leila'],
      ['US_ITIN', '987-83-1150'],
    ],
  },
  {
    text: "Customer: hi, my friend 서지훈 (Seo Ji-hoon) wants to apply for the card but the form needs his 주민등록번호, he gave me 950827-1538211, can I enter it for him?\nAgent: For security he'll need to apply himself, sorry! Please share this link with him instead.",
    pii: [
      ['PERSON', '서지훈'],
      ['PERSON', 'Seo Ji-hoon'],
      ['RRN', '950827-1538211'],
    ],
  },
  {
    text: 'lol the guy at the Apple Store on Regent St told me to just restart it 🙄 iOS 17.5.1, battery health 81%, 2 yrs old. worth replacing for £89 or nah?',
    pii: [],
  },
  {
    text: "Customer: My order 114-3829107-5521904 says delivered but nothing's here, it was the Dyson V15 Detect\nAgent: I'm sorry about that! I've requested a trace with the carrier, you'll hear back within 48 hours. Ticket #4471920.\nCustomer: ok",
    pii: [],
  },
  {
    text: "[18:02] Kofi: who's getting Ama from netball\n[18:03] Efua: not me, stuck at work till 7\n[18:03] Kofi: ok I'll ask Uncle Yaw\n[18:05] Kofi: he's fine with it. gate code for the school car park is 4471",
    pii: [
      ['PERSON', 'Kofi'],
      ['PERSON', 'Ama'],
      ['PERSON', 'Efua'],
      ['PERSON', 'Kofi'],
      ['PERSON', 'Yaw'],
      ['PERSON', 'Kofi'],
      ['PASSWORD', '4471'],
    ],
  },
];
