# Example sentences of the event patterns of events.lex, in the order of its patterns (so by
# CAMEO root). Each is coded alone, as an article of its own dated as given, and must give an
# event of the pattern named between the sides given: a country's ISO alpha-3 code (the first
# three letters of an actor code) or an organisation's whole code (IGOEU), and - for no target.
# An example of an exclusion (code `not` in events.lex) names the event the exclusion stops: the
# exclusion must match and that event must not be coded (and it is, without the exclusion).
# The sentences are written for this file, in the manner of wire copy, about plausible events.
# `detente lexicon coverage` codes every example and counts them per CAMEO code; `swift test`
# fails when one no longer gives its event. Add your own in a `[examples]` section of your file.
# pattern | sentence | source | target | article date
[examples]
condolences | Japanese Prime Minister Shinzo Abe sent his condolences to New Zealand after the mosque shootings. | JPN | NZL | 2019-03-16
deny-role | Rwanda has denied Congo's accusations of involvement in the rebel offensive. | RWA | COD | 2022-11-20
deny-that | Russia denied that its troops had crossed the border. | RUS | - | 2014-08-28
claim-responsibility | Islamic State claimed responsibility for the killing of two Italian aid workers on Friday. | IMGISL | - | 2017-05-01
express-optimism | Secretary of State Antony Blinken voiced optimism about relations with China after the meeting. | USA | CHN | 2023-06-19
express-pessimism | Israeli officials expressed doubts about negotiations with Hamas on Monday. | ISR | PSE | 2024-02-12
urge | Foreign Minister Heiko Maas urged Iran to return to full compliance with the nuclear deal. | DEU | IRN | 2019-07-08
call-on | Poland called on Belarus to allow an independent investigation into the crackdown. | POL | BLR | 2020-08-20
appeal-to | Prime Minister Imran Khan appealed to China for support over Kashmir. | PAK | CHN | 2019-08-10
ask | Ukraine asked Germany on Wednesday to supply more air defence systems. | UKR | DEU | 2022-10-12
press | Washington pressed Beijing to rein in North Korea's weapons programme. | USA | CHN | 2017-07-05
not-press-on | French President Emmanuel Macron pressed ahead with the pension reform despite protests from Germany. | FRA | - | 2023-03-20
appeal-for-aid | Nepal asked for emergency aid from India after the earthquake. | NPL | IND | 2015-04-26
urge-release | Canada urged China to release two detained Canadian citizens. | CAN | CHN | 2019-01-10
call-on-release | Britain called on Iran to free the jailed aid worker immediately. | GBR | IRN | 2019-03-07
appeal-release | Australia called for the release of a journalist detained in China. | AUS | CHN | 2020-09-08
urge-lift | Cuba urged the United States to lift its decades-old trade embargo. | CUB | USA | 2016-03-21
call-on-lift | Moscow called on the European Union to drop its sanctions. | RUS | IGOEU | 2019-06-20
urge-restraint | China urged India and Pakistan to exercise restraint. | CHN | IND | 2019-02-27
urge-respect | France urged Mali to respect the timetable for a return to civilian rule. | FRA | MLI | 2021-05-25
call-for-restraint | Egypt called for maximum restraint on all sides in Libya. | EGY | LBY | 2020-06-20
hope-restraint | China's foreign ministry said on Thursday it hoped India and Pakistan would exercise restraint. | CHN | IND | 2016-09-29
urge-deescalate | Japan urged North Korea to halt its ballistic missile tests. | JPN | PRK | 2017-08-29
call-on-deescalate | Germany called on Armenia and Azerbaijan to stop the fighting at once. | DEU | ARM | 2020-09-28
request | Mali requested France to withdraw its troops without delay. | MLI | FRA | 2022-02-18
request-meeting-of | Britain has asked for an urgent meeting of the United Nations Security Council over the poisoning. | GBR | IGOUNOSC | 2018-03-13
plead | Sri Lanka pleaded with India for an emergency fuel credit line. | LKA | IND | 2022-03-16
call-for-talks | Seoul called for renewed talks with Pyongyang on Friday. | KOR | PRK | 2019-12-20
implore | President Volodymyr Zelensky implored NATO to close the skies over Ukraine. | UKR | IGONATO | 2022-03-05
lobby | Israel has lobbied the United States hard against the nuclear deal. | ISR | USA | 2015-07-20
seek-extradition | Turkey formally sought the extradition of the cleric from the United States. | TUR | USA | 2016-07-19
urge-extradite | Ankara has repeatedly urged Washington to extradite the cleric. | TUR | USA | 2017-05-10
call-on-extradite | Rwanda called on Belgium to extradite the genocide suspects. | RWA | BEL | 2019-03-12
seek-bailout | Pakistan sought a bailout from the International Monetary Fund on Thursday. | PAK | IGOIMF | 2018-10-11
ask-weapons | Ukraine asked Germany for more tanks and armoured vehicles. | UKR | DEU | 2022-09-15
ask-air-defence | Kyiv appealed to Washington for more air defence systems. | UKR | USA | 2023-01-05
request-weapons | Armenia requested weapons from India after the border clashes. | ARM | IND | 2022-09-30
ask-troops | Mozambique asked Rwanda for troops to fight the insurgency in Cabo Delgado. | MOZ | RWA | 2021-07-09
request-troops | Haiti requested peacekeepers from the United Nations after the assassination. | HTI | IGOUNO | 2021-07-10
invite-troops | Mozambique invited Rwandan troops to help secure its northern province. | MOZ | RWA | 2021-07-09
urge-step-down | Washington urged Maduro to step down and allow a transition. | USA | VEN | 2019-02-01
urge-resign | Saudi Arabia urged the information minister to resign over his remarks. | SAU | - | 2021-10-30
call-on-step-down | The United States called on Maduro to step down. | USA | VEN | 2019-01-30
call-on-resign | Riyadh called on the Lebanese minister to resign. | SAU | LBN | 2021-10-30
call-resignation | Britain called for the resignation of President Robert Mugabe. | GBR | ZWE | 2017-11-17
urge-reform | The European Union urged Ukraine to carry out judicial reforms. | IGOEU | UKR | 2022-06-17
urge-rights | The United Nations urged Myanmar to respect the rights of the Rohingya. | IGOUNO | MMR | 2018-08-27
urge-elections | The African Union urged Guinea's junta to hold elections within six months. | IGOAU | GIN | 2021-09-10
call-on-elections | ECOWAS called on Mali's junta to hold elections by February. | IGOECOWAS | MLI | 2021-09-16
urge-stand-down | Kenya urged the protesters to stand down. | KEN | KEN | 2024-06-26
call-on-stand-down | The European Union called on the protesters in northern Kosovo to stand down. | IGOEU | XKX | 2023-05-30
urge-end-protests | The European Union urged the Kosovo Serbs to end their blockade of the border crossings. | IGOEU | XKX | 2023-05-31
urge-surrender | Manila urged the gunmen in Sabah to surrender. | PHL | PHL | 2013-03-05
urge-access | The United Nations urged Ethiopia to allow humanitarian access to Tigray. | IGOUNO | ETH | 2021-06-25
call-on-access | France called on Israel to allow aid into Gaza. | FRA | ISR | 2023-10-25
urge-settle | Russia urged Kyrgyzstan and Tajikistan to settle their border dispute peacefully. | RUS | KGZ | 2021-04-30
call-on-settle | China called on India and Pakistan to settle their differences through dialogue. | CHN | IND | 2019-03-01
call-peaceful-solution | China called for a peaceful solution to the dispute between Armenia and Azerbaijan. | CHN | ARM | 2020-09-29
ask-mediate | Ukraine asked Turkey to mediate with Russia over grain exports. | UKR | TUR | 2022-06-08
urge-talks | Washington urged Iran to return to talks on the nuclear deal. | USA | IRN | 2021-11-29
seek-support | Ukraine sought Chinese support for its peace plan. | UKR | CHN | 2023-03-21
pledge-military-aid | France promised further military aid to Armenia. | FRA | ARM | 2023-10-23
pledge-humanitarian | Japan pledged humanitarian aid to Afghanistan on Thursday. | JPN | AFG | 2021-10-14
offer-aid | Japan pledged emergency aid to Turkey. | JPN | TUR | 2023-02-07
offer-to-help | France has repeatedly offered to help Morocco after the earthquake. | FRA | MAR | 2023-09-11
ready-to-help | Blinken said Washington was ready to provide any assistance Morocco needed. | USA | MAR | 2023-09-11
pledge-money | Canada pledged an additional C$15 million to Brazil. | CAN | BRA | 2019-08-27
pledge-money | Canberra also committed A$20 million to a sea wall for Kiribati. | AUS | KIR | 2023-11-10
pledge-money | The Asian Development Bank promised $600 million to Nepal. | IGOADB | NPL | 2015-06-25
put-money-on-table | India put $1 billion on the table for Nepal. | IND | NPL | 2015-06-25
donate-money | China would donate $28.5 million to Cape Verde for a new hospital. | CHN | CPV | 2024-03-11
put-forward-money | The European Union put forward 400 million euros for Iraq's reconstruction. | IGOEU | IRQ | 2018-02-14
undertake-to | Malaysia undertook to cooperate with Indonesia in fighting the haze. | MYS | IDN | 2019-09-15
undertake-to-with | Tuvalu undertook to reach agreement with Australia before any security deal. | TUV | AUS | 2023-11-10
come-to-aid | Washington said it would come to Manila's aid if its ships were attacked. | USA | PHL | 2024-06-18
offer-mediate | Turkey has offered to mediate between Russia and Ukraine. | TUR | RUS | 2022-03-01
move-embassy | Guatemala moved its embassy in Israel to Jerusalem on Wednesday. | GTM | ISR | 2018-05-16
mobilisation | Armenia declared a general mobilisation on Sunday. | ARM | - | 2020-09-27
offer-host | Saudi Arabia offered to host peace talks between Russia and Ukraine. | SAU | RUS | 2025-02-13
invite | President Vladimir Putin invited Kim Jong Un to visit Russia. | RUS | PRK | 2018-09-11
accept-invitation | Kim Jong Un accepted an invitation to come to Seoul. | PRK | KOR | 2018-09-20
proposal-accepted | The Turkish offer to host the talks was taken up by Ukraine. | TUR | UKR | 2022-03-08
proposal-accepted-2 | A Chinese proposal for a ceasefire was accepted by Russia. | CHN | RUS | 2023-02-24
help-build | Russia will help Egypt build its first nuclear power plant. | RUS | EGY | 2017-12-11
promise-rebuild | France promised to help rebuild Lebanon after the port explosion. | FRA | LBN | 2020-08-06
offer-talks | Seoul offered military talks to Pyongyang on Monday. | KOR | PRK | 2017-07-17
agree-cooperate | Indonesia agreed to cooperate with Australia on counter-terrorism. | IDN | AUS | 2017-02-26
offer-to-send | Israel offered to send a search and rescue team to Turkey. | ISR | TUR | 2023-02-06
develop-relations | Argentina is seeking to expand its trade ties with China. | ARG | CHN | 2022-02-06
stand-with | Poland will stand with Ukraine for as long as it takes, President Andrzej Duda said. | POL | UKR | 2022-03-01
vow-support | The United States pledged its full support to Israel. | USA | ISR | 2023-10-08
work-with | Mexico will work closely with the United States on migration. | MEX | USA | 2019-06-10
pledge-trade | Egypt pledged to raise trade with Turkey to $15 billion. | EGY | TUR | 2024-09-04
pledge-invest | Japan pledged to invest in India's high-speed rail network. | JPN | IND | 2022-03-19
pledge-defend | Washington vowed to defend the Philippines against any armed attack. | USA | PHL | 2023-05-01
not-defend-own | China vowed to defend its sovereignty and territorial integrity. | CHN | - | 2022-08-03
pledge-weapons | Britain pledged more air defence missiles to Ukraine. | GBR | UKR | 2023-05-15
agree-release | Iran agreed to release the British-flagged tanker. | IRN | GBR | 2019-09-23
agree-lift | Japan agreed to lift curbs on chip exports to South Korea. | JPN | KOR | 2023-03-16
agree-access | Iran agreed to allow inspectors to visit two suspected sites. | IRN | - | 2020-08-26
pledge-halt-attacks | The Houthis pledged to halt attacks on Saudi Arabia. | YEM | SAU | 2019-09-20
pledge-back-bid | France pledged to back India's bid for a permanent Security Council seat. | FRA | IND | 2016-01-25
pledge-settle | India and China vowed to resolve their border dispute through talks. | IND | CHN | 2020-09-11
accept-mediation | Sudan accepted the mediation of Ethiopia in the crisis. | SDN | ETH | 2019-06-10
accept-offer-mediate | Ethiopia accepted Turkey's offer to mediate with Somalia. | ETH | TUR | 2024-07-01
offer-bring-together-of | Turkey offered to bring together the leaders of Russia and Ukraine. | TUR | RUS | 2022-02-03
offer-bring-together | Turkey offered to bring Russia and Ukraine together for talks. | TUR | RUS | 2022-02-03
meet | Chinese President Xi Jinping met South African President Cyril Ramaphosa in Beijing. | CHN | ZAF | 2018-09-02
not-meet-demands | Foreign Minister Sergei Lavrov said Russia would never meet Turkey's demands on the pipeline. | RUS | TUR | 2020-05-05
meet-noun | Turkish President Tayyip Erdogan's meeting with Russian President Vladimir Putin lasted six hours. | TUR | RUS | 2020-03-05
see-each-other | Prime Minister Narendra Modi and President Xi Jinping last saw each other in Brazil. | IND | CHN | 2020-06-17
meet-each-other | Kim Jong Un and Moon Jae-in met each other at the border village of Panmunjom. | PRK | KOR | 2018-04-27
hold-talks | Saudi Arabia held direct talks with Iran in Baghdad. | SAU | IRN | 2021-04-18
open-talks | Britain opened trade talks with Australia on Wednesday. | GBR | AUS | 2020-06-17
talks | Israel's talks with Lebanon over the maritime border stalled. | ISR | LBN | 2020-11-12
joint-news-conference | Baerbock said at a joint news conference with her Polish counterpart Zbigniew Rau that the matter was closed. | DEU | POL | 2022-10-04
summit | Putin's summit with Biden in Geneva lasted less than four hours. | RUS | USA | 2021-06-16
discuss | Canada discussed trade and security with Mexico on Friday. | CAN | MEX | 2021-11-19
talk | French President Emmanuel Macron talked with Donald Trump about Iran. | FRA | USA | 2019-06-08
speak-with | Irish Prime Minister Micheal Martin spoke separately with British Prime Minister Boris Johnson. | IRL | GBR | 2021-01-30
speak-to | Prime Minister Boris Johnson spoke to Ursula von der Leyen on Friday evening. | GBR | IGOEU | 2021-01-30
speak-to | Prime Minister Boris Johnson spoke to Commission President Ursula von der Leyen on Friday. | GBR | IGOEU | 2021-01-30
sit-down-with | French President Emmanuel Macron sat down with Chinese President Xi Jinping in Beijing. | FRA | CHN | 2023-04-06
call-between | The two foreign ministers held a call between Canberra and Wellington. | AUS | NZL | 2024-05-23
huddle-with | Egyptian President Abdel Fattah al-Sisi huddled with Qatar's emir in Doha on Tuesday. | EGY | QAT | 2024-05-08
spend-time-with | Secretary of State Antony Blinken spent about three hours with Wang Yi on Monday. | USA | CHN | 2023-06-19
shake-hands | President Donald Trump shook hands with Kim Jong Un at the border. | USA | PRK | 2019-06-30
shook-hands | Egyptian President Abdel Fattah al-Sisi and Turkish President Recep Tayyip Erdogan shook hands in Doha on Sunday. | EGY | TUR | 2022-11-21
spoke-together | Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe spoke for about an hour in Lima on Saturday. | RUS | JPN | 2016-11-20
talked-together | Russian President Vladimir Putin and Turkish President Tayyip Erdogan talked alone for three hours in Sochi. | RUS | TUR | 2021-09-30
chatted | Indian Prime Minister Narendra Modi and Pakistani Prime Minister Nawaz Sharif chatted briefly in Paris. | IND | PAK | 2015-12-26
chat-with | Prime Minister Narendra Modi chatted with Nawaz Sharif on the sidelines of the summit. | IND | PAK | 2015-12-26
exchange-views | Chinese Foreign Minister Wang Yi exchanged views with his Indian counterpart on the border. | CHN | IND | 2024-05-08
courtesy-call | The Japanese foreign minister paid a courtesy call on Indonesian President Joko Widodo. | JPN | IDN | 2024-05-08
confer | Saudi Arabia's foreign minister conferred with his Egyptian counterpart in Cairo. | SAU | EGY | 2021-03-30
negotiate | Britain is negotiating with the European Union on a trade deal. | GBR | IGOEU | 2020-10-20
negotiations | Ethiopia's negotiations with Egypt over the dam have stalled. | ETH | EGY | 2020-07-15
phone | Turkish President Tayyip Erdogan phoned Vladimir Putin on Friday. | TUR | RUS | 2020-02-21
phone-call | Biden's phone call with Xi lasted 90 minutes. | USA | CHN | 2021-09-10
call-with | Wang Yi said in a separate call on Wednesday with Indonesian Foreign Minister Marty Natalegawa that China wanted calm. | CHN | IDN | 2014-05-16
call-in-to-tell | Paris called in Azerbaijan's ambassador to tell him of its anger. | FRA | AZE | 2024-01-09
call-to-tell | Turkish President Tayyip Erdogan called Venezuelan President Nicolas Maduro to tell him of his support. | TUR | VEN | 2019-01-24
spoke-by-phone | Prime Minister Justin Trudeau and President Donald Trump spoke twice by telephone on Monday. | CAN | USA | 2025-02-03
spoke-by-video | Bolivian President Luis Arce spoke by video link with Argentine President Alberto Fernandez on Sunday. | BOL | ARG | 2021-07-12
visit | Indian Prime Minister Narendra Modi visited Israel on Tuesday. | IND | ISR | 2017-07-04
visit-noun | Macron's visit to Algeria ended on Saturday. | FRA | DZA | 2022-08-27
not-mission-to-un | Russia's mission to the United Nations issued a statement on Friday. | RUS | - | 2023-03-01
travel-to | German Chancellor Olaf Scholz travelled to China on Friday. | DEU | CHN | 2022-11-04
spend-day-in | Indian Prime Minister Narendra Modi had spent the day in Kabul. | IND | AFG | 2015-12-26
not-go-to-polls | Australia wanted Fiji to go to the polls sooner than that. | AUS | - | 2010-07-13
go-to | President Joe Biden would still go to Israel on Wednesday. | USA | ISR | 2023-10-17
fly-to | Secretary of State Antony Blinken flew to Israel on Thursday. | USA | ISR | 2023-10-12
fly-into | French President Emmanuel Macron flew into Beijing on Wednesday. | FRA | CHN | 2023-04-06
tell-by-phone | French Foreign Minister Michel Barnier told Ivorian President Laurent Gbagbo by telephone that the attack was unacceptable. | FRA | CIV | 2004-11-07
arrive-in | North Korean leader Kim Jong Un arrived in Vietnam by train. | PRK | VNM | 2019-02-26
land-in | Indian Prime Minister Narendra Modi landed in Moscow on Monday. | IND | RUS | 2024-07-09
expected-in | Secretary of State John Kerry is expected in Manila this weekend for talks. | USA | PHL | 2016-07-25
expected-in | The Chinese foreign minister is due in Canberra on Wednesday. | CHN | AUS | 2024-03-18
leave-for | Vice President Joe Biden leaves next week for Tokyo. | USA | JPN | 2013-11-29
attend-summit | Brazilian President Jair Bolsonaro attended the G20 summit in Osaka. | BRA | JPN | 2019-06-28
skip-summit | Russian President Vladimir Putin will skip the G20 summit in Bali. | RUS | IDN | 2022-11-10
back-out | Pakistan backed out of a summit in Kuala Lumpur. | PAK | MYS | 2019-12-17
host | Japan hosted Australian Prime Minister Scott Morrison in Tokyo. | JPN | AUS | 2020-11-17
host-banquet | Vietnam's president hosted a state banquet in Biden's honour. | VNM | USA | 2023-09-11
receive | Chinese President Xi Jinping received Congolese President Felix Tshisekedi in Beijing. | CHN | COD | 2024-09-03
welcome | Egypt welcomed Israeli Prime Minister Naftali Bennett to Sharm el-Sheikh. | EGY | ISR | 2021-09-13
mediate | Kuwait has mediated between Saudi Arabia and Qatar. | KWT | SAU | 2017-06-20
shuttle-between | Omani Foreign Minister Badr Albusaidi shuttled between the Iranian and U.S. delegations. | OMN | IRN | 2025-04-13
broker-talks | Germany has tried to broker direct talks between Greece and Turkey. | DEU | GRC | 2020-08-14
telephone | French President Emmanuel Macron telephoned Vladimir Putin on Sunday. | FRA | RUS | 2022-02-20
hold-call | Biden held a phone call with Xi on Thursday. | USA | CHN | 2021-09-10
hold-call-bare | Irish Prime Minister Micheal Martin also held a call with Ursula von der Leyen on Friday. | IRL | IGOEU | 2021-01-30
video-call | Xi held a video call with Biden on Monday. | CHN | USA | 2021-11-16
greet | Qatar's emir greeted Turkish President Tayyip Erdogan at Doha airport. | QAT | TUR | 2020-07-02
phone-call-in | Biden assured Zelensky of continued support in a phone call on Sunday. | USA | UKR | 2022-01-02
lead-delegation | Foreign Minister Wang Yi led a delegation to Myanmar. | CHN | MMR | 2022-07-02
tour | French President Emmanuel Macron toured Nigeria this week. | FRA | NGA | 2018-07-04
resume-talks | Washington resumed talks with Pyongyang in Stockholm. | USA | PRK | 2019-10-05
raise-with | Australia raised the case of a detained writer with China. | AUS | CHN | 2019-08-28
praise | President Donald Trump praised Kim Jong Un after the summit. | USA | PRK | 2018-06-12
appreciate | Xi said China appreciated North Korea's efforts to ease tension on the peninsula. | CHN | PRK | 2018-03-28
weight-behind | Russia threw its weight behind President Nicolas Maduro. | RUS | VEN | 2019-01-24
single-out-praise | President Joe Biden singled out Germany for praise. | USA | DEU | 2024-08-02
assure-support | Libya's prime minister assured the Palestinian ambassador of his support. | LBY | PSE | 2023-08-28
hail | Moscow hailed Turkey as a reliable partner. | RUS | TUR | 2019-07-12
commend | Washington commended Sudan for its decision. | USA | SDN | 2020-10-23
endorse | France endorsed India for a permanent seat on the Security Council. | FRA | IND | 2021-01-07
thank | President Volodymyr Zelensky thanked Britain for its military aid. | UKR | GBR | 2022-04-09
defend | Russia defended Syria at the United Nations Security Council. | RUS | SYR | 2018-04-14
apologize | Japan apologised to South Korea for wartime abuses. | JPN | KOR | 2015-12-28
recognize | Spain recognised Palestine as a state on Tuesday. | ESP | PSE | 2024-05-28
not-recognize-right | Germany recognises Israel's right to defend itself. | DEU | ISR | 2023-10-09
sign-agreement | Turkey signed a maritime deal with Libya. | TUR | LBY | 2019-11-27
reach-agreement | Mexico reached an agreement with the United States on migration. | MEX | USA | 2019-06-08
strike-deal | Britain struck a trade deal with Japan on Friday. | GBR | JPN | 2020-09-11
not-strike-chord | Chancellor Olaf Scholz struck a conciliatory tone in Beijing on Friday. | DEU | CHN | 2022-11-04
deal-brokered | A ceasefire brokered by Egypt took effect on Friday. | EGY | - | 2021-05-21
meeting-of | The meeting of the Russian and Ukrainian foreign ministers in Antalya ended without progress. | RUS | UKR | 2022-03-10
agreement-between | A ceasefire agreement between Armenia and Azerbaijan took effect at midnight. | ARM | AZE | 2020-11-10
restore-ties | Sudan will normalise relations with Israel. | SDN | ISR | 2020-10-23
restore-envoys | Israel will return its ambassador to Turkey. | ISR | TUR | 2022-08-17
sign-declaration | Russia signed a protocol with Belarus on Friday. | RUS | BLR | 2021-09-10
agree-end-war | Ethiopia agreed to end the war with Eritrea. | ETH | ERI | 2018-07-09
ceasefire-between | A ceasefire between Armenia and Azerbaijan took effect at midnight on Saturday. | ARM | AZE | 2020-10-17
congratulate | Vladimir Putin congratulated Tayyip Erdogan on his re-election. | RUS | TUR | 2023-05-29
applaud | Canada applauded Mexico for its labour reform. | CAN | MEX | 2019-05-02
establish-relations | Israel established relations with Bahrain. | ISR | BHR | 2020-09-12
agree-not-to | India and China agreed not to send more troops to the front line. | IND | CHN | 2020-09-22
back | China backed Pakistan on Kashmir. | CHN | PAK | 2019-08-16
laud | President Donald Trump lauded Saudi Arabia for its fight against extremism. | USA | SAU | 2017-05-21
express-support | European Union foreign ministers expressed full solidarity with Greece. | IGOEU | GRC | 2020-08-14
forgive | Russia forgave Cuba most of its Soviet-era debt. | RUS | CUB | 2014-07-11
send-congratulations | Prime Minister Narendra Modi sent congratulations to Joe Biden. | IND | USA | 2020-11-08
approve-bid | Turkey's parliament ratified Finland's NATO membership. | TUR | FIN | 2023-03-30
agree-on | Greece agreed on a maritime boundary with Egypt. | GRC | EGY | 2020-08-06
agree-later-on | Ukraine agreed in principle on the terms of a minerals deal with the United States. | UKR | USA | 2025-02-26
upgrade-ties | Vietnam upgraded its relations with the United States to a comprehensive strategic partnership. | VNM | USA | 2023-09-10
rally-behind | Poland rallied behind Ukraine on Thursday. | POL | UKR | 2022-02-24
rally-support-for | France is rallying support for Lebanon among European governments. | FRA | LBN | 2020-08-07
stand-behind | The European Union stood firmly behind Lithuania in its dispute with Beijing. | IGOEU | LTU | 2021-12-10
voice-solidarity | Poland voiced solidarity with the Czech government on Sunday. | POL | CZE | 2021-04-18
voice-support | Washington voiced support for Guyana in its border dispute with Venezuela. | USA | GUY | 2023-12-05
reaffirm-support | Turkey reaffirmed its support for Ukraine's territorial integrity. | TUR | UKR | 2022-02-03
express-regrets | France conveyed its regrets to Bolivia over the incident. | FRA | BOL | 2013-07-05
switch-recognition | Nicaragua switched diplomatic recognition from Taipei to Beijing. | NIC | CHN | 2021-12-10
offer-apology | Japan offered an apology to South Korea over wartime forced labour. | JPN | KOR | 2023-03-16
ink-deal | India inked a defence deal with the United States. | IND | USA | 2023-06-22
oversee-signing | Xi Jinping oversaw the signing of oil deals with Kazakh President Nursultan Nazarbayev. | CHN | KAZ | 2013-09-07
seal-deal | Britain sealed a free trade deal with Australia on Tuesday. | GBR | AUS | 2021-06-15
pin-award | Russian President Vladimir Putin pinned Russia's highest state award on Indian Prime Minister Narendra Modi. | RUS | IND | 2024-07-09
put-names-to | Putin put his signature to a pact with North Korea. | RUS | PRK | 2024-06-19
joint-exercises | Egypt announced joint exercises with Greece on Monday. | EGY | GRC | 2021-02-15
cooperate | Mexico will cooperate with the United States on border security, the foreign minister said. | MEX | USA | 2019-06-08
hand-over | Pakistan handed over 20 Indian fishermen at the Wagah border crossing on Monday. | PAK | IND | 2023-06-12
return-territory | Russia returned the disputed islands to Japan on Friday. | RUS | JPN | 2020-05-08
hand-over-territory | Armenia handed over the Kalbajar district to Azerbaijan on Wednesday. | ARM | AZE | 2020-11-25
extradite | Spain extradited a Russian businessman to the United States on Thursday. | ESP | RUS | 2021-06-10
allow-use-bases | Turkey allowed American warplanes to use the Incirlik air base for strikes on Islamic State. | TUR | USA | 2015-07-24
host-troops | Poland has offered to host more American troops on its territory. | POL | USA | 2018-09-18
joint-patrols | Russia and Turkey began joint patrols in northeastern Syria on Friday. | RUS | TUR | 2019-11-01
share-information | Japan agreed to share radar information with South Korea on North Korean missile launches. | JPN | KOR | 2023-03-16
approve-extradition | The British government approved the extradition of WikiLeaks founder Julian Assange to the United States. | GBR | USA | 2022-06-17
boost-trade | Russia and China boosted bilateral trade to $200 billion last year. | RUS | CHN | 2019-06-05
ship-fuel | Iran shipped 1.5 million barrels of gasoline to Venezuela last month. | IRN | VEN | 2020-06-15
send-humanitarian | Jordan sent humanitarian aid to Lebanon on Tuesday. | JOR | LBN | 2024-10-01
send-military-aid | Germany will provide more military assistance to Ukraine. | DEU | UKR | 2023-05-15
supply-with-weapons | Israel had supplied Chad's army with weapons and armoured vehicles, the report said. | ISR | TCD | 2023-12-20
send-weapons | Britain will send long-range missiles to Ukraine, the defence secretary said. | GBR | UKR | 2023-05-11
aid-package | Japan unveiled a fresh financing package for Sri Lanka on Tuesday. | JPN | LKA | 2023-03-21
send-aid | Saudi Arabia said it would send Sudan $3 billion in aid. | SAU | SDN | 2019-04-22
give-money | Kuwait said it would give Egypt $4 billion in grants. | KWT | EGY | 2013-07-10
give-money | China handed 10,000 U.S. dollars to Fiji's Red Cross on Monday. | CHN | FJI | 2016-02-27
give-money | Beijing would provide 3 billion yuan to Kathmandu in grant assistance. | CHN | NPL | 2015-06-25
give-money | The European Union has released 3.5 million euros for Mozambique. | IGOEU | MOZ | 2019-03-21
provide-credit | India extended a $500 million credit line to Sri Lanka for fuel. | IND | LKA | 2022-03-18
lend | India has agreed to lend Sri Lanka $1 billion for food and medicine. | IND | LKA | 2022-03-18
grant-asylum | Mexico granted asylum to former Bolivian President Evo Morales. | MEX | BOL | 2019-11-11
rescuers | Russia's emergencies ministry flew 120 rescuers to Myanmar. | RUS | MMR | 2025-03-31
aid-arrived | Chinese relief supplies arrived in Kathmandu on Tuesday. | CHN | NPL | 2015-04-28
aid-touched-down | The first New Zealand relief flights touched down in Tonga on Thursday. | NZL | TON | 2022-01-20
aid-arrives | A Turkish military plane landed in Beirut with medical supplies on Thursday. | TUR | LBN | 2020-08-06
share-intelligence | Australia will share more intelligence with Japan under the new pact. | AUS | JPN | 2023-01-14
send-experts | France dispatched a team of investigators to Lebanon after the port blast. | FRA | LBN | 2020-08-05
not-send-team | France sent its football team to Qatar for the World Cup. | FRA | QAT | 2022-11-15
donate | China donated 500,000 vaccine doses to Cambodia on Sunday. | CHN | KHM | 2021-02-07
airlift | The United Arab Emirates airlifted medical supplies to Sudan on Friday. | ARE | SDN | 2023-05-05
order-airlift | Morocco's king ordered an airlift of tents and food to Mozambique. | MAR | MOZ | 2019-03-21
approve-sale | The State Department approved the sale of F-16 jets to Turkey on Friday. | USA | TUR | 2024-01-26
deploy-peacekeepers | Rwanda will deploy another battalion of peacekeepers to the Central African Republic. | RWA | CAF | 2021-01-04
military-support | Turkey stepped up its military support for the government in Tripoli. | TUR | LBY | 2020-01-16
arms-sale | China protested against a new American arms sale to Taiwan. | USA | TWN | 2023-12-16
pour-money-into | Qatar has poured billions of dollars into Egypt since the revolution. | QAT | EGY | 2013-04-11
release | Iran released two French nationals on Friday. | IRN | FRA | 2023-05-12
hand-over-person | Germany handed over Russian agent Vadim Krasikov. | DEU | RUS | 2024-08-02
pardon | Belarusian President Alexander Lukashenko pardoned a German citizen. | BLR | DEU | 2024-08-02
grant-clemency | The United States granted clemency to five Iranians held on sanctions charges, officials said on Monday. | USA | IRN | 2023-09-18
lift-sanctions | Washington eased sanctions on Venezuela's oil sector. | USA | VEN | 2023-10-19
lift-sanctions | India lifted its duties on American almonds after the trade deal. | IND | USA | 2023-06-22
suspend-tariffs | President Donald Trump suspended the tariffs on Mexico. | USA | MEX | 2019-06-08
call-off-tariffs | President Donald Trump called off the tariffs on Mexican goods. | USA | MEX | 2019-06-08
hold-tariffs | President Donald Trump put the tariffs on Canadian goods on hold. | USA | CAN | 2025-02-03
withdraw-complaint | Qatar withdrew its complaint against the United Arab Emirates on Thursday. | QAT | ARE | 2021-02-11
ceasefire | Thailand declared a unilateral ceasefire with Cambodia on Monday. | THA | KHM | 2025-07-28
withdraw-troops | Russia withdrew its remaining troops from Kazakhstan on Thursday. | RUS | KAZ | 2022-01-13
exchange-prisoners | Azerbaijan swapped detainees with Armenia on Wednesday. | AZE | ARM | 2023-12-13
lift-veto | Hungary lifted its veto on aid to Ukraine on Thursday. | HUN | UKR | 2024-02-01
reopen-border | Pakistan reopened its border crossings with Afghanistan on Friday. | PAK | AFG | 2023-09-15
disarm | Colombian rebels laid down their weapons on Tuesday. | COL | - | 2017-06-27
disarm-verb | Lebanon's government said Hezbollah must disarm by the end of the year. | LBN | - | 2025-08-07
pull-back | Chinese troops pulled back from the Indian border on Friday. | CHN | IND | 2021-02-12
ceasefire-agreed | Israel agreed to a cessation of hostilities with Lebanon on Tuesday. | ISR | LBN | 2024-11-26
return-remains | North Korea returned the remains of American soldiers to the United States. | PRK | USA | 2018-07-27
hand-over-remains | North Korea handed over the remains to the United States on Friday. | PRK | USA | 2018-07-27
unfreeze | South Korea released frozen funds to Iran on Monday. | KOR | IRN | 2023-09-18
ease-tariffs | China cut tariffs on American cars on Friday. | CHN | USA | 2018-12-14
reopen-embassy | The United Arab Emirates reopened its embassy in Damascus. | ARE | SYR | 2018-12-27
resume-imports | China resumed imports of Australian coal on Tuesday. | CHN | AUS | 2023-01-03
call-off-protest | Georgia's opposition called off its protests against the Georgian government on Sunday. | GEO | GEO | 2023-03-12
bow-to-demands | Serbia bowed to demands from the European Union to remove its border barricades. | SRB | IGOEU | 2011-12-06
agree-to-demands | Qatar agreed to several of Saudi Arabia's demands, the mediator said. | QAT | SAU | 2017-07-20
agree-to-all-terms | Colombia agreed to all of President Trump's terms on deportation flights. | COL | USA | 2025-01-27
give-in-to | Mexico gave in to Washington on Friday. | MEX | USA | 2019-06-10
hand-back | Russia handed back three Ukrainian naval vessels on Monday. | RUS | UKR | 2019-11-18
let-go | China let the two Canadians go hours after the Huawei executive was freed. | CHN | CAN | 2021-09-25
not-let-go | Britain would not let Iran's crimes go unpunished, the foreign secretary said. | GBR | IRN | 2023-01-15
allow-inspectors | Iran allowed IAEA inspectors into the damaged nuclear site on Thursday. | IRN | IGOUNOIAEA | 2023-03-09
accept-peacekeepers | Sudan agreed to accept African Union peacekeepers in Darfur. | SDN | IGOAU | 2007-06-12
allow-aid-in | Israel allowed aid trucks into Gaza through the Rafah crossing. | ISR | PSE | 2023-10-21
humanitarian-corridor | Russia opened a humanitarian corridor from Mariupol on Sunday. | RUS | UKR | 2022-03-06
lift-blockade | Israel eased its blockade of Gaza on Tuesday. | ISR | PSE | 2010-06-22
halt-offensive | Israel paused its offensive in Gaza for four days. | ISR | PSE | 2023-11-24
pull-troops-out | Russia pulled its troops out of Kherson on Friday. | RUS | UKR | 2022-11-11
surrender-to | Hundreds of Ukrainian fighters surrendered to Russian forces in Mariupol. | UKR | RUS | 2022-05-18
not-surrender-to-pressure | Iran will never surrender to American pressure, the foreign minister said. | IRN | USA | 2019-05-20
reduce-troops | The United States will reduce its troops in Afghanistan to 8,600. | USA | AFG | 2020-02-29
reduce-force | Washington will halve its force in Iraq by the end of the year. | USA | IRQ | 2020-08-20
investigate | Ukrainian prosecutors are investigating Russian soldiers over the killings. | UKR | RUS | 2022-04-05
investigation | Germany launched an investigation into Russian hackers on Wednesday. | DEU | RUS | 2020-05-13
probe | Kenyan police will probe Pakistani officials over the killing. | KEN | PAK | 2022-10-25
war-crimes-probe | The International Criminal Court will investigate alleged Russian war crimes in Ukraine. | IGOICC | RUS | 2022-03-03
investigate-war-crimes | The ICC opened an investigation into possible war crimes in Palestinian territories. | IGOICC | PSE | 2021-03-03
investigate-abuses | The UN Human Rights Council voted to investigate abuses in Ethiopia's Tigray region. | IGOUNOHRC | ETH | 2021-12-17
fact-finding | The African Union sent a fact-finding mission to Burundi. | IGOAU | BDI | 2015-12-17
demand-that | King Abdullah demanded on Thursday that Israel put the guard on trial. | JOR | ISR | 2017-07-28
demand-lift | Venezuela demanded that Washington lift its sanctions. | VEN | USA | 2019-02-01
demand-release | Britain demanded the release of a British journalist held in Iran. | GBR | IRN | 2019-02-01
demand | Kyiv demanded an apology from Moscow on Sunday. | UKR | RUS | 2023-03-05
demand-aid | Jordan demanded more support from the European Union on Tuesday. | JOR | IGOEU | 2023-06-14
demand-explanation | Poland demanded an explanation from Moscow over the missile. | POL | RUS | 2022-11-16
demand-resignation | Protesters demanded the resignation of President Gotabaya Rajapaksa. | LKA | LKA | 2022-04-10
demand-step-down | Thousands of protesters demanded that Prime Minister Hasina resign. | BGD | BGD | 2024-08-04
demand-step-down-2 | The opposition demanded that President Lukashenko step down. | BLR | BLR | 2020-08-17
demand-reversal | China demanded that Lithuania reverse its decision on the Taiwanese office. | CHN | LTU | 2021-08-10
demand-extradition | Turkey demanded the extradition of the cleric from the United States. | TUR | USA | 2016-07-19
demand-withdrawal | Mali demanded the withdrawal of French troops. | MLI | FRA | 2022-02-18
demand-withdraw | China demanded that India withdraw its troops from Doklam. | CHN | IND | 2017-07-05
demand-end-to | Egypt demanded an end to the Israeli offensive in Gaza. | EGY | ISR | 2014-07-15
demand-ceasefire | The African Union demanded an immediate ceasefire in Sudan. | IGOAU | SDN | 2023-04-16
resolution-ceasefire | The Security Council adopted a resolution demanding an immediate ceasefire in Gaza. | IGOUNOSC | PSE | 2024-03-25
demand-talks | Kosovo demanded talks with Serbia over the border closure. | XKX | SRB | 2022-12-20
demand-compensation | Poland demanded reparations from Germany for the Second World War. | POL | DEU | 2022-10-03
criticize | Berlin criticized Warsaw over the judicial reforms. | DEU | POL | 2018-07-04
condemn | Egypt condemned Israel on Sunday over the raid. | EGY | ISR | 2023-01-29
draw-criticism | Thailand deported about 100 Uighurs to China on Thursday, drawing sharp condemnation from Turkey. | TUR | THA | 2015-07-09
draw-protest | Japan's prime minister visited the shrine on Tuesday, a move that drew a formal protest from China. | CHN | JPN | 2013-12-26
denounce | Cuba denounced Washington on Friday over the new restrictions. | CUB | USA | 2019-04-19
slam-door-on-talks | Taiwan's president slammed the door on talks with China on Tuesday. | TWN | CHN | 2020-05-05
slam | Beijing slammed Canberra on Tuesday over the call for an inquiry. | CHN | AUS | 2020-04-28
not-slam-ball | Brazil's striker slammed the ball past Argentina's goalkeeper. | BRA | ARG | 2023-11-21
blast | Turkish President Tayyip Erdogan blasted Sweden over the protest. | TUR | SWE | 2023-01-23
rebuke | Japan rebuked South Korea over the court ruling. | JPN | KOR | 2018-10-31
criticism | Hungary's criticism of the European Union grew louder on Wednesday. | HUN | IGOEU | 2022-09-14
accuse | Ethiopia accused Egypt of stoking unrest. | ETH | EGY | 2020-10-24
blame | Azerbaijan blamed Armenia for the shelling of Ganja. | AZE | ARM | 2020-10-11
accusation | Polish accusations against Belarus mounted on Wednesday. | POL | BLR | 2021-11-10
complain | Greece complained to the European Union about Turkish drilling. | GRC | IGOEU | 2020-08-14
protest-note | Greece filed a complaint against Turkey over the drilling. | GRC | TUR | 2020-08-14
lodge-representations | China said it had lodged stern representations with Japan. | CHN | JPN | 2022-07-12
demarche | India issued a demarche to Turkey over the remarks. | IND | TUR | 2020-02-17
deliver-protest | Kyrgyzstan's foreign ministry handed a protest note to Kazakhstan's charge d'affaires. | KGZ | KAZ | 2017-10-12
lodge-protest | The Philippines registered a protest with China over the water cannon attack. | PHL | CHN | 2023-08-07
summon | Turkey summoned the Dutch consul on Sunday. | TUR | NLD | 2017-03-12
summon-envoy | Poland summoned the Russian ambassador on Monday. | POL | RUS | 2022-02-28
call-in-envoy | Britain called in the Iranian ambassador on Saturday. | GBR | IRN | 2023-01-15
call-in-envoy | South Korea called in the Japanese ambassador on Friday. | KOR | JPN | 2017-01-06
sue | The Philippines sued China at an international tribunal. | PHL | CHN | 2013-01-22
lawsuit | Mexico filed a lawsuit against U.S. gun manufacturers on Wednesday. | MEX | USA | 2021-08-04
called-names | Iraq called Iran's missile strike a flagrant breach of its sovereignty. | IRQ | IRN | 2024-01-17
called-names | North Korea's foreign ministry called the U.S. envoy a warmonger on Tuesday. | PRK | USA | 2019-05-07
called-names | Venezuela's foreign minister dubbed the American vote a sham. | VEN | USA | 2018-05-21
stab-in-back | France called Australia's decision a stab in the back. | FRA | AUS | 2021-09-16
complaint-wto | Canada filed a complaint with the WTO against China over canola. | CAN | CHN | 2019-09-09
appeal-wto | China's complaint to the WTO over the tariffs is pending. | CHN | - | 2018-04-05
called-adjective | A State Department spokesperson called Nauru's decision unfortunate. | USA | NRU | 2024-01-16
called-adjective | Prime Minister Mark Rutte called the Turkish remark crazy. | NLD | TUR | 2017-03-12
regret | Seoul regretted Tokyo's decision on Tuesday. | KOR | JPN | 2019-08-02
ask-forgiveness | The Netherlands asked Indonesia for forgiveness. | NLD | IDN | 2020-03-10
object-to | China objected to India's new map on Sunday. | CHN | IND | 2019-11-03
take-to-court | Ukraine took Russia to the International Court of Justice. | UKR | RUS | 2022-02-27
dismayed-by | The European Union said it was dismayed by China's decision to ban the imports. | IGOEU | CHN | 2024-05-08
dismayed-by | The U.S. State Department said it was deeply troubled by the Guatemalan president's announcement. | USA | GTM | 2018-09-01
dismayed-by | Australia said it was appalled about the Egyptian court's sentence. | AUS | EGY | 2014-06-23
dismayed-by | U.N. Secretary-General Antonio Guterres was concerned by the U.S. decision, his spokesman said. | IGOUNO | USA | 2020-09-03
not-dismayed | The White House said the United States was not concerned by the Brazilian president's visit. | USA | BRA | 2023-04-14
said-adjective | China said India's decision to redraw Ladakh was unacceptable. | CHN | IND | 2019-08-07
said-censure-noun | Brazil said Ecuador's raid was a clear violation of international law. | BRA | ECU | 2024-04-06
said-adjective | The Polish foreign minister wrote that Israel's decision was groundless. | POL | ISR | 2021-08-15
dismissed-as | Seoul regarded the Japanese measures as unscientific and unjust. | KOR | JPN | 2020-03-06
voice-displeasure | Ireland's foreign minister conveyed his displeasure to the British ambassador. | IRL | GBR | 2021-01-30
voice-concern | Dhaka expressed concern to India over the former prime minister's statements. | BGD | IND | 2024-12-09
voice-displeasure | Armenia's parliament speaker voiced open disappointment with Russia's response. | ARM | RUS | 2022-09-18
oppose-attempt-by | Japan's prime minister strongly opposed any attempt by China to change the status quo by force. | JPN | CHN | 2023-11-04
decry | Secretary of State Antony Blinken scolded Kosovo Prime Minister Albin Kurti. | USA | XKX | 2023-05-30
liken | Ukraine's ambassador likened Russia to a tumour. | UKR | RUS | 2022-09-30
swipe-at | Brazil's defence minister took a swipe at French President Emmanuel Macron. | BRA | FRA | 2019-08-27
hit-out-at | Chinese officials hit out at Washington on Monday. | CHN | USA | 2024-06-20
hit-back-at | Denmark's foreign minister hit back at Vice President JD Vance on Saturday. | DNK | USA | 2025-03-29
allege | Kenya alleged that Somali troops had crossed the border. | KEN | - | 2020-03-03
charge | German prosecutors charged a Russian national with spying. | DEU | RUS | 2021-06-21
not-charge-fee | Egypt charged Greek ships higher fees to use the Suez Canal. | EGY | GRC | 2023-01-10
charge-that | Rwanda charged that Congolese soldiers were fighting beside the rebels. | RWA | COD | 2022-10-30
hold-responsible | The Netherlands and Australia hold Russia legally responsible for the downing of the airliner. | NLD | RUS | 2018-05-25
said-behind | President Donald Trump said on Friday that Iran was behind the explosions. | USA | IRN | 2019-06-14
said-wrongdoing | The Venezuelan government said Guyana's president was lying about the patrol boat. | VEN | GUY | 2023-12-05
told-wrongdoing | Gazprom's chief executive told Putin that Ukraine was stealing gas meant for European customers. | RUS | UKR | 2009-01-07
said-started-war | Eritrea said Ethiopia had started the air war. | ERI | ETH | 1998-06-06
said-wrongdoing | Baghdad said Turkey had violated Iraq's sovereignty again. | IRQ | TUR | 2022-07-21
said-behaved | U.S. Senator John McCain said Putin was behaving like a school-yard bully. | USA | RUS | 2013-08-08
said-responsible | Britain's foreign secretary said Iran was almost certainly responsible for the attacks. | GBR | IRN | 2019-06-14
said-responsible-bare | Dutch Foreign Minister Stef Blok said on Friday that Russia was ultimately responsible. | NLD | RUS | 2018-05-25
said-bore-blame | China's foreign ministry said Washington bore the entire blame for the tensions. | CHN | USA | 2020-07-24
not-responsible | The Pentagon said Israel was not responsible for the blast at the hospital. | USA | ISR | 2023-10-18
not-bear-blame | Xi said China and the United States bear a special responsibility for world peace. | CHN | USA | 2023-11-15
found-crimes | Blinken said the Rapid Support Forces had committed genocide in Darfur. | USA | SDN | 2025-01-08
blame-on | Moscow blamed the attack on Ukraine. | RUS | UKR | 2023-05-03
called-names-bare | China called the American chip controls economic terrorism. | CHN | USA | 2022-10-13
take-aim-at | Turkish President Recep Tayyip Erdogan took aim at Sweden on Monday over its handling of the protests. | TUR | SWE | 2023-01-23
accuse-war-crimes | Ukraine accused Russia of committing war crimes in the town of Bucha. | UKR | RUS | 2022-04-03
accuse-genocide | The Gambia has accused Myanmar of genocide against its Rohingya minority. | GMB | MMR | 2019-11-11
accuse-espionage | Iran accused Britain of espionage on Sunday. | IRN | GBR | 2019-07-21
accuse-abuses | The United States accused China of grave human rights abuses in Xinjiang. | USA | CHN | 2021-03-30
accuse-aggression | Armenia accused Azerbaijan of aggression after overnight clashes on the border. | ARM | AZE | 2022-09-13
reject | Israel rejected Egypt's proposal on Monday. | ISR | EGY | 2023-12-25
block-deal | Hungary blocked the European Union's aid package for Ukraine on Thursday. | HUN | UKR | 2023-12-14
whitelist-restore | Japan restored South Korea to its whitelist of trusted trading partners. | JPN | KOR | 2023-04-24
intercept-aircraft | Japan scrambled fighters to intercept two Chinese bombers over the East China Sea. | JPN | CHN | 2022-05-24
warn-respond | China warned it would retaliate against the United States. | CHN | USA | 2018-03-23
drop-veto | Greece dropped its opposition to North Macedonia's NATO membership. | GRC | MKD | 2018-06-17
turn-back | Sudan's military council turned away a Qatari delegation at Khartoum airport. | SDN | QAT | 2019-04-22
veto-draft | Austria vetoed Schengen accession for Romania and Bulgaria. | AUT | ROU | 2022-12-08
veto-draft | Russia vetoed Washington's draft on the Syrian ceasefire on Thursday. | RUS | USA | 2019-12-20
veto | China vetoed Washington's attempt to sanction North Korea. | CHN | USA | 2022-05-26
refuse | Serbia refused to recognize Kosovo. | SRB | XKX | 2023-02-27
rebuff | Kyiv rebuffed Moscow's offer on Tuesday. | UKR | RUS | 2022-03-01
brush-aside | India brushed aside Nepal's protest over the new road. | IND | NPL | 2020-05-21
brush-aside-split | India brushed Nepal's protest aside on Tuesday. | IND | NPL | 2020-05-21
turn-down | Brazil has turned down a $20 million offer from the Group of Seven. | BRA | IGOG7 | 2019-08-27
deny-accusation | Iran denied Israel's claims on Sunday. | IRN | ISR | 2021-04-11
rule-out-talks | North Korea on Saturday ruled out further talks with the United States. | PRK | USA | 2019-10-06
refuse-to-talk | Iran has refused to hold direct talks with the United States. | IRN | USA | 2021-04-06
reject-mediation | India rejected mediation by the United States over Kashmir. | IND | USA | 2019-07-23
turn-down-mediation | Kyiv turned down Hungarian mediation in the conflict. | UKR | HUN | 2024-07-10
pour-cold-water-mediation | Moscow poured cold water on the idea of mediation by Turkey. | RUS | TUR | 2022-03-10
refuse-lift-sanctions | The European Union refused to lift its sanctions on Russia. | IGOEU | RUS | 2016-06-20
refuse-release | Russia refused to release American reporter Evan Gershkovich. | RUS | USA | 2023-06-22
refuse-hand-over | The Taliban refused to hand over Osama bin Laden to the United States. | AFG | USA | 2001-10-07
refuse-withdraw-troops | Russia refused to withdraw its troops from Moldova. | RUS | MDA | 2021-06-10
deny-access-inspectors | Iran denied access to IAEA inspectors at the Karaj site. | IRN | IGOUNOIAEA | 2021-09-26
defy | North Korea defied United Nations sanctions with another missile launch. | PRK | IGOUNO | 2017-07-04
threaten | North Korea threatened South Korea on Friday. | PRK | KOR | 2020-06-12
warn | Washington warned Beijing against any attack. | USA | CHN | 2022-08-01
not-warn-weather | Japan's weather agency warned Philippine fishermen of a strong typhoon. | JPN | PHL | 2023-08-01
warn-that | Seoul warned that the launch would have consequences. | KOR | - | 2023-05-30
ultimatum | West African leaders issued an ultimatum to Niger's junta. | IGOECOWAS | NER | 2023-07-30
give-until | West African leaders gave Gambian President Yahya Jammeh until noon to step down. | IGOECOWAS | GMB | 2017-01-19
warn-boycott | Washington warned Ankara it could sanction Turkish companies. | USA | TUR | 2019-07-15
threaten-sanctions | The European Union threatened sanctions against Belarus. | IGOEU | BLR | 2020-08-14
threaten-trade-war | President Donald Trump threatened a trade war with China on Friday. | USA | CHN | 2018-03-02
threaten-force | Turkey threatened military action against Syria. | TUR | SYR | 2019-10-06
vow-crush | Azerbaijan vowed to crush Armenian forces. | AZE | ARM | 2020-09-28
vow-revenge | Iran vowed revenge against Israel on Saturday. | IRN | ISR | 2024-04-01
give-to-leave | Germany gave the Vietnamese embassy's intelligence representative 48 hours to leave the country. | DEU | VNM | 2017-08-02
ultimatum-deadline | West African leaders gave Niger's junta a week to restore the president. | IGOECOWAS | NER | 2023-07-30
ultimatum-give | Turkey gave Sweden a deadline to act on its demands. | TUR | SWE | 2022-11-08
threaten-occupy | Erdogan threatened to invade Syria again to push back Kurdish fighters. | TUR | SYR | 2022-05-23
threaten-to | North Korea threatened to attack South Korea. | PRK | KOR | 2013-03-08
threaten-cut | Russia threatened to cut gas supplies to Ukraine. | RUS | UKR | 2014-06-02
threaten-halt-talks | Kyiv threatened to halt talks with Moscow. | UKR | RUS | 2022-04-05
threaten-break-off | Seoul threatened to break off talks with Pyongyang. | KOR | PRK | 2015-08-22
vow-retaliate | Iran vowed to retaliate against Israel for the strike on its consulate in Damascus. | IRN | ISR | 2024-04-02
vow-respond | Turkey vowed to respond to Syria in kind after the attack in Idlib. | TUR | SYR | 2020-02-28
threaten-cut-aid | President Donald Trump threatened to cut off aid to Honduras over the migrant caravan. | USA | HND | 2018-10-16
threaten-cut-ties | Turkey threatened to cut ties with Israel over the status of Jerusalem. | TUR | ISR | 2017-12-05
threaten-expel-envoy | Kuwait threatened to expel the Philippine ambassador on Sunday. | KWT | PHL | 2018-04-22
threaten-blockade | China threatened a naval blockade of Taiwan. | CHN | TWN | 2022-08-04
threaten-nuclear | North Korea threatened a nuclear strike against the United States on Thursday. | PRK | USA | 2017-08-10
threaten-martial-law | President Rodrigo Duterte threatened to declare martial law in Mindanao. | PHL | - | 2016-08-12
threaten-strike | Nigerian workers threatened a nationwide strike against President Bola Tinubu's government over fuel prices. | NGA | NGA | 2023-06-02
protest-against | Hundreds of Pakistani students demonstrated against India in Lahore on Friday. | PAK | IND | 2019-08-09
protests-against | Greek protests against Turkey spread to Thessaloniki on Sunday. | GRC | TUR | 2020-08-16
boycott | Bahrain said it would boycott Qatar over its ties to Iran. | BHR | QAT | 2017-06-05
block-roads | Polish farmers blocked roads near the border with Ukraine on Tuesday. | POL | UKR | 2023-11-28
storm | Iraqi protesters stormed the U.S. embassy in Baghdad on Tuesday. | IRQ | USA | 2019-12-31
pelt | Chinese students pelted the U.S. embassy in Beijing with stones and bottles on Sunday. | CHN | USA | 1999-05-10
tear-down-flag | Russian protesters tore down the Estonian flag outside the embassy in Moscow. | RUS | EST | 2007-05-02
scale-walls | Egyptian protesters scaled the walls of the U.S. embassy in Cairo. | EGY | USA | 2012-09-12
riot | Afghan migrants rioted in Iran on Friday. | AFG | IRN | 2023-07-12
take-streets | Iraqi protesters took to the streets against the United States on Friday. | IRQ | USA | 2020-01-24
rally-at | Ukrainian protesters rallied outside the Russian embassy in Berlin on Sunday. | UKR | RUS | 2022-02-27
sit-in | Kenyan students staged a sit-in outside the Ugandan embassy on Monday. | KEN | UGA | 2019-05-13
camp-outside | Hundreds of Russian activists camped outside the Estonian embassy in Moscow. | RUS | EST | 2007-04-30
vigil | Ukrainian refugees held a vigil outside the Russian embassy in Warsaw on Sunday. | UKR | RUS | 2023-02-26
disperse | Greek riot police dispersed Afghan migrants on the island of Lesbos. | GRC | AFG | 2020-09-12
rally-demand | Filipino activists marched in Manila to demand China leave the disputed reef. | PHL | CHN | 2016-07-12
hunger-strike | Jailed Palestinian prisoners went on hunger strike against Israel's detention policy. | PSE | ISR | 2017-04-17
hunger-strike-2 | Hundreds of Palestinian prisoners began a hunger strike against Israel on Monday. | PSE | ISR | 2017-04-17
general-strike | Hamas called a general strike against Israel in Gaza on Monday. | PSE | ISR | 2018-05-14
hurl-at | Protesters in Athens hurled stones at the United States embassy. | GRC | USA | 2020-11-17
rampage | Ivorian protesters went on a rampage against French businesses in Abidjan. | CIV | FRA | 2004-11-07
petrol-bombs | Iranian protesters hurled petrol bombs at the Saudi embassy in Tehran. | IRN | SAU | 2016-01-02
ransack | Protesters ransacked the British embassy in Tehran on Tuesday. | IRN | GBR | 2011-11-29
burn-flag | Pakistani protesters burned Indian flags in Lahore on Friday. | PAK | IND | 2019-08-09
lob-shells | North Korean troops lobbed mortar rounds at South Korean positions. | PRK | KOR | 2024-05-08
deploy | Russia deployed tanks to the border with Ukraine. | RUS | UKR | 2024-05-08
fly-troops | Paris said it was flying 600 more soldiers to Ivory Coast. | FRA | CIV | 2004-11-07
mass-troops | Russia has massed troops near Ukraine's eastern border. | RUS | UKR | 2021-04-09
missile-test | North Korea tested a new ballistic missile on Thursday. | PRK | - | 2022-03-24
missile-into-sea | North Korea fired two ballistic missiles into the sea off Japan's east coast. | PRK | JPN | 2022-10-04
alert | Pakistan put its air force on high alert on Tuesday. | PAK | - | 2019-02-26
activate-force | The Economic Community of West African States ordered the deployment of a standby force to Niger. | IGOECOWAS | NER | 2023-08-10
put-on-alert | Taiwan raised the readiness of its forces on Monday. | TWN | - | 2022-08-08
joint-drills-held | China held joint drills with Russia in the Sea of Japan. | CHN | RUS | 2023-07-20
launch-drills | China launched large-scale military drills around Taiwan on Saturday. | CHN | TWN | 2023-04-08
send-troops | Turkey sent more troops to Libya on Thursday. | TUR | LBY | 2020-01-16
deploy-police | Hong Kong deployed thousands of riot police to the airport. | HKG | - | 2019-08-13
suspend-contacts | Morocco suspended all contacts with Germany's embassy in Rabat. | MAR | DEU | 2021-03-02
cut-ties | North Korea said on Friday it was cutting diplomatic relations with Malaysia. | PRK | MYS | 2021-03-19
downgrade | Egypt lowered diplomatic relations with Turkey on Saturday. | EGY | TUR | 2013-11-23
scale-back-representation | Turkey said it would scale back its representation in Egypt to the level of charge d'affaires. | TUR | EGY | 2013-11-23
recall-ambassador | Colombia recalled its ambassador to Israel on Tuesday. | COL | ISR | 2023-10-31
call-envoy-home | France called its ambassador to Burkina Faso home for consultations. | FRA | BFA | 2023-01-26
call-envoy-home | Kuwait called its own ambassador in Manila, Musaed Saleh Ahmad Althwaikh, home for consultations. | KWT | PHL | 2018-04-25
call-home-envoy | Japan said it was temporarily calling home its ambassador to South Korea. | JPN | KOR | 2017-01-06
call-envoy-back | Colombian President Gustavo Petro called his ambassador back from Israel. | COL | ISR | 2023-11-01
bring-envoy-home | Peru had brought its own ambassador home from Caracas in March. | PER | VEN | 2017-08-12
cut-hotlines | Pyongyang cut all official hotlines with Seoul on Tuesday. | PRK | KOR | 2020-06-09
order-envoy-home | Chile ordered its ambassador home from Israel on Tuesday. | CHL | ISR | 2023-11-01
withdraw-diplomats | The United Arab Emirates withdrew its diplomats from Lebanon. | ARE | LBN | 2021-10-31
close-embassy | Malaysia said it would shut its embassy in Pyongyang. | MYS | PRK | 2021-03-19
order-closure | Poland ordered the closure of the Russian consulate in Krakow on Monday. | POL | RUS | 2025-05-12
cut-aid | The European Union has also frozen 30 million euros in military aid to Georgia. | IGOEU | GEO | 2024-07-31
impose-sanctions | Washington announced penalties on Russian officials on Friday. | USA | RUS | 2022-09-30
asset-freezes | Britain announced asset freezes on Russian officials on Friday. | GBR | RUS | 2022-09-30
sanctions | Australian sanctions on Iranian officials took effect on Friday. | AUS | IRN | 2023-01-20
sanction-verb | The United States sanctioned Nicaragua's vice president on Monday. | USA | NIC | 2018-11-27
order-halt | President Vladimir Putin ordered a temporary halt to passenger flights to Georgia. | RUS | GEO | 2019-06-22
ban-imports | China banned imports of Japanese seafood on Thursday. | CHN | JPN | 2023-08-24
suspend-talks | South Korea suspended talks with North Korea on Thursday. | KOR | PRK | 2018-05-17
break-off-talks | Pakistan broke off talks with India on Friday. | PAK | IND | 2015-08-22
expel-diplomats | Pakistan expelled India's high commissioner on Wednesday. | PAK | IND | 2019-08-08
cut-embassy-staff | Moscow ordered Washington to cut its diplomatic staff in Russia by 755. | RUS | USA | 2017-07-31
not-order-not-leave | A Moscow court ordered the British consul not to leave Russia until the hearing. | RUS | GBR | 2021-03-02
expel-diplomats-2 | Somalia ordered the United Nations' most senior official in the country to leave. | SOM | IGOUNO | 2019-01-03
throw-out-envoy | Burundi threw out Belgium's ambassador on Monday over his remarks about the election. | BDI | BEL | 2015-05-04
order-embassy-cut | Moldova told Russia on Wednesday to cut its embassy in Chisinau by 45 people. | MDA | RUS | 2023-07-26
tell-withdraw-envoy | Pakistan has told India to withdraw its high commissioner from Islamabad. | PAK | IND | 2019-08-08
persona-non-grata | Bolivia's interim government on Monday declared Mexico's ambassador and two Spanish diplomats persona non grata. | BOL | MEX | 2019-12-31
pack-bags | Egypt told Turkey's ambassador to pack his bags on Saturday. | EGY | TUR | 2013-11-23
declare-unwelcome | Russia declared ten Norwegian diplomats unwelcome. | RUS | NOR | 2023-04-26
declare-unwelcome | Turkey declared Egypt's ambassador unwelcome on Saturday. | TUR | EGY | 2013-11-23
trade-curbs | Russia cut gas supplies to Poland and Bulgaria on Wednesday. | RUS | POL | 2022-04-27
shut-off-fuel | Russia shut off gas supplies to Ukraine early on Thursday. | RUS | UKR | 2009-01-07
visa-restrictions | Washington imposed visa restrictions on Nigerian officials over the elections. | USA | NGA | 2019-01-22
tariffs | Donald Trump ordered an extra 25% duty on Indian goods. | USA | IND | 2025-08-07
recall-ambassadors | Bahrain recalled its diplomats from Qatar on Monday. | BHR | QAT | 2017-06-05
recall-head-of-mission | Israel has recalled the head of its embassy in Warsaw. | ISR | POL | 2021-08-15
halt-arms | Germany will no longer supply weapons to Saudi Arabia. | DEU | SAU | 2018-11-19
exclude | The Arab League excluded Syria from its meetings in November 2011. | IGOARL | SYR | 2021-11-12
block-property | The U.S. Treasury blocked the property of Bosnian Serb leader Milorad Dodik. | USA | BIH | 2022-01-06
freeze-assets | Britain froze the assets of Russia's central bank on Monday. | GBR | RUS | 2022-02-28
suspend-member | Mercosur suspended Paraguay from the bloc on Friday. | IGOMERCOSUR | PRY | 2012-06-30
suspend-state | The Organization of American States suspended Honduras late on Saturday. | IGOOAS | HND | 2009-07-05
not-suspend-staff | The Thai interior ministry suspended 15 police officers over the shooting. | THA | THA | 2014-03-04
suspended-from | Cuba, which was suspended from the Organization of American States in 1962, did not attend. | IGOOAS | CUB | 2009-06-04
freeze-participation | The African Union suspended Niger's membership on Tuesday. | IGOAU | NER | 2023-08-22
pause-shipment | The United States paused a shipment of bombs to Israel last week. | USA | ISR | 2024-05-08
stop-supplying | Kazakhstan stopped supplying coal to Kyrgyzstan on Monday. | KAZ | KGZ | 2022-01-10
order-out | France ordered two employees of the Azerbaijani embassy out of the country. | FRA | AZE | 2024-01-09
order-out-obj | Caracas retaliated by ordering out Peru's charge d'affaires. | VEN | PER | 2017-08-12
withdraw-from-deal | President Donald Trump withdrew from the nuclear deal with Iran. | USA | IRN | 2018-05-09
pull-out-envoy | Japan pulled its ambassador out of South Korea on Friday. | JPN | KOR | 2012-08-11
pull-out-of-deal | The United States pulled out of the nuclear agreement with Iran. | USA | IRN | 2018-05-09
shelve-visit | President Joe Biden shelved a visit to Papua New Guinea. | USA | PNG | 2023-05-17
suspend-agreement | Algeria suspended its friendship treaty with Spain on Wednesday. | DZA | ESP | 2022-06-08
tear-up-agreement | Burkina Faso's junta tore up its defence agreement with France. | BFA | FRA | 2023-01-26
leave-org | Niger said it would leave the Economic Community of West African States. | NER | IGOECOWAS | 2024-01-28
withdraw-from-org | Nicaragua will withdraw from the Organization of American States. | NIC | IGOOAS | 2021-11-20
pull-out-of-org | Mali pulled out of the Economic Community of West African States. | MLI | IGOECOWAS | 2024-01-29
halt-military-aid | The Trump administration stopped military aid to Pakistan. | USA | PAK | 2018-01-04
halt-humanitarian-aid | Washington stopped humanitarian aid to the Palestinians in Gaza. | USA | PSE | 2018-08-31
withhold-aid | The Trump administration withheld aid from Ukraine for weeks. | USA | UKR | 2019-09-24
halt-funding | The United States halted its funding for the World Health Organization. | USA | IGOUNOWHO | 2020-04-15
suspend-mediation | Qatar suspended its mediation between Israel and Hamas on Saturday. | QAT | ISR | 2024-11-09
end-peacekeeping | The Security Council voted to end its peacekeeping mission in Mali. | IGOUNOSC | MLI | 2023-06-30
wind-up-peacekeeping | The Security Council voted to wind up its peacekeeping mission in Congo. | IGOUNOSC | COD | 2023-12-19
expel-aid-groups | Sudan expelled United Nations aid agencies from Darfur. | SDN | IGOUNO | 2009-03-05
expulsion-noun | Moscow condemned Britain's expulsion of 23 Russian diplomats. | GBR | RUS | 2018-03-15
revoke-accreditation-inspectors | Iran withdrew the accreditation of an IAEA inspector. | IRN | IGOUNOIAEA | 2023-09-16
arrest | Iran arrested a French tourist near the Turkish border. | IRN | FRA | 2020-05-28
house-arrest | Myanmar's junta placed the Australian adviser under house arrest. | MMR | AUS | 2024-05-08
arrest-warrant | The International Criminal Court issued an arrest warrant for Russian President Vladimir Putin. | IGOICC | RUS | 2023-03-17
warrant-for-arrest | Kuwait issued warrants for the arrest of three Philippine diplomats. | KWT | PHL | 2018-04-26
detain | China detained a Canadian businessman on Monday. | CHN | CAN | 2018-12-13
held-detained | Two Ukrainian navy boats were seized and 24 Ukrainian sailors were being held in Moscow. | RUS | UKR | 2018-11-28
jail | Russia jailed a former U.S. Marine for 16 years on Monday. | RUS | USA | 2020-06-15
deport | Malaysia deported Myanmar migrants despite a court order. | MYS | MMR | 2021-02-23
expel | Algeria expelled a French journalist on Sunday. | DZA | FRA | 2021-03-14
seize | Iran seized a British-flagged tanker in the Strait of Hormuz. | IRN | GBR | 2019-07-19
not-seize-lead | Japan seized the lead against Spain in the second half. | JPN | ESP | 2022-12-01
ram-vessel | A Chinese coast guard ship rammed a Philippine supply boat. | CHN | PHL | 2024-06-20
refuse-visas | Washington will refuse visas to Bosnian officials. | USA | BIH | 2022-01-06
ban-entry | Israel denied entry to two U.S. congresswomen on Thursday. | ISR | USA | 2019-08-15
revoke-visa | The State Department said it would revoke Colombian President Gustavo Petro's visa. | USA | COL | 2025-09-30
strip-visa | Washington stripped Colombian President Gustavo Petro of his visa. | USA | COL | 2025-09-30
bar-from-entering | China barred Mike Pompeo and 27 other former U.S. officials from entering the country. | CHN | USA | 2021-01-21
ban | Latvia banned Russian television channels on Wednesday. | LVA | RUS | 2022-03-02
blacklist | Washington expanded its blacklist of Chinese chipmakers on Friday. | USA | CHN | 2022-12-16
blacklist-verb | The United States blacklisted Chinese drone maker DJI. | USA | CHN | 2020-12-18
entry-ban | Moscow imposed an entry ban on Britain's defence secretary on Friday. | RUS | GBR | 2022-04-15
punish | China punished Lithuania with trade curbs last month. | CHN | LTU | 2022-01-20
crackdown | Pakistan's crackdown on Afghan migrants intensified on Wednesday. | PAK | AFG | 2023-11-01
crack-down | Pakistani police cracked down on Afghan migrants in Karachi. | PAK | AFG | 2023-11-01
open-fire | Indian troops opened fire on Pakistani positions along the Line of Control. | IND | PAK | 2019-02-27
tear-gas | Israeli troops fired tear gas at Palestinian protesters near Nablus. | ISR | PSE | 2021-05-14
capture | Russian forces captured the Ukrainian town of Avdiivka on Saturday. | RUS | UKR | 2024-02-17
not-capture-title | Argentina captured the World Cup in Qatar on Sunday. | ARG | QAT | 2022-12-18
take-control | Russian troops took control of the Zaporizhzhia nuclear plant in Ukraine. | RUS | UKR | 2022-03-04
seize-control | Russian troops seized control of the airport in Kherson on Thursday. | RUS | UKR | 2022-02-24
point-weapon | A Chinese warship pointed a laser at an Australian surveillance aircraft. | CHN | AUS | 2022-02-19
remove-from-list | The United States removed Cuba from its list of state sponsors of terrorism. | USA | CUB | 2015-05-29
remove-from-office | Gabonese army officers ousted President Ali Bongo Ondimba on Wednesday. | GAB | GAB | 2023-08-30
imprison | Russia sentenced U.S. basketball star Brittney Griner to nine years in prison. | RUS | USA | 2022-08-04
confiscate | Argentina impounded a Venezuelan cargo plane in Buenos Aires. | ARG | VEN | 2022-06-15
raid | Israeli troops raided the West Bank city of Jenin on Monday. | ISR | PSE | 2023-07-03
force-way-into | Ecuadorean police forced their way into the Mexican embassy in Quito. | ECU | MEX | 2024-04-05
censor | Russia blocked Ukrainian news websites on Friday. | RUS | UKR | 2022-03-04
close-airspace | Canada closed its airspace to Russian aircraft on Sunday. | CAN | RUS | 2022-02-27
close-border | Venezuela closed its border with Colombia on Saturday. | VEN | COL | 2019-02-23
border-checks | Germany introduced checks on its border with Poland on Monday. | DEU | POL | 2023-10-16
demolish | Israel demolished Palestinian homes near Jerusalem on Monday. | ISR | PSE | 2019-07-22
blow-up | North Korea blew up South Korea's liaison office in Kaesong. | PRK | KOR | 2020-06-16
curfew | Sri Lanka imposed a nationwide curfew on Saturday. | LKA | - | 2022-04-02
martial-law | Thailand's army declared martial law in the country on Tuesday. | THA | - | 2014-05-20
bar-from-running | Venezuela barred opposition leader Maria Corina Machado from running for office. | VEN | VEN | 2024-01-26
ban-party | Turkey's constitutional court banned the pro-Kurdish party. | TUR | - | 2009-12-11
bar-from-leaving | Malaysia stopped North Koreans from leaving the country. | MYS | PRK | 2017-03-07
suspend-visas | Turkey suspended visa services for United States citizens. | TUR | USA | 2017-10-08
refuse-landing | Honduras refused landing rights to planes from Argentina and Ecuador. | HND | ARG | 2009-07-05
stop-issuing-visas | Russia stopped issuing visas to Ukrainians on Monday. | RUS | UKR | 2022-03-07
withdraw-landing-rights | The Netherlands withdrew landing rights for the Turkish foreign minister. | NLD | TUR | 2017-03-11
round-up | Chinese police rounded up Uighur activists in Urumqi. | CHN | CHN | 2017-05-10
into-custody | Russian police took the American teacher into custody at the airport. | RUS | USA | 2021-08-15
tear-gas-to | Georgian riot police fired tear gas to disperse protesters outside parliament in Tbilisi. | GEO | GEO | 2024-12-01
attack-words | Chancellor Angela Merkel attacked Washington's decision to quit the climate accord. | DEU | USA | 2017-06-02
attack | Iran attacked Israel with drones and missiles on Saturday. | IRN | ISR | 2024-04-14
attack-noun | Iran's attack on Israel involved more than 300 drones and missiles. | IRN | ISR | 2024-04-14
abduct | North Korea abducted Japanese citizens in the 1970s and 1980s. | PRK | JPN | 2019-05-06
assassinate | Israel assassinated Iran's top nuclear scientist outside Tehran. | ISR | IRN | 2020-11-28
bomb | Turkish jets bombed targets in northern Iraq on Sunday. | TUR | IRQ | 2022-04-18
kill | Indian troops killed two Pakistani soldiers along the Line of Control. | IND | PAK | 2020-11-14
not-kill-bill | The U.S. Senate killed the bill on arms sales to Saudi Arabia on Thursday. | USA | - | 2019-06-20
ambush | Azerbaijani troops ambushed Armenian soldiers near the border. | AZE | ARM | 2022-09-13
torture | Russian soldiers tortured Ukrainian civilians in Bucha. | RUS | UKR | 2022-04-04
execute | Saudi Arabia executed a Jordanian national for drug smuggling. | SAU | JOR | 2022-03-14
use-against | A Chinese coast guard vessel used a military-grade laser against a Philippine supply boat. | CHN | PHL | 2023-02-13
injure | Pakistani troops wounded two Indian soldiers in Kashmir. | PAK | IND | 2020-11-14
shoot-dead | North Korean troops shot dead a South Korean tourist at the Mount Kumgang resort. | PRK | KOR | 2008-07-11
beat-to-death | Turkish soldiers beat Syrian refugees to death at the border. | TUR | SYR | 2016-05-10
human-shields | Hamas used Palestinian civilians as human shields, the Israeli army said. | PSE | PSE | 2014-07-20
try-to-assassinate | Moscow said Ukraine tried to assassinate Russian President Vladimir Putin with drones. | UKR | RUS | 2023-05-03
assassination-attempt | Washington said Iran's assassination attempt on the Saudi ambassador had been foiled. | IRN | SAU | 2011-10-12
suicide-bombing-claimed | The Taliban claimed responsibility for a suicide bombing in Kabul. | AFG | AFG | 2019-09-05
car-bomb-claimed | Al Shabaab claimed responsibility for the car bomb in Mogadishu. | SOM | SOM | 2019-12-28
roadside-bomb | Islamic State fighters planted a roadside bomb in Iraq's Diyala province. | IMGISL | IRQ | 2019-04-10
shell | North Korea shelled South Korea's Yeonpyeong island on Tuesday. | PRK | KOR | 2010-11-23
not-shell-out | Germany shelled out $5 billion for Ukraine's reconstruction this year. | DEU | UKR | 2023-06-21
fire-at | Iran fired missiles at U.S. bases in Iraq on Wednesday. | IRN | USA | 2020-01-08
airstrikes | Israel launched airstrikes on Lebanon on Sunday. | ISR | LBN | 2024-08-25
air-strikes | Britain launched an air strike in Iraq on Friday. | GBR | IRQ | 2014-10-03
carry-out-strikes | Iran carried out strikes in Pakistan on Tuesday. | IRN | PAK | 2024-01-17
strikes-on | Russian strikes on Ukraine's energy grid intensified this week. | RUS | UKR | 2022-10-20
airstrikes-noun | Israeli airstrikes in Syria have intensified since October. | ISR | SYR | 2023-12-10
air-strikes-noun | Ukrainian drone strikes on Russian oil refineries continued on Sunday. | UKR | RUS | 2024-03-17
invade | Iraq invaded Kuwait in August 1990. | IRQ | KWT | 2020-08-02
occupy | Turkey has occupied northern Cyprus since 1974. | TUR | CYP | 2020-07-20
invasion | The U.S. invasion of Iraq began in March 2003. | USA | IRQ | 2023-03-20
clash | Indian troops clashed with Chinese soldiers in the Galwan Valley. | IND | CHN | 2020-06-16
clashes | Fighting broke out between Armenian and Azerbaijani forces on Tuesday. | ARM | AZE | 2022-09-13
clashes-with | Kyrgyzstan's clashes with Tajikistan left dozens dead. | KGZ | TJK | 2022-09-17
fight | Ethiopia fought Eritrea in a border war from 1998 to 2000. | ETH | ERI | 2018-07-09
not-fight-ills | China vowed to fight corruption in Hong Kong. | CHN | - | 2020-05-05
shoot-down | Turkey shot down a Russian warplane near the Syrian border. | TUR | RUS | 2015-11-24
blockade | Saudi Arabia imposed a blockade on Qatar in June. | SAU | QAT | 2017-07-10
blockade-noun | Israel's blockade of the Gaza Strip entered its 17th year. | ISR | PSE | 2023-06-15
violate-ceasefire | Azerbaijan violated the ceasefire on Tuesday. | AZE | - | 2020-10-13
strike-targets | Israel hit Hezbollah positions in southern Lebanon. | ISR | LBN | 2024-09-20
not-hit-target | India hit its export targets in the United States this year. | IND | USA | 2023-04-10
strikes-killed | Israeli air strikes killed 20 people in Gaza. | ISR | PSE | 2021-05-12
strike-killed | A U.S. strike killed Iranian general Qassem Soleimani in Baghdad. | USA | IRN | 2020-01-03
rockets-killed | Russian missiles killed 12 civilians in Kharkiv on Monday. | RUS | UKR | 2022-03-01
strike-place | Israel pounded southern Lebanon overnight. | ISR | LBN | 2024-09-23
launch-drones | Ukraine launched drones at Moscow overnight. | UKR | RUS | 2023-07-30
enter | Turkish troops entered Syria on Wednesday. | TUR | SYR | 2019-10-09
not-enter-talks | Russia entered talks with Ukraine in Minsk on Monday. | RUS | BLR | 2014-09-01
exchange-fire | Thai troops exchanged fire with Cambodian soldiers near the temple. | THA | KHM | 2011-02-05
trade-strikes | Ethiopia and Eritrea traded air strikes on Friday. | ETH | ERI | 1998-06-06
gunbattle | Two soldiers died in a gunbattle between Indian and Pakistani troops in Kashmir. | IND | PAK | 2019-03-02
retake | Syrian troops retook Palmyra from the Islamic State. | SYR | IMGISL | 2016-03-27
not-retake-office | Japan's Shinzo Abe retook the lead from China's Xi Jinping in the polls. | JPN | CHN | 2019-05-01
down-aircraft | Iran downed a United States drone over the Gulf. | IRN | USA | 2019-06-20
destroy | French troops destroyed the Ivorian air force on Saturday. | FRA | CIV | 2004-11-07
not-destroy-abstract | Israeli forces destroyed Palestinian homes in the West Bank on Monday. | ISR | PSE | 2016-02-22
massacre | Eritrean troops massacred Ethiopian civilians in Axum. | ERI | ETH | 2021-02-26
mass-killing | Russia's killings of Ukrainian civilians in Bucha drew outrage. | RUS | UKR | 2022-04-04
chemical-attack | Iraq used chemical weapons against Iran in the 1980s. | IRQ | IRN | 2020-09-22
ethnic-cleansing | Azerbaijan committed ethnic cleansing against ethnic Armenians, Yerevan said. | AZE | ARM | 2023-10-05
carry-out-ethnic-cleansing | Serbian forces carried out ethnic cleansing in Kosovo. | SRB | XKX | 1999-04-01
mass-expulsion | Burundi condemned Tanzania's mass expulsion of Burundian refugees. | TZA | BDI | 2019-10-11
