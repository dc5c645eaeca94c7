/** A value an answer can record in the walk's state. */
export type Waarde = string | boolean;

/** The facts collected so far on a walk through a graph (field → value). */
export type Toestand = Readonly<Record<string, Waarde>>;

/**
 * A guarded transition. `als` is a conjunction: for every field listed, the state's value must be one of the
 * listed values (a field not yet set never matches). No `als`: always matches. The first matching transition
 * of an answer wins, so the last one of a list must have no `als` (a default).
 */
export interface Overgang {
  als?: Readonly<Record<string, readonly Waarde[]>>;
  /** Facts set when this transition is taken (e.g. values that no longer matter on this path). */
  zet?: Toestand;
  /** Id of the next question or of an outcome. */
  naar: string;
}

export interface Antwoord {
  /** Stable id, unique within its question. */
  id: string;
  /** The answer as the user sees it (Dutch). */
  tekst: string;
  /** Facts this answer records. */
  zet?: Toestand;
  /** Next question or outcome id, or guarded transitions evaluated after `zet` is applied. */
  naar: string | readonly Overgang[];
}

export interface Vraag {
  /** Stable id, unique within the graph (questions and outcomes share one namespace). */
  id: string;
  /** The question in plain Dutch. */
  tekst: string;
  /** Explanation shown on request (`?`): what the question means and the terms it uses. */
  hulp?: string;
  antwoorden: readonly Antwoord[];
}

export interface Uitkomst {
  id: string;
  /** The advice in one line (Dutch). */
  titel: string;
  /** The advice in a few sentences (Dutch). */
  advies: readonly string[];
  /** Concrete steps or a checklist (Dutch); may be empty. */
  stappen?: readonly string[];
  /** An example reply in the professional's own voice, where one fits. */
  voorbeeldReactie?: string;
  /** Ids of norms in the knowledge base that carry this advice; at least one, all existing. */
  bronnen: readonly string[];
}

/** A decision graph: questions and outcomes, walked from `start`. Pure data. */
export interface Beslisgraaf {
  id: string;
  titel: string;
  /** One or two sentences: when to use this graph (Dutch). */
  omschrijving: string;
  start: string;
  vragen: readonly Vraag[];
  uitkomsten: readonly Uitkomst[];
}

/** One step taken on a walk. */
export interface Stap {
  vraag: string;
  antwoord: string;
}

/** A finished walk: the answers given in order, the collected state and the outcome reached. */
export interface Pad {
  stappen: Stap[];
  toestand: Record<string, Waarde>;
  uitkomst: Uitkomst;
}

/** Where a walk stands: the next question to ask, or the outcome. */
export type Positie =
  | { soort: 'vraag'; vraag: Vraag; stappen: Stap[]; toestand: Record<string, Waarde> }
  | ({ soort: 'uitkomst' } & Pad);

export type Resultaat<T> = { ok: true; waarde: T } | { ok: false; fout: string };
