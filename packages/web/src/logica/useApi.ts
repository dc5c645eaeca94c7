import { useCallback, useEffect, useState } from 'react';
import { api, foutTekst } from '../api.js';

/** Load a GET route; `herlaad` fetches again (after a change). */
export function useApi<T>(pad: string | null): { data: T | undefined; fout: string; laden: boolean; herlaad: () => void } {
  const [data, setData] = useState<T | undefined>(undefined);
  const [fout, setFout] = useState('');
  const [laden, setLaden] = useState(false);
  const [teller, setTeller] = useState(0);
  useEffect(() => {
    if (pad === null) return;
    let actueel = true;
    setLaden(true);
    setFout('');
    api<T>(pad)
      .then((d) => actueel && setData(d))
      .catch((e: unknown) => actueel && setFout(foutTekst(e)))
      .finally(() => actueel && setLaden(false));
    return () => {
      actueel = false;
    };
  }, [pad, teller]);
  const herlaad = useCallback(() => setTeller((t) => t + 1), []);
  return { data, fout, laden, herlaad };
}
