# Topics an event is about. Countries named after "on", "about", "over", "including",
# "regarding" or after "discuss" are topics too, under their short name.
# topic | phrases
[topics]
chemical weapons | chemical weapons; chemical arms; sarin
nuclear programme | nuclear program; nuclear programme; uranium enrichment; nuclear deal; nuclear weapons; nuclear talks
human rights | human rights; rights abuses; human rights violations
missile defense | missile defense; missile defence; missile shield
arms control | arms control; New START; arms reduction; disarmament
trade | trade; tariffs; tariff; exports; imports; trade war
energy | gas; oil; pipeline; energy; gas supplies
terrorism | terrorism; counterterrorism; terrorist; extremism
ceasefire | ceasefire; cease-fire; truce
refugees | refugees; migrants; migration
climate | climate change; climate; emissions
security | security; cybersecurity; cyber attacks; hacking
territory | border; borders; territorial dispute; islands; sovereignty
adoptions | adoptions; adoption
economy | economy; economic cooperation; investment; debt
sanctions | sanctions
