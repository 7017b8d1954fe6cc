// English context words for names: capitalised words that are never names, company suffixes, and common first names that raise confidence.

/** Capitalised words that start sentences, name products, months or places, and so end (or reject) a name. */
export const wordsThatAreNotNames: ReadonlySet<string> = new Set([
  ...['The', 'This', 'That', 'These', 'Those', 'It', 'We', 'You', 'They', 'He', 'She', 'My', 'Our', 'Your', 'His', 'Her', 'Its'],
  // Questions and auxiliaries that open a turn after a speaker's label ("NURSE: Can I have your card?").
  ...['Can', 'Could', 'Would', 'Should', 'Shall', 'Do', 'Does', 'Did', 'Is', 'Are', 'Was', 'Were', 'Have', 'Has', 'Had', 'What'],
  ...['Where', 'When', 'Why', 'How', 'Who', 'Which', 'Let', 'Alright'],
  ...['And', 'Or', 'But', 'In', 'At', 'On', 'Of', 'For', 'With', 'To', 'By', 'From', 'As', 'If', 'So', 'Not', 'No', 'Yes', 'Just'],
  ...['Hello', 'Hi', 'Hey', 'Thanks', 'Thank', 'Please', 'Sorry', 'Okay', 'Ok', 'Good', 'Happy', 'Fine', 'Here', 'There', 'Still'],
  ...['Hallo', 'Hola', 'Bonjour', 'Ciao', 'Salut', 'Namaste', 'Howdy', 'Aloha', 'Yo'],
  // Greetings and thanks of other languages that open a customer's turn ("Customer: Oi!", "Habari, I paid …").
  ...['Oi', 'Olá', 'Habari', 'Jambo', 'Sawubona', 'Gracias', 'Obrigado', 'Obrigada', 'Merci', 'Danke', 'Grazie', 'Salamat', 'Sent'],
  // … and the thanks of the languages migrants speak beside English ("Caller: Shukran, thank you.").
  ...['Shukran', 'Shukriya', 'Spasibo', 'Arigato', 'Xiexie', 'Dhanyavad', 'Dhanyabad'],
  // Vietnamese words of address before a call ("Chị ơi", "Chú ơi"), and Indonesia's "Jl." for a street.
  ...['Chị', 'Chú', 'Bác', 'Jl'],
  // What an identity form's fields say a person is or shows ("Citizenship: U.S. Citizen", "List A document: U.S. Passport").
  ...['Citizen', 'Passport', 'License', 'Licence'],
  // What a caller answers with before the answer ("Caller: Yeah, it's Gareth").
  ...['Yeah', 'Nope', 'Yep', 'Yup', 'Right', 'Um', 'Uh', 'Er', 'Erm', 'Hmm', 'Oh', 'Ah', 'Well', 'Cool', 'Perfect', 'Absolutely'],
  ...['Exactly', 'Correct', 'Indeed', 'Actually', 'Honestly', 'Wow', 'Lol', 'Morning', 'Evening', 'Afternoon', 'Aye', 'Nah', 'Oui'],
  // … and what an agent answers thanks with ("Agent: Pleasure, Wendy.", "Certainly, Mr Diaz").
  ...['Pleasure', 'Certainly', 'Noted', 'Understood'],
  // … in Hindi and Hinglish too ("Customer: Haan, bol raha hoon", "Arre, full address likho").
  ...['Haan', 'Arre', 'Accha', 'Achha', 'Theek', 'Nahi'],
  ...['Also', 'Very', 'Calling', 'Looking', 'Writing', 'Interested', 'Trying', 'Going', 'Glad', 'New', 'Back', 'Done', 'Ready', 'Sure'],
  ...['Added', 'Room', 'Diabetic', 'Los', 'Las'],
  ...['Customer', 'Customers', 'Sir', 'Madam', 'Team', 'Support', 'All', 'Valued', 'Hiring', 'Manager', 'Colleagues', 'Everyone', 'Friend'],
  // A letter's reader by role ("Dear Parent,"), and Korean kin words romanised as a chat shows a contact ("Oppa: …").
  ...['Colleague', 'Parent', 'Parents', 'Guardian', 'Oppa', 'Unnie', 'Eonni', 'Noona', 'Nuna', 'Hyung', 'Eomma', 'Umma', 'Appa'],
  ...['Member', 'Members', 'Guest', 'User', 'Client', 'Patient', 'Doctor', 'Nurse', 'Staff', 'Admin', 'Administrator', 'Owner', 'Unknown'],
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ...['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Tomorrow', 'Yesterday'],
  ...['Premium', 'Diesel', 'Gasoline', 'Petrol', 'Lube', 'Oil', 'Plus', 'Pro', 'Max', 'Ultra', 'Mini', 'Lite', 'Card', 'Plan', 'Service'],
  ...['Services', 'Account', 'Order', 'Orders', 'Product', 'Delivery', 'Refund', 'Payment', 'Bank', 'Insurance', 'Hospital', 'Clinic'],
  ...['Center', 'Centre', 'Store', 'Shop', 'Mart', 'Korea', 'Korean', 'English', 'Seoul', 'Busan', 'Street', 'Road', 'Avenue', 'Station'],
  ...['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Smt', 'Shri', 'Dear', 'Regards', 'Sincerely', 'Best', 'Cheers'],
  ...['Name', 'Address', 'Phone', 'Email', 'Date', 'Number', 'Male', 'Female', 'None', 'Null', 'Test', 'Example', 'Sample', 'Anonymous'],
  // A chain named after its founder, written as a person is ("meet at the Tim Hortons on Yonge").
  'Hortons',
  // The words of a name's fields ("Title: Mr   First name: Hamish").
  ...['First', 'Last', 'Middle', 'Given', 'Surname', 'Forename', 'Forenames'],
  // The fields that follow a name on a record's line, in capitals there ("JOHN SMITH DOB 1970-01-02", "… MRN 12345").
  ...['Dob', 'Mrn', 'Ssn', 'Tel', 'Fax', 'Id', 'Sex', 'Age'],
  // Handsets a customer names where a name could stand ("Customer: Pixel 8, IMEI is …").
  ...['Pixel', 'Galaxy', 'iPhone', 'Iphone', 'Samsung', 'Nokia', 'Xiaomi', 'Huawei', 'Redmi', 'Motorola'],
  // Games' and apps' names before a login given in answer ("Customer: BattleTag Haneul#21847").
  ...['BattleTag', 'Battletag', 'Gamertag', 'Steam', 'Discord', 'Kakao', 'KakaoTalk', 'Instagram', 'Insta', 'Roblox'],
  // A card's details said in answer ("Customer: Expires 09/27").
  ...['Expires', 'Expiry', 'Exp', 'Expiring', 'Valid'],
  // Statuses, tiers and desks that forms and chat put where a name goes ("Customer: Pending", "Name: VIP", "Patient Updated").
  ...['Pending', 'Confirmed', 'Updated', 'Changed', 'Cancelled', 'Canceled', 'Approved', 'Rejected', 'Verified', 'Unverified'],
  ...['Active', 'Inactive', 'Closed', 'Open', 'Maybe', 'Great', 'Busy', 'Home', 'Office', 'Agent', 'Billing', 'Sales'],
  // Departments an "Attn:" line addresses ("Attn: Accounts Payable, Jane Roe").
  ...['Accounts', 'Payable', 'Receivable', 'Finance', 'Payroll', 'Procurement', 'Purchasing', 'Marketing', 'Operations'],
  ...['Department', 'Dept', 'Reception', 'Admissions', 'Records', 'Legal', 'Compliance', 'Helpdesk', 'Desk', 'Parts'],
  // … and the desks of carriers', insurers' and law firms' mail, and a firm's national arm ("Attn: Disputes", "To: SIU
  // Referrals <siu@…>", "Client Trust Ledger", "Orbitel UK").
  ...['Disputes', 'Referrals', 'Intake', 'Ledger', 'UK'],
  // A lawyer's title before the name, as Korean firms translate 변호사 ("Counsel for Defendant: Attorney 이하람").
  ...['Attorney', 'Counsel'],
  // Whom a letter or a form addresses or relates someone to, where a name could stand ("Dear Sirs,", "Dear Policyholder,",
  // "Patient: Self", "Relation to proposer: Spouse").
  ...['Sirs', 'Policyholder', 'Policyholders', 'Self', 'Spouse', 'Dependant', 'Dependent'],
  // A utility's letter to whoever lives at an address ("Dear Occupier,", "Dear Resident,", "To the Householder").
  ...['Occupier', 'Occupiers', 'Occupant', 'Occupants', 'Resident', 'Residents', 'Householder', 'Homeowner', 'Homeowners'],
  // What a caller reports about the supply where a name could stand ("CALLER: Meter's gone off", "Boiler's making a noise").
  ...['Meter', 'Boiler', 'Fuse', 'Electricity', 'Heating'],
  // A building named after someone ("theft from parking outside Gaurav Tower").
  ...['Tower', 'Towers', 'Plaza'],
  // A home in a block, which a neighbours' chat names its members by ("Marcus Flat 5:", "Siobhan (Flat 2)").
  ...['Flat', 'Unit', 'Apt', 'Apartment', 'Suite'],
  // States and provinces a customer names where a name could stand ("Customer: Florida, S530-…"); not those that are first
  // names or surnames too (Georgia, Virginia, Washington, Dakota, Alberta).
  ...['Florida', 'Texas', 'Ohio', 'California', 'Arizona', 'Nevada', 'Oregon', 'Michigan', 'Illinois', 'Colorado', 'Utah'],
  ...['Alabama', 'Alaska', 'Hawaii', 'Kentucky', 'Tennessee', 'Louisiana', 'Massachusetts', 'Minnesota', 'Wisconsin', 'Iowa'],
  ...['Kansas', 'Nebraska', 'Oklahoma', 'Arkansas', 'Missouri', 'Mississippi', 'Connecticut', 'Ontario', 'Quebec', 'Manitoba'],
  ...['Saskatchewan', 'Queensland', 'Tasmania'],
  // Not Gold, Silver or Diamond: surnames too ("Nate Silver").
  ...['Unlimited', 'Basic', 'Standard', 'Business', 'Enterprise', 'Bronze', 'Platinum', 'VIP'],
  // What a caller says before the answer, and what a form or a chat names where a name could stand ("CALLER: Lovely. Now …",
  // "Customer: Tracking 5829 4410 3372", "Patient Liaison Officer", "New Patient Form").
  ...['Lovely', 'Hiya', 'Brilliant', 'Awesome', 'Tracking', 'Booking', 'Session', 'Mobile', 'Model', 'Visa', 'Mastercard', 'Amex'],
  ...['Liaison', 'Officer', 'Relations', 'Transport', 'Form', 'Registration', 'Information'],
  // Roles a transcript's speaker goes by ("Coordinator: …", "Interpreter: …", "Worker: …", "Recruiter: …").
  ...['Coordinator', 'Interpreter', 'Counselor', 'Counsellor', 'Worker', 'Accountant', 'Investor', 'Recruiter', 'Candidate'],
  ...['Employee', 'Employer', 'Applicant', 'Tenant', 'Landlord', 'Caller', 'Advisor', 'Adviser', 'Teacher', 'Student', 'Seafarer'],
  ...['Pharmacist', 'Receptionist', 'Operator', 'Dispatcher', 'Technician', 'Engineer', 'Supervisor', 'Translator', 'Lawyer'],
  // A site's gate guard on a call, a tender's bidders addressed at once, a tournament's competition desk and a pastor thanked
  // by the title ("Guard: Plate number?", "Dear Bidders,", "Hi Comp Ops,", "Thanks again Pastor."), and a parental control's
  // fields under a child's profile ("Devices: …", "Blocked: 3 attempts").
  ...['Guard', 'Bidders', 'Bidder', 'Tenderers', 'Ops', 'Pastor', 'Devices', 'Blocked'],
  // A spreadsheet's total row and a public benefit a family names in a Korean chat ("TOTAL,,,,,4180000", "고모 Social
  // Security 연금은 어떻게 돼?").
  ...['Total', 'Subtotal', 'TOTAL', 'SUBTOTAL', 'Social', 'Security'],
  // A network's words in capitals, and the carriers, banks and carmakers a customer names where a name could stand
  // ("Customer: WAN IP 58.229.143.86", "Customer: WAN LED blinking", "Router: Vodafone Station", "Customer: Monzo, sort
  // 04-00-04", "insurer Hyundai Marine"). Not WAN itself, a surname as a passport prints it ("Name: WAN LI").
  ...['LED', 'PORT', 'LINK', 'DSL', 'ONT', 'WIFI', 'ROUTER', 'MODEM', 'FIBRE', 'FIBER'],
  ...['LAN', 'IP', 'SSID', 'MAC', 'Vodafone', 'Telstra', 'Optus', 'Verizon', 'Comcast', 'Xfinity', 'Monzo', 'Revolut'],
  ...['Barclays', 'NatWest', 'Santander', 'HSBC', 'Westpac', 'Hyundai', 'Kia', 'Toyota', 'Tesla', 'Volkswagen', 'Subaru'],
  // A ship's master by the post and its short form, and the bodies and the patients' website a letter or a lab's mail
  // names where a name could stand ("Dear Captain,", "Attn: Board Coordinator", "Patient Portal Support").
  ...['Captain', 'Capt', 'Board', 'Portal'],
  // A firm's fraud desk, where a mail's header names a person ("To: Corporate Anti-Fraud Team <fraud@…>").
  ...['Corporate', 'Fraud', 'Anti-Fraud', 'Antifraud'],
  // An embassy's desks and posts, and the sides of a charity's or a merchant's mail ("From: Consular Section <…>", "J.
  // Villareal\nConsular Assistant", "Dear Donor,", "Patient Financing Coordinator").
  ...['Section', 'Consular', 'Embassy', 'Consulate', 'Assistant', 'Donor', 'Donors', 'Sponsor', 'Volunteer', 'Merchant'],
  'Financing',
  // A public office's divisions and halls, and the fields of an insurance or a registration form where a name could stand
  // ("Individual Income Tax Division", "Civil Affairs Hall", "Vehicle: 2021 …", "Subscriber (employee): …").
  ...['Division', 'Affairs', 'Income', 'Vehicle', 'Subscriber', 'Subscribers', 'Insured', 'Beneficiary'],
  // A parent by the word a child uses, as an emergency contact's field names them before the name ("Mum — Janet …"); not
  // Mom, a Khmer given name too ("Srey Mom").
  ...['Mum', 'Mummy', 'Mommy', 'Dad', 'Daddy'],
  // A job's grade, as an offer letter or a posting writes it before the title ("Senior SRE", "Junior Designer").
  ...['Senior', 'Junior'],
  // What opens an agent's reply before the customer's name ("Congratulations, Megan.").
  ...['Congratulations', 'Congrats'],
  // Health insurers a caller names where a name could stand ("Caller: Aetna, member ID …").
  ...['Aetna', 'Cigna', 'Humana', 'Anthem', 'Medicare', 'Medicaid', 'UnitedHealthcare'],
  // Carmakers a claim or a rental names beside the car (Hyundai, Toyota above), not those that are surnames too (Ford, Honda).
  ...['Peugeot', 'Renault', 'Citroën', 'Citroen', 'Nissan', 'Mazda', 'Volvo', 'Audi', 'Fiat', 'Skoda', 'Škoda', 'Opel', 'Lexus'],
]);

