# Named people and the offices they held. One line per term of office; a person with several
# terms has several lines (aliases are merged). "to" left empty means the term continues.
# The office must be one of those in titles.lex, so that "the Russian president" in a 2013
# story resolves to whoever held that office on the article's date.
# name | code | office | from | to | aliases
[people]
Vladimir Putin | RUSGOV | president | 2000-05-07 | 2008-05-07 | Putin; Vladimir V. Putin
Vladimir Putin | RUSGOV | prime minister | 2008-05-08 | 2012-05-07 | Putin
Vladimir Putin | RUSGOV | president | 2012-05-07 |  | Putin
Dmitry Medvedev | RUSGOV | president | 2008-05-07 | 2012-05-07 | Medvedev; Dmitri Medvedev
Dmitry Medvedev | RUSGOV | prime minister | 2012-05-08 | 2020-01-16 | Medvedev
Mikhail Mishustin | RUSGOV | prime minister | 2020-01-16 |  | Mishustin
Sergei Lavrov | RUSGOV | foreign minister | 2004-03-09 |  | Lavrov; Sergey Lavrov
Sergei Shoigu | RUSGOV | defense minister | 2012-11-06 | 2024-05-12 | Shoigu; Sergey Shoigu
Andrei Belousov | RUSGOV | defense minister | 2024-05-12 |  | Belousov
Nikolai Patrushev | RUSGOV | security council secretary | 2008-05-12 | 2024-05-14 | Patrushev
Yury Ushakov | RUSGOV | presidential adviser | 2012-05-21 |  | Ushakov; Yuri Ushakov
Dmitry Peskov | RUSGOV | spokesperson | 2012-05-22 |  | Peskov; Dmitri Peskov
Maria Zakharova | RUSGOV | spokesperson | 2015-08-10 |  | Zakharova
Sergei Ryabkov | RUSGOV | minister | 2008-08-01 |  | Ryabkov; Sergey Ryabkov
George W. Bush | USAGOV | president | 2001-01-20 | 2009-01-20 | George Bush; Bush
Barack Obama | USAGOV | president | 2009-01-20 | 2017-01-20 | Obama
Donald Trump | USAGOV | president | 2017-01-20 | 2021-01-20 | Trump
Joe Biden | USAGOV | vice president | 2009-01-20 | 2017-01-20 | Biden; Joseph Biden
Joe Biden | USAGOV | president | 2021-01-20 | 2025-01-20 | Biden
Donald Trump | USAGOV | president | 2025-01-20 |  | Trump
Colin Powell | USAGOV | foreign minister | 2001-01-20 | 2005-01-26 | Powell
Condoleezza Rice | USAGOV | foreign minister | 2005-01-26 | 2009-01-20
Hillary Clinton | USAGOV | foreign minister | 2009-01-21 | 2013-02-01 | Clinton; Hillary Rodham Clinton
John Kerry | USAGOV | foreign minister | 2013-02-01 | 2017-01-20 | Kerry
Rex Tillerson | USAGOV | foreign minister | 2017-02-01 | 2018-03-31 | Tillerson
Mike Pompeo | USAGOV | foreign minister | 2018-04-26 | 2021-01-20 | Pompeo
Antony Blinken | USAGOV | foreign minister | 2021-01-26 | 2025-01-20 | Blinken
Marco Rubio | USAGOV | foreign minister | 2025-01-21 |  | Rubio
Chuck Hagel | USAGOV | defense minister | 2013-02-27 | 2015-02-17 | Hagel
James Mattis | USAGOV | defense minister | 2017-01-20 | 2019-01-01 | Mattis; Jim Mattis
Lloyd Austin | USAGOV | defense minister | 2021-01-22 | 2025-01-20
Pete Hegseth | USAGOV | defense minister | 2025-01-25 |  | Hegseth
Tom Donilon | USAGOV | national security advisor | 2010-10-08 | 2013-07-01 | Donilon; Thomas Donilon
Susan Rice | USAGOV | national security advisor | 2013-07-01 | 2017-01-20
John Bolton | USAGOV | national security advisor | 2018-04-09 | 2019-09-10 | Bolton
Jake Sullivan | USAGOV | national security advisor | 2021-01-20 | 2025-01-20 | Sullivan
Jay Carney | USAGOV | spokesperson | 2011-02-02 | 2014-06-20 | Carney
Jen Psaki | USAGOV | spokesperson | 2013-02-11 | 2015-03-31 | Psaki
Xi Jinping | CHNGOV | president | 2013-03-14 |  | Xi
Hu Jintao | CHNGOV | president | 2003-03-15 | 2013-03-14 | Hu
Wen Jiabao | CHNGOV | prime minister | 2003-03-16 | 2013-03-15
Li Keqiang | CHNGOV | prime minister | 2013-03-15 | 2023-03-11 | Li Keqiang
Li Qiang | CHNGOV | prime minister | 2023-03-11 |  | Li Qiang
Wang Yi | CHNGOV | foreign minister | 2013-03-16 | 2022-12-30 | Wang Yi
Qin Gang | CHNGOV | foreign minister | 2022-12-30 | 2023-07-25 | Qin Gang
Wang Yi | CHNGOV | foreign minister | 2023-07-25 |  | Wang Yi
Angela Merkel | DEUGOV | chancellor | 2005-11-22 | 2021-12-08 | Merkel
Olaf Scholz | DEUGOV | chancellor | 2021-12-08 | 2025-05-06 | Scholz
Friedrich Merz | DEUGOV | chancellor | 2025-05-06 |  | Merz
Nicolas Sarkozy | FRAGOV | president | 2007-05-16 | 2012-05-15 | Sarkozy
Francois Hollande | FRAGOV | president | 2012-05-15 | 2017-05-14 | Hollande; François Hollande
Emmanuel Macron | FRAGOV | president | 2017-05-14 |  | Macron
Laurent Fabius | FRAGOV | foreign minister | 2012-05-16 | 2016-02-11 | Fabius
Tony Blair | GBRGOV | prime minister | 1997-05-02 | 2007-06-27 | Blair
Gordon Brown | GBRGOV | prime minister | 2007-06-27 | 2010-05-11
David Cameron | GBRGOV | prime minister | 2010-05-11 | 2016-07-13 | Cameron
Theresa May | GBRGOV | prime minister | 2016-07-13 | 2019-07-24
Boris Johnson | GBRGOV | prime minister | 2019-07-24 | 2022-09-06 | Johnson
Liz Truss | GBRGOV | prime minister | 2022-09-06 | 2022-10-25 | Truss
Rishi Sunak | GBRGOV | prime minister | 2022-10-25 | 2024-07-05 | Sunak
Keir Starmer | GBRGOV | prime minister | 2024-07-05 |  | Starmer
William Hague | GBRGOV | foreign minister | 2010-05-12 | 2014-07-14 | Hague
Boris Johnson | GBRGOV | foreign minister | 2016-07-13 | 2018-07-09 | Johnson
Subrahmanyam Jaishankar | INDGOV | foreign minister | 2019-05-30 | | Jaishankar; S. Jaishankar
Shinzo Abe | JPNGOV | prime minister | 2012-12-26 | 2020-09-16 | Abe
Yoshihide Suga | JPNGOV | prime minister | 2020-09-16 | 2021-10-04 | Suga
Fumio Kishida | JPNGOV | prime minister | 2021-10-04 | 2024-10-01 | Kishida
Shigeru Ishiba | JPNGOV | prime minister | 2024-10-01 | 2025-10-21 | Ishiba
Sanae Takaichi | JPNGOV | prime minister | 2025-10-21 |  | Takaichi
Narendra Modi | INDGOV | prime minister | 2014-05-26 |  | Modi
Manmohan Singh | INDGOV | prime minister | 2004-05-22 | 2014-05-26 | Singh
Recep Tayyip Erdogan | TURGOV | prime minister | 2003-03-14 | 2014-08-28 | Erdogan; Erdoğan; Tayyip Erdogan
Recep Tayyip Erdogan | TURGOV | president | 2014-08-28 |  | Erdogan; Erdoğan
Hakan Fidan | TURGOV | foreign minister | 2023-06-04 |  | Fidan
Mevlut Cavusoglu | TURGOV | foreign minister | 2015-11-24 | 2023-06-04 | Cavusoglu; Çavuşoğlu
Benjamin Netanyahu | ISRGOV | prime minister | 2009-03-31 | 2021-06-13 | Netanyahu
Naftali Bennett | ISRGOV | prime minister | 2021-06-13 | 2022-06-30 | Bennett
Yair Lapid | ISRGOV | prime minister | 2022-07-01 | 2022-12-29 | Lapid
Benjamin Netanyahu | ISRGOV | prime minister | 2022-12-29 |  | Netanyahu
Mahmoud Abbas | PSEGOV | president | 2005-01-15 |  | Abbas
Hassan Rouhani | IRNGOV | president | 2013-08-03 | 2021-08-03 | Rouhani; Hassan Rohani
Mahmoud Ahmadinejad | IRNGOV | president | 2005-08-03 | 2013-08-03 | Ahmadinejad
Ebrahim Raisi | IRNGOV | president | 2021-08-03 | 2024-05-19 | Raisi
Masoud Pezeshkian | IRNGOV | president | 2024-07-28 |  | Pezeshkian
Ali Khamenei | IRNGOV | supreme leader | 1989-06-04 |  | Khamenei; Ayatollah Ali Khamenei
Mohammad Javad Zarif | IRNGOV | foreign minister | 2013-08-15 | 2021-08-25 | Zarif; Javad Zarif
Abbas Araghchi | IRNGOV | foreign minister | 2024-08-21 |  | Araghchi
Kim Jong Il | PRKGOV | supreme leader | 1994-07-08 | 2011-12-17 | Kim Jong-il; Kim
Kim Jong Un | PRKGOV | supreme leader | 2011-12-17 |  | Kim Jong-un; Kim
Park Geun-hye | KORGOV | president | 2013-02-25 | 2017-03-10
Moon Jae-in | KORGOV | president | 2017-05-10 | 2022-05-10
Yoon Suk Yeol | KORGOV | president | 2022-05-10 | 2025-04-04 | Yoon
Lee Jae-myung | KORGOV | president | 2025-06-04 |  | Lee Jae-myung
Viktor Yanukovych | UKRGOV | president | 2010-02-25 | 2014-02-22 | Yanukovych
Petro Poroshenko | UKRGOV | president | 2014-06-07 | 2019-05-20 | Poroshenko
Volodymyr Zelensky | UKRGOV | president | 2019-05-20 |  | Zelensky; Zelenskyy; Volodymyr Zelenskyy
Dmytro Kuleba | UKRGOV | foreign minister | 2020-03-04 | 2024-09-05 | Kuleba
Andrii Sybiha | UKRGOV | foreign minister | 2024-09-05 |  | Sybiha
Bashar al-Assad | SYRGOV | president | 2000-07-17 | 2024-12-08 | Assad; Bashar Assad
Ahmed al-Sharaa | SYRGOV | president | 2025-01-29 |  | al-Sharaa; Sharaa
Alexander Lukashenko | BLRGOV | president | 1994-07-20 |  | Lukashenko
Nicolas Maduro | VENGOV | president | 2013-04-19 |  | Maduro
Hugo Chavez | VENGOV | president | 1999-02-02 | 2013-03-05 | Chavez; Hugo Chávez
Abdel Fattah el-Sisi | EGYGOV | president | 2014-06-08 |  | Sisi; el-Sisi; Abdel Fattah al-Sisi
Mohamed Morsi | EGYGOV | president | 2012-06-30 | 2013-07-03 | Morsi
Hosni Mubarak | EGYGOV | president | 1981-10-14 | 2011-02-11 | Mubarak
King Salman | SAUGOV | king | 2015-01-23 |  | Salman bin Abdulaziz
Mohammed bin Salman | SAUGOV | crown prince | 2017-06-21 |  | bin Salman; MBS
Nouri al-Maliki | IRQGOV | prime minister | 2006-05-20 | 2014-09-08 | Maliki
Hamid Karzai | AFGGOV | president | 2004-12-07 | 2014-09-29 | Karzai
Ashraf Ghani | AFGGOV | president | 2014-09-29 | 2021-08-15 | Ghani
Nawaz Sharif | PAKGOV | prime minister | 2013-06-05 | 2017-07-28 | Nawaz Sharif
Imran Khan | PAKGOV | prime minister | 2018-08-18 | 2022-04-10 | Imran Khan
Shehbaz Sharif | PAKGOV | prime minister | 2024-03-04 |  | Shehbaz Sharif
Luiz Inacio Lula da Silva | BRAGOV | president | 2023-01-01 |  | Lula; Luiz Inácio Lula da Silva
Jair Bolsonaro | BRAGOV | president | 2019-01-01 | 2023-01-01 | Bolsonaro
Dilma Rousseff | BRAGOV | president | 2011-01-01 | 2016-08-31 | Rousseff
Stephen Harper | CANGOV | prime minister | 2006-02-06 | 2015-11-04 | Harper
Justin Trudeau | CANGOV | prime minister | 2015-11-04 | 2025-03-14 | Trudeau
Mark Carney | CANGOV | prime minister | 2025-03-14 |  | Carney
Joko Widodo | IDNGOV | president | 2014-10-20 | 2024-10-20 | Jokowi; Widodo
Susilo Bambang Yudhoyono | IDNGOV | president | 2004-10-20 | 2014-10-20 | Yudhoyono
Prabowo Subianto | IDNGOV | president | 2024-10-20 |  | Prabowo
Giorgia Meloni | ITAGOV | prime minister | 2022-10-22 |  | Meloni
Pedro Sanchez | ESPGOV | prime minister | 2018-06-02 |  | Sánchez; Pedro Sánchez
Viktor Orban | HUNGOV | prime minister | 2010-05-29 |  | Orban; Viktor Orbán; Orbán
Donald Tusk | POLGOV | prime minister | 2023-12-13 |  | Tusk
Andrzej Duda | POLGOV | president | 2015-08-06 | 2025-08-06 | Duda
Cyril Ramaphosa | ZAFGOV | president | 2018-02-15 |  | Ramaphosa
Jacob Zuma | ZAFGOV | president | 2009-05-09 | 2018-02-14 | Zuma
Abiy Ahmed | ETHGOV | prime minister | 2018-04-02 |  | Abiy
Bola Tinubu | NGAGOV | president | 2023-05-29 |  | Tinubu
Muhammadu Buhari | NGAGOV | president | 2015-05-29 | 2023-05-29 | Buhari
Kofi Annan | IGOUNO | secretary-general | 1997-01-01 | 2006-12-31 | Annan
Ban Ki-moon | IGOUNO | secretary-general | 2007-01-01 | 2016-12-31
Antonio Guterres | IGOUNO | secretary-general | 2017-01-01 |  | Guterres; António Guterres
Jens Stoltenberg | IGONATO | secretary-general | 2014-10-01 | 2024-10-01 | Stoltenberg
Mark Rutte | NLDGOV | prime minister | 2010-10-14 | 2024-07-02 | Rutte
Mark Rutte | IGONATO | secretary-general | 2024-10-01 |  | Rutte
Ursula von der Leyen | IGOEU | president | 2019-12-01 |  | von der Leyen
Catherine Ashton | IGOEU | foreign minister | 2009-12-01 | 2014-10-31 | Ashton
Federica Mogherini | IGOEU | foreign minister | 2014-11-01 | 2019-11-30 | Mogherini
Josep Borrell | IGOEU | foreign minister | 2019-12-01 | 2024-11-30 | Borrell
Kaja Kallas | IGOEU | foreign minister | 2024-12-01 |  | Kallas

