/**
 * Word families of acute danger (`cue | familie`), for incoming messages worded in ways no phrase in
 * `crisis.ts` foresees. One family alone is everyday; `rules/crisis/signaal.ts` raises a sign only when two
 * families that rarely meet in a safe message come together (FAMILY_PAIRS there: a means with a moment close
 * by, a goodbye with a means, the body harmed with hopelessness …). Pairs that do meet in safe messages
 * ("dood van het lachen … sorry", "vannacht goed geslapen … dank") are left out. Measured on our own
 * corpora: see corpus/README.md. Written by the team from general Dutch usage.
 */
export default String.raw`
# --- death, ending, ways of dying
dood* | dood
sterv* | dood
sterf | dood
einde | dood
eind | dood
ophouden | dood
ophoudt | dood
afgelopen | dood
voorgoed | dood
nooit meer | dood
niet meer wakker | dood
er niet meer | dood
verdwijnen | dood
laatste | dood
zelfmoord | dood
suïcide | dood
zelfdoding | dood
springen | dood
spring | dood
ophangen | dood
levensmoe | dood
# --- means: medicines, a rope, a knife, a high or dangerous place, a weapon
pillen | middel
pil | middel
*tabletten | middel
*pillen | middel
medicijnen | middel
medicatie | middel
strip | middel
strips | middel
doos | middel
doosje | middel
potje | middel
*pam | middel
*apine | middel
*aline | middel
lithium | middel
paracetamol | middel
slaappil* | middel
touw | middel
riem | middel
mes | middel
mesje | middel
scheermes* | middel
spoor | middel
rails | middel
trein | middel
brug | middel
dak | middel
flat | middel
balkon | middel
raam | middel
wapen | middel
geweer | middel
jachtgeweer | middel
pistool | middel
zee | middel
rivier | middel
# --- preparation: laid out, saved, bought, arranged, a letter
klaargelegd | voorbereiding
klaarliggen | voorbereiding
ligt klaar | voorbereiding
liggen klaar | voorbereiding
geregeld | voorbereiding
gepland | voorbereiding
gespaard | voorbereiding
verzameld | voorbereiding
opgespaard | voorbereiding
gekocht | voorbereiding
briefje | voorbereiding
testament | voorbereiding
# --- taking them
ingenomen | inname
geslikt | inname
# --- a moment close by
vanavond | tijd
vannacht | tijd
straks | tijd
zometeen | tijd
# --- hopelessness
ik kan het niet meer | wanhoop
kan echt niet meer | wanhoop
kan gewoon niet meer | wanhoop
trek het niet | wanhoop
hou het niet | wanhoop
houd het niet | wanhoop
zinloos | wanhoop
hopeloos | wanhoop
uitzichtloos | wanhoop
geen uitweg | wanhoop
niemand | wanhoop
last voor | wanhoop
te veel | wanhoop
niks meer | wanhoop
niets meer | wanhoop
maakt niet uit | wanhoop
maakt niet meer uit | wanhoop
hoeft niet meer | wanhoop
zie het niet meer zitten | wanhoop
# --- goodbye, thanks, forgiveness, giving things away
sorry | afscheid
vergeef* | afscheid
bedank* | afscheid
dank | afscheid
lief voor | afscheid
hou van | afscheid
houd van | afscheid
zorg goed | afscheid
pas goed op | afscheid
vaarwel | afscheid
tot ooit | afscheid
mag jij hebben | afscheid
verdeeld | afscheid
weggegeven | afscheid
niet jouw schuld | afscheid
niet uw schuld | afscheid
# --- the body harmed: cutting, blood
snijd* | lichaam
snij | lichaam
gesneden | lichaam
bloed* | lichaam
kras* | lichaam
gebrand | lichaam
polsen | lichaam
aderen | lichaam
# --- fear and violence
bang | geweld
durf niet | geweld
slaat | geweld
sloeg | geweld
geslagen | geweld
schopt | geweld
dreigt | geweld
bedreigd | geweld
vermoord* | geweld
afmaken | geweld
opgesloten | geweld
pijn doen | geweld
iets aandoen | geweld
wurg* | geweld
`;
