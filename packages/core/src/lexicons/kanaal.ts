/**
 * Cues for the channel rule (`cue | soort`). `inhoud`: substantive care content (results, diagnosis,
 * treatment, therapy dialogue, sensitive social-domain facts); `veilig`: the message points to a secure
 * system or portal instead of carrying the content; `verzoek`: someone asks to receive care content here; `zorgdetail`: a care detail named without its content
 * (medication, sessions, diagnosis), which still tells that someone is a client.
 * A result counts as content only with its verdict ("de uitslag is goed"); "uw uitslag is binnen, belt u
 * even" is practical.
 */
export default String.raw`
uitslag .. goed | inhoud
uitslag .. slecht | inhoud
uitslag .. normaal | inhoud
uitslag .. afwijkend | inhoud
uitslag .. positief | inhoud
uitslag .. negatief | inhoud
uitslag .. helaas | inhoud
uitslagen .. goed | inhoud
uitslagen .. slecht | inhoud
uitslagen .. normaal | inhoud
uitslagen .. afwijkend | inhoud
*uitslagen .. normaal | inhoud
*uitslagen .. goed | inhoud
*uitslag .. afwijkend | inhoud
te hoog | inhoud
te laag | inhoud
verhoogd | inhoud
verlaagd | inhoud
is positief | inhoud
is negatief | inhoud
bloedspiegel | inhoud
bloedwaarde* | inhoud
waarde is | inhoud
diagnose | inhoud
verslag van | inhoud
in de bijlage het verslag | inhoud
foto van de wond | inhoud
foto van het | inhoud
wondfoto* | inhoud
de wond | inhoud
verbandkeuze | inhoud
dosering | inhoud
dosis | inhoud
starten met een | inhoud
stoppen met je | inhoud
stoppen met de | inhoud
neem .. geen tablet | inhoud
neem vanavond | inhoud
je gevoelens | inhoud
je angst | inhoud
je somberheid | inhoud
je trauma | inhoud
wat je vertelde over | inhoud
uitdiepen | inhoud
melding betreffende | inhoud
vermoeden van | inhoud
mishandeling | inhoud
huurachterstand | inhoud
schulden | inhoud
in de schuldhulp | inhoud
schuldhulptraject | inhoud
uithuisplaatsing | inhoud
vrouwenopvang | inhoud
blijf-van-mijn-lijfhuis | inhoud
ondertoezichtstelling | inhoud
depressief | inhoud
overleden | inhoud
# sensitive social-domain facts
deurwaarder | inhoud
beslag | inhoud
beslaglegging | inhoud
betalingsregeling | inhoud
*schuld | inhoud
*schulden | inhoud
schuldsanering | inhoud
uitkering | inhoud
bijstand* | inhoud
toeslag* | inhoud
cjib | inhoud
ontruiming | inhoud
huisuitzetting | inhoud
leerachterstand | inhoud
veilig thuis | inhoud
huiselijk geweld | inhoud
voogdij | inhoud
jeugdhulp | inhoud
reclassering | inhoud
aangifte | inhoud
# what was said in therapy
in de therapie | inhoud
in de sessie | inhoud
in onze sessie | inhoud
uit onze sessie | inhoud
vertelde je | inhoud
je vertelde | inhoud
gaf .. aan dat je | inhoud
hoe voel je je | inhoud
veiligheidsplan | inhoud
aan de dood | inhoud
herbeleving* | inhoud
nachtmerrie* | inhoud
# medical verdicts
kwaadaardig | inhoud
goedaardig | inhoud
uitzaaiing* | inhoud
we vermoeden | inhoud
# care details without their content: enough to break secrecy in a public reply to a known client
medicatie | zorgdetail
medicijnen | zorgdetail
behandeling | zorgdetail
therapie | zorgdetail
sessie* | zorgdetail
afspraken | zorgdetail
dossier | zorgdetail
uitslag* | zorgdetail
opname | zorgdetail
beveiligd* | veilig
beveiligde | veilig
cliëntportaal | veilig
*portaal | veilig
patiëntenportaal | veilig
patiëntportaal | veilig
portaal | veilig
mijngezondheid* | veilig
zorgmail | veilig
siilo | veilig
versleuteld* | veilig
uitslag .. sturen | verzoek
uitslagen .. sturen | verzoek
uitslag .. mailen | verzoek
uitslagen .. mailen | verzoek
uitslag .. appen | verzoek
uitslag .. hier | verzoek
uitslagen .. hier | verzoek
stuur .. uitslag* | verzoek
mail .. uitslag* | verzoek
app .. uitslag* | verzoek
politie | inhoud
opgepakt | inhoud
aangehouden | inhoud
justitie | inhoud
strafzaak | inhoud
*diefstal | inhoud
`;
