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
Hu Jintao | CHNGOV | president | 2003-03-15 | 2013-03-14
Wen Jiabao | CHNGOV | prime minister | 2003-03-16 | 2013-03-15
Li Keqiang | CHNGOV | prime minister | 2013-03-15 | 2023-03-11
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
Kim Jong Il | PRKGOV | supreme leader | 1994-07-08 | 2011-12-17 | Kim Jong-il
Kim Jong Un | PRKGOV | supreme leader | 2011-12-17 |  | Kim Jong-un
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
