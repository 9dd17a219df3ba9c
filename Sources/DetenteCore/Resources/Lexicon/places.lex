# Places: capitals, large cities, regions and summit venues, with the country they are in.
# kind: capital (also stands for the government in "Moscow said"), city, region, venue.
# Countries themselves are places too (their point is in countries.lex).
# name | iso3 | lat | lon | kind | aliases
[places]
Moscow | RUS | 55.76 | 37.62 | capital
St. Petersburg | RUS | 59.94 | 30.31 | city | Saint Petersburg; St Petersburg
Vladivostok | RUS | 43.12 | 131.89 | city
Sochi | RUS | 43.60 | 39.73 | city
Kazan | RUS | 55.79 | 49.12 | city
Washington | USA | 38.90 | -77.04 | capital | Washington, D.C.; Washington D.C.; Washington DC
Camp David | USA | 39.65 | -77.46 | venue
New York | USA | 40.71 | -74.01 | city | New York City
Los Angeles | USA | 34.05 | -118.24 | city
Chicago | USA | 41.88 | -87.63 | city
San Francisco | USA | 37.77 | -122.42 | city
Anchorage | USA | 61.22 | -149.90 | city
Honolulu | USA | 21.31 | -157.86 | city
Beijing | CHN | 39.90 | 116.41 | capital
Shanghai | CHN | 31.23 | 121.47 | city
Hangzhou | CHN | 30.27 | 120.16 | city
London | GBR | 51.51 | -0.13 | capital
Northern Ireland | GBR | 54.61 | -6.63 | region
Lough Erne | GBR | 54.37 | -7.65 | venue
Quebec City | CAN | 46.81 | -71.21 | venue | Quebec
La Malbaie | CAN | 47.65 | -70.15 | venue | Charlevoix
Belfast | GBR | 54.60 | -5.93 | city
Cornwall | GBR | 50.27 | -5.05 | region
Paris | FRA | 48.86 | 2.35 | capital
Berlin | DEU | 52.52 | 13.40 | capital
Munich | DEU | 48.14 | 11.58 | city
Hamburg | DEU | 53.55 | 9.99 | city
Brussels | BEL | 50.85 | 4.35 | capital
The Hague | NLD | 52.07 | 4.30 | city
Amsterdam | NLD | 52.37 | 4.90 | capital
Geneva | CHE | 46.20 | 6.14 | city
Bern | CHE | 46.95 | 7.45 | capital
Davos | CHE | 46.80 | 9.84 | city
Vienna | AUT | 48.21 | 16.37 | capital
Rome | ITA | 41.90 | 12.50 | capital
Madrid | ESP | 40.42 | -3.70 | capital
Lisbon | PRT | 38.72 | -9.14 | capital
Warsaw | POL | 52.23 | 21.01 | capital
Prague | CZE | 50.08 | 14.44 | capital
Budapest | HUN | 47.50 | 19.04 | capital
Bucharest | ROU | 44.43 | 26.10 | capital
Sofia | BGR | 42.70 | 23.32 | capital
Athens | GRC | 37.98 | 23.73 | capital
Belgrade | SRB | 44.79 | 20.45 | capital
Pristina | XKX | 42.66 | 21.17 | capital
Zagreb | HRV | 45.81 | 15.98 | capital
Sarajevo | BIH | 43.86 | 18.41 | capital
Helsinki | FIN | 60.17 | 24.94 | capital
Stockholm | SWE | 59.33 | 18.07 | capital
Oslo | NOR | 59.91 | 10.75 | capital
Copenhagen | DNK | 55.68 | 12.57 | capital
Reykjavik | ISL | 64.15 | -21.94 | capital
Dublin | IRL | 53.35 | -6.26 | capital
Tallinn | EST | 59.44 | 24.75 | capital
Riga | LVA | 56.95 | 24.11 | capital
Vilnius | LTU | 54.69 | 25.28 | capital
Minsk | BLR | 53.90 | 27.56 | capital
Kyiv | UKR | 50.45 | 30.52 | capital | Kiev
Kharkiv | UKR | 49.99 | 36.23 | city | Kharkov
Odesa | UKR | 46.48 | 30.72 | city | Odessa
Donetsk | UKR | 48.02 | 37.80 | city
Luhansk | UKR | 48.57 | 39.31 | city | Lugansk
Crimea | UKR | 45.30 | 34.40 | region
Chisinau | MDA | 47.01 | 28.86 | capital
Tbilisi | GEO | 41.72 | 44.79 | capital
Yerevan | ARM | 40.18 | 44.51 | capital
Baku | AZE | 40.41 | 49.87 | capital
Ankara | TUR | 39.93 | 32.86 | capital
Istanbul | TUR | 41.01 | 28.98 | city
Antalya | TUR | 36.90 | 30.70 | city
Tehran | IRN | 35.69 | 51.39 | capital
Baghdad | IRQ | 33.31 | 44.36 | capital
Mosul | IRQ | 36.34 | 43.13 | city
Erbil | IRQ | 36.19 | 44.01 | city
Damascus | SYR | 33.51 | 36.28 | capital
Aleppo | SYR | 36.20 | 37.13 | city
Idlib | SYR | 35.93 | 36.63 | city
Beirut | LBN | 33.89 | 35.50 | capital
Jerusalem | ISR | 31.77 | 35.21 | capital
Tel Aviv | ISR | 32.09 | 34.78 | city
Gaza | PSE | 31.50 | 34.47 | region | Gaza Strip
West Bank | PSE | 31.95 | 35.30 | region
Ramallah | PSE | 31.90 | 35.20 | capital
Amman | JOR | 31.95 | 35.93 | capital
Riyadh | SAU | 24.71 | 46.68 | capital
Jeddah | SAU | 21.49 | 39.19 | city
Doha | QAT | 25.29 | 51.53 | capital
Abu Dhabi | ARE | 24.45 | 54.38 | capital
Dubai | ARE | 25.20 | 55.27 | city
Muscat | OMN | 23.59 | 58.41 | capital
Manama | BHR | 26.23 | 50.59 | capital
Kuwait City | KWT | 29.38 | 47.99 | capital
Sanaa | YEM | 15.37 | 44.19 | capital
Aden | YEM | 12.79 | 45.02 | city
Cairo | EGY | 30.04 | 31.24 | capital
Sharm el-Sheikh | EGY | 27.92 | 34.33 | city
Tripoli | LBY | 32.89 | 13.19 | capital
Tunis | TUN | 36.81 | 10.18 | capital
Algiers | DZA | 36.75 | 3.06 | capital
Rabat | MAR | 34.02 | -6.83 | capital
Khartoum | SDN | 15.50 | 32.56 | capital
Juba | SSD | 4.85 | 31.58 | capital
Addis Ababa | ETH | 9.03 | 38.74 | capital
Asmara | ERI | 15.32 | 38.93 | capital
Mogadishu | SOM | 2.05 | 45.32 | capital
Nairobi | KEN | -1.29 | 36.82 | capital
Kampala | UGA | 0.35 | 32.58 | capital
Kigali | RWA | -1.94 | 30.06 | capital
Kinshasa | COD | -4.44 | 15.27 | capital
Goma | COD | -1.68 | 29.23 | city
Dar es Salaam | TZA | -6.79 | 39.21 | city
Dodoma | TZA | -6.16 | 35.75 | capital
Lusaka | ZMB | -15.39 | 28.32 | capital
Harare | ZWE | -17.83 | 31.05 | capital
Maputo | MOZ | -25.97 | 32.57 | capital
Luanda | AGO | -8.84 | 13.23 | capital
Pretoria | ZAF | -25.75 | 28.19 | capital
Johannesburg | ZAF | -26.20 | 28.05 | city
Cape Town | ZAF | -33.92 | 18.42 | city
Abuja | NGA | 9.08 | 7.40 | capital
Lagos | NGA | 6.52 | 3.38 | city
Accra | GHA | 5.60 | -0.19 | capital
Dakar | SEN | 14.72 | -17.47 | capital
Bamako | MLI | 12.64 | -8.00 | capital
Niamey | NER | 13.51 | 2.13 | capital
N'Djamena | TCD | 12.13 | 15.06 | capital
Yaounde | CMR | 3.85 | 11.50 | capital
Abidjan | CIV | 5.36 | -4.01 | city
Kabul | AFG | 34.56 | 69.21 | capital
Kandahar | AFG | 31.63 | 65.71 | city
Islamabad | PAK | 33.68 | 73.05 | capital
Karachi | PAK | 24.86 | 67.01 | city
Lahore | PAK | 31.55 | 74.34 | city
New Delhi | IND | 28.61 | 77.21 | capital | Delhi
Mumbai | IND | 19.08 | 72.88 | city
Kolkata | IND | 22.57 | 88.36 | city
Bangalore | IND | 12.97 | 77.59 | city | Bengaluru
Kashmir | IND | 34.08 | 74.80 | region
Ladakh | IND | 34.15 | 77.58 | region
Galwan Valley | IND | 34.75 | 78.20 | region
Salisbury | GBR | 51.07 | -1.79 | city
Dhaka | BGD | 23.81 | 90.41 | capital
Colombo | LKA | 6.93 | 79.86 | city
Kathmandu | NPL | 27.72 | 85.32 | capital
Tokyo | JPN | 35.68 | 139.69 | capital
Osaka | JPN | 34.69 | 135.50 | city
Hiroshima | JPN | 34.39 | 132.46 | city
Seoul | KOR | 37.57 | 126.98 | capital
Busan | KOR | 35.18 | 129.08 | city
Pyongyang | PRK | 39.04 | 125.76 | capital
Nuuk | GRL | 64.18 | -51.72 | capital
Pituffik Space Base | GRL | 76.53 | -68.70 | venue | Pituffik; Thule Air Base
San Juan | PRI | 18.47 | -66.11 | capital
Panmunjom | KOR | 37.96 | 126.68 | venue
Taipei | TWN | 25.03 | 121.57 | capital
Hanoi | VNM | 21.03 | 105.85 | capital
Ho Chi Minh City | VNM | 10.82 | 106.63 | city | Saigon
Bangkok | THA | 13.76 | 100.50 | capital
Naypyidaw | MMR | 19.76 | 96.08 | capital | Naypyitaw
Yangon | MMR | 16.87 | 96.20 | city | Rangoon
Phnom Penh | KHM | 11.56 | 104.93 | capital
Vientiane | LAO | 17.98 | 102.63 | capital
Kuala Lumpur | MYS | 3.14 | 101.69 | capital
Jakarta | IDN | -6.21 | 106.85 | capital
Bali | IDN | -8.34 | 115.09 | region
Nusa Dua | IDN | -8.80 | 115.23 | venue
Manila | PHL | 14.60 | 120.98 | capital
Canberra | AUS | -35.28 | 149.13 | capital
Sydney | AUS | -33.87 | 151.21 | city
Melbourne | AUS | -37.81 | 144.96 | city
Brisbane | AUS | -27.47 | 153.03 | city
Wellington | NZL | -41.29 | 174.78 | capital
Ottawa | CAN | 45.42 | -75.70 | capital
Toronto | CAN | 43.65 | -79.38 | city
Montreal | CAN | 45.50 | -73.57 | city
Mexico City | MEX | 19.43 | -99.13 | capital
Havana | CUB | 23.11 | -82.37 | capital
Caracas | VEN | 10.48 | -66.90 | capital
Bogota | COL | 4.71 | -74.07 | capital | Bogotá
Lima | PER | -12.05 | -77.04 | capital
Quito | ECU | -0.18 | -78.47 | capital
La Paz | BOL | -16.49 | -68.12 | capital
Santiago | CHL | -33.45 | -70.67 | capital
Buenos Aires | ARG | -34.60 | -58.38 | capital
Montevideo | URY | -34.90 | -56.16 | capital
Asuncion | PRY | -25.26 | -57.58 | capital | Asunción
Brasilia | BRA | -15.79 | -47.88 | capital | Brasília
Sao Paulo | BRA | -23.55 | -46.63 | city | São Paulo
Rio de Janeiro | BRA | -22.91 | -43.17 | city
Managua | NIC | 12.11 | -86.24 | capital
Tegucigalpa | HND | 14.07 | -87.19 | capital
Guatemala City | GTM | 14.63 | -90.51 | capital
San Salvador | SLV | 13.69 | -89.22 | capital
Panama City | PAN | 8.98 | -79.52 | capital
Port-au-Prince | HTI | 18.59 | -72.31 | capital
Astana | KAZ | 51.17 | 71.45 | capital | Nur-Sultan
Almaty | KAZ | 43.24 | 76.89 | city
Tashkent | UZB | 41.30 | 69.24 | capital
Bishkek | KGZ | 42.87 | 74.59 | capital
Dushanbe | TJK | 38.56 | 68.79 | capital
Ashgabat | TKM | 37.96 | 58.33 | capital
Ulaanbaatar | MNG | 47.89 | 106.91 | capital | Ulan Bator
Singapore | SGP | 1.35 | 103.82 | capital
Vatican City | VAT | 41.90 | 12.45 | capital

