/**
 * Weak signs of acute danger (`cue | categorie`): each one alone is everyday ("de pillen liggen klaar", "papa is
 * boos", "mijn broer is weg"), together they read as an emergency. `rules/crisis/signaal.ts` holds which
 * categories combine:
 * - `middel` a means (pills, a rope) with `voorbereiding` (laid out, saved, all at once) in one sentence;
 * - `wapen` a firearm or other weapon (or one taken out) with `angst` (someone afraid) or `dreiging`;
 * - `thuis` a child or client who will not go home with `dreiging` (an angry, threatening parent);
 * - `dreiging` twice (two different threats);
 * - `verward` (someone confused, in night clothes) with `buiten` (out in the cold or the dark);
 * - `verwaarlozing` (days without food or drink) twice, or with a farewell sign;
 * - `vermist` twice (gone and unreachable, or not opening the door with the curtains still closed);
 * - a farewell sign (`afscheid`, crisis.ts and here) with another one, with `vermist` (someone gone or
 *   unreachable), with `voorbereiding` or with `wapen`. Not with a medicine alone: "bedankt voor alles, de
 *   pillen helpen" is a thank-you;
 * - `dank` (thanks for everything, for all those years) only with a farewell sign: thanks alone close many
 *   ordinary messages.
 * An `alledaags` cue (travel, the kitchen, a repair, a landlord, a retirement) sets aside any sign in its sentence.
 * A `gerust` cue (things go well, a move, a holiday, see you) turns every combination off: that is a goodbye
 * of an ordinary kind. Strong signs in crisis.ts count regardless. A medicine or preparation in a question
 * ("kan ik ze tegelijk innemen?") does not count.
 * Farewell wordings that recur in last messages are added here too, in their own category `afscheid`.
 */
