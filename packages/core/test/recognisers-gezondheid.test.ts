import { describe, expect, it } from 'vitest';
import { GEZONDHEID_LEXICON } from '../src/lexicons/gezondheid.js';
import { parseLexicon } from '../src/lexicons/parse.js';
import gezondheid from '../src/recognisers/gezondheid.js';
import { MIN_SCORE } from '../src/recognisers/types.js';
import { analyse } from '../src/text/document.js';

const found = (text: string) =>
  gezondheid
    .recognise(analyse(text))
    .filter((d) => d.score >= MIN_SCORE)
    .map((d) => d.text);

describe('gezondheid lexicon', () => {
  it('is substantial and covers every category', () => {
    let total = 0;
    for (const [categorie, source] of Object.entries(GEZONDHEID_LEXICON)) {
      const n = parseLexicon(source).length;
      expect(n, categorie).toBeGreaterThan(8);
      total += n;
    }
    expect(total).toBeGreaterThan(1000);
  });
  it('has no duplicate terms within a category', () => {
    for (const source of Object.values(GEZONDHEID_LEXICON)) {
      const terms = parseLexicon(source);
      expect(new Set(terms).size).toBe(terms.length);
    }
  });
});

describe('gezondheid: health facts about a person', () => {
  it.each<[string, string[]]>([
    // diagnoses and conditions
    ['Mevrouw heeft sinds vorig jaar COPD en is erg benauwd.', ['COPD', 'benauwd']],
    ['Zijn vrouw is gediagnosticeerd met borstkanker.', ['borstkanker']],
    ['Meneer lijdt aan de ziekte van Parkinson.', ['ziekte van Parkinson']],
    ['Hij heeft type 2 diabetes en gebruikt metformine.', ['type 2 diabetes', 'metformine']],
    ['Onze bewoner met het syndroom van Down viert feest.', ['syndroom van Down']],
    ['Haar zoon heeft sikkelcelanemie.', ['sikkelcelanemie']],
    ['De patiënt met longkanker op kamer 4 wil praten.', ['longkanker']],
    ['Zij kwam binnen met een hersenbloeding.', ['hersenbloeding']],
    ['Hij is HIV-positief, dat weet niemand.', ['HIV-positief']],
    // psychiatry and addiction
    ['Mijn cliënt is psychotisch en hoort stemmen.', ['psychotisch']],
    ['Haar dochter heeft anorexia nervosa.', ['anorexia nervosa']],
    ['Meneer heeft griep en blijft op bed.', ['griep']],
    ['Je lithiumspiegel was 1,2 vanochtend.', ['lithium', '1,2']],
    ['Mijn cliënte van 16 is zwanger.', ['zwanger']],
    ['Zij heeft een UWI en krijgt nitrofurantoïne.', ['UWI', 'nitrofurantoïne']],
    ['Mag ik je iets vragen over je depressie?', ['depressie']],
    ['Je suïcidale gedachten nemen we serieus.', ['suïcidale gedachten']],
    ['Hij deed vorige week een suicidepoging.', ['suicidepoging']],
    ['Zijn gokverslaving kost het gezin alles.', ['gokverslaving']],
    ['Mevrouw heeft een paniekstoornis en ADHD.', ['paniekstoornis', 'ADHD']],
    ['Hij is bekend met schizofrenie en alcoholmisbruik.', ['schizofrenie', 'alcoholmisbruik']],
    // treatments and procedures
    ['Ze start maandag met haar bestralingen.', ['bestralingen']],
    ['Meneer kreeg gisteren een heupoperatie.', ['heupoperatie']],
    ['Na zijn openhartoperatie mag hij niet autorijden.', ['openhartoperatie']],
    ['Zij had een kijkoperatie aan haar knie.', ['kijkoperatie']],
    ['Uw coloscopie staat gepland voor dinsdag.', ['coloscopie']],
    ['Hij is gisteren gereanimeerd op straat.', ['gereanimeerd']],
    // medication
    ['Uw oxazepam kunt u ophalen bij de apotheek.', ['oxazepam']],
    ['Hij gebruikt lithium en quetiapine.', ['lithium', 'quetiapine']],
    ['Zij slikt al jaren antidepressiva.', ['antidepressiva']],
    // results and values
    ['Uw HbA1c is 64, dat is te hoog.', ['HbA1c', '64']],
    ['Zijn saturatie was 88 vanochtend.', ['saturatie', '88']],
    ['De uitslag van je bloedonderzoek is binnen.', ['bloedonderzoek']],
    ['Haar psa-waarde is gestegen.', ['psa-waarde']],
    ['Zijn bloeddruk: 160/95, dus ophogen.', ['160/95']],
    // findings, pregnancy, death
    ['Bij meneer zijn uitzaaiingen in de lever gevonden.', ['uitzaaiingen']],
    ['Zij kreeg helaas een miskraam.', ['miskraam']],
    ['Mevrouw is vannacht rustig ingeslapen.', ['ingeslapen']],
    // forensic and social domain
    ['Hij heeft een zorgmachtiging sinds maart.', ['zorgmachtiging']],
    ['Voor haar kinderen geldt een ots.', ['ots']],
    ['Het gezin heeft problematische schulden.', ['problematische schulden']],
    ['Er is sprake van huiselijk geweld bij haar thuis.', ['huiselijk geweld']],
    ['Meneer staat onder curatele.', ['onder curatele']],
    // compounds and hyphenated words
    ['Je hartfalenklachten nemen toe.', ['hartfalen']],
    ['Haar longontstekingen komen steeds terug.', ['longontstekingen']],
    ['Zijn migraine-aanvallen duren dagen.', ['migraine']],
    ['Mevrouw heeft een decubituswond op haar hiel.', ['decubitus']],
    ['Hij viel en heeft zijn pols gebroken.', ['pols gebroken']],
    ['Haar zoon gebruikt cocaïne.', ['cocaïne']],
    ['De bloedsuiker van meneer was 22 vanochtend.', ['bloedsuiker', '22']],
    ['Zijn saturatie zakte tot 82% vannacht.', ['saturatie', '82']],
    ['Bij haar is de kanker uitgezaaid.', ['kanker', 'uitgezaaid']],
    ['Patiënt kreeg een TIA en daarna een CVA.', ['TIA', 'CVA']],
    ['Dochter van mevrouw heeft het syndroom van Asperger.', ['syndroom van Asperger']],
    ['Haar kind heeft diabetes type 1 en een insulinepomp.', ['diabetes type 1', 'insulinepomp']],
  ])('%s', (text, spans) => {
    expect(found(text)).toEqual(spans);
  });
});