# --- G20 and permanent Security Council members, 2000 to now: heads of state and government,
# foreign and defence ministers (those not listed above). Dates are the days of taking and
# leaving office; an acting minister between two appointments is left out.
# United States
Bill Clinton | USAGOV | president | 1993-01-20 | 2001-01-20 | Bill Clinton
Madeleine Albright | USAGOV | foreign minister | 1997-01-23 | 2001-01-20 | Albright
Dick Cheney | USAGOV | vice president | 2001-01-20 | 2009-01-20 | Cheney
Mike Pence | USAGOV | vice president | 2017-01-20 | 2021-01-20 | Pence
Kamala Harris | USAGOV | vice president | 2021-01-20 | 2025-01-20 | Harris
JD Vance | USAGOV | vice president | 2025-01-20 |  | Vance; J.D. Vance
Donald Rumsfeld | USAGOV | defense minister | 2001-01-20 | 2006-12-18 | Rumsfeld
Robert Gates | USAGOV | defense minister | 2006-12-18 | 2011-07-01 | Gates
Leon Panetta | USAGOV | defense minister | 2011-07-01 | 2013-02-26 | Panetta
Ash Carter | USAGOV | defense minister | 2015-02-17 | 2017-01-20 | Ashton Carter
Mark Esper | USAGOV | defense minister | 2019-07-23 | 2020-11-09 | Esper
Condoleezza Rice | USAGOV | national security advisor | 2001-01-20 | 2005-01-26 | Condoleezza Rice
Stephen Hadley | USAGOV | national security advisor | 2005-01-26 | 2009-01-20 | Hadley
H.R. McMaster | USAGOV | national security advisor | 2017-02-20 | 2018-04-09 | McMaster; H. R. McMaster
Robert O'Brien | USAGOV | national security advisor | 2019-09-18 | 2021-01-20
Mike Waltz | USAGOV | national security advisor | 2025-01-20 | 2025-05-01 | Waltz
Steven Mnuchin | USAGOV | finance minister | 2017-02-13 | 2021-01-20 | Mnuchin
Janet Yellen | USAGOV | finance minister | 2021-01-26 | 2025-01-20 | Yellen
Scott Bessent | USAGOV | finance minister | 2025-01-28 |  | Bessent
Robert Lighthizer | USAGOV | trade minister | 2017-05-15 | 2021-01-20 | Lighthizer
Katherine Tai | USAGOV | trade minister | 2021-03-18 | 2025-01-20
Nikki Haley | USAGOV | ambassador | 2017-01-27 | 2018-12-31 | Haley
Linda Thomas-Greenfield | USAGOV | ambassador | 2021-02-25 | 2025-01-20 | Thomas-Greenfield
Steve Witkoff | USAGOV | ambassador | 2025-01-20 |  | Witkoff
# Russia
Mikhail Kasyanov | RUSGOV | prime minister | 2000-05-17 | 2004-02-24 | Kasyanov
Mikhail Fradkov | RUSGOV | prime minister | 2004-03-05 | 2007-09-14 | Fradkov
Viktor Zubkov | RUSGOV | prime minister | 2007-09-14 | 2008-05-07 | Zubkov
Igor Ivanov | RUSGOV | foreign minister | 1998-09-11 | 2004-03-09
Sergei Ivanov | RUSGOV | defense minister | 2001-03-28 | 2007-02-15 | Sergey Ivanov
Anatoly Serdyukov | RUSGOV | defense minister | 2007-02-15 | 2012-11-06 | Serdyukov
Valery Gerasimov | RUSMIL | military officer | 2012-11-09 |  | Gerasimov
Vasily Nebenzya | RUSGOV | ambassador | 2017-07-27 |  | Nebenzya
Sergei Kiriyenko | RUSGOV | presidential adviser | 2016-10-05 |  | Kiriyenko
# China
Jiang Zemin | CHNGOV | president | 1993-03-27 | 2003-03-15 | Jiang Zemin
Zhu Rongji | CHNGOV | prime minister | 1998-03-17 | 2003-03-16 | Zhu Rongji
Tang Jiaxuan | CHNGOV | foreign minister | 1998-03-18 | 2003-03-17 | Tang Jiaxuan
Li Zhaoxing | CHNGOV | foreign minister | 2003-03-17 | 2007-04-27 | Li Zhaoxing
Yang Jiechi | CHNGOV | foreign minister | 2007-04-27 | 2013-03-16 | Yang Jiechi
Yang Jiechi | CHNGOV | minister | 2013-03-16 | 2022-10-23 | Yang Jiechi
Chi Haotian | CHNGOV | defense minister | 1993-03-29 | 2003-03-17 | Chi Haotian
Cao Gangchuan | CHNGOV | defense minister | 2003-03-17 | 2008-03-17 | Cao Gangchuan
Liang Guanglie | CHNGOV | defense minister | 2008-03-17 | 2013-03-16 | Liang Guanglie
Chang Wanquan | CHNGOV | defense minister | 2013-03-16 | 2018-03-19 | Chang Wanquan
Wei Fenghe | CHNGOV | defense minister | 2018-03-19 | 2023-03-12 | Wei Fenghe
Li Shangfu | CHNGOV | defense minister | 2023-03-12 | 2023-10-24 | Li Shangfu
Dong Jun | CHNGOV | defense minister | 2023-12-29 |  | Dong Jun
Hua Chunying | CHNGOV | spokesperson | 2012-09-01 | 2024-09-01 | Hua Chunying
Zhao Lijian | CHNGOV | spokesperson | 2020-02-24 | 2023-01-09 | Zhao Lijian
Wang Wenbin | CHNGOV | spokesperson | 2020-07-20 | 2024-02-01 | Wang Wenbin
Mao Ning | CHNGOV | spokesperson | 2022-09-01 |  | Mao Ning
Lin Jian | CHNGOV | spokesperson | 2023-11-01 |  | Lin Jian
Cheng Jingye | CHNGOV | ambassador | 2016-11-01 | 2022-02-28 | Cheng Jingye
# United Kingdom
Elizabeth II | GBRGOV | queen | 1952-02-06 | 2022-09-08 | Queen Elizabeth; Queen Elizabeth II
Charles III | GBRGOV | king | 2022-09-08 |  | King Charles; King Charles III
Robin Cook | GBRGOV | foreign minister | 1997-05-02 | 2001-06-08 | Robin Cook
Jack Straw | GBRGOV | foreign minister | 2001-06-08 | 2006-05-05 | Straw
Margaret Beckett | GBRGOV | foreign minister | 2006-05-05 | 2007-06-27 | Beckett
David Miliband | GBRGOV | foreign minister | 2007-06-28 | 2010-05-11 | David Miliband
Philip Hammond | GBRGOV | defense minister | 2011-10-14 | 2014-07-15 | Hammond
Philip Hammond | GBRGOV | foreign minister | 2014-07-15 | 2016-07-13 | Hammond
Jeremy Hunt | GBRGOV | foreign minister | 2018-07-09 | 2019-07-24 | Jeremy Hunt
Dominic Raab | GBRGOV | foreign minister | 2019-07-24 | 2021-09-15 | Raab
Liz Truss | GBRGOV | foreign minister | 2021-09-15 | 2022-09-06 | Truss
James Cleverly | GBRGOV | foreign minister | 2022-09-06 | 2023-11-13 | Cleverly
David Cameron | GBRGOV | foreign minister | 2023-11-13 | 2024-07-05 | Lord Cameron
David Lammy | GBRGOV | foreign minister | 2024-07-05 | 2025-09-05 | Lammy
Yvette Cooper | GBRGOV | foreign minister | 2025-09-05 |  | Yvette Cooper
Geoff Hoon | GBRGOV | defense minister | 1999-10-11 | 2005-05-06 | Hoon
John Reid | GBRGOV | defense minister | 2005-05-06 | 2006-05-05
Des Browne | GBRGOV | defense minister | 2006-05-05 | 2008-10-03
John Hutton | GBRGOV | defense minister | 2008-10-03 | 2009-06-05
Bob Ainsworth | GBRGOV | defense minister | 2009-06-05 | 2010-05-11 | Ainsworth
Liam Fox | GBRGOV | defense minister | 2010-05-12 | 2011-10-14 | Liam Fox
Michael Fallon | GBRGOV | defense minister | 2014-07-15 | 2017-11-01 | Fallon
Gavin Williamson | GBRGOV | defense minister | 2017-11-02 | 2019-05-01 | Gavin Williamson
Penny Mordaunt | GBRGOV | defense minister | 2019-05-01 | 2019-07-24 | Mordaunt
Ben Wallace | GBRGOV | defense minister | 2019-07-24 | 2023-08-31 | Ben Wallace
Grant Shapps | GBRGOV | defense minister | 2023-08-31 | 2024-07-05 | Shapps
John Healey | GBRGOV | defense minister | 2024-07-05 |  | Healey
# France
Jacques Chirac | FRAGOV | president | 1995-05-17 | 2007-05-16 | Chirac
Lionel Jospin | FRAGOV | prime minister | 1997-06-02 | 2002-05-06 | Jospin
Jean-Pierre Raffarin | FRAGOV | prime minister | 2002-05-06 | 2005-05-31 | Raffarin
Dominique de Villepin | FRAGOV | foreign minister | 2002-05-07 | 2004-03-31 | de Villepin; Villepin
Dominique de Villepin | FRAGOV | prime minister | 2005-05-31 | 2007-05-17 | de Villepin
Francois Fillon | FRAGOV | prime minister | 2007-05-17 | 2012-05-15 | Fillon; François Fillon
Jean-Marc Ayrault | FRAGOV | prime minister | 2012-05-15 | 2014-03-31 | Ayrault
Jean-Marc Ayrault | FRAGOV | foreign minister | 2016-02-11 | 2017-05-17 | Ayrault
Manuel Valls | FRAGOV | prime minister | 2014-03-31 | 2016-12-06 | Valls
Bernard Cazeneuve | FRAGOV | prime minister | 2016-12-06 | 2017-05-15 | Cazeneuve
Edouard Philippe | FRAGOV | prime minister | 2017-05-15 | 2020-07-03 | Édouard Philippe
Jean Castex | FRAGOV | prime minister | 2020-07-03 | 2022-05-16 | Castex
Elisabeth Borne | FRAGOV | prime minister | 2022-05-16 | 2024-01-09 | Élisabeth Borne; Borne
Gabriel Attal | FRAGOV | spokesperson | 2020-07-06 | 2022-05-20 | Attal
Gabriel Attal | FRAGOV | prime minister | 2024-01-09 | 2024-09-05 | Attal
Michel Barnier | FRAGOV | foreign minister | 2004-03-31 | 2005-06-02 | Barnier
Michel Barnier | FRAGOV | prime minister | 2024-09-05 | 2024-12-13 | Barnier
Francois Bayrou | FRAGOV | prime minister | 2024-12-13 | 2025-09-09 | Bayrou; François Bayrou
Sebastien Lecornu | FRAGOV | defense minister | 2022-05-20 | 2025-09-09 | Lecornu; Sébastien Lecornu
Sebastien Lecornu | FRAGOV | prime minister | 2025-09-09 |  | Lecornu
Hubert Vedrine | FRAGOV | foreign minister | 1997-06-04 | 2002-05-07 | Védrine; Hubert Védrine
Philippe Douste-Blazy | FRAGOV | foreign minister | 2005-06-02 | 2007-05-18 | Douste-Blazy
Bernard Kouchner | FRAGOV | foreign minister | 2007-05-18 | 2010-11-14 | Kouchner
Michele Alliot-Marie | FRAGOV | defense minister | 2002-05-07 | 2007-05-18 | Alliot-Marie; Michèle Alliot-Marie
Michele Alliot-Marie | FRAGOV | foreign minister | 2010-11-14 | 2011-02-27 | Alliot-Marie
Alain Juppe | FRAGOV | defense minister | 2010-11-14 | 2011-02-27 | Juppé; Alain Juppé
Alain Juppe | FRAGOV | foreign minister | 2011-02-27 | 2012-05-16 | Juppé
Jean-Yves Le Drian | FRAGOV | defense minister | 2012-05-16 | 2017-05-17 | Le Drian
Jean-Yves Le Drian | FRAGOV | foreign minister | 2017-05-17 | 2022-05-20 | Le Drian
Catherine Colonna | FRAGOV | foreign minister | 2022-05-20 | 2024-01-11 | Colonna
Stephane Sejourne | FRAGOV | foreign minister | 2024-01-11 | 2024-09-21 | Séjourné; Stéphane Séjourné
Jean-Noel Barrot | FRAGOV | foreign minister | 2024-09-21 |  | Jean-Noël Barrot; Barrot
Alain Richard | FRAGOV | defense minister | 1997-06-04 | 2002-05-07
Herve Morin | FRAGOV | defense minister | 2007-05-18 | 2010-11-14 | Hervé Morin
Gerard Longuet | FRAGOV | defense minister | 2011-02-27 | 2012-05-16 | Gérard Longuet
Florence Parly | FRAGOV | defense minister | 2017-06-21 | 2022-05-20 | Parly
# Germany
Gerhard Schroeder | DEUGOV | chancellor | 1998-10-27 | 2005-11-22 | Schroeder; Schröder; Gerhard Schröder
Johannes Rau | DEUGOV | president | 1999-07-01 | 2004-06-30
Horst Koehler | DEUGOV | president | 2004-07-01 | 2010-05-31 | Horst Köhler
Christian Wulff | DEUGOV | president | 2010-06-30 | 2012-02-17 | Wulff
Joachim Gauck | DEUGOV | president | 2012-03-18 | 2017-03-18 | Gauck
Frank-Walter Steinmeier | DEUGOV | foreign minister | 2005-11-22 | 2009-10-28 | Steinmeier
Frank-Walter Steinmeier | DEUGOV | foreign minister | 2013-12-17 | 2017-01-27 | Steinmeier
Frank-Walter Steinmeier | DEUGOV | president | 2017-03-19 |  | Steinmeier
Joschka Fischer | DEUGOV | foreign minister | 1998-10-27 | 2005-11-22 | Fischer
Guido Westerwelle | DEUGOV | foreign minister | 2009-10-28 | 2013-12-17 | Westerwelle
Sigmar Gabriel | DEUGOV | foreign minister | 2017-01-27 | 2018-03-14 | Sigmar Gabriel
Heiko Maas | DEUGOV | foreign minister | 2018-03-14 | 2021-12-08 | Maas
Annalena Baerbock | DEUGOV | foreign minister | 2021-12-08 | 2025-05-06 | Baerbock
Johann Wadephul | DEUGOV | foreign minister | 2025-05-06 |  | Wadephul
Peter Struck | DEUGOV | defense minister | 2002-07-19 | 2005-11-22 | Struck
Franz Josef Jung | DEUGOV | defense minister | 2005-11-22 | 2009-10-28
Karl-Theodor zu Guttenberg | DEUGOV | defense minister | 2009-10-28 | 2011-03-03 | Guttenberg
Thomas de Maiziere | DEUGOV | defense minister | 2011-03-03 | 2013-12-17 | de Maizière; Thomas de Maizière
Ursula von der Leyen | DEUGOV | defense minister | 2013-12-17 | 2019-07-17 | von der Leyen
Annegret Kramp-Karrenbauer | DEUGOV | defense minister | 2019-07-17 | 2021-12-08 | Kramp-Karrenbauer
Christine Lambrecht | DEUGOV | defense minister | 2021-12-08 | 2023-01-19 | Lambrecht
Boris Pistorius | DEUGOV | defense minister | 2023-01-19 |  | Pistorius
# Italy
Silvio Berlusconi | ITAGOV | prime minister | 2001-06-11 | 2006-05-17 | Berlusconi
Silvio Berlusconi | ITAGOV | prime minister | 2008-05-08 | 2011-11-16 | Berlusconi
Romano Prodi | ITAGOV | prime minister | 2006-05-17 | 2008-05-08 | Prodi
Mario Monti | ITAGOV | prime minister | 2011-11-16 | 2013-04-28 | Monti
Enrico Letta | ITAGOV | prime minister | 2013-04-28 | 2014-02-22 | Letta
Matteo Renzi | ITAGOV | prime minister | 2014-02-22 | 2016-12-12 | Renzi
Paolo Gentiloni | ITAGOV | foreign minister | 2014-10-31 | 2016-12-12 | Gentiloni
Paolo Gentiloni | ITAGOV | prime minister | 2016-12-12 | 2018-06-01 | Gentiloni
Giuseppe Conte | ITAGOV | prime minister | 2018-06-01 | 2021-02-13 | Conte
Mario Draghi | ITAGOV | prime minister | 2021-02-13 | 2022-10-22 | Draghi
Carlo Azeglio Ciampi | ITAGOV | president | 1999-05-18 | 2006-05-15 | Ciampi
Giorgio Napolitano | ITAGOV | president | 2006-05-15 | 2015-01-14 | Napolitano
Sergio Mattarella | ITAGOV | president | 2015-02-03 |  | Mattarella
Franco Frattini | ITAGOV | foreign minister | 2008-05-08 | 2011-11-16 | Frattini
Massimo D'Alema | ITAGOV | foreign minister | 2006-05-17 | 2008-05-08 | D'Alema
Emma Bonino | ITAGOV | foreign minister | 2013-04-28 | 2014-02-22 | Bonino
Federica Mogherini | ITAGOV | foreign minister | 2014-02-22 | 2014-10-31 | Mogherini
Angelino Alfano | ITAGOV | foreign minister | 2016-12-12 | 2018-06-01 | Alfano
Luigi Di Maio | ITAGOV | foreign minister | 2019-09-05 | 2022-10-22 | Di Maio
Antonio Tajani | ITAGOV | foreign minister | 2022-10-22 |  | Tajani
Roberta Pinotti | ITAGOV | defense minister | 2014-02-22 | 2018-06-01 | Pinotti
Lorenzo Guerini | ITAGOV | defense minister | 2019-09-05 | 2022-10-22 | Guerini
Guido Crosetto | ITAGOV | defense minister | 2022-10-22 |  | Crosetto
# Japan
Yoshiro Mori | JPNGOV | prime minister | 2000-04-05 | 2001-04-26 | Yoshiro Mori
Junichiro Koizumi | JPNGOV | prime minister | 2001-04-26 | 2006-09-26 | Koizumi
Shinzo Abe | JPNGOV | prime minister | 2006-09-26 | 2007-09-26 | Abe
Yasuo Fukuda | JPNGOV | prime minister | 2007-09-26 | 2008-09-24 | Fukuda
Taro Aso | JPNGOV | foreign minister | 2005-10-31 | 2007-08-27 | Aso
Taro Aso | JPNGOV | prime minister | 2008-09-24 | 2009-09-16 | Aso
Yukio Hatoyama | JPNGOV | prime minister | 2009-09-16 | 2010-06-08 | Hatoyama
Naoto Kan | JPNGOV | prime minister | 2010-06-08 | 2011-09-02 | Naoto Kan
Yoshihiko Noda | JPNGOV | prime minister | 2011-09-02 | 2012-12-26 | Noda
Akihito | JPNGOV | emperor | 1989-01-07 | 2019-04-30 | Emperor Akihito
Naruhito | JPNGOV | emperor | 2019-05-01 |  | Emperor Naruhito
Yoriko Kawaguchi | JPNGOV | foreign minister | 2002-02-01 | 2004-09-27 | Kawaguchi
Katsuya Okada | JPNGOV | foreign minister | 2009-09-16 | 2010-09-17 | Okada
Seiji Maehara | JPNGOV | foreign minister | 2010-09-17 | 2011-03-07 | Maehara
Koichiro Gemba | JPNGOV | foreign minister | 2011-09-02 | 2012-12-26 | Gemba
Fumio Kishida | JPNGOV | foreign minister | 2012-12-26 | 2017-08-03 | Kishida
Taro Kono | JPNGOV | foreign minister | 2017-08-03 | 2019-09-11 | Taro Kono
Taro Kono | JPNGOV | defense minister | 2019-09-11 | 2020-09-16 | Taro Kono
Toshimitsu Motegi | JPNGOV | foreign minister | 2019-09-11 | 2021-11-04 | Motegi
Toshimitsu Motegi | JPNGOV | foreign minister | 2025-10-21 |  | Motegi
Yoshimasa Hayashi | JPNGOV | foreign minister | 2021-11-10 | 2023-09-13 | Hayashi
Yoko Kamikawa | JPNGOV | foreign minister | 2023-09-13 | 2024-10-01 | Kamikawa
Takeshi Iwaya | JPNGOV | defense minister | 2018-10-02 | 2019-09-11 | Iwaya
Takeshi Iwaya | JPNGOV | foreign minister | 2024-10-01 | 2025-10-21 | Iwaya
Itsunori Onodera | JPNGOV | defense minister | 2012-12-26 | 2014-09-03 | Onodera
Itsunori Onodera | JPNGOV | defense minister | 2017-08-03 | 2018-10-02 | Onodera
Gen Nakatani | JPNGOV | defense minister | 2014-12-24 | 2016-08-03 | Nakatani
Gen Nakatani | JPNGOV | defense minister | 2024-10-01 | 2025-10-21 | Nakatani
Tomomi Inada | JPNGOV | defense minister | 2016-08-03 | 2017-07-28 | Inada
Nobuo Kishi | JPNGOV | defense minister | 2020-09-16 | 2022-08-10 | Nobuo Kishi
Yasukazu Hamada | JPNGOV | defense minister | 2022-08-10 | 2023-09-13 | Hamada
Minoru Kihara | JPNGOV | defense minister | 2023-09-13 | 2024-10-01 | Kihara
Shinjiro Koizumi | JPNGOV | defense minister | 2025-10-21 |  | Shinjiro Koizumi
# India
Atal Bihari Vajpayee | INDGOV | prime minister | 1998-03-19 | 2004-05-22 | Vajpayee
A.P.J. Abdul Kalam | INDGOV | president | 2002-07-25 | 2007-07-25 | Abdul Kalam
Pratibha Patil | INDGOV | president | 2007-07-25 | 2012-07-25 | Patil
Pranab Mukherjee | INDGOV | defense minister | 2004-05-22 | 2006-10-24 | Mukherjee
Pranab Mukherjee | INDGOV | foreign minister | 2006-10-24 | 2009-05-22 | Mukherjee
Pranab Mukherjee | INDGOV | president | 2012-07-25 | 2017-07-25 | Mukherjee
Ram Nath Kovind | INDGOV | president | 2017-07-25 | 2022-07-25 | Kovind
Droupadi Murmu | INDGOV | president | 2022-07-25 |  | Murmu
Jaswant Singh | INDGOV | foreign minister | 1998-12-05 | 2002-07-01 | Jaswant Singh
Yashwant Sinha | INDGOV | foreign minister | 2002-07-01 | 2004-05-22 | Yashwant Sinha
Natwar Singh | INDGOV | foreign minister | 2004-05-22 | 2005-12-06 | Natwar Singh
S.M. Krishna | INDGOV | foreign minister | 2009-05-22 | 2012-10-28 | S. M. Krishna
Salman Khurshid | INDGOV | foreign minister | 2012-10-28 | 2014-05-26 | Khurshid
Sushma Swaraj | INDGOV | foreign minister | 2014-05-26 | 2019-05-30 | Swaraj
George Fernandes | INDGOV | defense minister | 2001-10-15 | 2004-05-22 | Fernandes
A.K. Antony | INDGOV | defense minister | 2006-10-26 | 2014-05-26 | A. K. Antony
Manohar Parrikar | INDGOV | defense minister | 2014-11-09 | 2017-03-13 | Parrikar
Nirmala Sitharaman | INDGOV | defense minister | 2017-09-03 | 2019-05-30 | Sitharaman
Rajnath Singh | INDGOV | defense minister | 2019-05-31 |  | Rajnath Singh
Ajit Doval | INDGOV | national security advisor | 2014-05-30 |  | Doval
# Brazil
Fernando Henrique Cardoso | BRAGOV | president | 1995-01-01 | 2003-01-01 | Cardoso
Luiz Inacio Lula da Silva | BRAGOV | president | 2003-01-01 | 2011-01-01 | Lula
Michel Temer | BRAGOV | president | 2016-08-31 | 2019-01-01 | Temer
Celso Amorim | BRAGOV | foreign minister | 2003-01-01 | 2011-01-01 | Amorim
Celso Amorim | BRAGOV | defense minister | 2011-08-08 | 2015-01-01 | Amorim
Antonio Patriota | BRAGOV | foreign minister | 2011-01-01 | 2013-08-28 | Patriota
Mauro Vieira | BRAGOV | foreign minister | 2015-01-01 | 2016-05-12 | Mauro Vieira
Mauro Vieira | BRAGOV | foreign minister | 2023-01-01 |  | Mauro Vieira
Jose Serra | BRAGOV | foreign minister | 2016-05-12 | 2017-02-22 | José Serra
Ernesto Araujo | BRAGOV | foreign minister | 2019-01-01 | 2021-03-29 | Ernesto Araújo
Carlos Franca | BRAGOV | foreign minister | 2021-04-06 | 2023-01-01 | Carlos França
Jose Mucio | BRAGOV | defense minister | 2023-01-01 |  | José Múcio
# Canada
Jean Chretien | CANGOV | prime minister | 1993-11-04 | 2003-12-12 | Chrétien; Jean Chrétien
Paul Martin | CANGOV | prime minister | 2003-12-12 | 2006-02-06 | Paul Martin
Peter MacKay | CANGOV | foreign minister | 2006-02-06 | 2007-08-14 | MacKay
Peter MacKay | CANGOV | defense minister | 2007-08-14 | 2013-07-15 | MacKay
John Baird | CANGOV | foreign minister | 2011-05-18 | 2015-02-03 | John Baird
Stephane Dion | CANGOV | foreign minister | 2015-11-04 | 2017-01-10 | Stéphane Dion
Chrystia Freeland | CANGOV | foreign minister | 2017-01-10 | 2019-11-20 | Freeland
Francois-Philippe Champagne | CANGOV | foreign minister | 2019-11-20 | 2021-01-12 | Champagne; François-Philippe Champagne
Marc Garneau | CANGOV | foreign minister | 2021-01-12 | 2021-10-26 | Garneau
Melanie Joly | CANGOV | foreign minister | 2021-10-26 | 2025-05-13 | Joly; Mélanie Joly
Anita Anand | CANGOV | defense minister | 2021-10-26 | 2023-07-26 | Anand
Anita Anand | CANGOV | foreign minister | 2025-05-13 |  | Anand
Harjit Sajjan | CANGOV | defense minister | 2015-11-04 | 2021-10-26 | Sajjan
Bill Blair | CANGOV | defense minister | 2023-07-26 | 2025-05-13 | Bill Blair
David McGuinty | CANGOV | defense minister | 2025-05-13 |  | McGuinty
# Australia
John Howard | AUSGOV | prime minister | 1996-03-11 | 2007-12-03 | John Howard
Kevin Rudd | AUSGOV | prime minister | 2007-12-03 | 2010-06-24 | Rudd
Kevin Rudd | AUSGOV | foreign minister | 2010-09-14 | 2012-02-22 | Rudd
Kevin Rudd | AUSGOV | prime minister | 2013-06-27 | 2013-09-18 | Rudd
Julia Gillard | AUSGOV | prime minister | 2010-06-24 | 2013-06-27 | Gillard
Tony Abbott | AUSGOV | prime minister | 2013-09-18 | 2015-09-15 | Tony Abbott
Malcolm Turnbull | AUSGOV | prime minister | 2015-09-15 | 2018-08-24 | Turnbull
Scott Morrison | AUSGOV | prime minister | 2018-08-24 | 2022-05-23 | Morrison
Anthony Albanese | AUSGOV | prime minister | 2022-05-23 |  | Albanese
Alexander Downer | AUSGOV | foreign minister | 1996-03-11 | 2007-12-03 | Downer
Stephen Smith | AUSGOV | foreign minister | 2007-12-03 | 2010-09-14
Bob Carr | AUSGOV | foreign minister | 2012-03-13 | 2013-09-18 | Bob Carr
Julie Bishop | AUSGOV | foreign minister | 2013-09-18 | 2018-08-26 | Julie Bishop
Marise Payne | AUSGOV | defense minister | 2015-09-21 | 2018-08-26 | Payne
Marise Payne | AUSGOV | foreign minister | 2018-08-26 | 2022-05-23 | Payne
Penny Wong | AUSGOV | foreign minister | 2022-05-23 |  | Penny Wong
Linda Reynolds | AUSGOV | defense minister | 2019-05-29 | 2021-03-30
Peter Dutton | AUSGOV | defense minister | 2021-03-30 | 2022-05-23 | Dutton
Richard Marles | AUSGOV | defense minister | 2022-06-01 |  | Marles
Simon Birmingham | AUSGOV | trade minister | 2018-08-28 | 2020-12-30 | Birmingham
# South Korea
Kim Dae-jung | KORGOV | president | 1998-02-25 | 2003-02-25
Roh Moo-hyun | KORGOV | president | 2003-02-25 | 2008-02-25
Lee Myung-bak | KORGOV | president | 2008-02-25 | 2013-02-25
Ban Ki-moon | KORGOV | foreign minister | 2004-01-17 | 2006-11-10
Yun Byung-se | KORGOV | foreign minister | 2013-03-11 | 2017-06-18
Kang Kyung-wha | KORGOV | foreign minister | 2017-06-18 | 2021-02-09
Chung Eui-yong | KORGOV | foreign minister | 2021-02-09 | 2022-05-12
Park Jin | KORGOV | foreign minister | 2022-05-12 | 2024-01-10
Cho Tae-yul | KORGOV | foreign minister | 2024-01-10 | 2025-06-04
Cho Hyun | KORGOV | foreign minister | 2025-07-19 |
Song Young-moo | KORGOV | defense minister | 2017-07-14 | 2018-09-21
Lee Jong-sup | KORGOV | defense minister | 2022-05-10 | 2023-10-07
Shin Won-sik | KORGOV | defense minister | 2023-10-07 | 2024-09-06
Kim Yong-hyun | KORGOV | defense minister | 2024-09-06 | 2024-12-05
Sung Yun-mo | KORGOV | trade minister | 2018-09-21 | 2021-05-10
# Mexico
Vicente Fox | MEXGOV | president | 2000-12-01 | 2006-12-01 | Fox
Felipe Calderon | MEXGOV | president | 2006-12-01 | 2012-12-01 | Calderón; Calderon; Felipe Calderón
Enrique Pena Nieto | MEXGOV | president | 2012-12-01 | 2018-12-01 | Peña Nieto; Pena Nieto; Enrique Peña Nieto
Andres Manuel Lopez Obrador | MEXGOV | president | 2018-12-01 | 2024-10-01 | López Obrador; Lopez Obrador; AMLO; Andrés Manuel López Obrador
Claudia Sheinbaum | MEXGOV | president | 2024-10-01 |  | Sheinbaum
Patricia Espinosa | MEXGOV | foreign minister | 2006-12-01 | 2012-12-01
Luis Videgaray | MEXGOV | foreign minister | 2017-01-04 | 2018-12-01 | Videgaray
Marcelo Ebrard | MEXGOV | foreign minister | 2018-12-01 | 2023-06-12 | Ebrard
Alicia Barcena | MEXGOV | foreign minister | 2023-07-03 | 2024-10-01 | Alicia Bárcena; Bárcena
Juan Ramon de la Fuente | MEXGOV | foreign minister | 2024-10-01 |  | Juan Ramón de la Fuente
# Argentina
Nestor Kirchner | ARGGOV | president | 2003-05-25 | 2007-12-10 | Néstor Kirchner
Cristina Fernandez de Kirchner | ARGGOV | president | 2007-12-10 | 2015-12-10 | Cristina Fernández de Kirchner; Cristina Kirchner; Fernandez de Kirchner
Mauricio Macri | ARGGOV | president | 2015-12-10 | 2019-12-10 | Macri
Alberto Fernandez | ARGGOV | president | 2019-12-10 | 2023-12-10 | Alberto Fernández
Javier Milei | ARGGOV | president | 2023-12-10 |  | Milei
Hector Timerman | ARGGOV | foreign minister | 2010-06-22 | 2015-12-10 | Timerman; Héctor Timerman
Susana Malcorra | ARGGOV | foreign minister | 2015-12-10 | 2017-06-12 | Malcorra
Santiago Cafiero | ARGGOV | foreign minister | 2021-09-20 | 2023-12-10 | Cafiero
Diana Mondino | ARGGOV | foreign minister | 2023-12-10 | 2024-10-30 | Mondino
# Indonesia
Megawati Sukarnoputri | IDNGOV | president | 2001-07-23 | 2004-10-20 | Megawati
Prabowo Subianto | IDNGOV | defense minister | 2019-10-23 | 2024-10-20 | Prabowo
Hassan Wirajuda | IDNGOV | foreign minister | 2001-08-10 | 2009-10-22 | Wirajuda
Marty Natalegawa | IDNGOV | foreign minister | 2009-10-22 | 2014-10-20 | Natalegawa
Retno Marsudi | IDNGOV | foreign minister | 2014-10-27 | 2024-10-20 | Retno
Sugiono | IDNGOV | foreign minister | 2024-10-21 |
# Saudi Arabia
King Fahd | SAUGOV | king | 1982-06-13 | 2005-08-01 | Fahd
King Abdullah | SAUGOV | king | 2005-08-01 | 2015-01-23 | Abdullah bin Abdulaziz
Mohammed bin Nayef | SAUGOV | crown prince | 2015-04-29 | 2017-06-21 | bin Nayef
Mohammed bin Salman | SAUGOV | defense minister | 2015-01-23 | 2022-09-27 | MBS
Mohammed bin Salman | SAUGOV | prime minister | 2022-09-27 |  | MBS
Saud al-Faisal | SAUGOV | foreign minister | 1975-10-13 | 2015-04-29 | Prince Saud al-Faisal
Adel al-Jubeir | SAUGOV | foreign minister | 2015-04-29 | 2018-12-27 | Jubeir; al-Jubeir
Ibrahim al-Assaf | SAUGOV | foreign minister | 2018-12-27 | 2019-10-23
Faisal bin Farhan | SAUGOV | foreign minister | 2019-10-23 |  | Prince Faisal bin Farhan
Khalid bin Salman | SAUGOV | defense minister | 2022-09-27 |  | Prince Khalid bin Salman
# South Africa
Thabo Mbeki | ZAFGOV | president | 1999-06-14 | 2008-09-24 | Mbeki
Kgalema Motlanthe | ZAFGOV | president | 2008-09-25 | 2009-05-09 | Motlanthe
Nkosazana Dlamini-Zuma | ZAFGOV | foreign minister | 1999-06-17 | 2009-05-10 | Dlamini-Zuma
Nkosazana Dlamini-Zuma | IGOAU | chairperson | 2012-10-15 | 2017-01-30 | Dlamini-Zuma
Maite Nkoana-Mashabane | ZAFGOV | foreign minister | 2009-05-10 | 2018-02-26 | Nkoana-Mashabane
Lindiwe Sisulu | ZAFGOV | foreign minister | 2018-02-27 | 2019-05-29 | Sisulu
Naledi Pandor | ZAFGOV | foreign minister | 2019-05-30 | 2024-07-03 | Pandor
Ronald Lamola | ZAFGOV | foreign minister | 2024-07-03 |  | Lamola
# Turkey
Ahmet Necdet Sezer | TURGOV | president | 2000-05-16 | 2007-08-28 | Sezer
Abdullah Gul | TURGOV | prime minister | 2002-11-18 | 2003-03-14 | Gül; Abdullah Gül
Abdullah Gul | TURGOV | foreign minister | 2003-03-14 | 2007-08-28 | Gül
Abdullah Gul | TURGOV | president | 2007-08-28 | 2014-08-28 | Gül
Ali Babacan | TURGOV | foreign minister | 2007-08-29 | 2009-05-01 | Babacan
Ahmet Davutoglu | TURGOV | foreign minister | 2009-05-01 | 2014-08-29 | Davutoglu; Davutoğlu
Ahmet Davutoglu | TURGOV | prime minister | 2014-08-28 | 2016-05-24 | Davutoglu
Mevlut Cavusoglu | TURGOV | foreign minister | 2014-08-29 | 2015-08-28 | Cavusoglu
Binali Yildirim | TURGOV | prime minister | 2016-05-24 | 2018-07-09 | Yildirim; Binali Yıldırım
Hulusi Akar | TURGOV | defense minister | 2018-07-10 | 2023-06-04 | Akar
Yasar Guler | TURGOV | defense minister | 2023-06-04 |  | Yaşar Güler
Ibrahim Kalin | TURGOV | spokesperson | 2014-12-01 | 2023-06-04 | Kalin; İbrahim Kalın
# European Union
Romano Prodi | IGOEU | president | 1999-09-16 | 2004-11-22 | Prodi
Jose Manuel Barroso | IGOEU | president | 2004-11-22 | 2014-10-31 | Barroso; José Manuel Barroso
Jean-Claude Juncker | IGOEU | president | 2014-11-01 | 2019-11-30 | Juncker
Herman Van Rompuy | IGOEU | president | 2009-12-01 | 2014-11-30 | Van Rompuy
Donald Tusk | IGOEU | president | 2014-12-01 | 2019-11-30 | Tusk
Charles Michel | IGOEU | president | 2019-12-01 | 2024-11-30 | Charles Michel
Antonio Costa | PRTGOV | prime minister | 2015-11-26 | 2024-04-02 | António Costa
Antonio Costa | IGOEU | president | 2024-12-01 |  | António Costa
Javier Solana | IGOEU | foreign minister | 1999-10-18 | 2009-11-30 | Solana
# African Union
Jean Ping | IGOAU | chairperson | 2008-04-28 | 2012-10-15 | Jean Ping
Moussa Faki Mahamat | IGOAU | chairperson | 2017-03-14 | 2025-02-15 | Moussa Faki
Mahmoud Ali Youssouf | IGOAU | chairperson | 2025-02-15 |

