import beeldSrc from '../lexicons/beeld.js';
import gebeurtenisSrc from '../lexicons/gezondheid-gebeurtenis.js';
import herkomstSrc from '../lexicons/herkomst.js';
import kanaalSrc from '../lexicons/kanaal.js';
import kenmerkenSrc from '../lexicons/kenmerken.js';
import naamrollenSrc from '../lexicons/naamrollen.js';
import tijdSrc from '../lexicons/tijdwoorden.js';
import zorgcontextSrc from '../lexicons/zorgcontext.js';
import { parseLexiconMap } from '../lexicons/parse.js';
import { alleMatches } from '../recognisers/detectie.js';
import { isFirstName, surnames } from '../recognisers/shared/lexicons.js';
import { CueSet, cueTokens, tokenIndexAt, type CueMatch } from '../rules/cues.js';
import type { AnalysedText } from '../text/document.js';
import type { Detection } from '../types.js';
import type { ResolvedContext } from './context.js';

/** Who an identifying span belongs to, as far as the words around it tell. */
export type IdentifierRole =
  /** the person the message is addressed to (greeting, @reply, "uw"/"je") */
  | 'aangesproken'
  /** a colleague or fellow professional */
  | 'collega'
  /** a public figure */
  | 'publiek'
  /** a name used as a type ("een Hitler") or in an invented example, not a reference to someone */
  | 'type'
  /** the author's own or a service's contact details, or a signature */
  | 'eigen'
  /** introduced as a client ("meneer", "patiënt", "mw.") */
  | 'client'
  /** anyone else */
  | 'derde';

export interface IdentifierRef {
  span: Detection;
  role: IdentifierRole;
}

/** One detail that, with others, can make a client recognisable. */
export interface QuasiDetail {
  soort: 'plaats' | 'instelling' | 'kamer' | 'werkplek' | 'tijd' | 'leeftijd' | 'zeldzaam' | 'rol' | 'hint' | 'gebeurtenis' | 'familie' | 'beroep' | 'herkomst' | 'gezondheid' | 'beeld';
  start: number;
  end: number;
  text: string;
  weight: number;
}

export interface Identifiability {
  /** Direct identifiers that point at a client or third party in this context (empty if none). */
  identifiers: IdentifierRef[];
  /** Quasi-identifying details about a person in care (empty when the text is not about one). */
  quasi: QuasiDetail[];
  /** Sum of the quasi details' weights. */
  score: number;
  /** Score from which the combination counts as identifying; lower when more people can read the text. */
  threshold: number;
  /** Identifiable by the combination of details alone. */
  byCombination: boolean;
  /** A reply on a rating site that discusses the reviewer's care: the reviewer is known to every reader. */
  reviewReply: boolean;
  /** A private message that tells the recipient their own care content ("uw uitslag is positief"): the
   * number or account it goes to identifies them. */
  recipientCare: boolean;
  /** A health fact about someone the reader knows, described through them ("jouw schoonzus, die van de
   * bloemenzaak, zat bij me"): the description points that person out to the reader. */
  acquaintance: { start: number; end: number } | undefined;
  /** Identified or identifiable by any route. */
  identifiable: boolean;
}

/**
 * Facts about a text that several rules need, computed once per check.
 * Extend here rather than recomputing inside rules.
 */
export interface Features {
  /** Spans that on their own identify a person (PERSOON, TELEFOON, EMAIL, BSN, ID, address/LOCATIE, DATUM of birth). */
  directIdentifiers: Detection[];
  /** Every direct identifier with whom it belongs to. */
  identifierRoles: IdentifierRef[];
  /** Words that show the text is about a client, a person in care or their relatives. */
  clientRefs: CueMatch[];
  /** Health facts: GEZONDHEID spans and health events (admission, accident, death …). */
  health: Array<{ start: number; end: number; text: string }>;
  /** Substantive care content (results, diagnosis, therapy dialogue …) for the channel rule. */
  careContent: Array<{ start: number; end: number; text: string }>;
  /** The text points at a secure system or portal rather than carrying the content itself. */
  secureChannel: boolean;
  /** Signs that the text shares or announces pictures or film. */
  imageCues: CueMatch[];
  identifiability: Identifiability;
}

const ROLE_CUES = parseLexiconMap(naamrollenSrc);
/** Entries written as prefix (`collega*`) or suffix (`*arts`), with the affix itself, in lexicon order. */
const ROLE_AFFIXES = [...ROLE_CUES]
  .filter(([w]) => w.startsWith('*') || w.endsWith('*'))
  .map(([w, role]) => ({ prefix: w.endsWith('*'), affix: w.endsWith('*') ? w.slice(0, -1) : w.slice(1), role }));
