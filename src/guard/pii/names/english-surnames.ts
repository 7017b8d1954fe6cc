// Common surnames in the US, UK and Ireland, plus the romanised Korean, Chinese, Vietnamese and South Asian ones most often met in Korean business traffic.

/** A known surname after a known first name makes two capitalised words a person even without a context word. */
export const commonSurnames: ReadonlySet<string> = new Set([
  ...['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez'],
  ...['Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris'],
  ...['Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen'],
  ...['Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Gomez'],
  ...['Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards', 'Collins', 'Reyes', 'Stewart', 'Morris', 'Morales', 'Murphy'],
  ...['Cook', 'Rogers', 'Gutierrez', 'Ortiz', 'Morgan', 'Cooper', 'Peterson', 'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos', 'Kim'],
  ...['Cox', 'Ward', 'Richardson', 'Watson', 'Brooks', 'Chavez', 'Wood', 'James', 'Bennett', 'Gray', 'Mendoza', 'Ruiz', 'Hughes'],
  ...['Price', 'Alvarez', 'Castillo', 'Sanders', 'Patel', 'Myers', 'Long', 'Ross', 'Foster', 'Jimenez', 'Powell', 'Jenkins', 'Perry'],
  ...['Russell', 'Sullivan', 'Bell', 'Coleman', 'Butler', 'Henderson', 'Barnes', 'Gonzales', 'Fisher', 'Vasquez', 'Simmons', 'Graham'],
  ...['Marshall', 'Owens', 'Harrison', 'Fernandez', 'McDonald', 'Woods', 'Washington', 'Kennedy', 'Wells', 'Henry', 'Freeman', 'Webb'],
  ...['Tucker', 'Porter', 'Hunter', 'Hicks', 'Crawford', 'Boyd', 'Mason', 'Warren', 'Dixon', 'Burns', 'Gordon', 'Shaw', 'Holmes'],
  ...['Rice', 'Robertson', 'Black', 'Daniels', 'Palmer', 'Mills', 'Grant', 'Knight', 'Ferguson', 'Stone', 'Hawkins', 'Dunn', 'Perkins'],
  ...['Hudson', 'Spencer', 'Gardner', 'Stephens', 'Payne', 'Pierce', 'Berry', 'Matthews', 'Arnold', 'Wagner', 'Willis', 'Ray', 'Watkins'],
  ...['Olson', 'Carroll', 'Duncan', 'Snyder', 'Hart', 'Cunningham', 'Bradley', 'Lane', 'Andrews', 'Ruiz', 'Harper', 'Fox', 'Riley'],
  ...['Armstrong', 'Carpenter', 'Weaver', 'Greene', 'Lawrence', 'Elliott', 'Chavez', 'Sims', 'Austin', 'Peters', 'Kelley', 'Franklin'],
  ...['Lawson', 'Fields', 'Ryan', 'Schmidt', 'Carr', 'Castro', 'Wheeler', 'Chapman', 'Oliver', 'Montgomery', 'Richards', 'Williamson'],
  ...['Johnston', 'Banks', 'Meyer', 'Bishop', 'McCoy', 'Howell', 'Morrison', 'Hansen', 'Harvey', 'Little', 'Burton', 'Stanley'],
  ...['Davies', 'Jackson', 'Wright', 'Walsh', "O'Brien", "O'Connor", "O'Neill", 'Byrne', 'Doyle', 'McCarthy', 'Fitzgerald', 'Quinn'],
  ...['Lynch', 'Kennedy', 'Murray', 'Hughes', 'Reid', 'MacDonald', 'Clarke', 'Cole', 'Hamilton', 'Robson', 'Wallace', 'Ali', 'Khan'],
  ...['Shah', 'Singh', 'Kumar', 'Sharma', 'Gupta', 'Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Yang', 'Huang', 'Wu', 'Lin', 'Tanaka', 'Sato'],
  ...['Suzuki', 'Tran', 'Pham', 'Le', 'Park', 'Choi', 'Jung', 'Jeong', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin'],
  ...['Kwon', 'Hwang', 'Ahn', 'Song', 'Hong', 'Yoo', 'Ko', 'Moon', 'Yang', 'Son', 'Bae', 'Baek', 'Heo', 'Nam', 'Noh', 'Ha', 'Kwak'],
  ...['Okafor', 'Okonkwo', 'Mensah', 'Silva', 'Santos', 'Costa', 'Rossi', 'Müller', 'Schneider', 'Fischer', 'Weber', 'Becker'],
  // Across the Middle East and Turkey, South Asia, East and Southeast Asia, Europe and Latin America (plain ASCII spellings;
  // two-letter names and names that are also English words, such as Long or Sun, are left out).
  ...['Hassan', 'Hussain', 'Hussein', 'Ibrahim', 'Abdullah', 'Rahman', 'Ahmed', 'Mohamed', 'Mahmoud', 'Aziz', 'Karim', 'Haddad'],
  ...['Yilmaz', 'Kaya', 'Demir', 'Sahin', 'Celik', 'Ozturk', 'Reddy', 'Rao', 'Iyer', 'Nair', 'Menon', 'Bose', 'Mukherjee', 'Banerjee'],
  ...['Chatterjee', 'Joshi', 'Mehta', 'Desai', 'Agarwal', 'Verma', 'Mishra', 'Pandey', 'Yadav', 'Chaudhary', 'Malik', 'Qureshi'],
  ...['Siddiqui', 'Hossain', 'Nakamura', 'Kobayashi', 'Watanabe', 'Yamamoto', 'Takahashi', 'Yoshida', 'Yamada', 'Sasaki'],
  ...['Matsumoto', 'Inoue', 'Kimura', 'Hayashi', 'Shimizu', 'Ikeda', 'Hashimoto', 'Yamaguchi', 'Ishikawa', 'Ogawa', 'Okada'],
  ...['Hasegawa', 'Murakami', 'Kondo', 'Zhao', 'Zhou', 'Zhu', 'Zheng', 'Liang', 'Xie', 'Tang', 'Feng', 'Deng', 'Peng', 'Zeng', 'Xiao'],
  ...['Jiang', 'Cheng', 'Shen', 'Hoang', 'Huynh', 'Phan', 'Dang', 'Duong', 'Ngo', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira'],
  ...['Alves', 'Pereira', 'Lima', 'Gomes', 'Ribeiro', 'Carvalho', 'Almeida', 'Martins', 'Rocha', 'Moreira', 'Nunes', 'Mendes'],
  ...['Cardoso', 'Teixeira', 'Russo', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Gallo', 'Dubois'],
  ...['Durand', 'Lefebvre', 'Moreau', 'Laurent', 'Bernard', 'Fournier', 'Girard', 'Mercier', 'Hoffmann', 'Richter', 'Neumann'],
  ...['Zimmermann', 'Hartmann', 'Jansen', 'Bakker', 'Visser', 'Mulder', 'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson'],
  ...['Larsson', 'Olsen', 'Nielsen', 'Jensen', 'Pedersen', 'Kowalski', 'Nowak', 'Novak', 'Horvat', 'Ivanov', 'Petrov', 'Smirnov'],
  ...['Popov', 'Kozlov', 'Novikov', 'Morozov', 'Volkov', 'Sokolov', 'Kuznetsov'],
  // Cantonese and Hokkien spellings of Hong Kong, Singapore and Malaysia, and Filipino and Indonesian surnames.
  ...['Wong', 'Chan', 'Leung', 'Cheung', 'Lau', 'Chow', 'Tsang', 'Kwok', 'Fung', 'Yip', 'Goh', 'Teo', 'Ong', 'Koh', 'Chua', 'Yeo'],
  ...['Bautista', 'Villanueva', 'Aquino', 'Wijaya', 'Santoso', 'Halim', 'Gunawan'],
  // The stand-in names of forms and test records ("John Doe", "Jane Roe"): where they appear, a real one will.
  ...['Doe', 'Roe'],
]);
