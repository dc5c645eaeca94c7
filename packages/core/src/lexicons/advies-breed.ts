/**
 * Broad word families for individual advice, added to `advies.ts` (same `cue | soort` format): telling one
 * person they need no doctor or that it passes by itself, promising a quick recovery, prescribing an
 * exercise, and dose wording (`daags`, `per dag`), which counts in a reply to one person.
 */
export default String.raw`
jij hoeft .. niet naar | advies
hoef je .. niet naar | advies
hoef je niet mee naar | advies
hoeft u niet mee naar | advies
hoeft .. niet naar de dokter | advies
gaat vanzelf over | advies
gaat .. vanzelf over | advies
je bent er .. vanaf | advies
ben je er .. vanaf | advies
doe deze oefening* | advies
doe die oefening* | advies
daags | advies-zwak
zou ik .. laten staan | advies-zwak
zou ik .. gewoon | advies-zwak
per dag | advies-zwak
x per dag | advies-zwak
dat is een klassieke | advies
is een klassieke | advies
pak meteen | advies-zwak
pak een | advies-zwak
werkt bij iedereen | advies-zwak
# referrals
huisarts bellen | verwijzing
huisarts raadplegen | verwijzing
naar je huisarts | verwijzing
naar de huisarts | verwijzing
je huisarts of | verwijzing
smeer er | advies-zwak
smeer .. op | advies-zwak
niet meer nemen | advies-zwak
zou ik bij jou | advies
bij jou zeker | advies
lost .. op | advies-zwak
maak ik op dat je | advies
op dat je .. hebt | advies
rust nemen | advies-zwak
niet tillen | advies-zwak
laat .. gewoon staan | advies-zwak
werkt beter | advies-zwak
is gewoon een | advies-zwak
en klaar | advies-zwak
# remedies and ailments: with a reply to one person they make the message about that person's health
*crème | medisch
kompres | medisch
druppels | medisch
pijnstiller* | medisch
krentenbaard | medisch
strontje | medisch
jeuk* | medisch
is zeker een | advies
haal gewoon | advies-zwak
bij de drogist | advies-zwak
vanzelf bij | advies-zwak
volgens mij heb je | advies
laat je .. verhogen | advies
laat je .. verlagen | advies
je hoeft .. niet naar | advies
is gewoon hooikoorts | advies
het gaat over | advies-zwak
overslaan | advies-zwak
kun je .. overslaan | advies
heeft gewoon | advies-zwak
geef haar wat | advies-zwak
geef hem wat | advies-zwak
en hij is weg | advies-zwak
en het is weg | advies-zwak
krampjes | medisch
bobbel | medisch
peesknoop | medisch
stop daarmee | advies-zwak
het is over | advies-zwak
komt door de | advies-zwak
# --- the professional does not know the person or their situation (makes a private message count too)
gaf me je nummer | onbekend
gaf mij je nummer | onbekend
gaf me jouw nummer | onbekend
gaf me uw nummer | onbekend
je nummer gekregen | onbekend
uw nummer gekregen | onbekend
ken uw situatie niet | onbekend
ken je situatie niet | onbekend
ken jouw situatie niet | onbekend
ken je .. niet | onbekend
ken u .. niet | onbekend
ken uw .. niet | onbekend
kennen elkaar niet | onbekend
op basis van uw beschrijving | onbekend
op basis van je beschrijving | onbekend
zonder het gezien te hebben | onbekend
kennen elkaar .. niet | onbekend
zonder je te zien | onbekend
zonder u te zien | onbekend
zonder je te onderzoeken | onbekend
zonder u te onderzoeken | onbekend
niet mijn patiënt | onbekend
geen patiënt van mij | onbekend
# how the contact came about: a number or address passed on, found via a page, a post seen in a group
gaf me uw mailadres | onbekend
gaf mij uw mailadres | onbekend
gaf me je mailadres | onbekend
gaf mij uw nummer | onbekend
gaf mij jouw nummer | onbekend
kreeg ik uw .. | onbekend
kreeg ik je .. | onbekend
je nummer kreeg ik | onbekend
uw nummer kreeg ik | onbekend
vond mij via | onbekend
vond me via | onbekend
stuurde mij via | onbekend
stuurde me via | onbekend
stuurde me je bericht door | onbekend
zag je post | onbekend
stuur je even privé | onbekend
ik ben een collega van je | onbekend
ik ben een collega van uw | onbekend
ken je alleen van | onbekend
ken je alleen via | onbekend
ken je eigenlijk alleen | onbekend
ken jullie .. niet | onbekend
ik ken hem niet | onbekend
ik ken haar niet | onbekend
ik ken ? niet | onbekend
zonder ? te kennen | onbekend
zonder uw .. te kennen | onbekend
zonder je .. te kennen | onbekend
# not their professional: "ik ben niet uw huisarts", "niet de verpleegkundige van uw vrouw"
ben niet uw huisarts | onbekend
ben niet je huisarts | onbekend
ben niet uw behandelaar | onbekend
ben niet je behandelaar | onbekend
ben niet jouw behandelaar | onbekend
ben niet de .. van | onbekend
niet betrokken bij de zorg | onbekend
# never saw the person or the problem: "ik heb je wond niet gezien", "heb je dochter niet onderzocht"
heb je .. niet gezien | onbekend
heb uw .. niet gezien | onbekend
heb hem niet gezien | onbekend
heb haar niet gezien | onbekend
heb je .. niet onderzocht | onbekend
heb uw .. niet onderzocht | onbekend
nooit gezien | onbekend
nooit ontmoet | onbekend
# --- telling one person what to try, or offering to judge from afar
probeer .. eens | advies-zwak
verhoog .. gerust | advies
verhoog hem | advies
verhoog het | advies
dan zeg ik wel of | advies
stuur .. foto .. dan zeg ik | advies
zien werken | advies-zwak
# --- changing a dose oneself; talking someone out of seeing a doctor
kun je prima | advies-zwak
kun je gerust | advies-zwak
zelf .. ophogen | advies
ophogen naar | advies
zelf .. afbouwen | advies
afbouwen met | advies
niet meteen naar de huisarts | advies
niet meteen naar de dokter | advies
hoeft niet naar de huisarts | advies
is bijna altijd een | advies
# --- doubling a dose, telling someone no doctor is needed
gewoon verdubbelen | advies
dosis verdubbelen | advies
huisarts is .. niet nodig | advies
dokter is .. niet nodig | advies
stop er .. mee | advies
stop er dan .. mee | advies
begin alvast met | advies
# --- reassuring one person that nothing needs doing, or telling them what to give or leave out
kun je het .. afwachten | advies
rustig afwachten met | advies
heeft hij .. niet nodig | advies
heeft ze .. niet nodig | advies
heb je .. niet nodig | advies
is echt niks hoor | advies
is echt niks | advies
hoef je niet voor naar | advies
kun je gewoon | advies-zwak
zou ik hem .. geven | advies
zou ik haar .. geven | advies
zou ik .. gewoon | advies-zwak
geef haar er | advies
geef hem er | advies
geef haar gewoon | advies
geef hem gewoon | advies
laat .. maar weg | advies
vraag de huisarts gerust om | advies
dat ze .. heeft | advies-zwak
geeft u .. gerust | advies
acht ik niet nodig | advies
kunt .. prima .. afbouwen | advies
de dosis halveren | advies
smeer er .. op | advies
leg het been .. hoog | advies
moet je gewoon | advies-zwak
`;
