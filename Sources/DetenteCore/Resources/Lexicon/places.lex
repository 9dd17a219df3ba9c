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
Hong Kong | CHN | 22.32 | 114.17 | city
Hangzhou | CHN | 30.27 | 120.16 | city
London | GBR | 51.51 | -0.13 | capital
Northern Ireland | GBR | 54.61 | -6.63 | region
Lough Erne | GBR | 54.37 | -7.65 | venue
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
Ramallah | PSE | 31.90 | 35.20 | city
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