export default String.raw`
# --- means: pills and medicines by name or kind
pillen | middel
pil | middel
medicijnen | middel
medicatie | middel
tabletten | middel
strip | middel
strips | middel
lithium | middel
*pam | middel
*pammen | middel
paracetamol* | middel
slaappil* | middel
insuline | middel
antidepressiva | middel
oxycodon | middel
tramadol | middel
morfine | middel
touw | middel
*apine | middel
*oxetine | middel
*pram | middel
*triptyline | middel
*zolam | middel
*codon | middel
# --- preparation or an amount no one takes by mistake
klaargelegd | voorbereiding
klaar gelegd | voorbereiding
klaarliggen | voorbereiding
ligt klaar | voorbereiding
liggen klaar | voorbereiding
gespaard | voorbereiding
opgespaard | voorbereiding
verzameld | voorbereiding
tegelijk .. ingenomen | voorbereiding
tegelijk .. genomen | voorbereiding
tegelijk .. geslikt | voorbereiding
in een keer .. ingenomen | voorbereiding
in een keer .. genomen | voorbereiding
in een keer .. geslikt | voorbereiding
in één keer .. ingenomen | voorbereiding
in één keer .. genomen | voorbereiding
in één keer .. geslikt | voorbereiding
hele strip | voorbereiding
hele doos | voorbereiding
hele pot* | voorbereiding
uit de doos | voorbereiding
naast de fles | voorbereiding
in mn tas voor | voorbereiding
in mijn tas voor | voorbereiding
uit de kast gepakt | voorbereiding
uit het potje | voorbereiding
in een potje | voorbereiding
allemaal gespaard | voorbereiding
bewaard | voorbereiding
lijkt me wel genoeg | voorbereiding
uit de kast gehaald | wapen
uit de kluis gehaald | wapen
# --- weapons
jachtgeweer | wapen
geweer | wapen
pistool | wapen
vuurwapen | wapen
revolver | wapen
kruisboog | wapen
bijl | wapen
# --- someone afraid of what is happening
durf niet naar binnen | angst
durf .. niet naar binnen | angst
durf er niet heen | angst
durf niet aan te bellen | angst
durf niet te gaan | angst
zit er al uren | angst
zit .. al uren mee | angst
ben zo bang | angst
ik ben bang | angst
zijn bang | angst
# --- a threat from a parent, partner or client
zou merken | dreiging
wel merken | dreiging
zal het merken | dreiging
het merken | dreiging
ga je merken | dreiging
krijg je spijt | dreiging
krijgen jullie spijt | dreiging
wacht je .. op | dreiging
weet heus wel waar | dreiging
dan kom ik langs | dreiging
waar je spijt van krijgt | dreiging
let maar op | dreiging
merk je wel wat | dreiging
niks meer te verliezen | dreiging
niets meer te verliezen | dreiging
gaat het voelen | dreiging
ik kom naar binnen | dreiging
sta nu voor jullie kantoor | dreiging
kom maar naar buiten | dreiging
ik heb iets bij me | dreiging
# --- a child or client who does not want to go home
niet naar huis | thuis
nie naar huis | thuis
bij jou .. slapen | thuis
op kantoor slapen | thuis
bij jullie slapen | thuis
# --- someone confused out of doors, or alone without food or drink
weet niet meer waar | verward
weet niet waar ik ben | verward
nachthemd | verward
nachtjapon | verward
pantoffels | verward
alzheimer | verward
op blote voeten | verward
herkent me niet | verward
dement | verward
pyjama | verward
huis weggehaald | verward
herkent .. niet meer | verward
het vriest | buiten
is donker | buiten
sta buiten | buiten
buiten de deur | buiten
loopt .. over de | buiten
op straat | buiten
geen jas aan | buiten
staat .. buiten | buiten
de rivier over | buiten
langs de snelweg | buiten
het regent | buiten
de deur uitgegaan | buiten
richting het kanaal | buiten
richting het water | buiten
dagen niks gegeten | verwaarlozing
dagen niets gegeten | verwaarlozing
dagen niet gegeten | verwaarlozing
drinken lukt .. niet | verwaarlozing
kan niet meer drinken | verwaarlozing
kom mijn bed niet meer uit | verwaarlozing
niks gegeten | verwaarlozing
niets gegeten | verwaarlozing
niks gedronken | verwaarlozing
niets gedronken | verwaarlozing
# --- someone gone or unreachable
is sinds .. weg | vermist
is vermist | vermist
niet thuisgekomen | vermist
niet thuis gekomen | vermist
telefoon staat uit | vermist
onbereikbaar | vermist
weet niet waar hij is | vermist
weet niet waar ze is | vermist
neemt niet op | vermist
telefoon niet op | vermist
krant .. in de bus | vermist
weer weg uit | vermist
doet .. niet open | vermist
gordijnen .. dicht | vermist
krant .. op de mat | vermist
# --- farewells in last messages
geen zorgen meer | afscheid
spullen verdeeld | afscheid
spullen .. verdeeld | afscheid
mag jij hebben | afscheid
mag je hebben | afscheid
mogen jullie hebben | afscheid
alles opgeschreven | afscheid
hoeven niet meer | afscheid
hoeft .. niet meer te komen | afscheid
is het te laat | afscheid
te laat voor mij | afscheid
brief ligt klaar | afscheid
briefje | afscheid
al die jaren | dank
dank voor je geduld | dank
dank voor alle | dank
therapie niet afmaak | afscheid
dat iemand wist | afscheid
brief op de keukentafel | afscheid
beter voor haar zorgen dan ik | afscheid
beter voor hem zorgen dan ik | afscheid
oude foto's .. kijken | afscheid
oude fotos .. kijken | afscheid
hoeft u niet te komen | afscheid
hoef je niet te komen | afscheid
bedankt voor alle | dank
dat ik van haar hou | afscheid
dat ik van hem hou | afscheid
dat ik van jullie hou | afscheid
dat ik van ze hou | afscheid
maakt niet meer uit | afscheid
dat iemand het wist | afscheid
dat iemand het weet | afscheid
aan iemand kwijt | afscheid
nog naar beneden kom | afscheid
ik heb een plan | afscheid
bovenste galerij | afscheid
niet bellen | afscheid
op het perron | afscheid
hoef je niet meer | afscheid
hoeft u niet meer | afscheid
allemaal geregeld | afscheid
sleutel ligt | afscheid
sleutel onder de mat | afscheid
kat gaat naar | afscheid
hond gaat naar | afscheid
katten gaan naar | afscheid
altijd lief voor me | afscheid
wou alleen nog zeggen | afscheid
wilde nog even zeggen | afscheid
brieven voor | afscheid
brief voor mijn | afscheid
voor mij te laat | afscheid
vanavond is de avond | afscheid
tot ooit | afscheid
op papier gezet | afscheid
daar blijf ik | afscheid
waarom ik .. dit stuur | afscheid
er komt toch niemand | afscheid
maakt ook niet uit | afscheid
niet hun schuld | afscheid
niet jullie schuld | afscheid
niemands schuld | afscheid
zorg goed voor de | afscheid
niet aan jou lag | afscheid
niet aan u lag | afscheid
de enige was die | afscheid
heeft er meer aan dan ik | afscheid
ook niet zoveel uit | afscheid
altijd aardig voor me geweest | afscheid
alles is geregeld | afscheid
sleutels liggen bij | afscheid
dankjewel voor alles | dank
lag niet aan jou | afscheid
lag niet aan u | afscheid
hoeft eigenlijk niet meer | afscheid
laatste tweet | afscheid
laatste post | afscheid
op de parkeergarage | afscheid
wou nog even zeggen | afscheid
nog even zeggen dat | afscheid
voel me heel rustig | afscheid
knuffels .. gegeven | afscheid
spullen .. gegeven | afscheid
# --- everyday settings: a place or means in a sentence about travel, the kitchen, a repair, a landlord or a
# retirement is what it seems ("storing op het spoor", "reiskosten voor de trein", "met een mes groente
# snijden", "vast in de lift van de flat", "de verhuurder reageert niet"): the only strong sign of that
# sentence does not count, and the word model stays silent. Two different signs still count ("op het station,
# de trein neem ik niet als passagier"). No platforms or trains here: that is where people stand in danger
vertraging | alledaags
storing | alledaags
reiskosten | alledaags
trein gemist | alledaags
ov | alledaags
ov-chipkaart | alledaags
ov-kaart | alledaags
overstap* | alledaags
treinkaart* | alledaags
in de lift | alledaags
monteur | alledaags
kookles | alledaags
keukenmes | alledaags
uien | alledaags
groente | alledaags
aardappels | alledaags
met pensioen | alledaags
pensioen | alledaags
verhuurder | alledaags
huisbaas | alledaags
woningcorporatie | alledaags
verzekeraar | alledaags
# --- reassurance: a message that says things go well is a goodbye of an ordinary kind
gaat goed | gerust
gaat beter | gerust
gaat weer goed | gerust
gaat prima | gerust
voel me beter | gerust
voel me goed | gerust
veel beter | gerust
verhui* | gerust
nieuwe baan | gerust
vakantie | gerust
tot ziens | gerust
tot snel | gerust
tot volgende* | gerust
terugkomafspraak | gerust
zo blij | gerust
niemand is gewond | gerust
is nu weer rustig | gerust
heeft mijn leven gered | gerust
opgelucht | gerust
later weer contact | gerust
weer contact opnemen | gerust
als het wel gaat | gerust
behandeling voorlopig | gerust
voor de jacht | gerust
`;
