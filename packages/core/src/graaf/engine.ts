import { hasNorm } from '../norms/index.js';
import type { Antwoord, Beslisgraaf, Overgang, Pad, Positie, Resultaat, Stap, Toestand, Uitkomst, Vraag, Waarde } from './types.js';

/** Upper bound on enumerated paths, so a malformed graph cannot hang validation. */
const MAX_PADEN = 100_000;

function vraagVan(graaf: Beslisgraaf, id: string): Vraag | undefined {
  return graaf.vragen.find((v) => v.id === id);
}

function uitkomstVan(graaf: Beslisgraaf, id: string): Uitkomst | undefined {
  return graaf.uitkomsten.find((u) => u.id === id);
}

function past(als: Overgang['als'], toestand: Toestand): boolean {
  if (!als) return true;
  return Object.entries(als).every(([veld, waarden]) => veld in toestand && waarden.includes(toestand[veld] as Waarde));
}

/** Apply an answer to the state: its own facts, then the first matching transition. Returns the next id. */
function neem(antwoord: Antwoord, toestand: Record<string, Waarde>): string {
  Object.assign(toestand, antwoord.zet);
  if (typeof antwoord.naar === 'string') return antwoord.naar;
  const overgang = antwoord.naar.find((o) => past(o.als, toestand));
  // Validation guarantees a default transition; an empty list is a programming error in the data.
  if (!overgang) throw new Error(`antwoord '${antwoord.id}' heeft geen passende overgang`);
  Object.assign(toestand, overgang.zet);
  return overgang.naar;
}

function structuurFouten(graaf: Beslisgraaf, normBestaat: (id: string) => boolean): string[] {
  const fouten: string[] = [];
  const ids = new Set<string>();
  for (const knoop of [...graaf.vragen, ...graaf.uitkomsten]) {
    if (!knoop.id) fouten.push('een vraag of uitkomst heeft geen id');
    if (ids.has(knoop.id)) fouten.push(`id '${knoop.id}' komt meer dan eens voor`);
    ids.add(knoop.id);
  }
  if (!vraagVan(graaf, graaf.start)) fouten.push(`startvraag '${graaf.start}' bestaat niet`);
  for (const vraag of graaf.vragen) {
    if (!vraag.tekst.trim()) fouten.push(`vraag '${vraag.id}' heeft geen tekst`);
    if (vraag.antwoorden.length < 2) fouten.push(`vraag '${vraag.id}' heeft minder dan twee antwoorden`);
    const antwoordIds = new Set<string>();
    for (const a of vraag.antwoorden) {
      const waar = `antwoord '${vraag.id}.${a.id}'`;
      if (antwoordIds.has(a.id)) fouten.push(`${waar} komt meer dan eens voor`);
      antwoordIds.add(a.id);
      if (!a.tekst.trim()) fouten.push(`${waar} heeft geen tekst`);
      const overgangen: readonly Overgang[] = typeof a.naar === 'string' ? [{ naar: a.naar }] : a.naar;
      if (overgangen.length === 0) fouten.push(`${waar} heeft geen vervolg`);
      else if (overgangen[overgangen.length - 1]!.als) fouten.push(`${waar}: de laatste overgang moet zonder voorwaarde zijn`);
      for (const o of overgangen) {
        if (!ids.has(o.naar)) {
          fouten.push(`${waar} verwijst naar onbekende vraag of uitkomst '${o.naar}'`);
        }
      }
    }
  }
  for (const u of graaf.uitkomsten) {
    if (!u.titel.trim() || u.advies.length === 0) fouten.push(`uitkomst '${u.id}' heeft geen titel of advies`);
    if (u.bronnen.length === 0) fouten.push(`uitkomst '${u.id}' noemt geen normen`);
    for (const b of u.bronnen) if (!normBestaat(b)) fouten.push(`uitkomst '${u.id}' noemt onbekende norm '${b}'`);
  }
  return fouten;
}

