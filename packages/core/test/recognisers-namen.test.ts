import { describe, expect, it } from 'vitest';
import { adres } from '../src/recognisers/adres.js';
import { instelling } from '../src/recognisers/instelling.js';
import { locatie } from '../src/recognisers/locatie.js';
import { locatieWeg } from '../src/recognisers/locatie-weg.js';
import { persoon } from '../src/recognisers/persoon.js';
import { persoonMention } from '../src/recognisers/persoon-mention.js';
import { postcode } from '../src/recognisers/postcode.js';
import { MIN_SCORE, type Recogniser } from '../src/recognisers/types.js';
import { checkText, detectSpans } from '../src/checker/check.js';
import { analyse } from '../src/text/document.js';
import type { SpanLabel } from '../src/types.js';

const MINE: Recogniser[] = [persoon, persoonMention, locatie, locatieWeg, adres, postcode, instelling];
const LABELS: SpanLabel[] = ['PERSOON', 'LOCATIE', 'INSTELLING'];

/** The PERSOON/LOCATIE/INSTELLING spans the whole checker reports, as `LABEL:text`. */
function found(text: string): string[] {
  return detectSpans(text)
    .filter((d) => LABELS.includes(d.label))
    .map((d) => `${d.label}:${d.text}`);
}

describe('voorbeelden of the name, place and institution recognisers', () => {
  for (const r of MINE) {
    for (const v of r.voorbeelden.vindt) {
      it(`${r.id} finds '${v.span}'`, () => {
        const spans = r.recognise(analyse(v.tekst)).filter((d) => d.score >= MIN_SCORE);
        expect(spans.map((d) => d.text)).toContain(v.span);
      });
    }
    for (const t of r.voorbeelden.vindtNiet) {
      it(`${r.id} finds nothing in an example without ${r.label}`, () => {
        const spans = r.recognise(analyse(t)).filter((d) => d.score >= MIN_SCORE && d.label === r.label);
        expect(spans.map((d) => d.text)).toEqual([]);
      });
    }
  }
});

