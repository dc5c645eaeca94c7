/**
 * A negative judgement about a person, group or organisation (`cue | soort`), for `denigrerend.oordeel`.
 * The rule pairs a target with a judgement close by in the same sentence; the other kinds steer it.
 * - `persoon`: clients and groups ("bewoners", "die lui"); `collega`: colleagues and other professionals
 *   (a target for a judgement, but laughing with them is not mockery);
 * - `familie`: relatives, not a target after "mijn"/"m'n" (the author's own family);
 * - `organisatie`: employer and management ("organisatie", "ons management");
 * - `verwijzing`: pronouns; a target only with a `sterk` judgement and a person named elsewhere in the text
 *   (on a rating site the reviewer is always that person);
 * - `sterk`: judgements that count on their own (verb families in every person: "snapt/snappen … niks");
 * - `zwak`: judgements that count only with a `versterker` near ("klaagt altijd", "weer eens herrie");
 * - `versterker`: intensifiers and "always/again" words;
 * - `spot`: laughing emoji and laughter; `spot-sterk`: devil or clown emoji, mockery on its own;
 * - `ontkenning`: negation right before a judgement cancels it ("niet dom");
 * - `zelf`: the author or the own team, or someone's own feeling ("voelt zich dom"), closer to the judgement
 *   than the target ("ik was zo dom");
 * - `gevoel`: someone's own feeling or fear ("voelt zich dom", "bang dom over te komen"), near the
 *   judgement: not the author's verdict;
 * - `passief`: a passive with an agent ("bang gemaakt door"); it only shadows the judgement at that place;
 * - `ding`: things rather than people (weather, traffic, software), closer to the judgement than the target;
 * - `reflectie`: professional reflection or a question about handling ("hoe ga je om met"); no hits at all;
 * - `positief`: warm words; laughter next to them is laughing together, not mockery.
 * Lowercase; see rules/cues.ts for the syntax (`*` affix, `..` gap of up to three tokens).
 */
