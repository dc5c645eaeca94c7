/**
 * First names that are also frequent ordinary Dutch (or English) words, so that a capitalised occurrence
 * at the start of a sentence or in a headline is usually not a name: `Ben je er?`, `Wil jij…`, `Door de
 * drukte…`, `Mark je agenda`, `Per direct`. Such a name only counts as PERSOON after a cue (`Hoi Ben`,
 * `collega Roos`) or when a surname follows (`Mark Jansen`). Written for Zorgvuldig, chosen by hand from
 * the overlap of the first-name lists with the OpenTaal word list; whitespace-separated, lowercase.
 */
export default `
ben bent wil door elke adem dik taco ton ad mark max per lot art ode bes rim vin job ken toon kas staf wolf storm winter lente zomer herfst
helder junior sultan hope free summer angel scout rover jack roman marine trui rosa lila tilde fee erica
flora vita alma gloria nova donna violet ruby daisy roos aster berk lies sus mare hebe
august april juni mei june may will grace faith joy happy sunny honey rock sky river
nada cara aurora medina reine
`;
