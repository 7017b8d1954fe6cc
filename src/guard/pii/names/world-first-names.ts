// Given names from many countries, in Latin script, beyond the US and UK census lists: a weak context ("Hi Deepa,") accepts one.

/**
 * Given names from around the world, written in Latin script as their bearers
 * commonly write them: South Asia, Africa, the Arabic-speaking countries with
 * Turkey and Iran, Eastern and Western Europe, the Nordic countries, Ireland,
 * Wales and Scotland, Latin America and Brazil, East Asia in romanisation
 * (pinyin, Wade-Giles, Hepburn, and Korean with and without the hyphen),
 * Southeast Asia, and modern Australian, New Zealand, Canadian and US names
 * that census top-100 lists miss. Diacritics are kept, and where the name is
 * also commonly written without them both spellings are listed. Left out on
 * purpose: names of two letters (Korean and Chinese syllables like "Ho" or
 * "Jo" collide with words and abbreviations), and any name that is also a
 * common English word, a place, a brand, a month or day, or a common English
 * surname (Grace, Hope, May, Jordan, Paris, Sofia, Tesla, Hana, Lee, Park),
 * since a weak context would then turn ordinary text into a name.
 */
export const worldFirstNames: ReadonlySet<string> = new Set([
  // South Asia (India, Pakistan, Bangladesh, Sri Lanka, Nepal)
  ...['Aarav', 'Vivaan', 'Ishaan', 'Arjun', 'Aditya', 'Rahul', 'Sanjay', 'Vikram', 'Suresh', 'Ramesh', 'Rajesh', 'Prakash', 'Manoj'],
  ...['Vijay', 'Amit', 'Nikhil', 'Varun', 'Karan', 'Rohan', 'Siddharth', 'Akash', 'Gaurav', 'Pranav', 'Abhishek', 'Dhruv', 'Deepak'],
  ...['Dinesh', 'Ganesh', 'Anand', 'Sandeep', 'Sachin', 'Arnav', 'Kabir', 'Arun', 'Anil', 'Sunil', 'Ravi', 'Rohit'],
  ...['Kiran', 'Karthik', 'Pradeep', 'Deepa', 'Pooja', 'Priya', 'Priyanka', 'Rekha', 'Usha', 'Asha', 'Lakshmi', 'Anjali'],
  ...['Ananya', 'Divya', 'Aditi', 'Sneha', 'Nisha', 'Meera', 'Radha', 'Kavya', 'Ishita', 'Saanvi', 'Shreya', 'Riya'],
  ...['Tanvi', 'Pallavi', 'Swati', 'Neha', 'Sunita', 'Kavita', 'Nandini', 'Deepika', 'Jyoti', 'Harpreet', 'Simran', 'Mehwish'],
  ...['Ayesha', 'Zainab', 'Hina', 'Saima', 'Bushra', 'Rabia', 'Imran', 'Usman', 'Bilal', 'Asif', 'Tariq', 'Faisal'],
  ...['Shahid', 'Kamran', 'Junaid', 'Adnan', 'Farhan', 'Hamza', 'Amna', 'Mahnoor', 'Rahim', 'Nasrin', 'Farzana', 'Tahmina'],
  ...['Chaminda', 'Nuwan', 'Dilshan', 'Tharindu', 'Kasun', 'Nimali', 'Thilini', 'Bishnu', 'Binod', 'Sabina', 'Tenzing', 'Pasang'],
  // West, East and Southern Africa (Nigeria: Yoruba, Igbo, Hausa; Ghana, Kenya, Ethiopia, South Africa, Zimbabwe, Senegal)
  ...['Adebayo', 'Adewale', 'Oluwaseun', 'Ayodele', 'Babatunde', 'Folake', 'Funmilayo', 'Yetunde', 'Temitope', 'Femi', 'Tunde'],
  ...['Kehinde', 'Taiwo', 'Toyin', 'Yemi', 'Tobi', 'Chinedu', 'Chukwuemeka', 'Emeka', 'Obinna', 'Nnamdi', 'Chidi'],
  ...['Chioma', 'Ngozi', 'Adaeze', 'Chiamaka', 'Uchenna', 'Ifeanyi', 'Kelechi', 'Amaka', 'Nneka', 'Chimamanda', 'Ifeoma'],
  ...['Aminu', 'Abubakar', 'Yakubu', 'Hauwa', 'Halima', 'Hadiza', 'Amina', 'Nafisa', 'Kwame', 'Kofi', 'Kwabena'],
  ...['Kwaku', 'Kojo', 'Akosua', 'Abena', 'Akua', 'Adwoa', 'Efua', 'Selasi', 'Edem', 'Wanjiru', 'Wambui'],
  ...['Njeri', 'Wanjiku', 'Atieno', 'Otieno', 'Ochieng', 'Kamau', 'Mwangi', 'Chebet', 'Muthoni', 'Zawadi', 'Baraka'],
  ...['Imani', 'Neema', 'Amani', 'Abebe', 'Tesfaye', 'Haile', 'Kebede', 'Tadesse', 'Dawit', 'Yonas', 'Tigist'],
  ...['Selam', 'Hiwot', 'Meron', 'Tsion', 'Almaz', 'Senait', 'Thabo', 'Sipho', 'Themba', 'Bongani', 'Sibusiso'],
  ...['Thandiwe', 'Zanele', 'Lindiwe', 'Nomsa', 'Palesa', 'Lerato', 'Karabo', 'Sizwe', 'Ayanda', 'Andile', 'Mpho'],
  ...['Naledi', 'Tendai', 'Farai', 'Chipo', 'Nyasha', 'Tinashe', 'Mamadou', 'Moussa', 'Fatou', 'Aminata'],
  // Arabic-speaking countries, Turkey, Iran
  ...['Mohammed', 'Muhammad', 'Mohamed', 'Ahmed', 'Ahmad', 'Mahmoud', 'Mustafa', 'Omar', 'Ali', 'Hassan', 'Hussein', 'Khalid', 'Khaled'],
  ...['Walid', 'Tarek', 'Youssef', 'Yusuf', 'Karim', 'Rami', 'Sami', 'Samir', 'Abdullah', 'Amir', 'Jamal', 'Saeed', 'Salah'],
  ...['Yasser', 'Osama', 'Ayman', 'Adel', 'Mahdi', 'Fatima', 'Aicha', 'Maryam', 'Mariam', 'Layla', 'Leila', 'Yasmin'],
  ...['Yasmine', 'Salma', 'Huda', 'Rania', 'Reem', 'Dina', 'Dalia', 'Lina', 'Hala', 'Hiba', 'Amal', 'Amira'],
  ...['Asma', 'Iman', 'Farida', 'Jamila', 'Mona', 'Samira', 'Zahra', 'Nour', 'Noor', 'Mehmet', 'Ahmet', 'Emre'],
  ...['Burak', 'Murat', 'Hakan', 'Kemal', 'Oğuz', 'Oguz', 'Onur', 'Eren', 'Barış', 'Baris', 'Hüseyin', 'Huseyin'],
  ...['Ömer', 'Omer', 'Zeynep', 'Elif', 'Ayşe', 'Ayse', 'Merve', 'Büşra', 'Busra', 'Esra', 'Özlem', 'Ozlem'],
  ...['Selin', 'Defne', 'Reza', 'Hossein', 'Mehdi', 'Arash', 'Babak', 'Dariush', 'Farhad', 'Kian', 'Kourosh', 'Navid'],
  ...['Omid', 'Ramin', 'Parisa', 'Shirin', 'Mahsa', 'Neda', 'Niloufar', 'Nazanin', 'Sepideh', 'Shadi', 'Azadeh', 'Laleh'],
  // Eastern Europe and Slavic (Polish, Ukrainian, Russian, Czech, Serbian, Croatian, Romanian, Hungarian, Bulgarian)
  ...['Łukasz', 'Lukasz', 'Wojciech', 'Krzysztof', 'Tomasz', 'Piotr', 'Paweł', 'Pawel', 'Michał', 'Michal', 'Grzegorz', 'Jakub'],
  ...['Mateusz', 'Szymon', 'Marcin', 'Agnieszka', 'Małgorzata', 'Malgorzata', 'Katarzyna', 'Magdalena', 'Ewa', 'Zofia', 'Zuzanna'],
  ...['Wiktoria', 'Oleksandr', 'Dmytro', 'Volodymyr', 'Taras', 'Bohdan', 'Oksana', 'Olena', 'Iryna', 'Kateryna', 'Svitlana'],
  ...['Dmitri', 'Dmitry', 'Sergei', 'Sergey', 'Alexei', 'Andrei', 'Vladimir', 'Nikolai', 'Mikhail', 'Igor', 'Yuri'],
  ...['Boris', 'Nikita', 'Ilya', 'Anastasia', 'Ekaterina', 'Natalia', 'Olga', 'Tatiana', 'Svetlana', 'Irina', 'Elena'],
  ...['Alina', 'Daria', 'Natasha', 'Sasha', 'Masha', 'Jiří', 'Jiri', 'Tomáš', 'Lukáš', 'Ondřej', 'Ondrej'],
  ...['Kateřina', 'Tereza', 'Zuzana', 'Eliška', 'Nikola', 'Marko', 'Dragan', 'Zoran', 'Goran', 'Dejan', 'Miloš'],
  ...['Milos', 'Dušan', 'Ivana', 'Jelena', 'Marija', 'Tomislav', 'Josip', 'Luka', 'Mihai', 'Ionuț', 'Ionut'],
  ...['Alexandru', 'Bogdan', 'Răzvan', 'Razvan', 'Ioana', 'Andreea', 'Mihaela', 'Oana', 'László', 'Laszlo', 'István'],
  ...['Istvan', 'Zoltán', 'Zoltan', 'Gábor', 'Gabor', 'Zsolt', 'Katalin', 'Zsófia', 'Eszter', 'Réka', 'Dimitar'],
  // Western and Southern Europe (German, Dutch, French, Italian, Spanish, Portuguese, Greek)
  ...['Jürgen', 'Jurgen', 'Klaus', 'Uwe', 'Wolfgang', 'Matthias', 'Tobias', 'Florian', 'Moritz', 'Niklas', 'Leonie'],
  ...['Anja', 'Katrin', 'Sabine', 'Franziska', 'Jörg', 'Karl-Heinz', 'Sjoerd', 'Joost', 'Bram', 'Daan', 'Jeroen'],
  ...['Maarten', 'Thijs', 'Koen', 'Sanne', 'Anouk', 'Marieke', 'Émilie', 'Emilie', 'Amélie', 'Amelie', 'Hélène'],
  ...['Élodie', 'Elodie', 'Céline', 'Celine', 'Camille', 'Manon', 'Chloé', 'Nathalie', 'Sébastien', 'Sebastien', 'Jérôme'],
  ...['François', 'Francois', 'Olivier', 'Guillaume', 'Julien', 'Clément', 'Jean-Luc', 'Jean-Pierre', 'Giuseppe', 'Giovanni', 'Francesco'],
  ...['Alessandro', 'Lorenzo', 'Matteo', 'Riccardo', 'Davide', 'Stefano', 'Luca', 'Paolo', 'Giulia', 'Chiara', 'Francesca'],
  ...['Giorgia', 'Pietro', 'Joaquín', 'Joaquin', 'Alejandro', 'Javier', 'Sergio', 'Pablo', 'Álvaro', 'Alvaro', 'Iñigo'],
  ...['Inigo', 'José', 'Jose', 'Jorge', 'Rubén', 'Gonzalo', 'Rodrigo', 'Raúl', 'Raul', 'Lucía', 'Lucia'],
  ...['Marta', 'Sofía', 'João', 'Joao', 'Tiago', 'Nuno', 'Diogo', 'Beatriz', 'Leonor', 'Joana', 'Catarina'],
  ...['Dimitrios', 'Konstantinos', 'Georgios', 'Ioannis', 'Nikolaos', 'Yannis', 'Kostas', 'Eleni', 'Dimitra', 'Vasiliki', 'Zoë'],
  // Nordic (Danish, Norwegian, Swedish, Finnish, Icelandic)
  ...['Søren', 'Soren', 'Mette', 'Jesper', 'Rasmus', 'Mads', 'Anders', 'Lars', 'Jens', 'Henrik', 'Niels', 'Magnus', 'Morten'],
  ...['Kasper', 'Frederik', 'Mikkel', 'Emil', 'Oskar', 'Bjørn', 'Bjorn', 'Björn', 'Sven', 'Olav', 'Håkon', 'Hakon', 'Eirik'],
  ...['Øystein', 'Oystein', 'Gunnar', 'Knut', 'Trond', 'Espen', 'Leif', 'Ingrid', 'Astrid', 'Sigrid', 'Solveig', 'Liv', 'Kari'],
  ...['Marit', 'Hilde', 'Kirsten', 'Silje', 'Frida', 'Freja', 'Freya', 'Linnea', 'Ebba', 'Tuva', 'Elin', 'Ylva', 'Malin'],
  ...['Karin', 'Annika', 'Birgitta', 'Åsa', 'Signe', 'Thea', 'Gustav', 'Nils', 'Olof', 'Fredrik', 'Joakim', 'Johan', 'Ulf'],
  ...['Göran', 'Kjell', 'Mikko', 'Juha', 'Jukka', 'Matti', 'Antti', 'Pekka', 'Timo', 'Heikki', 'Tuomas', 'Eero', 'Onni'],
  ...['Väinö', 'Lauri', 'Aino', 'Anneli', 'Sanna', 'Tiina', 'Päivi', 'Riikka', 'Minna', 'Kaisa', 'Elina', 'Emmi', 'Venla'],
  ...['Guðrún', 'Sigurður', 'Einar', 'Ólafur', 'Helga', 'Ragnar', 'Björk', 'Snorri', 'Ida', 'Sofie', 'Maren', 'Pernille', 'Rikke'],
  // Irish, Welsh, Scottish (and Cornish)
  ...['Róisín', 'Roisin', 'Siobhán', 'Siobhan', 'Aoife', 'Niamh', 'Saoirse', 'Sinéad', 'Sinead', 'Caoimhe', 'Clodagh', 'Orla', 'Aisling'],
  ...['Ciara', 'Ciarán', 'Ciaran', 'Cillian', 'Oisín', 'Oisin', 'Pádraig', 'Padraig', 'Seán', 'Eoin', 'Eoghan', 'Darragh'],
  ...['Dónal', 'Donal', 'Cormac', 'Colm', 'Fionn', 'Tadhg', 'Ruairí', 'Ruairi', 'Declan', 'Diarmuid', 'Fergal', 'Séamus'],
  ...['Seamus', 'Gráinne', 'Grainne', 'Deirdre', 'Máire', 'Mairéad', 'Mairead', 'Nuala', 'Méabh', 'Meabh', 'Eimear', 'Sorcha'],
  ...['Aoibhinn', 'Cathal', 'Ronan', 'Niall', 'Cian', 'Dafydd', 'Gethin', 'Rhys', 'Rhodri', 'Huw', 'Iwan', 'Ioan'],
  ...['Aled', 'Alun', 'Geraint', 'Llewelyn', 'Owain', 'Osian', 'Steffan', 'Tomos', 'Cerys', 'Carys', 'Ffion', 'Angharad'],
  ...['Bethan', 'Catrin', 'Eleri', 'Lowri', 'Rhiannon', 'Seren', 'Sioned', 'Siân', 'Sian', 'Nerys', 'Gwyneth', 'Callum'],
  ...['Calum', 'Ewan', 'Euan', 'Hamish', 'Alasdair', 'Alastair', 'Murdo', 'Ruaridh', 'Finlay', 'Fergus', 'Iain', 'Mhairi'],
  ...['Morag', 'Kirsty', 'Eilidh', 'Isla', 'Ailsa', 'Catriona', 'Elspeth', 'Isobel', 'Mairi', 'Tamsin', 'Morwenna', 'Demelza'],
  // Latin America and Brazil
  ...['Mateo', 'Matías', 'Matias', 'Sebastián', 'Nicolás', 'Agustín', 'Agustin', 'Thiago', 'Emiliano', 'Maximiliano', 'Bautista'],
  ...['Facundo', 'Ezequiel', 'Leandro', 'Lautaro', 'Felipe', 'Andrés', 'Andres', 'Camilo', 'Cristóbal', 'Esteban'],
  ...['Hernán', 'Julián', 'Marcelo', 'Mauricio', 'Octavio', 'Rodolfo', 'Santino', 'Ulises', 'Brayan', 'Jairo'],
  ...['Wilmer', 'Ximena', 'Camila', 'Daniela', 'Mariana', 'Gabriela', 'Fernanda', 'Renata', 'Agustina', 'Micaela'],
  ...['Lupita', 'Itzel', 'Xóchitl', 'Xochitl', 'Citlali', 'Yesenia', 'Araceli', 'Milagros', 'Luciana', 'Josefina'],
  ...['Valeria', 'Constanza', 'Javiera', 'Julieta', 'Romina', 'Marisol', 'Graciela', 'Alejandra', 'Nayeli', 'Anahí'],
  ...['Anahi', 'Fabiola', 'Leticia', 'Letícia', 'Pedro', 'Gustavo', 'Guilherme', 'Vinícius', 'Vinicius', 'Matheus'],
  ...['Caio', 'Enzo', 'Davi', 'Heitor', 'Otávio', 'Marcos', 'Márcio', 'Fábio', 'Cauã', 'Kauan'],
  ...['Murilo', 'Edson', 'Ronaldo', 'Adriano', 'Juliana', 'Larissa', 'Luana', 'Luíza', 'Luiza', 'Bruna'],
  ...['Thaís', 'Thais', 'Vitória', 'Manuela', 'Heloísa', 'Lorena', 'Giovanna', 'Raíssa', 'Lívia', 'Maitê'],
  ...['Débora', 'Priscila', 'Jéssica', 'Gisele', 'Rafaela', 'Pietra', 'Isadora', 'Joaquim', 'Sebastião', 'Conceição'],
  // East Asia in romanisation (Chinese pinyin and Wade-Giles, Japanese, Korean)
  ...['Wei', 'Xiaoming', 'Jiahui', 'Jiahao', 'Haoran', 'Yuxuan', 'Zihan', 'Zixuan', 'Yutong', 'Xinyi', 'Yichen', 'Zhiwei'],
  ...['Jianguo', 'Xiaoli', 'Lihua', 'Meiling', 'Xiuying', 'Junjie', 'Haoyu', 'Yifan', 'Ruoxi', 'Xiaoyu', 'Jiayi', 'Yiming'],
  ...['Jingyi', 'Tianyu', 'Hao', 'Jie', 'Ying', 'Xin', 'Jing', 'Mingxuan', 'Chenxi', 'Qiang', 'Hui', 'Mei'],
  ...['Jian', 'Ming', 'Chia-hao', 'Yu-ting', 'Shu-fen', 'Hsin-yi', 'Chih-wei', 'Mei-ling', 'Haruto', 'Yui', 'Sota', 'Yuto'],
  ...['Hinata', 'Riku', 'Ren', 'Kaito', 'Yuki', 'Aoi', 'Yuna', 'Kenji', 'Takeshi', 'Hiroshi', 'Akira', 'Haruka'],
  ...['Misaki', 'Naoko', 'Keiko', 'Yoko', 'Kaori', 'Satoshi', 'Daisuke', 'Makoto', 'Tomoko', 'Yumi', 'Akiko', 'Megumi'],
  ...['Takashi', 'Minjun', 'Min-jun', 'Seoyeon', 'Seo-yeon', 'Jiho', 'Ji-ho', 'Soojin', 'Soo-jin', 'Jiwoo', 'Ji-woo', 'Seojun'],
  ...['Seo-jun', 'Doyun', 'Do-yun', 'Hayoon', 'Ha-yoon', 'Jiyeon', 'Ji-yeon', 'Eunji', 'Eun-ji', 'Jisoo', 'Ji-soo'],
  ...['Hyunwoo', 'Hyun-woo', 'Jimin', 'Ji-min', 'Jihoon', 'Ji-hoon', 'Minji', 'Min-ji', 'Yejin', 'Ye-jin', 'Junho'],
  ...['Jun-ho', 'Seungmin', 'Seung-min', 'Sooyoung', 'Soo-young', 'Jiwon', 'Ji-won', 'Haeun', 'Ha-eun', 'Minho', 'Min-ho'],
  // Southeast Asia (Vietnamese, Filipino, Thai, Indonesian, Malay, Khmer)
  ...['Anh', 'Linh', 'Trang', 'Huong', 'Hương', 'Thảo', 'Thao', 'Ngoc', 'Ngọc', 'Hoa', 'Hạnh', 'Hanh', 'Mai'],
  ...['Phuong', 'Phương', 'Thuy', 'Thủy', 'Duc', 'Đức', 'Minh', 'Tuan', 'Tuấn', 'Huy', 'Khoa', 'Quang', 'Thanh'],
  ...['Trung', 'Vinh', 'Đạt', 'Phong', 'Khanh', 'Bảo', 'Hieu', 'Hiếu', 'Quynh', 'Quỳnh', 'Tien', 'Nhi', 'Binh'],
  ...['Cuong', 'Cường', 'Hoang', 'Maricel', 'Marites', 'Rowena', 'Luzviminda', 'Marilou', 'Analyn', 'Ligaya', 'Jomar', 'Rommel'],
  ...['Reynaldo', 'Efren', 'Imelda', 'Corazon', 'Danilo', 'Erlinda', 'Somchai', 'Somsak', 'Siriporn', 'Supaporn', 'Malee', 'Kanya'],
  ...['Arthit', 'Kittisak', 'Nattapong', 'Thanawat', 'Wichai', 'Prasert', 'Kannika', 'Ratana', 'Pimchanok', 'Nattaya', 'Chatchai', 'Agus'],
  ...['Budi', 'Bambang', 'Dewi', 'Siti', 'Putri', 'Ayu', 'Wulan', 'Rina', 'Ratna', 'Fitri', 'Nurul', 'Joko'],
  ...['Hendra', 'Rudi', 'Eko', 'Dian', 'Fajar', 'Rizky', 'Bayu', 'Lestari', 'Kartika', 'Intan', 'Wayan', 'Aiman'],
  ...['Hafiz', 'Irfan', 'Syafiq', 'Aisyah', 'Nabila', 'Amirah', 'Firdaus', 'Azlan', 'Khairul', 'Zulkifli', 'Sokha', 'Sophea'],
  // Australia, New Zealand, Canada and the US: popular modern names that census top-100 lists miss
  ...['Lachlan', 'Brodie', 'Tahnee', 'Mitchell', 'Kirra', 'Jye', 'Jai', 'Bodhi', 'Zali', 'Tayla', 'Taylah', 'Jaimee', 'Keely'],
  ...['Bronte', 'Narelle', 'Tahlia', 'Kieran', 'Kiera', 'Maddison', 'Ashleigh', 'Brianna', 'Aroha', 'Hemi', 'Wiremu', 'Tane', 'Manaia'],
  ...['Nikau', 'Ariki', 'Rangi', 'Tamati', 'Anahera', 'Kahurangi', 'Mereana', 'Ngaire', 'Kaia', 'Maia', 'Rawiri', 'Mathis'],
  ...['Émile', 'Emile', 'Jérémie', 'Jeremie', 'Frédérique', 'Marie-Ève', 'Marie-Eve', 'Josée', 'Josee', 'Sylvain', 'Réjean', 'Ghislain'],
  ...['Gaétan', 'Gaetan', 'Chantal', 'Marc-André', 'Marc-Andre', 'Deshawn', 'Dashawn', 'Keshawn', 'Jaylen', 'Jalen', 'Aaliyah', 'Aliyah'],
  ...['Darnell', 'Tyrone', 'Lamar', 'Trayvon', 'Kendrick', 'Jaxson', 'Jaxon', 'Braxton', 'Paxton', 'Jayce', 'Kyrie', 'Malik'],
  ...['Khalil', 'Amari', 'Shaniqua', 'Latoya', 'Latisha', 'Tanisha', 'Keisha', 'Tiana', 'Kiana', 'Aniyah', 'Nevaeh', 'Jazmin'],
  ...['Khloe', 'Kinsley', 'Everly', 'Kaylee', 'Kayleigh', 'Aubree', 'Maddox', 'Colton', 'Jayden', 'Brayden', 'Aiden', 'Jace'],
  ...['Nasir', 'Darius', 'Terrell', 'Jermaine', 'Deandre', 'Shanice', 'Chantelle', 'Kiara', 'Jayla', 'Makayla', "Ja'Marr", "De'Andre"],
]);