/** The role a word signals (`naamrollen.ts`), also for entries written as prefix or suffix. */
function roleCue(word: string): string | undefined {
  const exact = ROLE_CUES.get(word);
  if (exact !== undefined) return exact;
  for (const a of ROLE_AFFIXES) {
    if (a.prefix ? word.startsWith(a.affix) : word.endsWith(a.affix)) return a.role;
  }
  return undefined;
}
const TITLES = new Set(['heer', 'meneer', 'mevrouw', 'mevr', 'mw', 'dhr', 'meester', 'juf', 'collega', 'dokter', 'dr', 'mr', 'familie', 'fam']);
/** A farewell or anniversary of someone who worked here: the names in it are colleagues. */
const SERVICE_YEARS = /\b(?:jaar\s+(?:trouwe\s+)?dienst|jaar\s+in\s+dienst|met\s+(?:pensioen|vut)|van\s+je\s+pensioen|dienstjubileum|jubileum|jaar\s+bij\s+ons\s+gewerkt|afscheid\s+van\s+[^.!?]{2,40}\bna\s+\d+\s+jaar|afscheid\s+van\s+(?:onze|ons|mijn|een)\s+(?:\S+\s+){0,2}collega)\b/u;
const CLIENT_CUES = CueSet.fromLexiconMap(zorgcontextSrc);
const HEALTH_EVENTS = CueSet.fromLexicon(gebeurtenisSrc, 'gebeurtenis');
const KANAAL_CUES = CueSet.fromLexiconMap(kanaalSrc);
const KENMERKEN = CueSet.fromLexiconMap(kenmerkenSrc);
const TIJD = CueSet.fromLexicon(tijdSrc, 'tijd');
const HERKOMST = CueSet.fromLexicon(herkomstSrc, 'herkomst');
const BEELD = CueSet.fromLexicon(beeldSrc, 'beeld');
/** Ages the recognisers may leave out: "een vrouw van 34", "(87)", "23-jarige". */
const AGE_RE = /(?:\b(?:van|is|wordt|werd)\s+(\d{1,3})(?:\s+jaar)?\b|\((\d{1,3})\)|\b(\d{1,3})-jarige?\b)/gu;
const ROOM_RE = /\b(?:kamer|bed|box|unit|kamernummer)\s+\d{1,4}[a-z]?\b/gu;
/** ROOM_RE's words: a text without a digit or without one of them has no room number. */
const ROOM_WORDS = ['kamer', 'bed', 'box', 'unit'];
const HAS_DIGIT = /\d/;
const PRONOUN = /\b(?:je|jij|jou|jouw|u|uw|hij|zij|ze|zijn|haar|hem)\b/u;
/** Punctuation between a greeting and a name ends the greeting ("Hoi collega, mevrouw Smit …"). */
const CLAUSE_BREAK = /[,.!?:;\n]/;
/** Words before a relative's role that make it the author's own role: "als mantelzorger", "ik ben zelf mantelzorger". */
const OWN_ROLE = new Set(['als', 'ben', 'zelf', 'word', 'werd']);
/** Possessives that make a relative the author's own. */
const OWN = new Set(['mijn', "m'n", 'mn']);
/** Words that make a health word the subject of a lesson or a drill ("scholing reanimatie", "BHV-oefening"), not an event. */
const LESSON = new Set(['scholing', 'bijscholing', 'nascholing', 'training', 'cursus', 'les', 'lessen', 'e-learning', 'toets', 'oefening', 'oefenen', 'herhaling', 'workshop', 'bhv', 'instructie', 'certificaat', 'examen']);
const FUNCTIONAL_MAILBOX = /^(?:info|secretariaat|praktijk|balie|receptie|afspraken|afspraak|administratie|contact|noreply|no-reply|zorg|team|planning|klachten|servicedesk|helpdesk|assistentie|spoed|recepten|post|algemeen|aanmelding|aanmeldingen|intake|kantoor|vacatures?|werken|sollicitatie|solliciteren|hr|pz)[@.]/i;
/** Possessives that make care content the recipient's own ("uw uitslag", "je bloedwaarden"). */
const SECOND_PERSON = new Set(['uw', 'je', 'jouw', 'jullie']);
/** A mailbox named by one plain word that is no first name or surname (bhv@, planning@): a service's. */
function wordMailbox(address: string): boolean {
  const local = address.slice(0, address.indexOf('@')).toLowerCase();
  return /^[a-z]{2,15}$/.test(local) && !isFirstName(local) && !surnames().has(local);
}
/** A reply that declines to discuss the care ("vanwege mijn beroepsgeheim kan ik hier niet inhoudelijk ingaan"). */
const DECLINE = /\bberoepsgeheim\b|\bniet\s+inhoudelijk\b|\bkan\s+ik\s+(?:hier\s+)?niet\s+(?:op\s+)?in(?:gaan)?\b|\bniet\s+ingaan\s+op\b/u;
const SIGNATURE = new Set(['groet', 'groeten', 'mvg', 'gr', 'groetjes', 'vriendelijke']);
/** Verbs after a full name that say its bearer made something public themselves. */
const DISCLOSED = new Set(['vertelde', 'vertelt', 'maakte', 'onthulde', 'deelde', 'sprak', 'schreef', 'liet']);
/** A picture made unrecognisable, or of a team outing: it shows no client's face. */
const UNRECOGNISABLE = /\b(?:onherkenbaar|anoniem\w*|geblurd|blurred|weggewerkt|onscherp\s+gemaakt|teamuitje|personeelsuitje|teamdag)\b/u;
const OPEN = new Set(['open', 'eerlijk', 'openhartig']);
/** Documents and courses: care words right after them name a subject ("de meldcode huiselijk geweld"). */
const DOCUMENT = new Set([
  'meldcode', 'handreiking', 'protocol', 'richtlijn', 'scholing', 'training', 'cursus', 'webinar', 'folder', 'brochure', 'factsheet',
  'proefschrift', 'promotieonderzoek', 'promoveerde', 'promoveert', 'lezing', 'presentatie', 'artikel', 'congres',
]);

/** Whether the passage follows within five words of a document or course it is the subject of. */
export function aboutDocument(doc: AnalysedText, passage: { start: number }): boolean {
  const toks = cueTokens(doc);
  const i = tokenIndexAt(doc, passage.start);
  for (let j = Math.max(0, i - 5); j < i; j++) if (DOCUMENT.has(toks[j]!.norm)) return true;
  return false;
}

