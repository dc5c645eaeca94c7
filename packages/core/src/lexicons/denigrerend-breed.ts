/**
 * Broad word families for contempt, added to `denigrerend.ts` (same `cue | soort` format and categories).
 * The narrow list holds fixed phrases; this one holds the open classes people actually use: insulting
 * compounds, swearing, contemptuous adjectives, group generalisations, sarcasm and telling someone off.
 * `afkeer` entries count only when the text is about a person or group (see rules/denigrerend/uitlating.ts).
 */
export default String.raw`
# --- insults and insulting compounds (count on their own)
kutpatiënt* | scheldwoord
kutpatient* | scheldwoord
kutcliënt* | scheldwoord
kutclient* | scheldwoord
kutbewoner* | scheldwoord
kutcollega* | scheldwoord
kutfamilie* | scheldwoord
kutouders | scheldwoord
kutmens* | scheldwoord
kutkind* | scheldwoord
kutwijven | scheldwoord
rotjoch* | scheldwoord
rotkind* | scheldwoord
rotmens* | scheldwoord
rotvent | scheldwoord
rotzak* | scheldwoord
klootzakken | scheldwoord
klunz* | scheldwoord
kneus | scheldwoord
kneuzen | scheldwoord
loser* | scheldwoord
dombo* | scheldwoord
domoor* | scheldwoord
domkop* | scheldwoord
dommerik* | scheldwoord
stommeling* | scheldwoord
imbeciel* | scheldwoord
achterlijk* | scheldwoord
mafkees | scheldwoord
malloot | scheldwoord
halvezool | scheldwoord
hufter* | scheldwoord
zombie | scheldwoord
zombies | scheldwoord
kasplant* | scheldwoord
brulboei* | scheldwoord
luie mens | scheldwoord
lui mens | scheldwoord
luie donder* | scheldwoord
lamzak* | scheldwoord
nepperd* | scheldwoord
slijmbal* | scheldwoord
slijmerd* | scheldwoord
uitslover* | scheldwoord
hork | scheldwoord
horken | scheldwoord
proleet | scheldwoord
proleten | scheldwoord
tuig | scheldwoord
uitschot | scheldwoord
gespuis | scheldwoord
schorem | scheldwoord
uitvreter* | scheldwoord
luilak* | scheldwoord
tyfus* | scheldwoord
volkje | scheldwoord
hopeloze gevallen | scheldwoord
hopeloos geval | scheldwoord
zielige figuren | scheldwoord
zielige types | scheldwoord
ouwe mensen | scheldwoord
ouwe lui | scheldwoord
ouwe vent | scheldwoord
ouwe taart | scheldwoord
oude taart | scheldwoord
ouwe bes | scheldwoord
ouwe zeur | scheldwoord
zeurend* | scheldwoord
zeurverha* | scheldwoord
gezeik | scheldwoord
# parents do not deserve their children
verdienen .. kinderen niet | scheldwoord
verdienen .. kind niet | scheldwoord
verdient .. kinderen niet | scheldwoord
verdient .. kind niet | scheldwoord
zouden geen kinderen mogen | scheldwoord
mogen geen kinderen hebben | scheldwoord
# sarcasm about the employer or the profession
bedankt voor niks | scheldwoord
bedankt voor niets | scheldwoord
dank je de koekoek | scheldwoord
dank je feestelijk | scheldwoord
dank u feestelijk | scheldwoord
# --- swearing and contemptuous words: only about a person or group
kut | afkeer
kut* | afkeer
klote* | afkeer
godverdomme | afkeer
godver* | afkeer
verdomme | afkeer
tering* | afkeer
fuck* | afkeer
wtf | afkeer
bullshit* | afkeer
wat een bende | afkeer
te slijmen | afkeer
loopt .. slijmen | afkeer
passief-agressie* | afkeer
afgezeken | afkeer
afzeiken | afkeer
zeikt | afkeer
dom | afkeer
domme | afkeer
dommer | afkeer
domste | afkeer
stom | afkeer
stomme | afkeer
stomste | afkeer
onnozel* | afkeer
nutteloos | afkeer
nutteloze | afkeer
waardeloos | afkeer
waardeloze | afkeer
irritant* | afkeer
verwend | afkeer
verwende | afkeer
brutaal | afkeer
brutale | afkeer
verwaand* | afkeer
arrogant* | afkeer
asociaal | afkeer
asociale | afkeer
asocialen | afkeer
aso | afkeer
aso's | afkeer
zieliger | afkeer
zieligste | afkeer
stelletje | afkeer
gezeur | afkeer
zeiken | afkeer
zeikt | afkeer
zeikerig* | afkeer
vreten | afkeer
vreet | afkeer
zo dom als | afkeer
leren het nooit | afkeer
leert het nooit | afkeer
niet normaal hoe | afkeer
niks beters | afkeer
niets beters | afkeer
zonde van mijn tijd | afkeer
zonde van onze tijd | afkeer
zonde van de moeite | afkeer
alsof ik niks | afkeer
alsof ik niets | afkeer
alsof wij niks | afkeer
denkt dat hij .. god | afkeer
denkt dat ze .. god | afkeer
kunnen ze niet gewoon | afkeer
kan die niet gewoon | afkeer
kan hij niet gewoon | afkeer
kan ze niet gewoon | afkeer
# telling a reviewer or client off
zoekt u toch | afkeer
zoek toch | afkeer
zoek je toch | afkeer
gaat u toch | afkeer
ga je toch | afkeer
ga toch lekker | afkeer
succes ermee | afkeer
succes daarmee | afkeer
moet u zelf weten | afkeer
moet je zelf weten | afkeer
# --- laughing at someone
lmao | spot
lmfao | spot
rofl | spot
💀 | spot
gierend | spot
lag dubbel | spot
lagen dubbel | spot
dubbel gelegen | spot
popcorn erbij | spot
🍿 | spot
# --- behaviour of a vulnerable person that laughing turns into mockery
moeten zien | ongemak
in zijn onderbroek | ongemak
in haar onderbroek | ongemak
in z'n onderbroek | ongemak
jank* | ongemak
lag te janken | ongemak
in zijn broek | ongemak
in haar broek | ongemak
draaideurklant* | afkeer
in zijn blootje | ongemak
in haar blootje | ongemak
naakt | ongemak
in zijn broek | ongemak
in haar broek | ongemak
in de war | ongemak
voor de zoveelste keer | ongemak
# --- generalising about groups
die lui | stereotype
dat soort types | stereotype
die types | stereotype
zulke mensen | stereotype
zulke types | stereotype
zo zijn ze | stereotype
zijn ze allemaal | stereotype
ze zijn allemaal | stereotype
ga toch terug | stereotype
ga terug naar je | stereotype
terug naar hun eigen | stereotype
terug naar je eigen | stereotype
geen woord nederlands | stereotype
# more contempt: rudeness, self-importance, whining, clowns
mongol | scheldwoord
mongolen | scheldwoord
egotripper* | scheldwoord
lomp | afkeer
lompe | afkeer
lomperik* | scheldwoord
niet te harden | afkeer
om niks | afkeer
om niets | afkeer
geen leven | afkeer
alles weet | afkeer
alles beter weet | afkeer
gegoogeld | afkeer
mekker* | afkeer
gemekker | afkeer
🤡 | afkeer
# looks, hygiene, brains, madness, parenting
geen hersens | scheldwoord
hersenloos | scheldwoord
hersenloze | scheldwoord
complete nul | scheldwoord
een nul | scheldwoord
luie donders | scheldwoord
luie | afkeer
vetzak* | scheldwoord
dikzak* | scheldwoord
dikke vrouw | afkeer
dikke man | afkeer
dikke vent | afkeer
🐷 | afkeer
🤢 | afkeer
🤪 | afkeer
bescheten | afkeer
lekker dan | afkeer
van het padje | afkeer
gekkenhuis | afkeer
slechte moeder | scheldwoord
slechte vader | scheldwoord
slechte ouders | scheldwoord
snotaap | scheldwoord
snotap* | scheldwoord
snotneus* | scheldwoord
kan niet meer | spot
weet niet meer | ongemak
vraagt steeds | ongemak
nepklacht* | afkeer
# spoilt, homeless, stinking, ignorant
prinsesje | scheldwoord
prinsesjes | scheldwoord
zwerver* | afkeer
stinken | afkeer
stinkt | afkeer
in de wind | afkeer
word er moe van | afkeer
nog nooit een boek | afkeer
met haar gebit | ongemak
met zijn gebit | ongemak
zat weer | ongemak
# diminutive insults, spite, slowness, brats
krengetje | scheldwoord
krengen | scheldwoord
etters | scheldwoord
doet het expres | afkeer
doen het expres | afkeer
traag als | afkeer
stront | afkeer
# hysteria, laziness, clumsiness, incompetence
hysterisch* | afkeer
te lui om | scheldwoord
onhandig als | afkeer
koe op het ijs | afkeer
incapabel* | scheldwoord
zak die | afkeer
kwal | scheldwoord
laagste soort | scheldwoord
doodzuipen | scheldwoord
aasgier* | scheldwoord
walgelijk mens | scheldwoord
walgelijke vrouw | scheldwoord
walgelijke man | scheldwoord
als snoepjes | scheldwoord
leer eerst de taal | scheldwoord
😒 | afkeer
`;
