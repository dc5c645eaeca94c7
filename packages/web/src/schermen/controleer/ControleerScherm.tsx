/**
 * Controleer bericht: the draft is checked in the browser with the core library while the user types.
 * The text never leaves the device; only the chosen context (not the text) is remembered between visits.
 */
import {
  KANALEN,
  RICHTINGEN,
  ROLLEN,
  ZICHTBAARHEDEN,
  anonymise,
  checkText,
  type CheckContext,
  type DetailedCheckResult,
  type Finding,
} from '@zorgvuldig/core';
import { useEffect, useMemo, useState } from 'react';
import { KANAAL_NAMEN, RICHTING_NAMEN, ROL_NAMEN, ZICHTBAARHEID_NAMEN, opties } from '../../logica/labels.js';
import { isHeleTekst, samenvatting, segmenteer, vervang } from '../../logica/markeren.js';
import { useDebounced } from '../../logica/useDebounced.js';
import { Alert, Button, Heading, Paragraph, SelectField } from '../../ui/utrecht.js';
import { BevindingKaart } from './BevindingKaart.js';
import { Editor } from './Editor.js';
import { Markeringen } from './Markeringen.js';

/** A made-up draft to try the checker with (no real person). */
const VOORBEELD =
  'Wat een dienst gehad! Mevrouw Pieters (82) van kamer 12 in Zorgcentrum De Linde had weer haar valpartij, ze is echt een drama. Vanavond bel ik haar dochter even via WhatsApp.';

const CONTEXT_SLEUTEL = 'zorgvuldig.controleer.context';

type VolledigeContext = Required<CheckContext>;

const STANDAARD: VolledigeContext = { kanaal: 'facebook', zichtbaarheid: 'openbaar', rol: 'verpleegkundige', richting: 'uitgaand' };

function bewaardeContext(): VolledigeContext {
  try {
    const raw = window.localStorage.getItem(CONTEXT_SLEUTEL);
    if (!raw) return STANDAARD;
    const c = JSON.parse(raw) as Partial<VolledigeContext>;
    return {
      kanaal: KANALEN.includes(c.kanaal as never) ? (c.kanaal as VolledigeContext['kanaal']) : STANDAARD.kanaal,
      zichtbaarheid: ZICHTBAARHEDEN.includes(c.zichtbaarheid as never) ? (c.zichtbaarheid as VolledigeContext['zichtbaarheid']) : STANDAARD.zichtbaarheid,
      rol: ROLLEN.includes(c.rol as never) ? (c.rol as VolledigeContext['rol']) : STANDAARD.rol,
      richting: RICHTINGEN.includes(c.richting as never) ? (c.richting as VolledigeContext['richting']) : STANDAARD.richting,
    };
  } catch {
    return STANDAARD;
  }
}

/** The rewrite of one finding's passage: its identifying spans replaced by placeholders, or null. */
function herstelVoor(text: string, result: DetailedCheckResult, f: Finding): string | null {
  if (isHeleTekst(f, text.length)) return null;
  const binnen = result.detections.filter((d) => d.start >= f.start && d.end <= f.end);
  if (binnen.length === 0) return null;
  const nieuw = anonymise(text, binnen);
  return nieuw === text ? null : nieuw;
}