// Fresh texts in the styles the checker meets (tweets, Facebook posts, e-mails, WhatsApp), written for these
// tests: each lists exactly the PERSOON, LOCATIE and INSTELLING spans the whole checker should report.
const CASES: Array<[string, string[]]> = [
  ['Vanochtend kwam mevrouw Bakker-Visser (kamer 12) terug van de röntgen.', ['PERSOON:Bakker-Visser']],
  ['Hoi Gijs, je moeder vroeg of je haar morgen belt.', ['PERSOON:Gijs']],
  ['Beste mevrouw El Idrissi, uw afspraak is verplaatst.', ['PERSOON:El Idrissi']],
  ['Lieve Fatima, dankjewel voor de bloemen!', ['PERSOON:Fatima']],
  ['Dag Wim, de bus staat om tien uur klaar.', ['PERSOON:Wim']],
  ['Onze bewoner Gerrit is vandaag 95 geworden in Zorgcentrum De Hazelaar!', ['PERSOON:Gerrit', 'INSTELLING:Zorgcentrum De Hazelaar']],
  ['Ik zag Annelies de Bruijn gisteren in de wachtkamer zitten.', ['PERSOON:Annelies de Bruijn']],
  ['Mijn collega Yusuf Kaya gaat naar de nachtdienst.', ['PERSOON:Yusuf Kaya']],
  ['Cliënte Svetlana woont sinds kort in Lelystad.', ['PERSOON:Svetlana', 'LOCATIE:Lelystad']],
  ['dhr van der Wal belde weer over zijn rollator', ['PERSOON:van der Wal']],
  ['mw. bos (bed 4) wil alleen thee', ['PERSOON:bos']],
  ['Verwijsbrief voor A.M. Hoogendoorn is onderweg.', ['PERSOON:A.M. Hoogendoorn']],
  ['meneer T. zat weer te mopperen bij de balie', ['PERSOON:T.']],
  ['Opa Wiebe vertelde weer over zijn tijd op zee.', ['PERSOON:Wiebe']],
  ['@MarloesK dank voor je bericht, ik bel je maandag.', ['PERSOON:MarloesK']],
  ['Familie Öztürk uit Deventer belde drie keer vandaag.', ['PERSOON:Öztürk', 'LOCATIE:Deventer']],
  ['Juf Priscilla heeft de ouders gebeld.', ['PERSOON:Priscilla']],
  ['Onze teamleider Wendy plant altijd de slechtste diensten voor mij.', ['PERSOON:Wendy']],
  ['Huisbezoek bij mevrouw Soekhoe op de Laan van Meerdervoort 120 in Den Haag.', ['PERSOON:Soekhoe', 'LOCATIE:Laan van Meerdervoort 120', 'LOCATIE:Den Haag']],
  ['Nieuw adres van de cliënt: Lindenstraat 14b, 7511 JK Enschede.', ['LOCATIE:Lindenstraat 14b', 'LOCATIE:7511 JK', 'LOCATIE:Enschede']],
  ['Vanavond een ongeluk op de A28 bij Zwolle, drie gewonden bij ons binnen.', ['LOCATIE:A28', 'LOCATIE:Zwolle']],
  ['Weer een mooie dienst gedraaid in het Rijnstate.', ['INSTELLING:Rijnstate']],
  ['Stage gelopen bij GGZ Oost Brabant, echt een aanrader.', ['INSTELLING:GGZ Oost Brabant']],
  ['Opgenomen in het Martini Ziekenhuis met spoed.', ['INSTELLING:Martini Ziekenhuis']],
  ['Drukte op de SEH van het Tergooi MC vannacht.', ['INSTELLING:Tergooi MC']],
  ['Gezellige middag in De Lindehof met de bewoners.', ['INSTELLING:De Lindehof']],
  ['Nieuwe collega begonnen op afdeling 5C.', ['INSTELLING:afdeling 5C']],
  ['Wat een team! #WoonzorgcentrumHetBaken', ['INSTELLING:WoonzorgcentrumHetBaken']],
  ['Zondag fietsen door de Betuwe 🚴', ['LOCATIE:Betuwe']],
  ['Weer een huisbezoek in Overvecht vandaag.', ['LOCATIE:Overvecht']],
  ['Ze woont al veertig jaar in Goes.', ['LOCATIE:Goes']],
  ['Eerste dienst als wijkverpleegkundige in de regio Twente!', ['LOCATIE:Twente']],
  ['Mooie zonsondergang op Terschelling #Terschelling', ['LOCATIE:Terschelling', 'LOCATIE:Terschelling']],
  ['Die man uit Purmerend schold me uit voor een Stalin.', ['LOCATIE:Purmerend', 'PERSOON:Stalin']],
  ['Henk-Jan van Os is onze nieuwe praktijkondersteuner.', ['PERSOON:Henk-Jan van Os']],
  ['Bent u de moeder van Jayden?', ['PERSOON:Jayden']],
  ['Pim de Jong en ik hadden vandaag nachtdienst.', ['PERSOON:Pim de Jong']],
  ['Toos van der Heijden woont nu in Huize Zonneweide in Doorn.', ['PERSOON:Toos van der Heijden', 'INSTELLING:Huize Zonneweide', 'LOCATIE:Doorn']],
  ['Huisbezoek in Utrecht-Oost, daarna naar kantoor.', ['LOCATIE:Utrecht-Oost']],
  ['Haar familie woont nog in Antwerpen.', ['LOCATIE:Antwerpen']],
  ['Dhr. P. Kruidenier belde over zijn herhaalrecept.', ['PERSOON:P. Kruidenier']],
  ['Het rooster is aangepast.\nGroetjes, Mirthe', []],
  ['Kunnen we het Beatrixziekenhuis bellen voor de overdracht?', ['INSTELLING:Beatrixziekenhuis']],
  ['Patiënt vannacht overgeplaatst naar het Antonius Nieuwegein.', ['INSTELLING:Antonius Nieuwegein']],
  ['Ons werkgebied: Nijverdal, Hellendoorn en Rijssen.', ['LOCATIE:Nijverdal', 'LOCATIE:Hellendoorn', 'LOCATIE:Rijssen']],
  ['De crisisdienst in de regio Zuid-Kennemerland is overbelast.', ['LOCATIE:Zuid-Kennemerland']],
  ['Bewoner van Woonzorgcentrum \'t Hooge Huys wordt 100!', ['INSTELLING:Woonzorgcentrum \'t Hooge Huys']],
  ['Kindje opgenomen in het Sophia Kinderziekenhuis vannacht.', ['INSTELLING:Sophia Kinderziekenhuis']],
  ['Die vader van Pietje belde weer over het rapport.', ['PERSOON:Pietje']],
  ['Mijn collega van Leeuwen-Smits is vandaag jarig!', ['PERSOON:van Leeuwen-Smits']],
  ['ik woon sinds kort in zwolle, nog niemand leren kennen', ['LOCATIE:zwolle']],
  ['even met collega anouk overleggen', ['PERSOON:anouk']],
  ['Bewoonster mevrouw Kroon (93) van De Schutse is overleden.', ['PERSOON:Kroon', 'INSTELLING:De Schutse']],
  ['Dhr. Verkerk van de Molenstraat 19 heeft weer gebeld.', ['PERSOON:Verkerk', 'LOCATIE:Molenstraat 19']],
  ['Ze woont op de Willem de Zwijgerlaan 4 in Gouda.', ['LOCATIE:Willem de Zwijgerlaan 4', 'LOCATIE:Gouda']],
  ['Mw. El Khattabi, 2531 KL Den Haag, graag terugbellen.', ['PERSOON:El Khattabi', 'LOCATIE:2531 KL', 'LOCATIE:Den Haag']],
  ['Vannacht een frontale botsing op de N33 bij Veendam.', ['LOCATIE:N33', 'LOCATIE:Veendam']],
  // Nothing to find.
  ['Bloem is mooi, zeker in het voorjaar.', []],
  ['Mark je agenda: scholing op 12 maart!', []],
  ['Hoorn des overvloeds: zoveel taart op de afdeling vandaag.', []],
  ['Goed gedaan allemaal, wat een dienst.', []],
  ['Best wel moe na drie nachten.', []],
  ['het komt in best veel gevallen voor', []],
  ['ik ga straks naar huis en dan naar bed', []],
  ['Ben je morgen ook op de training?', []],
  ['Door de drukte kwam niemand aan pauze toe.', []],
  ['Wil iemand mijn dienst van zaterdag overnemen?', []],
  ['Roos en tulpen staan in de hal, zo gezellig.', []],
  ['Winter is coming: vergeet je griepprik niet.', []],
  ['Beste collega, het rooster staat online.', []],
  ['Dag allemaal, fijne dienst vannacht.', []],
  ['Iedereen in Nederland kan zich laten testen.', []],
  ['Wij werken met de ggz en het wijkteam samen.', []],
  ['Het ziekenhuis en de afdeling waren vandaag erg druk.', []],
  ['Maandag start de nieuwe scholing, Dinsdag de toets.', []],
  ['Elke dag telt, zeker op de IC.', []],
  ['Veilig Thuis is altijd bereikbaar voor advies.', []],
  ['Per direct zoeken wij een verpleegkundige.', []],
  ['Print het formulier op A4 en neem het mee.', []],
  ['Berlijn is een mooie stad voor een stedentrip.', []],
  ['Ik werk als wijkverpleegkundige. Elke ochtend fiets ik door weer en wind.', []],
  ['Graag een afspraak op de poli. Met vriendelijke groet, Fam. Yıldırım', []],
  ['Net het jaarverslag van de Inspectie gelezen.', []],
  ['Op zaterdag werk ik bij de Albert Heijn.', []],
  ['De regels van de Jeugdwet en de Wmo gelden ook hier.', []],
  ['In Rotterdam 12 nieuwe meldingen deze week.', ['LOCATIE:Rotterdam']],
  ['Ik ga vanavond bij Jos langs.', ['PERSOON:Jos']],
];

