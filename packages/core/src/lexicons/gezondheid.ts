/**
 * Health lexicon for the GEZONDHEID recogniser, as line-based data (one term per line, `#` comments),
 * one block per category. Parse with `parseLexicon(block, true)`.
 *
 * Conventions:
 * - Terms are written in lower case and matched case-insensitively, with diacritics folded (suïcide =
 *   suicide). A term written in CAPITALS is an acronym that is also an ordinary word or unit (ALS, MS, ADD)
 *   and is only matched when it is written in capitals in the text.
 * - Multiword terms are matched token by token (`ziekte van lyme`, `echo abdomen`, `type 2 diabetes`).
 * - Inflected forms that the recogniser does not derive itself (it strips plural -en/-s) are listed:
 *   depressief, depressieve, psychotisch …
 * - Compounds are handled by the recogniser with the KOPPEN (heads: borst|kanker, mamma|operatie) and
 *   STAARTEN (tails: delier|preventie) blocks below, so only non-compositional terms need listing.
 * Sources: general Dutch medical, psychiatric and social-domain vocabulary (public patient information
 * terms, drug names as used in Dutch pharmacies, legal measures from Dutch care law); see lexicons/README.md.
 */

/** Somatic diagnoses and conditions, including rare and infectious diseases. */
const aandoening = `
# hart en vaten
hartinfarct
infarct
hartaanval
hartfalen
hartstilstand
hartritmestoornis
boezemfibrilleren
ventrikelfibrilleren
ventrikelfibrillatie
kamerfibrilleren
ventrikeltachycardie
atriumfibrilleren
angina pectoris
hartklepgebrek
hoge bloeddruk
hypertensie
hypotensie
trombose
longembolie
aneurysma
vaatlijden
etalagebenen
# schildklier
schildklierwaarden
schildklierwaarde
trage schildklier
traag werkende schildklier
te traag werkende schildklier
snelle schildklier
te snel werkende schildklier
schildklierpatiënt
# hersenen en zenuwen
dystonie
beroerte
cva
TIA
herseninfarct
hersenbloeding
hersenletsel
niet-aangeboren hersenletsel
NAH
hersenschudding
epilepsie
epileptisch
epileptische aanval
migraine
parkinson
alzheimer
multiple sclerose
MS
ALS
spierziekte
spierdystrofie
cerebrale parese
spina bifida
dwarslaesie
verlamming
verlamd
halfzijdig verlamd
hemiparese
afasie
neuropathie
hydrocefalus
coma
# longen
copd
astma
longemfyseem
emfyseem
longontsteking
pneumonie
bronchitis
pneumothorax
klaplong
longfibrose
slaapapneu
# infecties
tuberculose
tbc
long covid
rsv
kinkhoest
mazelen
waterpokken
bloedneus
krentenbaard
impetigo
gordelroos
rodehond
roodvonk
hepatitis
hepatitis a
hepatitis b
hepatitis c
hiv
hiv-positief
aids
soa
chlamydia
gonorroe
syfilis
herpes
hpv
lyme
erythema migrans
q-koorts
malaria
legionella
mrsa
sepsis
bloedvergiftiging
urineweginfectie
uwi
blaasontsteking
nierbekkenontsteking
wondinfectie
meningitis
hersenvliesontsteking
schurft
# buik, nieren, lever
nierfalen
nierinsufficiëntie
nierstenen
galstenen
blindedarmontsteking
appendicitis
crohn
colitis ulcerosa
prikkelbare darm
prikkelbaredarmsyndroom
coeliakie
glutenintolerantie
lactose-intolerantie
maagzweer
levercirrose
cirrose
leverfalen
pancreatitis
diverticulitis
# kanker en gezwellen
kanker
tumor
tumoren
carcinoom
melanoom
lymfoom
leukemie
sarcoom
myeloom
hersentumor
ziekte van hodgkin
ziekte van kahler
non-hodgkin
maligniteit
# bewegingsapparaat en huid
artrose
reuma
reumatoïde artritis
artritis
jicht
osteoporose
botontkalking
fibromyalgie
hernia
whiplash
heupfractuur
heupbreuk
gebroken heup
heup gebroken
gebroken arm
arm gebroken
gebroken been
been gebroken
gebroken pols
pols gebroken
gebroken enkel
enkel gebroken
polsfractuur
polsbreuk
beenbreuk
armbreuk
enkelbreuk
fractuur
botbreuk
decubitus
doorligplek
doorligwond
open been
open benen
ulcus
amputatie
eczeem
psoriasis
# hormonen, stofwisseling, bloed
diabetes
diabetes mellitus
type 1 diabetes
type 2 diabetes
diabetes type 1
diabetes type 2
suikerziekte
diabeet
diabetespatiënt
hypo
hypoglykemie
schildklierziekte
hypothyreoïdie
hyperthyreoïdie
hashimoto
ziekte van graves
ziekte van addison
ziekte van cushing
obesitas
morbide obesitas
ondervoeding
ondervoed
anemie
bloedarmoede
hemofilie
sikkelcelziekte
sikkelcelanemie
thalassemie
# erfelijk en zeldzaam
sma
stiff-person syndroom
stiff-person-syndroom
msud
ahornsiroopziekte
cystic fibrosis
taaislijmziekte
ziekte van huntington
progeria
huntington
ziekte van pompe
ziekte van fabry
fabry
syndroom van marfan
ehlers-danlos
syndroom van down
downsyndroom
syndroom van turner
klinefelter
fragiele-x
prader-willi
syndroom van rett
angelman
duchenne
mucoviscidose
# zintuigen, overig
doof
doofheid
slechthorend
blindheid
slechtziend
grauwe staar
glaucoom
maculadegeneratie
incontinentie
incontinent
incontinentiemateriaal
plast weer in bed
bedplassen
allergie
anafylaxie
anafylactische shock
chronische pijn
chronisch ziek
terminaal ziek
ongeneeslijk ziek
ernstig ziek
dement
demente
dementerend
dementerende
invalide
# aanvulling: hart, vaten, reuma en afweer
endocarditis
myocarditis
pericarditis
cardiomyopathie
hartkleplijden
claudicatio
aambeien
ziekte van raynaud
vasculitis
lupus
SLE
sclerodermie
sarcoïdose
hypercalciëmie
hypocalciëmie
hyperkaliëmie
hypokaliëmie
hyponatriëmie
polymyalgie
spondylitis
ziekte van bechterew
ziekte van paget
osteomyelitis
carpaaltunnelsyndroom
frozen shoulder
kruisbandletsel
achillespeesruptuur
# aanvulling: zenuwstelsel, zintuigen
hersenkneuzing
subarachnoïdale bloeding
guillain-barré
myasthenia gravis
narcolepsie
restless legs
trigeminusneuralgie
aangezichtsverlamming
tinnitus
oorsuizen
ziekte van ménière
insult
toevallen
koortsstuip
koortsstuipen
# aanvulling: kanker en bloed
mesothelioom
asbestose
glioom
glioblastoom
neuroblastoom
retinoblastoom
osteosarcoom
mammacarcinoom
coloncarcinoom
pancreascarcinoom
longcarcinoom
basaalcelcarcinoom
plaveiselcelcarcinoom
myelodysplastisch syndroom
hemochromatose
polycythemie
trombocytopenie
ziekte van von willebrand
# aanvulling: erfelijk, aangeboren, kinderen
g6pd-deficiëntie
fenylketonurie
pku
galactosemie
mcadd
spinale musculaire atrofie
mitochondriale ziekte
neurofibromatose
tubereuze sclerose
syndroom van williams
syndroom van noonan
22q11-deletiesyndroom
achondroplasie
osteogenesis imperfecta
anencefalie
schisis
hazenlip
aangeboren hartafwijking
hartafwijking
klompvoet
heupdysplasie
ziekte van hirschsprung
pylorusstenose
bronchiolitis
pseudokroep
# aanvulling: infecties
eclampsie
DM2
DM1
AF
gescheurde milt
miltruptuur
bijna verdronk
bijna verdronken
infectie
e. coli
leptospirose
ziekte van weil
mrsa-positief
brandwonden
brandwond
onderkoeling
onderkoeld
verdrinking
bijna-verdrinking
scabiës
ebola
mpox
apenpokken
zika
dengue
polio
difterie
tetanus
rabiës
hondsdolheid
toxoplasmose
cmv
ziekte van pfeiffer
klierkoorts
leverontsteking
erysipelas
cellulitis
abces
fistel
# aanvulling: stofwisseling, nieren, voortplanting
diabetische voet
diabetische retinopathie
hyperglykemie
ketoacidose
pyelonefritis
prostaatvergroting
prostatitis
erectiestoornis
impotentie
onvruchtbaarheid
infertiliteit
endometriose
pcos
myomen
baarmoederverzakking
verzakking
uitdroging
`;

