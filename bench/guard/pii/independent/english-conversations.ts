// English chat, SMS, email, call-centre and forum texts (many writers and countries) with their PII labelled by hand.
import type { IndependentText } from './types.ts';

export const englishConversations: readonly IndependentText[] = [
  {
    text: 'hey its Tahnee, new number 0412 387 905 - save it! 🙂',
    pii: [
      ['PERSON', 'Tahnee'],
      ['PHONE', '0412 387 905'],
    ],
  },
  {
    text: "Customer: Hi, my order #112-4829301-5573821 still hasn't shipped\nAgent: Sorry about that! I can see it's scheduled to leave our warehouse tomorrow morning.",
    pii: [],
  },
  {
    text: 'Hi team,\n\nPlease find the signed offer letter attached. I can start on 3 March as agreed.\n\nBest regards,\nOluwaseun Adebayo\nSenior Data Analyst\n+234 803 412 7759 | seun.adebayo@gmail.com',
    pii: [
      ['PERSON', 'Oluwaseun Adebayo'],
      ['PHONE', '+234 803 412 7759'],
      ['EMAIL', 'seun.adebayo@gmail.com'],
    ],
  },
  {
    text: 'Caller Mrs Dolores Ybarra, DOB 04/17/1958, reports Medicare card lost. Verified identity w/ security questions. Replacement requested, mailing to 2214 W Alvarado St, Apt 3, Phoenix, AZ 85009. Told her 2-3 wks.',
    pii: [
      ['PERSON', 'Dolores Ybarra'],
      ['DATE_OF_BIRTH', '04/17/1958'],
      ['ADDRESS', '2214 W Alvarado St, Apt 3, Phoenix, AZ 85009'],
    ],
  },
  {
    text: "uh yeah hi, my name's Callum McKenzie, that's C-A-L-L-U-M, and I'm ringing about my gas bill, the account ending four four one seven, it's gone up like double",
    pii: [['PERSON', 'Callum McKenzie']],
  },
  {
    text: 'Windows update KB5034441 keeps failing with 0x80070643 on my Dell XPS 15. Tried the troubleshooter and resizing the recovery partition, no luck. Build 10.0.19045.3803. Any ideas?',
    pii: [],
  },
  {
    text: 'Customer: 안녕하세요, I ordered the 김치 gift set last week but the box arrived crushed\nAgent: 죄송합니다! Could you send a photo to our support team? Your order number is KR-20250611-0078, right?\nCustomer: yes',
    pii: [],
  },
  {
    text: 'Min-jun oppa my new number is 010-4827-3915 ㅋㅋ old phone died in the Han river lol',
    pii: [
      ['PERSON', 'Min-jun'],
      ['PHONE', '010-4827-3915'],
    ],
  },
  {
    text: "Customer: There's a charge of $482.19 from WLMRT SUPERCTR I never made. Card is 4526 0181 5908 3012.\nAgent: Thank you, Mr. Whitfield. I've blocked that card and opened a dispute, reference DSP-7719204. A replacement will arrive in 7-10 business days.",
    pii: [
      ['CREDIT_CARD', '4526 0181 5908 3012'],
      ['PERSON', 'Whitfield'],
    ],
  },
  { text: 'Running 10 min late, stuck on the M60 near junction 12. Save me a seat x - Siân', pii: [['PERSON', 'Siân']] },
  {
    text: "Agent: To port your number we'll need your account PIN and the IMEI of the handset.\nCustomer: IMEI is 358885393363389 and the PIN is 7720\nAgent: Perfect, and the number you're porting is 312-947-0583?\nCustomer: yep that's the one",
    pii: [
      ['IMEI', '358885393363389'],
      ['PASSWORD', '7720'],
      ['PHONE', '312-947-0583'],
    ],
  },
  {
    text: 'Dear Ms Kaur,\n\nThank you for your claim (ref CLM-2025-448102) regarding the windscreen damage to your vehicle. Our assessor will contact you at 604-721-4418 within 2 business days to arrange an inspection.\n\nKind regards,\nClaims Team',
    pii: [
      ['PERSON', 'Kaur'],
      ['PHONE', '604-721-4418'],
    ],
  },
  {
    text: 'Pt Ngozi Eze (MRN 00482917) called re: post-op pain day 3. Advised paracetamol 1g QDS + ibuprofen with food. Callback on 0806 219 4470 if worse or fever. Dr Tunde Bakare informed.',
    pii: [
      ['PERSON', 'Ngozi Eze'],
      ['MEDICAL_RECORD', '00482917'],
      ['PHONE', '0806 219 4470'],
      ['PERSON', 'Tunde Bakare'],
    ],
  },
  { text: 'pls send the deposit to my Lloyds acc, sort code 30-96-24 acc no 78135790. ta', pii: [['BANK_ACCOUNT', '78135790']] },
  {
    text: "Anyone know why my Model 3 shows 'Charging Equipment Not Ready'? Supercharger in Markham, software 2024.44.25. Service ticket 1-9KQ2P31 opened 4 days ago, no reply.",
    pii: [],
  },
  {
    text: "Hi Priya, your laptop's MAC is 3C:22:FB:9A:41:07 and it pulled 10.42.17.203 from DHCP. I've whitelisted it on the NAC, let me know if the VPN still drops.\n– Rhys, IT Service Desk",
    pii: [
      ['PERSON', 'Priya'],
      ['MAC_ADDRESS', '3C:22:FB:9A:41:07'],
      ['IP_ADDRESS', '10.42.17.203'],
      ['PERSON', 'Rhys'],
    ],
  },
  {
    text: "Customer: Booking ref is QX7PLM, flight BA0283 LHR-LAX on 14 Aug. I need to update my passport number, I renewed it.\nAgent: No problem. What's the new number and expiry date?\nCustomer: 548173926, expires 02/2035",
    pii: [['PASSPORT', '548173926']],
  },
  {
    text: 'Bros abeg send the 25k to my GTBank 0123847561, Emeka Nwosu. Will refund you Friday latest',
    pii: [
      ['BANK_ACCOUNT', '0123847561'],
      ['PERSON', 'Emeka Nwosu'],
    ],
  },
  {
    text: 'Dear Anjali,\n\nFurther to your interview on Tuesday, please share the following for onboarding: PAN copy, masked Aadhaar and a cancelled cheque. Our payroll team will reach out separately.\n\nRegards,\nVenkatesh Iyer\nTalent Acquisition, InfoTrek Solutions\nM: +91 98450 23817',
    pii: [
      ['PERSON', 'Anjali'],
      ['PERSON', 'Venkatesh Iyer'],
      ['PHONE', '+91 98450 23817'],
    ],
  },
  {
    text: 'Hi Mr Achterberg, this is Boots Pharmacy Leeds. Your prescription is ready to collect. Please bring photo ID. Opening hours 8am-8pm Mon-Sat.',
    pii: [['PERSON', 'Achterberg']],
  },
  {
    text: "Customer: Moving out of 14/22 Kirribilli Ave, Milsons Point NSW 2061 on the 30th, need a final meter read\nAgent: No worries Lachlan, I've booked the final read for 30 June. The final bill will go to the email on file.",
    pii: [
      ['ADDRESS', '14/22 Kirribilli Ave, Milsons Point NSW 2061'],
      ['PERSON', 'Lachlan'],
    ],
  },
  { text: "Are the Jordan 1 Retro High 'Chicago' true to size? I'm usually a 10 in Nike and a 9.5 in Adidas.", pii: [] },
  {
    text: 'Hello, I am Park Ji-woo. I want to change my delivery address to 서울특별시 마포구 월드컵북로 396, 1502호. Phone is +82 10 3391 7402. 감사합니다',
    pii: [
      ['PERSON', 'Park Ji-woo'],
      ['ADDRESS', '서울특별시 마포구 월드컵북로 396, 1502호'],
      ['PHONE', '+82 10 3391 7402'],
    ],
  },
  {
    text: "Agent: For the T4 slip I'll need your SIN.\nCustomer: 381 590 132\nAgent: Thanks Geneviève, and is your mailing address still 1180 rue Saint-Denis, app. 5, Montréal, QC H2X 3J6?\nCustomer: oui, same",
    pii: [
      ['CA_SIN', '381 590 132'],
      ['PERSON', 'Geneviève'],
      ['ADDRESS', '1180 rue Saint-Denis, app. 5, Montréal, QC H2X 3J6'],
    ],
  },
  {
    text: 'Customer: Do you really need my full SSN to reset the password?\nAgent: Just the last four digits, please.\nCustomer: ok 4417',
    pii: [],
  },
  {
    text: "[00:02:41] CALLER: it's, um, 5178 6579 7543 2313, expiry 08/27\n[00:02:55] AGENT: and the three digits on the back?\n[00:02:58] CALLER: 604\n[00:03:02] AGENT: thank you, processing that now",
    pii: [
      ['CREDIT_CARD', '5178 6579 7543 2313'],
      ['CARD_EXPIRY', '08/27'],
      ['CARD_CVV', '604'],
    ],
  },
  {
    text: 'Cheers,\nImogen Fairweather\nPractice Manager | Harbour Lane Dental\nD: 0131 662 4815 | M: 07911 472318',
    pii: [
      ['PERSON', 'Imogen Fairweather'],
      ['PHONE', '0131 662 4815'],
      ['PHONE', '07911 472318'],
    ],
  },
  {
    text: 'Can someone explain why my electricity bill jumped from £96 to £212 in one month? Same usage, still on Octopus Agile. Meter reads look right.',
    pii: [],
  },
  {
    text: 'Hi Marcus, your 2021 Honda Accord (VIN 1HGCV1F35MA012345) is booked in for the airbag recall on Tue at 9:30am. Loaner car available. – Westside Honda Service',
    pii: [
      ['PERSON', 'Marcus'],
      ['VIN', '1HGCV1F35MA012345'],
    ],
  },
  {
    text: 'Customer: Hi, I got a parking fine in Jeju for rental car 58허 2291 but I returned it on the 3rd!\nAgent: Let me check with the branch. Can I have the name on the contract?\nCustomer: Olivia Brennan-Hughes',
    pii: [
      ['VEHICLE_PLATE', '58허 2291'],
      ['PERSON', 'Olivia Brennan-Hughes'],
    ],
  },
  {
    text: 'Customer: hire desk at Gatwick wants my licence details, is the number enough?\nAgent: Yes, the licence number plus a DVLA check code.\nCustomer: ok licence no. PUGH9853217RP9WK, name Rhiannon Pugh',
    pii: [
      ['DRIVER_LICENSE', 'PUGH9853217RP9WK'],
      ['PERSON', 'Rhiannon Pugh'],
    ],
  },
  {
    text: 'Package 1Z4E8F270312948875 says delivered but nothing at my door or with the neighbours. UPS claim # 7720318844, anyone had luck with these?',
    pii: [],
  },
  {
    text: "G'day, Brodie from Harvey Norman here re your fridge delivery Thurs between 7-11am. Txt back Y to confirm or call me on 0423 118 674",
    pii: [
      ['PERSON', 'Brodie'],
      ['PHONE', '0423 118 674'],
    ],
  },
  {
    text: "Customer: My Medicare number is 2950 38171 1, I'm trying to claim the GP visit from last week\nAgent: Thanks Kirra, and the number next to your name on the card?\nCustomer: 2",
    pii: [
      ['HEALTH_INSURANCE', '2950 38171 1'],
      ['PERSON', 'Kirra'],
    ],
  },
  {
    text: "Reception note: Mr Declan O'Rourke, NHS no 485 777 3457, requesting repeat prescription for sertraline 50mg. Forwarded to Dr Fionnuala Byrne for sign-off.",
    pii: [
      ['PERSON', "Declan O'Rourke"],
      ['HEALTH_INSURANCE', '485 777 3457'],
      ['PERSON', 'Fionnuala Byrne'],
    ],
  },
  {
    text: "Agent: Thanks for holding, Ms Nwachukwu. I've escalated this to our Level 2 team under ticket INC0048217. You should hear back within 24h.\nCustomer: fine, thanks",
    pii: [['PERSON', 'Nwachukwu']],
  },
  {
    text: 'Hi Tomasz,\n\nAs discussed, please transfer the deposit for the flat (€1,450) to:\nIBAN: DE74 1468 8197 3699 3563 27\nAccount holder: Katrin Vogelsang\n\nDanke!\nKatrin',
    pii: [
      ['PERSON', 'Tomasz'],
      ['IBAN', 'DE74 1468 8197 3699 3563 27'],
      ['PERSON', 'Katrin Vogelsang'],
      ['PERSON', 'Katrin'],
    ],
  },
  {
    text: "Customer: can't log in to the portal, username is amrit.sandhu92 and I reset the password to Maple!Leaf2025 yesterday\nAgent: Please don't share passwords in chat 🙂 I've unlocked the account, try again now.",
    pii: [
      ['USERNAME', 'amrit.sandhu92'],
      ['PASSWORD', 'Maple!Leaf2025'],
    ],
  },
  {
    text: 'Getting 401 from the weather API even though my key is set:\n\ncurl "https://api.openweathermap.org/data/2.5/weather?q=Busan&appid=3b7e9d21c4f84a0e9c6d15f2a8e07b4c"\n\nWhat am I doing wrong? Key was created an hour ago.',
    pii: [['SECRET', '3b7e9d21c4f84a0e9c6d15f2a8e07b4c']],
  },
  {
    text: 'Sir my Jio number 98201 47753 is not getting OTP for UPI since 2 days. Pls resolve urgently. Sandeep Mukherjee, Kolkata',
    pii: [
      ['PHONE', '98201 47753'],
      ['PERSON', 'Sandeep Mukherjee'],
    ],
  },
  {
    text: "Good afternoon, I paid for the Lagos-Abuja ticket (booking ARK-55921) but didn't get the e-ticket. My email is chidinma.okafor@yahoo.com, phone 0703 558 1296. Thank you ma.",
    pii: [
      ['EMAIL', 'chidinma.okafor@yahoo.com'],
      ['PHONE', '0703 558 1296'],
    ],
  },
  { text: 'Thanks 사장님! The 박스 was way bigger than I expected lol, everything arrived fine', pii: [] },
  {
    text: "Agent: May I have the name on the account?\nCustomer: Kim Min-jun. Or Minjun Kim, on my passport it's KIM MINJUN\nAgent: Got it, and the passport number?\nCustomer: M48271936",
    pii: [
      ['PERSON', 'Kim Min-jun'],
      ['PERSON', 'Minjun Kim'],
      ['PERSON', 'KIM MINJUN'],
      ['PASSPORT', 'M48271936'],
    ],
  },
  {
    text: "Customer: Hi, the DOB on my policy is wrong, it says 12/03/1990 but it should be 03/12/1990\nAgent: Thanks Hemi, I've corrected it and a new schedule is on its way.",
    pii: [
      ['DATE_OF_BIRTH', '12/03/1990'],
      ['DATE_OF_BIRTH', '03/12/1990'],
      ['PERSON', 'Hemi'],
    ],
  },
  {
    text: "Hi, I'm filing with an ITIN, 912-78-4431, and the e-file keeps rejecting with code IND-031-04. Does the name need to match exactly? It's Nguyen Thi Lan on the ITIN letter.",
    pii: [
      ['US_ITIN', '912-78-4431'],
      ['PERSON', 'Nguyen Thi Lan'],
    ],
  },
  {
    text: 'Agent note 11/04: Spoke with Tamika Rhodes re: direct deposit change. Verified SSN 428-71-9036 and DOB 1984-09-22. New routing/acct on file, acct ending 3318.',
    pii: [
      ['PERSON', 'Tamika Rhodes'],
      ['US_SSN', '428-71-9036'],
      ['DATE_OF_BIRTH', '1984-09-22'],
    ],
  },
  {
    text: 'Has anyone switched from Vodafone to Three? Worried about coverage around Chelsea and Victoria, I commute between them every day.',
    pii: [],
  },
  {
    text: "Customer: hi where is my parcel\nAgent: Hi! Could you share your order number or the email you used?\nCustomer: fatimazahra.benali@outlook.fr\nAgent: Thanks Fatima Zahra, it's out with the courier, tracking 6A21894730552.",
    pii: [
      ['EMAIL', 'fatimazahra.benali@outlook.fr'],
      ['PERSON', 'Fatima Zahra'],
    ],
  },
  {
    text: "It's Joaquín, lost my phone, this is my work number +54 9 11 4823 7716 for now",
    pii: [
      ['PERSON', 'Joaquín'],
      ['PHONE', '+54 9 11 4823 7716'],
    ],
  },
  {
    text: "Customer: my smart meter keeps showing 'No Signal'. Meter serial 19K0482715, MPAN 1200023450512.\nAgent: Thanks Mr Oduya, that's a known comms fault on that model, I'll book an engineer.",
    pii: [['PERSON', 'Oduya']],
  },
  {
    text: "Dear Hiring Manager,\n\nI am applying for the Junior Accountant role (ref JA-0425). I hold ACCA Part 2 and have 3 years' experience at PwC Lagos.\n\nYours faithfully,\nAisha Bello\naisha.bello.acca@gmail.com\n+234 809 661 2084",
    pii: [
      ['PERSON', 'Aisha Bello'],
      ['EMAIL', 'aisha.bello.acca@gmail.com'],
      ['PHONE', '+234 809 661 2084'],
    ],
  },
  {
    text: "Hi, my ARC number is 950822-6635516 but the bank says it doesn't match my name (Nguyen Van Duc). Can the immigration office fix this or is it the bank?",
    pii: [
      ['FRN', '950822-6635516'],
      ['PERSON', 'Nguyen Van Duc'],
    ],
  },
  {
    text: "Customer: The form asks for 주민번호, mine is 920314-2167231, is it safe to put here?\nAgent: Please don't share it in chat, I'll send you a secure form link instead.",
    pii: [['RRN', '920314-2167231']],
  },
  {
    text: 'Invoice query: our company Hanbit Trading, business reg no. 214-87-35604. We were billed twice for March. Contact: Yoon Seok-jin, 010-7254-8810',
    pii: [
      ['BRN', '214-87-35604'],
      ['PERSON', 'Yoon Seok-jin'],
      ['PHONE', '010-7254-8810'],
    ],
  },
  { text: 'ok see u at 7 at the Tim Hortons on Yonge, bring Priyesh too', pii: [['PERSON', 'Priyesh']] },
  {
    text: "Customer: card 3742 366712 76846 exp 11/28 cid 9182, amex has 4 digits right?\nAgent: Yes, Amex uses a 4-digit code. Please don't send the full number here next time though.",
    pii: [
      ['CREDIT_CARD', '3742 366712 76846'],
      ['CARD_EXPIRY', '11/28'],
      ['CARD_CVV', '9182'],
    ],
  },
  {
    text: "Agent: Can you read me the SIM number on the back of the card? Starts with 89.\nCustomer: 8944 5116 3726 5167 611\nAgent: Lovely, that's activated on your new plan now, Mr Pritchard.",
    pii: [
      ['ICCID', '8944 5116 3726 5167 611'],
      ['PERSON', 'Pritchard'],
    ],
  },
  {
    text: "Reminder: your appointment with Dr. Ayumi Takeda at St Michael's Hospital Cardiology is on 12 Nov at 10:40. Reply C to cancel. Please do not reply with personal information.",
    pii: [['PERSON', 'Ayumi Takeda']],
  },
  {
    text: 'Help!! Got an email saying my PayPal is suspended and to log in at paypa1-secure-verify.com. I already typed my password in 😩 what should I do first?',
    pii: [],
  },
  {
    text: "Customer: here's what your app log showed when it kicked me out:\nuser_id=58213 email=lee.seoyeon@naver.com ip=211.234.118.52 action=login_failed reason=bad_password",
    pii: [
      ['EMAIL', 'lee.seoyeon@naver.com'],
      ['IP_ADDRESS', '211.234.118.52'],
    ],
  },
  {
    text: "Agent: Hi, you're chatting with Deepa. How can I help?\nCustomer: hi Deepa, i want to cancel my gym membership, member no 00731844\nAgent: Sorry to see you go! Can I confirm the postcode on the account?\nCustomer: M14 5RQ",
    pii: [
      ['PERSON', 'Deepa'],
      ['PERSON', 'Deepa'],
    ],
  },
  {
    text: 'My home server (public IP 86.143.27.190) keeps getting hammered by SSH brute-force attempts. fail2ban is on, is maxretry=3 too aggressive?',
    pii: [['IP_ADDRESS', '86.143.27.190']],
  },
  {
    text: "Hi love, Nana's new number at the village is (08) 9384 2217, she's in room 14. She'd love a call Sunday x",
    pii: [['PHONE', '(08) 9384 2217']],
  },
  {
    text: 'Dear Sir/Madam,\n\nI am writing to follow up on my visa application (ref VFS/LON/2025/118204). My passport number is Z7284461 and my date of birth is 14 February 1993.\n\nKind regards,\nLakshmi Narayanan',
    pii: [
      ['PASSPORT', 'Z7284461'],
      ['DATE_OF_BIRTH', '14 February 1993'],
      ['PERSON', 'Lakshmi Narayanan'],
    ],
  },
  {
    text: 'Agent: Hi Oksana, your refund of $64.99 has been processed to the original payment method (Visa ending 0934). Please allow 5-7 business days.\nCustomer: awesome thank you!!',
    pii: [['PERSON', 'Oksana']],
  },
  {
    text: '14:22 inbound - Mrs Siobhan Gallagher called, furious about engineer no-show. Rebooked for Fri AM. Cust mobile 07423 581906, prefers text. Goodwill credit £30 applied.',
    pii: [
      ['PERSON', 'Siobhan Gallagher'],
      ['PHONE', '07423 581906'],
    ],
  },
  {
    text: 'Jung Da-eun here! 언니 I sent 이번 달 rent to your KB account 482901-01-337265, check pls',
    pii: [
      ['PERSON', 'Jung Da-eun'],
      ['BANK_ACCOUNT', '482901-01-337265'],
    ],
  },
  {
    text: 'Customer: Please update shipping to 4418 N Kedzie Ave, Unit 2R, Chicago, IL 60625\nAgent: Done! Anything else, Kristoffer?\nCustomer: nope ty',
    pii: [
      ['ADDRESS', '4418 N Kedzie Ave, Unit 2R, Chicago, IL 60625'],
      ['PERSON', 'Kristoffer'],
    ],
  },
  {
    text: 'Customer: does the Galaxy S24 Ultra come with a charger in the box?\nAgent: Only a USB-C cable, the 45W adapter (EP-T4510) is sold separately.\nCustomer: typical',
    pii: [],
  },
  {
    text: "Hi all, exchange student at Yonsei here. My 외국인등록증 still hasn't arrived after 6 weeks and Hi Korea just says 'in progress'. Is this normal? I need it to open an account at Woori.",
    pii: [],
  },
  {
    text: 'Nurse triage: caller is mother of Amara Obi (DOB 2019-06-08), 38.9C fever x2 days, rash on trunk. Advised to attend Paeds ED. Chart # PED-448210.',
    pii: [
      ['PERSON', 'Amara Obi'],
      ['DATE_OF_BIRTH', '2019-06-08'],
      ['MEDICAL_RECORD', 'PED-448210'],
    ],
  },
  {
    text: 'hi, pls charge the balance to my other card 5394-8757-4911-8624, exp 03/29. thx, Kang Dong-hyun',
    pii: [
      ['CREDIT_CARD', '5394-8757-4911-8624'],
      ['CARD_EXPIRY', '03/29'],
      ['PERSON', 'Kang Dong-hyun'],
    ],
  },
  {
    text: "Call me back on 617.924.5580 after 3pm, it's Wanjiru from the PTA",
    pii: [
      ['PHONE', '617.924.5580'],
      ['PERSON', 'Wanjiru'],
    ],
  },
  {
    text: 'Customer: the app shows this error, not sure if it helps:\n{"error":"PAYMENT_DECLINED","customer":{"name":"Mehmet Yildiz","email":"m.yildiz84@gmail.com"},"amount":129.5,"currency":"GBP","order":"ORD-88412"}',
    pii: [
      ['PERSON', 'Mehmet Yildiz'],
      ['EMAIL', 'm.yildiz84@gmail.com'],
    ],
  },
  {
    text: "Customer: My wife Han Ye-rin lost her phone, can we block the SIM? Her number is 010-5513-0947\nAgent: For security I'll need to speak with the account holder.\nCustomer: that's me, Choi Hyun-woo",
    pii: [
      ['PERSON', 'Han Ye-rin'],
      ['PHONE', '010-5513-0947'],
      ['PERSON', 'Choi Hyun-woo'],
    ],
  },
  {
    text: "Does anyone know if Shoppers Drug Mart in Victoria BC does walk-in flu shots? Website says book online but it's full till December.",
    pii: [],
  },
  {
    text: "Agent: Mate, I'll need your driver licence number to verify the hire.\nCustomer: NSW licence 14829375\nAgent: Cheers Mitchell, you're all set for pickup at 8.",
    pii: [
      ['DRIVER_LICENSE', '14829375'],
      ['PERSON', 'Mitchell'],
    ],
  },
  {
    text: "Caller: email is rangi.parata@xtra.co.nz, that's R-A-N-G-I\nAgent: Got it, I'll send the quote over now.",
    pii: [['EMAIL', 'rangi.parata@xtra.co.nz']],
  },
  {
    text: 'Customer: My uncle in Ireland wants to send me money, what do I give him?\nAgent: Your IBAN and BIC. Your IBAN is GB71 HBUK 4012 7666 3923 32 and the BIC is HBUKGB4B.\nCustomer: brill thanks',
    pii: [['IBAN', 'GB71 HBUK 4012 7666 3923 32']],
  },
  {
    text: "Agent: Mr Takahashi, please call our fraud team on 1-888-247-4080, available 24/7. Quote case FR-2291-0047 and they'll pick it up from there.",
    pii: [['PERSON', 'Takahashi']],
  },
  {
    text: 'Minseo-ya the 택배 guy called me instead of you lol, he has your address as 경기도 성남시 분당구 판교역로 235, 502동 1101호 is that right?',
    pii: [
      ['PERSON', 'Minseo'],
      ['ADDRESS', '경기도 성남시 분당구 판교역로 235, 502동 1101호'],
    ],
  },
  {
    text: 'Caller Mr Femi Adeyemi re: Universal Credit. NINO JT 48 21 93 C. Advised to upload payslips to journal. Next appt 23/10 at Lewisham Jobcentre.',
    pii: [
      ['PERSON', 'Femi Adeyemi'],
      ['UK_NINO', 'JT 48 21 93 C'],
    ],
  },
  {
    text: "Hiya, it's Bethan from the surgery, could you ring me back on 029 2074 6618 about your blood results? Nothing to worry about.",
    pii: [
      ['PERSON', 'Bethan'],
      ['PHONE', '029 2074 6618'],
    ],
  },
  {
    text: 'Agent: Thanks Aoife, your appointment is confirmed for Thursday 14:30 at our Manchester Piccadilly store. Please bring the device and charger.\nCustomer: cheers',
    pii: [['PERSON', 'Aoife']],
  },
  {
    text: "Customer: I was charged twice at Marks & Spencer, £42.80 each, card ending 7716\nAgent: Hi Yasmin, one of those is a pending authorisation, it'll drop off in 3-5 days.",
    pii: [['PERSON', 'Yasmin']],
  },
  {
    text: "Hi Chloé,\n\nWelcome aboard! Your network login is ctremblay and your temporary password is Welcome#4471 (you'll be asked to change it at first sign-in). Badge pickup is at reception, 2nd floor.\n\nMarc-André Bouchard\nIT Onboarding",
    pii: [
      ['PERSON', 'Chloé'],
      ['USERNAME', 'ctremblay'],
      ['PASSWORD', 'Welcome#4471'],
      ['PERSON', 'Marc-André Bouchard'],
    ],
  },
  {
    text: 'My phone was stolen in Itaewon last night. IMEI 865004743957553, number +82 10 6682 1439. Police report no. 2025-04417. Please blacklist it asap',
    pii: [
      ['IMEI', '865004743957553'],
      ['PHONE', '+82 10 6682 1439'],
    ],
  },
  { text: 'thx for the quick reply Sunil, will try resetting the router and get back to you', pii: [['PERSON', 'Sunil']] },
  {
    text: 'AGENT: ...and your full name please?\nCALLER: Babatunde Oyelaran. Oyelaran is O-Y-E-L-A-R-A-N.\nAGENT: And your date of birth?\nCALLER: Second of October, nineteen seventy-nine.',
    pii: [
      ['PERSON', 'Babatunde Oyelaran'],
      ['PERSON', 'Oyelaran'],
      ['DATE_OF_BIRTH', 'Second of October, nineteen seventy-nine'],
    ],
  },
  {
    text: "Has anyone used Coupang Rocket Delivery to Jeju? My order says 'island area surcharge' ₩3,000 even though I have WOW membership.",
    pii: [],
  },
  {
    text: "Got a text saying 'HSBC: Your account has been locked, verify at hsbc-verify-uk.co within 24h'. Is this a scam? I do bank with HSBC.",
    pii: [],
  },
  {
    text: 'Customer: Hi, I moved. New address is 2207 Whyte Ave NW, Suite 410, Edmonton, AB T6E 1A5. Old one was in Red Deer.\nAgent: Updated, Kayden. Your next statement will go to the new address.',
    pii: [
      ['ADDRESS', '2207 Whyte Ave NW, Suite 410, Edmonton, AB T6E 1A5'],
      ['PERSON', 'Kayden'],
    ],
  },
  {
    text: "Reminder from Dr Raghavan: your son Arjun's MMR booster is due on 18/09. Reply YES to book a slot.",
    pii: [
      ['PERSON', 'Raghavan'],
      ['PERSON', 'Arjun'],
    ],
  },
  {
    text: 'Customer: booking for my mom, name Oh Soo-bin, passport M71520384, birthday 1962.05.17\nAgent: Thank you! Is the name spelled exactly as on the passport, OH SOOBIN?\nCustomer: yes',
    pii: [
      ['PERSON', 'Oh Soo-bin'],
      ['PASSPORT', 'M71520384'],
      ['DATE_OF_BIRTH', '1962.05.17'],
      ['PERSON', 'OH SOOBIN'],
    ],
  },
  { text: 'Version 3.12.4.1 broke the export button again, can you roll back to 3.11?', pii: [] },
  {
    text: 'Hi Dr Okonkwo,\n\nFollowing up on my MRI from 2 Oct, hospital number RTH-0092714. Could you let me know if the results are back? My GP is at Jericho Health Centre.\n\nThanks,\nHannah Whitlock',
    pii: [
      ['PERSON', 'Okonkwo'],
      ['MEDICAL_RECORD', 'RTH-0092714'],
      ['PERSON', 'Hannah Whitlock'],
    ],
  },
  {
    text: "Text me when you land +1 (347) 862-1190. I'll be at arrivals, Terminal 4. - Deshawn",
    pii: [
      ['PHONE', '+1 (347) 862-1190'],
      ['PERSON', 'Deshawn'],
    ],
  },
  {
    text: 'Agent: Can I get your Bupa membership number?\nCustomer: 72418806\nAgent: Thanks Ms Donnelly, I can see extras cover is active on that policy.',
    pii: [
      ['HEALTH_INSURANCE', '72418806'],
      ['PERSON', 'Donnelly'],
    ],
  },
  {
    text: '@mods please delete my last post, I accidentally pasted my card number 4661318609139090 😭',
    pii: [['CREDIT_CARD', '4661318609139090']],
  },
  {
    text: "Customer: I won the giveaway!! My Instagram is @kirra.surfs_byron\nAgent: Congrats! We'll DM you there to sort out shipping.",
    pii: [['USERNAME', '@kirra.surfs_byron']],
  },
  {
    text: "Customer: The driver left my parcel at 101동 instead of 102동. My address is 부산광역시 해운대구 센텀중앙로 79, 102동 2304호.\nAgent: 죄송합니다, we'll have it redelivered today.",
    pii: [['ADDRESS', '부산광역시 해운대구 센텀중앙로 79, 102동 2304호']],
  },
  {
    text: "Customer: how long does a Chase wire transfer to Nigeria take? It's going to my sister Ifeoma's account at Zenith\nAgent: Usually 1-3 business days, depending on the receiving bank.",
    pii: [['PERSON', 'Ifeoma']],
  },
  { text: "happy birthday to me 🎉 born 7 July 1999 and still can't cook jollof properly", pii: [['DATE_OF_BIRTH', '7 July 1999']] },
  {
    text: "Customer: Hi, is my prescription ready? Name's Venkat Subramanian, DOB 22-11-1971.\nAgent: Yes, your metformin 500mg is ready for pickup at the Brampton store after 2pm.",
    pii: [
      ['PERSON', 'Venkat Subramanian'],
      ['DATE_OF_BIRTH', '22-11-1971'],
    ],
  },
  {
    text: "Agent: What's the email on your Nexon account?\nCustomer: dahyun0412@hanmail.net, username is dhyun_04\nAgent: Thanks, sending a reset link now.",
    pii: [
      ['EMAIL', 'dahyun0412@hanmail.net'],
      ['USERNAME', 'dhyun_04'],
    ],
  },
  {
    text: 'Please reference invoice INV-2025-00871 and PO 4500219934 on the remittance. Payment terms net 30.\n\nThanks,\nGwen Abernathy | Accounts Payable',
    pii: [['PERSON', 'Gwen Abernathy']],
  },
  {
    text: 'Customer: I bought a used Hyundai here in Korea, VIN KMHD841CXMU147852, plate 34나 7812. How do I check the accident history?\nAgent: You can look it up on Carhistory (카히스토리) with the plate number.',
    pii: [
      ['VIN', 'KMHD841CXMU147852'],
      ['VEHICLE_PLATE', '34나 7812'],
    ],
  },
  {
    text: 'Customer: i tried card 6230 7924 4026 8598 with cvc 318 and it keeps saying declined\nAgent: UnionPay cards sometimes need 3-D Secure enabled by the issuing bank.',
    pii: [
      ['CREDIT_CARD', '6230 7924 4026 8598'],
      ['CARD_CVV', '318'],
    ],
  },
  {
    text: "Hi Rahul,\n\nThe landlord is happy to go ahead. Could you call me on 020 8741 2265 to arrange the inventory check? I'm free after 6.\n\nBest,\nPriyanka",
    pii: [
      ['PERSON', 'Rahul'],
      ['PHONE', '020 8741 2265'],
      ['PERSON', 'Priyanka'],
    ],
  },
  { text: "Anyone else's Tesco Clubcard app crashing on iOS 18.1? Can't scan at the till.", pii: [] },
  {
    text: '정말 thank you for helping yesterday!! btw my email changed → seoyeon.lee.design@gmail.com 👍',
    pii: [['EMAIL', 'seoyeon.lee.design@gmail.com']],
  },
  {
    text: 'Customer: can you deliver to my work instead? Flat 3, 27 Brunswick Square, Hove BN3 1EJ\nAgent: Sure, updated for this order only.',
    pii: [['ADDRESS', 'Flat 3, 27 Brunswick Square, Hove BN3 1EJ']],
  },
  {
    text: 'Agent: Hi Ravi! The Unlimited Plus plan is $65/mo with autopay, $70 without. Taxes and fees extra.\nCustomer: and if I add a line?\nAgent: $40 per additional line.',
    pii: [['PERSON', 'Ravi']],
  },
  {
    text: 'Hi, this is Lee from accounts at Daehan Logistics. Our 사업자등록번호 is 617-86-21049, please reissue the tax invoice under that number. Thanks',
    pii: [
      ['PERSON', 'Lee'],
      ['BRN', '617-86-21049'],
    ],
  },
  {
    text: 'For vendor registration please use our corporate reg. no. (법인등록번호) 110111-4823012. Business reg. no. is 120-81-54828. Any issues, email me: jiwon.seo@hyemin-tech.co.kr',
    pii: [
      ['CRN', '110111-4823012'],
      ['BRN', '120-81-54828'],
      ['EMAIL', 'jiwon.seo@hyemin-tech.co.kr'],
    ],
  },
  {
    text: "Pick up Kenji from football at 5:30, I'm stuck at work. His coach's number is 0412 905 338 if you can't find him",
    pii: [
      ['PERSON', 'Kenji'],
      ['PHONE', '0412 905 338'],
    ],
  },
  {
    text: 'Agent: Please run ipconfig and tell me what you see.\nCustomer: IPv4 Address 192.168.1.47, Subnet Mask 255.255.255.0, Physical Address A4-83-E7-2C-91-5D',
    pii: [
      ['IP_ADDRESS', '192.168.1.47'],
      ['MAC_ADDRESS', 'A4-83-E7-2C-91-5D'],
    ],
  },
  {
    text: "[Agent] Thank you for calling Optus, you're speaking with Jarrah.\n[Caller] Hi Jarrah, yeah my bill's gone up to $129 and I'm on the $69 plan?",
    pii: [
      ['PERSON', 'Jarrah'],
      ['PERSON', 'Jarrah'],
    ],
  },
  {
    text: 'Regards,\nDr. Chinwe Okonkwo-Eze, MBBS, FWACS\nConsultant Obstetrician\nLagoon Hospitals, Ikoyi\nMobile: +234 802 318 6645\nchinwe.okonkwoeze@lagoonhospitals.com',
    pii: [
      ['PERSON', 'Chinwe Okonkwo-Eze'],
      ['PHONE', '+234 802 318 6645'],
      ['EMAIL', 'chinwe.okonkwoeze@lagoonhospitals.com'],
    ],
  },
  {
    text: "Hi it's Gary your landlord, rent for Nov is due. Zelle to garyp.rentals@gmail.com or 614-228-5901. Thx",
    pii: [
      ['PERSON', 'Gary'],
      ['EMAIL', 'garyp.rentals@gmail.com'],
      ['PHONE', '614-228-5901'],
    ],
  },
  {
    text: 'Customer: Is the 최근 update out for the Galaxy Buds too?\nAgent: Yes, firmware R510XXU1AXH3 is rolling out this week.',
    pii: [],
  },
  {
    text: 'Sir kindly transfer the advance to A/c no. 50100238471926, HDFC Bank, IFSC HDFC0004417, name Harpreet Kaur. Will share receipt after.',
    pii: [
      ['BANK_ACCOUNT', '50100238471926'],
      ['PERSON', 'Harpreet Kaur'],
    ],
  },
  {
    text: 'Called re CPP application. Client Wei-Ling Cheung, SIN 724-595-715, DOB 1957-03-30, wants direct deposit to start Jan. Sent form ISP-1400 by mail.',
    pii: [
      ['PERSON', 'Wei-Ling Cheung'],
      ['CA_SIN', '724-595-715'],
      ['DATE_OF_BIRTH', '1957-03-30'],
    ],
  },
  { text: '[KB국민카드] Approved ₩48,500 at GS25 Yeoksam. Card ****-****-****-4482. Monthly total ₩1,230,400', pii: [] },
  {
    text: "Customer: New eSIM isn't activating. ICCID shows 89118058887180334018 and my IMEI2 is 353137353799078.\nAgent: Thanks Mehwish, I'll re-push the profile from our end.",
    pii: [
      ['ICCID', '89118058887180334018'],
      ['IMEI', '353137353799078'],
      ['PERSON', 'Mehwish'],
    ],
  },
  {
    text: "Customer: here's my .env, still getting 'invalid signature':\nWEBHOOK_SECRET=9bQ2mX7kLp4TzR8vN1cY6dHsA3fW\nSHOP_URL=https://shop.example.com\nAgent: Please rotate that secret right away since it's been pasted here.",
    pii: [['SECRET', '9bQ2mX7kLp4TzR8vN1cY6dHsA3fW']],
  },
  {
    text: 'Customer: Can you redirect my mail to 7 Banksia Crescent, Mount Gambier SA 5290 from next week?\nAgent: Yep, redirection set for 12 months. The fee is $31.50.',
    pii: [['ADDRESS', '7 Banksia Crescent, Mount Gambier SA 5290']],
  },
  {
    text: 'Got a letter from HMRC asking for my UTR and NI number, is it legit? Never had this before, been self-employed since April.',
    pii: [],
  },
  {
    text: "Jiho ya, Soojin's number is 010 2291 7745, she said text her before calling. 화이팅!",
    pii: [
      ['PERSON', 'Jiho'],
      ['PERSON', 'Soojin'],
      ['PHONE', '010 2291 7745'],
    ],
  },
  {
    text: "Hey Sanne, quick q: is the rent still going to NL15 INGB 7839 7052 32 (S. de Vries)? My banking app flagged the name check as 'close match' 🤔 - Ji-hoon",
    pii: [
      ['PERSON', 'Sanne'],
      ['IBAN', 'NL15 INGB 7839 7052 32'],
      ['PERSON', 'S. de Vries'],
      ['PERSON', 'Ji-hoon'],
    ],
  },
];