# --- Heads of international organisations.
George Robertson | IGONATO | secretary-general | 1999-10-14 | 2003-12-31 | Lord Robertson
Jaap de Hoop Scheffer | IGONATO | secretary-general | 2004-01-01 | 2009-07-31 | de Hoop Scheffer
Anders Fogh Rasmussen | IGONATO | secretary-general | 2009-08-01 | 2014-09-30 | Fogh Rasmussen
Mohamed ElBaradei | IGOUNOIAEA | director-general | 1997-12-01 | 2009-11-30 | ElBaradei
Yukiya Amano | IGOUNOIAEA | director-general | 2009-12-01 | 2019-07-18 | Amano
Rafael Grossi | IGOUNOIAEA | director-general | 2019-12-03 |  | Grossi
Tedros Adhanom Ghebreyesus | IGOUNOWHO | director-general | 2017-07-01 |  | Tedros
Christine Lagarde | IGOIMF | director-general | 2011-07-05 | 2019-09-12 | Lagarde
Christine Lagarde | IGOECB | president | 2019-11-01 |  | Lagarde
Kristalina Georgieva | IGOIMF | director-general | 2019-10-01 |  | Georgieva
Ngozi Okonjo-Iweala | IGOWTO | director-general | 2021-03-01 |  | Okonjo-Iweala
Filippo Grandi | IGOUNOHCR | minister | 2016-01-01 | 2025-12-31 | Grandi
Volker Turk | IGOUNOHCHR | minister | 2022-10-17 |  | Volker Türk
Karim Khan | IGOICC | prosecutor | 2021-06-16 |  | Karim Khan