/** Psychiatric and developmental diagnoses and states, suicidality and self-harm. */
const psychiatrie = `
depressie
depressief
depressieve
depressies
postnatale depressie
burn-out
burnout
overspannen
angst
angsten
angststoornis
gegeneraliseerde angststoornis
paniekstoornis
paniekaanval
paniekaanvallen
fobie
sociale fobie
smetvrees
ocd
dwangstoornis
dwanggedachten
dwanghandelingen
ptss
posttraumatische stressstoornis
bipolaire stoornis
bipolair
manisch-depressief
manisch
manische episode
manische ontregeling
manische psychose
psychose
psychoses
psychotisch
psychotische
schizofrenie
schizofreen
schizoaffectieve stoornis
waanstoornis
wanen
achtervolgingswaan
adhd
ADD
autisme
autistisch
autistische
ASS
autismespectrumstoornis
asperger
pdd-nos
persoonlijkheidsstoornis
borderline
borderlinepersoonlijkheidsstoornis
antisociale persoonlijkheidsstoornis
narcistische persoonlijkheidsstoornis
eetstoornis
anorexia
anorexia nervosa
boulimia
boulimia nervosa
eetbuistoornis
delier
delirium
dementie
vasculaire dementie
korsakov
lewy body dementie
verstandelijke beperking
licht verstandelijke beperking
LVB
hechtingsstoornis
gedragsstoornis
ODD
tourette
syndroom van gilles de la tourette
suïcidaal
suïcidale
suïcidale gedachten
suïcidegedachten
doodswens
suïcide
suïcidepoging
zelfmoord
zelfmoordpoging
zelfmoordgedachten
zelfdoding
zelfbeschadiging
automutilatie
automutileert
automutileren
zelfverwonding
# aanvulling
delirant
delirante
grootheidswaan
grootheidswanen
betrekkingswaan
dysthymie
stemmingsstoornis
cyclothymie
rouwstoornis
complex trauma
dissociatieve stoornis
dissociatieve identiteitsstoornis
conversiestoornis
somatisatiestoornis
hypochondrie
ziekteangststoornis
trichotillomanie
arfid
eetbuien
binge eating
selectief mutisme
reactieve hechtingsstoornis
hechtingsproblematiek
psychopathie
psychopaat
pyromanie
kleptomanie
pedofilie
genderdysforie
insomnia
parasomnie
frontotemporale dementie
ftd
alzheimerdementie
beginnende dementie
mild cognitive impairment
MCI
psychiatrische aandoening
psychische aandoening
psychisch ziek
psychiatrisch patiënt
geestesziekte
`;

