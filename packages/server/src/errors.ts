import type { FastifyError, FastifyInstance } from 'fastify';

/** An error answer `{fout, veld?}` with a status code; thrown from routes. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly veld?: string,
  ) {
    super(message);
  }
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

const TYPE_NL: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  integer: 'een geheel getal',
  boolean: 'waar/onwaar (true/false)',
  object: 'een object',
  array: 'een lijst',
  null: 'leeg (null)',
};

/** Translate the first schema validation error into a Dutch message naming the field. */
export function validatieFout(e: AjvError, deel: string): { fout: string; veld?: string } {
  const pad = e.instancePath.split('/').filter(Boolean).join('.');
  const join = (extra: unknown) => [pad, String(extra)].filter(Boolean).join('.');
  const waar = deel === 'querystring' ? 'parameter' : 'veld';
  switch (e.keyword) {
    case 'required': {
      const veld = join(e.params.missingProperty);
      return { fout: `${waar} '${veld}' ontbreekt`, veld };
    }
    case 'additionalProperties': {
      const veld = join(e.params.additionalProperty);
      return { fout: `${waar === 'veld' ? 'onbekend veld' : 'onbekende parameter'} '${veld}'`, veld };
    }
    case 'type': {
      const types = String(e.params.type).split(',').map((t) => TYPE_NL[t] ?? t);
      return pad ? { fout: `${waar} '${pad}' moet ${types.join(' of ')} zijn`, veld: pad } : { fout: `de inhoud moet ${types.join(' of ')} zijn` };
    }
    case 'enum': {
      const toegestaan = (e.params.allowedValues as unknown[] | undefined)?.join(', ');
      return { fout: `${waar} '${pad}' heeft een onbekende waarde${toegestaan ? `; toegestaan: ${toegestaan}` : ''}`, veld: pad };
    }
    case 'const':
    case 'anyOf':
    case 'oneOf':
      return { fout: `${waar} '${pad}' heeft een ongeldige waarde`, veld: pad };
    case 'minLength':
      return { fout: `${waar} '${pad}' is te kort (minimaal ${String(e.params.limit)} tekens)`, veld: pad };
    case 'maxLength':
      return { fout: `${waar} '${pad}' is te lang (maximaal ${String(e.params.limit)} tekens)`, veld: pad };
    case 'minItems':
      return { fout: `${waar} '${pad}' heeft te weinig onderdelen (minimaal ${String(e.params.limit)})`, veld: pad };
    case 'maxItems':
      return { fout: `${waar} '${pad}' heeft te veel onderdelen (maximaal ${String(e.params.limit)})`, veld: pad };
    case 'pattern':
    case 'format':
      return { fout: `${waar} '${pad}' heeft een ongeldige vorm`, veld: pad };
    default:
      return pad ? { fout: `${waar} '${pad}' is ongeldig`, veld: pad } : { fout: 'de inhoud is ongeldig' };
  }
}

/** One error handler for the whole API: every error becomes `{fout, veld?}`; internal details never reach the client or the log. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError & { validationContext?: string }, request, reply) => {
    if (err instanceof HttpError) {
      return reply.code(err.statusCode).send(err.veld ? { fout: err.message, veld: err.veld } : { fout: err.message });
    }
    if (err.validation && err.validation.length > 0) {
      return reply.code(400).send(validatieFout(err.validation[0] as AjvError, err.validationContext ?? 'body'));
    }
    const status = err.statusCode ?? 500;
    if (status === 413) return reply.code(413).send({ fout: 'het verzoek is te groot (maximaal 256 KB)' });
    if (status === 415) return reply.code(415).send({ fout: 'de inhoud moet JSON zijn (Content-Type: application/json)' });
    if (status === 400) {
      const leeg = err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY';
      return reply.code(400).send({ fout: leeg ? 'de inhoud is leeg; verwacht een JSON-object' : 'de inhoud is geen geldige JSON' });
    }
    if (status < 500) return reply.code(status).send({ fout: 'ongeldig verzoek' });
    // Log the kind of error only: messages of database errors can quote values from the request.
    request.log.error({ fout: { naam: err.name, code: err.code } }, 'interne fout');
    return reply.code(500).send({ fout: 'interne fout' });
  });
}
