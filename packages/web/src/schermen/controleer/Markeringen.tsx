/**
 * The checked text with its findings marked. Marks stay plain inline text (so lines wrap naturally); where a
 * finding's passage ends, a small numbered button jumps to its card.
 */
import type { Finding } from '@zorgvuldig/core';
import { Fragment } from 'react';
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
  const lengte = segmenten[segmenten.length - 1]?.end ?? 0;
  return (
    <div className="zv-voorbeeld" data-testid="markeringen">
      {segmenten.map((s) => {
        const eerste = s.bevindingen[0];
        if (eerste === undefined) return <span key={s.start}>{s.text}</span>;
        const eindigtHier = s.bevindingen.filter((i) => Math.min(findings[i]?.end ?? 0, lengte) <= s.end);
        return (
          <Fragment key={s.start}>
            <mark
              className={`zv-mark zv-mark--${s.ernst ?? 'tip'}${s.bevindingen.includes(actief ?? -1) ? ' zv-mark--actief' : ''}`}
              onClick={() => kies(eerste)}
            >
              {s.text}
            </mark>
            {eindigtHier.map((i) => (
              <button
                key={i}
                type="button"
                className="zv-mark__nr"
                aria-label={`Naar bevinding ${i + 1} (${ERNST_NAMEN[findings[i]?.severity ?? 'tip']})`}
                onClick={() => kies(i)}
              >
                {i + 1}
              </button>
            ))}
          </Fragment>
        );
      })}
    </div>
  );
}
