/**
 * Words that show a text is about a client, patient, resident or their relatives (`cue | soort`).
 * soort `client`: the care relation itself; `persoon`: a person described in a care setting; `familie`:
 * relatives. Used to decide whether identifying details concern someone in care.
 */
export default String.raw`
patiënt* | client
patient* | client
oud-patiënt* | client
cliënt* | client
client* | client
oud-cliënt* | client
bewoner* | client
bewoonster* | client
zorgvrager* | client
pupil* | client
pleegkind* | client
jeugdige | client
deelnemer* | client
gezin | client
meneer | persoon
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
moeder | familie
vader | familie
ouders | familie
dochter | familie
zoon | familie
echtgeno* | familie
kinderen | familie
`;
