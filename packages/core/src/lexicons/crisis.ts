/**
 * Signs of acute danger in an incoming message (`cue | categorie`). Categories: suicide, zelfbeschadiging,
 * geweld, medisch, kinderen, psychose. Phrases, not single ambiguous words: the checker must not cry wolf at
 * every "pijn" or "mes". Syntax of a cue: see rules/cues.ts (`?` one word, `..` up to three words, `x*` prefix).
 */
export default String.raw`
# --- suicidality, direct and indirect
zelfmoord | suicide
suïcide* | suicide
suicide* | suicide
einde aan .. leven | suicide
er een einde aan | suicide
er een eind aan | suicide
einde maken aan | suicide
eind maken aan | suicide
wil dood | suicide
wil niet meer leven | suicide
niet meer leven | suicide
wil er niet meer zijn | suicide
niet meer wakker worden | suicide
dood willen | suicide
doodgaan wil | suicide
mezelf van kant | suicide
van kant maken | suicide
mezelf iets aandoen | suicide
mijzelf iets aandoen | suicide
mezelf wat aandoen | suicide
niemand gaat me missen | suicide
niemand zal me missen | suicide
niemand mist me | suicide
niemand zou me missen | suicide
beter af zonder mij | suicide
beter af zonder me | suicide
touw .. klaar* | suicide
touw klaarliggen | suicide
touw gekocht | suicide
afscheidsbrief | suicide
geen zin meer in het leven | suicide
geen zin meer in leven | suicide
leven heeft geen zin | suicide
leven .. geen zin meer | suicide
om te springen | suicide
wil springen | suicide
ga springen | suicide
mezelf ophangen | suicide
mijzelf ophangen | suicide
pillen gespaard | suicide
pillen verzameld | suicide
denk .. aan doodgaan | suicide
wil .. dood zijn | suicide
afscheidsbrief* | suicide
voor de trein | suicide
van het dak springen | suicide
van de brug springen | suicide
springen van | suicide
# overdoses, taken or planned
allemaal innemen | suicide
allemaal ingenomen | suicide
ze allemaal in | suicide
hele doos | suicide
doos .. innemen | suicide
alles ingenomen | suicide
heeft allemaal geen zin meer | suicide
afscheid genomen van mijn kind* | suicide
afscheid genomen van mijn familie | suicide
afscheid genomen van mijn ouders | suicide
afscheid genomen van iedereen | suicide
afscheid .. van iedereen | suicide
strip* .. genomen | suicide
pillen genomen | suicide
pillen ingenomen | suicide
alle pillen | suicide
al mijn pillen | suicide
alle medicijnen ingenomen | suicide
overdosis | suicide
uit de strips gedrukt | suicide
al mijn pillen | suicide
alle pillen .. verzameld | suicide
pillen gespaard | suicide
pillen .. opgespaard | suicide
al mijn medicijnen .. ingenomen | suicide
niet aan u ligt | afscheid
niet aan jou ligt | afscheid
op het balkon | afscheid
tegen een boom .. rijden | suicide
tegen een boom wil | suicide
trein neem ik niet | suicide
niet als passagier | suicide
voor een trein | suicide
niet haar schuld | afscheid
niet jouw schuld | afscheid
niet uw schuld | afscheid
niet zijn schuld | afscheid
sta op station | afscheid
sta op het station | afscheid
durf hem niet alleen te laten | suicide
durf haar niet alleen te laten | suicide
niet ingenomen maar bewaard | suicide
pillen bewaard | suicide
medicijnen bewaard | suicide
voordat het te laat is | afscheid
ben ik alleen thuis | afscheid
afscheidsbrie* | suicide
neem toch niet op | afscheid
de enige die ik nog vertrouw | afscheid
wat aan .. doen | geweld
me iets aan doen | geweld
zit opgesloten | geweld
zit opgeslote | geweld
opgesloten op de wc | geweld
kan er iemand komen | geweld
slaat .. met de stoel | geweld
# --- self-harm
iets aandoe | zelfbeschadiging
iets aandoen | zelfbeschadiging
iets aan te doen | zelfbeschadiging
mezelf pijn | zelfbeschadiging
mijzelf pijn | zelfbeschadiging
mezelf snijden | zelfbeschadiging
mezelf gesneden | zelfbeschadiging
gesneden in mijn | zelfbeschadiging
weer gesneden | zelfbeschadiging
me .. gesneden | zelfbeschadiging
arm* gesneden | zelfbeschadiging
in mijn arm* | zelfbeschadiging
in mijn polsen | zelfbeschadiging
mezelf gebrand | zelfbeschadiging
mezelf beschadigen | zelfbeschadiging
mes ligt | zelfbeschadiging
mes naast | zelfbeschadiging
scheermesje* | zelfbeschadiging
krassen in mijn | zelfbeschadiging
# --- violence and threats
me geslagen | geweld
mij geslagen | geweld
me .. geslagen | geweld
weer geslagen | geweld
slaat mij | geweld
sloeg me | geweld
sloeg mij | geweld
me geschopt | geweld
mij geschopt | geweld
hem geschopt | geweld
haar geschopt | geweld
mishandelt | geweld
mishandeld | geweld
durf niet .. thuis | geweld
durf .. niet .. naar huis | geweld
slaat me | geweld
sloeg me | geweld
heeft me geslagen | geweld
schopt me | geweld
bedreigt me | geweld
dreigt | geweld
heeft een mes | geweld
mes bij zich | geweld
heeft een wapen | geweld
neem .. mes mee | geweld
neem ik .. mes | geweld
mes .. meenemen | geweld
wapen .. meenemen | geweld
neem .. wapen mee | geweld
en dan is het klaar | afscheid
dan is het afgelopen | afscheid
kinderen mee te nemen | kinderen
staat voor de deur en | geweld
bedreigd met | geweld
wil me vermoorden | geweld
ga hem vermoorden | geweld
ga haar vermoorden | geweld
ga je vermoorden | geweld
vermoord* | geweld
doodmaken | geweld
dood maken | geweld
steek ik | geweld
steek hem | geweld
in elkaar slaan | geweld
met een mes | geweld
durf niet naar huis | geweld
bang voor mijn man | geweld
bang voor mijn vriend | geweld
bang voor mijn vader | geweld
# --- acute medical emergency
gezicht hangt | medisch
mond hangt | medisch
praat ineens | medisch
praat .. raar | medisch
kan niet meer praten | medisch
arm .. slap | medisch
verlamd | medisch
flauwgevallen | medisch
epileptische aanval | medisch
toeval gehad | medisch
een toeval gekregen | medisch
ademt .. moeilijk | medisch
pijn op de borst | medisch
druk op de borst | medisch
straalt uit naar | medisch
uitstraalt naar | medisch
kan niet ademen | medisch
krijg geen lucht | medisch
geen lucht meer | medisch
erg benauwd | medisch
heel benauwd | medisch
bewusteloos | medisch
reageert niet meer | medisch
niet meer wakker te krijgen | medisch
krijg .. niet meer wakker | medisch
krijg .. niet wakker | medisch
ademt niet | medisch
ademt niet meer | medisch
lippen .. blauw | medisch
scheve mond | medisch
kan mijn arm niet | medisch
veel bloed | medisch
bloedt heel erg | medisch
stuip* | medisch
# --- acute danger to children
baby .. geschud | kinderen
kind .. geschud | kinderen
hem iets aandoe | kinderen
haar iets aandoe | kinderen
kinderen hebben honger | kinderen
kinderen .. honger | kinderen
geen eten meer | kinderen
geen eten in huis | kinderen
kind alleen thuis | kinderen
kinderen alleen thuis | kinderen
slaat de kinderen | kinderen
slaat mijn kind* | kinderen
# --- acute psychosis
ik hoor ze | psychose
hoor ze de hele | psychose
zeggen dat ik .. moet | psychose
ze zeggen dat ik | psychose
opofferen | psychose
vergiftig* | psychose
camera's in | psychose
stemmen .. hoort | psychose
stemmen .. hoor | psychose
hoort stemmen | psychose
hoor stemmen | psychose
stemmen horen | psychose
stemmen die | psychose
wordt achtervolgd | psychose
word achtervolgd | psychose
slaapt al dagen niet | psychose
al dagen niet geslapen | psychose
# --- more general families (wording varies endlessly; these are the recurring parts)
niet meer wakker word* | suicide
nooit meer wakker | suicide
er niet meer ben | suicide
er niet meer zijn | suicide
niet meer verder | suicide
klaar met leven | suicide
klaar met het leven | suicide
een last voor | suicide
last voor iedereen | suicide
dat het ophoudt | suicide
nu ophoudt | suicide
op het spoor | suicide
op de rails | suicide
voor als ik er | suicide
plan hoe ik | suicide
hoe ik het ga doen | suicide
moet sterven | psychose
wil sterven | suicide
wil dood | suicide
dood wil | suicide
strip .. geslikt | suicide
pillen geslikt | suicide
pillen .. liggen | suicide
alle pillen | suicide
snij mezelf | zelfbeschadiging
snijd mezelf | zelfbeschadiging
mezelf .. snijden | zelfbeschadiging
gekrast | zelfbeschadiging
kras mezelf | zelfbeschadiging
krassen | zelfbeschadiging
*scherf | zelfbeschadiging
stemmen zeggen | psychose
de stemmen | psychose
via de tv | psychose
via de radio | psychose
gewurgd | geweld
wurgen | geweld
wurgt | geweld
dreigt me | geweld
dreigt .. te steken | geweld
kapot maakt | geweld
maakt me kapot | geweld
in elkaar getrapt | geweld
in elkaar geslagen | geweld
getrapt | geweld
opgesloten | geweld
zwaait met | geweld
te bonken | geweld
bonkt op | geweld
reageert nergens op | medisch
reageert niet | medisch
in elkaar gezakt | medisch
zegt niks meer | medisch
zegt niets meer | medisch
ademt bijna niet | medisch
wordt .. blauw | medisch
helemaal blauw | medisch
bloedt enorm | medisch
bloedt .. hoofd | medisch
het stopt niet | medisch
drukkende pijn | medisch
pijn in mijn borst | medisch
pijn op mijn borst | medisch
linkerarm | medisch
zwellen op | medisch
keel .. zwelt | medisch
keel .. dik | medisch
gezicht zakt | medisch
halve gezicht | medisch
praat opeens | medisch
heel slap | medisch
ligt op de grond | medisch
alleen rond | kinderen
al .. dagen niet thuis | kinderen
iets aandoet | kinderen
ben ik er niet meer | suicide
ik er niet meer ben | suicide
ingeslikt | medisch
moeilijk ademen | medisch
slecht ademen | medisch
kan niet goed ademen | medisch
stikt | medisch
verslikt | medisch
`;