export default String.raw`
# --- targets: people in care, relatives, colleagues, groups
patiënt* | persoon
patient* | persoon
cliënt* | persoon
client* | persoon
bewoner* | persoon
bewoonster* | persoon
zorgvrager* | persoon
pupil* | persoon
jeugdige* | persoon
jongere* | persoon
tiener* | persoon
pubers | persoon
deelnemer* | persoon
klant* | persoon
meneer | persoon
mevrouw | persoon
mw | persoon
dhr | persoon
mantelzorger* | persoon
bezoekers | persoon
collega* | collega
dokter* | collega
arts | collega
artsen | collega
huisarts* | collega
specialist* | collega
chirurg* | collega
verpleegkundige* | collega
zuster* | collega
verzorgende* | collega
stagiair* | collega
co-assistent* | collega
coassistent* | collega
invaller* | collega
uitzendkracht* | collega
nachtdienst | collega
mensen | persoon
figuren | persoon
figuur | persoon
types | persoon
gasten | persoon
die lui | persoon
dat volk | persoon
zulke lui | persoon
oudjes | persoon
bejaarde* | persoon
demente* | persoon
verslaafde* | persoon
junk* | persoon
dakloze* | persoon
asielzoeker* | persoon
statushouder* | persoon
# --- relatives (not the author's own)
ouders | familie
moeder* | familie
vader* | familie
familie | familie
familieleden | familie
schoonzoon | familie
schoondochter | familie
dochter* | familie
zoon | familie
zonen | familie
echtgeno* | familie
partner* | familie
# --- the employer and management
organisatie | organisatie
organisaties | organisatie
management | organisatie
managers | organisatie
*manager | organisatie
*managers | organisatie
manager | organisatie
directie | organisatie
bestuur | organisatie
bestuurders | organisatie
leidinggevende* | organisatie
teamleider* | organisatie
teamleiding | organisatie
leiding | organisatie
werkgever* | organisatie
tent | organisatie
club | organisatie
instelling | organisatie
# --- pronouns
ze | verwijzing
zij | verwijzing
hij | verwijzing
u | verwijzing
jij | verwijzing
uw | verwijzing
# --- strong judgements: stupidity, laziness, incompetence
dom | sterk
domme | sterk
dommer* | sterk
dombo* | sterk
stom | sterk
stomme | sterk
achterlijk* | sterk
debiel* | sterk
idioot | sterk
idiote | sterk
idioten | sterk
imbeciel* | sterk
sukkel* | sterk
kneus | sterk
kneuzen | sterk
loser* | sterk
prutser* | sterk
prutswerk | sterk
knoeier* | sterk
amateurs | sterk
amateuristisch* | sterk
clowns | sterk
clubje | sterk
luie | sterk
luiaard* | sterk
luilak* | sterk
nietsnut* | sterk
klaploper* | sterk
uitvreter* | sterk
profiteur* | sterk
parasiet* | sterk
tokkie* | sterk
asociaal | sterk
asociale | sterk
onbeschoft | sterk
onbeschofte | sterk
incompetent* | sterk
onbekwaam | sterk
onbekwame | sterk
nutteloos | sterk
nutteloze | sterk
waardeloos | sterk
waardeloze | sterk
hopeloos | sterk
hopeloze | sterk
belachelijk* | sterk
lachertje | sterk
aanfluiting | sterk
walgelijk* | sterk
smerig | sterk
smerige | sterk
vies | sterk
vieze | sterk
stinkt | sterk
stinken | sterk
stonk | sterk
stinkende | sterk
ruik* naar pis | sterk
ruik* naar zeik | sterk
ruik* naar stront | sterk
stinkt naar | sterk
stinken naar | sterk
gestoord* | sterk
ondankbaar | sterk
verwend | sterk
verwende | sterk
# --- whining: every person and tense
zeur | sterk
zeurt | sterk
zeuren | sterk
zeurde* | sterk
zeurend* | sterk
gezeur | sterk
zeik | sterk
zeikt | sterk
zeiken | sterk
zeikte* | sterk
gezeik | sterk
jankt | sterk
janken | sterk
gejank | sterk
stelt zich .. aan | sterk
stellen zich .. aan | sterk
stelde zich .. aan | sterk
# --- not understanding or being able to do anything
snap .. niks | sterk
snap .. niets | sterk
snapt .. niks | sterk
snapt .. niets | sterk
snappen .. niks | sterk
snappen .. niets | sterk
snapte* .. niks | sterk
snapte* .. niets | sterk
begrijpt .. niks | sterk
begrijpen .. niks | sterk
kan .. niks | sterk
kunnen .. niks | sterk
kan er niks van | sterk
kunnen er niks van | sterk
kunnen er niets van | sterk
kan er niets van | sterk
bakt er niks van | sterk
bakken er niks van | sterk
bakken er niets van | sterk
bakt er niets van | sterk
geen benul | sterk
geen flauw idee | sterk
geen flauw benul | sterk
geen bal van | sterk
geen moer van | sterk
geen barst van | sterk
geen reet van | sterk
geen zak van | sterk
nooit iets nuttigs | sterk
niks nuttigs | sterk
niets nuttigs | sterk
geen klap | sterk
te beroerd om | sterk
zo lui | sterk
te lui | sterk
echt lui | sterk
gewoon lui | sterk
is een ramp | sterk
zijn een ramp | sterk
bullebak* | sterk
klojo* | sterk
smeerpoets* | sterk
viezerik* | sterk
is een grap | sterk
zijn een grap | sterk
is een lachertje | sterk
stelletje | sterk
# --- what someone deserves or is worth
verdient .. .. niet | sterk
verdienen het niet | sterk
verdient het niet | sterk
verdiende .. .. niet | sterk
verdienden .. .. niet | sterk
verdient geen | sterk
verdienen geen | sterk
had het verdiend | sterk
hadden het verdiend | sterk
eigen schuld | sterk
zelf schuld | sterk
net goed | sterk
niks waard | sterk
niets waard | sterk
geen cent waard | sterk
moet niet klagen | sterk
moeten niet klagen | sterk
moet niet zo klagen | sterk
mag niet klagen | sterk
moet niet zeuren | sterk
moet niet zo zeuren | sterk
moeten niet zo zeuren | sterk
moeten niet zo klagen | sterk
hoeft niet te klagen | sterk
hoeven niet te klagen | sterk
hoeft niet te zeuren | sterk
aan zichzelf te danken | sterk
aan uzelf te danken | sterk
aan jezelf te danken | sterk
mag blij zijn | sterk
mogen blij zijn | sterk
mag dankbaar zijn | sterk
vreselijk* mens* | sterk
verschrikkelijk* mens* | sterk
naar mens | sterk
rotmens | sterk
# --- scaring or tricking someone
bang gemaakt | sterk
bang maken | sterk
bang te maken | sterk
laten schrikken | sterk
liet schrikken | sterk
lieten schrikken | sterk
voor de gek gehouden | sterk
voor de gek houden | sterk
in de maling genomen | sterk
beetgenomen | sterk
erin geluisd | sterk
wijsgemaakt | sterk
# --- weak judgements: only with an intensifier near
klaagt | zwak
klagen | zwak
klaagde* | zwak
geklaag | zwak
gezanik | zwak
zanikt | zwak
zaniken | zwak
herrie | zwak
kabaal | zwak
lawaai | zwak
irritant* | zwak
vervelend* | zwak
lastig | zwak
lastige | zwak
brutaal | zwak
brutale | zwak
arrogant* | zwak
bot | zwak
botte | zwak
onmogelijk* | zwak
onuitstaanbaar | zwak
onuitstaanbare | zwak
moeilijk doen | zwak
doet moeilijk | zwak
doen moeilijk | zwak
drammen | zwak
dramt | zwak
zooitje | zwak
zootje | zwak
puinhoop | zwak
tijdverspilling | zwak
# --- intensifiers
echt | versterker
helemaal | versterker
weer | versterker
alweer | versterker
weer eens | versterker
altijd | versterker
constant | versterker
continu | versterker
steeds | versterker
zo'n | versterker
zo | versterker
zó | versterker
zooo* | versterker
ontzettend | versterker
werkelijk | versterker
compleet | versterker
totaal | versterker
super | versterker
mega | versterker
gewoon | versterker
elke keer | versterker
iedere keer | versterker
# --- laughter and mockery
😂 | spot
🤣 | spot
😆 | spot
😹 | spot
haha* | spot
hihi* | spot
lmao | spot
😈 | spot-sterk
🤡 | spot-sterk
😏 | spot-sterk
# --- negation
niet | ontkenning
geen | ontkenning
nooit | ontkenning
allerminst | ontkenning
# --- the author or the own team
ik | zelf
mij | zelf
me | zelf
mezelf | zelf
mijzelf | zelf
wij | zelf
we | zelf
onszelf | zelf
# --- someone's own feeling or fear about how they come across
zich | gevoel
voel* | gevoel
overkom* | gevoel
over te komen | gevoel
bang dat | gevoel
schaam* | gevoel
vind* het | gevoel
vond* het | gevoel
vinden het | gevoel
# --- passives with an agent: someone else did it (shadows the judgement at the same place)
bang gemaakt .. door | passief
laten schrikken door | passief
voor de gek gehouden door | passief
# --- things
het weer | ding
het is | ding
het was | ding
is het | ding
was het | ding
griep | ding
virus | ding
corona | ding
verkoudheid | ding
smerig weer | ding
vies weer | ding
rotweer | ding
hondenweer | ding
regen | ding
verkeer | ding
file | ding
trein* | ding
ns | ding
software | ding
systeem | ding
systemen | ding
computer* | ding
printer* | ding
wifi | ding
internet | ding
app | ding
ecd | ding
dossier* | ding
rooster* | ding
koffie | ding
eten | ding
parkeer* | ding
parkeren | ding
boek | ding
film | ding
serie | ding
wedstrijd | ding
scheids* | ding
# --- professional reflection and questions about handling
hoe ga je om | reflectie
hoe ga jij om | reflectie
hoe gaan jullie om | reflectie
hoe gaan jullie daarmee om | reflectie
hoe ga je daarmee om | reflectie
omgaan met | reflectie
hoe reageer* | reflectie
hoe reageren | reflectie
intervisie | reflectie
supervisie | reflectie
vooroordeel* | reflectie
stigma* | reflectie
stigmatis* | reflectie
nooit .. noemen | reflectie
mag je nooit | reflectie
mag je niet | reflectie
respectvol* | reflectie
nooit zeggen | reflectie
zeg nooit | reflectie
niet zeggen dat | reflectie
webinar* | reflectie
training | reflectie
workshop* | reflectie
# --- warmth: laughing together
gezellig* | positief
slaapt gelukkig | positief
slaapt er .. doorheen | positief
doet gewoon mee | positief
doet gwn mee | positief
heerlijk* | positief
genoten | positief
genieten | positief
samen | positief
lief | positief
lieve | positief
leuk* | positief
mooi* | positief
geweldig* | positief
trots | positief
dankbaar | positief
topper* | positief
mop | positief
moppen | positief
grap | positief
grapje* | positief
grappen | positief
lag dubbel | positief
lagen dubbel | positief
humor | positief
zin in | positief
uitje* | positief
met de bewoner* | positief
met onze bewoner* | positief
met de cliënt* | positief
met onze cliënt* | positief
schat* | positief
❤ | positief
🥰 | positief
😍 | positief
😊 | positief
# --- contemptuous imperatives and sneers ("wees blij", "leer het nou eens", "ga dan zelf …")
lachwekkend | sterk
gejammer | sterk
jammert | sterk
jammeren | sterk
gejengel | sterk
jengelt | sterk
aanstellerij | sterk
aansteller* | sterk
kansloos | sterk
kansloze | sterk
alles beter weten | sterk
alles beter weet | sterk
weet alles beter | sterk
weten alles beter | sterk
wees blij | sterk
wees maar blij | sterk
leer het nou | sterk
leer het eens | sterk
leren het nooit | sterk
leert het nooit | sterk
ga dan zelf | sterk
gaan dan zelf | sterk
doe het dan zelf | sterk
laat ze maar | sterk
laat hem maar | sterk
laat haar maar | sterk
had .. beter moeten | sterk
hadden .. beter moeten | sterk
wat had je dan verwacht | sterk
wat had u dan verwacht | sterk
moet je maar niet | sterk
ieder zijn eigen schuld | sterk
# --- "knows nothing of", "then you should not complain"
weet niks van | sterk
weet niets van | sterk
weten niks van | sterk
weten niets van | sterk
moet .. niet klagen | sterk
moet .. niet zeuren | sterk
moeten .. niet klagen | sterk
moeten .. niet zeuren | sterk
hoeft .. niet te klagen | sterk
# --- "look in the mirror"; a smirk
in de spiegel kijken | sterk
in de spiegel kijkt | sterk
eerst in de spiegel | sterk
# --- "… van tegenwoordig", "denken dat wij hun personeel zijn"
van tegenwoordig | zwak
hun personeel | sterk
zijn personeel | sterk
haar personeel | sterk
# --- sarcasme: sarcasm and exasperation; with a person or organisation anywhere in the text, a judgement
fijn hoor | sarcasme
knap hoor | sarcasme
heet dat tegenwoordig | sarcasme
heet dat tegenwoordig zeker | sarcasme
leuk hoor | sarcasme
mooi hoor | sarcasme
top hoor | sarcasme
goed bezig | sarcasme
top geregeld | sarcasme
goed geregeld weer | sarcasme
lekker geregeld | sarcasme
tuurlijk schat | sarcasme
komt helemaal goed | sarcasme
en ja hoor | sarcasme
dat dan weer | sarcasme
popcorn erbij | sarcasme
🍿 | sarcasme
🙃 | sarcasme
🤬 | sarcasme
wéér | sarcasme
draaideurklant* | sarcasme
ligt zeker lekker | sarcasme
zit zeker lekker | sarcasme
`;
