/**
 * Client for the Zorgvuldig HTTP API. Errors arrive as JSON `{fout, veld?}` and are thrown as `ApiFout`.
 * The session lives in an HTTP-only cookie, so every call sends credentials.
 */
export class ApiFout extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly veld?: string,
  ) {
    super(message);
    this.name = 'ApiFout';
  }
}

export async function api<T>(pad: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${pad}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      credentials: 'same-origin',
      headers: init.body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiFout('De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.', 0);
  }
  const type = res.headers.get('content-type') ?? '';
  const data: unknown = type.includes('json') ? await res.json().catch(() => undefined) : await res.text();
  if (!res.ok) {
    const body = (typeof data === 'object' && data !== null ? data : {}) as { fout?: unknown; veld?: unknown };
    const fout = typeof body.fout === 'string' ? body.fout : `Er ging iets mis (status ${res.status}).`;
    throw new ApiFout(fout, res.status, typeof body.veld === 'string' ? body.veld : undefined);
  }
  return data as T;
}

export function foutTekst(e: unknown): string {
  return e instanceof Error ? e.message : 'Er ging iets mis.';
}
