/**
 * Broad word families for public complaints, added to `klacht.ts` (same `cue | soort` format). `doelwit`:
 * more ways to name a colleague, manager or one's own organisation; `klacht`: the open classes of criticism
 * (not showing up, slacking, leaving people alone, withholding pay, failing clients, calls for dismissal).
 */
export default String.raw`
# --- targets
planner* | doelwit
roostermaker* | doelwit
coördinator* | doelwit
*coördinator | doelwit
salarisadministratie | doelwit
personeelszaken | doelwit
hr | doelwit
p&o | doelwit
instelling | doelwit
deze instelling | doelwit
onze instelling | doelwit
zorgorganisatie | doelwit
onze zorgorganisatie | doelwit
organisatie | doelwit
toko | doelwit
club | doelwit
afdelingsarts* | doelwit
huisarts | doelwit
dokter | doelwit
arts | doelwit
hoofdbehandelaar* | doelwit
supervisor* | doelwit
opleider* | doelwit
bestuurder | doelwit
bestuur | doelwit
managers | doelwit
# --- criticism
ontslagen worden | klacht
moet ontslagen | klacht
ontslaan | klacht
eruit moet | klacht
eruit gegooid | klacht
geen flauw benul | klacht
geen benul | klacht
doet maar wat | klacht
doen maar wat | klacht
om te huilen | klacht
in de steek | klacht
laat .. zakken | klacht
laten .. zakken | klacht
schandelijk | klacht
schande | klacht
niet uitbetaald | klacht
te laat uit | klacht
betaalt .. te laat | klacht
krijgt het niet voor elkaar | klacht
krijgen het niet voor elkaar | klacht
niks van gekomen | klacht
niets van gekomen | klacht
niks gedaan | klacht
niets gedaan | klacht
nog steeds niks | klacht
nog steeds niets | klacht
nog steeds niet | klacht
nergens te bekennen | klacht
nooit te bekennen | klacht
laat zich nooit | klacht
nooit op de afdeling | klacht
nooit op de vloer | klacht
achter .. bureau | klacht
weigert | klacht
weigeren ze | klacht
weigeren zij | klacht
kijkt de andere kant op | klacht
kijken de andere kant op | klacht
op hun telefoon | klacht
op zijn telefoon | klacht
op haar telefoon | klacht
zit .. koffie te drinken | klacht
zitten .. koffie te drinken | klacht
zichzelf opslag | klacht
zichzelf een bonus | klacht
alsof zijn neus bloedt | klacht
alsof hun neus bloedt | klacht
alles aan ons over | klacht
weer alleen | klacht
alles alleen | klacht
alleen gelaten | klacht
alleen laten | klacht
onverantwoord | klacht
slecht georganiseerd* | klacht
slechte dokter | klacht
slechte arts | klacht
slechte manager | klacht
slechtste | klacht
praat mooi | klacht
praten mooi | klacht
mooie praatjes | klacht
door het ijs | klacht
niet gedaan | klacht
mag ik het weer | klacht
moet ik het weer | klacht
vraag ik me echt af | klacht
nooit naar .. om | klacht
kijkt nooit | klacht
bepalen hoe wij | klacht
zegt dat .. voorop | klacht
draaien met de helft | klacht
met de helft van | klacht
onderbezetting | klacht
# more targets
mt | doelwit
het mt | doelwit
ons mt | doelwit
wijkteam | doelwit
ons team | doelwit
locatie | doelwit
onze locatie | doelwit
*praktijk | doelwit
wethouder | doelwit
baas | doelwit
# more criticism: failing, absent, refusing, exploiting, cutting back
chaotisch | klacht
heel slecht | klacht
zo slecht geregeld | klacht
zo slecht georganiseerd | klacht
slecht geregeld | klacht
slecht bereikbaar | klacht
echt slecht | klacht
ben het .. niet eens | klacht
zijn het .. niet eens | klacht
ben het niet eens | klacht
zijn het niet eens | klacht
geen idee wat | klacht
geen idee hoe | klacht
geen verstand van | klacht
nergens verstand van | klacht
enige wat ze doen | klacht
doet er niks mee | klacht
doet er niets mee | klacht
doen er niks mee | klacht
doen er niets mee | klacht
doet alsof | klacht
doen alsof | klacht
zonder reden | klacht
blijft het afzeggen | klacht
blijft .. afzeggen | klacht
afgewezen | klacht
wijst .. af | klacht
uitbuiting | klacht
onmenselijk | klacht
onderbezet | klacht
structureel onderbezet | klacht
aan ons lot | klacht
aan hun lot | klacht
in de kou | klacht
gekort | klacht
bezuinigd | klacht
bezuinigen op | klacht
nooit tijd | klacht
verwijst nooit | klacht
nooit aanwezig | klacht
nooit bereikbaar | klacht
nooit te zien | klacht
neemt nooit | klacht
ziek melden | klacht
bedankt wethouder | klacht
bedankt directie | klacht
bedankt management | klacht
# more targets: compounds and roles
*directie | doelwit
*instelling | doelwit
praktijkhouder* | doelwit
vaste krachten | doelwit
gynaecoloog | doelwit
*chirurg | doelwit
*specialist | doelwit
# more criticism: blame, indifference, bullying, favouritism, underpayment, disposability, money over care
wat er fout gaat | klacht
nooit een compliment | klacht
nooit eens | klacht
alleen aan geld | klacht
denkt alleen aan | klacht
denken alleen aan | klacht
schouders op | klacht
grijpt niet in | klacht
grijpen niet in | klacht
gepest | klacht
pesten | klacht
voortrek* | klacht
onder de cao | klacht
onderbetaal* | klacht
uitbuit* | klacht
wegwerp* | klacht
als oud vuil | klacht
geschrapt | klacht
geen excuses | klacht
laat .. wachten | klacht
laten .. wachten | klacht
gebeurt .. niets | klacht
gebeurt .. niks | klacht
er gebeurt niets | klacht
valt echt niemand op | klacht
valt niemand op | klacht
zo schandalig | klacht
# ignoring, wasting, not showing up, leaving staff to fend for themselves
genegeerd | klacht
negeert | klacht
negeren | klacht
verspild | klacht
verspillen | klacht
mislukt* | klacht
nooit opdagen | klacht
komt nooit | klacht
zoeken het zelf | klacht
zelf maar uit | klacht
niemand die er | klacht
er wat van zegt | klacht
er iets van zegt | klacht
te laat beginnen | klacht
# indifference, contempt for staff, cover-ups, taking credit
doet niks aan | klacht
doet niets aan | klacht
minachting | klacht
over ons hoofd | klacht
inleveren | klacht
doofpot | klacht
vuile werk | klacht
neemt zelf de eer | klacht
met de eer | klacht
verdubbeld | klacht
wachten tot er iets gebeurt | klacht
# favouritism, unfairness, saving on the wrong things, not listening, arrogance
*loog | doelwit
favorieten | klacht
oneerlijk | klacht
bespaart op | klacht
besparen op | klacht
rotzooi | klacht
luistert nooit | klacht
luisteren nooit | klacht
arrogant* | klacht
lekker dan | klacht
geeft geen tijd | klacht
# no response, profit over staffing, leaving work for others
geen reactie | klacht
nog geen reactie | klacht
maakt winst | klacht
maken winst | klacht
te weinig mensen | klacht
leeg achter | klacht
mogen het oplossen | klacht
mogen het weer | klacht
# gossip, absence, being dropped, bureaucracy, taking the blame
roddelt | klacht
roddelen | klacht
nog nooit een voet | klacht
geen voet op | klacht
laat je je mensen vallen | klacht
laat .. vallen | klacht
bende | klacht
krijgen de klappen | klacht
gebuffeld | klacht
zonder enig overleg | klacht
zonder overleg met ons | klacht
zonder overleg met het team | klacht
zonder overleg besloten | klacht
zonder overleg ingevoerd | klacht
# --- being let down, shame about the employer, refusals
*manager | doelwit
*managers | doelwit
laten ons .. vallen | klacht
laat ons .. vallen | klacht
lieten ons .. vallen | klacht
schaam me voor | klacht
schaam me dood | klacht
nul ondersteuning | klacht
geen enkele ondersteuning | klacht
geen ondersteuning | klacht
geen enkele steun | klacht
onbegrijpelijk | klacht
pik het niet | klacht
pikken het niet | klacht
nog nooit .. gezien | klacht
verouderde | klacht
ingrijpt | klacht
geweigerd | klacht
# --- sarcastic thanks
bedankt voor niks | klacht
bedankt voor niets | klacht
dank je wel voor niks | klacht
# --- sarcasm about colleagues; roddel: gossip about a named person (a target with any name in the text)
*oloog | doelwit
*ologen | doelwit
nooit op tijd | klacht
nog nooit op tijd | klacht
altijd te laat | klacht
grappig hoe | klacht
vergeten dat ze zelf | klacht
vergeet dat ze zelf | klacht
niemand zegt iets | klacht
niemand zegt er iets van | klacht
iedereen weet het | klacht
nul reactie | klacht
geen enkele reactie | klacht
wegzet | klacht
wegzetten | klacht
weggezet | klacht
afgedaan als | klacht
juiste vrienden | klacht
ik hoorde dat | roddel
hoorde dat | roddel
het schijnt | roddel
schijnt dat | roddel
zou .. zwanger | roddel
volgens mij is ze | roddel
volgens mij is hij | roddel
niet doorvertellen | roddel
niet verder vertellen | roddel
tussen ons gezegd | roddel
# --- hints at who is meant, silence, the former employer (sarcasm: the sarcasme cues of oordeel.ts)
weet wie ik bedoel | klacht
weten wie ik bedoel | klacht
ik noem geen namen | klacht
zeg verder niks | klacht
zeg verder niets | klacht
🤐 | klacht
niemand deed iets | klacht
niemand doet iets | klacht
intern .. aangekaart | klacht
niks gebeurd | klacht
niets gebeurd | klacht
cijfers op papier | klacht
vorige werkgever | doelwit
psychiater | doelwit
de psychiater | doelwit
# --- let down by another care provider; a culture or planning that is not in order
afgepoeierd | klacht
afgescheept | klacht
fijne samenwerking .. zo | klacht
fijne samenwerking zo | klacht
klopt er iets niet | klacht
klopt iets niet | klacht
niet op orde | klacht
ligt dat aan onze | klacht
ligt het aan onze | klacht
schaam ik me voor | klacht
zou het niet mooi zijn als | klacht
vraag voor een vriend* | klacht
toeval bestaat niet | klacht
top voorbeeld hoor | klacht
mogen wij .. weer | klacht
assistente | doelwit
*begeleider | doelwit
*begeleidster | doelwit
teamleider* | doelwit
leidinggevende* | doelwit
invalkrachten | doelwit
uitzendkrachten | doelwit
huisartsenpost | doelwit
# --- shame, incompetence and repeated mistakes of a named organisation or colleague
schaam me .. voor | klacht
van toeten noch blazen | klacht
heeft nog nooit een | klacht
ben er .. klaar mee | klacht
klachten over haar | klacht
klachten over hem | klacht
verkeerde medicatie | klacht
boeit het niks | klacht
boeit het niets | klacht
apotheek | doelwit
waarneemster | doelwit
waarnemer | doelwit
niet naar de werkvloer | klacht
wijt het aan | klacht
wijt dat aan | klacht
schaam jullie | klacht
schaam je diep | klacht
laat ons gewoon zitten | klacht
laten ons .. zitten | klacht
nooit luisteren | klacht
nooit geluisterd | klacht
zo'n baas | klacht
zo'n leidinggevende | klacht
zo'n manager | klacht
te danken aan mijn leidinggevende | klacht
te danken aan mijn baas | klacht
te danken aan mijn manager | klacht
te danken aan de directie | klacht
doet niks | klacht
doet niets | klacht
plan nou eens | klacht
zo hou je geen personeel | klacht
zo houd je geen personeel | klacht
beneden hun stand | klacht
beneden zijn stand | klacht
top samenwerking | klacht
elke dienst .. te laat | klacht
krijg je nooit antwoord | klacht
nooit antwoord | klacht
moeten echt eens nadenken | klacht
of de zorg wel iets voor ze is | klacht
zo gaat de organisatie | klacht
zo gaan we hier | klacht
lekker collegiaal | klacht
# frustration about how things are run ('om moedeloos van te worden', 'wanneer gaat de leiding hier eens …'):
# a complaint about the organisation, not running down one colleague, so not in klacht.ts
om moedeloos van te worden | klacht
moedeloos van | klacht
om gek van te worden | klacht
om te huilen | klacht
eens wat aan doen | klacht
eens iets aan doen | klacht
wanneer gaat .. eens | klacht
kan iemand mij uitleggen waarom | klacht
kan iemand me uitleggen waarom | klacht
zo boos | klacht
`;