/** A text framed as invented ("een verzonnen voorbeeld", "namen zijn gefingeerd") names no real person. */
const FICTIONAL =
  /\b(?:verzonnen|fictie(?:f|ve)?|gefingeerde?|denkbeeldige?|samengestelde\s+casus|details\s+(?:zijn\s+)?(?:veranderd|gewijzigd|aangepast)|(?:naam|namen)\s+(?:is|zijn)\s+(?:veranderd|gewijzigd))\b/u;
/** The secure channel is down or bypassed: "het portaal ligt plat", "via mijn gewone mail". */
const INSECURE =
  /\b(?:eigen|gewone|privé|prive)\s+(?:mail|e-mail|mailadres)|\bgmail\b|\bhotmail\b|\b(?:ligt|lag)\s+(?:\w+\s+)?plat\b|\bplat\s+ligt\b|\bdoet\s+het\s+(?:\w+\s+){0,2}niet\b|\bwerkt\s+(?:\w+\s+){0,2}niet\b|\bstoring\b/u;
/** The author's own family news: a birth, becoming a grandparent, a letter to the family. */
const OWN_FAMILY_NEWS = /\bwelkom\s+op\s+(?:de|deze)\s+wereld\b|\bik\s+ben\s+(?:\S+\s+)?(?:oma|opa|tante|oom|moeder|vader|mama|papa)\s+geworden\b|\bons\s+(?:zoontje|dochtertje|kindje|meisje|jongetje)\s+is\s+geboren\b|^\s*lieve\s+familie\b|\bbij\s+ons\s+thuis\b/u;
/** Sympathy with someone's loss ("met verdriet las ik", "veel sterkte"): a death in it is their grief, no care fact. */
const CONDOLENCE = /\b(?:gecondoleerd|condoleance\w*|(?:veel|heel\s+veel)\s+sterkte|sterkte\s+(?:gewenst|toegewenst|voor\s+(?:jou|je|jullie|u))|met\s+verdriet\s+(?:las|lazen|hoorde|hoorden|lees|lezen|hoor|horen)|innige\s+deelneming|mijn\s+medeleven|ik\s+denk\s+aan\s+(?:je|jou|jullie|u))\b/u;
/** A health passage that is only a death. */
const DEATH = /^(?:is\s+)?(?:overleden|overlijden|gestorven)$/u;
/** The team misses someone or wishes them well: a colleague on leave. */
const MISSED = /\b(?:we\s+missen\s+je|missen\s+je|beterschap|snel\s+weer\s+(?:terug|beter)|weer\s+aan\s+het\s+werk|thuis\s+zit\w*\s+met|ziek\s+thuis)\b/u;
/** The reader's own relative, neighbour or acquaintance: "jouw schoonzus", "de leraar van je zoon". */
const ACQUAINTANCE = /\b(?:jouw|je)\s+(?:schoon)?(?:zus|zusje|broer|broertje|moeder|vader|zoon|dochter|buurman|buurvrouw|buren|baas|leraar|lerares|juf|meester|trainer|vriend|vriendin|neef|nicht|oom|tante|kapper|huisbaas)\b/u;
/** The author met that person in care: "zat vanochtend bij me", "ligt bij ons op de afdeling". */
const ENCOUNTER = /\b(?:zat|was|kwam|lag|ligt)\s+(?:\S+\s+){0,2}bij\s+(?:me|mij|ons)\b|\bbij\s+(?:mij|ons)\s+op\s+(?:het\s+spreekuur|de\s+afdeling|de\s+poli)\b/u;
/** A team outing or staff party: the names in it are colleagues off duty. */
const TEAM_OUTING = /\b(?:teamuitje|teamuitjes|personeelsuitje|teamuitstapje|teamdag|bedrijfsuitje|personeelsfeest|teamborrel)\b/u;
/** A vacancy: the names, numbers and addresses in it are the employer's contacts. */
const VACANCY = /\b(?:vacatures?|solliciteren|sollicitatie\w*|\d+(?:[,.]\d+)?\s*fte|invalkracht\w*|zoek(?:t|en)\s+(?:\S+\s+){0,2}(?:collega\w*|versterking|verzorgenden|verpleegkundigen))\b/u;
/** A closing formula; what follows it near the end of a message is the author's signature block. */
const CLOSING = /\b(?:met\s+vriendelijke\s+groet(?:en)?|vriendelijke\s+groet(?:en)?|hartelijke\s+groet(?:en)?|groet(?:en|jes)?|mvg)\b/gu;
/** How far from the end a closing formula may stand for what follows it to be a signature block. */
const SIGNATURE_TAIL = 220;
/** Between an institution and its address: "Huisartsenpraktijk Het Anker, Molenweg 4", "… | Stationsplein 1". */
const PHONE_GAP = /^\s*[,(|\-–:]?\s*(?:(?:tel(?:efoon)?|telefoonnummer|tel\.?\s*nr)\.?\s*:?|via|op|bereikbaar\s+(?:via|op))?\s*$/iu;
const ADDRESS_GAP = /^\s*(?:[,|\-–]|aan\s+de|op\s+de|op\s+het|(?:zit|zitten|verhuist|verhuizen)?\s*(?:op|naar)\s+(?:een|ons|het)\s+nieuwe?\s+adres\s*:?)?\s*$/iu;
/** Words that make an occupation point at one known person: "de dominee", "onze burgemeester", "die bakker". */
const DEFINITE = new Set(['de', 'het', 'onze', 'ons', 'die', 'diezelfde', 'dezelfde']);
/** A street name (no house number). */
const STREET_NAME = /(?:straat|laan|weg|plein|gracht|singel|kade|dreef|steeg|hof|pad|dijk|markt)$/iu;
/** Adjectives between "de" and an occupation: "de nieuwe bedrijfsleider", "de vroegere burgemeester". */
const DESCRIBING = new Set(['nieuwe', 'oude', 'vorige', 'vroegere', 'bekende', 'enige', 'eigen', 'huidige', 'jonge', 'lokale', 'vaste', 'plaatselijke']);
/** Words after an occupation that say which one: "de bakker van het Marktplein", "de dominee uit Staphorst". */
const WHICH_ONE = new Set(['van', 'uit', 'op', 'in', 'met', 'bij', 'aan', 'die', 'hier']);
/** Care occupations: "de huisarts", "de verpleegkundige" are usually the author's colleagues, not the client. */
const CARE_OCCUPATION = new Set(['arts', 'huisarts', 'verpleegkundige', 'verzorgende', 'tandarts']);
/** Plural people words: "ik ontvang hier cliënten" is about no one in particular. */
const GROUP_WORD = /^(?:patiënten|patienten|cliënten|clienten|bewoners|bewoonsters|zorgvragers|deelnemers|kinderen|jongeren|ouderen|mensen|gezinnen|ouders)$/u;
/** Words before a date of a schedule: "vanaf 1 september", "tot 3 mei". */
const SCHEDULE = new Set(['vanaf', 'per', 'tot', 'sinds', 'voor', 'vóór', 'uiterlijk', 'deadline', 'm.i.v', 'ingang']);
/** "mijn vader" is the author's own; "'mijn' tweeling" in quotes is the author's clients. */
function ownPossessive(doc: AnalysedText, t: { norm: string; start: number; end: number }): boolean {
  return OWN.has(t.norm) && !(QUOTES.has(doc.text[t.start - 1] ?? '') && QUOTES.has(doc.text[t.end] ?? ''));
}
const QUOTES = new Set(["'", '‘', '’', '"', '“', '”']);
/** Person words that say nothing about who: "kind" in "laat je kind vaccineren". */
const GENERIC_PERSON = /^(?:kind|kinderen|man|vrouw|mensen)$/u;
/** "een van mijn patiënten": one of the group after all. */
const ONE_OF = /\been\s+van\s+(?:mijn|m'n|onze|de|ons)\s+$/u;
/** "ziekte van Pompe vastgesteld": a diagnosis made in someone. */
const DIAGNOSED = new Set(['vastgesteld', 'gediagnosticeerd', 'gediagnostiseerd']);
/** "hij", "hem": the text tells about one man ("zij", "ze" are as often plural). */
const HE_HIM = new Set(['hij', 'hem']);
/** What joins two names in one list: "Ruben Smit en Nadia El Idrissi", "Ruben, Nadia". */
const COORDINATED = /^\s*(?:,|en|&)\s*$/u;
/** "zijn psychose", "haar dementie": a possessive right before a health fact ties it to someone. */
const POSSESSIVE = new Set(['zijn', 'haar', "z'n", 'zn']);

/** Quasi-detail weights per kind; rare conditions, public roles and hints weigh most. */
const WEIGHT: Record<QuasiDetail['soort'], number> = {
  plaats: 1,
  instelling: 1,
  kamer: 1,
  werkplek: 1,
  tijd: 1,
  leeftijd: 1,
  zeldzaam: 2,
  rol: 2,
  hint: 2,
  gebeurtenis: 1,
  familie: 0.5,
  beroep: 1,
  herkomst: 1,
  gezondheid: 1,
  beeld: 1,
};
/** Per kind, how many details count (a list of five towns is not five times as identifying). */
const MAX_PER_KIND: Partial<Record<QuasiDetail['soort'], number>> = { beeld: 1, plaats: 2, instelling: 2, tijd: 1, gezondheid: 1, werkplek: 1, familie: 1, zeldzaam: 1, rol: 1, hint: 1 };
const THRESHOLD = { openbaar: 2.5, besloten: 3, prive: 4.5 } as const;

/** What the whole text says about whose details it holds. */
interface RoleContext {
  /** A colleague's farewell or anniversary (SERVICE_YEARS), or a vacancy: the names are colleagues. */
  colleagueOccasion: boolean;
  /** Offset from which the text is the author's signature block (Infinity when it has none). */
  signatureFrom: number;
  /** The team misses someone or wishes them well ("we missen je", "beterschap"): "onze X" is a colleague. */
  missedColleague: boolean;
  /** The author writes about their own family: a birth announcement, "Lieve familie, … bij ons thuis". */
  ownFamilyNews: boolean;
}

/** The offset after the last closing formula when it stands near the end of the text, else Infinity. */
function signatureStart(lower: string): number {
  // Every closing formula holds "groet" or "mvg"; most texts have neither and need no regex scan.
  if (!lower.includes('groet') && !lower.includes('mvg')) return Infinity;
  let from = Infinity;
  for (const m of lower.matchAll(CLOSING)) from = m.index + m[0].length;
  return lower.length - from <= SIGNATURE_TAIL ? from : Infinity;
}

function roleOf(doc: AnalysedText, d: Detection, rc: RoleContext, before: Detection | undefined): IdentifierRole {
  const { colleagueOccasion } = rc;
  const toks = cueTokens(doc);
  const i = tokenIndexAt(doc, d.start);
  const prev = toks[i - 1]?.norm;
  if (d.label === 'PERSOON') {
    if (prev === 'een') return 'type';
    // "'Traumasporen' van Bessel van der Kolk": the author of a titled work.
    if (/['‘’"“”][^'‘’"“”]{2,60}['‘’"“”]\s+van\s+$/u.test(doc.text.slice(Math.max(0, d.start - 70), d.start))) return 'publiek';
    // A full name whose bearer told the world themselves ("Céline Dion vertelde over haar …", "het verhaal
    // van Bruce Willis"): a public figure, not someone in the author's care.
    if (/\s/.test(d.text) && !TITLES.has(prev ?? '')) {
      const k = tokenIndexAt(doc, d.end);
      // "Lotte Brinkhorst gisteren in de talkshow zelf vertelde over …": the verb may come a few words later.
      // "hoe open Céline Dion is over haar …": openness before the name, "over" after it.
      const told =
        toks.slice(k, k + 6).some((t) => DISCLOSED.has(t.norm)) ||
        (toks.slice(Math.max(0, i - 3), i).some((t) => OPEN.has(t.norm)) && toks.slice(k, k + 3).some((t) => t.norm === 'over'));
      if (told || (prev === 'van' && toks[i - 2]?.norm === 'verhaal')) return 'publiek';
    }
    if (d.start > 0 && doc.text[d.start - 1] === '@') return 'aangesproken';
    // Greeting at the very start: "Beste (meneer) X", "Hoi X".
    if (i <= 3) {
      let j = i - 1;
      while (j >= 0 && TITLES.has(toks[j]!.norm)) j--;
      // Only the gap after the greeting counts: the dot of a title ("mw.", "dhr.") is no break.
      const unbroken = j >= 0 && !CLAUSE_BREAK.test(doc.text.slice(toks[j]!.end, j + 1 < i ? toks[j + 1]!.start : d.start));
      if (unbroken && toks.slice(0, j + 1).every((t) => roleCue(t.norm) === 'groet')) return 'aangesproken';
      if (i === 0 && doc.text[d.end] === ',') return 'aangesproken';
    }
  }
  // A functional mailbox (info@, secretariaat@, afspraken@ …) belongs to a service, not to a person.
  if (d.label === 'EMAIL' && (FUNCTIONAL_MAILBOX.test(d.text) || wordMailbox(d.text))) return 'eigen';
  if (d.label === 'PERSOON' && colleagueOccasion) return 'collega';
  // "Welkom op de wereld lieve Noor …", "Lieve familie, zondag vieren we dat Gerard 60 wordt, bij ons thuis":
  // the author's own family.
  if ((d.label === 'PERSOON' || d.label === 'DATUM') && rc.ownFamilyNews) return 'eigen';
  // "Beterschap aan onze Sanne van de SEH … we missen je!": a team member on sick leave.
  if (d.label === 'PERSOON' && rc.missedColleague && (prev === 'onze' || prev === 'ons')) return 'collega';
  // Contact details in a vacancy or a signature block are the employer's or the author's own.
  if (d.label !== 'PERSOON' && d.label !== 'BSN' && d.label !== 'ID' && (colleagueOccasion || d.start >= rc.signatureFrom)) return 'eigen';
  // "R. Chaouch, 03-11-1958": a date right after a name is that person's date of birth.
  if (d.label === 'DATUM' && before?.label === 'PERSOON' && /^\s*[,(]\s*(?:geb\.?\s*)?$/u.test(doc.text.slice(before.end, d.start))) return 'client';
  // A venue pinned with 📍 ("📍 Sluisstraat 3"): where an activity takes place, nobody's home.
  if (d.label === 'LOCATIE' && /📍\s*$/u.test(doc.text.slice(Math.max(0, d.start - 4), d.start))) return 'eigen';
  // An institution's address or number: "Huisartsenpraktijk Het Anker, Molenweg 4", "De Linde, tel. 0318-…".
  if (d.label === 'LOCATIE' && before?.label === 'INSTELLING' && ADDRESS_GAP.test(doc.text.slice(before.end, d.start))) return 'eigen';
  if (d.label === 'TELEFOON' && before?.label === 'INSTELLING' && PHONE_GAP.test(doc.text.slice(before.end, d.start))) return 'eigen';
  // Nearest role word within a few tokens before the span decides.
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const w = toks[j]!.norm;
    // "Met vriendelijke groet, Anna" signs; "speciale groet aan Anna" greets someone else.
    if (SIGNATURE.has(w) && d.label === 'PERSOON' && toks[j + 1]?.norm !== 'aan') return 'eigen';
    const role = roleCue(w);
    if (!role || role === 'groet') continue;
    if (d.label === 'PERSOON') {
      if (j < i - 3) break;
      if (role === 'collega' || role === 'publiek' || role === 'client') return role;
      continue;
    }
    if (d.label === 'TELEFOON' || d.label === 'EMAIL' || d.label === 'BSN') {
      if (role === 'client') return 'client';
      if (role === 'adressaat') return 'aangesproken';
      if (role === 'eigen' && d.label !== 'BSN') return 'eigen';
      continue;
    }
    if (d.label === 'DATUM' && role === 'geboorte' && j >= i - 3) return 'client';
    // "bij ons op de Stationsstraat 8", "in mijn praktijk aan de Oudegracht 112": the author's own address.
    if (d.label === 'LOCATIE' && role === 'eigen' && j >= i - 6) return 'eigen';
  }
  if (d.label === 'DATUM') return 'eigen';
  return 'derde';
}

function isDirect(d: Detection): boolean {
  if (d.label === 'LOCATIE') return HAS_DIGIT.test(d.text) && !/^[a-z]\d+$/i.test(d.text.trim());
  return d.label === 'PERSOON' || d.label === 'TELEFOON' || d.label === 'EMAIL' || d.label === 'BSN' || d.label === 'ID' || d.label === 'DATUM';
}

/** A passage of the text: where it stands and what it says. */
type Passage = { start: number; end: number; text: string };
const slice = (doc: AnalysedText, m: { start: number; end: number }): Passage => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) });
const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

