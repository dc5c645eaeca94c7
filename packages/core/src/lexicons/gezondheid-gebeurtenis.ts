/**
 * Health events and care facts about a person that are not diagnoses (those are GEZONDHEID spans from the
 * recognisers): admissions, accidents, deaths, care episodes. Lowercase; see rules/cues.ts for the syntax.
 * Words that name a kind of information without its content ("uitslag", "diagnose", "medicatie",
 * "behandeling") are left out: "uw uitslag is binnen" reveals nothing.
 */
export default String.raw`
opgenomen
is opgenomen
ligt bij ons
lag bij ons
lag op de ic
lag in het ziekenhuis
werd opgenomen
ontslagen uit het ziekenhuis
ligt op de ic
ligt op de intensive care
ligt in het ziekenhuis
overleden
is overleden
gestorven
ongeluk
ongeval
gereanimeerd
reanimatie
geopereerd
operatie
bevallen
bevalling
keizersnede
zwanger
zwangere
chemo
bestraling
dialyse
in therapie
suikers
bloedsuiker
bloeddruk
wond
*wond
katheter
infuus
sonde
stoma
gevallen
val van
gebroken
botbreuk
fractuur
hersenschudding
# --- symptoms and decline told in everyday words ("drinkt nauwelijks nog", "raakt de weg kwijt", "hoort weer stemmen")
drinkt nauwelijks
eet nauwelijks
eet bijna niets
eet bijna niks
drinkt bijna niets
wil niet meer eten
wil niet meer drinken
slaapt bijna de hele dag
ligt de hele dag op bed
bed niet meer uit
bed niet uit
ziet bijna niets
ziet bijna niks
hoort bijna niets
raakt de weg kwijt
de weg kwijt
vergeet steeds meer
weet niet meer waar
hoort stemmen
hoort .. stemmen
stemmen in zijn hoofd
stemmen in haar hoofd
sneed zichzelf
sneed ze zichzelf
sneed hij zichzelf
snijdt zichzelf
zich .. gekrast
heeft zich gekrast
gekrast in
weegt nog
kilo afgevallen
promillage
brak .. heup
brak haar
brak zijn
heup gebroken
scheur in de
nog maar een paar dagen
nog maar een paar weken
nog maar kort te leven
is uitbehandeld
in het hospice
naar het hospice
op de crisisplek
naar de crisisplek
`;