/**
 * Listed first names that are everyday words, places or brands as often as names ("Bill is too high", "Grace period",
 * "Victoria station", "Ruby is slow", "call me will"): where only the word itself says it is a name (a subject before a
 * verb, a name typed in lower case), they are left out.
 */
export const firstNamesThatAreWords: ReadonlySet<string> = new Set([
  ...['Bill', 'Grace', 'Rose', 'Mark', 'Max', 'Ruby', 'Jack', 'Victoria', 'Virginia', 'Florence', 'Austin', 'Madison'],
  ...['Jasmine', 'Holly', 'Heather', 'Lily', 'Chad', 'Ray', 'Sue', 'Rob', 'Nick', 'Frank', 'Will', 'May', 'June', 'April'],
  ...['Stanley', 'Piper', 'Bella', 'Norman', 'Quinn', 'Dale', 'Faith', 'Dev'],
]);

/**
 * Legal forms, which alone may follow a company's name after a comma ("Hanbit Energy, Inc."); after a comma any other
 * word of `companySuffixes` starts a new item ("Chen Wei, Bank of China").
 */
export const legalFormSuffixes: ReadonlySet<string> = new Set([
  'Inc',
  'Ltd',
  'Co',
  'Corp',
  'LLC',
  'PLC',
  'GmbH',
  'LLP',
  'PLLC',
  'PC',
  'Pty',
  'Pvt',
]);
/**
 * Words of places named after people, which the names before them belong to ("Lincoln Road", "Victoria Park Road", "Gaurav
 * Tower", "Grace Kelly Hospital").
 */