/** Addiction and substance misuse. */
const verslaving = `
detox
verslaving
verslavingen
verslavingszorg
is clean
weer clean
nu clean
verslaafd
verslaafde
alcoholist
alcoholisme
alcoholverslaving
alcoholmisbruik
drankprobleem
alcoholprobleem
alcoholproblemen
drugsprobleem
drugsproblemen
drankmisbruik
drugsverslaving
drugsverslaafde
cocaïneverslaving
heroïneverslaving
opiaatverslaving
cannabisverslaving
gokverslaving
gokprobleem
gokproblemen
gameverslaving
middelenmisbruik
afkicken
afgekickt
ontwenning
methadonprogramma
delirium tremens
ontwenningsverschijnselen
alcoholintoxicatie
alcoholvergiftiging
drugsvergiftiging
overdosis
drugsoverdosis
voedselvergiftiging
koolmonoxidevergiftiging
seksverslaving
koopverslaving
`;

/**
 * Drugs and other substances: using them is a health fact only when tied to a person ("hij gebruikt
 * cocaïne"), so like symptoms they start below the reporting threshold.
 */
const middelen = `
cocaïne
heroïne
ghb
xtc
mdma
crystal meth
ketamine
amfetamine
lachgas
harddrugs
softdrugs
drugsgebruik
alcoholgebruik
cokegebruik
cocaïnegebruik
blowen
geblowd
blowt
`;

