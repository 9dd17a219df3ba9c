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

# Heads of state, heads of government and foreign ministers of 2012-2025 for some 150 countries,
# added from public records of office holders (government sites and published lists of
# officeholders, checked by date where in doubt). Facts only: names, offices, dates.
# AFG
Mohammad Hasan Akhund | AFGGOV | prime minister | 2021-09-07 |  | Mullah Mohammad Hasan Akhund
# AGO
Jose Eduardo dos Santos | AGOGOV | president | 1979-09-21 | 2017-09-26 | José Eduardo dos Santos; dos Santos
# ALB
Bamir Topi | ALBGOV | president | 2007-07-24 | 2012-07-24 | 
Bujar Nishani | ALBGOV | president | 2012-07-24 | 2017-07-24 | Nishani
Ilir Meta | ALBGOV | president | 2017-07-24 | 2022-07-24 | Ilir Meta
Bajram Begaj | ALBGOV | president | 2022-07-24 |  | Begaj
Sali Berisha | ALBGOV | prime minister | 2005-09-10 | 2013-09-15 | Berisha
Edi Rama | ALBGOV | prime minister | 2013-09-15 |  | 
Ditmir Bushati | ALBGOV | foreign minister | 2013-09-15 | 2019-01-17 | Bushati
# ARE
Khalifa bin Zayed Al Nahyan | AREGOV | president | 2004-11-03 | 2022-05-13 | Sheikh Khalifa bin Zayed; Khalifa bin Zayed
Mohammed bin Rashid Al Maktoum | AREGOV | prime minister | 2006-01-05 |  | Sheikh Mohammed bin Rashid; Mohammed bin Rashid
Abdullah bin Zayed Al Nahyan | AREGOV | foreign minister | 2006-02-09 |  | Sheikh Abdullah bin Zayed; Abdullah bin Zayed
# ARG
Pablo Quirno | ARGGOV | foreign minister | 2025-10-28 |  | Quirno
# ARM
Serzh Sargsyan | ARMGOV | president | 2008-04-09 | 2018-04-09 | Serzh Sarkisian
Armen Sarkissian | ARMGOV | president | 2018-04-09 | 2022-02-01 | Armen Sargsyan
Vahagn Khachaturyan | ARMGOV | president | 2022-03-13 |  | 
Tigran Sargsyan | ARMGOV | prime minister | 2008-04-21 | 2014-04-13 | 
Hovik Abrahamyan | ARMGOV | prime minister | 2014-04-13 | 2016-09-13 | 
Karen Karapetyan | ARMGOV | prime minister | 2016-09-13 | 2018-04-17 | 
Serzh Sargsyan | ARMGOV | prime minister | 2018-04-17 | 2018-04-23 | Serzh Sarkisian
Eduard Nalbandyan | ARMGOV | foreign minister | 2008-04-21 | 2018-05-12 | Nalbandyan; Edward Nalbandian
Zohrab Mnatsakanyan | ARMGOV | foreign minister | 2018-05-12 | 2020-11-16 | Mnatsakanyan
Ararat Mirzoyan | ARMGOV | foreign minister | 2021-08-19 |  | 
# AUT
Heinz Fischer | AUTGOV | president | 2004-07-08 | 2016-07-08 | 
Alexander Van der Bellen | AUTGOV | president | 2017-01-26 |  | Van der Bellen
Werner Faymann | AUTGOV | chancellor | 2008-12-02 | 2016-05-09 | Faymann
Christian Kern | AUTGOV | chancellor | 2016-05-17 | 2017-12-18 | 
Sebastian Kurz | AUTGOV | chancellor | 2017-12-18 | 2019-05-28 | Kurz
Brigitte Bierlein | AUTGOV | chancellor | 2019-06-03 | 2020-01-07 | Bierlein
Sebastian Kurz | AUTGOV | chancellor | 2020-01-07 | 2021-10-11 | Kurz
Alexander Schallenberg | AUTGOV | chancellor | 2021-10-11 | 2021-12-06 | Schallenberg
Karl Nehammer | AUTGOV | chancellor | 2021-12-06 | 2025-01-10 | Nehammer
Alexander Schallenberg | AUTGOV | chancellor | 2025-01-10 | 2025-03-03 | Schallenberg
Christian Stocker | AUTGOV | chancellor | 2025-03-03 |  | 
Michael Spindelegger | AUTGOV | foreign minister | 2008-12-02 | 2013-12-16 | Spindelegger
Sebastian Kurz | AUTGOV | foreign minister | 2013-12-16 | 2017-12-18 | Kurz
Karin Kneissl | AUTGOV | foreign minister | 2017-12-18 | 2019-06-03 | Kneissl
Alexander Schallenberg | AUTGOV | foreign minister | 2019-06-03 | 2021-10-11 | Schallenberg
Michael Linhart | AUTGOV | foreign minister | 2021-10-11 | 2021-12-06 | Linhart
Alexander Schallenberg | AUTGOV | foreign minister | 2021-12-06 | 2025-03-03 | Schallenberg
Beate Meinl-Reisinger | AUTGOV | foreign minister | 2025-03-03 |  | Meinl-Reisinger
# AZE
Artur Rasizade | AZEGOV | prime minister | 2003-11-04 | 2018-04-21 | Rasizade
Novruz Mammadov | AZEGOV | prime minister | 2018-04-21 | 2019-10-08 | 
Ali Asadov | AZEGOV | prime minister | 2019-10-08 |  | 
Elmar Mammadyarov | AZEGOV | foreign minister | 2004-04-02 | 2020-07-16 | Mammadyarov
Jeyhun Bayramov | AZEGOV | foreign minister | 2020-07-16 |  | 
# BDI
Pierre Nkurunziza | BDIGOV | president | 2005-08-26 | 2020-06-08 | Nkurunziza
Evariste Ndayishimiye | BDIGOV | president | 2020-06-18 |  | Ndayishimiye; Évariste Ndayishimiye
Alain-Guillaume Bunyoni | BDIGOV | prime minister | 2020-06-23 | 2022-09-07 | Bunyoni
Gervais Ndirakobuca | BDIGOV | prime minister | 2022-09-07 |  | Ndirakobuca
# BEL
Elio Di Rupo | BELGOV | prime minister | 2011-12-06 | 2014-10-11 | Di Rupo
Sophie Wilmes | BELGOV | prime minister | 2019-10-27 | 2020-10-01 | Wilmes
Alexander De Croo | BELGOV | prime minister | 2020-10-01 | 2025-02-03 | De Croo
Bart De Wever | BELGOV | prime minister | 2025-02-03 |  | De Wever
Didier Reynders | BELGOV | foreign minister | 2011-12-06 | 2019-11-30 | Reynders
Philippe Goffin | BELGOV | foreign minister | 2019-11-30 | 2020-10-01 | Goffin
Sophie Wilmes | BELGOV | foreign minister | 2020-10-01 | 2022-07-15 | Wilmes
Hadja Lahbib | BELGOV | foreign minister | 2022-07-15 | 2024-12-01 | Lahbib
Maxime Prevot | BELGOV | foreign minister | 2025-02-03 |  | Maxime Prévot; Prevot; Prévot
# BEN
Thomas Boni Yayi | BENGOV | president | 2006-04-06 | 2016-04-06 | Boni Yayi
Patrice Talon | BENGOV | president | 2016-04-06 |  | 
# BFA
Blaise Compaore | BFAGOV | president | 1987-10-15 | 2014-10-31 | Compaore; Blaise Compaoré; Compaoré
Michel Kafando | BFAGOV | president | 2014-11-18 | 2015-12-29 | Kafando
Roch Marc Christian Kabore | BFAGOV | president | 2015-12-29 | 2022-01-24 | Roch Kabore; Roch Marc Christian Kaboré
Paul-Henri Sandaogo Damiba | BFAGOV | president | 2022-01-24 | 2022-09-30 | Damiba; Paul-Henri Damiba
Luc-Adolphe Tiao | BFAGOV | prime minister | 2011-04-18 | 2014-10-31 | Tiao
Isaac Zida | BFAGOV | prime minister | 2014-11-19 | 2016-01-06 | Yacouba Isaac Zida; Zida
Paul Kaba Thieba | BFAGOV | prime minister | 2016-01-07 | 2019-01-18 | Kaba Thieba; Paul Kaba Thiéba
Christophe Dabire | BFAGOV | prime minister | 2019-01-21 | 2021-12-08 | Dabire; Christophe Dabiré
Lassina Zerbo | BFAGOV | prime minister | 2021-12-13 | 2022-01-24 | 
Albert Ouedraogo | BFAGOV | prime minister | 2022-03-03 | 2022-09-30 | Albert Ouédraogo
Jean Emmanuel Ouedraogo | BFAGOV | prime minister | 2024-12-07 |  | Jean Emmanuel Ouédraogo
# BGD
Zillur Rahman | BGDGOV | president | 2009-02-12 | 2013-03-20 | 
Abdul Hamid | BGDGOV | president | 2013-04-24 | 2023-04-24 | 
Mohammed Shahabuddin | BGDGOV | president | 2023-04-24 |  | 
Sheikh Hasina | BGDGOV | prime minister | 2009-01-06 | 2024-08-05 | Hasina; Sheikh Hasina Wajed
Muhammad Yunus | BGDGOV | prime minister | 2024-08-08 |  | 
Dipu Moni | BGDGOV | foreign minister | 2009-01-06 | 2014-01-12 | 
Abul Hassan Mahmood Ali | BGDGOV | foreign minister | 2014-01-12 | 2019-01-07 | AH Mahmood Ali
AK Abdul Momen | BGDGOV | foreign minister | 2019-01-07 | 2024-01-11 | A.K. Abdul Momen; Abdul Momen
Hasan Mahmud | BGDGOV | foreign minister | 2024-01-11 | 2024-08-05 | 
# BGR
Rosen Plevneliev | BGRGOV | president | 2012-01-22 | 2017-01-22 | Plevneliev
Rumen Radev | BGRGOV | president | 2017-01-22 |  | Radev
Boyko Borisov | BGRGOV | prime minister | 2009-07-27 | 2013-03-13 | Boiko Borisov
Marin Raykov | BGRGOV | prime minister | 2013-03-13 | 2013-05-29 | Raykov
Plamen Oresharski | BGRGOV | prime minister | 2013-05-29 | 2014-08-06 | Oresharski
Georgi Bliznashki | BGRGOV | prime minister | 2014-08-06 | 2014-11-07 | Bliznashki
Boyko Borisov | BGRGOV | prime minister | 2014-11-07 | 2017-01-27 | 
Ognyan Gerdzhikov | BGRGOV | prime minister | 2017-01-27 | 2017-05-04 | Gerdzhikov
Boyko Borisov | BGRGOV | prime minister | 2017-05-04 | 2021-05-12 | 
Stefan Yanev | BGRGOV | prime minister | 2021-05-12 | 2021-12-13 | 
Kiril Petkov | BGRGOV | prime minister | 2021-12-13 | 2022-08-02 | 
Galab Donev | BGRGOV | prime minister | 2022-08-02 | 2023-06-06 | 
Nikolai Denkov | BGRGOV | prime minister | 2023-06-06 | 2024-04-09 | Denkov
Dimitar Glavchev | BGRGOV | prime minister | 2024-04-09 | 2025-01-16 | Glavchev
Rosen Zhelyazkov | BGRGOV | prime minister | 2025-01-16 |  | Zhelyazkov
Nickolay Mladenov | BGRGOV | foreign minister | 2010-01-27 | 2013-03-13 | Nikolay Mladenov; Mladenov
Kristian Vigenin | BGRGOV | foreign minister | 2013-05-29 | 2014-08-06 | Vigenin
Daniel Mitov | BGRGOV | foreign minister | 2014-08-06 | 2017-01-27 | Mitov
Ekaterina Zaharieva | BGRGOV | foreign minister | 2017-05-04 | 2021-05-12 | Zaharieva
Svetlan Stoev | BGRGOV | foreign minister | 2021-05-12 | 2021-12-13 | 
Teodora Genchovska | BGRGOV | foreign minister | 2021-12-13 | 2022-08-02 | Genchovska
Nikolay Milkov | BGRGOV | foreign minister | 2022-08-02 | 2023-06-06 | Milkov
Mariya Gabriel | BGRGOV | foreign minister | 2023-06-06 | 2024-04-09 | Maria Gabriel
Georg Georgiev | BGRGOV | foreign minister | 2025-01-16 |  | 
# BHR
Khalifa bin Salman Al Khalifa | BHRGOV | prime minister | 1971-01-10 | 2020-11-11 | Sheikh Khalifa bin Salman; Prince Khalifa bin Salman
Salman bin Hamad Al Khalifa | BHRGOV | prime minister | 2020-11-11 |  | Crown Prince Salman bin Hamad; Salman bin Hamad
Khalid bin Ahmed Al Khalifa | BHRGOV | foreign minister | 2005-09-01 | 2020-02-11 | Sheikh Khalid bin Ahmed
Abdullatif al-Zayani | BHRGOV | foreign minister | 2020-02-11 |  | Abdullatif bin Rashid al-Zayani; Zayani
# BIH
Vjekoslav Bevanda | BIHGOV | prime minister | 2012-01-12 | 2015-02-11 | Bevanda
Denis Zvizdic | BIHGOV | prime minister | 2015-02-11 | 2019-12-23 | Zvizdic; Denis Zvizdić
Zoran Tegeltija | BIHGOV | prime minister | 2019-12-23 | 2023-01-25 | Tegeltija
Borjana Kristo | BIHGOV | prime minister | 2023-01-25 |  | Borjana Krišto
Zlatko Lagumdzija | BIHGOV | foreign minister | 2012-01-12 | 2015-03-31 | Lagumdzija; Zlatko Lagumdžija
Igor Crnadak | BIHGOV | foreign minister | 2015-03-31 | 2019-12-23 | Crnadak
Bisera Turkovic | BIHGOV | foreign minister | 2019-12-23 | 2023-01-25 | Turkovic; Bisera Turković
Elmedin Konakovic | BIHGOV | foreign minister | 2023-01-25 |  | Konakovic; Elmedin Konaković
# BLR
Mikhail Myasnikovich | BLRGOV | prime minister | 2010-12-28 | 2014-12-27 | Myasnikovich
Andrei Kobyakov | BLRGOV | prime minister | 2014-12-27 | 2018-08-18 | Kobyakov
Sergei Rumas | BLRGOV | prime minister | 2018-08-18 | 2020-06-03 | Rumas
Roman Golovchenko | BLRGOV | prime minister | 2020-06-04 | 2025-03-10 | Golovchenko
Alexander Turchin | BLRGOV | prime minister | 2025-03-10 |  | Turchin; Aleksandr Turchin
Sergei Martynov | BLRGOV | foreign minister | 2003-03-18 | 2012-08-20 | 
Vladimir Makei | BLRGOV | foreign minister | 2012-08-20 | 2022-11-26 | Makei; Uladzimir Makei
# BOL
Rodrigo Paz | BOLGOV | president | 2025-11-08 |  | Rodrigo Paz Pereira
David Choquehuanca | BOLGOV | foreign minister | 2006-01-23 | 2017-01-23 | Choquehuanca
Karen Longaric | BOLGOV | foreign minister | 2019-11-13 | 2020-11-08 | Longaric
# BRB
Freundel Stuart | BRBGOV | prime minister | 2010-10-23 | 2018-05-25 | 
Mia Mottley | BRBGOV | prime minister | 2018-05-25 |  | Mottley
# BRN
Hassanal Bolkiah | BRNGOV | sultan | 1967-10-05 |  | Sultan Hassanal Bolkiah
# BTN
Lotay Tshering | BTNGOV | prime minister | 2018-11-07 | 2024-01-28 | 
Tshering Tobgay | BTNGOV | prime minister | 2024-01-28 |  | Tobgay
# BWA
Ian Khama | BWAGOV | president | 2008-04-01 | 2018-04-01 | Khama; Seretse Khama Ian Khama
Mokgweetsi Masisi | BWAGOV | president | 2018-04-01 | 2024-11-01 | Masisi
Duma Boko | BWAGOV | president | 2024-11-01 |  | 
# CAF
Francois Bozize | CAFGOV | president | 2003-03-15 | 2013-03-24 | Bozize; François Bozizé; Bozizé
Michel Djotodia | CAFGOV | president | 2013-03-24 | 2014-01-10 | Djotodia
Catherine Samba-Panza | CAFGOV | president | 2014-01-23 | 2016-03-30 | Samba-Panza
Faustin-Archange Touadera | CAFGOV | president | 2016-03-30 |  | Touadera; Faustin-Archange Touadéra; Touadéra
Faustin-Archange Touadera | CAFGOV | prime minister | 2008-01-22 | 2013-01-17 | Touadera
Nicolas Tiangaye | CAFGOV | prime minister | 2013-01-17 | 2014-01-10 | Tiangaye
Andre Nzapayeke | CAFGOV | prime minister | 2014-01-25 | 2014-08-10 | Nzapayeke; André Nzapayeké
Mahamat Kamoun | CAFGOV | prime minister | 2014-08-10 | 2016-04-02 | Kamoun
Simplice Sarandji | CAFGOV | prime minister | 2016-04-02 | 2019-02-25 | Sarandji
Firmin Ngrebada | CAFGOV | prime minister | 2019-02-25 | 2021-06-10 | Ngrebada
Henri-Marie Dondra | CAFGOV | prime minister | 2021-06-11 | 2022-02-07 | Dondra
Felix Moloua | CAFGOV | prime minister | 2022-02-07 |  | Moloua; Félix Moloua
# CHE
Eveline Widmer-Schlumpf | CHEGOV | president | 2012-01-01 | 2012-12-31 | Widmer-Schlumpf
Ueli Maurer | CHEGOV | president | 2013-01-01 | 2013-12-31 | 
Didier Burkhalter | CHEGOV | president | 2014-01-01 | 2014-12-31 | Burkhalter
Simonetta Sommaruga | CHEGOV | president | 2015-01-01 | 2015-12-31 | Sommaruga
Johann Schneider-Ammann | CHEGOV | president | 2016-01-01 | 2016-12-31 | Schneider-Ammann
Doris Leuthard | CHEGOV | president | 2017-01-01 | 2017-12-31 | Leuthard
Alain Berset | CHEGOV | president | 2018-01-01 | 2018-12-31 | Berset
Ueli Maurer | CHEGOV | president | 2019-01-01 | 2019-12-31 | 
Simonetta Sommaruga | CHEGOV | president | 2020-01-01 | 2020-12-31 | Sommaruga
Guy Parmelin | CHEGOV | president | 2021-01-01 | 2021-12-31 | Parmelin
Ignazio Cassis | CHEGOV | president | 2022-01-01 | 2022-12-31 | 
Alain Berset | CHEGOV | president | 2023-01-01 | 2023-12-31 | Berset
Viola Amherd | CHEGOV | president | 2024-01-01 | 2024-12-31 | Amherd
Karin Keller-Sutter | CHEGOV | president | 2025-01-01 | 2025-12-31 | Keller-Sutter
Didier Burkhalter | CHEGOV | foreign minister | 2012-01-01 | 2017-10-31 | Burkhalter
Ignazio Cassis | CHEGOV | foreign minister | 2017-11-01 |  | 
# CHL
Sebastian Pinera | CHLGOV | president | 2010-03-11 | 2014-03-11 | Piñera; Sebastián Piñera; Pinera
Michelle Bachelet | CHLGOV | president | 2014-03-11 | 2018-03-11 | Bachelet
Michelle Bachelet | IGOUNOHCHR | director-general | 2018-09-01 | 2022-08-31 | Bachelet
Volker Turk | IGOUNOHCHR | director-general | 2022-10-17 |  | Volker Türk
Sebastian Pinera | CHLGOV | president | 2018-03-11 | 2022-03-11 | Piñera; Pinera
Alfredo Moreno | CHLGOV | foreign minister | 2010-03-11 | 2014-03-11 | 
Heraldo Munoz | CHLGOV | foreign minister | 2014-03-11 | 2018-03-11 | Heraldo Muñoz
Roberto Ampuero | CHLGOV | foreign minister | 2018-03-11 | 2019-06-13 | Ampuero
Teodoro Ribera | CHLGOV | foreign minister | 2019-06-13 | 2020-07-28 | 
Andres Allamand | CHLGOV | foreign minister | 2020-07-28 | 2022-01-01 | Andrés Allamand; Allamand
Antonia Urrejola | CHLGOV | foreign minister | 2022-03-11 | 2023-03-10 | Urrejola
Alberto van Klaveren | CHLGOV | foreign minister | 2023-03-10 |  | van Klaveren
# CIV
Alassane Ouattara | CIVGOV | president | 2011-05-06 |  | Ouattara
Guillaume Soro | CIVGOV | prime minister | 2007-04-04 | 2012-03-13 | 
Jeannot Ahoussou-Kouadio | CIVGOV | prime minister | 2012-03-13 | 2012-11-21 | Ahoussou-Kouadio
Daniel Kablan Duncan | CIVGOV | prime minister | 2012-11-21 | 2017-01-10 | Kablan Duncan
Amadou Gon Coulibaly | CIVGOV | prime minister | 2017-01-10 | 2020-07-08 | Gon Coulibaly
Hamed Bakayoko | CIVGOV | prime minister | 2020-07-30 | 2021-03-10 | Bakayoko
Patrick Achi | CIVGOV | prime minister | 2021-03-26 | 2023-10-16 | 
Robert Beugre Mambe | CIVGOV | prime minister | 2023-10-16 |  | Beugré Mambé; Robert Beugré Mambé
# CMR
Paul Biya | CMRGOV | president | 1982-11-06 |  | Biya
Philemon Yang | CMRGOV | prime minister | 2009-06-30 | 2019-01-04 | Philémon Yang
Joseph Dion Ngute | CMRGOV | prime minister | 2019-01-04 |  | Dion Ngute
Lejeune Mbella Mbella | CMRGOV | foreign minister | 2015-10-02 |  | Mbella Mbella
# COD
Joseph Kabila | CODGOV | president | 2001-01-26 | 2019-01-24 | Kabila
Augustin Matata Ponyo | CODGOV | prime minister | 2012-04-18 | 2016-11-17 | Matata Ponyo
Samy Badibanga | CODGOV | prime minister | 2016-11-17 | 2017-04-07 | Badibanga
Bruno Tshibala | CODGOV | prime minister | 2017-04-07 | 2019-05-20 | Tshibala
Sylvestre Ilunga | CODGOV | prime minister | 2019-05-20 | 2021-01-29 | Sylvestre Ilunga Ilunkamba; Ilunga Ilunkamba
Jean-Michel Sama Lukonde | CODGOV | prime minister | 2021-02-15 | 2024-06-12 | Sama Lukonde
Judith Suminwa | CODGOV | prime minister | 2024-06-12 |  | Suminwa; Judith Suminwa Tuluka
Raymond Tshibanda | CODGOV | foreign minister | 2012-04-28 | 2016-12-19 | Tshibanda
Leonard She Okitundu | CODGOV | foreign minister | 2016-12-19 | 2019-08-26 | She Okitundu; Léonard She Okitundu
Marie Tumba Nzeza | CODGOV | foreign minister | 2019-08-26 | 2021-04-12 | Tumba Nzeza
Christophe Lutundula | CODGOV | foreign minister | 2021-04-12 | 2024-05-29 | Lutundula
Therese Kayikwamba Wagner | CODGOV | foreign minister | 2024-05-29 |  | Thérèse Kayikwamba Wagner; Kayikwamba Wagner
# COG
Denis Sassou Nguesso | COGGOV | president | 1997-10-25 |  | Sassou Nguesso; Denis Sassou-Nguesso
Clement Mouamba | COGGOV | prime minister | 2016-04-23 | 2021-05-12 | Clément Mouamba; Mouamba
Anatole Collinet Makosso | COGGOV | prime minister | 2021-05-12 |  | Collinet Makosso
Jean-Claude Gakosso | COGGOV | foreign minister | 2015-08-10 |  | Gakosso
# COL
Maria Angela Holguin | COLGOV | foreign minister | 2010-08-07 | 2018-08-07 | María Ángela Holguín; Holguin
Carlos Holmes Trujillo | COLGOV | foreign minister | 2018-08-07 | 2019-11-12 | Holmes Trujillo
Claudia Blum | COLGOV | foreign minister | 2019-11-12 | 2021-05-13 | 
Marta Lucia Ramirez | COLGOV | foreign minister | 2021-05-13 | 2022-08-07 | Marta Lucía Ramírez
Alvaro Leyva | COLGOV | foreign minister | 2022-08-07 | 2024-01-24 | Álvaro Leyva; Leyva
# CRI
Laura Chinchilla | CRIGOV | president | 2010-05-08 | 2014-05-08 | Chinchilla
Luis Guillermo Solis | CRIGOV | president | 2014-05-08 | 2018-05-08 | Luis Guillermo Solís
Carlos Alvarado | CRIGOV | president | 2018-05-08 | 2022-05-08 | Carlos Alvarado Quesada
Rodrigo Chaves | CRIGOV | president | 2022-05-08 |  | Rodrigo Chaves Robles
# CUB
Manuel Marrero Cruz | CUBGOV | prime minister | 2019-12-21 |  | Manuel Marrero
Bruno Rodriguez Parrilla | CUBGOV | foreign minister | 2009-03-02 |  | Bruno Rodriguez; Bruno Rodríguez
# CYP
Demetris Christofias | CYPGOV | president | 2008-02-28 | 2013-02-28 | Christofias
Nicos Anastasiades | CYPGOV | president | 2013-02-28 | 2023-02-28 | Anastasiades
Nikos Christodoulides | CYPGOV | president | 2023-02-28 |  | Christodoulides
Erato Kozakou-Marcoullis | CYPGOV | foreign minister | 2011-08-05 | 2013-02-28 | Kozakou-Marcoullis
Ioannis Kasoulides | CYPGOV | foreign minister | 2013-03-01 | 2018-03-01 | Kasoulides
Nikos Christodoulides | CYPGOV | foreign minister | 2018-03-01 | 2022-01-10 | Christodoulides
Ioannis Kasoulides | CYPGOV | foreign minister | 2022-01-10 | 2023-02-28 | Kasoulides
Constantinos Kombos | CYPGOV | foreign minister | 2023-03-01 |  | Kombos
# CZE
Vaclav Klaus | CZEGOV | president | 2003-03-07 | 2013-03-07 | Václav Klaus
Milos Zeman | CZEGOV | president | 2013-03-08 | 2023-03-08 | Zeman; Miloš Zeman
Petr Pavel | CZEGOV | president | 2023-03-09 |  | 
Petr Necas | CZEGOV | prime minister | 2010-07-13 | 2013-07-10 | Necas; Petr Nečas
Jiri Rusnok | CZEGOV | prime minister | 2013-07-10 | 2014-01-29 | Rusnok; Jiří Rusnok
Bohuslav Sobotka | CZEGOV | prime minister | 2014-01-29 | 2017-12-13 | Sobotka
Andrej Babis | CZEGOV | prime minister | 2017-12-13 | 2021-12-17 | Babis; Andrej Babiš; Babiš
Petr Fiala | CZEGOV | prime minister | 2021-12-17 | 2025-12-09 | Fiala
Andrej Babis | CZEGOV | prime minister | 2025-12-09 |  | Babis; Babiš
Karel Schwarzenberg | CZEGOV | foreign minister | 2010-07-13 | 2013-07-10 | Schwarzenberg
Jan Kohout | CZEGOV | foreign minister | 2013-07-10 | 2014-01-29 | Kohout
Lubomir Zaoralek | CZEGOV | foreign minister | 2014-01-29 | 2017-12-13 | Zaoralek; Lubomír Zaorálek
Martin Stropnicky | CZEGOV | foreign minister | 2017-12-13 | 2018-06-27 | Stropnicky; Martin Stropnický
Tomas Petricek | CZEGOV | foreign minister | 2018-10-16 | 2021-04-12 | Petricek; Tomáš Petříček
Jakub Kulhanek | CZEGOV | foreign minister | 2021-04-21 | 2021-12-17 | Kulhanek; Jakub Kulhánek
Jan Lipavsky | CZEGOV | foreign minister | 2021-12-17 | 2025-12-15 | Lipavsky; Jan Lipavský
Petr Macinka | CZEGOV | foreign minister | 2025-12-15 |  | Macinka
# DJI
Ismail Omar Guelleh | DJIGOV | president | 1999-05-08 |  | Guelleh
# DNK
Helle Thorning-Schmidt | DNKGOV | prime minister | 2011-10-03 | 2015-06-28 | Thorning-Schmidt
Lars Lokke Rasmussen | DNKGOV | prime minister | 2015-06-28 | 2019-06-27 | Lars Løkke Rasmussen; Lokke Rasmussen; Løkke Rasmussen
Villy Sovndal | DNKGOV | foreign minister | 2011-10-03 | 2013-12-12 | Villy Søvndal; Sovndal
Holger K. Nielsen | DNKGOV | foreign minister | 2013-12-12 | 2014-02-03 | 
Martin Lidegaard | DNKGOV | foreign minister | 2014-02-03 | 2015-06-28 | Lidegaard
Kristian Jensen | DNKGOV | foreign minister | 2015-06-28 | 2016-11-28 | 
Anders Samuelsen | DNKGOV | foreign minister | 2016-11-28 | 2019-06-27 | Samuelsen
Lars Lokke Rasmussen | DNKGOV | foreign minister | 2022-12-15 |  | Lars Løkke Rasmussen; Lokke Rasmussen; Løkke Rasmussen
# DOM
Leonel Fernandez | DOMGOV | president | 2004-08-16 | 2012-08-16 | Leonel Fernández
Danilo Medina | DOMGOV | president | 2012-08-16 | 2020-08-16 | 
Luis Abinader | DOMGOV | president | 2020-08-16 |  | Abinader
# DZA
Abdelaziz Bouteflika | DZAGOV | president | 1999-04-27 | 2019-04-02 | Bouteflika
Abdelkader Bensalah | DZAGOV | president | 2019-04-09 | 2019-12-19 | Bensalah
Abdelmadjid Tebboune | DZAGOV | president | 2019-12-19 |  | Tebboune; Abdelmajid Tebboune
Ahmed Ouyahia | DZAGOV | prime minister | 2008-06-23 | 2012-09-03 | Ouyahia
Abdelmalek Sellal | DZAGOV | prime minister | 2012-09-03 | 2017-05-24 | Sellal
Abdelmadjid Tebboune | DZAGOV | prime minister | 2017-05-24 | 2017-08-15 | Tebboune
Ahmed Ouyahia | DZAGOV | prime minister | 2017-08-15 | 2019-03-11 | Ouyahia
Noureddine Bedoui | DZAGOV | prime minister | 2019-03-11 | 2019-12-19 | Bedoui
Abdelaziz Djerad | DZAGOV | prime minister | 2019-12-28 | 2021-06-30 | Djerad
Aymen Benabderrahmane | DZAGOV | prime minister | 2021-06-30 | 2023-11-11 | Benabderrahmane; Ayman Benabderrahmane
Nadir Larbaoui | DZAGOV | prime minister | 2023-11-11 | 2025-08-28 | Larbaoui
Sifi Ghrieb | DZAGOV | prime minister | 2025-08-28 |  | Ghrieb
Mourad Medelci | DZAGOV | foreign minister | 2007-06-04 | 2013-09-11 | Medelci
Ramtane Lamamra | DZAGOV | foreign minister | 2013-09-11 | 2017-05-25 | Lamamra
Abdelkader Messahel | DZAGOV | foreign minister | 2017-05-25 | 2019-03-31 | Messahel
Sabri Boukadoum | DZAGOV | foreign minister | 2019-03-31 | 2021-07-07 | Boukadoum
Ramtane Lamamra | DZAGOV | foreign minister | 2021-07-07 | 2023-03-16 | Lamamra
Ahmed Attaf | DZAGOV | foreign minister | 2023-03-16 |  | Attaf
# ECU
Rafael Correa | ECUGOV | president | 2007-01-15 | 2017-05-24 | Correa
Lenin Moreno | ECUGOV | president | 2017-05-24 | 2021-05-24 | Lenín Moreno
Guillermo Lasso | ECUGOV | president | 2021-05-24 | 2023-11-23 | 
Daniel Noboa | ECUGOV | president | 2023-11-23 |  | Noboa
Ricardo Patino | ECUGOV | foreign minister | 2010-01-21 | 2016-03-03 | Ricardo Patiño; Patiño
# EGY
Kamal Ganzouri | EGYGOV | prime minister | 2011-12-07 | 2012-08-02 | Ganzouri; Kamal el-Ganzouri; Kamal al-Ganzouri
Hisham Qandil | EGYGOV | prime minister | 2012-08-02 | 2013-07-16 | Qandil; Hesham Kandil; Hisham Kandil
Hazem el-Beblawi | EGYGOV | prime minister | 2013-07-16 | 2014-03-01 | Beblawi; Hazem al-Beblawi
Ibrahim Mahlab | EGYGOV | prime minister | 2014-03-01 | 2015-09-19 | Mahlab
Sherif Ismail | EGYGOV | prime minister | 2015-09-19 | 2018-06-14 | 
Mostafa Madbouly | EGYGOV | prime minister | 2018-06-14 |  | Madbouly; Moustafa Madbouly; Mustafa Madbouly
Mohamed Kamel Amr | EGYGOV | foreign minister | 2011-07-17 | 2013-07-16 | Kamel Amr
Nabil Fahmy | EGYGOV | foreign minister | 2013-07-16 | 2014-06-17 | Nabil Fahmi
Sameh Shoukry | EGYGOV | foreign minister | 2014-06-17 | 2024-07-03 | Shoukry
Badr Abdelatty | EGYGOV | foreign minister | 2024-07-03 |  | Abdelatty; Badr Abdel Aty
# ESP
Mariano Rajoy | ESPGOV | prime minister | 2011-12-21 | 2018-06-01 | Rajoy
Jose Manuel Garcia-Margallo | ESPGOV | foreign minister | 2011-12-22 | 2016-11-04 | Garcia-Margallo; José Manuel García-Margallo
Alfonso Dastis | ESPGOV | foreign minister | 2016-11-04 | 2018-06-07 | Dastis
Arancha Gonzalez Laya | ESPGOV | foreign minister | 2020-01-13 | 2021-07-12 | Arancha González Laya; Gonzalez Laya
# EST
Toomas Hendrik Ilves | ESTGOV | president | 2006-10-09 | 2016-10-10 | Ilves
Kersti Kaljulaid | ESTGOV | president | 2016-10-10 | 2021-10-11 | Kaljulaid
Alar Karis | ESTGOV | president | 2021-10-11 |  | Karis
Andrus Ansip | ESTGOV | prime minister | 2005-04-13 | 2014-03-26 | Ansip
Taavi Roivas | ESTGOV | prime minister | 2014-03-26 | 2016-11-23 | Roivas; Taavi Rõivas
Juri Ratas | ESTGOV | prime minister | 2016-11-23 | 2021-01-26 | Ratas; Jüri Ratas
Kristen Michal | ESTGOV | prime minister | 2024-07-23 |  | 
Urmas Paet | ESTGOV | foreign minister | 2005-04-13 | 2014-11-17 | Paet
Keit Pentus-Rosimannus | ESTGOV | foreign minister | 2014-11-17 | 2015-04-09 | Pentus-Rosimannus
Marina Kaljurand | ESTGOV | foreign minister | 2015-07-16 | 2016-10-12 | Kaljurand
Sven Mikser | ESTGOV | foreign minister | 2016-11-23 | 2019-04-29 | Mikser
Urmas Reinsalu | ESTGOV | foreign minister | 2019-04-29 | 2021-01-26 | Reinsalu
Eva-Maria Liimets | ESTGOV | foreign minister | 2021-01-26 | 2022-06-03 | Liimets
Urmas Reinsalu | ESTGOV | foreign minister | 2022-07-18 | 2023-04-17 | Reinsalu
Margus Tsahkna | ESTGOV | foreign minister | 2023-04-17 |  | Tsahkna
# ETH
Girma Wolde-Giorgis | ETHGOV | president | 2001-10-08 | 2013-10-07 | Girma Woldegiorgis
Mulatu Teshome | ETHGOV | president | 2013-10-07 | 2018-10-25 | Mulatu
Sahle-Work Zewde | ETHGOV | president | 2018-10-25 | 2024-10-07 | Sahle-Work
Taye Atske Selassie | ETHGOV | president | 2024-10-07 |  | Taye Atske-Selassie
Meles Zenawi | ETHGOV | prime minister | 1995-08-23 | 2012-08-20 | Meles
Hailemariam Desalegn | ETHGOV | prime minister | 2012-08-21 | 2018-04-02 | Hailemariam
Hailemariam Desalegn | ETHGOV | foreign minister | 2010-10-29 | 2012-11-29 | Hailemariam
# FIN
Tarja Halonen | FINGOV | president | 2000-03-01 | 2012-03-01 | Halonen
Jyrki Katainen | FINGOV | prime minister | 2011-06-22 | 2014-06-24 | Katainen
Juha Sipila | FINGOV | prime minister | 2015-05-29 | 2019-06-06 | Sipila; Juha Sipilä
Antti Rinne | FINGOV | prime minister | 2019-06-06 | 2019-12-10 | Rinne
Erkki Tuomioja | FINGOV | foreign minister | 2011-06-22 | 2015-05-29 | Tuomioja
Timo Soini | FINGOV | foreign minister | 2015-05-29 | 2019-06-06 | Soini
Pekka Haavisto | FINGOV | foreign minister | 2019-06-06 | 2023-06-20 | Haavisto
Elina Valtonen | FINGOV | foreign minister | 2023-06-20 |  | Valtonen
# FJI
Frank Bainimarama | FJIGOV | prime minister | 2007-01-05 | 2022-12-24 | Bainimarama; Voreqe Bainimarama
Sitiveni Rabuka | FJIGOV | prime minister | 2022-12-24 |  | Rabuka
# GAB
Raymond Ndong Sima | GABGOV | prime minister | 2012-02-27 | 2014-01-24 | Ndong Sima
Daniel Ona Ondo | GABGOV | prime minister | 2014-01-24 | 2016-09-28 | Ona Ondo
Emmanuel Issoze-Ngondet | GABGOV | prime minister | 2016-09-28 | 2019-01-12 | Issoze-Ngondet
Julien Nkoghe Bekale | GABGOV | prime minister | 2019-01-12 | 2020-07-16 | Nkoghe Bekale
Rose Christiane Ossouka Raponda | GABGOV | prime minister | 2020-07-16 | 2023-01-09 | Ossouka Raponda
Alain-Claude Bilie By Nze | GABGOV | prime minister | 2023-01-09 | 2023-08-30 | Bilie By Nze
Raymond Ndong Sima | GABGOV | prime minister | 2023-09-07 | 2025-05-04 | Ndong Sima
# GEO
Giorgi Margvelashvili | GEOGOV | president | 2013-11-17 | 2018-12-16 | Margvelashvili
Salome Zourabichvili | GEOGOV | president | 2018-12-16 | 2024-12-29 | Zourabichvili; Salome Zurabishvili
Mikheil Kavelashvili | GEOGOV | president | 2024-12-29 |  | Kavelashvili
Nika Gilauri | GEOGOV | prime minister | 2009-02-06 | 2012-07-04 | Gilauri
Vano Merabishvili | GEOGOV | prime minister | 2012-07-04 | 2012-10-25 | Merabishvili
Bidzina Ivanishvili | GEOGOV | prime minister | 2012-10-25 | 2013-11-20 | Ivanishvili
Irakli Garibashvili | GEOGOV | prime minister | 2013-11-20 | 2015-12-30 | Garibashvili; Irakli Gharibashvili
Giorgi Kvirikashvili | GEOGOV | prime minister | 2015-12-30 | 2018-06-20 | Kvirikashvili
Mamuka Bakhtadze | GEOGOV | prime minister | 2018-06-20 | 2019-09-08 | Bakhtadze
Giorgi Gakharia | GEOGOV | prime minister | 2019-09-08 | 2021-02-18 | Gakharia
Irakli Garibashvili | GEOGOV | prime minister | 2021-02-22 | 2024-02-08 | Garibashvili
Irakli Kobakhidze | GEOGOV | prime minister | 2024-02-08 |  | Kobakhidze
Maia Panjikidze | GEOGOV | foreign minister | 2012-10-25 | 2014-11-05 | Panjikidze
Giorgi Kvirikashvili | GEOGOV | foreign minister | 2015-09-01 | 2015-12-30 | Kvirikashvili
# GHA
John Atta Mills | GHAGOV | president | 2009-01-07 | 2012-07-24 | Atta Mills
John Dramani Mahama | GHAGOV | president | 2012-07-24 | 2017-01-07 | Mahama; John Mahama
Nana Akufo-Addo | GHAGOV | president | 2017-01-07 | 2025-01-07 | Akufo-Addo; Nana Addo Dankwa Akufo-Addo
John Dramani Mahama | GHAGOV | president | 2025-01-07 |  | Mahama; John Mahama
# GIN
Mamady Doumbouya | GINGOV | president | 2021-10-01 |  | Doumbouya
Mohamed Said Fofana | GINGOV | prime minister | 2010-12-24 | 2015-12-26 | Mohamed Saïd Fofana
Mamady Youla | GINGOV | prime minister | 2015-12-26 | 2018-05-22 | 
Ibrahima Kassory Fofana | GINGOV | prime minister | 2018-05-22 | 2021-09-05 | Kassory Fofana
Bernard Goumou | GINGOV | prime minister | 2022-08-20 | 2024-02-19 | Goumou
Amadou Oury Bah | GINGOV | prime minister | 2024-02-27 |  | 
# GNB
Umaro Sissoco Embalo | GNBGOV | president | 2020-02-27 | 2025-11-26 | Embalo; Umaro Sissoco Embaló
# GNQ
Teodoro Obiang Nguema Mbasogo | GNQGOV | president | 1979-08-03 |  | Teodoro Obiang; Obiang
# GRC
Karolos Papoulias | GRCGOV | president | 2005-03-12 | 2015-03-13 | Papoulias
Prokopis Pavlopoulos | GRCGOV | president | 2015-03-13 | 2020-03-13 | Pavlopoulos
Katerina Sakellaropoulou | GRCGOV | president | 2020-03-13 | 2025-03-13 | Sakellaropoulou
Konstantinos Tasoulas | GRCGOV | president | 2025-03-13 |  | Tasoulas
Lucas Papademos | GRCGOV | prime minister | 2011-11-11 | 2012-05-16 | Papademos; Loukas Papademos
Panagiotis Pikrammenos | GRCGOV | prime minister | 2012-05-16 | 2012-06-20 | Pikrammenos
Antonis Samaras | GRCGOV | prime minister | 2012-06-20 | 2015-01-26 | Samaras
Vassiliki Thanou | GRCGOV | prime minister | 2015-08-27 | 2015-09-21 | Thanou
Ioannis Sarmas | GRCGOV | prime minister | 2023-05-25 | 2023-06-26 | Sarmas
Stavros Dimas | GRCGOV | foreign minister | 2011-11-11 | 2012-05-17 | 
Dimitris Avramopoulos | GRCGOV | foreign minister | 2012-06-21 | 2013-06-25 | Avramopoulos
Evangelos Venizelos | GRCGOV | foreign minister | 2013-06-25 | 2015-01-27 | Venizelos
Nikos Kotzias | GRCGOV | foreign minister | 2015-01-27 | 2018-10-17 | Kotzias
Giorgos Katrougalos | GRCGOV | foreign minister | 2019-02-15 | 2019-07-09 | Katrougalos; George Katrougalos
Nikos Dendias | GRCGOV | foreign minister | 2019-07-09 | 2023-06-26 | Dendias
George Gerapetritis | GRCGOV | foreign minister | 2023-06-27 |  | Gerapetritis; Giorgos Gerapetritis
# GTM
Alvaro Colom | GTMGOV | president | 2008-01-14 | 2012-01-14 | Álvaro Colom
Otto Perez Molina | GTMGOV | president | 2012-01-14 | 2015-09-03 | Otto Pérez Molina; Perez Molina
Alejandro Maldonado | GTMGOV | president | 2015-09-03 | 2016-01-14 | 
Jimmy Morales | GTMGOV | president | 2016-01-14 | 2020-01-14 | 
Alejandro Giammattei | GTMGOV | president | 2020-01-14 | 2024-01-14 | Giammattei
Bernardo Arevalo | GTMGOV | president | 2024-01-15 |  | Bernardo Arévalo; Arevalo; Arévalo
# GUY
Donald Ramotar | GUYGOV | president | 2011-12-03 | 2015-05-16 | Ramotar
David Granger | GUYGOV | president | 2015-05-16 | 2020-08-02 | 
Irfaan Ali | GUYGOV | president | 2020-08-02 |  | Mohamed Irfaan Ali
# HND
Porfirio Lobo | HNDGOV | president | 2010-01-27 | 2014-01-27 | Porfirio Lobo Sosa
Juan Orlando Hernandez | HNDGOV | president | 2014-01-27 | 2022-01-27 | Juan Orlando Hernández
Xiomara Castro | HNDGOV | president | 2022-01-27 |  | 
# HRV
Ivo Josipovic | HRVGOV | president | 2010-02-18 | 2015-02-19 | Josipovic; Ivo Josipović
Kolinda Grabar-Kitarovic | HRVGOV | president | 2015-02-19 | 2020-02-19 | Grabar-Kitarovic; Kolinda Grabar-Kitarović
Zoran Milanovic | HRVGOV | president | 2020-02-19 |  | Milanovic; Zoran Milanović
Zoran Milanovic | HRVGOV | prime minister | 2011-12-23 | 2016-01-22 | Milanovic
Tihomir Oreskovic | HRVGOV | prime minister | 2016-01-22 | 2016-10-19 | Oreskovic; Tihomir Orešković
Andrej Plenkovic | HRVGOV | prime minister | 2016-10-19 |  | Plenkovic; Andrej Plenković
Vesna Pusic | HRVGOV | foreign minister | 2011-12-23 | 2016-01-22 | Vesna Pusić
Miro Kovac | HRVGOV | foreign minister | 2016-01-22 | 2016-10-19 | Miro Kovač
Davor Ivo Stier | HRVGOV | foreign minister | 2016-10-19 | 2017-06-19 | 
Marija Pejcinovic Buric | HRVGOV | foreign minister | 2017-06-19 | 2019-07-19 | Pejcinovic Buric; Marija Pejčinović Burić
Gordan Grlic Radman | HRVGOV | foreign minister | 2019-07-19 |  | Grlic Radman; Gordan Grlić Radman
# HTI
Michel Martelly | HTIGOV | president | 2011-05-14 | 2016-02-07 | Martelly
Jocelerme Privert | HTIGOV | president | 2016-02-14 | 2017-02-07 | Privert
Jovenel Moise | HTIGOV | president | 2017-02-07 | 2021-07-07 | Jovenel Moïse; Moise; Moïse
Garry Conille | HTIGOV | prime minister | 2011-10-18 | 2012-05-16 | Conille
Laurent Lamothe | HTIGOV | prime minister | 2012-05-16 | 2014-12-20 | Lamothe
Evans Paul | HTIGOV | prime minister | 2015-01-16 | 2016-02-26 | 
Jack Guy Lafontant | HTIGOV | prime minister | 2017-02-22 | 2018-09-16 | Lafontant
Jean-Henry Ceant | HTIGOV | prime minister | 2018-09-17 | 2019-03-21 | Jean-Henry Céant; Ceant
Joseph Jouthe | HTIGOV | prime minister | 2020-03-04 | 2021-04-14 | Jouthe
Claude Joseph | HTIGOV | prime minister | 2021-04-14 | 2021-07-20 | 
Ariel Henry | HTIGOV | prime minister | 2021-07-20 | 2024-04-25 | 
Garry Conille | HTIGOV | prime minister | 2024-06-03 | 2024-11-11 | Conille
Alix Didier Fils-Aime | HTIGOV | prime minister | 2024-11-11 |  | Alix Didier Fils-Aimé; Fils-Aime; Fils-Aimé
# HUN
Pal Schmitt | HUNGOV | president | 2010-08-06 | 2012-04-02 | Pál Schmitt
Janos Ader | HUNGOV | president | 2012-05-10 | 2022-05-10 | János Áder; Ader
Katalin Novak | HUNGOV | president | 2022-05-10 | 2024-02-26 | Katalin Novák
Tamas Sulyok | HUNGOV | president | 2024-03-05 |  | Tamás Sulyok; Sulyok
Janos Martonyi | HUNGOV | foreign minister | 2010-05-29 | 2014-06-06 | János Martonyi; Martonyi
Tibor Navracsics | HUNGOV | foreign minister | 2014-06-06 | 2014-09-23 | Navracsics
Peter Szijjarto | HUNGOV | foreign minister | 2014-09-23 |  | Szijjarto; Péter Szijjártó; Szijjártó
# IRL
Michael D. Higgins | IRLGOV | president | 2011-11-11 | 2025-11-11 | Michael Higgins
Catherine Connolly | IRLGOV | president | 2025-11-11 |  | 
Enda Kenny | IRLGOV | prime minister | 2011-03-09 | 2017-06-14 | Enda Kenny
Leo Varadkar | IRLGOV | prime minister | 2017-06-14 | 2020-06-27 | Varadkar
Micheal Martin | IRLGOV | prime minister | 2020-06-27 | 2022-12-17 | Micheál Martin
Leo Varadkar | IRLGOV | prime minister | 2022-12-17 | 2024-04-09 | Varadkar
Simon Harris | IRLGOV | prime minister | 2024-04-09 | 2025-01-23 | 
Micheal Martin | IRLGOV | prime minister | 2025-01-23 |  | Micheál Martin
Eamon Gilmore | IRLGOV | foreign minister | 2011-03-09 | 2014-07-11 | Gilmore
Charles Flanagan | IRLGOV | foreign minister | 2014-07-11 | 2017-06-14 | 
Simon Coveney | IRLGOV | foreign minister | 2017-06-14 | 2022-12-17 | Coveney
Micheal Martin | IRLGOV | foreign minister | 2022-12-17 | 2025-01-23 | Micheál Martin
Simon Harris | IRLGOV | foreign minister | 2025-01-23 | 2025-11-18 | 
Helen McEntee | IRLGOV | foreign minister | 2025-11-18 |  | McEntee
# IRQ
Hoshyar Zebari | IRQGOV | foreign minister | 2003-09-03 | 2014-09-08 | Zebari
Ibrahim al-Jaafari | IRQGOV | foreign minister | 2014-09-08 | 2018-10-25 | Jaafari; al-Jaafari
Mohamed Ali Alhakim | IRQGOV | foreign minister | 2018-10-25 | 2020-06-06 | Mohammed Ali al-Hakim; Alhakim
Fuad Hussein | IRQGOV | foreign minister | 2020-06-06 |  | Fouad Hussein
# ISL
Olafur Ragnar Grimsson | ISLGOV | president | 1996-08-01 | 2016-08-01 | Ólafur Ragnar Grímsson; Grimsson
Gudni Johannesson | ISLGOV | president | 2016-08-01 | 2024-08-01 | Gudni Th. Johannesson; Guðni Th. Jóhannesson
Halla Tomasdottir | ISLGOV | president | 2024-08-01 |  | Halla Tómasdóttir
Johanna Sigurdardottir | ISLGOV | prime minister | 2009-02-01 | 2013-05-23 | Jóhanna Sigurðardóttir
Sigmundur David Gunnlaugsson | ISLGOV | prime minister | 2013-05-23 | 2016-04-07 | Gunnlaugsson; Sigmundur Davíð Gunnlaugsson
Sigurdur Ingi Johannsson | ISLGOV | prime minister | 2016-04-07 | 2017-01-11 | Sigurður Ingi Jóhannsson
Bjarni Benediktsson | ISLGOV | prime minister | 2017-01-11 | 2017-11-30 | Benediktsson
Katrin Jakobsdottir | ISLGOV | prime minister | 2017-11-30 | 2024-04-09 | Katrín Jakobsdóttir; Jakobsdottir
Bjarni Benediktsson | ISLGOV | prime minister | 2024-04-09 | 2024-12-21 | Benediktsson
Kristrun Frostadottir | ISLGOV | prime minister | 2024-12-21 |  | Kristrún Frostadóttir; Frostadottir
Gunnar Bragi Sveinsson | ISLGOV | foreign minister | 2013-05-23 | 2016-04-07 | 
Lilja Alfredsdottir | ISLGOV | foreign minister | 2016-04-07 | 2017-01-11 | Lilja Alfreðsdóttir
Gudlaugur Thor Thordarson | ISLGOV | foreign minister | 2017-01-11 | 2021-11-28 | Guðlaugur Þór Þórðarson
Thordis Kolbrun Reykfjord Gylfadottir | ISLGOV | foreign minister | 2021-11-28 | 2023-10-14 | Thordis Gylfadottir; Þórdís Kolbrún Reykfjörð Gylfadóttir
Bjarni Benediktsson | ISLGOV | foreign minister | 2023-10-14 | 2024-04-09 | Benediktsson
Thordis Kolbrun Reykfjord Gylfadottir | ISLGOV | foreign minister | 2024-04-09 | 2024-12-21 | Thordis Gylfadottir
Thorgerdur Katrin Gunnarsdottir | ISLGOV | foreign minister | 2024-12-21 |  | Þorgerður Katrín Gunnarsdóttir
# ISR
Gabi Ashkenazi | ISRGOV | foreign minister | 2020-05-17 | 2021-06-13 | Ashkenazi; Gabi Ashkenazi
Eli Cohen | ISRGOV | foreign minister | 2022-12-29 | 2024-01-01 | 
# JAM
Andrew Holness | JAMGOV | prime minister | 2011-10-23 | 2012-01-05 | Holness
Portia Simpson-Miller | JAMGOV | prime minister | 2012-01-05 | 2016-03-03 | Simpson-Miller
Andrew Holness | JAMGOV | prime minister | 2016-03-03 |  | Holness
# JOR
Awn Khasawneh | JORGOV | prime minister | 2011-10-24 | 2012-05-02 | Awn al-Khasawneh
Fayez Tarawneh | JORGOV | prime minister | 2012-05-02 | 2012-10-11 | Tarawneh; Fayez al-Tarawneh
Abdullah Ensour | JORGOV | prime minister | 2012-10-11 | 2016-06-01 | Ensour; Abdullah al-Nsour
Hani Mulki | JORGOV | prime minister | 2016-06-01 | 2018-06-14 | Mulki; Hani al-Mulki
Omar Razzaz | JORGOV | prime minister | 2018-06-14 | 2020-10-12 | Razzaz; Omar al-Razzaz
Bisher Al-Khasawneh | JORGOV | prime minister | 2020-10-12 | 2024-09-18 | Bisher Khasawneh; Bishr al-Khasawneh
Jafar Hassan | JORGOV | prime minister | 2024-09-18 |  | Jaafar Hassan
Nasser Judeh | JORGOV | foreign minister | 2009-02-23 | 2017-01-15 | Judeh
# KAZ
Karim Massimov | KAZGOV | prime minister | 2007-01-10 | 2012-09-24 | Massimov; Karim Masimov
Serik Akhmetov | KAZGOV | prime minister | 2012-09-24 | 2014-04-02 | 
Karim Massimov | KAZGOV | prime minister | 2014-04-02 | 2016-09-08 | Massimov
Bakhytzhan Sagintayev | KAZGOV | prime minister | 2016-09-09 | 2019-02-21 | Sagintayev
Askar Mamin | KAZGOV | prime minister | 2019-02-25 | 2022-01-05 | Mamin
Alikhan Smailov | KAZGOV | prime minister | 2022-01-11 | 2024-02-05 | Smailov
Olzhas Bektenov | KAZGOV | prime minister | 2024-02-06 |  | Bektenov; Oljas Bektenov
Yerzhan Kazykhanov | KAZGOV | foreign minister | 2011-04-13 | 2012-09-28 | Kazykhanov
Erlan Idrissov | KAZGOV | foreign minister | 2012-09-28 | 2016-12-28 | Idrissov; Yerlan Idrissov
Kairat Abdrakhmanov | KAZGOV | foreign minister | 2016-12-28 | 2018-12-26 | Abdrakhmanov
Beibut Atamkulov | KAZGOV | foreign minister | 2018-12-26 | 2019-09-18 | Atamkulov
Mukhtar Tileuberdi | KAZGOV | foreign minister | 2019-09-18 | 2023-04-01 | Tileuberdi
Murat Nurtleu | KAZGOV | foreign minister | 2023-04-01 | 2025-02-03 | Nurtleu
Yermek Kosherbayev | KAZGOV | foreign minister | 2025-02-03 |  | Kosherbayev
# KEN
Mwai Kibaki | KENGOV | president | 2002-12-30 | 2013-04-09 | Kibaki
Raila Odinga | KENGOV | prime minister | 2008-04-17 | 2013-04-09 | Odinga
Amina Mohamed | KENGOV | foreign minister | 2013-05-15 | 2018-01-26 | 
Monica Juma | KENGOV | foreign minister | 2018-01-26 | 2020-03-02 | 
Raychelle Omamo | KENGOV | foreign minister | 2020-03-02 | 2022-10-27 | Omamo
Alfred Mutua | KENGOV | foreign minister | 2022-10-27 | 2023-10-04 | 
Musalia Mudavadi | KENGOV | foreign minister | 2023-10-04 |  | Mudavadi
# KGZ
Almazbek Atambayev | KGZGOV | president | 2011-12-01 | 2017-11-24 | Atambayev
Sooronbay Jeenbekov | KGZGOV | president | 2017-11-24 | 2020-10-15 | Jeenbekov; Sooronbai Jeenbekov
Sadyr Japarov | KGZGOV | president | 2021-01-28 |  | Sadyr Zhaparov
Omurbek Babanov | KGZGOV | prime minister | 2011-12-23 | 2012-09-05 | Babanov
Jantoro Satybaldiyev | KGZGOV | prime minister | 2012-09-06 | 2014-03-25 | Satybaldiyev
Djoomart Otorbaev | KGZGOV | prime minister | 2014-04-03 | 2015-04-30 | Otorbaev
Temir Sariyev | KGZGOV | prime minister | 2015-05-02 | 2016-04-13 | Sariyev
Sooronbay Jeenbekov | KGZGOV | prime minister | 2016-04-13 | 2017-08-22 | Jeenbekov
Sapar Isakov | KGZGOV | prime minister | 2017-08-22 | 2018-04-20 | 
Mukhammedkalyi Abylgaziev | KGZGOV | prime minister | 2018-04-20 | 2020-06-15 | Abylgaziev
Kubatbek Boronov | KGZGOV | prime minister | 2020-06-17 | 2020-10-06 | Boronov
Akylbek Japarov | KGZGOV | prime minister | 2021-10-12 | 2024-12-16 | Akylbek Zhaparov
Adylbek Kasymaliev | KGZGOV | prime minister | 2024-12-16 |  | Kasymaliev
# KHM
Hun Manet | KHMGOV | prime minister | 2023-08-22 |  | 
Hor Namhong | KHMGOV | foreign minister | 1998-11-30 | 2016-04-04 | 
Prak Sokhonn | KHMGOV | foreign minister | 2016-04-04 | 2023-08-22 | 
Sok Chenda Sophea | KHMGOV | foreign minister | 2023-08-22 |  | 
# KOR
Kim Hwang-sik | KORGOV | prime minister | 2010-10-01 | 2013-02-26 | 
Chung Hong-won | KORGOV | prime minister | 2013-02-26 | 2015-02-17 | 
Lee Wan-koo | KORGOV | prime minister | 2015-02-17 | 2015-04-27 | 
Hwang Kyo-ahn | KORGOV | prime minister | 2015-06-18 | 2017-05-11 | 
Lee Nak-yon | KORGOV | prime minister | 2017-05-31 | 2020-01-14 | Lee Nak-yeon
Chung Sye-kyun | KORGOV | prime minister | 2020-01-14 | 2021-04-16 | 
Kim Boo-kyum | KORGOV | prime minister | 2021-05-14 | 2022-05-12 | 
Han Duck-soo | KORGOV | prime minister | 2022-05-21 | 2025-06-04 | 
Kim Min-seok | KORGOV | prime minister | 2025-07-03 |  | 
# KWT
Sabah al-Ahmad al-Jaber al-Sabah | KWTGOV | emir | 2006-01-29 | 2020-09-29 | Sheikh Sabah al-Ahmad
Nawaf al-Ahmad al-Jaber al-Sabah | KWTGOV | emir | 2020-09-29 | 2023-12-16 | Sheikh Nawaf al-Ahmad; Sheikh Nawaf
Jaber al-Mubarak al-Hamad al-Sabah | KWTGOV | prime minister | 2011-11-30 | 2019-11-19 | Sheikh Jaber al-Mubarak
Sabah al-Khalid al-Hamad al-Sabah | KWTGOV | prime minister | 2019-11-19 | 2022-07-24 | Sheikh Sabah al-Khalid; Sabah al-Khalid al-Sabah
Ahmad Nawaf al-Ahmad al-Sabah | KWTGOV | prime minister | 2022-07-24 | 2024-01-04 | Sheikh Ahmad Nawaf; Ahmad Nawaf al-Sabah
Mohammad Sabah al-Salem al-Sabah | KWTGOV | prime minister | 2024-01-04 | 2024-05-15 | Sheikh Mohammad Sabah al-Salem
Ahmad Abdullah al-Ahmad al-Sabah | KWTGOV | prime minister | 2024-05-15 |  | Sheikh Ahmad Abdullah al-Ahmad
Sabah al-Khalid al-Hamad al-Sabah | KWTGOV | foreign minister | 2011-10-23 | 2019-11-19 | Sheikh Sabah al-Khalid; Sabah al-Khalid al-Sabah
Ahmad Nasser al-Mohammad al-Sabah | KWTGOV | foreign minister | 2019-12-17 | 2022-10-16 | Sheikh Ahmad Nasser al-Mohammad
Salem Abdullah al-Jaber al-Sabah | KWTGOV | foreign minister | 2022-10-16 | 2024-01-17 | Sheikh Salem Abdullah al-Jaber
Abdullah Ali al-Yahya | KWTGOV | foreign minister | 2024-01-17 |  | Abdullah al-Yahya
# LAO
Choummaly Sayasone | LAOGOV | president | 2006-06-08 | 2016-04-20 | Choummaly
Bounnhang Vorachith | LAOGOV | president | 2016-04-20 | 2021-03-22 | Bounnhang
Thongloun Sisoulith | LAOGOV | president | 2021-03-22 |  | Thongloun
Thongsing Thammavong | LAOGOV | prime minister | 2010-12-23 | 2016-04-20 | Thongsing
Thongloun Sisoulith | LAOGOV | prime minister | 2016-04-20 | 2021-03-22 | Thongloun
Phankham Viphavanh | LAOGOV | prime minister | 2021-03-22 | 2022-12-30 | Phankham
Sonexay Siphandone | LAOGOV | prime minister | 2022-12-30 |  | Sonexay
# LBN
Michel Suleiman | LBNGOV | president | 2008-05-25 | 2014-05-25 | Michel Sleiman; Sleiman
Joseph Aoun | LBNGOV | president | 2025-01-09 |  | 
Tammam Salam | LBNGOV | prime minister | 2014-02-15 | 2016-12-18 | 
Saad Hariri | LBNGOV | prime minister | 2016-12-18 | 2020-01-21 | Hariri; Saad al-Hariri
Hassan Diab | LBNGOV | prime minister | 2020-01-21 | 2021-09-10 | 
Nawaf Salam | LBNGOV | prime minister | 2025-02-08 |  | 
Adnan Mansour | LBNGOV | foreign minister | 2011-06-13 | 2014-02-15 | 
Gebran Bassil | LBNGOV | foreign minister | 2014-02-15 | 2020-01-21 | Bassil; Gibran Bassil
Nassif Hitti | LBNGOV | foreign minister | 2020-01-21 | 2020-08-03 | Hitti
Charbel Wehbe | LBNGOV | foreign minister | 2020-08-03 | 2021-05-19 | Wehbe
Abdallah Bou Habib | LBNGOV | foreign minister | 2021-09-10 | 2025-02-08 | Bou Habib; Abdullah Bou Habib
Youssef Rajji | LBNGOV | foreign minister | 2025-02-08 |  | Rajji; Youssef Raggi; Raggi
# LBR
Ellen Johnson Sirleaf | LBRGOV | president | 2006-01-16 | 2018-01-22 | Johnson Sirleaf; Sirleaf
George Weah | LBRGOV | president | 2018-01-22 | 2024-01-22 | Weah
Joseph Boakai | LBRGOV | president | 2024-01-22 |  | Boakai; Joseph Nyuma Boakai
# LBY
Mohammed Magariaf | LBYGOV | president | 2012-08-09 | 2013-05-28 | Magariaf; Mohamed al-Magariaf; Mohammed el-Megarif
Abdurrahim El-Keib | LBYGOV | prime minister | 2011-11-24 | 2012-11-14 | Abdel Rahim al-Keib; El-Keib; al-Keib
Ali Zeidan | LBYGOV | prime minister | 2012-11-14 | 2014-03-11 | Zeidan
Abdullah al-Thinni | LBYGOV | prime minister | 2014-03-11 | 2021-03-15 | Thinni; Abdullah al-Thani
Fayez al-Sarraj | LBYGOV | prime minister | 2016-03-30 | 2021-03-15 | Sarraj; Fayez al-Serraj; Serraj
Fathi Bashagha | LBYGOV | prime minister | 2022-03-03 | 2023-05-16 | Bashagha; Fathi Bashaga
# LKA
Mahinda Rajapaksa | LKAGOV | president | 2005-11-19 | 2015-01-09 | 
Maithripala Sirisena | LKAGOV | president | 2015-01-09 | 2019-11-18 | Sirisena
Anura Kumara Dissanayake | LKAGOV | president | 2024-09-23 |  | Anura Kumara Dissanayaka
D. M. Jayaratne | LKAGOV | prime minister | 2010-04-21 | 2015-01-09 | Jayaratne
Mahinda Rajapaksa | LKAGOV | prime minister | 2019-11-21 | 2022-05-09 | 
Dinesh Gunawardena | LKAGOV | prime minister | 2022-07-22 | 2024-09-23 | 
Harini Amarasuriya | LKAGOV | prime minister | 2024-09-24 |  | Amarasuriya
G. L. Peiris | LKAGOV | foreign minister | 2010-04-23 | 2015-01-12 | G.L. Peiris
Mangala Samaraweera | LKAGOV | foreign minister | 2015-01-12 | 2017-05-22 | Samaraweera
Tilak Marapana | LKAGOV | foreign minister | 2017-08-15 | 2019-11-22 | Marapana
Dinesh Gunawardena | LKAGOV | foreign minister | 2019-11-22 | 2021-08-16 | 
G. L. Peiris | LKAGOV | foreign minister | 2021-08-16 | 2022-05-09 | 
Ali Sabry | LKAGOV | foreign minister | 2022-07-22 | 2024-09-23 | 
Vijitha Herath | LKAGOV | foreign minister | 2024-09-24 |  | 
# LSO
Pakalitha Mosisili | LSOGOV | prime minister | 1998-05-23 | 2012-06-08 | Mosisili
Tom Thabane | LSOGOV | prime minister | 2012-06-08 | 2015-03-17 | Thabane
Pakalitha Mosisili | LSOGOV | prime minister | 2015-03-17 | 2017-06-16 | Mosisili
Tom Thabane | LSOGOV | prime minister | 2017-06-16 | 2020-05-19 | Thabane
Moeketsi Majoro | LSOGOV | prime minister | 2020-05-20 | 2022-10-28 | Majoro
Sam Matekane | LSOGOV | prime minister | 2022-10-28 |  | Matekane
# LTU
Dalia Grybauskaite | LTUGOV | president | 2009-07-12 | 2019-07-12 | Grybauskaite; Dalia Grybauskaitė
Gitanas Nauseda | LTUGOV | president | 2019-07-12 |  | Nauseda; Gitanas Nausėda
Andrius Kubilius | LTUGOV | prime minister | 2008-12-09 | 2012-12-13 | Kubilius
Algirdas Butkevicius | LTUGOV | prime minister | 2012-12-13 | 2016-12-13 | Butkevicius; Algirdas Butkevičius
Saulius Skvernelis | LTUGOV | prime minister | 2016-12-13 | 2020-12-11 | Skvernelis
Ingrida Simonyte | LTUGOV | prime minister | 2020-12-11 | 2024-12-12 | Simonyte; Ingrida Šimonytė
Gintautas Paluckas | LTUGOV | prime minister | 2024-12-12 | 2025-08-26 | Paluckas
Inga Ruginiene | LTUGOV | prime minister | 2025-08-26 |  | Ruginiene; Inga Ruginienė; Ruginienė
Audronius Azubalis | LTUGOV | foreign minister | 2010-01-22 | 2012-12-13 | Azubalis; Audronius Ažubalis
Linas Linkevicius | LTUGOV | foreign minister | 2012-12-13 | 2020-12-11 | Linkevicius; Linas Linkevičius
Gabrielius Landsbergis | LTUGOV | foreign minister | 2020-12-11 | 2024-12-12 | Landsbergis
Kestutis Budrys | LTUGOV | foreign minister | 2024-12-12 |  | Budrys; Kęstutis Budrys
# LUX
Xavier Bettel | LUXGOV | prime minister | 2013-12-04 | 2023-11-17 | Bettel
Luc Frieden | LUXGOV | prime minister | 2023-11-17 |  | 
Jean Asselborn | LUXGOV | foreign minister | 2004-07-31 | 2023-11-17 | Asselborn
Xavier Bettel | LUXGOV | foreign minister | 2023-11-17 |  | Bettel
# LVA
Andris Berzins | LVAGOV | president | 2011-07-08 | 2015-07-08 | Andris Bērziņš
Raimonds Vejonis | LVAGOV | president | 2015-07-08 | 2019-07-08 | Vejonis; Raimonds Vējonis
Egils Levits | LVAGOV | president | 2019-07-08 | 2023-07-08 | Levits
Edgars Rinkevics | LVAGOV | president | 2023-07-08 |  | Rinkevics; Edgars Rinkēvičs
Valdis Dombrovskis | LVAGOV | prime minister | 2009-03-12 | 2014-01-22 | Dombrovskis
Laimdota Straujuma | LVAGOV | prime minister | 2014-01-22 | 2016-02-11 | Straujuma
Maris Kucinskis | LVAGOV | prime minister | 2016-02-11 | 2019-01-23 | Kucinskis; Māris Kučinskis
Krisjanis Karins | LVAGOV | prime minister | 2019-01-23 | 2023-09-15 | Karins; Krišjānis Kariņš
Evika Silina | LVAGOV | prime minister | 2023-09-15 |  | Silina; Evika Siliņa
Edgars Rinkevics | LVAGOV | foreign minister | 2011-10-25 | 2023-07-07 | Rinkevics
Krisjanis Karins | LVAGOV | foreign minister | 2023-09-15 | 2024-04-01 | Karins
Baiba Braze | LVAGOV | foreign minister | 2024-04-01 |  | Baiba Braže
# MAR
Abdelilah Benkirane | MARGOV | prime minister | 2011-11-29 | 2017-03-17 | Benkirane; Abdelilah Benkiran
Saadeddine Othmani | MARGOV | prime minister | 2017-03-17 | 2021-10-07 | Othmani; Saad-Eddine El Othmani; Saad Eddine El Othmani
Aziz Akhannouch | MARGOV | prime minister | 2021-10-07 |  | Akhannouch
Saadeddine Othmani | MARGOV | foreign minister | 2012-01-03 | 2013-10-10 | Othmani; Saad-Eddine El Othmani
Salaheddine Mezouar | MARGOV | foreign minister | 2013-10-10 | 2017-04-05 | Mezouar
# MDA
Nicolae Timofti | MDAGOV | president | 2012-03-23 | 2016-12-23 | Timofti
Igor Dodon | MDAGOV | president | 2016-12-23 | 2020-12-24 | Dodon
Maia Sandu | MDAGOV | president | 2020-12-24 |  | Sandu
Vlad Filat | MDAGOV | prime minister | 2009-09-25 | 2013-04-25 | Filat
Iurie Leanca | MDAGOV | prime minister | 2013-04-25 | 2015-02-18 | Leanca; Iurie Leancă
Chiril Gaburici | MDAGOV | prime minister | 2015-02-18 | 2015-06-22 | Gaburici
Valeriu Strelet | MDAGOV | prime minister | 2015-07-30 | 2015-10-29 | Strelet
Pavel Filip | MDAGOV | prime minister | 2016-01-20 | 2019-06-08 | 
Maia Sandu | MDAGOV | prime minister | 2019-06-08 | 2019-11-14 | Sandu
Ion Chicu | MDAGOV | prime minister | 2019-11-14 | 2020-12-31 | Chicu
Natalia Gavrilita | MDAGOV | prime minister | 2021-08-06 | 2023-02-16 | Gavrilita; Natalia Gavrilița
Dorin Recean | MDAGOV | prime minister | 2023-02-16 | 2025-11-01 | Recean
Alexandru Munteanu | MDAGOV | prime minister | 2025-11-01 |  | 
Iurie Leanca | MDAGOV | foreign minister | 2009-09-25 | 2013-04-25 | Leanca
Natalia Gherman | MDAGOV | foreign minister | 2013-05-30 | 2016-01-20 | Gherman
Nicu Popescu | MDAGOV | foreign minister | 2019-06-08 | 2019-11-14 | 
Nicu Popescu | MDAGOV | foreign minister | 2021-08-06 | 2024-01-29 | 
Mihai Popsoi | MDAGOV | foreign minister | 2024-01-29 |  | Popsoi; Mihai Popșoi
# MDG
Andry Rajoelina | MDGGOV | president | 2009-03-17 | 2014-01-25 | Rajoelina
Hery Rajaonarimampianina | MDGGOV | president | 2014-01-25 | 2018-09-07 | Rajaonarimampianina
Andry Rajoelina | MDGGOV | president | 2019-01-19 | 2025-10-14 | Rajoelina
Michael Randrianirina | MDGGOV | president | 2025-10-17 |  | Randrianirina
Christian Ntsay | MDGGOV | prime minister | 2018-06-06 | 2025-10-06 | Ntsay
# MDV
Mohamed Nasheed | MDVGOV | president | 2008-11-11 | 2012-02-07 | Nasheed
Mohamed Waheed Hassan | MDVGOV | president | 2012-02-07 | 2013-11-17 | 
Abdulla Yameen | MDVGOV | president | 2013-11-17 | 2018-11-17 | Yameen
Ibrahim Mohamed Solih | MDVGOV | president | 2018-11-17 | 2023-11-17 | Solih
Mohamed Muizzu | MDVGOV | president | 2023-11-17 |  | Muizzu
# MKD
Gjorge Ivanov | MKDGOV | president | 2009-05-12 | 2019-05-12 | Gjorge Ivanov
Stevo Pendarovski | MKDGOV | president | 2019-05-12 | 2024-05-12 | Pendarovski
Gordana Siljanovska-Davkova | MKDGOV | president | 2024-05-12 |  | Siljanovska-Davkova
Nikola Gruevski | MKDGOV | prime minister | 2006-08-27 | 2016-01-18 | Gruevski
Emil Dimitriev | MKDGOV | prime minister | 2016-01-18 | 2017-05-31 | 
Zoran Zaev | MKDGOV | prime minister | 2017-05-31 | 2020-01-03 | Zaev
Oliver Spasovski | MKDGOV | prime minister | 2020-01-03 | 2020-08-31 | Spasovski
Zoran Zaev | MKDGOV | prime minister | 2020-08-31 | 2022-01-16 | Zaev
Dimitar Kovachevski | MKDGOV | prime minister | 2022-01-17 | 2024-01-28 | Kovachevski
Talat Xhaferi | MKDGOV | prime minister | 2024-01-28 | 2024-06-23 | Xhaferi
Hristijan Mickoski | MKDGOV | prime minister | 2024-06-23 |  | Mickoski
Nikola Poposki | MKDGOV | foreign minister | 2011-07-28 | 2017-05-31 | Poposki
Nikola Dimitrov | MKDGOV | foreign minister | 2017-06-01 | 2020-08-31 | 
Bujar Osmani | MKDGOV | foreign minister | 2020-08-31 | 2024-06-23 | 
Timco Mucunski | MKDGOV | foreign minister | 2024-06-23 |  | Mucunski; Timčo Mucunski
# MLI
Amadou Toumani Toure | MLIGOV | president | 2002-06-08 | 2012-03-22 | Amadou Toumani Touré; ATT
Dioncounda Traore | MLIGOV | president | 2012-04-12 | 2013-09-04 | Dioncounda Traoré
Ibrahim Boubacar Keita | MLIGOV | president | 2013-09-04 | 2020-08-18 | Ibrahim Boubacar Keïta; IBK
Bah Ndaw | MLIGOV | president | 2020-09-25 | 2021-05-24 | Ndaw
Assimi Goita | MLIGOV | president | 2021-06-07 |  | Goita; Assimi Goïta; Goïta
Cheick Modibo Diarra | MLIGOV | prime minister | 2012-04-17 | 2012-12-11 | 
Django Sissoko | MLIGOV | prime minister | 2012-12-11 | 2013-09-05 | 
Oumar Tatam Ly | MLIGOV | prime minister | 2013-09-05 | 2014-04-05 | Tatam Ly
Moussa Mara | MLIGOV | prime minister | 2014-04-05 | 2015-01-09 | 
Modibo Keita | MLIGOV | prime minister | 2015-01-09 | 2017-04-08 | Modibo Keïta
Abdoulaye Idrissa Maiga | MLIGOV | prime minister | 2017-04-08 | 2017-12-30 | Abdoulaye Idrissa Maïga
Soumeylou Boubeye Maiga | MLIGOV | prime minister | 2017-12-30 | 2019-04-22 | Soumeylou Boubèye Maïga
Boubou Cisse | MLIGOV | prime minister | 2019-04-22 | 2020-08-18 | Boubou Cissé
Moctar Ouane | MLIGOV | prime minister | 2020-09-27 | 2021-05-24 | 
Choguel Kokalla Maiga | MLIGOV | prime minister | 2021-06-07 | 2024-11-20 | Choguel Maiga; Choguel Kokalla Maïga
Abdoulaye Maiga | MLIGOV | prime minister | 2024-11-21 |  | Abdoulaye Maïga
# MLT
Marie-Louise Coleiro Preca | MLTGOV | president | 2014-04-04 | 2019-04-04 | Coleiro Preca
George Vella | MLTGOV | president | 2019-04-04 | 2024-04-04 | 
Myriam Spiteri Debono | MLTGOV | president | 2024-04-04 |  | Spiteri Debono
Lawrence Gonzi | MLTGOV | prime minister | 2004-03-23 | 2013-03-11 | Gonzi
Joseph Muscat | MLTGOV | prime minister | 2013-03-11 | 2020-01-13 | 
Robert Abela | MLTGOV | prime minister | 2020-01-13 |  | 
George Vella | MLTGOV | foreign minister | 2013-03-13 | 2017-06-09 | 
Evarist Bartolo | MLTGOV | foreign minister | 2020-01-15 | 2022-03-30 | Bartolo
Ian Borg | MLTGOV | foreign minister | 2022-03-30 |  | 
# MMR
Thein Sein | MMRGOV | president | 2011-03-30 | 2016-03-30 | 
Htin Kyaw | MMRGOV | president | 2016-03-30 | 2018-03-21 | 
Wunna Maung Lwin | MMRGOV | foreign minister | 2011-03-30 | 2016-03-30 | 
Wunna Maung Lwin | MMRGOV | foreign minister | 2021-02-01 | 2023-02-01 | 
Than Swe | MMRGOV | foreign minister | 2023-02-01 |  | 
# MNE
Filip Vujanovic | MNEGOV | president | 2003-05-22 | 2018-05-20 | Vujanovic; Filip Vujanović
Milo Djukanovic | MNEGOV | president | 2018-05-20 | 2023-05-20 | Djukanovic; Milo Đukanović
Jakov Milatovic | MNEGOV | president | 2023-05-20 |  | Milatovic; Jakov Milatović
Igor Luksic | MNEGOV | prime minister | 2010-12-29 | 2012-12-04 | Luksic; Igor Lukšić
Milo Djukanovic | MNEGOV | prime minister | 2012-12-04 | 2016-11-28 | Djukanovic
Dusko Markovic | MNEGOV | prime minister | 2016-11-28 | 2020-12-04 | Duško Marković
Zdravko Krivokapic | MNEGOV | prime minister | 2020-12-04 | 2022-04-28 | Zdravko Krivokapić
Dritan Abazovic | MNEGOV | prime minister | 2022-04-28 | 2023-10-31 | Abazovic; Dritan Abazović
Milojko Spajic | MNEGOV | prime minister | 2023-10-31 |  | Spajic; Milojko Spajić
Igor Luksic | MNEGOV | foreign minister | 2012-12-04 | 2016-11-28 | Luksic
Srdjan Darmanovic | MNEGOV | foreign minister | 2016-11-28 | 2020-12-04 | Darmanovic
Djordje Radulovic | MNEGOV | foreign minister | 2020-12-04 | 2022-04-28 | Đorđe Radulović
Ranko Krivokapic | MNEGOV | foreign minister | 2022-04-28 | 2023-10-31 | Ranko Krivokapić
# MNG
Tsakhiagiin Elbegdorj | MNGGOV | president | 2009-06-18 | 2017-07-10 | Elbegdorj
Khaltmaagiin Battulga | MNGGOV | president | 2017-07-10 | 2021-06-25 | Battulga
Ukhnaagiin Khurelsukh | MNGGOV | president | 2021-06-25 |  | Khurelsukh
Norovyn Altankhuyag | MNGGOV | prime minister | 2012-08-10 | 2014-11-05 | Altankhuyag
Chimediin Saikhanbileg | MNGGOV | prime minister | 2014-11-21 | 2016-07-07 | Saikhanbileg
Jargaltulgyn Erdenebat | MNGGOV | prime minister | 2016-07-08 | 2017-10-04 | Erdenebat
Ukhnaagiin Khurelsukh | MNGGOV | prime minister | 2017-10-04 | 2021-01-27 | Khurelsukh
Luvsannamsrain Oyun-Erdene | MNGGOV | prime minister | 2021-01-27 | 2025-06-13 | Oyun-Erdene
# MOZ
Armando Guebuza | MOZGOV | president | 2005-02-02 | 2015-01-15 | Guebuza
Filipe Nyusi | MOZGOV | president | 2015-01-15 | 2025-01-15 | Nyusi
Daniel Chapo | MOZGOV | president | 2025-01-15 |  | 
Alberto Vaquina | MOZGOV | prime minister | 2012-10-08 | 2015-01-17 | Vaquina
Carlos Agostinho do Rosario | MOZGOV | prime minister | 2015-01-17 | 2022-03-03 | Agostinho do Rosário
Adriano Maleiane | MOZGOV | prime minister | 2022-03-03 | 2025-01-15 | Maleiane
# MRT
Mohamed Ould Ghazouani | MRTGOV | president | 2019-08-01 |  | Ghazouani; Mohamed Ould Cheikh El Ghazouani
Moulaye Ould Mohamed Laghdaf | MRTGOV | prime minister | 2008-08-14 | 2014-08-21 | Laghdaf
Yahya Ould Hademine | MRTGOV | prime minister | 2014-08-21 | 2018-10-29 | Ould Hademine
Mohamed Salem Ould Bechir | MRTGOV | prime minister | 2018-10-29 | 2019-08-03 | Ould Béchir
Ismail Ould Bedde Ould Cheikh Sidiya | MRTGOV | prime minister | 2019-08-03 | 2020-08-06 | Ould Cheikh Sidiya
Mohamed Ould Bilal | MRTGOV | prime minister | 2020-08-06 | 2024-08-02 | Ould Bilal
Mokhtar Ould Djay | MRTGOV | prime minister | 2024-08-02 |  | Ould Djay
# MUS
Navin Ramgoolam | MUSGOV | prime minister | 2005-07-05 | 2014-12-17 | Ramgoolam
Anerood Jugnauth | MUSGOV | prime minister | 2014-12-17 | 2017-01-23 | Sir Anerood Jugnauth
Pravind Jugnauth | MUSGOV | prime minister | 2017-01-23 | 2024-11-13 | 
Navin Ramgoolam | MUSGOV | prime minister | 2024-11-13 |  | Ramgoolam
# MWI
Bingu wa Mutharika | MWIGOV | president | 2004-05-24 | 2012-04-05 | 
Joyce Banda | MWIGOV | president | 2012-04-07 | 2014-05-31 | 
Peter Mutharika | MWIGOV | president | 2014-05-31 | 2020-06-28 | 
Lazarus Chakwera | MWIGOV | president | 2020-06-28 | 2025-10-04 | Chakwera
Peter Mutharika | MWIGOV | president | 2025-10-04 |  | 
# MYS
Mahathir Mohamad | MYSGOV | prime minister | 2018-05-10 | 2020-02-24 | Mahathir
Muhyiddin Yassin | MYSGOV | prime minister | 2020-03-01 | 2021-08-16 | Muhyiddin
Ismail Sabri Yaakob | MYSGOV | prime minister | 2021-08-21 | 2022-11-24 | Ismail Sabri
Anwar Ibrahim | MYSGOV | prime minister | 2022-11-24 |  | 
Anifah Aman | MYSGOV | foreign minister | 2009-04-10 | 2018-05-10 | Anifah
Saifuddin Abdullah | MYSGOV | foreign minister | 2018-07-02 | 2020-03-09 | 
Hishammuddin Hussein | MYSGOV | foreign minister | 2020-03-10 | 2021-08-16 | Hishammuddin
Saifuddin Abdullah | MYSGOV | foreign minister | 2021-08-30 | 2022-11-24 | 
Zambry Abdul Kadir | MYSGOV | foreign minister | 2022-12-03 | 2023-12-12 | Zambry
Mohamad Hasan | MYSGOV | foreign minister | 2023-12-12 |  | Tok Mat
# NAM
Hifikepunye Pohamba | NAMGOV | president | 2005-03-21 | 2015-03-21 | Pohamba
Hage Geingob | NAMGOV | president | 2015-03-21 | 2024-02-04 | Geingob
Nangolo Mbumba | NAMGOV | president | 2024-02-04 | 2025-03-21 | Mbumba
Netumbo Nandi-Ndaitwah | NAMGOV | president | 2025-03-21 |  | Nandi-Ndaitwah
Hage Geingob | NAMGOV | prime minister | 2012-12-04 | 2015-03-21 | Geingob
Saara Kuugongelwa | NAMGOV | prime minister | 2015-03-21 | 2025-03-21 | Saara Kuugongelwa-Amadhila; Kuugongelwa-Amadhila
# NER
Mahamadou Issoufou | NERGOV | president | 2011-04-07 | 2021-04-02 | Issoufou
Mohamed Bazoum | NERGOV | president | 2021-04-02 | 2023-07-26 | Bazoum
Abdourahamane Tiani | NERGOV | president | 2023-07-26 |  | Tiani; Abdourahmane Tchiani; Tchiani
Brigi Rafini | NERGOV | prime minister | 2011-04-07 | 2021-04-03 | Rafini
Ouhoumoudou Mahamadou | NERGOV | prime minister | 2021-04-03 | 2023-07-26 | 
Ali Lamine Zeine | NERGOV | prime minister | 2023-08-08 |  | Lamine Zeine
# NGA
Goodluck Jonathan | NGAGOV | president | 2010-05-06 | 2015-05-29 | Goodluck Ebele Jonathan
Olugbenga Ashiru | NGAGOV | foreign minister | 2011-07-11 | 2013-09-11 | Ashiru
Aminu Wali | NGAGOV | foreign minister | 2014-03-05 | 2015-05-29 | 
Geoffrey Onyeama | NGAGOV | foreign minister | 2015-11-11 | 2023-05-29 | Onyeama
Yusuf Tuggar | NGAGOV | foreign minister | 2023-08-21 |  | Tuggar; Yusuf Maitama Tuggar
# NIC
Daniel Ortega | NICGOV | president | 2007-01-10 |  | 
# NLD
Uri Rosenthal | NLDGOV | foreign minister | 2010-10-14 | 2012-11-05 | 
Frans Timmermans | NLDGOV | foreign minister | 2012-11-05 | 2014-10-17 | Timmermans
Halbe Zijlstra | NLDGOV | foreign minister | 2017-10-26 | 2018-02-13 | Zijlstra
Stef Blok | NLDGOV | foreign minister | 2018-03-07 | 2021-05-25 | 
Sigrid Kaag | NLDGOV | foreign minister | 2021-05-25 | 2021-09-17 | Kaag
Ben Knapen | NLDGOV | foreign minister | 2021-09-24 | 2022-01-10 | Knapen
Wopke Hoekstra | NLDGOV | foreign minister | 2022-01-10 | 2023-09-01 | Hoekstra
Hanke Bruins Slot | NLDGOV | foreign minister | 2023-09-05 | 2024-07-02 | Bruins Slot
Caspar Veldkamp | NLDGOV | foreign minister | 2024-07-02 | 2025-08-22 | Veldkamp
# NOR
Erna Solberg | NORGOV | prime minister | 2013-10-16 | 2021-10-14 | Solberg
Jonas Gahr Store | NORGOV | prime minister | 2021-10-14 |  | Jonas Gahr Støre; Gahr Store; Gahr Støre
Jonas Gahr Store | NORGOV | foreign minister | 2005-10-17 | 2012-09-21 | Jonas Gahr Støre; Gahr Store
Espen Barth Eide | NORGOV | foreign minister | 2012-09-21 | 2013-10-16 | Barth Eide
Borge Brende | NORGOV | foreign minister | 2013-10-16 | 2017-10-20 | Børge Brende; Brende
Ine Eriksen Soreide | NORGOV | foreign minister | 2017-10-20 | 2021-10-14 | Ine Eriksen Søreide; Eriksen Soreide
Anniken Huitfeldt | NORGOV | foreign minister | 2021-10-14 | 2023-10-16 | Huitfeldt
Espen Barth Eide | NORGOV | foreign minister | 2023-10-16 |  | Barth Eide
# NPL
Ram Baran Yadav | NPLGOV | president | 2008-07-23 | 2015-10-29 | 
Bidya Devi Bhandari | NPLGOV | president | 2015-10-29 | 2023-03-13 | 
Ram Chandra Poudel | NPLGOV | president | 2023-03-13 |  | Ram Chandra Paudel
Baburam Bhattarai | NPLGOV | prime minister | 2011-08-29 | 2013-03-14 | 
Khil Raj Regmi | NPLGOV | prime minister | 2013-03-14 | 2014-02-11 | 
Sushil Koirala | NPLGOV | prime minister | 2014-02-11 | 2015-10-12 | 
KP Sharma Oli | NPLGOV | prime minister | 2015-10-12 | 2016-08-04 | K.P. Sharma Oli; Khadga Prasad Oli
Pushpa Kamal Dahal | NPLGOV | prime minister | 2016-08-04 | 2017-06-07 | Prachanda
Sher Bahadur Deuba | NPLGOV | prime minister | 2017-06-07 | 2018-02-15 | Deuba
KP Sharma Oli | NPLGOV | prime minister | 2018-02-15 | 2021-07-13 | K.P. Sharma Oli
Sher Bahadur Deuba | NPLGOV | prime minister | 2021-07-13 | 2022-12-26 | Deuba
Pushpa Kamal Dahal | NPLGOV | prime minister | 2022-12-26 | 2024-07-15 | Prachanda
KP Sharma Oli | NPLGOV | prime minister | 2024-07-15 | 2025-09-09 | K.P. Sharma Oli
Sushila Karki | NPLGOV | prime minister | 2025-09-12 |  | 
# NZL
John Key | NZLGOV | prime minister | 2008-11-19 | 2016-12-12 | 
Bill English | NZLGOV | prime minister | 2016-12-12 | 2017-10-26 | 
Chris Hipkins | NZLGOV | prime minister | 2023-01-25 | 2023-11-27 | Hipkins
Christopher Luxon | NZLGOV | prime minister | 2023-11-27 |  | Luxon; Chris Luxon
Murray McCully | NZLGOV | foreign minister | 2008-11-19 | 2017-05-02 | McCully
Gerry Brownlee | NZLGOV | foreign minister | 2017-05-02 | 2017-10-26 | Brownlee
Winston Peters | NZLGOV | foreign minister | 2017-10-26 | 2020-11-06 | 
Nanaia Mahuta | NZLGOV | foreign minister | 2020-11-06 | 2023-11-27 | Mahuta
Winston Peters | NZLGOV | foreign minister | 2023-11-27 |  | 
# OMN
Yusuf bin Alawi bin Abdullah | OMNGOV | foreign minister | 1997-01-01 | 2020-08-18 | Yousef bin Alawi; Yusuf bin Alawi
# PAK
Mamnoon Hussain | PAKGOV | president | 2013-09-09 | 2018-09-09 | 
Raja Pervez Ashraf | PAKGOV | prime minister | 2012-06-22 | 2013-03-25 | Pervez Ashraf
Mir Hazar Khan Khoso | PAKGOV | prime minister | 2013-03-25 | 2013-06-05 | Khoso
Shahid Khaqan Abbasi | PAKGOV | prime minister | 2017-08-01 | 2018-05-31 | Khaqan Abbasi
Nasirul Mulk | PAKGOV | prime minister | 2018-06-01 | 2018-08-18 | 
Anwaar-ul-Haq Kakar | PAKGOV | prime minister | 2023-08-14 | 2024-03-04 | Anwaar ul Haq Kakar
Hina Rabbani Khar | PAKGOV | foreign minister | 2011-07-19 | 2013-03-16 | Rabbani Khar
Khawaja Asif | PAKGOV | foreign minister | 2017-08-04 | 2018-05-31 | 
Jalil Abbas Jilani | PAKGOV | foreign minister | 2023-08-17 | 2024-03-04 | Jilani
# PAN
Ricardo Martinelli | PANGOV | president | 2009-07-01 | 2014-07-01 | Martinelli
Juan Carlos Varela | PANGOV | president | 2014-07-01 | 2019-07-01 | 
Laurentino Cortizo | PANGOV | president | 2019-07-01 | 2024-07-01 | Cortizo
Jose Raul Mulino | PANGOV | president | 2024-07-01 |  | José Raúl Mulino; Mulino
# PER
Ollanta Humala | PERGOV | president | 2011-07-28 | 2016-07-28 | Humala
Pedro Pablo Kuczynski | PERGOV | president | 2016-07-28 | 2018-03-23 | Kuczynski; PPK
Martin Vizcarra | PERGOV | president | 2018-03-23 | 2020-11-10 | Martín Vizcarra; Vizcarra
Manuel Merino | PERGOV | president | 2020-11-10 | 2020-11-15 | 
Francisco Sagasti | PERGOV | president | 2020-11-17 | 2021-07-28 | Sagasti
Pedro Castillo | PERGOV | president | 2021-07-28 | 2022-12-07 | 
Dina Boluarte | PERGOV | president | 2022-12-07 | 2025-10-10 | Boluarte
Jose Jeri | PERGOV | president | 2025-10-10 |  | José Jerí; Jeri
Juan Jimenez Mayor | PERGOV | prime minister | 2012-07-23 | 2013-10-31 | Juan Jiménez Mayor
Cesar Villanueva | PERGOV | prime minister | 2013-10-31 | 2014-02-24 | César Villanueva
Rene Cornejo | PERGOV | prime minister | 2014-02-24 | 2014-07-22 | René Cornejo
Ana Jara | PERGOV | prime minister | 2014-07-22 | 2015-04-02 | 
Pedro Cateriano | PERGOV | prime minister | 2015-04-02 | 2016-07-28 | Cateriano
Fernando Zavala | PERGOV | prime minister | 2016-07-28 | 2017-09-17 | 
Mercedes Araoz | PERGOV | prime minister | 2017-09-17 | 2018-04-02 | Mercedes Aráoz
Cesar Villanueva | PERGOV | prime minister | 2018-04-02 | 2019-03-11 | César Villanueva
Salvador del Solar | PERGOV | prime minister | 2019-03-11 | 2019-09-30 | 
Vicente Zeballos | PERGOV | prime minister | 2019-10-03 | 2020-07-15 | 
Violeta Bermudez | PERGOV | prime minister | 2020-11-18 | 2021-07-28 | Violeta Bermúdez
Guido Bellido | PERGOV | prime minister | 2021-07-29 | 2021-10-06 | Bellido
Mirtha Vasquez | PERGOV | prime minister | 2021-10-06 | 2022-02-01 | Mirtha Vásquez
Anibal Torres | PERGOV | prime minister | 2022-02-08 | 2022-11-24 | Aníbal Torres
Alberto Otarola | PERGOV | prime minister | 2022-12-21 | 2024-03-06 | Alberto Otárola; Otarola
Gustavo Adrianzen | PERGOV | prime minister | 2024-03-06 | 2025-05-14 | Gustavo Adrianzén
# PHL
Albert del Rosario | PHLGOV | foreign minister | 2011-02-24 | 2016-03-07 | del Rosario
Perfecto Yasay | PHLGOV | foreign minister | 2016-06-30 | 2017-03-08 | Yasay
Alan Peter Cayetano | PHLGOV | foreign minister | 2017-05-18 | 2018-10-17 | Cayetano
Teodoro Locsin Jr. | PHLGOV | foreign minister | 2018-10-17 | 2022-06-30 | Teodoro Locsin; Locsin
Enrique Manalo | PHLGOV | foreign minister | 2022-07-01 | 2025-06-30 | Manalo
Theresa Lazaro | PHLGOV | foreign minister | 2025-07-01 |  | Ma. Theresa Lazaro; Maria Theresa Lazaro
# PNG
Peter O'Neill | PNGGOV | prime minister | 2011-08-02 | 2019-05-30 | 
# POL
Bronislaw Komorowski | POLGOV | president | 2010-08-06 | 2015-08-06 | Komorowski; Bronisław Komorowski
Ewa Kopacz | POLGOV | prime minister | 2014-09-22 | 2015-11-16 | Kopacz
Beata Szydlo | POLGOV | prime minister | 2015-11-16 | 2017-12-11 | Szydlo; Beata Szydło
Grzegorz Schetyna | POLGOV | foreign minister | 2014-09-22 | 2015-11-16 | Schetyna
Witold Waszczykowski | POLGOV | foreign minister | 2015-11-16 | 2018-01-09 | Waszczykowski
Jacek Czaputowicz | POLGOV | foreign minister | 2018-01-09 | 2020-08-20 | Czaputowicz
Zbigniew Rau | POLGOV | foreign minister | 2020-08-26 | 2023-11-27 | 
Szymon Szynkowski vel Sek | POLGOV | foreign minister | 2023-11-27 | 2023-12-13 | Szynkowski vel Sęk
# PRK
Pak Pong-ju | PRKGOV | prime minister | 2013-04-01 | 2019-04-11 | Pak Pong Ju
Kim Jae-ryong | PRKGOV | prime minister | 2019-04-11 | 2020-08-13 | Kim Jae Ryong
Kim Tok-hun | PRKGOV | prime minister | 2020-08-13 | 2024-12-27 | Kim Tok Hun
Pak Thae-song | PRKGOV | prime minister | 2024-12-27 |  | Pak Thae Song
Pak Ui-chun | PRKGOV | foreign minister | 2007-05-18 | 2014-04-09 | Pak Ui Chun
Ri Su-yong | PRKGOV | foreign minister | 2014-04-09 | 2016-05-09 | Ri Su Yong
Ri Son-gwon | PRKGOV | foreign minister | 2020-01-18 | 2022-06-11 | Ri Son Gwon
# PRT
Anibal Cavaco Silva | PRTGOV | president | 2006-03-09 | 2016-03-09 | Cavaco Silva; Aníbal Cavaco Silva
Marcelo Rebelo de Sousa | PRTGOV | president | 2016-03-09 |  | Rebelo de Sousa
Pedro Passos Coelho | PRTGOV | prime minister | 2011-06-21 | 2015-11-26 | Passos Coelho
Luis Montenegro | PRTGOV | prime minister | 2024-04-02 |  | Luís Montenegro
Paulo Portas | PRTGOV | foreign minister | 2011-06-21 | 2013-07-24 | Portas
Rui Machete | PRTGOV | foreign minister | 2013-07-24 | 2015-10-30 | 
Augusto Santos Silva | PRTGOV | foreign minister | 2015-11-26 | 2022-03-30 | Santos Silva
Joao Gomes Cravinho | PRTGOV | foreign minister | 2022-03-30 | 2024-04-02 | João Gomes Cravinho; Gomes Cravinho
Paulo Rangel | PRTGOV | foreign minister | 2024-04-02 |  | 
# PRY
Fernando Lugo | PRYGOV | president | 2008-08-15 | 2012-06-22 | Lugo
Federico Franco | PRYGOV | president | 2012-06-22 | 2013-08-15 | 
Horacio Cartes | PRYGOV | president | 2013-08-15 | 2018-08-15 | Cartes
Mario Abdo Benitez | PRYGOV | president | 2018-08-15 | 2023-08-15 | Mario Abdo Benítez; Abdo Benitez
Santiago Pena | PRYGOV | president | 2023-08-15 |  | Santiago Peña
# PSE
Salam Fayyad | PSEGOV | prime minister | 2007-06-15 | 2013-06-06 | Fayyad
Rami Hamdallah | PSEGOV | prime minister | 2013-06-06 | 2019-04-14 | Hamdallah; Rami Hamdallah
Mohammad Shtayyeh | PSEGOV | prime minister | 2019-04-14 | 2024-03-31 | Shtayyeh; Mohammad Shtayeh; Shtayeh
Mohammad Mustafa | PSEGOV | prime minister | 2024-03-31 |  | Mohammed Mustafa
Riyad al-Maliki | PSEGOV | foreign minister | 2007-05-01 | 2024-03-31 | Riad Malki; Riyad al-Malki; Riad al-Malki
Mohammad Mustafa | PSEGOV | foreign minister | 2024-03-31 | 2025-06-23 | Mohammed Mustafa
Varsen Aghabekian | PSEGOV | foreign minister | 2025-06-23 |  | Aghabekian; Varsen Aghabekian Shahin
# QAT
Hamad bin Khalifa Al Thani | QATGOV | emir | 1995-06-27 | 2013-06-25 | Sheikh Hamad bin Khalifa; Hamad bin Khalifa al-Thani
Hamad bin Jassim Al Thani | QATGOV | prime minister | 2007-04-03 | 2013-06-26 | Hamad bin Jassim; Sheikh Hamad bin Jassim; Hamad bin Jassim bin Jaber al-Thani
Abdullah bin Nasser Al Thani | QATGOV | prime minister | 2013-06-26 | 2020-01-28 | Abdullah bin Nasser bin Khalifa al-Thani; Sheikh Abdullah bin Nasser
Khalid bin Khalifa Al Thani | QATGOV | prime minister | 2020-01-28 | 2023-03-07 | Khalid bin Khalifa bin Abdulaziz al-Thani; Sheikh Khalid bin Khalifa
Hamad bin Jassim Al Thani | QATGOV | foreign minister | 1992-09-01 | 2013-06-26 | Hamad bin Jassim
Khalid al-Attiyah | QATGOV | foreign minister | 2013-06-26 | 2016-01-27 | Khalid bin Mohammed al-Attiyah
# ROU
Traian Basescu | ROUGOV | president | 2004-12-20 | 2014-12-21 | Basescu; Traian Băsescu
Klaus Iohannis | ROUGOV | president | 2014-12-21 | 2025-02-12 | Iohannis
Nicusor Dan | ROUGOV | president | 2025-05-26 |  | Nicușor Dan
Emil Boc | ROUGOV | prime minister | 2008-12-22 | 2012-02-06 | 
Mihai Razvan Ungureanu | ROUGOV | prime minister | 2012-02-09 | 2012-05-07 | Mihai Răzvan Ungureanu
Victor Ponta | ROUGOV | prime minister | 2012-05-07 | 2015-11-04 | Ponta
Dacian Ciolos | ROUGOV | prime minister | 2015-11-17 | 2017-01-04 | Ciolos; Dacian Cioloș
Sorin Grindeanu | ROUGOV | prime minister | 2017-01-04 | 2017-06-29 | Grindeanu
Mihai Tudose | ROUGOV | prime minister | 2017-06-29 | 2018-01-29 | Tudose
Viorica Dancila | ROUGOV | prime minister | 2018-01-29 | 2019-11-04 | Dancila; Viorica Dăncilă
Ludovic Orban | ROUGOV | prime minister | 2019-11-04 | 2020-12-07 | 
Florin Citu | ROUGOV | prime minister | 2020-12-23 | 2021-11-25 | Citu; Florin Cîțu
Nicolae Ciuca | ROUGOV | prime minister | 2021-11-25 | 2023-06-15 | Ciuca; Nicolae Ciucă
Marcel Ciolacu | ROUGOV | prime minister | 2023-06-15 | 2025-05-06 | Ciolacu
Ilie Bolojan | ROUGOV | prime minister | 2025-06-23 |  | Bolojan
Cristian Diaconescu | ROUGOV | foreign minister | 2012-02-09 | 2012-05-07 | 
Andrei Marga | ROUGOV | foreign minister | 2012-05-07 | 2012-08-06 | 
Titus Corlatean | ROUGOV | foreign minister | 2012-08-06 | 2014-11-10 | Corlatean; Titus Corlățean
Bogdan Aurescu | ROUGOV | foreign minister | 2014-11-24 | 2015-11-17 | Aurescu
Lazar Comanescu | ROUGOV | foreign minister | 2015-11-17 | 2017-01-04 | Comanescu
Teodor Melescanu | ROUGOV | foreign minister | 2017-01-04 | 2019-07-24 | Melescanu; Teodor Meleșcanu
Ramona Manescu | ROUGOV | foreign minister | 2019-07-24 | 2019-11-04 | Ramona Mănescu
Bogdan Aurescu | ROUGOV | foreign minister | 2019-11-04 | 2023-06-15 | Aurescu
Luminita Odobescu | ROUGOV | foreign minister | 2023-06-15 | 2024-12-23 | Odobescu; Luminița Odobescu
Emil Hurezeanu | ROUGOV | foreign minister | 2024-12-23 | 2025-06-23 | Hurezeanu
Oana Toiu | ROUGOV | foreign minister | 2025-06-23 |  | Oana Țoiu
# RWA
Pierre Habumuremyi | RWAGOV | prime minister | 2011-10-07 | 2014-07-23 | Habumuremyi
Anastase Murekezi | RWAGOV | prime minister | 2014-07-24 | 2017-08-30 | Murekezi
Edouard Ngirente | RWAGOV | prime minister | 2017-08-30 | 2025-07-23 | Ngirente; Édouard Ngirente
Justin Nsengiyumva | RWAGOV | prime minister | 2025-07-23 |  | Nsengiyumva
Louise Mushikiwabo | RWAGOV | foreign minister | 2009-12-09 | 2018-10-18 | Mushikiwabo
Richard Sezibera | RWAGOV | foreign minister | 2018-10-18 | 2019-11-04 | Sezibera
Vincent Biruta | RWAGOV | foreign minister | 2019-11-04 | 2024-08-16 | Biruta
Olivier Nduhungirehe | RWAGOV | foreign minister | 2024-08-16 |  | Nduhungirehe
# SDN
Bakri Hassan Saleh | SDNGOV | prime minister | 2017-03-02 | 2018-09-09 | Bakri Hassan Salih
Motazz Moussa | SDNGOV | prime minister | 2018-09-10 | 2019-02-22 | Moutaz Mousa; Motazz Musa
Mohamed Tahir Ayala | SDNGOV | prime minister | 2019-02-23 | 2019-04-11 | Ayala
Abdalla Hamdok | SDNGOV | prime minister | 2019-08-21 | 2021-10-25 | Hamdok; Abdallah Hamdok
Abdalla Hamdok | SDNGOV | prime minister | 2021-11-21 | 2022-01-02 | Hamdok
Kamil Idris | SDNGOV | prime minister | 2025-05-19 |  | 
Ibrahim Ghandour | SDNGOV | foreign minister | 2015-06-01 | 2018-04-19 | Ghandour
Asma Mohamed Abdalla | SDNGOV | foreign minister | 2019-09-08 | 2020-07-09 | Asma Abdalla
Mariam al-Sadiq al-Mahdi | SDNGOV | foreign minister | 2021-02-08 | 2021-10-25 | Mariam al-Mahdi
# SEN
Abdoulaye Wade | SENGOV | president | 2000-04-01 | 2012-04-02 | 
Macky Sall | SENGOV | president | 2012-04-02 | 2024-04-02 | 
Bassirou Diomaye Faye | SENGOV | president | 2024-04-02 |  | Diomaye Faye
Abdoul Mbaye | SENGOV | prime minister | 2012-04-03 | 2013-09-01 | 
Aminata Toure | SENGOV | prime minister | 2013-09-01 | 2014-07-04 | Aminata Touré
Mahammed Boun Abdallah Dionne | SENGOV | prime minister | 2014-07-04 | 2019-05-14 | Mahammad Dionne; Boun Abdallah Dionne
Amadou Ba | SENGOV | prime minister | 2022-09-17 | 2024-03-06 | 
Sidiki Kaba | SENGOV | prime minister | 2024-03-06 | 2024-04-02 | 
Ousmane Sonko | SENGOV | prime minister | 2024-04-02 |  | Sonko
Mankeur Ndiaye | SENGOV | foreign minister | 2012-10-29 | 2017-09-07 | 
Sidiki Kaba | SENGOV | foreign minister | 2017-09-07 | 2019-04-07 | 
Amadou Ba | SENGOV | foreign minister | 2019-04-07 | 2020-11-01 | 
Yassine Fall | SENGOV | foreign minister | 2024-04-05 | 2025-09-06 | 
Cheikh Niang | SENGOV | foreign minister | 2025-09-06 |  | 
# SGP
Tony Tan | SGPGOV | president | 2011-09-01 | 2017-08-31 | Tony Tan Keng Yam
Halimah Yacob | SGPGOV | president | 2017-09-14 | 2023-09-13 | 
Tharman Shanmugaratnam | SGPGOV | president | 2023-09-14 |  | Tharman
Lee Hsien Loong | SGPGOV | prime minister | 2004-08-12 | 2024-05-15 | 
Lawrence Wong | SGPGOV | prime minister | 2024-05-15 |  | 
K. Shanmugam | SGPGOV | foreign minister | 2011-05-21 | 2015-09-30 | 
Vivian Balakrishnan | SGPGOV | foreign minister | 2015-10-01 |  | 
# SLE
Ernest Bai Koroma | SLEGOV | president | 2007-09-17 | 2018-04-04 | Ernest Koroma
Julius Maada Bio | SLEGOV | president | 2018-04-04 |  | Maada Bio
# SLV
Mauricio Funes | SLVGOV | president | 2009-06-01 | 2014-06-01 | Funes
Salvador Sanchez Ceren | SLVGOV | president | 2014-06-01 | 2019-06-01 | Salvador Sánchez Cerén; Sanchez Ceren
Nayib Bukele | SLVGOV | president | 2019-06-01 |  | Bukele
# SOM
Sharif Sheikh Ahmed | SOMGOV | president | 2009-01-31 | 2012-08-20 | Sheikh Sharif Ahmed; Sheikh Sharif
Hassan Sheikh Mohamud | SOMGOV | president | 2012-09-16 | 2017-02-16 | Hassan Sheikh
Mohamed Abdullahi Mohamed | SOMGOV | president | 2017-02-16 | 2022-05-23 | Farmaajo; Mohamed Abdullahi Farmaajo
Hassan Sheikh Mohamud | SOMGOV | president | 2022-05-23 |  | Hassan Sheikh
Abdiweli Mohamed Ali | SOMGOV | prime minister | 2011-06-28 | 2012-10-17 | Abdiweli Mohamed Ali Gaas
Abdi Farah Shirdon | SOMGOV | prime minister | 2012-10-17 | 2013-12-21 | Shirdon
Abdiweli Sheikh Ahmed | SOMGOV | prime minister | 2013-12-21 | 2014-12-24 | 
Omar Abdirashid Ali Sharmarke | SOMGOV | prime minister | 2014-12-24 | 2017-03-01 | Sharmarke
Hassan Ali Khaire | SOMGOV | prime minister | 2017-03-01 | 2020-07-25 | Khaire
Mohamed Hussein Roble | SOMGOV | prime minister | 2020-09-18 | 2022-06-26 | Roble
Hamza Abdi Barre | SOMGOV | prime minister | 2022-06-26 |  | Hamza Barre
# SRB
Boris Tadic | SRBGOV | president | 2004-07-11 | 2012-04-05 | Tadic; Boris Tadić
Tomislav Nikolic | SRBGOV | president | 2012-05-31 | 2017-05-31 | Tomislav Nikolić
Mirko Cvetkovic | SRBGOV | prime minister | 2008-07-07 | 2012-07-27 | Cvetkovic
Ivica Dacic | SRBGOV | prime minister | 2012-07-27 | 2014-04-27 | Dacic; Ivica Dačić
Ana Brnabic | SRBGOV | prime minister | 2017-06-29 | 2024-05-02 | Brnabic; Ana Brnabić
Milos Vucevic | SRBGOV | prime minister | 2024-05-02 | 2025-04-16 | Vucevic; Miloš Vučević
Djuro Macut | SRBGOV | prime minister | 2025-04-16 |  | Macut; Đuro Macut
Vuk Jeremic | SRBGOV | foreign minister | 2007-05-15 | 2012-07-27 | Jeremic; Vuk Jeremić
Ivan Mrkic | SRBGOV | foreign minister | 2012-07-27 | 2014-04-27 | Mrkic
Ivica Dacic | SRBGOV | foreign minister | 2014-04-27 | 2020-10-28 | Dacic
Nikola Selakovic | SRBGOV | foreign minister | 2020-10-28 | 2022-10-26 | Selakovic
Ivica Dacic | SRBGOV | foreign minister | 2022-10-26 | 2024-05-02 | Dacic
Marko Djuric | SRBGOV | foreign minister | 2024-05-02 |  | Marko Đurić
# SSD
Salva Kiir | SSDGOV | president | 2011-07-09 |  | Salva Kiir Mayardit; Kiir
# SVK
Ivan Gasparovic | SVKGOV | president | 2004-06-15 | 2014-06-15 | Gasparovic; Ivan Gašparovič
Andrej Kiska | SVKGOV | president | 2014-06-15 | 2019-06-15 | Kiska
Zuzana Caputova | SVKGOV | president | 2019-06-15 | 2024-06-15 | Caputova; Zuzana Čaputová
Peter Pellegrini | SVKGOV | president | 2024-06-15 |  | Pellegrini
Iveta Radicova | SVKGOV | prime minister | 2010-07-08 | 2012-04-04 | Radicova; Iveta Radičová
Peter Pellegrini | SVKGOV | prime minister | 2018-03-22 | 2020-03-21 | Pellegrini
Igor Matovic | SVKGOV | prime minister | 2020-03-21 | 2021-04-01 | Matovic; Igor Matovič
Eduard Heger | SVKGOV | prime minister | 2021-04-01 | 2023-05-15 | Heger
Ludovit Odor | SVKGOV | prime minister | 2023-05-15 | 2023-10-25 | Ľudovít Ódor
Mikulas Dzurinda | SVKGOV | foreign minister | 2010-07-08 | 2012-04-04 | Dzurinda; Mikuláš Dzurinda
Miroslav Lajcak | SVKGOV | foreign minister | 2012-04-04 | 2020-03-21 | Lajcak; Miroslav Lajčák
Ivan Korcok | SVKGOV | foreign minister | 2020-03-21 | 2022-09-08 | Korcok; Ivan Korčok
Miroslav Wlachovsky | SVKGOV | foreign minister | 2023-05-15 | 2023-10-25 | Wlachovsky; Miroslav Wlachovský
Juraj Blanar | SVKGOV | foreign minister | 2023-10-25 |  | Blanar; Juraj Blanár
# SVN
Danilo Turk | SVNGOV | president | 2007-12-22 | 2012-12-22 | Danilo Türk
Borut Pahor | SVNGOV | president | 2012-12-22 | 2022-12-22 | Pahor
Natasa Pirc Musar | SVNGOV | president | 2022-12-23 |  | Nataša Pirc Musar; Pirc Musar
Borut Pahor | SVNGOV | prime minister | 2008-11-21 | 2012-02-10 | Pahor
Janez Jansa | SVNGOV | prime minister | 2012-02-10 | 2013-03-20 | Jansa; Janez Janša; Janša
Alenka Bratusek | SVNGOV | prime minister | 2013-03-20 | 2014-09-18 | Bratusek; Alenka Bratušek
Miro Cerar | SVNGOV | prime minister | 2014-09-18 | 2018-09-13 | Cerar
Marjan Sarec | SVNGOV | prime minister | 2018-09-13 | 2020-03-13 | Sarec; Marjan Šarec
Janez Jansa | SVNGOV | prime minister | 2020-03-13 | 2022-06-01 | Jansa; Janša
Robert Golob | SVNGOV | prime minister | 2022-06-01 |  | Golob
Karl Erjavec | SVNGOV | foreign minister | 2012-02-10 | 2018-09-13 | Erjavec
Miro Cerar | SVNGOV | foreign minister | 2018-09-13 | 2020-03-13 | Cerar
Anze Logar | SVNGOV | foreign minister | 2020-03-13 | 2022-06-01 | Anže Logar
Tanja Fajon | SVNGOV | foreign minister | 2022-06-01 |  | Fajon
# SWE
Fredrik Reinfeldt | SWEGOV | prime minister | 2006-10-06 | 2014-10-03 | Reinfeldt
Stefan Lofven | SWEGOV | prime minister | 2014-10-03 | 2021-11-30 | Stefan Löfven; Lofven; Löfven
Carl Bildt | SWEGOV | foreign minister | 2006-10-06 | 2014-10-03 | Bildt
Margot Wallstrom | SWEGOV | foreign minister | 2014-10-03 | 2019-09-10 | Margot Wallström; Wallstrom; Wallström
Ann Linde | SWEGOV | foreign minister | 2019-09-10 | 2022-10-18 | 
Tobias Billstrom | SWEGOV | foreign minister | 2022-10-18 | 2024-09-10 | Tobias Billström; Billstrom; Billström
Maria Malmer Stenergard | SWEGOV | foreign minister | 2024-09-10 |  | Malmer Stenergard
# SWZ
Mswati III | SWZGOV | king | 1986-04-25 |  | King Mswati III; King Mswati
# SYR
Riyad Hijab | SYRGOV | prime minister | 2012-06-23 | 2012-08-06 | Riyad Farid Hijab; Riad Hijab
Wael al-Halqi | SYRGOV | prime minister | 2012-08-09 | 2016-07-03 | Halqi; Wael Nader al-Halqi
Imad Khamis | SYRGOV | prime minister | 2016-07-03 | 2020-06-11 | 
Hussein Arnous | SYRGOV | prime minister | 2020-06-11 | 2024-09-14 | Arnous
Mohammad Ghazi al-Jalali | SYRGOV | prime minister | 2024-09-14 | 2024-12-10 | Mohammed al-Jalali
Walid al-Muallem | SYRGOV | foreign minister | 2006-02-11 | 2020-11-16 | Muallem; Walid al-Moualem; Moualem; Walid Muallem
Faisal Mekdad | SYRGOV | foreign minister | 2020-11-22 | 2024-12-08 | Mekdad; Faisal Miqdad; Miqdad
Asaad al-Shaibani | SYRGOV | foreign minister | 2024-12-21 |  | Shaibani; Asaad Hassan al-Shibani; al-Shibani
# TCD
Emmanuel Nadingar | TCDGOV | prime minister | 2010-03-05 | 2013-01-21 | Nadingar
Djimrangar Dadnadji | TCDGOV | prime minister | 2013-01-21 | 2013-11-21 | Dadnadji
Kalzeube Pahimi Deubet | TCDGOV | prime minister | 2013-11-21 | 2016-02-13 | Pahimi Deubet
Albert Pahimi Padacke | TCDGOV | prime minister | 2016-02-15 | 2018-05-08 | Pahimi Padacké; Albert Pahimi Padacké
Albert Pahimi Padacke | TCDGOV | prime minister | 2021-04-26 | 2022-10-12 | Pahimi Padacké
Saleh Kebzabo | TCDGOV | prime minister | 2022-10-12 | 2024-01-01 | Kebzabo
Succes Masra | TCDGOV | prime minister | 2024-01-01 | 2024-05-22 | Masra; Succès Masra
Allamaye Halina | TCDGOV | prime minister | 2024-05-23 |  | Halina
# TGO
Faure Gnassingbe | TGOGOV | president | 2005-05-04 | 2025-05-03 | Gnassingbe; Faure Gnassingbé
Kwesi Ahoomey-Zunu | TGOGOV | prime minister | 2012-07-23 | 2015-06-05 | Ahoomey-Zunu
Selom Komi Klassou | TGOGOV | prime minister | 2015-06-05 | 2020-09-28 | Klassou
Victoire Tomegah Dogbe | TGOGOV | prime minister | 2020-09-28 | 2025-05-03 | Tomegah Dogbe; Victoire Tomégah Dogbé
Robert Dussey | TGOGOV | foreign minister | 2013-09-17 |  | Dussey
# THA
Yingluck Shinawatra | THAGOV | prime minister | 2011-08-05 | 2014-05-07 | Yingluck
Prayuth Chan-ocha | THAGOV | prime minister | 2014-08-24 | 2023-08-22 | Prayuth; Prayut Chan-o-cha; Prayut
Srettha Thavisin | THAGOV | prime minister | 2023-08-22 | 2024-08-14 | Srettha
Paetongtarn Shinawatra | THAGOV | prime minister | 2024-08-16 | 2025-08-29 | Paetongtarn
Anutin Charnvirakul | THAGOV | prime minister | 2025-09-07 |  | Anutin
Surapong Tovichakchaikul | THAGOV | foreign minister | 2011-08-09 | 2014-05-22 | 
Tanasak Patimapragorn | THAGOV | foreign minister | 2014-08-30 | 2015-08-23 | Tanasak
Don Pramudwinai | THAGOV | foreign minister | 2015-08-23 | 2023-09-01 | 
Parnpree Bahiddha-Nukara | THAGOV | foreign minister | 2023-09-01 | 2024-04-28 | Parnpree
# TJK
Emomali Rahmon | TJKGOV | president | 1994-11-16 |  | Rahmon; Emomali Rakhmon
Oqil Oqilov | TJKGOV | prime minister | 1999-12-20 | 2013-11-23 | Akil Akilov
Kokhir Rasulzoda | TJKGOV | prime minister | 2013-11-23 |  | Rasulzoda; Qohir Rasulzoda
Sirojiddin Muhriddin | TJKGOV | foreign minister | 2013-11-29 |  | Sirodjidin Aslov; Muhriddin
# TKM
Gurbanguly Berdimuhamedow | TKMGOV | president | 2007-02-14 | 2022-03-19 | Gurbanguly Berdymukhamedov
Serdar Berdimuhamedow | TKMGOV | president | 2022-03-19 |  | Serdar Berdymukhamedov
Rashid Meredov | TKMGOV | foreign minister | 2001-07-01 |  | Meredov
# TLS
Jose Ramos-Horta | TLSGOV | president | 2007-05-20 | 2012-05-20 | José Ramos-Horta; Ramos-Horta
Taur Matan Ruak | TLSGOV | president | 2012-05-20 | 2017-05-20 | Matan Ruak
Francisco Guterres | TLSGOV | president | 2017-05-20 | 2022-05-20 | Lu-Olo; Francisco Guterres Lu-Olo
Jose Ramos-Horta | TLSGOV | president | 2022-05-20 |  | José Ramos-Horta; Ramos-Horta
Xanana Gusmao | TLSGOV | prime minister | 2007-08-08 | 2015-02-16 | Xanana Gusmão; Gusmao
Rui Maria de Araujo | TLSGOV | prime minister | 2015-02-16 | 2017-09-15 | Rui Maria de Araújo
Mari Alkatiri | TLSGOV | prime minister | 2017-09-15 | 2018-06-22 | Alkatiri
Taur Matan Ruak | TLSGOV | prime minister | 2018-06-22 | 2023-07-01 | Matan Ruak
Xanana Gusmao | TLSGOV | prime minister | 2023-07-01 |  | Xanana Gusmão; Gusmao
# TTO
Kamla Persad-Bissessar | TTOGOV | prime minister | 2010-05-26 | 2015-09-09 | Persad-Bissessar
Keith Rowley | TTOGOV | prime minister | 2015-09-09 | 2025-03-17 | Rowley
Stuart Young | TTOGOV | prime minister | 2025-03-17 | 2025-05-01 | 
Kamla Persad-Bissessar | TTOGOV | prime minister | 2025-05-01 |  | Persad-Bissessar
# TUN
Moncef Marzouki | TUNGOV | president | 2011-12-13 | 2014-12-31 | Marzouki
Beji Caid Essebsi | TUNGOV | president | 2014-12-31 | 2019-07-25 | Essebsi; Beji Caid el Sebsi; Caid Essebsi
Kais Saied | TUNGOV | president | 2019-10-23 |  | Saied; Kais Saeid
Hamadi Jebali | TUNGOV | prime minister | 2011-12-24 | 2013-03-14 | Jebali
Ali Laarayedh | TUNGOV | prime minister | 2013-03-14 | 2014-01-29 | Laarayedh; Ali Larayedh
Mehdi Jomaa | TUNGOV | prime minister | 2014-01-29 | 2015-02-06 | Jomaa
Habib Essid | TUNGOV | prime minister | 2015-02-06 | 2016-08-27 | Essid
Youssef Chahed | TUNGOV | prime minister | 2016-08-27 | 2020-02-27 | Chahed
Elyes Fakhfakh | TUNGOV | prime minister | 2020-02-27 | 2020-09-02 | Fakhfakh
Hichem Mechichi | TUNGOV | prime minister | 2020-09-02 | 2021-07-25 | Mechichi
Najla Bouden | TUNGOV | prime minister | 2021-10-11 | 2023-08-01 | Bouden; Najla Bouden Romdhane
Ahmed Hachani | TUNGOV | prime minister | 2023-08-01 | 2024-08-07 | Hachani
Kamel Madouri | TUNGOV | prime minister | 2024-08-07 | 2025-03-21 | Madouri; Kamel Maddouri; Maddouri
Sara Zaafrani Zenzri | TUNGOV | prime minister | 2025-03-21 |  | Zaafrani Zenzri; Sarra Zaafrani Zenzri
Rafik Abdessalem | TUNGOV | foreign minister | 2011-12-24 | 2013-03-14 | Abdessalem; Rafik Abdessalam
Othman Jerandi | TUNGOV | foreign minister | 2013-03-14 | 2014-01-29 | Jerandi
Mongi Hamdi | TUNGOV | foreign minister | 2014-01-29 | 2015-02-06 | 
Taieb Baccouche | TUNGOV | foreign minister | 2015-02-06 | 2016-01-12 | Baccouche
Khemaies Jhinaoui | TUNGOV | foreign minister | 2016-01-12 | 2019-10-29 | Jhinaoui
Noureddine Erray | TUNGOV | foreign minister | 2020-02-27 | 2020-07-24 | Erray; Nourredine Erray
Othman Jerandi | TUNGOV | foreign minister | 2020-09-02 | 2023-02-07 | Jerandi
Nabil Ammar | TUNGOV | foreign minister | 2023-02-07 | 2024-08-25 | 
Mohamed Ali Nafti | TUNGOV | foreign minister | 2024-08-25 |  | Nafti
# TUR
Feridun Sinirlioglu | TURGOV | foreign minister | 2015-08-28 | 2015-11-24 | Sinirlioglu; Feridun Sinirlioğlu
# TWN
Ma Ying-jeou | TWNGOV | president | 2008-05-20 | 2016-05-20 | 
Tsai Ing-wen | TWNGOV | president | 2016-05-20 | 2024-05-20 | 
Lai Ching-te | TWNGOV | president | 2024-05-20 |  | William Lai
Sean Chen | TWNGOV | prime minister | 2012-02-06 | 2013-02-18 | Chen Chun
Jiang Yi-huah | TWNGOV | prime minister | 2013-02-18 | 2014-12-08 | 
Mao Chi-kuo | TWNGOV | prime minister | 2014-12-08 | 2016-02-01 | 
Chang San-cheng | TWNGOV | prime minister | 2016-02-01 | 2016-05-20 | Simon Chang
Lin Chuan | TWNGOV | prime minister | 2016-05-20 | 2017-09-08 | 
Lai Ching-te | TWNGOV | prime minister | 2017-09-08 | 2019-01-14 | William Lai
Su Tseng-chang | TWNGOV | prime minister | 2019-01-14 | 2023-01-31 | 
Chen Chien-jen | TWNGOV | prime minister | 2023-01-31 | 2024-05-20 | 
Cho Jung-tai | TWNGOV | prime minister | 2024-05-20 |  | 
David Lee | TWNGOV | foreign minister | 2016-05-20 | 2018-02-26 | David Tawei Lee; Lee Ta-wei
Joseph Wu | TWNGOV | foreign minister | 2018-02-26 | 2024-05-20 | Jaushieh Joseph Wu; Wu Jaushieh
Lin Chia-lung | TWNGOV | foreign minister | 2024-05-20 |  | 
# TZA
Jakaya Kikwete | TZAGOV | president | 2005-12-21 | 2015-11-05 | Kikwete
John Magufuli | TZAGOV | president | 2015-11-05 | 2021-03-17 | Magufuli; John Pombe Magufuli
Samia Suluhu Hassan | TZAGOV | president | 2021-03-19 |  | Samia Suluhu
Mizengo Pinda | TZAGOV | prime minister | 2008-02-09 | 2015-11-20 | Pinda
Kassim Majaliwa | TZAGOV | prime minister | 2015-11-20 | 2025-11-14 | Majaliwa
Mwigulu Nchemba | TZAGOV | prime minister | 2025-11-14 |  | Nchemba; Mwigulu Lameck Nchemba
# UGA
Amama Mbabazi | UGAGOV | prime minister | 2011-05-24 | 2014-09-18 | Mbabazi
Ruhakana Rugunda | UGAGOV | prime minister | 2014-09-18 | 2021-06-14 | Rugunda
Robinah Nabbanja | UGAGOV | prime minister | 2021-06-14 |  | Nabbanja
Sam Kutesa | UGAGOV | foreign minister | 2005-01-01 | 2021-06-08 | Kutesa
Jeje Odongo | UGAGOV | foreign minister | 2021-06-08 |  | 
# UKR
Mykola Azarov | UKRGOV | prime minister | 2010-03-11 | 2014-01-28 | Azarov
Volodymyr Groysman | UKRGOV | prime minister | 2016-04-14 | 2019-08-29 | Groysman; Volodymyr Hroisman
Oleksiy Honcharuk | UKRGOV | prime minister | 2019-08-29 | 2020-03-04 | Honcharuk; Oleksii Honcharuk
Kostyantyn Gryshchenko | UKRGOV | foreign minister | 2010-03-11 | 2012-12-24 | Gryshchenko; Konstantin Grishchenko
Leonid Kozhara | UKRGOV | foreign minister | 2012-12-24 | 2014-02-23 | Kozhara
Vadym Prystaiko | UKRGOV | foreign minister | 2019-08-29 | 2020-03-04 | Prystaiko
# URY
Jose Mujica | URYGOV | president | 2010-03-01 | 2015-03-01 | José Mujica; Mujica
Tabare Vazquez | URYGOV | president | 2015-03-01 | 2020-03-01 | Tabaré Vázquez
Luis Lacalle Pou | URYGOV | president | 2020-03-01 | 2025-03-01 | Lacalle Pou
Yamandu Orsi | URYGOV | president | 2025-03-01 |  | Yamandú Orsi; Orsi
Luis Almagro | URYGOV | foreign minister | 2010-03-01 | 2015-03-01 | Almagro
Rodolfo Nin Novoa | URYGOV | foreign minister | 2015-03-01 | 2020-03-01 | Nin Novoa
Ernesto Talvi | URYGOV | foreign minister | 2020-03-01 | 2020-07-06 | Talvi
Francisco Bustillo | URYGOV | foreign minister | 2020-07-06 | 2023-11-01 | Bustillo
Mario Lubetkin | URYGOV | foreign minister | 2025-03-01 |  | Lubetkin
# UZB
Islam Karimov | UZBGOV | president | 1990-03-24 | 2016-09-02 | 
Shavkat Mirziyoyev | UZBGOV | president | 2016-12-14 |  | Mirziyoyev
Shavkat Mirziyoyev | UZBGOV | prime minister | 2003-12-12 | 2016-12-14 | Mirziyoyev
Abdulla Aripov | UZBGOV | prime minister | 2016-12-14 |  | Aripov
# VEN
Elias Jaua | VENGOV | foreign minister | 2013-01-15 | 2014-09-02 | Elías Jaua; Jaua
Rafael Ramirez | VENGOV | foreign minister | 2014-09-02 | 2014-12-26 | Rafael Ramírez
Jorge Arreaza | VENGOV | foreign minister | 2017-08-02 | 2021-08-19 | Arreaza
# VNM
Truong Tan Sang | VNMGOV | president | 2011-07-25 | 2016-04-02 | 
Nguyen Phu Trong | VNMGOV | president | 2018-10-23 | 2021-04-05 | 
Nguyen Xuan Phuc | VNMGOV | president | 2021-04-05 | 2023-01-18 | 
Vo Van Thuong | VNMGOV | president | 2023-03-02 | 2024-03-21 | 
To Lam | VNMGOV | president | 2024-05-22 | 2024-10-21 | 
Luong Cuong | VNMGOV | president | 2024-10-21 |  | 
Nguyen Tan Dung | VNMGOV | prime minister | 2006-06-27 | 2016-04-07 | 
Nguyen Xuan Phuc | VNMGOV | prime minister | 2016-04-07 | 2021-04-05 | 
Pham Minh Chinh | VNMGOV | prime minister | 2021-04-05 |  | 
Pham Binh Minh | VNMGOV | foreign minister | 2011-08-03 | 2021-04-08 | 
Bui Thanh Son | VNMGOV | foreign minister | 2021-04-08 |  | 
# XKX
Atifete Jahjaga | XKXGOV | president | 2011-04-07 | 2016-04-07 | Jahjaga
Vjosa Osmani | XKXGOV | president | 2021-04-04 |  | Vjosa Osmani-Sadriu
Isa Mustafa | XKXGOV | prime minister | 2014-12-09 | 2017-09-09 | 
Avdullah Hoti | XKXGOV | prime minister | 2020-06-03 | 2021-03-22 | Hoti
Enver Hoxhaj | XKXGOV | foreign minister | 2011-02-22 | 2014-12-09 | Hoxhaj
Behgjet Pacolli | XKXGOV | foreign minister | 2017-09-09 | 2020-02-03 | Pacolli
Glauk Konjufca | XKXGOV | foreign minister | 2020-02-03 | 2020-06-03 | Konjufca
Meliza Haradinaj-Stublla | XKXGOV | foreign minister | 2020-06-03 | 2021-03-22 | Haradinaj-Stublla
Donika Gervalla-Schwarz | XKXGOV | foreign minister | 2021-03-22 |  | Gervalla-Schwarz; Donika Gervalla
# YEM
Ali Abdullah Saleh | YEMGOV | president | 1990-05-22 | 2012-02-27 | 
Abd-Rabbu Mansour Hadi | YEMGOV | president | 2012-02-27 | 2022-04-07 | Abdrabbuh Mansur Hadi; Abed Rabbo Mansour Hadi; Mansour Hadi
Rashad al-Alimi | YEMGOV | president | 2022-04-07 |  | Alimi; Rashad Muhammad al-Alimi
Mohammed Basindawa | YEMGOV | prime minister | 2011-12-10 | 2014-09-24 | Basindawa; Mohammed Salem Basindwa; Basindwa
Khaled Bahah | YEMGOV | prime minister | 2014-11-09 | 2016-04-03 | Bahah
Ahmed Obeid bin Daghr | YEMGOV | prime minister | 2016-04-04 | 2018-10-15 | bin Daghr; Ahmed bin Dagher
Maeen Abdulmalik Saeed | YEMGOV | prime minister | 2018-10-15 | 2024-02-05 | Maeen Abdulmalik; Moeen Abdulmalik
Ahmed Awad bin Mubarak | YEMGOV | prime minister | 2024-02-05 | 2025-05-03 | bin Mubarak
Salem Saleh bin Braik | YEMGOV | prime minister | 2025-05-03 |  | bin Braik; Salem bin Breik; bin Breik
Abu Bakr al-Qirbi | YEMGOV | foreign minister | 2001-04-04 | 2014-11-09 | Qirbi; Abubakr al-Qirbi
Ahmed Awad bin Mubarak | YEMGOV | foreign minister | 2020-12-18 | 2024-02-05 | bin Mubarak
# ZMB
Michael Sata | ZMBGOV | president | 2011-09-23 | 2014-10-28 | Sata
Edgar Lungu | ZMBGOV | president | 2015-01-25 | 2021-08-24 | Lungu
Hakainde Hichilema | ZMBGOV | president | 2021-08-24 |  | Hichilema
# ZWE
Robert Mugabe | ZWEGOV | president | 1987-12-31 | 2017-11-21 | Mugabe
Emmerson Mnangagwa | ZWEGOV | president | 2017-11-24 |  | Mnangagwa
Morgan Tsvangirai | ZWEGOV | prime minister | 2009-02-11 | 2013-09-22 | Tsvangirai
Sibusiso Moyo | ZWEGOV | foreign minister | 2017-11-30 | 2021-01-20 | Sibusiso Busi Moyo
# Earlier or later terms of people listed above.
Donald Tusk | POLGOV | prime minister | 2007-11-16 | 2014-09-22 | Tusk
Shehbaz Sharif | PAKGOV | prime minister | 2022-04-11 | 2023-08-14 |
Israel Katz | ISRGOV | foreign minister | 2019-02-17 | 2020-05-17 |
Avigdor Lieberman | ISRGOV | foreign minister | 2013-11-11 | 2015-05-14 |
Najib Mikati | LBNGOV | prime minister | 2011-06-13 | 2014-02-15 |
Albin Kurti | XKXGOV | prime minister | 2020-02-03 | 2020-06-03 |
Hashim Thaci | XKXGOV | prime minister | 2008-01-09 | 2014-12-09 |
Charles Michel | BELGOV | prime minister | 2014-10-11 | 2019-10-27 |
Aleksandar Vucic | SRBGOV | prime minister | 2014-04-27 | 2017-05-31 |
Alexander Stubb | FINGOV | prime minister | 2014-06-24 | 2015-05-29 |
Ranil Wickremesinghe | LKAGOV | prime minister | 2015-01-09 | 2018-10-26 |
Ranil Wickremesinghe | LKAGOV | prime minister | 2018-12-16 | 2019-11-21 |
Ranil Wickremesinghe | LKAGOV | prime minister | 2022-05-12 | 2022-07-21 |
Aung San Suu Kyi | MMRGOV | foreign minister | 2016-03-30 | 2021-02-01 |
Tedros Adhanom Ghebreyesus | ETHGOV | foreign minister | 2012-11-29 | 2016-11-01 |
Delcy Rodriguez | VENGOV | foreign minister | 2014-12-26 | 2017-06-21 |
Nicolas Maduro | VENGOV | foreign minister | 2006-08-09 | 2013-01-15 |
Josep Borrell | ESPGOV | foreign minister | 2018-06-07 | 2019-11-30 |
Jean-Claude Juncker | LUXGOV | prime minister | 1995-01-20 | 2013-12-04 |
Jens Stoltenberg | NORGOV | prime minister | 2005-10-17 | 2013-10-16 |
