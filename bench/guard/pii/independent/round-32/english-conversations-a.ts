// English conversations for round 32, set A, written by hand apart from the recognisers.
import type { IndependentText } from '../types.ts';

export const englishRoundThirtyTwoConversationsA: readonly IndependentText[] = [
  {
    text: "Can you make this more polite? It's going to a tenant and I don't want a row.\n\n'Hi Declan, the lockbox code for 14 Harcourt Terrace, Flat 3, Dublin 2, D02 VK62 has been changed to 7315 because the old one got passed round to half your friends. The new Wi-Fi password is Gorse!Lane88. Do NOT share either. Rent of €1,850 is still due on the 1st. Aoife'",
    pii: [
      ['PERSON', 'Declan'],
      ['ADDRESS', '14 Harcourt Terrace, Flat 3, Dublin 2, D02 VK62'],
      ['PASSWORD', '7315'],
      ['PASSWORD', 'Gorse!Lane88'],
      ['PERSON', 'Aoife'],
    ],
  },
  {
    text: "hi IT, locked out of my laptop again after the password reset yesterday. username is tan.weiling (staff ID E20418 if u need it). the temp password you sent was Kx7#pQ2m but it says expired already??\nMAC shows 3C:22:FB:7A:91:0E and on office wifi my IP is 10.24.8.117\nerror code 0xC000006D\npls call me on +65 9127 4405, I'm at desk 14-203\nthanks, Wei Ling",
    pii: [
      ['USERNAME', 'tan.weiling'],
      ['PASSWORD', 'Kx7#pQ2m'],
      ['MAC_ADDRESS', '3C:22:FB:7A:91:0E'],
      ['IP_ADDRESS', '10.24.8.117'],
      ['PHONE', '+65 9127 4405'],
      ['PERSON', 'Wei Ling'],
    ],
  },
  {
    text: 'Can you summarise this for the ops channel in two lines?\n\nPO-55812 from Brightline Supplies Ltd: 40 x HDMI cable 2m (part HD-2M-BLK) at £6.40, 12 x USB-C dock UCD-310 at £89.00, delivery to the Leeds warehouse on 14 March between 08:00 and 12:00. Invoice INV-2024-0917, net 30. Any queries go to their accounts line 0113 496 0420, option 2.',
    pii: [],
  },
  {
    text: '[09/04/24, 18:02] Chidi Okonkwo: Bro abeg send your account details make I pay the balance today\n[09/04/24, 18:03] Emeka: GTBank 0217845936, name Emeka Nwosu\n[09/04/24, 18:05] Chidi Okonkwo: Sent ₦45,000. Session ID 000013240409180512345678\n[09/04/24, 18:05] Chidi Okonkwo: If e no show by 8 call me 0803 417 2259\n[09/04/24, 18:11] Emeka: E don land. Thanks bro 🙏',
    pii: [
      ['PERSON', 'Chidi Okonkwo'],
      ['PERSON', 'Emeka'],
      ['BANK_ACCOUNT', '0217845936'],
      ['PERSON', 'Emeka Nwosu'],
      ['PERSON', 'Chidi Okonkwo'],
      ['PERSON', 'Chidi Okonkwo'],
      ['PHONE', '0803 417 2259'],
      ['PERSON', 'Emeka'],
    ],
  },
  {
    text: "Please turn this call transcript into a short case note.\n\nAgent: Thanks for calling Meridian Health, can I get the member ID from the card?\nCaller: Yeah, it's W274 918 305.\nAgent: And who's the patient?\nCaller: My wife, Danielle Ortiz. Date of birth March 3rd, 1986.\nAgent: Thank you. Do you have the claim number?\nCaller: CLM-88310472. The hospital bill has her account number as 4471902, I think that's her MRN.\nAgent: Got it. The claim was denied for a missing pre-authorization, I'll reopen it as case 2024-118830.",
    pii: [
      ['HEALTH_INSURANCE', 'W274 918 305'],
      ['PERSON', 'Danielle Ortiz'],
      ['DATE_OF_BIRTH', 'March 3rd, 1986'],
      ['MEDICAL_RECORD', '4471902'],
    ],
  },
  {
    text: "Delivery instructions: leave parcel at side gate, code is 2580# then go straight through to the back door. 22 Wattle Crescent, Ringwood East VIC 3135. Dog is friendly, ignore the barking. If nobody's home text Bronwyn on 0412 558 903. Tracking 6PKZ01938475.",
    pii: [
      ['PASSWORD', '2580#'],
      ['ADDRESS', '22 Wattle Crescent, Ringwood East VIC 3135'],
      ['PERSON', 'Bronwyn'],
      ['PHONE', '0412 558 903'],
    ],
  },
  {
    text: 'can you translate this text from my landlord into English pls\n\n민수 씨, 다음 주 화요일 오후 2시에 보일러 수리 기사님 방문합니다. 현관 비밀번호는 1947이에요. 주소는 서울 마포구 월드컵북로12길 34, 302호 맞죠? 문의는 010-3382-7164로 주세요. - 집주인 박영숙',
    pii: [
      ['PERSON', '민수'],
      ['PASSWORD', '1947'],
      ['ADDRESS', '서울 마포구 월드컵북로12길 34, 302호'],
      ['PHONE', '010-3382-7164'],
      ['PERSON', '박영숙'],
    ],
  },
  {
    text: 'I scanned this onboarding form, the OCR is a mess, can you clean it up into a table?\n\nNEW STARTER F0RM\nFull name: Priya Raghunathan\nDate of b1rth: 17/08/1994\nNI number: JT 48 27 19 C\nHome address: Flat 9, 41 Mossley Road, Manchester M14 6QZ\nBank: Monzo | sort code 04-00-04 | acc no 31928477\nEmergency contact: Raj Raghunathan (husband) 07700 914 228\nStart date: 03/06/2024   Payroll no. 00481   Dept: Finance',
    pii: [
      ['PERSON', 'Priya Raghunathan'],
      ['DATE_OF_BIRTH', '17/08/1994'],
      ['UK_NINO', 'JT 48 27 19 C'],
      ['ADDRESS', 'Flat 9, 41 Mossley Road, Manchester M14 6QZ'],
      ['BANK_ACCOUNT', '31928477'],
      ['PERSON', 'Raj Raghunathan'],
      ['PHONE', '07700 914 228'],
    ],
  },
  {
    text: "Outlook keeps crashing since the update to 16.0.17328.20162. Error 0x800CCC0E when it tries to sync. Ticket INC0048213. Laptop is a Dell Latitude 5440, asset tag LT-22871, on floor 3. Started Tuesday around 10am, restart didn't help.",
    pii: [],
  },
  {
    text: 'Summarise this witness statement in three bullet points for counsel:\n\nI, Wanjiru Kamau, of House No. 14, Riara Road, Kilimani, Nairobi, make this statement in HCCR No. E021 of 2024. On 12 February 2024 at about 7.30 pm I saw the respondent, Otieno Odhiambo, driving motor vehicle registration KDA 417M along Ngong Road. With him was a man I know only as Baba Shiku. I called my brother Kiprop on 0722 604 318 and told him what I had seen.',
    pii: [
      ['PERSON', 'Wanjiru Kamau'],
      ['ADDRESS', 'House No. 14, Riara Road, Kilimani, Nairobi'],
      ['PERSON', 'Otieno Odhiambo'],
      ['VEHICLE_PLATE', 'KDA 417M'],
      ['PERSON', 'Baba Shiku'],
      ['PERSON', 'Kiprop'],
      ['PHONE', '0722 604 318'],
    ],
  },
  {
    text: 'Make this itinerary into a neat table please:\nPassenger 1: Mr Arjun Mehta, passport Z4821936, DOB 11-Jan-1979\nPassenger 2: Mrs Kavita Mehta, passport Z5093172, DOB 24-Sep-1982\nPNR: K7QX2M\nAI 131 BOM-LHR 14 Jun 02:05, seats 23A/23B\nHotel: Premier Inn London Kensington, conf. 482910573, 4 nights\nContact: arjun.mehta79@gmail.com / +91 98201 44763',
    pii: [
      ['PERSON', 'Arjun Mehta'],
      ['PASSPORT', 'Z4821936'],
      ['DATE_OF_BIRTH', '11-Jan-1979'],
      ['PERSON', 'Kavita Mehta'],
      ['PASSPORT', 'Z5093172'],
      ['DATE_OF_BIRTH', '24-Sep-1982'],
      ['EMAIL', 'arjun.mehta79@gmail.com'],
      ['PHONE', '+91 98201 44763'],
    ],
  },
  {
    text: "Hi it's Mateo from spin class, new number is +34 612 48 93 07, save it 👍",
    pii: [
      ['PERSON', 'Mateo'],
      ['PHONE', '+34 612 48 93 07'],
    ],
  },
  {
    text: 'Why is my payslip short this month? Can you check the maths?\nEmployee no. 55102, Thandiwe Mokoena, Cape Town office\nSalary paid into Capitec account 1583 204 771\nMarch net: R18 412,60\nApril net: R16 905,10\nUIF R177,12, PAYE R4 310,00 both months\nMy manager Mr Botha says nothing changed on his side.',
    pii: [
      ['PERSON', 'Thandiwe Mokoena'],
      ['BANK_ACCOUNT', '1583 204 771'],
      ['PERSON', 'Botha'],
    ],
  },
  {
    text: "User: I can't get into my account. Username is jdelgado_88 and the email on file is jess.delgado@outlook.com\nAssistant: I can help with that. For verification, please confirm the last four digits of your SSN.\nUser: just take the whole thing, 529-41-7736\nAssistant: Please don't share your full Social Security number here. I've masked it.\nUser: ok sorry. my phone PIN for the account is 4417 if that helps",
    pii: [
      ['USERNAME', 'jdelgado_88'],
      ['EMAIL', 'jess.delgado@outlook.com'],
      ['US_SSN', '529-41-7736'],
      ['PASSWORD', '4417'],
    ],
  },
  {
    text: "Can you write a reply in English to this customer? She wrote:\n'Hello, I rented a VW Golf in Munich, plate M-KL 4827, booking ref 99372015, VIN on the key tag WVWZZZCDZMW072315. Now a speed camera letter came to my home in Spain. My name is Lucía Fernández Ruiz, my Spanish driving licence is 48273915C. I returned the car on 2 May at 09:40, before the photo time. Please answer to lucia.fdez.ruiz@gmail.com'",
    pii: [
      ['VEHICLE_PLATE', 'M-KL 4827'],
      ['VIN', 'WVWZZZCDZMW072315'],
      ['PERSON', 'Lucía Fernández Ruiz'],
      ['DRIVER_LICENSE', '48273915C'],
      ['EMAIL', 'lucia.fdez.ruiz@gmail.com'],
    ],
  },
  {
    text: "Rewrite this for our website footer, friendlier: 'Opening hours Mon–Fri 8:30–17:30, Sat 9–13. Call the front desk on (02) 9374 4000 or email hello@harbourdental.com.au. Level 2, 88 Pitt Street, Sydney NSW 2000. ABN 51 824 753 556. Gap-free check-ups from $0 for members.'",
    pii: [],
  },
  {
    text: 'Paki-check naman this enrolment form before I submit 🙏\nStudent: SANTOS, Miguel Andres R.\nBirthdate: 05/22/2013\nGrade 5 – Section Sampaguita\nGuardian: Ma. Cristina Santos (mother)\nMobile: 0917 845 3306\nEmail: cristina.rsantos@yahoo.com\nAddress: Blk 7 Lot 12, Camella Homes, Brgy. Molino III, Bacoor, Cavite\nTuition plan B, ₱38,500 per sem',
    pii: [
      ['PERSON', 'SANTOS, Miguel Andres R.'],
      ['DATE_OF_BIRTH', '05/22/2013'],
      ['PERSON', 'Ma. Cristina Santos'],
      ['PHONE', '0917 845 3306'],
      ['EMAIL', 'cristina.rsantos@yahoo.com'],
      ['ADDRESS', 'Blk 7 Lot 12, Camella Homes, Brgy. Molino III, Bacoor, Cavite'],
    ],
  },
  {
    text: "Draft a short reply to this patient portal message for me:\n\n'Hi Dr. Nguyen, this is Marc-André Tremblay, chart # 00-482-199. My OHIP card 5584-472-913-MK expired last week, can I still come in Thursday at 3:15? Reception also asked for my SIN, it's 376 928 446. Best number is my cell 416-827-3391.'",
    pii: [
      ['PERSON', 'Nguyen'],
      ['PERSON', 'Marc-André Tremblay'],
      ['MEDICAL_RECORD', '00-482-199'],
      ['HEALTH_INSURANCE', '5584-472-913-MK'],
      ['CA_SIN', '376 928 446'],
      ['PHONE', '416-827-3391'],
    ],
  },
  {
    text: "why does this fail??\n\nimport boto3\ns3 = boto3.client('s3', region_name='ap-southeast-2', aws_access_key_id='AKIA4HQ7ZK2MNP3XWT6D', aws_secret_access_key='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')\ns3.list_objects_v2(Bucket='acme-invoices-prod')\n\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the ListObjectsV2 operation",
    pii: [
      ['SECRET', 'AKIA4HQ7ZK2MNP3XWT6D'],
      ['SECRET', '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'],
    ],
  },
  {
    text: 'Help me split this hotel folio 50/50 with my colleague:\nGuest: LIM CHEE KEONG   Room 1208\nArr 03-Jul  Dep 06-Jul\nSharing: Nurul Aisyah binti Ahmad\nRoom MYR 420.00 x 3\nMinibar MYR 38.00\nLaundry MYR 22.50\nSST 8%\nPaid by VISA ****4417\nFolio no. 771204',
    pii: [
      ['PERSON', 'LIM CHEE KEONG'],
      ['PERSON', 'Nurul Aisyah binti Ahmad'],
    ],
  },
  {
    text: "My phone was nicked on the bus last night, I need to block it. IMEI 352192549996667, SIM serial 8944507559172945606, the number was 07911 204 873. Account's in my name, Oluwaseun Adeyemi. Police ref is CAD 4471/18APR.",
    pii: [
      ['IMEI', '352192549996667'],
      ['ICCID', '8944507559172945606'],
      ['PHONE', '07911 204 873'],
      ['PERSON', 'Oluwaseun Adeyemi'],
    ],
  },
  {
    text: 'hey can you check if promo code SPRING25 still works on order 10048823? total was $212.40 and it only took $20 off. the confirmation email said code applied, ref A7Q-3391',
    pii: [],
  },
  {
    text: 'Summarise this tenancy application for the landlord:\nApplicant: Hemi Walker\nDOB: 2 Nov 1990\nCurrent address: 5/17 Rintoul Street, Newtown, Wellington 6021\nDriver licence: EK482917 (version 312)\nEmployer: Fonterra – reference from manager Sarah Kingi, 021 447 9021\nPets: 1 cat (desexed)\nRent offered: $640/week, bond 4 weeks',
    pii: [
      ['PERSON', 'Hemi Walker'],
      ['DATE_OF_BIRTH', '2 Nov 1990'],
      ['ADDRESS', '5/17 Rintoul Street, Newtown, Wellington 6021'],
      ['DRIVER_LICENSE', 'EK482917'],
      ['PERSON', 'Sarah Kingi'],
      ['PHONE', '021 447 9021'],
    ],
  },
  {
    text: "can you fill this into the booking form for me: card 4033 6925 0485 2317 exp 09/27 cvv 614, name on card Robert K. Hanley, billing zip 30309. it's for the 2 rooms on the 18th",
    pii: [
      ['CREDIT_CARD', '4033 6925 0485 2317'],
      ['CARD_EXPIRY', '09/27'],
      ['CARD_CVV', '614'],
      ['PERSON', 'Robert K. Hanley'],
    ],
  },
  {
    text: "Please rewrite this more formally for a client:\n\n'Dear Mr Hoang, the contract for Nguyen Thi Thu Ha is attached. She starts 1 Aug at the Da Nang office. Her passport no. is C4829173 and phone +84 903 418 276 for the visa agent. Thanks, Linh'",
    pii: [
      ['PERSON', 'Hoang'],
      ['PERSON', 'Nguyen Thi Thu Ha'],
      ['PASSPORT', 'C4829173'],
      ['PHONE', '+84 903 418 276'],
      ['PERSON', 'Linh'],
    ],
  },
];
