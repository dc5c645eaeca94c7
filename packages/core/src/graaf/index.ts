/**
 * Question-graph engine: guided decisions as pure data.
 *
 * A `Beslisgraaf` is a set of questions (`Vraag`, each with `Antwoord`s) and outcomes (`Uitkomst`), walked from
 * `start`. An answer leads to the next question or an outcome, either directly (`naar: 'id'`) or through guarded
 * transitions (`naar: [{als: {veld: [waarden]}, zet?, naar}, …, {naar}]`, first match wins) that read the facts
 * recorded so far (`zet` on answers and transitions). Outcomes carry advice, steps, an optional example reply and
 * the ids of the norms they rest on.
 *
 * API (stable; used by the CLI, the server and the web app):
 * - `valideerGraaf(graaf, normBestaat?) → string[]` — problems found (empty: valid): unique ids, existing targets,
 *   a default transition per answer, no cycles, nothing unreachable, every path ending in an outcome, every
 *   outcome citing existing norms.
 * - `allePaden(graaf) → Pad[]` — every path (steps, collected facts, outcome); for tests and overviews.
 * - `volg(graaf, antwoorden) → {ok, waarde: Positie} | {ok:false, fout}` — walk as far as the answers
 *   (question id → answer id) reach: the next question to ask, or the outcome. Drives step-by-step wizards.
 * - `evalueerGraaf(graaf, antwoorden) → {ok, waarde: Pad} | {ok:false, fout}` — walk to the end; a missing,
 *   unknown or superfluous answer is an error naming the question.
 * - `leesAntwoorden(json) → {ok, waarde} | {ok:false, fout}` — parse `{"antwoorden": {vraagId: antwoordId}}`.
 * - `beschrijfStappen(graaf, stappen)` — question and answer texts of a walk (for a written justification).
 *
 * Graphs built on this engine: the delen wizard (`DELEN_GRAAF` in `../delen/`) and the situations
 * (`SITUATIES`, `getSituatie`, `evalueerSituatie` in `../situaties/`).
 */
export { valideerGraaf, allePaden, volg, evalueerGraaf, leesAntwoorden, beschrijfStappen } from './engine.js';
export type { Beslisgraaf, Vraag, Antwoord, Overgang, Uitkomst, Pad, Stap, Positie, Resultaat, Toestand, Waarde } from './types.js';