# --- Capitals not listed above (every UN member and observer has its seat of government here,
# except where the capital's name is the country's own: Djibouti, Kuwait, Luxembourg, Monaco,
# San Marino, Singapore, Vatican City).
Tirana | ALB | 41.33 | 19.82 | capital | Tirane
Andorra la Vella | AND | 42.51 | 1.52 | capital
St. John's | ATG | 17.12 | -61.85 | capital | Saint John's
Nassau | BHS | 25.05 | -77.35 | capital
Bridgetown | BRB | 13.10 | -59.61 | capital
Belmopan | BLZ | 17.25 | -88.77 | capital
Porto-Novo | BEN | 6.50 | 2.60 | capital
Cotonou | BEN | 6.37 | 2.43 | city
Thimphu | BTN | 27.47 | 89.64 | capital
Sucre | BOL | -19.05 | -65.26 | capital
Gaborone | BWA | -24.65 | 25.91 | capital
Bandar Seri Begawan | BRN | 4.90 | 114.94 | capital
Ouagadougou | BFA | 12.37 | -1.52 | capital
Gitega | BDI | -3.43 | 29.93 | capital
Bujumbura | BDI | -3.38 | 29.36 | city
Praia | CPV | 14.93 | -23.51 | capital
Bangui | CAF | 4.39 | 18.56 | capital
Moroni | COM | -11.70 | 43.26 | capital
Brazzaville | COG | -4.27 | 15.28 | capital
San Jose | CRI | 9.93 | -84.08 | capital | San José
Yamoussoukro | CIV | 6.82 | -5.28 | capital
Nicosia | CYP | 35.17 | 33.36 | capital
Roseau | DMA | 15.30 | -61.39 | capital
Santo Domingo | DOM | 18.49 | -69.93 | capital
Malabo | GNQ | 3.75 | 8.78 | capital
Mbabane | SWZ | -26.31 | 31.14 | capital
Suva | FJI | -18.14 | 178.44 | capital
Libreville | GAB | 0.39 | 9.45 | capital
Banjul | GMB | 13.45 | -16.58 | capital
St. George's | GRD | 12.06 | -61.75 | capital | Saint George's
Conakry | GIN | 9.64 | -13.58 | capital
Bissau | GNB | 11.86 | -15.60 | capital
Georgetown | GUY | 6.80 | -58.16 | capital
Kingston | JAM | 18.00 | -76.79 | capital
Tarawa | KIR | 1.45 | 173.03 | capital | South Tarawa
Maseru | LSO | -29.31 | 27.48 | capital
Monrovia | LBR | 6.30 | -10.80 | capital
Vaduz | LIE | 47.14 | 9.52 | capital
Antananarivo | MDG | -18.88 | 47.51 | capital
Lilongwe | MWI | -13.96 | 33.79 | capital
Male | MDV | 4.18 | 73.51 | capital | Malé
Valletta | MLT | 35.90 | 14.51 | capital
Majuro | MHL | 7.09 | 171.38 | capital
Nouakchott | MRT | 18.08 | -15.98 | capital
Port Louis | MUS | -20.16 | 57.50 | capital
Palikir | FSM | 6.92 | 158.16 | capital
Podgorica | MNE | 42.44 | 19.26 | capital
Windhoek | NAM | -22.56 | 17.08 | capital
Yaren | NRU | -0.55 | 166.92 | capital
Ngerulmud | PLW | 7.50 | 134.62 | capital
Port Moresby | PNG | -9.44 | 147.18 | capital
Basseterre | KNA | 17.30 | -62.72 | capital
Castries | LCA | 14.01 | -60.99 | capital
Kingstown | VCT | 13.16 | -61.22 | capital
Apia | WSM | -13.83 | -171.76 | capital
Sao Tome | STP | 0.34 | 6.73 | capital | São Tomé
Freetown | SLE | 8.47 | -13.23 | capital
Bratislava | SVK | 48.15 | 17.11 | capital
Ljubljana | SVN | 46.06 | 14.51 | capital
Honiara | SLB | -9.43 | 159.95 | capital
Paramaribo | SUR | 5.85 | -55.20 | capital
Sri Jayawardenepura Kotte | LKA | 6.89 | 79.90 | capital | Kotte
Skopje | MKD | 42.00 | 21.43 | capital
Dili | TLS | -8.56 | 125.57 | capital
Lome | TGO | 6.13 | 1.22 | capital | Lomé
Nuku'alofa | TON | -21.14 | -175.20 | capital
Port of Spain | TTO | 10.65 | -61.51 | capital
Funafuti | TUV | -8.52 | 179.20 | capital
Port Vila | VUT | -17.73 | 168.32 | capital
Putrajaya | MYS | 2.93 | 101.69 | capital
Victoria, Seychelles | SYC | -4.62 | 55.45 | capital

