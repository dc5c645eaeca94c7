/**
 * Broad word families for personal contact with (former) clients and relatives, added to `relatie.ts` (same
 * `cue | soort` format). `contact`: invitations and private plans (meals, drinks, parties, outings, holidays,
 * visits at home, friendship, private accounts); `flirt`: incoming personal interest (having seen the
 * professional privately, their home, their partner, compliments, dreams); `voorstel` and `uitje`: a
 * proposal followed by a leisure outing, which together make an invitation (`mee`: a go-along proposal
 * after the outing).
 */
export default String.raw`
# --- invitations and shared private plans
uit eten | contact
etentje | contact
samen lunchen | contact
gegeten met een | contact
gegeten met oud* | contact
geluncht met | contact
geborreld met | contact
koffie gedronken met | contact
borrel pakken | contact
borrel doen | contact
een borrel .. pakken | contact
zin om .. borrel* | contact
biertje pakken | contact
wijntje pakken | contact
bakkie | contact
bakje koffie | contact
bak koffie | contact
kopje koffie | contact
kom gerust .. langs | contact
kom eens langs | contact
welkom bij mij | contact
bij mij thuis .. koffie | contact
bij mij .. logeren | contact
bij jou .. logeren | contact
bij je .. logeren | contact
bij u .. logeren | contact
kom je .. logeren | contact
kom bij mij logeren | contact
op mijn verjaardag | contact
mijn verjaardag* | contact
verjaardagsfeest* | contact
naar mijn feest* | contact
op je feest* | contact
op jullie feest* | contact
naar je feest* | contact
naar jullie feest* | contact
*feest .. kom graag | contact
*feest .. ben ik erbij | contact
u bent .. uitgenodigd | contact
je bent .. uitgenodigd | contact
jij bent .. uitgenodigd | contact
samen .. ondernemen | contact
naar het voetbal | contact
naar de kroeg | contact
naar de sauna | contact
naar een concert | contact
naar de film | contact
vakantie .. samen | contact
iets leuks .. doen | contact
# --- friendship and private channels
als vrienden | contact
als vriendinnen | contact
vrienden nu | contact
vriendinnen nu | contact
dikke vrienden | contact
dikke vriendinnen | contact
dikke maatjes | contact
echte maatjes | contact
zijn maatjes | contact
buiten de praktijk | contact
buiten de sessies | contact
buiten de therapie | contact
buiten de behandeling | contact
buiten het werk | contact
los van de therapie | contact
los van de behandeling | contact
los van de sessies | contact
los van de begeleiding | contact
gewoon privé | contact
privé kletsen | contact
privé afspreken | contact
privé-insta* | contact
privé-account* | contact
privéaccount* | contact
privé-nummer | contact
privénummer | contact
toegevoegd op | contact
volg je me | contact
ik volg je nu ook | contact
je me hebt toegevoegd | contact
dat je me toevoegde | contact
volg je mij | contact
volg me terug | contact
volg je terug | contact
accepteer ik | contact
# --- incoming personal interest
zag u .. op de | flirt
zag u .. in de | flirt
zag je .. op de | flirt
zag je .. in de | flirt
zag u met | flirt
zag je met | flirt
met uw kinderen | flirt
met uw man | flirt
met uw vrouw | flirt
met uw vriend* | flirt
uw huis gezien | flirt
je huis gezien | flirt
waar u woont | flirt
waar je woont | flirt
langs uw huis | flirt
langs je huis | flirt
heeft u een vriend* | flirt
heeft u .. vriend* | flirt
heb je een vriend* | flirt
bent u getrouwd | flirt
ben je getrouwd | flirt
bent u single | flirt
ben je single | flirt
vind u .. leuk | flirt
vind u .. knap | flirt
vind u .. lief | flirt
vind je echt leuk | flirt
vind je zo leuk | flirt
vind je heel leuk | flirt
niet alleen als ? | flirt
droom .. over je | flirt
droom .. over u | flirt
droomde .. over je | flirt
droomde .. over u | flirt
u op ? gevonden | flirt
je op ? gevonden | flirt
gevonden op insta* | flirt
gevonden op facebook | flirt
ik trakteer | flirt
zin om eens | flirt
# more private plans, events, gifts and compliments
mee te gaan naar | contact
zin om .. mee | contact
gezellig samen | contact
voor de gezelligheid | contact
tegen te komen | contact
drinken we .. samen | contact
eentje samen | contact
vrienden zijn | contact
vriendinnen zijn | contact
op je bruiloft | contact
op jullie bruiloft | contact
op haar bruiloft | contact
op zijn bruiloft | contact
bruiloft van jullie | contact
bruiloft | uitje
getuige | contact
ik ben erbij | contact
pretpark | contact
stedentrip | contact
weekendje weg | contact
bioscoop | contact
geef me je nummer | contact
na het werk | contact
na werktijd | contact
keertje .. wandelen | contact
cadeau* voor u | flirt
cadeau* voor je | flirt
bij u thuis brengen | flirt
bij je thuis brengen | flirt
mooie jurk | flirt
mooi .. aan | flirt
had u .. aan | flirt
had je .. aan | flirt
# catching up, meals at home, getting to know each other, looks, staying in touch
bijkletsen | contact
zin om .. lunch* | contact
komen eten | contact
bij mij .. eten | contact
beter leren kennen | contact
buiten de spreekkamer | contact
vriendin geworden | contact
vriend geworden | contact
privé-mail | contact
privémail | contact
na de behandeling contact | contact
privé contact houden | contact
mis onze gesprekken | contact
naar haar familie in | contact
naar zijn familie in | contact
mooie ogen | flirt
zulke mooie | flirt
je foto's op | flirt
foto's van je | flirt
je foto’s op | flirt
van je vakantie | flirt
# proposals (voorstel) that, followed by a leisure outing (uitje), make an invitation (rules/persoonlijke-relatie/uitnodiging.ts)
zullen we | voorstel
uitnodigen voor | voorstel
nodig je uit | voorstel
nodig u uit | voorstel
zullen wij | voorstel
gaan we | voorstel
zin om | voorstel
heb je zin | voorstel
heeft u zin | voorstel
zin in | voorstel
mag ik u | voorstel
mag ik je | voorstel
met mij naar | voorstel
met mij mee | voorstel
elkaar .. zien | voorstel
shoppen | uitje
winkelen | uitje
restaurant | uitje
concert* | uitje
kroeg | uitje
café | uitje
terras* | uitje
film | uitje
borrel* | uitje
biertje | uitje
wijntje | uitje
drankje | uitje
koffie | uitje
wandelen | uitje
wandeling | uitje
fietstocht* | uitje
sporten | uitje
zwemmen | uitje
dansen | uitje
stappen | uitje
uitgaan | uitje
feest* | uitje
*feest | uitje
verjaardag* | uitje
vakantie | uitje
weekendje | uitje
strand | uitje
sauna | uitje
picknick* | uitje
barbecue | uitje
bbq | uitje
markt | uitje
voetbal | uitje
museum | uitje
theater | uitje
dierentuin | uitje
# friendship and catching up
als maatjes | contact
bijgepraat | contact
gezellig bijgepraat | contact
in de kroeg | contact
# explaining a boundary cancels the signal
uitgelegd dat ik niet | weigering
hoort niet bij mijn werk | weigering
# more invitations and private contact
samen .. trainen | contact
sportschool | uitje
trainen | uitje
altijd appen | contact
over leuke dingen | contact
bij ons komt eten | contact
bij ons .. eten | contact
op vakantie naar | contact
uw telefoonnummer | flirt
je telefoonnummer | flirt
denk .. aan u | flirt
# go-along proposals (mee) that follow the outing they refer to; more outings and compliments
gaat u mee | mee
ga je mee | mee
kom je mee | mee
komt u mee | mee
fietsen | uitje
wielrennen | uitje
hardlopen | uitje
musical | uitje
voorstelling | uitje
mee uit | flirt
mooie vrouw | flirt
mooie man | flirt
# house-warmings, adding as a friend, private help, hugs, weekend plans
housewarming | contact
als vriend | contact
als vriendin | contact
vriend toevoegen | contact
helpen met verhuizen | contact
geholpen met verhuizen | contact
samen .. gegeten | contact
samen pizza | contact
knuffel geven | flirt
koffie met u | flirt
met u drinken | flirt
plannen voor het weekend | flirt
# promises to come, joint ventures, poems, staying friends
beloofd dat ik .. kom | contact
samen een bedrijf* | contact
gedicht voor u | flirt
gedicht voor je | flirt
aan u moet denken | flirt
aan je moet denken | flirt
vriendinnen blijven | contact
vrienden blijven | contact
# --- doing things together with a former client
ex-cliënt* .. en ik | contact
oud-cliënt* .. en ik | contact
ex-patiënt* .. en ik | contact
met mijn ex-cliënt* | contact
met mijn oud-cliënt* | contact
samen met mijn ex-cliënt* | contact
gaan samen een | contact
# --- a thank-you gift or service offered by a client or relative
als dank .. aanbieden | flirt
mag ik u als dank | flirt
mag ik je als dank | flirt
bij u thuis aanbieden | flirt
als bedankje | flirt
# --- meeting up for a drink; keeping a large gift
zin om .. wat te drinken | contact
zin om .. iets te drinken | contact
keer wat drinken | contact
keer wat te drinken | contact
keer iets te drinken | contact
natuurlijk aangenomen | contact
gewoon aangenomen | contact
cadeau .. aangenomen | contact
# --- friendship with a former client made public
zijn we .. vriendinnen | contact
zijn we .. vrienden | contact
nu .. vriendinnen | contact
vriendschap voor het leven | contact
op de verjaardag geweest | contact
samen .. vissen | contact
samen naar het voetbal | contact
samen .. voetbal | contact
weer .. af te spreken | contact
zullen we .. samen | contact
# --- favours and drinks outside work
buiten werktijd | contact
buiten werktijden | contact
niks tegen mijn teamleider | contact
niets tegen mijn teamleider | contact
een biertje te doen | contact
biertje te drinken | contact
kom je ook | contact
neem je vriend .. mee | contact
neem je vriendin .. mee | contact
wijnavond* | contact
etentje gepland | contact
afspraakje | contact
verjaardag van een oud-cliënt* | contact
verjaardag van mijn oud-cliënt* | contact
feest van een oud-cliënt* | contact
ik hou het stil | contact
ik houd het stil | contact
niet aannemen maar | contact
envelop met | contact
samen kijken wat | weigering
samen bespreken | weigering
stuur je .. mijn adres | contact
je hoort er gewoon bij | flirt
kermis | uitje
chillen | uitje
connectie worden | contact
kom graag op de verjaardag | contact
kom graag op je verjaardag | contact
ga ik zeker gebruiken | contact
mijn oud-cliënt* is nu | contact
oud-cliënte is nu ook | contact
kom .. graag op de koffie | contact
houden gewoon contact | contact
we houden contact | contact
mag ik je volgen | contact
je prive acc* | contact
je privé acc* | contact
verjaardag gevierd van een oud-cliënt* | contact
leuk vinden om .. samen | voorstel
lunchen | uitje
`;
