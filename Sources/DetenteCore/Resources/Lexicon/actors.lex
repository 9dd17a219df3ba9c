# Named actors that are not countries: seats of government used for their governments,
# national institutions, and international organisations with CAMEO-style codes.
# flags: "occasion" marks organisations whose name, before "summit"/"meeting", names an
# occasion rather than an actor (the G20 summit).
# Codes: a country's ISO alpha-3 code plus a role (USAGOV), IGO/NGO plus letters for
# international governmental and non-governmental organisations (CAMEO style), and IMG plus
# letters for international militarized groups that belong to no one country.
# code | names | flags
[actors]
RUSGOV | Kremlin
USAGOV | White House; Obama administration; Trump administration; Biden administration; Bush administration; State Department; Pentagon; National Security Council; U.S. administration
USALEG | Congress; U.S. Congress; Senate; U.S. Senate; House of Representatives; U.S. House
GBRGOV | Downing Street; Foreign Office; Whitehall
GBRLEG | House of Commons; Parliament of the United Kingdom
FRAGOV | Elysee; Élysée; Elysee Palace; Quai d'Orsay
DEUGOV | Chancellery
DEULEG | Bundestag
RUSLEG | Duma; State Duma; Federation Council
RUSGOV | Russian Security Council
CHNGOV | Zhongnanhai; Chinese Communist Party
ISRGOV | Knesset
ISRMIL | Israel Defense Forces; IDF
UKRLEG | Verkhovna Rada
JPNLEG | Diet
RUSBUS | Gazprom; Rosneft; Transneft; Rosatom
UKRBUS | Naftogaz
SAUBUS | Saudi Aramco; Aramco
CHNBUS | Huawei; Sinopec; China National Petroleum Corporation
ESPBUS | Repsol
ARGBUS | YPF
IRNMIL | Revolutionary Guards; Islamic Revolutionary Guard Corps; IRGC
PSEREB | Hamas
LBNREB | Hezbollah
AFGREB | Taliban
SYRREB | Free Syrian Army
IGOUNO | United Nations; UN; U.N.
IGOUNOSC | United Nations Security Council; UN Security Council; U.N. Security Council; Security Council
IGOUNOGA | United Nations General Assembly; UN General Assembly; U.N. General Assembly; General Assembly
IGOUNOHCR | UNHCR; U.N. refugee agency; UN refugee agency
IGOUNOUNICEF | UNICEF
IGOUNOWHO | World Health Organization; WHO
IGOUNOWFP | World Food Programme; World Food Program; WFP
IGOUNOIAEA | International Atomic Energy Agency; IAEA
IGOEU | European Union; EU; E.U.; European Commission; European Council; European; Europe | occasion
IGOEULEG | European Parliament
IGONATO | NATO; North Atlantic Treaty Organization; Atlantic alliance | occasion
IGOOSCE | OSCE; Organization for Security and Cooperation in Europe; Organization for Security and Co-operation in Europe | occasion
IGOASEAN | ASEAN; Association of Southeast Asian Nations; Southeast Asian foreign ministers; Southeast Asian leaders; Southeast Asian nations | occasion
IGOAPEC | APEC; Asia-Pacific Economic Cooperation | occasion
IGOG8 | G8; G-8; Group of Eight | occasion
IGOG7 | G7; G-7; Group of Seven | occasion
IGOG20 | G20; G-20; Group of 20; Group of Twenty | occasion
IGOBRICS | BRICS | occasion
IGOOPEC | OPEC; Organization of the Petroleum Exporting Countries
IGOWTO | World Trade Organization; WTO
IGOIMF | International Monetary Fund; IMF
IGOWB | World Bank
IGOAU | African Union; AU | occasion
IGOECOWAS | ECOWAS; Economic Community of West African States; West African leaders; West African bloc; West African regional bloc | occasion
IGOARL | Arab League; League of Arab States | occasion
IGOGCC | Gulf Cooperation Council; GCC | occasion
IGOSCO | Shanghai Cooperation Organization; Shanghai Cooperation Organisation; SCO | occasion
IGOICC | International Criminal Court; ICC
IGOICJ | International Court of Justice; ICJ; World Court
IGOOAS | Organization of American States; OAS | occasion
IGOCOE | Council of Europe
IGOIRC | International Committee of the Red Cross; ICRC; Red Cross
NGOAMN | Amnesty International
NGOHRW | Human Rights Watch

