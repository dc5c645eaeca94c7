/**
 * Public complaints about colleagues, management or the institution (`cue | soort`). `doelwit`: who is
 * criticised; `klacht`: the criticism itself. A complaint needs both, in a text others can read.
 */
export default String.raw`
collega* | doelwit
directie | doelwit
directeur | doelwit
bestuur | doelwit
bestuurder* | doelwit
raad van bestuur | doelwit
management | doelwit
manager* | doelwit
locatiemanager* | doelwit
teamleider* | doelwit
teammanager* | doelwit
de planning | doelwit
planner | doelwit
planners | doelwit
roosteraar* | doelwit
leidinggevende* | doelwit
de leiding | doelwit
leiding | doelwit
mijn baas | doelwit
onze baas | doelwit
werkgever | doelwit
gemeente | doelwit
zorgverzekeraar* | doelwit
onze organisatie | doelwit
het ziekenhuis | doelwit
ons ziekenhuis | doelwit
afdelingshoofd* | doelwit
chef | doelwit
maatschap | doelwit
planning | doelwit
roosteraar* | doelwit
arts-assistent* | doelwit
chirurg* | doelwit
internist* | doelwit
specialist* | doelwit
zo klaar met | klacht
ben er klaar mee | klacht
ik ben er klaar mee | klacht
laat altijd alles liggen | klacht
laat .. liggen | klacht
doet nooit | klacht
nooit wat | klacht
altijd te laat | klacht
helemaal klaar met | klacht
schande | klacht
triest | klacht
teleurgesteld in | klacht
weer wordt er bezuinigd | klacht
treurig | klacht
onbegrijpelijk | klacht
wanbeleid | klacht
wanbestuur | klacht
zakkenvuller* | klacht
graaier* | klacht
krijgen een bonus | klacht
bezuinigt weer | klacht
schandalig | klacht
belachelijk | klacht
waardeloos | klacht
waardeloze | klacht
incompetent* | klacht
onbekwaam | klacht
amateur* | klacht
stelletje | klacht
onverantwoord | klacht
onkunde | klacht
prutswerk | klacht
knoeit | klacht
blunder* | klacht
hopeloos | klacht
kansloos | klacht
lachertje | klacht
dat hij niet kan | klacht
dat zij niet kan | klacht
dat ze niet kan | klacht
weer eens laten zien | klacht
prutser* | klacht
zooi van gemaakt | klacht
zooitje van gemaakt | klacht
puinhoop | klacht
verprutst | klacht
weer geen | klacht
snap niet dat | klacht
begrijp niet dat | klacht
dit pikt | klacht
dat pikt | klacht
hoe lang nog | klacht
hoe lang laten we | klacht
laten ons stikken | klacht
laat ons stikken | klacht
wordt niet geluisterd | klacht
luistert niet | klacht
snapt .. niks | klacht
snapt .. niets | klacht
heeft geen idee | klacht
had .. een kater | klacht
heeft .. een kater | klacht
te laat komen | klacht
komt altijd te laat | klacht
`;