interface Verkenning {
  paden: Pad[];
  fouten: string[];
  bereikt: Set<string>;
}

/** Depth-first walk over every answer; detects cycles and records which nodes are reachable. */
function verken(graaf: Beslisgraaf): Verkenning {
  const paden: Pad[] = [];
  const fouten: string[] = [];
  const bereikt = new Set<string>();
  const loop = (id: string, stappen: Stap[], toestand: Record<string, Waarde>, opPad: Set<string>): void => {
    if (paden.length >= MAX_PADEN || fouten.length > 20) return;
    bereikt.add(id);
    const uitkomst = uitkomstVan(graaf, id);
    if (uitkomst) {
      paden.push({ stappen, toestand, uitkomst });
      return;
    }
    const vraag = vraagVan(graaf, id);
    if (!vraag) return;
    if (opPad.has(id)) {
      fouten.push(`kringloop: vraag '${id}' komt terug na ${stappen.map((s) => s.vraag).join(' → ')}`);
      return;
    }
    const verder = new Set(opPad).add(id);
    for (const antwoord of vraag.antwoorden) {
      const t = { ...toestand };
      const naar = neem(antwoord, t);
      loop(naar, [...stappen, { vraag: id, antwoord: antwoord.id }], t, verder);
    }
  };
  loop(graaf.start, [], {}, new Set());
  if (paden.length >= MAX_PADEN) fouten.push(`meer dan ${MAX_PADEN} paden`);
  return { paden, fouten, bereikt };
}

/**
 * Validate a graph: unique ids, existing targets, a default transition per answer, no cycles, every question and
 * outcome reachable, every path ending in an outcome, every outcome citing norms that exist. Returns the problems
 * (Dutch); an empty list means valid.
 */
export function valideerGraaf(graaf: Beslisgraaf, normBestaat: (id: string) => boolean = hasNorm): string[] {
  const fouten = structuurFouten(graaf, normBestaat);
  if (fouten.some((f) => !f.includes('onbekende norm'))) return fouten;
  const { fouten: padFouten, bereikt } = verken(graaf);
  fouten.push(...padFouten);
  for (const knoop of [...graaf.vragen, ...graaf.uitkomsten]) {
    if (!bereikt.has(knoop.id)) fouten.push(`'${knoop.id}' is onbereikbaar`);
  }
  return fouten;
}

/** Every path through a valid graph, each ending in an outcome. Throws when the graph is not valid. */
export function allePaden(graaf: Beslisgraaf): Pad[] {
  const fouten = valideerGraaf(graaf, () => true);
  if (fouten.length) throw new Error(`ongeldige beslisgraaf '${graaf.id}': ${fouten.join('; ')}`);
  return verken(graaf).paden;
}

/**
 * Walk from the start with the given answers (question id → answer id) as far as they reach. Returns the next
 * question to ask or the outcome. Answers to questions later on the path may be present; an unknown question
 * id or answer id is an error, and so is (once an outcome is reached) an answer to a question not on the path.
 */