# --- Cities over one million people (and a few regional centres), by country.
Phoenix | USA | 33.45 | -112.07 | city
Houston | USA | 29.76 | -95.37 | city
Philadelphia | USA | 39.95 | -75.17 | city
San Antonio | USA | 29.42 | -98.49 | city
San Diego | USA | 32.72 | -117.16 | city
Dallas | USA | 32.78 | -96.80 | city
Austin | USA | 30.27 | -97.74 | city
Jacksonville | USA | 30.33 | -81.66 | city
Seattle | USA | 47.61 | -122.33 | city
Miami | USA | 25.76 | -80.19 | city
Atlanta | USA | 33.75 | -84.39 | city
Boston | USA | 42.36 | -71.06 | city
Detroit | USA | 42.33 | -83.05 | city
Denver | USA | 39.74 | -104.99 | city
Las Vegas | USA | 36.17 | -115.14 | city
New Orleans | USA | 29.95 | -90.07 | city
Calgary | CAN | 51.05 | -114.07 | city
Vancouver | CAN | 49.28 | -123.12 | city
Edmonton | CAN | 53.55 | -113.49 | city
Guadalajara | MEX | 20.67 | -103.35 | city
Monterrey | MEX | 25.69 | -100.32 | city
Puebla | MEX | 19.04 | -98.21 | city
Tijuana | MEX | 32.51 | -117.04 | city
Ciudad Juarez | MEX | 31.69 | -106.42 | city | Juarez; Ciudad Juárez
Leon | MEX | 21.12 | -101.68 | city | León
Cancun | MEX | 21.16 | -86.85 | city | Cancún
Salvador | BRA | -12.97 | -38.50 | city
Fortaleza | BRA | -3.73 | -38.52 | city
Belo Horizonte | BRA | -19.92 | -43.94 | city
Manaus | BRA | -3.12 | -60.02 | city
Curitiba | BRA | -25.43 | -49.27 | city
Recife | BRA | -8.05 | -34.88 | city
Porto Alegre | BRA | -30.03 | -51.23 | city
Belem | BRA | -1.46 | -48.49 | city | Belém
Goiania | BRA | -16.69 | -49.26 | city | Goiânia
Campinas | BRA | -22.91 | -47.06 | city
Medellin | COL | 6.24 | -75.58 | city | Medellín
Cali | COL | 3.45 | -76.53 | city
Barranquilla | COL | 10.96 | -74.80 | city
Maracaibo | VEN | 10.65 | -71.64 | city
Guayaquil | ECU | -2.17 | -79.92 | city
Santa Cruz de la Sierra | BOL | -17.78 | -63.18 | city
Arequipa | PER | -16.41 | -71.54 | city
Cordoba | ARG | -31.42 | -64.18 | city | Córdoba
Rosario | ARG | -32.95 | -60.64 | city
Birmingham | GBR | 52.49 | -1.89 | city
Manchester | GBR | 53.48 | -2.24 | city
Glasgow | GBR | 55.86 | -4.25 | city
Edinburgh | GBR | 55.95 | -3.19 | city
Cologne | DEU | 50.94 | 6.96 | city | Koln; Köln
Frankfurt | DEU | 50.11 | 8.68 | city
Milan | ITA | 45.46 | 9.19 | city
Naples | ITA | 40.85 | 14.27 | city
Turin | ITA | 45.07 | 7.69 | city
Barcelona | ESP | 41.39 | 2.17 | city
Valencia | ESP | 39.47 | -0.38 | city
Marseille | FRA | 43.30 | 5.37 | city
Lyon | FRA | 45.76 | 4.84 | city
Strasbourg | FRA | 48.57 | 7.75 | city
Dnipro | UKR | 48.46 | 35.05 | city | Dnipropetrovsk
Zaporizhzhia | UKR | 47.84 | 35.14 | city
Mariupol | UKR | 47.10 | 37.55 | city
Lviv | UKR | 49.84 | 24.03 | city
Kherson | UKR | 46.64 | 32.62 | city
Bakhmut | UKR | 48.59 | 38.00 | city
Sevastopol | UKR | 44.62 | 33.52 | city
Novosibirsk | RUS | 55.03 | 82.92 | city
Yekaterinburg | RUS | 56.84 | 60.61 | city
Nizhny Novgorod | RUS | 56.30 | 43.94 | city
Chelyabinsk | RUS | 55.16 | 61.40 | city
Samara | RUS | 53.20 | 50.15 | city
Omsk | RUS | 54.99 | 73.37 | city
Rostov-on-Don | RUS | 47.24 | 39.71 | city | Rostov
Ufa | RUS | 54.74 | 55.97 | city
Krasnoyarsk | RUS | 56.01 | 92.89 | city
Voronezh | RUS | 51.67 | 39.18 | city
Perm | RUS | 58.01 | 56.25 | city
Volgograd | RUS | 48.71 | 44.51 | city
Krasnodar | RUS | 45.04 | 38.98 | city
Kaliningrad | RUS | 54.71 | 20.45 | city
Belgorod | RUS | 50.60 | 36.59 | city
Kursk | RUS | 51.73 | 36.19 | city
Grozny | RUS | 43.32 | 45.69 | city
Bursa | TUR | 40.18 | 29.07 | city
Izmir | TUR | 38.42 | 27.14 | city | İzmir
Adana | TUR | 37.00 | 35.32 | city
Gaziantep | TUR | 37.07 | 37.38 | city
Konya | TUR | 37.87 | 32.48 | city
Kahramanmaras | TUR | 37.58 | 36.94 | city | Kahramanmaraş
Thessaloniki | GRC | 40.64 | 22.94 | city
Mashhad | IRN | 36.30 | 59.61 | city
Isfahan | IRN | 32.65 | 51.67 | city
Karaj | IRN | 35.84 | 50.94 | city
Shiraz | IRN | 29.59 | 52.58 | city
Tabriz | IRN | 38.08 | 46.29 | city
Qom | IRN | 34.64 | 50.88 | city
Ahvaz | IRN | 31.32 | 48.67 | city
Natanz | IRN | 33.51 | 51.92 | venue
Fordow | IRN | 34.88 | 50.99 | venue
Basra | IRQ | 30.51 | 47.81 | city
Sulaymaniyah | IRQ | 35.56 | 45.44 | city
Kirkuk | IRQ | 35.47 | 44.39 | city
Fallujah | IRQ | 33.35 | 43.78 | city
Homs | SYR | 34.73 | 36.71 | city
Raqqa | SYR | 35.95 | 39.01 | city
Mecca | SAU | 21.39 | 39.86 | city | Makkah
Medina | SAU | 24.47 | 39.61 | city
Dammam | SAU | 26.43 | 50.10 | city
Sharjah | ARE | 25.35 | 55.42 | city
Taiz | YEM | 13.58 | 44.02 | city
Hodeidah | YEM | 14.80 | 42.95 | city
Haifa | ISR | 32.79 | 34.99 | city
Rafah | PSE | 31.30 | 34.25 | city
Khan Younis | PSE | 31.35 | 34.31 | city
Herat | AFG | 34.35 | 62.20 | city
Mazar-i-Sharif | AFG | 36.71 | 67.11 | city
Delhi | IND | 28.66 | 77.23 | city
Chennai | IND | 13.08 | 80.27 | city | Madras
Hyderabad | IND | 17.39 | 78.49 | city
Ahmedabad | IND | 23.02 | 72.57 | city
Pune | IND | 18.52 | 73.86 | city
Surat | IND | 21.17 | 72.83 | city
Jaipur | IND | 26.91 | 75.79 | city
Lucknow | IND | 26.85 | 80.95 | city
Kanpur | IND | 26.45 | 80.33 | city
Nagpur | IND | 21.15 | 79.09 | city
Indore | IND | 22.72 | 75.86 | city
Bhopal | IND | 23.26 | 77.41 | city
Patna | IND | 25.59 | 85.14 | city
Vadodara | IND | 22.31 | 73.18 | city
Ludhiana | IND | 30.90 | 75.86 | city
Agra | IND | 27.18 | 78.01 | city
Varanasi | IND | 25.32 | 82.97 | city
Srinagar | IND | 34.08 | 74.80 | city
Amritsar | IND | 31.63 | 74.87 | city
Visakhapatnam | IND | 17.69 | 83.22 | city
Coimbatore | IND | 11.02 | 76.96 | city
Kochi | IND | 9.93 | 76.27 | city
Faisalabad | PAK | 31.42 | 73.08 | city
Rawalpindi | PAK | 33.60 | 73.04 | city
Peshawar | PAK | 34.01 | 71.58 | city
Multan | PAK | 30.20 | 71.47 | city
Gujranwala | PAK | 32.16 | 74.19 | city
Quetta | PAK | 30.18 | 66.98 | city
Balakot | PAK | 34.55 | 73.35 | city
Chittagong | BGD | 22.36 | 91.78 | city | Chattogram
Khulna | BGD | 22.82 | 89.55 | city
Chongqing | CHN | 29.56 | 106.55 | city
Tianjin | CHN | 39.13 | 117.20 | city
Guangzhou | CHN | 23.13 | 113.26 | city
Shenzhen | CHN | 22.54 | 114.06 | city
Chengdu | CHN | 30.66 | 104.07 | city
Wuhan | CHN | 30.59 | 114.31 | city
Nanjing | CHN | 32.06 | 118.80 | city
Xi'an | CHN | 34.34 | 108.94 | city | Xian
Shenyang | CHN | 41.80 | 123.43 | city
Harbin | CHN | 45.80 | 126.53 | city
Dalian | CHN | 38.91 | 121.61 | city
Qingdao | CHN | 36.07 | 120.38 | city
Jinan | CHN | 36.65 | 117.12 | city
Zhengzhou | CHN | 34.75 | 113.63 | city
Changsha | CHN | 28.23 | 112.94 | city
Kunming | CHN | 25.04 | 102.71 | city
Fuzhou | CHN | 26.07 | 119.30 | city
Xiamen | CHN | 24.48 | 118.09 | city
Hefei | CHN | 31.82 | 117.23 | city
Nanchang | CHN | 28.68 | 115.86 | city
Shijiazhuang | CHN | 38.04 | 114.51 | city
Taiyuan | CHN | 37.87 | 112.55 | city
Urumqi | CHN | 43.83 | 87.62 | city | Ürümqi
Lanzhou | CHN | 36.06 | 103.83 | city
Nanning | CHN | 22.82 | 108.32 | city
Guiyang | CHN | 26.65 | 106.63 | city
Changchun | CHN | 43.82 | 125.32 | city
Hohhot | CHN | 40.84 | 111.75 | city
Suzhou | CHN | 31.30 | 120.58 | city
Wuxi | CHN | 31.49 | 120.31 | city
Ningbo | CHN | 29.87 | 121.54 | city
Dongguan | CHN | 23.02 | 113.75 | city
Foshan | CHN | 23.02 | 113.12 | city
Shantou | CHN | 23.35 | 116.68 | city
Tangshan | CHN | 39.63 | 118.18 | city
Baotou | CHN | 40.66 | 109.84 | city
Xining | CHN | 36.62 | 101.78 | city
Yinchuan | CHN | 38.49 | 106.23 | city
Haikou | CHN | 20.04 | 110.34 | city
Wenzhou | CHN | 28.00 | 120.67 | city
Lhasa | CHN | 29.65 | 91.12 | city
Yokohama | JPN | 35.44 | 139.64 | city
Nagoya | JPN | 35.18 | 136.91 | city
Sapporo | JPN | 43.06 | 141.35 | city
Fukuoka | JPN | 33.59 | 130.40 | city
Kobe | JPN | 34.69 | 135.20 | city
Kawasaki | JPN | 35.53 | 139.70 | city
Kyoto | JPN | 35.01 | 135.77 | city
Saitama | JPN | 35.86 | 139.65 | city
Sendai | JPN | 38.27 | 140.87 | city
Okinawa | JPN | 26.21 | 127.68 | region
Incheon | KOR | 37.46 | 126.71 | city
Daegu | KOR | 35.87 | 128.60 | city
Daejeon | KOR | 36.35 | 127.38 | city
Gwangju | KOR | 35.16 | 126.85 | city
Kaohsiung | TWN | 22.63 | 120.30 | city
Taichung | TWN | 24.15 | 120.67 | city
Surabaya | IDN | -7.25 | 112.75 | city
Bandung | IDN | -6.92 | 107.61 | city
Medan | IDN | 3.60 | 98.67 | city
Semarang | IDN | -6.97 | 110.42 | city
Makassar | IDN | -5.15 | 119.43 | city
Palembang | IDN | -2.98 | 104.76 | city
Quezon City | PHL | 14.68 | 121.04 | city
Davao | PHL | 7.19 | 125.46 | city | Davao City
Cebu | PHL | 10.32 | 123.89 | city
Haiphong | VNM | 20.84 | 106.69 | city | Hai Phong
Da Nang | VNM | 16.05 | 108.20 | city | Danang
Mandalay | MMR | 21.96 | 96.09 | city
Kano | NGA | 12.00 | 8.52 | city
Ibadan | NGA | 7.38 | 3.95 | city
Port Harcourt | NGA | 4.82 | 7.03 | city
Benin City | NGA | 6.34 | 5.63 | city
Kaduna | NGA | 10.52 | 7.44 | city
Maiduguri | NGA | 11.85 | 13.16 | city
Giza | EGY | 30.01 | 31.21 | city
Alexandria | EGY | 31.20 | 29.92 | city
Lubumbashi | COD | -11.66 | 27.48 | city
Mbuji-Mayi | COD | -6.15 | 23.60 | city
Kisangani | COD | 0.52 | 25.19 | city
Durban | ZAF | -29.86 | 31.02 | city
Mombasa | KEN | -4.04 | 39.67 | city
Omdurman | SDN | 15.64 | 32.48 | city
El Fasher | SDN | 13.63 | 25.35 | city
Casablanca | MAR | 33.57 | -7.59 | city
Fez | MAR | 34.03 | -5.00 | city | Fes
Tangier | MAR | 35.76 | -5.83 | city
Marrakesh | MAR | 31.63 | -8.01 | city | Marrakech
Oran | DZA | 35.70 | -0.63 | city
Benghazi | LBY | 32.12 | 20.07 | city
Kumasi | GHA | 6.69 | -1.62 | city
Douala | CMR | 4.05 | 9.70 | city
Pointe-Noire | COG | -4.78 | 11.86 | city
Mekelle | ETH | 13.50 | 39.47 | city
Perth | AUS | -31.95 | 115.86 | city
Adelaide | AUS | -34.93 | 138.60 | city
Auckland | NZL | -36.85 | 174.76 | city