/** Treatments, procedures and interventions (specific ones; plain "operatie" or "behandeling" is not a fact about a condition). */
const behandeling = `
chemo
chemokuur
chemotherapie
bestraling
bestralingen
radiotherapie
immunotherapie
hormoontherapie
stamceltransplantatie
niertransplantatie
transplantatie
dialyse
nierdialyse
bypass
bypassoperatie
dotter
dotterbehandeling
stent
pacemaker
hartkatheterisatie
borstamputatie
mastectomie
lumpectomie
prostatectomie
hysterectomie
baarmoederverwijdering
sterilisatie
vasectomie
maagverkleining
maagband
biopsie
punctie
lumbaalpunctie
ruggenprik
beenmergpunctie
coloscopie
gastroscopie
endoscopie
bronchoscopie
darmonderzoek
ECT
elektroconvulsietherapie
emdr
cognitieve gedragstherapie
CGT
DBT
schematherapie
psychotherapie
traumabehandeling
traumatherapie
gedwongen opname
gedwongen opgenomen
klinische opname
psychiatrische opname
in therapie
beademing
beademd
intubatie
geïntubeerd
reanimatie
gereanimeerd
sondevoeding
maagsonde
palliatieve sedatie
sedatie
gesedeerd
euthanasie
insulinepomp
stoma
blaaskatheter
bloedtransfusie
transfusie
revalidatie
nierbehandeling
# aanvulling
wondzorg
kunsthart
ic-opname
geamputeerd
isolatieverpleging
bronisolatie
ablatie
cardioversie
katheterisatie
tavi
hartklepvervanging
heupprothese
nieuwe heup
knieprothese
nieuwe knie
prothese
artroscopie
spondylodese
tonsillectomie
circumcisie
besnijdenis
geslachtsaanpassende operatie
borstreconstructie
borstsparende operatie
okselklierdissectie
schildwachtklierprocedure
beenmergtransplantatie
levertransplantatie
harttransplantatie
donornier
peritoneaal dialyse
hemodialyse
plasmaferese
chemokuren
brachytherapie
protonentherapie
hormoonbehandeling
inseminatie
eiceldonatie
levenseindekliniek
euthanasieverzoek
ecmo
tracheostoma
tracheotomie
peg-sonde
infuus
thuisbeademing
cpap
logopedie
in het gips
gipsverband
morfinepomp
pijnpomp
insulinepen
crisisopname
verplichte zorg
dwangbehandeling
`;

