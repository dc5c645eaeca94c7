/**
 * Broad word families for substantive care and social-domain content in a message (one cue a line), added
 * by the channel rule to the `inhoud` cues of `kanaal.ts`: debts and bailiffs, child protection and domestic
 * violence, developmental and psychiatric diagnoses, test findings, and therapy
 * dialogue (what the client told, feelings, safety plans). Practical words (appointments, times) stay out.
 */
export default String.raw`
# debts, income, housing
deurwaarder*
beslaglegging*
beslag .. leggen
beslag gelegd
beslag op
belastingschuld*
huurschuld*
energieschuld*
zorgschuld*
schuld bij
loonbeslag
schuldsanering
wsnp
schuldhulptraject*
schuldeiser*
*schulden
betalingsachterstand*
huisuitzetting
ontruiming
uitkering* .. lager
uitkering* .. stopgezet
aanvraag .. afgewezen
# child protection, domestic violence
veilig thuis
huiselijk geweld
kindermishandeling
jeugdbescherming
gezinsvoogd*
voogdij
# development, psychiatry
leerachterstand
dyslexie
autisme
adhd
*stoornis
depressie
psychose
suïcidaal
# findings
biopsie
kwaadaardig
goedaardig
uitzaaiing*
tumor
was positief
positief op
negatief op
conclusies
# therapy dialogue
onze sessie van
de sessie van gisteren
naar aanleiding van onze sessie
g-schema*
gedachteschema*
uitdaagvragen
uitdaagvraag
disfunctionele gedachte*
exposure-opdracht*
exposureopdracht*
vertelde je
je vertelde
gaf .. aan dat
veiligheidsplan
signaleringsplan
crisisplan
aan de dood
herbeleving*
nachtmerrie*
emdr
# more social-domain and safeguarding content
wmo*
*aanvraag .. afgewezen
misbruik
vertrouwensarts
*achterstand
je zei in
zei je in
daar .. over praten
kinderen slaat
moeten dit melden
geslagen wordt
melding gedaan
`;