# --- Regions and summit venues.
Xinjiang | CHN | 41.1 | 85.2 | region
Tibet | CHN | 31.7 | 88.1 | region
Inner Mongolia | CHN | 44.1 | 113.9 | region
Donbas | UKR | 48.2 | 38.4 | region | Donbass
Nagorno-Karabakh | AZE | 39.82 | 46.75 | region | Karabakh
Shusha | AZE | 39.76 | 46.75 | city | Shushi
Lachin corridor | AZE | 39.64 | 46.55 | region
Golan Heights | SYR | 33.0 | 35.75 | region | Golan
Sinai | EGY | 29.5 | 33.8 | region | Sinai Peninsula
Darfur | SDN | 13.5 | 24.0 | region
Tigray | ETH | 14.0 | 38.8 | region
Chechnya | RUS | 43.4 | 45.7 | region
Abkhazia | GEO | 43.0 | 41.0 | region
South Ossetia | GEO | 42.3 | 44.0 | region
Transnistria | MDA | 47.2 | 29.4 | region
Western Sahara | MAR | 24.2 | -12.9 | region
Kurdistan region | IRQ | 36.2 | 44.0 | region | Iraqi Kurdistan
Catalonia | ESP | 41.8 | 1.5 | region
Scotland | GBR | 56.5 | -4.2 | region
Wales | GBR | 52.1 | -3.8 | region
Mindanao | PHL | 7.5 | 125.0 | region
Papua | IDN | -4.3 | 138.1 | region
Chequers | GBR | 51.74 | -0.79 | venue
Elmau | DEU | 47.46 | 11.19 | venue | Schloss Elmau
Biarritz | FRA | 43.48 | -1.56 | city
Evian | FRA | 46.40 | 6.59 | city | Evian-les-Bains
Deauville | FRA | 49.36 | 0.07 | city
Charlevoix | CAN | 47.6 | -70.3 | region | La Malbaie
Kananaskis | CAN | 50.9 | -115.1 | venue
Ise-Shima | JPN | 34.3 | 136.8 | venue
Taormina | ITA | 37.85 | 15.29 | city
Borgo Egnazia | ITA | 40.89 | 17.39 | venue | Apulia; Puglia
Carbis Bay | GBR | 50.20 | -5.46 | venue
Gleneagles | GBR | 56.28 | -3.74 | venue
Sea Island | USA | 31.20 | -81.33 | venue
Mar-a-Lago | USA | 26.68 | -80.04 | venue
Woodside | USA | 37.43 | -122.25 | venue | Filoli
Dayton | USA | 39.76 | -84.19 | city
Sentosa | SGP | 1.25 | 103.83 | venue
Sunnylands | USA | 33.77 | -116.41 | venue
Camp Bondsteel | XKX | 42.36 | 21.25 | venue