export function computeFeatures(doc: AnalysedText, spans: readonly Detection[], ctx: ResolvedContext): Features {
  const farewell = SERVICE_YEARS.test(doc.lower);
  const colleagueOccasion = farewell || VACANCY.test(doc.lower) || TEAM_OUTING.test(doc.lower);
  const fictional = FICTIONAL.test(doc.lower);
  const rc: RoleContext = { colleagueOccasion, signatureFrom: signatureStart(doc.lower), missedColleague: MISSED.test(doc.lower), ownFamilyNews: OWN_FAMILY_NEWS.test(doc.lower) };
  // Every direct identifier with its role; roleOf also looks at the span right before it.
  // The arrays below are built by loops into array literals rather than by spreads and filter/map chains:
  // an empty result of filter() has another hidden class than a filled one, and optimised code that meets
  // the other kind is thrown away and compiled again. In a batch run that recompiling cost more than the checks.
  const identifierRoles: IdentifierRef[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    if (isDirect(span)) identifierRoles.push({ span, role: fictional && span.label === 'PERSOON' ? 'type' : roleOf(doc, span, rc, spans[k - 1]) });
  }
  // "Trots op onze collega dr. Femke van den Bosch … Van harte, Femke!": a name keeps the role it had before.
  // "mijn coauteurs Ruben Smit en Nadia El Idrissi": a name joined to the one before it by "en" or a comma
  // shares its role word.
  for (let k = 1; k < identifierRoles.length; k++) {
    const r = identifierRoles[k]!;
    const prev = identifierRoles[k - 1]!;
    if (r.span.label === 'PERSOON' && r.role === 'derde' && prev.span.label === 'PERSOON' && (prev.role === 'collega' || prev.role === 'publiek') && COORDINATED.test(doc.text.slice(prev.span.end, r.span.start)))
      r.role = prev.role;
  }
  for (const r of identifierRoles) {
    if (r.span.label !== 'PERSOON' || r.role !== 'derde') continue;
    const same = identifierRoles.find((o) => o !== r && o.span.label === 'PERSOON' && (o.role === 'collega' || o.role === 'publiek') && o.span.text.split(' ')[0] === r.span.text.split(' ')[0]);
    if (same) r.role = same.role;
  }
  const directIdentifiers: Detection[] = [];
  for (const r of identifierRoles) if (r.role !== 'eigen' && r.role !== 'type') directIdentifiers.push(r.span);
  // "mijn oma", "m'n vader": the author's own family, not someone in care.
  const toks = cueTokens(doc);
  const people = CLIENT_CUES.find(doc);
  // "als mantelzorger", "ik ben zelf moeder": the author's own role.
  const clientRefs: CueMatch[] = [];
  for (const m of people) {
    if (
      m.category === 'client' ||
      m.category === 'kennis' ||
      m.category === 'relatie' ||
      m.from === 0 ||
      !(ownPossessive(doc, toks[m.from - 1]!) || (m.category === 'familie' && OWN_ROLE.has(toks[m.from - 1]!.norm)))
    )
      clientRefs.push(m);
  }
  const ownFamily = clientRefs.length < people.length;
  // "Mijn moeder werd 80 … met de hele familie", "mijn zoontje heeft waterpokken": only the author's own family
  // is in the text; its health is no client's and its details point at no one in care.
  const ownOnly = ownFamily && clientRefs.every((c) => c.category === 'familie' || (c.category === 'persoon' && GENERIC_PERSON.test(doc.lower.slice(c.start, c.end))));
  const imageCues = BEELD.find(doc);
  // "Filmpje … heb het stiekem opgenomen": in a text about a film, a bare "opgenomen" (not "is opgenomen",
  // not "opgenomen in/op") was recorded, not admitted.
  const recorded = (m: CueMatch) => imageCues.length > 0 && m.cue === 'opgenomen' && !['in', 'op', 'bij'].includes(toks[m.to]?.norm ?? '');
  // In a condolence, a death is the reader's grief: neither a health fact nor care content.
  const condolence = CONDOLENCE.test(doc.lower);
  const grief = (m: { start: number; end: number }) => condolence && DEATH.test(doc.lower.slice(m.start, m.end));
  const health: Passage[] = [];
  for (const s of spans) if (s.label === 'GEZONDHEID' && !aboutDocument(doc, s) && !grief(s)) health.push(slice(doc, s));
  const spanHealth = health.length;
  for (const m of HEALTH_EVENTS.find(doc)) {
    if (grief(m) || recorded(m)) continue;
    let lesson = false;
    for (let j = Math.max(0, m.from - 2); j < Math.min(toks.length, m.to + 2) && !lesson; j++) lesson = LESSON.has(toks[j]!.norm);
    if (!lesson) health.push(slice(doc, m));
  }
  if (health.length > spanHealth) health.sort(byStart);
  const kanaal = KANAAL_CUES.find(doc);
  // "vanaf mijn eigen mail omdat het portaal plat ligt": naming the secure channel is not using it.
  const secureChannel = kanaal.some((m) => m.category === 'veilig') && !INSECURE.test(doc.lower);
  const careDetail = kanaal.some((m) => m.category === 'zorgdetail');
  // Health facts are care content when they concern someone (a client word, a name, a pronoun); a cue
  // such as "de uitslag" or "foto van de wond" is care content by itself.
  const aboutSomeone = !ownOnly && (clientRefs.length > 0 || spans.some((s) => s.label === 'PERSOON') || PRONOUN.test(doc.lower));
  const careContent: Passage[] = [];
  if (aboutSomeone) for (const h of health) careContent.push(h);
  const fromHealth = careContent.length;
  for (const m of kanaal) if (m.category === 'inhoud' && !aboutDocument(doc, m) && !grief(m)) careContent.push(slice(doc, m));
  if (fromHealth > 0 && careContent.length > fromHealth) careContent.sort(byStart);
  const identifiability = assess(doc, spans, ctx, identifierRoles, clientRefs, health, careContent, secureChannel, careDetail, ownFamily, farewell || fictional || ownOnly, imageCues);
  return { directIdentifiers, identifierRoles, clientRefs, health, careContent, secureChannel, imageCues, identifiability };
}

