/** One finding: severity, what it is about, the message, the cited norms, the suggestion and a fix. */
import type { Finding } from '@zorgvuldig/core';
import { ERNST_NAMEN, LABEL_NAMEN, naam } from '../../logica/labels.js';
import { NormVerwijzing } from '../../ui/NormVerwijzing.js';
import { Button, StatusBadge } from '../../ui/utrecht.js';

const BADGE = { fout: 'danger', waarschuwing: 'warning', tip: 'neutral' } as const;

export function BevindingKaart(props: {
  index: number;
  finding: Finding;
  passage: string | null;
  actief: boolean;
  onHerstel?: () => void;
  onVerwijder?: () => void;
}) {
  const { index, finding: f, passage, actief, onHerstel, onVerwijder } = props;
  return (
    <li
      id={`bevinding-${index}`}
      tabIndex={-1}
      className={`zv-kaart zv-kaart--${f.severity}${actief ? ' zv-kaart--actief' : ''}`}
      data-rule={f.rule}
      data-label={f.label}
    >
      <div className="zv-rij">
        <span className="zv-kaart__nr">{index + 1}.</span>
        <StatusBadge kind={BADGE[f.severity]}>{ERNST_NAMEN[f.severity]}</StatusBadge>
        <span className="zv-klein">{naam(LABEL_NAMEN, f.label)}</span>
      </div>
      <p className="utrecht-paragraph">
        {passage !== null ? (
          <>
            Over <span className="zv-citaat">“{passage}”</span>:{' '}
          </>
        ) : (
          <>Over het hele bericht: </>
        )}
        {f.message}
      </p>
      {f.suggestion && (
        <p className="utrecht-paragraph">
          <strong>Suggestie:</strong> {f.suggestion}
        </p>
      )}
      <div className="zv-klein">
        {f.norms.length > 1 ? 'Normen:' : 'Norm:'}
        <ul className="zv-normlijst">
          {f.norms.map((n) => (
            <li key={n}>
              <NormVerwijzing id={n} />
            </li>
          ))}
        </ul>
      </div>
      {(onHerstel || onVerwijder) && (
        <div className="zv-rij">
          {onHerstel && <Button onClick={onHerstel}>Vervang door een neutrale aanduiding</Button>}
          {onVerwijder && <Button onClick={onVerwijder}>Verwijder deze passage</Button>}
        </div>
      )}
    </li>
  );
}
