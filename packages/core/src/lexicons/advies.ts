/**
 * Individual care advice (`cue | soort`). `advies`: a diagnosis, dose or instruction for one person;
 * `advies-zwak`: weaker instructions that count only in a reply to one person (@naam);
 * `verwijzing`: a referral, which makes general information acceptable on its own.
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
`;