describe('gezondheid: general or non-health statements', () => {
  it.each([
    'Veel mensen met diabetes weten het zelf niet.',
    'Voorlichting over depressie op scholen werkt.',
    'Bij verdenking van sepsis altijd snel antibiotica geven.',
    'Iedereen kan een burn-out krijgen, praat erover.',
    'Jongeren vragen vaak of cannabis verslavend is.',
    'Webinar over dementie op donderdag, meld je aan!',
    'Heeft u koorts? Blijf dan thuis.',
    'Na de operatie ging hij naar huis.',
    'De uitslag komt volgende week.',
    'Als je wilt, bel ik je morgen.',
    'Ik plan het overleg via MS Teams.',
    'Dat was een bof, zeg!',
    'Wij zijn ALS TEAM heel trots.',
    'De interpunctie in dit verslag klopt niet.',
    'We deden een quickscan van de wijk.',
    'Mooie #dementie #zorg dag vandaag',
    'Hoe staat het met de medicatielijst?',
    'Blij met de nieuwe ECG-apparatuur op de afdeling.',
    'Cocaïne is steeds makkelijker te krijgen.',
    'Het RIVM meldt dat de griep vroeg is dit jaar.',
    'Vandaag de training reanimatie gevolgd met het team.',
    'Hoe voorkom je decubitus bij bedlegerige ouderen?',
    'Dank aan de collega’s van de dementie-afdeling!',
    'Het aantal overleden patiënten daalt.',
    'Hulp nodig bij schulden? Bel de gemeente.',
    'Ik had vandaag zelf hoofdpijn.',
    'Wist je dat bewegen helpt tegen depressie?',
    'Cliënten met schulden kunnen bij ons terecht.',
    'Nieuwe podcast over schizofrenie, luister je mee?',
    'Hoe herken je een beroerte?',
    'Krijg de tyfus, riep hij op de gang.',
    'Het is nog wat prematuur om dat te beslissen.',
    'Ze wonnen nipt van het andere team.',
    'Mevrouw Pfeiffer belde over de planning.',
    'Hij is echt een crack in Excel.',
    'De griep is er weer vroeg bij dit jaar.',
    'Angst voor de gevolgen houdt professionals tegen.',
    'Op het gebied van schulden en verslaving werken we samen.',
    'Tijdens corona werkten we thuis.',
    'De reddingsoperatie duurde de hele nacht.',
    'Er is sprake van marktfalen in de thuiszorg.',
    'Zijn manie voor lijstjes is bekend.',
    'Zij braken het record van vorig jaar.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('gezondheid: scores and explanations', () => {
  it('scores a term tied to a person above the same term in a general statement', () => {
    const score = (t: string) => gezondheid.recognise(analyse(t)).find((d) => d.text === 'epilepsie')!.score;
    expect(score('Haar epilepsie is onder controle.')).toBeGreaterThan(score('Mensen met epilepsie mogen soms niet autorijden.'));
    expect(score('Mensen met epilepsie mogen soms niet autorijden.')).toBeLessThan(MIN_SCORE);
  });
  it('explains in Dutch which category fired and which context words counted', () => {
    const [d] = gezondheid.recognise(analyse('Zijn dementie gaat hard achteruit.'));
    expect(d!.explanation).toContain('gezondheidstermen');
    expect(d!.explanation).toContain("'zijn'");
  });
  it('gives offsets that point at the text, also after emoji and diacritics', () => {
    const text = '👵🏼 Oma Anaïs (91) heeft sinds kort insuline nodig.';
    for (const d of gezondheid.recognise(analyse(text))) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(found(text)).toEqual(['insuline']);
  });
});
