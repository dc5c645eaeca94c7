/**
 * Details that, combined, can make a client recognisable without a name (`cue | soort`):
 * `zeldzaam` a rare condition or unique event; `rol` a public role or fame; `hint` an invitation to guess
 * who it is; `werkplek` the author's own (known) workplace; `gebeurtenis` a newsworthy incident;
 * `familie` relatives mentioned; `beroep` the client's job; `kamer` a ward, room or bed.
 */
export default String.raw`
zeldzaam | zeldzaam
zeldzame | zeldzaam
zeer zeldzame | zeldzaam
uiterst zeldzame | zeldzaam
de enige | zeldzaam
de eerste in | zeldzaam
de eerste patiënt | zeldzaam
eerste keer in | zeldzaam
uniek* | zeldzaam
bijzondere ziekte | zeldzaam
slechts enkele | zeldzaam
oudste | zeldzaam
jongste | zeldzaam
mijn eerste casus | zeldzaam
eerste casus | zeldzaam
in twintig jaar | zeldzaam
in dertig jaar | zeldzaam
nog nooit gezien | zeldzaam
nog nooit meegemaakt | zeldzaam
bekende nederland* | rol
bekend* zanger* | rol
bekend* voetballer* | rol
bekend* acteur | rol
bekend* actrice | rol
bekend* presentator* | rol
bekende presentatrice | rol
bekend* politic* | rol
bekend* schrijver | rol
bekend* sporter | rol
bekend* artiest | rol
bekend* persoon | rol
bekend* gezicht | rol
beroemde | rol
bn'er | rol
bn-er | rol
prominent* | rol
wethouder | rol
burgemeester | rol
politicus | rol
profvoetballer | rol
voetballer | rol
zanger* | rol
acteur | rol
actrice | rol
presentator* | rol
presentatrice* | rol
influencer | rol
raden .. wie | hint
raadt .. wie | hint
weet wel wie | hint
weten wel wie | hint
weet je wel wie | hint
meer zeg ik niet | hint
noem geen namen | hint
zeg geen namen | hint
wie het is | hint
bij ons | werkplek
onze afdeling | werkplek
ons ziekenhuis | werkplek
onze praktijk | werkplek
onze locatie | werkplek
ons huis | werkplek
onze regio | werkplek
onze ic | werkplek
onze seh | werkplek
hier in | werkplek
hier op | werkplek
ongeluk | gebeurtenis
ongeval | gebeurtenis
aanrijding | gebeurtenis
verkeersongeval | gebeurtenis
brand | gebeurtenis
steekpartij | gebeurtenis
schietpartij | gebeurtenis
verdrinking | gebeurtenis
door het ijs | gebeurtenis
val van | gebeurtenis
haar man | familie
haar vrouw | familie
zijn vrouw | familie
zijn man | familie
haar tweeling | familie
haar drieling | familie
haar kinderen | familie
zijn kinderen | familie
haar dochter | familie
zijn dochter | familie
haar zoon | familie
zijn zoon | familie
zijn kleindochter | familie
zijn kleinzoon | familie
zijn kleinkinderen | familie
zijn kleinkind | familie
zijn broer | familie
zijn zus | familie
haar kleindochter | familie
haar kleinzoon | familie
haar kleinkinderen | familie
haar kleinkind | familie
haar broer | familie
haar zus | familie
# the make-up of a family ("een gezin met vier kinderen") narrows it down
twee kinderen | familie
drie kinderen | familie
vier kinderen | familie
vijf kinderen | familie
zes kinderen | familie
zeven kinderen | familie
acht kinderen | familie
negen kinderen | familie
tien kinderen | familie
2 kinderen | familie
3 kinderen | familie
4 kinderen | familie
5 kinderen | familie
6 kinderen | familie
7 kinderen | familie
8 kinderen | familie
9 kinderen | familie
10 kinderen | familie
werkt als | beroep
werkzaam als | beroep
van beroep | beroep
advocaat | beroep
verpleegkundige | beroep
verzorgende | beroep
arts | beroep
huisarts | beroep
ondernemer | beroep
kapper | beroep
buschauffeur | beroep
advocate | beroep
notaris | beroep
rechter | beroep
leraar | beroep
lerares | beroep
docent | beroep
politieagent* | beroep
agent | beroep
brandweerman | beroep
brandweervrouw | beroep
militair | beroep
piloot | beroep
tandarts | beroep
dominee | beroep
predikant | beroep
imam | beroep
pastoor | beroep
directeur | beroep
boer | beroep
boerin | beroep
schipper | beroep
vrachtwagenchauffeur | beroep
dakdekker | beroep
journalist | beroep
kamer | kamer
bed | kamer
box | kamer
unit | kamer
bekend* schaatser* | rol
bekend* wielrenner* | rol
bekend* sporter* | rol
bekend* atleet | rol
bekend* tennisser | rol
bekend* rapper | rol
bekend* youtuber | rol
bekend* vlogger | rol
bekend* ondernemer | rol
bekend* bestuurder | rol
bekend* dorpsgenoot | rol
mag ik niet zeggen | hint
meer mag ik niet | hint
zeg ik niet | hint
ik noem geen | hint
raad maar | hint
# --- unique births and events; a family or person the whole village knows
eerste .. ooit | zeldzaam
de eerste ooit | zeldzaam
voor het eerst ooit | zeldzaam
drieling | zeldzaam
vierling | zeldzaam
bekende familie | rol
bekende vissersfamilie | rol
bekend* .. familie | rol
iedereen kent | rol
het hele dorp | rol
de hele haven | rol
hele dorp wist | rol
# --- accidents and news the readers may remember
*ongeluk | gebeurtenis
waar het hele land over | hint
in het nieuws | hint
stond in de krant | hint
haalde de krant | hint
haalde het nieuws | hint
# --- people the whole village knows by their trade or post: "de bakker van het plein", "de dominee uit …"
bakker | beroep
slager | beroep
visser | beroep
kunstenaar | beroep
schilder | beroep
trainer | beroep
scheids | beroep
scheidsrechter | beroep
grensrechter | beroep
coach | beroep
keeper | beroep
aanvoerder | beroep
voorzitter | beroep
voorzitster | beroep
schoolhoofd | beroep
conciërge | beroep
postbode | beroep
garagehouder | beroep
caféhouder | beroep
kroegbaas | beroep
uitbater | beroep
eigenaar | beroep
eigenaresse | beroep
dorpsagent | beroep
wijkagent | beroep
koster | beroep
organist | beroep
dirigent | beroep
burgervader | rol
gedeputeerde | rol
kamerlid | rol
raadslid | rol
# --- news and guessing games
in de krant | hint
op het nieuws | hint
uit het nieuws | hint
op tv | hint
op televisie | hint
in het journaal | hint
vast gelezen | hint
vast gezien | hint
hebben .. gelezen over | hint
raad eens wie | hint
raad eens | hint
# --- a house pointed out by its look or corner: the neighbours know who lives there
huis met de | hint
huis met het | hint
op de hoek van de | hint
# --- more hints, events and trades
*huis met de | hint
jullie weten wel | hint
kleine dorpen | hint
klein dorp | hint
festival | gebeurtenis
overval | gebeurtenis
om ? uur | tijd
bedrijfsleider | beroep
buschauffeur | beroep
woonwagenkamp | hint
kennen jullie dat | hint
kennen jullie die | hint
kennen jullie de | hint
`;
