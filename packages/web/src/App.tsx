import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { href, parseHash, type Route } from './logica/route.js';
import { isPrivacyOfficer, useSessie } from './sessie.js';
import { Button } from './ui/utrecht.js';

// One chunk per screen: the checker's lexicons load only when a screen needs them.
const AuditScherm = lazy(() => import('./schermen/audit/AuditScherm.js').then((m) => ({ default: m.AuditScherm })));
const CasussenScherm = lazy(() => import('./schermen/oefenen/CasussenScherm.js').then((m) => ({ default: m.CasussenScherm })));
const ControleerScherm = lazy(() => import('./schermen/controleer/ControleerScherm.js').then((m) => ({ default: m.ControleerScherm })));
const DeellogScherm = lazy(() => import('./schermen/deellog/DeellogScherm.js').then((m) => ({ default: m.DeellogScherm })));
const DelenScherm = lazy(() => import('./schermen/delen/DelenScherm.js').then((m) => ({ default: m.DelenScherm })));
const InloggenScherm = lazy(() => import('./schermen/account/InloggenScherm.js').then((m) => ({ default: m.InloggenScherm })));
const NormenScherm = lazy(() => import('./schermen/normen/NormenScherm.js').then((m) => ({ default: m.NormenScherm })));
const RegistrerenScherm = lazy(() => import('./schermen/account/RegistrerenScherm.js').then((m) => ({ default: m.RegistrerenScherm })));
const SituatiesScherm = lazy(() => import('./schermen/situaties/SituatiesScherm.js').then((m) => ({ default: m.SituatiesScherm })));
const StartScherm = lazy(() => import('./schermen/start/StartScherm.js').then((m) => ({ default: m.StartScherm })));
const ToestemmingenScherm = lazy(() => import('./schermen/toestemmingen/ToestemmingenScherm.js').then((m) => ({ default: m.ToestemmingenScherm })));

interface SchermDef {
  titel: string;
  render: (r: Route) => ReactNode;
  /** Shown in the main menu; `ingelogd` only when signed in. */
  menu?: 'altijd' | 'ingelogd' | 'privacy';
}

const SCHERMEN: Record<string, SchermDef> = {
  '': { titel: 'Start', render: () => <StartScherm /> },
  controleer: { titel: 'Controleer bericht', render: () => <ControleerScherm />, menu: 'altijd' },
  delen: { titel: 'Mag ik dit delen?', render: () => <DelenScherm />, menu: 'altijd' },
  situaties: { titel: 'Situaties', render: (r) => <SituatiesScherm id={r.params[0]} />, menu: 'altijd' },
  oefenen: { titel: 'Casuïstiek', render: (r) => <CasussenScherm id={r.params[0]} />, menu: 'altijd' },
  normen: { titel: 'Normen', render: (r) => <NormenScherm id={r.params[0]} />, menu: 'altijd' },
  toestemmingen: { titel: 'Toestemmingen', render: (r) => <ToestemmingenScherm id={r.params[0]} />, menu: 'ingelogd' },
  deellog: { titel: 'Deellog', render: () => <DeellogScherm />, menu: 'ingelogd' },
  audit: { titel: 'Audit', render: () => <AuditScherm />, menu: 'privacy' },
  inloggen: { titel: 'Inloggen', render: () => <InloggenScherm /> },
  registreren: { titel: 'Account aanmaken', render: () => <RegistrerenScherm /> },
};

/** The current route, and how many in-app navigations happened (0 on the first page load). */
function useRoute(): { route: Route; navigaties: number } {
  const [state, setState] = useState(() => ({ route: parseHash(window.location.hash), navigaties: 0 }));
  useEffect(() => {
    const onHash = () => setState((s) => ({ route: parseHash(window.location.hash), navigaties: s.navigaties + 1 }));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return state;
}

export function App() {
  const { route, navigaties } = useRoute();
  const { gebruiker, uitloggen } = useSessie();
  const [menuOpen, setMenuOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  const scherm = SCHERMEN[route.scherm];

  useEffect(() => {
    document.title = `${scherm?.titel ?? 'Pagina niet gevonden'} — Zorgvuldig`;
    setMenuOpen(false);
    // After an in-app navigation (not on the first load), move focus to the new page's heading so keyboard
    // and screen-reader users start there.
    // Screens load lazily, so wait (a few frames at most) until the heading is there.
    if (navigaties === 0) return;
    let frames = 0;
    let verzoek = 0;
    const focusKop = () => {
      const h1 = main.current?.querySelector<HTMLElement>('h1');
      h1?.focus();
      if (document.activeElement !== h1 && frames++ < 300) verzoek = requestAnimationFrame(focusKop);
    };
    focusKop();
    return () => cancelAnimationFrame(verzoek);
  }, [navigaties, scherm]);

  const zichtbaar = Object.entries(SCHERMEN).filter(([, s]) => {
    if (s.menu === 'altijd') return true;
    if (s.menu === 'ingelogd') return gebruiker !== null;
    if (s.menu === 'privacy') return isPrivacyOfficer(gebruiker);
    return false;
  });

  return (
    <div className="zv-pagina">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud" onClick={(e) => {
        e.preventDefault();
        main.current?.focus();
      }}>
        Naar de inhoud
      </a>
      <header className="utrecht-page-header zv-kop">
        <div className="zv-kop__balk">
          <a className="zv-logo" href={href()}>
            Zorgvuldig
          </a>
          <Button variant="subtle" className="zv-menuknop" aria-expanded={menuOpen} aria-controls="hoofdmenu" onClick={() => setMenuOpen((o) => !o)}>
            Menu
          </Button>
        </div>
        <nav id="hoofdmenu" aria-label="Hoofdmenu" className={`zv-menu${menuOpen ? ' zv-menu--open' : ''}`}>
          <ul className="zv-menu__lijst">
            {zichtbaar.map(([pad, s]) => (
              <li key={pad}>
                <a className="zv-menu__link" href={href(pad)} aria-current={route.scherm === pad ? 'page' : undefined}>
                  {s.titel}
                </a>
              </li>
            ))}
            {gebruiker ? (
              <li className="zv-menu__account">
                <span className="zv-menu__wie">{gebruiker.naam}</span>
                <Button variant="subtle" onClick={() => void uitloggen().then(() => (window.location.hash = '#/'))}>
                  Uitloggen
                </Button>
              </li>
            ) : (
              <li className="zv-menu__account">
                <a className="zv-menu__link" href={href('inloggen')} aria-current={route.scherm === 'inloggen' ? 'page' : undefined}>
                  Inloggen
                </a>
              </li>
            )}
          </ul>
        </nav>
      </header>
      <main id="inhoud" ref={main} tabIndex={-1} className="zv-inhoud">
        <Suspense key={route.scherm} fallback={<p className="utrecht-paragraph">Laden…</p>}>
          {scherm ? scherm.render(route) : <NietGevonden />}
        </Suspense>
      </main>
      <footer className="utrecht-page-footer zv-voet">
        <p>
          Zorgvuldig helpt zorg- en sociaal professionals online te communiceren volgens hun beroepscode. Het advies vervangt
          geen overleg met een collega of uw functionaris gegevensbescherming.
        </p>
      </footer>
    </div>
  );
}

function NietGevonden() {
  return (
    <>
      <h1 className="utrecht-heading-1" tabIndex={-1}>
        Pagina niet gevonden
      </h1>
      <p className="utrecht-paragraph">
        Deze pagina bestaat niet. <a className="utrecht-link" href={href()}>Ga naar de startpagina</a>.
      </p>
    </>
  );
}