describe('names, places and institutions in fresh texts (whole checker)', () => {
  for (const [text, expected] of CASES) {
    it(`${expected.length ? expected.join(', ') : 'nothing'} in: ${text.slice(0, 40)}…`, () => {
      expect(found(text).sort()).toEqual([...expected].sort());
    });
  }
});

describe('explanations and scores', () => {
  it('says in Dutch why a name was found, naming the cue', () => {
    const d = persoon.recognise(analyse('Gisteren sprak ik meneer Dijkhuizen.'))[0]!;
    expect(d.explanation).toContain("'meneer'");
    expect(d.score).toBeGreaterThanOrEqual(MIN_SCORE);
  });
  it('gives a cue-less ambiguous town no detection but a cued one a high score', () => {
    expect(locatie.recognise(analyse('Ede is een mooi woord.'))).toEqual([]);
    const [d] = locatie.recognise(analyse('Hij komt uit Ede.'));
    expect(d?.score).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the name under a message', () => {
  const spans = (text: string, richting: 'inkomend' | 'uitgaand') =>
    checkText(text, { kanaal: 'email', zichtbaarheid: 'prive', richting }).spans.filter((s) => s.label === 'PERSOON').map((s) => s.text);
  it('is the sender in an incoming message: a person other than the professional', () => {
    expect(spans('Kan ik vrijdag langskomen? Met vriendelijke groet, Tom Hagen', 'inkomend')).toEqual(['Tom Hagen']);
    expect(spans('Bedankt voor alles! Groetjes Henk', 'inkomend')).toEqual(['Henk']);
  });
  it('is the author in an outgoing message, and a team is no person', () => {
    expect(spans('Tot dinsdag. Met vriendelijke groet, Tom Hagen', 'uitgaand')).toEqual([]);
    expect(spans('Tot dinsdag. Met vriendelijke groet, Wijkteam Oost', 'inkomend')).toEqual([]);
  });
});
