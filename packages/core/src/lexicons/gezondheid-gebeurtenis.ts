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
`;