# --- Other leaders often in the news.
Fidel Castro | CUBGOV | president | 1976-12-02 | 2008-02-24 | Fidel Castro
Raul Castro | CUBGOV | president | 2008-02-24 | 2018-04-19 | Raúl Castro
Miguel Diaz-Canel | CUBGOV | president | 2018-04-19 |  | Díaz-Canel; Diaz-Canel; Miguel Díaz-Canel
Juan Guaido | VENOPP | opposition leader | 2019-01-23 | 2023-01-05 | Guaido; Guaidó; Juan Guaidó
Delcy Rodriguez | VENGOV | vice president | 2018-06-14 |  | Delcy Rodríguez
Aung San Suu Kyi | MMRGOV | state counsellor | 2016-04-06 | 2021-02-01 | Suu Kyi
Win Myint | MMRGOV | president | 2018-03-30 | 2021-02-01 | Win Myint
Min Aung Hlaing | MMRMIL | military officer | 2011-03-30 |  | Min Aung Hlaing
Carrie Lam | HKGGOV | chief executive | 2017-07-01 | 2022-06-30 | Carrie Lam
John Lee | HKGGOV | chief executive | 2022-07-01 |  | John Lee Ka-chiu
Sviatlana Tsikhanouskaya | BLROPP | opposition leader | 2020-08-09 |  | Tsikhanouskaya; Svetlana Tikhanovskaya
Nikol Pashinyan | ARMGOV | prime minister | 2018-05-08 |  | Pashinyan
Ilham Aliyev | AZEGOV | president | 2003-10-31 |  | Aliyev
Isaias Afwerki | ERIGOV | president | 1993-05-24 |  | Isaias
Pervez Musharraf | PAKGOV | president | 2001-06-20 | 2008-08-18 | Musharraf
Asif Ali Zardari | PAKGOV | president | 2008-09-09 | 2013-09-09 | Zardari
Asif Ali Zardari | PAKGOV | president | 2024-03-10 |  | Zardari
Arif Alvi | PAKGOV | president | 2018-09-09 | 2024-03-10 | Alvi
Yousaf Raza Gilani | PAKGOV | prime minister | 2008-03-25 | 2012-06-19 | Gilani
Nawaz Sharif | PAKGOV | prime minister | 1997-02-17 | 1999-10-12 | Nawaz Sharif
Shah Mahmood Qureshi | PAKGOV | foreign minister | 2018-08-20 | 2022-04-10 | Qureshi
Bilawal Bhutto Zardari | PAKGOV | foreign minister | 2022-04-27 | 2023-08-10 | Bilawal
Ishaq Dar | PAKGOV | foreign minister | 2024-03-11 |  | Ishaq Dar
Qamar Javed Bajwa | PAKMIL | military officer | 2016-11-29 | 2022-11-29 | Bajwa
Asim Munir | PAKMIL | military officer | 2022-11-29 |  | Asim Munir
Mohammad Khatami | IRNGOV | president | 1997-08-03 | 2005-08-03 | Khatami
Kamal Kharrazi | IRNGOV | foreign minister | 1997-08-20 | 2005-08-24 | Kharrazi
Manouchehr Mottaki | IRNGOV | foreign minister | 2005-08-24 | 2010-12-13 | Mottaki
Ali Akbar Salehi | IRNGOV | foreign minister | 2010-12-13 | 2013-08-15 | Salehi
Hossein Amir-Abdollahian | IRNGOV | foreign minister | 2021-08-25 | 2024-05-19 | Amir-Abdollahian; Amirabdollahian
Ehud Barak | ISRGOV | prime minister | 1999-07-06 | 2001-03-07 | Ehud Barak
Ehud Barak | ISRGOV | defense minister | 2007-06-18 | 2013-03-18 | Ehud Barak
Ariel Sharon | ISRGOV | prime minister | 2001-03-07 | 2006-04-14 | Sharon
Ehud Olmert | ISRGOV | prime minister | 2006-04-14 | 2009-03-31 | Olmert
Shimon Peres | ISRGOV | president | 2007-07-15 | 2014-07-24 | Peres
Reuven Rivlin | ISRGOV | president | 2014-07-24 | 2021-07-07 | Rivlin
Isaac Herzog | ISRGOV | president | 2021-07-07 |  | Herzog
Moshe Yaalon | ISRGOV | defense minister | 2013-03-18 | 2016-05-31 | Yaalon; Moshe Ya'alon
Avigdor Lieberman | ISRGOV | foreign minister | 2009-03-31 | 2012-12-18 | Lieberman
Avigdor Lieberman | ISRGOV | defense minister | 2016-05-31 | 2018-11-18 | Lieberman
Benny Gantz | ISRGOV | defense minister | 2020-05-17 | 2022-12-29 | Gantz
Yoav Gallant | ISRGOV | defense minister | 2022-12-29 | 2024-11-05 | Gallant
Israel Katz | ISRGOV | foreign minister | 2024-01-01 | 2024-11-05 | Israel Katz
Israel Katz | ISRGOV | defense minister | 2024-11-07 |  | Israel Katz
Gideon Saar | ISRGOV | foreign minister | 2024-11-05 |  | Gideon Sa'ar; Saar
Ismail Haniyeh | PSEREB | leader | 2017-05-06 | 2024-07-31 | Haniyeh
Yahya Sinwar | PSEREB | leader | 2017-02-13 | 2024-10-16 | Sinwar
Hassan Nasrallah | LBNREB | leader | 1992-02-16 | 2024-09-27 | Nasrallah
Leonid Kuchma | UKRGOV | president | 1994-07-19 | 2005-01-23 | Kuchma
Viktor Yushchenko | UKRGOV | president | 2005-01-23 | 2010-02-25 | Yushchenko
Yulia Tymoshenko | UKRGOV | prime minister | 2007-12-18 | 2010-03-04 | Tymoshenko
Arseniy Yatsenyuk | UKRGOV | prime minister | 2014-02-27 | 2016-04-14 | Yatsenyuk
Denys Shmyhal | UKRGOV | prime minister | 2020-03-04 | 2025-07-17 | Shmyhal
Denys Shmyhal | UKRGOV | defense minister | 2025-07-17 |  | Shmyhal
Yulia Svyrydenko | UKRGOV | prime minister | 2025-07-17 |  | Svyrydenko
Pavlo Klimkin | UKRGOV | foreign minister | 2014-06-19 | 2019-08-29 | Klimkin
Oleksii Reznikov | UKRGOV | defense minister | 2021-11-04 | 2023-09-06 | Reznikov
Rustem Umerov | UKRGOV | defense minister | 2023-09-06 | 2025-07-17 | Umerov
Andriy Yermak | UKRGOV | presidential adviser | 2020-02-11 | 2025-11-28 | Yermak
Heydar Aliyev | AZEGOV | president | 1993-06-15 | 2003-10-31 | Heydar Aliyev
Tamim bin Hamad Al Thani | QATGOV | emir | 2013-06-25 |  | Sheikh Tamim
Mohamed bin Zayed | AREGOV | president | 2022-05-14 |  | Mohammed bin Zayed; MBZ
Abdullah II | JORGOV | king | 1999-02-07 |  | King Abdullah II; King Abdullah
Hibatullah Akhundzada | AFGGOV | supreme leader | 2021-08-15 |  | Akhundzada
Haider al-Abadi | IRQGOV | prime minister | 2014-09-08 | 2018-10-25 | Abadi; al-Abadi
Mustafa al-Kadhimi | IRQGOV | prime minister | 2020-05-07 | 2022-10-27 | Kadhimi; al-Kadhimi
Mohammed Shia al-Sudani | IRQGOV | prime minister | 2022-10-27 |  | Sudani; al-Sudani
Mateusz Morawiecki | POLGOV | prime minister | 2017-12-11 | 2023-11-27 | Morawiecki
Karol Nawrocki | POLGOV | president | 2025-08-06 |  | Nawrocki
Alexis Tsipras | GRCGOV | prime minister | 2015-01-26 | 2019-07-08 | Tsipras
Kyriakos Mitsotakis | GRCGOV | prime minister | 2019-07-08 |  | Mitsotakis
Dick Schoof | NLDGOV | prime minister | 2024-07-02 |  | Schoof
Ulf Kristersson | SWEGOV | prime minister | 2022-10-18 |  | Kristersson
Magdalena Andersson | SWEGOV | prime minister | 2021-11-30 | 2022-10-18
Sauli Niinisto | FINGOV | president | 2012-03-01 | 2024-03-01 | Niinistö; Sauli Niinistö
Alexander Stubb | FINGOV | president | 2024-03-01 |  | Stubb
Uhuru Kenyatta | KENGOV | president | 2013-04-09 | 2022-09-13 | Kenyatta
William Ruto | KENGOV | president | 2022-09-13 |  | Ruto
Rodrigo Duterte | PHLGOV | president | 2016-06-30 | 2022-06-30 | Duterte
Ferdinand Marcos Jr. | PHLGOV | president | 2022-06-30 |  | Marcos; Bongbong Marcos; Ferdinand Marcos
Mikheil Saakashvili | GEOGOV | president | 2004-01-25 | 2013-11-17 | Saakashvili
Aleksandar Vucic | SRBGOV | president | 2017-05-31 |  | Vucic; Vučić; Aleksandar Vučić
Nursultan Nazarbayev | KAZGOV | president | 1991-12-16 | 2019-03-20 | Nazarbayev
Kassym-Jomart Tokayev | KAZGOV | president | 2019-03-20 |  | Tokayev
Juan Manuel Santos | COLGOV | president | 2010-08-07 | 2018-08-07
Ivan Duque | COLGOV | president | 2018-08-07 | 2022-08-07 | Duque; Iván Duque
Gustavo Petro | COLGOV | president | 2022-08-07 |  | Petro
Gabriel Boric | CHLGOV | president | 2022-03-11 |  | Boric
Paul Kagame | RWAGOV | president | 2000-04-22 |  | Kagame
Felix Tshisekedi | CODGOV | president | 2019-01-24 |  | Tshisekedi; Félix Tshisekedi
Abdel Fattah al-Burhan | SDNMIL | military officer | 2019-04-12 |  | Burhan; al-Burhan
Mohamed Hamdan Dagalo | SDNREB | leader | 2013-08-01 |  | Hemedti
Muammar Gaddafi | LBYGOV | leader | 1969-09-01 | 2011-10-20 | Gaddafi; Qaddafi; Moammar Gadhafi; Gadhafi
Choe Son Hui | PRKGOV | foreign minister | 2022-06-11 |  | Choe Son Hui
Ri Yong Ho | PRKGOV | foreign minister | 2016-05-09 | 2020-01-18 | Ri Yong Ho
Kim Yo Jong | PRKGOV | minister | 2021-01-01 |  | Kim Yo Jong
Ahmed Abul Gheit | IGOARL | secretary-general | 2016-07-01 |  | Aboul Gheit; Ahmed Aboul Gheit