export function volg(graaf: Beslisgraaf, antwoorden: Readonly<Record<string, string>>): Resultaat<Positie> {
  // Callers may pass parsed JSON straight through; check the shape instead of trusting the type.
  if (typeof antwoorden !== 'object' || antwoorden === null || Array.isArray(antwoorden)) {
    return { ok: false, fout: 'de antwoorden moeten een object zijn: {vraagId: antwoordId}' };
  }
  for (const [vraagId, antwoord] of Object.entries(antwoorden)) {
    if (!vraagVan(graaf, vraagId)) return { ok: false, fout: `onbekende vraag '${vraagId}' in de antwoorden` };
    if (typeof antwoord !== 'string') return { ok: false, fout: `antwoord op vraag '${vraagId}' moet een tekst (antwoord-id) zijn` };
  }
  const stappen: Stap[] = [];
  const toestand: Record<string, Waarde> = {};
  let id = graaf.start;
  for (;;) {
    const uitkomst = uitkomstVan(graaf, id);
    if (uitkomst) {
      const gebruikt = new Set(stappen.map((s) => s.vraag));
      const over = Object.keys(antwoorden).filter((v) => !gebruikt.has(v));
      if (over.length) {
        return { ok: false, fout: `antwoord op vraag '${over[0]}' hoort niet bij dit pad (de uitkomst '${uitkomst.id}' was al bereikt)` };
      }
      return { ok: true, waarde: { soort: 'uitkomst', stappen, toestand, uitkomst } };
    }
    const vraag = vraagVan(graaf, id);
    if (!vraag) return { ok: false, fout: `de beslisgraaf verwijst naar onbekende knoop '${id}'` };
    const gekozen = antwoorden[vraag.id];
    if (gekozen === undefined) return { ok: true, waarde: { soort: 'vraag', vraag, stappen, toestand } };
    const antwoord = vraag.antwoorden.find((a) => a.id === gekozen);
    if (!antwoord) {
      return {
        ok: false,
        fout: `onbekend antwoord '${gekozen}' op vraag '${vraag.id}'; kies uit: ${vraag.antwoorden.map((a) => a.id).join(', ')}`,
      };
    }
    stappen.push({ vraag: vraag.id, antwoord: antwoord.id });
    id = neem(antwoord, toestand);
  }
}

/** Walk to the end: like `volg`, but a missing answer on the path is an error that names the question. */
export function evalueerGraaf(graaf: Beslisgraaf, antwoorden: Readonly<Record<string, string>>): Resultaat<Pad> {
  const r = volg(graaf, antwoorden);
  if (!r.ok) return r;
  if (r.waarde.soort === 'vraag') {
    const v = r.waarde.vraag;
    return { ok: false, fout: `antwoord ontbreekt op vraag '${v.id}' (${v.tekst}); kies uit: ${v.antwoorden.map((a) => a.id).join(', ')}` };
  }
  const { stappen, toestand, uitkomst } = r.waarde;
  return { ok: true, waarde: { stappen, toestand, uitkomst } };
}

/** Read `{"antwoorden": {vraagId: antwoordId}}` from parsed JSON; any other field is an error. */
export function leesAntwoorden(invoer: unknown): Resultaat<Record<string, string>> {
  if (typeof invoer !== 'object' || invoer === null || Array.isArray(invoer)) {
    return { ok: false, fout: 'verwacht een JSON-object met "antwoorden": {vraagId: antwoordId}' };
  }
  const obj = invoer as Record<string, unknown>;
  const extra = Object.keys(obj).filter((k) => k !== 'antwoorden');
  if (!('antwoorden' in obj)) return { ok: false, fout: 'veld "antwoorden" ontbreekt' };
  if (extra.length) return { ok: false, fout: `onbekend veld '${extra[0]}' (alleen "antwoorden" is toegestaan)` };
  const a = obj.antwoorden;
  if (typeof a !== 'object' || a === null || Array.isArray(a)) return { ok: false, fout: '"antwoorden" moet een object zijn: {vraagId: antwoordId}' };
  const uit: Record<string, string> = {};
  for (const [k, v] of Object.entries(a)) {
    if (typeof v !== 'string') return { ok: false, fout: `antwoord op vraag '${k}' moet een tekst (antwoord-id) zijn` };
    uit[k] = v;
  }
  return { ok: true, waarde: uit };
}

/** The question and answer texts of a walk, for showing or recording what was answered. */
export function beschrijfStappen(graaf: Beslisgraaf, stappen: readonly Stap[]): Array<{ vraag: string; antwoord: string }> {
  return stappen.map((s) => {
    const vraag = vraagVan(graaf, s.vraag);
    const antwoord = vraag?.antwoorden.find((a) => a.id === s.antwoord);
    return { vraag: vraag?.tekst ?? s.vraag, antwoord: antwoord?.tekst ?? s.antwoord };
  });
}
