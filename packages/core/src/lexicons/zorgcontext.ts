/**
 * Words that show a text is about a client, patient, resident or their relatives (`cue | soort`).
 * soort `client`: the care relation itself; `persoon`: a person described in a care setting; `familie`:
 * relatives; `relatie`: words that reveal a care relation with the person addressed ("onze sessie",
 * "je behandeling"); `kennis`: a neighbour or acquaintance, who stays a third person after "mijn" ("mijn
 * buurmeisje"). Used to decide whether identifying details concern someone in care.
 */
export default String.raw`
patiënt* | client
patient* | client
oud-patiënt* | client
cliënt* | client
client* | client
oud-cliënt* | client
bewoner* | client
behandel ik | client
was zijn begeleider | relatie
al onze sessies | relatie
na onze sessies | relatie
onze gesprekken | relatie
was haar begeleider | relatie
was zijn behandelaar | relatie
was haar behandelaar | relatie
was zijn mentor | relatie
was haar mentor | relatie
was zijn therapeut | relatie
was haar therapeut | relatie
was zijn hulpverlener | relatie
was haar hulpverlener | relatie
was zijn casemanager | relatie
was haar casemanager | relatie
ik behandel | client
begeleid ik | client
ik begeleid | client
bewoonster* | client
zorgvrager* | client
pupil* | client
pleegkind* | client
jeugdige | client
deelnemer* | client
gezin | client
meneer | persoon
pt | client
buurmeisje | kennis
buurjongen | kennis
buurvrouw | kennis
buurman | kennis
buurjongetje | kennis
klasgenoot | kennis
broertje | familie
zusje | familie
mevrouw | persoon
mevr | persoon
mw | persoon
dhr | persoon
heer | persoon
opa | persoon
oma | persoon
man | persoon
vrouw | persoon
jongen | persoon
meisje | persoon
jongeman | persoon
jonge vrouw | persoon
baby* | persoon
tweeling | persoon
zuigeling | persoon
kind | persoon
motorrijder | persoon
fietser | persoon
automobilist | persoon
voetganger | persoon
slachtoffer* | persoon
toerist* | persoon
dame | persoon
zanger* | persoon
familie | familie
familieleden | familie
familielid | familie
mantelzorger* | familie
moeder | familie
vader | familie
ouders | familie
dochter | familie
zoon | familie
zoontje | familie
dochtertje | familie
echtgeno* | familie
kinderen | familie
onze sessie | relatie
onze volgende sessie | relatie
ons gesprek | relatie
ons volgende gesprek | relatie
je behandeling | relatie
jouw behandeling | relatie
uw behandeling | relatie
je therapie | relatie
jouw therapie | relatie
je afspraak | relatie
uw afspraak | relatie
je opname | relatie
uw opname | relatie
bij ons op de poli | relatie
bij mij in behandeling | relatie
# --- maternity care
kraamvrouw* | client
mama | persoon
moeder van de baby | persoon
# --- people described in a care setting
dametje | persoon
oudje | persoon
oudjes | persoon
vrouwtje | persoon
mannetje | persoon
meid | persoon
`;
