import { useCallback, useEffect, useState } from 'react';
import { api, ApiFout, foutTekst } from '../api.js';
import { useSessie } from '../sessie.js';

/** Load a GET route; `herlaad` fetches again (after a change). A 401 (session ended) refreshes the session state. */
export function useApi<T>(pad: string | null): { data: T | undefined; fout: string; laden: boolean; herlaad: () => void } {
  const [data, setData] = useState<T | undefined>(undefined);
  const [fout, setFout] = useState('');
  const [laden, setLaden] = useState(false);
  const [teller, setTeller] = useState(0);
  const { vernieuw } = useSessie();
  useEffect(() => {
    if (pad === null) return;
    let actueel = true;
    setLaden(true);
    setFout('');
    api<T>(pad)
      .then((d) => actueel && setData(d))
      .catch((e: unknown) => {
        if (!actueel) return;
        setFout(foutTekst(e));
        if (e instanceof ApiFout && e.status === 401) void vernieuw();
      })
      .finally(() => actueel && setLaden(false));
    return () => {
      actueel = false;
    };
  }, [pad, teller, vernieuw]);
  const herlaad = useCallback(() => setTeller((t) => t + 1), []);
  return { data, fout, laden, herlaad };
}