# --- More seats of government and national institutions.
USAGOV | Foggy Bottom; Treasury Department; U.S. Treasury; Commerce Department; Justice Department; Department of Homeland Security; Oval Office; Defense Department; Department of Defense; Department of Justice; Department of State; Department of the Treasury
AUSGOV | Department of Foreign Affairs and Trade; DFAT
CANGOV | Global Affairs Canada
GBRMIL | British Army; Royal Navy; Royal Air Force; RAF
AUSMIL | Royal Australian Air Force; Royal Australian Navy; Australian Defence Force
NZLMIL | New Zealand Defence Force
USALEG | Capitol Hill; House of Representatives; House Foreign Affairs Committee; Senate Foreign Relations Committee
USAJUD | U.S. Supreme Court
USASPY | CIA; Central Intelligence Agency; National Security Agency; NSA
USACOP | FBI; Federal Bureau of Investigation
USAMIL | U.S. military; U.S. Army; U.S. Navy; U.S. Air Force; Pentagon officials; U.S. Central Command; CENTCOM; Joint Chiefs of Staff
RUSSPY | FSB; Federal Security Service; SVR; GRU; KGB
RUSMIL | Russian Defence Ministry; Russian Defense Ministry; Russian armed forces; Wagner Group; Wagner
RUSGOV | Russian Foreign Ministry; Smolensk Square
GBRSPY | MI6; Secret Intelligence Service; MI5; GCHQ
GBRGOV | Number 10; No. 10; Foreign, Commonwealth and Development Office; Ministry of Defence
FRAGOV | Matignon
DEUGOV | Federal Chancellery; German Foreign Office
ITAGOV | Palazzo Chigi; Farnesina
ESPGOV | Moncloa; Moncloa Palace
UKRGOV | Bankova
KORGOV | Blue House; Cheong Wa Dae; Yongsan presidential office
JPNGOV | Kantei
INDGOV | South Block; Ministry of External Affairs
BRAGOV | Planalto; Planalto Palace; Itamaraty
ARGGOV | Casa Rosada
VENGOV | Miraflores; Miraflores Palace
TURGOV | Presidential Complex
CHNGOV | Chinese Foreign Ministry; State Council; Politburo
CHNMIL | People's Liberation Army; PLA
ISRSPY | Mossad; Shin Bet
ISRGOV | Prime Minister's Office of Israel
IRNGOV | Iranian Foreign Ministry
PAKMIL | Inter-Services Intelligence; ISI
PAKGOV | Pakistani Foreign Office
UKRMIL | Ukrainian armed forces
VENOPP | National Assembly of Venezuela
HKGLEG | Legislative Council; LegCo
HKGGOV | Hong Kong government
MMRMIL | Tatmadaw; Myanmar military
SDNMIL | Sudanese Armed Forces; SAF
SDNREB | Rapid Support Forces; RSF
YEMREB | Houthis; Houthi; Ansar Allah; Houthi rebels
PSEGOV | Palestinian Authority; PA; Fatah
PSEREB | Islamic Jihad; Palestinian Islamic Jihad; Izz ad-Din al-Qassam Brigades; Qassam Brigades
SYRREB | Hayat Tahrir al-Sham; HTS; Syrian Democratic Forces; SDF
COLREB | FARC; ELN; National Liberation Army
NGAREB | Boko Haram
MARREB | Polisario Front; Polisario
SOMREB | Somaliland; Puntland; al-Shabab; al-Shabaab; Al Shabaab
TURREB | PKK; Kurdistan Workers' Party
AFGGOV | Taliban government
IMGALQ | al-Qaeda; al-Qaida; Al Qaeda
IMGISL | Islamic State; ISIS; ISIL; Daesh