/** Medication: substances, brand names common in the Netherlands, and drug classes. */
const medicatie = `
slaappillen
slaappil
slaapmiddel
slaapmiddelen
labetalol
methyldopa
# pijn en ontsteking
paracetamol
ibuprofen
diclofenac
naproxen
tramadol
oxycodon
morfine
fentanyl
codeïne
methadon
buprenorfine
prednison
prednisolon
dexamethason
hydrocortison
methotrexaat
hydroxychloroquine
adalimumab
infliximab
etanercept
# diabetes en stofwisseling
insuline
metformine
gliclazide
tolbutamide
glimepiride
sitagliptine
semaglutide
ozempic
liraglutide
levothyroxine
thyrax
thiamazol
carbimazol
# hart en vaten
statine
statines
atorvastatine
simvastatine
rosuvastatine
pravastatine
metoprolol
bisoprolol
atenolol
propranolol
amlodipine
nifedipine
lisinopril
enalapril
perindopril
losartan
valsartan
candesartan
irbesartan
hydrochloorthiazide
chloortalidon
furosemide
bumetanide
spironolacton
acenocoumarol
fenprocoumon
apixaban
rivaroxaban
dabigatran
edoxaban
ascal
carbasalaatcalcium
clopidogrel
ticagrelor
digoxine
amiodaron
nitroglycerine
bloedverdunner
bloedverdunners
bloeddrukverlager
bloeddrukverlagers
plaspillen
# maag en darm
omeprazol
pantoprazol
esomeprazol
maagbeschermer
macrogol
movicolon
lactulose
loperamide
domperidon
metoclopramide
ondansetron
# infecties
antibiotica
antibioticum
antibioticakuur
amoxicilline
augmentin
doxycycline
azitromycine
claritromycine
ciprofloxacine
nitrofurantoïne
trimethoprim
flucloxacilline
feneticilline
hiv-remmers
truvada
# longen en allergie
salbutamol
ventolin
budesonide
fluticason
tiotropium
seretide
symbicort
montelukast
puffer
puffers
cetirizine
loratadine
# psychiatrie en neurologie
antidepressiva
antidepressivum
sertraline
citalopram
escitalopram
paroxetine
fluoxetine
fluvoxamine
venlafaxine
duloxetine
mirtazapine
amitriptyline
nortriptyline
clomipramine
bupropion
lithium
valproaat
depakine
lamotrigine
carbamazepine
levetiracetam
fenytoïne
topiramaat
pregabaline
gabapentine
antipsychotica
antipsychoticum
clozapine
olanzapine
quetiapine
risperidon
aripiprazol
haloperidol
haldol
paliperidon
pipamperon
zuclopentixol
flupentixol
chloorpromazine
benzodiazepine
benzodiazepinen
benzo's
oxazepam
diazepam
lorazepam
temazepam
alprazolam
midazolam
lormetazepam
zolpidem
zopiclon
methylfenidaat
ritalin
concerta
dexamfetamine
atomoxetine
guanfacine
naltrexon
disulfiram
antabus
acamprosaat
varenicline
donepezil
galantamine
rivastigmine
memantine
levodopa
madopar
sinemet
ropinirol
pramipexol
depotinjectie
depotmedicatie
# overig
tamsulosine
finasteride
sildenafil
tamoxifen
letrozol
anastrozol
# aanvulling: merknamen
oxynorm
oxycontin
targinact
durogesic
temgesic
nurofen
voltaren
aspirine
sintrom
marcoumar
xarelto
eliquis
pradaxa
lixiana
plavix
brilique
selokeen
emconcor
norvasc
cozaar
lasix
burinex
aldactone
lipitor
zocor
crestor
losec
nexium
pantozol
glucophage
januvia
trulicity
victoza
novorapid
humalog
lantus
levemir
toujeo
tresiba
euthyrox
prozac
seroxat
cipramil
lexapro
efexor
cymbalta
remeron
tryptizol
wellbutrin
zyban
champix
lithiumcarbonaat
priadel
lamictal
tegretol
keppra
lyrica
neurontin
leponex
zyprexa
seroquel
risperdal
abilify
xeplion
dipiperon
cisordinol
seresta
valium
temesta
xanax
dormicum
stilnoct
imovane
circadin
medikinet
equasym
strattera
intuniv
elvanse
lisdexamfetamine
aricept
reminyl
exelon
ebixa
requip
sifrol
omnic
proscar
cialis
nolvadex
femara
arimidex
herceptin
keytruda
opdivo
humira
remicade
enbrel
stelara
dupixent
ocrevus
tecfidera
copaxone
suboxone
subutex
antabuse
campral
wegovy
saxenda
mounjaro
PrEP
# aanvulling: stoffen en groepen
rituximab
trastuzumab
pembrolizumab
nivolumab
cisplatine
carboplatine
oxaliplatine
capecitabine
docetaxel
paclitaxel
cyclofosfamide
doxorubicine
interferon
erytropoëtine
nadroparine
fraxiparine
enoxaparine
clexane
heparine
naloxon
tirzepatide
orlistat
opiaten
opioïden
antiepileptica
anti-epileptica
neuroleptica
neurolepticum
stemmingsstabilisator
bètablokker
betablokker
ace-remmer
diureticum
maagzuurremmer
laxeermiddel
laxeermiddelen
corticosteroïden
cytostatica
immunosuppressiva
afweeronderdrukkers
antihistaminica
antiretrovirale therapie
ijzerinfuus
`;

