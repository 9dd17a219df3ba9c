# Countries: ISO 3166-1 alpha-3 code, names, adjectives, demonyms, and a representative point.
# A leading "the" is never written: the recognizer skips determiners. Names written in capitals
# (US, UK, UAE) match only when the text writes them in capitals.
# iso3 | names | adjectives | demonyms | lat | lon
[countries]
AFG | Afghanistan | Afghan | Afghans | 33.9 | 67.7
ALB | Albania | Albanian | Albanians | 41.2 | 20.2
DZA | Algeria | Algerian | Algerians | 28.0 | 1.7
AGO | Angola | Angolan | Angolans | -11.2 | 17.9
ARG | Argentina | Argentine; Argentinian | Argentines; Argentinians | -38.4 | -63.6
ARM | Armenia | Armenian | Armenians | 40.1 | 45.0
AUS | Australia | Australian | Australians | -25.3 | 133.8
AUT | Austria | Austrian | Austrians | 47.5 | 14.6
AZE | Azerbaijan | Azerbaijani; Azeri | Azerbaijanis; Azeris | 40.1 | 47.6
BHR | Bahrain | Bahraini | Bahrainis | 26.0 | 50.6
BGD | Bangladesh | Bangladeshi | Bangladeshis | 23.7 | 90.4
BLR | Belarus | Belarusian | Belarusians | 53.7 | 28.0
BEL | Belgium | Belgian | Belgians | 50.5 | 4.5
BOL | Bolivia | Bolivian | Bolivians | -16.3 | -63.6
BIH | Bosnia and Herzegovina; Bosnia | Bosnian | Bosnians | 43.9 | 17.7
BRA | Brazil | Brazilian | Brazilians | -14.2 | -51.9
BGR | Bulgaria | Bulgarian | Bulgarians | 42.7 | 25.5
MMR | Myanmar; Burma | Myanmar; Burmese | Burmese | 21.9 | 95.9
KHM | Cambodia | Cambodian | Cambodians | 12.6 | 104.9
CMR | Cameroon | Cameroonian | Cameroonians | 7.4 | 12.4
CAN | Canada | Canadian | Canadians | 56.1 | -106.3
TCD | Chad | Chadian | Chadians | 15.5 | 18.7
CHL | Chile | Chilean | Chileans | -35.7 | -71.5
CHN | China; People's Republic of China; PRC | Chinese | Chinese | 35.9 | 104.2
COL | Colombia | Colombian | Colombians | 4.6 | -74.3
COD | Democratic Republic of the Congo; Democratic Republic of Congo; DR Congo; DRC; Congo | Congolese | Congolese | -4.0 | 21.8
COG | Republic of the Congo; Congo-Brazzaville | - | - | -0.2 | 15.8
CRI | Costa Rica | Costa Rican | Costa Ricans | 9.7 | -83.8
HRV | Croatia | Croatian | Croatians; Croats | 45.1 | 15.2
CUB | Cuba | Cuban | Cubans | 21.5 | -77.8
CYP | Cyprus | Cypriot | Cypriots | 35.1 | 33.4
CZE | Czech Republic; Czechia | Czech | Czechs | 49.8 | 15.5
DNK | Denmark | Danish | Danes | 56.3 | 9.5
ECU | Ecuador | Ecuadorian | Ecuadorians | -1.8 | -78.2
EGY | Egypt | Egyptian | Egyptians | 26.8 | 30.8
SLV | El Salvador | Salvadoran | Salvadorans | 13.8 | -88.9
ERI | Eritrea | Eritrean | Eritreans | 15.2 | 39.8
EST | Estonia | Estonian | Estonians | 58.6 | 25.0
ETH | Ethiopia | Ethiopian | Ethiopians | 9.1 | 40.5
FIN | Finland | Finnish | Finns | 61.9 | 25.7
FRA | France | French | French | 46.2 | 2.2
GEO | Georgia | Georgian | Georgians | 42.3 | 43.4
DEU | Germany | German | Germans | 51.2 | 10.5
GHA | Ghana | Ghanaian | Ghanaians | 7.9 | -1.0
GRC | Greece | Greek | Greeks | 39.1 | 21.8
GTM | Guatemala | Guatemalan | Guatemalans | 15.8 | -90.2
HTI | Haiti | Haitian | Haitians | 18.97 | -72.3
HND | Honduras | Honduran | Hondurans | 15.2 | -86.2
HUN | Hungary | Hungarian | Hungarians | 47.2 | 19.5
ISL | Iceland | Icelandic | Icelanders | 64.96 | -19.0
IND | India | Indian | Indians | 20.6 | 79.0
IDN | Indonesia | Indonesian | Indonesians | -0.8 | 113.9
IRN | Iran; Islamic Republic of Iran | Iranian | Iranians | 32.4 | 53.7
IRQ | Iraq | Iraqi | Iraqis | 33.2 | 43.7
IRL | Ireland; Republic of Ireland | Irish | Irish | 53.4 | -8.2
ISR | Israel | Israeli | Israelis | 31.0 | 34.9
ITA | Italy | Italian | Italians | 41.9 | 12.6
CIV | Ivory Coast; Cote d'Ivoire | Ivorian | Ivorians | 7.5 | -5.5
JPN | Japan | Japanese | Japanese | 36.2 | 138.3
JOR | Jordan | Jordanian | Jordanians | 30.6 | 36.2
KAZ | Kazakhstan | Kazakh; Kazakhstani | Kazakhs | 48.0 | 66.9
KEN | Kenya | Kenyan | Kenyans | -0.02 | 37.9
PRK | North Korea; Democratic People's Republic of Korea; DPRK | North Korean | North Koreans | 40.3 | 127.5
KOR | South Korea; Republic of Korea; ROK | South Korean | South Koreans | 35.9 | 127.8
XKX | Kosovo | Kosovar; Kosovan | Kosovars | 42.6 | 20.9
KWT | Kuwait | Kuwaiti | Kuwaitis | 29.3 | 47.5
KGZ | Kyrgyzstan | Kyrgyz | Kyrgyz | 41.2 | 74.8
LAO | Laos | Laotian; Lao | Laotians | 19.9 | 102.5
LVA | Latvia | Latvian | Latvians | 56.9 | 24.6
LBN | Lebanon | Lebanese | Lebanese | 33.9 | 35.9
LBY | Libya | Libyan | Libyans | 26.3 | 17.2
LTU | Lithuania | Lithuanian | Lithuanians | 55.2 | 23.9
MKD | North Macedonia; Macedonia | Macedonian | Macedonians | 41.6 | 21.7
MYS | Malaysia | Malaysian | Malaysians | 4.2 | 101.98
MLI | Mali | Malian | Malians | 17.6 | -4.0
MEX | Mexico | Mexican | Mexicans | 23.6 | -102.6
MDA | Moldova | Moldovan | Moldovans | 47.4 | 28.4
MNG | Mongolia | Mongolian | Mongolians | 46.9 | 103.8
MNE | Montenegro | Montenegrin | Montenegrins | 42.7 | 19.4
MAR | Morocco | Moroccan | Moroccans | 31.8 | -7.1
MOZ | Mozambique | Mozambican | Mozambicans | -18.7 | 35.5
NPL | Nepal | Nepali; Nepalese | Nepalis | 28.4 | 84.1
NLD | Netherlands; Holland | Dutch | Dutch | 52.1 | 5.3
NZL | New Zealand | New Zealand | New Zealanders | -40.9 | 174.9
NIC | Nicaragua | Nicaraguan | Nicaraguans | 12.9 | -85.2
NER | Niger | Nigerien | Nigeriens | 17.6 | 8.1
NGA | Nigeria | Nigerian | Nigerians | 9.1 | 8.7
NOR | Norway | Norwegian | Norwegians | 60.5 | 8.5
OMN | Oman | Omani | Omanis | 21.5 | 55.9
PAK | Pakistan | Pakistani | Pakistanis | 30.4 | 69.3
PSE | Palestine; Palestinian territories; State of Palestine | Palestinian | Palestinians | 31.9 | 35.2
PAN | Panama | Panamanian | Panamanians | 8.5 | -80.8
PRY | Paraguay | Paraguayan | Paraguayans | -23.4 | -58.4
PER | Peru | Peruvian | Peruvians | -9.2 | -75.0
PHL | Philippines | Philippine; Filipino | Filipinos | 12.9 | 121.8
POL | Poland | Polish | Poles | 51.9 | 19.1
PRT | Portugal | Portuguese | Portuguese | 39.4 | -8.2
QAT | Qatar | Qatari | Qataris | 25.4 | 51.2
ROU | Romania | Romanian | Romanians | 45.9 | 24.97
RUS | Russia; Russian Federation | Russian | Russians | 61.5 | 105.3
RWA | Rwanda | Rwandan | Rwandans | -1.9 | 29.9
SAU | Saudi Arabia | Saudi | Saudis | 23.9 | 45.1
SEN | Senegal | Senegalese | Senegalese | 14.5 | -14.5
SRB | Serbia | Serbian; Serb | Serbs; Serbians | 44.0 | 21.0
SGP | Singapore | Singaporean | Singaporeans | 1.35 | 103.8
SVK | Slovakia | Slovak | Slovaks | 48.7 | 19.7
SVN | Slovenia | Slovenian; Slovene | Slovenians; Slovenes | 46.2 | 14.99
SOM | Somalia | Somali | Somalis | 5.2 | 46.2
ZAF | South Africa | South African | South Africans | -30.6 | 22.9
SSD | South Sudan | South Sudanese | South Sudanese | 6.9 | 31.3
ESP | Spain | Spanish | Spaniards | 40.5 | -3.7
LKA | Sri Lanka | Sri Lankan | Sri Lankans | 7.9 | 80.8
SDN | Sudan | Sudanese | Sudanese | 12.9 | 30.2
SWE | Sweden | Swedish | Swedes | 60.1 | 18.6
CHE | Switzerland | Swiss | Swiss | 46.8 | 8.2
SYR | Syria; Syrian Arab Republic | Syrian | Syrians | 34.8 | 39.0
TWN | Taiwan | Taiwanese | Taiwanese | 23.7 | 120.96
TJK | Tajikistan | Tajik | Tajiks | 38.9 | 71.3
TZA | Tanzania | Tanzanian | Tanzanians | -6.4 | 34.9
THA | Thailand | Thai | Thais | 15.9 | 100.99
TUN | Tunisia | Tunisian | Tunisians | 33.9 | 9.5
TUR | Turkey; Turkiye; Türkiye | Turkish | Turks | 38.96 | 35.2
TKM | Turkmenistan | Turkmen | Turkmens | 38.97 | 59.6
UGA | Uganda | Ugandan | Ugandans | 1.4 | 32.3
UKR | Ukraine | Ukrainian | Ukrainians | 48.4 | 31.2
ARE | United Arab Emirates; UAE; U.A.E.; Emirates | Emirati | Emiratis | 23.4 | 53.8
GBR | United Kingdom; Britain; Great Britain; UK; U.K. | British; UK; U.K. | Britons; British | 55.4 | -3.4
USA | United States; United States of America; U.S.; US; USA; U.S.A.; America | American; U.S.; US | Americans | 37.1 | -95.7
URY | Uruguay | Uruguayan | Uruguayans | -32.5 | -55.8
UZB | Uzbekistan | Uzbek | Uzbeks | 41.4 | 64.6
VEN | Venezuela | Venezuelan | Venezuelans | 6.4 | -66.6
VNM | Vietnam; Viet Nam | Vietnamese | Vietnamese | 14.1 | 108.3
YEM | Yemen | Yemeni | Yemenis | 15.6 | 48.5
ZMB | Zambia | Zambian | Zambians | -13.1 | 27.8
ZWE | Zimbabwe | Zimbabwean | Zimbabweans | -19.0 | 29.2
VAT | Vatican; Holy See; Vatican City | Vatican | - | 41.9 | 12.45
AND | Andorra | Andorran | Andorrans | 42.5 | 1.6
ATG | Antigua and Barbuda; Antigua | Antiguan | Antiguans | 17.1 | -61.8
BHS | Bahamas | Bahamian | Bahamians | 25.0 | -77.4
BRB | Barbados | Barbadian | Barbadians | 13.2 | -59.5
BLZ | Belize | Belizean | Belizeans | 17.2 | -88.5
BEN | Benin | Beninese | Beninese | 9.3 | 2.3
BTN | Bhutan | Bhutanese | Bhutanese | 27.5 | 90.4
BWA | Botswana | Botswanan; Motswana | Batswana | -22.3 | 24.7
BRN | Brunei; Brunei Darussalam | Bruneian | Bruneians | 4.5 | 114.7
BFA | Burkina Faso | Burkinabe; Burkinabè | Burkinabe | 12.2 | -1.6
BDI | Burundi | Burundian | Burundians | -3.4 | 29.9
CPV | Cabo Verde; Cape Verde | Cape Verdean; Cabo Verdean | Cape Verdeans | 16.0 | -24.0
CAF | Central African Republic; CAR | Central African | Central Africans | 6.6 | 20.9
COM | Comoros | Comoran; Comorian | Comorans | -11.9 | 43.9
DJI | Djibouti | Djiboutian | Djiboutians | 11.8 | 42.6
DMA | Dominica | - | - | 15.4 | -61.4
DOM | Dominican Republic | Dominican | Dominicans | 18.7 | -70.2
GNQ | Equatorial Guinea | Equatorial Guinean; Equatoguinean | Equatorial Guineans | 1.7 | 10.3
SWZ | Eswatini; Swaziland | Swazi; Eswatini | Swazis | -26.5 | 31.5
FJI | Fiji | Fijian | Fijians | -17.7 | 178.1
GAB | Gabon | Gabonese | Gabonese | -0.8 | 11.6
GMB | Gambia; The Gambia | Gambian | Gambians | 13.4 | -15.3
GRD | Grenada | Grenadian | Grenadians | 12.1 | -61.7
GIN | Guinea; Guinea-Conakry | Guinean | Guineans | 9.9 | -9.7
GNB | Guinea-Bissau | Bissau-Guinean | Bissau-Guineans | 11.8 | -15.2
GUY | Guyana | Guyanese | Guyanese | 4.9 | -58.9
JAM | Jamaica | Jamaican | Jamaicans | 18.1 | -77.3
KIR | Kiribati | I-Kiribati | I-Kiribati | 1.9 | -157.4
LSO | Lesotho | Basotho; Mosotho | Basotho | -29.6 | 28.2
LBR | Liberia | Liberian | Liberians | 6.4 | -9.4
LIE | Liechtenstein | Liechtensteiner | Liechtensteiners | 47.2 | 9.6
LUX | Luxembourg | Luxembourgish; Luxembourg | Luxembourgers | 49.8 | 6.1
MDG | Madagascar | Malagasy | Malagasy | -18.8 | 46.9
MWI | Malawi | Malawian | Malawians | -13.3 | 34.3
MDV | Maldives | Maldivian | Maldivians | 3.2 | 73.2
MLT | Malta | Maltese | Maltese | 35.9 | 14.4
MHL | Marshall Islands | Marshallese | Marshallese | 7.1 | 171.2
MRT | Mauritania | Mauritanian | Mauritanians | 21.0 | -10.9
MUS | Mauritius | Mauritian | Mauritians | -20.3 | 57.6
FSM | Micronesia; Federated States of Micronesia | Micronesian | Micronesians | 6.9 | 158.2
MCO | Monaco | Monegasque | Monegasques | 43.7 | 7.4
NAM | Namibia | Namibian | Namibians | -22.96 | 18.5
NRU | Nauru | Nauruan | Nauruans | -0.5 | 166.9
PLW | Palau | Palauan | Palauans | 7.5 | 134.6
PNG | Papua New Guinea; PNG | Papua New Guinean | Papua New Guineans | -6.3 | 143.96
KNA | Saint Kitts and Nevis; St. Kitts and Nevis | Kittitian | Kittitians | 17.3 | -62.8
LCA | Saint Lucia; St. Lucia | Saint Lucian | Saint Lucians | 13.9 | -60.98
VCT | Saint Vincent and the Grenadines; St. Vincent and the Grenadines | Vincentian | Vincentians | 13.3 | -61.2
WSM | Samoa | Samoan | Samoans | -13.8 | -172.1
SMR | San Marino | Sammarinese | Sammarinese | 43.9 | 12.5
STP | Sao Tome and Principe; São Tomé and Príncipe | Santomean | Santomeans | 0.2 | 6.6
SYC | Seychelles | Seychellois | Seychellois | -4.7 | 55.5
SLE | Sierra Leone | Sierra Leonean | Sierra Leoneans | 8.5 | -11.8
SLB | Solomon Islands | Solomon Islander | Solomon Islanders | -9.6 | 160.2
SUR | Suriname | Surinamese | Surinamese | 3.9 | -56.0
TLS | Timor-Leste; East Timor | Timorese | Timorese | -8.9 | 125.7
TGO | Togo | Togolese | Togolese | 8.6 | 0.8
TON | Tonga | Tongan | Tongans | -21.2 | -175.2
TTO | Trinidad and Tobago; Trinidad | Trinidadian | Trinidadians | 10.7 | -61.2
TUV | Tuvalu | Tuvaluan | Tuvaluans | -7.1 | 177.6
VUT | Vanuatu | Ni-Vanuatu | Ni-Vanuatu | -15.4 | 166.96
HKG | Hong Kong | Hong Kong | Hong Kongers | 22.3 | 114.2
MAC | Macau; Macao | Macanese | Macanese | 22.2 | 113.5
GRL | Greenland | Greenlandic | Greenlanders | 71.7 | -42.6
PRI | Puerto Rico | Puerto Rican | Puerto Ricans | 18.2 | -66.5