# --- Religious leaders.
Pope John Paul II | VATREL | pope | 1978-10-16 | 2005-04-02 | John Paul II
Pope Benedict XVI | VATREL | pope | 2005-04-19 | 2013-02-28 | Benedict XVI; Pope Benedict
Pope Francis | VATREL | pope | 2013-03-13 | 2025-04-21 | Francis
Pope Leo XIV | VATREL | pope | 2025-05-08 |  | Leo XIV; Pope Leo
Ali al-Sistani | IRQREL | cleric | 1992-08-01 |  | Sistani; al-Sistani; Ali Sistani
Patriarch Kirill | RUSREL | cleric | 2009-02-01 |  | Kirill
# --- Iraq's presidents and prime ministers since 2005.
Jalal Talabani | IRQGOV | president | 2005-04-07 | 2014-07-24 | Talabani
Fuad Masum | IRQGOV | president | 2014-07-24 | 2018-10-02 | Masum
Barham Salih | IRQGOV | president | 2018-10-02 | 2022-10-17 | Salih
Abdul Latif Rashid | IRQGOV | president | 2022-10-17 |  | Rashid
Adil Abdul-Mahdi | IRQGOV | prime minister | 2018-10-25 | 2020-05-07 | Adel Abdul Mahdi; Abdul Mahdi; Abdul-Mahdi

