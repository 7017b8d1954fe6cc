// English conversations for round 11, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundElevenConversationsA: readonly IndependentText[] = [
  {
    text: "new phone who dis 😂 jk it's Reuben, 0473 260 918 is my number now, old one's dead",
    pii: [
      ['PERSON', 'Reuben'],
      ['PHONE', '0473 260 918'],
    ],
  },
  {
    text: 'Hi Marta,\n\nAttached is my timesheet for weeks 18–19 (76.5 hrs). Invoice INV-2025-014 will follow by Friday, same rate as the last job.\n\nKind regards,\nRangi Parata-Walsh\nFreelance Video Editor\nrangi.pw.edits@outlook.com · +64 27 318 5502',
    pii: [
      ['PERSON', 'Marta'],
      ['PERSON', 'Rangi Parata-Walsh'],
      ['EMAIL', 'rangi.pw.edits@outlook.com'],
      ['PHONE', '+64 27 318 5502'],
    ],
  },
  {
    text: "hi yes good morning, this is Bernadette Hale, I'm calling about my broadband, the letter says reference CH-448102 and that you're cutting me off on Friday but I pay by direct debit every month, it's the one ending two nine zero, sixty-four pounds fifty",
    pii: [['PERSON', 'Bernadette Hale']],
  },
  {
    text: "Customer: hola, I ordered the Talavera mugs (set of 4) pero only 3 came 😕\nAgent: ¡Lo siento mucho! Is this order MX-448-2291-07? I can ship the missing mug free, it leaves our warehouse tomorrow.\nCustomer: sí that's it, gracias",
    pii: [],
  },
  {
    text: "Customer: I've got two charges of £89.00 from NTFLX*GB ENT on the same day, only one is mine. Card number 3759 418207 63011.\nAgent: Thanks for that, Ms Adeyemi-Ross. I've raised chargeback case CB-2025-338104 for the second £89.00 and you'll see a temporary credit within 2 working days.",
    pii: [
      ['CREDIT_CARD', '3759 418207 63011'],
      ['PERSON', 'Adeyemi-Ross'],
    ],
  },
  {
    text: "Customer: my phone got nicked last night, need it blocked asap\nAgent: Sorry to hear that. Before I can bar anything, what's the security passcode on the account?\nCustomer: 4819\nAgent: Thanks. And the mobile number on the line?\nCustomer: 0418 552 076\nAgent: I'll stop the SIM now. If you have the box, the IMEI is on the sticker, I can blacklist the handset too.\nCustomer: found it, 352906118473026",
    pii: [
      ['PASSWORD', '4819'],
      ['PHONE', '0418 552 076'],
      ['IMEI', '352906118473026'],
    ],
  },
  {
    text: 'Tel call from daughter of pt Harold Brimble (hosp no. K0937162) - dad more confused since new meds started Mon. Spoke to Lorraine, advised ED if drowsy or not eating. Her mob 07700 918442. Discussed with Dr Priya Ramanathan, med review booked 09:40 tomorrow, bay 6.',
    pii: [
      ['PERSON', 'Harold Brimble'],
      ['MEDICAL_RECORD', 'K0937162'],
      ['PERSON', 'Lorraine'],
      ['PHONE', '07700 918442'],
      ['PERSON', 'Priya Ramanathan'],
    ],
  },
  {
    text: 'Has anyone else had the ICCU go on an Ioniq 5? Mine died on the M6 near Stafford at 41k miles, dealer says part ETA 6-8 weeks. Case no. HMUK-2291047, software was updated to 1.9.2 in March. Not impressed.',
    pii: [],
  },
  {
    text: "Customer: Hi, I'm on EK415 SYD-DXB on 3 Nov, booking ref 7HQW2D. The advance passenger info still has my old passport.\nAgent: Happy to update that for you. Could you give me the new passport number and its expiry?\nCustomer: sure it's PA4417829, expiry 19 Jan 2034, issued Canberra",
    pii: [['PASSPORT', 'PA4417829']],
  },
  {
    text: "Customer: hi, we're moving into Flat 3, 17 Roseberry Crescent, Edinburgh EH7 5QR next Friday, any chance the internet can be live by then?\nAgent: Hi Ailsa, it's Josh here 👋 Earliest engineer slot is Mon 16 June, 8am–1pm. Want me to book that in? Router ships free with the 500Mb plan.\nCustomer: yes pls",
    pii: [
      ['ADDRESS', 'Flat 3, 17 Roseberry Crescent, Edinburgh EH7 5QR'],
      ['PERSON', 'Ailsa'],
      ['PERSON', 'Josh'],
    ],
  },
  {
    text: 'Hello. My name is Takahashi Yui (高橋 結). The replacement lid for rice cooker model NW-JX10 please send to my home, phone +81 90-4418-2736, address 大阪府大阪市北区中崎西2丁目4-18 メゾン中崎305号室. Thank you very much for kind help.',
    pii: [
      ['PERSON', 'Takahashi Yui'],
      ['PERSON', '高橋 結'],
      ['PHONE', '+81 90-4418-2736'],
      ['ADDRESS', '大阪府大阪市北区中崎西2丁目4-18 メゾン中崎305号室'],
    ],
  },
  {
    text: 'Thanks again, will send the snag list Monday.\n\nDev Malhotra\nSite Supervisor - Brightwater Homes\nOffice 020 7946 0381 ext 214\nMobile 07862 530117\n\nSent from my iPhone',
    pii: [
      ['PERSON', 'Dev Malhotra'],
      ['PHONE', '020 7946 0381'],
      ['PHONE', '07862 530117'],
    ],
  },
  {
    text: 'Tyres for your Ford Ranger are in, Gareth 👍 VIN MPBUMFF50MX412786 matched to order TR-55210. Fitting Sat 8:15am, approx 45 mins, 4 x 265/65 R17. Reply STOP to opt out - Kwik Tyres Penrith',
    pii: [
      ['PERSON', 'Gareth'],
      ['VIN', 'MPBUMFF50MX412786'],
    ],
  },
  {
    text: "Customer: the quote page keeps saying my license number is invalid??\nAgent: What are you entering? Florida license numbers start with a letter, then 12 digits.\nCustomer: oh i was leaving the letter off. it's D512-447-83-219-0 and the name on it is DANIELS, TERRENCE J",
    pii: [
      ['DRIVER_LICENSE', 'D512-447-83-219-0'],
      ['PERSON', 'DANIELS, TERRENCE J'],
    ],
  },
  {
    text: 'Front desk msg: Mrs Wen-Li Chapman rang, Medicare no. 2951 84736 1 (IRN 2), asking if her mammogram results from 4/6 are back. Told her Dr Hamish Ogilvie reviews results Thursdays, will ring her then.',
    pii: [
      ['PERSON', 'Wen-Li Chapman'],
      ['HEALTH_INSURANCE', '2951 84736 1'],
      ['PERSON', 'Hamish Ogilvie'],
    ],
  },
  {
    text: 'Salut Élodie,\n\nFor the Biarritz house your share comes to €612,50 (4 nights + cleaning fee). Can you send it to:\nIBAN FR58 3000 4018 2300 0174 5920 653\nTitulaire : Mathieu Delorme-Vasseur\n\nMerci et à bientôt !\nMat',
    pii: [
      ['PERSON', 'Élodie'],
      ['IBAN', 'FR58 3000 4018 2300 0174 5920 653'],
      ['PERSON', 'Mathieu Delorme-Vasseur'],
      ['PERSON', 'Mat'],
    ],
  },
  {
    text: 'Geocoding keeps returning REQUEST_DENIED even though billing is enabled:\n\nfetch(`https://maps.googleapis.com/maps/api/geocode/json?address=Leeds+LS1&key=AIzaSyD7kQ2vL9xRt4WmN8bY1cFhJ3pZ6eUo0sA`)\n\nProject is maps-demo-3321, I only enabled the API yesterday. Does it take 24h?',
    pii: [['SECRET', 'AIzaSyD7kQ2vL9xRt4WmN8bY1cFhJ3pZ6eUo0sA']],
  },
  {
    text: 'Good evening. I paid KES 3,400 by M-Pesa for the Nairobi–Mombasa SGR economy seat (booking MDT-20458) but no confirmation SMS came. Transaction code SGK7Y2QX4P. Kindly resend to wanjiru.kamau88@gmail.com or my line 0722 418 906. Asante sana.',
    pii: [
      ['EMAIL', 'wanjiru.kamau88@gmail.com'],
      ['PHONE', '0722 418 906'],
    ],
  },
  {
    text: "Agent: Can I take the traveller's full name exactly as on the passport?\nCustomer: On the passport it's CHEN XIAOYU (陈晓雨) but everyone at work knows me as Sophie Chen, is that a problem?\nAgent: We need the passport version for the ticket. And the passport number?\nCustomer: E73928146",
    pii: [
      ['PERSON', 'CHEN XIAOYU'],
      ['PERSON', '陈晓雨'],
      ['PERSON', 'Sophie Chen'],
      ['PASSPORT', 'E73928146'],
    ],
  },
  {
    text: "We're filing jointly and my husband Rahul only has an ITIN (937-81-2254). The software rejects the return with R0000-504-02, says the ITIN/name combo doesn't match. His CP565 letter says Rahul Mehta Venkataraman, do I put Mehta as a middle name?",
    pii: [
      ['PERSON', 'Rahul'],
      ['US_ITIN', '937-81-2254'],
      ['PERSON', 'Rahul Mehta Venkataraman'],
    ],
  },
  {
    text: 'Thinking of moving from Optus to Telstra, is 5G actually any good out at Werribee and Point Cook? I WFH most days and burn through the 45GB plan by the 20th.',
    pii: [],
  },
  {
    text: "Customer: The bank app needs my 외국인등록번호, it's 880917-5923418, can you check if I typed it right?\nAgent: For your safety please don't post your registration number in chat. I'll send a secure verification link to the app instead.",
    pii: [['FRN', '880917-5923418']],
  },
  {
    text: "Agent: For the tablet plan I just need the 19-digit SIM serial, it's printed under the barcode on the card.\nCustomer: 8961 0184 2273 9950 419 I think, the print is tiny\nAgent: That's it. Data should be live within the hour, Ms Nakashima.",
    pii: [
      ['ICCID', '8961 0184 2273 9950 419'],
      ['PERSON', 'Nakashima'],
    ],
  },
  {
    text: "omg got a text from 'AusPost' saying my parcel was held, pay $2.99 at auspost-redeliver.info and I put my card in 🤦‍♀️ do I ring the bank or freeze the card in the app first??",
    pii: [],
  },
  {
    text: "[09:02] Farhan (Support): Morning! You're through to Farhan, what can I do for you?\n[09:03] You: hi, want to pause my paper delivery while I'm away 12–26 July. subscriber no 0044187362\n[09:03] Farhan (Support): Sure. For security can I confirm the postcode on the account?\n[09:04] You: BS9 3DX\n[09:05] Farhan (Support): Done ✅ You'll see £11.40 credited on your next bill.",
    pii: [
      ['PERSON', 'Farhan'],
      ['PERSON', 'Farhan'],
      ['PERSON', 'Farhan'],
      ['PERSON', 'Farhan'],
    ],
  },
];
