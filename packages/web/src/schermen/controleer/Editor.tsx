/**
 * The draft's textarea with the findings highlighted in place: a mirror behind a transparent textarea repeats
 * the text with marks, using the textarea's own font, padding and scroll position. The mirror is hidden from
 * assistive technology; the marked copy under "Uitkomst" and the finding cards carry the same information.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { Segment } from '../../logica/markeren.js';
import { FormField } from '../../ui/utrecht.js';

const GEKOPIEERD = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
  'paddingTop',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderRightWidth',
] as const;

export function Editor(props: {
  label: string;
  description: string;
  value: string;
  onChange: (v: string) => void;
  /** Segments of the text as it is now, or null while the check is not up to date. */
  segmenten: readonly Segment[] | null;
}) {
  const { label, description, value, onChange, segmenten } = props;
  const veld = useRef<HTMLTextAreaElement>(null);
  const spiegel = useRef<HTMLDivElement>(null);

  const volg = useCallback(() => {
    const t = veld.current;
    const s = spiegel.current;
    if (!t || !s) return;
    const cs = getComputedStyle(t);
    for (const k of GEKOPIEERD) s.style[k] = cs[k];
    // The textarea's scrollbar narrows its text area; widen the mirror's right padding to match.
    const rand = parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth);
    const balk = t.offsetWidth - t.clientWidth - rand;
    s.style.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, balk)}px`;
    s.style.width = `${t.offsetWidth}px`;
    s.style.height = `${t.offsetHeight}px`;
    s.scrollTop = t.scrollTop;
  }, []);

  useLayoutEffect(() => {
    volg();
    const t = veld.current;
    if (!t || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(volg);
    ro.observe(t);
    return () => ro.disconnect();
  }, [volg, value, segmenten]);

  return (
    <FormField label={label} description={description}>
      {({ id, describedBy }) => (
        <div className="zv-editor">
          <div className="zv-editor__spiegel" ref={spiegel} aria-hidden="true">
            {segmenten?.map((s) =>
              s.bevindingen.length === 0 ? (
                <span key={s.start}>{s.text}</span>
              ) : (
                <mark key={s.start} className={`zv-editor__mark zv-editor__mark--${s.ernst ?? 'tip'}`}>
                  {s.text}
                </mark>
              ),
            )}
            {/* A trailing newline in the textarea needs a line in the mirror too. */}
            {'\u200b'}
          </div>
          <textarea
            id={id}
            ref={veld}
            className="utrecht-textarea utrecht-textarea--html-textarea zv-editor__veld"
            rows={9}
            value={value}
            spellCheck
            aria-describedby={describedBy}
            onScroll={volg}
            onChange={(e) => onChange(e.target.value)}
          />
        </div>
      )}
    </FormField>
  );
}