/** Examinations and test results. Plain "uitslag" or "onderzoek" is not listed: it says nothing on its own. */
const onderzoek = `
bloeduitslag
bloeduitslagen
bloedonderzoek
bloedwaarden
bloedsuiker
bloedsuikers
bloedsuikerspiegel
suikers
suikerwaarden
glucose
hba1c
cholesterol
cholesterolgehalte
ldl
bloeddrukwaarden
saturatie
hemoglobine
hb-gehalte
nierfunctie
nierwaarden
leverwaarden
leverfunctie
egfr
kreatinine
psa
psa-waarde
crp
inr
tsh
labuitslag
labuitslagen
iq-onderzoek
iq-test
intelligentieonderzoek
psychodiagnostiek
psychodiagnostisch onderzoek
neuropsychologisch onderzoek
weefselonderzoek
uitstrijkje
hiv-test
soa-test
echo abdomen
hartecho
ecg
eeg
mri
mri-scan
ct-scan
pet-scan
positief getest
# aanvulling
urinetest
urinecontrole
urinecontroles
positieve urinetest
bloedgas
bloedkweek
urinekweek
sputumkweek
biopt
pa-uitslag
pet-ct
scintigrafie
botscan
dexa-scan
mammografie
mammogram
echografie
20-wekenecho
termijnecho
nekplooimeting
NIPT
vruchtwaterpunctie
vlokkentest
holteronderzoek
inspanningstest
longfunctie
longfunctieonderzoek
spirometrie
emg
polysomnografie
slaaponderzoek
allergietest
zweettest
pcr-test
zwangerschapstest
drugstest
persoonlijkheidsonderzoek
psychologisch onderzoek
ferritine
troponine
d-dimeer
nt-probnp
mmse
apgarscore
`;

/** Findings from examinations. */
const bevinding = `
lymfeklier
blauwe plekken
blauwe plek
striemen
kneuzingen
lymfeklieren
knobbel
knobbeltje
gezwel
poliep
poliepen
cyste
uitgezaaid
uitzaaiing
uitzaaiingen
metastase
metastasen
maligne
benigne
kwaadaardig
kwaadaardige
`;

/** Pregnancy complications and procedures. Being pregnant is a weak state (see symptoom); giving birth is not listed. */
const zwangerschap = `
te vroeg bevallen
keizersnede
miskraam
vroeggeboorte
zwangerschapsvergiftiging
pre-eclampsie
HELLP
stuitligging
ivf
icsi
abortus
zwangerschapsafbreking
zwangerschapsdiabetes
kraambedpsychose
doodgeboren
hyperemesis
placenta praevia
prematuur geboren
te vroeg geboren
couveuse
spoedkeizersnede
tangverlossing
vacuümextractie
weeënremmers
curettage
buitenbaarmoederlijke zwangerschap
doodgeboorte
`;

/** Death and end of life. */
const overlijden = `
overleden
overlijden
gestorven
ingeslapen
palliatief
palliatieve
terminaal
stervende
stervensfase
overleed
stierf
heengegaan
doodsoorzaak
sterfbed
obductie
levenloos
`;

/** Forensic and protective measures, coercion, abuse and violence. */
const forensisch = `
tbs
gesloten jeugdzorg
gesloten jeugdhulp
machtiging gesloten jeugdhulp
jeugdzorgplus
tbs'er
tbs-maatregel
PIJ
pij-maatregel
ots
ondertoezichtstelling
uithuisplaatsing
uit huis geplaatst
zorgmachtiging
crisismaatregel
IBS
rechterlijke machtiging
dwangopname
separeer
separatie
gesepareerd
dwangmedicatie
mishandeling
mishandeld
kindermishandeling
ouderenmishandeling
huiselijk geweld
partnergeweld
eergerelateerd geweld
seksueel misbruik
misbruikt
verkrachting
verkracht
aanranding
incest
verwaarlozing
verwaarloosd
mensenhandel
zedenzaak
voorwaardelijke tbs
tbs met dwangverpleging
inbewaringstelling
gesloten plaatsing
afzondering
huisverbod
contactverbod
straatverbod
ontucht
zedendelict
misbruik
`;

/** Social-domain facts the corpus treats as sensitive: debts, housing, guardianship. */
const sociaal = `
huurachterstand
huurschuld
betalingsachterstand
schulden
schuldenproblematiek
problematische schulden
schuldsanering
wsnp
beschermingsbewind
bewindvoering
onder bewind
curatele
onder curatele
mentorschap
dakloos
dakloosheid
uithuiszetting
huisuitzetting
loonbeslag
beslaglegging
arbeidsongeschikt
arbeidsongeschiktheid
volledig afgekeurd
rolstoelgebonden
bedlegerig
`;

/**
 * Symptoms, common seasonal illnesses and states: only a health fact when tied to a person ("meneer heeft
 * griep", "zij is zwanger"), so they start below the reporting threshold.
 */