# --- Completing the G20 heads, foreign and defence ministers since 2000 (terms begun before
# 2000 included when they ran into it).
William Cohen | USAGOV | defense minister | 1997-01-24 | 2001-01-20 | William Cohen
Rudolf Scharping | DEUGOV | defense minister | 1998-10-27 | 2002-07-19 | Scharping
Massimo D'Alema | ITAGOV | prime minister | 1998-10-21 | 2000-04-25 | D'Alema
Giuliano Amato | ITAGOV | prime minister | 2000-04-25 | 2001-06-11 | Amato
Lamberto Dini | ITAGOV | foreign minister | 1996-01-17 | 2001-06-11 | Dini
Renato Ruggiero | ITAGOV | foreign minister | 2001-06-11 | 2002-01-06 | Ruggiero
Franco Frattini | ITAGOV | foreign minister | 2002-11-14 | 2004-11-18 | Frattini
Gianfranco Fini | ITAGOV | foreign minister | 2004-11-18 | 2006-05-17 | Fini
Giulio Terzi | ITAGOV | foreign minister | 2011-11-16 | 2013-03-26 | Terzi
Enzo Moavero Milanesi | ITAGOV | foreign minister | 2018-06-01 | 2019-09-05 | Moavero
Sergio Mattarella | ITAGOV | defense minister | 1999-12-22 | 2001-06-11 | Mattarella
Antonio Martino | ITAGOV | defense minister | 2001-06-11 | 2006-05-17 | Martino
Arturo Parisi | ITAGOV | defense minister | 2006-05-17 | 2008-05-08 | Parisi
Ignazio La Russa | ITAGOV | defense minister | 2008-05-08 | 2011-11-16 | La Russa
Giampaolo Di Paola | ITAGOV | defense minister | 2011-11-16 | 2013-04-28 | Di Paola
Mario Mauro | ITAGOV | defense minister | 2013-04-28 | 2014-02-22 | Mario Mauro
Elisabetta Trenta | ITAGOV | defense minister | 2018-06-01 | 2019-09-05 | Trenta
Yohei Kono | JPNGOV | foreign minister | 1999-10-05 | 2001-04-26 | Yohei Kono
Nobutaka Machimura | JPNGOV | foreign minister | 2004-09-27 | 2005-10-31 | Machimura
Masahiko Komura | JPNGOV | foreign minister | 2007-08-27 | 2007-09-26 | Komura
Hirofumi Nakasone | JPNGOV | foreign minister | 2008-09-24 | 2009-09-16 | Nakasone
Takeaki Matsumoto | JPNGOV | foreign minister | 2011-03-09 | 2011-09-02 | Takeaki Matsumoto
Gen Nakatani | JPNGOV | defense minister | 2001-04-26 | 2002-09-30 | Nakatani
Shigeru Ishiba | JPNGOV | defense minister | 2002-09-30 | 2004-09-27 | Ishiba
Yoshinori Ohno | JPNGOV | defense minister | 2004-09-27 | 2005-10-31 | Ohno
Fukushiro Nukaga | JPNGOV | defense minister | 2005-10-31 | 2006-09-26 | Nukaga
Fumio Kyuma | JPNGOV | defense minister | 2006-09-26 | 2007-07-04 | Kyuma
Yuriko Koike | JPNGOV | defense minister | 2007-07-04 | 2007-08-27 | Koike
Masahiko Komura | JPNGOV | defense minister | 2007-08-27 | 2007-09-26 | Komura
Shigeru Ishiba | JPNGOV | defense minister | 2007-09-26 | 2008-08-02 | Ishiba
Yoshimasa Hayashi | JPNGOV | defense minister | 2008-08-02 | 2008-09-24 | Hayashi
Yasukazu Hamada | JPNGOV | defense minister | 2008-09-24 | 2009-09-16 | Hamada
Toshimi Kitazawa | JPNGOV | defense minister | 2009-09-16 | 2011-09-02 | Kitazawa
Yasuo Ichikawa | JPNGOV | defense minister | 2011-09-02 | 2012-01-13 | Ichikawa
Naoki Tanaka | JPNGOV | defense minister | 2012-01-13 | 2012-06-04 | Naoki Tanaka
Satoshi Morimoto | JPNGOV | defense minister | 2012-06-04 | 2012-12-26 | Morimoto
Akinori Eto | JPNGOV | defense minister | 2014-09-03 | 2014-12-24 | Eto
Lee Joung-binn | KORGOV | foreign minister | 2000-08-07 | 2001-03-26
Han Seung-soo | KORGOV | foreign minister | 2001-03-26 | 2002-02-04
Choi Sung-hong | KORGOV | foreign minister | 2002-02-04 | 2003-02-27
Yoon Young-kwan | KORGOV | foreign minister | 2003-02-27 | 2004-01-16
Song Min-soon | KORGOV | foreign minister | 2006-12-01 | 2008-02-29
Yu Myung-hwan | KORGOV | foreign minister | 2008-02-29 | 2010-09-04
Kim Sung-hwan | KORGOV | foreign minister | 2010-10-08 | 2013-03-11
Kim Dong-shin | KORGOV | defense minister | 2001-03-26 | 2002-07-11
Lee Jun | KORGOV | defense minister | 2002-07-11 | 2003-02-27
Cho Young-kil | KORGOV | defense minister | 2003-02-27 | 2004-07-29
Yoon Kwang-ung | KORGOV | defense minister | 2004-07-29 | 2006-11-22
Kim Jang-soo | KORGOV | defense minister | 2006-11-22 | 2008-02-29
Lee Sang-hee | KORGOV | defense minister | 2008-02-29 | 2009-09-21
Kim Tae-young | KORGOV | defense minister | 2009-09-21 | 2010-12-04
Kim Kwan-jin | KORGOV | defense minister | 2010-12-04 | 2014-06-30
Han Min-koo | KORGOV | defense minister | 2014-06-30 | 2017-07-14
Jeong Kyeong-doo | KORGOV | defense minister | 2018-09-21 | 2020-09-18
Suh Wook | KORGOV | defense minister | 2020-09-18 | 2022-05-10
Ahn Gyu-back | KORGOV | defense minister | 2025-07-14 |
Lloyd Axworthy | CANGOV | foreign minister | 1996-01-25 | 2000-10-17 | Axworthy
John Manley | CANGOV | foreign minister | 2000-10-17 | 2002-01-15 | Manley
Bill Graham | CANGOV | foreign minister | 2002-01-16 | 2004-07-20 | Bill Graham
Bill Graham | CANGOV | defense minister | 2004-07-20 | 2006-02-06 | Bill Graham
Pierre Pettigrew | CANGOV | foreign minister | 2004-07-20 | 2006-02-06 | Pettigrew
Maxime Bernier | CANGOV | foreign minister | 2007-08-14 | 2008-05-26 | Bernier
David Emerson | CANGOV | foreign minister | 2008-05-27 | 2008-10-30
Lawrence Cannon | CANGOV | foreign minister | 2008-10-30 | 2011-05-18 | Lawrence Cannon
Rob Nicholson | CANGOV | defense minister | 2013-07-15 | 2015-02-09 | Rob Nicholson
Rob Nicholson | CANGOV | foreign minister | 2015-02-09 | 2015-11-04 | Rob Nicholson
Jason Kenney | CANGOV | defense minister | 2015-02-09 | 2015-11-04 | Kenney
Art Eggleton | CANGOV | defense minister | 1997-06-11 | 2002-05-26 | Eggleton
John McCallum | CANGOV | defense minister | 2002-05-26 | 2003-12-12 | McCallum
David Pratt | CANGOV | defense minister | 2003-12-12 | 2004-07-20
Gordon O'Connor | CANGOV | defense minister | 2006-02-06 | 2007-08-14
John Moore | AUSGOV | defense minister | 1998-10-21 | 2001-01-30
Robert Hill | AUSGOV | defense minister | 2001-11-26 | 2006-01-27 | Robert Hill
Brendan Nelson | AUSGOV | defense minister | 2006-01-27 | 2007-12-03 | Brendan Nelson
Joel Fitzgibbon | AUSGOV | defense minister | 2007-12-03 | 2009-06-09 | Fitzgibbon
John Faulkner | AUSGOV | defense minister | 2009-06-09 | 2010-09-14 | Faulkner
Stephen Smith | AUSGOV | defense minister | 2010-09-14 | 2013-09-18
David Johnston | AUSGOV | defense minister | 2013-09-18 | 2014-12-23
Kevin Andrews | AUSGOV | defense minister | 2014-12-23 | 2015-09-21
Christopher Pyne | AUSGOV | defense minister | 2018-08-28 | 2019-05-29 | Pyne
Luiz Felipe Lampreia | BRAGOV | foreign minister | 1995-01-01 | 2001-01-29 | Lampreia
Celso Lafer | BRAGOV | foreign minister | 2001-01-29 | 2003-01-01 | Lafer
Luiz Alberto Figueiredo | BRAGOV | foreign minister | 2013-08-28 | 2015-01-01
Aloysio Nunes | BRAGOV | foreign minister | 2017-03-07 | 2019-01-01
Geraldo Quintao | BRAGOV | defense minister | 2000-03-01 | 2003-01-01 | Geraldo Quintão
Jose Viegas Filho | BRAGOV | defense minister | 2003-01-01 | 2004-11-08 | José Viegas Filho
Jose Alencar | BRAGOV | defense minister | 2004-11-08 | 2006-03-31 | José Alencar
Waldir Pires | BRAGOV | defense minister | 2006-03-31 | 2007-07-25
Nelson Jobim | BRAGOV | defense minister | 2007-07-25 | 2011-08-04 | Jobim
Jaques Wagner | BRAGOV | defense minister | 2015-01-01 | 2015-10-05
Aldo Rebelo | BRAGOV | defense minister | 2015-10-05 | 2016-05-12
Raul Jungmann | BRAGOV | defense minister | 2016-05-12 | 2018-02-27 | Jungmann
Joaquim Silva e Luna | BRAGOV | defense minister | 2018-02-27 | 2019-01-01
Fernando Azevedo e Silva | BRAGOV | defense minister | 2019-01-01 | 2021-03-30
Walter Braga Netto | BRAGOV | defense minister | 2021-03-30 | 2022-03-31 | Braga Netto
Paulo Sergio Nogueira | BRAGOV | defense minister | 2022-03-31 | 2023-01-01
Jorge Castaneda | MEXGOV | foreign minister | 2000-12-01 | 2003-01-10 | Jorge Castañeda
Luis Ernesto Derbez | MEXGOV | foreign minister | 2003-01-10 | 2006-12-01 | Derbez
Jose Antonio Meade | MEXGOV | foreign minister | 2012-12-01 | 2015-08-27 | José Antonio Meade
Claudia Ruiz Massieu | MEXGOV | foreign minister | 2015-08-27 | 2017-01-04 | Ruiz Massieu
Gerardo Clemente Vega | MEXGOV | defense minister | 2000-12-01 | 2006-12-01
Guillermo Galvan Galvan | MEXGOV | defense minister | 2006-12-01 | 2012-12-01 | Guillermo Galván Galván
Salvador Cienfuegos | MEXGOV | defense minister | 2012-12-01 | 2018-12-01 | Cienfuegos
Luis Cresencio Sandoval | MEXGOV | defense minister | 2018-12-01 | 2024-10-01 | Cresencio Sandoval
Ricardo Trevilla Trejo | MEXGOV | defense minister | 2024-10-01 |  | Trevilla
Fernando de la Rua | ARGGOV | president | 1999-12-10 | 2001-12-21 | de la Rúa; Fernando de la Rúa
Eduardo Duhalde | ARGGOV | president | 2002-01-02 | 2003-05-25 | Duhalde
Adalberto Rodriguez Giavarini | ARGGOV | foreign minister | 1999-12-10 | 2001-12-21
Carlos Ruckauf | ARGGOV | foreign minister | 2002-01-03 | 2003-05-25 | Ruckauf
Rafael Bielsa | ARGGOV | foreign minister | 2003-05-25 | 2005-12-01 | Bielsa
Jorge Taiana | ARGGOV | foreign minister | 2005-12-01 | 2010-06-18 | Taiana
Jorge Taiana | ARGGOV | defense minister | 2021-08-10 | 2023-12-10 | Taiana
Jorge Faurie | ARGGOV | foreign minister | 2017-06-12 | 2019-12-10 | Faurie
Felipe Sola | ARGGOV | foreign minister | 2019-12-10 | 2021-09-20 | Felipe Solá
Gerardo Werthein | ARGGOV | foreign minister | 2024-10-30 | 2025-10-22 | Werthein
Ricardo Lopez Murphy | ARGGOV | defense minister | 1999-12-10 | 2001-03-05 | López Murphy
Horacio Jaunarena | ARGGOV | defense minister | 2001-03-20 | 2003-05-25 | Jaunarena
Jose Pampuro | ARGGOV | defense minister | 2003-05-25 | 2005-12-01 | Pampuro
Nilda Garre | ARGGOV | defense minister | 2005-12-01 | 2010-12-15 | Nilda Garré
Arturo Puricelli | ARGGOV | defense minister | 2010-12-15 | 2013-05-22 | Puricelli
Agustin Rossi | ARGGOV | defense minister | 2013-05-22 | 2015-06-30 | Agustín Rossi
Julio Martinez | ARGGOV | defense minister | 2015-12-10 | 2017-07-17
Oscar Aguad | ARGGOV | defense minister | 2017-07-17 | 2019-12-10 | Aguad
Agustin Rossi | ARGGOV | defense minister | 2019-12-10 | 2021-08-10 | Agustín Rossi
Luis Petri | ARGGOV | defense minister | 2023-12-10 | 2025-12-10 | Petri
Abdurrahman Wahid | IDNGOV | president | 1999-10-20 | 2001-07-23 | Wahid; Gus Dur
Alwi Shihab | IDNGOV | foreign minister | 1999-10-29 | 2001-08-10 | Alwi Shihab
Juwono Sudarsono | IDNGOV | defense minister | 2004-10-21 | 2009-10-20 | Juwono
Matori Abdul Djalil | IDNGOV | defense minister | 2001-08-10 | 2004-10-20 | Matori
Purnomo Yusgiantoro | IDNGOV | defense minister | 2009-10-22 | 2014-10-20 | Purnomo
Ryamizard Ryacudu | IDNGOV | defense minister | 2014-10-27 | 2019-10-20 | Ryamizard
Sjafrie Sjamsoeddin | IDNGOV | defense minister | 2024-10-21 |  | Sjafrie
Prince Sultan bin Abdulaziz | SAUGOV | defense minister | 1962-01-01 | 2011-10-22 | Prince Sultan
Salman bin Abdulaziz | SAUGOV | defense minister | 2011-11-05 | 2015-01-23 | King Salman
Mosiuoa Lekota | ZAFGOV | defense minister | 1999-06-17 | 2008-09-25 | Lekota
Charles Nqakula | ZAFGOV | defense minister | 2008-09-25 | 2009-05-10 | Nqakula
Lindiwe Sisulu | ZAFGOV | defense minister | 2009-05-10 | 2012-06-12 | Sisulu
Nosiviwe Mapisa-Nqakula | ZAFGOV | defense minister | 2012-06-12 | 2021-08-05 | Mapisa-Nqakula
Thandi Modise | ZAFGOV | defense minister | 2021-08-05 | 2024-07-03 | Modise
Angie Motshekga | ZAFGOV | defense minister | 2024-07-03 |  | Motshekga
Ismail Cem | TURGOV | foreign minister | 1997-06-30 | 2002-07-11 | Ismail Cem
Sukru Sina Gurel | TURGOV | foreign minister | 2002-07-11 | 2002-11-18 | Şükrü Sina Gürel
Yasar Yakis | TURGOV | foreign minister | 2002-11-18 | 2003-03-14 | Yaşar Yakış
Sabahattin Cakmakoglu | TURGOV | defense minister | 1999-05-28 | 2002-11-18 | Çakmakoğlu
Vecdi Gonul | TURGOV | defense minister | 2002-11-18 | 2011-07-06 | Vecdi Gönül; Gönül
Ismet Yilmaz | TURGOV | defense minister | 2011-07-06 | 2015-11-24 | İsmet Yılmaz
Vecdi Gonul | TURGOV | defense minister | 2015-11-24 | 2016-05-24 | Gönül
Fikri Isik | TURGOV | defense minister | 2016-05-24 | 2017-07-19 | Fikri Işık
Nurettin Canikli | TURGOV | defense minister | 2017-07-19 | 2018-07-10 | Canikli
K. R. Narayanan | INDGOV | president | 1997-07-25 | 2002-07-25 | Narayanan
Igor Sergeyev | RUSGOV | defense minister | 1997-05-22 | 2001-03-28 | Igor Sergeyev

