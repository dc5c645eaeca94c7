/**
 * Individual care advice (`cue | soort`). `advies`: a diagnosis, dose or instruction for one person;
 * `advies-zwak`: weaker instructions that count only in a reply to one person (@naam);
 * `medisch`: words for complaints, symptoms and remedies — with a reply to one person they make the
 *   message about that person's health;
 * `verwijzing`: a referral, which makes general information acceptable on its own;
 * `onbekend`: the professional does not know the person ("Eva gaf me je nummer", "ik ken uw situatie niet"),
 *   which makes advice in a private message count as well.
 */
export default String.raw`
je moet .. doen | advies
je moet echt | advies
je moet gewoon | advies
jij moet | advies
zou ik gewoon | advies
zou ik .. nemen | advies
zou ik .. stoppen | advies
ik zou .. nemen | advies
ik zou .. stoppen | advies
gewoon afwachten | advies
even afwachten | advies
niks aan de hand | advies
niets aan de hand | advies
niks ernstigs | advies
is waarschijnlijk | advies
dat is vast | advies
is vast een | advies
is vast je | advies
is vast gewoon | advies
is typisch | advies
typisch een | advies
klinkt als | advies
klinkt .. als | advies
vraag .. huisarts .. om | advies
vraag .. dokter .. om | advies
heb je waarschijnlijk | advies
dubbele dosis | advies
neem .. tablet* | advies
neem .. pil* | advies
stop met je | advies
stoppen met je | advies
verhoog je | advies
verlaag je | advies
hoef je niet naar | advies
ik denk dat je .. hebt | advies
je hebt gewoon | advies
je hebt waarschijnlijk | advies
dan ben je zo weer | advies
# weaker forms: only when the message replies to one person (@naam)
moet je gewoon | advies-zwak
moet je echt | advies-zwak
moet je .. stoppen | advies-zwak
moet je .. nemen | advies-zwak
gewoon stoppen | advies-zwak
gewoon .. stoppen met | advies-zwak
stop met de | advies-zwak
stop .. met je | advies-zwak
ik raad je aan | advies-zwak
raad ik je aan | advies-zwak
dan is het zo over | advies-zwak
neem een | advies-zwak
geef gewoon | advies-zwak
wacht af | advies-zwak
wacht maar af | advies-zwak
is niet erg | advies-zwak
kan geen kwaad | advies-zwak
niks mis mee | advies-zwak
hoeft niet naar | advies-zwak
neem dan | advies-zwak
dan gaat het vanzelf over | advies-zwak
hoeft niet naar de dokter | advies
niet naar de huisarts | advies
bespreek het met | verwijzing
bespreek dit met | verwijzing
overleg met je | verwijzing
overleg met jullie | verwijzing
neem contact op met | verwijzing
raadpleeg | verwijzing
bel 112 | verwijzing
bel je huisarts | verwijzing
bel de huisarts | verwijzing
ga naar je huisarts | verwijzing
naar de huisarts gaan | verwijzing
laat .. bekijken door | verwijzing
vraag het je apotheker | verwijzing
# --- complaints, symptoms and remedies (a reply about these is about someone's health)
*pijn | medisch
pijn | medisch
pijntje | medisch
*pijntje | medisch
koorts | medisch
klacht* | medisch
pil | medisch
pillen | medisch
*pillen | medisch
pilletje* | medisch
tablet* | medisch
zetpil* | medisch
zalf | medisch
*zalf | medisch
kuur | medisch
mg | medisch
dosis | medisch
medicijn* | medisch
medicatie | medisch
antibiotica | medisch
paracetamol | medisch
ibuprofen | medisch
insuline | medisch
*ontsteking | medisch
*kloppingen | medisch
plek* | medisch
plekje* | medisch
vlek | medisch
moedervlek | medisch
bult | medisch
jeuk | medisch
hoest* | medisch
griep* | medisch
verkouden | medisch
duizelig | medisch
misselijk | medisch
tintel* | medisch
steek | medisch
zwelling | medisch
uitslag | medisch
knie | medisch
rug | medisch
angst* | medisch
depressi* | medisch
burn-out | medisch
slapen | medisch
slaappil* | medisch
hormonaal | medisch
*pokken | medisch
*kramp* | medisch
spier* | medisch
dokter | medisch
# --- telling one person what to do or what they have
neem | advies-zwak
slik | advies-zwak
smeer | advies-zwak
probeer | advies-zwak
stop | advies-zwak
verdubbel | advies-zwak
verhoog | advies-zwak
halveer | advies-zwak
geef | advies-zwak
doe | advies-zwak
ga | advies-zwak
drink | advies-zwak
ik zou | advies-zwak
kun je het beste | advies-zwak
kun je beter | advies-zwak
kun je prima | advies-zwak
hoef je .. niet | advies-zwak
hoeft .. niet | advies-zwak
is gewoon | advies-zwak
zijn onschuldig | advies-zwak
is onschuldig | advies-zwak
ziet er onschuldig uit | advies-zwak
is echt niks | advies-zwak
niks om je zorgen | advies-zwak
geen zorgen | advies-zwak
geen dokter nodig | advies-zwak
volgens mij | advies-zwak
is vast | advies-zwak
zijn vast | advies-zwak
is stress | advies-zwak
is .. typisch | advies-zwak
jij hebt | advies-zwak
je hebt | advies-zwak
dat is een | advies-zwak
dat is gewoon | advies-zwak
gewoon blijven | advies-zwak
slikken | advies-zwak
smeren | advies-zwak
innemen | advies-zwak
# --- the formal "u" forms
u moet gewoon | advies
u moet echt | advies
u moet .. doen | advies
u moet die | advies
u moet dat | advies
# --- "kunt u hem prima … geven"
kunt u .. geven | advies
kun je .. geven | advies
kunt u hem | advies
kunt u haar | advies
geef hem gewoon | advies
geef haar gewoon | advies
`;
