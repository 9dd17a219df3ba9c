# Named actors that are not countries: seats of government used for their governments,
# national institutions, and international organisations with CAMEO-style codes.
# flags: "occasion" marks organisations whose name, before "summit"/"meeting", names an
# occasion rather than an actor (the G20 summit).
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
IGOEU | European Union; EU; E.U.; European Commission; European Council
IGOEULEG | European Parliament
IGONATO | NATO; North Atlantic Treaty Organization; Atlantic alliance
IGOOSCE | OSCE; Organization for Security and Cooperation in Europe; Organization for Security and Co-operation in Europe
IGOASEAN | ASEAN; Association of Southeast Asian Nations | occasion
IGOAPEC | APEC; Asia-Pacific Economic Cooperation | occasion
IGOG8 | G8; G-8; Group of Eight | occasion
IGOG7 | G7; G-7; Group of Seven | occasion
IGOG20 | G20; G-20; Group of 20; Group of Twenty | occasion
IGOBRICS | BRICS | occasion
IGOOPEC | OPEC; Organization of the Petroleum Exporting Countries
IGOWTO | World Trade Organization; WTO
IGOIMF | International Monetary Fund; IMF
IGOWB | World Bank
IGOAU | African Union; AU
IGOECOWAS | ECOWAS; Economic Community of West African States
IGOARL | Arab League; League of Arab States
IGOGCC | Gulf Cooperation Council; GCC
IGOSCO | Shanghai Cooperation Organization; Shanghai Cooperation Organisation; SCO | occasion
IGOICC | International Criminal Court; ICC
IGOICJ | International Court of Justice; ICJ; World Court
IGOOAS | Organization of American States; OAS
IGOCOE | Council of Europe
IGOIRC | International Committee of the Red Cross; ICRC; Red Cross
NGOAMN | Amnesty International
NGOHRW | Human Rights Watch