function assess(
  doc: AnalysedText,
  spans: readonly Detection[],
  ctx: ResolvedContext,
  roles: IdentifierRef[],
  clientRefs: CueMatch[],
  health: Features['health'],
  careContent: Features['careContent'],
  secureChannel: boolean,
  careDetail: boolean,
  ownFamily: boolean,
  /** A colleague's farewell or an invented example: no client is described. */
  noClient: boolean,
  imageCues: readonly CueMatch[],
): Identifiability {
  const threshold = THRESHOLD[ctx.zichtbaarheid];
  const none: Identifiability = { identifiers: [], quasi: [], score: 0, threshold, byCombination: false, reviewReply: false, recipientCare: false, acquaintance: undefined, identifiable: false };
  if (ctx.richting !== 'uitgaand') return none;
  const rooms = doc.digits > 0 && ROOM_WORDS.some((w) => doc.lower.includes(w)) ? [...alleMatches(ROOM_RE, doc.lower)] : [];
  const kenmerken = KENMERKEN.find(doc);
  /** The author's known workplace ("onze afdeling") or a hint at who it is ("raad eens wie"). */
  const workplaceOrHint = kenmerken.some((m) => m.category === 'werkplek' || m.category === 'hint');
  const namedInstitution = spans.some((s) => s.label === 'INSTELLING');
  const aboutCare =
    clientRefs.length > 0 ||
    health.length > 0 ||
    rooms.length > 0 ||
    workplaceOrHint ||
    // "Onze Riek … in woonzorgcentrum Overbeek": a named care home or hospital puts the name in care.
    namedInstitution;
  const substantive = careContent.length > 0 && !secureChannel;
  const careRelation = clientRefs.some((m) => m.category === 'relatie');

  const toks = cueTokens(doc);
  /** Care content told to the recipient about themselves: "je uitslag", "uw wond". */
  const toRecipient = ctx.prive && careContent.some((c) => {
    const i = tokenIndexAt(doc, c.start);
    return toks.slice(Math.max(0, i - 2), i).some((t) => SECOND_PERSON.has(t.norm));
  });
  // "Hoi Mirthe, … het sessieverslag van mijn cliënt met …": the care content is about the author's client,
  // not about the colleague addressed.
  const authorsClient = clientRefs.some((m) => m.category === 'client' && m.from > 0 && OWN.has(toks[m.from - 1]!.norm));
  const identifiers: IdentifierRef[] = [];
  for (const r of roles) if (isIdentifier(r)) identifiers.push(r);
  function isIdentifier({ span, role }: IdentifierRef): boolean {
    if (role === 'eigen' || role === 'type' || role === 'collega' || role === 'publiek') return false;
    if (ctx.prive) {
      // A one-to-one message sent through a secure channel (Zivver, a portal) is the proper way to share.
      if (secureChannel) return false;
      if (role === 'aangesproken') return substantive && (toRecipient || !authorsClient);
      if (span.label === 'ID') return health.length > 0;
      if (span.label === 'PERSOON') return role === 'client' || health.length > 0;
      // An address or date in a reminder ("ik kom bij u langs op de Kerkstraat 12") tells the recipient
      // nothing new; with care content it is another matter.
      if (span.label === 'LOCATIE' || span.label === 'DATUM') return health.length > 0 || substantive || clientRefs.some((m) => m.category === 'client');
      return true;
    }
    // Addressing someone in public is fine (an @reply to a question), unless it reveals that they are in care.
    if (role === 'aangesproken') return span.label !== 'PERSOON' ? substantive : careRelation;
    return aboutCare || span.label !== 'PERSOON';
  }
  // A public reply to a review or comment by a client points at that (known) person; care details in it
  // are about them.
  const reviewReply =
    ctx.kanaal === 'zorgkaart-reactie' && (health.length > 0 || careContent.length > 0 || careRelation || careDetail) && !(health.length === 0 && DECLINE.test(doc.lower));
  const recipientCare = ctx.prive && substantive && toRecipient;

  // Someone the reader knows, with a health fact and the author's care encounter with them.
  const known = health.length > 0 ? ACQUAINTANCE.exec(doc.lower) : null;
  const acquaintance =
    known && (ENCOUNTER.test(doc.lower) || workplaceOrHint)
      ? { start: known.index, end: known.index + known[0].length }
      : undefined;

  // Combination of quasi-identifiers about a person in care.
  // An age points at someone in care unless the text is about the author's own family ("mijn oma wordt 90").
  // A farewell or anniversary of a colleague is not about someone in care.
  // An occupation with "de" and a word that says which one ("de dominee uit Staphorst", "de trainer van de
  // JO13") points at one person the community knows, like a public role.
  const described = kenmerken.filter(
    (m) =>
      (m.category === 'beroep' || m.category === 'rol') &&
      m.from > 0 &&
      (DEFINITE.has(toks[m.from - 1]!.norm) || (m.from > 1 && DESCRIBING.has(toks[m.from - 1]!.norm) && DEFINITE.has(toks[m.from - 2]!.norm))) &&
      !CARE_OCCUPATION.has(toks[m.to - 1]!.norm),
  );
  const pinned = described.filter((m) => WHICH_ONE.has(toks[m.to]?.norm ?? '') || m.category === 'rol');
  // A health fact told about "him" or "her" ("hij is stabiel", "zijn psychose") is about one person, unless
  // that is the author's own relative ("mijn moeder … haar Parkinson").
  // "Céline Dion vertelde over haar …": the pronoun is the public figure's.
  const publicFigure = roles.some((r) => r.role === 'publiek');
  const aboutOne =
    health.length > 0 &&
    !publicFigure &&
    (described.length > 0 ||
      toks.some((t) => DIAGNOSED.has(t.norm)) ||
      (!ownFamily &&
        (toks.some((t) => HE_HIM.has(t.norm)) ||
          health.some((h) => {
            const i = tokenIndexAt(doc, h.start);
            return i > 0 && POSSESSIVE.has(toks[i - 1]!.norm);
          }))));
  const personRef =
    !noClient &&
    // A public figure who told about it themselves is the person the text is about.
    !(publicFigure && !clientRefs.some((m) => m.category === 'client')) &&
    (clientRefs.some((m) => !GROUP_WORD.test(doc.lower.slice(m.start, m.end)) || ONE_OF.test(doc.lower.slice(Math.max(0, m.start - 20), m.start))) ||
      (!ownFamily && spans.some((s) => s.label === 'LEEFTIJD')) ||
      kenmerken.some((m) => m.category === 'rol') ||
      aboutOne ||
      // "die van kamer 14", "de meneer op bed 3": a room or bed number stands for the one who lies there.
      rooms.length > 0);
  if (!personRef) return { ...none, identifiers, reviewReply, recipientCare, acquaintance, identifiable: identifiers.length > 0 || reviewReply || recipientCare || !!acquaintance };
  const quasi: QuasiDetail[] = [];
  const add = (soort: QuasiDetail['soort'], m: { start: number; end: number }, weight = WEIGHT[soort]) =>
    quasi.push({ soort, start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), weight });
  for (const s of spans) {
    // A street without a house number narrows a town down to a few dozen homes: it weighs more than a town.
    if (s.label === 'LOCATIE' && !isDirect(s)) add('plaats', s, STREET_NAME.test(s.text) ? 1.5 : WEIGHT.plaats);
    else if (s.label === 'INSTELLING') add('instelling', s);
    else if (s.label === 'LEEFTIJD') add('leeftijd', s);
  }
  if (doc.digits > 0) for (const a of alleMatches(AGE_RE, doc.lower)) {
    const n = Number(a[1] ?? a[2] ?? a[3]);
    const m = { start: a.index, end: a.index + a[0].length };
    if (n > 0 && n < 110 && !spans.some((s) => s.start < m.end && m.start < s.end)) add('leeftijd', m);
  }
  // A room or bed number in a named institution points at one bed everybody there can find.
  const roomWeight = namedInstitution ? 1.5 : WEIGHT.kamer;
  for (const r of rooms) {
    const m = { start: r.index, end: r.index + r[0].length };
    if (!spans.some((s) => s.start < m.end && m.start < s.end)) add('kamer', m, roomWeight);
  }
  for (const m of kenmerken) {
    if (m.category === 'kamer') continue;
    if (m.category === 'werkplek' && quasi.some((q) => q.soort === 'instelling')) continue;
    if (pinned.includes(m)) add('rol', { start: toks[m.from - 1]!.start, end: m.end });
    else add(m.category as QuasiDetail['soort'], m);
  }
  for (const m of TIJD.find(doc)) add('tijd', m);
  // A calendar date of an event ("op 2 januari met de ambulanceboot") pins it down like a time word.
  for (const r of roles) {
    if (r.span.label !== 'DATUM' || r.role !== 'eigen') continue;
    // "vanaf 1 september", "per 1 maart": a date of a schedule or policy, not of something that happened.
    const before = toks[tokenIndexAt(doc, r.span.start) - 1]?.norm;
    if (!SCHEDULE.has(before ?? '')) add('tijd', r.span);
  }
  for (const m of HERKOMST.find(doc)) add('herkomst', m);
  // A photo or film of the client shows the face: one more detail ("filmpje van mevrouw op kamer 6").
  const subject = rooms.length > 0 || clientRefs.some((c) => c.category === 'client' || c.category === 'persoon');
  if (imageCues.length > 0 && subject && !UNRECOGNISABLE.test(doc.lower)) add('beeld', imageCues[0]!);
  // A health fact counts once, and not again when it is already a detail ("ongeluk" as an event).
  const fact = health.find((h) => !quasi.some((q) => q.start < h.end && h.start < q.end));
  if (fact) add('gezondheid', fact);
  quasi.sort((a, b) => a.start - b.start);
  const counted = new Map<string, number>();
  let score = 0;
  for (const q of quasi) {
    const n = counted.get(q.soort) ?? 0;
    if (n >= (MAX_PER_KIND[q.soort] ?? 3)) continue;
    counted.set(q.soort, n + 1);
    score += q.weight;
  }
  const byCombination = score >= threshold;
  return { identifiers, quasi, score, threshold, byCombination, reviewReply, recipientCare, acquaintance, identifiable: identifiers.length > 0 || byCombination || reviewReply || recipientCare || !!acquaintance };
}
