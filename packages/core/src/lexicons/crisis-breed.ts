/**
 * Broad word families for acute danger, added to `crisis.ts` (same `cue | categorie` format): overdoses named
 * by the kind of pill (benzodiazepines end in -pam, painkillers, sleeping pills) with taking or swallowing.
 */
export default String.raw`
*pam genomen | suicide
*pam ingenomen | suicide
*pam geslikt | suicide
*pammen genomen | suicide
*pammen geslikt | suicide
paracetamol* geslikt | suicide
paracetamol* .. genomen | suicide
slaappil* geslikt | suicide
slaappil* .. genomen | suicide
tabletten geslikt | suicide
strip* .. geslikt | suicide
# collapse, falls, stroke signs, allergic swelling, breathing
beweegt niet meer | medisch
beweegt niet | medisch
van de trap gevallen | medisch
geen kracht meer in | medisch
dubbele tong | medisch
zwelt .. op | medisch
zwellen .. op | medisch
moeilijk adem | medisch
krijgt geen adem | medisch
krijg geen adem | medisch
# suicidal plans and farewells
alle slaappillen | suicide
rand van het balkon | suicide
rand van het dak | suicide
rand van de brug | suicide
durf niet terug | suicide
spullen weggegeven | suicide
spullen weg gegeven | suicide
het is goed zo | suicide
# threats and violence at home
gaat afmaken | geweld
komt afmaken | geweld
me .. afmaken | geweld
mij .. afmaken | geweld
ons .. afmaken | geweld
knuppel | geweld
honkbalknuppel | geweld
schreeuwt mijn naam | geweld
in mijn tuin | geweld
geschreeuw | geweld
# commanding voices
moet offeren | psychose
zegt dat ik .. moet | psychose
# children in danger
huilt al uren | kinderen
doet niemand open | kinderen
niemand doet open | kinderen
alle tabletten | suicide
tabletten .. genomen | suicide
word ik al slaperig | suicide
mes gepakt | geweld
zichzelf iets | suicide
spring ik | suicide
van de flat | suicide
plek uitgezocht | suicide
nooit meer terugkomen | suicide
schoonmaakmiddel | medisch
gedronken en braakt | medisch
hart gaat tekeer | medisch
koud en zweterig | medisch
krijg het benauwd | medisch
in brand steek* | geweld
in de fik | geweld
# farewells, burning, heart attack signs in women, neglected children
stop ik ermee | suicide
ik stop ermee | suicide
bericht achtergelaten | suicide
brief achtergelaten | suicide
mezelf .. verbrand | zelfbeschadiging
met een aansteker | zelfbeschadiging
helemaal grauw | medisch
ziet grauw | medisch
is grauw | medisch
pijn in .. kaak | medisch
pijn in .. borst | medisch
dagen geen eten | kinderen
geen eten gehad | kinderen
ouders zijn weg | kinderen
heeft een toeval | medisch
stopt niet met schokken | medisch
blijft schokken | medisch
kinderen meegenomen | kinderen
nooit meer terugzie | kinderen
# cutting, stroke signs, last-evening farewells, swallowed objects
opengesneden | zelfbeschadiging
opengekrast | zelfbeschadiging
polsen .. gesneden | zelfbeschadiging
wartaal | medisch
rechterkant .. slap | medisch
linkerkant .. slap | medisch
halve lichaam | medisch
vanavond mijn laatste | suicide
mijn laatste avond | suicide
batterij* ingeslikt | medisch
magneet* ingeslikt | medisch
ingeslikt en | medisch
ingestort | medisch
ogen draaien weg | medisch
allemaal gespoten | suicide
insuline .. gespoten | suicide
in de kelder opgesloten | geweld
# --- indirect suicidality; afscheid: farewell signs and dangerous places, which count only two or more together
zie het .. niet meer zitten | suicide
zie het niet meer zitten | suicide
zag het .. niet meer zitten | suicide
zien het .. niet meer zitten | suicide
zie het allemaal niet meer | suicide
het hoeft .. niet meer | suicide
hoeft voor mij niet meer | suicide
kan het niet meer aan | suicide
kan dit niet meer aan | suicide
kan het .. niet meer aan | suicide
trek het niet meer | suicide
hou het niet meer vol | suicide
houd het niet meer vol | suicide
hou dit niet meer vol | suicide
geen uitweg | suicide
geen uitweg meer | suicide
zie geen uitweg | suicide
zie geen toekomst | suicide
geen toekomst meer | suicide
iedereen beter af | suicide
zonder mij beter af | suicide
ben .. tot last | suicide
alleen maar tot last | suicide
wil verdwijnen | suicide
wil gewoon verdwijnen | suicide
wil slapen en nooit | suicide
niet meer wakker | suicide
kan niet meer verder | suicide
wil niet meer verder | suicide
bij het spoor | afscheid
langs het spoor | afscheid
naast het spoor | afscheid
bij de spoorlijn | afscheid
op de brug | afscheid
op het dak | afscheid
op de rand | afscheid
strip pillen | suicide
strips pillen | suicide
bedank* .. voor alles | dank
dank .. voor alles | dank
niet meer in te plannen | afscheid
hoeft .. niet meer in te plannen | afscheid
hoeft me niet meer | afscheid
zorg goed voor jezelf | afscheid
pas goed op jezelf | afscheid
vaarwel | afscheid
het ga je goed | afscheid
laatste bericht* | afscheid
je was de enige | afscheid
jij was de enige | afscheid
niet boos worden | afscheid
niet boos zijn | afscheid
sorry voor alles | afscheid
spijt me van alles | afscheid
vergeef me | afscheid
alles geregeld | afscheid
# --- more farewell and last-message phrasing
niet dat ik er .. nog ben | suicide
dat ik er dan nog ben | suicide
dat ik er morgen nog ben | suicide
kom niet meer terug | suicide
kom nooit meer terug | suicide
allemaal opgespaard | suicide
heb ze opgespaard | suicide
pillen opgespaard | suicide
vannacht is het zover | suicide
vandaag is het zover | suicide
is het zover | afscheid
kon er niks aan doen | afscheid
kon er niets aan doen | afscheid
niet jouw schuld | afscheid
niet uw schuld | afscheid
u was de enige | afscheid
lange reis | afscheid
afspraak .. schrappen | afscheid
niet de politie bellen | afscheid
bel niet de politie | afscheid
ik meen het | afscheid
# --- more farewell signs; a partner out of control
zorg goed voor uzelf | afscheid
pas goed op uzelf | afscheid
bedankt voor al | dank
niet meer nodig | afscheid
niet meer klaar te zetten | afscheid
door het lint | geweld
deur ingetrapt | geweld
ingetrapt | geweld
wat aandoet | geweld
iets aandoet | geweld
in de badkamer opgesloten | geweld
zit .. in de badkamer | afscheid
# self-harm told in the present tense
snijd weer | zelfbeschadiging
snij weer | zelfbeschadiging
ik snijd me | zelfbeschadiging
weer aan het snijden | zelfbeschadiging
weer aan het krassen | zelfbeschadiging
# a threat to the professional at home or on the street
weet waar je woont | geweld
weet waar u woont | geweld
weet waar jij woont | geweld
# wordings of the same plans in another order
er niet meer wil zijn | suicide
rij .. tegen een boom | suicide
zien jullie ons nooit meer | kinderen
zie je ons nooit meer | kinderen
pillen zitten erin | suicide
wat ik al .. van plan was | suicide
strips .. bewaard | suicide
gordel los | suicide
tegen een pijler | suicide
tegen zo'n pijler | suicide
denkt iedereen .. ongeluk | suicide
kinderen .. achterblijven als ik | suicide
hoe ik ze mee kan nemen | kinderen
graf met haar naam | suicide
graf met zijn naam | suicide
ik kan vliegen | psychose
ze zeggen dat mijn | psychose
weet niet meer wat echt is | psychose
maakt hij me af | geweld
maakt .. me af | geweld
bang voor wat ik doe | kinderen
te hard .. gegooid | kinderen
door elkaar geschud | kinderen
kinderen gillen | geweld
reageert nauwelijks | medisch
viel .. flauw | medisch
# a baby or child in acute danger, told by a layperson
buikje trekt in | medisch
trekt in bij | medisch
blauwig | medisch
rond haar mondje | medisch
rond zijn mondje | medisch
grijs om | medisch
slap en grijs | medisch
lag met haar gezicht onder water | medisch
lag met zijn gezicht onder water | medisch
gezicht onder water | medisch
schokt .. met armen | medisch
draaien .. ogen weg | medisch
draaien .. oogjes weg | medisch
oogjes draaien weg | medisch
ogen draaien weg | medisch
ademt .. zo snel | medisch
ademt .. raar | medisch
# violence at home, told while it happens
maakt hij mij kapot | geweld
maakt .. mij kapot | geweld
deur op slot gedaan | geweld
ik de volgende ben | geweld
zit in de kast | geweld
tegen de muur geduwd | geweld
heeft mama geslagen | geweld
heeft mijn moeder geslagen | geweld
bloedt aan haar lip | geweld
persoonlijk met je regelen | geweld
met je komen regelen | geweld
# plans and goodbyes in other words
gaskraan .. open | suicide
gas .. komt halen | suicide
mestkelder | suicide
tot last ben geweest | suicide
het zijn er genoeg | suicide
pillen van .. nooit weggegooid | suicide
la met paracetamol | suicide
leeggegeten | suicide
een stuk of veertig | suicide
met een fles wijn erbij | suicide
enkele reis | suicide
afscheidsmail | suicide
allemaal niet meer hoeft | suicide
kussen boven | kinderen
bang voor mezelf | suicide
ik red het niet meer | suicide
pistool ligt niet meer | suicide
geweer ligt niet meer | suicide
hebben een mes | geweld
hebben messen | geweld
# round 18: a baby or child in danger, an emergency told by a layperson
lipjes .. blauw | medisch
lippen .. blauw | medisch
is helemaal slap | medisch
drinkt sinds .. niks meer | medisch
gezicht .. heel dik | medisch
piept bij het ademen | medisch
raar te ademen | medisch
reageert bijna niet | medisch
kom niet overeind | medisch
verward en klam | medisch
heeft hem alleen gelaten | kinderen
heeft haar alleen gelaten | kinderen
zachter huilen | kinderen
dan heeft niemand haar | kinderen
dan heeft niemand hem | kinderen
# self-harm, an overdose, plans
te diep gedaan | zelfbeschadiging
bloed houdt niet op | zelfbeschadiging
pillen van .. geslikt | suicide
mesje zit in | suicide
ben er dan niet meer | suicide
ook nergens anders | suicide
# psychosis, violence
van god de opdracht | psychose
opdracht van god | psychose
heeft me geduwd | geweld
# round 19
garage met de motor aan | suicide
in de .. garage met de motor | suicide
motor draait in de garage | suicide
afscheidsfilmpje | suicide
afscheidsvideo | suicide
gaskraan .. opengedraaid | suicide
gas .. opengedraaid | suicide
stap niet in de trein | suicide
keel dicht gedrukt | geweld
keel dichtgeknepen | geweld
volgende keer stopt hij niet | geweld
met een hamer | geweld
gloeiend heet | medisch
pupillen .. enorm | medisch
praat niet meer normaal | medisch
vlekjes die niet wegdrukken | medisch
huilt ook niet meer | kinderen
drinkt niet meer sinds | kinderen
zie beestjes | medisch
beestjes over de muur | medisch
kom niet meer overeind | medisch
op de badkamervloer | medisch
hele baxterrol | medisch
vervangen door iemand anders | psychose
de stem gelijk heeft | psychose
slaapt al .. nachten niet | psychose
afluisteren via | psychose
`;
