/** The checked text with its findings marked; each mark is a button that jumps to its card. */
import type { Finding } from '@zorgvuldig/core';
import { ERNST_NAMEN } from '../../logica/labels.js';
import type { Segment } from '../../logica/markeren.js';

export function Markeringen(props: {
  segmenten: readonly Segment[];
  findings: readonly Finding[];
  actief: number | null;
  onKies: (i: number) => void;
}) {
  const { segmenten, findings, actief, onKies } = props;
  const kies = (i: number) => {
    onKies(i);
    document.getElementById(`bevinding-${i}`)?.focus();
  };
  return (
    <div className="zv-voorbeeld" data-testid="markeringen">
      {segmenten.map((s) => {
        const eerste = s.bevindingen[0];
        if (eerste === undefined) return <span key={s.start}>{s.text}</span>;
        const beschrijving = s.bevindingen
          .map((i) => `bevinding ${i + 1}: ${ERNST_NAMEN[findings[i]?.severity ?? 'tip']}`)
          .join(', ');
        return (
          <mark key={s.start} className={`zv-mark zv-mark--${s.ernst ?? 'tip'}${s.bevindingen.includes(actief ?? -1) ? ' zv-mark--actief' : ''}`}>
            <button type="button" className="zv-mark__knop" onClick={() => kies(eerste)}>
              {s.text}
              <span className="visually-hidden"> ({beschrijving})</span>
            </button>
          </mark>
        );
      })}
    </div>
  );
}
