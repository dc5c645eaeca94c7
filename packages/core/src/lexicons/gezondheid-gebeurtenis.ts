/**
 * Health events and care facts about a person that are not diagnoses (those are GEZONDHEID spans from the
 * recognisers): admissions, accidents, deaths, care episodes. Lowercase; see rules/cues.ts for the syntax.
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
behandeling
suikers
bloedsuiker
bloeddruk
uitslag
uitslagen
diagnose
medicatie
medicijnen
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
`;