export function ControleerScherm() {
  const [tekst, setTekst] = useState('');
  const [context, setContext] = useState<VolledigeContext>(bewaardeContext);
  const [actief, setActief] = useState<number | null>(null);
  const [melding, setMelding] = useState('');
  const uitgesteld = useDebounced(tekst, 250);

  useEffect(() => {
    try {
      window.localStorage.setItem(CONTEXT_SLEUTEL, JSON.stringify(context));
    } catch {
      /* storage may be unavailable (private mode); the context then simply is not remembered */
    }
  }, [context]);

  const result = useMemo(() => (uitgesteld.trim() ? checkText(uitgesteld, context) : null), [uitgesteld, context]);
  const actueel = result !== null && uitgesteld === tekst;
  const segmenten = useMemo(() => (result ? segmenteer(uitgesteld, result.findings) : []), [result, uitgesteld]);

  const zet = <K extends keyof VolledigeContext>(k: K) => (v: string) => setContext((c) => ({ ...c, [k]: v as VolledigeContext[K] }));

  const kopieer = async () => {
    try {
      await navigator.clipboard.writeText(tekst);
      setMelding('De tekst staat op het klembord.');
    } catch {
      setMelding('Kopiëren lukte niet; selecteer de tekst en kopieer hem zelf.');
    }
  };

  const pasToe = (nieuw: string, wat: string) => {
    setTekst(nieuw);
    setActief(null);
    setMelding(wat);
  };

  return (
    <>
      <Heading level={1} tabIndex={-1}>
        Controleer bericht
      </Heading>
      <Paragraph lead>
        Plak of typ uw bericht. Zorgvuldig wijst aan wat een cliënt herkenbaar maakt of niet past bij uw beroepscode, en
        stelt een veiliger versie voor.
      </Paragraph>
      <Alert type="info">
        <strong>Uw tekst blijft op dit apparaat.</strong> De controle draait in uw browser; de tekst wordt niet naar een
        server gestuurd en niet bewaard.
      </Alert>

      <div className="zv-kolommen zv-ruimte-boven">
        <section aria-labelledby="invoer-kop">
          <Heading level={2} id="invoer-kop">
            Uw bericht
          </Heading>
          <div className="zv-velden">
            <SelectField label="Kanaal" value={context.kanaal} options={opties(KANALEN, KANAAL_NAMEN)} onChange={zet('kanaal')} />
            <SelectField
              label="Zichtbaarheid"
              value={context.zichtbaarheid}
              options={opties(ZICHTBAARHEDEN, ZICHTBAARHEID_NAMEN)}
              onChange={zet('zichtbaarheid')}
            />
            <SelectField label="Uw beroep" value={context.rol} options={opties(ROLLEN, ROL_NAMEN)} onChange={zet('rol')} />
            <SelectField label="Richting" value={context.richting} options={opties(RICHTINGEN, RICHTING_NAMEN)} onChange={zet('richting')} />
          </div>
          <Editor
            label="Tekst van het bericht"
            description="De controle loopt mee terwijl u typt; gemarkeerde passages staan hieronder bij de uitkomst uitgelegd."
            value={tekst}
            segmenten={actueel ? segmenten : null}
            onChange={(v) => {
              setTekst(v);
              setMelding('');
            }}
          />
          {tekst === '' ? (
            <Button variant="subtle" onClick={() => setTekst(VOORBEELD)}>
              Probeer een verzonnen voorbeeld
            </Button>
          ) : (
            <Button variant="subtle" onClick={() => void kopieer()}>
              Kopieer de tekst
            </Button>
          )}
          {result && result.anonymized !== uitgesteld && actueel && (
            <div className="zv-uitleg">
              <Heading level={3}>Voorgestelde versie zonder herleidbare gegevens</Heading>
              <p className="zv-pre" data-testid="anoniem">
                {result.anonymized}
              </p>
              <Button variant="primary" onClick={() => pasToe(result.anonymized, 'De geanonimiseerde versie is overgenomen.')}>
                Neem deze versie over
              </Button>
            </div>
          )}
        </section>

        <section aria-labelledby="uitkomst-kop">
          <Heading level={2} id="uitkomst-kop">
            Uitkomst
          </Heading>
          <div role="status" aria-live="polite" aria-atomic="true" className="zv-status" data-testid="status">
            {melding && <p className="utrecht-paragraph">{melding}</p>}
            {tekst.trim() === '' ? (
              <p className="utrecht-paragraph">Nog geen tekst om te controleren.</p>
            ) : result && actueel ? (
              <p className="utrecht-paragraph">
                <strong>{samenvatting(result.findings)}</strong>
              </p>
            ) : (
              <p className="utrecht-paragraph zv-klein">Bezig met controleren…</p>
            )}
          </div>
          {result && (
            <>
              <Heading level={3}>Uw tekst met markeringen</Heading>
              <Markeringen segmenten={segmenten} findings={result.findings} actief={actief} onKies={setActief} />
              {result.findings.length > 0 && (
                <>
                  <Heading level={3}>Bevindingen</Heading>
                  <ol className="zv-kaarten" aria-label="Bevindingen">
                    {result.findings.map((f, i) => {
                      const herstel = herstelVoor(uitgesteld, result, f);
                      return (
                        <BevindingKaart
                          key={`${f.rule}-${f.start}-${f.end}-${i}`}
                          index={i}
                          finding={f}
                          passage={isHeleTekst(f, uitgesteld.length) ? null : uitgesteld.slice(f.start, f.end)}
                          actief={actief === i}
                          onHerstel={
                            herstel && actueel
                              ? () => pasToe(herstel, 'De passage is vervangen. De controle loopt opnieuw.')
                              : undefined
                          }
                          onVerwijder={
                            !isHeleTekst(f, uitgesteld.length) && actueel && f.label === 'denigrerend'
                              ? () => pasToe(vervang(uitgesteld, f.start, f.end, ''), 'De passage is verwijderd.')
                              : undefined
                          }
                        />
                      );
                    })}
                  </ol>
                </>
              )}
            </>
          )}
        </section>
      </div>
    </>
  );
}
