/** A cited norm: a button that opens its summary in place, with a link to the knowledge base. */
import { getNorm } from '@zorgvuldig/core';
import { useId, useState } from 'react';
import { href } from '../logica/route.js';
import { naam, ROL_NAMEN } from '../logica/labels.js';

export function NormVerwijzing({ id }: { id: string }) {
  const [open, setOpen] = useState(false);
  const paneel = useId();
  const norm = getNorm(id);
  return (
    <span className="zv-norm">
      <button
        type="button"
        className="utrecht-link-button utrecht-link-button--html-button utrecht-link-button--inline"
        aria-expanded={open}
        aria-controls={paneel}
        onClick={() => setOpen((o) => !o)}
      >
        {norm ? norm.titel : id}
      </button>
      {open && (
        <span id={paneel} className="zv-uitleg zv-blok">
          {norm ? (
            <>
              <span className="zv-blok">{norm.samenvatting}</span>
              <span className="zv-klein zv-blok">
                {norm.plaats} · {norm.beroepen.map((b) => naam(ROL_NAMEN, b)).join(', ')} ·{' '}
                <a className="utrecht-link" href={href('normen', norm.id)}>
                  Meer over deze norm
                </a>
              </span>
            </>
          ) : (
            <span className="zv-blok">Deze norm ({id}) staat (nog) niet in de kennisbank.</span>
          )}
        </span>
      )}
    </span>
  );
}
