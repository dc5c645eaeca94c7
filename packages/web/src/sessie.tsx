/** Who is signed in (from `GET /api/auth/ik`), shared with every screen. */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from './api.js';

export interface Gebruiker {
  id?: string | number;
  naam: string;
  email: string;
  organisatie?: { id: string; naam: string } | string;
  rol?: string;
}

interface SessieWaarde {
  gebruiker: Gebruiker | null;
  geladen: boolean;
  vernieuw: () => Promise<void>;
  uitloggen: () => Promise<void>;
}

const SessieContext = createContext<SessieWaarde>({
  gebruiker: null,
  geladen: false,
  vernieuw: async () => {},
  uitloggen: async () => {},
});

function uitAntwoord(data: unknown): Gebruiker | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as { gebruiker?: unknown; email?: unknown };
  if (typeof d.gebruiker === 'object' && d.gebruiker !== null) return d.gebruiker as Gebruiker;
  return typeof d.email === 'string' ? (data as Gebruiker) : null;
}

export function SessieProvider({ children }: { children: ReactNode }) {
  const [gebruiker, setGebruiker] = useState<Gebruiker | null>(null);
  const [geladen, setGeladen] = useState(false);
  const vernieuw = useCallback(async () => {
    try {
      setGebruiker(uitAntwoord(await api<unknown>('/auth/ik')));
    } catch {
      setGebruiker(null);
    } finally {
      setGeladen(true);
    }
  }, []);
  const uitloggen = useCallback(async () => {
    try {
      await api('/auth/uitloggen', { method: 'POST', body: {} });
    } finally {
      setGebruiker(null);
    }
  }, []);
  useEffect(() => {
    void vernieuw();
  }, [vernieuw]);
  return <SessieContext.Provider value={{ gebruiker, geladen, vernieuw, uitloggen }}>{children}</SessieContext.Provider>;
}

export function useSessie(): SessieWaarde {
  return useContext(SessieContext);
}

/** The privacy officer (and the organisation's admin) may see the audit trail. */
export function isPrivacyOfficer(g: Gebruiker | null): boolean {
  if (!g) return false;
  return g.rol === 'privacy-officer' || g.rol === 'admin';
}