export const placesNamedAfterPeople: ReadonlySet<string> = new Set([
  ...['Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Lane', 'Drive', 'Boulevard', 'Way', 'Place', 'Square', 'Park', 'Station'],
  ...['Hall', 'Bridge', 'Hospital', 'School', 'University', 'College', 'Center', 'Centre', 'Airport', 'Hotel', 'Building'],
  ...['Tower', 'Towers', 'Plaza', 'House', 'Court', 'Arbor', 'Highway'],
  // Britain's mews, crescents and terraces ("entrance on Charlotte Mews").
  ...['Mews', 'Crescent', 'Terrace'],
]);
/** Words that make the preceding capitalised words a company, not a person ("Hanbit Energy Co."). */
export const companySuffixes: ReadonlySet<string> = new Set([
  // Pharmacies, hospitals, labs and drug makers of a trial's or a shipment's paperwork, in English and the languages of its
  // sites ("Universitätsklinikum Apotheke", "Ziekenhuisapotheek UMC Noord"), and couriers and the makers whose goods they
  // carry ("Rapido Couriers", "Nakamura Ceramics").
  ...['Pharma', 'Pharmaceuticals', 'Laboratories', 'Diagnostics', 'Therapeutics', 'Biotech'],
  ...['Apotheke', 'Apotheek', 'Ziekenhuisapotheek', 'Klinikum', 'Universitätsklinikum', 'Ziekenhuis', 'Krankenhaus', 'UMC'],
  ...['Couriers', 'Ceramics'],
  // Indonesia's limited and listed companies, whose form opens the name ("PT Samudera Jaya Abadi", "… Tbk").
  ...['PT', 'Tbk'],
  // … and the building trades in French, as Quebec's firms are named ("Toitures Boréal", "Plomberie Gagnon").
  ...['Toitures', 'Plomberie', 'Rénovations', 'Déménagement', 'Excavation', 'Menuiserie'],
  ...['Inc', 'Ltd', 'Co', 'Corp', 'LLC', 'PLC', 'GmbH', 'Company', 'Corporation', 'Group', 'Holdings', 'Bank', 'Electronics', 'Motors'],
  ...['Energy', 'Telecom', 'Systems', 'Solutions', 'Technologies', 'Labs', 'Partners', 'Industries', 'International', 'Foundation'],
  ...['Electrical', 'Logistics', 'Realty', 'Properties', 'Construction', 'Consulting', 'Pharmacy', 'Trading', 'Enterprises'],
  ...['Associates', 'Studio', 'Studios', 'Media', 'Capital', 'Ventures', 'Plumbing', 'Insurance', 'Auto', 'Furniture'],
  // A practice's or a clinic's name ("Parklands Medical Centre", "Riverbend Family Medical").
  ...['Medical', 'Centre', 'Center', 'Clinic', 'Hospital', 'Practice', 'Surgery', 'Dental', 'Dentistry', 'Pediatrics', 'Paediatrics'],
  ...['Orthodontics', 'Physio', 'Physiotherapy', 'Solicitors', 'Hotel', 'Hotels', 'Resort', 'Ferries', 'Airlines', 'Airways'],
  // Legal forms and trades of the firms that invoices, waybills and orders name as parties ("Seller: Nilgiri Naturals LLP",
  // "Consignee: Om Sai Dyeing & Printing Mills", "Customer: Hartwell Family Dentistry PC").
  ...['LLP', 'PLLC', 'PC', 'Pty', 'Pvt', 'Sdn', 'Bhd', 'Builders', 'Organics', 'Naturals', 'Garments', 'Outfitters', 'Roadlines'],
  ...['Embroidery', 'Creations', 'Fulfilment', 'Fulfillment', 'Essentials', 'Dyeing', 'Textiles', 'Fabrics'],
  // Vietnam's joint-stock companies ("Minh Phat Garment JSC"), garment and other factories, and airports as a rental's
  // pick-up names them ("Return: Málaga Airport").
  ...['JSC', 'Garment', 'Factory', 'Airport'],
  // Carriers, insurers, chambers and defence firms, undertakers, metalworks and letting agents, as calls and letters name
  // them ("Northwind Wireless", "Evergreen Mutual Life", "Lam Barristers", "Marlowe Criminal Defence", "Oakhill Memorial
  // Gardens", "Daesung Metal", "Clyde Lets").
  ...['Wireless', 'Broadband', 'Networks', 'Mutual', 'Assurance', 'Barristers', 'Attorneys', 'Defence', 'Defense'],
  ...['Memorial', 'Gardens', 'Funeral', 'Mortuary', 'Cemetery', 'Metal', 'Metals', 'Steel', 'Lets'],
  // Legal forms of Europe's and Japan's firms as an invoice's beneficiary names them ("Atelier Lumière SAS").
  ...['SAS', 'SARL', 'SpA', 'Srl', 'BV', 'NV', 'AG', 'KK', 'Oy'],
  // Dutch legal forms and bodies, as transfers name their payees ("t.n.v. Stichting Voedselbank", "Bakkerij Jansen B.V.").
  ...['BV', 'B.V.', 'NV', 'N.V.', 'VOF', 'Stichting', 'Vereniging', 'Gemeente'],
  // Clubs, makers and agencies ("Altona Bowls Club", "Thanh Cong Precision", "Nova Cosmetics", "Adebayo Management", "Clare
  // County Mortgages", "Lumen Productions", "Fenwick & Dunne Literary").
  ...['Club', 'Precision', 'Cosmetics', 'Management', 'Mortgages', 'Productions', 'Literary', 'Engineering', 'Manufacturing'],
  // Health plans, hospital desks, public bodies and benefits that sign or speak ("Keystone Senior Health", "Patient Financial
  // Services", "Harris County Elections", "Departamento de Clientes", "Hyatt Regency Chicago", "Child Benefit").
  ...['Health', 'Healthcare', 'Financial', 'Services', 'Elections', 'Departamento', 'Regency', 'Benefit', 'Benefits'],
  // Travel agencies, tour operators and hotels ("Sharma Holidays", "Sakura Trails", "Vinh Hung Riverside").
  ...['Holidays', 'Travel', 'Travels', 'Tours', 'Trails', 'Riverside', 'Combi'],
  // Conveyancers, relocation agents, talent agencies, labels and publishers named after their founders ("Moloney
  // Conveyancing", "Aurélia Relocation", "Navarro Talent", "Whitfield Ridge Music", "Editora Maré Alta").
  ...['Conveyancing', 'Conveyancers', 'Relocation', 'Relocations', 'Talent', 'Music', 'Publishing', 'Entertainment', 'Editora'],
  // Energy retailers, networks and their contractors, which speak in outage texts and sign letters ("Northwind Power:",
  // "Coastline Hydro", "Buchan Solar", "Westcountry Cabling"), and a council's grants desk ("Climate Grants").
  ...['Power', 'Hydro', 'Utilities', 'Electric', 'Solar', 'Cabling', 'Grants'],
  // Esports organisations, their tournaments and Sweden's limited company, vets' practices, event planners and wedding
  // venues, as invoices, texts and contracts name them ("Polar Rift Esports AB", "Frost Cup Spring", "Autumn Finals",
  // "Oakridge Vets", "Keane Events", "Royal Lumen Convention").
  ...['Esports', 'AB', 'Cup', 'Finals', 'Championship', 'Tournament', 'Vet', 'Vets', 'Veterinary', 'Events', 'Convention'],
  // Staffing agencies, payroll bureaus and bookkeepers, their clients' warehouses and a firm's regional arm, as placements,
  // invoices and sign-offs name them ("Woojin Manpower", "Ocampo Bookkeeping", "Client: Norfield Distribution", "Bill to:
  // Talentbridge Europe B.V.").
  ...['Manpower', 'Staffing', 'Recruitment', 'Recruiting', 'Personnel', 'Workforce', 'Bookkeeping', 'Accounting'],
  ...['Distribution', 'Warehousing', 'Europe', 'Asia', 'Americas', 'EMEA', 'APAC'],
  // A freelancer's trading name and a loyalty scheme's desk ("Ishikawa Visuals", "Hana Membership Exchange").
  ...['Visuals', 'Photography', 'Membership', 'Exchange'],
]);

