# Titles of office. A title before a name gives the person a role; a title after a country
# word without a name ("the Russian president") resolves to whoever held that office then.
# role | titles | office
[titles]
GOV | President; Presidents; President-elect | president
GOV | Vice President; Vice-President | vice president
GOV | Prime Minister; Premier; PM | prime minister
GOV | Chancellor | chancellor
GOV | King | king
GOV | Queen | queen
GOV | Emperor | emperor
GOV | Crown Prince | crown prince
GOV | Emir | emir
GOV | Sultan | sultan
GOV | Supreme Leader | supreme leader
GOV | Foreign Minister; Foreign Secretary; top diplomat; Secretary of State; minister of foreign affairs; foreign affairs minister | foreign minister
GOV | Defense Minister; Defence Minister; Defense Secretary; Defence Secretary; Secretary of Defense; minister of defense; minister of defence | defense minister
GOV | Interior Minister; Home Secretary | interior minister
GOV | Finance Minister; Treasury Secretary; Chancellor of the Exchequer | finance minister
GOV | Trade Minister; Commerce Secretary; Trade Representative | trade minister
GOV | National Security Advisor; National Security Adviser | national security advisor
GOV | Security Council Secretary; Security Council Secretary-General | security council secretary
GOV | presidential adviser; presidential aide; foreign policy adviser; presidential foreign policy adviser; Kremlin aide | presidential adviser
GOV | press secretary; spokesman; spokeswoman; spokesperson | spokesperson
GOV | Ambassador; envoy; special envoy; High Commissioner; acting high commissioner; charge d'affaires | ambassador
GOV | Minister | minister
GOV | Secretary-General; Secretary General; UN Secretary-General | secretary-general
GOV | Governor | governor
GOV | Mayor | mayor
LEG | Senator; Sen.; Rep.; Congressman; Congresswoman; lawmaker; Speaker | legislator
MIL | Major General; Maj. Gen.; Lieutenant General; Lt. Gen.; Brigadier General; Brig. Gen.; Field Marshal; Air Marshal; Vice Admiral; Rear Admiral; Lieutenant Colonel; military chief; army chief; Commander-in-Chief; Chief of Army Staff; General; Gen.; Admiral; Adm.; Colonel; Col.; Commander; Chief of Staff; Chief of the General Staff | military officer
OPP | opposition leader | opposition leader
GOV | Chief Executive | chief executive
GOV | State Counsellor; State Counselor | state counsellor
GOV | Director-General; Director General | director-general
GOV | Chairperson; Chairman; Chairwoman; Commission chairperson | chairperson
GOV | leader; party chief; Communist Party chief; party leader; General Secretary; general secretary | leader
JUD | prosecutor; chief prosecutor; Attorney General; Attorney-General; Prosecutor General; Prosecutor-General | prosecutor
REL | Pope | pope
REL | Grand Ayatollah; Ayatollah; Patriarch; Archbishop; Cardinal; Imam; Sheikh; Rabbi | cleric