# --- International organisations.
IGOUNO | UN Secretariat; U.N. Secretariat
IGOUNOHRC | UN Human Rights Council; U.N. Human Rights Council; Human Rights Council
IGOUNOHCHR | OHCHR; UN human rights office; U.N. human rights office; UN High Commissioner for Human Rights
IGOUNOUNRWA | UNRWA
IGOUNOUNDP | UNDP; United Nations Development Programme
IGOUNOUNESCO | UNESCO
IGOUNOFAO | Food and Agriculture Organization; FAO
IGOUNOILO | International Labour Organization; International Labor Organization; ILO
IGOUNOICAO | International Civil Aviation Organization; ICAO
IGOUNOIMO | International Maritime Organization; IMO
IGOUNOIOM | International Organization for Migration; IOM
IGOUNOPKO | UN peacekeepers; U.N. peacekeepers; UN mission; U.N. mission; UN peacekeeping mission; MONUSCO; UNIFIL; MINUSMA; UNMISS
IGOUNOOCHA | OCHA; UN Office for the Coordination of Humanitarian Affairs
IGOOPCW | Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons; OPCW
IGOCTBTO | CTBTO
IGOECB | European Central Bank; ECB
IGOEIB | European Investment Bank
IGOEBRD | EBRD; European Bank for Reconstruction and Development
IGOECHR | European Court of Human Rights
IGOEUJ | European Court of Justice; Court of Justice of the European Union
IGOOECD | OECD; Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development
IGOIEA | International Energy Agency; IEA
IGOFATF | Financial Action Task Force; FATF
IGOINTERPOL | Interpol
IGOPCA | Permanent Court of Arbitration
IGOCWN | Commonwealth; Commonwealth of Nations | occasion
IGOCIS | Commonwealth of Independent States; CIS | occasion
IGOCSTO | Collective Security Treaty Organization; CSTO | occasion
IGOEEU | Eurasian Economic Union; EAEU | occasion
IGOMERCOSUR | Mercosur; Mercosul | occasion
IGOCELAC | CELAC; Community of Latin American and Caribbean States | occasion
IGOCARICOM | CARICOM; Caribbean Community | occasion
IGOPIF | Pacific Islands Forum | occasion
IGOSAARC | SAARC; South Asian Association for Regional Cooperation | occasion
IGOOIC | Organisation of Islamic Cooperation; Organization of Islamic Cooperation; OIC | occasion
IGOQUAD | Quad; Quadrilateral Security Dialogue | occasion
IGOIGAD | IGAD; Intergovernmental Authority on Development | occasion
IGOSADC | SADC; Southern African Development Community | occasion
IGOEAC | East African Community; EAC | occasion
IGONAM | Non-Aligned Movement | occasion
IGOADB | Asian Development Bank; ADB
IGOAIIB | Asian Infrastructure Investment Bank; AIIB
IGOAFDB | African Development Bank; AfDB
IGOIDB | Inter-American Development Bank; IDB
IGOAUKUS | AUKUS
IGOEUNAVFOR | EUNAVFOR; EU naval force
NGOMSF | Doctors Without Borders; Medecins Sans Frontieres; Médecins Sans Frontières; MSF
NGOOXF | Oxfam
NGOTI | Transparency International
NGOCPJ | Committee to Protect Journalists; Reporters Without Borders
NGOIRC | International Rescue Committee

[wordlists]
# Words after an organisation named as an occasion (flag `occasion` above) that say what kind of
# gathering a meeting is held at: "the G20 summit", "the ASEAN forum"; with another word after
# it the gathering is a summit. (Read by `EventCoder.Analysis.gatherings`, not by patterns.)
@gathering-nouns | summit; meeting; forum; conference; talks; session