const symptoom = `
dyspneu
dyspnoe
griep
influenza
covid
covid-19
corona
zwanger
koorts
hoge koorts
hoofdpijn
buikpijn
pijn op de borst
benauwd
benauwdheid
kortademig
kortademigheid
misselijk
misselijkheid
diarree
obstipatie
duizelig
duizeligheid
flauwgevallen
hoesten
verkouden
slapeloosheid
slaapproblemen
somber
somberheid
hallucinaties
nachtmerries
herbeleving
herbelevingen
flashbacks
gewichtsverlies
bloedverlies
verward
verwardheid
vergeetachtig
trauma
traumatisch
flauwvallen
geheugenverlies
vergeetachtigheid
wegrakingen
hartkloppingen
palpitaties
`;

export type GezondheidCategorie =
  | 'aandoening'
  | 'psychiatrie'
  | 'verslaving'
  | 'middelen'
  | 'behandeling'
  | 'medicatie'
  | 'onderzoek'
  | 'bevinding'
  | 'zwangerschap'
  | 'overlijden'
  | 'forensisch'
  | 'sociaal'
  | 'symptoom';

export const GEZONDHEID_LEXICON: Readonly<Record<GezondheidCategorie, string>> = {
  aandoening,
  psychiatrie,
  verslaving,
  middelen,
  behandeling,
  medicatie,
  onderzoek,
  bevinding,
  zwangerschap,
  overlijden,
  forensisch,
  sociaal,
  symptoom,
};

/**
 * Heads of compounds: a word that ENDS in one of these after at least three other letters is a health
 * term of the given category (borst|kanker, mamma|operatie, sikkelcel|ziekte, hart|infarct). A head on its
 * own (plain `operatie`, `ziekte`) is not enough. A third field lists the only word endings allowed before
 * the head, for heads that also form ordinary compounds (reddings|operatie, markt|falen).
 */
export const GEZONDHEID_KOPPEN = `
kanker | aandoening
tumor | aandoening
ontsteking | aandoening
infectie | aandoening
infarct | aandoening
bloeding | aandoening
trombose | aandoening
embolie | aandoening
fractuur | aandoening
ziekte | aandoening
syndroom | aandoening
insufficiëntie | aandoening
falen | aandoening | hart nier lever long orgaan
allergie | aandoening
letsel | aandoening
stoornis | psychiatrie
depressie | psychiatrie
psychose | psychiatrie
verslaving | verslaving
verslaafde | verslaving
afhankelijkheid | verslaving | alcohol drugs opiaat opioïd opioid benzo benzodiazepine nicotine gok cannabis medicijn middelen
ontwenning | verslaving | alcohol drugs opiaat opioïd opioid benzo nicotine
opname | behandeling | ziekenhuis crisis spoed psychiatrische klinische
operatie | behandeling | hart mamma borst heup knie rug buik darm maag long lever nier oog staar hernia schouder enkel pols hand voet been arm hoofd hersen hersenen keel neus oor amandel galblaas baarmoeder prostaat blaas schildklier vaat bypass spoed kijk sleutelgat tumor kanker gewricht kaak wervel nek elleboog heupfractuur
therapie | behandeling
transplantatie | behandeling
amputatie | behandeling
ectomie | behandeling
scopie | behandeling
biopsie | behandeling
mishandeling | forensisch
pijn | symptoom
klachten | symptoom
`;

/**
 * Tails of compounds: a listed term followed directly by one of these is still that term, and only the
 * term is the span (delier|preventie → `delier`, dementie|patiënt → `dementie`).
 */
export const GEZONDHEID_STAARTEN = `
pleister
pleisters
preventie
klachten
aanval
aanvallen
episode
patiënt
patiënte
patiënten
behandeling
medicatie
screening
randje
verdenking
diagnose
problematiek
wond
kuur
spiegel
gebruik
onderzoek
diagnostiek
test
testen
uitslag
`;

/**
 * Measurements: a number right after one of these words (optionally after `is`, `was`, `van`, `:`) is a
 * test result (`cholesterol is 7,2`, `totaal IQ 84`, `saturatie 88%`).
 */
export const GEZONDHEID_MEETWAARDEN = `
cholesterol
ldl
iq
tiq
glucose
bloedsuiker
suiker
suikers
hba1c
bloeddruk
saturatie
hb
hemoglobine
crp
psa
inr
egfr
kreatinine
bmi
tsh
kalium
natrium
ferritine
troponine
mmse
apgar
apgarscore
hartslag
`;