# --- Monarchs and rulers often in the news.
Mohammed VI | MARGOV | king | 1999-07-23 |  | King Mohammed VI
Felipe VI | ESPGOV | king | 2014-06-19 |  | King Felipe; King Felipe VI
Haitham bin Tariq | OMNGOV | sultan | 2020-01-11 |  | Sultan Haitham
Mishal al-Ahmad al-Jaber al-Sabah | KWTGOV | emir | 2023-12-16 |  | Sheikh Mishal
Hamad bin Isa Al Khalifa | BHRGOV | king | 2002-02-14 |  | King Hamad
# Heads of state and government, ministers and spokespeople whose names the 2026-12 blind
# batches met unknown (terms from the offices' public records).
Najib Razak | MYSGOV | prime minister | 2009-04-03 | 2018-05-10 | Najib
Benigno Aquino III | PHLGOV | president | 2010-06-30 | 2016-06-30 | Aquino; Benigno Aquino
Manasseh Sogavare | SLBGOV | prime minister | 2014-12-09 | 2017-11-15 | Sogavare
Manasseh Sogavare | SLBGOV | prime minister | 2019-04-24 | 2024-05-02 | Sogavare
Mette Frederiksen | DNKGOV | prime minister | 2019-06-27 |  | Frederiksen
Jeppe Kofod | DNKGOV | foreign minister | 2019-06-27 | 2022-12-15 | Kofod
Evo Morales | BOLGOV | president | 2006-01-22 | 2019-11-10 | Morales
Jeanine Anez | BOLGOV | president | 2019-11-12 | 2020-11-08 | Anez; Áñez; Jeanine Áñez
Luis Arce | BOLGOV | president | 2020-11-08 | 2025-11-08 | Arce
Matteo Salvini | ITAGOV | interior minister | 2018-06-01 | 2019-09-05 | Salvini
Michel Aoun | LBNGOV | president | 2016-10-31 | 2022-10-30 | Aoun
Najib Mikati | LBNGOV | prime minister | 2021-09-10 | 2025-02-08 | Mikati
Yoweri Museveni | UGAGOV | president | 1986-01-29 |  | Museveni
Joao Lourenco | AGOGOV | president | 2017-09-26 |  | Lourenco; João Lourenço; Lourenço
Amos Hochstein | USAGOV | presidential adviser | 2021-08-01 | 2025-01-20 | Hochstein
Badr Albusaidi | OMNGOV | foreign minister | 2020-08-18 |  | Albusaidi; Badr al-Busaidi
Geng Shuang | CHNGOV | spokesperson | 2016-03-01 | 2020-08-01 | Geng
Albin Kurti | XKXGOV | prime minister | 2021-03-22 |  | Kurti
Ramush Haradinaj | XKXGOV | prime minister | 2017-09-09 | 2020-02-03 | Haradinaj
Hashim Thaci | XKXGOV | president | 2016-04-07 | 2020-11-05 | Thaci
Robert Fico | SVKGOV | prime minister | 2012-04-04 | 2018-03-22 | Fico
Robert Fico | SVKGOV | prime minister | 2023-10-25 |  | Fico
Hun Sen | KHMGOV | prime minister | 1985-01-14 | 2023-08-22
Jacinda Ardern | NZLGOV | prime minister | 2017-10-26 | 2023-01-25 | Ardern
James Marape | PNGGOV | prime minister | 2019-05-30 |  | Marape
Gotabaya Rajapaksa | LKAGOV | president | 2019-11-18 | 2022-07-14 | Gotabaya
Ranil Wickremesinghe | LKAGOV | president | 2022-07-21 | 2024-09-23 | Wickremesinghe
Jose Manuel Albares | ESPGOV | foreign minister | 2021-07-12 |  | Albares
Sanna Marin | FINGOV | prime minister | 2019-12-10 | 2023-06-20
Petteri Orpo | FINGOV | prime minister | 2023-06-20 |  | Orpo
Idriss Deby | TCDGOV | president | 1990-12-02 | 2021-04-20 | Idriss Déby
Mahamat Idriss Deby | TCDGOV | president | 2021-04-20 |  | Mahamat Deby; Mahamat Idriss Déby; Deby
Ali Bongo Ondimba | GABGOV | president | 2009-10-16 | 2023-08-30 | Ali Bongo; Bongo
Brice Oligui Nguema | GABGOV | president | 2023-08-30 |  | Oligui Nguema; Oligui
Nasser Bourita | MARGOV | foreign minister | 2017-04-05 |  | Bourita
Kaja Kallas | ESTGOV | prime minister | 2021-01-26 | 2024-07-23 | Kallas
Abdul Hamid Dbeibah | LBYGOV | prime minister | 2021-03-15 |  | Dbeibah; Abdulhamid Dbeibah
Najla Mangoush | LBYGOV | foreign minister | 2021-03-15 | 2023-08-27 | Mangoush; Najla el-Mangoush
Omar al-Bashir | SDNGOV | president | 1989-06-30 | 2019-04-11 | Bashir; Omar Hassan al-Bashir
Apollinaire Kyelem de Tambela | BFAGOV | prime minister | 2022-10-21 | 2024-12-06 | Kyelem de Tambela
Ibrahim Traore | BFAGOV | president | 2022-09-30 |  | Traore; Ibrahim Traoré
Yahya Jammeh | GMBGOV | president | 1994-07-22 | 2017-01-19 | Jammeh
Adama Barrow | GMBGOV | president | 2017-01-19 |  | Barrow
Alpha Conde | GINGOV | president | 2010-12-21 | 2021-09-05 | Conde; Alpha Condé
Mohamed Ould Abdel Aziz | MRTGOV | president | 2009-08-05 | 2019-08-01 | Ould Abdel Aziz
Ayman Safadi | JORGOV | foreign minister | 2017-01-15 |  | Safadi
Meir Ben-Shabbat | ISRGOV | national security advisor | 2017-08-01 | 2021-07-31 | Ben-Shabbat
Qaboos bin Said | OMNGOV | sultan | 1970-07-23 | 2020-01-10 | Qaboos; Sultan Qaboos bin Said al-Said
Panfilo Lacson | PHLLEG | legislator | 2016-06-30 | 2022-06-30 | Lacson
Ronald dela Rosa | PHLLEG | legislator | 2019-06-30 |  | dela Rosa; Bato dela Rosa; Ronald "Bato" dela Rosa
Mohammed bin Abdulrahman Al Thani | QATGOV | foreign minister | 2016-01-27 |  | Mohammed bin Abdulrahman al-Thani; Sheikh Mohammed bin Abdulrahman
Mohammed bin Abdulrahman Al Thani | QATGOV | prime minister | 2023-03-07 |  | Mohammed bin Abdulrahman al-Thani
Adly Mansour | EGYGOV | president | 2013-07-04 | 2014-06-08 |
Tran Dai Quang | VNMGOV | president | 2016-04-02 | 2018-09-21 |
Patrick Muyaya | CODGOV | spokesperson | 2021-04-12 |  | Muyaya
Marzieh Afkham | IRNGOV | spokesperson | 2013-08-01 | 2016-11-01 | Afkham
Radoslaw Sikorski | POLGOV | foreign minister | 2007-11-16 | 2014-09-22 | Sikorski; Radosław Sikorski
Radoslaw Sikorski | POLGOV | foreign minister | 2023-12-13 |  | Sikorski; Radosław Sikorski
Bert Koenders | NLDGOV | foreign minister | 2014-10-17 | 2017-10-26 | Koenders
Abdoulaye Diop | MLIGOV | foreign minister | 2021-06-11 |  |
Amir Khan Muttaqi | AFGGOV | foreign minister | 2021-09-07 |  | Muttaqi