/** Common first names (US and UK census, plus romanised Korean given names); knowing one lifts a weak context. */
export const commonFirstNames: ReadonlySet<string> = new Set([
  ...['James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles', 'Christopher', 'Daniel'],
  ...['Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Paul', 'Andrew', 'Joshua', 'Kenneth', 'Kevin', 'Brian', 'George', 'Timothy'],
  ...['Ronald', 'Edward', 'Jason', 'Jeffrey', 'Ryan', 'Jacob', 'Gary', 'Nicholas', 'Eric', 'Jonathan', 'Stephen', 'Larry', 'Justin'],
  ...['Scott', 'Brandon', 'Benjamin', 'Samuel', 'Peter', 'Alex', 'Alexander', 'Patrick', 'Jack', 'Tom', 'Sam', 'Ben', 'Mike', 'Chris'],
  ...['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Lisa', 'Nancy', 'Betty'],
  ...['Sandra', 'Margaret', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle', 'Carol', 'Amanda', 'Melissa', 'Deborah', 'Stephanie'],
  ...['Rebecca', 'Laura', 'Sharon', 'Cynthia', 'Kathleen', 'Amy', 'Anna', 'Emma', 'Olivia', 'Sophia', 'Isabella', 'Mia', 'Charlotte'],
  ...['Grace', 'Julia', 'Rachel', 'Hannah', 'Kate', 'Jane', 'Alice', 'Claire', 'Lucy', 'Sophie', 'Maria', 'Anne', 'Helen', 'Sue'],
  ...[
    'Minsu',
    'Min-su',
    'Jiwon',
    'Ji-won',
    'Jihoon',
    'Ji-hoon',
    'Seojun',
    'Minjun',
    'Seoyeon',
    'Jiyoung',
    'Ji-young',
    'Younghee',
    'Chulsoo',
  ],
  // Popular names of recent birth cohorts (US SSA and ONS lists) and common names across the world.
  ...['Liam', 'Noah', 'Oliver', 'Elijah', 'Lucas', 'Mason', 'Logan', 'Ethan', 'Aiden', 'Aidan', 'Jayden', 'Harry', 'Charlie', 'Oscar'],
  ...['Leo', 'Henry', 'Theo', 'Arthur', 'Freddie', 'Alfie', 'Archie', 'Jake', 'Luke', 'Adam', 'Owen', 'Dylan', 'Nathan', 'Aaron'],
  ...['Tyler', 'Zachary', 'Connor', 'Evan', 'Isaac', 'Caleb', 'Gabriel', 'Julian', 'Hugo', 'Max', 'Toby', 'Rory', 'Callum', 'Jamie'],
  ...['Frank', 'Raymond', 'Gregory', 'Dennis', 'Walter', 'Patrick', 'Peter', 'Harold', 'Douglas', 'Henry', 'Carl', 'Arthur', 'Roger'],
  ...['Ava', 'Amelia', 'Isla', 'Chloe', 'Ella', 'Evelyn', 'Harper', 'Abigail', 'Lily', 'Ellie', 'Freya', 'Poppy', 'Ruby', 'Zoe', 'Zoey'],
  ...['Madison', 'Victoria', 'Natalie', 'Samantha', 'Katherine', 'Catherine', 'Christine', 'Nicole', 'Heather', 'Rose', 'Florence'],
  ...['Megan', 'Lauren', 'Rachel', 'Jasmine', 'Leah', 'Layla', 'Nora', 'Aria', 'Ellie', 'Emilia', 'Eva', 'Lucy', 'Holly', 'Jessica'],
  ...['Dorothy', 'Ruth', 'Virginia', 'Diane', 'Julie', 'Joyce', 'Kelly', 'Christina', 'Joan', 'Evelyn', 'Judith', 'Martha', 'Andrea'],
  ...['Mohammed', 'Muhammad', 'Mohammad', 'Ahmed', 'Ali', 'Omar', 'Yusuf', 'Fatima', 'Aisha', 'Priya', 'Raj', 'Rahul', 'Arjun', 'Ananya'],
  ...['Wei', 'Ming', 'Li', 'Yuki', 'Hiroshi', 'Kenji', 'Carlos', 'Jose', 'Juan', 'Luis', 'Diego', 'Sofia', 'Lucia', 'Ivan', 'Olga'],
  // Short forms customers use for staff ("ask for Dave", "the driver Steve").
  ...['Dave', 'Steve', 'Jim', 'Jimmy', 'Bob', 'Bobby', 'Bill', 'Billy', 'Joe', 'Joey', 'Dan', 'Danny', 'Rob', 'Robbie', 'Matt'],
  ...['Nick', 'Tony', 'Andy', 'Pete', 'Greg', 'Jeff', 'Ken', 'Kenny', 'Ron', 'Jon', 'Josh', 'Tim', 'Timmy', 'Rick', 'Ricky'],
  ...['Eddie', 'Ted', 'Teddy', 'Fred', 'Phil', 'Ray', 'Gerry', 'Jerry', 'Larry', 'Terry', 'Vince', 'Vinny', 'Zach', 'Nate'],
  ...['Jen', 'Jenny', 'Jess', 'Becky', 'Beth', 'Liz', 'Lizzie', 'Meg', 'Maggie', 'Katie', 'Kathy', 'Cathy', 'Patty', 'Sandy'],
  ...['Debbie', 'Cindy', 'Mandy', 'Abby', 'Annie', 'Ellie', 'Millie', 'Sally', 'Molly', 'Nikki', 'Vicky', 'Steph', 'Tina'],
  // More names common in the US and UK.
  ...['Angela', 'Melanie', 'Erin', 'Brittany', 'Danielle', 'Tiffany', 'Vanessa', 'Monica', 'Brenda', 'Pamela', 'Kristen'],
  ...['Kayla', 'Tracy', 'Wendy', 'Alicia', 'Gloria', 'Teresa', 'Anita', 'Rita', 'Diana', 'Erica', 'Tara', 'Sara', 'Kelsey'],
  ...['Brooke', 'Paige', 'Morgan', 'Courtney', 'Shannon', 'Lindsay', 'Caroline', 'Allison', 'Alison', 'Jacqueline', 'Denise'],
  ...['Marcus', 'Derek', 'Travis', 'Shawn', 'Sean', 'Trevor', 'Bradley', 'Craig', 'Keith', 'Wayne', 'Russell', 'Philip'],
  ...['Marvin', 'Curtis', 'Neil', 'Stuart', 'Graham', 'Ian', 'Colin', 'Martin', 'Simon', 'Adrian', 'Victor', 'Jared'],
  ...['Dustin', 'Kyle', 'Cody', 'Austin', 'Blake', 'Chad', 'Dominic', 'Edwin', 'Howard', 'Jesse', 'Joel', 'Lance', 'Mitchell'],
  ...['Alejandro', 'Miguel', 'Pedro', 'Antonio', 'Rafael', 'Fernando', 'Javier', 'Manuel', 'Ricardo', 'Hector', 'Mateo'],
  ...['Ana', 'Carmen', 'Rosa', 'Elena', 'Gabriela', 'Isabel', 'Mariana', 'Valentina', 'Camila', 'Daniela', 'Paula'],
  ...['Hassan', 'Ibrahim', 'Khalid', 'Mustafa', 'Tariq', 'Zainab', 'Layla', 'Amir', 'Samir', 'Vikram', 'Sanjay', 'Anil'],
  ...['Deepak', 'Neha', 'Pooja', 'Sunita', 'Kavya', 'Hana', 'Sakura', 'Haruto', 'Ren', 'Mei', 'Chen', 'Hao'],
  // More of the US, UK, African, South Asian, Arabic, Latin American and European names customers give. Not the names that
  // are as often a bank, a brand, a place or a word (Chase, Jordan, Hunter, Lincoln, Taylor, Sydney, Levi, Miles, Cooper).
  ...['Jeremy', 'Cameron', 'Garrett', 'Wyatt', 'Isaiah', 'Tristan', 'Devin', 'Gavin', 'Brent', 'Darren', 'Tobias', 'Declan'],
  ...['Jaxon', 'Landon', 'Colton', 'Brody', 'Kayden', 'Brayden', 'Silas', 'Ezra', 'Micah', 'Elias', 'Jonah', 'Kai', 'Axel'],
  ...['Rowan', 'Everett', 'Emmett', 'Nolan', 'Jasper', 'Finn', 'Brady', 'Kieran', 'Damian', 'Xavier', 'Wesley', 'Franklin'],
  ...['Bernard', 'Clarence', 'Lloyd', 'Vernon', 'Herbert', 'Floyd', 'Milton', 'Lester', 'Clifford', 'Gordon', 'Glenn'],
  ...['Norman', 'Stanley', 'Leonard', 'Eugene', 'Ralph', 'Randy', 'Wendell', 'Myron', 'Jamal', 'Darnell', 'Tyrone', 'Malik'],
  ...['Andre', 'Terrence', 'Cedric', 'Reggie', 'Duane', 'Leroy', 'Maurice', 'Lamar', 'Dwayne', 'Jerome', 'Rasheed', 'Kwame'],
  ...['Kofi', 'Chidi', 'Ngozi', 'Brianna', 'Alexis', 'Kaitlyn', 'Haley', 'Kylie', 'Aubrey', 'Peyton', 'Sadie', 'Naomi'],
  ...['Kiara', 'Imani', 'Aaliyah', 'Latoya', 'Keisha', 'Tamika', 'Shanice', 'Shirley', 'Yolanda', 'Scarlett', 'Penelope'],
  ...['Gianna', 'Bella', 'Skylar', 'Ariana', 'Allison', 'Gabrielle', 'Valeria', 'Sienna', 'Delilah', 'Piper', 'Quinn'],
  ...['Alana', 'Bianca', 'Cassandra', 'Miranda', 'Melinda', 'Rhonda', 'Darlene', 'Tammy', 'Lorraine', 'Beverly', 'Marilyn'],
  ...['Gwendolyn', 'Aditya', 'Rohan', 'Vijay', 'Suresh', 'Ramesh', 'Lakshmi', 'Divya', 'Shreya', 'Aarav', 'Ishaan', 'Zara'],
  ...['Ayesha', 'Bilal', 'Hamza', 'Yasmin', 'Leila', 'Nadia', 'Mariam', 'Noor', 'Karim', 'Jorge', 'Andres', 'Sergio', 'Raul'],
  ...['Roberto', 'Eduardo', 'Francisco', 'Marisol', 'Yesenia', 'Dmitri', 'Sergei', 'Anastasia', 'Natasha', 'Tatiana'],
  ...['Svetlana', 'Pierre', 'Francois', 'Amelie', 'Lukas', 'Matteo', 'Giulia', 'Francesca', 'Alessandro', 'Lorenzo', 'Ingrid'],
]);

/** Words of a shop's, an agency's or a service's name beyond the company suffixes ("Amazon Marketplace", "Acme Stores"). */
const tradeWords: ReadonlySet<string> = new Set([
  ...['Marketplace', 'Market', 'Store', 'Stores', 'Shop', 'Services', 'Service', 'Online', 'Direct', 'Express', 'Mart'],
  ...['Supplies', 'Supply', 'Wholesale', 'Retail', 'Traders', 'Cars', 'Homes', 'Farm', 'Farms', 'Estates', 'Agency', 'Council'],
  ...['Federal', 'Police', 'Polícia', 'Policía', 'Ministry', 'Embassy', 'Consulate'],
  ...['Department', 'Office', 'Team', 'Centre', 'Center', 'Clinic', 'Hospital', 'School', 'University', 'Trust', 'Fund'],
  ...['Lab', 'Labs', 'Studio', 'Studios', 'Systems', 'Solutions', 'Group', 'Partners', 'Holdings', 'Motors', 'Energy'],
  ...['Primary', 'College', 'Academy', 'Kindergarten', 'Preschool', 'Nursery', 'Library', 'Church', 'Museum'],
  // Shops and places of food, drink and care named after their founders ("Carlos Cafe", "Maria Bakery").
  ...['Cafe', 'Café', 'Coffee', 'Bakery', 'Bar', 'Grill', 'Kitchen', 'Pizza', 'Pizzeria', 'Restaurant', 'Diner', 'Deli'],
  ...['Salon', 'Spa', 'Barber', 'Pharmacy', 'Chemist', 'Dental', 'Garage', 'Auto', 'Hotel', 'Inn', 'Lodge', 'Pub', 'Tavern'],
  'House',
  // A house's name in Britain and Ireland, and firms of housing, homewares and property ("Rose Cottage", "Sakura Housing",
  // "Cabinet Lemoine Gestion").
  ...['Cottage', 'Farm', 'Manor', 'Barn', 'Bungalow', 'Housing', 'Homewares', 'Lettings', 'Cabinet', 'Gestion'],
  // Lenders and advisers ("Maple Shore Credit Union", "Morgan Pryce Wealth", "Caixa Econômica"), and a city named after a
  // person ("Ho Chi Minh City").
  ...['Union', 'Wealth', 'Caixa', 'Banco', 'City'],
  // Sole traders of the motor and building trades, named after themselves ("Baz Tyres", "Quinn Lifting", "Farrow Welding").
  ...['Tyres', 'Tires', 'Towing', 'Bodyworks', 'Plumbing', 'Roofing', 'Welding', 'Lifting', 'Haulage', 'Removals', 'Repairs'],
  ...['Detailing', 'Valeting', 'Scaffolding', 'Electrical', 'Mechanical', 'Fabrication', 'Freight', 'Logistics'],
  // … and roadside recovery and machine builders, in English and a supplier's own language ("Summit Roadside", "Ricci
  // Automazione").
  ...['Roadside', 'Automation', 'Automazione', 'Automatisierung'],
  // A specialty pharmacy, a hearing-aid maker and a courier, whose words may follow a person's name too ("Bayview
  // Specialty", "Auralis Hearing"; "Kevin Walsh Hearing on 12 May").
  ...['Specialty', 'Hearing', 'Courier'],
  // Growers, wholesalers and caterers that supply a kitchen, and the places that cook ("Green Valley Produce", "Harbour
  // Seafoods", "Copper Pot Bistro", "Bella Forno Catering").
  ...['Produce', 'Seafood', 'Seafoods', 'Fisheries', 'Foods', 'Provisions', 'Meats', 'Butchers', 'Dairy', 'Creamery', 'Orchards'],
  ...['Vineyards', 'Catering', 'Caterers', 'Bistro', 'Brasserie', 'Trattoria', 'Brewery', 'Distributors', 'Kitchens'],
]);

/**
 * Whether a word is a company's suffix or a word of trade ("Consulting", "Supply").
 *
 * @example
 * isFirmWord('Consulting'); // true
 */
export function isFirmWord(word: string): boolean {
  return companySuffixes.has(word) || tradeWords.has(word);
}

/**
 * Whether a name's words hold a company's suffix, a word of trade or a word that is no name ("Acme Stores", "Monitoring
 * Team").
 *
 * @example
 * holdsFirmWord('Acme Stores'); // true
 */
export function holdsFirmWord(name: string): boolean {
  return (
    name.split(/[ \t]+/).some((word) => companySuffixes.has(word) || tradeWords.has(word) || wordsThatAreNotNames.has(word)) ||
    (name.includes(' Law') && lawPractice.test(name))
  );
}

/**
 * A law firm's practice before "Law" ("Hill Country Elder Law", "Bauer Kim Employment Law"); "Law" alone is a surname
 * too ("Bonnie Law").
 */
const lawPractice =
  /(?:^|[ \t])(?:Employment|Family|Elder|Immigration|Criminal|Injury|Estate|Estates|Business|Tax|Labor|Labour|Consumer|Property|Disability|Workers|Trial|Defense|Defence)[ \t]+Law\b/;

/**
 * `holdsFirmWord` for a name in any case, each word read capitalised as the lists hold it ("LUIS DELA CRUZ", "SEOJUN PARK,
 * Ph.D."); a word the lists hold in capitals ("ATM") counts as written.
 *
 * @example
 * holdsFirmWordInAnyCase('ACME LOGISTICS'); // true
 */
export function holdsFirmWordInAnyCase(name: string): boolean {
  return name.split(/,?[ \t]+/).some((word) => {
    const titled = word.charAt(0) + word.slice(1).toLowerCase();
    return holdsFirmWord(titled) || wordsThatAreNotNames.has(word);
  });
}

/** A relative's title before a first name ("Nana Bríd", "Aunty Kasia"): no part of the name, and the name a relative's. */
export const relativeTitleBeforeName = /^(?:Nana|Nan|Grandma|Grandpa|Granny|Gran|Aunty|Auntie|Aunt|Uncle)[ \t]/;
