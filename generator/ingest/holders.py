"""Terms of office of the leaders, foreign ministers and a few other officials readouts name most.

Data only, read by ``offices``. Dates are the day a term began and ended, from public
records; a wrong or missing row costs evidence, never a wrong date without a review note.
"""

from __future__ import annotations

# name | country | office start end; ... (end "-" = in office). hog = head of government, hos = head of
# state, fm = foreign minister (Secretary of State), vp = the U.S. Vice President, sg = UN Secretary-General,
# ccs = Japan's Chief Cabinet Secretary, amb-us-jp / amb-jp-us = the U.S. Ambassador to Japan / Japan's
# Ambassador to the U.S., spox-state = the State Department Spokesperson (named in U.S. readouts' attribution lines),
# dep-state / asst-eap = the Deputy Secretary of State / the Assistant Secretary of State for East Asian and Pacific
# Affairs (who call on Japan's ministers, and attend their meetings: "Assistant Secretary ... Campbell").
TABLE = """
Yoshiro Mori|Japan|hog 2000-04-05 2001-04-26
Junichiro Koizumi|Japan|hog 2001-04-26 2006-09-26
Shinzo Abe|Japan|ccs 2005-10-31 2006-09-26;hog 2006-09-26 2007-09-26;hog 2012-12-26 2020-09-16
Yasuo Fukuda|Japan|hog 2007-09-26 2008-09-24
Taro Aso|Japan|fm 2005-10-31 2007-08-27;hog 2008-09-24 2009-09-16
Yukio Hatoyama|Japan|hog 2009-09-16 2010-06-08
Naoto Kan|Japan|hog 2010-06-08 2011-09-02
Yoshihiko Noda|Japan|hog 2011-09-02 2012-12-26
Yoshihide Suga|Japan|ccs 2012-12-26 2020-09-16;hog 2020-09-16 2021-10-04
Fumio Kishida|Japan|fm 2012-12-26 2017-08-03;hog 2021-10-04 2024-10-01
Shigeru Ishiba|Japan|hog 2024-10-01 2025-10-21
Sanae Takaichi|Japan|hog 2025-10-21 -
Yohei Kono|Japan|fm 1999-10-05 2001-04-26
Makiko Tanaka|Japan|fm 2001-04-26 2002-01-30
Yoriko Kawaguchi|Japan|fm 2002-02-01 2004-09-27
Nobutaka Machimura|Japan|fm 2004-09-27 2005-10-31;fm 2007-08-27 2007-09-26;ccs 2007-09-26 2008-09-24
Masahiko Komura|Japan|fm 2007-09-26 2008-09-24
Hirofumi Nakasone|Japan|fm 2008-09-24 2009-09-16
Katsuya Okada|Japan|fm 2009-09-16 2010-09-17
Seiji Maehara|Japan|fm 2010-09-17 2011-03-07
Takeaki Matsumoto|Japan|fm 2011-03-09 2011-09-02
Koichiro Gemba|Japan|fm 2011-09-02 2012-12-26
Taro Kono|Japan|fm 2017-08-03 2019-09-11
Toshimitsu Motegi|Japan|fm 2019-09-11 2021-11-04;fm 2025-10-21 -
Yoshimasa Hayashi|Japan|fm 2021-11-10 2023-09-13;ccs 2023-12-14 2025-10-21
Yoko Kamikawa|Japan|fm 2023-09-13 2024-10-01
Takeshi Iwaya|Japan|fm 2024-10-01 2025-10-21
George W. Bush|United States|hos 2001-01-20 2009-01-20
Barack Obama|United States|hos 2009-01-20 2017-01-20
Donald Trump|United States|hos 2017-01-20 2021-01-20;hos 2025-01-20 -
Joe Biden|United States|vp 2009-01-20 2017-01-20;hos 2021-01-20 2025-01-20
Dick Cheney|United States|vp 2001-01-20 2009-01-20
Mike Pence|United States|vp 2017-01-20 2021-01-20
Kamala Harris|United States|vp 2021-01-20 2025-01-20
JD Vance|United States|vp 2025-01-20 -
Colin Powell|United States|fm 2001-01-20 2005-01-26
Condoleezza Rice|United States|fm 2005-01-26 2009-01-20
Hillary Clinton|United States|fm 2009-01-21 2013-02-01
John Kerry|United States|fm 2013-02-01 2017-01-20
Rex Tillerson|United States|fm 2017-02-01 2018-03-31
Mike Pompeo|United States|fm 2018-04-26 2021-01-20
Antony Blinken|United States|dep-state 2015-01-09 2017-01-20;fm 2021-01-26 2025-01-20
Marco Rubio|United States|fm 2025-01-21 -
Lee Myung-bak|Republic of Korea|hos 2008-02-25 2013-02-25
Park Geun-hye|Republic of Korea|hos 2013-02-25 2017-03-10
Moon Jae-in|Republic of Korea|hos 2017-05-10 2022-05-10
Yoon Suk Yeol|Republic of Korea|hos 2022-05-10 2025-04-04
Lee Jae-myung|Republic of Korea|hos 2025-06-04 -
Yu Myung-hwan|Republic of Korea|fm 2008-02-29 2010-09-04
Kim Sung-hwan|Republic of Korea|fm 2010-10-08 2013-03-11
Yun Byung-se|Republic of Korea|fm 2013-03-11 2017-06-18
Kang Kyung-wha|Republic of Korea|fm 2017-06-18 2021-02-08
Chung Eui-yong|Republic of Korea|fm 2021-02-09 2022-05-10
Park Jin|Republic of Korea|fm 2022-05-12 2024-01-10
Cho Tae-yul|Republic of Korea|fm 2024-01-10 2025-07-21
Kim Jong Un|North Korea|hos 2011-12-17 -
Hu Jintao|China|hos 2003-03-15 2013-03-14
Xi Jinping|China|hos 2013-03-14 -
Wen Jiabao|China|hog 2003-03-16 2013-03-15
Li Keqiang|China|hog 2013-03-15 2023-03-11
Li Qiang|China|hog 2023-03-11 -
Li Zhaoxing|China|fm 2003-03-17 2007-04-27
Yang Jiechi|China|fm 2007-04-27 2013-03-16
Wang Yi|China|fm 2013-03-16 2022-12-30;fm 2023-07-25 -
Qin Gang|China|fm 2022-12-30 2023-07-25
Vladimir Putin|Russia|hos 2000-05-07 2008-05-07;hos 2012-05-07 -
Dmitry Medvedev|Russia|hos 2008-05-07 2012-05-07
Sergey Lavrov|Russia|fm 2004-03-09 -
Margaret Thatcher|United Kingdom|hog 1979-05-04 1990-11-28
Tony Blair|United Kingdom|hog 1997-05-02 2007-06-27
Gordon Brown|United Kingdom|hog 2007-06-27 2010-05-11
David Cameron|United Kingdom|hog 2010-05-11 2016-07-13;fm 2023-11-13 2024-07-05
Theresa May|United Kingdom|hog 2016-07-13 2019-07-24
Boris Johnson|United Kingdom|fm 2016-07-13 2018-07-09;hog 2019-07-24 2022-09-06
Liz Truss|United Kingdom|fm 2021-09-15 2022-09-06;hog 2022-09-06 2022-10-25
Rishi Sunak|United Kingdom|hog 2022-10-25 2024-07-05
Keir Starmer|United Kingdom|hog 2024-07-05 -
David Miliband|United Kingdom|fm 2007-06-28 2010-05-11
William Hague|United Kingdom|fm 2010-05-12 2014-07-14
Philip Hammond|United Kingdom|fm 2014-07-14 2016-07-13
Jeremy Hunt|United Kingdom|fm 2018-07-09 2019-07-24
Dominic Raab|United Kingdom|fm 2019-07-24 2021-09-15
James Cleverly|United Kingdom|fm 2022-09-06 2023-11-13
David Lammy|United Kingdom|fm 2024-07-05 2025-09-05
Angela Merkel|Germany|hog 2005-11-22 2021-12-08
Olaf Scholz|Germany|hog 2021-12-08 2025-05-06
Frank-Walter Steinmeier|Germany|fm 2005-11-22 2009-10-28;fm 2013-12-17 2017-01-27;hos 2017-03-19 -
Guido Westerwelle|Germany|fm 2009-10-28 2013-12-17
Heiko Maas|Germany|fm 2018-03-14 2021-12-08
Annalena Baerbock|Germany|fm 2021-12-08 2025-05-06
Kevin Rudd|Australia|hog 2007-12-03 2010-06-24;fm 2010-09-14 2012-02-22;hog 2013-06-27 2013-09-18
Julia Gillard|Australia|hog 2010-06-24 2013-06-27
Tony Abbott|Australia|hog 2013-09-18 2015-09-15
Malcolm Turnbull|Australia|hog 2015-09-15 2018-08-24
Scott Morrison|Australia|hog 2018-08-24 2022-05-23
Anthony Albanese|Australia|hog 2022-05-23 -
Stephen Smith|Australia|fm 2007-12-03 2010-09-14
Bob Carr|Australia|fm 2012-03-13 2013-09-18
Julie Bishop|Australia|fm 2013-09-18 2018-08-26
Marise Payne|Australia|fm 2018-08-26 2022-05-23
Penny Wong|Australia|fm 2022-05-23 -
Manmohan Singh|India|hog 2004-05-22 2014-05-26
Narendra Modi|India|hog 2014-05-26 -
Sushma Swaraj|India|fm 2014-05-26 2019-05-30
Subrahmanyam Jaishankar|India|fm 2019-05-30 -
Nguyen Tan Dung|Viet Nam|hog 2006-06-27 2016-04-07
Nguyen Xuan Phuc|Viet Nam|hog 2016-04-07 2021-04-05
Pham Minh Chinh|Viet Nam|hog 2021-04-05 -
Susilo Bambang Yudhoyono|Indonesia|hos 2004-10-20 2014-10-20
Joko Widodo|Indonesia|hos 2014-10-20 2024-10-20
Prabowo Subianto|Indonesia|hos 2024-10-20 -
Retno Marsudi|Indonesia|fm 2014-10-27 2024-10-20
Mohammad Javad Zarif|Iran|fm 2013-08-15 2021-08-25
Hossein Amir-Abdollahian|Iran|fm 2021-08-25 2024-05-19
Abbas Araghchi|Iran|fm 2024-08-21 -
Benjamin Netanyahu|Israel|hog 2009-03-31 2021-06-13;hog 2022-12-29 -
Israel Katz|Israel|fm 2019-10-06 2020-05-17;fm 2024-01-01 2024-11-05
Adel Al-Jubeir|Saudi Arabia|fm 2015-04-29 2018-12-27
Mauro Vieira|Brazil|fm 2015-01-01 2016-05-12;fm 2023-01-01 -
Volodymyr Zelenskyy|Ukraine|hos 2019-05-20 -
Dmytro Kuleba|Ukraine|fm 2020-03-04 2024-09-05
Denys Shmyhal|Ukraine|hog 2020-03-04 2025-07-17
Emmanuel Macron|France|hos 2017-05-14 -
Stephen Harper|Canada|hog 2006-02-06 2015-11-04
Justin Trudeau|Canada|hog 2015-11-04 2025-03-14
Rodrigo Duterte|Philippines|hos 2016-06-30 2022-06-30
Ferdinand Marcos Jr.|Philippines|hos 2022-06-30 -
Nicolas Sarkozy|France|hos 2007-05-16 2012-05-15
François Hollande|France|hos 2012-05-15 2017-05-14
Alain Juppé|France|fm 2011-02-27 2012-05-16
Laurent Fabius|France|fm 2012-05-16 2016-02-11
Jean-Marc Ayrault|France|hog 2012-05-15 2014-03-31;fm 2016-02-11 2017-05-17
Jean-Yves Le Drian|France|fm 2017-05-17 2022-05-20
Catherine Colonna|France|fm 2022-05-20 2024-01-11
Stéphane Séjourné|France|fm 2024-01-11 2024-09-21
Jean-Noël Barrot|France|fm 2024-09-21 -
John Baird|Canada|fm 2011-05-18 2015-02-03
Stéphane Dion|Canada|fm 2015-11-04 2017-01-10
Chrystia Freeland|Canada|fm 2017-01-10 2019-11-20
François-Philippe Champagne|Canada|fm 2019-11-20 2021-01-12
Marc Garneau|Canada|fm 2021-01-12 2021-10-26
Mélanie Joly|Canada|fm 2021-10-26 2025-05-13
Sigmar Gabriel|Germany|fm 2017-01-27 2018-03-14
Matteo Renzi|Italy|hog 2014-02-22 2016-12-12
Giorgia Meloni|Italy|hog 2022-10-22 -
Luigi Di Maio|Italy|fm 2019-09-05 2022-10-22
Antonio Tajani|Italy|fm 2022-10-22 -
S. M. Krishna|India|fm 2009-05-22 2012-10-26
Salman Khurshid|India|fm 2012-10-28 2014-05-26
Benigno Aquino III|Philippines|hos 2010-06-30 2016-06-30
Albert del Rosario|Philippines|fm 2011-02-24 2016-03-07
Alan Peter Cayetano|Philippines|fm 2017-05-18 2018-10-17
Teodoro Locsin Jr.|Philippines|fm 2018-10-17 2022-06-30
Enrique Manalo|Philippines|fm 2022-07-01 2025-07-01
K. Shanmugam|Singapore|fm 2011-05-21 2015-09-30
Vivian Balakrishnan|Singapore|fm 2015-10-01 -
Lee Hsien Loong|Singapore|hog 2004-08-12 2024-05-15
Lawrence Wong|Singapore|hog 2024-05-15 -
Pham Binh Minh|Viet Nam|fm 2011-08-03 2021-04-08
Bui Thanh Son|Viet Nam|fm 2021-04-08 -
Marty Natalegawa|Indonesia|fm 2009-10-22 2014-10-20
Murray McCully|New Zealand|fm 2008-11-19 2017-05-02
Winston Peters|New Zealand|fm 2017-10-26 2020-11-06;fm 2023-11-27 -
Nanaia Mahuta|New Zealand|fm 2020-11-06 2023-11-27
Jacinda Ardern|New Zealand|hog 2017-10-26 2023-01-25
Mevlüt Çavuşoğlu|Türkiye|fm 2014-08-29 2015-08-28;fm 2015-11-24 2023-06-04
Hakan Fidan|Türkiye|fm 2023-06-04 -
Recep Tayyip Erdoğan|Türkiye|hog 2003-03-14 2014-08-28;hos 2014-08-28 -
Cyril Ramaphosa|South Africa|hos 2018-02-15 -
Jacob Zuma|South Africa|hos 2009-05-09 2018-02-14
Luiz Inácio Lula da Silva|Brazil|hos 2003-01-01 2010-12-31;hos 2023-01-01 -
Jair Bolsonaro|Brazil|hos 2019-01-01 2022-12-31
Hassan Rouhani|Iran|hos 2013-08-03 2021-08-03
Ebrahim Raisi|Iran|hos 2021-08-03 2024-05-19
Masoud Pezeshkian|Iran|hos 2024-07-28 -
Hun Sen|Cambodia|hog 1985-01-14 2023-08-22
Hun Manet|Cambodia|hog 2023-08-22 -
Prayut Chan-o-cha|Thailand|hog 2014-08-24 2023-08-23
Srettha Thavisin|Thailand|hog 2023-08-22 2024-08-14
Najib Razak|Malaysia|hog 2009-04-03 2018-05-10
Mahathir Mohamad|Malaysia|hog 1981-07-16 2003-10-31;hog 2018-05-10 2020-03-01
Anwar Ibrahim|Malaysia|hog 2022-11-24 -
Sheikh Hasina|Bangladesh|hog 2009-01-06 2024-08-05
Imran Khan|Pakistan|hog 2018-08-18 2022-04-10
Shehbaz Sharif|Pakistan|hog 2022-04-11 2023-08-14;hog 2024-03-04 -
Abdel Fattah el-Sisi|Egypt|hos 2014-06-08 -
Uhuru Kenyatta|Kenya|hos 2013-04-09 2022-09-13
William Ruto|Kenya|hos 2022-09-13 -
Petro Poroshenko|Ukraine|hos 2014-06-07 2019-05-20
Andrzej Duda|Poland|hos 2015-08-06 2025-08-06
Mark Rutte|Netherlands|hog 2010-10-14 2024-07-02
Pedro Sánchez|Spain|hog 2018-06-02 -
Mariano Rajoy|Spain|hog 2011-12-21 2018-06-01
Giuseppe Conte|Italy|hog 2018-06-01 2021-02-13
Mario Draghi|Italy|hog 2021-02-13 2022-10-22
John Key|New Zealand|hog 2008-11-19 2016-12-12
Christopher Luxon|New Zealand|hog 2023-11-27 -
Mauricio Macri|Argentina|hos 2015-12-10 2019-12-10
Javier Milei|Argentina|hos 2023-12-10 -
Andrés Manuel López Obrador|Mexico|hos 2018-12-01 2024-09-30
Faisal bin Farhan Al Saud|Saudi Arabia|fm 2019-10-23 -
Yasuhisa Shiozaki|Japan|ccs 2006-09-26 2007-08-27
Takeo Kawamura|Japan|ccs 2008-09-24 2009-09-16
Hirofumi Hirano|Japan|ccs 2009-09-16 2010-06-08
Yoshito Sengoku|Japan|ccs 2010-06-08 2011-01-14
Yukio Edano|Japan|ccs 2011-01-14 2011-09-02
Osamu Fujimura|Japan|ccs 2011-09-02 2012-12-26
Katsunobu Kato|Japan|ccs 2020-09-16 2021-10-04
Hirokazu Matsuno|Japan|ccs 2021-10-04 2023-12-14
Minoru Kihara|Japan|ccs 2025-10-21 -
Thomas Schieffer|United States|amb-us-jp 2005-04-01 2009-01-20
John Roos|United States|amb-us-jp 2009-08-20 2013-08-12
Caroline Kennedy|United States|amb-us-jp 2013-11-19 2017-01-18
William Hagerty|United States|amb-us-jp 2017-08-16 2019-07-22
Rahm Emanuel|United States|amb-us-jp 2022-03-25 2025-01-15
Ichiro Fujisaki|Japan|amb-jp-us 2008-04-01 2012-11-20
Kenichiro Sasae|Japan|amb-jp-us 2012-11-20 2018-01-08
Shinsuke Sugiyama|Japan|amb-jp-us 2018-01-08 2020-12-14
Koji Tomita|Japan|amb-jp-us 2020-12-14 2023-12-20
Shigeo Yamada|Japan|amb-jp-us 2023-12-20 -
Richard Armitage|United States|dep-state 2001-03-26 2005-02-22
Robert Zoellick|United States|dep-state 2005-02-22 2006-07-07
John Negroponte|United States|dep-state 2007-02-13 2009-01-20
James Steinberg|United States|dep-state 2009-01-28 2011-07-28
William Burns|United States|dep-state 2011-07-28 2014-11-03
John Sullivan|United States|dep-state 2017-05-24 2019-12-21
Stephen Biegun|United States|dep-state 2019-12-21 2021-01-20
Wendy Sherman|United States|dep-state 2021-04-14 2023-07-28
Kurt Campbell|United States|asst-eap 2009-06-26 2013-02-08;dep-state 2024-02-12 2025-01-20
Christopher Landau|United States|dep-state 2025-03-25 -
James Kelly|United States|asst-eap 2001-05-01 2005-02-28
Christopher Hill|United States|asst-eap 2005-04-08 2009-04-13
Daniel Russel|United States|asst-eap 2013-07-12 2017-03-08
David Stilwell|United States|asst-eap 2019-06-13 2021-01-20
Daniel Kritenbrink|United States|asst-eap 2021-09-09 2025-01-20
Victoria Nuland|United States|spox-state 2011-05-31 2013-04-12
Jen Psaki|United States|spox-state 2013-04-12 2015-03-31
John Kirby|United States|spox-state 2015-05-11 2017-01-20
Heather Nauert|United States|spox-state 2017-04-25 2019-03-01
Morgan Ortagus|United States|spox-state 2019-04-01 2021-01-20
Ned Price|United States|spox-state 2021-01-20 2023-03-31
Matthew Miller|United States|spox-state 2023-05-15 2025-01-20
Tammy Bruce|United States|spox-state 2025-01-21 -
Ban Ki-moon|United Nations|sg 2007-01-01 2016-12-31
António Guterres|United Nations|sg 2017-01-01 -
"""
